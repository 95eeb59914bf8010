import ast
import ctypes
import os
import sys
from pathlib import Path

import pytest

from autograder.sandbox.confinement import bwrap_works
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess
from autograder.sandbox.warm import UID_BASE

REPO = Path(__file__).resolve().parent.parent
# an error inside a detector fails the test that met it, not only loses its advice (grading/diagnosis.py)
os.environ.setdefault("AUTOGRADER_RAISE_ADVICE_ERRORS", "1")
HAS_BWRAP = bwrap_works()
IS_ROOT = os.geteuid() == 0
needs_bwrap = pytest.mark.skipif(not HAS_BWRAP, reason="bubblewrap is not available here")


def graded_points(assignment: str) -> dict[str, float]:
    """Each test of solutions/<assignment>/tests (hidden ones included) -> its points, read off its
    @graded(points=...) decorator without importing it."""
    points: dict[str, float] = {}
    for path in sorted((REPO / "solutions" / assignment / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                declared = [ast.literal_eval(k.value) for d in node.decorator_list
                            if isinstance(d, ast.Call) and getattr(d.func, "id", "") == "graded"
                            for k in d.keywords if k.arg == "points"]
                if declared:
                    points[node.name] = float(declared[0])
    return points


# The a1 grader's points, hidden tests included, and its number of tests: the tests of the batch, deadlines,
# exports and reports that grade a1 compare with these, so a test added to the grader changes one number: its own.
_A1_POINTS = graded_points("a1_backprop")
A1_TOTAL = sum(_A1_POINTS.values())
A1_TESTS = len(_A1_POINTS)


@pytest.fixture(params=["bubblewrap", "bubblewrap-fresh", "rlimits-only"])
def sandbox_kind(request, monkeypatch):
    """Run a test under the full sandbox (children forked by the warm worker, and fresh
    interpreters as a non-root grader gets them) and under the weaker fallback."""
    if request.param.startswith("bubblewrap"):
        if not HAS_BWRAP:
            pytest.skip("bubblewrap is not available here")
        monkeypatch.delenv("AUTOGRADER_NO_BWRAP", raising=False)
    else:
        monkeypatch.setenv("AUTOGRADER_NO_BWRAP", "1")
    if request.param.endswith("-fresh"):
        monkeypatch.setenv("AUTOGRADER_NO_WARM", "1")
    return request.param.removesuffix("-fresh")


@pytest.fixture
def make_student(tmp_path):
    """make_student(source, **limits) -> a started StudentProcess over module `sub`."""
    started = []

    def make(source: str, **limits) -> StudentProcess:
        folder = tmp_path / f"sub{len(started)}"
        folder.mkdir()
        folder.chmod(0o755)
        (folder / "sub.py").write_text(source)
        (folder / "sub.py").chmod(0o644)
        proc = StudentProcess(folder, "sub", Limits(**{"call_timeout_s": 5.0, **limits}))
        started.append(proc)
        proc.start()
        return proc

    yield make
    for proc in started:
        proc.kill()


# Orphans of what the tests start (a grading run killed with SIGKILL, a setsid escapee) come back
# to this process instead of init, so that they still count as this test run's own below.
PR_SET_CHILD_SUBREAPER = 36
if sys.platform.startswith("linux"):
    ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _read_process(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, real uid) of a process, or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    state, ppid = stat.rsplit(")", 1)[1].split()[:2]
    uid = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("Uid:")), -1)
    return state, int(ppid), uid


def _process_table() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, real uid) of every live process (zombies are left out).

    A process whose parent died while /proc was being read still names it: read again, it names
    the (sub)reaper it was handed to, so that it is not lost from its tree.
    """
    read = {int(e): _read_process(int(e)) for e in os.listdir("/proc") if e.isdigit()}
    table = {pid: info for pid, info in read.items() if info is not None}
    for pid, (_, ppid, _) in list(table.items()):
        if ppid not in table and ppid > 1:
            info = _read_process(pid)
            if info is None:
                del table[pid]
            else:
                table[pid] = info
    return {pid: (ppid, uid) for pid, (state, ppid, uid) in table.items() if state != "Z"}


def descendants(root: int) -> list[tuple[int, int]]:
    """(pid, uid) of the live processes below root, following parent links (root itself left out)."""
    table = _process_table()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append((pid, table[pid][1]))
        todo += children.get(pid, [])
    return found


def sandboxed_processes(root: int | None = None) -> int:
    """Processes below root (this test process by default) that run as a sandbox uid: nobody (fresh
    children) or a warm worker's child uid. Never another grading's on the same machine."""
    return sum(1 for _, uid in descendants(root or os.getpid()) if uid == 65534 or uid >= UID_BASE)
