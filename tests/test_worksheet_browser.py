"""Worksheets in the browser (answers kept across reloads, cleared on demand) and `make pdf`: every
worksheet, pack and module printed on A4 and Letter in both languages."""

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

from conftest import ROOT, Site, prefix
from macros.base import links
from macros.build import pdf
from macros.content import catalogue, modules, worksheets
from macros.content.print_pages import PAPERS
from test_links import broken_links

A4, LETTER = (595, 842), (612, 792)  # points
PRINTABLE_PX = {"a4": round((210 - 28) / 25.4 * 96), "letter": round((215.9 - 28) / 25.4 * 96)}  # 14 mm margins


def test_answers_survive_a_reload_follow_the_worksheet_into_english_and_clear_empties_them(site, browser):
    context = browser.new_context()
    tab = context.new_page()
    url = site.url + "worksheets/readiness/"
    tab.goto(url)
    tab.locator("form.worksheet textarea").first.fill("Nuestro punto fuerte: la ventanilla única")
    tab.locator('form.worksheet input[type="radio"][name="q1-s1"][value="4"]').check()
    tab.reload()
    assert tab.locator("form.worksheet textarea").first.input_value() == "Nuestro punto fuerte: la ventanilla única"
    assert tab.locator('input[name="q1-s1"][value="4"]').is_checked()
    tab.goto(site.url + "en/worksheets/readiness/")  # the same worksheet in English: the same answers
    assert tab.locator("form.worksheet textarea").first.input_value() == "Nuestro punto fuerte: la ventanilla única"
    assert tab.locator('input[name="q1-s1"][value="4"]').is_checked()
    tab.goto(url)
    tab.once("dialog", lambda dialog: dialog.accept())
    tab.locator('button[data-action="clear"]').click()
    assert tab.locator("form.worksheet textarea").first.input_value() == ""
    tab.reload()
    assert tab.locator("form.worksheet textarea").first.input_value() == ""
    assert not tab.locator('input[name="q1-s1"][value="4"]').is_checked()
    context.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_answer_file_holds_the_answers_by_neutral_names_and_no_empty_identity(site, browser, lang):
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "worksheets/challenges/")
    form = tab.locator("form.worksheet")
    form.locator('input[name="q1-o3"]').fill("1")
    form.locator('input[name="institution"]').fill("MINTEL")
    form.locator("textarea").first.fill("Scenario: la normativa de firma")
    with tab.expect_download() as download:
        form.locator('button[data-action="answer-file"]').click()
    assert download.value.suggested_filename == f"challenges-{lang}.json"
    file = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert (file["format"], file["version"], file["worksheet"], file["lang"]) == (
        "governance-sdgs-worksheet-answers", 1, "challenges", lang)
    assert file["institution"] == "MINTEL" and "name" not in file and re.fullmatch(r"\d{4}-\d{2}-\d{2}", file["date"])
    assert file["answers"]["q1-o3"] == "1" and "Scenario: la normativa de firma" in file["answers"].values()
    assert "institution" not in file["answers"]
    context.close()


def test_answers_saved_per_language_before_are_migrated_once_losing_nothing(site, browser):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(site.url + "about/")  # the site's origin, without a worksheet on the page
    tab.evaluate("""() => {
        localStorage.setItem("gsdg:worksheet:es:roadmap", JSON.stringify({q1: "Texto en español", "q3-o2": "1"}));
        localStorage.setItem("gsdg:worksheet:en:roadmap", JSON.stringify({q1: "English text", name: "Ana"}));
    }""")
    tab.goto(site.url + "worksheets/roadmap/")
    assert tab.locator('form.worksheet textarea[name="q1"]').input_value() == "Texto en español"  # the page's language wins
    assert tab.locator('form.worksheet input[name="name"]').input_value() == "Ana"  # kept from the English save
    assert tab.locator('form.worksheet input[name="q3-o2"]').is_checked()
    stored = tab.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('gsdg:worksheet:')).sort()")
    assert stored == ["gsdg:worksheet:roadmap"]
    tab.goto(site.url + "en/worksheets/roadmap/")
    assert tab.locator('form.worksheet textarea[name="q1"]').input_value() == "Texto en español"
    context.close()


