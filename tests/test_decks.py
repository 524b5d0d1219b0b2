"""Slide decks (macros/render/decks.py, deck.js): one per module and language with the slides the data says,
keys and addresses, the presenter view and its session timer, countdowns, slides that fit the frame, handouts,
reveal.js on deck pages only, and bad slide data stopped with one line."""

import math
import re
from html import unescape

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT, append, build_error, prefix

MODULES = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "data/modules").glob("*.yml"))}
SLIDES = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "data/slides").glob("*.yml"))}
HEADING = re.compile(r"<h2>(.*?)</h2>", re.S)


def deck_path(module: dict) -> str:
    return f"toolkits/{module['toolkit']}/module-{module['number']}/slides/"


def sections(site, module_id: str, lang: str) -> list[str]:
    html = (site.dir / prefix(lang) / deck_path(MODULES[module_id]) / "index.html").read_text(encoding="utf-8")
    return re.findall(r"<section\b.*?</section>", html, re.S)


def session_slides(found: list[str], number: int) -> list[str]:
    return [section for section in found if f'data-session="{number}" ' in section]


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("module_id", sorted(MODULES))
def test_each_module_has_a_deck_with_the_slides_its_data_says(site, module_id, lang):
    module, found = MODULES[module_id], sections(site, module_id, lang)
    assert HEADING.search(found[0])[1].startswith({"es": "Módulo", "en": "Module"}[lang])
    written = {entry["session"]: entry["slides"] for entry in SLIDES[module_id]["sessions"]}
    for number, session in enumerate(module["sessions"], 1):
        mine = session_slides(found, number)
        titles = [unescape(HEADING.search(section)[1]) for section in mine]
        assert titles[0] == session["title"][lang]  # the divider
        if session.get("kind") == "presentation":
            assert titles[1:len(written[session["id"]]) + 1] == [s["title"][lang] for s in written[session["id"]]]
            assert len(mine) == 1 + len(written[session["id"]]) + (number == len(module["sessions"]))
        elif session.get("kind") == "worksheet":
            sheet = yaml.safe_load((ROOT / f"data/worksheets/{session['worksheet']}.yml").read_text(encoding="utf-8"))
            assert "countdown" in "".join(mine) and f'data-seconds="{session["minutes"] * 60}"' in "".join(mine)
            for question in sheet["facilitator"]["debrief"]:
                assert question[lang] in unescape("".join(mine))
        elif session.get("kind") == "break":
            assert 'class="countdown"' in mine[0]
    assert all('<aside class="notes">' in section and "<aside class=\"notes\"></aside>" not in section for section in found)
    assert len(found) == len(sections(site, module_id, "en" if lang == "es" else "es"))  # both languages alike


def test_module_page_guide_and_session_plan_link_to_the_deck(site):
    for lang in ("es", "en"):
        module = (site.dir / prefix(lang) / "toolkits/innovation/module-3/index.html").read_text(encoding="utf-8")
        guide = (site.dir / prefix(lang) / "toolkits/innovation/facilitator-guide/index.html").read_text(encoding="utf-8")
        assert module.count('href="slides/"') == 1
        assert guide.count('href="../module-3/slides/"') == 3  # the day's links, its session plan, its print list


def test_reveal_and_the_deck_script_load_on_deck_pages_only(site):
    loading = {path.relative_to(site.dir).as_posix() for path in site.pages()
               if re.search(r"reveal\.js|deck\.js", path.read_text(encoding="utf-8"))}
    assert loading == {f"{prefix(lang)}{deck_path(module)}index.html" for module in MODULES.values() for lang in ("es", "en")}


