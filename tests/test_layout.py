"""The code's rooms (README "How the code is laid out"): no room imports one above it."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "macros"
FLOORS = ["base", "content", "render", "build"]  # each may import those before it


def imported_rooms(path: Path) -> set[str]:
    """The rooms of macros/ that the module at `path` imports, written relatively or as macros.<room>."""
    own = path.parent.name
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level == 1:
                found.add(own)
            elif node.level == 2:
                found.add(module.split(".")[0] if module else "")
            elif module.startswith("macros."):
                found.add(module.split(".")[1])
    return found


def upward_imports(root: Path) -> list[str]:
    problems = []
    for path in sorted(root.glob("*/*.py")):
        floor = FLOORS.index(path.parent.name)
        for room in imported_rooms(path):
            if room not in FLOORS or FLOORS.index(room) > floor:
                problems.append(f"{path.relative_to(root).as_posix()} imports {room or 'the registry'}")
    return problems


def test_no_room_imports_one_above_it():
    assert sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(FLOORS)
    assert [p.name for p in ROOT.glob("*.py")] == ["__init__.py"], "a module of macros/ belongs in one of its rooms"
    assert upward_imports(ROOT) == [], "in macros/"


def test_the_check_finds_an_upward_import(tmp_path):
    for floor in FLOORS:
        (tmp_path / floor).mkdir()
    (tmp_path / "content" / "cases.py").write_text("from ..render import html\nfrom . import datafiles\n")
    (tmp_path / "base" / "links.py").write_text("from macros.build.offline import ZIP\n")
    (tmp_path / "render" / "agenda.py").write_text("from .. import define_env\nfrom ..content import events\n")
    assert upward_imports(tmp_path) == ["base/links.py imports build", "content/cases.py imports render",
                                        "render/agenda.py imports the registry"]
