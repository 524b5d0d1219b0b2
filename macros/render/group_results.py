"""The group results page: a facilitator drops the participants' answer files and sees, per item,
what the group said (group-results.js does the counting in the browser; nothing is uploaded).

The page carries every worksheet's items in its language as JSON, so files exported from the
Spanish and the English pages merge: answers are keyed by language-neutral item names.
"""

import json

from markupsafe import Markup

from ..base.search_marker import EXCLUDE as X
from ..content import worksheets
from . import printing
from .reader import Reader

STRINGS = ("results_files_read", "results_files_refused", "results_not_answer_file", "results_other_worksheet",
           "results_newer_version", "results_corrupt", "results_twice", "results_unknown_worksheet",
           "results_participant", "results_median", "results_answers", "results_option",
           "results_mean_rank", "results_borda", "results_ranked_by", "results_ranked_by_value", "results_position",
           "results_order_rule", "results_repeated", "results_previous", "results_next", "results_fullscreen",
           "results_leave", "results_slide",
           "results_quadrant", "results_count", "results_percent", "results_percent_value", "results_chart", "results_no_answers",
           "results_rating_caption", "results_ranking_caption", "results_matrix_caption", "results_checklist_caption")


def _item(number: int, item, r: Reader) -> dict:
    """An item as the script needs it: its field name, kind, prompt and labels."""
    out = {"name": f"q{number}", "kind": item.kind, "prompt": item.prompt(r)}
    if item.kind == "rating":
        out |= {"scale": [point(r) for point in item.scale], "statements": [s(r) for s in item.statements],
                "header": item.header(r) if item.header else r.t("results_statement")}
    elif item.kind in ("ranking", "checklist"):
        out["options"] = [option(r) for option in item.options]
    elif item.kind == "matrix":
        x, y = item.x_axis, item.y_axis
        out["quadrants"] = [f"{y.label(r)}: {ys(r)} · {x.label(r)}: {xs(r)}"
                            for ys, xs in ((y.high, x.low), (y.high, x.high), (y.low, x.low), (y.low, x.high))]
    elif item.kind == "table":
        out |= {"columns": [column(r) for column in item.columns], "rows": item.rows}
    return out


def page(r: Reader) -> Markup:
    """The file picker, the worksheet choice, the anonymous switch, the downloads and the present view's button
    (enabled by the script once there are results), and an empty results area."""
    t = r.t
    sheets = worksheets.all_worksheets()
    data = {"lang": r.code, "strings": {key: t(key) for key in STRINGS},
            "worksheets": {sheet.id: {"title": sheet.title(r),
                                      "items": [_item(n, item, r) for n, item in enumerate(sheet.items, 1)]}
                           for sheet in sorted(sheets.values(), key=lambda s: s.title(r))}}
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    options = Markup("").join(Markup('<option value="{}">{}</option>').format(sheet_id, sheet["title"])
                              for sheet_id, sheet in data["worksheets"].items())
    return Markup(
        '<div class="group-results" hidden data-js{0}>\n'
        '<p class="group-results__private">{1}</p>\n'
        '<fieldset class="group-results__controls"><legend>{2}</legend>'
        '<p><label for="results-worksheet">{3}</label> <select id="results-worksheet"><option value="">{4}</option>{5}</select></p>'
        '<p><label for="results-files">{6}</label> <input type="file" id="results-files" multiple accept=".json,application/json"></p>'
        '<p><label><input type="checkbox" name="anonymous"> {7}</label></p>'
        '<p class="group-results__actions"><button type="button" class="md-button" data-action="markdown">{8}</button> '
        '<button type="button" class="md-button" data-action="csv">{9}</button> '
        '<button type="button" class="md-button" data-action="print">{10}</button> '
        '<button type="button" class="md-button" data-action="present" disabled>{14}</button> '
        '<button type="button" class="md-button" data-action="reset">{11}</button></p>{13}</fieldset>\n'
        '<div class="group-results__files" role="status" aria-live="polite"></div>\n'
        '<div class="group-results__output"></div>\n'
        '<script type="application/json" id="group-results-data">{12}</script>\n</div>').format(
        X, t("results_private"), t("results_controls"), t("results_worksheet"), t("results_any_worksheet"), options,
        t("results_choose_files"), t("results_anonymous"), t("results_download_md"), t("results_download_csv"),
        t("results_print"), t("results_reset"), Markup(payload), printing.paper_choice(r), t("results_present"))
