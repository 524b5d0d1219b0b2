"""The reader's language on one page, made once per page: its strings, dates, durations, numbers,
places and time zones as that language writes them, its other language, and links in that language.

Renderers take a `Reader` (`r`) and ask it, instead of passing a bare language code around:
`r.t("key")`, `r.duration(90)`, `r.link("cases/")`; data texts are read with `text(r)`.
"""

import datetime
from dataclasses import dataclass
from typing import Callable

from babel import Locale
from babel.dates import format_date, format_skeleton, get_timezone_location
from babel.numbers import format_decimal

from ..base import links
from ..base.language import LANGUAGES
from ..content import catalogue, timezones


def _as_is(path: str) -> str:
    return path


@dataclass(frozen=True)
class Reader:
    """A language (`code`, e.g. 'es') as read on the page at `page_url`; `serve` turns a site path into
    the address the build serves it at (the offline copy's `cases/index.html`)."""

    code: str
    page_url: str = ""
    serve: Callable[[str], str] = _as_is

    def t(self, key: str, **fields) -> str:
        """The catalogue string `key` in this language, its {placeholders} filled from `fields`."""
        return catalogue.text(key, self.code, **fields)

    @property
    def other(self) -> str:
        """The site's other language."""
        return next(code for code in LANGUAGES if code != self.code)

    @property
    def locale(self) -> str:
        """The Babel locale of this language ('es_EC', 'en_US')."""
        return self.t("babel_locale")

    # Links

    def link(self, path: str) -> str:
        """A link from this page to the site path `path` ('cases/#a') in this language."""
        return links.relative(links.in_language(self.serve(path), self.code), self.page_url)

    def twin(self) -> str:
        """A link from this page to the same page in the other language."""
        return links.relative(links.in_language(links.neutral(self.page_url, self.code), self.other), self.page_url)

    # Dates, durations and numbers

    def date(self, value) -> str:
        """'8 August 2023' / '8 de agosto de 2023', from a date or 'YYYY-MM-DD'."""
        return format_date(timezones.parse_date(value), format="long", locale=self.locale)

    def full_date(self, value) -> str:
        """'Tuesday, 8 August 2023' / 'martes, 8 de agosto de 2023'."""
        return format_date(timezones.parse_date(value), format="full", locale=self.locale)

    def date_range(self, start, end) -> str:
        """'8 August 2023', '11–12 October 2023' or '29 August 2023 – 26 September 2023'."""
        start, end = timezones.parse_date(start), timezones.parse_date(end or start)
        if start == end:
            return self.date(start)
        if (start.year, start.month) == (end.year, end.month):
            return self.t("date_range_same_month", start_day=start.day, end=self.date(end))
        return self.t("date_range", start=self.date(start), end=self.date(end))

    def duration(self, total_minutes: int) -> str:
        """'45 min', '1 h', '2 h 30 min'."""
        hours, minutes = divmod(total_minutes, 60)
        if not hours:
            return self.t("duration_minutes", minutes=minutes)
        if not minutes:
            return self.t("duration_whole_hours", hours=hours)
        return self.t("duration_hours", hours=hours, minutes=f"{minutes:02d}")

    def number(self, value, pattern: str | None = None) -> str:
        """A number as CLDR writes it here ('12.345', '0,9717' in Spanish); `pattern` e.g. '0.0000'."""
        return format_decimal(value, format=pattern, locale=self.locale)

    # Places, languages and time zones

    def country(self, code: str) -> str:
        """An ISO 3166 country's name ('EC' → 'Ecuador')."""
        return Locale.parse(self.locale).territories[code]

    def language_name(self, code: str) -> str:
        """A language's name ('en' → 'inglés')."""
        return Locale.parse(self.locale).languages[code]

    def zone(self, zone_name: str) -> str:
        """'Ecuador', 'Nueva York'…: data/zones.yml, else the city as Babel names it."""
        names = timezones.names()
        if zone_name in names:
            return names[zone_name](self.code)
        return get_timezone_location(zone_name, locale=self.locale, return_city=True)

    def clock(self, moment: datetime.datetime, zone_name: str) -> str:
        """The moment as a 24-hour clock time in `zone_name` ('09:00')."""
        return format_skeleton("Hm", moment.astimezone(timezones.zone(zone_name)), locale=self.locale)

    def zone_label(self, zone_name: str, moment: datetime.datetime) -> str:
        """'Nueva York (UTC−4)': the zone's name and its offset on that day."""
        shown, utc = self.zone(zone_name), timezones.offset(moment.astimezone(timezones.zone(zone_name)))
        return shown if shown == utc else f"{shown} ({utc})"
