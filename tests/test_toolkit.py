"""Both toolkits: module data, session plans and the overview from one source, readings and citations."""

import re

import pytest
import yaml
from markupsafe import escape

from conftest import append, build_error, prefix
from macros.base.errors import DataError
from macros.build import tables
from macros.content import modules, references
from macros.render import toolkit
from macros.render.citations import PageSources
from macros.render.reader import Reader

TOOLKITS = ("innovation", "capacities")
MODULES = list(modules.all_modules().values())
ERROR = "ERROR   -  "  # how MkDocs starts an error line; the rest is ours, compared whole
REFERENCES = f"use the key of one of the {len(references.all_references())} references there"


@pytest.mark.parametrize("toolkit", TOOLKITS)
def test_each_toolkit_has_five_modules_each_with_worksheets_and_readings(toolkit):
    assert [m.number for m in MODULES if m.toolkit == toolkit] == [1, 2, 3, 4, 5]
    for module in (m for m in MODULES if m.toolkit == toolkit):
        assert len(module.worksheets) >= 2, f"{module.id}: {module.worksheets}"
        assert len(module.readings) >= 3, f"{module.id}: {module.readings}"
        assert module.sessions and sum(s.minutes for s in module.sessions) == module.duration


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kit", TOOLKITS)
def test_session_plan_times_follow_each_other_and_overview_uses_the_same_data(kit, lang):
    r = Reader(lang, page_url=prefix(lang) + f"toolkits/{kit}/")
    overview = toolkit.overview(kit, r)
    for module in (m for m in MODULES if m.toolkit == kit):
        plan = toolkit.session_plan(module.id, r)
        times = re.findall(r'<span class="agenda__time">(\d\d:\d\d)–(\d\d:\d\d)</span>', plan)
        assert len(times) == len(module.sessions)
        assert times[0][0] == f"{module.start:%H:%M}"
        assert all(end == following for (_, end), (following, _) in zip(times, times[1:]))
        for session in module.sessions:
            assert escape(session.title(lang)) in overview
        assert f'href="module-{module.number}/"' in overview


def test_citations_are_short_in_the_page_language_and_point_to_the_page_sources():
    page = PageSources(Reader("es"))
    assert re.fullmatch(r'<a class="citation" href="#ref-undesa-curriculum">\(DAES, s\. f\.(-[a-z])?\)</a>',
                        str(page.cite("undesa-curriculum")))
    assert "(UN DESA, n.d." in PageSources(Reader("en")).cite("undesa-curriculum")
    assert page.unlisted() == ["undesa-curriculum"]
    entry = str(page.entries(["undesa-curriculum"]))
    assert entry.startswith('<ul class="readings" data-search-exclude="true"><li id="ref-undesa-curriculum">'
                            '<span class="reading__source">DAES, División de Instituciones Públicas y Gobierno Digital (s. f.')
    assert '<cite lang="en">' in entry and "</cite> (en inglés)." in entry  # only the original title is in English
    assert page.unlisted() == [] and 'id="ref-' not in page.entries(["undesa-curriculum"])  # one anchor a page
    with pytest.raises(DataError) as error:
        page.cite("nope")
    assert str(error.value) == f"reference 'nope': no such reference in data/references/ — {REFERENCES}"


def test_works_that_would_cite_alike_get_a_letter():
    labels = {}
    for key in references.all_references():
        label = PageSources(Reader("es")).cite(key).striptags()
        assert label not in labels, f"{key} and {labels[label]} both cite as {label}"
        labels[label] = key


def test_every_citation_fits_one_line_on_a_phone():
    for key in references.all_references():
        for lang in ("es", "en"):
            assert len(PageSources(Reader(lang)).cite(key).striptags()) <= references.CITATION_MAX + 2, key


