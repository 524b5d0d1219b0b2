"""Dates in the reader's language, formatted by Babel."""

import datetime

from babel.dates import format_date

from . import catalogue
from .errors import DataError, line


def long_date(value, lang: str) -> str:
    """'8 August 2023' / '8 de agosto de 2023' from a date or an ISO 'YYYY-MM-DD' string."""
    if isinstance(value, str):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            raise DataError(line(f"date('{value}')", "not a date", "write it as YYYY-MM-DD, e.g. 2023-08-08")) from None
    return format_date(value, format="long", locale=catalogue.text("babel_locale", lang))
