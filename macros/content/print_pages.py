"""How many pages each worksheet takes on paper (data/print-pages.yml): written by `make pdf`, checked by
`make site`, read by the facilitator guides' print lists."""

from pydantic import PositiveInt, RootModel

from ..base.errors import DataError, line, warn
from . import datafiles, worksheets
from .schema import Strict

PATH = datafiles.DATA_DIR / "print-pages.yml"
PAPERS = ("a4", "letter")
RECORD = "run `make build pdf` to record it"


class Pages(Strict):
    a4: PositiveInt
    letter: PositiveInt


class SheetPages(Strict):
    en: Pages
    es: Pages


class PrintPages(RootModel[dict[str, SheetPages]]):
    """Worksheet id → pages per printed copy, by language and paper."""


@datafiles.per_build
def recorded() -> dict[str, SheetPages]:
    """The recorded page counts; a worksheet that no longer exists stops the build, one not yet printed is warned about."""
    where = datafiles.relative(PATH)
    if not PATH.is_file():
        warn(where, "not found, so the print lists show no page counts", RECORD)
        return {}
    recorded = datafiles.load(PATH, PrintPages).root
    known = worksheets.all_worksheets()
    for sheet_id in recorded:
        if sheet_id not in known:
            raise DataError(line(f"{where}: {sheet_id}", "no such worksheet in data/worksheets/",
                                 "remove this line (make pdf writes the file again)"))
    for sheet_id in known:
        if sheet_id not in recorded:
            warn(f"{where}: {sheet_id}", "no page count yet, so the print list shows none", RECORD)
    return recorded
