"""The Glossary page: every term in the reader's language, by initial letter."""

import unicodedata

from markupsafe import Markup

from ..content import modules
from ..content.glossary import Term, all_terms
from . import principles
from .reader import Reader


def sort_key(text: str) -> str:
    """Dictionary order: accents and case do not count."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def page(r: Reader) -> Markup:
    """The whole glossary, by initial letter, with a letter index on top."""
    by_letter: dict[str, list[Term]] = {}
    for term in sorted(all_terms(), key=lambda term: sort_key(term.term(r))):
        by_letter.setdefault(sort_key(term.term(r))[0].upper(), []).append(term)
    letters = Markup(" · ").join(Markup('<a href="#letter-{0}">{1}</a>').format(letter.lower(), letter) for letter in by_letter)
    parts = [Markup('<nav class="glossary__letters" aria-label="{}"><p>{}</p></nav>').format(r.t("glossary_letters"), letters)]
    for letter, terms in by_letter.items():
        entries = Markup("").join(_entry(term, r) for term in terms)
        parts.append(Markup('<h2 id="letter-{}">{}</h2>\n<dl class="glossary">{}</dl>').format(letter.lower(), letter, entries))
    return Markup("\n").join(parts)


def _entry(term: Term, r: Reader) -> Markup:
    t = r.t
    abbr = Markup(" ({})").format(term.abbr(r)) if term.abbr and term.abbr(r) not in term.term(r) else ""
    translation = Markup('<span class="glossary__other">{}: <span lang="{}">{}</span></span>').format(
        t("glossary_in_other"), r.other, term.term(r.other))
    related = [principles.link(p, r) for p in term.principles]
    related += [Markup('<a href="{}">{}</a>').format(r.link(m.path()), t("module_short", number=m.number, toolkit=t(f"toolkit_{m.toolkit}")))
                for m in map(modules.load, term.modules)]
    see = Markup('<br><span class="glossary__related">{}: {}</span>').format(t("glossary_related"), Markup(", ").join(related)) if related else ""
    return Markup('<dt id="{}">{}{}</dt><dd>{}<br>{}{}</dd>').format(term.id, term.term(r), abbr, term.definition(r), translation, see)
