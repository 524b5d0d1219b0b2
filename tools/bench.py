"""`make bench`: this site against vanilla Material built from the same Markdown, served as GitHub Pages serves it.

- Serves each build under /governance-sdgs/ from a threaded server that gzips text types, as GitHub Pages does.
- Per page (6 pages × es, en): bytes transferred until network idle with an empty cache (gzip bodies + headers,
  counted by Chromium), the requests made, and the median of N Lighthouse runs (mobile defaults), ours and vanilla.
- Build time: median of 5 strict builds of ours and of 5 builds of vanilla Material + mkdocs-static-i18n.
- One more strict build under cProfile: the five largest of a fixed list of stages that do not nest in each other.
- Phone offline (issue 30; `--only phone` runs just this): a published build (PUBLISH, tools/offline_list.py) with
  its service worker; bytes and requests counted at the server (status line + headers + Content-Length of each
  response) for a first visit, "Guardar" per language, a second visit to a kept page and an update with one
  changed page; first-visit Lighthouse of two pages with offline.js (which registers the worker) and without it.
- Prints Markdown tables for the README's "Performance" section; raw numbers go to .bench/last.json.
Vanilla: our markdown_extensions, theme material (font: false), search in the page's language; no macros,
hooks, extra CSS/JS, nav or templates (slide decks are plain pages). Lighthouse (LIGHTHOUSE below) is installed
by npm into .bench/ on first use.
Not part of `make test`: the numbers depend on the machine.
"""

import argparse
import datetime
import fnmatch
import functools
import gzip
import http.server
import json
import mimetypes
import os
import pstats
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools import offline_list  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / ".bench"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE = "13.5.0"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SUBPATH = "/governance-sdgs/"
LANGS = ("es", "en")  # Spanish at the root, English under en/
PAGES = {"home": "", "module": "toolkits/innovation/module-1/", "worksheet": "worksheets/roadmap/",
         "agenda": "workshops/2023-08-08-tot/", "case": "cases/estonia-x-road/", "glossary": "glossary/"}
BUILDS = 5
# Content types served gzipped when the browser accepts it (GitHub Pages compresses these); others go plain.
TEXT_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
              ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
              ".xml": "application/xml; charset=utf-8", ".svg": "image/svg+xml; charset=utf-8",
              ".ics": "text/calendar; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
# Profiled stages: (label, file, function, only when called from). Plugin and hook events run one after
# another and Markdown and theme rendering run between them, so none of these nests in another; the i18n
# plugin's on_post_build is left out because it holds the whole second-language build.
STAGES = (
    ("Markdown → HTML (markdown convert)", "/markdown/core.py", "convert", "/mkdocs/structure/pages.py"),
    ("Theme templates (jinja2 render)", "/jinja2/environment.py", "render", "/mkdocs/commands/build.py"),
    ("Macros in pages (mkdocs-macros on_page_markdown)", "/mkdocs_macros/plugin.py", "on_page_markdown", None),
    ("Macros set-up (mkdocs-macros on_config)", "/mkdocs_macros/plugin.py", "on_config", None),
    ("Search indexing (Material search on_page_context)", "/material/plugins/search/plugin.py", "on_page_context",
     None),
    ("Search index written (Material search on_post_build)", "/material/plugins/search/plugin.py", "on_post_build",
     None),
    ("Files by language (mkdocs-static-i18n on_files)", "/mkdocs_static_i18n/plugin.py", "on_files", None),
    ("Our hooks: {function} (macros/build/hooks.py)", "/macros/build/hooks.py", "on_*", None))


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV and !!python tags read as empty values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
OURS = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


# Projects and builds

def our_project(where: Path) -> Path:
    """A copy of this project's sources."""
    project = where / "ours"
    project.mkdir()
    for name in ("mkdocs.yml", "docs", "overrides", "macros", "data"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, project / name)
    return project


