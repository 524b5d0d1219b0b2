"""Every page on a phone (360 x 740 and 390 x 844): nothing wider than the screen, worksheet controls big
enough to tap, and enough contrast in both colour schemes."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import prefix

PHONES = {360: 740, 390: 844}
AXE = Axe()
CONTRAST = {"resultTypes": ["violations"], "runOnly": {"type": "rule", "values": ["color-contrast"]}}
# One page of each kind (path under the language's root).
KINDS = {"home": "", "module": "toolkits/capacities/module-1/", "worksheet": "worksheets/readiness/",
         "agenda": "workshops/2023-08-08-tot/", "case-index": "cases/", "case": "cases/estonia-x-road/",
         "glossary": "glossary/", "readings": "readings/", "egov-survey": "egov-survey/"}

# What a reader would have to scroll sideways to see: every visible element whose box leaves 0..innerWidth,
# except inside a scroll region that scrolls, can be reached with the keyboard and has a name. Only the
# outermost offender of a subtree is reported. Material's closed drawer and search sit off-screen on purpose.
OFFENDERS_JS = """async () => {
  await new Promise((done) => requestAnimationFrame(done));  // after the resize event
  const width = innerWidth, offenders = [], bad = new Set();
  const closed = [["__drawer", ".md-sidebar--primary"], ["__search", ".md-search"]]
    .filter(([toggle]) => !document.getElementById(toggle)?.checked).map(([, selector]) => selector);
  const describe = (el) => {
    const part = (node) => node.tagName.toLowerCase() + (node.id ? "#" + node.id : "")
      + [...node.classList].slice(0, 2).map((name) => "." + name).join("");
    const parent = el.parentElement ? part(el.parentElement) + " > " : "";
    const text = (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
    return parent + part(el) + (text ? ` "${text}"` : "");
  };
  const named = (region) => (region.getAttribute("aria-label") || "").trim()
    || (region.getAttribute("aria-labelledby") || "").split(/\\s+/)
      .some((id) => (document.getElementById(id)?.textContent || "").trim());
  const fine = (region) => region.getAttribute("tabindex") === "0" && named(region);
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || (box.left >= -0.5 && box.right <= width + 0.5)) continue;
    if (closed.some((selector) => el.closest(selector)) || getComputedStyle(el).visibility !== "visible") continue;
    const details = el.parentElement.closest("details:not([open])");
    if (details && el.closest("summary")?.parentElement !== details) continue;
    let region = null, inside = false;
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      if (bad.has(node)) { inside = true; break; }
      if (!region && node.scrollWidth > node.clientWidth
          && ["auto", "scroll"].includes(getComputedStyle(node).overflowX)) region = node;
    }
    if (inside || (region && fine(region))) continue;
    bad.add(el);
    offenders.push(describe(el) + (region ? " in an unnamed or unfocusable scroll region" : "")
      + ` (${Math.round(box.left)}..${Math.round(box.right)} px)`);
  }
  const page = document.scrollingElement.scrollWidth;
  if (page > width) offenders.unshift(`page scrolls sideways: ${page} px wide`);
  return offenders;
}"""

# Worksheet controls a finger cannot hit: hidden, off-screen, or with no box (own or a label's) of 44 x 44 px.
SMALL_CONTROLS_JS = """() => {
  const small = [];
  for (const control of document.querySelectorAll(
      "form.worksheet input, form.worksheet textarea, form.worksheet select, form.worksheet button")) {
    if (control.type === "hidden" || control.closest("[hidden]")) continue;
    const targets = [control, ...(control.labels || [])]
      .filter((el) => getComputedStyle(el).visibility === "visible")
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width && box.height && box.left >= -0.5 && box.right <= innerWidth + 0.5);
    const best = targets.sort((a, b) => b.width * b.height - a.width * a.height)[0];
    if (targets.some((box) => box.width >= 44 && box.height >= 44)) continue;
    const name = (control.name || control.id || control.textContent.trim().slice(0, 30))
      + (["radio", "checkbox"].includes(control.type) ? "=" + control.value : "");
    small.push(`${control.tagName.toLowerCase()}[${control.type}] ${name}: `
      + (best ? `${Math.round(best.width)} x ${Math.round(best.height)} px` : "not visible on screen"));
  }
  return small;
}"""


def page_url(site, path) -> str:
    return site.url + "no-such-page/" if path.name == "404.html" else site.url_of(path)


@pytest.fixture(scope="module")
def phone(site, browser):
    """Each page loaded once at 360 px, then resized to 390 px: what overflows at each width, and the
    worksheet controls too small to tap at each width."""
    context = browser.new_context(viewport={"width": 360, "height": PHONES[360]})
    tab = context.new_page()
    overflow, small = {width: {} for width in PHONES}, {width: {} for width in PHONES}
    for path in site.pages():
        name = path.relative_to(site.dir).as_posix().removesuffix("index.html") or "home"
        tab.set_viewport_size({"width": 360, "height": PHONES[360]})
        tab.goto(page_url(site, path), wait_until="load")
        for width, height in PHONES.items():
            tab.set_viewport_size({"width": width, "height": height})
            overflow[width][name] = tab.evaluate(OFFENDERS_JS)
            if name.startswith(("worksheets/", "en/worksheets/")):
                small[width][name] = tab.evaluate(SMALL_CONTROLS_JS)
    context.close()
    return overflow, small


@pytest.mark.parametrize("width", PHONES)
def test_nothing_is_wider_than_the_phone(phone, width):
    overflow, _ = phone
    assert len(overflow[width]) > 100, "the sweep missed pages"
    bad = [f"{page}: {offender}" for page, offenders in overflow[width].items() for offender in offenders]
    assert not bad, f"at {width} px, outside the screen and not in a named, focusable scroll region:\n" + "\n".join(bad)


@pytest.mark.parametrize("width", PHONES)
def test_worksheet_controls_are_big_enough_to_tap(phone, width):
    _, small = phone
    assert len(small[width]) > 40, "the sweep missed worksheets"
    bad = [f"{page}: {control}" for page, controls in small[width].items() for control in controls]
    assert not bad, f"at {width} px, worksheet controls under 44 x 44 px (own box or label):\n" + "\n".join(bad)


@pytest.fixture(scope="module")
def tabs(browser):
    """A phone-sized tab per colour scheme, reused from page to page."""
    contexts = {scheme: browser.new_context(viewport={"width": 360, "height": PHONES[360]}, color_scheme=scheme)
                for scheme in ("light", "dark")}
    yield {scheme: context.new_page() for scheme, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_contrast_on_a_phone(site, tabs, kind, lang, scheme):
    tab = tabs[scheme]
    tab.goto(site.url + prefix(lang) + KINDS[kind], wait_until="load")
    assert tab.evaluate("document.body.dataset.mdColorScheme") == ("slate" if scheme == "dark" else "default")
    result = AXE.run(tab, options=CONTRAST)
    assert not result.violations_count, f"{kind} ({lang}, {scheme}) at 360 px:\n{result.generate_report()}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_survey_table_fits_a_desktop_column_and_keeps_the_countries_in_view_on_a_phone(site, browser, lang):
    tab = browser.new_page(viewport={"width": 1280, "height": 800})
    tab.goto(site.url + prefix(lang) + "egov-survey/", wait_until="load")
    wrapper = tab.locator(".egov-table .md-typeset__scrollwrap")
    assert wrapper.evaluate("el => el.scrollWidth <= el.clientWidth"), "the table is wider than its column at 1280 px"
    tab.set_viewport_size({"width": 360, "height": PHONES[360]})
    hidden = wrapper.evaluate("""async (el) => {
      el.scrollLeft = el.scrollWidth;
      await new Promise((done) => requestAnimationFrame(done));
      return [...el.querySelectorAll("tbody th")].filter((th) => {
        const box = th.getBoundingClientRect();
        return box.left < 0 || box.right > innerWidth;
      }).map((th) => th.textContent);
    }""")
    tab.close()
    assert not hidden, f"scrolled to its end at 360 px, the table hides these countries: {hidden}"
