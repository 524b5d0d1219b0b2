"""Citations and source lists in the reader's language, from the bibliography (content/references.py)."""

import re

from markupsafe import Markup

from ..base.search_marker import EXCLUDE
from ..content.references import Reference, get, letters, localized
from .reader import Reader


def when(ref: Reference, r: Reader) -> str:
    """The year as citations print it; works that would cite alike get a letter: '2023a', 's. f.-b'."""
    letter = letters().get(ref.key, "")
    if ref.year:
        return f"{ref.year}{letter}"
    undated = r.t("reference_no_date")
    return f"{undated}-{letter}" if letter else undated


class PageSources:
    """What one page cites and which full entries it already shows (so each gets one anchor)."""

    def __init__(self, r: Reader):
        self.r = r
        self.cited: list[str] = []
        self.listed: set[str] = set()

    def cite(self, key: str) -> Markup:
        """An inline citation, '(DAES, 2023)', linked to its entry in the page's sources."""
        ref = get(key)
        if key not in self.cited:
            self.cited.append(key)
        label = ref.citation(self.r, when(ref, self.r))
        return Markup('<a class="citation" href="#ref-{}">{}</a>').format(key, label)

    def entries(self, keys: list[str], searchable: bool = False) -> Markup:
        """Full entries for `keys`, in the order given; the first entry of a key on the page is its anchor.

        Only the readings page (`searchable`) puts them in the search index: elsewhere they repeat it."""
        return Markup('<ul class="readings"{}>{}</ul>').format("" if searchable else EXCLUDE, Markup("").join(self.items(keys)))

    def items(self, keys: list[str], annotated: bool = True) -> list[Markup]:
        """The <li> of each full entry, as `entries` lists them (on a slide, without the annotations)."""
        items = []
        for key in keys:
            items.append(entry(get(key), self.r, anchor=key not in self.listed, annotated=annotated))
            self.listed.add(key)
        return items

    def unlisted(self) -> list[str]:
        """Cited keys whose entry the page does not show yet."""
        return [key for key in self.cited if key not in self.listed]


def entry(ref: Reference, r: Reader, anchor: bool = False, annotated: bool = True) -> Markup:
    """'DAES (2023). *Title* (en inglés). Publisher. Note.' and the annotation, all in the reader's language but the title."""
    title = Markup('<a href="{}">{}</a>').format(ref.url, ref.title) if ref.url else ref.title
    title = Markup('<cite{}>{}</cite>').format(Markup(' lang="{}"').format(ref.language) if ref.language != r.code else "",
                                               title)
    if ref.language != r.code:
        title += Markup(" ({})").format(r.t("reference_in", language=r.language_name(ref.language)))
    text = Markup("{} ({}). {}.").format(localized(ref.author, r), when(ref, r), title)
    for extra in (localized(ref.publisher, r), localized(ref.note, r)):
        if extra:
            text += Markup(" {}").format(extra if re.search(r"[.!?]$", extra) else extra + ".")
    return Markup('<li{}><span class="reading__source">{}</span>{}</li>').format(
        Markup(' id="ref-{}"').format(ref.key) if anchor else "", text,
        Markup("<br>{}").format(ref.annotation(r)) if annotated else "")
