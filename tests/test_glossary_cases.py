"""Glossary, abbreviation tooltips, consistent Spanish terms, case studies and the E-Government Survey chart."""

import re

import pytest
import yaml

import english
from conftest import build_error
from macros.content import cases, glossary, principles, survey
from macros.render import survey_chart
from macros.render.citations import PageSources
from macros.render.reader import Reader

ERROR = "ERROR   -  "  # how MkDocs starts an error line; the rest is ours, compared whole
PRINCIPLES = ", ".join(principles.all_principles())
THEMES = "', '".join(cases.Theme.__args__[:-1]) + f"' or '{cases.Theme.__args__[-1]}"


def spanish_text(page) -> str:
    return english.text_in(page.read_text(encoding="utf-8"), "es")


def test_the_glossary_has_forty_terms_in_both_languages(site):
    terms = glossary.all_terms()
    assert len(terms) >= 40
    for prefix in ("", "en/"):
        page = (site.dir / prefix / "glossary" / "index.html").read_text(encoding="utf-8")
        assert all(f'<dt id="{term.id}">' in page for term in terms)


def test_abbreviations_explain_themselves_in_the_page_language(site):
    es = (site.dir / "index.html").read_text(encoding="utf-8")
    en = (site.dir / "en" / "index.html").read_text(encoding="utf-8")
    assert '<abbr title="Objetivos de Desarrollo Sostenible">ODS</abbr>' in es
    assert re.search(r'<abbr title="Sustainable Development Goals">SDGs?</abbr>', en)


def test_each_abbreviation_is_explained_once_per_page(site):
    """At its first use: every further <abbr> would only cost Material another tooltip at load."""
    for page in site.pages():
        uses = re.findall(r"<abbr [^>]*>([^<]*)</abbr>", page.read_text(encoding="utf-8"))
        assert len(uses) == len(set(uses)), f"{page.relative_to(site.dir)}: {sorted(uses)}"


def test_spanish_pages_use_the_spanish_form_of_glossary_terms(site):
    found = {}
    for page in sorted(p for p in site.dir.rglob("index.html") if p.relative_to(site.dir).parts[0] != "en"):
        english = glossary.english_forms(spanish_text(page))
        if english:
            found[str(page.relative_to(site.dir))] = english
    assert not found, f"English forms in Spanish pages: {found}"


def test_the_term_check_flags_english_in_spanish_text_but_not_spanish():
    assert "SDG → ODS" in glossary.english_forms("El plan se alinea con los SDGs del país.")
    assert glossary.english_forms("El plan se alinea con los ODS del país.") == []


CASE = """id: sample
title: {en: A sample case, es: Un caso de ejemplo}
country: EC
summary: {en: A line., es: Una línea.}
themes: [interoperability]
principles: [collaboration]
worksheet: challenges
sources: [undesa-2023-ecuador-tot-report]
"""


@pytest.mark.parametrize("where, old, new, expected", [
    ("glossary", "es: Objetivos de Desarrollo Sostenible}", "}", "data/glossary.yml: sdg (#1) › term › es: field required — add this field"),
    ("glossary", "modules: [t1-m1]", "principles: [candour]",
     f"data/glossary.yml: sdg (#1) › principles #1: 'candour' is not a principle in data/principles.yml — use one of: {PRINCIPLES}"),
    ("glossary-twice", "", "", "data/glossary.yml: sdg (#2) › id: 'sdg' is already entry #1 — merge the two entries or change one"),
    ("case", "es: Un caso de ejemplo}", "}", "data/cases/sample.yml: title › es: field required — add this field"),
    ("case", "themes: [interoperability]", "themes: [blockchain]",
     f"data/cases/sample.yml: themes #1: input should be '{THEMES}' — correct this value"),
    ("case", "principles: [collaboration]", "principles: [candour]",
     f"data/cases/sample.yml: principles #1: 'candour' is not a principle in data/principles.yml — use one of: {PRINCIPLES}"),
    ("case", "worksheet: challenges", "worksheet: nope",
     "data/cases/sample.yml: worksheet: no worksheet 'nope' in data/worksheets/ — fix the id or add the worksheet"),
    ("case", "country: EC", "country: XX",
     "data/cases/sample.yml: country: 'XX' is not an ISO 3166 country code (e.g. EC, EE, UY) — correct this value"),
])
def test_bad_glossary_or_case_data_fails_with_one_clear_line(scratch, tmp_path, where, old, new, expected):
    path = scratch / "data" / "glossary.yml"
    text = path.read_text(encoding="utf-8")
    if where == "glossary":
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    elif where == "glossary-twice":
        first = text[text.index("- id: sdg"):].split("\n- id:")[0]
        path.write_text(text.replace(first, first + "\n" + first, 1), encoding="utf-8")
    else:
        (scratch / "data" / "cases" / "sample.yml").write_text(CASE.replace(old, new), encoding="utf-8")
    assert build_error(scratch, tmp_path) == ERROR + expected


