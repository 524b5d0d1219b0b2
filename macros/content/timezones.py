"""Dates and times as data gives them, and instants in several time zones, computed with zoneinfo on the day
they happen (a reader's language writes them: render/reader.py)."""

import datetime
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import RootModel

from ..base.errors import DataError, line
from . import datafiles
from .schema import Text

ZONE_NAMES = datafiles.DATA_DIR / "zones.yml"
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class ZoneNames(RootModel[dict[str, Text]]):
    """IANA zone → the name readers know it by."""


def zone(name: str) -> ZoneInfo:
    """The IANA time zone `name`; ValueError when there is none."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone '{name}' — use an IANA name such as America/Guayaquil") from None


def parse_date(value) -> datetime.date:
    """A date from a date or an ISO 'YYYY-MM-DD' string."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DataError(line(f"date('{value}')", "not a date", "write it as YYYY-MM-DD, e.g. 2023-08-08")) from None


def parse_time(text) -> datetime.time:
    """'09:30' → 09:30; anything that is not HH:MM (24-hour) is a ValueError."""
    if not isinstance(text, str) or not HHMM.match(text):
        raise ValueError(f"time '{text}' is not HH:MM (24-hour, e.g. 09:30)")
    return datetime.time.fromisoformat(text)


class ClockChange(ValueError):
    """A local time that the clocks skip or show twice; `fix` says how to write it instead."""

    def __init__(self, problem: str, fix: str):
        super().__init__(problem)
        self.fix = fix


def at(day: datetime.date, time: datetime.time, zone_name: str) -> datetime.datetime:
    """The instant `time` on `day` in the zone `zone_name`; ClockChange when a clock change makes that
    time not exist (the clocks go forward past it) or ambiguous (they go back and show it twice)."""
    wall = datetime.datetime.combine(day, time, tzinfo=zone(zone_name))
    shift = wall.replace(fold=1).utcoffset() - wall.utcoffset()  # the offset after the change minus before
    if not shift:
        return wall
    problem, how = (("does not exist", "skip it when they go forward") if shift > datetime.timedelta(0)
                    else ("is ambiguous", "show it twice when they go back"))
    outside = wall.replace(tzinfo=None) + abs(shift)
    such_as = f"{outside:%H:%M}" + (f" on {outside.date()}" if outside.date() != day else "")
    raise ClockChange(f"{time:%H:%M} on {day} {problem} in {zone_name} (the clocks {how})",
                      f"use a time outside the clock change, such as {such_as}")


def offset(moment: datetime.datetime) -> str:
    """'UTC−5', 'UTC+5:30' or 'UTC': the zone's offset at that moment."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '−'}{hours}" + (f":{rest:02d}" if rest else "")


def names() -> dict[str, Text]:
    """IANA zone → the name readers know it by (data/zones.yml)."""
    return datafiles.load(ZONE_NAMES, ZoneNames).root
