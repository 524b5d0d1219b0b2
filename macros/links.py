"""Addresses inside the built site, for both languages."""

from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from .language import LANGUAGES


def in_language(path: str, lang: str) -> str:
    """A site path in a language's part of the site: 'about/' → 'es/about/' for Spanish."""
    return path if lang == LANGUAGES[0] else f"{lang}/{path}"


def page_path(src: str) -> str:
    """The site path of a docs page given by its language-neutral name: 'workshops/index.md' → 'workshops/'."""
    stem = src.removesuffix(".md")
    stem = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"
    return stem


def relative(path: str, from_page_url: str) -> str:
    """`path` (from the site root) as a link from the page at `from_page_url`."""
    return get_relative_url(path, from_page_url)


def absolute(path: str, site_url: str) -> str:
    return urljoin(site_url or "/", path)
