"""Learning paths in Chromium, in both languages: progress kept across reloads and languages, quizzes
with feedback, "Where do I start?", export / clear / import, refused imports, keyboard only, axe."""

import json
import re
from html import unescape

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import prefix
from macros.content import catalogue, challenges, paths, worksheets

PATH = "paths/regulations/"


@pytest.fixture
def context(browser):
    context = browser.new_context(accept_downloads=True)
    yield context
    context.close()


def steps_done(tab) -> list[bool]:
    return [box.is_checked() for box in tab.locator(".path__step input[data-done]").all()]


def storage(tab) -> dict:
    return tab.evaluate("""() => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith("gsdg:"))
                                                       .map(k => [k, localStorage.getItem(k)]))""")


@pytest.mark.parametrize("lang, other", [("es", "en"), ("en", "es")])
def test_progress_survives_reload_and_language_switch(site, context, lang, other):
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + PATH)
    boxes = tab.locator(".path__step input[data-done]")
    total = boxes.count()
    assert 5 <= total <= 8
    boxes.nth(0).check()
    boxes.nth(2).check()
    assert tab.locator(".path > .path__progress progress").evaluate("p => p.value") == 2
    tab.reload()
    assert steps_done(tab)[:3] == [True, False, True]
    tab.goto(site.url + prefix(other) + PATH)  # the twin shares the record
    assert steps_done(tab)[:3] == [True, False, True]
    label = tab.locator(".path > .path__progress label").inner_text()
    assert label.startswith("2 ") and str(total) in label
    tab.goto(site.url + prefix(other) + "paths/")
    card = tab.locator(".path-card[data-path=regulations] .path__progress")
    assert card.is_visible() and card.locator("progress").evaluate("p => p.value") == 2
    tab.goto(site.url + prefix(lang))
    link = tab.locator(".continue [data-continue-link]")
    assert link.is_visible()
    assert link.get_attribute("href").endswith(PATH + "#step-2"), "continue at the first step not done"


def test_quiz_gives_feedback_on_every_option_and_keeps_the_answers(site, context):
    tab = context.new_page()
    tab.goto(site.url + PATH)
    quiz = tab.locator("form.quiz")
    first = quiz.locator(".quiz__question").first
    assert not first.locator(".quiz__answers").is_visible(), "with JavaScript the explained answers are folded away"
    wrong = first.locator("input:not([data-correct])").first
    wrong.check()
    why = first.locator(f"li[data-option='{wrong.get_attribute('value')}'] .quiz__why").text_content()
    feedback = first.locator(".quiz__feedback")
    assert feedback.get_attribute("aria-live") == "polite"
    assert feedback.inner_text().startswith("No exactamente.") and why in feedback.inner_text()
    first.locator("input[data-correct]").check()
    assert feedback.inner_text().startswith("Correcto.")
    assert quiz.locator(".quiz__score").inner_text().startswith("1 de ")
    tab.goto(site.url + "en/" + PATH)
    first = tab.locator("form.quiz .quiz__question").first
    assert first.locator("input[data-correct]").is_checked()
    assert first.locator(".quiz__feedback").inner_text().startswith("Right.")


def test_without_javascript_the_answers_are_in_folded_blocks_and_the_paths_listed(site, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site.url + "en/" + PATH)
    question = tab.locator("form.quiz .quiz__question").first
    block = question.locator("details.quiz__answers")
    assert block.is_visible() and not block.evaluate("d => d.open")
    block.locator("summary").click()
    assert block.locator("li").count() == question.locator("input[type=radio]").count()
    assert not tab.locator(".path__done").first.is_visible()
    tab.goto(site.url + "en/paths/")
    assert not tab.locator("form.diagnosis").is_visible() and not tab.locator(".progress-tools").is_visible()
    assert tab.locator(".path-card").count() >= 6
    assert all(card.locator("p").first.inner_text().startswith("Challenge:") for card in tab.locator(".path-card").all())
    context.close()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_where_do_i_start_recommends_one_or_two_paths(site, context, lang):
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "paths/")
    form = tab.locator("form.diagnosis")
    form.locator("button[type=submit]").click()
    assert form.locator("[data-none]").is_visible(), "nothing rated: module 1 is suggested"
    assert form.locator(".diagnosis__result li:visible").count() == 0
    form.locator("input[name=funding][value='3']").check()
    form.locator("input[name=human-capital][value='2']").check()
    form.locator("input[name=citizens][value='1']").check()
    form.locator("button[type=submit]").click()
    shown = [item.get_attribute("data-path") for item in form.locator(".diagnosis__result li:visible").all()]
    assert shown == ["human-capital", "funding"] or sorted(shown) == ["funding", "human-capital"]
    assert form.locator("[data-some]").is_visible() and not form.locator("[data-none]").is_visible()
    form.locator("input[name=human-capital][value='1']").check()
    form.locator("button[type=submit]").click()
    assert [item.get_attribute("data-path") for item in form.locator(".diagnosis__result li:visible").all()] == ["funding"]
    assert not Axe().run(tab).violations_count, "axe on the paths page with a recommendation shown"


