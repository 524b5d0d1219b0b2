"""Markdown tables made accessible: a caption from the line before, and header cells with scope.

Authors write a paragraph `Table: …` (or `Tabla: …`) right before a Markdown table; it becomes the
table's <caption>. Column headers get scope="col"; a body cell that is all bold becomes a row header.
A Markdown table without a caption stops the build.
"""

import re

from ..base.errors import DataError, line

CAPTIONED = re.compile(r"<p>(?:Table|Tabla): (.*?)</p>\s*<table>(.*?)</table>", re.S)
BARE = re.compile(r"<table>\s*<thead>\s*<tr>\s*(.*?)</tr>", re.S)
ROW_HEADER = re.compile(r"<tr>\s*<td([^>]*)><strong>((?:(?!</?strong>).)*)</strong></td>", re.S)


def _table(match: re.Match) -> str:
    caption, inner = match.groups()
    inner = re.sub(r"<th(?=[\s>])(?![^>]*scope)", '<th scope="col"', inner)
    inner = ROW_HEADER.sub(r'<tr>\n<th scope="row"\1>\2</th>', inner)
    return f"<table>\n<caption>{caption}</caption>{inner}</table>"


def caption(html: str, page_path: str) -> str:
    """The page's Markdown tables with captions and scoped headers."""
    html = CAPTIONED.sub(_table, html)
    bare = BARE.search(html)
    if bare:
        head = " | ".join(re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<th[^>]*>(.*?)</th>", bare[1]))
        raise DataError(line(f"docs/{page_path}: table '{head}'", "has no caption",
                             "add a paragraph 'Table: …' (Spanish: 'Tabla: …') right before it"))
    return html
