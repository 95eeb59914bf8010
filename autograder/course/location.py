"""Where a course lives: the folder holding course.toml, found by walking up (as git finds its
repository), and its modules put first on the import path so that a course's `reference.leaky`
is the course's own, never a module of the same name installed with this package."""
from __future__ import annotations

import sys
from pathlib import Path

COURSE_FILE = "course.toml"


def find_course_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` holding course.toml, or None."""
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        if (folder / COURSE_FILE).is_file():
            return folder
    return None


def put_course_first(course: Path) -> None:
    """Make the course's folder the first place imports look, and forget any module already imported
    under a name the course defines itself (its `reference` package shadows the bundled one)."""
    root = str(Path(course).resolve())
    if sys.path[:1] != [root]:
        if root in sys.path:
            sys.path.remove(root)
        sys.path.insert(0, root)
    for top in _top_level_names(Path(root)):
        loaded = sys.modules.get(top)
        if loaded is not None and not _inside(loaded, Path(root)):
            for name in [n for n in sys.modules if n == top or n.startswith(top + ".")]:
                del sys.modules[name]


def _top_level_names(root: Path) -> set[str]:
    """The packages and modules at the top of a course folder (reference/, helpers.py)."""
    names = {p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    return names | {p.stem for p in root.glob("*.py")}


def _inside(module: object, root: Path) -> bool:
    paths = list(getattr(module, "__path__", []) or []) + [getattr(module, "__file__", None) or ""]
    return any(p and Path(p).resolve().is_relative_to(root) for p in paths)
