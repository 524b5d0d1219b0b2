"""A module's slide deck: its day in order, as reveal.js sections (docs/toolkits/*/module-N/slides.*.md).

Title and agenda; then each session of the plan — a divider, and for a presentation its slides from
data/slides/, for a worksheet its purpose, steps, a countdown and the debrief questions, for a break a
countdown to the time to come back; then the key points and the sources. Every slide is a <section>
with a heading in reading order and speaker notes (<aside class="notes">); `data-session` and
`data-minutes` tell the presenter view which session a slide belongs to and how long it is planned.
"""

import dataclasses
import datetime
import json

from markupsafe import Markup

from ..base import html
from ..content import modules, principles, slides, worksheets
from ..content.references import get
from ..content.schema import Text
from ..content.slides import Slide
from . import citations, survey_chart, toolkit
from .citations import PageSources
from .reader import Reader

GROUPS = ("effectiveness", "accountability", "inclusiveness")
BEFORE_SESSIONS = Markup(' data-session="0"')  # the title and agenda: no session's timer runs
POINTS_PER_SLIDE, STEPS_PER_SLIDE, SOURCES_PER_SLIDE = 520, 640, 880  # characters of key points, of steps, of source entries, that fit a slide


def deck(module_id: str, r: Reader, sources: PageSources) -> Markup:
    """The whole deck, with its strings for deck.js, and the toolbar (module page, presenter view, handout)."""
    module = modules.load(module_id)
    written = {entry.session: entry.slides for entry in getattr(slides.for_module(module_id), "sessions", [])}
    sections = [_title(module, r), _agenda(module, r)]
    start = module.start
    for number, session in enumerate(module.sessions, 1):
        at = _session(number, session.minutes)
        sections.append(_divider(session, start, r, at))
        if session.kind == "presentation":
            sections += [_content(slide, r, sources, at) for slide in written.get(session.id, [])]
        elif session.kind == "worksheet":
            sections += _worksheet(worksheets.load(session.worksheet), session, start, r, at)
        start = toolkit.later(start, session.minutes)
    last = _session(len(module.sessions), module.sessions[-1].minutes) if module.sessions else Markup("")
    points = [(Markup("<li>{}</li>").format(point(r)), _longer(point)) for point in module.key_points]
    sections += _pages(r.t("deck_key_points"), points, POINTS_PER_SLIDE, r.t("deck_notes_key_points"), last, r, "deck-points")
    keys = sources.unlisted()
    other = dataclasses.replace(r, code=r.other)  # the same page in the other language
    entries = zip(sources.items(keys, annotated=False),
                  (len(citations.entry(get(key), other, annotated=False).striptags()) for key in keys))
    sections += _pages(r.t("sources_heading"), [(item, max(len(item.striptags()), size)) for item, size in entries],
                       SOURCES_PER_SLIDE, r.t("deck_notes_sources"), last, r, "deck-sources", list_class="readings")
    strings = {key: r.t(f"deck_{key}") for key in (
        "start", "pause", "reset", "started", "last_minute", "time_up", "minutes_value", "next", "notes", "clock",
        "session", "of_planned", "end", "presenter_title", "popup_blocked", "controls_prev", "controls_next")}
    return Markup('<h1 class="deck-heading">{heading}</h1><div class="reveal" data-deck="{id}" data-lang="{lang}" '
                  'data-strings="{strings}"><div class="slides">{sections}</div></div>{toolbar}').format(
        heading=r.t("deck_title", number=module.number, title=module.title(r)), id=module.id, lang=r.code,
        strings=json.dumps(strings, ensure_ascii=False), sections=Markup("").join(sections), toolbar=_toolbar(module, r, other))


def _section(heading, body, notes, attrs=Markup(""), cls: str = "") -> Markup:
    """A slide: every slide is headed by an h2, under the deck's one h1."""
    return Markup('<section{attrs}{cls}><h2>{heading}</h2>{body}<aside class="notes">{notes}</aside></section>').format(
        attrs=attrs, cls=Markup(' class="{}"').format(cls) if cls else "", heading=heading, body=body, notes=notes)


def _session(number: int, minutes: int) -> Markup:
    """What tells the presenter view which session a slide belongs to and how long it is planned."""
    return Markup(' data-session="{}" data-minutes="{}"').format(number, minutes)


def _longer(text: Text) -> int:
    """The length of the longer language's text: both decks break their lists at the same places."""
    return max(len(text.en), len(text.es))


def _pages(heading: str, items: list[tuple[Markup, int]], budget: int, notes: str, at: Markup, r: Reader, cls: str, *,
           ordered: bool = False, list_class: str = "") -> list[Markup]:
    """<li> `items` (each with its length in the longer language) on as many slides as `budget` characters a
    slide needs, each headed "Heading (2 of 3)" when there are several; a numbered list goes on counting."""
    pages: list[list[Markup]] = [[]]
    used = 0
    for item, size in items:
        if pages[-1] and used + size > budget:
            pages.append([])
            used = 0
        pages[-1].append(item)
        used += size
    slides, first = [], 1
    for number, page in enumerate(pages, 1):
        tag = Markup('ol start="{}"').format(first) if ordered else Markup("ul")
        body = Markup("<{}{}>{}</{}>").format(tag, Markup(' class="{}"').format(list_class) if list_class else "",
                                              Markup("").join(page), "ol" if ordered else "ul")
        title = r.t("deck_part", title=heading, n=number, total=len(pages)) if len(pages) > 1 else heading
        slides.append(_section(title, body, notes, at, cls))
        first += len(page)
    return slides


