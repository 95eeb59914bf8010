"""The warm worker: import the heavy modules once, then fork one confined child per submission.

A fresh interpreter pays `import torch` (seconds; more with CUDA's libraries) before the
student's first line runs. This process pays it once: it imports the modules named in its
configuration, never touches CUDA or runs student code itself, and forks a child for each
spawn request. The child takes its own uid from a pool (so concurrent children cannot
signal or read each other), sets its rlimits, drops privileges, starts CUDA if it was given
a GPU, and then serves the submission exactly like a fresh child (child.serve_submission).

It runs inside the same bubblewrap sandbox as a fresh child, with a folder of slots bound
at /slots instead of a single submission: the grader puts slot N's files in
/slots/N/submission. Each child takes namespaces of its own (mounts, IPC, network): its
slot at /submission, a tmpfs of its own at /scratch, /tmp and /dev/shm, so that nothing it
leaves behind (files, System V or POSIX IPC objects, abstract sockets) reaches the next
child, and what it writes is bounded by its limits' tmpfs_mb.

Control messages are JSON over a SOCK_SEQPACKET socket, the three pipe ends of a new
child travelling with the spawn request (SCM_RIGHTS):
  grader -> worker  {"op": "spawn", "id", "slot", "module", "uid", "limits": {...}} + [req_r, resp_w, out_w]
                    {"op": "kill", "id"}
  worker -> grader  {"op": "ready", "preloaded", "threads"} once, then
                    {"op": "spawned", "id", "pid"} | {"op": "spawn_failed", "id", "message"}
                    {"op": "exited", "id", "status", "reason"}  (status: exit code, or -signal)

usage: python -I zygote.py CONTROL_FD CONFIG_JSON
       python -I zygote.py --fresh CHILD_ARGS...   (a fresh child: see fresh_child)
"""
from __future__ import annotations

import ctypes
import fcntl
import importlib
import json
import os
import random
import resource
import select
import shutil
import signal
import socket
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # -I leaves the script's folder out
import child  # noqa: E402

MIB = 1024 * 1024
PR_SET_CHILD_SUBREAPER = 36
PR_SET_PDEATHSIG = 1
RSS_POLL_S = 0.2


class Slot:
    """A forked child and what the worker must enforce and clean up after it."""

    def __init__(self, spawn_id: int, pid: int, uid: int, rss_limit_mb: int | None) -> None:
        self.id = spawn_id
        self.pid = pid
        self.uid = uid
        self.rss_limit_mb = rss_limit_mb
        self.reason = ""  # why the worker itself killed the child (memory), told to the grader


def send(ctl: socket.socket, message: dict) -> None:
    ctl.send(json.dumps(message).encode())


# --------------------------------------------------------------- in the child
def become_student(request: dict, fds: list[int], config: dict, ctl: socket.socket, wake: tuple[int, int]) -> None:
    """In the forked child: confine this process, then serve the submission (never returns)."""
    code = 0
    worker_pid = os.getppid()
    try:
        req_r, resp_w, out_w = fds
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        ctl.close()
        for fd in wake:
            os.close(fd)
        os.setsid()
        os.dup2(out_w, 1)
        os.dup2(out_w, 2)
        os.close(out_w)
        close_all_but(req_r, resp_w)  # nothing of the worker's stays open but the two protocol pipes
        slot_dir = os.path.join(config["slots_dir"], str(request["slot"]))
        uid, limits = request["uid"], request["limits"]
        own_slot(slot_dir, uid)
        submission, scratch = os.path.join(slot_dir, "submission"), os.path.join(slot_dir, "scratch")
        if config["mount_namespace"]:
            unshare(CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWNET)
            submission, scratch = mount_slot(slot_dir, config["slots_dir"], uid, limits["tmpfs_mb"])
            loopback_up()
        os.chdir(scratch)
        os.environ.update({"HOME": scratch, "TMPDIR": scratch})
        use_threads(limits.get("threads", 1))
        set_rlimits(limits)
        if uid is not None:
            resource.setrlimit(resource.RLIMIT_NPROC, (limits["max_processes"], limits["max_processes"]))
            child.drop_privileges(uid)
        die_with_worker(worker_pid)
        reseed()
        if config["gpu"]:
            start_cuda(config)
        sys.argv = [os.path.join(os.path.dirname(child.__file__), "child.py"), str(req_r), str(resp_w), submission,
                    request["module"]]  # what a fresh child's looks like
        child.serve_submission(req_r, resp_w, submission, request["module"])
        child.flush_output()
    except BaseException as e:  # noqa: BLE001 - whatever happens, this process must not return into the worker
        try:
            os.write(2, f"the sandboxed child could not start: {type(e).__name__}: {e}\n".encode())
        except OSError:
            pass
        code = 70
    os._exit(code)


