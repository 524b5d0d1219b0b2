"""The bilingual catalogue of UI strings (data/strings.yml)."""

from pydantic import RootModel

from . import datafiles
from .schema import Text
from ..base.errors import DataError, line

PATH = datafiles.DATA_DIR / "strings.yml"


class Catalogue(RootModel[dict[str, Text]]):
    """Keys to entries."""


def text(key: str, lang: str, **fields) -> str:
    """The string `key` in `lang`, its {placeholders} filled from `fields`; an unknown key stops the build."""
    entries = datafiles.load(PATH, Catalogue).root
    if key not in entries:
        raise DataError(line(datafiles.relative(PATH), f"no string with key '{key}'",
                             f"add '{key}:' with 'en:' and 'es:' texts, or fix the key where it is used"))
    return entries[key](lang).format(**fields) if fields else entries[key](lang)
