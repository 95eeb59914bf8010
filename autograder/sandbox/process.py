"""The grader's side: start a confined child for one submission and call into it.

The child is forked by this process's warm worker when there is one, else started from a
fresh interpreter confined as confinement.py says; either way it speaks the same wire.
"""
from __future__ import annotations

import math
import os
import re
import secrets
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from autograder.sandbox import locals_trace, warm, wire
from autograder.sandbox.confinement import (
    CHILD_DIR,
    CHILD_MOUNT,
    UNPRIVILEGED_UID,
    address_space_limited,
    bwrap_command,
    bwrap_works,
    child_env,
    child_threads,
    die_with_parent,
    forbid_keyrings,
    owned_tempdir,
    seccomp_memfd,
    set_rlimits,
)
from autograder.sandbox.errors import (
    BadReply,
    StudentCodeError,
    StudentCrash,
    StudentException,
    StudentTimeout,
    SubmissionLoadError,
)
from autograder.sandbox.gpu import child_gets_gpu, gpu_env
from autograder.sandbox.limits import Limits
from autograder.sandbox.output import CapturedOutput
from autograder.sandbox.raised import raised_frames
from autograder.sandbox.training_record import TrainingRecord

DIGEST = re.compile(r"[0-9a-f]{40}")  # a digest the child sends back (locals_trace.digest): nothing else passes


@dataclass
class TracedCall:
    """A call made with its locals recorded (sandbox/locals_trace.LocalsRecorder): what it returned (None
    when it raised: error), the records (line, name, value) in the order the statements ran, the (line,
    name) set more than once, whether the patch asked for was made, and the locals not recorded."""

    value: Any
    error: StudentCodeError | None
    records: list[tuple[int, str, Any]]
    repeated: set[tuple[int, str]]
    patched: bool
    # the locals seen set to values not recorded, by kind: "mask" (booleans), "array" (too large), "container"
    unrecorded: dict[str, str] = field(default_factory=dict)
    # where in the function the error that ended the call was raised: (line, column, end line, end column)
    raised_at: tuple[int, int, int, int] | None = None
    # what the locals held just before the line of a BEFORE patch first ran: [(name, value)]
    watched: list[tuple[str, Any]] = field(default_factory=list)
    # asked for (after=True): each positional argument's state after the call (locals_trace.state_of), None where
    # it is not a dict
    after: list[dict[str, Any] | None] | None = None
    # asked for (passes_at): what the locals held as each pass of a loop began (LocalsRecorder.passes)
    passes: list[list[tuple[str, Any]]] = field(default_factory=list)
    # ... and the arrays too large to keep there, by digest (locals_trace.digest): [[(name, digest)]] per pass
    pass_digests: list[list[tuple[str, str]]] = field(default_factory=list)


def _states_after(reply: dict, args: list[Any]) -> list[dict[str, Any] | None] | None:
    """The dict arguments' states a reply says a call left (child.with_states_after), checked as the child made them
    (locals_trace.state_of again: numbers and numeric arrays under string keys); None where they do not fit args."""
    states = reply.get("after")
    return [locals_trace.state_of(s) for s in states] if isinstance(states, list) and len(states) == len(args) \
        else None


