"""Calendar files (.ics) for events, made with icalendar: one VEVENT per day of the event."""

import datetime

from icalendar import Calendar, Event as VEvent

from . import catalogue, timezones
from .events import Event

PRODID = "-//Governance for the SDGs//Workshop calendar//EN"

def ics(event: Event, lang: str, url: str) -> bytes:
    """The event as an iCalendar file in `lang`: timed days with TZID and VTIMEZONE, or all-day."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    days = event.days()
    if days:
        for number, (day, sessions) in enumerate(days.items(), 1):
            last = sessions[-1]
            entry = _entry(event, lang, url, f"{event.id}-{number}")
            entry.add("dtstart", event.instant(day, sessions[0].start))
            entry.add("dtend", event.instant(day, last.end or last.start))
            entry.add("description", "\n".join(
                [_programme_line(event, day, s, lang) for s in sessions] + [url]))
            cal.add_component(entry)
        cal.add_missing_timezones()
    else:
        entry = _entry(event, lang, url, event.id)
        entry.add("dtstart", event.start_date)
        entry.add("dtend", event.last_date + datetime.timedelta(days=1))
        entry.add("description", "\n".join([catalogue.text("agenda_no_times", lang), url]))
        cal.add_component(entry)
    return cal.to_ical()

def _entry(event: Event, lang: str, url: str, uid: str) -> VEvent:
    entry = VEvent()
    entry.add("uid", f"{uid}-{lang}@governance-sdgs")
    entry.add("dtstamp", datetime.datetime.combine(event.start_date, datetime.time(), datetime.timezone.utc))
    entry.add("summary", event.title(lang))
    entry.add("url", url)
    location = [catalogue.text(f"format_{event.format}", lang)] + ([event.venue(lang)] if event.venue else [])
    entry.add("location", " · ".join(location))
    return entry

def _programme_line(event: Event, day, session, lang: str) -> str:
    start = event.instant(day, session.start)
    times = timezones.clock(start, event.timezone, lang)
    if session.end:
        times += "–" + timezones.clock(event.instant(day, session.end), event.timezone, lang)
    return f"{times} ({timezones.name(event.timezone, lang)}) {session.title(lang)}"


def path(event: Event) -> str:
    """Where the event's calendar file goes, inside a language's part of the site."""
    return f"calendar/{event.id}.ics"

