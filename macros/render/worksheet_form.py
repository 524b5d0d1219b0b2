"""Worksheets as accessible HTML forms: fill on screen, print on paper (see worksheets.js and site.css).

Search finds a worksheet by its title, purpose, steps, questions, statements and options; the
controls, scales, column and quadrant labels and the timing table stay out of the index (`X`).
"""

from markupsafe import Markup

from ..base import html
from ..base.search_marker import EXCLUDE as X
from ..base.search_marker import NOT_INDEXED
from ..content.worksheets import Worksheet
from . import printing
from .reader import Reader

M = Markup


def render(sheet: Worksheet, r: Reader, level: int = 1, context: Markup = Markup(""), record: str = "",
           searchable: bool = True) -> Markup:
    """The worksheet as a form headed by an h`level`, with its facilitator notes; `context` goes under the
    title (a learning path's challenge), `record` keeps its answers apart from the worksheet's own, and a
    copy that is not `searchable` stays out of the index (its own page is found instead)."""
    t = r.t
    sub = level + 1
    parts = [
        M('<h{0} class="worksheet__title" id="{1}"{2}>{3}</h{0}>').format(level, sheet.id, "" if searchable else X,
                                                                         sheet.title(r)),
        context,
        M('<p class="worksheet__purpose">{}</p>').format(sheet.purpose(r)),
        _facts(sheet, r),
        _actions(sheet, r),
        M('<h{0}>{1}</h{0}>').format(sub, t("worksheet_objectives")),
        html.bullet_list([objective(r) for objective in sheet.objectives]),
        M('<h{0}>{1}</h{0}>').format(sub, t("worksheet_instructions")),
        M('<ol class="worksheet__steps">{}</ol>').format(
            M("").join(M("<li>{}</li>").format(step.text(r)) for step in sheet.steps)),
        M('<h{0}>{1}</h{0}>').format(sub, t("worksheet_answers")),
        _identity(sheet, r),
    ]
    for number, item in enumerate(sheet.items, 1):
        uid = f"{sheet.id}-{number}"
        label = M('<span class="worksheet__number">{}.</span> {}').format(number, item.prompt(r))
        parts.append(RENDER[item.kind](item, uid, f"q{number}", label, r))
    parts.append(_facilitator(sheet, r))
    return M('<form class="worksheet" id="worksheet-{}" data-worksheet="{}"{} data-lang="{}" data-confirm="{}">\n{}\n</form>').format(
        sheet.id, sheet.id, html.attributes({"data-record": record or None}), r.code, t("worksheet_clear_confirm"),
        M("\n").join(parts))


def _facts(sheet: Worksheet, r: Reader) -> Markup:
    t = r.t
    facts = [(t("worksheet_duration"), r.duration(sheet.duration)), (t("worksheet_group"), sheet.group_size(r))]
    if sheet.materials:
        facts.append((t("worksheet_materials"), "; ".join(material(r) for material in sheet.materials)))
    return M('<ul class="worksheet__facts"{}>{}</ul>').format(X, 
        M("").join(M("<li><strong>{}</strong> {}</li>").format(term, value) for term, value in facts))


def _actions(sheet: Worksheet, r: Reader) -> Markup:
    """Buttons for the script; hidden until it runs, so a page without JavaScript shows none."""
    t = r.t
    buttons = M("").join(M('<button type="button" class="md-button" data-action="{}">{}</button>').format(action, t(key))
                         for action, key in (("print", "worksheet_print"), ("print-blank", "worksheet_print_blank"),
                                             ("download", "worksheet_download"), ("answer-file", "worksheet_answer_file"),
                                             ("clear", "worksheet_clear")))
    return M('<div class="worksheet__actions" role="group" aria-label="{}"{} hidden data-js>{}{}'
             '<p class="worksheet__saved">{}</p></div>').format(
        t("worksheet_actions"), X, buttons, printing.paper_choice(r), t("worksheet_saved"))


def _identity(sheet: Worksheet, r: Reader) -> Markup:
    t = r.t
    fields = M("").join(
        M('<p><label for="{0}-{1}">{2}</label> <input type="text" id="{0}-{1}" name="{1}" autocomplete="{3}"></p>').format(
            sheet.id, name, t(f"worksheet_{name}"), auto)
        for name, auto in (("name", "name"), ("institution", "organization"), ("date", "off")))
    return M('<fieldset class="worksheet__identity"{}><legend>{}</legend>{}</fieldset>').format(X, t("worksheet_about_you"), fields)


def _text(item, uid, name, label, r) -> Markup:
    rules = M('<span class="worksheet__rules" aria-hidden="true">{}</span>').format(M("<span></span>") * item.lines)
    return M('<div class="worksheet__item worksheet__item--text"><label class="worksheet__prompt" for="{0}">{1}</label>'
             '<div class="worksheet__answer"><textarea id="{0}" name="{2}" rows="{3}"></textarea>{4}</div></div>').format(
        uid, label, name, item.lines, rules)


def _rating(item, uid, name, label, r) -> Markup:
    """One radio group per statement. Wide and on paper the scale heads a grid (its labels stay in each
    choice's name for screen readers); on a phone each statement is a card listing the labelled choices."""
    scale = M("").join(M('<span><span class="worksheet__point">{}</span> {}</span>').format(point, text(r))
                       for point, text in enumerate(item.scale, 1))
    head = M('<div class="worksheet__scale" aria-hidden="true"{}><span>{}</span>{}</div>').format(
        X, item.header(r) if item.header else r.t("worksheet_statement"), scale)
    statements = M("").join(
        M('<fieldset class="worksheet__statement"><legend>{}</legend>{}</fieldset>').format(statement(r), M("").join(
            M('<label class="worksheet__choice"{4}><input type="radio" name="{0}-s{1}" value="{2}"> '
              '<span class="worksheet__point">{2}</span> <span class="worksheet__choice-text">{3}</span></label>').format(
                name, row, point, text(r), X) for point, text in enumerate(item.scale, 1)))
        for row, statement in enumerate(item.statements, 1))
    return M('<fieldset class="worksheet__item worksheet__item--rating"><legend class="worksheet__prompt">{}</legend>'
             '{}{}</fieldset>').format(label, head, statements)


