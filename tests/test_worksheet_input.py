"""Bad worksheet data stops the build with one line naming the file, the field and the fix."""

import shutil
from pathlib import Path

import pytest

from conftest import append, build_error
from macros.content import modules, worksheets

SAMPLE = Path(__file__).parent / "data" / "all-kinds.yml"
WHERE = "data/worksheets/all-kinds.yml"
ERROR = "ERROR   -  "  # how MkDocs starts an error line; the rest is ours, compared whole


@pytest.fixture
def sheet(scratch) -> Path:
    """The all-kinds test worksheet, copied into the scratch project's data and listed by its module."""
    target = scratch / "data" / "worksheets" / "all-kinds.yml"
    target.parent.mkdir(exist_ok=True)
    shutil.copy(SAMPLE, target)
    edit(scratch / "data" / "modules" / "t1-m2.yml", "worksheets: [", "worksheets: [all-kinds, ")
    return target


def edit(path: Path, old: str, new: str):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new, expected", [
    ("- kind: checklist", "- kind: essay",
     f"{WHERE}: items #6: input tag 'essay' found using 'kind' does not match any of the expected tags: "
     "'text', 'rating', 'ranking', 'matrix', 'table', 'checklist' — correct this value"),
    ("{en: Action, es: Acción}", "{en: Action}", f"{WHERE}: items #5 › table › columns #1 › es: field required — add this field"),
    ("""    scale:
      - {en: Not at all, es: En absoluto}
      - {en: Partly, es: En parte}
      - {en: Fully, es: Plenamente}
""", "", f"{WHERE}: items #2 › rating › scale: field required — add this field"),
    ("""    columns:
      - {en: Action, es: Acción}
      - {en: Responsible, es: Responsable}
""", "    columns: []\n",
     f"{WHERE}: items #5 › table › columns: list should have at least 1 item after validation, not 0 — correct this value"),
    ("      - {en: Fully, es: Plenamente}\n", "      - {en: Fully, es: Plenamente}\n    header: {en: Group}\n",
     f"{WHERE}: items #2 › rating › header › es: field required — add this field"),
    ("module: t1-m2", "module: t9-m9",
     f"{WHERE}: module: 't9-m9' is not in data/modules/ — use one of: {', '.join(modules.all_modules())}"),
    ("  - minutes: 10", "  - minutes: 15",
     f"{WHERE}: steps: add up to 35 min but duration is 30 min — make the minutes of the steps add up to the duration"),
])
def test_bad_worksheet_data_fails_with_one_clear_line(sheet, scratch, tmp_path, old, new, expected):
    edit(sheet, old, new)
    assert build_error(scratch, tmp_path) == ERROR + expected


def test_duplicate_worksheet_id(sheet, scratch, tmp_path):
    shutil.copy(sheet, sheet.with_name("zz-copy.yml"))
    assert build_error(scratch, tmp_path) == (
        f"{ERROR}data/worksheets/zz-copy.yml: id: 'all-kinds' is already the id of {WHERE} — give each worksheet its own id")


def test_unknown_worksheet_in_a_page(sheet, scratch, tmp_path):
    append(scratch / "docs" / "about.en.md", '\n{{ worksheet("nope") }}\n')
    known = sorted([*worksheets.all_worksheets(), "all-kinds"])  # the project's, and the sample copied in
    assert build_error(scratch, tmp_path) == (f"{ERROR}docs/about.en.md: worksheet 'nope': no such worksheet in "
                                              f"data/worksheets/ — use one of: {', '.join(known)}")
