"""Whether each page's twins are still in step. `make synced` records, when a maintainer has aligned
a page's twins, the date (data/translations.yml) and the text of each twin
(data/translations/<page>.<lang>.txt); a twin whose text has changed since makes the other show a
notice, and `make translations` (tools/translations.py) prints what changed. Only the text counts:
front matter and whitespace are left out, one paragraph per line.
"""

import datetime
import re
from pathlib import Path

import yaml
from markupsafe import Markup

from ..base.errors import DataError, line
from ..base.language import LANGUAGES
from ..content import datafiles
from ..render.reader import Reader

RECORD = datafiles.DATA_DIR / "translations.yml"
SNAPSHOTS = datafiles.DATA_DIR / "translations"
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def text(page: Path) -> list[str]:
    """A page's text as compared: no front matter, one paragraph per line, whitespace collapsed."""
    body = FRONT_MATTER.sub("", page.read_text(encoding="utf-8"))
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", body) if block.strip()]


def snapshot(stem: str, lang: str) -> Path:
    return SNAPSHOTS / f"{stem}.{lang}.txt"


def recorded(docs: Path) -> dict[str, datetime.date]:
    """The record, checked: every page it names exists, with both twins' texts stored."""
    if not RECORD.is_file():
        return {}
    where = datafiles.relative(RECORD)
    try:
        dates = datafiles.parse(RECORD.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        dates = None
    if not isinstance(dates, dict):
        raise DataError(line(where, "is not a list of `page: date` lines", "run `make synced` to write it again"))
    for stem, day in dates.items():
        fix = f"run `make synced PAGE=docs/{stem}` or remove the line"
        if not isinstance(day, datetime.date):
            raise DataError(line(f"{where}: {stem}", f"'{day}' is not a date (YYYY-MM-DD)", fix))
        for lang in LANGUAGES:
            if not (docs / f"{stem}.{lang}.md").is_file():
                raise DataError(line(f"{where}: {stem}", f"no page docs/{stem}.{lang}.md", fix))
            if not snapshot(stem, lang).is_file():
                raise DataError(line(f"{where}: {stem}", f"no stored text {datafiles.relative(snapshot(stem, lang))}", fix))
    return dates


@datafiles.per_build
def changed(docs: Path) -> dict[str, tuple[datetime.date, set[str]]]:
    """Page → (the day it was aligned, the languages whose twin's text has changed since), for pages with a change."""
    out = {}
    for stem, day in recorded(Path(docs)).items():
        moved = {lang for lang in LANGUAGES
                 if text(Path(docs) / f"{stem}.{lang}.md") != snapshot(stem, lang).read_text(encoding="utf-8").splitlines()}
        if moved:
            out[stem] = (day, moved)
    return out


def notice(stem: str, r: Reader, docs: Path) -> Markup:
    """"This page may not reflect the latest changes to the other version", linked to it, where the twin has changed."""
    day, moved = changed(Path(docs)).get(stem, (None, set()))
    if r.other not in moved:
        return Markup("")
    return Markup('<div class="translation-notice" role="note" data-search-exclude="true"><p>{} <a href="{}" hreflang="{}">{}</a></p></div>').format(
        r.t("translation_behind", date=r.date(day)), r.twin(), r.other, r.t("translation_read_twin"))
