"""mkdocs-macros entry point: registers the functions page authors call.

Each function lives in a module named for its job; this file only wires them up.
"""

import datetime

from . import agenda as agendas
from . import group_results as group_results_page
from . import (calendar, cases, catalogue, dates, egov, errors, events, facilitator_guide, glossary, language, learning,
               links, offline, printing, references, toolkit, worksheet_form, worksheet_index, worksheets, workshops)


def define_env(env):
    """Register the macros (called by mkdocs-macros for each language build)."""
    errors.register_formatters()
    env.variables["page_sources"] = references.PageSources()

    def sources() -> references.PageSources:
        return env.variables["page_sources"]

    def lang() -> str:
        return language.current(env.conf)

    def link(path: str) -> str:
        """A link from the page being built to a site path in the page's language."""
        return links.relative(links.in_language(links.served(path, env.conf), lang()), env.page.url)

    def event_page(event) -> str | None:
        """A link to the page that shows an event, if it has one."""
        return link(links.page_path(event.page)) if event.page else None

    @env.macro
    def t(key: str) -> str:
        """A string from the bilingual catalogue, in the page's language."""
        return catalogue.text(key, lang())

    @env.macro
    def date(value) -> str:
        """A date in the page's language: {{ date("2023-08-08") }}."""
        return dates.long_date(value, lang())

    @env.macro
    def agenda(event_id: str) -> str:
        """An event's agenda in every displayed time zone, with its calendar file: {{ agenda("2023-08-08-tot") }}."""
        event = events.load(event_id)
        return agendas.render(event, lang(), link(calendar.path(event)))

    @env.macro
    def dual_time(when: str, zone: str = "America/Guayaquil") -> str:
        """One moment in Ecuador and New York time: {{ dual_time("2023-08-08 09:00") }}."""
        return agendas.dual_time(when, lang(), zone)

    @env.macro
    def event_list() -> str:
        """A table of every event, linked to its page: {{ event_list() }}."""
        return workshops.event_list(events.all_events(), lang(), event_page)

    @env.macro
    def featured_workshop() -> str:
        """The next workshop, or the most recent one, linked to its page: {{ featured_workshop() }}."""
        return workshops.featured(events.all_events(), lang(), event_page, datetime.date.today())

    @env.macro
    def participation(event_id: str) -> str:
        """The institutions that took part in an event, with counts: {{ participation("2023-08-08-tot") }}."""
        return workshops.participation(events.load(event_id), lang())

    @env.macro
    def worksheet(worksheet_id: str) -> str:
        """A worksheet to fill on screen or print, headed by the page's h1: {{ worksheet("readiness") }}."""
        return worksheet_form.render(worksheets.load(worksheet_id), lang())

    @env.macro
    def worksheet_list() -> str:
        """Every worksheet by module, with durations, activities and print packs: {{ worksheet_list() }}."""
        return worksheet_index.index(lang(), link)

    @env.macro
    def group_results() -> str:
        """The group results of any worksheet, from the participants' answer files: {{ group_results() }}."""
        return group_results_page.page(lang())

    @env.macro
    def print_pack(module_id: str) -> str:
        """All worksheets of a module, each starting on a new printed page: {{ print_pack("t1-m2") }}."""
        return worksheet_index.pack(module_id, lang())

    @env.macro
    def cite(key: str) -> str:
        """An inline citation, "(DAES, 2023)", with its full entry in the page's sources: {{ cite("key") }}."""
        return sources().cite(key, lang())

    @env.macro
    def session_plan(module_id: str) -> str:
        """A module's sessions with times, methods, materials and total: {{ session_plan("t1-m1") }}."""
        return toolkit.session_plan(module_id, lang())

    @env.macro
    def toolkit_overview(toolkit_id: str) -> str:
        """Day → module → sessions of a toolkit, from the modules' data: {{ toolkit_overview("innovation") }}."""
        return toolkit.overview(toolkit_id, lang(), link)

    @env.macro
    def activities(module_id: str) -> str:
        """Links to a module's worksheets: {{ activities("t1-m1") }}."""
        return toolkit.activities(module_id, lang(), link)

    @env.macro
    def key_points(module_id: str) -> str:
        """A module's 3–5 key points: {{ key_points("t1-m1") }}."""
        return toolkit.key_points(module_id, lang(), sources())

    @env.macro
    def toolkit_key_points(toolkit_id: str) -> str:
        """Every module's key points of a toolkit, day by day: {{ toolkit_key_points("innovation") }}."""
        return toolkit.all_key_points(toolkit_id, lang(), link, sources())

    @env.macro
    def toolkit_facilitator_guide(toolkit_id: str) -> str:
        """A toolkit's facilitator guide: days, plans, notes, materials, print list: {{ toolkit_facilitator_guide("innovation") }}."""
        return facilitator_guide.guide(toolkit_id, lang(), link)

    @env.macro
    def readings(module_id: str) -> str:
        """A module's readings with annotations: {{ readings("t1-m1") }}."""
        return toolkit.readings(module_id, lang(), sources())

    @env.macro
    def reading_list() -> str:
        """Every reference, grouped by module: {{ reading_list() }}."""
        return toolkit.all_readings(lang(), sources())

    @env.macro
    def print_module() -> str:
        """A "Print this module" button (shown when JavaScript runs)."""
        return printing.button("print_page", lang())

    @env.macro
    def offline_download() -> str:
        """A "Download for offline use" button for the site's ZIP: {{ offline_download() }}."""
        return offline.download(lang(), links.relative(offline.ZIP, env.page.url), env.conf)  # one ZIP at the root

    @env.macro
    def glossary_page() -> str:
        """Every glossary term by initial letter, in the page's language: {{ glossary_page() }}."""
        return glossary.page(lang(), link)

    @env.macro
    def case_index() -> str:
        """Every case study, with filters by theme and principle: {{ case_index() }}."""
        return cases.index(lang(), link)

    @env.macro
    def case_facts(case_id: str) -> str:
        """A case at a glance (country, themes, principles, worksheet): {{ case_facts("x-road") }}."""
        return cases.facts(case_id, lang(), link)

    @env.macro
    def case_sources(case_id: str) -> str:
        """The sources of a case study: {{ case_sources("x-road") }}."""
        return cases.sources(case_id, lang(), sources())

    @env.macro
    def learning_path(path_id: str) -> str:
        """A learning path's challenge and steps, with its quiz and worksheets: {{ learning_path("regulations") }}."""
        return learning.path_page(path_id, lang(), link, sources())

    @env.macro
    def path_list() -> str:
        """Every learning path as a card with its progress: {{ path_list() }}."""
        return learning.path_index(lang(), link)

    @env.macro
    def where_to_start() -> str:
        """"Where do I start?": rate the challenges, get one or two paths: {{ where_to_start() }}."""
        return learning.diagnosis(lang(), link)

    @env.macro
    def continue_reading() -> str:
        """"Continue where you left off", shown once the reader has opened a path: {{ continue_reading() }}."""
        return learning.continue_reading(lang(), link)

    @env.macro
    def progress_tools() -> str:
        """Export, import and clear the reader's progress and answers: {{ progress_tools() }}."""
        return learning.progress_tools(lang())

    @env.macro
    def egov_chart() -> str:
        """The E-Government Survey figures as a chart and a table: {{ egov_chart() }}."""
        return egov.chart(lang(), lambda key: sources().cite(key, lang()))


def on_pre_page_macros(env):
    """Each page starts with no citations."""
    env.variables["page_sources"] = references.PageSources()


def on_post_page_macros(env):
    """A page that cites what it does not list gets a Sources section at its end."""
    sources: references.PageSources = env.variables["page_sources"]
    if missing := sources.unlisted():
        lang = language.current(env.conf)
        env.markdown += '\n\n## {} {{ data-search-exclude="true" }}\n\n{}\n'.format(
            catalogue.text("sources_heading", lang), sources.entries(missing, lang))
