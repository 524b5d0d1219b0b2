"""The bibliography (data/references/*.yml): citations and reading lists in the page's language."""

from functools import lru_cache
from typing import Literal

from markupsafe import Markup
from pydantic import Field, RootModel

from . import catalogue, datafiles
from .errors import DataError, line
from .schema import Strict, Text

FOLDER = datafiles.DATA_DIR / "references"


class Reference(Strict):
    """One document: who, when, what, where to read it, and why."""

    key: str = Field(pattern=r"^[a-z0-9-]+$")
    author: str
    year: int | None = None
    title: str
    publisher: str | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    language: Literal["en", "es"]
    annotation: Text


class References(RootModel[list[Reference]]):
    """One file of the bibliography."""


def all_references() -> dict[str, Reference]:
    """Key → reference, from every file in the folder; a key used twice stops the build."""
    return _all(tuple((path, path.stat().st_mtime) for path in sorted(FOLDER.glob("*.yml"))))


@lru_cache(maxsize=4)
def _all(fingerprint: tuple) -> dict[str, Reference]:
    found: dict[str, Reference] = {}
    where: dict[str, str] = {}
    for path, _ in fingerprint:
        for number, ref in enumerate(datafiles.load(path, References).root, 1):
            here = f"{datafiles.relative(path)}: #{number} › key"
            if ref.key in found:
                raise DataError(line(here, f"'{ref.key}' is already used at {where[ref.key]}",
                                     "give each reference its own key"))
            found[ref.key], where[ref.key] = ref, here
    return found


def get(key: str) -> Reference:
    return datafiles.pick(all_references(), key, "reference", FOLDER)


def _when(ref: Reference, lang: str) -> str:
    return str(ref.year) if ref.year else catalogue.text("reference_no_date", lang)


def cite(key: str, lang: str) -> Markup:
    """An inline citation: 'UNPOG (2022)', linked to the document when it is online."""
    ref = get(key)
    text = f"{ref.author} ({_when(ref, lang)})"
    if ref.url:
        return Markup('<a class="citation" href="{}" title="{}">{}</a>').format(ref.url, ref.title, text)
    return Markup('<cite class="citation" title="{}">{}</cite>').format(ref.title, text)


def entry(ref: Reference, lang: str) -> Markup:
    """A full reading-list entry with its annotation and the document's language."""
    title = Markup('<a href="{}">{}</a>').format(ref.url, ref.title) if ref.url else ref.title
    parts = Markup("{} ({}). <cite>{}</cite>.").format(ref.author, _when(ref, lang), title)
    if ref.publisher:
        parts += Markup(" {}.").format(ref.publisher)
    note = catalogue.text(f"reference_in_{ref.language}", lang)
    # The source as it names itself; screen readers switch voice when it is in the other language
    parts = Markup('<span class="reading__source"{}>{}</span>').format(
        Markup(' lang="{}"').format(ref.language) if ref.language != lang else "", parts)
    return Markup('<li>{}<br>{} <span class="reading__language">({})</span></li>').format(parts, ref.annotation(lang), note)


def reading_list(keys: list[str], lang: str) -> Markup:
    """Entries for `keys`, in the order given."""
    return Markup('<ul class="readings">{}</ul>').format(Markup("").join(entry(get(key), lang) for key in keys))
