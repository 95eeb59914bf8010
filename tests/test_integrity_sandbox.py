"""Score integrity against hostile submissions, by class: what a child's reply may cost the grader,
what a child may leave outside its files, and what a killed grading run may leave behind."""
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
from pathlib import Path

import pytest

from autograder.sandbox import wire
from autograder.sandbox.confinement import remove_stale_tempdirs
from autograder.sandbox.errors import BadReply, StudentCrash, StudentException
from tests.conftest import HAS_BWRAP, IS_ROOT, REPO, descendants

MIB = 2**20

# A student module that writes frames of its own on the response pipe (its number is argv[2] in
# a fresh child and in one forked by the warm worker), then waits to be killed.
FORGER = '''
import json, os, struct, sys, time
import numpy as np
RESP = int(sys.argv[2])

def _send(header, tail=b""):
    payload = struct.pack("<I", len(header)) + header + tail
    data = memoryview(struct.pack("<I", len(payload)) + payload)
    while data:
        data = data[os.write(RESP, data):]

def _frame(tree_json, tail=b"", blobs=0):
    _send(b'{"tree":' + tree_json + b',"blobs":' + str(blobs).encode() + b'}', tail)

def _reply(value_json, tail=b"", blobs=0):
    _frame(b'{"__dict__":{"ok":true,"value":' + value_json + b'}}', tail, blobs)

def _many(item, size):
    return b"[" + b",".join([item] * (size // (len(item) + 1))) + b"]"

def _stall():
    time.sleep(60)
    return "the real reply"

def empty_lists():
    _reply(_many(b"[]", 16 * 2**20))
    return _stall()

def dicts():
    _reply(_many(b'{"__dict__":{"a":0}}', 16 * 2**20))
    return _stall()

def strings():
    _reply(_many(b'"ab"', 16 * 2**20))
    return _stall()

def nested():
    _reply(b"[" * 50_000 + b"]" * 50_000)
    return _stall()

def arrays_reused():
    import io
    buf = io.BytesIO()
    np.save(buf, np.zeros(2**17))
    blob = buf.getvalue()
    refs = b",".join([b'{"__ndarray__":0}'] * 5000)
    _reply(b"[" + refs + b"]", struct.pack("<Q", len(blob)) + blob, blobs=1)
    return _stall()

def lying_array():
    import io
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": "<f8", "fortran_order": False, "shape": (2**40,)})
    blob = buf.getvalue() + bytes(80)
    _reply(b'{"__ndarray__":0}', struct.pack("<Q", len(blob)) + blob, blobs=1)
    return _stall()

def not_json():
    _send(b"{\\"tree\\": [1, 2")
    return _stall()

def over_the_frame_limit():
    os.write(RESP, struct.pack("<I", 2**31))
    return _stall()

def honest(x):
    return x

def extra_reply():
    """A valid frame of its own, then the real reply."""
    _reply(b'"forged"')
    return "the real reply"

def _current_nonce():
    import inspect
    for info in inspect.stack():
        request = info.frame.f_locals.get("request")
        if isinstance(request, dict) and "nonce" in request:
            return request["nonce"]

def extra_reply_with_nonce():
    """The same with the nonce of the request it answers, read from the child's stack."""
    nonce = json.dumps(_current_nonce()).encode()
    _frame(b'{"__dict__":{"ok":true,"value":"forged","nonce":' + nonce + b'}}')
    return "the real reply"

def reply_later():
    import threading
    threading.Thread(target=lambda: (time.sleep(0.5), _reply(b'"stale"'))).start()
    return "now"

def too_many_lists():
    return [[] for _ in range(200_000)]

def too_deep():
    v = []
    for _ in range(100):
        v = [v]
    return v
'''

HOSTILE_REPLIES = ["empty_lists", "dicts", "strings", "nested", "arrays_reused", "lying_array", "not_json",
                   "over_the_frame_limit"]


def traced_call(proc, function: str) -> tuple[int, BaseException | None]:
    """Peak bytes the grader allocated (all threads) during one call, and what the call raised."""
    tracemalloc.start()
    try:
        proc.call(function, timeout=60)
        raised = None
    except Exception as e:  # noqa: BLE001 - the test looks at it
        raised = e
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, raised


