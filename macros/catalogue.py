"""The bilingual catalogue of UI strings (data/strings.yml)."""

from pydantic import BaseModel, ConfigDict, RootModel, field_validator

from . import datafiles
from .errors import DataError, line

PATH = datafiles.DATA_DIR / "strings.yml"


class Entry(BaseModel):
    """One string in every language."""

    model_config = ConfigDict(extra="forbid")
    en: str
    es: str

    @field_validator("en", "es")
    @classmethod
    def not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("is empty: write the text")
        return text.strip()


class Catalogue(RootModel[dict[str, Entry]]):
    """Keys to entries."""


def text(key: str, lang: str) -> str:
    """The string `key` in `lang`; an unknown key stops the build."""
    entries = datafiles.load(PATH, Catalogue).root
    if key not in entries:
        raise DataError(line(datafiles.relative(PATH), f"no string with key '{key}'",
                             f"add '{key}:' with 'en:' and 'es:' texts, or fix the key where it is used"))
    return getattr(entries[key], lang)
