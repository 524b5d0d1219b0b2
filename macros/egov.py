"""UN E-Government Survey figures (data/egov-survey.yml): a bar chart drawn at build time, and its table."""

from babel import Locale
from babel.numbers import format_decimal
from markupsafe import Markup
from pydantic import Field, PositiveInt, model_validator

from . import catalogue, datafiles, html, references
from .errors import DataError, line
from .schema import Country, Strict

PATH = datafiles.DATA_DIR / "egov-survey.yml"
BAR_WIDTH, ROW, LABEL, VALUE = 190, 30, 130, 56  # in the SVG's own units: 376 wide, so text is 13 px at 328 px
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


def chart(lang: str, cite) -> Markup:
    """Horizontal bars of EGDI by rank, as SVG with a title and description, then the figures as a table.

    The highlighted country's bar has its own class, a triangle marker and a bold label, so it stands out
    without relying on colour; its table row is in bold. The table sits in div.egov-table (site.css: it
    fits a desktop column and scrolls on a phone with the countries in view).
    """
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    survey = load()
    locale = catalogue.text("babel_locale", lang)
    territories = Locale.parse(locale).territories
    figures = sorted(survey.figures, key=lambda figure: (figure.rank, figure.country))
    name = lambda figure: territories[figure.country]  # noqa: E731
    number = lambda value: format_decimal(value, format="0.0000", locale=locale)  # noqa: E731
    title = t("egov_chart_title", edition=survey.edition)
    highlighted = territories[survey.highlight]

    bars = Markup("")
    for index, figure in enumerate(figures):
        y, top, width = index * ROW + 20, index * ROW + 6, round(figure.egdi * BAR_WIDTH, 1)
        mine = figure.country == survey.highlight
        label = Markup('<text x="{x}" y="{y}" text-anchor="end"{bold}>{name}</text>').format(
            x=LABEL - 8 - (14 if mine else 0), y=y, name=name(figure),
            bold=Markup(' font-weight="bold"') if mine else "")
        marker = Markup('<path d="M{x0} {y0} l10 6 l-10 6 z" class="egov-chart__marker" aria-hidden="true"/>').format(
            x0=LABEL - 16, y0=top + 4) if mine else Markup("")
        bar = Markup('<rect x="{x}" y="{y}" width="{w}" height="{h}" class="{cls}"/>').format(
            x=LABEL, y=top, w=width, h=ROW - 10,
            cls="egov-chart__bar egov-chart__bar--highlight" if mine else "egov-chart__bar")
        value = Markup('<text x="{x}" y="{y}"{bold}>{value}</text>').format(
            x=LABEL + round(figure.egdi * BAR_WIDTH) + 6, y=y, value=number(figure.egdi),
            bold=Markup(' font-weight="bold"') if mine else "")
        bars += label + marker + bar + value

    width, height = LABEL + BAR_WIDTH + VALUE, len(figures) * ROW + 10
    svg = Markup('<figure class="egov-chart"><svg data-search-exclude="true" viewBox="0 0 {w} {h}" role="img" aria-labelledby="egov-chart-title egov-chart-desc">'
                 '<title id="egov-chart-title">{title}</title><desc id="egov-chart-desc">{desc} {mark}</desc>{bars}</svg>'
                 '<figcaption>{caption} {mark}</figcaption></figure>').format(
        w=width, h=height, title=title, desc=t("egov_chart_desc"), bars=bars, caption=t("egov_chart_caption"),
        mark=t("egov_chart_highlight", country=highlighted))

    def row(figure):
        mine = figure.country == survey.highlight
        strong = (lambda text: Markup("<strong>{}</strong>").format(text)) if mine else (lambda text: text)
        cells = [strong(name(figure)), strong(str(figure.rank)), strong(number(figure.egdi)),
                 number(figure.osi), number(figure.hci), number(figure.tii), cite(figure.source)]
        return cells

    columns = [t("egov_country"), t("egov_rank"), t("egov_egdi"), t("egov_osi"), t("egov_hci"), t("egov_tii"), t("egov_source")]
    table = html.table(title, columns, [(row(figure), None) for figure in figures])
    return svg + Markup('<div class="egov-table">{}</div>').format(table)