def test_reading_list_holds_every_reference_once_per_module_that_lists_it():
    page = toolkit.all_readings(Reader("es"), PageSources(Reader("es")))
    for key, ref in references.all_references().items():
        assert escape(ref.title) in page, key
    assert "en inglés" in page
    # in teaching order: toolkit 1's modules, then toolkit 2's
    assert page.index('id="t1-m1"') < page.index('id="t1-m5"') < page.index('id="t2-m1"')


@pytest.mark.parametrize("field, change, expected", [
    ("worksheets", lambda v: ["no-such-sheet"] + v,
     "data/modules/t1-m1.yml: worksheets: no worksheet 'no-such-sheet' in data/worksheets/ — fix the id or add the worksheet"),
    ("readings", lambda v: ["no-such-reading"] + v,
     "data/modules/t1-m1.yml: readings: no reference 'no-such-reading' in data/references/ — fix the key or add the reference"),
    ("worksheets", lambda v: v[1:], "data/worksheets/sdg-service-map.yml: module: t1-m1 does not list this worksheet "
                                    "— add 'sdg-service-map' to the worksheets of data/modules/t1-m1.yml"),
    ("duration", lambda v: v - 5, "data/modules/t1-m1.yml: sessions: add up to 180 min but duration is 175 min "
                                  "— make the minutes of the sessions add up to the duration"),
    ("key_points", lambda v: None, "data/modules/t1-m1.yml: key_points: field required — add this field"),
    ("key_points", lambda v: [{"en": v[0]["en"]}] + v[1:], "data/modules/t1-m1.yml: key_points #1 › es: field required — add this field"),
    ("key_points", lambda v: v[:2], "data/modules/t1-m1.yml: key_points: list should have at least 3 items after "
                                    "validation, not 2 — correct this value"),
])
def test_bad_module_data_fails_with_one_clear_line(scratch, tmp_path, field, change, expected):
    path = scratch / "data" / "modules" / "t1-m1.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[field] = change(data[field])
    if data[field] is None:
        del data[field]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert build_error(scratch, tmp_path) == ERROR + expected


def test_module_page_without_its_spanish_twin(scratch, tmp_path):
    (scratch / "docs" / "toolkits" / "innovation" / "module-3.es.md").unlink()
    assert build_error(scratch, tmp_path) == (
        f"{ERROR}docs/toolkits/innovation/module-3.es.md: missing — translate docs/toolkits/innovation/module-3.en.md into it")


def test_unknown_citation_in_a_page(scratch, tmp_path):
    append(scratch / "docs" / "about.en.md", '\n{{ cite("no-such-key") }}\n')
    assert build_error(scratch, tmp_path) == (f"{ERROR}docs/about.en.md: reference 'no-such-key': no such reference in "
                                              f"data/references/ — {REFERENCES}")


def as_published(html) -> str:
    """HTML without the search index's marker (Material drops it) and the line breaks between tags."""
    return re.sub(r">\s+<", "><", str(html).replace(' data-search-exclude="true"', ""))


SECTIONS = {"en": ["Learning objectives", "Duration and session plan", "Key concepts", "Activities", "Readings",
                   "For facilitators", "Self-check"],
            "es": ["Objetivos de aprendizaje", "Duración y plan de sesiones", "Conceptos clave", "Actividades",
                   "Lecturas", "Para facilitadores", "Autoevaluación"]}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_module_pages_have_every_part_in_order_from_the_modules_data(site, lang):
    for module in MODULES:
        page = (site.dir / prefix(lang) / module.path() / "index.html").read_text(encoding="utf-8")
        h2 = [re.sub(r"<[^>]+>|&para;", "", h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page)]
        assert [h for h in h2 if h in SECTIONS[lang]] == SECTIONS[lang], f"{module.id} {lang}: {h2}"
        assert as_published(toolkit.session_plan(module.id, Reader(lang, prefix(lang) + module.path()))) in as_published(page)
        for sheet in module.worksheets:
            assert f'href="../../../worksheets/{sheet}/"' in page, f"{module.id} {lang}: no link to {sheet}"
        readings = page.split('id="readings"' if lang == "en" else 'id="lecturas"')[1].split("<h2")[0]
        assert readings.count("<li") == len(module.readings) >= 3
        checks = page.split('id="self-check"' if lang == "en" else 'id="autoevaluacion"')[1].split("<h2")[0]
        assert 3 <= checks.count('<details class="question"') <= 5, f"{module.id} {lang}: self-check"
        assert 'class="facilitator"' in page


