"""Worksheets in the browser: answers kept across reloads, cleared on demand, printed on A4 and Letter."""

import re

import pytest

from macros import worksheets

A4, LETTER = (595, 842), (612, 792)  # points
PRINTABLE_PX = {"a4": round((210 - 28) / 25.4 * 96), "letter": round((215.9 - 28) / 25.4 * 96)}  # 14 mm margins


def test_answers_survive_a_reload_and_clear_empties_them(site, browser):
    context = browser.new_context()
    tab = context.new_page()
    url = site.url + "es/worksheets/readiness/"
    tab.goto(url)
    tab.locator("form.worksheet textarea").first.fill("Nuestro punto fuerte: la ventanilla única")
    tab.locator('form.worksheet input[type="radio"][name="q1-s1"][value="4"]').check()
    tab.reload()
    assert tab.locator("form.worksheet textarea").first.input_value() == "Nuestro punto fuerte: la ventanilla única"
    assert tab.locator('input[name="q1-s1"][value="4"]').is_checked()
    tab.goto(site.url + "worksheets/readiness/")  # the English page keeps its own answers
    assert tab.locator("form.worksheet textarea").first.input_value() == ""
    tab.goto(url)
    tab.once("dialog", lambda dialog: dialog.accept())
    tab.locator('button[data-action="clear"]').click()
    assert tab.locator("form.worksheet textarea").first.input_value() == ""
    tab.reload()
    assert tab.locator("form.worksheet textarea").first.input_value() == ""
    assert not tab.locator('input[name="q1-s1"][value="4"]').is_checked()
    context.close()


def pdf_pages(data: bytes) -> list[tuple[int, int]]:
    """The size of every page of a PDF, in points."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    assert len(boxes) == pages, "one MediaBox per page expected"
    return [(round(float(w)), round(float(h))) for w, h in boxes]


def print_pdf(tab, url: str, paper: str) -> list[tuple[int, int]]:
    tab.emulate_media(media="screen")
    tab.goto(url)
    tab.locator(f'input[data-paper][value="{paper}"]').first.check()
    tab.emulate_media(media="print")
    return pdf_pages(tab.pdf(prefer_css_page_size=True))  # background graphics off, as in most print dialogs


@pytest.fixture(scope="module")
def printed(site, browser):
    """Page sizes of every worksheet and print pack, in both languages, on A4 and Letter."""
    context = browser.new_context()
    tab = context.new_page()
    out = {}
    paths = [f"worksheets/{sheet.id}/" for sheets in worksheets.by_module().values() for sheet in sheets]
    paths += [f"worksheets/pack-{module}/" for module in worksheets.by_module()]
    for lang in ("", "es/"):
        for path in paths:
            for paper in ("a4", "letter"):
                out[(lang + path, paper)] = print_pdf(tab, site.url + lang + path, paper)
    context.close()
    return out


def test_every_worksheet_prints_on_the_chosen_paper_in_few_pages(printed):
    for (path, paper), pages in printed.items():
        assert set(pages) == {A4 if paper == "a4" else LETTER}, f"{path} {paper}: {pages}"
        if "/pack-" not in path:
            assert 1 <= len(pages) <= 4, f"{path} on {paper}: {len(pages)} pages"


def test_a_print_pack_is_its_worksheets_each_from_a_new_page(printed):
    for module, sheets in worksheets.by_module().items():
        for lang in ("", "es/"):
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
            tab.goto(site.url + f"es/worksheets/{sheet.id}/")
            tab.emulate_media(media="print")
            for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".worksheet__actions",
                           ".worksheet__facilitator", ".md-content__inner > p"):
                assert not tab.locator(hidden).first.is_visible(), f"{sheet.id}: {hidden} is printed"
            assert tab.locator(".worksheet__footer").is_visible()
            overflow = tab.evaluate("""() => [...document.querySelectorAll('.worksheet *')]
                .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map(el => el.tagName + '.' + el.className)""")
            assert not overflow, f"{sheet.id} on {paper}: wider than the page: {overflow[:5]}"
    context.close()
