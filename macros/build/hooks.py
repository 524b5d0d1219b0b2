"""MkDocs hooks (mkdocs.yml `hooks:`): site-wide checks and the template helpers; each job in a module of
its own beside this one.

- every page has its translation, with the same headings (parity.py);
- every data file valid, and what one names in another exists, before any page is built (content/);
- front matter uses known keys only (frontmatter.py);
- templates get `t(key)` from the catalogue;
- one bilingual 404.html, written by the default-language build;
- two gaps of Material mended in the HTML, and x-default alternates in sitemap.xml (material_fixes.py);
- one search index per language, words of adjacent blocks kept apart (search_index.py);
- each page loads only the scripts it uses; the offline shim only offline, offline.js only published (page_scripts.py);
- a calendar file (.ics) per event and language (render/calendar.py);
- "Download PDF (A4 / Letter)" under the title of the pages `make pdf` prints (pdf.py);
- a notice on a page whose twin changed since they were aligned (translations.py);
- Markdown tables captioned, abbreviations explained at their first use (tables.py, abbreviations.py);
- the printed footer of every page: title · language · address (print_footer.py);
- a web app manifest per language, linked from every page (web_manifest.py).
"""

import gzip
import re
import sys
from html import unescape
from pathlib import Path

# MkDocs loads this file on its own: make `macros` importable as the package it is.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from macros.base import language, links  # noqa: E402
from macros.base.errors import DataError  # noqa: E402
from macros.build import (abbreviations, frontmatter, material_fixes, offline, page_scripts, parity, pdf,  # noqa: E402
                          print_footer, search_index, site_date, tables, translations, web_manifest)
from macros.content import cases, challenges, datafiles, events, glossary, paths, slides, survey, toolkits  # noqa: E402
from macros.render import calendar  # noqa: E402
from macros.render.reader import Reader  # noqa: E402
from markupsafe import escape  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402


@event_priority(50)  # before Material's offline plugin, which would add the shim from a CDN
def on_config(config):
    config["extra"]["polyfills"] = page_scripts.polyfills(offline.enabled(config))
    return config


def on_pre_build(config):
    if language.current(config) == language.LANGUAGES[0]:  # a build (or a `mkdocs serve` rebuild) starts
        datafiles.new_build()


def on_files(files, config):
    """Before any page is built: translations complete, data files valid."""
    languages = config["plugins"]["i18n"].config["languages"]
    nav_titles = {lang.locale: lang.nav_translations or {} for lang in languages if not lang.default}
    found = parity.problems(Path(config["docs_dir"])) + parity.untranslated_nav(config["nav"], nav_titles)
    if found:
        raise DataError("\n".join(found))
    Reader(language.current(config)).t("babel_locale")  # the catalogue
    events.all_events()
    toolkits.check_links()  # modules, worksheets and references, and the links between them
    slides.check_all()  # each presentation's slides, tied to its session and to its module page's citations
    glossary.all_terms()
    cases.all_cases()
    challenges.all_challenges()
    paths.all_paths()  # and the challenges, modules, cases, worksheets and quizzes their steps name
    translations.recorded(Path(config["docs_dir"]))
    survey.load()
    site_date.today()
    return files


def on_page_markdown(markdown, page, config, files):
    frontmatter.check(page.meta, page.file.src_uri)
    frontmatter.escape_texts(page.meta)
    return markdown + "\n\n" + abbreviations.definitions(language.current(config)) + "\n"  # tooltips


FOOTNOTE_BACK = re.compile(r'(class="footnote-backref" href="[^"]*" title=")Jump back to footnote (\d+) in the text"')


def on_page_content(html, page, config, files):
    r = Reader(language.current(config), page.url)
    deck = page.meta.get("template") == "deck.html"
    if offline.downloads_made(config):
        html = pdf.with_download_links(html, r, deck)
    stem = parity.PAGE.match(page.file.src_uri)["stem"]
    if not deck:  # a deck's twin follows from the same data
        html = html.replace("</h1>", "</h1>" + str(translations.notice(stem, r, Path(config["docs_dir"]))), 1)
    html = FOOTNOTE_BACK.sub(lambda m: m[1] + r.t("footnote_back", number=m[2]) + '"', html)
    # The toc's ¶ links are named for screen readers, not given a title that Material would turn into a tooltip.
    html = html.replace('title="Permanent link"', f'aria-label="{r.t("permalink")}"')
    return search_index.spaced(tables.caption(abbreviations.first_uses(html), page.file.src_uri))


def on_env(env, config, files):
    lang = language.current(config)
    # Every language build writes the site root's 404.html: let only the default one do it.
    templates = config["theme"].static_templates
    (templates.add if lang == language.LANGUAGES[0] else templates.discard)("404.html")
    # Material's templates do not escape what they print: catalogue text goes in as HTML text.
    env.globals["t"] = lambda key, in_lang=None: escape(Reader(in_lang or language.current(config)).t(key))
    env.globals["web_manifest"] = None if offline.enabled(config) else web_manifest.name(lang)  # not from file://
    env.globals["theme_color"] = web_manifest.THEME
    for scheme in config["theme"]["palette"]:  # mkdocs.yml names catalogue keys
        toggle = scheme["toggle"]
        toggle.setdefault("key", toggle["name"])
        toggle["name"] = escape(Reader(lang).t(toggle["key"]))
    return env


def on_post_page(output, page, config):
    lang = language.current(config)
    output = search_index.page_config(_mend(output, config), lang, language.LANGUAGES[0])
    footer = print_footer.style(unescape(page.title or config["site_name"]), lang, page.url, config["site_url"])
    output = page_scripts.only_used(output.replace("</head>", footer + "</head>", 1))
    # the published site (`make site`) registers the service worker; previews and the offline copy never do
    return page_scripts.with_worker(output, Reader(lang, page.url)) if offline.downloads_made(config) else output


def on_post_build(config):
    """Write each event's calendar file and the search index in this language; x-default in the sitemap."""
    lang = language.current(config)
    site = Path(config["site_dir"])
    for event in events.all_events():
        page = links.in_language(links.page_path(event.page) if event.page else "", lang)
        target = site / links.in_language(calendar.path(event), lang)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(calendar.ics(event, Reader(lang), links.absolute(page, config["site_url"])))
    sitemap = site / "sitemap.xml"
    if lang != language.LANGUAGES[0] and sitemap.is_file():  # the last language built: the sitemap is complete
        xml = material_fixes.sitemap_with_x_default(sitemap.read_text(encoding="utf-8"), language.LANGUAGES[0])
        sitemap.write_text(xml, encoding="utf-8")
        (site / "sitemap.xml.gz").write_bytes(gzip.compress(xml.encode(), mtime=0))
    search_index.write_language_index(config, lang, language.LANGUAGES[0], offline.enabled(config))
    web_manifest.write(config["site_dir"], lang)
    search_index.write_worker(config["site_dir"])


def on_post_template(output, template_name, config):
    return _mend(output, config) if template_name.endswith(".html") else output


def _mend(html, config):
    return material_fixes.mend(html, Reader(language.current(config)).t("search_dialog"))
