"""The grader's side: start a confined child for one submission and call into it.

On Linux with bubblewrap the child sees only the Python runtime, the child's own two
files, the submission (read-only) and a scratch folder; it has no network, runs as an
unprivileged user with rlimits on CPU, memory, processes, open files and file size.
Without bubblewrap only the rlimits apply, and SandboxInfo says so.
"""
from __future__ import annotations

import atexit
import os
import resource
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from autograder.models import SandboxInfo
from autograder.sandbox import wire

CHILD_DIR = Path(__file__).resolve().parent
CHILD_MOUNT = "/opt/autograder-child"
UNPRIVILEGED_UID = 65534  # nobody


class Limits(BaseModel):
    """Resource limits of one child process; times in seconds, sizes in MiB unless said."""

    call_timeout_s: float = 10.0
    startup_timeout_s: float = 30.0
    cpu_s: int = 300
    memory_mb: int = 4096
    max_processes: int = 64
    file_size_mb: int = 64
    open_files: int = 256
    output_bytes: int = 64 * 1024
    forbidden_modules: list[str] = []  # e.g. torch in a NumPy-only assignment: hidden from the child
    # Imported once by the warm worker, before it forks each child (never a forbidden one).
    preload_modules: list[str] = ["numpy"]
    use_gpu: bool = False  # the child gets this worker's GPU when there is one (CUDA, else CPU)
    gpu_memory_mb: int | None = None  # cap on the torch CUDA allocator of one child
    # address_space: RLIMIT_AS; resident: the warm worker polls resident memory and kills above
    # memory_mb (what works under CUDA, and what a GPU child always gets).
    memory_enforcement: Literal["address_space", "resident"] = "address_space"
    threads: int = 1  # CPU threads for BLAS/torch in the child (at most the machine's cores)


# ------------------------------------------------------------------ errors
class StudentCodeError(Exception):
    """Something the student's code did that ends a call; `status` is the test status it earns."""

    status = "error"

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class StudentException(StudentCodeError):
    def __init__(self, function: str, type_name: str, message: str, traceback: str) -> None:
        self.type_name = type_name
        text = f"{function}() raised {type_name}: {message}" if message else f"{function}() raised {type_name}"
        if type_name == "NotImplementedError":
            text = f"{function}() is not implemented yet (it raised NotImplementedError)"
        elif type_name == "MissingFunction":
            text = message
        super().__init__(text, traceback)


class StudentTimeout(StudentCodeError):
    status = "timeout"


class StudentCrash(StudentCodeError):
    status = "crashed"


class SubmissionLoadError(StudentCodeError):
    status = "not_loaded"


class BadReply(StudentCodeError):
    """The child sent something that is not a valid frame of data."""


# ---------------------------------------------------------------- sandbox
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


