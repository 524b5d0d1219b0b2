"""Bad input stops the build with one readable line: `where: problem — fix`."""

import logging

from jinja2 import UndefinedError
from mkdocs.exceptions import PluginError
from mkdocs_macros.errors import format_error


def line(where: str, problem: str, fix: str) -> str:
    """The one-line form of every error we report."""
    return f"{where}: {problem} — {fix}"


class DataError(PluginError):
    """Bad input in data or pages; MkDocs prints the message without a traceback."""


def register_formatters() -> None:
    """Make mkdocs-macros report our errors and undefined names in one line, not a traceback."""

    @format_error.register
    def _data(error: DataError, markdown: str, page) -> str:
        return f"docs/{page.file.src_uri}: {error}"

    @format_error.register
    def _undefined(error: UndefinedError, markdown: str, page) -> str:
        return line(f"docs/{page.file.src_uri}", error.message,
                    "check the spelling of the macro or variable")


_warnings = logging.getLogger("governance_sdgs.data")
if not _warnings.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("WARNING -  %(message)s"))
    _warnings.addHandler(_handler)
    _warnings.propagate = False  # shown, but not counted by `mkdocs build --strict`


def warn(where: str, problem: str, advice: str) -> None:
    """Report something allowed but worth a look (e.g. a gap in an agenda) without failing the build."""
    _warnings.warning(line(where, problem, advice))
