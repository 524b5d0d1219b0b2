"""The offline copy (`make offline`): a ZIP that works from the file system, both languages, search included."""

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, Site, search
from test_links import broken_links

NETWORK = re.compile(r"^https?://")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """`make offline` into a scratch folder, with the test run's own virtual environment; the unzipped copy."""
    out = tmp_path_factory.mktemp("offline")
    result = subprocess.run(["make", "--no-print-directory", "offline", f"OFFLINE_DIR={out / 'site-offline'}",
                             f"VENV={Path(sys.prefix)}"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(out / "site-offline.zip") as archive:
        archive.extractall(out / "unzipped")
    return out / "unzipped" / "site-offline"


@pytest.fixture
def offline_tab(browser):
    """A tab that may not reach any network: every http(s) request is recorded and refused."""
    context = browser.new_context()
    context.requested, context.errors = [], []
    context.route(NETWORK, lambda route: (context.requested.append(route.request.url), route.abort()))
    tab = context.new_page()
    tab.on("console", lambda msg: msg.type == "error" and context.errors.append(msg.text))
    tab.on("pageerror", lambda exc: context.errors.append(str(exc)))
    yield tab
    assert not context.requested, f"requests to the network: {context.requested}"
    assert not context.errors, f"console errors: {context.errors}"
    context.close()


def test_the_zip_holds_both_languages_and_the_inlined_search_index(bundle):
    for page in ("index.html", "en/index.html", "glossary.html", "en/glossary.html", "cases/index.html",
                 "search/search_index.js", "en/search/search_index.js", "assets/vendor/iframe-worker/shim.js"):
        assert (bundle / page).is_file(), page


def test_no_page_loads_anything_from_another_host(bundle):
    pulls = re.compile(r'<(?:script|img|iframe)[^>]+src="(https?:[^"]+)"|<link[^>]+rel="(?:stylesheet|preload|modulepreload)"[^>]+href="(https?:[^"]+)"')
    found = {page.relative_to(bundle).as_posix(): hits for page in bundle.rglob("*.html")
             if (hits := pulls.findall(page.read_text(encoding="utf-8")))}
    assert not found, found


def test_every_link_of_the_offline_copy_resolves(bundle):
    broken = broken_links(Site(bundle, "http://offline.invalid/"))
    assert not broken, "\n".join(broken)


def test_the_offline_copy_hides_its_own_download_button(bundle):
    assert "offline-download" not in (bundle / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("start, query, lang, other", [
    ("index.html", "interoperabilidad", "es", "en"),
    ("en/index.html", "interoperability", "en", "es"),
])
def test_from_file_pages_navigate_switch_language_and_search(bundle, offline_tab, start, query, lang, other):
    tab = offline_tab
    tab.goto((bundle / start).as_uri())
    assert tab.locator("html").get_attribute("lang") == lang
    tab.locator("article a[href$='glossary.html']").first.click()
    tab.wait_for_url(re.compile(r"/glossary\.html$"))
    assert tab.locator("dl.glossary").count()
    tab.locator(".md-header .md-select").hover()
    tab.locator(f'.md-select__link[hreflang="{other}"]').click()
    tab.wait_for_url(re.compile(r"/glossary\.html$"))
    assert tab.locator("html").get_attribute("lang") == other
    tab.go_back()
    results = search(tab, query)
    in_english = [("/en/" in href) for href in results.evaluate_all("links => links.map(link => link.href)")]
    assert in_english and set(in_english) == {lang == "en"}, f"results outside the {lang} pages"
    with tab.expect_navigation():
        results.first.click()
    assert not tab.url.endswith("/glossary.html") and tab.locator("article h1").count() == 1


def test_from_file_a_path_keeps_its_progress_and_its_quiz_answers(bundle, offline_tab):
    tab = offline_tab
    tab.goto((bundle / "paths" / "regulations.html").as_uri())
    tab.locator(".path__step input[data-done]").first.check()
    tab.locator("form.quiz input[data-correct]").first.check()
    assert tab.locator("form.quiz .quiz__feedback").first.inner_text().startswith("Correcto.")
    tab.goto((bundle / "en" / "paths" / "regulations.html").as_uri())
    assert tab.locator(".path__step input[data-done]").first.is_checked()
    assert tab.locator("form.quiz input[data-correct]").first.is_checked()


def test_from_file_a_deck_runs_with_its_presenter_view(bundle, offline_tab):
    tab = offline_tab
    tab.goto((bundle / "toolkits" / "innovation" / "module-3" / "slides.html").as_uri() + "#/5")
    tab.wait_for_function("window.Reveal && Reveal.isReady()")
    assert tab.evaluate("Reveal.getIndices().h") == 4
    with tab.context.expect_page() as opened:
        tab.keyboard.press("s")
    view = opened.value
    view.wait_for_function("window.Reveal && Reveal.isReady() && document.querySelector('.presenter__notes')?.textContent")
    assert view.evaluate("Reveal.getIndices().h") == 4
    view.keyboard.press("ArrowRight")
    tab.wait_for_function("Reveal.getIndices().h === 5")


def test_from_file_no_service_worker_is_registered(bundle, offline_tab):
    tab = offline_tab
    tab.goto((bundle / "index.html").as_uri())
    assert tab.locator('script[src$="offline.js"]').count() == 0 and tab.locator('link[rel="manifest"]').count() == 0
    # A file:// page cannot even ask: the browser refuses service workers there.
    assert tab.evaluate("""!('serviceWorker' in navigator) || navigator.serviceWorker.getRegistrations()
                           .then(found => found.length === 0, error => error.name === 'SecurityError')""")