def _i18n() -> dict:
    return next(plugin["i18n"] for plugin in OURS["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)


def site_name(lang: str) -> str:
    return next((language.get("site_name") for language in _i18n()["languages"] if language["locale"] == lang),
                None) or OURS["site_name"]


def vanilla_project(where: Path, lang: str, url: str) -> Path:
    """Plain Material of one language: `x.<lang>.md` copied to `x.md`, search in that language."""
    project = where / f"vanilla-{lang}"
    for page in (ROOT / "docs").rglob(f"*.{lang}.md"):
        target = project / "docs" / page.relative_to(ROOT / "docs").with_suffix("").with_suffix(".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    config = {"site_name": site_name(lang), "site_url": url,
              "theme": {"name": "material", "font": False, "language": lang},
              "plugins": [{"search": {"lang": lang}}], "markdown_extensions": OURS["markdown_extensions"]}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return _untemplated(project)


def _untemplated(project: Path) -> Path:
    """Pages asking for one of our templates (`template: deck.html`) rendered as plain pages: vanilla has none."""
    for page in (project / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if re.search(r"^template: ", text, re.M):
            page.write_text(re.sub(r"^template: .*\n", "", text, count=1, flags=re.M), encoding="utf-8")
    return project


def vanilla_i18n_project(where: Path, url: str) -> Path:
    """Plain Material with our i18n block (minus nav translations) over the same bilingual Markdown."""
    project = where / "vanilla-i18n"
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("assets"))
    i18n = {**_i18n(), "languages": [{key: value for key, value in language.items() if key != "nav_translations"}
                                     for language in _i18n()["languages"]]}
    config = {"site_name": OURS["site_name"], "site_url": url,
              "theme": {"name": "material", "font": False, "language": LANGS[0]},
              "plugins": ["search", {"i18n": i18n}], "markdown_extensions": OURS["markdown_extensions"]}
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return _untemplated(project)


class BuildError(Exception):
    """A build that failed, with the end of its output."""


def build(project: Path, out: Path, site_url: str, strict: bool, profile: Path | None = None,
          publish: bool = False) -> float:
    """Seconds for one `mkdocs build` of `project` into `out` (under cProfile when `profile` is given;
    as `make site` builds it when `publish`)."""
    python = [sys.executable] + (["-m", "cProfile", "-o", str(profile)] if profile else [])
    command = python + ["-m", "mkdocs", "build", "-q", "-d", str(out)] + (["--strict"] if strict else [])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url, **({"PUBLISH": "true"} if publish else {})}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        raise BuildError(result.stderr[-3000:])
    return time.perf_counter() - start


PARTS = ("builds", "preview", "pages", "phone")


def build_times(ours: Path, vanilla: Path, where: Path, site_url: str) -> dict:
    """BUILDS builds of each, alternating; vanilla + i18n strict if it can be."""
    try:
        build(vanilla, where / "vanilla-i18n-site", site_url, strict=True)
        vanilla_strict = True
    except BuildError as error:
        vanilla_strict = False
        log(f"vanilla + i18n fails --strict, timed without it: {_first_warning(str(error))}")
    times = {"ours": [], "vanilla_i18n": []}
    for run in range(1, BUILDS + 1):
        times["ours"].append(build(ours, where / "ours-site", site_url, strict=True))
        times["vanilla_i18n"].append(build(vanilla, where / "vanilla-i18n-site", site_url, strict=vanilla_strict))
        log(f"build {run}/{BUILDS}: ours {times['ours'][-1]:.1f} s, vanilla + i18n {times['vanilla_i18n'][-1]:.1f} s")
    return {**times, "vanilla_i18n_strict": vanilla_strict}


def _first_warning(output: str) -> str:
    return next((line.strip() for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))), "?")


def profile_stages(profile: Path) -> dict:
    """Cumulative seconds of each STAGES entry in a cProfile file, largest first, and the profiled total."""
    stats = pstats.Stats(str(profile)).stats
    total = max(entry[3] for entry in stats.values())
    found = {}
    for (filename, _, function), (_, _, _, cumulative, callers) in stats.items():
        for label, file, pattern, caller in STAGES:
            if filename.endswith(file) and fnmatch.fnmatch(function, pattern):
                if caller:
                    cumulative = sum(edge[3] for (where, _, _), edge in callers.items() if where.endswith(caller))
                name = label.format(function=function)
                found[name] = found.get(name, 0) + cumulative
    yaml_load = [(entry[1], entry[3]) for (filename, _, function), entry in stats.items()
                 if filename.endswith("/yaml/__init__.py") and function == "load"]
    stages = sorted(({"stage": name, "seconds": seconds, "share": seconds / total}
                     for name, seconds in found.items()), key=lambda row: -row["seconds"])
    return {"total": total, "stages": stages,
            "yaml_load": {"calls": sum(c for c, _ in yaml_load), "seconds": sum(s for _, s in yaml_load)}}


