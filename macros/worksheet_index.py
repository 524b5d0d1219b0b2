"""The list of worksheets by module, and print packs that hold all of a module's worksheets."""

from markupsafe import Markup

from . import catalogue, dates, html, modules, worksheet_form, worksheets
from .errors import DataError, line


def pack_path(module_id: str) -> str:
    """The site path of a module's print pack page."""
    return f"worksheets/pack-{module_id}/"


def index(lang: str, href) -> Markup:
    """One table per module with worksheets: title (linked with `href(path)`), duration and activities."""
    t = lambda key, **fields: catalogue.text(key, lang, **fields)  # noqa: E731
    known = modules.all_modules()
    parts = []
    for module_id, sheets in worksheets.by_module().items():
        module = known[module_id]
        rows = [([Markup('<a href="{}">{}</a>').format(href(f"worksheets/{sheet.id}/"), sheet.title(lang)),
                  dates.duration(sheet.duration, lang), ", ".join(t(f"wskind_{kind}") for kind in sheet.kinds())], None)
                for sheet in sheets]
        parts.append(html.table(t("worksheet_index_caption", toolkit=t(f"toolkit_{module.toolkit}"),
                                  number=module.number, title=module.title(lang)),
                                [t("worksheet_title"), t("worksheet_duration").rstrip(":"), t("worksheet_activities")], rows))
        parts.append(Markup('<p><a href="{}">{}</a></p>').format(
            href(pack_path(module_id)), t("worksheet_pack_link", number=module.number)))
    return Markup("\n").join(parts)


def pack(module_id: str, lang: str) -> Markup:
    """Every worksheet of a module, each to print on its own pages."""
    modules.load(module_id)
    sheets = worksheets.by_module().get(module_id)
    if not sheets:
        raise DataError(line(f"print_pack('{module_id}')", "the module has no worksheets",
                             "add worksheets to it in data/worksheets/, or remove the pack page"))
    return Markup("\n").join(worksheet_form.render(sheet, lang, level=2) for sheet in sheets)
