"""How a child is confined: the bubblewrap command, its environment and rlimits, and SandboxInfo
saying which of them this machine gives (so that a weaker fallback is never silent).

On Linux with bubblewrap the child sees only the Python runtime, the child's own files, the
submission (read-only) and a scratch folder; it has no network and runs as an unprivileged
user with rlimits on CPU, memory, processes, open files and file size. Without bubblewrap
only the rlimits apply.
"""
from __future__ import annotations

import atexit
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from autograder.sandbox.gpu import gpu_binds, gpu_env
from autograder.sandbox.limits import Limits

CHILD_DIR = Path(__file__).resolve().parent
CHILD_MOUNT = "/opt/autograder-child"
UNPRIVILEGED_UID = 65534  # nobody


class SandboxInfo(BaseModel):
    """How the student's code was confined, so a weaker fallback is never silent."""

    kind: Literal["bubblewrap", "rlimits-only"]
    network_isolated: bool
    filesystem_isolated: bool
    process_limit_enforced: bool
    warm_worker: bool = False  # children forked by a worker that imported the heavy modules once
    notes: list[str] = Field(default_factory=list)


def bwrap_path() -> str | None:
    if os.environ.get("AUTOGRADER_NO_BWRAP"):
        return None
    return shutil.which("bwrap")


_PROBED: dict[str, bool] = {}


def bwrap_works() -> bool:
    """bwrap may be installed yet refused (no user namespaces in a container): try it once."""
    path = bwrap_path()
    if path is None:
        return False
    if path not in _PROBED:
        try:
            r = subprocess.run([path, "--ro-bind", "/", "/", "--unshare-net", "--die-with-parent", "true"],
                               capture_output=True, timeout=20)
            _PROBED[path] = r.returncode == 0
        except (OSError, subprocess.TimeoutExpired):
            _PROBED[path] = False
    return _PROBED[path]


def warm_worker_enabled() -> bool:
    """Children are forked by a warm worker: it needs root (each child gets a uid of its own)."""
    return os.geteuid() == 0 and not os.environ.get("AUTOGRADER_NO_WARM")


def sandbox_info() -> SandboxInfo:
    if bwrap_works():
        root = os.geteuid() == 0
        notes = [] if root else ["not root: the process limit is not enforced (no unprivileged uid to switch to), "
                                 "and each submission starts a fresh interpreter (no warm worker)"]
        return SandboxInfo(kind="bubblewrap", network_isolated=True, filesystem_isolated=True,
                           process_limit_enforced=root, warm_worker=warm_worker_enabled(), notes=notes)
    return SandboxInfo(
        kind="rlimits-only", network_isolated=False, filesystem_isolated=False,
        process_limit_enforced=os.geteuid() != 0, warm_worker=warm_worker_enabled(),
        notes=["bubblewrap (bwrap) is not available: student code runs with rlimits only; it can read files "
               "the grader's user can read and may reach the network. Install Debian's `bubblewrap`."],
    )


def _parents(path: str) -> list[str]:
    parts = Path(path).parts[1:-1]
    return ["/" + "/".join(parts[: i + 1]) for i in range(len(parts))]


def module_dirs(names: list[str]) -> list[tuple[str, str]]:
    """(name, package folder) of the given top-level modules in this interpreter, to hide from the child."""
    import importlib.util

    dirs = []
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is not None and spec.submodule_search_locations:
            dirs += [(name, str(Path(p).resolve())) for p in spec.submodule_search_locations]
    return dirs


_BLOCKERS: dict[str, Path] = {}


@atexit.register
def _remove_blockers() -> None:
    for folder in _BLOCKERS.values():
        shutil.rmtree(folder, ignore_errors=True)


def blocker_package(name: str) -> Path:
    """A folder whose __init__.py refuses the import; mounted over a forbidden package."""
    if name not in _BLOCKERS or not _BLOCKERS[name].is_dir():
        folder = Path(tempfile.mkdtemp(prefix=f"ag-block-{name}-"))
        (folder / "__init__.py").write_text(f"raise ImportError({name + ' may not be used in this assignment'!r})\n")
        folder.chmod(0o755)
        (folder / "__init__.py").chmod(0o644)
        _BLOCKERS[name] = folder
    return _BLOCKERS[name]