def test_print_with_my_answers_shows_long_answers_in_full(site, browser, tmp_path):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(site.url + "worksheets/readiness/")
    institution = "Ministerio de Telecomunicaciones y de la Sociedad de la Información del Ecuador"
    answer = " ".join(f"Brecha número {n}: falta personal capacitado en la unidad de servicios." for n in range(1, 13))
    tab.fill('form.worksheet input[name="institution"]', institution)
    tab.locator("form.worksheet textarea").last.fill(answer)
    tab.emulate_media(media="print")
    (tmp_path / "answers.pdf").write_bytes(tab.pdf(prefer_css_page_size=True))
    printed = " ".join(" ".join(page.extract_text() for page in PdfReader(tmp_path / "answers.pdf").pages).split())
    assert institution in printed
    assert "Brecha número 12: falta personal capacitado en la unidad de servicios." in printed
    context.close()


def pdf_pages(path) -> list[tuple[int, int]]:
    """The size of every page of a PDF, in points."""
    return [(round(page.mediabox.width), round(page.mediabox.height)) for page in PdfReader(path).pages]


def make_pdf(site_dir, cache, *args, **env) -> subprocess.CompletedProcess:
    """`make pdf`'s command on a built site (with `args`: `--check FILE` is `make site`'s)."""
    return subprocess.run([sys.executable, "-m", "tools.print_pdfs", "--site", str(site_dir), "--cache", str(cache), *args],
                          cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=False)


@dataclass(frozen=True)
class Published:
    """What `make site` made: the site (with every PDF and the offline ZIP) and the PDF cache."""

    site: Site
    cache: Path


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Published:
    """`make site` run once into a scratch folder (the only place the tests print PDFs)."""
    out = tmp_path_factory.mktemp("published")
    url = "http://127.0.0.1:8000/governance-sdgs/"  # links are checked on disk: nothing is served
    result = subprocess.run(["make", "--no-print-directory", "site", f"SITE_DIR={out / 'site'}", f"PDF_CACHE={out / 'cache'}",
                             f"OFFLINE_DIR={out / 'site-offline'}", f"VENV={Path(sys.prefix)}"],
                            cwd=ROOT, env={**os.environ, "SITE_URL": url}, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    return Published(Site(out / "site", url), out / "cache")


@pytest.fixture(scope="module")
def printed(published):
    """Page sizes of every worksheet and print pack, in both languages, on A4 and Letter."""
    paths = [path for path in pdf.pages() if path.startswith("worksheets/")]
    return {(prefix(lang) + path, paper): pdf_pages(published.site.dir / pdf.pdf_path(path, lang, paper))
            for lang in ("en", "es") for path in paths for paper in PAPERS}


def test_every_worksheet_prints_on_the_chosen_paper_in_few_pages(printed):
    for (path, paper), pages in printed.items():
        assert set(pages) == {A4 if paper == "a4" else LETTER}, f"{path} {paper}: {pages}"
        if "/pack-" not in path:
            assert 1 <= len(pages) <= 2, f"{path} on {paper}: {len(pages)} pages"


def test_a_print_pack_is_its_worksheets_each_from_a_new_page(printed):
    for module, sheets in worksheets.by_module().items():
        for lang in ("", "en/"):
            for paper in ("a4", "letter"):
                pack = len(printed[(f"{lang}worksheets/pack-{module}/", paper)])
                alone = sum(len(printed[(f"{lang}worksheets/{sheet.id}/", paper)]) for sheet in sheets)
                assert pack == alone, f"{lang}{module} on {paper}: pack {pack} pages, worksheets {alone}"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_print_shows_only_the_worksheet_and_it_fits_the_page(site, browser, paper):
    context = browser.new_context(viewport={"width": PRINTABLE_PX[paper], "height": 1000})
    tab = context.new_page()
    for sheets in worksheets.by_module().values():
        for sheet in sheets:
            tab.goto(site.url + f"worksheets/{sheet.id}/")
            tab.emulate_media(media="print")
            for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".worksheet__actions",
                           ".worksheet__facilitator", ".md-content__inner > p"):
                assert not tab.locator(hidden).first.is_visible(), f"{sheet.id}: {hidden} is printed"
            footer = tab.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--print-footer')")
            assert sheet.title("es") in footer and "Español" in footer and f"/worksheets/{sheet.id}/" in footer
            overflow = tab.evaluate("""() => [...document.querySelectorAll('.worksheet *')]
                .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map(el => el.tagName + '.' + el.className)""")
            assert not overflow, f"{sheet.id} on {paper}: wider than the page: {overflow[:5]}"
    context.close()


