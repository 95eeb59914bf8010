"""The grader's side of the warm worker (zygote.py): start it once, spawn a child per submission.

A grading process keeps one warm worker per sandbox configuration (forbidden modules,
preloaded modules, GPU), started on first use and reused for every later submission; a
batch's pool processes each hold their own. A worker that died or cannot start is replaced
or, failing that, StudentProcess starts a fresh interpreter as before: the warm path is an
optimisation, never a condition for grading.

The warm path needs root (children take distinct uids from a pool so that they cannot
signal or read each other); otherwise every child starts fresh.
"""
from __future__ import annotations

import atexit
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

from autograder.sandbox import confinement as sandbox
from autograder.sandbox.gpu import gpu_index
from autograder.sandbox.limits import Limits

# Each grading process owns 64 uids of its own (by pid, which is unique among live
# processes), so children of different graders or batch workers never share one.
UID_BASE = 100_000_000
UIDS_PER_GRADER = 64
SPAWN_TIMEOUT_S = 10.0


class WarmUnavailable(Exception):
    """The warm worker cannot take this child; the caller starts a fresh one."""


def child_uid_range() -> range:
    """Uids this grading process gives its warm children."""
    start = UID_BASE + os.getpid() * UIDS_PER_GRADER
    return range(start, start + UIDS_PER_GRADER)


class _UidPool:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._used: set[int] = set()

    def take(self) -> int:
        with self._lock:
            for uid in child_uid_range():
                if uid not in self._used:
                    self._used.add(uid)
                    return uid
        raise WarmUnavailable("no free child uid")

    def give_back(self, uid: int) -> None:
        with self._lock:
            self._used.discard(uid)


UIDS = _UidPool()


class WarmChild:
    """A child forked by the warm worker, seen like a Popen: poll(), wait(), kill_tree()."""

    def __init__(self, worker: WarmWorker, spawn_id: int, slot_dir: Path, uid: int) -> None:
        self.worker = worker
        self.id = spawn_id
        self.pid = 0  # in the worker's pid namespace: signals go through the worker
        self.slot_dir = slot_dir
        self.uid = uid
        self.returncode: int | None = None
        self.reason = ""
        self._exited = threading.Event()

    def poll(self) -> int | None:
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if not self._exited.wait(timeout):
            raise subprocess.TimeoutExpired(f"warm child {self.id}", timeout or 0)
        assert self.returncode is not None
        return self.returncode

    def kill_tree(self) -> None:
        if self.returncode is None:
            self.worker.kill(self.id)

    def finished(self, status: int, reason: str) -> None:
        self.returncode, self.reason = status, reason
        self._exited.set()

    def cleanup(self) -> None:
        """After exit: the slot's files go, and its uid returns to the pool."""
        if self.returncode is None:
            return
        shutil.rmtree(self.slot_dir, ignore_errors=True)
        if self.uid:
            UIDS.give_back(self.uid)
            self.uid = 0


