"""The warm worker: children forked after the heavy imports, each confined like a fresh one."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from autograder.sandbox import warm
from autograder.sandbox.errors import StudentCrash, StudentException
from autograder.sandbox.gpu import gpu_available
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess
from tests.conftest import HAS_BWRAP, IS_ROOT, sandboxed_processes

pytestmark = pytest.mark.skipif(not (IS_ROOT and HAS_BWRAP),
                                reason="the warm worker needs root and bubblewrap (it starts fresh children otherwise)")


@pytest.fixture(autouse=True)
def warm_enabled(monkeypatch):
    monkeypatch.delenv("AUTOGRADER_NO_WARM", raising=False)
    monkeypatch.delenv("AUTOGRADER_NO_BWRAP", raising=False)


def start(tmp_path: Path, source: str, name: str = "sub", **limits) -> StudentProcess:
    folder = tmp_path / f"{name}-{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    (folder / "sub.py").write_text(source)
    proc = StudentProcess(folder, "sub", Limits(**{"call_timeout_s": 10.0, **limits}))
    proc.start()
    return proc


PROBE = """
import os, sys, signal
import numpy as np
def ident(): return [os.getuid(), os.getpid(), os.getcwd(), sys.modules.get('torch') is not None]
def write(path, text): open(path, 'w').write(text); return True
def read(path): return open(path).read()
def exists(path): return os.path.exists(path)
def ls(path): return sorted(os.listdir(path))
def kill(pid): os.kill(pid, signal.SIGKILL); return True
def draw(): return float(np.random.rand())
"""


def test_children_are_forked_by_the_warm_worker(tmp_path):
    a = start(tmp_path, PROBE)
    try:
        assert isinstance(a.proc, warm.WarmChild)
        uid, _, cwd, _ = a.call("ident")
        assert uid in warm.child_uid_range() and cwd == "/scratch"
        assert a.call("ls", "/submission") == ["sub.py"]
        assert not a.call("exists", "/slots/1")  # the other slots are covered in the child's own mounts
    finally:
        a.kill()


def test_concurrent_children_cannot_read_or_signal_each_other(tmp_path):
    a, b = start(tmp_path, PROBE), start(tmp_path, PROBE)
    try:
        uid_a, pid_a, _, _ = a.call("ident")
        uid_b, _, _, _ = b.call("ident")
        assert uid_a != uid_b
        assert a.call("write", "/scratch/answer.txt", "secret")
        with pytest.raises(StudentException, match="Permission denied|No such file"):
            b.call("read", f"/proc/{pid_a}/root/scratch/answer.txt")
        with pytest.raises(StudentException, match="PermissionError|Operation not permitted"):
            b.call("kill", pid_a)
        assert a.call("read", "/scratch/answer.txt") == "secret"
        with pytest.raises(StudentException, match="Read-only|Permission denied"):
            b.call("write", "/submission/sub.py", "x = 1")
    finally:
        a.kill()
        b.kill()


def test_nothing_survives_a_child(tmp_path):
    """Escaped processes (setsid) and files in the shared /tmp go with the child."""
    a = start(tmp_path, PROBE + "def escape():\n    if os.fork() == 0:\n        os.setsid()\n"
                                "        import time; time.sleep(60)\n        os._exit(0)\n    return True\n")
    assert a.call("escape")
    assert a.call("write", "/tmp/left-behind.txt", "for the next student")
    a.kill()
    deadline = time.monotonic() + 5
    while sandboxed_processes() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sandboxed_processes() == 0
    b = start(tmp_path, PROBE)
    try:
        assert not b.call("exists", "/tmp/left-behind.txt")
    finally:
        b.kill()


def test_children_do_not_share_the_workers_random_state(tmp_path):
    draws = set()
    for _ in range(3):
        p = start(tmp_path, PROBE)
        draws.add(p.call("draw"))
        p.kill()
    assert len(draws) == 3


def test_resident_memory_limit_kills_with_a_clear_reason(tmp_path):
    """What GPU children get instead of RLIMIT_AS (which CUDA's reservations break)."""
    p = start(tmp_path, PROBE + "def hog():\n    x = np.ones(700 * 2**20 // 8)\n    import time; time.sleep(10)\n"
                                "    return float(x.sum())\n", memory_mb=300, memory_enforcement="resident")
    with pytest.raises(StudentCrash, match="memory limit exceeded: .* MiB resident, limit 300 MiB"):
        p.call("hog")
    p.kill()


def test_a_dead_worker_costs_one_child_and_is_replaced(tmp_path):
    a = start(tmp_path, PROBE)
    worker = a.proc.worker
    os.killpg(worker.proc.pid, signal.SIGKILL)
    worker.proc.wait(timeout=10)
    assert a.proc.wait(timeout=10) == -signal.SIGKILL
    with pytest.raises(StudentCrash, match="warm worker ended|not running"):
        a.call("ident")
    a.kill()
    b = start(tmp_path, PROBE)
    try:
        assert isinstance(b.proc, warm.WarmChild) and b.proc.worker is not worker
        assert b.call("ls", "/submission") == ["sub.py"]
    finally:
        b.kill()


def test_without_a_worker_children_start_fresh(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise warm.WarmUnavailable("no worker here")

    monkeypatch.setattr(warm, "WarmWorker", refuse)
    monkeypatch.setattr(warm, "_WORKERS", {})
    monkeypatch.setattr(warm, "_FAILED", {})
    p = start(tmp_path, PROBE)
    try:
        assert not isinstance(p.proc, warm.WarmChild)
        assert p.call("ident")[0] == 65534
    finally:
        p.kill()


def test_torch_is_imported_once_by_the_worker(tmp_path):
    pytest.importorskip("torch")
    p = start(tmp_path, PROBE, preload_modules=["numpy", "torch", "torch._dynamo"], memory_mb=6144)
    try:
        assert p.proc.worker.preloaded == ["numpy", "torch", "torch._dynamo"]
        assert p.proc.worker.threads == 1  # nothing started a thread: forking is safe
        assert p.call("ident")[3]  # torch is in sys.modules before the submission imports it
    finally:
        p.kill()


@pytest.mark.parametrize("start_kind", ["warm", "fresh"])
def test_the_child_uses_the_assignments_cpu_threads(tmp_path, monkeypatch, start_kind):
    pytest.importorskip("torch")
    if start_kind == "fresh":
        monkeypatch.setenv("AUTOGRADER_NO_WARM", "1")
    source = "import os, torch\ndef threads(): return [torch.get_num_threads(), os.environ['OMP_NUM_THREADS']]\n"
    p = start(tmp_path, source, preload_modules=["numpy", "torch"], memory_mb=6144, threads=64)
    try:
        expected = os.cpu_count()
        assert p.call("threads") == [expected, str(expected)]  # what was asked, capped at the machine's cores
    finally:
        p.kill()


def test_a_forbidden_module_is_never_preloaded(tmp_path):
    p = start(tmp_path, PROBE + "def use_torch():\n    import torch\n    return 1\n",
              preload_modules=["numpy", "torch", "torch.optim"], forbidden_modules=["torch"])
    try:
        assert p.proc.worker.preloaded == ["numpy"]
        assert not p.call("ident")[3]
        with pytest.raises(StudentException, match="torch may not be used"):
            p.call("use_torch")
    finally:
        p.kill()


GPU_PROBE = """
import os
import torch
def device_count(): return torch.cuda.device_count()
def visible(): return os.environ.get("CUDA_VISIBLE_DEVICES")
def widen():
    os.environ["CUDA_VISIBLE_DEVICES"] = "0,1,2,3,4,5,6,7"
    return torch.cuda.device_count()
def matmul():
    x = torch.randn(512, 512, device="cuda")
    return float((x @ x).sum().item())
def hog_gpu(mb):
    return torch.empty(mb * 2**20, dtype=torch.uint8, device="cuda").numel()
"""


@pytest.mark.gpu
@pytest.mark.skipif(not gpu_available(), reason="no GPU on this machine")
@pytest.mark.parametrize("start_kind", ["warm", "fresh"])
def test_gpu_child_sees_one_gpu_and_computes(tmp_path, monkeypatch, start_kind):
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("this torch build has no CUDA")
    if start_kind == "fresh":
        monkeypatch.setenv("AUTOGRADER_NO_WARM", "1")
    p = start(tmp_path, GPU_PROBE, preload_modules=["numpy", "torch"], use_gpu=True, memory_mb=16384,
              gpu_memory_mb=2048)
    try:
        assert p.call("device_count") == 1
        assert p.call("visible") == "0"
        assert p.call("widen") == 1  # CUDA started before the student's code ran
        assert isinstance(p.call("matmul"), float)
        with pytest.raises(StudentException, match="OutOfMemoryError|out of memory"):
            p.call("hog_gpu", 4096)
    finally:
        p.kill()


def test_closing_the_worker_ends_it_and_its_children(tmp_path):
    """The worker exits on its own when the grader closes the control socket (not killed after a
    timeout, which made every grading process linger at exit)."""
    p = start(tmp_path, PROBE)
    worker = p.proc.worker
    assert p.call("ident")
    warm.close_all()
    assert worker.proc.returncode == 0  # bubblewrap passed on the worker's own exit code
    assert p.proc.wait(timeout=10) == -signal.SIGKILL
    p.kill()


def test_a_runtime_under_tmp_stays_visible_to_the_child(tmp_path):
    """A checkout (and its virtualenv) under /tmp: the child's own /tmp must not hide the runtime, or
    modules the worker imported cannot load the rest of their package (numpy.random) in the child."""
    import shutil
    import subprocess
    import sys
    import sysconfig

    import numpy

    assert str(tmp_path).startswith("/tmp/")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", purelib], capture_output=True, text=True,
                               check=True).stdout.strip())
    numpy_dir = Path(numpy.__file__).parent
    shutil.copytree(numpy_dir, site / "numpy", symlinks=True)
    for libs in numpy_dir.parent.glob("numpy.libs"):
        shutil.copytree(libs, site / libs.name, symlinks=True)
    (site / "grader.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")  # the rest, after the copy
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
import numpy
assert numpy.__file__.startswith({str(tmp_path)!r}), numpy.__file__
from pathlib import Path
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess
folder = Path({str(tmp_path)!r}) / "sub"
folder.mkdir()
(folder / "sub.py").write_text("def draw():\\n    import numpy.random\\n"
                               "    return float(numpy.random.default_rng(0).random())\\n")
proc = StudentProcess(folder, "sub", Limits(call_timeout_s=20.0))
proc.start()
print("drew", proc.call("draw"))
proc.kill()
"""
    env = {k: v for k, v in os.environ.items() if k not in ("AUTOGRADER_NO_WARM", "AUTOGRADER_NO_BWRAP")}
    out = subprocess.run([str(venv / "bin" / "python"), "-c", script], capture_output=True, text=True, timeout=120,
                         env=env)
    assert out.returncode == 0 and "drew 0." in out.stdout, out.stdout[-2000:] + out.stderr[-3000:]
