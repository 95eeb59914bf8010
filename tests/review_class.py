"""A small class graded as `autograder grade` and `report` grade it (the demo's commands on part of the
sample class, plus a hostile submission), shared by the review tests: graded once per session, copied
for each test that changes it."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

from autograder.cli.main import main
from tests.conftest import REPO

SAMPLE = REPO / "examples" / "a1_sample_class"
FILES = ["alice_correct.py", "bob_stub.py", "carol_partial.py", "mistake_mse_gradient_missing_2.py"]
# a student id a browser would run if it were not escaped: the file name is the id
XSS_ID = '<img src=x onerror="document.title=1">'
XSS_OUTPUT = "<script>document.title='pwned'</script>"
_lock = threading.Lock()


def hostile_source() -> str:
    """The correct solution, printing markup while imported (its output is shown to the staff)."""
    return f"print({XSS_OUTPUT!r})\n" + (SAMPLE / "alice_correct.py").read_text()


def graded_class(base: Path) -> Path:
    """base/review-class/out: gradebook, CSV, JSON, reports; base/review-class/subs: the files."""
    root = base / "review-class"
    with _lock:
        if not (root / "done").is_file():
            subs, out = root / "subs", root / "out"
            subs.mkdir(parents=True, exist_ok=True)
            for name in FILES:
                shutil.copy(SAMPLE / name, subs / name)
            (subs / f"{XSS_ID}.py").write_text(hostile_source())
            assert main(["grade", "a1_backprop", str(subs), "--out", str(out), "--workers", "2"]) == 0
            assert main(["report", "--gradebook", str(out / "gradebook.sqlite"), "--out", str(out / "reports")]) == 0
            (root / "done").write_text("ok")
    return root


def copy_of(base: Path, target: Path) -> Path:
    """A copy of the graded class (its gradebook's source folder pointing at the copy's submissions)."""
    from autograder.gradebook.store import Gradebook

    root = graded_class(base)
    shutil.copytree(root, target)
    with Gradebook(target / "out" / "gradebook.sqlite") as gb:
        source = gb.source_of("a1_backprop")
        gb.remember_source(source.model_copy(update={"submissions": str(target / "subs")}))
    return target
