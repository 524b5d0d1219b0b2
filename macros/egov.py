"""UN E-Government Survey figures (data/egov-survey.yml): a bar chart drawn at build time, and its table."""

from babel import Locale
from babel.numbers import format_decimal
from markupsafe import Markup
from pydantic import Field, PositiveInt

from . import catalogue, datafiles, html, references
from .errors import DataError, line
from .schema import Country, Strict

PATH = datafiles.DATA_DIR / "egov-survey.yml"
BAR_WIDTH, ROW, LABEL = 260, 30, 130  # px in the SVG's own units


class Figure(Strict):
    """One country's result, with the reference it comes from."""

    country: Country
    rank: PositiveInt  # of 193 Member States
    egdi: float = Field(ge=0, le=1)
    source: str  # key in data/references/


class Survey(Strict):
    edition: PositiveInt
    figures: list[Figure] = Field(min_length=1)


def load() -> Survey:
    survey = datafiles.load(PATH, Survey)
    known = references.all_references()
    for number, figure in enumerate(survey.figures, 1):
        if figure.source not in known:
            raise DataError(line(f"{datafiles.relative(PATH)}: figures #{number} › source",
                                 f"no reference '{figure.source}' in data/references/", "fix the key or add the reference"))
    return survey


def chart(lang: str, cite) -> Markup:
    """Horizontal bars of EGDI by rank, as SVG with a title and description, then the same data as a table."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    survey = load()
    locale = catalogue.text("babel_locale", lang)
    figures = sorted(survey.figures, key=lambda figure: figure.rank)
    name = lambda figure: Locale.parse(locale).territories[figure.country]  # noqa: E731
    value = lambda figure: format_decimal(figure.egdi, format="0.0000", locale=locale)  # noqa: E731
    title = t("egov_chart_title", edition=survey.edition)
    bars = Markup("").join(
        Markup('<text x="{x}" y="{y}" text-anchor="end">{name}</text>'
               '<rect x="{bx}" y="{ry}" width="{w}" height="{h}" class="egov-chart__bar"/>'
               '<text x="{vx}" y="{y}">{value}</text>').format(
            x=LABEL - 8, y=index * ROW + 20, name=name(figure), bx=LABEL, ry=index * ROW + 6,
            w=round(figure.egdi * BAR_WIDTH, 1), h=ROW - 10, vx=LABEL + round(figure.egdi * BAR_WIDTH) + 6, value=value(figure))
        for index, figure in enumerate(figures))
    width, height = LABEL + BAR_WIDTH + 60, len(figures) * ROW + 10
    svg = Markup('<figure class="egov-chart"><svg viewBox="0 0 {w} {h}" role="img" aria-labelledby="egov-chart-title egov-chart-desc">'
                 '<title id="egov-chart-title">{title}</title><desc id="egov-chart-desc">{desc}</desc>{bars}</svg>'
                 '<figcaption>{caption}</figcaption></figure>').format(
        w=width, h=height, title=title, desc=t("egov_chart_desc"), bars=bars, caption=t("egov_chart_caption"))
    rows = [([name(figure), str(figure.rank), value(figure), cite(figure.source)], None) for figure in figures]
    table = html.table(title, [t("egov_country"), t("egov_rank"), t("egov_egdi"), t("egov_source")], rows)
    return svg + table
