"""Group results in Chromium: 30 generated answer files per worksheet (fixed seed, both languages,
some without names) plus bad files, each refused with its own reason in the page's language; the page's
numbers equal those computed here from the same files, also when they come inside participants' exports."""

import csv
import io
import json
import random
import statistics

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import prefix
from macros.content import catalogue, worksheets

FORMAT = {"format": "governance-sdgs-worksheet-answers", "version": 1}


def generate(sheet_id: str, count: int = 30, seed: int = 2023) -> list[dict]:
    """`count` answer files with random answers to every item of the worksheet."""
    rng = random.Random(seed)
    sheet = worksheets.load(sheet_id)
    files = []
    for number in range(1, count + 1):
        answers = {}
        for index, item in enumerate(sheet.items, 1):
            name = f"q{index}"
            if item.kind == "rating":
                for s in range(1, len(item.statements) + 1):
                    if rng.random() < 0.9:
                        answers[f"{name}-s{s}"] = str(rng.randint(1, len(item.scale)))
            elif item.kind == "ranking":
                ranks = rng.sample(range(1, len(item.options) + 1), len(item.options))
                for o, rank in enumerate(ranks, 1):
                    if rng.random() < 0.9:
                        answers[f"{name}-o{o}"] = str(rank)
            elif item.kind == "matrix":
                for q in range(1, 5):
                    if rng.random() < 0.6:
                        answers[f"{name}-q{q}"] = f"Scenario {number}-{q}"
            elif item.kind == "checklist":
                for o in range(1, len(item.options) + 1):
                    if rng.random() < 0.4:
                        answers[f"{name}-o{o}"] = "1"
            elif item.kind == "text":
                answers[name] = f"Respuesta <b>{number}</b> & «texto»"
        file = {**FORMAT, "worksheet": sheet_id, "lang": rng.choice(["es", "en"]), "date": "2026-12-02", "answers": answers}
        if rng.random() < 0.7:
            file["name"] = f"Persona {number}"
        if rng.random() < 0.8:
            file["institution"] = rng.choice(["MINTEL", "SENESCYT", "GAD Cuenca"])
        files.append(file)
    return files


def expected(sheet_id: str, files: list[dict]) -> dict:
    """The numbers the page must show, computed from the files."""
    out = {}
    for index, item in enumerate(worksheets.load(sheet_id).items, 1):
        name = f"q{index}"
        answers = [file["answers"] for file in files]
        if item.kind == "rating":
            rows = []
            for s in range(1, len(item.statements) + 1):
                values = [int(a[f"{name}-s{s}"]) for a in answers if f"{name}-s{s}" in a]
                rows.append([values.count(point) for point in range(1, len(item.scale) + 1)]
                            + [statistics.median(values), len(values)])
            out[name] = rows
        elif item.kind == "ranking":
            size = len(item.options)
            stats = []
            for o in range(1, size + 1):
                ranks = [int(a[f"{name}-o{o}"]) for a in answers if f"{name}-o{o}" in a]
                stats.append((o, statistics.mean(ranks), sum(size - rank for rank in ranks), len(ranks)))
            by_mean = sorted(stats, key=lambda row: (row[1], row[0]))
            out[name] = {"by_mean": [(o, round(mean, 6), borda, n) for o, mean, borda, n in by_mean],
                         "by_borda": [o for o, *_ in sorted(stats, key=lambda row: (-row[2], row[0]))]}
        elif item.kind == "matrix":
            out[name] = [sum(1 for a in answers if a.get(f"{name}-q{q}")) for q in range(1, 5)]
        elif item.kind == "checklist":
            counts = [sum(1 for a in answers if a.get(f"{name}-o{o}") == "1") for o in range(1, len(item.options) + 1)]
            out[name] = [(count, round(100 * count / len(files), 6)) for count in counts]
    return out


def shown(tab) -> dict:
    """The numbers on the page, from the data-value of each cell."""
    return tab.evaluate("""() => {
      const out = {};
      for (const section of document.querySelectorAll(".group-results__item")) {
        const name = section.dataset.item, table = section.querySelector("table");
        if (!table) continue;
        const rows = [...table.tBodies[0].rows].map(row => [...row.cells].slice(1).map(cell => cell.dataset.value));
        const borda = [...section.querySelectorAll(".group-results__borda li")].map(li => Number(li.dataset.option));
        out[name] = {kind: table.dataset.kind, rows, borda};
      }
      return out;
    }""")


def load(tab, sheet_id: str, files: list[tuple[str, str]]):
    tab.select_option("#results-worksheet", sheet_id)
    tab.set_input_files("#results-files", files=[{"name": name, "mimeType": "application/json", "buffer": text.encode()}
                                                 for name, text in files])
    tab.locator(".group-results__files p").wait_for()


def refusals(tab) -> list[str]:
    """The refused files as listed: "name: reason"."""
    return tab.locator(".group-results__refused li").all_inner_texts()


def summary(lang: str, read: int, refused: int) -> str:
    return f"{catalogue.text('results_files_read', lang, n=read)} · {catalogue.text('results_files_refused', lang, n=refused)}"


