"""The web app manifest of each language (`manifest.<lang>.webmanifest` at the site root), which makes the
site installable on a phone: names from the catalogue, start address and scope inside the language's part
of the site, the site's colours, and the icons `make icons` (tools/icons.py) draws from the logo."""

import json
from pathlib import Path

from ..base import links
from ..render.reader import Reader

THEME, BACKGROUND = "#0069aa", "#ffffff"  # the header's blue (site.css), the page
ICONS = [{"src": f"assets/images/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any"}
         for size in (192, 512)] + [
        {"src": f"assets/images/icon-maskable-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "maskable"}
        for size in (192, 512)]


def name(lang: str) -> str:
    """The manifest's file name, at the site root: addresses in it are relative to the root."""
    return f"manifest.{lang}.webmanifest"


def manifest(lang: str) -> dict:
    r = Reader(lang)
    start = links.in_language("", lang) or "./"
    return {"id": start, "name": r.t("app_name"), "short_name": r.t("app_short_name"), "description": r.t("app_description"),
            "lang": lang, "dir": "ltr", "start_url": start, "scope": start, "display": "standalone",
            "theme_color": THEME, "background_color": BACKGROUND, "icons": ICONS}


def write(site_dir: str, lang: str) -> None:
    (Path(site_dir) / name(lang)).write_text(json.dumps(manifest(lang), ensure_ascii=False, indent=1), encoding="utf-8")
