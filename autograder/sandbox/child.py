"""The student's side of the wire: import the submission, then serve remote calls.

Runs inside the sandbox with only this folder, the submission and a scratch folder in
view. Nothing here is trusted by the grader: it reads back only data frames. Protocol
frames travel on two inherited file descriptors; the student's stdout/stderr go to a
capped pipe that the grader never parses.

usage: python -I child.py REQUEST_FD RESPONSE_FD SUBMISSION_DIR MODULE_NAME [DROP_TO_UID]
"""
from __future__ import annotations

import ast
import importlib
import os
import resource
import sys
import time
import traceback
import types
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the script's folder out
import locals_trace  # noqa: E402
import raised_values  # noqa: E402
import training_probe  # noqa: E402
import wire  # noqa: E402


class Objects:
    """Objects that stay in this process; the grader holds their ids."""

    def __init__(self) -> None:
        self.by_id: dict[int, Any] = {}
        self.next_id = 1

    def keep(self, obj: Any) -> wire.Handle:
        hid = self.next_id
        self.next_id += 1
        self.by_id[hid] = obj
        kind = type(obj)  # torch.Tensor, not Tensor: what the grader says it got
        return wire.Handle(hid, kind.__qualname__ if kind.__module__ == "builtins" else
                           f"{kind.__module__}.{kind.__qualname__}")

    def get(self, hid: int) -> Any:
        if hid not in self.by_id:
            raise wire.WireError(f"unknown handle {hid}")
        return self.by_id[hid]


SUBMISSION_DIR = "/submission"
_thread_time = time.thread_time  # bound before the submission is imported: its code may replace time's


def error_frame(exc: BaseException) -> dict:
    """The exception with only the student's own frames (not this server's or importlib's)."""
    entries = traceback.format_exception(type(exc), exc, exc.__traceback__)
    kept = [e for e in entries if not e.startswith('  File "') or e.startswith(f'  File "{SUBMISSION_DIR}')]
    text = "".join(kept)
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    # raised in a library's frame (torch's NotImplementedError for a dtype): the grader does not call it a stub.
    # (errors.raised_outside's walk, written here: `import errors` beside `wire` would take the module name
    # `errors` from a student's own errors.py)
    library = tb is not None and not tb.tb_frame.f_code.co_filename.startswith(SUBMISSION_DIR)
    return {"ok": False, "error": {"type": type(exc).__name__, "message": str(exc)[:2000], "traceback": text[-6000:],
                                   "library": library}}


def respond(fd: int, frame: dict, objects: Objects, request: dict | None = None) -> None:
    """Send a reply carrying its request's nonce: the grader reads no other frame as its answer."""
    nonce = {"nonce": request.get("nonce")} if request else {}
    # the CPU time this thread has used, in seconds: the grader's budget for re-runs counts it (not wall time,
    # which a busy machine stretches)
    nonce["cpu_s"] = _thread_time()
    try:
        payload = wire.encode({**frame, **nonce}, to_handle=objects.keep)
    except Exception as e:  # noqa: BLE001 - a value we cannot send is the student's error
        payload = wire.encode({**error_frame(e), **nonce})
    wire.write_frame(fd, payload)


def serve(req_fd: int, resp_fd: int, module: Any, objects: Objects) -> None:
    def resolve_function(name: str, args: list) -> Any:
        if name not in wire.TEST_FUNCTIONS:
            raise wire.WireError(f"unknown test function {name}")
        return wire.TEST_FUNCTIONS[name](*args)

    while True:
        try:
            request = wire.decode(wire.read_frame(req_fd), objects.get, resolve_function)
        except EOFError:
            return
        op = request.get("op")
        if op == "call":  # timed or not: the grader's timing checks make ordinary calls
            frame = run_student_function(module, request, objects, probed=True)
            flush_output()
            respond(resp_fd, frame, objects, request)
        elif op == "trace":  # a call whose locals are recorded (and one of them maybe set), for the diagnosis
            frame = trace_student_function(module, request, objects)
            flush_output()
            respond(resp_fd, frame, objects, request)
        elif op == "edited":  # the student's function with one edit, for the diagnosis (advice: what would repair it)
            frame = run_edited_function(module, request, objects)
            flush_output()
            respond(resp_fd, frame, Objects(), request)  # (what it returns is not kept: hundreds of edits are made)
        elif op == "keep":  # a value the grader wants to stay here, mutable by student code
            respond(resp_fd, {"ok": True, "value": objects.keep(request["value"])}, objects, request)
        elif op == "fetch":  # the current data of a kept value (e.g. a dict the student updated)
            try:
                frame = {"ok": True, "value": objects.get(request["handle_id"])}  # by id: the data, not a handle
            except wire.WireError as e:
                frame = error_frame(e)
            respond(resp_fd, frame, objects, request)
        elif op == "release":
            for hid in request["ids"]:
                objects.by_id.pop(hid, None)
        else:
            return


