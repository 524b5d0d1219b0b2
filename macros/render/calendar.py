"""Calendar files (.ics) for events, made with icalendar: one VEVENT per day of the event."""

import datetime

from icalendar import Calendar, Event as VEvent

from ..content.events import Event
from .reader import Reader

PRODID = "-//Governance for the SDGs//Workshop calendar//EN"

def ics(event: Event, r: Reader, url: str) -> bytes:
    """The event as an iCalendar file in the reader's language: timed days with TZID and VTIMEZONE, or all-day."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    days = event.days()
    if days:
        for number, (day, sessions) in enumerate(days.items(), 1):
            last = sessions[-1]
            entry = _entry(event, r, url, f"{event.id}-{number}")
            entry.add("dtstart", event.instant(day, sessions[0].start))
            entry.add("dtend", event.instant(day, last.end or last.start))
            entry.add("description", "\n".join(
                [_programme_line(event, day, s, r) for s in sessions] + [url]))
            cal.add_component(entry)
        cal.add_missing_timezones()
    else:
        entry = _entry(event, r, url, event.id)
        entry.add("dtstart", event.start_date)
        entry.add("dtend", event.last_date + datetime.timedelta(days=1))
        entry.add("description", "\n".join([r.t("agenda_no_times"), url]))
        cal.add_component(entry)
    return cal.to_ical()

def _entry(event: Event, r: Reader, url: str, uid: str) -> VEvent:
    entry = VEvent()
    entry.add("uid", f"{uid}-{r.code}@governance-sdgs")
    entry.add("dtstamp", datetime.datetime.combine(event.start_date, datetime.time(), datetime.timezone.utc))
    entry.add("summary", event.title(r))
    entry.add("url", url)
    location = [r.t(f"format_{event.format}")] + ([event.venue(r)] if event.venue else [])
    entry.add("location", " · ".join(location))
    return entry

def _programme_line(event: Event, day, session, r: Reader) -> str:
    start = event.instant(day, session.start)
    times = r.clock(start, event.timezone)
    if session.end:
        times += "–" + r.clock(event.instant(day, session.end), event.timezone)
    return f"{times} ({r.zone(event.timezone)}) {session.title(r)}"


def path(event: Event) -> str:
    """Where the event's calendar file goes, inside a language's part of the site."""
    return f"calendar/{event.id}.ics"

