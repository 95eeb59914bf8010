"""What a submission leaves behind in a warm worker must not reach the next submission forked by the same worker.

A hostile submission plants, before it is killed: a daemonised grandchild (double fork, setsid) that listens on
an abstract unix socket and answers a secret to whoever connects; a System V shared memory segment with no
process attached (it outlives every process in its IPC namespace); a POSIX shared memory object (/dev/shm); a
loopback TCP port in TIME_WAIT (kept by the kernel for a minute after every process has gone); a count of UDP
datagrams in the network namespace's statistics (/proc/net/snmp, which nothing resets).
The next child of the same worker then looks for each, by name and by listing everything it can see (abstract
sockets in /proc/net/unix, TCP and UDP sockets in /proc/net, segments in /proc/sysvipc/shm, the files in
/dev/shm): it must find nothing.

Two defences stand behind each leftover: the child's own namespaces (network, IPC, mounts, in
zygote.become_student) and the worker's clean-up after it (every process of its uid killed, its files in the
shared folders removed). The test fails when a leftover's defences are gone: no CLONE_NEWNET and no killing by
uid (the daemon answers the next child); no CLONE_NEWIPC (the segment is seen); no tmpfs of its own at /dev/shm
and no removal of its files (the POSIX object is seen). Sharing the worker's network namespace between children
fails it even with every process killed: the TIME_WAIT port outlives them, and the statistics cannot be cleaned
(checked by hand, 2026-12-02).
"""
from __future__ import annotations

import time

import pytest

from autograder.sandbox.errors import StudentCrash
from tests.conftest import HAS_BWRAP, IS_ROOT, sandboxed_processes

pytestmark = pytest.mark.skipif(not (IS_ROOT and HAS_BWRAP),
                                reason="the warm worker needs root and bubblewrap (it starts fresh children otherwise)")

KEY = 0x5EC0DE
SOCKET = b"\0ag-leftover-daemon"
POSIX_SHM = "ag-leftover-shm"

