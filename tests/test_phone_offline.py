"""The site kept on a phone (tools/offline_list.py, tools/sw.js): a published build served under its sub-path
with gzip, as `make bench` serves it; the worker keeps what is read, saves a language, updates only what
changed, survives a cut network; the manifests make the site installable in both languages."""

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import ROOT, SUBPATH, free_port, mkdocs_build
from tools import bench, offline_list


class Server:
    """The bench's GitHub-Pages-like server, whose site can be swapped for a newer version and whose
    connection can be cut, counting the requests it answers."""

    def __init__(self, site: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}{SUBPATH}"
        owner = self

        class Handler(bench.PagesHandler):
            def _answer(self, body: bool):
                path = self.path.split("?")[0].removeprefix(SUBPATH)
                with owner.lock:
                    owner.requests.append(path)
                    cut = owner.cut_after is not None and len(owner.requests) > owner.cut_after
                if cut:
                    self.close_connection = True
                    return
                super()._answer(body)

        Handler.site = site
        self.handler = Handler
        self.lock, self.requests, self.cut_after = threading.Lock(), [], None
        self.server = bench.http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.handle_error = lambda *args: None  # a request the browser gave up on (offline, a cut): not a failure
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def publish(self, site: Path):
        self.handler.site = site


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """What `make site` publishes for a phone — the strict build with PUBLISH, its file list and worker —
    and a second version of it with one page changed (the PDFs, printed elsewhere, do not matter here)."""
    out = tmp_path_factory.mktemp("phone")
    server = Server(out / "v1")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out / "v1")], cwd=ROOT,
                            env={**__import__("os").environ, "PUBLISH": "true", "SITE_URL": server.url,
                                 "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    first = offline_list.write(out / "v1")
    shutil.copytree(out / "v1", out / "v2")
    about = out / "v2" / "about" / "index.html"
    about.write_text(about.read_text(encoding="utf-8").replace("</h1>", " — versión 2</h1>", 1), encoding="utf-8")
    newer = out / "v2" / "only-in-v2"  # a page the first version's list does not know
    newer.mkdir()
    (newer / "index.html").write_text('<!doctype html><html lang="es"><title>Nueva</title><h1>Nueva</h1></html>', encoding="utf-8")
    second = offline_list.write(out / "v2")
    yield server, out, first, second
    server.server.shutdown()


@pytest.fixture
def phone(browser, published):
    server, out, *_ = published
    server.publish(out / "v1")
    server.cut_after = None
    context = browser.new_context(viewport={"width": 360, "height": 740}, service_workers="allow")
    tab = context.new_page()
    yield tab
    context.close()


def controlled(tab, url: str):
    """Open `url`, register the worker, wait until it controls the page, and keep the page as offline.js does."""
    tab.goto(url)
    tab.evaluate("url => navigator.serviceWorker.register(url)", url.split(SUBPATH)[0] + SUBPATH + "sw.js")
    tab.wait_for_function("navigator.serviceWorker.controller !== null", timeout=20000)
    urls = tab.evaluate("[location.href, ...performance.getEntriesByType('resource').map(e => e.name)]")
    ask(tab, {"type": "keep", "urls": urls}, ("kept",))


def settled(tab, lang: str = "es") -> dict:
    """The worker's status once what the page asked it to keep is kept (offline.js keeps the page too)."""
    last = None
    for _ in range(50):
        now = ask(tab, {"type": "status", "lang": lang}, ("status",))[-1]
        if now == last:
            return now
        last = now
        tab.wait_for_timeout(300)
    pytest.fail("the kept files never settled")


def until(tab, check: str, seconds: float = 20):
    """Wait until the promise `check` resolves true in the page."""
    for _ in range(int(seconds * 10)):
        if tab.evaluate(check):
            return
        tab.wait_for_timeout(100)
    pytest.fail(f"never true: {check}")


def ask(tab, message: dict, until: tuple = ()) -> list[dict]:
    """Post `message` to the worker and collect its answers until one of type `until` (or the first)."""
    return tab.evaluate("""([message, until]) => new Promise(resolve => {
        const channel = new MessageChannel(), answers = [];
        channel.port1.onmessage = (event) => {
          answers.push(event.data);
          if (!until.length || until.includes(event.data.type)) resolve(answers);
        };
        navigator.serviceWorker.controller.postMessage(message, [channel.port2]);
    })""", [message, list(until)])


def test_the_list_keeps_a_language_under_budget_without_maps_other_languages_or_lunrs(published):
    _, out, first, _ = published
    es = first["groups"]["es"]
    assert first["bytes"]["es"] <= 1_500_000
    assert not [name for name in es if name.endswith(".map") or name.startswith("en/") or name.endswith(".zip")]
    lunr = [name for name in es if "/lunr/" in name]
    assert sorted(lunr) == ["assets/javascripts/lunr/min/lunr.es.min.js", "assets/javascripts/lunr/min/lunr.stemmer.support.min.js"]
    assert "search/search_index.json" in es and "en/search/search_index.json" in first["groups"]["en"]
    assert (out / "v1" / "sw.js").read_text(encoding="utf-8").startswith(f'const VERSION = "{first["version"]}";')


def test_pages_read_stay_and_a_page_not_kept_shows_the_offline_page(phone, published):
    server, *_ = published
    tab = phone
    controlled(tab, server.url + "about/")
    read = ["about/", "glossary/", "en/about/"]
    for path in read[1:]:
        tab.goto(server.url + path)
    settled(tab, "es")  # what the worker stores as it serves
    settled(tab, "en")
    tab.context.set_offline(True)
    for path in read:
        tab.goto(server.url + path)
        assert tab.locator("h1").count() == 1 and tab.locator(".md-header").count() == 1, path
    for path, lang, heading in (("cases/", "es", "Sin conexión"), ("en/cases/", "en", "No connection")):
        tab.goto(server.url + path)
        assert tab.url == server.url + ("en/" if lang == "en" else "") + "offline/"
        assert tab.locator("html").get_attribute("lang") == lang and tab.locator("h1").inner_text().startswith(heading)
        tab.wait_for_function("document.querySelectorAll('.offline-kept a').length > 0")
        kept = tab.locator(".offline-kept a").evaluate_all("links => links.map(a => a.href)")
        assert server.url + ("en/" if lang == "en" else "") + "about/" in kept, kept  # a page read, listed as kept


def test_guardar_then_offline_every_page_opens_search_finds_stemmed_words_and_a_worksheet_saves(browser, published):
    from conftest import search

    server, out, first, _ = published
    server.publish(out / "v1")
    context = browser.new_context(service_workers="allow", accept_downloads=True)
    tab = context.new_page()
    controlled(tab, server.url)
    box = tab.locator("[data-offline-save]")
    size = f"{first['bytes']['es'] / 1e6:.1f}".replace(".", ",") + "\u00a0MB"  # measured at build, as es_EC writes it
    assert box.locator("[data-size]").inner_text() == size
    box.locator("[data-save]").click()
    tab.wait_for_function("document.querySelector('[data-offline-save] [data-result]').textContent.length > 0", timeout=60000)
    assert box.locator("[data-result]").inner_text().startswith("Listo")
    status = ask(tab, {"type": "status", "lang": "es"}, ("status",))[-1]
    assert status["kept"] == status["total"] == len(first["groups"]["es"])
    context.set_offline(True)
    pages = [name for name in first["groups"]["es"] if name == "" or name.endswith("/")]
    failed = tab.evaluate("""async (urls) => {
        const bad = [];
        for (const url of urls) { const r = await fetch(url); if (!r.ok || r.redirected) bad.push(url); }
        return bad; }""", [server.url + page for page in pages])
    assert not failed
    tab.goto(server.url + "toolkits/innovation/module-3/")
    assert search(tab, "transformaciones").count()
    tab.goto(server.url + "worksheets/challenges/")
    form = tab.locator("form.worksheet")
    form.locator('input[name="institution"]').fill("MINTEL")
    tab.reload()
    assert tab.locator('form.worksheet input[name="institution"]').input_value() == "MINTEL"
    with tab.expect_download() as download:
        tab.locator('form.worksheet button[data-action="answer-file"]').click()
    assert download.value.suggested_filename == "challenges-es.json"
    context.close()


def test_an_update_fetches_only_what_changed_and_waits_for_the_reader(phone, published):
    server, out, first, second = published
    tab = phone
    controlled(tab, server.url)
    assert ask(tab, {"type": "save", "lang": "es"}, ("saved", "partial"))[-1]["type"] == "saved"
    changed = {name for name, entry in second["files"].items() if first["files"].get(name) != entry}
    assert changed == {"about/", "only-in-v2/"}
    server.publish(out / "v2")
    server.requests.clear()
    tab.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    until(tab, "navigator.serviceWorker.getRegistration().then(r => r.waiting !== null)")
    fetched = set(server.requests)
    assert fetched <= {"sw.js", "offline.json", "about/"} and "about/" in fetched, fetched
    tab.goto(server.url + "only-in-v2/")  # the old worker does not know it, and does not stand in the way
    assert tab.locator("h1").inner_text() == "Nueva"
    tab.goto(server.url + "about/")
    assert "versión 2" not in tab.locator("h1").inner_text()  # the old version until the reader updates
    tab.wait_for_function("(document.querySelector('.offline-update') || {}).textContent?.startsWith('Hay una versión nueva del sitio')")
    notice = tab.locator(".offline-update")
    with tab.expect_navigation():  # the page reloads under the new version
        notice.get_by_role("button", name="Actualizar").click()
    assert "versión 2" in tab.locator("h1").inner_text()
    tab.context.set_offline(True)
    tab.goto(server.url + "about/")
    assert "versión 2" in tab.locator("h1").inner_text()


def test_a_network_cut_during_a_save_leaves_what_was_kept_whole(phone, published):
    server, _, first, _ = published
    tab = phone
    controlled(tab, server.url + "about/")
    before = settled(tab)
    server.cut_after = len(server.requests) + 20
    answer = ask(tab, {"type": "save", "lang": "es"}, ("saved", "partial", "full", "cancelled"))[-1]
    assert answer["type"] == "partial" and answer["missing"] > 0
    after = ask(tab, {"type": "status", "lang": "es"}, ("status",))[-1]
    assert before["kept"] <= after["kept"] < after["total"]
    server.cut_after = None
    tab.context.set_offline(True)
    tab.goto(server.url + "about/")
    assert tab.locator("h1").count() == 1


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_manifest_makes_the_site_installable_in_its_language(phone, published, lang):
    server, *_ = published
    tab = phone
    controlled(tab, server.url + ("en/" if lang == "en" else ""))
    cdp = tab.context.new_cdp_session(tab)
    manifest = cdp.send("Page.getAppManifest")
    assert not manifest["errors"], manifest["errors"]
    data = json.loads(manifest["data"])
    assert data["lang"] == lang and data["name"] == {"es": "Gobernanza para los ODS", "en": "Governance for the SDGs"}[lang]
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert [error["errorId"] for error in errors if error["errorId"] != "in-incognito"] == []  # a test browser's context is private


def test_a_full_storage_keeps_nothing_of_that_save_and_a_damaged_file_is_fetched_again(phone, published):
    server, *_ = published
    tab = phone
    controlled(tab, server.url + "about/")
    before = settled(tab)
    cdp = tab.context.new_cdp_session(tab)
    origin = server.url.split(SUBPATH)[0]
    cdp.send("Storage.overrideQuotaForOrigin", {"origin": origin, "quotaSize": 600_000})
    assert ask(tab, {"type": "save", "lang": "es"}, ("saved", "partial", "full", "cancelled"))[-1]["type"] == "full"
    assert ask(tab, {"type": "status", "lang": "es"}, ("status",))[-1]["kept"] == before["kept"]
    cdp.send("Storage.overrideQuotaForOrigin", {"origin": origin})
    tab.evaluate("""async (url) => {
        const cache = await caches.open((await caches.keys()).find(k => k.startsWith('site-')));
        const kept = await cache.match(url);
        await cache.put(url, new Response('damaged', {headers: kept.headers}));
    }""", server.url + "about/")
    assert ask(tab, {"type": "save", "lang": "es"}, ("saved", "partial", "full"))[-1]["type"] == "saved"
    tab.context.set_offline(True)
    tab.goto(server.url + "about/")
    assert tab.locator("h1").count() == 1