# Serving

class PagesHandler(http.server.BaseHTTPRequestHandler):
    """GitHub Pages, as far as page weight goes: the site under SUBPATH, text types gzipped, 404.html for misses."""

    protocol_version = "HTTP/1.1"
    site: Path

    def do_GET(self):
        self._answer(body=True)

    def do_HEAD(self):
        self._answer(body=False)

    def _answer(self, body: bool):
        path = unquote(urlsplit(self.path).path)
        inside = path.startswith(SUBPATH) and ".." not in path.split("/")
        file = self.site / path[len(SUBPATH):] if inside else self.site / "404.html"
        if file.is_dir() and not path.endswith("/"):
            return self._send(301, b"", {"Location": path + "/"}, body)
        if file.is_dir():
            file = file / "index.html"
        status = 200 if inside and file.is_file() else 404
        if status == 404:
            file = self.site / "404.html"  # every Material build writes one
        headers = {"Content-Type": TEXT_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0]
                   or "application/octet-stream", "Cache-Control": "max-age=600"}
        if file.suffix in TEXT_TYPES:
            headers["Vary"] = "Accept-Encoding"
        if file.suffix in TEXT_TYPES and "gzip" in self.headers.get("Accept-Encoding", ""):
            headers["Content-Encoding"] = "gzip"
            data = _gzipped(file, file.stat().st_mtime)
        else:
            data = file.read_bytes()
        self._send(status, data, headers, body)

    def _send(self, status: int, data: bytes, headers: dict, body: bool):
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(data))}.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, *args):
        pass


@functools.lru_cache(maxsize=None)
def _gzipped(file: Path, mtime: float) -> bytes:
    """A file's gzip bytes, compressed once per version of the file."""
    return gzip.compress(file.read_bytes(), compresslevel=6, mtime=0)


class CountingHandler(PagesHandler):
    """PagesHandler noting (path, bytes on the wire: status line + headers + body) of each response in `sent`."""

    sent: list

    def end_headers(self):
        self.header_bytes = sum(map(len, self._headers_buffer)) + 2  # and the blank line
        super().end_headers()

    def _send(self, status: int, data: bytes, headers: dict, body: bool):
        super()._send(status, data, headers, body)
        self.sent.append((urlsplit(self.path).path, self.header_bytes + len(data) * body))


