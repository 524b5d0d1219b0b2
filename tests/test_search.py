"""Search in the reader's language: one index per language, stemmed both ways, fetched when search is opened;
nothing fetched that a page does not use."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import prefix, search

CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
PAGES = ["", "toolkits/innovation/module-1/", "worksheets/roadmap/", "workshops/2023-08-08-tot/",
         "cases/estonia-x-road/", "cases/", "glossary/"]


@pytest.mark.parametrize("lang, query, stemmed", [
    ("es", "transformaciones", "transformación"),  # typed plural, page singular
    ("es", "interoperabilidad", None),
    ("en", "services", "service"),
    ("en", "interoperability", None),
])
def test_search_finds_only_pages_of_the_readers_language_and_stemmed_forms(site, browser, lang, query, stemmed):
    tab = browser.new_page()
    tab.goto(site.url + prefix(lang))
    hrefs = search(tab, query).evaluate_all("links => links.map(link => link.href)")
    outside = [href for href in hrefs if href.startswith(site.url + "en/") != (lang == "en")]
    assert not outside, f"{query!r} on the {lang} pages leads to other-language pages: {outside[:5]}"
    if stemmed:
        marked = {re.sub(r"\W+$", "", text.lower())
                  for text in tab.locator(".md-search-result mark").all_inner_texts()}
        assert stemmed in marked, f"{query!r} should find {stemmed!r}; highlighted: {sorted(marked)[:20]}"
    tab.close()


def test_each_language_loads_its_own_index_of_its_own_pages(site):
    for page in site.pages():
        found = CONFIG.search(page.read_text(encoding="utf-8"))
        if not found:  # redirects and print packs' shells have no search
            continue
        lang = "en" if page.relative_to(site.dir).parts[0] == "en" else "es"
        index = urljoin(urljoin(site.url_of(page), json.loads(found[1])["base"]), "search/search_index.json")
        assert index == site.url + prefix(lang) + "search/search_index.json", f"{page.relative_to(site.dir)} loads {index}"
    for lang in ("es", "en"):
        data = json.loads((site.dir / prefix(lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert data["config"]["lang"] == [lang]
        assert "stemmer" in data["config"]["pipeline"]
        strays = [doc["location"] for doc in data["docs"] if doc["location"].startswith("en/")]
        assert not strays, f"the {lang} index holds other-language pages: {strays[:5]}"


def test_pages_fetch_no_sitemap_no_other_host_only_the_scripts_they_use_and_the_index_on_demand(site, browser):
    ours = re.compile(r"/assets/(?:javascripts/(?:local-time|scroll-regions|worksheets|print-page|case-filters)\.js"
                      r"|vendor/iframe-worker/shim\.js)$")
    for lang in ("es", "en"):
        for path in PAGES:
            tab = browser.new_page()
            requested = []
            tab.on("request", lambda request: requested.append(request.url))
            tab.goto(site.url + prefix(lang) + path, wait_until="networkidle")
            where = f"{prefix(lang)}{path or 'home'}"
            assert not [url for url in requested if url.endswith("sitemap.xml")], f"{where} fetches a sitemap"
            assert all(urlsplit(url).netloc == urlsplit(site.url).netloc for url in requested), \
                f"{where} reaches another host: {requested}"
            scripts = {url.rsplit("/", 1)[1] for url in requested if ours.search(url)}
            expected = {"": set(), "toolkits/innovation/module-1/": {"scroll-regions.js", "print-page.js"},
                        "worksheets/roadmap/": {"scroll-regions.js", "worksheets.js"},
                        "workshops/2023-08-08-tot/": {"scroll-regions.js", "local-time.js"},
                        "cases/estonia-x-road/": set(), "cases/": {"scroll-regions.js", "case-filters.js"},
                        "glossary/": set()}[path]
            assert scripts == expected, f"{where} loads {sorted(scripts)}, needs {sorted(expected)}"
            assert not [url for url in requested if "search_index" in url], f"{where} fetches the index unasked"
            with tab.expect_request(lambda request: "search_index" in request.url) as asked:
                tab.locator(".md-search__input").focus()
            assert asked.value.url == site.url + prefix(lang) + "search/search_index.json", where
            tab.close()


class _Rows(HTMLParser):
    """The text of each cell of each body row of the case index."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.in_body = [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.rows.append([])
        elif tag in ("td", "th") and self.in_body:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tbody":
            self.in_body = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_search_previews_keep_the_words_of_adjacent_cells_apart(site, lang):
    rows = _Rows()
    rows.feed((site.dir / prefix(lang) / "cases" / "index.html").read_text(encoding="utf-8"))
    assert rows.rows, "no case index table"
    data = json.loads((site.dir / prefix(lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(" ".join(doc["text"].split()) for doc in data["docs"] if doc["location"].startswith("cases/#"))
    for cells in rows.rows:
        assert " ".join(cells[1:]) in text, f"case index row not found with spaces between its cells: {cells[1:]}"
