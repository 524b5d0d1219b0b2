"""The learning programme on the page: a path's steps, the paths index with "Where do I start?",
"continue where you left off" and the progress tools (marking, export and import: learning.js).

Without JavaScript every path, step, quiz answer and worksheet is still there; only the controls
that need the browser's storage stay hidden.
"""

from markupsafe import Markup

from ..base.search_marker import EXCLUDE as X
from ..content import cases, modules, paths, quizzes, worksheets
from . import principles, quizzes as quiz_form, worksheet_form
from .citations import PageSources
from .reader import Reader

M = Markup


def path_page(path_id: str, r: Reader, sources: PageSources) -> Markup:
    """A path: its challenge, principles and total time, then each step with what it points to."""
    t = r.t
    path = paths.load(path_id)
    cite = M("; ").join(sources.cite(key) for key in path.sources)
    facts = M('<dl class="path__facts"><dt>{}</dt><dd>{} {}</dd><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd></dl>').format(
        t("path_challenge"), path.challenge_text(r), cite,
        t("path_principles"), M(", ").join(principles.link(p, r) for p in path.principles),
        t("path_total"), t("path_total_value", time=r.duration(path.minutes()), steps=len(path.steps)))
    steps = M("\n").join(_step(path, number, step, r, sources) for number, step in enumerate(path.steps, 1))
    return M('<div class="path" data-path="{}">\n<p class="path__summary">{}</p>\n{}\n{}\n'
             '<ol class="path__steps">\n{}\n</ol>\n</div>').format(
        path.id, path.summary(r), facts, _progress(path, r), steps)


def _progress(path: paths.LearningPath, r: Reader) -> Markup:
    """A progress bar, shown by the script (which knows what was done)."""
    return M('<p class="path__progress" hidden{0}><label for="progress-{1}" data-template="{2}"></label> '
             '<progress id="progress-{1}" max="{3}" value="0"></progress></p>').format(
        X, path.id, r.t("path_progress"), len(path.steps))


def _step(path, number: int, step: paths.Step, r: Reader, sources: PageSources) -> Markup:
    t = r.t
    target, body = _target(path, step, r, sources)
    heading = M('<h2 id="step-{0}"><span class="path__kind">{1}</span> {2}</h2>').format(
        number, t("path_step", number=number, kind=t(f"path_kind_{step.kind}")), target)
    done = M('<p class="path__done" hidden data-js{}><label><input type="checkbox" data-done> {}</label></p>').format(
        X, t("path_mark_done"))
    return M('<li class="path__step path__step--{0}" data-step="{1}">\n{2}\n<p class="path__meta"{3}>{4}</p>\n'
             '<p>{5}</p>\n{6}{7}\n</li>').format(
        step.kind, step.key(), heading, X, t("path_minutes", time=r.duration(step.minutes)),
        step.note(r), body, done)


def _target(path, step: paths.Step, r: Reader, sources: PageSources) -> tuple[Markup, Markup]:
    """The step's heading text (linked where it points elsewhere) and what the page shows of it."""
    t = r.t
    link = lambda where, text: M('<a href="{}">{}</a>').format(where, text)  # noqa: E731
    if step.kind == "read":
        module = modules.load(step.module)
        return link(r.link(module.path()) + "#" + step.section(r), t(
            "path_read_target", toolkit=t(f"toolkit_{module.toolkit}_short"), number=module.number,
            section=paths.section_title(step, r.code))), M("")
    if step.kind == "case":
        case = cases.load(step.case)
        return link(r.link(case.path()), case.title(r)), M("")
    if step.kind == "check":
        quiz = quizzes.load(step.quiz)
        cited = M("; ").join(sources.cite(key) for key in quiz.sources)
        return quiz.title(r), quiz_form.render(quiz, r) + (
            M('<p class="quiz__sources">{} {}</p>').format(t("quiz_sources"), cited) if quiz.sources else M(""))
    sheet = worksheets.load(step.worksheet or paths.PLAN_WORKSHEET)
    heading = link(r.link(f"worksheets/{sheet.id}/"), sheet.title(r))
    if step.kind == "plan":  # the plan is the path's own: headed with its challenge, kept apart from other plans
        context = M('<p class="worksheet__context"><strong>{}</strong> {}</p>').format(
            t("path_challenge"), path.challenge_text(r))
        return heading, worksheet_form.render(sheet, r, level=3, context=context, record=f"{sheet.id}.{path.id}",
                                              searchable=False)
    return heading, worksheet_form.render(sheet, r, level=3, searchable=False)  # found on its own page