class WarmWorker:
    """One zygote process (sandboxed like a child) that forks children on request."""

    def __init__(self, limits: Limits, gpu: bool) -> None:
        self.sandboxed = sandbox.bwrap_works()
        self.gpu = gpu
        self.stage = sandbox.owned_tempdir("warm")
        self.stage.chmod(0o711)  # children may pass through to their own slot, not list the others
        self._lock = threading.Lock()
        self._children: dict[int, WarmChild] = {}
        self._replies: dict[int, dict] = {}
        self._reply_ready = threading.Condition()
        self._next_id = 1
        self.dead = False
        self.preloaded: list[str] = []
        self.threads = 0  # of the worker when it forks: 1, or the children may inherit held locks
        self.start_s = 0.0
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._ctl = ours
        config = {"preload": list(limits.preload_modules), "gpu": gpu, "gpu_index": gpu_index(),
                  "gpu_memory_mb": limits.gpu_memory_mb,
                  "slots_dir": "/slots" if self.sandboxed else str(self.stage), "mount_namespace": self.sandboxed}
        forbidden = limits.forbidden_modules
        env = sandbox.child_env("/", forbidden)
        seccomp = sandbox.seccomp_memfd() if self.sandboxed else None  # else installed by _worker_setup
        pass_fds = (theirs.fileno(),) + ((seccomp,) if seccomp is not None else ())
        if self.sandboxed:
            # The worker keeps only what it needs to give each child its uid and files, and to
            # clean up after it; the children it forks drop everything when they change uid.
            # SYS_ADMIN lets each child take namespaces of its own (mounts: its slot at /submission,
            # tmpfs at /scratch, /tmp, /dev/shm; IPC; network) and NET_ADMIN bring its loopback up.
            caps = ["--cap-drop", "ALL"] + [a for c in ("CHOWN", "FOWNER", "DAC_OVERRIDE", "SETUID", "SETGID", "KILL",
                                                        "SYS_ADMIN", "NET_ADMIN") for a in ("--cap-add", f"CAP_{c}")]
            cmd = sandbox.sandbox_base(forbidden, gpu, seccomp_fd=seccomp) + caps + [
                "--bind", str(self.stage), "/slots", "--dir", "/submission", "--dir", "/scratch",
                "--chdir", "/slots", "--clearenv"]
            for key, value in env.items():
                cmd += ["--setenv", key, value]
            cmd += [sys.executable, "-I", f"{sandbox.CHILD_MOUNT}/zygote.py", str(theirs.fileno()), json.dumps(config)]
            popen_env = None
        else:
            cmd = [sys.executable, "-I", str(sandbox.CHILD_DIR / "zygote.py"), str(theirs.fileno()), json.dumps(config)]
            popen_env = env
        self._log = tempfile.TemporaryFile()
        started = time.perf_counter()
        grader, sandboxed = os.getpid(), self.sandboxed
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
                                         pass_fds=pass_fds, env=popen_env, cwd=self.stage, start_new_session=True,
                                         preexec_fn=lambda: _worker_setup(grader, keyrings=not sandboxed))
        finally:
            theirs.close()
            if seccomp is not None:
                os.close(seccomp)
        ready = self._read_message(timeout=max(limits.startup_timeout_s, 60.0))
        if ready is None or ready.get("op") != "ready":
            self.close()
            raise WarmUnavailable(f"the warm worker did not start: {self.log_text()}")
        self.preloaded = list(ready.get("preloaded", []))
        self.threads = int(ready.get("threads", 0))
        if self.threads > 1:  # a preloaded module started a thread: children could inherit a held lock
            self.close()
            raise WarmUnavailable(f"a preloaded module ({', '.join(self.preloaded)}) started threads in the "
                                  "warm worker; forking it is not safe")
        self.start_s = time.perf_counter() - started
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # -- messages
    def _read_message(self, timeout: float | None) -> dict | None:
        self._ctl.settimeout(timeout)
        try:
            data = self._ctl.recv(1 << 16)
        except (OSError, socket.timeout):
            return None
        return json.loads(data) if data else None

    def _read_loop(self) -> None:
        while True:
            message = self._read_message(timeout=None)
            if message is None:
                break
            if message.get("op") == "exited":
                child = self._children.pop(int(message["id"]), None)
                if child is not None:
                    child.finished(int(message["status"]), str(message.get("reason", "")))
            else:
                with self._reply_ready:
                    self._replies[int(message["id"])] = message
                    self._reply_ready.notify_all()
        self.dead = True  # the worker died (or was closed): its children went with it
        for child in list(self._children.values()):
            child.finished(-9, "the warm worker ended")
        self._children.clear()
        with self._reply_ready:
            self._reply_ready.notify_all()

    # -- requests
    def spawn(self, submission_dir: Path, module_name: str, limits: Limits,
              fds: tuple[int, int, int]) -> WarmChild:
        """Fork a child serving `module_name` from a copy of submission_dir; fds: (req_r, resp_w, out_w)."""
        if self.dead:
            raise WarmUnavailable("the warm worker is not running")
        # Without bubblewrap the child keeps the grader's uid, as a fresh child does there: the
        # Python runtime may sit in a folder (e.g. under /root) that another uid cannot read.
        uid = UIDS.take() if self.sandboxed else 0
        with self._lock:
            spawn_id = self._next_id
            self._next_id += 1
        slot_dir = self.stage / str(spawn_id)
        try:
            slot_dir.mkdir(mode=0o711)
            shutil.copytree(submission_dir, slot_dir / "submission", symlinks=True)
            (slot_dir / "scratch").mkdir()
        except OSError as e:
            if uid:
                UIDS.give_back(uid)
            shutil.rmtree(slot_dir, ignore_errors=True)
            raise WarmUnavailable(f"could not stage the submission: {e}") from None
        child = WarmChild(self, spawn_id, slot_dir, uid)
        self._children[spawn_id] = child
        request = {"op": "spawn", "id": spawn_id, "slot": spawn_id, "module": module_name, "uid": uid or None,
                   "limits": {**limits.model_dump(include={"cpu_s", "memory_mb", "file_size_mb", "open_files",
                                                           "max_processes", "tmpfs_mb"}),
                              "threads": sandbox.child_threads(limits),
                              "address_space": sandbox.address_space_limited(limits, self.gpu)}}
        try:
            with self._lock:
                socket.send_fds(self._ctl, [json.dumps(request).encode()], list(fds))
            reply = self._wait_reply(spawn_id)
        except (OSError, WarmUnavailable) as e:
            reply = {"op": "spawn_failed", "message": f"the warm worker did not fork a child: {e}"}
        if reply.get("op") != "spawned":
            self._children.pop(spawn_id, None)
            child.finished(-9, "not started")
            child.cleanup()
            raise WarmUnavailable(str(reply.get("message", "spawn failed")))
        child.pid = int(reply["pid"])
        return child

    def _wait_reply(self, spawn_id: int) -> dict:
        deadline = time.monotonic() + SPAWN_TIMEOUT_S
        with self._reply_ready:
            while spawn_id not in self._replies:
                left = deadline - time.monotonic()
                if self.dead or left <= 0:
                    raise WarmUnavailable("no reply from the warm worker")
                self._reply_ready.wait(left)
            return self._replies.pop(spawn_id)

    def kill(self, spawn_id: int) -> None:
        try:
            with self._lock:
                self._ctl.send(json.dumps({"op": "kill", "id": spawn_id}).encode())
        except OSError:
            pass

    def log_text(self) -> str:
        try:
            self._log.seek(0)
            return self._log.read()[-4000:].decode("utf-8", errors="replace")
        except (OSError, ValueError):
            return ""

    def close(self) -> None:
        """Stop the worker; it kills what it forked when the control socket closes."""
        try:
            # shutdown, not only close: the reader thread's pending recv() keeps the socket open
            # (and the worker waiting for EOF) until something wakes it.
            self._ctl.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            self._ctl.close()
        except OSError:
            pass
        if getattr(self, "proc", None) is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait(timeout=10)
        self.dead = True
        shutil.rmtree(self.stage, ignore_errors=True)


