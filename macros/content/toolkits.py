"""What a toolkit's modules name — worksheets, readings, the sources of key points — checked across
data/modules/, data/worksheets/ and data/references/."""

from ..base.errors import DataError, line
from . import modules, references, worksheets


def check_links() -> None:
    """Every worksheet and reading a module lists exists (and the worksheet belongs to that module)."""
    refs = references.all_references()
    for module in modules.all_modules().values():
        where = f"data/modules/{module.id}.yml"
        for sheet_id in module.worksheets:
            sheet = worksheets.load_or_none(sheet_id)
            if sheet is None:
                raise DataError(line(f"{where}: worksheets", f"no worksheet '{sheet_id}' in data/worksheets/",
                                     "fix the id or add the worksheet"))
            if sheet.module != module.id:
                raise DataError(line(f"{where}: worksheets", f"'{sheet_id}' belongs to module {sheet.module}",
                                     f"set its `module:` to {module.id} or list it there"))
        for sheet in worksheets.by_module().get(module.id, []):
            if sheet.id not in module.worksheets:
                raise DataError(line(f"data/worksheets/{sheet.id}.yml: module", f"{module.id} does not list this worksheet",
                                     f"add '{sheet.id}' to the worksheets of {where}"))
        for number, session in enumerate(module.sessions, 1):
            if session.worksheet and session.worksheet not in module.worksheets:
                raise DataError(line(f"{where}: sessions #{number} › worksheet", f"'{session.worksheet}' is not one of the module's worksheets",
                                     f"use one of: {', '.join(module.worksheets)}, or add it to `worksheets:`"))
        for key in module.readings:
            if key not in refs:
                raise DataError(line(f"{where}: readings", f"no reference '{key}' in data/references/",
                                     "fix the key or add the reference"))
        for number, point in enumerate(module.key_points, 1):
            references.check_keys(point.sources, f"{where}: key_points #{number} › sources")
