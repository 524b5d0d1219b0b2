"""The six challenges to digital service delivery of the 8 August 2023 report (data/challenges.yml): one
wording each, which every page prints from here."""

from typing import Literal

from pydantic import Field, RootModel, model_validator

from . import datafiles
from .schema import Strict, Text

PATH = datafiles.DATA_DIR / "challenges.yml"


class Challenge(Strict):
    """A challenge, its learning path's id, and wordings pages must not use for it."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    text: Text
    avoid: dict[Literal["en", "es"], list[str]] = {}


class Challenges(RootModel[list[Challenge]]):
    """The challenges, in the report's order (challenge 1 first)."""

    @model_validator(mode="after")
    def one_each(self) -> "Challenges":
        ids = [challenge.id for challenge in self.root]
        if twice := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(f"ids listed more than once: {', '.join(twice)} — give each challenge its own id")
        return self


@datafiles.per_build
def all_challenges() -> list[Challenge]:
    return datafiles.load(PATH, Challenges).root