def serve(site: Path, port: int, handler: type = PagesHandler, **attributes) -> http.server.ThreadingHTTPServer:
    """Serve `site` at http://127.0.0.1:port/governance-sdgs/ from a background thread (the handler's class
    attributes, `site` among them, can be changed while it serves: `server.RequestHandlerClass`)."""
    handler = type("Handler", (handler,), {"site": site, **attributes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Measuring pages

def transfers(urls: dict[str, str]) -> dict[str, dict]:
    """For each page, with an empty cache: bytes transferred (encoded bodies + headers) and the requests made,
    at load and once the reader has put the cursor in the search box (the index counted)."""
    out = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        try:
            for name, url in urls.items():
                context = browser.new_context()
                requests = []
                context.on("requestfinished", lambda request: requests.append(request))
                page = context.new_page()
                page.goto(url, wait_until="networkidle")
                at_load = [(request.url, _transferred(request)) for request in requests]
                if not any(_is_index(address) for address, _ in at_load):
                    with page.expect_event("requestfinished", lambda request: _is_index(request.url)):
                        page.focus("[data-md-component=search-query]")
                made = [(request.url, _transferred(request)) for request in requests]
                out[name] = {"bytes": sum(size for _, size in at_load), "requests": at_load,
                             "bytes_search": sum(size for _, size in made),
                             "flagged": [address for address, _ in made if _flagged(address, url)]}
                context.close()
        finally:
            browser.close()
    return out


def _transferred(request) -> int:
    """Encoded body + headers. Chromium gives no body size for a worker's own script: its Content-Length stands in."""
    sizes = request.sizes()
    body = sizes["responseBodySize"] or int(request.response().headers.get("content-length", 0))
    return body + sizes["responseHeadersSize"]


def _is_index(address: str) -> bool:
    return urlsplit(address).path.endswith("search/search_index.json")


def _flagged(address: str, page: str) -> bool:
    """A request to another host than the page's, or for a sitemap."""
    return urlsplit(address).netloc != urlsplit(page).netloc or urlsplit(address).path.endswith("sitemap.xml")


def lighthouse_binary() -> Path | None:
    """Lighthouse LIGHTHOUSE in .bench/, installed by npm on first use; None (and one line why) if it cannot be."""
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    installed = TOOLS / "node_modules" / "lighthouse" / "package.json"
    if installed.exists() and json.loads(installed.read_text())["version"] == LIGHTHOUSE:
        return binary
    if not shutil.which("npm"):
        log("npm not found: Lighthouse scores reported as -1 (install Node.js and npm to get them)")
        return None
    log(f"installing lighthouse@{LIGHTHOUSE} into {TOOLS} …")
    result = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS),
                             f"lighthouse@{LIGHTHOUSE}"], capture_output=True, text=True, check=False)
    if result.returncode:
        log(f"npm could not install lighthouse@{LIGHTHOUSE}: Lighthouse scores reported as -1\n{result.stderr[-500:]}")
        return None
    return binary


def lighthouse(binary: Path | None, url: str) -> dict:
    """One Lighthouse run (mobile defaults): the four category scores (0–100) and LCP in ms; -1 where it failed."""
    failed = {**{category: -1 for category in CATEGORIES}, "lcp": -1}
    if binary is None:
        return failed
    command = [str(binary), url, "--output=json", "--quiet", f"--only-categories={','.join(CATEGORIES)}",
               "--chrome-flags=--headless=new --no-sandbox --disable-gpu"]
    process = subprocess.Popen(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # Lighthouse and the Chromium it started
        process.communicate()
        return failed
    if process.returncode:
        return failed
    report = json.loads(output)
    scores = {category: round((report["categories"][category]["score"] or 0) * 100) for category in CATEGORIES}
    return {**scores, "lcp": round(report["audits"]["largest-contentful-paint"].get("numericValue", -1))}


def medians(runs: list[dict]) -> dict:
    """Median of each measure over the runs that gave one (-1 when none did)."""
    keys = (*CATEGORIES, "lcp")
    return {key: statistics.median([run[key] for run in runs if run[key] >= 0] or [-1]) for key in keys}


def lighthouse_runs(targets: dict[tuple, str], runs: int) -> dict[tuple, dict]:
    """`runs` Lighthouse runs of each (name, side) → URL, alternating between targets, and their medians."""
    binary = lighthouse_binary()
    out = {target: {"lighthouse": []} for target in targets}
    for run in range(1, runs + 1):
        for target, url in targets.items():
            scores = lighthouse(binary, url)
            out[target]["lighthouse"].append(scores)
            log(f"lighthouse {run}/{runs} {' '.join(target)}: {scores}")
    for target in out.values():
        target["median"] = medians(target["lighthouse"])
    return out


def measure(pages: dict[str, str], urls: dict[str, str], runs: int, vanilla_lighthouse: bool) -> dict:
    """Transfers and Lighthouse runs of every page, ours and vanilla (runs alternate between the two)."""
    weights = {side: transfers({name: url + path for name, path in pages.items()}) for side, url in urls.items()}
    results = {name: {side: dict(weights[side][name]) for side in urls} for name in pages}
    sides = ("ours", "vanilla") if vanilla_lighthouse else ("ours",)
    targets = {(name, side): urls[side] + path for name, path in pages.items() for side in sides}
    for (name, side), scores in lighthouse_runs(targets, runs).items():
        results[name][side].update(scores)
    return results


# The phone: the published site with its worker (issue 30)

PHONE_PAGES = {"home": PAGES["home"], "module": PAGES["module"]}  # Lighthouse, Spanish, with and without the worker
CHANGED = "about/"  # the page whose text the second version changes
DECK = re.compile(r"toolkits/[^/]+/module-\d+/slides/$")
# offline.js's tag (macros/build/page_scripts.py), which registers the worker: the site without it drops it
REGISTRATION = re.compile(r"<script [^>]*assets/javascripts/offline\.js[^>]*></script>\n?")
JS_ASK = """([message, until]) => new Promise(resolve => {
    const channel = new MessageChannel(), answers = [];
    channel.port1.onmessage = (event) => {
      answers.push(event.data);
      if (until.includes(event.data.type)) resolve(answers);
    };
    navigator.serviceWorker.controller.postMessage(message, [channel.port2]);
})"""

JS_UPDATE = """async () => {  // whether a new worker waits, installed, within 30 s of one update check
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    for (let tries = 0; !registration.waiting && tries < 300; tries++) await new Promise(done => setTimeout(done, 100));
    return registration.waiting !== null;
}"""


def rewrite_pages(site: Path, change):
    """Every HTML file of `site` through `change(text)`."""
    for file in site.rglob("*.html"):
        file.write_text(change(file.read_text(encoding="utf-8")), encoding="utf-8")


def phone_sites(project: Path, where: Path, url: str) -> tuple[dict, dict]:
    """What `make site` publishes for a phone (without the PDFs, which "Guardar" leaves out here), its second
    version with one page's text changed, and the first without the worker; the first's offline.json."""
    sites = {version: where / f"phone-{version}" for version in ("v1", "v2", "none")}
    build(project, sites["v1"], url, strict=True, publish=True)
    listing = offline_list.write(sites["v1"])
    for version in ("v2", "none"):
        shutil.copytree(sites["v1"], sites[version])
    page = sites["v2"] / CHANGED / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " — versión 2</h1>", 1), encoding="utf-8")
    offline_list.write(sites["v2"])
    rewrite_pages(sites["none"], lambda text: REGISTRATION.sub("", text))
    for name in ("sw.js", "offline.json"):
        (sites["none"] / name).unlink()
    return sites, listing


