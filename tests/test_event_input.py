"""Bad event data stops the build with one line naming the file, the session and the fix."""

import pytest

from conftest import append, build_error, mkdocs_build
from macros.content import events

TOT = "data/events/2023-08-08-tot.yml"
ERROR = "ERROR   -  "  # how MkDocs starts an error line; the rest is ours, compared whole


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new, expected", [
    ("id: 2023-08-08-tot\n", "id: [2023-08-08-tot\n", f"{TOT}:6: invalid YAML (expected ',' or ']', but got ':') — fix the syntax on that line"),
    ("    kind: opening\n", "    kind: opening\n    speaker: someone\n",
     f"{TOT}: sessions #1 › speaker: extra inputs are not permitted — remove or rename this field (check its spelling)"),
    ("      es: Palabras de apertura\n", "", f"{TOT}: sessions #1 › title › es: field required — add this field"),
    ('start: "09:15"', 'start: "9:15"',
     f"{TOT}: sessions #2 › start: time '9:15' is not HH:MM (24-hour, e.g. 09:30) — correct this value"),
    ('end: "09:25"', 'end: "09:10"', f"{TOT}: session #2 (09:15 Purpose of the Training of Trainers): ends at 09:10, "
                                     "not after it starts — correct its start or end"),
    ("timezone: America/Guayaquil", "timezone: America/Quito",
     f"{TOT}: timezone: unknown time zone 'America/Quito' — use an IANA name such as America/Guayaquil"),
    ("    kind: opening\n", "    kind: keynote\n", f"{TOT}: sessions #1 › kind: input should be 'opening', 'presentation', "
     "'discussion', 'exercise', 'break' or 'closing' — correct this value"),
])
def test_bad_event_data_fails_with_one_clear_line(scratch, tmp_path, old, new, expected):
    edit(scratch / TOT, old, new)
    assert build_error(scratch, tmp_path) == ERROR + expected


def test_overlap_names_both_sessions(scratch, tmp_path):
    edit(scratch / TOT, 'start: "09:25"', 'start: "09:20"')
    assert build_error(scratch, tmp_path) == ERROR + (
        f"{TOT}: session #3 (09:20 What are the most pressing challenges for public sector innovation and digital "
        "government to advance the SDGs in Ecuador?): starts before session #2 ends (09:25) — make the sessions "
        "follow each other in time")


def test_duplicate_event_id(scratch, tmp_path):
    copy = scratch / "data" / "events" / "zz-copy.yml"
    copy.write_text((scratch / TOT).read_text(encoding="utf-8"), encoding="utf-8")
    assert build_error(scratch, tmp_path) == (
        f"{ERROR}data/events/zz-copy.yml: id: '2023-08-08-tot' is already the id of {TOT} — give each event its own id")


def test_unknown_event_in_a_page(scratch, tmp_path):
    append(scratch / "docs" / "about.en.md", '\n{{ agenda("2023-08-08-totx") }}\n')
    assert build_error(scratch, tmp_path) == (f"{ERROR}docs/about.en.md: event '2023-08-08-totx': no such event in "
                                              f"data/events/ — use one of: {', '.join(sorted(e.id for e in events.all_events()))}")


def test_a_gap_is_a_warning_not_an_error(scratch, tmp_path):
    edit(scratch / TOT, 'start: "09:25"', 'start: "09:30"')
    result = mkdocs_build(scratch, tmp_path / "out", "http://127.0.0.1/governance-sdgs/")
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings == [f"WARNING -  {TOT}: session #3 (09:30 What are the most pressing challenges for public sector "
                        "innovation and digital government to advance the SDGs in Ecuador?): a gap of 5 min follows "
                        "the previous session — add a break if the gap is intended"]