def _title(module: modules.Module, r: Reader) -> Markup:
    toolkit_name = r.t(f"toolkit_{module.toolkit}")
    end = toolkit.later(module.start, module.duration or 0)
    body = Markup('<p class="deck-title__toolkit">{}</p><p>{}</p>').format(
        toolkit_name, r.t("deck_day", day=module.day, time=f"{module.start:%H:%M}–{end:%H:%M}"))
    return _section(toolkit.title(module, r), body,
                    r.t("deck_notes_title", duration=r.duration(module.duration or 0), sessions=len(module.sessions)),
                    BEFORE_SESSIONS, "deck-title")


def _agenda(module: modules.Module, r: Reader) -> Markup:
    rows, start = [], module.start
    for session in module.sessions:
        rows.append(([toolkit.span(start, session.minutes), session.title(r)], None))
        start = toolkit.later(start, session.minutes)
    table = html.table(r.t("deck_agenda_caption", number=module.number), [r.t("plan_time"), r.t("plan_session")], rows,
                       row_header=1)
    return _section(r.t("deck_agenda"), table, r.t("deck_notes_agenda"), BEFORE_SESSIONS, "deck-agenda")


def _divider(session: modules.Session, start: datetime.time, r: Reader, at: Markup) -> Markup:
    line = Markup('<p class="deck-divider__line">{} · {} · {}</p>').format(
        toolkit.span(start, session.minutes), r.duration(session.minutes), session.method(r))
    if session.kind == "break":
        back = toolkit.later(start, session.minutes)
        line += Markup('<p class="deck-back">{}</p>').format(r.t("deck_back_at", time=f"{back:%H:%M}")) + _countdown(session.minutes)
        notes = r.t("deck_notes_break", time=f"{back:%H:%M}")
    else:
        materials = ", ".join(m(r) for m in session.materials)
        notes = r.t("deck_notes_divider", minutes=r.duration(session.minutes)) + (
            " " + r.t("deck_notes_materials", materials=materials) if materials else "")
    return _section(session.title(r), line, notes, at, "deck-divider")


def _content(slide: Slide, r: Reader, sources: PageSources, at: Markup) -> Markup:
    """A slide of a presentation; with a figure, its points and sources beside it."""
    keys = list(dict.fromkeys(slide.sources + (survey_chart.source_keys() if slide.figure == "survey" else [])))
    body = html.bullet_list([point(r) for point in slide.points])
    if keys:
        body += Markup('<p class="deck-source">{}</p>').format(Markup("; ").join(sources.cite(key) for key in keys))
    if slide.figure:
        body = Markup('<div class="deck-figure__text">{}</div>{}').format(body, _figure(slide.figure, r))
    return _section(slide.title(r), body, slide.notes(r), at, f"deck-figure deck-figure--{slide.figure}" if slide.figure else "")


def _figure(name: str, r: Reader) -> Markup:
    if name == "survey":
        return survey_chart.svg(r, survey_chart.SLIDE, caption=False)
    by_group = {group: [p for p in principles.all_principles().values() if p.group == group] for group in GROUPS}
    columns = Markup("").join(
        Markup('<div><p class="deck-principles__group">{}</p>{}</div>').format(
            r.t(f"principles_{group}"), html.bullet_list([p.name(r) for p in members]))
        for group, members in by_group.items())
    return Markup('<div class="deck-principles">{}</div>').format(columns)


def _worksheet(sheet: worksheets.Worksheet, session: modules.Session, start: datetime.time, r: Reader,
               at: Markup) -> list[Markup]:
    tips = Markup(" ").join(tip(r) for tip in sheet.facilitator.tips) or r.t("deck_notes_no_tips")
    link = Markup('<p class="deck-source"><a href="{}">{}</a> · {} {}</p>').format(
        r.link(f"worksheets/{sheet.id}/"), sheet.title(r), r.t("worksheet_group"), sheet.group_size(r))
    steps = [(Markup('<li><span class="deck-step__minutes">{}</span> {}</li>').format(r.duration(step.minutes), step.text(r)),
              _longer(step.text) + 8) for step in sheet.steps]
    end = toolkit.later(start, session.minutes)
    timer = Markup('<p class="deck-back">{}</p>').format(r.t("deck_work_until", time=f"{end:%H:%M}")) + _countdown(session.minutes)
    return [
        _section(r.t("deck_purpose"), Markup("<p>{}</p>{}").format(sheet.purpose(r), link), tips, at),
        *_pages(r.t("deck_steps"), steps, STEPS_PER_SLIDE, tips, at, r, "deck-steps", ordered=True),
        _section(r.t("deck_work_time"), timer, tips, at, "deck-timer"),
        _section(r.t("worksheet_debrief"), html.bullet_list([q(r) for q in sheet.facilitator.debrief]), tips, at),
    ]


def _countdown(minutes: int) -> Markup:
    """A countdown of `minutes` that deck.js starts, pauses and resets; without JavaScript, the minutes."""
    return Markup('<div class="countdown" data-seconds="{s}"><p class="countdown__time" role="timer">{m}:00</p></div>').format(
        s=minutes * 60, m=f"{minutes:02d}")


def _toolbar(module: modules.Module, r: Reader, other: Reader) -> Markup:
    return Markup('<nav class="deck-toolbar" aria-label="{label}"><a href="{module}">{back}</a>'
                  '<a class="deck-language" href="{twin}" hreflang="{code}" lang="{code}">{language}</a>'
                  '<button type="button" class="deck-presenter" hidden data-js>{presenter}</button>'
                  '<span class="deck-toolbar__hint" hidden data-js>{hint}</span></nav>').format(
        label=r.t("deck_label"), module=r.link(module.path()), back=r.t("deck_back", number=module.number),
        twin=r.twin(), code=r.other, language=other.language_name(r.other).capitalize(),
        presenter=r.t("deck_presenter"), hint=r.t("deck_keys"))