def import_file(tab, name: str, content: str):
    tab.locator(".progress-tools input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": "application/json", "buffer": content.encode()}])


def test_export_clear_import_brings_everything_back(site, context):
    tab = context.new_page()
    tab.goto(site.url + PATH)
    tab.locator(".path__step input[data-done]").nth(1).check()
    tab.locator("form.quiz input[data-correct]").first.check()
    plan = tab.locator("form.worksheet[data-record='action-plan.regulations']")
    plan.locator("textarea").first.fill("Actualizar la directriz de requisitos")
    plan.locator("input[name=name]").fill("Scenario participant")
    tab.wait_for_timeout(100)
    before = storage(tab)
    tab.goto(site.url + "paths/")
    with tab.expect_download() as download:
        tab.locator(".progress-tools [data-action=export]").click()
    exported = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert (exported["format"], exported["version"]) == ("governance-sdgs-export", 1)
    files = {file["worksheet"]: file for file in exported["worksheets"]}
    plan_file = files["action-plan"]
    assert plan_file["format"] == "governance-sdgs-worksheet-answers" and plan_file["path"] == "regulations"
    assert plan_file["name"] == "Scenario participant" and "institution" not in plan_file
    assert "Actualizar la directriz de requisitos" in plan_file["answers"].values()
    tab.once("dialog", lambda dialog: dialog.accept())
    tab.locator(".progress-tools [data-action=clear]").click()
    assert tab.locator(".progress-tools__status").inner_text().startswith("Se borraron")
    assert not [key for key in storage(tab) if key != "gsdg:paper"]
    import_file(tab, "progress.json", json.dumps(exported))
    confirm = tab.locator(".progress-tools__confirm")
    confirm.wait_for()  # the file is read asynchronously
    assert "pasos hechos: 1;" in confirm.inner_text()
    assert not [key for key in storage(tab) if key != "gsdg:paper"], "nothing changes before the reader confirms"
    confirm.locator("[data-action=confirm]").click()
    tab.goto(site.url + "en/" + PATH)
    assert steps_done(tab)[1]
    assert tab.locator("form.quiz input[data-correct]").first.is_checked()
    assert tab.locator("form.worksheet[data-record='action-plan.regulations'] textarea").first.input_value() == \
        "Actualizar la directriz de requisitos"
    after = storage(tab)
    for key in ("gsdg:paths", "gsdg:quizzes"):
        assert json.loads(after[key]) == json.loads(before[key])


EXPORT = {"format": "governance-sdgs-export", "version": 1, "exported": "2026-01-01T00:00:00Z", "paths": {},
          "quizzes": {}, "last": None}
ANSWERS = {"format": "governance-sdgs-worksheet-answers", "version": 1, "worksheet": "challenges", "lang": "es",
           "date": "2026-01-01", "answers": {"q3": "Scenario: otra respuesta"}}


