"""Worksheets (data/worksheets/*.yml): the schema, and the checks across files."""

from typing import Annotated, Literal, Union

from pydantic import Field, PositiveInt

from . import datafiles, modules
from .schema import Strict, Text
from ..base.errors import DataError, line

WORKSHEETS_DIR = datafiles.DATA_DIR / "worksheets"



class TextItem(Strict):
    """A question answered in writing: N ruled lines on paper, a text area on screen."""

    kind: Literal["text"]
    prompt: Text
    lines: int = Field(default=4, ge=1, le=20)


class RatingItem(Strict):
    """Statements rated on a labelled scale (1 … N)."""

    kind: Literal["rating"]
    prompt: Text
    scale: list[Text] = Field(min_length=2, max_length=10)
    statements: list[Text] = Field(min_length=1)
    header: Text | None = None  # what the rated rows are when they are not statements, e.g. {en: Group, es: Grupo}


class RankingItem(Strict):
    """Options to put in order."""

    kind: Literal["ranking"]
    prompt: Text
    options: list[Text] = Field(min_length=2)


class Axis(Strict):
    label: Text
    low: Text
    high: Text


class MatrixItem(Strict):
    """A 2×2 grid with labelled axes, to place options in."""

    kind: Literal["matrix"]
    prompt: Text
    x_axis: Axis
    y_axis: Axis
    options: list[Text] = []


class TableItem(Strict):
    """Given columns and N blank rows."""

    kind: Literal["table"]
    prompt: Text
    columns: list[Text] = Field(min_length=1, max_length=8)
    rows: int = Field(default=5, ge=1, le=30)


class ChecklistItem(Strict):
    """Tick boxes."""

    kind: Literal["checklist"]
    prompt: Text
    options: list[Text] = Field(min_length=1)


Item = Annotated[Union[TextItem, RatingItem, RankingItem, MatrixItem, TableItem, ChecklistItem],
                 Field(discriminator="kind")]
KINDS = ("text", "rating", "ranking", "matrix", "table", "checklist")


class Step(Strict):
    minutes: PositiveInt
    text: Text


class FacilitatorNotes(Strict):
    debrief: list[Text] = Field(min_length=1)
    tips: list[Text] = []


class Worksheet(Strict):
    """An activity: what it is for, how it runs, and the questions participants answer."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    module: str
    title: Text
    purpose: Text
    objectives: list[Text] = Field(min_length=1)
    duration: PositiveInt  # minutes
    group_size: Text
    materials: list[Text] = []
    steps: list[Step] = Field(min_length=1)
    facilitator: FacilitatorNotes
    items: list[Item] = Field(min_length=1)

    def kinds(self) -> list[str]:
        """The item kinds it uses, in schema order."""
        used = {item.kind for item in self.items}
        return [kind for kind in KINDS if kind in used]


def load(worksheet_id: str) -> Worksheet:
    """The worksheet `worksheet_id`; an unknown id stops the build and lists the known ones."""
    return datafiles.pick(all_worksheets(), worksheet_id, "worksheet", WORKSHEETS_DIR)


def load_or_none(worksheet_id: str) -> Worksheet | None:
    return all_worksheets().get(worksheet_id)


@datafiles.per_build
def by_module() -> dict[str, list[Worksheet]]:
    """Module id → its worksheets (by title), for the modules that have any, in teaching order."""
    sheets = all_worksheets().values()
    return {module: sorted((s for s in sheets if s.module == module), key=lambda s: s.title.en)
            for module in modules.all_modules() if any(s.module == module for s in sheets)}


def all_worksheets() -> dict[str, Worksheet]:
    return datafiles.load_all(WORKSHEETS_DIR, Worksheet, "worksheet", check)


def check(sheet: Worksheet, where: str) -> None:
    """The id matches the file name, the module exists, and the steps add up to the duration."""
    if not where.endswith(f"/{sheet.id}.yml"):
        raise DataError(line(f"{where}: id", f"'{sheet.id}' differs from the file name", "make them the same"))
    known = modules.all_modules()
    if sheet.module not in known:
        raise DataError(line(f"{where}: module", f"'{sheet.module}' is not in data/modules/",
                             f"use one of: {', '.join(known)}"))
    steps = sum(step.minutes for step in sheet.steps)
    if steps != sheet.duration:
        raise DataError(line(f"{where}: steps", f"add up to {steps} min but duration is {sheet.duration} min",
                             "make the minutes of the steps add up to the duration"))
