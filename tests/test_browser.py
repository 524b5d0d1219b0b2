"""Every page in a real browser: no console errors, no other host contacted, zero axe violations."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from macros.build import page_scripts

AXE = Axe()
# Only colours change between the schemes, so the dark pass checks contrast alone.
CHECKS = {"light": {"resultTypes": ["violations"]},
          "dark": {"resultTypes": ["violations"], "runOnly": {"type": "rule", "values": ["color-contrast"]}}}


def kind(site, page: str) -> tuple:
    """Pages alike for axe: the same section of the site with the same components of ours (the
    scripts macros/build/page_scripts.py keeps on the page mark them: worksheet, table, agenda, quiz…)."""
    html = (site.dir / page).read_text(encoding="utf-8")
    parts = page.removeprefix("en/").split("/")
    return (parts[0] if len(parts) > 1 else "",) + tuple(
        name for name, markers in page_scripts.USED_BY.items() if any(marker in html for marker in markers))


def audited(site) -> dict[str, set[str]]:
    """The pages axe checks, by scheme: every Spanish page in light mode (the site's first language),
    and one English page of each kind in light and in dark mode (the parity tests hold the twins to one
    structure). Every page is still loaded for console errors and foreign requests."""
    english, spanish = {}, set()
    for path in site.pages():
        page = path.relative_to(site.dir).as_posix()
        if page.startswith("en/") or page == "404.html":
            english.setdefault(kind(site, page), page)
        else:
            spanish.add(page)
    return {"light": spanish | set(english.values()), "dark": set(english.values())}


@pytest.fixture(scope="module")
def pages(site, browser):
    """Every page loaded (axe on those `audited` picks), with what it logged and requested."""
    paths = {path.relative_to(site.dir).as_posix(): path for path in site.pages()}
    checked = audited(site)
    results = []
    for scheme in CHECKS:
        context = browser.new_context(color_scheme=scheme)
        for page, path in paths.items():
            if scheme == "dark" and page not in checked["dark"]:
                continue
            tab = context.new_page()
            errors, foreign = [], []
            url = site.url_of(path) if path.name != "404.html" else site.url + "no-such-page/"
            # the 404 page's own status is expected; any other failed load is an error
            tab.on("console", lambda msg, errors=errors, url=url: msg.type == "error"
                   and msg.location.get("url") != url and errors.append(f"{msg.text} {msg.location.get('url')}"))
            tab.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
            tab.on("request", lambda req, foreign=foreign: urlsplit(req.url).scheme in ("http", "https")
                   and urlsplit(req.url).netloc != urlsplit(site.url).netloc and foreign.append(req.url))
            tab.goto(url, wait_until="load")
            result = AXE.run(tab, options=CHECKS[scheme]) if page in checked[scheme] else None
            results.append((scheme, page, errors, foreign, result))
            tab.close()
        context.close()
    return results


def test_axe_audits_every_spanish_page_and_each_kind_of_english_page(site):
    checked = audited(site)
    pages = [path.relative_to(site.dir).as_posix() for path in site.pages()]
    assert {kind(site, page) for page in pages} == {kind(site, page) for page in checked["dark"]}
    for page in ("en/worksheets/challenges/index.html", "en/worksheets/results/index.html", "en/index.html",
                 "en/toolkits/innovation/facilitator-guide/index.html", "en/paths/regulations/index.html"):
        assert any(kind(site, page) == kind(site, other) for other in checked["dark"]), page
    assert all(page in checked["light"] for page in pages if not page.startswith("en/"))


def test_pages_load_without_console_errors(pages):
    bad = [f"{scheme} {page}: {errors}" for scheme, page, errors, _, _ in pages if errors]
    assert not bad, "\n".join(bad)


def test_no_request_leaves_the_site(pages):
    bad = [f"{page}: {foreign}" for _, page, _, foreign, _ in pages if foreign]
    assert not bad, "requests to other hosts:\n" + "\n".join(bad)


def test_axe_finds_no_violations_in_light_and_dark_mode(pages):
    bad = [f"--- {scheme} {page}\n{result.generate_report()}"
           for scheme, page, _, _, result in pages if result and result.violations_count]
    assert not bad, "\n".join(bad)


def test_language_switcher_works_in_the_browser(site, browser):
    tab = browser.new_page()
    tab.goto(site.url + "about/")
    tab.locator(".md-header .md-select").hover()
    tab.locator('.md-select__link[hreflang="en"]').click()
    tab.wait_for_url(site.url + "en/about/")
    assert tab.locator("html").get_attribute("lang") == "en"
    tab.close()


@pytest.mark.parametrize("zone, expected", [("Europe/Madrid", "16:00–16:15"), ("America/Guayaquil", None)])
def test_agenda_adds_the_readers_own_time(site, browser, zone, expected):
    context = browser.new_context(timezone_id=zone)
    tab = context.new_page()
    tab.goto(site.url + "workshops/2023-08-08-tot/")
    local = tab.locator(".agenda table td.agenda__local")
    if expected is None:  # the reader is in one of the zones shown: nothing to add
        assert local.count() == 0
    else:
        assert local.first.inner_text() == expected
        assert tab.locator(".agenda th.agenda__local").inner_text().startswith("Su hora (UTC+2")
        assert tab.locator(".agenda tfoot th").get_attribute("colspan") == "5"
    context.close()
