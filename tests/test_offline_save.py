"""Issue 30, the page side: "Save for use without a connection", the offline page, the update notice and
offline.js on the published site only. The service worker is not ours to test here: in Chromium a fake one
(an init script standing in for `navigator.serviceWorker`) records what the page posts and answers through
the port as /tmp/pwa-spec.md says the real one will. offline.js is added to the test site's pages exactly as
`make site` adds it (page_scripts.with_worker, applied to each page as it is served), and offline.json is
answered with a small list of our own.
"""

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from macros.build import page_scripts
from macros.render.reader import Reader

NBSP = "\u00a0"
BOX_PAGES = ("", "how-to-use/", "paths/")
TITLE = {"es": "Guardar para usar sin conexión", "en": "Save for use without a connection"}
LIST = {"version": "0123456789abcdef", "files": {},
        "bytes": {"es": 1_300_000, "en": 1_250_000, "es-pdf": 8_100_000, "en-pdf": 8_000_000}}


def html_of(site, page: str) -> str:
    return (site.dir / page / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_box_is_on_its_three_pages_hidden_with_its_labels_and_size_slots(site, lang):
    for page in BOX_PAGES:
        html = html_of(site, ("en/" if lang == "en" else "") + page)
        box = re.search(r'<section class="offline-save" hidden[^>]*>.*?</section>', html, re.S)
        assert box, f"{lang} {page or 'home'}: no hidden box"
        box = box[0]
        assert f'data-lang="{lang}"' in box and box.count(TITLE[lang]) == 2, page  # its label and its button
        assert "<span data-size></span>" in box and "<span data-pdf-size></span>" in box
        assert '<input type="checkbox" data-pdf>' in box and "<progress" in box and 'role="status"' in box
        assert ("Liberar espacio" if lang == "es" else "Free up space") in box
        assert ("Cancelar" if lang == "es" else "Cancel") in box
    index = (site.dir / ("en/" if lang == "en" else "") / "search" / "search_index.json").read_text(encoding="utf-8")
    assert ("Guarda en este dispositivo" if lang == "es" else "Keeps this site") not in index, "search leaves the box out"


def test_the_offline_pages_say_nothing_is_kept_without_a_worker_and_stay_out_of_search_and_nav(site):
    for lang, prefix, heading, none in (("es", "", "Sin conexión", "No hay páginas de este sitio guardadas"),
                                        ("en", "en/", "No connection", "No page of this site is kept")):
        html = html_of(site, prefix + "offline/")
        assert re.search(rf"<h1[^>]*>{heading}<", html) and none in html and f'data-lang="{lang}"' in html
        assert "offline-save" not in html
        index = json.loads((site.dir / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert not [doc for doc in index["docs"] if doc["location"].startswith(prefix + "offline/")]
        home = html_of(site, prefix)
        assert 'href="offline/"' not in home, "the offline page is not in the navigation"


def test_a_preview_build_has_no_offline_script(site):
    assert not [page for page in site.pages() if "offline.js" in page.read_text(encoding="utf-8")]


@pytest.mark.parametrize("lang,url,src,root", [("es", "", "assets/javascripts/offline.js", "./"),
                                               ("es", "about/", "../assets/javascripts/offline.js", "../"),
                                               ("en", "en/toolkits/innovation/module-1/",
                                                "../../../../assets/javascripts/offline.js", "../../../../")])
def test_with_worker_adds_offline_js_before_body_end_with_the_site_root_and_the_notice_words(lang, url, src, root):
    html = page_scripts.with_worker("<html><body><p>x</p></body></html>", Reader(lang, url))
    tag = re.search(r'<script src="([^"]+)" defer data-offline data-root="([^"]+)" data-strings="([^"]+)"></script>\n</body>', html)
    assert tag and tag[1] == src and tag[2] == root
    words = json.loads(tag[3].replace("&#34;", '"'))
    assert words == ({"update": "Hay una versión nueva del sitio", "update_button": "Actualizar"} if lang == "es"
                     else {"update": "A new version of the site is available", "update_button": "Update"})
    assert page_scripts.only_used(html) == html, "only_used leaves it where with_worker put it"


# A fake service worker: `plan` says whether a new version waits and how a save ends ("saved", "partial",
# "full", or "hold" until cancelled). Every message posted, with the worker it went to, lands in __posted.
FAKE_WORKER = """
(() => {
  const plan = %s;
  window.__posted = [];
  let kept = plan.kept || 0, savePort = null;
  const answer = (msg, port) => {
    const reply = (m) => port && port.postMessage(m);
    if (msg.type === "keep") reply({type: "kept"});
    if (msg.type === "status") reply({type: "status", kept: kept ? 4 : 0, total: 4, keptBytes: kept, totalBytes: 1300000,
      pdfKept: 0, pdfTotal: 2, pages: kept ? [{url: "about/", title: "Acerca de"}, {url: "glossary/", title: "Glosario"}] : []});
    if (msg.type === "release") { kept = 0; reply({type: "released"}); }
    if (msg.type === "cancel") { savePort.postMessage({type: "cancelled", kept: 1}); reply({type: "cancelled", kept: 1}); }
    if (msg.type === "save") {
      savePort = port;
      reply({type: "progress", done: 1, total: 4, bytes: 300000, totalBytes: 1300000});
      setTimeout(() => {
        if (plan.outcome === "saved") { kept = 1300000; reply({type: "saved", kept: 4, bytes: 1300000}); }
        if (plan.outcome === "partial") { kept = 900000; reply({type: "partial", kept: 3, missing: 40}); }
        if (plan.outcome === "full") reply({type: "full"});
      }, 300);
    }
  };
  const worker = (name) => ({state: "activated", postMessage(msg, ports) {
    window.__posted.push(Object.assign({to: name}, msg)); answer(msg, ports && ports[0]); }});
  const controller = worker("controller");
  const registration = Object.assign(new EventTarget(), {active: controller, installing: null,
    waiting: plan.waiting ? worker("waiting") : null});
  const container = Object.assign(new EventTarget(), {controller: controller, ready: Promise.resolve(registration),
    register(url) { window.__posted.push({to: "register", url: url});
      return plan.refused ? Promise.reject(new Error("refused")) : Promise.resolve(registration); }});
  Object.defineProperty(Navigator.prototype, "serviceWorker", {get: () => container, configurable: true});
  if (plan.saveData) Object.defineProperty(Navigator.prototype, "connection", {get: () => ({saveData: true}), configurable: true});
})();
"""


@pytest.fixture
def published_page(site, browser):
    """Open a page of the test site as the published site serves it, with the fake worker of `plan`."""
    contexts = []

    def open_page(path: str, viewport=None, **plan):
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
        contexts.append(context)

        def with_worker(route):
            response = route.fetch()
            url = route.request.url[len(site.url):]
            body = page_scripts.with_worker(response.text(), Reader("en" if url.startswith("en/") else "es", url))
            route.fulfill(response=response, body=body)

        context.route(re.compile(re.escape(site.url) + r"(.*/)?$"), with_worker)
        context.route("**/offline.json", lambda route: route.fulfill(json=LIST))
        context.add_init_script(FAKE_WORKER % json.dumps({"outcome": "saved", **plan}))
        tab = context.new_page()
        errors = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto(site.url + path, wait_until="load")
        tab.errors = errors
        return tab

    yield open_page
    for context in contexts:
        context.close()


def posted(tab, kind=None):
    return [m for m in tab.evaluate("window.__posted") if kind is None or m.get("type") == kind]


def test_the_published_page_registers_the_worker_at_the_site_root_and_asks_it_to_keep_the_page(site, published_page):
    for path in ("about/", "en/toolkits/innovation/module-1/"):
        tab = published_page(path)
        tab.wait_for_function("window.__posted.some(m => m.type === 'keep')")
        assert [m["url"] for m in posted(tab) if m["to"] == "register"] == [site.url + "sw.js"]
        keep = posted(tab, "keep")[0]
        assert keep["urls"][0] == site.url + path and all(url.startswith(site.url) for url in keep["urls"])
        assert any(url.endswith("site.css") for url in keep["urls"])
        assert not tab.errors


def test_the_box_shows_the_size_saves_with_progress_and_frees_space(published_page):
    tab = published_page("")
    box = tab.locator(".offline-save")
    assert box.is_visible()
    tab.wait_for_function("document.querySelector('[data-size]').textContent !== ''")
    assert tab.locator("[data-size]").text_content() == f"1,3{NBSP}MB"
    assert tab.locator("[data-pdf-size]").text_content() == f"8,1{NBSP}MB"
    assert not tab.locator("[data-kept]").is_visible() and not tab.locator("[data-save-data]").is_visible()
    tab.get_by_role("button", name=TITLE["es"]).click()
    assert tab.locator("progress").is_visible() and tab.get_by_role("button", name="Cancelar").is_visible()
    assert tab.locator("[data-progress-label]").text_content() == f"1 de 4 archivos · 300{NBSP}KB de 1,3{NBSP}MB"
    assert tab.evaluate("document.activeElement.textContent") == "Cancelar", "focus stays on a control"
    tab.wait_for_function("document.querySelector('[data-result]').textContent !== ''")
    assert tab.locator("[data-result]").text_content().startswith("Listo: 4 archivos guardados.")
    assert not tab.locator("progress").is_visible() and tab.get_by_role("button", name=TITLE["es"]).is_visible()
    assert posted(tab, "save") == [{"to": "controller", "type": "save", "lang": "es", "pdf": False}]
    tab.wait_for_function("!document.querySelector('[data-kept]').hidden")
    assert tab.locator("[data-kept-text]").text_content().startswith(f"El sitio guardado ocupa 1,3{NBSP}MB en este dispositivo.")
    violations = Axe().run(tab, options={"resultTypes": ["violations"]}).response["violations"]
    assert violations == [], violations
    tab.get_by_role("button", name="Liberar espacio").click()
    tab.wait_for_function("document.querySelector('[data-result]').textContent.startsWith('Espacio liberado')")
    assert posted(tab, "release") == [{"to": "controller", "type": "release", "lang": "es"}]
    tab.wait_for_function("document.querySelector('[data-kept]').hidden")
    assert not tab.errors


@pytest.mark.parametrize("outcome,said", [
    ("partial", "40 files did not finish: try again when you have a connection."),
    ("full", "Not enough space on this device: nothing was kept from this download."),
])
def test_a_save_that_does_not_finish_says_why_in_english(published_page, outcome, said):
    tab = published_page("en/paths/", outcome=outcome)
    tab.wait_for_function("document.querySelector('[data-size]').textContent !== ''")
    assert tab.locator("[data-size]").text_content() == "1.3 MB" and tab.locator("[data-pdf-size]").text_content() == "8 MB"
    tab.get_by_label("Also the PDFs").check()
    tab.get_by_role("button", name=TITLE["en"]).click()
    tab.wait_for_function("document.querySelector('[data-result]').textContent !== ''")
    assert tab.locator("[data-result]").text_content().startswith(said)
    assert posted(tab, "save") == [{"to": "controller", "type": "save", "lang": "en", "pdf": True}]


def test_cancel_stops_the_save(published_page):
    tab = published_page("how-to-use/", outcome="hold")
    tab.get_by_role("button", name=TITLE["es"]).click()
    tab.get_by_role("button", name="Cancelar").click()
    tab.wait_for_function("document.querySelector('[data-result]').textContent !== ''")
    assert tab.locator("[data-result]").text_content() == "Descarga cancelada."
    assert len(posted(tab, "cancel")) == 1 and not tab.locator("progress").is_visible()


def test_save_data_adds_a_line_and_starts_nothing(published_page):
    tab = published_page("", saveData=True)
    assert tab.locator("[data-save-data]").is_visible()
    assert "ahorrar datos" in tab.locator("[data-save-data]").text_content()
    tab.wait_for_function("window.__posted.some(m => m.type === 'status')")  # the box has asked all it asks unprompted
    tab.wait_for_function("document.querySelector('[data-size]').textContent !== ''")
    assert posted(tab, "save") == []
    tab.get_by_role("button", name=TITLE["es"]).click()
    tab.wait_for_function("document.querySelector('[data-result]').textContent !== ''")
    assert len(posted(tab, "save")) == 1, "the button still works"


def test_where_the_browser_refuses_the_worker_the_box_stays_hidden(published_page):
    tab = published_page("paths/", refused=True)
    tab.wait_for_function("window.__posted.some(m => m.to === 'register')")
    tab.wait_for_function("document.querySelector('.offline-save').hidden")  # hidden again once the refusal is known
    assert not tab.locator(".offline-save").is_visible() and not tab.errors


def test_a_waiting_version_shows_the_notice_and_update_asks_it_to_take_over(published_page):
    tab = published_page("glossary/", waiting=True)
    notice = tab.locator(".offline-update")
    notice.get_by_role("button", name="Actualizar").wait_for()
    assert notice.get_attribute("role") == "status" and "Hay una versión nueva del sitio" in notice.text_content()
    assert tab.evaluate("document.querySelector('.md-content__inner').firstElementChild.className") == "offline-update"
    violations = Axe().run(tab, options={"resultTypes": ["violations"]}).response["violations"]
    assert violations == [], violations
    notice.get_by_role("button", name="Actualizar").click()
    assert [m for m in posted(tab) if m["to"] == "waiting"] == [{"to": "waiting", "type": "skip-waiting"}]


def test_on_a_phone_the_box_and_the_notice_fit_and_every_control_is_44_px(published_page):
    tab = published_page("", viewport={"width": 360, "height": 740}, waiting=True, kept=1_300_000)
    tab.locator(".offline-update button").wait_for()
    tab.locator("[data-kept]").wait_for()
    sizes = tab.evaluate("""() => [...document.querySelectorAll('.offline-update button, .offline-save button:not([hidden]), .offline-save__pdf label')].map(el => { const b = el.getBoundingClientRect(); return [el.textContent.trim(), b.height, b.right]; })""")
    assert sizes and all(height >= 44 and right <= 360 for _, height, right in sizes), sizes
    assert tab.evaluate("document.documentElement.scrollWidth") <= 360


def test_the_offline_page_lists_the_kept_pages_of_its_language_and_asks_to_keep_nothing(site, published_page):
    tab = published_page("offline/", kept=1_300_000)
    tab.locator("[data-list] a").first.wait_for()
    links = tab.evaluate("[...document.querySelectorAll('[data-list] a')].map(a => [a.textContent, a.href])")
    assert links == [["Acerca de", site.url + "about/"], ["Glosario", site.url + "glossary/"]]
    assert not tab.locator("[data-none]").is_visible() and tab.locator("[data-some]").is_visible()
    assert posted(tab, "status")[0]["lang"] == "es" and posted(tab, "keep") == []
    violations = Axe().run(tab, options={"resultTypes": ["violations"]}).response["violations"]
    assert violations == [], violations
    empty = published_page("en/offline/")
    empty.wait_for_function("window.__posted.some(m => m.type === 'status')")
    assert posted(empty, "status")[0]["lang"] == "en" and empty.locator("[data-none]").is_visible()
