"""Case studies on the page: the index with its filters, each case's facts and sources."""

from markupsafe import Markup

from ..base import html
from ..content import principles as principle_data
from ..content import worksheets
from ..content.cases import Case, Theme, all_cases, load
from . import principles
from .citations import PageSources
from .reader import Reader


def _themes(case: Case, r: Reader) -> str:
    return ", ".join(r.t(f"theme_{theme}") for theme in case.themes)


def _principles(case: Case, r: Reader) -> Markup:
    return Markup(", ").join(principles.link(p, r) for p in case.principles)


def index(r: Reader) -> Markup:
    """Filters by theme and principle (shown when JavaScript runs) over a table of every case."""
    t = r.t
    cases = all_cases().values()
    used_themes = [theme for theme in Theme.__args__ if any(theme in case.themes for case in cases)]
    used_principles = [p for p in principle_data.all_principles().values() if any(p.id in case.principles for case in cases)]

    def select(name: str, label: str, everything: str, options) -> Markup:
        choices = Markup("").join(Markup('<option value="{}">{}</option>').format(value, text) for value, text in options)
        return Markup('<p><label for="case-{0}">{1}</label> <select id="case-{0}" data-filter="{0}">'
                      '<option value="">{2}</option>{3}</select></p>').format(name, label, everything, choices)

    # the count is a polite live region; "clear" shows (from the script) whenever a filter is set
    filters = Markup('<form class="case-filters" hidden data-search-exclude="true"><fieldset><legend>{}</legend>{}{}</fieldset>'
                     '<div class="case-filters__result"><p class="case-filters__count" role="status" data-template="{}"></p>'
                     '<button type="button" class="md-button case-filters__clear" hidden>{}</button></div></form>').format(
        t("cases_filter_legend"),
        select("theme", t("cases_theme"), t("cases_all_themes"), [(th, t(f"theme_{th}")) for th in used_themes]),
        select("principle", t("cases_principle"), t("cases_all_principles"), [(p.id, p.name(r)) for p in used_principles]),
        t("cases_count"), t("cases_clear_filters"))
    rows = [([Markup('<a href="{}">{}</a> <span class="case-index__summary">{}</span>').format(
                  r.link(case.path()), case.title(r), case.summary(r)),
              r.country(case.country), _themes(case, r), _principles(case, r)],
             {"data-theme": " ".join(case.themes), "data-principle": " ".join(case.principles)})
            for case in cases]
    table = html.table(t("cases_caption"), [t("cases_case"), t("cases_country"), t("cases_theme"), t("cases_principle")],
                       rows, row_header=0, attrs={"class": "case-index"}, labels=True)
    return filters + table


def facts(case_id: str, r: Reader) -> Markup:
    """The case at a glance: country, themes, principles and its worksheet."""
    t = r.t
    case = load(case_id)
    sheet = worksheets.load(case.worksheet)
    items = [(t("cases_country"), r.country(case.country)), (t("cases_theme"), _themes(case, r)),
             (t("cases_principle"), _principles(case, r)),
             (t("cases_worksheet"), Markup('<a href="{}">{}</a>').format(r.link(f"worksheets/{sheet.id}/"), sheet.title(r)))]
    body = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(term, value) for term, value in items)
    return Markup('<dl class="case-facts">{}</dl>').format(body)


def sources(case_id: str, page: PageSources) -> Markup:
    """The case's sources, then anything else the page cites."""
    keys = load(case_id).sources
    return page.entries(keys + [key for key in page.unlisted() if key not in keys])
