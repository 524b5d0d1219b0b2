"""A toolkit's facilitator guide, from data/modules/ and data/worksheets/: the days at a glance; per
module the timed plan, what to prepare, and each worksheet's steps, debrief questions and tips; every
material; and a print list whose pages per copy are those of the PDFs `make pdf` prints, recorded in
data/print-pages.yml (facilitator-guide.js recomputes the copies for the number of participants).
"""

from markupsafe import Markup, escape

from ..base import html
from ..base.errors import DataError, line
from ..content import modules, print_pages, worksheets
from ..content.print_pages import PAPERS
from . import printing, toolkit, worksheet_form
from .reader import Reader

PART = ".guide-part"  # on paper, each day, the materials and the print list start a new page
PARTICIPANTS = 25  # the print list's default; the reader can change it on the page


def guide(toolkit_id: str, r: Reader) -> str:
    """The whole guide as Markdown (its headings go into the page's table of contents)."""
    chosen = [module for module in modules.all_modules().values() if module.toolkit == toolkit_id]
    if not chosen:
        raise DataError(line(f"facilitator_guide('{toolkit_id}')", "no module of data/modules/ has this toolkit",
                             "use the `toolkit:` of its modules, e.g. innovation"))
    t = r.t
    parts = [Markup('<div class="print-controls">{}{}</div>').format(printing.button("guide_print_button", r),
                                                                    printing.paper_choice(r)),
             _heading(2, t("guide_days"), "days"), _days(chosen, r)]
    for module in chosen:
        parts += [_heading(2, t("key_points_day", day=module.day, module=toolkit.title(module, r)), module.id, PART),
                  Markup('<p><a href="{}">{}</a> · <a href="{}">{}</a></p>').format(
                      r.link(module.path()), t("guide_module_page"), r.link(module.deck_path()), t("deck_link")),
                  _heading(3, t("guide_plan"), f"{module.id}-plan"), toolkit.session_plan(module.id, r),
                  _heading(3, t("guide_prepare"), f"{module.id}-prepare"), html.bullet_list(_materials([module], r))]
        for sheet in map(worksheets.load, module.worksheets):
            parts += [_heading(3, t("guide_worksheet", title=sheet.title(r)), f"{module.id}-{sheet.id}"),
                      _worksheet(sheet, r)]
    parts += [_heading(2, t("guide_materials"), "materials", PART), _all_materials(chosen, r),
              _heading(2, t("guide_print"), "print-list", PART), _print_list(chosen, r)]
    return "\n\n".join(map(str, parts))


def _heading(level: int, text: str, anchor: str, css: str = "") -> str:
    """A Markdown heading, so it goes into the page's table of contents; `css` classes it (attr_list)."""
    return f"{'#' * level} {escape(text)} {{ #{anchor}{' ' + css if css else ''} }}"


def _days(chosen: list[modules.Module], r: Reader) -> Markup:
    t = r.t
    rows = []
    for module in chosen:
        sheets = html.bullet_list([Markup('<a href="{}">{}</a>').format(r.link(f"worksheets/{sheet.id}/"), sheet.title(r))
                                   for sheet in map(worksheets.load, module.worksheets)])
        rows.append(([str(module.day), Markup('<a href="#{}">{}</a>').format(module.id, toolkit.title(module, r)),
                      f"{toolkit.span(module.start, module.duration or 0)} ({r.duration(module.duration or 0)})", sheets or "—"], None))
    return html.table(t("guide_days_caption"), [t("overview_day"), t("overview_module"), t("guide_hours"),
                                                t("guide_worksheets")], rows, row_header=1, labels=True)


def _materials(chosen: list[modules.Module], r: Reader) -> list[str]:
    """The materials of the modules' sessions, each once, in order of first use."""
    return list(dict.fromkeys(material(r) for module in chosen for session in module.sessions
                              for material in session.materials))


def _worksheet(sheet: worksheets.Worksheet, r: Reader) -> Markup:
    """A worksheet's link, length, group and materials, then its timed steps, debrief questions and tips."""
    t = r.t
    facts = Markup('<p><a href="{}">{}</a> · {} · {}</p>').format(
        r.link(f"worksheets/{sheet.id}/"), t("guide_open_worksheet"), r.duration(sheet.duration), sheet.group_size(r))
    materials = Markup("<p><strong>{}</strong></p>{}").format(t("guide_sheet_materials"),
                                                              html.bullet_list([m(r) for m in sheet.materials]))
    return facts + (materials if sheet.materials else Markup("")) + worksheet_form.facilitator_notes(sheet, r)


def _all_materials(chosen: list[modules.Module], r: Reader) -> Markup:
    """Every session material with the days that use it."""
    t = r.t
    days: dict[str, list[str]] = {}
    for module in chosen:
        for material in _materials([module], r):
            days.setdefault(material, []).append(str(module.day))
    rows = [([material, ", ".join(on)], None) for material, on in days.items()]
    return html.table(t("guide_materials_caption"), [t("guide_material"), t("guide_material_days")], rows, labels=True)


def _print_list(chosen: list[modules.Module], r: Reader) -> Markup:
    """Each worksheet's and deck handout's pages per copy on A4 and Letter, and for N participants (N chosen on the page)."""
    t = r.t
    recorded = print_pages.recorded()
    rows, totals = [], dict.fromkeys(PAPERS, 0)
    for module in chosen:
        printed = [(sheet.id, f"worksheets/{sheet.id}/", sheet.title(r)) for sheet in map(worksheets.load, module.worksheets)]
        printed.append((print_pages.deck_key(module), module.deck_path(), t("deck_handout", number=module.number)))
        for key, path, name in printed:
            pages = recorded.get(key)
            counts = [getattr(getattr(pages, r.code), paper) if pages else None for paper in PAPERS]
            for paper, count in zip(PAPERS, counts):
                totals[paper] += count or 0
            rows.append(([Markup('<a href="{}">{}</a>').format(r.link(path), name),
                          str(module.day), *(_count(c) for c in counts), *(_copies(c) for c in counts)], None))
    n = Markup('<span data-participants>{}</span>').format(PARTICIPANTS)
    papers = ("A4", t("worksheet_letter"))
    columns = [t("guide_print_sheet"), t("overview_day"), *(t("guide_per_copy", paper=p) for p in papers),
               *(t("guide_in_all", paper=p) for p in papers)]
    table = html.table(Markup(escape(t("guide_print_caption"))).format(n=n), columns, rows, labels=True,
                       foot=[(t("agenda_total"), 2), *((_count(totals[p]), 1) for p in PAPERS),
                             *((_copies(totals[p]), 1) for p in PAPERS)])
    field = Markup('<p class="print-list__participants" hidden data-js><label for="participants">{}</label> '
                   '<input type="number" id="participants" min="1" max="999" step="1" value="{}" inputmode="numeric"></p>').format(
        t("guide_participants"), PARTICIPANTS)
    return Markup('<div class="print-list">{}{}<p>{}</p></div>').format(field, table, t("guide_print_note"))


def _count(pages: int | None) -> str:
    return str(pages) if pages else "—"


def _copies(pages: int | None) -> Markup:
    if not pages:
        return Markup("—")
    return Markup('<span data-per-copy="{}">{}</span>').format(pages, pages * PARTICIPANTS)
