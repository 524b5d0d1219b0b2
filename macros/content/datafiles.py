"""Read and validate the YAML files under data/, once per build (`per_build`, cleared by `new_build`)."""

import difflib
import re
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from ..base.errors import DataError, line, problem_and_fix

DATA_DIR = Path(__file__).resolve().parents[2] / "data"


class Loader(yaml.SafeLoader):
    """YAML's safe loader, except that 10:30 stays the text "10:30" (YAML 1.1 reads it as 630)."""


class FastLoader(getattr(yaml, "CSafeLoader", Loader)):
    """The same with libyaml's parser (5× faster); `Loader` explains its errors better."""


for _loader in (Loader, FastLoader):
    _loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if not (tag.endswith(":int") and regexp.match("10:30"))]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(
        r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"), list("-+0123456789"))


def parse(text: str):
    """YAML text as Python data; a syntax error is raised by the pure-Python parser, whose message says more."""
    try:
        return yaml.load(text, Loader=FastLoader)  # noqa: S506 (a safe loader)
    except yaml.MarkedYAMLError:
        return yaml.load(text, Loader=Loader)  # noqa: S506


_BUILD_CACHES = []


def per_build(function):
    """`function` cached until the next build starts: data is read and checked once per build, not
    once per page (`mkdocs serve` rebuilds after every change, and each rebuild starts afresh)."""
    cached = lru_cache(maxsize=None)(function)
    _BUILD_CACHES.append(cached)
    return cached


def new_build() -> None:
    """Forget what earlier builds read (called by the hooks when a build starts)."""
    for cached in _BUILD_CACHES:
        cached.cache_clear()


@lru_cache(maxsize=None)
def relative(path: Path) -> str:
    """A path as the maintainer sees it, relative to the project root."""
    try:
        return str(path.resolve().relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)


def load(path: Path, model: type[BaseModel]) -> BaseModel:
    """Parse `path` and validate it against `model`, or stop with one line naming the field."""
    return _load(Path(path), model)


@per_build
def _load(path: Path, model: type[BaseModel]) -> BaseModel:
    if not path.is_file():
        raise DataError(line(relative(path), "file not found", "create it or fix the name that points to it"))
    try:
        raw = parse(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        where = f"{relative(path)}:{mark.line + 1}" if mark else relative(path)
        raise DataError(line(where, f"invalid YAML ({err.problem})", "fix the syntax on that line")) from None
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        first = _most_telling(err.errors())
        raise DataError(line(f"{relative(path)}: {field_name(first['loc'], raw)}", *problem_and_fix(_message(first), _fix(first)))) from None


def _most_telling(errors: list[dict]) -> dict:
    """The first error, but where a value may take two forms (`str | Text`), the one of the form it was
    written in: a `{en: …}` missing its `es:` is about the missing field, not about not being a string."""
    return next((error for error in errors if error["type"] != "string_type"), errors[0])


def field_name(loc, raw=None) -> str:
    """('sessions', 4, 'end') → 'sessions #5 › end' (people count from 1); the forms of a union ('str',
    'Text') are left out. In a file that is a list (glossary, references), an entry is named by its id
    or key too: (0, 'term') → 'sdg (#1) › term'."""
    parts = [part for part in loc if not (isinstance(part, str) and (part in ("str", "int") or part[:1].isupper()))]
    name = " › ".join(f"#{part + 1}" if isinstance(part, int) else str(part) for part in parts).replace(" › #", " #")
    if parts and isinstance(parts[0], int) and isinstance(raw, list) and parts[0] < len(raw) and isinstance(raw[parts[0]], dict):
        if ident := raw[parts[0]].get("id") or raw[parts[0]].get("key"):
            name = entry(ident, parts[0] + 1) + name.removeprefix(f"#{parts[0] + 1}")
    return name or "(top level)"


def entry(ident: str, number: int) -> str:
    """An entry of a list file, as errors name it: 'sdg (#1)'."""
    return f"{ident} (#{number})"


def _message(error: dict) -> str:
    message = error["msg"]
    return message.removeprefix("Value error, ") if error["type"] == "value_error" else message.lower()


def _fix(error: dict) -> str:
    kind = error["type"]
    if kind == "missing":
        return "add this field"
    if kind == "extra_forbidden":
        return "remove or rename this field (check its spelling)"
    return "correct this value"


@per_build
def load_all(folder: Path, model: type[BaseModel], noun: str, check=None) -> dict[str, BaseModel]:
    """Every `*.yml` in `folder` by its `id`, each validated and passed to `check(item, where)`."""
    items: dict[str, BaseModel] = {}
    paths: dict[str, Path] = {}
    for path in sorted(Path(folder).glob("*.yml")):
        item = load(path, model)
        if item.id in items:
            raise DataError(line(f"{relative(path)}: id", f"'{item.id}' is already the id of {relative(paths[item.id])}",
                                 f"give each {noun} its own id"))
        if check:
            check(item, relative(path))
        items[item.id], paths[item.id] = item, path
    return items


def pick(known: dict, key: str, noun: str, folder: Path):
    """`known[key]`; a key that does not exist stops the build and says which ones do."""
    if key not in known:
        raise DataError(line(f"{noun} '{key}'", f"no such {noun} in {relative(folder)}/", choices(key, known, noun)))
    return known[key]


def choices(key: str, known, noun: str) -> str:
    """The fix for an unknown key: every known key when there are a few dozen at most; else the closest, so the
    line stays readable."""
    if len(known) <= 30:
        return f"use one of: {', '.join(sorted(known)) or 'none yet'}"
    close = difflib.get_close_matches(key, list(known), n=3, cutoff=0.6)
    return f"did you mean {' or '.join(close)}?" if close else f"use the key of one of the {len(known)} {noun}s there"