def close_all_but(*keep: int) -> None:
    low = 3
    for fd in sorted(keep):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, resource.getrlimit(resource.RLIMIT_NOFILE)[0])


def die_with_worker(worker_pid: int) -> None:
    """Set after the uid change, which clears it: without the worker nobody would reap this child."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != worker_pid:  # the worker died before the setting took
        os._exit(70)


def own_slot(slot_dir: str, uid: int | None) -> None:
    """Scratch becomes the child's own (0700); the submission readable by it but not writable."""
    if uid is None:
        return
    scratch = os.path.join(slot_dir, "scratch")
    os.chown(scratch, uid, uid)
    os.chmod(scratch, 0o700)
    submission = os.path.join(slot_dir, "submission")
    for root, dirs, files in os.walk(submission):
        for name in [*dirs, *files]:
            path = os.path.join(root, name)
            os.chown(path, 0, uid, follow_symlinks=False)
            if not os.path.islink(path):
                os.chmod(path, 0o750 if os.path.isdir(path) else 0o640)
    os.chown(submission, 0, uid)
    os.chmod(submission, 0o750)


CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWNET = 0x00020000, 0x08000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 16384, 1 << 18
TMPFS_FILES = 16384  # files and folders in each of a child's tmpfs (their inodes are not counted in its size)
_LIBC = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def unshare(flags: int) -> None:
    """Namespaces of the child's own, as bwrap gives a fresh child: mounts, and IPC and network, which
    would otherwise be the worker's, shared by every child it forks (System V shared memory, message
    queues and semaphores, POSIX message queues and abstract unix sockets outlive the child there)."""
    _check(_LIBC.unshare(flags), "unshare")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    enc = (lambda v: None if v is None else v.encode())
    _check(_LIBC.mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data)), f"mount {target}")


def mount_slot(slot_dir: str, slots_dir: str, uid: int | None, tmpfs_mb: int) -> tuple[str, str]:
    """In the child's own mount namespace: its slot's submission at /submission (read-only), a tmpfs of
    its own of tmpfs_mb at /scratch, /tmp and /dev/shm (so nothing it writes reaches the next child, and
    what it writes is bounded), and the folder of all slots covered by an empty tmpfs, so the child
    sees what a fresh one does."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount(os.path.join(slot_dir, "submission"), "/submission", None, MS_BIND | MS_REC)
    _mount(None, "/submission", None, MS_BIND | MS_REMOUNT | MS_RDONLY)
    size = f"size={tmpfs_mb}m,nr_inodes={TMPFS_FILES}"
    owner = f",uid={uid},gid={uid},mode=0700" if uid is not None else ",mode=0777"
    _mount("tmpfs", "/scratch", "tmpfs", MS_NOSUID | MS_NODEV, size + owner)
    runtime = _runtime_under("/tmp")  # opened before the new /tmp hides them
    for shared in ("/tmp", "/dev/shm"):
        _mount("tmpfs", shared, "tmpfs", MS_NOSUID | MS_NODEV, size + ",mode=1777")
    for path, fd in runtime.items():
        _rebind(fd, path)
    _mount("tmpfs", slots_dir, "tmpfs", MS_RDONLY, "size=4k,mode=0755")
    return "/submission", "/scratch"


def _runtime_under(folder: str) -> dict[str, int]:
    """The Python runtime and virtualenv folders that live under `folder` (a clone in /tmp), opened
    (O_PATH), so they can be bound again on top of a new tmpfs there: modules the worker imported
    load the rest of their package lazily (numpy.random), in the child."""
    prefixes = dict.fromkeys(os.path.realpath(p) for p in (sys.base_prefix, sys.prefix))
    return {p: os.open(p, os.O_PATH | os.O_DIRECTORY) for p in prefixes if p.startswith(folder.rstrip("/") + "/")}


def _rebind(fd: int, path: str) -> None:
    """Bind the folder open as fd at path again, read-only."""
    os.makedirs(path, mode=0o755, exist_ok=True)
    _mount(f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
    _mount(None, path, None, MS_BIND | MS_REMOUNT | MS_RDONLY)
    os.close(fd)


def limit_files(folders: tuple[str, ...] = ("/scratch", "/tmp", "/dev/shm")) -> None:
    """A fresh child's tmpfs, which bwrap sizes but whose inodes it cannot bound: at most TMPFS_FILES
    each. Needs the capabilities bwrap keeps when the grader is root; without them nothing changes."""
    for folder in folders:
        try:
            _mount(None, folder, None, MS_REMOUNT | MS_NOSUID | MS_NODEV, f"nr_inodes={TMPFS_FILES}")
        except OSError:
            pass


def fresh_child() -> None:
    """`zygote.py --fresh CHILD_ARGS...`: a fresh child under bubblewrap, which is child.py once its
    tmpfs are bounded (before the student's code, and before child.py drops privileges)."""
    limit_files()
    sys.argv = [os.path.join(os.path.dirname(child.__file__), "child.py"), *sys.argv[2:]]
    child.main()
    sys.stdout.flush()


SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1


def loopback_up() -> None:
    """A new network namespace has its loopback down; bwrap brings a fresh child's up. Best effort."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            flags = struct.unpack("16sh22x", fcntl.ioctl(s, SIOCGIFFLAGS, struct.pack("16sh22x", b"lo", 0)))[1]
            fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sh22x", b"lo", flags | IFF_UP))
    except OSError:
        pass


def set_rlimits(limits: dict) -> None:
    # The CPU hard limit is one second above the soft one so SIGXCPU (not SIGKILL) says why.
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu_s"], limits["cpu_s"] + 1))
    pairs = [(resource.RLIMIT_FSIZE, limits["file_size_mb"] * MIB), (resource.RLIMIT_CORE, 0),
             (resource.RLIMIT_NOFILE, limits["open_files"])]
    if limits["address_space"]:  # else the worker watches resident memory (enforce_memory)
        pairs.append((resource.RLIMIT_AS, limits["memory_mb"] * MIB))
    for res, value in pairs:
        resource.setrlimit(res, (value, value))


def use_threads(threads: int) -> None:
    """The worker imported everything with one thread; torch's pool starts on first use, so this holds."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = str(threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


def reseed() -> None:
    """A forked child would otherwise share the worker's random state with every other child."""
    random.seed()
    np_random = sys.modules.get("numpy.random")  # not yet imported: the child's own import seeds it from the OS
    if np_random is not None:
        np_random.seed(int.from_bytes(os.urandom(4), "little"))
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.seed()


def start_cuda(config: dict) -> None:
    """This child's GPU only, with CUDA started before the student's import."""
    os.environ["CUDA_VISIBLE_DEVICES"] = str(config["gpu_index"])
    child.start_cuda(config.get("gpu_memory_mb"))


# -------------------------------------------------------------- in the worker
def uid_processes(uid: int) -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) == uid:
                            pids.append(int(entry))
                        break
        except (OSError, ValueError):
            continue
    return pids


def resident_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total * os.sysconf("SC_PAGE_SIZE") / MIB


def kill_slot(slot: Slot) -> None:
    """The child's process group and, with its own uid, everything it started (setsid escapees too)."""
    try:
        os.killpg(slot.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if slot.uid is not None:
        for _ in range(3):  # a process may fork while the first pass kills
            pids = uid_processes(slot.uid)
            if not pids:
                break
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass


def remove_files_of(uid: int, folders: tuple[str, ...] = ("/tmp", "/dev/shm")) -> None:
    """What the child left in the shared temporary folders must not reach the next submission."""
    for folder in folders:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for name in entries:
            path = os.path.join(folder, name)
            try:
                if os.lstat(path).st_uid != uid:
                    continue
                if os.path.isdir(path) and not os.path.islink(path):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    os.unlink(path)
            except OSError:
                continue


def preload(modules: list[str]) -> list[str]:
    loaded = []
    for name in modules:
        try:
            importlib.import_module(name)
            loaded.append(name)
        except Exception:  # noqa: BLE001 - a module that cannot load here is simply imported by each child
            pass
    if "numpy" in sys.modules:  # numpy 2 imports numpy.random on first use: 13-20 ms in every child otherwise
        try:
            importlib.import_module("numpy.random")
        except Exception:  # noqa: BLE001 - as above
            pass
    return loaded


def main() -> None:
    ctl = socket.socket(fileno=int(sys.argv[1]))
    config = json.loads(sys.argv[2])
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)  # orphans come back here
    except (OSError, AttributeError):
        pass
    forbidden = [m for m in os.environ.get("AUTOGRADER_FORBIDDEN_MODULES", "").split(",") if m]
    loaded = preload([m for m in config["preload"]
                      if not any(m == f or m.startswith(f + ".") for f in forbidden)])
    send(ctl, {"op": "ready", "preloaded": loaded, "threads": len(os.listdir("/proc/self/task"))})
    wake = os.pipe()
    for fd in wake:
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(wake[1])
    signal.signal(signal.SIGCHLD, lambda *_: None)
    slots: dict[int, Slot] = {}
    while True:
        watching = any(s.rss_limit_mb for s in slots.values())
        readable = select.select([ctl, wake[0]], [], [], RSS_POLL_S if watching else None)[0]
        if wake[0] in readable:
            try:
                while os.read(wake[0], 512):
                    pass
            except BlockingIOError:
                pass
        if ctl in readable:
            try:
                data, fds, _, _ = socket.recv_fds(ctl, 1 << 16, 3)
            except OSError:
                data, fds = b"", []
            if not data:  # the grader is gone: so is everything this worker started
                for slot in slots.values():
                    kill_slot(slot)
                return
            handle(json.loads(data), fds, config, ctl, wake, slots)
        reap(ctl, slots)
        if watching:
            enforce_memory(slots)


def handle(request: dict, fds: list[int], config: dict, ctl: socket.socket, wake: tuple[int, int],
           slots: dict[int, Slot]) -> None:
    if request["op"] == "spawn":
        try:
            if len(fds) != 3:
                raise ValueError(f"expected 3 descriptors, got {len(fds)}")
            pid = os.fork()
        except (OSError, ValueError) as e:
            for fd in fds:
                os.close(fd)
            send(ctl, {"op": "spawn_failed", "id": request["id"], "message": str(e)})
            return
        if pid == 0:
            become_student(request, fds, config, ctl, wake)
        for fd in fds:
            os.close(fd)
        limits = request["limits"]
        rss = None if limits["address_space"] else limits["memory_mb"]
        slots[pid] = Slot(request["id"], pid, request["uid"], rss)
        send(ctl, {"op": "spawned", "id": request["id"], "pid": pid})
    elif request["op"] == "kill":
        for slot in slots.values():
            if slot.id == request["id"]:
                kill_slot(slot)  # no reason: the grader knows why it asked


def reap(ctl: socket.socket, slots: dict[int, Slot]) -> None:
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        slot = slots.pop(pid, None)
        if slot is None:  # an orphan of some child, re-parented here
            continue
        kill_slot(slot)
        if slot.uid is not None:
            remove_files_of(slot.uid)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        send(ctl, {"op": "exited", "id": slot.id, "status": code, "reason": slot.reason})


def enforce_memory(slots: dict[int, Slot]) -> None:
    """Resident-memory limit where RLIMIT_AS cannot be used (CUDA reserves huge address ranges)."""
    for slot in slots.values():
        if not slot.rss_limit_mb or slot.reason:
            continue
        pids = uid_processes(slot.uid) if slot.uid is not None else [slot.pid]
        used = resident_mb(pids)
        if used > slot.rss_limit_mb:
            slot.reason = f"memory limit exceeded: {used:.0f} MiB resident, limit {slot.rss_limit_mb} MiB"
            kill_slot(slot)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fresh"]:
        fresh_child()  # an exception leaves through the interpreter, with its traceback and code 1
        os._exit(0)  # as child.py: no teardown, the student's atexit hooks and finalizers do not run
    try:
        main()
    finally:
        os._exit(0)
