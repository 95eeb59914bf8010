"""How a child is confined: the bubblewrap command, its environment and rlimits, and SandboxInfo
saying which of them this machine gives (so that a weaker fallback is never silent).

On Linux with bubblewrap the child sees only the Python runtime, the child's own files, the
submission (read-only) and a scratch folder; it has no network and runs as an unprivileged
user with rlimits on CPU, memory, processes, open files and file size. Without bubblewrap
only the rlimits apply.
"""
from __future__ import annotations

import atexit
import ctypes
import errno
import os
import platform
import re
import resource
import shutil
import signal
import struct
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
PR_SET_PDEATHSIG = 1
_PRCTL = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)  # resolved before any fork: used between fork and exec


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
    """(name, package folder) of the given packages in this interpreter, to hide from the child: top-level
    (torch) or a part of one (sklearn.datasets: its modules and the data files bundled with them)."""
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
        folder = owned_tempdir("block", name)
        (folder / "__init__.py").write_text(f"raise ImportError({name + ' may not be used in this assignment'!r})\n")
        folder.chmod(0o755)
        (folder / "__init__.py").chmod(0o644)
        _BLOCKERS[name] = folder
    return _BLOCKERS[name]


def sandbox_base(forbidden_modules: list[str] | None = None, gpu: bool = False,
                 tmpfs_mb: int = Limits().tmpfs_mb, seccomp_fd: int | None = None) -> list[str]:
    """bwrap arguments shared by a fresh child and the warm worker: runtime read-only, no network,
    IPC of its own, /tmp and /dev/shm of tmpfs_mb each, dies with the process that starts it, and
    the seccomp filter read from seccomp_fd (seccomp_memfd(); pass it to bwrap) when one is given."""
    size = str(tmpfs_mb * 1024 * 1024)
    cmd = [bwrap_path() or "bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
           "--unshare-cgroup-try", "--die-with-parent", "--new-session"]
    if seccomp_fd is not None:
        cmd += ["--seccomp", str(seccomp_fd)]
    for top in ("/usr", "/lib", "/lib64", "/bin", "/sbin"):
        if os.path.islink(top):
            cmd += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            cmd += ["--ro-bind", top, top]
    cmd += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
            # /tmp first: the Python prefix may live under it and must be bound on top.
            "--perms", "1777", "--size", size, "--tmpfs", "/tmp"]
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
    for name in ("child.py", "locals_trace.py", "raised_values.py", "training_probe.py", "wire.py", "zygote.py"):
        cmd += ["--ro-bind", str(CHILD_DIR / name), f"{CHILD_MOUNT}/{name}"]
    cmd += ["--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--size", size, "--tmpfs", "/dev/shm"]
    if gpu:
        cmd += gpu_binds()
    return cmd


def bwrap_command(submission_dir: Path, scratch_dir: Path | None = None, forbidden_modules: list[str] | None = None,
                  gpu: bool = False, threads: int = 1, gpu_memory_mb: int | None = None,
                  tmpfs_mb: int = Limits().tmpfs_mb, seccomp_fd: int | None = None) -> list[str]:
    """A fresh child's sandbox: its submission read-only at /submission, and at /scratch a tmpfs of its
    own of tmpfs_mb (what StudentProcess gives it), or scratch_dir when one is given (not bounded)."""
    scratch = (["--bind", str(scratch_dir), "/scratch"] if scratch_dir is not None else
               ["--perms", "0777", "--size", str(tmpfs_mb * 1024 * 1024), "--tmpfs", "/scratch"])
    cmd = sandbox_base(forbidden_modules, gpu, tmpfs_mb, seccomp_fd) + [
        "--ro-bind", str(submission_dir), "/submission", *scratch, "--chdir", "/scratch", "--clearenv"]
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
            # a notebook's plotting code draws off-screen, its cache in the child's own home
            "MPLBACKEND": "Agg", "MPLCONFIGDIR": f"{home}/.matplotlib",
            "AUTOGRADER_FORBIDDEN_MODULES": ",".join(forbidden_modules or [])}


def child_threads(limits: Limits) -> int:
    """CPU threads the child's BLAS/torch may use: the assignment's wish, at most this machine's cores."""
    return max(1, min(limits.threads, os.cpu_count() or 1))


def address_space_limited(limits: Limits, gpu: bool) -> bool:
    """RLIMIT_AS, or instead the warm worker's watch on resident memory: under CUDA, whose
    reservations RLIMIT_AS breaks, and where the assignment asks for it."""
    return not gpu and limits.memory_enforcement == "address_space"


# ------------------------------------------------------------ seccomp: no kernel keyrings
# Keyrings belong to a uid, not to a namespace: a child could leave data in the keyring of uid
# nobody (every fresh child's, and any host daemon's) or of a pool uid (the next warm child's).
# (audit arch, (add_key, request_key, keyctl)) per machine.
_KEYRING_SYSCALLS = {"x86_64": (0xC000003E, (248, 249, 250)), "aarch64": (0xC00000B7, (217, 218, 219))}
PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2