def assert_shown(tab, sheet_id: str, files: list[dict]):
    """The page shows the numbers computed here from `files`."""
    want, got = expected(sheet_id, files), shown(tab)
    assert set(want) <= set(got)
    for name, value in want.items():
        page = got[name]
        if page["kind"] == "rating":
            assert [[float(cell) for cell in row] for row in page["rows"]] == [[float(cell) for cell in row] for row in value]
        elif page["kind"] == "ranking":
            rows = [(int(row[0]), round(float(row[1]), 6), int(row[2]), int(row[3])) for row in page["rows"]]
            assert rows == value["by_mean"] and page["borda"] == value["by_borda"]
        elif page["kind"] == "matrix":
            assert [int(row[0]) for row in page["rows"]] == value
        elif page["kind"] == "checklist":
            assert [(int(row[0]), round(float(row[1]), 6)) for row in page["rows"]] == value


@pytest.mark.parametrize("sheet_id, lang", [("challenges", "es"), ("readiness", "en")])
def test_the_group_results_equal_those_computed_from_the_files(site, browser, sheet_id, lang):
    files = generate(sheet_id)
    good = [(f"p{number:02d}.json", json.dumps(file, ensure_ascii=False)) for number, file in enumerate(files, 1)]
    other = "readiness" if sheet_id == "challenges" else "challenges"
    newer = {**generate(sheet_id, count=1, seed=7)[0], "version": 2}  # answers no other file has
    corrupt, bad_answers = catalogue.text("results_corrupt", lang), {**FORMAT, "worksheet": sheet_id, "lang": lang, "date": "2026-12-02"}
    bad = [("notes.json", json.dumps({"title": "not an answer file"}), catalogue.text("results_not_answer_file", lang)),
           ("other.json", json.dumps(generate(other, count=1)[0]),
            catalogue.text("results_other_worksheet", lang, title=worksheets.load(other).title(lang))),
           ("newer.json", json.dumps(newer), catalogue.text("results_newer_version", lang)),
           ("corrupt.json", "{\"format\": \"governance-sdgs-worksheet-answers\", \"answers\": [1, 2", corrupt),
           ("truncated.json", good[1][1][: len(good[1][1]) // 2], corrupt),
           ("again.json", good[2][1], catalogue.text("results_twice", lang, file=good[2][0])),
           ("list.json", json.dumps({**bad_answers, "answers": ["Respuesta", "1"]}), corrupt),  # valid JSON, malformed answers
           ("number.json", json.dumps({**bad_answers, "answers": {"q1-o1": 1}}), corrupt),
           ("unknown.json", json.dumps({**bad_answers, "worksheet": "no-such-sheet", "answers": {}}),
            catalogue.text("results_unknown_worksheet", lang, id="no-such-sheet"))]
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "worksheets/results/")
    load(tab, sheet_id, good[:15] + [(name, text) for name, text, _ in bad] + good[15:])
    assert refusals(tab) == [f"{name}: {reason}" for name, _, reason in bad], "each bad file named with its own reason"
    assert tab.locator(".group-results__files p").inner_text() == summary(lang, len(good), len(bad))
    assert_shown(tab, sheet_id, files)
    text_item = tab.locator(".group-results__answers").first
    assert "Respuesta <b>1</b> & «texto»" in text_item.inner_text() and not text_item.locator("b").count()
    assert "Persona" in text_item.inner_text()
    tab.check("input[name=anonymous]")
    assert "Persona" not in tab.locator(".group-results__output").inner_text()
    with tab.expect_download() as download:
        tab.click("[data-action=csv]")
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    items = {row["item"] for row in rows}
    assert items == {f"q{n}" for n in range(1, len(worksheets.load(sheet_id).items) + 1)}
    assert all(sum(row["item"] == item for row in rows) == 30 for item in items)
    assert not any(row["name"] for row in rows), "anonymous: no names in the CSV"
    with tab.expect_download() as download:
        tab.click("[data-action=markdown]")
    assert open(download.value.path(), encoding="utf-8").read().startswith("# ")
    result = Axe().run(tab)
    assert not result.violations_count, result.generate_report()
    tab.set_viewport_size({"width": 360, "height": 800})
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360, "the results fit a phone (tables scroll in place)"
    tab.screenshot(path=f"/tmp/group-results-{sheet_id}.png", full_page=True)
    context.close()


def export(*answer_files) -> str:
    """A participant's export (as "Export my progress" writes it) holding `answer_files`."""
    return json.dumps({"format": "governance-sdgs-export", "version": 1, "exported": "2026-12-02T10:00:00Z",
                       "paths": {}, "quizzes": {}, "last": None, "worksheets": list(answer_files)}, ensure_ascii=False)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_exports_count_answer_file_by_answer_file_and_a_bad_part_is_refused_for_its_reason(site, browser, lang):
    ana, ben, newer, broken = generate("challenges", count=4, seed=11)
    files = [("ana.json", export(ana)),
             ("ben.json", export(ben, {**newer, "version": 2})),  # ben's answers count; the part of version 2 does not
             ("eva.json", export({**broken, "answers": ["Respuesta"]})),  # a part with malformed answers
             ("future.json", json.dumps({"format": "governance-sdgs-export", "version": 2, "worksheets": [ana]}))]
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "worksheets/results/")
    load(tab, "challenges", files)
    assert refusals(tab) == [f"ben.json: {catalogue.text('results_newer_version', lang)}",
                             f"eva.json: {catalogue.text('results_corrupt', lang)}",
                             f"future.json: {catalogue.text('results_newer_version', lang)}"], "each bad part named with its reason"
    assert tab.locator(".group-results__files p").inner_text() == summary(lang, 2, 3)
    assert_shown(tab, "challenges", [ana, ben])
    context.close()
