"""Tables about the workshops: the list of events, and who took part."""

import datetime

from markupsafe import Markup

from ..base import html, links
from ..base.errors import DataError, line
from ..content.events import Event
from .reader import Reader


def _title(event: Event, r: Reader) -> Markup | str:
    """The event's title, linked to the page that shows it, if it has one."""
    if not event.page:
        return event.title(r)
    return Markup('<a href="{}">{}</a>').format(r.link(links.page_path(event.page)), event.title(r))


def event_list(events: list[Event], r: Reader) -> Markup:
    """Every event with its dates, format and status, linked to its page where it has one."""
    t = r.t
    rows = []
    for event in events:
        rows.append(([r.date_range(event.start_date, event.end_date), _title(event, r),
                      t(f"format_{event.format}"), t(f"status_{event.status}")], None))
    columns = [t("event_date"), t("event_workshop"), t("event_format"), t("event_status")]
    return html.table(t("event_list_caption"), columns, rows, row_header=1, labels=True)


def participation(event: Event, r: Reader) -> Markup:
    """Institutions and how many participants each sent, with the total."""
    if not event.participation:
        raise DataError(line(f"event '{event.id}'", "has no participation list",
                             "add `participation:` with institutions and counts to its data file"))
    t = r.t
    rows = [([entry.institution(r), r.number(entry.participants)], None)
            for entry in event.participation]
    total = r.number(sum(entry.participants for entry in event.participation))
    return html.table(t("participation_caption", event=event.title(r)),
                      [t("participation_institution"), t("participation_count")], rows,
                      foot=[(t("agenda_total"), 1), (total, 1)])


def featured(events: list[Event], r: Reader, today: datetime.date) -> Markup:
    """The next workshop (starting today or later), else the most recent one, in one line."""
    upcoming = [event for event in events if event.start_date >= today]
    event = min(upcoming, key=lambda e: e.start_date) if upcoming else max(events, key=lambda e: e.start_date)
    t = r.t
    details = [r.date_range(event.start_date, event.end_date), t(f"format_{event.format}")]
    if event.venue:
        details.append(event.venue(r))
    return Markup('<p class="featured-workshop"><strong>{}</strong> {} ({})</p>').format(
        t("workshop_next" if upcoming else "workshop_latest"), _title(event, r), " · ".join(details))
