"""The built site: both languages, the right lang and alternates, the language switcher."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from conftest import ROOT, prefix
from macros.content import modules, worksheets


class Tags(HTMLParser):
    """Collects start tags as (tag, attrs) pairs."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def tags(page: Path) -> Tags:
    return Tags(page.read_text(encoding="utf-8"))


def language_of(site, page: Path) -> str:
    return "en" if page.relative_to(site.dir).parts[0] == "en" else "es"


def source_pages() -> set[str]:
    """Site paths of every page in docs/, e.g. 'about/' for docs/about.es.md."""
    out = set()
    for path in (ROOT / "docs").rglob("*.es.md"):
        rel = path.relative_to(ROOT / "docs").as_posix()[: -len(".es.md")]
        out.add("" if rel == "index" else rel[: -len("index")] if rel.endswith("/index") else rel + "/")
    return out


def test_both_languages_are_built_for_every_page(site):
    for rel in source_pages():
        assert (site.dir / rel / "index.html").is_file(), f"Spanish page missing: {rel}"
        assert (site.dir / "en" / rel / "index.html").is_file(), f"English page missing: en/{rel}"


def test_html_lang_matches_the_language_of_every_page(site):
    wrong = [f"{p.relative_to(site.dir)}: lang={tags(p).find('html')[0].get('lang')}"
             for p in site.pages() if tags(p).find("html")[0].get("lang") != language_of(site, p)]
    assert not wrong, "pages with a wrong <html lang>:\n" + "\n".join(wrong)


def test_spanish_is_at_the_root_and_english_under_en(site):
    assert '<html lang="es"' in (site.dir / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (site.dir / "en" / "index.html").read_text(encoding="utf-8")
    assert not (site.dir / "es").exists()


def test_no_page_head_has_alternates_that_would_make_material_fetch_sitemaps(site):
    """Material fetches sitemap.xml beside each head alternate on every load; hreflang lives in the sitemap."""
    for page in site.pages():
        assert not tags(page).find("link", rel="alternate"), page.relative_to(site.dir)


def test_the_sitemap_gives_every_page_its_hreflang_alternates(site):
    text = (site.dir / "sitemap.xml").read_text(encoding="utf-8")
    for rel in source_pages():
        for lang in ("es", "en", "x-default"):
            link = f'<xhtml:link rel="alternate" hreflang="{lang}" href="{site.url}{prefix(lang.replace("x-default", "es"))}{rel}"/>'
            assert link in text, f"sitemap.xml lacks {link}"


def switcher_target(site, page: Path, lang: str) -> str:
    links = tags(page).find("a", hreflang=lang, **{"class": "md-select__link"}) or tags(page).find(
        "a", hreflang=lang, **{"class": "deck-language"})  # a slide deck's toolbar
    assert links, f"{page}: no language switcher link to '{lang}'"
    return urljoin(site.url_of(page), links[0]["href"])


def test_switcher_leads_to_the_same_page_in_the_other_language_and_back(site):
    for rel in source_pages():
        es = site.dir / rel / "index.html"
        en = site.dir / "en" / rel / "index.html"
        assert switcher_target(site, en, "es") == site.url_of(es)
        assert switcher_target(site, es, "en") == site.url_of(en)
        assert urlsplit(site.url_of(en)).path.startswith("/governance-sdgs/en/")


def test_404_page_speaks_both_languages_and_links_both_homes(site):
    page = (site.dir / "404.html").read_text(encoding="utf-8")
    assert re.search(r'<html lang="es"', page)
    assert page.index("Página no encontrada") < page.index("Page not found")  # Spanish first
    assert 'Page not found' in page and 'Página no encontrada' in page
    homes = {a["hreflang"]: a["href"] for a in Tags(page).find("a") if a.get("hreflang") and "md-select__link" not in a.get("class", "")}
    assert homes == {"es": "/governance-sdgs/", "en": "/governance-sdgs/en/"}


def test_footer_and_dates_come_in_the_page_language(site):
    es_home = (site.dir / "index.html").read_text(encoding="utf-8")
    en_home = (site.dir / "en" / "index.html").read_text(encoding="utf-8")
    assert "Departamento de Asuntos Económicos y Sociales" in es_home
    assert "Department of Economic and Social Affairs" in en_home
    assert "Department of Economic and Social Affairs" not in es_home.split('md-copyright')[1]
    assert 'title="Cambiar al modo oscuro"' in es_home and 'title="Switch to dark mode"' in en_home
    assert "8 de agosto de 2023" in (site.dir / "about" / "index.html").read_text(encoding="utf-8")
    assert "8 August 2023" in (site.dir / "en" / "about" / "index.html").read_text(encoding="utf-8")


def search_locations(site, lang: str) -> set[str]:
    index = json.loads((site.dir / prefix(lang) / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"] for doc in index["docs"]}


def test_each_language_index_covers_every_page_of_that_language(site):
    assert (site.dir / "assets" / "javascripts" / "lunr" / "min" / "lunr.es.min.js").is_file()  # the Spanish stemmer
    for lang in ("es", "en"):
        locations = search_locations(site, lang)
        excluded = {f"worksheets/pack-{module}/" for module in worksheets.by_module()}  # on purpose: they repeat pages,
        excluded |= {module.deck_path() for module in modules.all_modules().values()}  # as do the slide decks
        excluded.add("offline/")  # the page a worker shows for what is not kept: nobody searches for it
        for rel in source_pages() - excluded:
            assert rel in locations, f"page {rel!r} missing from the {lang} search index"


def test_tot_page_shows_the_computed_new_york_times_and_its_calendar(site):
    for lang in ("es", "en"):
        page = (site.dir / prefix(lang) / "workshops" / "2023-08-08-tot" / "index.html").read_text(encoding="utf-8")
        # the report printed 01:30–02:30 pm
        assert re.search(r'<td[^>]*><span class="agenda__time">10:30–11:30</span></td>\s*<td[^>]*><span class="agenda__time">11:30–12:30</span></td>', page)
        assert "13:30" not in page
        assert 'href="../../calendar/2023-08-08-tot.ics"' in page  # the calendar file of the page's language
        assert "SUMMARY:" + ("Formación" if lang == "es" else "Online Training") in (
            site.dir / prefix(lang) / "calendar" / "2023-08-08-tot.ics").read_text(encoding="utf-8")


def test_print_packs_stay_out_of_search_but_their_worksheets_are_in_it(site):
    for lang in ("es", "en"):
        locations = search_locations(site, lang)
        assert not [where for where in locations if "pack-" in where]  # they repeat the worksheets word for word
        assert "worksheets/roadmap/" in locations
