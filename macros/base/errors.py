"""Bad input stops the build with one readable line: `where: problem — fix`."""

import logging

from mkdocs.exceptions import PluginError


def line(where: str, problem: str, fix: str) -> str:
    """The one-line form of every error we report."""
    return f"{where}: {problem} — {fix}"


def problem_and_fix(message: str, fix: str) -> tuple[str, str]:
    """A validator's "problem — fix" message in its two parts; `fix` when it gives none."""
    problem, _, own_fix = message.partition(" — ")
    return problem, own_fix or fix


class DataError(PluginError):
    """Bad input in data or pages; MkDocs prints the message without a traceback."""


_warnings = logging.getLogger("governance_sdgs.data")
if not _warnings.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("WARNING -  %(message)s"))
    _warnings.addHandler(_handler)
    _warnings.propagate = False  # shown, but not counted by `mkdocs build --strict`


def warn(where: str, problem: str, advice: str) -> None:
    """Report something allowed but worth a look (e.g. a gap in an agenda) without failing the build."""
    _warnings.warning(line(where, problem, advice))