def deck_files(site: Path, listing: dict, lang: str) -> list[str]:
    """The files of `lang`'s "Guardar" only slide decks use: the deck pages and the assets no other page loads."""
    members = listing["groups"][lang]
    pages = [name for name in members if name == "" or name.endswith("/")]
    users = {}
    for page in pages:
        for asset in offline_list.used(site, site / page / "index.html"):
            users.setdefault(asset, set()).add(page)
    decks = {page for page in pages if DECK.search(page)}
    return sorted(decks | {asset for asset, who in users.items() if asset in members and who <= decks})


def phone_transfers(server, url: str, sites: dict) -> dict:
    """Bytes and requests the server answers for a phone's first visit, "Guardar" per language, a second visit
    to a kept page (a new tab of the same browser) and an update with one changed page after "Guardar"."""
    handler, out = server.RequestHandlerClass, {}

    def tally(name: str):
        out[name] = {"bytes": sum(size for _, size in handler.sent), "requests": len(handler.sent),
                     "paths": [path.removeprefix(SUBPATH) for path, _ in handler.sent]}
        handler.sent.clear()

    def first_visit(context, path: str):
        """Open a page, register the worker, wait until it controls the page, keep the page (as offline.js does)."""
        tab = context.new_page()
        tab.goto(url + path, wait_until="networkidle")
        tab.evaluate("url => navigator.serviceWorker.register(url)", url + "sw.js")
        tab.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30000)
        urls = tab.evaluate("[location.href, ...performance.getEntriesByType('resource').map(e => e.name)]")
        tab.evaluate(JS_ASK, [{"type": "keep", "urls": urls}, ["kept"]])
        return tab

    def save(tab, lang: str):
        answer = tab.evaluate(JS_ASK, [{"type": "save", "lang": lang, "pdf": False},
                                       ["saved", "partial", "full", "cancelled"]])[-1]
        if answer["type"] != "saved":
            log(f"Guardar {lang} ended {answer}")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
        device = {"viewport": {"width": 360, "height": 740}, "service_workers": "allow"}
        try:
            for lang in LANGS:
                with browser.new_context(**device) as context:
                    handler.sent.clear()
                    tab = first_visit(context, "" if lang == LANGS[0] else f"{lang}/")
                    tally(f"first visit {lang}")
                    save(tab, lang)
                    tally(f"save {lang}")
            with browser.new_context(**device) as context:
                first_visit(context, PAGES["module"])
                handler.sent.clear()
                context.new_page().goto(url + PAGES["module"], wait_until="networkidle")
                tally("second visit")
            with browser.new_context(**device) as context:
                tab = first_visit(context, "")
                save(tab, LANGS[0])
                handler.site = sites["v2"]
                handler.sent.clear()
                if not tab.evaluate(JS_UPDATE):
                    log("update: no new worker waiting after 30 s")
                tally("update")
        finally:
            handler.site = sites["v1"]
            browser.close()
    return out


