import os
import subprocess
from pathlib import Path

import pytest

from autograder.sandbox.confinement import bwrap_works
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess
from autograder.sandbox.warm import UID_BASE

REPO = Path(__file__).resolve().parent.parent
HAS_BWRAP = bwrap_works()
IS_ROOT = os.geteuid() == 0
needs_bwrap = pytest.mark.skipif(not HAS_BWRAP, reason="bubblewrap is not available here")


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


def sandboxed_processes() -> int:
    """Processes running as a sandbox uid: nobody (fresh children) or a warm worker's child uid."""
    out = subprocess.run(["ps", "-e", "-o", "uid="], capture_output=True, text=True)
    return sum(1 for uid in out.stdout.split() if int(uid) == 65534 or int(uid) >= UID_BASE)
