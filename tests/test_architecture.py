"""The layout of autograder/ is what ARCHITECTURE.md says: imports point down its table of layers,
nothing imports the CLI, and there are no import circles (imports inside functions count)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "autograder"
# Run inside the sandbox as plain scripts: they can import only each other and the standard library.
CHILD_SCRIPTS = {"autograder.sandbox.child", "autograder.sandbox.wire", "autograder.sandbox.zygote"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported_names(path: Path, name: str) -> set[str]:
    """Every module path an import statement in the file names, at any depth (functions included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the autograder modules it imports (a name resolves to the longest module it starts with)."""
    mods = modules()

    def resolve(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        targets = {resolve(n) for n in imported_names(path, name)}
        # importing a submodule runs its parents' __init__; that is not an edge of its own
        graph[name] = {t for t in targets if t and t != name and not name.startswith(t + ".")}
    return graph


def unit_of(module: str) -> str:
    """The unit a module belongs to: autograder.<unit>..., or `autograder` for the package root."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "autograder"


def documented_layers() -> dict[str, int]:
    """unit -> layer number, from the table in ARCHITECTURE.md."""
    layers: dict[str, int] = {}
    for line in (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8").splitlines():
        row = re.match(r"\|\s*(\d+)\s*\|([^|]*)\|", line)
        if row:
            for unit in re.findall(r"`([\w.]+)`", row.group(2)):
                layers[unit] = int(row.group(1))
    return layers


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def layer_violations(graph: dict[str, set[str]], layers: dict[str, int]) -> list[str]:
    bad = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            source_unit, target_unit = unit_of(module), unit_of(target)
            if source_unit == target_unit:
                continue
            if layers[target_unit] >= layers[source_unit]:
                bad.append(f"{module} (layer {layers[source_unit]}) imports {target} (layer {layers[target_unit]})")
    return bad


def test_no_import_circles():
    assert cycles(import_graph()) == []


def test_every_unit_has_its_row_in_architecture_md():
    layers = documented_layers()
    missing = sorted({unit_of(m) for m in modules()} - set(layers))
    assert not missing, f"add these to the layer table of ARCHITECTURE.md: {missing}"
    stale = sorted(set(layers) - {unit_of(m) for m in modules()})
    assert not stale, f"ARCHITECTURE.md names units that do not exist: {stale}"


def test_imports_point_down_the_layers():
    assert layer_violations(import_graph(), documented_layers()) == []


def test_nothing_imports_the_cli():
    graph = import_graph()
    assert [m for m, targets in graph.items() if unit_of(m) != "cli" and any(unit_of(t) == "cli" for t in targets)] == []


def test_the_sandboxed_scripts_import_nothing_of_the_framework():
    graph = import_graph()
    for script in CHILD_SCRIPTS:
        assert graph[script] <= CHILD_SCRIPTS, f"{script} runs in the sandbox, where autograder is not installed"


# -- the checks themselves catch what they are for
@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": set(), "c": {"b"}}, []),
])
def test_cycles_are_found(graph, expected):
    assert cycles(graph) == expected


def test_an_upward_or_sideways_import_is_a_violation():
    layers = {"sandbox": 1, "grading": 5, "testing": 5, "cli": 10}
    graph = {"autograder.sandbox.process": {"autograder.grading.run"},  # upward
             "autograder.grading.run": {"autograder.testing", "autograder.sandbox.process"},  # sideways, down
             "autograder.cli.main": {"autograder.grading.run"}}
    assert layer_violations(graph, layers) == [
        "autograder.grading.run (layer 5) imports autograder.testing (layer 5)",
        "autograder.sandbox.process (layer 1) imports autograder.grading.run (layer 5)"]


def test_imports_inside_functions_count(tmp_path):
    source = tmp_path / "mod.py"
    source.write_text("def f():\n    from autograder.cli.main import main\n    from . import sibling\n")
    assert {"autograder.cli.main", "autograder.cli.main.main", "autograder.grading.sibling"} <= \
        imported_names(source, "autograder.grading.mod")
