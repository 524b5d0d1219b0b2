"""Translation parity: every page has an English and a Spanish twin with the same headings."""

import difflib
import re
from pathlib import Path

from ..base.errors import line
from ..base.headings import headings
from ..base.language import LANGUAGES

PAGE = re.compile(r"^(?P<stem>.+)\.(?P<lang>[a-z]{2})\.md$")


def problems(docs_dir: Path) -> list[str]:
    """One line per missing twin or heading mismatch, naming the file and what to do."""
    docs_dir = Path(docs_dir)
    pages: dict[str, dict[str, Path]] = {}
    out = []
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        match = PAGE.match(rel)
        if not match or match["lang"] not in LANGUAGES:
            out.append(line(f"docs/{rel}", "page has no language suffix",
                            f"rename it to {rel[:-3]}.es.md and add its English twin {rel[:-3]}.en.md"))
            continue
        pages.setdefault(match["stem"], {})[match["lang"]] = path
    for stem, twins in sorted(pages.items()):
        for lang in LANGUAGES:
            if lang not in twins:
                have = next(iter(twins))
                out.append(line(f"docs/{stem}.{lang}.md", "missing", f"translate docs/{stem}.{have}.md into it"))
        if len(twins) == len(LANGUAGES):
            out.extend(_compare(stem, twins))
    return out


def _compare(stem: str, twins: dict[str, Path]) -> list[str]:
    first, *others = LANGUAGES
    base = headings(twins[first])
    out = []
    for lang in others:
        other = headings(twins[lang])
        levels = difflib.SequenceMatcher(a=[lvl for lvl, _ in base], b=[lvl for lvl, _ in other], autojunk=False)
        for tag, a1, a2, b1, b2 in levels.get_opcodes():
            if tag == "equal":
                continue
            extra = ", ".join(f"{'#' * lvl} {text}" for lvl, text in other[b1:b2]) or "nothing"
            missing = ", ".join(f"{'#' * lvl} {text}" for lvl, text in base[a1:a2]) or "nothing"
            out.append(line(f"docs/{stem}.{lang}.md", f"headings differ from docs/{stem}.{first}.md",
                            f"it needs [{missing}] where it has [{extra}]"))
    return out


def nav_titles(nav) -> list[str]:
    """Every title written in mkdocs.yml's nav (entries given as bare paths take the page's own title)."""
    found = []
    for entry in nav or []:
        if isinstance(entry, dict):
            for title, value in entry.items():
                found.append(title)
                if isinstance(value, list):
                    found.extend(nav_titles(value))
    return found


def untranslated_nav(nav, translations: dict[str, dict[str, str]]) -> list[str]:
    """One line per nav title that a language's `nav_translations` lacks."""
    return [line(f"mkdocs.yml: plugins › i18n › languages › {lang} › nav_translations", f"no entry for '{title}'",
                 f"add `{title}: …` with the title in that language")
            for lang, known in translations.items() for title in nav_titles(nav) if title not in known]
