"""Learning paths (data/paths/*.yml): one per challenge, in steps to read, study, do, check and plan.

Each step names what it points to (a module section, a case, a worksheet, a quiz); the build checks
that it exists in both languages. Progress is kept by the reader's browser (learning.js) under a
language-neutral key per step, so the Spanish and the English page share it.
"""

from pathlib import Path as File
from typing import Literal

from pydantic import Field, PositiveInt, model_validator

from ..base import headings
from ..base.errors import DataError, line
from ..base.language import LANGUAGES
from . import cases, challenges, datafiles, modules, principles, quizzes, references, worksheets
from .schema import Strict, Text

PATHS_DIR = datafiles.DATA_DIR / "paths"
DOCS_DIR = datafiles.DATA_DIR.parent / "docs"
PLAN_WORKSHEET = "action-plan"  # what a `plan` step fills, headed with the path's challenge
TARGETS = {"read": ("module", "section"), "case": ("case",), "do": ("worksheet",), "check": ("quiz",), "plan": ()}


class Step(Strict):
    """One step of a path: its kind, what it points to, how long it takes and why it is there."""

    kind: Literal["read", "case", "do", "check", "plan"]
    module: str | None = None  # read: a module id, with
    section: Text | None = None  # the id of a heading of its page, in each language
    case: str | None = None  # case: a case id
    worksheet: str | None = None  # do: a worksheet id
    quiz: str | None = None  # check: a quiz id
    minutes: PositiveInt
    note: Text

    @model_validator(mode="after")
    def targets_of_its_kind(self):
        given = {name for name in ("module", "section", "case", "worksheet", "quiz") if getattr(self, name) is not None}
        needed = set(TARGETS[self.kind])
        if missing := needed - given:
            raise ValueError(f"a '{self.kind}' step needs `{'` and `'.join(sorted(missing))}` — add it")
        if extra := given - needed:
            raise ValueError(f"a '{self.kind}' step takes no `{'`, `'.join(sorted(extra))}` — remove it"
                             + (f" (it takes `{'` and `'.join(needed)}`)" if needed else ""))
        return self

    def key(self) -> str:
        """The step's language-neutral name, under which the reader's browser keeps it as done."""
        target = {"read": f"{self.module}#{self.section.es if self.section else ''}", "case": self.case,
                  "do": self.worksheet, "check": self.quiz, "plan": PLAN_WORKSHEET}[self.kind]
        return f"{self.kind}:{target}"


class LearningPath(Strict):
    """A path through the curriculum for one challenge."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    challenge: PositiveInt  # its number in data/challenges.yml (the report's list)
    title: Text
    summary: Text
    principles: list[str] = Field(min_length=1)  # ids in data/principles.yml
    sources: list[str] = Field(min_length=1)  # keys in data/references/; the first is where the challenge is named
    steps: list[Step] = Field(min_length=5, max_length=8)

    def page(self) -> str:
        return f"paths/{self.id}/"

    def challenge_text(self, lang) -> str:
        """The challenge it works on, as data/challenges.yml words it."""
        return challenges.all_challenges()[self.challenge - 1].text(lang)

    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    def step_keys(self) -> str:
        """Its steps' keys, space-separated, for the script that counts what is done."""
        return " ".join(step.key() for step in self.steps)


def check(path: LearningPath, where: str) -> None:
    """Everything a path names exists: principles, sources, its page, and the target of every step."""
    principles.check(path.principles, f"{where}: principles")
    references.check_keys(path.sources, f"{where}: sources")
    for lang in LANGUAGES:
        page = DOCS_DIR / "paths" / f"{path.id}.{lang}.md"
        if not page.is_file():
            raise DataError(line(f"{where}: id", f"no page docs/paths/{page.name} for this path",
                                 f'create it with the title and {{{{ learning_path("{path.id}") }}}}'))
    known_challenges = challenges.all_challenges()
    if not 1 <= path.challenge <= len(known_challenges):
        raise DataError(line(f"{where}: challenge", f"no challenge {path.challenge} in {datafiles.relative(challenges.PATH)}",
                             f"use a number from 1 to {len(known_challenges)}"))
    if known_challenges[path.challenge - 1].id != path.id:
        raise DataError(line(f"{where}: challenge", f"challenge {path.challenge} is '{known_challenges[path.challenge - 1].id}'",
                             f"use the number of the challenge whose id is '{path.id}'"))
    known = {"module": modules.all_modules(), "case": cases.all_cases(), "quiz": quizzes.all_quizzes(),
             "worksheet": worksheets.all_worksheets()}
    seen = {}
    for number, step in enumerate(path.steps, 1):
        here = f"{where}: steps #{number}"
        for field in TARGETS[step.kind][:1]:
            value = getattr(step, field)
            if value not in known[field] or (field == "worksheet" and value == PLAN_WORKSHEET):
                choices = sorted(set(known[field]) - {PLAN_WORKSHEET})
                raise DataError(line(f"{here} › {field}", f"no {field} '{value}'"
                                     + (" (the action plan is the `plan` step)" if value == PLAN_WORKSHEET else ""),
                                     f"use one of: {', '.join(choices)}"))
        if step.kind == "read":
            for lang in LANGUAGES:
                page = _module_page(known["module"][step.module], lang)
                if step.section(lang) not in heading_ids(page):
                    raise DataError(line(f"{here} › section › {lang}", f"no heading with id '{step.section(lang)}' in "
                                         f"{page.relative_to(DOCS_DIR.parent)}",
                                         f"use one of: {', '.join(heading_ids(page))}"))
        if step.key() in seen:
            raise DataError(line(here, f"repeats step #{seen[step.key()]}", "remove one of them"))
        seen[step.key()] = number
    if PLAN_WORKSHEET not in known["worksheet"]:
        raise DataError(line(where, f"no worksheet '{PLAN_WORKSHEET}' for the plan step", "add it to data/worksheets/"))


def _module_page(module, lang: str) -> File:
    return DOCS_DIR / "toolkits" / module.toolkit / f"module-{module.number}.{lang}.md"


@datafiles.per_build
def heading_ids(page: File) -> dict[str, str]:
    """Heading id → heading text of a page (read once per build)."""
    return headings.ids(page)


@datafiles.per_build
def all_paths() -> dict[str, LearningPath]:
    """Path id → path, in the order of the challenges."""
    found = datafiles.load_all(PATHS_DIR, LearningPath, "path", check)
    return dict(sorted(found.items(), key=lambda item: (item[1].challenge, item[0])))


def load(path_id: str) -> LearningPath:
    return datafiles.pick(all_paths(), path_id, "path", PATHS_DIR)


def section_title(step: Step, lang: str) -> str:
    """The heading a `read` step points to, as its page writes it."""
    return heading_ids(_module_page(modules.load(step.module), lang))[step.section(lang)]
