"""Case studies (data/cases/*.yml): the index with its filters, each case's facts and sources."""

from typing import Literal

from babel import Locale
from markupsafe import Markup
from pydantic import Field

from . import catalogue, datafiles, html, principles, references, worksheets
from .errors import DataError, line
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

    def country_name(self, lang: str) -> str:
        return Locale(lang).territories[self.country]


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


def _themes(case: Case, lang: str) -> str:
    return ", ".join(catalogue.text(f"theme_{theme}", lang) for theme in case.themes)


def _principles(case: Case, lang: str, href) -> Markup:
    return Markup(", ").join(principles.link(p, lang, href) for p in case.principles)


def index(lang: str, href) -> Markup:
    """Filters by theme and principle (shown when JavaScript runs) over a table of every case."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    cases = all_cases().values()
    used_themes = [theme for theme in Theme.__args__ if any(theme in case.themes for case in cases)]
    used_principles = [p for p in principles.all_principles().values() if any(p.id in case.principles for case in cases)]

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
        select("principle", t("cases_principle"), t("cases_all_principles"), [(p.id, p.name(lang)) for p in used_principles]),
        t("cases_count"), t("cases_clear_filters"))
    rows = [([Markup('<a href="{}">{}</a> <span class="case-index__summary">{}</span>').format(
                  href(case.path()), case.title(lang), case.summary(lang)),
              case.country_name(lang), _themes(case, lang), _principles(case, lang, href)],
             {"data-theme": " ".join(case.themes), "data-principle": " ".join(case.principles)})
            for case in cases]
    table = html.table(t("cases_caption"), [t("cases_case"), t("cases_country"), t("cases_theme"), t("cases_principle")],
                       rows, row_header=0, attrs={"class": "case-index"}, labels=True)
    return filters + table


def facts(case_id: str, lang: str, href) -> Markup:
    """The case at a glance: country, themes, principles and its worksheet."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    case = load(case_id)
    sheet = worksheets.load(case.worksheet)
    items = [(t("cases_country"), case.country_name(lang)), (t("cases_theme"), _themes(case, lang)),
             (t("cases_principle"), _principles(case, lang, href)),
             (t("cases_worksheet"), Markup('<a href="{}">{}</a>').format(href(f"worksheets/{sheet.id}/"), sheet.title(lang)))]
    body = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(term, value) for term, value in items)
    return Markup('<dl class="case-facts">{}</dl>').format(body)


def sources(case_id: str, lang: str, page: references.PageSources) -> Markup:
    """The case's sources, then anything else the page cites."""
    keys = load(case_id).sources
    return page.entries(keys + [key for key in page.unlisted() if key not in keys], lang)