def phone(project: Path, where: Path, runs: int) -> dict:
    """The phone's numbers: transfers through the worker, deck files of the Spanish list, Lighthouse with and
    without the worker's registration (same build, same run)."""
    ports = {"worker": free_port(), "no worker": free_port()}
    urls = {side: f"http://127.0.0.1:{port}{SUBPATH}" for side, port in ports.items()}
    log("phone: the published build …")
    sites, listing = phone_sites(project, where, urls["worker"])
    decks = deck_files(sites["v1"], listing, LANGS[0])
    servers = {"worker": serve(sites["v1"], ports["worker"], CountingHandler, sent=[]),
               "no worker": serve(sites["none"], ports["no worker"])}
    try:
        log("phone: first visit, Guardar, second visit, update …")
        moves = phone_transfers(servers["worker"], urls["worker"], sites)
        targets = {(name, side): urls[side] + path for name, path in PHONE_PAGES.items() for side in urls}
        scores = lighthouse_runs(targets, runs)
        registrations = sum(path.endswith("/sw.js") for path, _ in servers["worker"].RequestHandlerClass.sent)
    finally:
        stop(servers.values())
    return {"runs": runs, "registrations": registrations, "list_bytes": listing["bytes"],
            "transfers": moves,
            "decks": {"files": decks, "bytes": sum(listing["files"][name]["b"] for name in decks)},
            "lighthouse": {f"{name} {side}": result for (name, side), result in scores.items()}}


# Report

def tables(results: dict, parts: list[str]) -> str:
    """The Markdown for the README, for the parts measured."""
    writers = {"pages": pages_table, "builds": builds_table, "preview": preview_table, "phone": phone_table}
    return "\n\n".join(writers[part](results[part] if part == "phone" else results) for part in parts)


def pages_table(results: dict) -> str:
    """Bytes and Lighthouse, ours against vanilla."""
    rows = ["| Page | KB at load ours / vanilla | Ratio | KB with search ours / vanilla | Ratio "
            "| Requests at load ours / vanilla | Perf. ours | Perf. vanilla "
            "| A11y ours | Best pr. ours | SEO ours | LCP ours (ms) |", "| --- " * 12 + "|"]
    flagged = []
    for name, page in results["pages"].items():
        ours, vanilla = page["ours"], page["vanilla"]
        score, other = ours["median"], vanilla.get("median", {})
        rows.append(f"| {name} | {ours['bytes'] / 1024:.0f} / {vanilla['bytes'] / 1024:.0f} "
                    f"| {ours['bytes'] / vanilla['bytes']:.2f} "
                    f"| {ours['bytes_search'] / 1024:.0f} / {vanilla['bytes_search'] / 1024:.0f} "
                    f"| {ours['bytes_search'] / vanilla['bytes_search']:.2f} "
                    f"| {len(ours['requests'])} / {len(vanilla['requests'])} "
                    f"| {_n(score['performance'])} | {_n(other.get('performance'))} | {_n(score['accessibility'])} "
                    f"| {_n(score['best-practices'])} | {_n(score['seo'])} | {_n(score['lcp'])} |")
        flagged += [f"{name} {side}: {url}" for side in ("ours", "vanilla") for url in page[side]["flagged"]]
    runs = results["lighthouse_runs"]
    rows += ["", f"Lighthouse {LIGHTHOUSE}, mobile defaults, median of {runs} run{'s' * (runs > 1)}; "
             "KB = gzip bodies + headers of every request until network idle, empty cache; "
             "with search = after the cursor is put in the search box (vanilla fetches its index at load). "
             "Requests to another host or to sitemap.xml: " + ("; ".join(flagged) or "none") + "."]
    return "\n".join(rows)