def test_make_site_links_every_pdf_on_its_paper_in_the_page_language(published):
    site = published.site
    linked = {urljoin(site.url_of(page), href) for page in site.pages()
              for href in re.findall(r'<a href="([^"]+)" type="application/pdf"', page.read_text(encoding="utf-8"))}
    assert len(linked) == len(pdf.jobs()) == 208
    for path, lang, paper in pdf.jobs():
        assert site.url + pdf.pdf_path(path, lang, paper) in linked
        assert set(pdf_pages(site.dir / pdf.pdf_path(path, lang, paper))) == {A4 if paper == "a4" else LETTER}
        document = PdfReader(site.dir / pdf.pdf_path(path, lang, paper))
        html = (site.dir / links.in_language(path, lang) / "index.html").read_text(encoding="utf-8")
        # the first title on paper: a pack prints its worksheets only
        title = re.search(r'<h[12] class="worksheet__title"[^>]*>(.*?)</h[12]>', html, re.S) or re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        words = re.sub(r"<[^>]+>|&[a-z#0-9]+;", " ", title.group(1)).split()[:3]
        assert " ".join(words) in " ".join(document.pages[0].extract_text().split()), f"{path} {lang} {paper}: {words}"
        # every page carries its number, "1/2", and the footer names the page's language
        language = "English" if lang == "en" else "Español"
        for number, page in enumerate(document.pages, 1):
            text = page.extract_text()
            assert f"{number}/{len(document.pages)}" in text and language in text, f"{path} {lang} {paper} page {number}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_facilitator_guides_print_lists_give_the_pages_of_the_worksheets_pdfs(published, lang):
    site = published.site
    for toolkit in dict.fromkeys(m.toolkit for m in modules.all_modules().values()):
        html = (site.dir / links.in_language(pdf.guide_path(toolkit), lang) / "index.html").read_text(encoding="utf-8")
        listed = html[html.index('class="print-list"'):]
        rows = re.findall(r'<th scope="row"[^>]*><a href="[^"]*worksheets/([a-z0-9-]+)/">.*?</a></th>\s*'
                          r'<td[^>]*>\d+</td>\s*<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)</td>', listed)
        expected = [sheet for m in modules.all_modules().values() if m.toolkit == toolkit for sheet in m.worksheets]
        assert [sheet for sheet, *_ in rows] == expected
        for sheet, *shown in rows:
            printed = [len(PdfReader(site.dir / pdf.pdf_path(f"worksheets/{sheet}/", lang, paper)).pages) for paper in PAPERS]
            assert list(map(int, shown)) == printed, (
                f"{toolkit} {lang} {sheet}: the print list says {shown} pages (A4, Letter), the PDFs have {printed}: "
                "run `make build pdf` and commit data/print-pages.yml")


def test_make_site_gives_a_site_without_a_broken_link_pdfs_and_zip_included(published):
    site = published.site
    assert (site.dir / links.OFFLINE_ZIP).is_file() and len(list((site.dir / pdf.FOLDER).rglob("*.pdf"))) == len(pdf.jobs())
    broken = broken_links(site)
    assert not broken, f"{len(broken)} broken link(s):\n" + "\n".join(broken)
    home = (site.dir / "index.html").read_text(encoding="utf-8")
    assert f'href="{links.OFFLINE_ZIP}" download' in home, "the home page offers the offline ZIP"
    # issue 30: every page of the published site (and only of it: tests/test_offline_save.py) loads offline.js
    assert not [page for page in site.pages() if page.name != "404.html" and "data-offline data-root=" not in page.read_text(encoding="utf-8")]
    offline_copy = site.dir.parent / "site-offline"
    assert not [page for page in offline_copy.rglob("*.html") if "offline.js" in page.read_text(encoding="utf-8")]


