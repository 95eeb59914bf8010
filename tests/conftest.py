import os
import subprocess
from pathlib import Path

import pytest

from autograder.sandbox.process import Limits, StudentProcess, bwrap_works

REPO = Path(__file__).resolve().parent.parent
HAS_BWRAP = bwrap_works()
IS_ROOT = os.geteuid() == 0
needs_bwrap = pytest.mark.skipif(not HAS_BWRAP, reason="bubblewrap is not available here")


@pytest.fixture(params=["bubblewrap", "rlimits-only"])
def sandbox_kind(request, monkeypatch):
    """Run a test under the full sandbox and under the weaker fallback."""
    if request.param == "bubblewrap":
        if not HAS_BWRAP:
            pytest.skip("bubblewrap is not available here")
        monkeypatch.delenv("AUTOGRADER_NO_BWRAP", raising=False)
    else:
        monkeypatch.setenv("AUTOGRADER_NO_BWRAP", "1")
    return request.param


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


def processes_of_uid(uid: int) -> int:
    out = subprocess.run(["ps", "-u", str(uid), "-o", "pid="], capture_output=True, text=True)
    return len(out.stdout.split())
