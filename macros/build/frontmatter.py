"""The front-matter keys a page may use."""

from markupsafe import escape

from ..base.errors import DataError, line

ALLOWED = {
    "title": "the page title",
    "description": "a one-line summary for search engines",
    "hide": "parts of the page to hide",
    "icon": "a navigation icon",
    "status": "a navigation badge",
    "search": "search settings",
    "template": "a template from overrides/",
}
HIDEABLE = {"navigation", "toc", "footer", "path", "tags", "feedback"}


def check(meta: dict, page_path: str) -> None:
    """Stop the build on an unknown key or a bad `hide` list in a page's front matter."""
    for key, value in meta.items():
        if key not in ALLOWED:
            raise DataError(line(f"docs/{page_path}: front matter '{key}'", "is not a known key",
                                 f"use one of: {', '.join(sorted(ALLOWED))}"))
        if key == "hide":
            unknown = set(value if isinstance(value, list) else [value]) - HIDEABLE
            if unknown:
                raise DataError(line(f"docs/{page_path}: front matter 'hide'",
                                     f"cannot hide {', '.join(sorted(map(str, unknown)))}",
                                     f"list some of: {', '.join(sorted(HIDEABLE))}"))


def escape_texts(meta: dict) -> None:
    """Title and description as HTML text: Material's templates print them unescaped (in <title>, the
    description's attribute and the navigation), so a quote or a `<` would break the page."""
    for key in ("title", "description"):
        if isinstance(meta.get(key), str):
            meta[key] = escape(meta[key])