@pytest.mark.parametrize("spanish, expected", [
    ("missing", "data/glossary.yml: sdg (#1) › definition › es: field required — add this field"),
    ("english", "data/glossary.yml: sdg (#1) › definition › es: is the English text — translate it into Spanish"),
])
def test_a_glossary_entry_without_its_spanish_definition_stops_the_build(scratch, tmp_path, spanish, expected):
    """Else the Spanish glossary would show the English definition (or nothing)."""
    path = scratch / "data" / "glossary.yml"
    terms = yaml.safe_load(path.read_text(encoding="utf-8"))
    definition = terms[0]["definition"]
    if spanish == "missing":
        del definition["es"]
    else:
        definition["es"] = definition["en"]
    path.write_text(yaml.safe_dump(terms, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert build_error(scratch, tmp_path) == ERROR + expected


def test_case_index_filters_by_theme_and_principle(site, browser):
    every = cases.all_cases()
    theme = next(iter(every.values())).themes[0]
    with_theme = sum(theme in case.themes for case in every.values())
    principle = next(p for case in every.values() for p in case.principles
                     if 0 < sum(p in c.principles for c in every.values()) < len(every))
    with_principle = sum(principle in case.principles for case in every.values())
    tab = browser.new_page()
    tab.goto(site.url + "cases/")
    rows = tab.locator("table.case-index tbody tr")
    assert rows.count() == len(every) and tab.locator(".case-filters__count").inner_text() == f"Se muestran {len(every)} de {len(every)} casos"
    tab.select_option("#case-theme", theme)
    assert tab.locator("table.case-index tbody tr:visible").count() == with_theme
    assert tab.locator(".case-filters__count").inner_text() == f"Se muestran {with_theme} de {len(every)} casos"
    tab.select_option("#case-theme", "")
    assert tab.locator("table.case-index tbody tr:visible").count() == len(every)
    tab.select_option("#case-principle", principle)
    assert tab.locator("table.case-index tbody tr:visible").count() == with_principle
    assert tab.locator(".case-filters__count").inner_text() == f"Se muestran {with_principle} de {len(every)} casos"
    tab.select_option("#case-principle", "")
    assert tab.locator("table.case-index tbody tr:visible").count() == len(every)
    tab.close()


def test_without_javascript_the_case_filters_stay_hidden(site):
    page = (site.dir / "cases" / "index.html").read_text(encoding="utf-8")
    assert '<form class="case-filters" hidden>' in page


@pytest.mark.parametrize("lang, decimal", [("en", "0.9717"), ("es", "0,9717")])
def test_egov_chart_draws_every_figure_and_repeats_it_in_a_table(lang, decimal):
    figures = survey.load().figures
    out = survey_chart.chart(Reader(lang), PageSources(Reader(lang)))
    assert out.count("<rect") == len(figures)
    assert 'role="img" aria-labelledby="egov-chart-title egov-chart-desc"' in out and "<caption>" in out
    assert out.count(decimal) == 2  # the label next to Denmark's bar and its table cell


@pytest.mark.parametrize("lang, prefix, abbr, meaning", [
    ("es", "", "ODS", "Objetivos de Desarrollo Sostenible"),
    ("en", "en/", "MINTEL", "Ministry of Telecommunications and Information Society"),
])
def test_hovering_an_abbreviation_shows_its_meaning(site, browser, lang, prefix, abbr, meaning):
    tab = browser.new_page()
    tab.goto(site.url + prefix + "toolkits/capacities/")
    tab.locator("article abbr", has_text=abbr).first.hover()
    tooltip = tab.locator(".md-tooltip2, .md-tooltip").filter(has_text=meaning)
    tooltip.first.wait_for(state="visible", timeout=5000)
    tab.close()


@pytest.mark.parametrize("old, new, expected", [
    ("egdi: 0.9717", "egdi: 0.9817",
     "figures #1: egdi 0.9817 is not the mean of osi, hci and tii (0.9717) — check the four figures"),
    ("highlight: EC", "highlight: PY", "(top level): highlight 'PY' has no figure — add its figure or change highlight"),
    ("{country: EC, rank: 84,", "{country: EC, rank: 99,", "(top level): EC ranks below BO with a higher EGDI — check both figures"),
    ("{country: US,", "{country: DK,", "(top level): countries listed more than once: DK — keep one figure per country"),
])
def test_bad_survey_figures_fail_with_one_clear_line(scratch, tmp_path, old, new, expected):
    path = scratch / "data" / "egov-survey.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert build_error(scratch, tmp_path) == ERROR + "data/egov-survey.yml: " + expected
