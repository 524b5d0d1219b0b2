"""Agendas: sessions in every displayed time zone, and dual-time mentions in running text."""

import datetime

from markupsafe import Markup

from ..base import html
from ..base.errors import DataError, line, problem_and_fix
from ..content import timezones
from ..content.events import DEFAULT_ZONES, Event, Session
from .reader import Reader


def render(event: Event, r: Reader, calendar_href: str) -> Markup:
    """The event's agenda (one table per day) or, without sessions, its dates; then the .ics link."""
    t = r.t
    if event.sessions:
        parts = [_day_table(event, day, sessions, r) for day, sessions in event.days().items()]
        parts.append(Markup('<p class="agenda__note">{}</p>').format(
            t("agenda_reference_zone", zone=r.zone(event.timezone))))
    else:
        parts = [_summary(event, r), Markup('<p class="agenda__note">{}</p>').format(t("agenda_no_times"))]
    parts.append(Markup('<p class="agenda__calendar"><a href="{}" download>{}</a></p>').format(
        calendar_href, t("agenda_add_to_calendar")))
    return Markup('<div class="agenda">\n{}\n</div>').format(Markup("\n").join(parts))


def _day_table(event: Event, day: datetime.date, sessions: list[Session], r: Reader) -> Markup:
    t = r.t
    first = event.instant(day, sessions[0].start)
    columns = [r.zone_label(zone, first) for zone in event.zones]
    columns += [t("agenda_session"), t("agenda_people"), t("agenda_duration")]
    rows = []
    for session in sessions:
        start = event.instant(day, session.start)
        end = event.instant(day, session.end) if session.end else None
        times = [_span(start, end, zone, r) for zone in event.zones]
        rows.append((times + [_title(session, r), _people(session, r), _duration(start, end, r)],
                     {"data-start": _utc(start), "data-end": _utc(end) if end else None}))
    last = sessions[-1]
    total = _duration(first, event.instant(day, last.end or last.start), r)
    caption = Markup("{}<span class=\"agenda__when\">{}</span>").format(
        event.title(r), " · ".join(filter(None, [
            r.full_date(day), t(f"format_{event.format}"),
            _held_in(event, r)])))
    return html.table(caption, columns, rows, row_header=len(event.zones), foot=[
        (t("agenda_total"), len(columns) - 1), (total, 1)], labels=True,
        attrs={"data-local-label": t("agenda_your_time"),
               "data-zones": " ".join(event.zones)})


def _summary(event: Event, r: Reader) -> Markup:
    t = r.t
    items = [(t("event_date"), r.date_range(event.start_date, event.end_date)),
             (t("event_format"), t(f"format_{event.format}")),
             (t("event_venue"), event.venue(r) if event.venue else None),
             (t("event_status"), t(f"status_{event.status}"))]
    rows = Markup("").join(Markup("<dt>{}</dt><dd>{}</dd>").format(term, value) for term, value in items if value)
    return Markup('<dl class="agenda__summary">{}</dl>').format(rows)


def _held_in(event: Event, r: Reader) -> str | None:
    if not event.language:
        return None
    return f"{r.t('agenda_held_in')} {r.language_name(event.language)}"


def _span(start: datetime.datetime, end: datetime.datetime | None, zone: str, r: Reader) -> Markup:
    text = r.clock(start, zone)
    text = f"{text}–{r.clock(end, zone)}" if end else text
    return Markup('<span class="agenda__time">{}</span>').format(text)


def _title(session: Session, r: Reader) -> Markup:
    kind = r.t(f"kind_{session.kind}")
    out = Markup('<span class="agenda__kind">{}</span> {}').format(kind, session.title(r))
    if session.description:
        out += Markup('<span class="agenda__description">{}</span>').format(session.description(r))
    return out


def _people(session: Session, r: Reader) -> Markup:
    out = html.bullet_list([speaker(r) for speaker in session.speakers])
    if session.facilitators:
        out += Markup('<span class="agenda__facilitation">{} {}</span>').format(
            r.t("agenda_facilitation"), "; ".join(f(r) for f in session.facilitators))
    return out


def _duration(start: datetime.datetime, end: datetime.datetime | None, r: Reader) -> str:
    if end is None or end == start:
        return "—"
    return r.duration(int(end.timestamp() - start.timestamp()) // 60)  # elapsed, across clock changes


def _utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


def dual_time(when: str, r: Reader, zone: str = "America/Guayaquil") -> str:
    """'09:00 Ecuador / 10:00 New York' for 'YYYY-MM-DD HH:MM' in `zone`."""
    day, _, time = str(when).partition(" ")
    try:
        moment = timezones.at(timezones.parse_date(day), timezones.parse_time(time), zone)
        names = [(z, r.zone(z)) for z in DEFAULT_ZONES]
    except timezones.ClockChange as err:
        raise DataError(line(f"dual_time('{when}')", str(err), err.fix)) from None
    except ValueError as err:
        raise DataError(line(f"dual_time('{when}')", *problem_and_fix(str(err), "write it as 'YYYY-MM-DD HH:MM'"))) from None
    return " / ".join(f"{r.clock(moment, z)} {shown}" for z, shown in names)
