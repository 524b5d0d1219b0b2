"""Agendas: time-zone conversion, the rendered table, dual-time mentions and calendar files."""

import datetime
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest

from conftest import SITE_DATE, mkdocs_build, prefix
from macros.base.errors import DataError
from macros.content import catalogue, events, timezones
from macros.render import agenda, calendar
from macros.render.reader import Reader

UTC = datetime.timezone.utc


def moment(day: str, time: str, zone="America/Guayaquil"):
    return timezones.at(datetime.date.fromisoformat(day), timezones.parse_time(time), zone)


@pytest.mark.parametrize("day, new_york", [
    ("2023-08-08", "10:00"),  # EDT in August
    ("2023-12-05", "09:00"),  # EST in December
    ("2023-03-11", "09:00"),  # the day before daylight saving time starts (12 March 2023)
    ("2023-03-12", "10:00"),
    ("2023-11-04", "10:00"),  # the day before it ends (5 November 2023)
    ("2023-11-05", "09:00"),
])
def test_nine_in_ecuador_is_computed_for_new_york_on_the_day(day, new_york):
    assert Reader("en").clock(moment(day, "09:00"), "America/New_York") == new_york


def test_offsets_are_labelled_with_a_minus_sign_and_half_hours():
    aug = moment("2023-08-08", "09:00")
    assert Reader("en").zone_label("America/Guayaquil", aug) == "Ecuador (UTC−5)"
    assert Reader("es").zone_label("America/New_York", aug) == "Nueva York (UTC−4)"
    assert Reader("en").zone_label("Asia/Kolkata", aug) == "Kolkata (UTC+5:30)"
    assert Reader("en").clock(aug, "Asia/Kolkata") == "19:30"
    assert Reader("es").zone_label("Europe/Zurich", aug) == "Ginebra (UTC+2)"


def test_times_must_be_hh_mm():
    for bad in ("9:00", "24:00", "09:60", "0900", 540):
        with pytest.raises(ValueError, match="is not HH:MM"):
            timezones.parse_time(bad)


def test_dual_time_mention_in_both_languages():
    assert agenda.dual_time("2023-08-08 09:00", Reader("en")) == "09:00 Ecuador / 10:00 New York"
    assert agenda.dual_time("2023-12-05 09:00", Reader("es")) == "09:00 Ecuador / 09:00 Nueva York"
    with pytest.raises(DataError) as refused:
        agenda.dual_time("2023-08-08 9h", Reader("en"))
    assert str(refused.value) == ("dual_time('2023-08-08 9h'): time '9h' is not HH:MM (24-hour, e.g. 09:30)"
                                  " — write it as 'YYYY-MM-DD HH:MM'")


def rows(html: str) -> list[list[str]]:
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return [[re.sub(r"<[^>]+>", " ", cell).split()[0] if cell.strip() else "" for cell in
             re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row)] for row in body.split("</tr>") if "<t" in row]


@pytest.mark.parametrize("lang, headers, total", [
    ("en", ["Ecuador (UTC−5)", "New York (UTC−4)", "Session", "Speakers", "Duration"], "2 h 30 min"),
    ("es", ["Ecuador (UTC−5)", "Nueva York (UTC−4)", "Sesión", "Intervienen", "Duración"], "2\u00a0h 30\u00a0min"),  # U+00A0
])
def test_tot_agenda_table(lang, headers, total):
    html = agenda.render(events.load("2023-08-08-tot"), Reader(lang), "calendar/x.ics")
    assert re.findall(r'<th scope="col">(.*?)</th>', html) == headers
    assert "<caption>" in html and 'scope="row"' in html
    times = [(row[0], row[1]) for row in rows(html)]
    assert times == [("09:00–09:15", "10:00–10:15"), ("09:15–09:25", "10:15–10:25"), ("09:25–09:40", "10:25–10:40"),
                     ("09:40–10:30", "10:40–11:30"), ("10:30–11:30", "11:30–12:30"), ("11:30", "12:30")]
    assert f"<td colspan=\"1\">{total}</td>" in html
    assert html.count(f'<td data-label="{headers[0]}">') == 6  # each time names its zone on a phone


def test_date_only_event_shows_its_dates_without_times():
    html = agenda.render(events.load("2023-10-11-quito"), Reader("es"), "calendar/x.ics")
    assert "11–12 de octubre de 2023" in html and "<table" not in html
    html = agenda.render(events.load("2023-08-29-online-workshop"), Reader("en"), "calendar/x.ics")
    assert "29 August 2023" in html and "Proposed date" in html


def test_text_from_yaml_is_escaped():
    event = events.load("2023-08-08-tot")
    hostile = event.model_copy(update={"title": event.title.model_copy(update={"en": "<script>alert(1)</script>"})})
    html = agenda.render(hostile, Reader("en"), "calendar/x.ics")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_calendar_file_has_the_right_instants():
    cal = icalendar.Calendar.from_ical(calendar.ics(events.load("2023-08-08-tot"), Reader("es"), "https://x/es/"))
    [entry] = cal.walk("VEVENT")
    assert entry.decoded("dtstart") == datetime.datetime(2023, 8, 8, 9, 0, tzinfo=ZoneInfo("America/Guayaquil"))
    assert entry.decoded("dtstart").astimezone(UTC) == datetime.datetime(2023, 8, 8, 14, 0, tzinfo=UTC)
    assert entry.decoded("dtend").astimezone(UTC) == datetime.datetime(2023, 8, 8, 16, 30, tzinfo=UTC)
    assert str(entry["summary"]).startswith("Formación de formadores")
    assert "10:30–11:30 (Ecuador) Diálogo interactivo" in str(entry["description"])
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/Guayaquil"]


