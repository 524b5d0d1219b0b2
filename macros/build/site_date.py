"""The day the site is built for: `SITE_DATE=YYYY-MM-DD` (tests and rebuilds of a past day set it), else today.

What depends on the day — the home page's next or most recent workshop, the date `make synced` records —
asks here, never the clock directly, so a test gives the day instead of depending on when it runs.
"""

import datetime
import os

from ..base.errors import DataError, line

VARIABLE = "SITE_DATE"


def today() -> datetime.date:
    """The build's day: SITE_DATE if set, else the clock's date."""
    value = os.environ.get(VARIABLE, "").strip()
    if not value:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise DataError(line(VARIABLE, f"'{value}' is not a date", "write it as YYYY-MM-DD, e.g. 2026-12-06, or unset it")) from None
