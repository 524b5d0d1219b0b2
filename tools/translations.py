"""`make translations` and `make synced`: which pages' twins have changed since a maintainer last
aligned them, and recording that they are aligned again (macros/build/translations.py keeps the record).

    python -m tools.translations              # report: one line per page, then what changed; exit 1 if any
    python -m tools.translations --synced [PAGE]   # PAGE's twins aligned (docs/about or docs/about.en.md); all without PAGE

The day recorded is SITE_DATE (YYYY-MM-DD) when it is set, else today, read as the build reads it
(macros/build/site_date.py), so a test, or a run that crosses midnight, records the day it was given.
"""

import argparse
import datetime
import difflib
import sys
from pathlib import Path

import yaml

from macros.base.errors import DataError
from macros.base.language import LANGUAGES
from macros.build import site_date, translations
from macros.build.parity import PAGE

DOCS = Path(__file__).resolve().parent.parent / "docs"
HEADER = ("# When each page's twins were last aligned, written by `make synced` (tools/translations.py); the\n"
          "# text of each twin then is in data/translations/. See README, \"Editing a page\".\n")


def pages() -> list[str]:
    """Every page with both twins, as its path in docs/ without the language suffix."""
    stems = {}
    for path in DOCS.rglob("*.md"):
        if match := PAGE.match(path.relative_to(DOCS).as_posix()):
            stems.setdefault(match["stem"], set()).add(match["lang"])
    return sorted(stem for stem, langs in stems.items() if langs >= set(LANGUAGES))


def stem_of(page: str) -> str:
    """'docs/about.en.md', 'docs/about' or 'about' → 'about'."""
    stem = page.removeprefix("docs/").removesuffix(".md")
    return stem.rsplit(".", 1)[0] if stem.endswith(tuple(f".{lang}" for lang in LANGUAGES)) else stem


def synced(page: str | None, today: datetime.date) -> int:
    """Store the twins' texts of `page` (of every page without one) and the date `today`."""
    known = pages()
    chosen = [stem_of(page)] if page else known
    if missing := [stem for stem in chosen if stem not in known]:
        print(f"make synced: no page docs/{missing[0]}.es.md and .en.md — give PAGE as docs/<path>, e.g. PAGE=docs/about",
              file=sys.stderr)
        return 1
    dates = (yaml.safe_load(translations.RECORD.read_text(encoding="utf-8")) or {}) if translations.RECORD.is_file() else {}
    dates = {stem: day for stem, day in dates.items() if stem in known}  # pages removed since go too
    for stem in chosen:
        for lang in LANGUAGES:
            target = translations.snapshot(stem, lang)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(translations.text(DOCS / f"{stem}.{lang}.md")) + "\n", encoding="utf-8")
        dates[stem] = today
    for stale in translations.SNAPSHOTS.rglob("*.txt"):
        if stale.relative_to(translations.SNAPSHOTS).as_posix().rsplit(".", 2)[0] not in dates:
            stale.unlink()
    lines = [f"{stem}: {day.isoformat()}" for stem, day in sorted(dates.items())]
    translations.RECORD.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"make synced: {len(chosen)} page(s) recorded as aligned on {today.isoformat()}")
    return 0


def report() -> int:
    """One line per page whose twin changed since alignment, then the diff of that twin; 1 if any."""
    try:
        changed = translations.changed(DOCS)
        unrecorded = [stem for stem in pages() if stem not in translations.recorded(DOCS)]
    except DataError as err:
        print(f"make translations: {err}", file=sys.stderr)
        return 2
    for stem, (day, moved) in sorted(changed.items()):
        for lang in moved:
            lagging = ", ".join(f"docs/{stem}.{other}.md" for other in LANGUAGES if other != lang)
            print(f"{lagging} may lag: docs/{stem}.{lang}.md changed since they were aligned on {day.isoformat()}")
    for stem, (day, moved) in sorted(changed.items()):
        for lang in sorted(moved):
            before = translations.snapshot(stem, lang).read_text(encoding="utf-8").splitlines()
            now = translations.text(DOCS / f"{stem}.{lang}.md")
            print("\n".join(difflib.unified_diff(before, now, f"docs/{stem}.{lang}.md ({day.isoformat()})",
                                                 f"docs/{stem}.{lang}.md (now)", lineterm="")))
    for stem in unrecorded:
        print(f"docs/{stem}: never recorded as aligned — when its twins match, run `make synced PAGE=docs/{stem}`")
    if not changed and not unrecorded:
        print("make translations: every page's twins are as they were when last aligned")
    return 1 if changed or unrecorded else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synced", nargs="?", const="", metavar="PAGE", help="record PAGE (every page if empty) as aligned")
    args = parser.parse_args(argv)
    try:
        today = site_date.today()
    except DataError as err:  # SITE_DATE is not a date: one line, nothing recorded
        print(err, file=sys.stderr)
        return 2
    if args.synced is not None:
        return synced(args.synced or None, today)
    return report()


if __name__ == "__main__":
    sys.exit(main())
