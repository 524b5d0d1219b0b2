"""Time zones by property: agendas and calendar files of generated events (Hypothesis).

Events are built from dicts with the real schema (`events.Event`) and checked with `events.check`, as the
loader does, then rendered by `agenda.render` and `calendar.ics`, without a site build. Dates run from
2000-01-01 to 2037-12-31 (the .ics time zones cover 1970–2037). The schema accepts any IANA zone for the
reference zone and for the displayed ones (data/zones.yml only gives some of them readable names), so both
are drawn from every zone `zoneinfo.available_timezones()` lists, except `localtime`, the machine's own
zone. The examples are the same on every run (derandomized, without an example database).
"""

import datetime
import re
import zoneinfo
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import assume, given, settings, strategies as st

from macros.base.errors import DataError
from macros.content import events
from macros.render import agenda, calendar
from macros.render.reader import Reader

UTC = datetime.timezone.utc
ZONES = sorted(zoneinfo.available_timezones() - {"localtime"})
FIRST, LAST = datetime.date(2000, 1, 1), datetime.date(2037, 12, 31)
WHERE = "data/events/x.yml"
SETTINGS = dict(deadline=None, derandomize=True, database=None)


def event(zone: str, sessions, zones=None) -> events.Event:
    """An event in `zone` from (day, start, end or None) sessions, checked as the loader checks it."""
    days = sorted(day for day, _, _ in sessions)
    data = {"id": "x", "title": {"en": "Workshop", "es": "Taller"}, "start_date": days[0], "end_date": days[-1],
            "timezone": zone, "format": "online", "status": "planned",
            "sessions": [{"day": day, "start": f"{start:%H:%M}", "end": end and f"{end:%H:%M}",
                          "kind": "presentation", "title": {"en": "Talk", "es": "Charla"}}
                         for day, start, end in sessions]}
    if zones:
        data["zones"] = zones
    made = events.Event.model_validate(data)
    events.check(made, WHERE)
    return made


def instant(day: datetime.date, time: datetime.time, zone: str) -> datetime.datetime:
    return datetime.datetime.combine(day, time, tzinfo=ZoneInfo(zone))


def clock_change(day: datetime.date, time: datetime.time, zone: str) -> str | None:
    """'does not exist' if the local time does not survive a round trip through UTC, 'is ambiguous' if
    its two folds have different offsets, else None."""
    wall = instant(day, time, zone)
    if wall.astimezone(UTC).astimezone(wall.tzinfo).replace(tzinfo=None) != wall.replace(tzinfo=None):
        return "does not exist"
    return "is ambiguous" if wall.utcoffset() != wall.replace(fold=1).utcoffset() else None


@st.composite
def agendas(draw):
    """(event, sessions): one to three days in a random zone, shown in one to four random zones, each
    day with back-to-back sessions (the last one may have no end), none at a clock change."""
    zone, first = draw(st.sampled_from(ZONES)), draw(st.dates(FIRST, LAST - datetime.timedelta(days=2)))
    sessions = []
    for number in range(draw(st.integers(1, 3))):
        day = first + datetime.timedelta(days=number)
        marks = [datetime.time(*divmod(minute, 60)) for minute in
                 sorted(draw(st.sets(st.integers(0, 24 * 60 - 1), min_size=1, max_size=5)))]
        ends = marks[1:] + ([None] if len(marks) == 1 or draw(st.booleans()) else [])
        sessions += [(day, start, end) for start, end in zip(marks, ends)]
    assume(not any(clock_change(day, time, zone) for day, start, end in sessions for time in (start, end) if time))
    zones = draw(st.lists(st.sampled_from(ZONES), min_size=1, max_size=4, unique=True))
    return event(zone, sessions, zones), sessions


def span(day, start, end, zone, shown_in) -> str:
    """What zoneinfo says the clocks in `shown_in` read: '09:00–10:30' or '09:00'."""
    times = [instant(day, time, zone).astimezone(ZoneInfo(shown_in)) for time in (start, end) if time]
    return "–".join(f"{moment:%H:%M}" for moment in times)


def minutes(text: str) -> int:
    """A header's offset, '… (UTC−4)', '… (UTC+5:45)' or 'UTC', in minutes."""
    sign, hours, rest = re.search(r"UTC(?:([+−])(\d+)(?::(\d\d))?)?\)?$", text).groups()
    return (-1 if sign == "−" else 1) * (int(hours or 0) * 60 + int(rest or 0))


