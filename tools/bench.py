"""`make bench`: how fast the site builds and how heavy and good its pages are, next to a vanilla
Material build of the same Markdown (no macros, no i18n, no hooks, no extra CSS or JavaScript).

Prints a Markdown table for the README's "Performance" section:
- full build time, median of 5 (this site with --strict; vanilla without, because its links to
  `.en.md`/`.es.md` twins cannot resolve);
- build time at 1×, 2× and 5× the content (synthetic copies of docs/ in sub-folders);
- page weight (every byte the browser loads) of the home, a module, a worksheet and the agenda;
- Lighthouse scores of those pages in both languages (npm lighthouse, LIGHTHOUSE version below,
  installed into .bench/ on first use, driving Debian's Chromium).
Not part of `make test`: numbers depend on the machine.
"""

import functools
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE = "13.5.0"
TOOLS = ROOT / ".bench"
SUBPATH = "/governance-sdgs/"
PAGES = {"home": "", "module": "toolkits/innovation/module-1/", "worksheet": "worksheets/roadmap/",
         "agenda": "workshops/2023-08-08-tot/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
VANILLA = """site_name: Governance for the SDGs
theme: {name: material, font: false}
markdown_extensions: %s
"""


def vanilla_project(where: Path, copies: int) -> Path:
    """The same Markdown under plain Material: our markdown_extensions, nothing else."""
    project = where / "vanilla"
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("assets"))
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    (project / "mkdocs.yml").write_text(VANILLA % json.dumps(ours["markdown_extensions"]), encoding="utf-8")
    _grow(project / "docs", copies)
    return project


def our_project(where: Path, copies: int) -> Path:
    project = where / "ours"
    project.mkdir(parents=True)
    for name in ("mkdocs.yml", "docs", "overrides", "macros", "data"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    _grow(project / "docs", copies)
    return project


def _grow(docs: Path, copies: int):
    """`copies` - 1 extra copies of every page, in docs/copy-2/, docs/copy-3/…"""
    pages = [p for p in docs.rglob("*.md") if "copy-" not in p.parts[len(docs.parts)]]
    for number in range(2, copies + 1):
        for page in pages:
            target = docs / f"copy-{number}" / page.relative_to(docs)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml with its !ENV and !!python tags read as plain values."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


PORT = free_port()  # the built site names its own address (sitemap, language menu): build for where it is served


def build(project: Path, out: Path, strict: bool) -> float:
    """Seconds for one `mkdocs build`."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)] + (["--strict"] if strict else [])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": f"http://127.0.0.1:{PORT}{SUBPATH}"}
    start = time.perf_counter()
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.exit(f"make bench: the build of {project.name} failed:\n{result.stderr[-2000:]}")
    return time.perf_counter() - start


def serve(site: Path, port: int) -> tuple[http.server.ThreadingHTTPServer, str]:
    """`site` served under the project sub-path, as on GitHub Pages."""
    root = Path(tempfile.mkdtemp())
    (root / SUBPATH.strip("/")).symlink_to(site)
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUBPATH}"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def weights(urls: dict[str, str]) -> dict[str, int]:
    """Bytes the browser loads for each page (HTML, CSS, JavaScript, fonts, images, search index)."""
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                             "--disable-background-networking"])
        for name, url in urls.items():
            context = browser.new_context()
            tab = context.new_page()
            sizes = []
            tab.on("requestfinished", lambda request, sizes=sizes: sizes.append(request.sizes()["responseBodySize"]))
            tab.goto(url, wait_until="networkidle")
            out[name] = sum(sizes)
            context.close()
        browser.close()
    return out


def lighthouse(url: str) -> dict[str, int]:
    """Lighthouse scores (0–100) of one page, with Lighthouse's default (mobile, throttled) settings; -1 if it failed."""
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"  # pinned: LIGHTHOUSE
    if not binary.exists() and not shutil.which("npm"):
        print("make bench: npm not found — Lighthouse scores skipped (-1); install Node.js and npm", file=sys.stderr)
        return {category: -1 for category in CATEGORIES}
    if not binary.exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS), f"lighthouse@{LIGHTHOUSE}"],
                       check=True, capture_output=True)
    result = subprocess.run([str(binary), url, "--output=json", "--quiet", f"--only-categories={','.join(CATEGORIES)}",
                             "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking"],
                            env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, check=False)
    if result.returncode:
        return {category: -1 for category in CATEGORIES}
    report = json.loads(result.stdout)
    return {category: round(report["categories"][category]["score"] * 100) for category in CATEGORIES}


def vanilla_path(path: str, lang: str) -> str:
    """Where vanilla MkDocs puts a page of ours: 'worksheets/roadmap/' → 'worksheets/roadmap.es/'."""
    stem = path.rstrip("/") or "index"
    return f"{stem}.{lang}/"


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        times = {}
        for copies in (1, 2, 5):
            for name, make, strict in (("this site", our_project, True), ("vanilla", vanilla_project, False)):
                project = make(scratch / f"{copies}x", copies)
                runs = 5 if copies == 1 else 1
                seconds = [build(project, scratch / f"out-{name}-{copies}".replace(" ", "-"), strict) for _ in range(runs)]
                times[(name, copies)] = statistics.median(seconds)
                print(f"build {name} {copies}×: {', '.join(f'{s:.1f}' for s in seconds)} s", flush=True)
        rows.append("| Build (s) | 1× (median of 5) | 2× | 5× |")
        rows.append("| --- | --- | --- | --- |")
        for name in ("this site", "vanilla"):
            rows.append(f"| {name} | " + " | ".join(f"{times[(name, c)]:.1f}" for c in (1, 2, 5)) + " |")
        ratio = times[("this site", 1)] / times[("vanilla", 1)]
        rows.append(f"| ratio | {ratio:.2f} | {times[('this site', 2)] / times[('vanilla', 2)]:.2f} | "
                    f"{times[('this site', 5)] / times[('vanilla', 5)]:.2f} |")

        ours_server, ours = serve(scratch / "out-this-site-1", PORT)
        vanilla_server, vanilla = serve(scratch / "out-vanilla-1", 0)
        urls_ours = {f"{page} {lang}": ours + ("en/" if lang == "en" else "") + path  # Spanish at the root
                     for lang in ("es", "en") for page, path in PAGES.items()}
        urls_vanilla = {f"{page} {lang}": vanilla + vanilla_path(path, lang)
                        for lang in ("es", "en") for page, path in PAGES.items()}
        ours_kb, vanilla_kb = weights(urls_ours), weights(urls_vanilla)
        rows += ["", "| Page | Weight (KB) | Vanilla (KB) | Ratio | " + " | ".join(c.title() for c in CATEGORIES) + " |",
                 "| --- | --- | --- | --- | " + " | ".join("---" for _ in CATEGORIES) + " |"]
        for name, url in urls_ours.items():
            scores = lighthouse(url)
            print(f"lighthouse {name}: {scores}", flush=True)
            rows.append(f"| {name} | {ours_kb[name] / 1024:.0f} | {vanilla_kb[name] / 1024:.0f} | "
                        f"{ours_kb[name] / vanilla_kb[name]:.2f} | " + " | ".join(str(scores[c]) for c in CATEGORIES) + " |")
        ours_server.shutdown()
        vanilla_server.shutdown()
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
