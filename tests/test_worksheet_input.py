"""Bad worksheet data stops the build with one line naming the file, the field and the fix."""

import shutil
from pathlib import Path

import pytest

from conftest import append, build_error

SAMPLE = Path(__file__).parent / "data" / "all-kinds.yml"
WHERE = "data/worksheets/all-kinds.yml"


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
     f"{WHERE}: items #6: input tag 'essay' found using 'kind' does not match any of the expected tags"),
    ("{en: Action, es: Acción}", "{en: Action}", f"{WHERE}: items #5 › table › columns #1 › es: field required — add this field"),
    ("""    scale:
      - {en: Not at all, es: En absoluto}
      - {en: Partly, es: En parte}
      - {en: Fully, es: Plenamente}
""", "", f"{WHERE}: items #2 › rating › scale: field required — add this field"),
    ("""    columns:
      - {en: Action, es: Acción}
      - {en: Responsible, es: Responsable}
""", "    columns: []\n", f"{WHERE}: items #5 › table › columns: list should have at least 1 item after validation, not 0"),
    ("module: t1-m2", "module: t9-m9", f"{WHERE}: module: 't9-m9' is not in data/modules/ — use one of: t1-m1,"),
    ("  - minutes: 10", "  - minutes: 15", f"{WHERE}: steps: add up to 35 min but duration is 30 min — make the minutes"),
])
def test_bad_worksheet_data_fails_with_one_clear_line(sheet, scratch, tmp_path, old, new, expected):
    edit(sheet, old, new)
    assert expected in build_error(scratch, tmp_path)


def test_duplicate_worksheet_id(sheet, scratch, tmp_path):
    shutil.copy(sheet, sheet.with_name("zz-copy.yml"))
    assert (f"data/worksheets/zz-copy.yml: id: 'all-kinds' is already the id of {WHERE} — give each worksheet its own id"
            in build_error(scratch, tmp_path))


def test_unknown_worksheet_in_a_page(sheet, scratch, tmp_path):
    append(scratch / "docs" / "about.en.md", '\n{{ worksheet("nope") }}\n')
    assert ("docs/about.en.md: worksheet 'nope': no such worksheet in data/worksheets/ — use one of: "
            in build_error(scratch, tmp_path))
