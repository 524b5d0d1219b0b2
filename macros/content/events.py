"""Workshop events (data/events/*.yml): the schema and the checks on the agenda."""

import datetime
from typing import Literal

from pydantic import Field, PositiveInt, field_validator

from . import datafiles, timezones
from .schema import Strict, Text
from ..base.errors import DataError, line, warn

EVENTS_DIR = datafiles.DATA_DIR / "events"
DEFAULT_ZONES = ["America/Guayaquil", "America/New_York"]



class Session(Strict):
    """One item of an agenda, its times in the event's reference time zone."""

    start: datetime.time
    end: datetime.time | None = None  # only the last session of a day may have none
    day: datetime.date | None = None  # for events of several days; default: the first day
    kind: Literal["opening", "presentation", "discussion", "exercise", "break", "closing"]
    title: Text
    description: Text | None = None
    speakers: list[Text] = []
    facilitators: list[Text] = []

    @field_validator("start", "end", mode="before")
    @classmethod
    def hhmm(cls, value):
        return None if value is None else timezones.parse_time(value)


class Participation(Strict):
    """How many participants an institution sent (institutions only, never names)."""

    institution: Text
    participants: PositiveInt


class Event(Strict):
    """A workshop: its dates, time zones and, when times were published, its sessions."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: Text
    page: str | None = None  # the docs page that shows it, e.g. workshops/follow-up.md
    start_date: datetime.date
    end_date: datetime.date | None = None
    timezone: str
    zones: list[str] = Field(default=DEFAULT_ZONES, min_length=1)
    format: Literal["online", "in-person", "hybrid"]
    venue: Text | None = None
    language: Literal["en", "es"] | None = None  # the language the workshop is held in
    status: Literal["proposed", "planned", "held"]
    sessions: list[Session] = []
    participation: list[Participation] = []

    @field_validator("timezone")
    @classmethod
    def known_zone(cls, value: str) -> str:
        timezones.zone(value)
        return value

    @field_validator("zones")
    @classmethod
    def known_zones(cls, values: list[str]) -> list[str]:
        for value in values:
            timezones.zone(value)
        return values

    @property
    def last_date(self) -> datetime.date:
        return self.end_date or self.start_date

    def day_of(self, session: Session) -> datetime.date:
        return session.day or self.start_date

    def days(self) -> dict[datetime.date, list[Session]]:
        """Sessions grouped by day, in order."""
        out: dict[datetime.date, list[Session]] = {}
        for session in self.sessions:
            out.setdefault(self.day_of(session), []).append(session)
        return out

    def instant(self, day: datetime.date, time: datetime.time) -> datetime.datetime:
        return timezones.at(day, time, self.timezone)


def load(event_id: str) -> Event:
    """The event `event_id`; an unknown id stops the build and lists the known ones."""
    return datafiles.pick(_all(), event_id, "event", EVENTS_DIR)


def all_events() -> list[Event]:
    """Every event, earliest first."""
    return sorted(_all().values(), key=lambda e: (e.start_date, e.id))


def _all() -> dict[str, Event]:
    return datafiles.load_all(EVENTS_DIR, Event, "event", check)


def check(event: Event, where: str) -> None:
    """Dates in order, sessions within the event, their times unaffected by clock changes, each ending
    after it starts, none overlapping."""
    if event.last_date < event.start_date:
        raise DataError(line(f"{where}: end_date", f"{event.last_date} is before start_date {event.start_date}",
                             "correct the dates"))
    numbers = {id(session): number for number, session in enumerate(event.sessions, 1)}

    def name(session: Session) -> str:
        return f"{where}: session #{numbers[id(session)]} ({session.start:%H:%M} {session.title.en})"

    for day, sessions in event.days().items():
        if not event.start_date <= day <= event.last_date:
            raise DataError(line(name(sessions[0]), f"day {day} is outside the event's dates",
                                 f"use a day from {event.start_date} to {event.last_date}"))
        for session, following in zip(sessions, sessions[1:] + [None]):
            for field, time in (("start", session.start), ("end", session.end)):
                if time is not None:
                    try:
                        event.instant(day, time)
                    except timezones.ClockChange as err:
                        raise DataError(line(name(session), f"{field} {err}", err.fix)) from None
            if session.end is not None and session.end <= session.start:
                raise DataError(line(name(session), f"ends at {session.end:%H:%M}, not after it starts",
                                     "correct its start or end"))
            if following is None:
                continue
            if session.end is None:
                raise DataError(line(name(session), "has no end but is not the day's last session",
                                     "add its end time"))
            if following.start < session.end:
                raise DataError(line(name(following), f"starts before session #{numbers[id(session)]} ends "
                                     f"({session.end:%H:%M})", "make the sessions follow each other in time"))
            if following.start > session.end:
                warn(name(following), f"a gap of {_minutes(session.end, following.start)} min follows the "
                     "previous session", "add a break if the gap is intended")


def _minutes(start: datetime.time, end: datetime.time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