def builds_table(results: dict) -> str:
    """Build times against vanilla + i18n, and the profile's stages."""
    builds = results["builds"]
    ours, vanilla = statistics.median(builds["ours"]), statistics.median(builds["vanilla_i18n"])
    strict = "strict" if builds["vanilla_i18n_strict"] else "not strict: it fails --strict"
    rows = [f"| Build (s, median of {BUILDS}) | Ours (strict) | Vanilla + i18n ({strict}) | Ratio |",
             "| --- | --- | --- | --- |", f"| both languages | {ours:.1f} | {vanilla:.1f} | {ours / vanilla:.2f} |"]
    profile = results["profile"]
    rows += ["", f"| Stage (one strict build under cProfile: {profile['total']:.1f} s) | Seconds | Share |",
             "| --- | --- | --- |"]
    rows += [f"| {row['stage']} | {row['seconds']:.1f} | {row['share']:.0%} |" for row in profile["stages"][:5]]
    rows += ["", f"Inside these stages, YAML parsing (`yaml.load`) took {profile['yaml_load']['seconds']:.1f} s "
             f"in {profile['yaml_load']['calls']} calls."]
    return "\n".join(rows)


def phone_table(phone: dict) -> str:
    """The Markdown for the README's "Phone offline": transfers through the worker, then Lighthouse with / without."""
    moves, decks, listed = phone["transfers"], phone["decks"], phone["list_bytes"]

    def row(label: str, name: str, lang: str | None = None) -> str:
        said = f"{listed[lang] / 1024:.0f}" if lang else "–"
        return f"| {label} | {moves[name]['bytes'] / 1024:.1f} | {moves[name]['requests']} | {said} |"

    rows = ["| Phone offline | KB on the wire | Requests | offline.json says (KB) |", "| --- | --- | --- | --- |",
            row("First visit of the home page, es (page, worker installed, page kept)", "first visit es"),
            row('"Guardar" es without PDFs, after that first visit', "save es", "es"),
            f"| … of which the slide decks ({len(decks['files'])} files only deck pages use; from offline.json) "
            f"| – | – | {decks['bytes'] / 1024:.0f} |",
            row("First visit of the home page, en", "first visit en"),
            row('"Guardar" en without PDFs, after that first visit', "save en", "en"),
            row("Second visit to a kept page (module es, in a new tab)", "second visit"),
            row('Update with one changed page, after "Guardar" es', "update")]
    rows += ["", "| First visit, es (Lighthouse) | Perf. with / without worker | LCP ms with / without "
             "| A11y with / without | Best pr. with / without | SEO with / without |", "| --- " * 6 + "|"]
    for name in PHONE_PAGES:
        with_, without = (phone["lighthouse"][f"{name} {side}"]["median"] for side in ("worker", "no worker"))
        rows.append(f"| {name} | " + " | ".join(f"{_n(with_[key])} / {_n(without[key])}"
                                                for key in ("performance", "lcp", *CATEGORIES[1:])) + " |")
    fetched = ", ".join(moves["update"]["paths"]) or "nothing"
    again = ", ".join(moves["second visit"]["paths"]) or "nothing"
    rows += ["", f"KB = status line + headers + Content-Length (gzip for text) of every response the server sent, "
             "counted at the server; a published build (PUBLISH, offline list) without its PDFs, whose pages register "
             f"the worker (offline.js). The update fetched {fetched}; the second visit fetched {again}. "
             f"Lighthouse {LIGHTHOUSE}, mobile defaults, median of {phone['runs']} run{'s' * (phone['runs'] > 1)}, "
             "first visit of the same build with offline.js and without it (no script, no sw.js); the worker was "
             f"registered (sw.js fetched) {phone['registrations']} times in the {phone['runs'] * len(PHONE_PAGES)} "
             "runs with it."]
    return "\n".join(rows)