# ------------------------------------------------------------ 1. the reply's cost to the grader
@pytest.mark.usefixtures("sandbox_kind")
@pytest.mark.parametrize("function", HOSTILE_REPLIES)
def test_a_hostile_reply_kills_the_child_and_fails_that_call_at_a_small_cost(make_student, function):
    p = make_student(FORGER, call_timeout_s=60.0)
    assert p.call("honest", 1) == 1
    peak, raised = traced_call(p, function)
    assert isinstance(raised, BadReply), f"{function}() gave {raised!r}"
    assert "not a valid reply" in raised.message or "over the limit" in raised.message, raised.message
    if function in ("empty_lists", "dicts", "strings", "nested"):
        assert "limit" in raised.message, raised.message
    assert not p.alive  # killed: nothing it sends later can be read as the answer to another call
    assert peak <= 10 * 16 * MIB + wire.DECODE_ALLOWANCE, f"the grader used {peak / MIB:.0f} MiB"
    with pytest.raises(StudentCrash, match="not running"):
        p.call("honest", 2)
    q = make_student(FORGER)  # what a session does next: a new child
    assert q.call("honest", 3) == 3


@pytest.mark.usefixtures("sandbox_kind")
def test_a_hostile_16_mib_reply_costs_the_grader_less_than_the_frame(make_student):
    """The brief's case: 16 MiB of empty lists cost ~800 MiB to decode; now they are refused unparsed."""
    p = make_student(FORGER, call_timeout_s=60.0)
    peak, raised = traced_call(p, "empty_lists")
    assert isinstance(raised, BadReply) and "too large" in raised.message, raised
    assert peak <= 2 * 16 * MIB, f"{peak / MIB:.0f} MiB"


@pytest.mark.usefixtures("sandbox_kind")
def test_an_extra_frame_never_answers_a_later_call(make_student):
    p = make_student(FORGER)
    with pytest.raises(BadReply, match="nobody asked for"):  # it does not carry the request's nonce
        p.call("extra_reply")
    assert not p.alive
    p = make_student(FORGER)
    assert p.call("extra_reply_with_nonce") in ("forged", "the real reply")  # as good as returning it...
    with pytest.raises(BadReply, match="nobody asked for"):  # ...but the other frame never answers a later call
        p.call("honest", 1)
    assert not p.alive


@pytest.mark.usefixtures("sandbox_kind")
def test_a_frame_sent_between_calls_is_caught(make_student):
    p = make_student(FORGER)
    assert p.call("reply_later") == "now"
    time.sleep(1.5)
    with pytest.raises(BadReply, match="nobody asked for"):
        p.call("honest", 1)
    assert not p.alive


@pytest.mark.usefixtures("sandbox_kind")
def test_an_honest_value_over_the_limits_is_the_students_error_with_the_limit(make_student):
    p = make_student(FORGER)
    with pytest.raises(StudentException, match="too large.*limit"):
        p.call("too_many_lists")
    with pytest.raises(StudentException, match="nested"):
        p.call("too_deep")
    assert p.call("honest", [1, (2, 3)]) == [1, (2, 3)]  # the child is still serving


# ------------------------------------------------------------ 2. what lives outside a file
SPACE = '''
import ctypes, errno, os, socket, time
libc = ctypes.CDLL(None, use_errno=True)

def fill(folder, mb):
    """MiB written to folder, a file per MiB, until the space runs out."""
    n = 0
    try:
        for i in range(mb):
            with open(f"{folder}/f{i}", "wb") as fh:
                fh.write(b"x" * 2**20)
            n += 1
    except OSError as e:
        return [n, e.strerror]
    return [n, "ok"]

def many_files(folder, count):
    for i in range(count):
        try:
            open(f"{folder}/e{i}", "wb").close()
        except OSError as e:
            return [i, e.strerror]
    return [count, "ok"]

def sysv_create():
    shm = libc.shmget(0x5eed, 4096, 0o1666)
    msg = libc.msgget(0x5eed, 0o1666)
    sem = libc.semget(0x5eed, 1, 0o1666)
    return [shm >= 0, msg >= 0, sem >= 0]

def sysv_visible():
    return [libc.shmget(0x5eed, 0, 0o666) >= 0, libc.msgget(0x5eed, 0o666) >= 0, libc.semget(0x5eed, 0, 0o666) >= 0]

def mqueue_create():
    libc.mq_open.restype = ctypes.c_int
    return libc.mq_open(b"/ag-test-queue", os.O_CREAT | os.O_RDWR, 0o666, None) >= 0

def mqueue_visible():
    return libc.mq_open(b"/ag-test-queue", os.O_RDWR) >= 0

_listener = None

def abstract_listen():
    global _listener
    _listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    _listener.bind(b"\\0ag-test-socket")
    _listener.listen()
    return True

_KEYS = {"x86_64": (248, 250), "aarch64": (217, 219)}

def keyring_add():
    import platform
    add_key = _KEYS[platform.machine()][0]
    key = libc.syscall(add_key, b"user", b"ag-secret", b"answers", 7, -4)  # -4: this uid's keyring
    return [key, ctypes.get_errno()]

def keyring_find():
    import platform
    keyctl = _KEYS[platform.machine()][1]
    return libc.syscall(keyctl, 10, -4, b"user", b"ag-secret", 0) >= 0  # 10: KEYCTL_SEARCH

def abstract_connect():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect(b"\\0ag-test-socket")
        return True
    except OSError:
        return False
'''


