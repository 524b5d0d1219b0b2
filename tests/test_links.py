"""Every internal link, asset and #anchor of the built site resolves, in both languages."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from macros.base import links

LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}


class Page(HTMLParser):
    """The links and the ids of one HTML page."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        target = attrs.get(LINKING.get(tag, ""))
        if target and not (tag == "link" and attrs.get("rel") in ("canonical", "alternate")):
            self.links.append(target)


def resolve(site, url: str) -> Path | None:
    """The file a same-site URL points to, or None when it does not exist."""
    path = unquote(urlsplit(url).path)
    base = urlsplit(site.url).path
    if not path.startswith(base):
        return None
    target = site.dir / path[len(base):]
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def broken_links(site) -> list[str]:
    parsed: dict[Path, Page] = {}

    def page(path: Path) -> Page:
        if path not in parsed:
            parsed[path] = Page(path.read_text(encoding="utf-8"))
        return parsed[path]

    host = urlsplit(site.url).netloc
    broken = []
    for source in site.pages():
        if source.name == "404.html":  # served at any address: its links are absolute, checked below
            continue
        here = site.url_of(source)
        for link in page(source).links:
            url = urljoin(here, link)
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue  # mailto:, data:, and links to other sites (not fetched by the site)
            target = resolve(site, url)
            rel = source.relative_to(site.dir)
            if target is None:
                broken.append(f"{rel}: broken link {link}")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in page(target).ids:
                broken.append(f"{rel}: missing anchor {link}")
    return broken


def test_no_broken_internal_links_assets_or_anchors(site):
    broken = broken_links(site)
    assert not broken, f"{len(broken)} broken link(s):\n" + "\n".join(broken)


def test_a_preview_links_no_download_it_lacks_and_no_edit_page(site):
    """`make build` / `make serve`: no PDFs, no offline ZIP and no EDIT_URI, so no link to them (`make site` has them)."""
    for page in site.pages():
        html = page.read_text(encoding="utf-8")
        assert 'type="application/pdf"' not in html and f'{links.OFFLINE_ZIP}" download' not in html and 'rel="edit"' not in html, page


def test_404_page_links_work_from_any_address(site):
    page = Page((site.dir / "404.html").read_text(encoding="utf-8"))
    deep = site.url + "en/no/such/page/"
    broken = [link for link in page.links
              if urlsplit(urljoin(deep, link)).netloc == urlsplit(site.url).netloc
              and resolve(site, urljoin(deep, link)) is None]
    assert not broken, f"404.html links that break when served from a deep address: {broken}"


def test_link_checker_catches_a_broken_link_and_anchor(site, tmp_path):
    """The checker itself must fail on bad links (a check that cannot fail is no check)."""
    bad = site.dir / "en" / "zz-broken-test" / "index.html"
    bad.parent.mkdir()
    bad.write_text('<a href="../no-such-page/">x</a><a href="../about/#no-such-anchor">y</a>', encoding="utf-8")
    try:
        found = broken_links(site)
    finally:
        bad.unlink()
        bad.parent.rmdir()
    assert found == ["en/zz-broken-test/index.html: broken link ../no-such-page/",
                     "en/zz-broken-test/index.html: missing anchor ../about/#no-such-anchor"]
