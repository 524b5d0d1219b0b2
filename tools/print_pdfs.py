"""`make pdf`: every page of `macros.build.pdf.pages()` in a built site printed to PDF by Chromium from the
print stylesheet — A4 and Letter, English and Spanish.

    python -m tools.print_pdfs [--site site] [--cache .pdf-cache] [--record data/print-pages.yml]

PDFs are kept in the cache folder with the fingerprint of what they were printed from (the page
and the stylesheets), so a re-run prints only what changed; then they are copied to `site/pdf/`.
With --record, the page count of every worksheet's PDF goes to that file, which the facilitator
guides' print lists read; with --check, a file whose counts differ from the PDFs' stops `make site`
with one line naming the first worksheet that differs. A failure names the page and the reason,
exits non-zero and leaves existing PDFs untouched.
"""

import argparse
import functools
import hashlib
import http.server
import json
import os
import shutil
import sys
import threading
from pathlib import Path

import yaml

from macros.base.language import LANGUAGES
from macros.base.links import in_language
from macros.build import pdf
from macros.content import print_pages
from macros.content.print_pages import PAPERS

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


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

    todo = pdf.jobs()
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
                name = pdf.pdf_path(path, lang, paper)
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
        name = pdf.pdf_path(path, lang, paper)
        if (cache / name).is_file():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cache / name, site / name)
    return failed


def counts(site: Path) -> dict[str, dict[str, dict[str, int]]]:
    """Worksheet or deck → language → paper → the page count of its PDF in `site`."""
    from pypdf import PdfReader

    return {key: {lang: {paper: len(PdfReader(site / pdf.pdf_path(path, lang, paper)).pages)
                         for paper in PAPERS} for lang in sorted(LANGUAGES)}
            for key, path in print_pages.printables().items()}


def page_counts(site: Path) -> str:
    """The page count of every worksheet's PDF in `site`, as data/print-pages.yml holds them."""
    return _as_text(counts(site))


def _as_text(found: dict) -> str:
    lines = [f"# {line}" for line in (
        "Pages per printed copy of each worksheet and deck handout (slides-<module>), by language and paper: written by `make pdf` from the PDFs it",
        "prints (tools/print_pdfs.py); the facilitator guides' print lists read it. Do not edit: run `make build pdf`.")]
    lines += [f"{sheet}: " + json.dumps(by_lang).replace('"', "") for sheet, by_lang in found.items()]
    return "\n".join(lines) + "\n"


def check(site: Path, target: Path) -> str | None:
    """Why `target` is not what `make pdf` would write from the PDFs in `site`, in one line naming the first
    worksheet that differs; None when it is."""
    fix = "run `make build pdf`, commit the file, then `make site` again"
    if not target.is_file():
        return f"make site: {target}: no such file — {fix}"
    text, found = target.read_text(encoding="utf-8"), counts(site)
    if text == _as_text(found):
        return None
    try:
        recorded = yaml.safe_load(text)
    except yaml.YAMLError:
        recorded = None
    if not isinstance(recorded, dict):
        return f"make site: {target}: not one `worksheet: page counts` line per worksheet — {fix}"
    problems = []
    for sheet, by_lang in found.items():
        if sheet not in recorded:
            problems.append(f"{sheet}: not in the file")
            continue
        for lang, by_paper in by_lang.items():
            for paper, pages in by_paper.items():
                try:
                    said = recorded[sheet][lang][paper]
                except (KeyError, TypeError):
                    said = None
                if said != pages:
                    problems.append(f"{sheet} › {lang} › {paper}: the file says {said} page(s), the PDF has {pages}")
    problems += [f"{sheet}: no such worksheet or deck" for sheet in recorded if sheet not in found]
    problems = problems or ["not written as `make pdf` writes it"]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"make site: {target}: {problems[0]}{more} — {fix}"


def record(site: Path, target: Path) -> None:
    """Write the page counts to `target` (the print lists read it) when they changed."""
    text = page_counts(site)
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
        print(f"make pdf: page counts written to {target}: rebuild (make build) for the print lists to show them")


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
    parser.add_argument("--record", type=Path, help="write the worksheets' page counts to this file (data/print-pages.yml)")
    parser.add_argument("--check", type=Path, help="fail if this file's page counts differ from the PDFs' (make site)")
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
        print(f"make pdf: {failed} PDF(s) failed (see above); the others are in {args.site}/{pdf.FOLDER}/", file=sys.stderr)
        return 1
    print(f"make pdf: {len(pdf.jobs())} PDFs in {args.site}/{pdf.FOLDER}/")
    if args.record:
        record(args.site, args.record)
    if args.check and (problem := check(args.site, args.check)):
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