def sandbox_base(forbidden_modules: list[str] | None = None, gpu: bool = False) -> list[str]:
    """bwrap arguments shared by a fresh child and the warm worker: runtime read-only, no network."""
    cmd = [bwrap_path() or "bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
           "--unshare-cgroup-try", "--die-with-parent", "--new-session"]
    for top in ("/usr", "/lib", "/lib64", "/bin", "/sbin"):
        if os.path.islink(top):
            cmd += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            cmd += ["--ro-bind", top, top]
    cmd += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
            # /tmp first: the Python prefix may live under it and must be bound on top.
            "--perms", "1777", "--tmpfs", "/tmp"]
    made: set[str] = set()
    for prefix in dict.fromkeys([sys.base_prefix, sys.prefix]):
        if prefix.startswith("/usr/"):
            continue
        for parent in _parents(prefix):
            if parent not in made:
                cmd += ["--perms", "0755", "--dir", parent]
                made.add(parent)
        cmd += ["--ro-bind", prefix, prefix]
    for name, hidden in module_dirs(forbidden_modules or []):  # the package is replaced by a refusal
        cmd += ["--ro-bind", str(blocker_package(name)), hidden]
    for name in ("child.py", "wire.py", "zygote.py"):
        cmd += ["--ro-bind", str(CHILD_DIR / name), f"{CHILD_MOUNT}/{name}"]
    cmd += ["--proc", "/proc", "--dev", "/dev"]
    if gpu:
        cmd += gpu_binds()
    return cmd


def bwrap_command(submission_dir: Path, scratch_dir: Path, forbidden_modules: list[str] | None = None,
                  gpu: bool = False, threads: int = 1, gpu_memory_mb: int | None = None) -> list[str]:
    """A fresh child's sandbox: its submission read-only at /submission, its scratch at /scratch."""
    cmd = sandbox_base(forbidden_modules, gpu) + [
        "--ro-bind", str(submission_dir), "/submission", "--bind", str(scratch_dir), "/scratch",
        "--chdir", "/scratch", "--clearenv"]
    env = child_env("/scratch", forbidden_modules, threads)
    if gpu:
        env.update(gpu_env(gpu_memory_mb))
    for key, value in env.items():
        cmd += ["--setenv", key, value]
    return cmd


THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def child_env(home: str, forbidden_modules: list[str] | None = None, threads: int = 1) -> dict[str, str]:
    return {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONHASHSEED": "0", **{name: str(threads) for name in THREAD_VARIABLES},
            "AUTOGRADER_FORBIDDEN_MODULES": ",".join(forbidden_modules or [])}


def child_threads(limits: Limits) -> int:
    """CPU threads the child's BLAS/torch may use: the assignment's wish, at most this machine's cores."""
    return max(1, min(limits.threads, os.cpu_count() or 1))


def address_space_limited(limits: Limits, gpu: bool) -> bool:
    """RLIMIT_AS, or instead the warm worker's watch on resident memory: under CUDA, whose
    reservations RLIMIT_AS breaks, and where the assignment asks for it."""
    return not gpu and limits.memory_enforcement == "address_space"


def set_rlimits(limits: Limits, address_space: bool = True) -> None:
    mib = 1024 * 1024
    # The CPU hard limit is one second above the soft one so SIGXCPU (not SIGKILL) says why.
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    pairs = [(resource.RLIMIT_FSIZE, limits.file_size_mb * mib), (resource.RLIMIT_CORE, 0),
             (resource.RLIMIT_NOFILE, limits.open_files)]
    if address_space:
        pairs.append((resource.RLIMIT_AS, limits.memory_mb * mib))
    for res, value in pairs:
        resource.setrlimit(res, (value, value))
