"""Bad input stops the build with one line naming the file, the field and the fix."""

import pytest

from conftest import ROOT, append, build_error, mkdocs_build
from macros.build import frontmatter
from macros.content import references

ERROR = "ERROR   -  "  # how MkDocs starts an error line; the rest is ours, compared whole
STRINGS_LINES = len((ROOT / "data" / "strings.yml").read_text(encoding="utf-8").splitlines())
REFERENCES = f"use the key of one of the {len(references.all_references())} references there"


@pytest.mark.parametrize("case, expected", [
    ("missing translation", "docs/extra.es.md: missing — translate docs/extra.en.md into it"),
    ("heading mismatch", "docs/about.en.md: headings differ from docs/about.es.md — it needs [nothing] where it has [## Only in English]"),
    ("bad front matter", "docs/about.en.md: front matter 'titel': is not a known key — use one of: "
                         + ", ".join(sorted(frontmatter.ALLOWED))),
    ("unknown string", "docs/about.en.md: data/strings.yml: no string with key 'nope' — add 'nope:' with 'en:' and 'es:' "
                       "texts, or fix the key where it is used"),
    ("undefined macro", "docs/about.en.md: 'nope' is undefined — check the spelling of the macro or variable"),
    ("malformed yaml", f"data/strings.yml:{STRINGS_LINES + 3}: invalid YAML (expected the node content, but found "
                       "'<stream end>') — fix the syntax on that line"),  # the end of the file, after `broken: [`
    ("missing spanish", "data/strings.yml: extra_key › es: field required — add this field"),
    ("bad date", "docs/about.en.md: date('2023-02-30'): not a date — write it as YYYY-MM-DD, e.g. 2023-08-08"),
    ("untranslated nav title", "mkdocs.yml: plugins › i18n › languages › en › nav_translations: no entry for 'Lecturas' — "
                               "add `Lecturas: …` with the title in that language"),
    ("reference author in one language", "data/references/curriculum.yml: extra (#36) › author › es: field required — add this field"),
    ("reference note in one language", "data/references/curriculum.yml: extra (#36) › note › es: field required — add this field"),
    ("reference author in English only", "data/references/curriculum.yml: extra (#36) › author: 'Ministry of Finance' has words of one "
                                         "language (Ministry, of) — give it in both languages as {en: …, es: …}"),
    ("reference citation too long", "data/references/curriculum.yml: extra (#36): the citation '(Ministry of Economy and Finance, "
                                    "s. f.)' is longer than 30 characters — add a 'short:' name (for example {en: UN DESA, es: DAES})"),
    ("reference in no known language", "data/references/curriculum.yml: extra (#36) › language: 'xx' is not an ISO 639-1 "
                                       "language code — use one such as en, es or is"),
    ("unknown citation key", "docs/about.es.md: reference 'nope': no such reference in data/references/ — " + REFERENCES),
])
def test_bad_input_fails_with_one_clear_line(scratch, tmp_path, case, expected):
    docs, strings = scratch / "docs", scratch / "data" / "strings.yml"
    if case == "missing translation":
        (docs / "extra.en.md").write_text("# Extra\n", encoding="utf-8")
    elif case == "heading mismatch":
        append(docs / "about.en.md", "\n## Only in English\n")
    elif case == "bad front matter":
        (docs / "about.en.md").write_text("---\ntitel: About\n---\n" + (docs / "about.en.md").read_text(encoding="utf-8"), encoding="utf-8")
    elif case == "unknown string":
        append(docs / "about.en.md", '\n{{ t("nope") }}\n')
    elif case == "undefined macro":
        append(docs / "about.en.md", "\n{{ nope }}\n")
    elif case == "malformed yaml":
        append(strings, "\nbroken: [\n")
    elif case == "missing spanish":
        append(strings, "\nextra_key:\n  en: Hello\n")
    elif case == "bad date":
        append(docs / "about.en.md", '\n{{ date("2023-02-30") }}\n')
    elif case == "untranslated nav title":
        config = scratch / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("Lecturas: Readings", "Lectures: Readings"), encoding="utf-8")
    elif case.startswith("reference"):
        author, note, language = {
            "reference author in one language": ("{en: Ministry of Finance}", "", "es"),
            "reference citation too long": ("{en: Ministry of Economy and Finance, es: Ministerio de Economía y Finanzas}", "", "es"),
            "reference note in one language": ("MEF", "\n  note: {en: Copy posted on Scribd.}", "es"),
            "reference author in English only": ("Ministry of Finance", "", "es"),
            "reference in no known language": ("MEF", "", "xx")}[case]
        append(scratch / "data" / "references" / "curriculum.yml", f"\n- key: extra\n  author: {author}\n  title: T\n"
               f"  language: {language}{note}\n  annotation: {{en: Why., es: Por qué.}}\n")
    elif case == "unknown citation key":
        append(docs / "about.es.md", '\n{{ cite("nope") }}\n')
    assert build_error(scratch, tmp_path) == ERROR + expected


@pytest.mark.parametrize("macro, expected", [
    ('{{ cite("undesa-curriculum", style="long") }}',  # an argument the macro does not take
     "docs/about.en.md: cite() got an unexpected keyword argument 'style' — give the macro the arguments it takes "
     "(see its definition in macros/__init__.py)"),
    ('{{ cite("nope") }}', "docs/about.en.md: reference 'nope': no such reference in data/references/ — " + REFERENCES),
    ('{{ cite("undesa-toolkit-inovation") }}', "docs/about.en.md: reference 'undesa-toolkit-inovation': no such reference in "
     "data/references/ — did you mean undesa-toolkit-innovation or undesa-toolkit-capacities or undesa-toolkit-day2-slides?"),
    ('{{ cite("nope" }}', "docs/about.en.md: unexpected '}', expected ')' in `{{ cite(\"nope\" }}` — correct the {{ … }} "
                          "or {% … %} on that line"),
])
def test_an_error_in_a_page_macro_is_one_line_like_a_data_error(scratch, tmp_path, macro, expected):
    """mkdocs-macros would log it as a `[macros] - ERROR` warning with a traceback, then exit."""
    append(scratch / "docs" / "about.en.md", f"\n{macro}\n")
    result = mkdocs_build(scratch, tmp_path / "out", "http://127.0.0.1/governance-sdgs/")
    said = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith(("INFO", "  - "))]
    assert said == [ERROR + expected]
    assert result.returncode == 1 and result.stdout.strip() == "Aborted with a BuildError!"  # as for bad data
    assert "Traceback" not in result.stderr and "[macros] - ERROR" not in result.stderr  # ([macros] INFO lines stay)


def test_a_site_date_that_is_not_a_date_stops_the_build_with_one_line(tmp_path):
    assert build_error(ROOT, tmp_path, site_date="2026-13-01") == (
        ERROR + "SITE_DATE: '2026-13-01' is not a date — write it as YYYY-MM-DD, e.g. 2026-12-06, or unset it")
