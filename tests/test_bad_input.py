"""Bad input stops the build with one line naming the file, the field and the fix."""

import pytest

from conftest import append, build_error


@pytest.mark.parametrize("case, expected", [
    ("missing translation", "docs/extra.es.md: missing — translate docs/extra.en.md into it"),
    ("heading mismatch", "docs/about.en.md: headings differ from docs/about.es.md — it needs [nothing] where it has [## Only in English]"),
    ("bad front matter", "docs/about.en.md: front matter 'titel': is not a known key — use one of:"),
    ("unknown string", "data/strings.yml: no string with key 'nope'"),
    ("undefined macro", "docs/about.en.md: 'nope' is undefined"),
    ("malformed yaml", "data/strings.yml:"),
    ("missing spanish", "data/strings.yml: extra_key › es: field required — add this field"),
    ("bad date", "date('2023-02-30'): not a date — write it as YYYY-MM-DD"),
    ("untranslated nav title", "mkdocs.yml: plugins › i18n › languages › en › nav_translations: no entry for 'Lecturas'"),
    ("reference author in one language", "data/references/curriculum.yml: #36 › author › es: field required — add this field"),
    ("reference note in one language", "data/references/curriculum.yml: #36 › note › es: field required — add this field"),
    ("reference author in English only", "data/references/curriculum.yml: #36 › author: 'Ministry of Finance' has words of one "
                                         "language (Ministry, of): give it in both languages as {en: …, es: …}"),
    ("unknown citation key", "docs/about.es.md: reference 'nope': no such reference in data/references/"),
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
        author, note = {"reference author in one language": ("{en: Ministry of Finance}", ""),
                        "reference note in one language": ("MEF", "\n  note: {en: Copy posted on Scribd.}"),
                        "reference author in English only": ("Ministry of Finance", "")}[case]
        append(scratch / "data" / "references" / "curriculum.yml", f"\n- key: extra\n  author: {author}\n  title: T\n"
               f"  language: es{note}\n  annotation: {{en: Why., es: Por qué.}}\n")
    elif case == "unknown citation key":
        append(docs / "about.es.md", '\n{{ cite("nope") }}\n')
    assert expected in build_error(scratch, tmp_path)