@pytest.mark.parametrize("prefix, next_title", [("en/", "Module 2"), ("", "Módulo 2")])
def test_modules_follow_each_other_with_previous_and_next_links(site, browser, prefix, next_title):
    tab = browser.new_page()
    tab.goto(site.url + prefix + "toolkits/innovation/module-1/")
    tab.locator("a.md-footer__link--next").click()
    assert tab.url == site.url + prefix + "toolkits/innovation/module-2/"
    assert tab.locator("h1").inner_text().startswith(next_title)
    tab.close()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_printed_module_leaves_out_facilitator_notes_and_fits_a4(site, browser, prefix):
    context = browser.new_context(viewport={"width": 688, "height": 1000})  # A4 less 14 mm margins, in CSS px
    tab = context.new_page()
    tab.goto(site.url + prefix + "toolkits/innovation/module-4/")
    assert tab.locator(".print-page button").is_visible()
    tab.emulate_media(media="print")
    for hidden in (".facilitator", ".print-page", "h2:has(+ .facilitator)", ".md-header", ".md-sidebar--primary"):
        assert not tab.locator(hidden).first.is_visible(), f"{hidden} is printed"
    assert tab.locator("table").first.is_visible() and tab.locator(".readings").first.is_visible()
    overflow = tab.evaluate("""() => [...document.querySelectorAll('.md-content *')]
        .filter(el => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(el => el.tagName + '.' + el.className)""")
    assert not overflow, f"wider than the page: {overflow[:5]}"
    context.close()


def test_markdown_tables_get_their_caption_and_header_scopes():
    page = tables.caption("<p>Tabla: Actores</p>\n<table>\n<thead>\n<tr>\n<th>Influencia</th>\n<th>Interés</th>\n</tr>\n"
                          "</thead>\n<tbody>\n<tr>\n<td><strong>Alta</strong></td>\n<td>Gestionar</td>\n</tr>\n</tbody>\n</table>",
                          "x.es.md")
    assert page.startswith("<table>\n<caption>Actores</caption>")
    assert page.count('<th scope="col">') == 2 and '<th scope="row">Alta</th>' in page and "<p>" not in page


def test_a_markdown_table_without_caption_fails(scratch, tmp_path):
    append(scratch / "docs" / "about.es.md", "\n| Nivel | Qué mide |\n| --- | --- |\n| Producto | Lo entregado |\n")
    assert build_error(scratch, tmp_path) == (f"{ERROR}docs/about.es.md: table 'Nivel | Qué mide': has no caption — add a "
                                              "paragraph 'Table: …' (Spanish: 'Tabla: …') right before it")


@pytest.mark.parametrize("lang, heading", [("es", "Puntos clave"), ("en", "Key points")])
def test_each_module_ends_with_its_key_points_and_each_toolkit_gathers_them(site, lang, heading):
    for module in modules.all_modules().values():
        page = (site.dir / prefix(lang) / module.path() / "index.html").read_text(encoding="utf-8")
        last = page.rindex(f">{heading}<")
        assert page.index('<ul class="key-points">', last) > last, f"{module.id}: key points not at the end"
        for point in module.key_points:
            assert str(escape(point(lang))) in page[last:]
        gathered = (site.dir / prefix(lang) / "toolkits" / module.toolkit / "key-points" / "index.html").read_text(encoding="utf-8")
        assert all(str(escape(point(lang))) in gathered for point in module.key_points)
        assert f'href="../{module.path().split("/")[-2]}/"' in gathered, f"{module.id} is not linked from the key points page"
