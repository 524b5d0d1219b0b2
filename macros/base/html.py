"""Accessible HTML tables for the macros: a caption, column headers and row headers with scope."""

from markupsafe import Markup, escape


def attributes(attrs: dict | None) -> Markup:
    return Markup("".join(f' {key}="{escape(value)}"' for key, value in (attrs or {}).items() if value is not None))


def table(caption, columns, rows, *, row_header: int = 0, foot=None, attrs=None, labels: bool = False) -> Markup:
    """A table. `rows` holds (cells, tr attributes) pairs; cell `row_header` of each row is its <th>.

    Text is escaped unless it is Markup. `foot` is a list of (cell, colspan) pairs; its first cell
    is the footer row's header. With `labels`, each body cell carries its column's header as plain
    text in `data-label` and the table is marked `data-labelled`: on a phone it shows one block per row.
    """
    head = Markup("").join(Markup('<th scope="col">{}</th>').format(column) for column in columns)
    names = [escape(column).striptags() if labels else None for column in columns]
    body = Markup("")
    for cells, row_attrs in rows:
        body += Markup("<tr{}>").format(attributes(row_attrs))
        for index, cell in enumerate(cells):
            tag = Markup('th scope="row"') if index == row_header else Markup("td")
            body += Markup("<{}{}>{}</{}>").format(tag, attributes({"data-label": names[index]}), cell,
                                                    tag.split(" ")[0])
        body += Markup("</tr>\n")
    tfoot = Markup("")
    if foot:
        cells = Markup("").join(
            Markup('<{0} colspan="{1}"{2}>{3}</{0}>').format(
                "th" if index == 0 else "td", span, Markup(' scope="row"') if index == 0 else "", cell)
            for index, (cell, span) in enumerate(foot))
        tfoot = Markup("<tfoot><tr>{}</tr></tfoot>").format(cells)
    attrs = {**(attrs or {}), "data-labelled": "" if labels else None}
    return Markup('<table{}>\n<caption>{}</caption>\n<thead><tr>{}</tr></thead>\n<tbody>\n{}</tbody>{}\n</table>').format(
        attributes(attrs), caption, head, body, tfoot)


def bullet_list(items) -> Markup:
    """<ul> of escaped items, or nothing for no items."""
    if not items:
        return Markup("")
    return Markup("<ul>{}</ul>").format(Markup("").join(Markup("<li>{}</li>").format(item) for item in items))
