"""A page loads only the scripts of ours it uses; mkdocs.yml lists them all, deferred.

Each script is kept on the pages that hold what it works on, and dropped from the others. The
iframe-worker shim (search from file://) goes into the offline copy only; its mirror image,
offline.js (issue 30: registers the service worker, the update notice, "Save for use without a
connection"), goes into every page of the published site only (`make site`), never a preview or the
offline copy.
"""

import json
import re

from markupsafe import Markup

from ..base import links
from ..render.reader import Reader

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


WORKER_SCRIPT = "assets/javascripts/offline.js"


def with_worker(html: str, r: Reader) -> str:
    """`html` (the page at `r.page_url`) with offline.js, given the site root and the update notice's words."""
    strings = json.dumps({key: r.t("offline_" + key) for key in ("update", "update_button")},
                         ensure_ascii=False, separators=(",", ":"))
    tag = Markup('<script src="{}" defer data-offline data-root="{}" data-strings="{}"></script>\n').format(
        links.relative(WORKER_SCRIPT, r.page_url), links.relative("", r.page_url).rstrip("/") + "/", strings)
    return html.replace("</body>", str(tag) + "</body>", 1)
