"""Case studies (data/cases/*.yml): what each teaches and how it is tagged (its pages: render/cases.py)."""

from typing import Literal

from pydantic import Field

from ..base.errors import DataError, line
from . import datafiles, principles, references, worksheets
from .schema import Country, Strict, Text

CASES_DIR = datafiles.DATA_DIR / "cases"
Theme = Literal["interoperability", "inclusion", "legal-framework", "skills", "funding", "participation",
                "strategy", "one-stop-services", "innovation"]


class Case(Strict):
    """A case study: where, what it teaches, and how it is tagged."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: Text
    country: Country  # e.g. EC; Babel gives its name in each language
    summary: Text  # one sentence for the index
    themes: list[Theme] = Field(min_length=1)
    principles: list[str] = Field(min_length=1)  # ids in data/principles.yml
    worksheet: str  # id in data/worksheets/
    sources: list[str] = Field(min_length=1)  # keys in data/references/

    def path(self) -> str:
        return f"cases/{self.id}/"


def check(case: Case, where: str) -> None:
    """The case's principles, worksheet and sources exist."""
    principles.check(case.principles, f"{where}: principles")
    if worksheets.load_or_none(case.worksheet) is None:
        raise DataError(line(f"{where}: worksheet", f"no worksheet '{case.worksheet}' in data/worksheets/",
                             "fix the id or add the worksheet"))
    references.check_keys(case.sources, f"{where}: sources")


def all_cases() -> dict:
    """Case id → case, by title in English."""
    found = datafiles.load_all(CASES_DIR, Case, "case", check)
    return dict(sorted(found.items(), key=lambda item: item[1].title.en))


def load(case_id: str) -> Case:
    return datafiles.pick(all_cases(), case_id, "case", CASES_DIR)
