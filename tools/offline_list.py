"""`make site` (after the PDFs): the published site's file list for the service worker, and the worker.

    python -m tools.offline_list --site site

Writes `site/offline.json` — every file a language's pages use, with a content hash, its size on the wire
(gzip for text, as GitHub Pages serves it) and, for a page, its title — grouped by what "Guardar para usar
sin conexión" downloads: a language's pages with their assets and search (`es`, `en`), its PDFs (`es-pdf`,
`en-pdf`), and the offline pages (`shell`) — and `site/sw.js`, the worker (tools/sw.js) stamped with the
list's version, so a new version of the site is a new worker. Never the source maps, the other language,
lunr's other languages or the offline ZIP.
"""

import argparse
import gzip
import hashlib
import html
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin

from macros.base.language import LANGUAGES
from macros.base.links import in_language

WORKER = Path(__file__).with_name("sw.js")
TEXT = {".html", ".css", ".js", ".json", ".svg", ".webmanifest", ".ics", ".xml", ".txt"}
ASSET = TEXT - {".html"} | {".png", ".jpg", ".jpeg", ".webp", ".ico", ".woff2"}
_LINK = re.compile(r'\b(?:href|src)="([^"#?]+)')
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
OFFLINE_PAGE = "offline/"


def wire_size(path: Path) -> int:
    """What the file costs on the network: gzipped if GitHub Pages compresses its type."""
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=6, mtime=0)) if path.suffix in TEXT else len(data)


def address(site: Path, file: Path) -> str:
    """'about/index.html' → 'about/', 'assets/x.css' → 'assets/x.css' (relative to the site root)."""
    rel = file.relative_to(site).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def pages(site: Path, lang: str) -> list[Path]:
    """The pages of one language (the default language at the root, the others under <lang>/)."""
    others = {other for other in LANGUAGES if other != lang and in_language("", other)}
    root = site / in_language("", lang)
    found = []
    for file in sorted(root.rglob("index.html")):
        rel = file.relative_to(site).as_posix()
        if rel.split("/", 1)[0] in others or rel == f"{in_language('', lang)}{OFFLINE_PAGE}index.html":
            continue
        found.append(file)
    return found


def used(site: Path, page: Path) -> set[str]:
    """The site's files a page loads or links to as assets (style sheets, scripts, images, calendars)."""
    base = page.relative_to(site).as_posix()
    found = set()
    for link in _LINK.findall(page.read_text(encoding="utf-8")):
        if "://" in link or link.startswith(("data:", "mailto:", "/")):
            continue
        target = urljoin(base, unquote(link))
        file = site / target
        if Path(target).suffix in ASSET and file.is_file() and not target.endswith(".map"):
            found.add(target)
    return found


def search_files(site: Path, lang: str) -> set[str]:
    """The language's index, the search workers, and lunr's stemmer for that language (what a search loads)."""
    workers = site / "assets/javascripts/workers"
    files = {f"{in_language('', lang)}search/search_index.json", "assets/javascripts/workers/stemmed.js"}
    files |= {address(site, file) for file in workers.glob("search.*.min.js")}
    lunr = site / "assets/javascripts/lunr/min"
    if (lunr / f"lunr.{lang}.min.js").is_file():
        files |= {f"assets/javascripts/lunr/min/lunr.stemmer.support.min.js", f"assets/javascripts/lunr/min/lunr.{lang}.min.js"}
    return files


def build(site: Path) -> dict:
    """The list: files with hash, wire size and title; the groups; the bytes of each group; the version."""
    groups: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        members, assets = [], set(search_files(site, lang))
        for page in pages(site, lang):
            members.append(address(site, page))
            assets |= used(site, page)
        groups[lang] = members + sorted(assets)
        groups[f"{lang}-pdf"] = sorted(address(site, file) for file in (site / "pdf" / lang).glob("*.pdf"))
    shell = set()  # the offline pages and what they use (mostly what every page uses, so already at hand)
    for lang in LANGUAGES:
        page = site / in_language("", lang) / OFFLINE_PAGE / "index.html"
        if page.is_file():
            shell |= {address(site, page)} | used(site, page)
    groups["shell"] = sorted(shell)
    files = {}
    for name in sorted({name for members in groups.values() for name in members}):
        file = site / name / "index.html" if name == "" or name.endswith("/") else site / name
        entry = {"h": hashlib.sha256(file.read_bytes()).hexdigest()[:16], "b": wire_size(file)}
        if file.suffix == ".html":
            entry["t"] = html.unescape(_TITLE.search(file.read_text(encoding="utf-8"))[1]).strip()
        files[name] = entry
    version = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    return {"version": version, "files": files, "groups": groups,
            "bytes": {group: sum(files[name]["b"] for name in members) for group, members in groups.items()}}


def write(site: Path) -> dict:
    listing = build(site)
    (site / "offline.json").write_text(json.dumps(listing, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    (site / "sw.js").write_text(f'const VERSION = "{listing["version"]}";\n' + WORKER.read_text(encoding="utf-8"),
                                encoding="utf-8")
    return listing


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=Path("site"), help="the built site (default: site)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"offline list: no built site in {args.site}/ — run `make build` first", file=sys.stderr)
        return 1
    listing = write(args.site)
    sizes = ", ".join(f"{group} {size / 1e6:.2f} MB" for group, size in listing["bytes"].items())
    print(f"offline list: version {listing['version']}, {len(listing['files'])} files ({sizes})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