@pytest.fixture
def deck(site, browser):
    """A tab on module 3's Spanish deck, on a fake clock, and its context (the presenter view opens there)."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    tab = context.new_page()
    tab.clock.install()
    tab.goto(site.url + deck_path(MODULES["t1-m3"]))
    tab.wait_for_function("window.Reveal && Reveal.isReady()")
    yield tab
    context.close()


def current(tab) -> tuple[int, str]:
    return tab.evaluate("[Reveal.getIndices().h, Reveal.getCurrentSlide().querySelector('h2').textContent]")


def test_keys_move_as_presenters_expect_and_the_address_keeps_the_slide(deck):
    total = deck.evaluate("Reveal.getTotalSlides()")
    for key, expected in (("ArrowRight", 1), ("Space", 2), ("PageDown", 3), ("PageUp", 2), ("ArrowLeft", 1),
                          ("End", total - 1), ("Home", 0)):
        deck.keyboard.press(key)
        assert current(deck)[0] == expected, key
    deck.keyboard.press("PageDown")
    deck.keyboard.press("PageDown")
    deck.clock.run_for(1000)  # reveal.js writes the address a moment after the slide changes
    assert deck.url.endswith("#/3")  # one-based, as the slide number shows
    deck.reload()
    deck.wait_for_function("window.Reveal && Reveal.isReady()")
    assert current(deck)[1] == "3.1 Bienvenida e introducción al día 3"
    deck.keyboard.press("Escape")
    assert deck.evaluate("Reveal.isOverview()")


def test_presenter_view_shows_notes_next_slide_clock_and_time_on_the_session(deck):
    deck.keyboard.press("End")
    deck.keyboard.press("Home")
    with deck.context.expect_page() as opened:
        deck.keyboard.press("s")
    view = opened.value
    view.wait_for_function("window.Reveal && Reveal.isReady() && document.querySelector('.presenter')")
    assert current(view)[0] == 0
    for _ in range(4):  # to the 3.2 presentation's first content slide (25 minutes planned)
        view.keyboard.press("ArrowRight")
    assert current(view)[0] == 4
    deck.wait_for_function("Reveal.getIndices().h === 4")  # the projector follows
    notes = view.evaluate("Reveal.getCurrentSlide().querySelector('aside.notes').textContent")
    assert view.locator(".presenter__notes").text_content() == notes and notes
    following = view.evaluate("Reveal.getSlides()[Reveal.getIndices().h + 1].querySelector('h2').textContent")
    assert view.locator(".presenter__next section h2").text_content() == following
    assert re.fullmatch(r"\d\d:\d\d", view.locator(".presenter__clock").text_content())
    view.clock.fast_forward("29:00")  # the panel's one-second tick then shows the time on the session
    view.wait_for_function("document.querySelector('.presenter__session').textContent.startsWith('29')")
    assert view.locator(".presenter__session").text_content() == "29\u00a0min de 25\u00a0min (+4\u00a0min)"
    deck.keyboard.press("ArrowRight")  # a clicker on the projector's laptop moves the presenter view too
    view.wait_for_function("Reveal.getIndices().h === %d" % (current(deck)[0]))
    assert not Axe().run(view, options={"resultTypes": ["violations"]}).response["violations"]


def test_countdown_starts_pauses_and_speaks_only_at_start_last_minute_and_end(deck):
    index = deck.evaluate("Reveal.getSlides().findIndex(s => s.classList.contains('deck-timer'))")
    deck.evaluate(f"Reveal.slide({index})")
    slide = deck.locator("section.present")
    status, shown = slide.locator(".countdown__status"), slide.locator(".countdown__time")
    assert shown.text_content() == "45:00"
    slide.get_by_role("button", name="Iniciar", exact=True).focus()
    deck.keyboard.press("Space")  # presses the button, does not turn the slide
    assert current(deck)[0] == index
    assert status.text_content() == "Cuenta regresiva iniciada: 45\u00a0min."
    deck.clock.run_for("10:00")
    assert shown.text_content() == "35:00" and status.text_content() == "Cuenta regresiva iniciada: 45\u00a0min."
    slide.get_by_role("button", name="Pausar").click()
    deck.clock.run_for("05:00")
    assert shown.text_content() == "35:00"
    slide.get_by_role("button", name="Iniciar", exact=True).click()
    deck.clock.run_for("34:01")
    assert status.text_content() == "Queda un minuto."
    deck.clock.run_for("01:00")
    assert shown.text_content() == "00:00" and status.text_content() == "Se acabó el tiempo."
    assert not Axe().run(deck, options={"resultTypes": ["violations"]}).response["violations"]


@pytest.mark.parametrize("size", [{"width": 1280, "height": 720}, {"width": 1024, "height": 768}])
def test_every_slide_fits_its_frame_with_text_of_28_px_or_more(site, browser, size):
    tab = browser.new_page(viewport=size)
    problems = []
    for module_id, module in MODULES.items():
        for lang in ("es", "en"):
            tab.goto(site.url + prefix(lang) + deck_path(module))
            tab.wait_for_function("window.Reveal && Reveal.isReady()")
            found = tab.evaluate("""() => Reveal.getSlides().map((slide, i) => {
                Reveal.slide(i);
                const small = [...slide.querySelectorAll('p, li, td, th, h2, text')]
                  .filter(e => e.closest('aside') === null && parseFloat(getComputedStyle(e).fontSize) < 28);
                return [i + 1, slide.querySelector('h2').textContent, slide.scrollHeight, slide.scrollWidth, small.length];
            })""")
            for number, title, height, width, small in found:
                if height > 720 or width > 1280:
                    problems.append(f"data/slides/{module_id}.yml ({lang}): slide {number} «{title}» is {width}×{height} px, "
                                    "more than 1280×720 — shorten its points or split the slide")
                if small:
                    problems.append(f"{module_id} ({lang}): slide {number} «{title}» has {small} text(s) under 28 px")
    tab.close()
    assert not problems, "\n".join(problems)


def test_handout_prints_three_slides_a_page_with_the_footer(site, browser, tmp_path):
    from pypdf import PdfReader

    tab = browser.new_page()
    tab.goto(site.url + deck_path(MODULES["t1-m3"]))
    tab.wait_for_function("window.Reveal && Reveal.isReady()")
    total = tab.evaluate("Reveal.getTotalSlides()")
    tab.emulate_media(media="print")
    (tmp_path / "handout.pdf").write_bytes(tab.pdf(prefer_css_page_size=True))
    pages = PdfReader(tmp_path / "handout.pdf").pages
    assert len(pages) == math.ceil(total / 3)
    last = pages[-1].extract_text()
    assert f"{len(pages)}/{len(pages)}" in last and "Español" in last


def test_the_guides_print_list_counts_each_handout(site):
    recorded = yaml.safe_load((ROOT / "data/print-pages.yml").read_text(encoding="utf-8"))
    guide = (site.dir / "toolkits/innovation/facilitator-guide/index.html").read_text(encoding="utf-8")
    row = re.search(r'<a href="../module-3/slides/">Diapositivas del módulo 3 \(folleto, tres por página\)</a>.*?</tr>', guide, re.S)
    assert row and re.search(r'<td data-label="[^"]*A4[^"]*">%d</td>' % recorded["slides-t1-m3"]["es"]["a4"], row[0])


@pytest.mark.parametrize("change, expected", [
    (("data/slides/t1-m3.yml", "module: t1-m3", "module: t1-m9"),
     "data/slides/t1-m3.yml: module: 't1-m9' is not in data/modules/"),
    (("data/slides/t1-m3.yml", "session: public-value", "session: public-values"),
     "data/slides/t1-m3.yml: sessions #2 › session: 'public-values' is not a presentation session of t1-m3"),
    (("data/modules/t1-m3.yml", "id: public-value", "id: public-worth"),
     "data/slides/t1-m3.yml: sessions #2 › session: 'public-value' is not a presentation session of t1-m3"),
    (("data/slides/t1-m3.yml", "sources: [cnp-2021-resolucion-pnd]", "sources: [no-such-reference]"),
     "no reference 'no-such-reference' in data/references/"),
    (("data/slides/t1-m3.yml", "sources: [cnp-2021-resolucion-pnd]", "sources: [undesa-2022-egov-data]"),
     "› sources: 'undesa-2022-egov-data' is not cited on the module page — cite only what "
     "docs/toolkits/innovation/module-3.es.md cites, or cite it there too"),
    (("data/modules/t1-m3.yml", "    id: public-value\n", ""),
     "data/modules/t1-m3.yml: sessions #5: a presentation session needs an `id`"),
    (("data/modules/t1-m3.yml", "kind: break", "kind: pause"),
     "data/modules/t1-m3.yml: sessions #4 › kind: input should be 'plenary', 'presentation', 'worksheet' or 'break'"),
    (("data/modules/t1-m3.yml", "worksheet: stakeholder-map", "worksheet: service-vision"),
     "data/modules/t1-m3.yml: sessions #3 › worksheet: 'service-vision' is not one of the module's worksheets"),
    (("data/slides/t1-m3.yml", "figure: principles", "figure: bar-chart"),
     "data/slides/t1-m3.yml: sessions #2 › slides #4 › figure:"),
])
def test_bad_slide_data_stops_the_build_with_one_line(scratch, tmp_path, change, expected):
    path, old, new = change
    text = (scratch / path).read_text(encoding="utf-8")
    assert old in text
    (scratch / path).write_text(text.replace(old, new, 1), encoding="utf-8")
    assert expected in build_error(scratch, tmp_path)


def test_a_presentation_without_slides_or_a_slide_missing_a_language_stops_the_build(scratch, tmp_path):
    slides = scratch / "data/slides/t1-m3.yml"
    text = slides.read_text(encoding="utf-8")
    slides.write_text(text[:text.index("  - session: public-value")], encoding="utf-8")
    assert ("data/slides/t1-m3.yml: sessions: the presentation session 'public-value' has no slides"
            in build_error(scratch, tmp_path))
    append(slides, "  - session: public-value\n    slides:\n" + "      - title: {en: Only English}\n        points: [{en: a, es: b}]\n"
           "        notes: {en: a, es: b}\n" * 3)
    assert "data/slides/t1-m3.yml: sessions #2 › slides #1 › title › es: field required — add this field" \
        in build_error(scratch, tmp_path)


def test_a_deck_stays_light_when_the_reader_prefers_dark(site, browser):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 720})
    tab = context.new_page()
    tab.goto(site.url + "en/" + deck_path(MODULES["t2-m1"]))
    tab.wait_for_function("window.Reveal && Reveal.isReady()")
    colours = tab.evaluate("""[getComputedStyle(document.body).backgroundColor,
                               getComputedStyle(Reveal.getCurrentSlide().querySelector('h2')).color]""")
    assert colours == ["rgb(255, 255, 255)", "rgb(0, 69, 122)"]
    context.close()
