"""The E-Government Survey's figures (content/survey.py) as a bar chart drawn at build time, and its table."""

from markupsafe import Markup

from ..base import html
from ..content.survey import load
from .citations import PageSources
from .reader import Reader

BAR_WIDTH, ROW, LABEL, VALUE = 190, 30, 130, 56  # in the SVG's own units: 376 wide, so text is 13 px at 328 px


def chart(r: Reader, sources: PageSources) -> Markup:
    """Horizontal bars of EGDI by rank, as SVG with a title and description, then the figures as a table.

    The highlighted country's bar has its own class, a triangle marker and a bold label, so it stands out
    without relying on colour; its table row is in bold. The table sits in div.egov-table (site.css: it
    fits a desktop column and scrolls on a phone with the countries in view).
    """
    t = r.t
    survey = load()
    figures = sorted(survey.figures, key=lambda figure: (figure.rank, figure.country))
    name = lambda figure: r.country(figure.country)  # noqa: E731
    number = lambda value: r.number(value, "0.0000")  # noqa: E731
    title = t("egov_chart_title", edition=survey.edition)
    highlighted = r.country(survey.highlight)

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
                 number(figure.osi), number(figure.hci), number(figure.tii), sources.cite(figure.source)]
        return cells

    columns = [t("egov_country"), t("egov_rank"), t("egov_egdi"), t("egov_osi"), t("egov_hci"), t("egov_tii"), t("egov_source")]
    table = html.table(title, columns, [(row(figure), None) for figure in figures])
    return svg + Markup('<div class="egov-table">{}</div>').format(table)
