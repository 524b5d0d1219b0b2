"""Read and validate the YAML files under data/ (cached per path and modification time)."""

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from .errors import DataError, line

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def relative(path: Path) -> str:
    """A path as the maintainer sees it, relative to the project root."""
    try:
        return str(path.resolve().relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)


def load(path: Path, model: type[BaseModel]) -> BaseModel:
    """Parse `path` and validate it against `model`, or stop with one line naming the field."""
    path = Path(path)
    if not path.is_file():
        raise DataError(line(relative(path), "file not found", "create it or fix the name that points to it"))
    return _load(path, path.stat().st_mtime, model)


@lru_cache(maxsize=None)
def _load(path: Path, _mtime: float, model: type[BaseModel]) -> BaseModel:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        where = f"{relative(path)}:{mark.line + 1}" if mark else relative(path)
        raise DataError(line(where, f"invalid YAML ({err.problem})", "fix the syntax on that line")) from None
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(top level)"
        raise DataError(line(f"{relative(path)}: {field}", first["msg"].lower(), _fix(first))) from None


def _fix(error: dict) -> str:
    kind = error["type"]
    if kind == "missing":
        return "add this field"
    if kind == "extra_forbidden":
        return "remove or rename this field (check its spelling)"
    return "correct this value"
