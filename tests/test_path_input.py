"""Bad learning paths and quizzes stop the build with one line naming the file, the field and the fix;
pages keep their promises (nothing "being added" or "coming")."""

import re
from pathlib import Path

import pytest

from conftest import ROOT, build_error
from macros.content import cases, modules, paths, quizzes, worksheets

PATH = "data/paths/regulations.yml"
QUIZ = "data/quizzes/regulations.yml"
ERROR = "ERROR   -  "  # how MkDocs starts an error line; the rest is ours, compared whole


def one_of(names) -> str:
    return "use one of: " + ", ".join(names)


def edit(scratch: Path, name: str, old: str, new: str, count: int = 1):
    file = scratch / name
    text = file.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is no longer in {name}: update the test"
    file.write_text(text.replace(old, new, count), encoding="utf-8")


@pytest.mark.parametrize("name, old, new, expected", [
    (PATH, "module: t2-m1", "module: t9-m9",
     f"{PATH}: steps #1 › module: no module 't9-m9' — {one_of(sorted(modules.all_modules()))}"),
    (PATH, "{es: mas-que-poner-servicios-en-linea,", "{es: no-such-heading,",
     f"{PATH}: steps #1 › section › es: no heading with id 'no-such-heading' in docs/toolkits/capacities/module-1.es.md "
     f"— {one_of(paths.heading_ids(ROOT / 'docs' / 'toolkits' / 'capacities' / 'module-1.es.md'))}"),
    (PATH, "case: ecuador-digital-transformation", "case: atlantis",
     f"{PATH}: steps #3 › case: no case 'atlantis' — {one_of(sorted(cases.all_cases()))}"),
    (PATH, "worksheet: service-journey", "worksheet: no-such-sheet",
     f"{PATH}: steps #5 › worksheet: no worksheet 'no-such-sheet' — "
     f"{one_of(sorted(set(worksheets.all_worksheets()) - {paths.PLAN_WORKSHEET}))}"),
    (PATH, "quiz: regulations", "quiz: no-such-quiz",
     f"{PATH}: steps #6 › quiz: no quiz 'no-such-quiz' — {one_of(sorted(quizzes.all_quizzes()))}"),
    (PATH, "    minutes: 15", "    minutes: 0",
     f"{PATH}: steps #1 › minutes: input should be greater than 0 — correct this value"),
    (PATH, "  - kind: case\n    case:", "  - kind: case\n    quiz: regulations\n    case:",
     f"{PATH}: steps #3: a 'case' step takes no `quiz` — remove it (it takes `case`)"),
    (PATH, '  en: "Updating rules and regulations"\n', "", f"{PATH}: title › en: field required — add this field"),
    (PATH, "challenge: 1", "challenge: 9", f"{PATH}: challenge: no challenge 9 in data/challenges.yml — use a number from 1 to 6"),
    (PATH, "challenge: 1", "challenge: 2",
     f"{PATH}: challenge: challenge 2 is 'political-support' — use the number of the challenge whose id is 'regulations'"),
    ("data/challenges.yml", "- id: political-support", "- id: regulations",
     "data/challenges.yml: (top level): ids listed more than once: regulations — give each challenge its own id"),
    (QUIZ, "correct: false", "correct: true",
     f"{QUIZ}: questions #1: has 2 options marked `correct: true` — mark exactly one"),
])
def test_a_bad_path_or_quiz_stops_the_build_with_one_line(scratch, tmp_path, name, old, new, expected):
    edit(scratch, name, old, new)
    assert build_error(scratch, tmp_path) == ERROR + expected


def test_an_option_without_feedback_stops_the_build(scratch, tmp_path):
    file = scratch / QUIZ
    text = file.read_text(encoding="utf-8")
    without = re.sub(r"\n        feedback:\n          es: [^\n]*\n          en: [^\n]*", "", text, count=1)
    assert without != text
    file.write_text(without, encoding="utf-8")
    assert build_error(scratch, tmp_path) == f"{ERROR}{QUIZ}: questions #1 › options #1 › feedback: field required — add this field"


def test_a_path_without_its_pages_stops_the_build(scratch, tmp_path):
    (scratch / "data" / "paths" / "copy.yml").write_text(
        (scratch / PATH).read_text(encoding="utf-8").replace("id: regulations", "id: copy"), encoding="utf-8")
    assert build_error(scratch, tmp_path) == (f"{ERROR}data/paths/copy.yml: id: no page docs/paths/copy.es.md for this path "
                                              '— create it with the title and {{ learning_path("copy") }}')


PROMISES = re.compile(r"being added|coming soon|\bcoming\b|will be added|se irán? (?:agregando|añadiendo)|próximamente"
                      r"|se (?:agregarán|añadirán)|en preparación", re.IGNORECASE)


def test_no_page_promises_what_is_not_there():
    found = [f"{page.relative_to(ROOT)}:{number}: {line.strip()[:80]}"
             for page in sorted((ROOT / "docs").rglob("*.md"))
             for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if PROMISES.search(line)]
    assert not found, "pages that promise something not there yet:\n" + "\n".join(found)