class FreshChild:
    """A child started from a fresh interpreter; exit codes as Popen's (-N: killed by signal N)."""

    reason = ""

    def __init__(self, popen: subprocess.Popen, sandboxed: bool, scratch: Path | None) -> None:
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
        """After exit: the scratch folder goes (under bubblewrap it was a tmpfs, gone with the sandbox)."""
        if self._scratch is not None:
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
        self.last_training: TrainingRecord | None = None  # what the last call's torch training did, if any
        self.last_changed_numpy_random = False  # whether the last call seeded or drew from np.random's generator
        self.cpu_s = 0.0  # the CPU time the child reported last (seconds; its word: it only bounds the diagnosis)

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
        worker = warm.worker_for(self.limits, gpu)
        if worker is None:
            return None
        try:
            return worker.spawn(self.submission_dir, self.module_name, self.limits, (req_r, resp_w, out_w))
        except warm.WarmUnavailable:
            return None

    def _start_fresh(self, req_r: int, resp_w: int, out_w: int, gpu: bool) -> FreshChild:
        use_bwrap, scratch, seccomp = bwrap_works(), None, None
        if use_bwrap:  # its /scratch is a tmpfs of its own
            child_args = [str(req_r), str(resp_w), "/submission", self.module_name]
            if os.geteuid() == 0:
                child_args += [str(UNPRIVILEGED_UID), str(self.limits.max_processes)]
            seccomp = seccomp_memfd()
            cmd = bwrap_command(self.submission_dir, None, self.limits.forbidden_modules, gpu,
                                child_threads(self.limits), self.limits.gpu_memory_mb, self.limits.tmpfs_mb,
                                seccomp) + [
                sys.executable, "-I", f"{CHILD_MOUNT}/zygote.py", "--fresh", *child_args]  # child.py, files bounded
            env = None
        else:
            scratch = owned_tempdir("scratch")
            os.chmod(scratch, 0o777)
            cmd = [sys.executable, "-I", str(CHILD_DIR / "child.py"), str(req_r), str(resp_w),
                   str(self.submission_dir), self.module_name]
            env = child_env(str(scratch), self.limits.forbidden_modules, child_threads(self.limits))
            if gpu:
                env.update(gpu_env(self.limits.gpu_memory_mb))
        limits, address_space, grader = self.limits, address_space_limited(self.limits, gpu), os.getpid()

        def confine() -> None:  # between fork and exec
            die_with_parent(grader)
            if not use_bwrap:  # bwrap installs the filter itself (--seccomp)
                forbid_keyrings()
            set_rlimits(limits, address_space)

        try:
            popen = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=out_w, stderr=out_w,
                pass_fds=(req_r, resp_w) + ((seccomp,) if seccomp is not None else ()),
                cwd=scratch or "/", env=env, start_new_session=True, preexec_fn=confine)
        finally:
            if seccomp is not None:
                os.close(seccomp)
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
        self.last_training = None  # a call that gets no reply (a timeout, a crash) has no record either
        self.last_changed_numpy_random = False
        reply = self._exchange({"op": "call", "function": function, "args": list(args), "kwargs": kwargs,
                                "keep": list(keep or [])}, f"{function}()", timeout,
                               f"the student process is not running (it ended before {function}() was called)")
        self.last_training = TrainingRecord.from_frame(reply.get("training"))
        self.last_changed_numpy_random = reply.get("numpy_random_changed") is True
        if reply.get("ok"):
            return reply.get("value")
        raise self._student_error(function, reply)

    def trace(self, function: str, args: list[Any], patch: tuple[int, str, Any] | None = None,
              timeout: float | None = None, after: bool = False, passes_at: tuple[int, int] | None = None
              ) -> TracedCall:
        """Call module.function(*args) in the child with its locals recorded (sandbox/locals_trace.py), and
        with patch (line, name, value) made if given; after: with the dict arguments as the call left them;
        passes_at (a loop's header line, its first statement's): with what the locals held as each pass began. What
        comes back is checked: records that are not (line, name, number or numeric array) are dropped; the
        child's word is all they are."""
        reply = self._exchange({"op": "trace", "function": function, "args": list(args), "kwargs": {},
                                "patch": list(patch) if patch is not None else None, "after": after,
                                "passes_at": list(passes_at) if passes_at is not None else None},
                               f"{function}()", timeout)
        records = [(r[0], r[1], r[2]) for r in reply.get("records") or [] if isinstance(r, list) and len(r) == 3
                   and type(r[0]) is int and isinstance(r[1], str) and len(r[1]) <= 200
                   and locals_trace.recordable(r[2])][:locals_trace.MAX_RECORDS]
        repeated = {(r[0], r[1]) for r in (reply.get("repeated") or [])[:locals_trace.MAX_NAMES]
                    if isinstance(r, list) and len(r) == 2 and type(r[0]) is int and isinstance(r[1], str)
                    and len(r[1]) <= 200}
        unrecorded = reply.get("unrecorded") if isinstance(reply.get("unrecorded"), dict) else {}
        unrecorded = {k: v for k, v in list(unrecorded.items())[:locals_trace.MAX_NAMES]
                      if isinstance(k, str) and len(k) <= 200 and v in ("array", "mask", "container", "model")}
        error = None if reply.get("ok") else self._student_error(function, reply)
        raised_at = reply.get("raised_at")
        raised_at = tuple(raised_at) if error is not None and isinstance(raised_at, list) and len(raised_at) == 4 \
            and all(type(n) is int and 0 <= n < 1_000_000 for n in raised_at) else None
        watched = [(w[0], w[1]) for w in reply.get("watched") or [] if isinstance(w, list) and len(w) == 2
                   and isinstance(w[0], str) and len(w[0]) <= 200 and locals_trace.recordable(w[1])
                   ][:locals_trace.MAX_NAMES]
        states = _states_after(reply, args) if after and error is None else None
        passes = [[(k[0], k[1]) for k in snapshot[:locals_trace.MAX_NAMES] if isinstance(k, list) and len(k) == 2
                   and isinstance(k[0], str) and len(k[0]) <= 200 and locals_trace.recordable(k[1])
                   and getattr(k[1], "size", 1) <= locals_trace.MAX_PASS_ARRAY]
                  for snapshot in (reply.get("passes") or [])[:locals_trace.MAX_PASSES] if isinstance(snapshot, list)] \
            if passes_at is not None else []
        pass_digests = [[(k[0], k[1]) for k in snapshot[:locals_trace.MAX_NAMES] if isinstance(k, list) and len(k) == 2
                         and isinstance(k[0], str) and len(k[0]) <= 200 and isinstance(k[1], str)
                         and DIGEST.fullmatch(k[1])]
                        for snapshot in (reply.get("pass_digests") or [])[:locals_trace.MAX_PASSES]
                        if isinstance(snapshot, list)] if passes_at is not None else []
        return TracedCall(reply.get("value") if error is None else None, error, records, repeated,
                          reply.get("patched") is True, unrecorded, raised_at, watched, states, passes, pass_digests)

    def edited_call(self, function: str, source: str, line: int, args: list[Any], timeout: float | None = None,
                    after: bool = False) -> TracedCall:
        """module.function as `source` defines it (its def with one edit of the grader's, starting at `line` of the
        module) called in the child on args, untraced: what it returned (None where it raised: error) and, after, each
        positional argument's state after it, checked as trace() checks them; no records."""
        reply = self._exchange({"op": "edited", "function": function, "source": source, "line": line,
                                "args": list(args), "kwargs": {}, "after": after}, f"{function}()", timeout)
        error = None if reply.get("ok") else self._student_error(function, reply)
        states = _states_after(reply, args) if after and error is None else None
        return TracedCall(reply.get("value") if error is None else None, error, [], set(), False, after=states)

    def statement_parts(self, function: str, args: list[Any], line: int, substitute: tuple[int, Any] | None = None,
                        timeout: float | None = None) -> tuple[list[tuple[int, int, int, int, int, str, Any]], Any]:
        """The values the parts of the statement at `line` of module.function take when it is called again
        with args, part k's replaced by a value if substitute is (k, value) (locals_trace.expression_values_at,
        in the child): ([(k, line, column, end line, end column, text, value)], what the call returned),
        checked as trace() checks its records."""
        reply = self._exchange({"op": "trace", "function": function, "args": list(args), "kwargs": {},
                                "parts_at": line, "substitute": list(substitute) if substitute else None},
                               f"{function}()", timeout)
        parts = [tuple(p) for p in reply.get("parts") or [] if isinstance(p, list) and len(p) == 7
                 and all(type(n) is int for n in p[:5]) and isinstance(p[5], str) and len(p[5]) <= 200
                 and locals_trace.recordable(p[6])][:locals_trace.MAX_RECORDS]
        return parts, reply.get("value") if reply.get("ok") else None

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
        """Send one request frame and read the child's reply to it (within the timeout).

        Replies stay in step with requests: each request carries a fresh nonce that its reply must
        echo, and any other frame (a stale or a second reply) kills the child and fails the call.
        """
        if not self.alive:
            raise StudentCrash(not_running)
        self._expect_silence(doing)
        nonce = secrets.token_hex(8)  # unguessable: no frame sent before this request can answer it
        try:
            wire.write_frame(self._req_w, wire.encode({**request, "nonce": nonce}))
        except (BrokenPipeError, OSError):
            raise self._crash(doing) from None
        reply = self._read_reply(timeout or self.limits.call_timeout_s, doing)
        if reply.get("nonce") != nonce:
            raise self._bad_reply(doing, "sent a reply nobody asked for (not the answer to this request)")
        cpu_s = reply.get("cpu_s")
        if type(cpu_s) is float and math.isfinite(cpu_s) and cpu_s > self.cpu_s:
            self.cpu_s = cpu_s
        return reply

    @staticmethod
    def _student_error(function: str, reply: dict) -> StudentCodeError:
        err = reply.get("error") or {}
        if not isinstance(err, dict):
            return BadReply(f"{function}(): the student process sent a malformed reply")
        return StudentException(function, str(err.get("type", "Error"))[:200], str(err.get("message", ""))[:2000],
                                str(err.get("traceback", ""))[-6000:], from_library=err.get("library") is True,
                                raised_in=raised_frames(err.get("raised_in")))

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

    def _expect_silence(self, doing: str) -> None:
        """Before a request nothing may wait on the reply pipe: a frame nobody asked for (a second or a
        late reply written by the student's code) stops the child here, with a clear message, rather than
        at the nonce check of this request's reply."""
        if not select.select([self._resp_r], [], [], 0)[0]:
            return
        if not os.read(self._resp_r, 1):
            raise self._crash(doing)
        raise self._bad_reply(doing, "sent a reply nobody asked for (after its answer to the previous request)")

    def _bad_reply(self, doing: str, what: str) -> BadReply:
        """The child broke the protocol: it is killed, so nothing it sends later answers another call."""
        self.kill()
        return BadReply(f"during {doing} the student process {what}; it was stopped")

    def _read_reply(self, timeout: float, doing: str) -> dict:
        deadline = time.monotonic() + timeout
        self._timeout = timeout
        try:
            (n,) = wire._HEADER.unpack(self._read_exact(4, deadline, doing))
            if n > wire.MAX_FRAME_BYTES:
                raise self._bad_reply(doing, f"sent a reply of {n} bytes, over the limit of {wire.MAX_FRAME_BYTES}")
            payload = self._read_exact(n, deadline, doing)
        except EOFError:
            raise self._crash(doing) from None
        try:
            reply = wire.decode(payload)
        except wire.WireError as e:
            raise self._bad_reply(doing, f"sent data that is not a valid reply ({e})") from None
        except Exception as e:  # noqa: BLE001 - whatever a frame makes decode raise, the child goes
            raise self._bad_reply(doing, f"sent data that is not a valid reply ({type(e).__name__})") from None
        if not isinstance(reply, dict):
            raise self._bad_reply(doing, "sent a malformed reply")
        return reply

    def _read_exact(self, n: int, deadline: float, doing: str) -> bytearray:
        """n bytes from the reply pipe into one buffer (no chunks joined: the grader holds a frame once)."""
        buf = bytearray(n)
        view, got = memoryview(buf), 0
        while got < n:
            remaining = deadline - time.monotonic()
            ready = select.select([self._resp_r], [], [], max(remaining, 0))[0] if remaining > 0 else []
            if not ready:
                self.kill()
                raise StudentTimeout(f"{doing} did not finish within the time limit of {self._timeout:g} s "
                                     "(an endless loop, or far slower than expected?)")
            count = os.readv(self._resp_r, [view[got:got + (1 << 20)]])
            if not count:
                raise EOFError
            got += count
        return buf
