"""Text a maintainer writes is shown as written wherever it lands: quotes, `<script>`, `&` and a very
long word in front matter, events, worksheets, modules, cases, glossary, references and catalogue
strings build into valid HTML, inject nothing (not even from inside the JSON data a page carries in a
<script>), and still give calendar files and PDFs."""

import json
import shutil
from pathlib import Path

import icalendar
import pytest
import yaml
from pypdf import PdfReader

from conftest import ROOT, html_errors, mkdocs_build, prefix
from test_html import known

WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsverwaltungsgebäude"
HOSTILE = f"""Q"uote 'apos' <script>alert(1)</script><img src=x data-hostile> & {WORD}"""
URL = "http://127.0.0.1:8000/governance-sdgs/"


def rewrite(path: Path, change) -> None:
    """Load a YAML data file, change it in place, write it back."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def both() -> dict:
    """HOSTILE in each language (the texts differ, as the build requires of some fields)."""
    return {"en": f"{HOSTILE} (en)", "es": f"{HOSTILE} (es)"}


def inject(project: Path) -> None:
    """HOSTILE in every kind of text a maintainer writes (one of each)."""
    data = project / "data"
    for lang in ("es", "en"):
        page = project / "docs" / f"about.{lang}.md"
        body = page.read_text(encoding="utf-8").split("---\n", 2)[2]
        page.write_text("---\n" + yaml.safe_dump({"title": HOSTILE, "description": HOSTILE}, allow_unicode=True)
                        + "---\n" + body, encoding="utf-8")

    def event(d):
        d["title"] = both()
        d["sessions"][0]["title"] = both()

    def worksheet(d):
        d["title"], d["purpose"] = both(), both()
        d["items"][0]["options"][0] = both()
        d["facilitator"]["tips"][0] = both()

    def module(d):
        d["title"] = both()
        d["sessions"][0]["title"], d["sessions"][0]["materials"][0] = both(), both()
        d["key_points"][0] = both()

    def case(d):
        d["title"], d["summary"] = both(), both()

    def glossary(entries):
        entries[0]["definition"] = both()

    def reference(entries):
        entry = next(e for e in entries if e["key"] == "undesa-toolkit-innovation")
        entry["title"], entry["annotation"] = HOSTILE, both()

    def strings(d):
        for key in ("footer_source", "worksheet_print", "palette_to_dark"):
            d[key] = both()

    for name, change in (("events/2023-08-08-tot.yml", event), ("worksheets/challenges.yml", worksheet),
                         ("modules/t1-m1.yml", module), ("cases/estonia-x-road.yml", case), ("glossary.yml", glossary),
                         ("references/curriculum.yml", reference), ("strings.yml", strings)):
        rewrite(data / name, change)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The project with HOSTILE everywhere, built strict for URL."""
    project = tmp_path_factory.mktemp("hostile")
    for name in ("docs", "overrides", "macros", "data"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project)
    inject(project)
    result = mkdocs_build(project, project / "site", URL)
    assert result.returncode == 0, result.stderr[-3000:]
    return project


PAGES = ["about/", "workshops/2023-08-08-tot/", "worksheets/challenges/", "toolkits/innovation/module-1/",
         "toolkits/innovation/facilitator-guide/", "toolkits/innovation/key-points/", "cases/estonia-x-road/",
         "cases/", "glossary/", "readings/"]


RESULTS = "worksheets/results/"  # carries every worksheet's title and items as JSON inside a <script>


def test_the_pages_with_hostile_text_are_valid_html(hostile):
    errors = html_errors(*(hostile / "site" / prefix(lang) / page for lang in ("es", "en") for page in PAGES + [RESULTS]))
    unknown = [e for e in errors if not known(e["message"])]
    assert not unknown, "\n".join(f"{e['url']}:{e.get('lastLine')}: {e['message']}" for e in unknown[:5])


@pytest.mark.parametrize("lang", ["es", "en"])
def test_hostile_text_shows_as_written_and_injects_nothing(hostile, browser, lang):
    context = browser.new_context()
    tab = context.new_page()
    dialogs = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for page in PAGES:
        tab.goto((hostile / "site" / prefix(lang) / page / "index.html").as_uri())
        assert tab.locator("[data-hostile]").count() == 0, f"{page}: an element was injected"
        assert not tab.evaluate("[...document.scripts].some(s => s.textContent.includes('alert(1)'))"), page
        assert HOSTILE in tab.evaluate("document.body.innerText"), f"{page}: the text is not shown as written"
    tab.goto((hostile / "site" / prefix(lang) / "about" / "index.html").as_uri())
    assert HOSTILE in tab.title()
    assert tab.locator('meta[name="description"]').get_attribute("content") == HOSTILE
    assert tab.locator("label[for='__palette_1']").first.get_attribute("title") == f"{HOSTILE} ({lang})"
    assert not dialogs, dialogs
    context.close()


def test_calendar_files_and_pdfs_still_work(hostile, browser, tmp_path):
    ics = icalendar.Calendar.from_ical((hostile / "site" / "calendar" / "2023-08-08-tot.ics").read_bytes())
    assert [str(e["summary"]) for e in ics.walk("VEVENT")][0] == f"{HOSTILE} (es)"
    tab = browser.new_page()
    tab.goto((hostile / "site" / "worksheets" / "challenges" / "index.html").as_uri())
    tab.emulate_media(media="print")
    (tmp_path / "sheet.pdf").write_bytes(tab.pdf(prefer_css_page_size=True))
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "sheet.pdf").pages)
    assert """Q"uote 'apos' <script>alert(1)</script>""" in text
    tab.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_group_results_data_keeps_a_hostile_title_inside_its_script(hostile, browser, lang):
    """A worksheet title holding `</script><script>…` stays inside the page's JSON data: the data still
    parses with the title as written, nothing runs or is injected, and the page shows the title as text."""
    context = browser.new_context()
    tab = context.new_page()
    dialogs = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto((hostile / "site" / prefix(lang) / RESULTS / "index.html").as_uri())
    title = f"{HOSTILE} ({lang})"
    assert tab.locator("[data-hostile]").count() == 0, f"{RESULTS}: the title's <img> was injected into the page"
    carriers = tab.evaluate("[...document.scripts].filter(s => s.textContent.includes('alert(1)'))"
                            ".map(s => `${s.id} ${s.type}`)")
    assert carriers == ["group-results-data application/json"], (
        f"{RESULTS}: the title's <script> should be text inside the JSON data only; scripts holding it: {carriers}")
    data = tab.locator("script#group-results-data").text_content()
    try:
        sheet = json.loads(data)["worksheets"]["challenges"]
    except ValueError as err:
        pytest.fail(f"{RESULTS}: the JSON data was cut short by the title ({err}): …{data[-120:]!r}")
    assert sheet["title"] == title and sheet["items"][0]["options"][0] == title
    assert tab.locator("#results-worksheet option[value=challenges]").text_content() == title
    answers = {"format": "governance-sdgs-worksheet-answers", "version": 1, "worksheet": "challenges", "lang": lang,
               "date": "2026-12-02", "answers": {"q1-o1": "1"}}
    tab.set_input_files("#results-files", files=[{"name": "p01.json", "mimeType": "application/json",
                                                  "buffer": json.dumps(answers).encode()}])
    shown = tab.locator(".group-results__title")
    shown.wait_for()
    assert shown.text_content() == title, "the results are headed with the worksheet's title as written"
    assert tab.locator("[data-hostile]").count() == 0, "the results inject nothing"
    assert not dialogs, f"{RESULTS}: the title's script ran: {dialogs}"
    context.close()
