"""Abbreviations explained where pages use them: a tooltip (Markdown's abbr) at the first use on each page."""

import re

from ..content import datafiles
from ..content.glossary import all_terms


@datafiles.per_build
def definitions(lang: str) -> str:
    """Markdown abbreviation definitions for every abbreviation of the glossary, to append to each page."""
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