def utc(day: datetime.date, time: datetime.time | None, zone: str) -> datetime.datetime | None:
    return time and instant(day, time, zone).astimezone(UTC)


def elapsed(start: datetime.datetime, end: datetime.datetime | None, lang: str) -> str:
    return Reader(lang).duration((end - start) // datetime.timedelta(minutes=1)) if end and end != start else "—"


@settings(max_examples=300, **SETTINGS)
@given(agendas(), st.sampled_from(["en", "es"]))
def test_agenda_shows_the_times_zoneinfo_gives_in_every_zone(generated, lang):
    made, sessions = generated
    ref, zones = made.timezone, made.zones
    html = agenda.render(made, Reader(lang), "calendar/x.ics")

    shown = re.findall(r'<span class="agenda__time">(.*?)</span>', html)
    assert shown == [span(day, start, end, ref, zone) for day, start, end in sessions for zone in zones]

    heads = [re.findall(r'<th scope="col">(.*?)</th>', head)[:len(zones)]
             for head in re.findall(r"<thead>(.*?)</thead>", html)]
    firsts = [utc(day, daily[0].start, ref) for day, daily in made.days().items()]
    assert [[minutes(text) for text in head] for head in heads] == [
        [first.astimezone(ZoneInfo(zone)).utcoffset() // datetime.timedelta(minutes=1) for zone in zones]
        for first in firsts]

    instants = [(utc(day, start, ref), utc(day, end, ref)) for day, start, end in sessions]
    rows = re.findall(r'<tr data-start="([^"]*)"(?: data-end="([^"]*)")?>.*?<td data-label="[^"]*">([^<]*)</td></tr>',
                      html)
    assert [(datetime.datetime.fromisoformat(start), datetime.datetime.fromisoformat(end) if end else None)
            for start, end, _ in rows] == instants  # what the page's script turns into the reader's time
    assert [length for _, _, length in rows] == [elapsed(start, end, lang) for start, end in instants]
    assert re.findall(r'<td colspan="1">(.*?)</td>', html) == [
        elapsed(utc(day, daily[0].start, ref), utc(day, daily[-1].end or daily[-1].start, ref), lang)
        for day, daily in made.days().items()]


@settings(max_examples=150, **SETTINGS)
@given(agendas(), st.sampled_from(["en", "es"]))
def test_calendar_file_round_trips_to_the_same_utc_instants(generated, lang):
    made, _ = generated
    ref = made.timezone
    cal = icalendar.Calendar.from_ical(calendar.ics(made, Reader(lang), "https://x/"))
    own = {str(tz["tzid"]): tz.to_tz(lookup_tzid=False) for tz in cal.walk("VTIMEZONE")}
    for entry, (day, daily) in zip(cal.walk("VEVENT"), made.days().items(), strict=True):
        for field, time in (("dtstart", daily[0].start), ("dtend", daily[-1].end or daily[-1].start)):
            written, tzid = entry.decoded(field), entry[field].params.get("TZID")
            assert written.astimezone(UTC) == utc(day, time, ref)
            # as a calendar app reads it: the wall time with the file's own VTIMEZONE (or UTC, without TZID)
            assert (written.replace(tzinfo=own[tzid]) if tzid else written).astimezone(UTC) == utc(day, time, ref)
        assert [line.split(" ")[0] for line in str(entry["description"]).splitlines()[:-1]] == [
            span(day, session.start, session.end, ref, ref) for session in daily]


def next_change(zone: str, after: datetime.datetime) -> datetime.datetime | None:
    """The first minute, within a year after `after` and before 2038, from which `zone` has another UTC offset."""
    def offset(moment):
        return moment.astimezone(ZoneInfo(zone)).utcoffset()

    end = min(after + datetime.timedelta(days=366), datetime.datetime.combine(LAST, datetime.time(23, 59), UTC))
    low = after
    while low < end:
        high = min(low + datetime.timedelta(days=1), end)
        if offset(high) != offset(low):
            while high - low > datetime.timedelta(minutes=1):
                step = (high - low) // 2
                middle = low + step - step % datetime.timedelta(minutes=1)
                low, high = (middle, high) if offset(middle) == offset(low) else (low, middle)
            return high
        low = high
    return None


@st.composite
def near_clock_changes(draw):
    """(zone, local wall time) within 90 minutes of the zone's next clock change after a random day, if it
    has one; else at a random minute of that day."""
    zone = draw(st.sampled_from(ZONES))
    after = datetime.datetime.combine(draw(st.dates(FIRST, LAST)), datetime.time(), UTC)
    change = next_change(zone, after) or after
    wall = change.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return zone, wall + datetime.timedelta(minutes=draw(st.integers(-90, 90)))


@settings(max_examples=500, **SETTINGS)
@given(near_clock_changes())
def test_a_time_the_clocks_skip_or_show_twice_stops_the_build_with_one_line(case):
    zone, wall = case
    day, time = wall.date(), wall.time()
    problem = clock_change(day, time, zone)
    if problem is None:
        event(zone, [(day, time, None)])
        return
    local = instant(day, time, zone)
    size = abs(local.utcoffset() - local.replace(fold=1).utcoffset())
    # the clock time of the instant it names (fold 0) if it does not exist, else one change after its second showing
    later = local.astimezone(UTC) if problem == "does not exist" else local.replace(fold=1).astimezone(UTC) + size
    outside = later.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    how = "skip it when they go forward" if problem == "does not exist" else "show it twice when they go back"
    with pytest.raises(DataError) as refused:
        event(zone, [(day, time, None)])
    assert str(refused.value) == (
        f"{WHERE}: session #1 ({time:%H:%M} Talk): start {time:%H:%M} on {day} {problem} in {zone} (the clocks "
        f"{how}) — use a time outside the clock change, such as {outside:%H:%M}"
        + (f" on {outside.date()}" if outside.date() != day else ""))
    event(zone, [(outside.date(), outside.time(), None)])  # the advice works


@pytest.mark.parametrize("zone, start, end, expected", [
    ("America/New_York", "2023-03-12 02:30", None,
     "session #1 (02:30 Talk): start 02:30 on 2023-03-12 does not exist in America/New_York (the clocks skip it "
     "when they go forward) — use a time outside the clock change, such as 03:30"),
    ("America/New_York", "2023-11-05 00:30", "01:30",
     "session #1 (00:30 Talk): end 01:30 on 2023-11-05 is ambiguous in America/New_York (the clocks show it twice "
     "when they go back) — use a time outside the clock change, such as 02:30"),
    ("Australia/Lord_Howe", "2023-10-01 02:15", None,
     "session #1 (02:15 Talk): start 02:15 on 2023-10-01 does not exist in Australia/Lord_Howe (the clocks skip it "
     "when they go forward) — use a time outside the clock change, such as 02:45"),
    ("Pacific/Apia", "2011-12-30 10:00", None,
     "session #1 (10:00 Talk): start 10:00 on 2011-12-30 does not exist in Pacific/Apia (the clocks skip it "
     "when they go forward) — use a time outside the clock change, such as 10:00 on 2011-12-31"),
])
def test_a_session_at_a_clock_change_is_refused(zone, start, end, expected):
    day, time = start.split()
    with pytest.raises(DataError) as refused:
        event(zone, [(datetime.date.fromisoformat(day), datetime.time.fromisoformat(time),
                      end and datetime.time.fromisoformat(end))])
    assert str(refused.value) == f"{WHERE}: {expected}"


def test_a_session_across_a_clock_change_lasts_the_time_that_passes():
    made = event("America/New_York", [(datetime.date(2023, 3, 12), datetime.time(1), datetime.time(4))], ["UTC"])
    html = agenda.render(made, Reader("en"), "calendar/x.ics")
    assert '<span class="agenda__time">06:00–08:00</span>' in html
    assert html.count(">2 h</td>") == 2  # the session and the total


def test_dual_time_at_a_clock_change_is_refused():
    with pytest.raises(DataError) as refused:
        agenda.dual_time("2023-03-12 02:30", Reader("en"), "America/New_York")
    assert str(refused.value) == ("dual_time('2023-03-12 02:30'): 02:30 on 2023-03-12 does not exist in "
                                  "America/New_York (the clocks skip it when they go forward) — use a time outside "
                                  "the clock change, such as 03:30")