BAD_IMPORTS = [  # the file, and what the reader reads: the catalogue key and its fields
    ("broken.json", '{"format": "governance-sdgs-export", "version": 1, "paths": {', "progress_corrupt", {}),
    ("other.json", '{"type": "FeatureCollection", "features": []}', "progress_not_export", {}),
    ("answers.json", json.dumps(ANSWERS), "progress_not_export", {}),  # one worksheet's answer file is not an export
    ("newer.json", '{"format": "governance-sdgs-export", "version": 2, "exported": "2030-01-01T00:00:00Z"}',
     "progress_other_version", {"version": 2}),
    ("bad-step.json", json.dumps({**EXPORT, "paths": {"regulations": 3}, "worksheets": []}), "progress_corrupt", {}),
    # a version-1 export holds version-1 answer files: one of another version makes it a damaged export
    ("answers-v2.json", json.dumps({**EXPORT, "worksheets": [{**ANSWERS, "version": 2}]}), "progress_corrupt", {}),
]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("name, content, key, fields", BAD_IMPORTS, ids=[case[0] for case in BAD_IMPORTS])
def test_a_bad_import_is_refused_and_nothing_changes(site, context, lang, name, content, key, fields):
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + PATH)
    tab.locator(".path__step input[data-done]").first.check()
    tab.goto(site.url + prefix(lang) + "paths/")
    before = storage(tab)
    import_file(tab, name, content)
    expect(tab.locator(".progress-tools__status")).to_have_text(catalogue.text(key, lang, **fields))
    assert not tab.locator(".progress-tools__confirm").is_visible(), f"{name}: offered for import"
    assert storage(tab) == before


def test_keyboard_only_answers_a_quiz_and_marks_a_step_done(site, context):
    tab = context.new_page()
    tab.goto(site.url + "en/" + PATH)
    first_option = tab.locator("form.quiz input[type=radio]").first
    first_option.focus()  # reach it with Tab from the step before
    tab.keyboard.press("Shift+Tab")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.name") == first_option.get_attribute("name")
    tab.keyboard.press("ArrowDown")
    checked = tab.locator("form.quiz .quiz__question").first.locator("input:checked")
    assert checked.count() == 1
    assert tab.locator("form.quiz .quiz__feedback").first.inner_text()
    box = tab.locator(".path__step input[data-done]").first
    box.focus()
    tab.keyboard.press("Space")
    assert box.is_checked()
    assert "regulations" in json.loads(storage(tab)["gsdg:paths"])
    assert not Axe().run(tab).violations_count, "axe on a path with answers and feedback shown"


def test_a_path_prints_as_a_booklet_its_steps_then_each_worksheet_from_a_new_page(site, context):
    tab = context.new_page()
    tab.goto(site.url + "en/" + PATH)
    tab.emulate_media(media="print")
    for hidden in (".path__done", ".path__progress", ".quiz__feedback", ".md-header", ".md-sidebar--primary"):
        assert not tab.locator(hidden).first.is_visible(), f"{hidden} is printed"
    assert tab.locator(".path__step").first.is_visible() and tab.locator("form.quiz").is_visible()
    sheets = tab.locator(".path .worksheet")
    assert sheets.count() >= 2
    for sheet in sheets.all():
        assert sheet.is_visible() and sheet.evaluate("el => getComputedStyle(el).breakBefore") == "page"
    plan = tab.locator(".path .worksheet[data-record='action-plan.regulations'] .worksheet__context")
    assert plan.is_visible() and "Updating regulations, norms and guidelines" in plan.inner_text()


LISTED = ("workshops/2023-08-08-tot/", "cases/ecuador-digital-transformation/", "toolkits/innovation/module-4/")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_six_challenges_are_worded_as_their_data_says_wherever_they_are_named(site, lang):
    """One wording per challenge (data/challenges.yml): the pages that list them, each path and its page, and the
    challenges worksheet use the same words, in the same order."""
    words = [challenge.text(lang) for challenge in challenges.all_challenges()]
    for page in LISTED:
        html = (site.dir / prefix(lang) / page / "index.html").read_text(encoding="utf-8")
        listed = re.search(r'<ol class="challenges">(.*?)</ol>', html, re.S)
        assert listed, f"{prefix(lang)}{page} lists no challenges"
        assert [unescape(item) for item in re.findall(r"<li>(.*?)</li>", listed[1])] == [f"{text}." for text in words], page
    for path in paths.all_paths().values():
        assert path.challenge_text(lang) == words[path.challenge - 1]
        page = (site.dir / prefix(lang) / path.page() / "index.html").read_text(encoding="utf-8")
        assert words[path.challenge - 1] in unescape(page), path.id
    ranking = next(item for item in worksheets.load("challenges").items if item.kind == "ranking")
    assert [option(lang) for option in ranking.options] == words, "data/worksheets/challenges.yml: the ranking's options"
