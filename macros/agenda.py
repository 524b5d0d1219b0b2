"""Agendas: sessions in every displayed time zone, and dual-time mentions in running text."""

import datetime

from babel import Locale
from markupsafe import Markup

from . import catalogue, dates, html, timezones
from .errors import DataError, line, problem_and_fix
from .events import DEFAULT_ZONES, Event, Session


def render(event: Event, lang: str, calendar_href: str) -> Markup:
    """The event's agenda (one table per day) or, without sessions, its dates; then the .ics link."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    if event.sessions:
        parts = [_day_table(event, day, sessions, lang) for day, sessions in event.days().items()]
        parts.append(Markup('<p class="agenda__note">{}</p>').format(
            t("agenda_reference_zone", zone=timezones.name(event.timezone, lang))))
    else:
        parts = [_summary(event, lang), Markup('<p class="agenda__note">{}</p>').format(t("agenda_no_times"))]
    parts.append(Markup('<p class="agenda__calendar"><a href="{}" download>{}</a></p>').format(
        calendar_href, t("agenda_add_to_calendar")))
    return Markup('<div class="agenda">\n{}\n</div>').format(Markup("\n").join(parts))


def _day_table(event: Event, day: datetime.date, sessions: list[Session], lang: str) -> Markup:
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    first = event.instant(day, sessions[0].start)
    columns = [timezones.label(zone, first, lang) for zone in event.zones]
    columns += [t("agenda_session"), t("agenda_people"), t("agenda_duration")]
    rows = []
    for session in sessions:
        start = event.instant(day, session.start)
        end = event.instant(day, session.end) if session.end else None
        times = [_span(start, end, zone, lang) for zone in event.zones]
        rows.append((times + [_title(session, lang), _people(session, lang), _duration(start, end, lang)],
                     {"data-start": _utc(start), "data-end": _utc(end) if end else None}))
    last = sessions[-1]
    total = _duration(first, event.instant(day, last.end or last.start), lang)
    caption = Markup("{}<span class=\"agenda__when\">{}</span>").format(
        event.title(lang), " · ".join(filter(None, [
            dates.full_date(day, lang), t(f"format_{event.format}"),
            _held_in(event, lang)])))
    return html.table(caption, columns, rows, row_header=len(event.zones), foot=[
        (t("agenda_total"), len(columns) - 1), (total, 1)], labels=True,
        attrs={"data-local-label": t("agenda_your_time"),
               "data-zones": " ".join(event.zones)})


def _summary(event: Event, lang: str) -> Markup:
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    items = [(t("event_date"), dates.date_range(event.start_date, event.end_date, lang)),
             (t("event_format"), t(f"format_{event.format}")),
             (t("event_venue"), event.venue(lang) if event.venue else None),
             (t("event_status"), t(f"status_{event.status}"))]
    rows = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(term, value) for term, value in items if value)
    return Markup('<dl class="agenda__summary">{}</dl>').format(rows)


def _held_in(event: Event, lang: str) -> str | None:
    if not event.language:
        return None
    return f"{catalogue.text('agenda_held_in', lang)} {Locale.parse(catalogue.text('babel_locale', lang)).languages[event.language]}"


def _span(start: datetime.datetime, end: datetime.datetime | None, zone: str, lang: str) -> Markup:
    text = timezones.clock(start, zone, lang)
    text = f"{text}–{timezones.clock(end, zone, lang)}" if end else text
    return Markup('<span class="agenda__time">{}</span>').format(text)


def _title(session: Session, lang: str) -> Markup:
    kind = catalogue.text(f"kind_{session.kind}", lang)
    out = Markup('<span class="agenda__kind">{}</span> {}').format(kind, session.title(lang))
    if session.description:
        out += Markup('<span class="agenda__description">{}</span>').format(session.description(lang))
    return out


def _people(session: Session, lang: str) -> Markup:
    out = html.bullet_list([speaker(lang) for speaker in session.speakers])
    if session.facilitators:
        out += Markup('<span class="agenda__facilitation">{} {}</span>').format(
            catalogue.text("agenda_facilitation", lang), "; ".join(f(lang) for f in session.facilitators))
    return out


def _duration(start: datetime.datetime, end: datetime.datetime | None, lang: str) -> str:
    if end is None or end == start:
        return "—"
    return dates.duration(int(end.timestamp() - start.timestamp()) // 60, lang)  # elapsed, across clock changes


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


def dual_time(when: str, lang: str, zone: str = "America/Guayaquil") -> str:
    """'09:00 Ecuador / 10:00 New York' for 'YYYY-MM-DD HH:MM' in `zone`."""
    day, _, time = str(when).partition(" ")
    try:
        moment = timezones.at(dates.parse(day), timezones.parse_time(time), zone)
        names = [(z, timezones.name(z, lang)) for z in DEFAULT_ZONES]
    except timezones.ClockChange as err:
        raise DataError(line(f"dual_time('{when}')", str(err), err.fix)) from None
    except ValueError as err:
        raise DataError(line(f"dual_time('{when}')", *problem_and_fix(str(err), "write it as 'YYYY-MM-DD HH:MM'"))) from None
    return " / ".join(f"{timezones.clock(moment, z, lang)} {shown}" for z, shown in names)
