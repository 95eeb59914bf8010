"""The child process: calls, handles, and every way student code can misbehave."""
import os
import time

import numpy as np
import pytest

from autograder.sandbox.confinement import sandbox_info
from autograder.sandbox.errors import StudentCrash, StudentException, StudentTimeout, SubmissionLoadError
from autograder.sandbox.wire import Handle
from tests.conftest import IS_ROOT, needs_bwrap, sandboxed_processes

pytestmark = pytest.mark.usefixtures("sandbox_kind")


def test_calls_return_data_and_keep_objects_in_the_child(make_student):
    p = make_student("import numpy as np\n"
                     "def fwd(x): return x * 2, {'x': x, 'obj': object()}\n"
                     "def bwd(d, cache): return d * cache['x']\n")
    out, cache = p.call("fwd", np.arange(3.0), keep=[1])
    assert np.array_equal(out, [0.0, 2.0, 4.0])
    assert isinstance(cache, Handle) and cache.type_name == "dict"
    assert np.array_equal(p.call("bwd", np.ones(3), cache), [0.0, 1.0, 2.0])


def test_non_data_results_come_back_as_handles(make_student):
    p = make_student("class Tensor:\n    pass\ndef f(): return Tensor()\n")
    name = p.call("f").type_name  # with its module (torch.Tensor is not the student's own Tensor)
    assert name.endswith(".Tensor") and not name.startswith("torch.")


def test_exception_reports_only_student_frames(make_student):
    p = make_student("def helper():\n    raise ValueError('bad shape')\ndef f():\n    helper()\n")
    with pytest.raises(StudentException) as e:
        p.call("f")
    assert "ValueError: bad shape" in e.value.message
    assert "sub.py" in e.value.detail and "child.py" not in e.value.detail
    assert p.alive  # an exception costs the call, not the process


def test_missing_function_is_named(make_student):
    p = make_student("x = 1\n")
    with pytest.raises(StudentException, match="no function nope"):
        p.call("nope")


def test_sys_exit_in_a_call_is_reported(make_student):
    p = make_student("import sys\ndef f(): sys.exit(0)\n")
    with pytest.raises(StudentException, match=r"sys.exit\(0\)"):
        p.call("f")
    assert p.alive


def test_os_exit_in_a_call_is_a_crash(make_student):
    p = make_student("import os\ndef f(): os._exit(0)\n")
    with pytest.raises(StudentCrash, match="exited with code 0"):
        p.call("f")
    assert not p.alive


def test_endless_loop_is_killed_at_the_call_timeout(make_student):
    p = make_student("def f():\n    while True:\n        pass\n", call_timeout_s=1.0)
    start = time.monotonic()
    with pytest.raises(StudentTimeout, match="1 s"):
        p.call("f")
    assert time.monotonic() - start < 5
    assert not p.alive


def test_each_reply_says_the_cpu_time_the_child_has_used(make_student):
    """The grader's budget for re-running the student's code counts the child's CPU time, as its replies report it:
    a call that waits adds little, one that computes adds what it computed (a busy machine stretches neither)."""
    p = make_student("import time\n"
                     "def wait(): time.sleep(0.4)\n"
                     "def spin():\n    t = time.thread_time()\n    while time.thread_time() - t < 0.4:\n        pass\n")
    p.call("wait")
    waited = p.cpu_s
    assert 0 < waited < 0.3
    p.call("spin")
    assert 0.35 < p.cpu_s - waited < 2


def test_the_time_module_replaced_by_the_submission_does_not_change_what_the_child_reports(make_student):
    p = make_student("import time\ntime.thread_time = lambda: 0.0\n"
                     "def spin():\n    t = time.process_time()\n"
                     "    while time.process_time() - t < 0.3:\n        pass\n")
    p.call("spin")
    assert p.cpu_s > 0.25


def test_import_failures_are_load_errors(make_student):
    with pytest.raises(SubmissionLoadError, match="SyntaxError"):
        make_student("def f(:\n")
    with pytest.raises(SubmissionLoadError, match=r"sys.exit\(3\)"):
        make_student("import sys\nsys.exit(3)\n")
    with pytest.raises(SubmissionLoadError, match="exited with code 0"):
        make_student("import os\nos._exit(0)\n")
    with pytest.raises(SubmissionLoadError, match="did not finish within"):
        make_student("while True:\n    pass\n", startup_timeout_s=1.0)


def test_output_is_captured_with_a_cap(make_student):
    p = make_student("import sys\nprint('hello at import')\n"
                     "def flood():\n    for _ in range(20000):\n        print('x' * 500)\n    return 1\n",
                     output_bytes=10_000)
    assert p.call("flood") == 1
    assert p.output.text_since(0).startswith("hello at import")
    assert len(p.output.kept) == 10_000
    assert p.output.total > 10_000_000
    assert "more bytes of output not shown" in p.output.text_since(0)


def test_memory_limit(make_student):
    p = make_student("import numpy as np\ndef f(): return np.ones(2**31).sum()\n", memory_mb=1024)
    with pytest.raises((StudentException, StudentCrash), match="MemoryError|Unable to allocate|killed"):
        p.call("f")


def test_cpu_time_limit(make_student):
    p = make_student("def f():\n    while True:\n        pass\n", cpu_s=1, call_timeout_s=30.0)
    with pytest.raises(StudentCrash, match="SIGXCPU|CPU time"):
        p.call("f")


