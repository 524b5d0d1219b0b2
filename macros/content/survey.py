"""UN E-Government Survey figures (data/egov-survey.yml), checked against the Survey's own definitions (the
chart: render/survey_chart.py)."""

from pydantic import Field, PositiveInt, model_validator

from ..base.errors import DataError, line
from . import datafiles, references
from .schema import Country, Strict

PATH = datafiles.DATA_DIR / "egov-survey.yml"
MEMBER_STATES = 193

Index = Field(ge=0, le=1)  # every index of the Survey runs from 0 to 1


class Figure(Strict):
    """One country's result in one edition, with the reference it comes from."""

    country: Country
    rank: PositiveInt = Field(le=MEMBER_STATES)  # of the 193 Member States (ties share a rank)
    egdi: float = Index  # E-Government Development Index
    osi: float = Index  # Online Services Index
    hci: float = Index  # Human Capital Index
    tii: float = Index  # Telecommunication Infrastructure Index
    source: str  # key in data/references/

    @model_validator(mode="after")
    def egdi_is_the_mean(self) -> "Figure":
        """The Survey defines EGDI as the mean of its three components: a typo in any of the four shows."""
        mean = (self.osi + self.hci + self.tii) / 3
        if abs(mean - self.egdi) > 0.00015:
            raise ValueError(f"egdi {self.egdi} is not the mean of osi, hci and tii ({mean:.4f}) — check the four figures")
        return self


class Survey(Strict):
    edition: PositiveInt
    highlight: Country  # the country the chart marks (Ecuador): a distinct bar, a marker and a bold label
    figures: list[Figure] = Field(min_length=1)

    @model_validator(mode="after")
    def consistent(self) -> "Survey":
        countries = [figure.country for figure in self.figures]
        twice = sorted({country for country in countries if countries.count(country) > 1})
        if twice:
            raise ValueError(f"countries listed more than once: {', '.join(twice)} — keep one figure per country")
        if self.highlight not in countries:
            raise ValueError(f"highlight '{self.highlight}' has no figure — add its figure or change highlight")
        by_rank = sorted(self.figures, key=lambda figure: (figure.rank, -figure.egdi))
        for better, worse in zip(by_rank, by_rank[1:]):
            if worse.rank > better.rank and worse.egdi > better.egdi:
                raise ValueError(f"{worse.country} ranks below {better.country} with a higher EGDI — check both figures")
        return self


def load() -> Survey:
    survey = datafiles.load(PATH, Survey)
    known = references.all_references()
    for number, figure in enumerate(survey.figures, 1):
        if figure.source not in known:
            raise DataError(line(f"{datafiles.relative(PATH)}: figures #{number} › source",
                                 f"no reference '{figure.source}' in data/references/", "fix the key or add the reference"))
    return survey
