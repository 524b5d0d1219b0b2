"""Spanish first: no English on Spanish pages outside marked quotations, and one name for each thing."""

import re
from pathlib import Path

import pytest
import yaml

import english
from conftest import ROOT, prefix
from macros.content import catalogue, challenges, glossary, modules
from macros.render import toolkit
from macros.render.reader import Reader


def pages_in(site, lang: str) -> list[Path]:
    english_part = site.dir / "en"
    return [page for page in site.pages()
            if (english_part in page.parents) == (lang == "en") and "<html" in page.read_text(encoding="utf-8")[:300]]


def test_spanish_pages_have_no_english_outside_marked_quotations(site):
    """Article, navigation, search box, footer, 404 and print footers: everything a Spanish reader meets."""
    spanish = english.spanish_pages(site.dir)
    assert site.dir / "404.html" in spanish and len(spanish) == len(list((ROOT / "docs").rglob("*.es.md"))) + 1
    found = {page.relative_to(site.dir).as_posix(): hits for page in spanish
             if (hits := english.english_in(page.read_text(encoding="utf-8")))}
    report = "\n".join(f"{page}: " + " | ".join(hits) + f" (English: {', '.join(english_words(hits))})"
                       for page, hits in found.items())
    assert not found, f"English on {len(found)} Spanish page(s), outside lang=\"en\":\n{report}"


def english_words(texts: list[str]) -> list[str]:
    """The English words of `texts`, each once, in order."""
    return list(dict.fromkeys(word.casefold() for text in texts for word in english.english_words(text)))


def test_the_spanish_catalogue_has_no_english_words():
    """Every Spanish text of data/strings.yml, also those only scripts show (messages, confirmations), is Spanish."""
    strings = yaml.safe_load((ROOT / "data" / "strings.yml").read_text(encoding="utf-8"))
    found = {key: hits for key, texts in strings.items()
             if (hits := english_words([re.sub(r"\{\w+\}", " ", texts["es"])]))}  # {placeholders} are not words
    assert not found, "English in Spanish catalogue strings: " + "; ".join(
        f"{key} › es: {strings[key]['es']!r} ({', '.join(hits)})" for key, hits in found.items())


def test_the_english_check_finds_english_but_not_marked_quotations_or_addresses():
    assert english.english_in('<p>Copia de la ley <span>copy posted on Scribd</span>.</p>') == ["la ley copy posted on Scribd"]
    assert english.english_in('<p>El informe <cite lang="en">Report of the Council</cite> (en inglés).</p>') == []
    assert english.english_in('<p lang="en">The <span lang="es">casa</span> of the city</p>') == []
    assert english.english_in('<p>Vea https://example.org/the-report-of-the-office y <code>for x in y</code>.</p>') == []
    assert english.english_in('<input placeholder="Search the site">')  # what a reader sees in a field counts
    assert english.english_in('<p>Hoja de trabajo</p><button type="button">Clear answers</button>') == [
        "de trabajo Clear answers"], "the words of controls and messages are English too"
    assert english.english_in('<button type="button">Borrar mis respuestas</button>') == []


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_page_uses_one_name_for_each_thing(site, lang):
    """Glossary terms (and their variants to avoid), the toolkits' names and the six challenges' wordings, in every
    page's own language."""
    avoid = TOOLKIT_VARIANTS[lang]
    found = {}
    for page in pages_in(site, lang):
        text = english.text_in(page.read_text(encoding="utf-8"), lang)
        hits = glossary.variants(text, lang) + [f"{variant} → {catalogue.text(key, lang)}" for variant, key in avoid.items()
                                                if re.search(re.escape(variant), text)]
        hits += [f"{variant} → {challenge.text(lang)}" for challenge in challenges.all_challenges()
                 for variant in challenge.avoid.get(lang, []) if variant in text]
        if hits:
            found[page.relative_to(site.dir).as_posix()] = hits
    assert not found, f"other names for the same thing: {found}"


TOOLKIT_VARIANTS = {  # names that came back before; the catalogue key of the name to use instead
    "es": {"Capacidades para la transformación del gobierno digital": "toolkit_capacities",
           "caja de herramientas de Transformación Digital": "toolkit_capacities_short",
           "Caja de herramientas de Transformación Digital": "toolkit_capacities_short"},
    "en": {"Capacities for Digital Transformation": "toolkit_capacities",
           "Digital Transformation toolkit": "toolkit_capacities_short"},
}


def test_the_name_check_flags_a_variant():
    assert glossary.variants("Se trabaja en compartimentos estancos.", "es")
    assert not glossary.variants("Se trabaja en silos.", "es")


def navigation(lang: str) -> tuple[list, dict]:
    """mkdocs.yml's nav (Spanish titles) and the translations of its titles into `lang`."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    return config["nav"], next(l.get("nav_translations", {}) for l in i18n["languages"] if l["locale"] == lang)


def nav_titles(lang: str) -> dict[str, str]:
    """Page path → its title in the navigation, in `lang`."""
    nav, translations = navigation(lang)
    found = {}

    def walk(items):
        for item in items:
            for title, target in item.items() if isinstance(item, dict) else ():
                if isinstance(target, list):
                    walk(target)
                else:
                    found[target] = translations.get(title, title)
    walk(nav)
    return found


@pytest.mark.parametrize("lang", ["es", "en"])
def test_module_titles_are_the_same_in_navigation_heading_and_worksheet_index(site, lang):
    nav = nav_titles(lang)
    index = (site.dir / prefix(lang) / "worksheets" / "index.html").read_text(encoding="utf-8")
    for module in modules.all_modules().values():
        name = toolkit.title(module, Reader(lang))
        source = module.path().rstrip("/") + ".md"
        assert nav[source] == name, f"{source}: navigation says {nav[source]!r}, data/modules/{module.id}.yml {name!r}"
        page = (site.dir / prefix(lang) / module.path() / "index.html").read_text(encoding="utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)[1]
        h1 = re.sub(r"<[^>]+>", "", re.sub(r'<a class="headerlink".*?</a>', "", h1)).strip()
        assert h1 == name, f"{module.id} ({lang}): heading {h1!r}, data {name!r}"
        if module.worksheets:
            assert module.title(lang) in index, f"{module.id} ({lang}): the worksheet index does not name {module.title(lang)!r}"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_toolkits_short_names_are_the_navigation_sections(lang):
    nav, translations = navigation(lang)
    sections = [translations.get(title, title) for item in nav for title in item]
    for kit in ("innovation", "capacities"):
        assert catalogue.text(f"toolkit_{kit}_short", lang) in sections, f"{kit}: {sections}"


SPANISH_NUMBER_SLIPS = re.compile(r"(?<![\d.,/])\d\.\d{3}(?![\d.,])"  # 3.500: four digits take no separator
                                  r"|(?<![\d.,/])\d{1,3}(?:,\d{3})+(?![\d,])")  # 12,345: Spanish groups with a point


def test_spanish_numbers_are_written_as_cldr_does_for_ecuador(site):
    found = {page.relative_to(site.dir).as_posix(): SPANISH_NUMBER_SLIPS.findall(english.text_in(page.read_text(encoding="utf-8"), "es"))
             for page in english.spanish_pages(site.dir)}
    assert not {page: slips for page, slips in found.items() if slips}
    assert SPANISH_NUMBER_SLIPS.findall("unos 3.500 trámites, 12,345 personas, 12.345 casos, 0,9717 y 1,5 millones") == ["3.500", "12,345"]