def run_student_function(module: Any, request: dict, objects: Objects, probed: bool = False) -> dict:
    """The reply frame of a "call": its value, or what went wrong; probed, with what its torch training did
    (training_probe: "training", absent when it trained and predicted nothing with torch)."""
    fn = getattr(module, request["function"], None)
    if not callable(fn):
        return {"ok": False, "error": {"type": "MissingFunction", "traceback": "",
                                       "message": f"your module has no function {request['function']}()"}}
    probe = training_probe.install() if probed and "torch" in sys.modules else None
    try:
        if probe is not None:
            probe.begin()
    except Exception:  # noqa: BLE001 - a probe that fails costs its record, never the call
        probe = None
    numpy_random_before = training_probe.numpy_random_state()
    try:
        value = fn(*request["args"], **request["kwargs"])
        frame = {"ok": True, "value": keep_in_child(value, request.get("keep") or [], objects)}
    except SystemExit as e:
        frame = {"ok": False, "error": {"type": "SystemExit", "message": f"sys.exit({e.code!r}) was called",
                                        "traceback": ""}}
    except BaseException as e:  # noqa: BLE001 - report everything, keep serving
        frame = error_frame(e)
        try:  # where in the student's code it raised, and what the failing operation was handed (the diagnosis')
            frame["error"]["raised_in"] = raised_values.describe_raise(e, SUBMISSION_DIR,
                                                                       str(getattr(module, "__file__", "") or ""))
        except Exception:  # noqa: BLE001 - a description that fails costs itself, never the reply
            pass
    try:
        record = probe.end(fn, request["args"], request["kwargs"]) if probe is not None else None
    except Exception:  # noqa: BLE001
        record = None
    if record is not None:
        frame["training"] = record
    # whether the call seeded or drew from np.random's global generator (a seeded function should not)
    frame["numpy_random_changed"] = training_probe.numpy_random_state() != numpy_random_before
    return frame



def trace_student_function(module: Any, request: dict, objects: Objects) -> dict:
    """The reply frame of a "trace": the call's reply frame with what its locals held (locals_trace)."""
    fn = getattr(module, request["function"], None)
    code = getattr(fn, "__code__", None)
    if not callable(fn) or code is None:
        return {"ok": False, "error": {"type": "MissingFunction", "traceback": "",
                                       "message": f"no Python function {request['function']}() to trace"}}
    if request.get("parts_at") is not None:  # the values of the parts of one statement, computed again
        substitute = request.get("substitute")
        try:
            parts, value = locals_trace.expression_values_at(fn, int(request["parts_at"]), request["args"],
                                                             request["kwargs"], tuple(substitute) if substitute
                                                             else None)
        except BaseException as e:  # noqa: BLE001 - report everything, keep serving
            return error_frame(e)
        return {"ok": True, "parts": [list(p) for p in parts], "value": value}
    patch = request.get("patch")
    passes_at = request.get("passes_at")
    passes_at = tuple(passes_at) if isinstance(passes_at, list) and len(passes_at) == 2 and \
        all(type(n) is int for n in passes_at) else None
    recorder = locals_trace.LocalsRecorder(code, tuple(patch) if patch else None, passes_at=passes_at)
    with recorder:
        frame = with_states_after(run_student_function(module, {**request, "keep": []}, objects), request)
    return {**frame, "records": [list(r) for r in recorder.records],
            "repeated": [list(r) for r in recorder.repeated], "unrecorded": recorder.unrecorded,
            "patched": recorder.patched, "raised_at": list(recorder.raised_at) if recorder.raised_at else None,
            "watched": [list(w) for w in recorder.watched],
            "passes": [[list(kept) for kept in snapshot] for snapshot in recorder.passes],
            "pass_digests": [[list(d) for d in snapshot] for snapshot in recorder.pass_digests]}


def run_edited_function(module: Any, request: dict, objects: Objects) -> dict:
    """The reply frame of an "edited" call: the student's function as `source` defines it (its def, the student's own
    text with one edit the grader made, starting at `line` of the module), called like a "call" with a copy of the
    module's globals (a name it binds anew stays in the copy; an object it changes, a list it appends to, is the
    module's own); with the dict arguments as the call left them if `after`."""
    name, source, line = request.get("function"), request.get("source"), request.get("line")
    if not isinstance(name, str) or not isinstance(source, str) or type(line) is not int or line < 1:
        return {"ok": False, "error": {"type": "BadRequest", "traceback": "", "message": "a malformed edited call"}}
    try:
        tree = ast.parse(source)
        if len(tree.body) != 1 or not isinstance(tree.body[0], ast.FunctionDef) or tree.body[0].name != name:
            raise ValueError(f"not one definition of {name}()")
        ast.increment_lineno(tree, line - 1)
        namespace = dict(vars(module))
        exec(compile(tree, getattr(module, "__file__", None) or "<submission>", "exec"), namespace)  # noqa: S102
    except BaseException as e:  # noqa: BLE001 - an edit that does not compile is the grader's to drop
        return error_frame(e)
    edited = types.ModuleType(module.__name__)
    edited.__dict__[name] = namespace[name]
    return with_states_after(run_student_function(edited, {**request, "keep": []}, objects), request)


