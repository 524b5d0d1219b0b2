"""The glossary (data/glossary.yml): the Glossary page, abbreviation tooltips, and consistent terms."""

import re
import unicodedata
from typing import Literal

from markupsafe import Markup
from pydantic import Field, RootModel

from . import catalogue, datafiles, modules, principles
from .errors import DataError, line
from .schema import Strict, Text

PATH = datafiles.DATA_DIR / "glossary.yml"


class Term(Strict):
    """A term in both languages, its abbreviations if any, a definition and what it relates to."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    term: Text
    abbr: Text | None = None  # e.g. {en: SDG, es: ODS}; shown as a tooltip wherever it appears
    definition: Text  # `es:` too: a Spanish reader must never get the English definition
    principles: list[str] = []  # ids in data/principles.yml
    modules: list[str] = []  # ids in data/modules/
    avoid: dict[Literal["en", "es"], list[str]] = {}  # other names for the same thing, which pages must not use


class Glossary(RootModel[list[Term]]):
    """Every term."""


@datafiles.per_build
def all_terms() -> list[Term]:
    """The terms, checked: no term, abbreviation or id twice; each definition translated; principles and
    modules exist."""
    terms = datafiles.load(PATH, Glossary).root
    where = datafiles.relative(PATH)
    seen: dict[tuple[str, str], int] = {}
    known_modules = modules.all_modules()
    for number, term in enumerate(terms, 1):
        here = f"{where}: {datafiles.entry(term.id, number)}"
        keys = {"id": term.id, "term › en": term.term.en.casefold(), "term › es": term.term.es.casefold()}
        if term.abbr:
            keys |= {"abbr › en": term.abbr.en, "abbr › es": term.abbr.es}
        for field, value in keys.items():
            first = seen.setdefault((field, value), number)
            if first != number:
                raise DataError(line(f"{here} › {field}", f"'{value}' is already entry #{first}",
                                     "merge the two entries or change one"))
        if term.definition.es == term.definition.en:
            raise DataError(line(f"{here} › definition › es", "is the English text",
                                 "translate it into Spanish"))
        principles.check(term.principles, f"{here} › principles")
        for index, module_id in enumerate(term.modules, 1):
            if module_id not in known_modules:
                raise DataError(line(f"{here} › modules #{index}", f"no module '{module_id}' in data/modules/",
                                     f"use one of: {', '.join(known_modules)}"))
    return terms


def sort_key(text: str) -> str:
    """Dictionary order: accents and case do not count."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def page(lang: str, href) -> Markup:
    """The whole glossary in `lang`, by initial letter, with a letter index on top."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    other = "es" if lang == "en" else "en"
    by_letter: dict[str, list[Term]] = {}
    for term in sorted(all_terms(), key=lambda term: sort_key(term.term(lang))):
        by_letter.setdefault(sort_key(term.term(lang))[0].upper(), []).append(term)
    letters = Markup(" · ").join(Markup('<a href="#letter-{0}">{1}</a>').format(letter.lower(), letter) for letter in by_letter)
    parts = [Markup('<nav class="glossary__letters" aria-label="{}"><p>{}</p></nav>').format(t("glossary_letters"), letters)]
    for letter, terms in by_letter.items():
        entries = Markup("").join(_entry(term, lang, other, href, t) for term in terms)
        parts.append(Markup('<h2 id="letter-{}">{}</h2>\n<dl class="glossary">{}</dl>').format(letter.lower(), letter, entries))
    return Markup("\n").join(parts)


def _entry(term: Term, lang: str, other: str, href, t) -> Markup:
    abbr = Markup(" ({})").format(term.abbr(lang)) if term.abbr and term.abbr(lang) not in term.term(lang) else ""
    translation = Markup('<span class="glossary__other">{}: <span lang="{}">{}</span></span>').format(
        t("glossary_in_other"), other, term.term(other))
    related = [principles.link(p, lang, href) for p in term.principles]
    related += [Markup('<a href="{}">{}</a>').format(href(m.path()), t("module_short", number=m.number, toolkit=t(f"toolkit_{m.toolkit}")))
                for m in map(modules.load, term.modules)]
    see = Markup('<br><span class="glossary__related">{}: {}</span>').format(t("glossary_related"), Markup(", ").join(related)) if related else ""
    return Markup('<dt id="{}">{}{}</dt><dd>{}<br>{}{}</dd>').format(term.id, term.term(lang), abbr, term.definition(lang), translation, see)


@datafiles.per_build
def abbreviations(lang: str) -> str:
    """Markdown abbreviation definitions for every abbreviation, to append to each page."""
    lines = []
    for term in all_terms():
        if term.abbr:
            lines.append(f"*[{term.abbr(lang)}]: {term.term(lang)}")
            if lang == "en":  # English pluralizes abbreviations: SDGs
                lines.append(f"*[{term.abbr(lang)}s]: {term.term(lang)}")
    return "\n".join(lines)


_ABBR = re.compile(r'<abbr title="[^"]*">([^<]*)</abbr>')


def first_uses(html: str) -> str:
    """A page's abbreviations explained at their first use only (Markdown marks every use): each
    `<abbr>` costs Material a tooltip set up at load, and one explanation per page is the usual style."""
    seen: set[str] = set()

    def first(m) -> str:
        if m[1] in seen:
            return m[1]
        seen.add(m[1])
        return m[0]

    return _ABBR.sub(first, html)


def english_forms(text: str) -> list[str]:
    """The glossary's English terms and abbreviations that appear in Spanish `text` where Spanish has its own."""
    found = []
    word = r"(?<![\w-]){}s?(?![\w-])"  # a whole word, not part of a slug such as beyond-digitalization
    for term in all_terms():
        if term.term.en.casefold() not in term.term.es.casefold() and re.search(
                word.format(re.escape(term.term.en)), text, re.IGNORECASE):
            found.append(f"{term.term.en} → {term.term.es}")
        if term.abbr and term.abbr.en != term.abbr.es and re.search(word.format(re.escape(term.abbr.en)), text):
            found.append(f"{term.abbr.en} → {term.abbr.es}")
    return found


def variants(text: str, lang: str) -> list[str]:
    """The names `text` (in `lang`) uses for a glossary term instead of the term itself."""
    return [f"{variant} → {term.term(lang)}" for term in all_terms() for variant in term.avoid.get(lang, [])
            if re.search(r"(?<!\w){}(?!\w)".format(re.escape(variant)), text, re.IGNORECASE)]
