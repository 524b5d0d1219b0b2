"""`make pdf`: every worksheet, print pack and module page of a built site printed to PDF by
Chromium from the print stylesheet — A4 and Letter, English and Spanish.

    python -m macros.pdf [--site site] [--cache .pdf-cache]

PDFs are kept in the cache folder with the fingerprint of what they were printed from (the page
and the stylesheets), so a re-run prints only what changed; then they are copied to `site/pdf/`.
A failure names the page and the reason, exits non-zero and leaves existing PDFs untouched.
"""

import argparse
import functools
import hashlib
import http.server
import os
import shutil
import sys
import threading
from pathlib import Path

from markupsafe import Markup

from . import catalogue, datafiles, modules, offline, worksheets
from .language import LANGUAGES
from .links import in_language, relative

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PAPERS = ("a4", "letter")
FOLDER = "pdf"  # in the site: pdf/<lang>/<name>-<paper>.pdf


@datafiles.per_build
def pages() -> list[str]:
    """The site paths that get PDFs: worksheets, the print pack of each module, and module pages."""
    paths = [f"worksheets/{sheet.id}/" for sheets in worksheets.by_module().values() for sheet in sheets]
    paths += [f"worksheets/pack-{module}/" for module in worksheets.by_module()]
    return paths + [module.path() for module in modules.all_modules().values()]


def pdf_path(path: str, lang: str, paper: str) -> str:
    """Where the PDF of site path `path` lives in the site: 'worksheets/roadmap/' → 'pdf/es/worksheets-roadmap-a4.pdf'."""
    return f"{FOLDER}/{lang}/{path.strip('/').replace('/', '-')}-{paper}.pdf"


def with_download_links(html: str, page_url: str, lang: str, config) -> str:
    """A "Download PDF (A4 / Letter)" line under the title of every page that `make pdf` prints."""
    path = page_url.removeprefix(f"{lang}/") if lang != LANGUAGES[0] else page_url
    if path not in pages() or offline.enabled(config):
        return html
    links = Markup(" / ").join(
        Markup('<a href="{}" type="application/pdf">{}</a>').format(
            relative(pdf_path(path, lang, paper), page_url), catalogue.text(f"pdf_{paper}", lang)) for paper in PAPERS)
    line = Markup('<p class="pdf-download" data-search-exclude="true">{} ({})</p>').format(catalogue.text("pdf_download", lang), links)
    return html.replace("</h1>", "</h1>" + str(line), 1)


def jobs() -> list[tuple[str, str, str]]:
    return [(path, lang, paper) for lang in LANGUAGES for path in pages() for paper in PAPERS]


def fingerprint(site: Path, page: Path) -> str:
    """What a PDF depends on: the page's HTML and every stylesheet of the site."""
    digest = hashlib.sha256(page.read_bytes())
    for sheet in sorted(site.glob("assets/stylesheets/**/*.css")):
        digest.update(sheet.read_bytes())
    return digest.hexdigest()


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def print_all(site: Path, cache: Path) -> int:
    """Print what changed into `cache`, copy every PDF into the site; the number of failures."""
    from playwright.sync_api import Error, sync_playwright

    todo = jobs()
    failed = 0
    server, url = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            tab = browser.new_page()
            for number, (path, lang, paper) in enumerate(todo, 1):
                page_path = in_language(path, lang)
                name = pdf_path(path, lang, paper)
                target, stamp = cache / name, cache / f"{name}.sha256"
                progress = f"[{number:>3}/{len(todo)}] {name}"
                source = site / page_path / "index.html"
                if not source.is_file():
                    print(f"{progress}: FAILED — {page_path}index.html is not in {site}/: run `make build` first")
                    failed += 1
                    continue
                digest = fingerprint(site, source)
                if target.is_file() and stamp.is_file() and stamp.read_text() == digest:
                    print(f"{progress}: unchanged")
                    continue
                try:
                    data = _print(tab, url + page_path, paper)
                except Error as err:
                    print(f"{progress}: FAILED — {page_path}: {str(err).splitlines()[0]}")
                    failed += 1
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                partial = target.with_suffix(".part")
                partial.write_bytes(data)
                partial.replace(target)  # an interrupted run never leaves half a PDF
                stamp.write_text(digest)
                print(f"{progress}: printed ({len(data) // 1024} KB)")
            browser.close()
    finally:
        server.shutdown()
    for path, lang, paper in todo:
        name = pdf_path(path, lang, paper)
        if (cache / name).is_file():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cache / name, site / name)
    return failed


def _print(tab, url: str, paper: str) -> bytes:
    """The page as the browser's print command gives it on `paper` (what a facilitator would print)."""
    tab.emulate_media(media="screen")
    tab.goto(url, wait_until="load")
    tab.evaluate("paper => document.documentElement.classList.toggle('paper-letter', paper === 'letter')", paper)
    tab.emulate_media(media="print")
    return tab.pdf(prefer_css_page_size=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    parser.add_argument("--cache", type=Path, default=Path(".pdf-cache"), help="where PDFs are kept between runs")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"make pdf: {CHROMIUM} not found — install it with `apt-get install chromium` "
              "(or set CHROMIUM to a Chromium binary); no PDF was changed", file=sys.stderr)
        return 1
    if not (args.site / "index.html").is_file():
        print(f"make pdf: no built site in {args.site}/ — run `make build` first; no PDF was changed", file=sys.stderr)
        return 1
    failed = print_all(args.site, args.cache)
    if failed:
        print(f"make pdf: {failed} PDF(s) failed (see above); the others are in {args.site}/{FOLDER}/", file=sys.stderr)
        return 1
    print(f"make pdf: {len(jobs())} PDFs in {args.site}/{FOLDER}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
