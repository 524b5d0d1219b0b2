"""mkdocs-macros entry point: registers the functions page authors call, and nothing else.

Each macro hands its work to a renderer in `render/`, with the page's reader (its language, made once
per page) and, where the page cites, the page's sources. The code's rooms: README "How the code is laid out".
"""

import functools

from .base import language, links
from .build import error_lines, offline, site_date
from .content import events, worksheets
from .render import agenda as agendas
from .render import (calendar, cases, challenges, decks, downloads, facilitator_guide, glossary, group_results as group_results_page,
                     learning, offline_save, printing, survey_chart, toolkit, worksheet_form, worksheet_index, workshops)
from .render.citations import PageSources
from .render.reader import Reader


def define_env(env):
    """Register the macros (called by mkdocs-macros for each language build)."""
    error_lines.register_formatters()

    def r() -> Reader:
        return env.variables["reader"]

    def sources() -> PageSources:
        return env.variables["page_sources"]

    @env.macro
    def t(key: str) -> str:
        """A string from the bilingual catalogue, in the page's language."""
        return r().t(key)

    @env.macro
    def date(value) -> str:
        """A date in the page's language: {{ date("2023-08-08") }}."""
        return r().date(value)

    @env.macro
    def agenda(event_id: str) -> str:
        """An event's agenda in every displayed time zone, with its calendar file: {{ agenda("2023-08-08-tot") }}."""
        event = events.load(event_id)
        return agendas.render(event, r(), r().link(calendar.path(event)))

    @env.macro
    def dual_time(when: str, zone: str = "America/Guayaquil") -> str:
        """One moment in Ecuador and New York time: {{ dual_time("2023-08-08 09:00") }}."""
        return agendas.dual_time(when, r(), zone)

    @env.macro
    def event_list() -> str:
        """A table of every event, linked to its page: {{ event_list() }}."""
        return workshops.event_list(events.all_events(), r())

    @env.macro
    def featured_workshop() -> str:
        """The next workshop, or the most recent one, linked to its page: {{ featured_workshop() }}."""
        return workshops.featured(events.all_events(), r(), site_date.today())

    @env.macro
    def participation(event_id: str) -> str:
        """The institutions that took part in an event, with counts: {{ participation("2023-08-08-tot") }}."""
        return workshops.participation(events.load(event_id), r())

    @env.macro
    def worksheet(worksheet_id: str) -> str:
        """A worksheet to fill on screen or print, headed by the page's h1: {{ worksheet("readiness") }}."""
        return worksheet_form.render(worksheets.load(worksheet_id), r())

    @env.macro
    def worksheet_list() -> str:
        """Every worksheet by module, with durations, activities and print packs: {{ worksheet_list() }}."""
        return worksheet_index.index(r())

    @env.macro
    def group_results() -> str:
        """The group results of any worksheet, from the participants' answer files: {{ group_results() }}."""
        return group_results_page.page(r())

    @env.macro
    def print_pack(module_id: str) -> str:
        """All worksheets of a module, each starting on a new printed page: {{ print_pack("t1-m2") }}."""
        return worksheet_index.pack(module_id, r())

    @env.macro
    def cite(key: str) -> str:
        """An inline citation, "(DAES, 2023)", with its full entry in the page's sources: {{ cite("key") }}."""
        return sources().cite(key)

    @env.macro
    def session_plan(module_id: str) -> str:
        """A module's sessions with times, methods, materials and total: {{ session_plan("t1-m1") }}."""
        return toolkit.session_plan(module_id, r())

    @env.macro
    def slide_deck(module_id: str) -> str:
        """A module's day as a reveal.js deck, for the page's `template: deck.html`: {{ slide_deck("t1-m3") }}."""
        return decks.deck(module_id, r(), sources())

    @env.macro
    def toolkit_overview(toolkit_id: str) -> str:
        """Day → module → sessions of a toolkit, from the modules' data: {{ toolkit_overview("innovation") }}."""
        return toolkit.overview(toolkit_id, r())

    @env.macro
    def activities(module_id: str) -> str:
        """Links to a module's worksheets: {{ activities("t1-m1") }}."""
        return toolkit.activities(module_id, r())

    @env.macro
    def key_points(module_id: str) -> str:
        """A module's 3–5 key points: {{ key_points("t1-m1") }}."""
        return toolkit.key_points(module_id, r(), sources())

    @env.macro
    def toolkit_key_points(toolkit_id: str) -> str:
        """Every module's key points of a toolkit, day by day: {{ toolkit_key_points("innovation") }}."""
        return toolkit.all_key_points(toolkit_id, r(), sources())

    @env.macro
    def toolkit_facilitator_guide(toolkit_id: str) -> str:
        """A toolkit's facilitator guide: days, plans, notes, materials, print list: {{ toolkit_facilitator_guide("innovation") }}."""
        return facilitator_guide.guide(toolkit_id, r())

    @env.macro
    def readings(module_id: str) -> str:
        """A module's readings with annotations: {{ readings("t1-m1") }}."""
        return toolkit.readings(module_id, sources())

    @env.macro
    def reading_list() -> str:
        """Every reference, grouped by module: {{ reading_list() }}."""
        return toolkit.all_readings(r(), sources())

    @env.macro
    def print_module() -> str:
        """A "Print this module" button (shown when JavaScript runs)."""
        return printing.button("print_page", r())

    @env.macro
    def offline_download() -> str:
        """A "Download for offline use" button for the site's ZIP, where `make site` makes it: {{ offline_download() }}."""
        return downloads.offline_zip(r()) if offline.downloads_made(env.conf) else ""

    @env.macro
    def save_offline() -> str:
        """"Save for use without a connection" for the page's language, shown on the published site: {{ save_offline() }}."""
        return offline_save.save_box(r())

    @env.macro
    def kept_pages() -> str:
        """The offline page's list of the pages this device keeps (offline.js fills it): {{ kept_pages() }}."""
        return offline_save.kept_pages(r())

    @env.macro
    def glossary_page() -> str:
        """Every glossary term by initial letter, in the page's language: {{ glossary_page() }}."""
        return glossary.page(r())

    @env.macro
    def case_index() -> str:
        """Every case study, with filters by theme and principle: {{ case_index() }}."""
        return cases.index(r())

    @env.macro
    def case_facts(case_id: str) -> str:
        """A case at a glance (country, themes, principles, worksheet): {{ case_facts("x-road") }}."""
        return cases.facts(case_id, r())

    @env.macro
    def case_sources(case_id: str) -> str:
        """The sources of a case study: {{ case_sources("x-road") }}."""
        return cases.sources(case_id, sources())

    @env.macro
    def learning_path(path_id: str) -> str:
        """A learning path's challenge and steps, with its quiz and worksheets: {{ learning_path("regulations") }}."""
        return learning.path_page(path_id, r(), sources())

    @env.macro
    def path_list() -> str:
        """Every learning path as a card with its progress: {{ path_list() }}."""
        return learning.path_index(r())

    @env.macro
    def where_to_start() -> str:
        """"Where do I start?": rate the challenges, get one or two paths: {{ where_to_start() }}."""
        return learning.diagnosis(r())

    @env.macro
    def continue_reading() -> str:
        """"Continue where you left off", shown once the reader has opened a path: {{ continue_reading() }}."""
        return learning.continue_reading(r())

    @env.macro
    def progress_tools() -> str:
        """Export, import and clear the reader's progress and answers: {{ progress_tools() }}."""
        return learning.progress_tools(r())

    @env.macro
    def challenge_list() -> str:
        """The six challenges of the 8 August 2023 report, numbered, from data/challenges.yml: {{ challenge_list() }}."""
        return challenges.challenge_list(r())

    @env.macro
    def egov_chart() -> str:
        """The E-Government Survey figures as a chart and a table: {{ egov_chart() }}."""
        return survey_chart.chart(r(), sources())


def on_pre_page_macros(env):
    """Each page gets its reader (the page's language, links from the page) and starts with no citations."""
    reader = Reader(language.current(env.conf), env.page.url, functools.partial(links.served, config=env.conf))
    env.variables["reader"] = reader
    env.variables["page_sources"] = PageSources(reader)


def on_post_page_macros(env):
    """A page that cites what it does not list gets a Sources section at its end."""
    sources: PageSources = env.variables["page_sources"]
    if missing := sources.unlisted():
        env.markdown += '\n\n## {} {{ data-search-exclude="true" }}\n\n{}\n'.format(
            sources.r.t("sources_heading"), sources.entries(missing))
