"""The slides written for a module's presentation sessions (data/slides/<module>.yml), and the checks that
tie them to the module's session plan, the bibliography and the module page's own citations.

Everything else a deck shows (title, agenda, dividers, worksheet steps, breaks, key points) comes from
data/modules/ and data/worksheets/: only the presentations are written here.
"""

import re
from pathlib import Path
from typing import Literal

from pydantic import Field

from ..base.errors import DataError, line
from . import datafiles, modules, references
from .schema import Strict, Text

SLIDES_DIR = datafiles.DATA_DIR / "slides"
DOCS_DIR = datafiles.DATA_DIR.parent / "docs"
FIGURES = ("survey", "principles")  # drawn from data/egov-survey.yml and data/principles.yml
_CITE = re.compile(r"""cite\(\s*["']([^"']+)["']\s*\)""")


class Slide(Strict):
    """One content slide: a title, a few short lines or a figure, its sources, and what to say."""

    title: Text
    points: list[Text] = Field(default=[], max_length=5)
    figure: Literal[FIGURES] | None = None
    sources: list[str] = []  # keys in data/references/, cited on the module page too
    notes: Text  # what the presenter says, in two or three sentences


class SessionSlides(Strict):
    """The 3–6 content slides of one presentation session."""

    session: str  # the `id` of a presentation session in data/modules/<module>.yml
    slides: list[Slide] = Field(min_length=3, max_length=6)


class Deck(Strict):
    """The slides of one module: one entry per presentation session of its plan, in any order."""

    module: str
    sessions: list[SessionSlides]

    @property
    def id(self) -> str:
        return self.module


def check(deck: Deck, where: str) -> None:
    """The file is named for a known module; every presentation session has slides and nothing else has;
    each slide shows something, and cites only what the module page cites."""
    known = modules.all_modules()
    if deck.module not in known:
        raise DataError(line(f"{where}: module", f"'{deck.module}' is not in data/modules/", f"use one of: {', '.join(known)}"))
    if not where.endswith(f"/{deck.module}.yml"):
        raise DataError(line(f"{where}: module", f"'{deck.module}' differs from the file name", "make them the same"))
    module = known[deck.module]
    presentations = [s.id for s in module.sessions if s.kind == "presentation"]
    written = [entry.session for entry in deck.sessions]
    for number, session in enumerate(written, 1):
        if session not in presentations:
            raise DataError(line(f"{where}: sessions #{number} › session",
                                 f"'{session}' is not a presentation session of {deck.module}",
                                 f"use one of: {', '.join(presentations)}"))
        if written.count(session) > 1:
            raise DataError(line(f"{where}: sessions #{number} › session", f"'{session}' has slides twice",
                                 "put all of its slides in one entry"))
    for session in presentations:
        if session not in written:
            raise DataError(line(f"{where}: sessions", f"the presentation session '{session}' has no slides",
                                 "add an entry `- session: " + session + "` with 3 to 6 slides"))
    cited = page_citations(module)
    for number, entry in enumerate(deck.sessions, 1):
        for index, slide in enumerate(entry.slides, 1):
            at = f"{where}: sessions #{number} ({entry.session}) › slides #{index}"
            if not slide.points and not slide.figure:
                raise DataError(line(at, "shows nothing", "give it `points:` or a `figure:`"))
            references.check_keys(slide.sources, f"{at} › sources")
            for key in slide.sources:
                if key not in cited:
                    raise DataError(line(f"{at} › sources", f"'{key}' is not cited on the module page",
                                         f"cite only what docs/{module.path().rstrip('/')}.es.md cites, or cite it there too"))


def page_citations(module: modules.Module) -> set[str]:
    """The reference keys the module's page cites, in either language, and its readings."""
    keys = set(module.readings) | {key for point in module.key_points for key in point.sources}
    for page in Path(DOCS_DIR).glob(module.path().rstrip("/") + ".*.md"):
        keys |= set(_CITE.findall(page.read_text(encoding="utf-8")))
    return keys


@datafiles.per_build
def all_decks() -> dict[str, Deck]:
    """Module id → its slides, for every file in data/slides/."""
    return datafiles.load_all(SLIDES_DIR, Deck, "slide file", check)


def for_module(module_id: str) -> Deck | None:
    return all_decks().get(module_id)


def check_all() -> None:
    """Every module with presentation sessions has a slide file."""
    decks = all_decks()
    for module in modules.all_modules().values():
        if module.id not in decks and any(s.kind == "presentation" for s in module.sessions):
            raise DataError(line(f"data/slides/{module.id}.yml", "not found, so the module's presentations have no slides",
                                 "create it: `module: " + module.id + "` and `sessions:` with the slides of each presentation"))
