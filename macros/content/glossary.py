"""The glossary (data/glossary.yml): its terms, checked, and the variants pages must not use (the page is
render/glossary.py; abbreviation tooltips build/abbreviations.py)."""

import re
from typing import Literal

from pydantic import Field, RootModel

from . import datafiles, modules, principles
from ..base.errors import DataError, line
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