def with_states_after(frame: dict, request: dict) -> dict:
    """A call's reply frame with, where the request asks for them (`after`) and the call returned, its dict arguments
    as the call left them (the state it wrote there, locals_trace.state_of)."""
    if request.get("after") and frame.get("ok"):
        frame["after"] = [locals_trace.state_of(a) for a in request["args"]]
    return frame


def keep_in_child(value: Any, positions: list, objects: Objects) -> Any:
    """Replace the listed positions of a returned tuple (caches...) by handles; -1 means the whole value."""
    if -1 in positions:
        return objects.keep(value)
    if positions and isinstance(value, tuple):
        return tuple(objects.keep(v) if i in positions else v for i, v in enumerate(value))
    return value


def flush_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - the student may have replaced the streams
            pass


class ForbiddenModules:
    """A meta path finder that refuses modules the assignment forbids, with a clear message.

    Under bubblewrap the packages are also hidden by an empty mount, so removing this finder
    gains nothing; without bubblewrap this finder is the only guard (documented as weaker).
    """

    def __init__(self, names: list[str]) -> None:
        self.names = set(names)

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        for name in self.names:  # a package (torch) or a part of one (sklearn.datasets, with its data files)
            if fullname == name or fullname.startswith(name + "."):
                raise ImportError(f"{name} may not be used in this assignment")
        return None


def drop_privileges(uid: int) -> None:
    """Inside the sandbox the child starts as root; become an unprivileged user first."""
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)


def main() -> None:
    req_fd, resp_fd = int(sys.argv[1]), int(sys.argv[2])
    submission_dir, module_name = sys.argv[3], sys.argv[4]
    if len(sys.argv) > 5:
        nproc = int(sys.argv[6]) if len(sys.argv) > 6 else 64
        resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
        drop_privileges(int(sys.argv[5]))
    if "AUTOGRADER_START_CUDA" in os.environ:  # a GPU child (the variable holds its allocator cap in MiB)
        start_cuda(int(os.environ["AUTOGRADER_START_CUDA"]) or None)
    serve_submission(req_fd, resp_fd, submission_dir, module_name)


def start_cuda(memory_mb: int | None) -> None:
    """Start CUDA before the student's import, so that changing CUDA_VISIBLE_DEVICES later has no
    effect; cap torch's allocator (the student's code could raise the cap again: a guard against
    accidents, not a wall)."""
    try:
        import torch
    except ImportError:
        return
    if not torch.cuda.is_available():
        return
    torch.cuda.init()
    if memory_mb:
        total = torch.cuda.get_device_properties(0).total_memory
        torch.cuda.set_per_process_memory_fraction(min(1.0, memory_mb * 1024 * 1024 / total), 0)


def serve_submission(req_fd: int, resp_fd: int, submission_dir: str, module_name: str) -> None:
    """Import the student's module and serve the grader's requests until it hangs up.

    Called with privileges already dropped: from main() in a fresh interpreter, or in a
    child forked by the warm worker (zygote.py) after its heavy imports.
    """
    global SUBMISSION_DIR
    SUBMISSION_DIR = submission_dir
    os.set_inheritable(req_fd, False)
    os.set_inheritable(resp_fd, False)
    forbidden = [m for m in os.environ.get("AUTOGRADER_FORBIDDEN_MODULES", "").split(",") if m]
    if forbidden:
        sys.meta_path.insert(0, ForbiddenModules(forbidden))
    sys.path.insert(0, submission_dir)
    sys.stdout.reconfigure(line_buffering=True)
    objects = Objects()
    try:
        module = importlib.import_module(module_name)
    except SystemExit as e:
        flush_output()
        respond(resp_fd, {"ok": False, "error": {
            "type": "SystemExit", "message": f"sys.exit({e.code!r}) was called while importing your module",
            "traceback": ""}}, objects)
        return
    except BaseException as e:  # noqa: BLE001 - any import failure is reported, never raised
        flush_output()
        respond(resp_fd, error_frame(e), objects)
        return
    flush_output()
    names = sorted(n for n in dir(module) if not n.startswith("_") and callable(getattr(module, n, None)))
    respond(resp_fd, {"ok": True, "functions": names}, objects)
    serve(req_fd, resp_fd, module, objects)


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    # Skip interpreter teardown: atexit hooks and finalizers of the student's code do not run.
    os._exit(0)