def sandbox_info() -> SandboxInfo:
    from autograder.sandbox import warm

    if bwrap_works():
        root = os.geteuid() == 0
        notes = [] if root else ["not root: the process limit is not enforced (no unprivileged uid to switch to), "
                                 "and each submission starts a fresh interpreter (no warm worker)"]
        return SandboxInfo(kind="bubblewrap", network_isolated=True, filesystem_isolated=True,
                           process_limit_enforced=root, warm_worker=warm.enabled(), notes=notes)
    return SandboxInfo(
        kind="rlimits-only", network_isolated=False, filesystem_isolated=False,
        process_limit_enforced=os.geteuid() != 0, warm_worker=warm.enabled(),
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


def gpu_binds() -> list[str]:
    """The NVIDIA device nodes and what CUDA reads to find them (bound after --dev, so on top of it)."""
    cmd: list[str] = []
    for node in sorted(Path("/dev").glob("nvidia*")):
        if node.is_char_device():
            cmd += ["--dev-bind", str(node), str(node)]
    cmd += ["--ro-bind-try", "/sys", "/sys", "--ro-bind-try", "/run/nvidia-persistenced", "/run/nvidia-persistenced"]
    return cmd


def gpu_available() -> bool:
    """A GPU device is present (checked without starting CUDA in the grader)."""
    if os.environ.get("AUTOGRADER_NO_GPU"):
        return False
    return Path("/dev/nvidiactl").exists() and any(Path("/dev").glob("nvidia[0-9]*"))


def child_gets_gpu(limits: Limits) -> bool:
    """A child gets a GPU: its assignment may use one and this machine has one."""
    return limits.use_gpu and gpu_available()


def gpu_ids() -> list[str]:
    """The GPUs this grader may hand out: CUDA_VISIBLE_DEVICES's entries if set, else every device node."""
    if not gpu_available():
        return []
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is not None:
        return [d.strip() for d in visible.split(",") if d.strip()]
    return sorted((n.name[6:] for n in Path("/dev").glob("nvidia[0-9]*") if n.name[6:].isdigit()), key=int)


def gpu_index() -> str:
    """The GPU this grading process gives its children (CUDA_VISIBLE_DEVICES value); a batch sets
    AUTOGRADER_GPU_INDEX per worker, otherwise the first GPU this grader may use."""
    chosen = os.environ.get("AUTOGRADER_GPU_INDEX")
    if chosen is not None:
        return chosen
    ids = gpu_ids()
    return ids[0] if ids else "0"


def gpu_env(gpu_memory_mb: int | None) -> dict[str, str]:
    """What a fresh GPU child needs: its device, and the signal to start CUDA before the student's import."""
    return {"CUDA_VISIBLE_DEVICES": gpu_index(), "AUTOGRADER_START_CUDA": str(gpu_memory_mb or 0)}


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


def _set_rlimits(limits: Limits, address_space: bool = True) -> None:
    mib = 1024 * 1024
    # The CPU hard limit is one second above the soft one so SIGXCPU (not SIGKILL) says why.
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    pairs = [(resource.RLIMIT_FSIZE, limits.file_size_mb * mib), (resource.RLIMIT_CORE, 0),
             (resource.RLIMIT_NOFILE, limits.open_files)]
    if address_space:
        pairs.append((resource.RLIMIT_AS, limits.memory_mb * mib))
    for res, value in pairs:
        resource.setrlimit(res, (value, value))


# ------------------------------------------------------------------ output
class CapturedOutput:
    """Drains the child's stdout+stderr, keeping the first `cap` bytes and counting the rest.

    Each read and its bookkeeping happen under one lock, so `settle()` can tell for sure
    that everything already in the pipe has been accounted for.
    """

    def __init__(self, fd: int, cap: int) -> None:
        self.cap = cap
        self.kept = bytearray()
        self.total = 0
        self._fd = fd
        self._closed = False
        self._lock = threading.Lock()
        os.set_blocking(fd, False)
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _read_available(self) -> bool:
        """Under the lock: take what the pipe holds; False once the writer has closed it."""
        while True:
            try:
                chunk = os.read(self._fd, 65536)
            except BlockingIOError:
                return True
            except OSError:
                return False
            if not chunk:
                return False
            self.total += len(chunk)
            room = self.cap - len(self.kept)
            if room > 0:
                self.kept += chunk[:room]

    def _drain(self) -> None:
        while True:
            try:
                select.select([self._fd], [], [])
            except (OSError, ValueError):
                break
            with self._lock:
                if not self._read_available():
                    self._closed = True
                    os.close(self._fd)
                    return

    def settle(self) -> None:
        """Account for everything the child has written so far (it flushes before each reply)."""
        with self._lock:
            if not self._closed:
                self._read_available()  # at EOF the drain thread notices and closes the fd

    def mark(self) -> int:
        self.settle()
        with self._lock:
            return self.total

    def text_since(self, mark: int, limit: int = 4000) -> str:
        self.settle()
        with self._lock:
            total, kept = self.total, bytes(self.kept)
        piece = kept[mark:mark + limit].decode("utf-8", errors="replace")
        shown = min(len(kept), mark + limit) - mark
        if total - mark > max(shown, 0):
            piece += f"\n[... {total - mark - max(shown, 0)} more bytes of output not shown]"
        return piece

    def join(self, timeout: float = 2.0) -> None:
        self._thread.join(timeout)


# ------------------------------------------------------------------- child
class FreshChild:
    """A child started from a fresh interpreter; exit codes as Popen's (-N: killed by signal N)."""

    reason = ""

    def __init__(self, popen: subprocess.Popen, sandboxed: bool, scratch: Path) -> None:
        self.popen = popen
        self.pid = popen.pid
        self._sandboxed = sandboxed
        self._scratch = scratch

    def _code(self, code: int | None) -> int | None:
        if code is not None and code > 128 and self._sandboxed:
            return -(code - 128)  # bubblewrap reports a signal as 128 + its number
        return code

    def poll(self) -> int | None:
        return self._code(self.popen.poll())

    def wait(self, timeout: float | None = None) -> int | None:
        return self._code(self.popen.wait(timeout=timeout))

    def kill_tree(self) -> None:
        try:
            os.killpg(self.popen.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def cleanup(self) -> None:
        """After exit: the scratch folder goes."""
        shutil.rmtree(self._scratch, ignore_errors=True)


class StudentProcess:
    """One sandboxed child holding the imported submission; call() runs a function in it."""

    def __init__(self, submission_dir: Path, module_name: str, limits: Limits | None = None) -> None:
        self.submission_dir = Path(submission_dir)
        self.module_name = module_name
        self.limits = limits or Limits()
        self.functions: list[str] = []
        self.proc: FreshChild | Any = None  # or a warm.WarmChild: poll(), wait(), kill_tree(), cleanup()
        self.output: CapturedOutput | None = None
        self._req_w = self._resp_r = -1
        self._timeout = 0.0

    # -- life cycle
    def start(self) -> None:
        """Start the child and import the submission; raises SubmissionLoadError on any failure."""
        self.launch()
        self.wait_ready()

    def launch(self) -> None:
        """Start the child without waiting for its import (overlaps with the grader's own set-up).

        The child is forked by this process's warm worker when there is one (heavy modules
        already imported), else started from a fresh interpreter.
        """
        req_r, self._req_w = os.pipe()
        self._resp_r, resp_w = os.pipe()
        out_r, out_w = os.pipe()
        gpu = self.gpu  # once: it looks at /dev
        try:
            self.proc = self._spawn_warm(req_r, resp_w, out_w, gpu) or self._start_fresh(req_r, resp_w, out_w, gpu)
        finally:
            for fd in (req_r, resp_w, out_w):
                os.close(fd)
        self.output = CapturedOutput(out_r, self.limits.output_bytes)

    @property
    def gpu(self) -> bool:
        return child_gets_gpu(self.limits)

    def _spawn_warm(self, req_r: int, resp_w: int, out_w: int, gpu: bool) -> Any:
        from autograder.sandbox import warm

        worker = warm.worker_for(self.limits, gpu)
        if worker is None:
            return None
        try:
            return worker.spawn(self.submission_dir, self.module_name, self.limits, (req_r, resp_w, out_w))
        except warm.WarmUnavailable:
            return None

    def _start_fresh(self, req_r: int, resp_w: int, out_w: int, gpu: bool) -> FreshChild:
        scratch = Path(tempfile.mkdtemp(prefix="ag-scratch-"))
        os.chmod(scratch, 0o777)
        use_bwrap = bwrap_works()
        if use_bwrap:
            child_args = [str(req_r), str(resp_w), "/submission", self.module_name]
            if os.geteuid() == 0:
                child_args += [str(UNPRIVILEGED_UID), str(self.limits.max_processes)]
            cmd = bwrap_command(self.submission_dir, scratch, self.limits.forbidden_modules, gpu,
                                child_threads(self.limits), self.limits.gpu_memory_mb) + [
                sys.executable, "-I", f"{CHILD_MOUNT}/child.py", *child_args]
            env = None
        else:
            cmd = [sys.executable, "-I", str(CHILD_DIR / "child.py"), str(req_r), str(resp_w),
                   str(self.submission_dir), self.module_name]
            env = child_env(str(scratch), self.limits.forbidden_modules, child_threads(self.limits))
            if gpu:
                env.update(gpu_env(self.limits.gpu_memory_mb))
        limits, address_space = self.limits, address_space_limited(self.limits, gpu)
        popen = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=out_w, stderr=out_w, pass_fds=(req_r, resp_w),
            cwd=scratch, env=env, start_new_session=True,
            preexec_fn=lambda: _set_rlimits(limits, address_space))
        return FreshChild(popen, use_bwrap, scratch)

    def wait_ready(self) -> None:
        """Wait for the child's import of the submission; raises SubmissionLoadError on failure."""
        try:
            reply = self._read_reply(self.limits.startup_timeout_s, "importing your module")
        except StudentTimeout:
            self.kill()
            raise SubmissionLoadError(
                f"importing your module did not finish within {self.limits.startup_timeout_s:g} s "
                "(an endless loop or long computation at module level?)") from None
        except StudentCodeError as e:
            self.kill()
            raise SubmissionLoadError(f"your module could not be loaded: {e.message}", e.detail) from None
        if not reply.get("ok"):
            self.kill()
            err = reply.get("error") or {}
            kind, msg = str(err.get("type", "Error")), str(err.get("message", ""))
            text = msg if kind == "SystemExit" else f"{kind}: {msg}"
            raise SubmissionLoadError(f"your module could not be imported: {text}", str(err.get("traceback", "")))
        self.functions = [str(f) for f in reply.get("functions", [])]

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.kill_tree()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        for fd in (self._req_w, self._resp_r):
            if fd >= 0:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._req_w = self._resp_r = -1
        if self.output is not None:
            self.output.join()
        if self.proc is not None:
            self.proc.cleanup()

    close = kill

    # -- calls
    def call(self, function: str, *args: Any, timeout: float | None = None, keep: list[int] | None = None,
             **kwargs: Any) -> Any:
        """Call module.function(*args, **kwargs) in the child and return the decoded value.

        keep: positions of a returned tuple that stay in the child as handles (-1: all of it).
        """
        reply = self._exchange({"op": "call", "function": function, "args": list(args), "kwargs": kwargs,
                                "keep": list(keep or [])}, f"{function}()", timeout,
                               f"the student process is not running (it ended before {function}() was called)")
        if reply.get("ok"):
            return reply.get("value")
        raise self._student_error(function, reply)

    def time_call(self, function: str, args: tuple, kwargs: dict, repeats: int, timeout: float | None = None) -> float:
        """Wall seconds, measured here (not by the child, which could lie), for `repeats` calls in the child."""
        start = time.perf_counter()
        reply = self._exchange({"op": "time", "function": function, "args": list(args), "kwargs": kwargs,
                                "repeats": repeats}, f"timing {function}()", timeout)
        elapsed = time.perf_counter() - start
        if not reply.get("ok"):
            raise self._student_error(function, reply)
        return elapsed

    def keep(self, value: Any, timeout: float | None = None) -> Any:
        """Store value in the child (e.g. a parameter dict the student mutates); returns its handle."""
        return self._request({"op": "keep", "value": value}, "keep", timeout)

    def fetch(self, handle: wire.Handle, timeout: float | None = None) -> Any:
        """The current data of a value kept in the child."""
        return self._request({"op": "fetch", "handle_id": handle.id}, "fetch", timeout)

    def _request(self, frame: dict, doing: str, timeout: float | None) -> Any:
        reply = self._exchange(frame, doing, timeout)
        if not reply.get("ok"):
            err = reply.get("error") or {}
            raise BadReply(f"{doing}: {err.get('message', 'failed') if isinstance(err, dict) else 'failed'}")
        return reply.get("value")

    def _exchange(self, request: dict, doing: str, timeout: float | None,
                  not_running: str = "the student process is not running") -> dict:
        """Send one request frame and read the child's reply (within the timeout)."""
        if not self.alive:
            raise StudentCrash(not_running)
        try:
            wire.write_frame(self._req_w, wire.encode(request))
        except (BrokenPipeError, OSError):
            raise self._crash(doing) from None
        return self._read_reply(timeout or self.limits.call_timeout_s, doing)

    @staticmethod
    def _student_error(function: str, reply: dict) -> StudentCodeError:
        err = reply.get("error") or {}
        if not isinstance(err, dict):
            return BadReply(f"{function}(): the student process sent a malformed reply")
        return StudentException(function, str(err.get("type", "Error"))[:200], str(err.get("message", ""))[:2000],
                                str(err.get("traceback", ""))[-6000:])

    def _crash(self, doing: str) -> StudentCrash:
        try:
            code = self.proc.wait(timeout=5) if self.proc is not None else None
        except subprocess.TimeoutExpired:
            code = None
        reason = self.proc.reason if self.proc is not None else ""  # why the warm worker killed it
        self.kill()
        if reason:
            return StudentCrash(f"the student process was killed during {doing}: {reason}")
        if code is not None and code < 0:
            try:
                sig = signal.Signals(-code).name
            except ValueError:
                sig = f"signal {-code}"
            why = {"SIGXCPU": " (CPU time limit exceeded)", "SIGXFSZ": " (file size limit exceeded)",
                   "SIGKILL": " (killed, possibly for using too much memory)"}.get(sig, "")
            return StudentCrash(f"the student process was killed by {sig}{why} during {doing}")
        return StudentCrash(f"the student process exited with code {code} during {doing} "
                            "(os._exit() or a crash in native code?)")

    def _read_reply(self, timeout: float, doing: str) -> dict:
        deadline = time.monotonic() + timeout
        self._timeout = timeout
        try:
            header = self._read_exact(4, deadline, doing)
            (n,) = wire._HEADER.unpack(header)
            if n > wire.MAX_FRAME_BYTES:
                self.kill()
                raise BadReply(f"during {doing} the student process sent a reply of {n} bytes, over the limit")
            payload = self._read_exact(n, deadline, doing)
            reply = wire.decode(payload)
        except EOFError:
            raise self._crash(doing) from None
        except wire.WireError as e:
            self.kill()
            raise BadReply(f"during {doing} the student process sent data that is not a valid reply ({e})") from None
        if not isinstance(reply, dict):
            self.kill()
            raise BadReply(f"during {doing} the student process sent a malformed reply")
        return reply

    def _read_exact(self, n: int, deadline: float, doing: str) -> bytes:
        chunks, left = [], n
        while left:
            remaining = deadline - time.monotonic()
            ready = select.select([self._resp_r], [], [], max(remaining, 0))[0] if remaining > 0 else []
            if not ready:
                self.kill()
                raise StudentTimeout(f"{doing} did not finish within the time limit of {self._timeout:g} s "
                                     "(an endless loop, or far slower than expected?)")
            chunk = os.read(self._resp_r, min(left, 1 << 20))
            if not chunk:
                raise EOFError
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