def seccomp_program(machine: str | None = None) -> bytes | None:
    """A classic-BPF seccomp filter that fails the keyring system calls (ENOSYS), and every system call
    of another ABI (x32, i386 through int 0x80) that could reach them by other numbers, as Docker's
    default profile does; None on a machine it does not know."""
    known = _KEYRING_SYSCALLS.get(machine or platform.machine())
    if known is None:
        return None
    arch, numbers = known
    ld, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06
    allow, deny, n = 0x7FFF0000, 0x00050000 | errno.ENOSYS, len(numbers)
    program = [(ld, 0, 0, 4), (jeq, 1, 0, arch), (ret, 0, 0, deny),  # another ABI: refused
               (ld, 0, 0, 0), (jge, n + 1, 0, 0x40000000)]  # x32 numbers: refused
    program += [(jeq, n - i, 0, nr) for i, nr in enumerate(numbers)]
    program += [(ret, 0, 0, allow), (ret, 0, 0, deny)]
    return b"".join(struct.pack("=HBBI", *op) for op in program)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


_PROGRAM = seccomp_program()
_PROGRAM_BUFFER = ctypes.create_string_buffer(_PROGRAM or b"")
_FPROG = _SockFprog(len(_PROGRAM or b"") // 8, ctypes.cast(_PROGRAM_BUFFER, ctypes.c_void_p))


def seccomp_memfd() -> int | None:
    """A file holding seccomp_program() for bwrap's --seccomp, which installs it after its own set-up
    (also where bwrap is setuid, which a filter installed before it would break); the caller passes it
    to bwrap and closes it. None where there is no filter."""
    if _PROGRAM is None or not hasattr(os, "memfd_create"):
        return None
    fd = os.memfd_create("ag-seccomp")
    os.write(fd, _PROGRAM)
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def forbid_keyrings() -> None:
    """Between fork and exec, where there is no bubblewrap (a fresh child, the bare warm worker and so
    every child it forks): install seccomp_program(), inherited by everything started from there.
    Built before the fork."""
    if _PRCTL is None or _PROGRAM is None:
        return
    _PRCTL(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    if _PRCTL(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(_FPROG), 0, 0) != 0:
        os._exit(1)


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


# ------------------------------------------------------- what a killed grader leaves behind
def die_with_parent(parent: int) -> None:
    """In a process the grader just started: SIGKILL when the thread that started it ends (the kernel
    ties PR_SET_PDEATHSIG to the parent *thread*: start children from a thread that lives as long as
    they should), and exit at once if the parent died before the setting took."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


_OWNED = re.compile(r"ag-[a-z]+-(\d+)\.(\d+)\.(\d+)-")


def _start_time(pid: int) -> int | None:
    """When the process started (clock ticks since boot), or None when it is gone (a zombie is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return None if fields[0] in ("Z", "X") else int(fields[19])
    except (OSError, ValueError, IndexError):
        if sys.platform.startswith("linux"):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return 0


def _pid_namespace() -> int:
    try:
        return os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return 0


def owner_token(pid: int | None = None) -> str:
    """<pid namespace>.<pid>.<start time> of a process (this one by default): no other process since
    boot has the same, so a folder named with it is known to be stale once that process is gone."""
    pid = os.getpid() if pid is None else pid
    return f"{_pid_namespace()}.{pid}.{_start_time(pid) or 0}"


def owned_prefix(kind: str, name: str = "") -> str:
    """The prefix of a temporary folder this process owns: ag-<kind>-<owner token>-[<name>-]."""
    return f"ag-{kind}-{owner_token()}-" + (f"{name}-" if name else "")


def owned_tempdir(kind: str, name: str = "") -> Path:
    """A new temporary folder that remove_stale_tempdirs() deletes once this process is gone."""
    return Path(tempfile.mkdtemp(prefix=owned_prefix(kind, name)))


def remove_stale_tempdirs(folder: str | Path | None = None) -> list[Path]:
    """Delete the temporary folders (ag-<kind>-<owner token>-...) whose grading process is gone: a run
    killed with SIGKILL cleans up nothing (warm worker slots, scratch folders, blockers, tasks).

    Call it once at the start of a grading run. Only folders of this user and this pid namespace are
    touched; a folder whose owner still runs is kept.
    """
    base, ns, removed = Path(folder or tempfile.gettempdir()), _pid_namespace(), []
    try:
        entries = list(os.scandir(base))
    except OSError:
        return removed
    for entry in entries:
        match = _OWNED.match(entry.name)
        try:
            if (not match or not entry.is_dir(follow_symlinks=False) or int(match[1]) != ns
                    or entry.stat(follow_symlinks=False).st_uid != os.geteuid()):
                continue
        except OSError:
            continue
        if _start_time(int(match[2])) == int(match[3]):
            continue  # its grader still runs
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed
