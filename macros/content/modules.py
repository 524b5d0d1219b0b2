"""Toolkit modules (data/modules/*.yml): their day, session plan, worksheets and readings."""

import datetime
from typing import Literal

from pydantic import Field, PositiveInt, field_validator, model_validator

from . import datafiles, timezones
from ..base.errors import DataError, line
from .schema import Strict, Text

MODULES_DIR = datafiles.DATA_DIR / "modules"


class Session(Strict):
    """One block of a module's day. A presentation has an `id` (its slides in data/slides/ name it); a
    worksheet session names its worksheet; the kind decides what the module's slide deck shows for it."""

    title: Text
    minutes: PositiveInt
    method: Text
    kind: Literal["plenary", "presentation", "worksheet", "break"] = "plenary"
    id: str | None = Field(default=None, pattern=r"^[a-z0-9-]+$")
    worksheet: str | None = None  # an id in data/worksheets/, for a worksheet session
    materials: list[Text] = []

    @model_validator(mode="after")
    def kind_has_what_it_needs(self):
        if self.kind == "presentation" and not self.id:
            raise ValueError("a presentation session needs an `id` (its slides in data/slides/ name it) — add `id: a-short-name`")
        if (self.kind == "worksheet") != bool(self.worksheet):
            raise ValueError("`worksheet:` names the worksheet of a session of `kind: worksheet`, and only of one — "
                             "set both or neither")
        return self


class KeyPoint(Text):
    """A key point in both languages, with the references (data/references/) of the facts it states."""

    sources: list[str] = []


class Module(Strict):
    """A module of a toolkit, taught in one day."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    toolkit: str
    number: PositiveInt
    day: PositiveInt
    title: Text
    start: datetime.time = datetime.time(9)
    duration: PositiveInt | None = None  # minutes; the sessions must add up to it
    sessions: list[Session] = []
    worksheets: list[str] = []  # ids in data/worksheets/
    readings: list[str] = []  # keys in data/references/
    key_points: list[KeyPoint] = Field(min_length=3, max_length=5)  # what a participant re-reads before the next day

    def path(self) -> str:
        """The module's page, as a site path."""
        return f"toolkits/{self.toolkit}/module-{self.number}/"

    def deck_path(self) -> str:
        """The module's slide deck, beside its page (docs/toolkits/<toolkit>/module-N/slides.*.md)."""
        return self.path() + "slides/"

    @field_validator("start", mode="before")
    @classmethod
    def hhmm(cls, value):
        return timezones.parse_time(value)


def check(module: Module, where: str) -> None:
    """The session plan adds up to the stated duration, and no two sessions share an id."""
    total = sum(session.minutes for session in module.sessions)
    if module.sessions and total != module.duration:
        raise DataError(line(f"{where}: sessions", f"add up to {total} min but duration is {module.duration} min",
                             "make the minutes of the sessions add up to the duration"))
    ids = [session.id for session in module.sessions if session.id]
    if len(ids) != len(set(ids)):
        raise DataError(line(f"{where}: sessions", "two sessions have the same id", "give each session its own id"))


@datafiles.per_build
def all_modules() -> dict[str, Module]:
    """Module id → module, in teaching order: t1-m1 … t1-m5, t2-m1 …"""
    return dict(sorted(datafiles.load_all(MODULES_DIR, Module, "module", check).items()))


def load(module_id: str) -> Module:
    return datafiles.pick(all_modules(), module_id, "module", MODULES_DIR)