def _ranking(item, uid, name, label, r) -> Markup:
    """Numbers to type; a place given twice is named in the warning under them (worksheets.js fills it from
    `data-message`, a live region that each input names as its description)."""
    options = M("").join(
        M('<li><input type="number" min="1" max="{0}" inputmode="numeric" id="{1}-o{2}" name="{3}-o{2}" '
          'aria-describedby="{1}-repeated"> <label for="{1}-o{2}">{4}</label></li>').format(
            len(item.options), uid, number, name, option(r))
        for number, option in enumerate(item.options, 1))
    return M('<fieldset class="worksheet__item worksheet__item--ranking"><legend class="worksheet__prompt">{}</legend>'
             '<p class="worksheet__hint"{}>{}</p><ul class="worksheet__ranking">{}</ul>'
             '<p class="worksheet__warning" id="{}-repeated" aria-live="polite" data-message="{}"{}></p></fieldset>').format(
        label, X, r.t("worksheet_rank_hint", n=len(item.options)), options, uid, r.t("worksheet_rank_repeated", rank="{rank}"), X)


def _matrix(item, uid, name, label, r) -> Markup:
    x, y = item.x_axis, item.y_axis
    quadrants = [(y.high, x.low), (y.high, x.high), (y.low, x.low), (y.low, x.high)]
    cells = M("").join(
        M('<div class="worksheet__quadrant"><label for="{0}-q{1}">{2}: {3} · {4}: {5}</label>'
          '<textarea id="{0}-q{1}" name="{6}-q{1}" rows="4"></textarea></div>').format(
            uid, number, y.label(r), y_level(r), x.label(r), x_level(r), name)
        for number, (y_level, x_level) in enumerate(quadrants, 1))
    place = M("")
    if item.options:
        place = M('<p class="worksheet__hint"{}>{}</p>').format(X, r.t("worksheet_place")) + html.bullet_list(
            [option(r) for option in item.options])
    return M('<fieldset class="worksheet__item worksheet__item--matrix"><legend class="worksheet__prompt">{}</legend>{}'
             '<div class="worksheet__matrix"{}><p class="worksheet__axis worksheet__axis--y">{} ↑</p>'
             '<div class="worksheet__quadrants">{}</div><p class="worksheet__axis worksheet__axis--x">{} →</p></div>'
             '</fieldset>').format(label, place, X, y.label(r), cells, x.label(r))


def _table(item, uid, name, label, r) -> Markup:
    head = M('<th scope="col"><span class="visually-hidden">#</span></th>') + M("").join(
        M('<th scope="col" id="{}-c{}">{}</th>').format(uid, col, column(r)) for col, column in enumerate(item.columns, 1))
    rows = M("").join(
        M('<tr><th scope="row" id="{0}-r{1}">{1}</th>{2}</tr>').format(uid, row, M("").join(
            M('<td data-label="{4}"><textarea name="{0}-r{1}-c{2}" rows="2" aria-labelledby="{3}-c{2} {3}-r{1}"></textarea></td>').format(
                name, row, col, uid, column(r)) for col, column in enumerate(item.columns, 1)))
        for row in range(1, item.rows + 1))
    return M('<div class="worksheet__item worksheet__item--table"><table class="worksheet__table" data-labelled>'
             '<caption class="worksheet__prompt">{0}</caption><thead{3}><tr>{1}</tr></thead><tbody{3}>{2}</tbody></table></div>').format(
        label, head, rows, X)


def _checklist(item, uid, name, label, r) -> Markup:
    options = M("").join(
        M('<li><input type="checkbox" id="{0}-o{1}" name="{2}-o{1}" value="1"> <label for="{0}-o{1}">{3}</label></li>').format(
            uid, number, name, option(r)) for number, option in enumerate(item.options, 1))
    return M('<fieldset class="worksheet__item worksheet__item--checklist"><legend class="worksheet__prompt">{}</legend>'
             '<ul class="worksheet__checklist">{}</ul></fieldset>').format(label, options)


RENDER = {"text": _text, "rating": _rating, "ranking": _ranking, "matrix": _matrix, "table": _table, "checklist": _checklist}


def facilitator_notes(sheet: Worksheet, r: Reader) -> Markup:
    """The worksheet's timed steps, debrief questions and tips (on its page and in the facilitator guide)."""
    t = r.t
    plan = html.table(t("worksheet_plan", total=r.duration(sheet.duration)),
                      [t("worksheet_step"), t("worksheet_minutes")],
                      [([step.text(r), r.duration(step.minutes)], None) for step in sheet.steps],
                      attrs=NOT_INDEXED)  # the steps are in the instructions
    notes = M("<p><strong>{}</strong></p>{}").format(t("worksheet_debrief"), html.bullet_list([q(r) for q in sheet.facilitator.debrief]))
    if sheet.facilitator.tips:
        notes += M("<p><strong>{}</strong></p>{}").format(t("worksheet_tips"), html.bullet_list([tip(r) for tip in sheet.facilitator.tips]))
    return plan + notes


def _facilitator(sheet: Worksheet, r: Reader) -> Markup:
    """The facilitator notes: a toggle on screen, never printed."""
    return M('<details class="worksheet__facilitator"><summary>{}</summary>{}</details>').format(
        r.t("worksheet_facilitator"), facilitator_notes(sheet, r))

