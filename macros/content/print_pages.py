"""How many pages each worksheet and each slide deck's handout takes on paper (data/print-pages.yml): written
by `make pdf`, checked by `make site`, read by the facilitator guides' print lists."""

from pydantic import PositiveInt, RootModel

from ..base.errors import DataError, line, warn
from . import datafiles, modules, worksheets
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
    """Worksheet id, or `slides-<module id>` for a deck's handout → pages per printed copy, by language and paper."""


def deck_key(module: modules.Module) -> str:
    return f"slides-{module.id}"


@datafiles.per_build
def printables() -> dict[str, str]:
    """What the print lists count, by its key in the file → its site path: worksheets, then decks' handouts."""
    found = {sheet: f"worksheets/{sheet}/" for sheet in sorted(worksheets.all_worksheets())}
    return found | {deck_key(module): module.deck_path() for module in modules.all_modules().values()}


@datafiles.per_build
def recorded() -> dict[str, SheetPages]:
    """The recorded page counts; a worksheet that no longer exists stops the build, one not yet printed is warned about."""
    where = datafiles.relative(PATH)
    if not PATH.is_file():
        warn(where, "not found, so the print lists show no page counts", RECORD)
        return {}
    recorded = datafiles.load(PATH, PrintPages).root
    known = printables()
    for sheet_id in recorded:
        if sheet_id not in known:
            raise DataError(line(f"{where}: {sheet_id}", "no such worksheet in data/worksheets/, nor module's deck",
                                 "remove this line (make pdf writes the file again)"))
    for sheet_id in known:
        if sheet_id not in recorded:
            warn(f"{where}: {sheet_id}", "no page count yet, so the print list shows none", RECORD)
    return recorded
