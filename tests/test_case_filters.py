"""Case index filters in the browser: kept in the address, restored on reload and Back, and cleared in one step."""

from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import prefix
from macros.content import cases, catalogue

EVERY = cases.all_cases()
# a theme only some cases have, and a principle none of those cases has (so together they show nothing)
THEME = next(theme for theme in cases.Theme.__args__ if 0 < sum(theme in c.themes for c in EVERY.values()) < len(EVERY))
OTHER_THEME = next(theme for theme in cases.Theme.__args__ if theme != THEME and any(theme in c.themes for c in EVERY.values()))
PRINCIPLE = next(p for c in EVERY.values() for p in c.principles
                 if not any(p in case.principles for case in EVERY.values() if THEME in case.themes))
LANGS = pytest.mark.parametrize("lang", ["es", "en"])


def with_theme(theme: str) -> set[str]:
    return {case.id for case in EVERY.values() if theme in case.themes}


def with_principle(principle: str) -> set[str]:
    return {case.id for case in EVERY.values() if principle in case.principles}


def open_index(site, browser, lang: str, query: str = ""):
    tab = browser.new_page(viewport={"width": 360, "height": 740})
    tab.goto(f"{site.url}{prefix(lang)}cases/{query}")
    return tab


def shown(tab) -> set[str]:
    """Ids of the cases whose rows are visible (from each row's link to its case)."""
    hrefs = tab.locator("table.case-index tbody tr:visible").evaluate_all(
        "rows => rows.map(row => row.querySelector('a').getAttribute('href'))")
    return {href.rstrip("/").split("/")[-1] for href in hrefs}


def query(tab) -> dict:
    return parse_qs(urlsplit(tab.url).query)


def count(lang: str, number: int) -> str:
    return catalogue.text("cases_count", lang, shown=number, total=len(EVERY))


@LANGS
def test_a_chosen_theme_goes_into_the_address_and_survives_a_reload(site, browser, lang):
    tab = open_index(site, browser, lang)
    assert query(tab) == {} and shown(tab) == set(EVERY)
    tab.select_option("#case-theme", THEME)
    assert query(tab) == {"theme": [THEME]}
    assert shown(tab) == with_theme(THEME) != set(EVERY)
    tab.reload()
    assert tab.input_value("#case-theme") == THEME and tab.input_value("#case-principle") == ""
    assert shown(tab) == with_theme(THEME)
    assert tab.locator(".case-filters__count").inner_text() == count(lang, len(with_theme(THEME)))
    tab.close()


@LANGS
def test_each_principle_shows_exactly_the_cases_whose_data_lists_it(site, browser, lang):
    tab = open_index(site, browser, lang)
    options = tab.locator("#case-principle option").evaluate_all("options => options.map(o => o.value).filter(Boolean)")
    assert set(options) == {p for case in EVERY.values() for p in case.principles}  # each principle a case lists
    assert any(0 < len(with_principle(p)) < len(EVERY) for p in options)  # some choice leaves some cases out
    for principle in options:
        tab.select_option("#case-principle", principle)
        assert query(tab) == {"principle": [principle]}
        assert shown(tab) == with_principle(principle), principle
        assert tab.locator(".case-filters__count").inner_text() == count(lang, len(with_principle(principle)))
    tab.close()


@LANGS
def test_back_returns_to_the_previous_filters(site, browser, lang):
    tab = open_index(site, browser, lang)
    tab.select_option("#case-theme", THEME)
    tab.select_option("#case-theme", OTHER_THEME)
    assert query(tab) == {"theme": [OTHER_THEME]} and shown(tab) == with_theme(OTHER_THEME)
    tab.go_back()
    assert query(tab) == {"theme": [THEME]}
    assert tab.input_value("#case-theme") == THEME and shown(tab) == with_theme(THEME)
    tab.go_back()
    assert query(tab) == {} and tab.input_value("#case-theme") == "" and shown(tab) == set(EVERY)
    tab.go_forward()
    assert tab.input_value("#case-theme") == THEME and shown(tab) == with_theme(THEME)
    tab.close()


@LANGS
def test_a_shared_address_applies_its_filters_and_ignores_unknown_values(site, browser, lang):
    tab = open_index(site, browser, lang, f"?theme={THEME}&principle=no-such-principle")
    assert tab.input_value("#case-theme") == THEME and tab.input_value("#case-principle") == ""
    assert shown(tab) == with_theme(THEME)
    assert query(tab) == {"theme": [THEME]}  # the unknown value leaves the address too
    tab.close()


@LANGS
def test_clear_filters_shows_only_when_a_filter_is_set_and_resets_rows_and_address(site, browser, lang):
    tab = open_index(site, browser, lang)
    clear = tab.get_by_role("button", name=catalogue.text("cases_clear_filters", lang))
    assert clear.is_hidden()
    tab.select_option("#case-theme", THEME)
    tab.select_option("#case-principle", PRINCIPLE)
    assert shown(tab) == set() and tab.locator(".case-filters__count").inner_text() == count(lang, 0)
    assert clear.is_visible()
    box = clear.bounding_box()
    assert box["height"] >= 44 and box["x"] + box["width"] <= 360  # a touch target, on screen beside "0 of 6"
    clear.click()
    assert shown(tab) == set(EVERY) and query(tab) == {}
    assert tab.input_value("#case-theme") == "" and tab.input_value("#case-principle") == ""
    assert clear.is_hidden()
    assert tab.evaluate("document.activeElement.id") == "case-theme"
    tab.go_back()  # clearing is a step in the history like any other choice
    assert query(tab) == {"theme": [THEME], "principle": [PRINCIPLE]} and clear.is_visible()
    tab.close()


@LANGS
def test_the_filter_form_fits_a_phone(site, browser, lang):
    tab = open_index(site, browser, lang, f"?theme={THEME}")
    form = tab.locator("form.case-filters").bounding_box()
    assert form["x"] >= 0 and form["x"] + form["width"] <= 360
    for control in ("#case-theme", "#case-principle", ".case-filters__clear"):
        box = tab.locator(control).bounding_box()
        assert box["height"] >= 44 and box["x"] >= 0 and box["x"] + box["width"] <= 360, (control, box)
    tab.close()
