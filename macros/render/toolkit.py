"""Toolkit pages: session plans, the programme overview, activities and readings, all from data/modules/."""

import datetime

from markupsafe import Markup

from ..base import html
from ..base.search_marker import NOT_INDEXED
from ..content import modules, references, worksheets
from .citations import PageSources
from .reader import Reader


def title(module: modules.Module, r: Reader) -> str:
    return r.t("module_label", number=module.number, title=module.title(r))


def later(start: datetime.time, minutes: int) -> datetime.time:
    """The clock time `minutes` after `start` (a day's plan stays within the day)."""
    return (datetime.datetime.combine(datetime.date(2000, 1, 1), start) + datetime.timedelta(minutes=minutes)).time()


def span(start: datetime.time, minutes: int) -> str:
    """'09:00–12:00': a stretch of clock time on the day's plan."""
    return f"{start:%H:%M}–{later(start, minutes):%H:%M}"


def session_plan(module_id: str, r: Reader) -> Markup:
    """The module's sessions with clock times, method, materials and the total."""
    module = modules.load(module_id)
    t = r.t
    start, rows = module.start, []
    for session in module.sessions:
        rows.append(([Markup('<span class="agenda__time">{}</span>').format(span(start, session.minutes)), session.title(r),
                      session.method(r), ", ".join(m(r) for m in session.materials) or "—"], None))
        start = later(start, session.minutes)
    total = r.duration(module.duration or 0)
    table = html.table(t("plan_caption", number=module.number, total=total),
                       [t("plan_time"), t("plan_session"), t("plan_method"), t("plan_materials")], rows, row_header=1,
                       foot=[(t("agenda_total"), 3), (total, 1)], labels=True, attrs=NOT_INDEXED)
    return table + deck_link(module, r)


def deck_link(module: modules.Module, r: Reader) -> Markup:
    """"Slides to project", linked to the module's deck, and what the deck holds."""
    return Markup('<p class="deck-link"><a href="{}">{}</a> ({})</p>').format(
        r.link(module.deck_path()), r.t("deck_link"), r.t("deck_link_hint"))


def overview(toolkit: str, r: Reader) -> Markup:
    """Day → module → sessions, from the same data as the session plans."""
    t = r.t
    rows = []
    for module in modules.all_modules().values():
        if module.toolkit != toolkit:
            continue
        sessions = html.bullet_list([f"{s.title(r)} ({r.duration(s.minutes)})" for s in module.sessions])
        link = Markup('<a href="{}">{}</a>').format(r.link(module.path()), title(module, r))
        rows.append(([str(module.day), link, sessions, r.duration(module.duration or 0)], None))
    return html.table(t("overview_caption"), [t("overview_day"), t("overview_module"), t("overview_sessions"),
                                              t("agenda_duration")], rows, row_header=1, labels=True,
                      attrs=NOT_INDEXED)  # the module pages hold the same sessions


def activities(module_id: str, r: Reader) -> Markup:
    """The module's worksheets, linked, with duration and kinds of activity."""
    module = modules.load(module_id)
    items = []
    for sheet_id in module.worksheets:
        sheet = worksheets.load(sheet_id)
        kinds = ", ".join(r.t(f"wskind_{kind}") for kind in sheet.kinds())
        items.append(Markup('<a href="{}">{}</a> — {} · {}').format(
            r.link(f"worksheets/{sheet.id}/"), sheet.title(r), r.duration(sheet.duration), kinds))
    return html.bullet_list(items)


def readings(module_id: str, sources: PageSources) -> Markup:
    return sources.entries(modules.load(module_id).readings)


def all_readings(r: Reader, sources: PageSources) -> Markup:
    """Every reference, grouped by toolkit and by the modules that list it; the rest at the end."""
    parts, used, toolkit = [], set(), None
    for module in modules.all_modules().values():
        if module.toolkit != toolkit:
            toolkit = module.toolkit
            parts.append(Markup('<h2 id="{}">{}</h2>').format(toolkit, r.t(f"toolkit_{toolkit}")))
        if module.readings:
            parts.append(Markup('<h3 id="{}">{}</h3>').format(module.id, title(module, r)))
            parts.append(sources.entries(module.readings, searchable=True))
            used.update(module.readings)
    rest = [key for key in references.all_references() if key not in used]
    if rest:
        parts.append(Markup('<h2 id="other-references">{}</h2>').format(r.t("readings_other")))
        parts.append(sources.entries(rest, searchable=True))
    return Markup("\n").join(parts)


def key_points(module_id: str, r: Reader, sources: PageSources) -> Markup:
    """A module's key points, as a list, each followed by the citations of its sources."""
    return Markup('<ul class="key-points">{}</ul>').format(Markup("").join(
        Markup("<li>{}{}</li>").format(point(r), Markup("").join(Markup(" {}").format(sources.cite(key))
                                                                  for key in point.sources))
        for point in modules.load(module_id).key_points))


def all_key_points(toolkit: str, r: Reader, sources: PageSources) -> Markup:
    """Every module's key points for a toolkit, day by day, each module linked to its page."""
    parts = [Markup('<h2 id="{}">{}</h2>\n<p><a href="{}">{}</a></p>\n{}').format(
                module.id, r.t("key_points_day", day=module.day, module=title(module, r)),
                r.link(module.path()), r.t("key_points_read"), key_points(module.id, r, sources))
             for module in modules.all_modules().values() if module.toolkit == toolkit]
    return Markup("\n").join(parts)