def test_calendar_file_of_a_date_only_event_is_all_day():
    cal = icalendar.Calendar.from_ical(calendar.ics(events.load("2023-10-11-quito"), Reader("en"), "https://x/"))
    [entry] = cal.walk("VEVENT")
    assert entry.decoded("dtstart") == datetime.date(2023, 10, 11)
    assert entry.decoded("dtend") == datetime.date(2023, 10, 13)  # exclusive end: through 12 October
    assert "Quito" in str(entry["location"])


# Each session's title and each of its times (Ecuador, New York and, for a reader in Madrid, "your time"),
# with where it sits on the screen and the zone name shown before the time.
AGENDA_JS = """() => [...document.querySelectorAll('.agenda tbody tr')].flatMap((row) => [
  ...[...row.querySelectorAll('.agenda__time')].map((time) => ({
    text: time.textContent, box: time.getBoundingClientRect().toJSON(),
    label: getComputedStyle(time.closest('td'), '::before').content})),
  {text: row.querySelector('th').textContent, box: row.querySelector('th').getBoundingClientRect().toJSON()}])"""


@pytest.mark.parametrize("lang, zones", [("es", ["Ecuador (UTC−5)", "Nueva York (UTC−4)", "Su hora (UTC+2"]),
                                         ("en", ["Ecuador (UTC−5)", "New York (UTC−4)", "Your time (UTC+2"])])
@pytest.mark.parametrize("width, height", [(360, 740), (390, 844)])
def test_agenda_on_a_phone_shows_every_title_and_time_without_scrolling(site, browser, lang, zones, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, timezone_id="Europe/Madrid")
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "workshops/2023-08-08-tot/")
    shown = tab.evaluate(AGENDA_JS)
    page_width = tab.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert len(shown) == 6 * 4, "six sessions, each with three times and a title"
    outside = [item["text"][:40] for item in shown
               if not item["box"]["width"] or item["box"]["left"] < 0 or item["box"]["right"] > width]
    assert not outside, f"off-screen at {width} px: {outside}"
    assert page_width <= width
    labels = [item["label"] for item in shown if "label" in item]
    assert [label.strip('"')[:len(zones[index % 3])] for index, label in enumerate(labels)] == zones * 6


@pytest.mark.parametrize("lang", ["es", "en"])
def test_agenda_with_the_readers_time_fits_a_desktop_column(site, browser, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, timezone_id="Europe/Madrid")
    tab = context.new_page()
    tab.goto(site.url + prefix(lang) + "workshops/2023-08-08-tot/")
    table, column, foot = tab.evaluate("""() => [document.querySelector('.agenda table'),
      document.querySelector('.md-content__inner')].map((el) => el.getBoundingClientRect().right).concat(
      [[...document.querySelectorAll('.agenda tfoot :is(th, td)')].map((cell) => cell.getBoundingClientRect().top)])""")
    displays = tab.evaluate("getComputedStyle(document.querySelector('.agenda tbody tr')).display")
    context.close()
    assert displays == "table-row"
    assert table <= column + 0.5, f"the table overflows its column by {table - column:.0f} px"
    assert len(foot) == 2 and foot[0] == foot[1], "the Total row's cells are not on one line"


def featured(site_dir, lang: str) -> tuple[str, str]:
    """The home page's workshop line: its text, and where its link leads."""
    line = re.search(r'<p class="featured-workshop">(.*?)</p>', (site_dir / prefix(lang) / "index.html").read_text(encoding="utf-8"), re.S)
    assert line, f"no workshop line on the {lang} home page"
    return " ".join(re.sub(r"<[^>]+>", " ", line[1]).split()).replace(" :", ":"), re.search(r'href="([^"]*)"', line[1])[1]


FEATURED = {  # the home page on SITE_DATE: the workshop starting that day or after it, else the last one
    ("2023-09-18", "es"): ("workshop_next", "Taller en línea sobre los módulos, 3 de 4 (18 de septiembre de 2023 · En línea)"),
    ("2023-09-18", "en"): ("workshop_next", "Online module workshop 3 of 4 (18 September 2023 · Online)"),
    (SITE_DATE, "es"): ("workshop_latest", "Taller presencial sobre innovación y transformación digital para la "
                                           "implementación de los ODS (11–12 de octubre de 2023 · Presencial · Quito, Ecuador)"),
    (SITE_DATE, "en"): ("workshop_latest", "In-person workshop on innovation and digital transformation for SDG "
                                           "implementation (11–12 October 2023 · In person · Quito, Ecuador)"),
}


def test_the_home_page_features_the_next_workshop_on_the_build_day_else_the_most_recent(site, scratch, tmp_path):
    """SITE_DATE is the build's today: on the day of a workshop it is still the next one; after the last
    workshop (the test site's day, after every event in data/events/) the most recent one is featured."""
    assert mkdocs_build(scratch, tmp_path / "out", "http://127.0.0.1/governance-sdgs/", site_date="2023-09-18").returncode == 0
    for (day, lang), (label, text) in FEATURED.items():
        built = tmp_path / "out" if day == "2023-09-18" else site.dir
        shown, href = featured(built, lang)
        assert shown == f"{catalogue.text(label, lang)} {text}", f"SITE_DATE={day}, {lang} home page: {shown!r}"
        assert href == "workshops/follow-up/"
