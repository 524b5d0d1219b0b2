"""Tables about the workshops: the list of events, and who took part."""

import datetime

from babel.numbers import format_decimal
from markupsafe import Markup

from . import catalogue, dates, html
from .errors import DataError, line
from .events import Event


def event_list(events: list[Event], lang: str, href) -> Markup:
    """Every event with its dates, format and status; `href(event)` links its page or is None."""
    t = lambda key: catalogue.text(key, lang)  # noqa: E731
    rows = []
    for event in events:
        link = href(event)
        title = Markup('<a href="{}">{}</a>').format(link, event.title(lang)) if link else event.title(lang)
        rows.append(([dates.date_range(event.start_date, event.end_date, lang), title,
                      t(f"format_{event.format}"), t(f"status_{event.status}")], None))
    columns = [t("event_date"), t("event_workshop"), t("event_format"), t("event_status")]
    return html.table(t("event_list_caption"), columns, rows, row_header=1, labels=True)


def participation(event: Event, lang: str) -> Markup:
    """Institutions and how many participants each sent, with the total."""
    if not event.participation:
        raise DataError(line(f"event '{event.id}'", "has no participation list",
                             "add `participation:` with institutions and counts to its data file"))
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    locale = t("babel_locale")
    rows = [([entry.institution(lang), format_decimal(entry.participants, locale=locale)], None)
            for entry in event.participation]
    total = format_decimal(sum(entry.participants for entry in event.participation), locale=locale)
    return html.table(t("participation_caption", event=event.title(lang)),
                      [t("participation_institution"), t("participation_count")], rows,
                      foot=[(t("agenda_total"), 1), (total, 1)])


def featured(events: list[Event], lang: str, href, today: datetime.date) -> Markup:
    """The next workshop (starting today or later), else the most recent one, in one line."""
    upcoming = [event for event in events if event.start_date >= today]
    event = min(upcoming, key=lambda e: e.start_date) if upcoming else max(events, key=lambda e: e.start_date)
    t = lambda key: catalogue.text(key, lang)  # noqa: E731
    link = href(event)
    title = Markup('<a href="{}">{}</a>').format(link, event.title(lang)) if link else event.title(lang)
    details = [dates.date_range(event.start_date, event.end_date, lang), t(f"format_{event.format}")]
    if event.venue:
        details.append(event.venue(lang))
    return Markup('<p class="featured-workshop"><strong>{}</strong> {} ({})</p>').format(
        t("workshop_next" if upcoming else "workshop_latest"), title, " · ".join(details))
