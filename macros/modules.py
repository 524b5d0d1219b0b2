"""Toolkit modules (data/modules.yml), which worksheets and other material belong to."""

from pydantic import Field, PositiveInt, RootModel

from . import datafiles
from .schema import Strict, Text

PATH = datafiles.DATA_DIR / "modules.yml"


class Module(Strict):
    """A module of a toolkit."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    toolkit: str
    number: PositiveInt
    title: Text


class Modules(RootModel[list[Module]]):
    """All modules, in teaching order."""


def all_modules() -> dict[str, Module]:
    """Module id → module, in teaching order."""
    return {module.id: module for module in datafiles.load(PATH, Modules).root}


def unknown(module_id: str):
    """The error for a page that names a module that does not exist."""
    return datafiles.unknown("module", module_id, PATH.parent, all_modules())