def _n(value) -> str:
    return "–" if value is None else f"{value:.0f}"


def log(message: str):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def preview(ours: Path, scratch: Path) -> dict:
    """`make serve`: seconds from a saved edit to the page showing it (issue 31; being built)."""
    raise NotImplementedError


def preview_table(results: dict) -> str:
    raise NotImplementedError


def builds(ours: Path, scratch: Path) -> dict:
    """Build times, ours against vanilla + i18n, and the profile of one more strict build of ours."""
    url = f"http://127.0.0.1:{free_port()}{SUBPATH}"
    results = {"builds": build_times(ours, vanilla_i18n_project(scratch, url), scratch, url)}
    log("profiling one more strict build …")
    build(ours, scratch / "profile-site", url, strict=True, profile=scratch / "build.prof")
    results["profile"] = profile_stages(scratch / "build.prof")
    return results


def pages_against_vanilla(ours: Path, scratch: Path, pages: dict[str, str], runs: int, vanilla_lighthouse: bool) -> dict:
    """The pages' transfers and Lighthouse runs, ours against vanilla."""
    ports = {"ours": free_port(), "vanilla": free_port()}
    urls = {side: f"http://127.0.0.1:{port}{SUBPATH}" for side, port in ports.items()}
    build(ours, scratch / "ours-site", urls["ours"], strict=True)
    for lang in LANGS:  # Spanish at the root, English in en/ of the same directory
        prefix = "" if lang == LANGS[0] else f"{lang}/"
        build(vanilla_project(scratch, lang, urls["vanilla"] + prefix), scratch / "vanilla-site" / prefix,
              urls["vanilla"], strict=False)
    servers = [serve(scratch / "ours-site", ports["ours"]), serve(scratch / "vanilla-site", ports["vanilla"])]
    try:
        return {"pages": measure(pages, urls, runs, vanilla_lighthouse)}
    finally:
        stop(servers)


def stop(servers):
    for server in servers:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (default 3)")
    parser.add_argument("--pages", default=",".join(PAGES), help=f"a subset of {','.join(PAGES)}")
    parser.add_argument("--no-vanilla-lighthouse", action="store_true", help="Lighthouse on our pages only")
    parser.add_argument("--only", help=f"a comma-separated subset of {','.join(PARTS)}; their numbers replace "
                        "theirs in .bench/last.json")
    args = parser.parse_args(argv)
    unknown = set(args.pages.split(",")) - set(PAGES)
    if unknown:
        parser.error(f"unknown pages {', '.join(sorted(unknown))}; choose from {', '.join(PAGES)}")
    parts = args.only.split(",") if args.only else list(PARTS)
    if set(parts) - set(PARTS):
        parser.error(f"unknown parts {', '.join(sorted(set(parts) - set(PARTS)))}; choose from {', '.join(PARTS)}")
    pages = {f"{page} {lang}": ("" if lang == LANGS[0] else f"{lang}/") + PAGES[page]
             for lang in LANGS for page in args.pages.split(",")}
    now = datetime.datetime.now().isoformat(timespec="seconds")
    last = TOOLS / "last.json"
    results = json.loads(last.read_text(encoding="utf-8")) if args.only and last.is_file() else {}
    results.update({"date": now, "lighthouse": LIGHTHOUSE, "lighthouse_runs": args.runs})
    measures = {"builds": builds, "preview": preview,
                "pages": lambda ours, scratch: pages_against_vanilla(ours, scratch, pages, args.runs,
                                                                     not args.no_vanilla_lighthouse),
                "phone": lambda ours, scratch: {"phone": {"date": now, **phone(ours, scratch, args.runs)}}}
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        scratch = Path(scratch)
        ours = our_project(scratch)
        try:
            for part in parts:
                (scratch / part).mkdir()
                results.update(measures[part](ours, scratch / part))
        except BuildError as error:
            sys.exit(f"make bench: a build failed:\n{error}")
    TOOLS.mkdir(exist_ok=True)
    last.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(tables(results, parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
