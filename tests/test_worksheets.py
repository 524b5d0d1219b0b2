"""Worksheets rendered as forms: every item kind, in both languages, with labels for every control."""

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import prefix
from macros.content import catalogue, worksheets
from macros.content.worksheets import Worksheet
from macros.render import worksheet_form
from macros.render.reader import Reader

SAMPLE = Worksheet.model_validate(yaml.safe_load((Path(__file__).parent / "data" / "all-kinds.yml").read_text(encoding="utf-8")))


class Form(HTMLParser):
    """Controls, labels and ids of a rendered worksheet."""

    def __init__(self, html: str):
        super().__init__()
        self.controls, self.ids, self.label_for, self.tags = [], set(), set(), []
        self.open_labels = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if attrs.get("id"):
            assert attrs["id"] not in self.ids, f"duplicate id {attrs['id']}"
            self.ids.add(attrs["id"])
        if tag == "label":
            self.open_labels += 1
            if attrs.get("for"):
                self.label_for.add(attrs["for"])
        if tag in ("input", "textarea", "select"):
            self.controls.append((tag, {**attrs, "wrapped": self.open_labels > 0}))

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1


def render(lang: str, sheet=SAMPLE) -> str:
    return worksheet_form.render(sheet, Reader(lang))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_control_has_a_label(lang):
    form = Form(render(lang))
    unlabelled = []
    for tag, attrs in form.controls:
        refs = attrs.get("aria-labelledby", "").split()
        if attrs["wrapped"] or attrs.get("id") in form.label_for or (refs and all(ref in form.ids for ref in refs)):
            continue
        unlabelled.append((tag, attrs))
    assert not unlabelled


@pytest.mark.parametrize("lang, words", [
    ("en", ["About you", "Name", "Institution", "Statement", "Not at all", "Print blank", "For facilitators"]),
    ("es", ["Sus datos", "Nombre", "Institución", "Afirmación", "En absoluto", "Imprimir en blanco", "Para facilitadores"]),
])
def test_every_item_kind_renders_in_the_page_language(lang, words):
    html = render(lang)
    for word in words:
        assert word in html
    assert html.count('type="radio" name="q2-') == 2 * 3  # statements × scale points
    # each statement is its own radio group, and every choice carries its point and words of the scale
    assert html.count('<fieldset class="worksheet__statement"><legend>') == 2
    assert html.count(f'<span class="worksheet__choice-text">{SAMPLE.items[1].scale[0](lang)}</span>') == 2
    assert re.search(r'rows="5"></textarea><span class="worksheet__rules" aria-hidden="true">(<span></span>){5}</span>', html)  # 5 ruled lines
    assert html.count('type="number"') == 3  # ranking
    assert html.count('class="worksheet__quadrant"') == 4  # 2×2 matrix
    assert html.count('name="q5-r') == 3 * 2  # table rows × columns
    assert html.count('type="checkbox"') == 2
    assert html.count("<fieldset") >= 5 and html.count("<legend") >= 5 and html.count("<caption") >= 1
    # on a phone each table cell shows its column's name
    assert html.count(f'<td data-label="{SAMPLE.items[4].columns[0](lang)}">') == SAMPLE.items[4].rows


def test_facilitator_notes_sit_in_their_own_toggle():
    html = render("en")
    notes = html.split('<details class="worksheet__facilitator">')[1]
    assert "What surprised you?" in notes and "Keep time" in notes and "30 min" in notes
    assert "What surprised you?" not in html.split('<details class="worksheet__facilitator">')[0]


def test_buttons_stay_hidden_without_javascript():
    assert re.search(r'<div class="worksheet__actions"[^>]* hidden data-js>', render("en"))


def test_text_from_yaml_is_escaped():
    hostile = SAMPLE.model_copy(update={"title": SAMPLE.title.model_copy(update={"en": "<script>x</script>"})})
    html = render("en", hostile)
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


def texts(pattern: str, html_text: str) -> list[str]:
    """The text of each match of `pattern` (one group), without tags, as a reader sees it."""
    return [unescape(re.sub(r"<[^>]+>", "", found)).strip() for found in re.findall(pattern, html_text, re.S)]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_each_worksheet_page_shows_every_objective_and_step_of_its_data(site, lang):
    """No objective or step lost on the way, or shown in the other language: in the instructions and in the
    facilitator's timing table."""
    heading = re.escape(catalogue.text("worksheet_objectives", lang))
    for sheet in worksheets.all_worksheets().values():
        page = (site.dir / prefix(lang) / "worksheets" / sheet.id / "index.html").read_text(encoding="utf-8")
        assert page.count('<form class="worksheet"') == 1, f"{sheet.id} {lang}"
        form = page.split(f'<form class="worksheet" id="worksheet-{sheet.id}"')[1].split("</form>")[0]
        objectives = re.search(rf"<h2>{heading}</h2>\s*<ul>(.*?)</ul>", form, re.S)
        steps = re.search(r'<ol class="worksheet__steps">(.*?)</ol>', form, re.S)
        timing = form.split('<details class="worksheet__facilitator">')[1].split("</tbody>")[0]
        assert objectives and steps, f"{sheet.id} {lang}: no objectives or no steps"
        assert texts(r"<li>(.*?)</li>", objectives[1]) == [o(lang) for o in sheet.objectives], f"{sheet.id} {lang}"
        assert texts(r"<li>(.*?)</li>", steps[1]) == [step.text(lang) for step in sheet.steps], f"{sheet.id} {lang}"
        assert texts(r'<th scope="row">(.*?)</th>', timing) == [step.text(lang) for step in sheet.steps], f"{sheet.id} {lang}"


@pytest.mark.parametrize("lang, header, default", [("es", "Grupo", "Afirmación"), ("en", "Group", "Statement")])
def test_a_rating_of_groups_is_headed_by_what_it_rates(lang, header, default):
    """change-readiness rates groups, not statements: its scale's first column (and the group results table) say so."""
    html = str(render(lang, worksheets.load("change-readiness")))
    heads = re.findall(r'<div class="worksheet__scale" aria-hidden="true"[^>]*><span>([^<]*)</span>', html)
    assert heads == [header]
    other = str(render(lang, worksheets.load("readiness")))
    assert re.findall(r'<div class="worksheet__scale" aria-hidden="true"[^>]*><span>([^<]*)</span>', other)[0] == default
