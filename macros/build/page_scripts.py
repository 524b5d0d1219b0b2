"""A page loads only the scripts of ours it uses; mkdocs.yml lists them all, deferred.

Each script is kept on the pages that hold what it works on, and dropped from the others. The
iframe-worker shim (search from file://) goes into the offline copy only.
"""

import re

LEARNING = ('class="path"', 'class="path-cards"', 'class="diagnosis"', 'class="continue"', 'class="progress-tools"')
USED_BY = {  # script → what a page holds when it needs the script (any of them)
    "local-time.js": ("data-zones=",),         # an agenda (render/agenda.py)
    "scroll-regions.js": ("<table",),          # a table, which Material may wrap in a scroll box
    "store.js": ("data-worksheet=", "data-quiz=", "data-paper", 'class="group-results"') + LEARNING,  # what the browser keeps
    "worksheets.js": ("data-worksheet=",),     # a worksheet or print pack (render/worksheet_form.py)
    "quiz.js": ("data-quiz=",),                # a quiz (render/quizzes.py)
    "learning.js": LEARNING,                   # paths, progress and their tools (render/learning.py)
    "group-results.js": ('class="group-results"',),  # the group results page (render/group_results.py)
    "print-page.js": ("data-print-page",),     # a print button (render/printing.py)
    "print-list.js": ('class="print-list"',),  # a facilitator guide's print list (render/facilitator_guide.py)
    "case-filters.js": ('class="case-filters"',),  # the case index (render/cases.py)
}
SHIM = "assets/vendor/iframe-worker/shim.js"  # Material's offline plugin would take it from a CDN
_SCRIPT = re.compile(r'<script src="[^"]*assets/javascripts/(?P<name>{})" defer></script>\n?'.format(
    "|".join(map(re.escape, USED_BY))))


def only_used(html: str) -> str:
    """`html` without the script tags of ours that the page has nothing for."""
    return _SCRIPT.sub(lambda m: m[0] if any(marker in html for marker in USED_BY[m["name"]]) else "", html)


def polyfills(offline: bool) -> list[str]:
    """Material's `extra.polyfills`: the shim in the offline copy, nothing online (where it would only cost a request)."""
    return [SHIM] if offline else []
