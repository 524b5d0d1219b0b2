"""Group results in Chromium: 30 generated answer files per worksheet (fixed seed, both languages,
some without names) plus bad files, each refused with its own reason in the page's language; the page's
numbers equal those computed here from the same files, also when they come inside participants' exports.
A ranking's one group order (Borda points, ties sharing a place, a repeated place left out and named) is
computed here from a hand-made set of files and compared with the table and the Markdown download; the
present view is driven by its keys."""

import csv
import io
import json
import random
import statistics
from decimal import ROUND_HALF_UP, Decimal

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
            out[name] = group_order(name, len(item.options), answers)
        elif item.kind == "matrix":
            out[name] = [sum(1 for a in answers if a.get(f"{name}-q{q}")) for q in range(1, 5)]
        elif item.kind == "checklist":
            counts = [sum(1 for a in answers if a.get(f"{name}-o{o}") == "1") for o in range(1, len(item.options) + 1)]
            out[name] = [(count, round(100 * count / len(files), 6)) for count in counts]
    return out


def group_order(name: str, size: int, answers: list[dict]) -> list[tuple]:
    """A ranking's rows as the page must give them: (place, option, points, mean position, ranked by), by
    place. A file giving one place to two options is left out; a place r of `size` is worth size − r points,
    no place 0; an option's place is 1 + the number of options with more points (ties share a place)."""
    counted = []
    for a in answers:
        ranks = {o: int(a[f"{name}-o{o}"]) for o in range(1, size + 1) if f"{name}-o{o}" in a}
        if len(set(ranks.values())) == len(ranks):
            counted.append(ranks)
    stats = {}
    for o in range(1, size + 1):
        ranks = [c[o] for c in counted if o in c]
        stats[o] = (sum(size - rank for rank in ranks), round(statistics.mean(ranks), 6) if ranks else None, len(ranks))
    return sorted((1 + sum(other[0] > points for other in stats.values()), o, points, mean, n)
                  for o, (points, mean, n) in stats.items())


def shown(tab) -> dict:
    """The numbers on the page, from the data-value of each cell."""
    return tab.evaluate("""() => {
      const out = {};
      for (const section of document.querySelectorAll(".group-results__item")) {
        const name = section.dataset.item, table = section.querySelector("table");
        if (!table) continue;
        const rows = [...table.tBodies[0].rows].map(row => [...row.cells].filter(cell => "value" in cell.dataset)
          .map(cell => cell.dataset.value));
        out[name] = {kind: table.dataset.kind, rows};
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
            rows = [(int(row[0]), int(row[1]), int(row[2]), round(float(row[3]), 6) if row[3] else None, int(row[4]))
                    for row in page["rows"]]
            assert [row[0] for row in rows] == sorted(row[0] for row in rows), "by place"
            assert sorted(rows) == value
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


# The challenges worksheet's ranking (six options, in the worksheet's order): nine full rankings, two with only
# the top three, one giving place 1 twice. Worth n − r points, they tie for 2nd and for 5th place.
RANKINGS = [(4, 2, 1, 3, 6, 5), (4, 3, 1, 2, 5, 6), (2, 4, 1, 3, 6, 5), (5, 1, 2, 3, 4, 6), (1, 3, 2, 5, 4, 6),
            (3, 2, 1, 4, 5, 6), (6, 2, 3, 1, 4, 5), (2, 5, 3, 1, 6, 4), (4, 1, 3, 2, 6, 5),
            (None, None, 1, None, 2, 3), (None, 2, None, 1, None, 3), (1, 1, 2, 3, 4, 5)]


def ranked_files(lang: str) -> list[tuple[str, dict]]:
    """One answer file per ranking above (the last one, repeating a place, is repetido.json); each also places a
    challenge in the grid and says why."""
    out = []
    for number, ranks in enumerate(RANKINGS, 1):
        answers = {f"q1-o{o}": str(rank) for o, rank in enumerate(ranks, 1) if rank}
        answers |= {"q2-q1": f"Desafío {number}", "q3": f"Porque <i>{number}</i>"}
        name = "repetido.json" if len(set(answers[f] for f in answers if f.startswith("q1-"))) < len(ranks) else f"p{number:02d}.json"
        out.append((name, {**FORMAT, "worksheet": "challenges", "lang": lang, "date": "2026-12-02",
                           "name": f"Persona {number}", "answers": answers}))
    return out


def decimal(value: float, lang: str) -> str:
    """A mean as the page writes it: at most two decimals, rounded half up, with the language's decimal mark."""
    text = format(Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP).normalize(), "f")
    return text.replace(".", "," if lang == "es" else ".")


def markdown_table(text: str, caption: str) -> list[list[str]]:
    """The body rows of the table under `**caption**` in a Markdown download."""
    lines = text.splitlines()
    start = lines.index(f"**{caption}**") + 4  # caption, blank, header, separator
    rows = []
    for line in lines[start:]:
        if not line.startswith("| "):
            break
        rows.append([cell.strip() for cell in line.strip("| ").split(" | ")])
    return rows


