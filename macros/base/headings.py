"""A Markdown page's headings, and the ids Python-Markdown's toc gives them."""

import re
from pathlib import Path

from markdown.extensions.toc import slugify, unique

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ATTR_ID = re.compile(r"\s*\{[^}]*#([\w-]+)[^}]*\}\s*$")
MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`]|\{[^}]*\}\s*$")


def headings(path: Path) -> list[tuple[int, str]]:
    """(level, text) of every Markdown heading outside code fences."""
    found, fenced = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and (match := HEADING.match(line)):
            found.append((len(match.group(1)), match.group(2)))
    return found


def ids(path: Path) -> dict[str, str]:
    """Heading id → heading text of a page, as Python-Markdown's toc names them."""
    taken: set[str] = set()
    found = {}
    for _, text in headings(path):
        plain = MARKUP.sub(lambda m: m[1] or "", text).strip()
        anchor = explicit[1] if (explicit := ATTR_ID.search(text)) else unique(slugify(plain, "-"), taken)
        taken.add(anchor)
        found[anchor] = plain
    return found
