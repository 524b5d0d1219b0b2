"""Shared fixtures: one strict build of the whole site, served under a project sub-path."""

import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests import the `macros` package
from macros.base import links  # noqa: E402
SUBPATH = "/governance-sdgs/"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# The day every build and tool run by the tests takes as today (SITE_DATE, read by the build and by
# tools/translations.py): after every workshop in data/events/, so the home page features the most recent one.
# Fixed, so that no test depends on the day, or the hour, it runs.
SITE_DATE = "2026-12-02"
os.environ["SITE_DATE"] = SITE_DATE  # `make site`, `make offline`, `make synced` … inherit it


def prefix(lang: str) -> str:
    """Where a language's pages start: '' for Spanish (the site root), 'en/' for English."""
    return links.in_language("", lang)


@dataclass(frozen=True)
class Site:
    """A built site and the address it is served at."""

    dir: Path
    url: str  # e.g. http://127.0.0.1:PORT/governance-sdgs/

    def pages(self) -> list[Path]:
        """Every HTML page of both languages (pages added by later work are picked up too)."""
        return sorted(self.dir.rglob("*.html"))

    def url_of(self, page: Path) -> str:
        rel = page.relative_to(self.dir).as_posix()
        return self.url + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


VNU = Path(os.environ.get("VNU_JAR") or max(ROOT.glob(".tools/vnu-*.jar"), default=ROOT / ".tools" / "vnu.jar"))


def html_errors(*folders: Path) -> list[dict]:
    """The Nu Html Checker's errors for every HTML file under `folders` (one run of the checker)."""
    if not VNU.is_file():
        pytest.fail(f"{VNU} not found — run `make test` (installs the Nu Html Checker)")
    result = subprocess.run(["java", "-jar", str(VNU), "--format", "json", "--skip-non-html", "--errors-only",
                             *map(str, folders)], capture_output=True, text=True, check=False)
    return [message for message in json.loads(result.stderr)["messages"] if message["type"] == "error"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def mkdocs_build(project: Path, site_dir: Path, site_url: str, site_date: str = SITE_DATE) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of `project`, as a maintainer runs it, on the day `site_date` (YYYY-MM-DD)."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", "SITE_DATE": site_date}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
                          cwd=project, env=env, capture_output=True, text=True, check=False)


def build_error(project, tmp_path, **build) -> str:
    """The one error line of a build that must fail (`build`: mkdocs_build's other arguments, e.g. site_date)."""
    result = mkdocs_build(project, tmp_path / "out", "http://127.0.0.1/governance-sdgs/", **build)
    assert result.returncode != 0, "the build should have failed"
    lines = [line for line in result.stderr.splitlines()
             if ("ERROR" in line or line.startswith("Error")) and "Aborted with" not in line
             and "Error reading page" not in line]
    assert len(lines) == 1, f"expected one error line, got:\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return lines[0]


def append(path, text):
    """Add `text` at the end of a file."""
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under SUBPATH only and answers misses with 404.html, like GitHub Pages."""

    def translate_path(self, path):
        if not path.startswith(SUBPATH):
            return ""
        return super().translate_path("/" + path[len(SUBPATH):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Site:
    """The whole site, built once with --strict and served on 127.0.0.1 under a sub-path."""
    port = free_port()
    url = f"http://127.0.0.1:{port}{SUBPATH}"
    site_dir = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, site_dir, url)
    assert result.returncode == 0, f"strict build failed:\n{result.stderr}"
    handler = functools.partial(SubPathHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield Site(site_dir, url)
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright, with its background network calls off."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found — run `make test` (installs it as root) or `apt-get install chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.fixture
def scratch(tmp_path) -> Path:
    """A copy of the project's sources to break on purpose."""
    for name in ("mkdocs.yml", "docs", "overrides", "macros", "data"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    return tmp_path


def search(tab, query: str):
    """Type a query into Material's search until its worker, which starts after the page, answers;
    the result links."""
    field = tab.locator(".md-search__input")
    field.click()
    for _ in range(40):
        field.fill("")
        field.press_sequentially(query)
        tab.wait_for_timeout(250)
        if tab.locator(".md-search-result__item").count():
            return tab.locator(".md-search-result__item a")
    pytest.fail(f"no search results for {query!r}")