@pytest.mark.parametrize("lang", ["es", "en"])
def test_one_group_order_ties_share_a_place_and_a_repeated_place_is_named(site, browser, lang):
    named = ranked_files(lang)
    files = [file for _, file in named]
    want = group_order("q1", 6, [file["answers"] for file in files])
    assert len({row[0] for row in want}) < len(want), "the set has ties"
    counted = len(RANKINGS) - 1
    context = browser.new_context(accept_downloads=True)
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "worksheets/results/")
    assert tab.locator("[data-action=present]").is_disabled(), "nothing to present yet"
    load(tab, "challenges", [(name, json.dumps(file, ensure_ascii=False)) for name, file in named])
    assert_shown(tab, "challenges", files)  # the table's numbers; the grid counts the file left out of the ranking
    section = tab.locator('[data-item="q1"]')
    assert section.locator("table").count() == 1 and not section.locator("ol").count(), "one group order"
    assert section.locator(".group-results__rule").inner_text() == catalogue.text("results_order_rule", lang, n=6, top=5)
    places = [str(place) for place, *_ in want]
    assert section.locator("tbody th").all_inner_texts() == places and places[1] == places[2] != "3", "a tie is a tie"
    assert section.locator(".group-results__left-out li").all_inner_texts() == [
        f"repetido.json · Persona 12: {catalogue.text('results_repeated', lang, ranks='1, 1, 2, 3, 4, 5')}"]
    assert "Porque <i>12</i>" in tab.locator('[data-item="q3"]').inner_text(), "kept for the other items"
    options = worksheets.load("challenges").items[0].options
    expected_rows = [[str(place), options[o - 1](lang), str(points), decimal(mean, lang),
                      catalogue.text("results_ranked_by_value", lang, k=n, n=counted)] for place, o, points, mean, n in want]
    assert section.locator("tbody tr").evaluate_all("rows => rows.map(row => [...row.cells].map(cell => cell.innerText))") == expected_rows
    with tab.expect_download() as download:
        tab.click("[data-action=markdown]")
    text = open(download.value.path(), encoding="utf-8").read()
    assert markdown_table(text, catalogue.text("results_ranking_caption", lang, n=counted)) == expected_rows
    assert "repetido.json" in text
    context.close()


def slide(tab) -> str:
    """The item on the present view's screen."""
    return tab.locator(".group-present__slide .group-results__item").get_attribute("data-item")


def test_the_present_view_is_large_light_and_driven_by_the_keyboard(site, browser):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 720})
    tab = context.new_page()
    tab.goto(site.url + "worksheets/results/")
    load(tab, "challenges", [(name, json.dumps(file, ensure_ascii=False)) for name, file in ranked_files("es")])
    assert tab.evaluate("document.body.dataset.mdColorScheme") == "slate", "the site is dark"
    tab.locator("[data-action=present]").focus()
    tab.keyboard.press("Enter")
    dialog = tab.locator("dialog.group-present")
    assert dialog.is_visible() and slide(tab) == "q1"
    assert tab.locator(".group-present__count").inner_text() == catalogue.text("results_slide", "es", i=1, n=3)
    for key, item in [("ArrowRight", "q2"), ("Space", "q3"), ("ArrowRight", "q3"), ("Home", "q1"), ("End", "q3"),
                      ("PageUp", "q2"), ("PageDown", "q3"), ("ArrowLeft", "q2"), ("Shift+Space", "q1")]:
        tab.keyboard.press(key)
        assert slide(tab) == item, key
    for key in "nps":  # the site's own keys (next and previous page, search) do nothing here
        tab.keyboard.press(key)
    assert tab.url.endswith("/worksheets/results/") and not tab.locator("#__search").is_checked() and slide(tab) == "q1"
    style = tab.evaluate("""() => {
      const cell = document.querySelector(".group-present__slide td"), stage = document.querySelector(".group-present__stage");
      return {size: parseFloat(getComputedStyle(cell).fontSize), color: getComputedStyle(cell).color,
              background: getComputedStyle(stage).backgroundColor};
    }""")
    assert style["size"] >= 28 and (style["color"], style["background"]) == ("rgb(0, 0, 0)", "rgb(255, 255, 255)")
    result = Axe().run(tab)
    assert not result.violations_count, result.generate_report()
    tab.screenshot(path="/tmp/group-present-1280.png")
    tab.keyboard.press("f")
    tab.wait_for_function("document.fullscreenElement && document.fullscreenElement.matches('.group-present__stage')")
    tab.keyboard.press("ArrowRight")
    assert slide(tab) == "q2", "the keys work in full screen"
    tab.keyboard.press("F")
    tab.wait_for_function("document.fullscreenElement === null")
    tab.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert tab.evaluate("document.activeElement.dataset.action") == "present", "back where the view was opened"
    tab.set_viewport_size({"width": 360, "height": 740})
    tab.click("[data-action=present]")
    for button in tab.locator(".group-present__button").all():
        box = button.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, button.inner_text()
    assert tab.evaluate("(d => d.scrollWidth <= d.clientWidth)(document.querySelector('dialog.group-present'))")
    tab.screenshot(path="/tmp/group-present-360.png")
    tab.get_by_role("button", name=catalogue.text("results_leave", "es")).click()
    assert not dialog.is_visible()
    context.close()
