"""The bibliography (data/references/*.yml); citations and source lists are render/citations.py.

A reference is written once. What the site writes around its original title — authors,
publishers, notes — is given in both languages where the two differ (`{en: …, es: …}`).
"""

from babel import Locale
from pydantic import Field, RootModel, field_validator, model_validator

from ..base import words
from ..base.errors import DataError, line
from . import datafiles
from .schema import Strict, Text

FOLDER = datafiles.DATA_DIR / "references"
CITATION_MAX = 30  # characters of "(DAES, 2023)": one line on a 360 px phone

Localized = str | Text
"""One value for both languages (a name, an acronym), or {en: …, es: …} where the two differ."""


def localized(value: Localized | None, lang) -> str | None:
    """`value` in `lang` (a code or a reader)."""
    return value if isinstance(value, str) or value is None else value(lang)


class Reference(Strict):
    """One document: who, when, what, where to read it, and why."""

    key: str = Field(pattern=r"^[a-z0-9-]+$")
    author: Localized
    short: Localized | None = None  # the author as inline citations name it, e.g. {en: UN DESA, es: DAES}
    year: int | None = None
    title: str  # as published, never translated
    publisher: Localized | None = None
    url: str | None = Field(default=None, pattern=r"^https?://")
    language: str  # of the document: an ISO 639-1 code (en, es, is…); pages name it in the reader's language
    note: Text | None = None  # e.g. where a copy is posted
    annotation: Text

    @field_validator("language")
    @classmethod
    def known_language(cls, code: str) -> str:
        if code not in Locale("en").languages or len(code) != 2:
            raise ValueError(f"'{code}' is not an ISO 639-1 language code — use one such as en, es or is")
        return code

    @field_validator("author", "short", "publisher")
    @classmethod
    def neutral_or_both(cls, value: Localized | None) -> Localized | None:
        """A single value must read the same in both languages: no English or Spanish words."""
        if isinstance(value, str) and (found := words.common_words(value)):
            raise ValueError(f"'{value}' has words of one language ({', '.join(found)}) — "
                             "give it in both languages as {en: …, es: …}")
        return value

    @model_validator(mode="after")
    def citation_fits(self) -> "Reference":
        for lang in ("en", "es"):
            label = self.citation(lang, str(self.year or "s. f."))
            if len(label) > CITATION_MAX:
                raise ValueError(f"the citation '{label}' is longer than {CITATION_MAX} characters — "
                                 "add a 'short:' name (for example {en: UN DESA, es: DAES})")
        return self

    def citation(self, lang: str, when: str) -> str:
        """'(DAES, 2023)'; `when` is the year as printed ("s. f." when undated, "2023a"…)."""
        return f"({localized(self.short or self.author, lang)}, {when})"


class References(RootModel[list[Reference]]):
    """One file of the bibliography."""


@datafiles.per_build
def all_references() -> dict[str, Reference]:
    """Key → reference, from every file in the folder; a key used twice stops the build."""
    found: dict[str, Reference] = {}
    where: dict[str, str] = {}
    for path in sorted(FOLDER.glob("*.yml")):
        for number, ref in enumerate(datafiles.load(path, References).root, 1):
            here = f"{datafiles.relative(path)}: {datafiles.entry(ref.key, number)} › key"
            if ref.key in found:
                raise DataError(line(here, f"'{ref.key}' is already used at {where[ref.key]}",
                                     "give each reference its own key"))
            found[ref.key], where[ref.key] = ref, here
    return found


def check_keys(keys, where: str) -> None:
    """Stop the build when `keys` names a reference that does not exist."""
    known = all_references()
    for number, key in enumerate(keys, 1):
        if key not in known:
            raise DataError(line(f"{where} #{number}", f"no reference '{key}' in data/references/",
                                 "fix the key or add the reference"))


def get(key: str) -> Reference:
    return datafiles.pick(all_references(), key, "reference", FOLDER)


@datafiles.per_build
def letters() -> dict[str, str]:
    """a, b, c… by title for works whose Spanish citations would read the same (the same letter in both languages)."""
    alike: dict[str, list[Reference]] = {}
    for ref in all_references().values():
        alike.setdefault(ref.citation("es", str(ref.year)), []).append(ref)
    return {ref.key: "abcdefghijklmnopqrstuvwxyz"[number]
            for group in alike.values() if len(group) > 1
            for number, ref in enumerate(sorted(group, key=lambda ref: ref.title.casefold()))}