@pytest.mark.usefixtures("sandbox_kind")
@pytest.mark.parametrize("folder", ["/scratch", "/tmp", "/dev/shm"])
def test_the_space_a_child_may_fill_is_bounded(make_student, sandbox_kind, folder):
    if sandbox_kind != "bubblewrap":
        pytest.skip("the fallback has no file system of its own (documented)")
    p = make_student(SPACE, tmpfs_mb=32, call_timeout_s=30.0)
    written, why = p.call("fill", folder, 200)
    assert written <= 32 and why != "ok", (written, why)


@pytest.mark.usefixtures("sandbox_kind")
@pytest.mark.skipif(not IS_ROOT, reason="bounding inodes needs the capabilities bwrap keeps for root")
def test_the_files_a_child_may_create_are_bounded(make_student, sandbox_kind):
    """Empty files take no space in a tmpfs but kernel memory: their number is bounded too."""
    if sandbox_kind != "bubblewrap":
        pytest.skip("the fallback has no file system of its own (documented)")
    p = make_student(SPACE, call_timeout_s=60.0)
    for folder in ("/scratch", "/tmp", "/dev/shm"):
        created, why = p.call("many_files", folder, 200_000)
        assert created < 200_000 and why != "ok", (folder, created, why)


def warm_pair(make_student, monkeypatch):
    if not (IS_ROOT and HAS_BWRAP):
        pytest.skip("the warm worker needs root and bubblewrap")
    monkeypatch.delenv("AUTOGRADER_NO_WARM", raising=False)
    monkeypatch.delenv("AUTOGRADER_NO_BWRAP", raising=False)


@pytest.mark.parametrize("one_after_the_other", [True, False])
def test_children_of_a_warm_worker_share_no_ipc(make_student, monkeypatch, one_after_the_other):
    """System V shared memory, message queues and semaphores and POSIX message queues outlive a
    child in its IPC namespace: each child has its own."""
    warm_pair(make_student, monkeypatch)
    a = make_student(SPACE)
    assert a.call("sysv_create") == [True, True, True]
    assert a.call("mqueue_create")
    if one_after_the_other:
        a.kill()
    b = make_student(SPACE)
    assert b.proc.worker is a.proc.worker
    assert b.call("sysv_visible") == [False, False, False]
    assert not b.call("mqueue_visible")


def test_children_of_a_warm_worker_share_no_abstract_sockets(make_student, monkeypatch):
    warm_pair(make_student, monkeypatch)
    a = make_student(SPACE)
    assert a.call("abstract_listen")
    b = make_student(SPACE)
    assert not b.call("abstract_connect")


@pytest.mark.usefixtures("sandbox_kind")
def test_no_child_leaves_data_in_a_kernel_keyring(make_student):
    """Keyrings belong to a uid, not a namespace: every fresh child is nobody, and a warm worker's
    children reuse the uids of its pool. The keyring system calls fail in every child."""
    import platform
    if platform.machine() not in ("x86_64", "aarch64"):
        pytest.skip("the seccomp filter knows x86_64 and aarch64")
    a = make_student(SPACE)
    assert a.call("keyring_add") == [-1, 38]  # ENOSYS
    a.kill()
    assert not make_student(SPACE).call("keyring_find")


# ------------------------------------------------------------ 3. a killed grading run
REAPER = textwrap.dedent('''
    import ctypes, os, subprocess, sys
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans of the run come here
    proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(proc.pid, flush=True)
    sys.stdin.read()  # until the test is done (what ends meanwhile stays a zombie, which is not counted)
    while True:
        try:
            os.wait()
        except ChildProcessError:
            break
''')