def path_index(r: Reader) -> Markup:
    """Every path as a card: its challenge, steps, time and (from the script) progress."""
    t = r.t
    cards = M("").join(
        M('<li class="path-card" data-path="{0}" data-keys="{1}"><h3><a href="{2}">{3}</a></h3>'
          '<p><strong>{4}</strong> {5}</p><p class="path-card__meta">{6}</p>{7}</li>').format(
            path.id, path.step_keys(), r.link(path.page()), path.title(r), t("path_challenge"), path.challenge_text(r),
            t("path_total_value", time=r.duration(path.minutes()), steps=len(path.steps)), _progress(path, r))
        for path in paths.all_paths().values())
    return M('<ul class="path-cards">{}</ul>').format(cards)


def diagnosis(r: Reader) -> Markup:
    """"Where do I start?": the reader rates each challenge; the script recommends one or two paths."""
    t = r.t
    scale = [t(f"diagnosis_level_{level}") for level in range(4)]
    questions = M("").join(
        M('<fieldset class="diagnosis__challenge"><legend>{0}</legend>{1}</fieldset>').format(
            path.challenge_text(r), M("").join(
                M('<label><input type="radio" name="{0}" value="{1}"{2}> {3}</label>').format(
                    path.id, level, M(" checked") if level == 0 else "", text) for level, text in enumerate(scale)))
        for path in paths.all_paths().values())
    titles = M("").join(M('<li data-path="{}" hidden><a href="{}">{}</a></li>').format(path.id, r.link(path.page()), path.title(r))
                        for path in paths.all_paths().values())
    return M('<form class="diagnosis" hidden data-js{0}><p>{1}</p>{2}'
             '<p><button type="submit" class="md-button">{3}</button></p>'
             '<div class="diagnosis__result" role="status" aria-live="polite"><p hidden data-some>{4}</p>'
             '<p hidden data-none>{5} <a href="{6}">{7}</a></p><ul>{8}</ul></div></form>').format(
        X, t("diagnosis_intro"), questions, t("diagnosis_submit"), t("diagnosis_result"), t("diagnosis_none"),
        r.link(modules.load("t1-m1").path()), t("diagnosis_module_1"), titles)


def continue_reading(r: Reader) -> Markup:
    """"Continue where you left off" (home page), filled by the script from the reader's progress."""
    t = r.t
    known = M("").join(M('<li data-path="{}" data-keys="{}"><a href="{}">{}</a></li>').format(
        path.id, path.step_keys(), r.link(path.page()), path.title(r))
        for path in paths.all_paths().values())
    return M('<div class="continue" hidden{0}><p><strong>{1}</strong> <a data-continue-link href=""></a> '
             '<span data-continue-count data-template="{2}"></span></p><ul hidden>{3}</ul></div>').format(
        X, t("continue_heading"), t("path_progress"), known)


def progress_tools(r: Reader) -> Markup:
    """Export, import and clear what this browser keeps (progress, quiz answers, worksheets)."""
    t = r.t
    messages = {f"data-{name}": t(f"progress_{name.replace('-', '_')}") for name in (
        "summary", "nothing", "imported", "cleared", "not-export", "other-version", "corrupt", "confirm-clear")}
    attrs = M("").join(M(' {}="{}"').format(name, value) for name, value in messages.items())
    return M('<div class="progress-tools" hidden data-js{0}{1}>'
             '<p><button type="button" class="md-button" data-action="export">{2}</button> '
             '<label class="md-button progress-tools__file">{3} <input type="file" accept=".json,application/json" data-action="import"></label> '
             '<button type="button" class="md-button" data-action="clear">{4}</button></p>'
             '<div class="progress-tools__confirm" hidden><p data-confirm-text></p>'
             '<p><button type="button" class="md-button" data-action="confirm">{5}</button> '
             '<button type="button" class="md-button" data-action="cancel">{6}</button></p></div>'
             '<p class="progress-tools__status" role="status" aria-live="polite"></p></div>').format(
        X, attrs, t("progress_export"), t("progress_import"), t("progress_clear"), t("progress_replace"), t("progress_cancel"))
