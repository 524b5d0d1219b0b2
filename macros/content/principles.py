"""The 11 Principles of Effective Governance (data/principles.yml), which modules, cases, paths and terms name."""

from typing import Literal

from pydantic import Field, RootModel

from . import datafiles
from ..base.errors import DataError, line
from .schema import Strict, Text

PATH = datafiles.DATA_DIR / "principles.yml"
PAGE = "curriculum/principles/"


class Principle(Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    group: Literal["effectiveness", "accountability", "inclusiveness"]
    name: Text


class Principles(RootModel[list[Principle]]):
    """All eleven, in the order CEPA lists them."""


@datafiles.per_build
def all_principles() -> dict[str, Principle]:
    return {principle.id: principle for principle in datafiles.load(PATH, Principles).root}


def check(ids, where: str) -> None:
    """Stop the build when `ids` names a principle that does not exist."""
    known = all_principles()
    for number, principle_id in enumerate(ids, 1):
        if principle_id not in known:
            raise DataError(line(f"{where} #{number}", f"'{principle_id}' is not a principle in {datafiles.relative(PATH)}",
                                 f"use one of: {', '.join(known)}"))
