"""Toolkit pages: session plans, the programme overview, activities and readings, all from data/modules/."""

import datetime

from markupsafe import Markup

from . import catalogue, dates, html, modules, references, search_index, worksheets
from .errors import DataError, line


def check_links() -> None:
    """Every worksheet and reading a module lists exists (and the worksheet belongs to that module)."""
    refs = references.all_references()
    for module in modules.all_modules().values():
        where = f"data/modules/{module.id}.yml"
        for sheet_id in module.worksheets:
            sheet = worksheets.load_or_none(sheet_id)
            if sheet is None:
                raise DataError(line(f"{where}: worksheets", f"no worksheet '{sheet_id}' in data/worksheets/",
                                     "fix the id or add the worksheet"))
            if sheet.module != module.id:
                raise DataError(line(f"{where}: worksheets", f"'{sheet_id}' belongs to module {sheet.module}",
                                     f"set its `module:` to {module.id} or list it there"))
        for sheet in worksheets.by_module().get(module.id, []):
            if sheet.id not in module.worksheets:
                raise DataError(line(f"data/worksheets/{sheet.id}.yml: module", f"{module.id} does not list this worksheet",
                                     f"add '{sheet.id}' to the worksheets of {where}"))
        for key in module.readings:
            if key not in refs:
                raise DataError(line(f"{where}: readings", f"no reference '{key}' in data/references/",
                                     "fix the key or add the reference"))
        for number, point in enumerate(module.key_points, 1):
            references.check_keys(point.sources, f"{where}: key_points #{number} › sources")


def title(module: modules.Module, lang: str) -> str:
    return catalogue.text("module_label", lang, number=module.number, title=module.title(lang))


def later(start: datetime.time, minutes: int) -> datetime.time:
    """The clock time `minutes` after `start` (a day's plan stays within the day)."""
    return (datetime.datetime.combine(datetime.date(2000, 1, 1), start) + datetime.timedelta(minutes=minutes)).time()


def span(start: datetime.time, minutes: int) -> str:
    """'09:00–12:00': a stretch of clock time on the day's plan."""
    return f"{start:%H:%M}–{later(start, minutes):%H:%M}"


def session_plan(module_id: str, lang: str) -> Markup:
    """The module's sessions with clock times, method, materials and the total."""
    module = modules.load(module_id)
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    start, rows = module.start, []
    for session in module.sessions:
        rows.append(([Markup('<span class="agenda__time">{}</span>').format(span(start, session.minutes)), session.title(lang),
                      session.method(lang), ", ".join(m(lang) for m in session.materials) or "—"], None))
        start = later(start, session.minutes)
    total = dates.duration(module.duration or 0, lang)
    return html.table(t("plan_caption", number=module.number, total=total),
                      [t("plan_time"), t("plan_session"), t("plan_method"), t("plan_materials")], rows, row_header=1,
                      foot=[(t("agenda_total"), 3), (total, 1)], labels=True, attrs=search_index.NOT_INDEXED)


def overview(toolkit: str, lang: str, href) -> Markup:
    """Day → module → sessions, from the same data as the session plans."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    rows = []
    for module in modules.all_modules().values():
        if module.toolkit != toolkit:
            continue
        sessions = html.bullet_list([f"{s.title(lang)} ({dates.duration(s.minutes, lang)})" for s in module.sessions])
        link = Markup('<a href="{}">{}</a>').format(href(module.path()), title(module, lang))
        rows.append(([str(module.day), link, sessions, dates.duration(module.duration or 0, lang)], None))
    return html.table(t("overview_caption"), [t("overview_day"), t("overview_module"), t("overview_sessions"),
                                              t("agenda_duration")], rows, row_header=1, labels=True,
                      attrs=search_index.NOT_INDEXED)  # the module pages hold the same sessions


def activities(module_id: str, lang: str, href) -> Markup:
    """The module's worksheets, linked, with duration and kinds of activity."""
    module = modules.load(module_id)
    items = []
    for sheet_id in module.worksheets:
        sheet = worksheets.load(sheet_id)
        kinds = ", ".join(catalogue.text(f"wskind_{kind}", lang) for kind in sheet.kinds())
        items.append(Markup('<a href="{}">{}</a> — {} · {}').format(
            href(f"worksheets/{sheet.id}/"), sheet.title(lang), dates.duration(sheet.duration, lang), kinds))
    return html.bullet_list(items)


def readings(module_id: str, lang: str, sources: references.PageSources) -> Markup:
    return sources.entries(modules.load(module_id).readings, lang)


def all_readings(lang: str, sources: references.PageSources) -> Markup:
    """Every reference, grouped by toolkit and by the modules that list it; the rest at the end."""
    parts, used, toolkit = [], set(), None
    for module in modules.all_modules().values():
        if module.toolkit != toolkit:
            toolkit = module.toolkit
            parts.append(Markup('<h2 id="{}">{}</h2>').format(toolkit, catalogue.text(f"toolkit_{toolkit}", lang)))
        if module.readings:
            parts.append(Markup('<h3 id="{}">{}</h3>').format(module.id, title(module, lang)))
            parts.append(sources.entries(module.readings, lang, searchable=True))
            used.update(module.readings)
    rest = [key for key in references.all_references() if key not in used]
    if rest:
        parts.append(Markup('<h2 id="other-references">{}</h2>').format(catalogue.text("readings_other", lang)))
        parts.append(sources.entries(rest, lang, searchable=True))
    return Markup("\n").join(parts)


def key_points(module_id: str, lang: str, sources: references.PageSources) -> Markup:
    """A module's key points, as a list, each followed by the citations of its sources."""
    return Markup('<ul class="key-points">{}</ul>').format(Markup("").join(
        Markup("<li>{}{}</li>").format(point(lang), Markup("").join(Markup(" {}").format(sources.cite(key, lang))
                                                                   for key in point.sources))
        for point in modules.load(module_id).key_points))


def all_key_points(toolkit: str, lang: str, href, sources: references.PageSources) -> Markup:
    """Every module's key points for a toolkit, day by day, each module linked to its page."""
    parts = [Markup('<h2 id="{}">{}</h2>\n<p><a href="{}">{}</a></p>\n{}').format(
                module.id, catalogue.text("key_points_day", lang, day=module.day, module=title(module, lang)),
                href(module.path()), catalogue.text("key_points_read", lang), key_points(module.id, lang, sources))
             for module in modules.all_modules().values() if module.toolkit == toolkit]
    return Markup("\n").join(parts)
