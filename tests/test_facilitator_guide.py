"""A toolkit's facilitator guide: every module's plan, materials and worksheet notes from the data; a
print list that follows the number of participants; one paper choice for every page that prints."""

import re
from urllib.parse import urljoin

import pytest
import yaml
from markupsafe import escape
from pypdf import PdfReader

from conftest import ROOT, build_error, prefix
from macros.build import pdf
from macros.content import catalogue, modules, worksheets

TOOLKITS = ("innovation", "capacities")


def guide_html(site, toolkit: str, lang: str) -> str:
    return (site.dir / prefix(lang) / pdf.guide_path(toolkit) / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("toolkit", TOOLKITS)
def test_the_guide_has_every_day_with_its_plan_materials_and_each_worksheets_notes(site, toolkit, lang):
    page = guide_html(site, toolkit, lang)
    chosen = [m for m in modules.all_modules().values() if m.toolkit == toolkit]
    days = page[page.index('id="days"'):page.index(f'id="{chosen[0].id}"')]
    assert days.count('<th scope="row"') == len(chosen) == 5
    positions = [page.index(f'id="{m.id}"') for m in chosen] + [page.index('id="materials"'), page.index('id="print-list"')]
    assert positions == sorted(positions), "days, then materials, then the print list"
    for module, start, end in zip(chosen, positions, positions[1:]):
        section = page[start:end]
        assert catalogue.text("plan_caption", lang, number=module.number, total="")[:20] in section
        for session in module.sessions:
            assert str(escape(session.title(lang))) in section
            for material in session.materials:
                assert str(escape(material(lang))) in section, f"{module.id}: {material(lang)} not among what to prepare"
        for sheet in map(worksheets.load, module.worksheets):
            assert f'id="{module.id}-{sheet.id}"' in section
            for note in sheet.facilitator.debrief + sheet.facilitator.tips + [step.text for step in sheet.steps]:
                assert str(escape(note(lang))) in section, f"{sheet.id}: a note is missing"
    materials = page[positions[-2]:positions[-1]]
    for module in chosen:
        for material in (m for s in module.sessions for m in s.materials):
            row = re.search(r'<th scope="row"[^>]*>{}</th>\s*<td[^>]*>([\d, ]+)</td>'.format(re.escape(str(escape(material(lang))))), materials)
            assert row and str(module.day) in row[1].split(", "), f"{material(lang)}: day {module.day} missing"


def per_copy_and_total(tab) -> tuple[list[int], list[int]]:
    cells = tab.locator(".print-list [data-per-copy]")
    return ([int(n) for n in cells.evaluate_all("els => els.map(el => el.dataset.perCopy)")],
            [int(text) for text in cells.all_text_contents()])


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("toolkit", TOOLKITS)
def test_the_print_list_follows_the_number_of_participants(site, browser, toolkit, lang):
    """Each toolkit's guide lists its own worksheets, with the pages per copy of data/print-pages.yml."""
    recorded = yaml.safe_load((ROOT / "data" / "print-pages.yml").read_text(encoding="utf-8"))
    chosen = [m for m in modules.all_modules().values() if m.toolkit == toolkit]
    sheets = [key for m in chosen for key in m.worksheets + [f"slides-{m.id}"]]  # each day's worksheets, then its handout
    hrefs = [f"worksheets/{key}/" if not key.startswith("slides-") else modules.load(key.removeprefix("slides-")).deck_path()
             for key in sheets]
    tab = browser.new_page()
    tab.goto(site.url + prefix(lang) + pdf.guide_path(toolkit))
    listed = [urljoin(site.url + prefix(lang) + pdf.guide_path(toolkit), href).removeprefix(site.url + prefix(lang))
              for href in tab.locator(".print-list tbody th a").evaluate_all("links => links.map(a => a.getAttribute('href'))")]
    assert listed == hrefs, f"{toolkit} ({lang}): the print list names {listed}, the toolkit's modules {hrefs}"
    want = [recorded[sheet][lang][paper] for sheet in sheets for paper in ("a4", "letter")]
    want += [sum(want[0::2]), sum(want[1::2])]  # the total row
    per_copy, shown = per_copy_and_total(tab)
    assert per_copy == want, f"{toolkit} ({lang}): pages per copy (A4, Letter by row) {per_copy}, data/print-pages.yml {want}"
    assert shown == [n * 25 for n in per_copy]
    caption = tab.locator(".print-list caption")
    assert caption.text_content() == catalogue.text("guide_print_caption", lang, n=25)
    tab.get_by_label(catalogue.text("guide_participants", lang)).fill("12")
    per_copy, shown = per_copy_and_total(tab)
    assert shown == [n * 12 for n in per_copy], f"{toolkit} ({lang}): the pages in all do not follow 12 participants"
    assert caption.text_content() == catalogue.text("guide_print_caption", lang, n=12)
    rows = tab.locator(".print-list tbody tr")
    a4_total = sum(int(rows.nth(i).locator("td").nth(1).text_content()) for i in range(rows.count()))
    assert int(tab.locator(".print-list tfoot td").nth(0).text_content()) == a4_total
    tab.close()


def test_the_paper_chosen_on_any_page_is_the_one_printed_and_is_kept_for_the_others(site, browser, tmp_path):
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(site.url + "worksheets/results/")
    tab.get_by_label("Carta").check()
    tab.emulate_media(media="print")
    (tmp_path / "results.pdf").write_bytes(tab.pdf(prefer_css_page_size=True))
    page = PdfReader(tmp_path / "results.pdf").pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)  # Letter, in points
    for path in ("en/" + pdf.guide_path("capacities"), "worksheets/challenges/"):
        tab.goto(site.url + path)
        assert tab.locator('input[data-paper][value="letter"]').first.is_checked(), path
        assert "paper-letter" in tab.locator("html").get_attribute("class")
    context.close()


def write_yaml(path, data):
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update({"no-such-sheet": d["challenges"]}),
     "data/print-pages.yml: no-such-sheet: no such worksheet in data/worksheets/, nor module's deck — remove this line (make pdf writes the file again)"),
    (lambda d: d["challenges"]["es"].update(a4=0),
     "data/print-pages.yml: challenges › es › a4: input should be greater than 0 — correct this value"),
    (lambda d: d["challenges"].pop("en"), "data/print-pages.yml: challenges › en: field required — add this field"),
])
def test_bad_page_counts_fail_with_one_clear_line(scratch, tmp_path, change, expected):
    path = scratch / "data" / "print-pages.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    write_yaml(path, data)
    assert expected in build_error(scratch, tmp_path)


def test_a_key_point_citing_an_unknown_reference_fails_with_one_clear_line(scratch, tmp_path):
    path = scratch / "data" / "modules" / "t1-m2.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["key_points"][0]["sources"] = ["no-such-reference"]
    write_yaml(path, data)
    assert build_error(scratch, tmp_path).endswith(
        "data/modules/t1-m2.yml: key_points #1 › sources #1: no reference 'no-such-reference' in data/references/"
        " — fix the key or add the reference")