SOURCE = f'''
import ctypes, os, socket, time
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
KEY, SOCKET, POSIX_SHM = {KEY}, {SOCKET!r}, {POSIX_SHM!r}

def plant():
    """Leave a daemon on an abstract socket, a System V segment and a POSIX shm object; return what was made."""
    ready_r, ready_w = os.pipe()
    if os.fork() == 0:  # the daemon: double fork, its own session, re-parented away from this child
        os.setsid()
        if os.fork() == 0:
            try:
                server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                server.bind(SOCKET)
                server.listen(8)
                os.write(ready_w, b"1")
                while True:
                    conn, _ = server.accept()
                    conn.sendall(b"secret of the previous submission")
                    conn.close()
            except BaseException:
                os.write(ready_w, b"0")
            os._exit(0)
        os._exit(0)
    os.close(ready_w)
    daemon = os.read(ready_r, 1) == b"1"
    shm = libc.shmget(KEY, 4096, 0o1666)  # IPC_CREAT | 0666, and never removed
    if shm >= 0:
        address = libc.shmat(shm, None, 0)
        ctypes.memmove(address, b"secret", 6)
        libc.shmdt(ctypes.c_void_p(address))
    from multiprocessing import shared_memory
    posix = shared_memory.SharedMemory(name=POSIX_SHM, create=True, size=4096)
    posix.buf[:6] = b"secret"
    posix.close()  # not unlinked: it stays in /dev/shm
    from multiprocessing import resource_tracker
    try:
        resource_tracker.unregister(posix._name, "shared_memory")  # no tracker may clean it up for us
    except Exception:
        pass
    return [daemon, shm >= 0, os.path.exists("/dev/shm/" + POSIX_SHM), can_connect(), time_wait(), datagrams(7)]

def datagrams(n):
    """n UDP datagrams over loopback: counted in the network namespace's statistics (/proc/net/snmp), which
    nothing can reset, a number the next child would read if it shared the namespace."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as rx, \
                socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as tx:
            rx.bind(("127.0.0.1", 0))
            for _ in range(n):
                tx.sendto(b"x", rx.getsockname())
                rx.recv(1)
    except OSError:
        return -1
    return udp_received()

def udp_received():
    with open("/proc/net/snmp") as f:
        rows = [line.split() for line in f if line.startswith("Udp:")]
    return int(rows[1][rows[0].index("InDatagrams")])

def time_wait():
    """A loopback TCP connection closed by its client first: the port stays in TIME_WAIT for a minute,
    with no process, where a shared network namespace would show it to the next child (a covert channel:
    which ports are taken)."""
    try:
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        client = socket.create_connection(server.getsockname(), timeout=2)
        conn, _ = server.accept()
        client.close()
        time.sleep(0.05)
        conn.close()
        server.close()
    except OSError:
        return False
    return any(line.split()[3] == "06" for line in tcp_sockets(raw=True))  # 06: TIME_WAIT

def tcp_sockets(raw=False):
    lines = []
    for name in ("tcp", "tcp6", "udp", "udp6"):
        try:
            with open("/proc/net/" + name) as f:
                lines += f.readlines()[1:]
        except OSError:
            pass
    return lines if raw else [" ".join(line.split()[1:4]) for line in lines]

def leave():
    os._exit(0)

def can_connect():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(2)
    try:
        s.connect(SOCKET)
        return s.recv(64).decode()
    except OSError:
        return ""
    finally:
        s.close()

def abstract_sockets():
    try:
        with open("/proc/net/unix") as f:
            return sorted(line.split()[-1] for line in f if line.split()[-1].startswith("@"))
    except OSError as e:
        return ["cannot read /proc/net/unix: " + str(e)]

def sysv_segments():
    try:
        with open("/proc/sysvipc/shm") as f:
            return [line.split()[0] for line in f.readlines()[1:]]
    except OSError as e:
        return ["cannot read /proc/sysvipc/shm: " + str(e)]

def look():
    """What of the previous submission this child can reach."""
    return {{"daemon answers": can_connect(), "abstract sockets": abstract_sockets(),
             "segment by key": libc.shmget(KEY, 0, 0o666) >= 0, "segments": sysv_segments(),
             "inet sockets": tcp_sockets(), "udp datagrams received": udp_received(),
             "posix shm": sorted(os.listdir("/dev/shm")) if os.path.isdir("/dev/shm") else []}}
'''

NOTHING = {"daemon answers": "", "abstract sockets": [], "segment by key": False, "segments": [], "inet sockets": [],
           "udp datagrams received": 0, "posix shm": []}


@pytest.fixture
def warm_only(monkeypatch):
    monkeypatch.delenv("AUTOGRADER_NO_WARM", raising=False)
    monkeypatch.delenv("AUTOGRADER_NO_BWRAP", raising=False)


@pytest.mark.usefixtures("warm_only")
@pytest.mark.parametrize("ends", ["killed", "exits by itself"])
def test_nothing_a_submission_leaves_reaches_the_next_one(make_student, ends):
    first = make_student(SOURCE)
    daemon, segment, posix, answered, time_wait, udp = first.call("plant")
    assert daemon and segment and posix and time_wait and udp >= 7, "the submission could not plant its leftovers"
    assert answered == "secret of the previous submission"  # the daemon is up and reachable by its own child
    if ends != "killed":
        with pytest.raises(StudentCrash):
            first.call("leave")
    first.kill()  # as the grader does after a submission: returns once the worker has reaped and cleaned up
    second = make_student(SOURCE)
    assert second.proc.worker is first.proc.worker, "the next submission was not forked by the same warm worker"
    assert second.call("look") == NOTHING


@pytest.mark.usefixtures("warm_only")
def test_the_daemon_of_a_submission_is_gone_before_the_next_starts(make_student):
    """The escaped grandchild itself does not outlive its submission (it could otherwise use the next one's CPU,
    or anything the two came to share)."""
    first = make_student(SOURCE)
    assert first.call("plant")[0]
    assert sandboxed_processes() >= 2  # the child and its daemon
    first.kill()
    deadline = time.monotonic() + 5
    while sandboxed_processes() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sandboxed_processes() == 0