def test_file_size_limit(make_student):
    p = make_student("def f():\n    with open('big', 'wb') as fh:\n        fh.write(b'0' * (4 * 2**20))\n",
                     file_size_mb=1)
    with pytest.raises((StudentException, StudentCrash), match="File too large|SIGXFSZ|file size"):
        p.call("f")


def test_children_are_cleaned_up_after_a_timeout(make_student):
    p = make_student("import os, time\ndef f():\n    for _ in range(5):\n        if os.fork() == 0:\n"
                     "            time.sleep(60)\n            os._exit(0)\n    time.sleep(60)\n",
                     call_timeout_s=1.0)
    with pytest.raises(StudentTimeout):
        p.call("f")
    time.sleep(0.5)
    assert not p.alive
    if os.environ.get("AUTOGRADER_NO_BWRAP") is None and IS_ROOT:
        assert sandboxed_processes() == 0


def test_sandbox_info_is_honest(sandbox_kind):
    info = sandbox_info()
    assert info.kind == sandbox_kind
    if sandbox_kind == "rlimits-only":
        assert not info.filesystem_isolated and not info.network_isolated and info.notes


# ------------------------------------------------------------ bubblewrap only
@needs_bwrap
def test_no_network(make_student, sandbox_kind):
    if sandbox_kind != "bubblewrap":
        pytest.skip("the fallback does not isolate the network")
    p = make_student("import socket\ndef f():\n    try:\n        socket.create_connection(('127.0.0.1', 22), 1)\n"
                     "    except OSError as e:\n        return str(e)\n    return 'connected'\n"
                     "def ifaces():\n    return sorted(n for _, n in socket.if_nameindex())\n")
    assert p.call("f") != "connected"
    assert p.call("ifaces") == ["lo"]


@needs_bwrap
def test_only_the_submission_and_scratch_are_visible(make_student, sandbox_kind):
    if sandbox_kind != "bubblewrap":
        pytest.skip("the fallback does not isolate the file system")
    from tests.conftest import REPO
    p = make_student("import os\n"
                     "def ls(path): return sorted(os.listdir(path))\n"
                     "def exists(path): return os.path.exists(path)\n"
                     "def write(path):\n    open(path, 'w').write('x')\n    return True\n")
    assert p.call("ls", "/submission") == ["sub.py"]
    assert not p.call("exists", str(REPO / "reference"))
    assert not p.call("exists", str(REPO / "solutions"))
    assert not p.call("exists", "/root/.ssh")
    assert p.call("write", "/scratch/out.txt")
    for path in ("/submission/sub.py", "/usr/evil", f"{os.path.dirname(os.__file__)}/evil.py"):
        with pytest.raises(StudentException, match="Read-only|Permission denied|No such file"):
            p.call("write", path)


@needs_bwrap
@pytest.mark.skipif(not IS_ROOT, reason="the process limit needs an unprivileged uid to switch to (root only)")
def test_fork_bomb_is_contained(make_student, sandbox_kind):
    if sandbox_kind != "bubblewrap":
        pytest.skip("the fallback cannot limit processes when run as root")
    p = make_student("import os, time\ndef f():\n    n = 0\n    try:\n        while True:\n"
                     "            if os.fork() == 0:\n                time.sleep(30)\n                os._exit(0)\n"
                     "            n += 1\n    except OSError:\n        return n\n", max_processes=32)
    assert p.call("f") < 32
    assert p.call("f") >= 0  # still responsive
    p.kill()
    time.sleep(0.5)
    assert sandboxed_processes() == 0


def test_kept_values_are_updated_in_place_by_student_code(make_student):
    p = make_student("def step(param):\n    param['count'] = param.get('count', 0) + 1\n    return param['count']\n")
    handle = p.keep({"mode": "train"})
    assert p.call("step", handle) == 1 and p.call("step", handle) == 2
    assert p.fetch(handle) == {"mode": "train", "count": 2}


def test_forbidden_modules_cannot_be_imported(make_student, sandbox_kind):
    p = make_student("def f():\n    import torch\n    return 1\n"
                     "def sneaky():\n    import sys\n    sys.meta_path[:] = [m for m in sys.meta_path\n"
                     "                        if type(m).__name__ != 'ForbiddenModules']\n"
                     "    import torch\n    return torch.__version__\n", forbidden_modules=["torch"])
    with pytest.raises(StudentException, match="torch may not be used in this assignment"):
        p.call("f")
    if sandbox_kind == "bubblewrap":  # removing the guard does not help: the package is not there
        with pytest.raises(StudentException, match="ImportError: torch may not be used"):
            p.call("sneaky")


def test_arrays_too_large_to_keep_at_a_loop_pass_come_back_as_digests(make_student):
    """A loop traced pass by pass: its small arrays come back as values, those too large to keep as digests of
    their numbers (what tells which item of a list a pass took)."""
    from autograder.sandbox.locals_trace import digest

    p = make_student("import numpy as np\n"
                     "def f(weights):\n"
                     "    total = 0.0\n"
                     "    for W in weights:\n"
                     "        total += W.sum()\n"
                     "    return total\n")
    weights = [np.full((40, 40), float(k)) for k in range(3)]
    traced = p.trace("f", [weights], passes_at=(4, 5))
    assert len(traced.passes) == len(traced.pass_digests) == 3
    assert [dict(d).get("W") for d in traced.pass_digests] == [digest(w) for w in weights]
    assert all("W" not in dict(kept) for kept in traced.passes)  # 1,600 entries: not kept as values
