"""The list of worksheets by module, and print packs that hold all of a module's worksheets."""

from markupsafe import Markup

from ..base import html
from ..base.errors import DataError, line
from ..content import modules, worksheets
from . import worksheet_form
from .reader import Reader


def pack_path(module_id: str) -> str:
    """The site path of a module's print pack page."""
    return f"worksheets/pack-{module_id}/"


def index(r: Reader) -> Markup:
    """One table per module with worksheets: title (linked with `r.link(path)`), duration and activities."""
    t = r.t
    known = modules.all_modules()
    parts = []
    for module_id, sheets in worksheets.by_module().items():
        module = known[module_id]
        rows = [([Markup('<a href="{}">{}</a>').format(r.link(f"worksheets/{sheet.id}/"), sheet.title(r)),
                  r.duration(sheet.duration), ", ".join(t(f"wskind_{kind}") for kind in sheet.kinds())], None)
                for sheet in sheets]
        parts.append(html.table(t("worksheet_index_caption", toolkit=t(f"toolkit_{module.toolkit}"),
                                  number=module.number, title=module.title(r)),
                                [t("worksheet_title"), t("worksheet_duration").rstrip(":"), t("worksheet_activities")], rows))
        parts.append(Markup('<p><a href="{}">{}</a></p>').format(
            r.link(pack_path(module_id)), t("worksheet_pack_link", number=module.number)))
    return Markup("\n").join(parts)


def pack(module_id: str, r: Reader) -> Markup:
    """Every worksheet of a module, each to print on its own pages."""
    modules.load(module_id)
    sheets = worksheets.by_module().get(module_id)
    if not sheets:
        raise DataError(line(f"print_pack('{module_id}')", "the module has no worksheets",
                             "add worksheets to it in data/worksheets/, or remove the pack page"))
    return Markup("\n").join(worksheet_form.render(sheet, r, level=2) for sheet in sheets)