@pytest.mark.skipif(not (IS_ROOT and HAS_BWRAP), reason="the whole process tree (warm workers) needs root and bwrap")
@pytest.mark.parametrize("executor", [[], ["--dask-local"]], ids=["local pool", "dask local cluster"])
def test_kill_9_of_grade_leaves_no_process_of_that_run(tmp_path, executor):
    if executor:
        pytest.importorskip("distributed")
    subs = tmp_path / "subs"
    subs.mkdir()
    sample = REPO / "examples" / "a1_sample_class"
    for name in ("alice_correct.py", "carol_partial.py", "grace_infinite_loop.py", "bob_stub.py",
                 "mistake_db_averaged.py", "mistake_dx_not_reshaped.py"):
        (subs / name).write_bytes((sample / name).read_bytes())
    cmd = [sys.executable, "-m", "autograder.cli", "grade", "a1_backprop", str(subs), "--out", str(tmp_path / "out"),
           "--workers", "2", *executor]
    reaper = subprocess.Popen([sys.executable, "-c", REAPER, *cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, cwd=REPO)
    try:
        grade = int(reaper.stdout.readline())
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(uid >= 65534 for _, uid in descendants(reaper.pid)):
            time.sleep(0.1)  # until a student's child runs
        assert any(uid >= 65534 for _, uid in descendants(reaper.pid)), "grading did not get under way"
        run = {grade} | {pid for pid, _ in descendants(reaper.pid)}
        folders = tempdirs_of(run)  # (owners alive: no other run's clean-up touches them yet)
        assert folders, "the run should have temporary folders of its own"
        os.kill(grade, signal.SIGKILL)
        left = still_alive_after(reaper.pid, 10)
        assert not left, f"{len(left)} processes of the killed run still alive: {commands(left)}"
        remove_stale_tempdirs()  # what the next run does first
        assert not set(folders) & set(os.listdir(tempfile.gettempdir()))
    finally:
        for pid, _ in descendants(reaper.pid):  # only what this run started
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        reaper.stdin.close()
        reaper.wait(timeout=30)


def still_alive_after(root: int, seconds: float) -> list[int]:
    """The processes below root still alive after `seconds`, or [] as soon as the tree has been read
    empty three times in a row (while processes die, one read of /proc can miss one)."""
    deadline, empty_reads = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        empty_reads = 0 if descendants(root) else empty_reads + 1
        if empty_reads == 3:
            return []
        time.sleep(0.2)
    return [pid for pid, _ in descendants(root)]


def tempdirs_of(pids: set[int]) -> list[str]:
    """The owned temporary folders (confinement.owned_tempdir) of these processes."""
    return [name for name in os.listdir(tempfile.gettempdir())
            if (m := re.match(r"ag-[a-z]+-\d+\.(\d+)\.\d+-", name)) and int(m[1]) in pids]


def commands(pids: list[int]) -> list[str]:
    out = []
    for pid in pids:
        try:
            out.append(Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")[:80].decode())
        except OSError:
            pass
    return out


def test_temporary_folders_of_dead_graders_are_removed_and_live_ones_kept(tmp_path, monkeypatch):
    from autograder.sandbox import confinement

    monkeypatch.setattr(confinement.tempfile, "tempdir", str(tmp_path))
    ours = confinement.owned_tempdir("warm")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / ours.name.replace(confinement.owner_token(), confinement.owner_token(dead.pid))
    stale.mkdir()
    (stale / "slot").mkdir()
    (stale / "slot" / "file").write_text("x")
    alien = tmp_path / "ag-warm-something-else"
    alien.mkdir()
    other_user = tmp_path / "pytest-of-root"
    other_user.mkdir()
    removed = confinement.remove_stale_tempdirs()
    assert removed == [stale]
    assert ours.is_dir() and alien.is_dir() and other_user.is_dir() and not stale.exists()


def test_pool_workers_die_with_the_grading_process():
    """PR_SET_PDEATHSIG is set in each pool worker (its initializer): it no longer waits forever on a
    queue whose driver is gone."""
    script = textwrap.dedent('''
        import os, sys, time
        from concurrent.futures import ProcessPoolExecutor
        import multiprocessing
        from autograder.batch import pool
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(1, mp_context=ctx, initializer=pool._init_worker, initargs=(os.getpid(), None, [])) as ex:
            print(ex.submit(os.getpid).result(), flush=True)
            time.sleep(60)
    ''')
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO)
    worker = int(proc.stdout.readline())
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(worker)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# ------------------------------------------------------------ 4. counting only one's own processes
NOBODY_SLEEPER = "import os, time; os.setgid(65534); os.setuid(65534); time.sleep(60)"
SPAWNER = ("import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', sys.argv[1]]); "
           "print(p.pid, flush=True); p.wait()")


@pytest.mark.skipif(not IS_ROOT, reason="needs root to run a process as nobody")
def test_sandboxed_processes_counts_only_the_given_tree():
    """Another grading on the machine (here: another tree, with a process as nobody) is not counted."""
    from tests.conftest import sandboxed_processes

    ours = subprocess.Popen(["sleep", "60"])
    theirs = subprocess.Popen([sys.executable, "-c", SPAWNER, NOBODY_SLEEPER], stdout=subprocess.PIPE, text=True)
    try:
        sleeper = int(theirs.stdout.readline())
        deadline = time.monotonic() + 10
        while sandboxed_processes(theirs.pid) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sandboxed_processes(theirs.pid) == 1
        assert sandboxed_processes(ours.pid) == 0
        assert sandboxed_processes() >= 1  # this test process's own tree holds it
    finally:
        os.kill(sleeper, signal.SIGKILL)
        for proc in (ours, theirs):
            proc.kill()
            proc.wait()