def test_a_second_run_prints_nothing_and_keeps_every_pdf(published):
    site, cache = published.site, published.cache
    before = {p: p.stat().st_mtime_ns for p in cache.rglob("*.pdf")}
    result = make_pdf(site.dir, cache)
    assert result.returncode == 0 and result.stdout.count(": unchanged") == len(pdf.jobs()) == len(before)
    assert "[208/208]" in result.stdout
    assert {p: p.stat().st_mtime_ns for p in cache.rglob("*.pdf")} == before


def test_make_site_refuses_page_counts_the_pdfs_do_not_have_naming_the_worksheet(published, tmp_path):
    """`make site` checks data/print-pages.yml against the PDFs it printed (here, nothing is printed again)."""
    site, cache = published.site, published.cache
    record = tmp_path / "print-pages.yml"
    right = (ROOT / "data" / "print-pages.yml").read_text(encoding="utf-8")
    record.write_text(right, encoding="utf-8")
    result = make_pdf(site.dir, cache, "--check", str(record))
    assert result.returncode == 0, f"the committed counts are the PDFs' and pass:\n{result.stderr}"
    pages = len(PdfReader(site.dir / pdf.pdf_path("worksheets/challenges/", "es", "a4")).pages)
    wrong = re.sub(r"^(challenges: .*\bes: \{a4: )\d+", rf"\g<1>{pages + 1}", right, count=1, flags=re.M)
    assert wrong != right
    record.write_text(wrong, encoding="utf-8")
    result = make_pdf(site.dir, cache, "--check", str(record))
    assert result.returncode == 1, "a page count the PDF does not have must stop `make site`"
    assert result.stderr.splitlines() == [
        f"make site: {record}: challenges › es › a4: the file says {pages + 1} page(s), the PDF has {pages} — "
        "run `make build pdf`, commit the file, then `make site` again"]


def test_a_page_that_cannot_be_printed_fails_by_name_and_keeps_the_pdfs(published):
    site, cache = published.site, published.cache
    before = {p: p.read_bytes() for p in cache.rglob("*.pdf")}
    page = site.dir / "worksheets" / "roadmap" / "index.html"
    page.rename(page.with_suffix(".away"))
    try:
        result = make_pdf(site.dir, cache)
    finally:
        page.with_suffix(".away").rename(page)
    assert result.returncode == 1
    assert "pdf/es/worksheets-roadmap-a4.pdf: FAILED — worksheets/roadmap/index.html is not in" in result.stdout
    assert {p: p.read_bytes() for p in cache.rglob("*.pdf")} == before


def test_without_chromium_make_pdf_stops_at_once_and_changes_nothing(site, tmp_path):
    result = make_pdf(site.dir, tmp_path, CHROMIUM=str(tmp_path / "no-chromium"))
    assert result.returncode == 1 and "no-chromium not found" in result.stderr and not list(tmp_path.rglob("*.pdf"))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_place_typed_twice_is_named_beside_the_ranking_as_it_is_typed(site, browser, lang):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "worksheets/challenges/")
    ranking = tab.locator("form.worksheet .worksheet__item--ranking")
    warning, first, second = ranking.locator(".worksheet__warning"), ranking.locator("input").nth(0), ranking.locator("input").nth(1)
    message = catalogue.text("worksheet_rank_repeated", lang, rank=1)
    first.press_sequentially("1")
    second.press_sequentially("2")
    assert warning.inner_text() == "" and first.get_attribute("aria-invalid") is None
    second.fill("")
    second.press_sequentially("1")
    assert warning.is_visible() and warning.inner_text() == message and warning.get_attribute("aria-live") == "polite"
    expect(second).to_have_accessible_description(message)
    assert first.get_attribute("aria-invalid") == second.get_attribute("aria-invalid") == "true"
    result = Axe().run(tab)
    assert not result.violations_count, result.generate_report()
    tab.reload()  # the answers come back, and so does the warning
    assert warning.inner_text() == message
    second.fill("2")
    assert warning.inner_text() == "" and second.get_attribute("aria-invalid") is None
    context.close()
