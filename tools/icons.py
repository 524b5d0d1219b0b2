"""`make icons`: the app icons of the web app manifests, drawn by Chromium from the site's SVG logo.

    python -m tools.icons

Writes docs/assets/images/icon-{192,512}.png (the favicon's rounded square, for any purpose) and
icon-maskable-{192,512}.png (the logo on a full square of the site's blue, inside the central safe zone
that Android's masks keep). The PNGs are committed; run this again when the logo changes.
"""

import base64
import os
import sys
from pathlib import Path

from macros.build.web_manifest import THEME as BLUE  # the manifests' theme colour

IMAGES = Path(__file__).resolve().parents[1] / "docs" / "assets" / "images"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SIZES = (192, 512)


def page(svg: Path, size: int, background: str, share: float) -> str:
    """An HTML page that is one square icon: `svg` centred, `share` of its width, on `background`."""
    data = base64.b64encode(svg.read_bytes()).decode()
    return (f'<body style="margin:0"><div style="width:{size}px;height:{size}px;background:{background};'
            f'display:grid;place-items:center"><img alt="" style="width:{share * 100:.0f}%" '
            f'src="data:image/svg+xml;base64,{data}"></div></body>')


def main() -> int:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        print(f"make icons: {CHROMIUM} not found — install chromium; no icon was changed", file=sys.stderr)
        return 1
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_page(device_scale_factor=1)
        for size in SIZES:
            for name, svg, background, share in (
                    (f"icon-{size}.png", IMAGES / "favicon.svg", "transparent", 1.0),
                    (f"icon-maskable-{size}.png", IMAGES / "logo.svg", BLUE, 0.62)):
                tab.set_viewport_size({"width": size, "height": size})
                tab.set_content(page(svg, size, background, share))
                tab.screenshot(path=str(IMAGES / name), omit_background=True,
                               clip={"x": 0, "y": 0, "width": size, "height": size})
                print(f"make icons: {IMAGES.relative_to(IMAGES.parents[2]) / name}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
