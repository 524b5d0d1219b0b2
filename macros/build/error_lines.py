"""An error in a page's macros stops the build as bad data does: one line, `docs/page: problem — fix`, once."""

import logging
import sys
import traceback

from jinja2 import TemplateSyntaxError, UndefinedError
from mkdocs_macros.errors import format_error

from ..base.errors import DataError, line

_log = logging.getLogger("mkdocs.plugins.governance_sdgs")


def register_formatters() -> None:
    """Make an error in a page's macros stop the build like bad data does: one line `docs/page: problem — fix`.

    mkdocs-macros asks `format_error` for a message, logs it as a `[macros] - ERROR` warning with the
    traceback and exits (`on_error_fail: true`). Our formatters raise a DataError instead, before that
    happens: MkDocs then prints the line once as an error and aborts, as it does for bad data files (no
    warning, no traceback; `mkdocs build --verbose` logs the traceback of an unexpected error)."""

    @format_error.register
    def _data(error: DataError, markdown: str, page) -> str:
        raise DataError(f"docs/{page.file.src_uri}: {error}") from None

    @format_error.register
    def _undefined(error: UndefinedError, markdown: str, page) -> str:
        raise DataError(line(f"docs/{page.file.src_uri}", error.message,
                             "check the spelling of the macro or variable")) from None

    @format_error.register
    def _syntax(error: TemplateSyntaxError, markdown: str, page) -> str:
        lines = markdown.splitlines()
        text = lines[error.lineno - 1].strip() if 0 < error.lineno <= len(lines) else ""
        raise DataError(line(f"docs/{page.file.src_uri}", f"{error.message} in `{text}`" if text else error.message,
                             "correct the {{ … }} or {% … %} on that line")) from None

    @format_error.register
    def _other(error: Exception, markdown: str, page) -> str:
        _log.debug("".join(traceback.format_exception(error)))  # `mkdocs build --verbose` shows it
        where = f"docs/{page.file.src_uri}"
        if isinstance(error, TypeError) and str(error).startswith("define_env.<locals>."):  # a macro's own call
            raise DataError(line(where, str(error).removeprefix("define_env.<locals>."),
                                 "give the macro the arguments it takes (see its definition in macros/__init__.py)")) from None
        raise DataError(line(where, f"{type(error).__name__}: {error}",
                             "check the macros on this page; if they are right, `mkdocs build --verbose` shows "
                             "where the code failed")) from None


class _OneLinePerError(logging.Filter):
    """MkDocs announces "Error reading page 'x':" before a page's error; ours name the page already."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(sys.exc_info()[1], DataError) and record.getMessage().startswith("Error reading page"))


_build_log = logging.getLogger("mkdocs.commands.build")
if not any(isinstance(f, _OneLinePerError) for f in _build_log.filters):
    _build_log.addFilter(_OneLinePerError())
