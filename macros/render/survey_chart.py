"""The E-Government Survey's figures (content/survey.py) as a bar chart drawn at build time, and its table."""

from typing import NamedTuple

from markupsafe import Markup

from ..base import html
from ..content.survey import load
from .citations import PageSources
from .reader import Reader

class Geometry(NamedTuple):
    """Widths of the bar, label and value columns and the height of a row, in the SVG's own units."""

    bar: int
    row: int
    label: int
    value: int


PAGE = Geometry(190, 30, 130, 56)  # 376 wide, so text is 13 px at 328 px
SLIDE = Geometry(380, 36, 250, 110)  # drawn at 740 px for 28 px text on a 1280×720 slide (macros/render/decks.py)


def chart(r: Reader, sources: PageSources) -> Markup:
    """Horizontal bars of EGDI by rank (`svg`), then the figures as a table.

    The highlighted country's table row is in bold. The table sits in div.egov-table (site.css: it
    fits a desktop column and scrolls on a phone with the countries in view).
    """
    t = r.t
    survey = load()

    def row(figure):
        mine = figure.country == survey.highlight
        strong = (lambda text: Markup("<strong>{}</strong>").format(text)) if mine else (lambda text: text)
        cells = [strong(r.country(figure.country)), strong(str(figure.rank)), strong(_index(figure.egdi, r)),
                 _index(figure.osi, r), _index(figure.hci, r), _index(figure.tii, r), sources.cite(figure.source)]
        return cells

    columns = [t("egov_country"), t("egov_rank"), t("egov_egdi"), t("egov_osi"), t("egov_hci"), t("egov_tii"), t("egov_source")]
    table = html.table(t("egov_chart_title", edition=survey.edition), columns, [(row(figure), None) for figure in _figures()])
    return svg(r) + Markup('<div class="egov-table">{}</div>').format(table)


def _figures():
    return sorted(load().figures, key=lambda figure: (figure.rank, figure.country))


def _index(value: float, r: Reader) -> str:
    """An index from 0 to 1 as the Survey prints it, with four decimals, in the reader's language."""
    return r.number(value, "0.0000")


def source_keys() -> list[str]:
    """The references the figures come from."""
    return list(dict.fromkeys(figure.source for figure in _figures()))


def svg(r: Reader, size: Geometry = PAGE, caption: bool = True) -> Markup:
    """The bars as SVG with a title and description, and a caption unless `caption` is false (on a slide).

    The highlighted country's bar has its own class, a triangle marker and a bold label, so it stands out
    without relying on colour.
    """
    t = r.t
    survey = load()
    figures = _figures()
    title = t("egov_chart_title", edition=survey.edition)
    highlighted = r.country(survey.highlight)

    BAR_WIDTH, ROW, LABEL, VALUE = size.bar, size.row, size.label, size.value  # noqa: N806
    bars = Markup("")
    for index, figure in enumerate(figures):
        y, top, width = index * ROW + ROW * 2 // 3, index * ROW + 6, round(figure.egdi * BAR_WIDTH, 1)
        mine = figure.country == survey.highlight
        label = Markup('<text x="{x}" y="{y}" text-anchor="end"{bold}>{name}</text>').format(
            x=LABEL - 8 - (14 if mine else 0), y=y, name=r.country(figure.country),
            bold=Markup(' font-weight="bold"') if mine else "")
        marker = Markup('<path d="M{x0} {y0} l10 6 l-10 6 z" class="egov-chart__marker" aria-hidden="true"/>').format(
            x0=LABEL - 16, y0=top + (ROW - 22) // 2) if mine else Markup("")
        bar = Markup('<rect x="{x}" y="{y}" width="{w}" height="{h}" class="{cls}"/>').format(
            x=LABEL, y=top, w=width, h=ROW - 10,
            cls="egov-chart__bar egov-chart__bar--highlight" if mine else "egov-chart__bar")
        value = Markup('<text x="{x}" y="{y}"{bold}>{value}</text>').format(
            x=LABEL + round(figure.egdi * BAR_WIDTH) + 6, y=y, value=_index(figure.egdi, r),
            bold=Markup(' font-weight="bold"') if mine else "")
        bars += label + marker + bar + value

    width, height = LABEL + BAR_WIDTH + VALUE, len(figures) * ROW + 10
    below = Markup('<figcaption>{} {}</figcaption>').format(
        t("egov_chart_caption"), t("egov_chart_highlight", country=highlighted)) if caption else ""
    return Markup('<figure class="egov-chart"><svg data-search-exclude="true" viewBox="0 0 {w} {h}" role="img" aria-labelledby="egov-chart-title egov-chart-desc">'
                  '<title id="egov-chart-title">{title}</title><desc id="egov-chart-desc">{desc} {mark}</desc>{bars}</svg>{caption}</figure>').format(
        w=width, h=height, title=title, desc=t("egov_chart_desc"), bars=bars, caption=below,
        mark=t("egov_chart_highlight", country=highlighted))