def _worker_setup(grader: int, keyrings: bool) -> None:
    """Between fork and exec: the worker (bwrap, or the bare zygote) dies with the grading process even
    when that is killed with SIGKILL (bwrap's --die-with-parent does the same), no core dumps and, for a
    bare zygote, the seccomp filter without keyrings (bwrap installs it for a sandboxed one)."""
    sandbox.die_with_parent(grader)
    if keyrings:
        sandbox.forbid_keyrings()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


# --------------------------------------------------------------- registry
_WORKERS: dict[tuple, WarmWorker] = {}
_FAILED: dict[tuple, float] = {}
_REGISTRY_LOCK = threading.Lock()
RETRY_AFTER_S = 60.0


def worker_key(limits: Limits, gpu: bool) -> tuple:
    return (sandbox.bwrap_works(), tuple(sorted(limits.forbidden_modules)), tuple(limits.preload_modules), gpu,
            gpu_index() if gpu else None, limits.gpu_memory_mb, os.getpid())


def worker_for(limits: Limits, gpu: bool) -> WarmWorker | None:
    """This process's warm worker for the configuration, started on first use; None: start fresh."""
    if not sandbox.warm_worker_enabled():
        return None
    key = worker_key(limits, gpu)
    with _REGISTRY_LOCK:
        worker = _WORKERS.get(key)
        if worker is not None and not worker.dead and worker.proc.poll() is None:
            return worker
        if worker is not None:
            worker.close()
            del _WORKERS[key]
        if time.monotonic() - _FAILED.get(key, -RETRY_AFTER_S) < RETRY_AFTER_S:
            return None
        try:
            worker = WarmWorker(limits, gpu)
        except (OSError, WarmUnavailable) as e:
            warnings.warn(f"no warm worker, each submission starts a fresh interpreter: {e}", stacklevel=2)
            _FAILED[key] = time.monotonic()
            return None
        _WORKERS[key] = worker
        return worker


def close_all() -> None:
    with _REGISTRY_LOCK:
        for worker in _WORKERS.values():
            worker.close()
        _WORKERS.clear()
        _FAILED.clear()


atexit.register(close_all)
