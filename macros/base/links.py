"""Addresses inside the built site, for both languages."""

from pathlib import Path
from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from .language import LANGUAGES

OFFLINE_ZIP = "site-offline.zip"  # the offline copy (`make offline`), at the site root for both languages


def in_language(path: str, lang: str) -> str:
    """A site path in a language's part of the site: 'about/' → 'es/about/' for Spanish."""
    return path if lang == LANGUAGES[0] else f"{lang}/{path}"


def neutral(url: str, lang: str) -> str:
    """A page's URL without its language's part: 'en/about/' → 'about/' (the inverse of `in_language`)."""
    return url if lang == LANGUAGES[0] else url.removeprefix(f"{lang}/")


def page_path(src: str) -> str:
    """The site path of a docs page given by its language-neutral name: 'workshops/index.md' → 'workshops/'."""
    stem = src.removesuffix(".md")
    stem = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return stem


def served(path: str, config) -> str:
    """`path` as the site serves it: 'cases/x/#a' stays so with directory URLs; the offline copy
    (use_directory_urls off) has 'cases/x.html#a', and 'cases/' → 'cases/index.html'."""
    page, hash_, anchor = path.partition("#")
    if config["use_directory_urls"] or not (page == "" or page.endswith("/")):
        return path
    folder = page.rstrip("/")
    section = not folder or any((Path(config["docs_dir"]) / folder).glob("index.*.md"))
    return (f"{folder}/index.html" if section else f"{folder}.html").removeprefix("/") + hash_ + anchor


def relative(path: str, from_page_url: str) -> str:
    """`path` (from the site root) as a link from the page at `from_page_url`."""
    return get_relative_url(path, from_page_url)


def absolute(path: str, site_url: str) -> str:
    return urljoin(site_url or "/", path)
