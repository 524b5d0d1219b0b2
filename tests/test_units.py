"""The macros' building blocks, without MkDocs."""

import datetime

import pytest

from conftest import ROOT
from macros.base.errors import DataError
from macros.build import parity, print_footer
from macros.content import catalogue
from macros.render.reader import Reader


def test_dates_are_localized():
    assert Reader("en").date("2023-08-08") == "8 August 2023"
    assert Reader("es").date(datetime.date(2023, 8, 8)) == "8 de agosto de 2023"


def test_catalogue_has_every_string_in_both_languages():
    for key in ("footer_source", "not_found_title", "palette_to_dark"):
        assert catalogue.text(key, "en") != catalogue.text(key, "es")
    with pytest.raises(DataError) as error:
        catalogue.text("missing", "en")
    assert str(error.value) == ("data/strings.yml: no string with key 'missing' — add 'missing:' with 'en:' and 'es:' texts, "
                                "or fix the key where it is used")


def test_the_real_pages_have_twins_with_the_same_headings():
    assert parity.problems(ROOT / "docs") == []


def test_parity_names_missing_files_and_headings(tmp_path):
    (tmp_path / "a.en.md").write_text("# A\n\n## One\n\n```\n# not a heading\n```\n\n## Two\n", encoding="utf-8")
    (tmp_path / "a.es.md").write_text("# A\n\n## Uno\n", encoding="utf-8")
    (tmp_path / "b.es.md").write_text("# B\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("# C\n", encoding="utf-8")
    assert parity.problems(tmp_path) == [
        "docs/c.md: page has no language suffix — rename it to c.es.md and add its English twin c.en.md",
        "docs/a.en.md: headings differ from docs/a.es.md — it needs [nothing] where it has [## Two]",
        "docs/b.en.md: missing — translate docs/b.es.md into it",
    ]


def test_the_printed_footer_names_the_page_and_cannot_break_out_of_its_style():
    style = print_footer.style('Hoja "x" </style><script>alert(1)</script> ñ', "es", "worksheets/x/", "https://example.org/r/")
    body = style.removeprefix("<style>").removesuffix("</style>")
    assert "<" not in body and body.count('"') == 2  # only the string's own quotes
    assert "Hoja" in body and "ñ" in body and "Español" in body and "https://example.org/r/worksheets/x/" in body
