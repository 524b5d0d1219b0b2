"""The catalogue of UI strings (data/strings.yml): a Spanish reader never meets an English string."""

import string

from macros.content import catalogue, datafiles

ENTRIES = datafiles.load(catalogue.PATH, catalogue.Catalogue).root

# Keys whose text is rightly the same in both languages; every other key must differ.
SAME_IN_BOTH = {
    "agenda_total",           # "Total"
    "date_range_same_month",  # "{start_day}–{end}": the words come from the dates
    "date_range",             # "{start} – {end}"
    "pdf_a4",                 # "A4", the paper size
    "egov_egdi",              # "EGDI", the index's name in Spanish texts too
    "guide_material",         # "Material", a table column
}


def test_every_string_differs_in_spanish_unless_it_is_listed_as_the_same():
    same = sorted(key for key, text in ENTRIES.items() if text.en == text.es)
    assert [key for key in same if key not in SAME_IN_BOTH] == [], \
        "Spanish text identical to the English (translate it, or add the key to SAME_IN_BOTH with a comment)"
    assert sorted(SAME_IN_BOTH - set(same)) == [], "listed in SAME_IN_BOTH but no longer the same: remove them"


def test_both_languages_fill_the_same_placeholders():
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    differ = {key: (sorted(fields(text.en)), sorted(fields(text.es)))
              for key, text in ENTRIES.items() if fields(text.en) != fields(text.es)}
    assert differ == {}
