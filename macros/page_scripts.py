"""A page loads only the scripts of ours it uses; mkdocs.yml lists them all, deferred.

Each script is kept on the pages that hold what it works on, and dropped from the others. The
iframe-worker shim (search from file://) goes into the offline copy only.
"""

import re

USED_BY = {  # script → what a page holds when it needs the script
    "local-time.js": "data-zones=",         # an agenda (macros/agenda.py)
    "scroll-regions.js": "<table",          # a table, which Material may wrap in a scroll box
    "worksheets.js": "data-worksheet=",     # a worksheet or print pack (macros/worksheet_form.py)
    "print-page.js": "data-print-page",     # a "Print this module" button (macros/__init__.py)
    "case-filters.js": 'class="case-filters"',  # the case index (macros/cases.py)
}
SHIM = "assets/vendor/iframe-worker/shim.js"  # Material's offline plugin would take it from a CDN
_SCRIPT = re.compile(r'<script src="[^"]*assets/javascripts/(?P<name>{})" defer></script>\n?'.format(
    "|".join(map(re.escape, USED_BY))))


def only_used(html: str) -> str:
    """`html` without the script tags of ours that the page has nothing for."""
    return _SCRIPT.sub(lambda m: m[0] if USED_BY[m["name"]] in html else "", html)


def polyfills(offline: bool) -> list[str]:
    """Material's `extra.polyfills`: the shim in the offline copy, nothing online (where it would only cost a request)."""
    return [SHIM] if offline else []
