"""Dates in the reader's language, formatted by Babel."""

import datetime

from babel.dates import format_date

from . import catalogue
from .errors import DataError, line


def parse(value) -> datetime.date:
    """A date from a date or an ISO 'YYYY-MM-DD' string."""
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DataError(line(f"date('{value}')", "not a date", "write it as YYYY-MM-DD, e.g. 2023-08-08")) from None


def long_date(value, lang: str) -> str:
    """'8 August 2023' / '8 de agosto de 2023' from a date or an ISO 'YYYY-MM-DD' string."""
    return format_date(parse(value), format="long", locale=catalogue.text("babel_locale", lang))


def full_date(value, lang: str) -> str:
    """'Tuesday, 8 August 2023' / 'martes, 8 de agosto de 2023'."""
    return format_date(parse(value), format="full", locale=catalogue.text("babel_locale", lang))


def date_range(start, end, lang: str) -> str:
    """'8 August 2023', '11–12 October 2023' or '29 August 2023 – 26 September 2023'."""
    start, end = parse(start), parse(end or start)
    if start == end:
        return long_date(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return catalogue.text("date_range_same_month", lang, start_day=start.day, end=long_date(end, lang))
    return catalogue.text("date_range", lang, start=long_date(start, lang), end=long_date(end, lang))


def duration(total_minutes: int, lang: str) -> str:
    """'45 min', '1 h', '2 h 30 min'."""
    hours, minutes = divmod(total_minutes, 60)
    if not hours:
        return catalogue.text("duration_minutes", lang, minutes=minutes)
    if not minutes:
        return catalogue.text("duration_whole_hours", lang, hours=hours)
    return catalogue.text("duration_hours", lang, hours=hours, minutes=f"{minutes:02d}")
