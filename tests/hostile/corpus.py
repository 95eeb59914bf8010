"""A corpus of hostile and broken a1 submissions, each with the outcome it must get.

Every case is built from the a1 solution (SOLUTION) or from a known-wrong variant of it
(WRONG: affine_forward forgets the bias, a fixed number of points lost). A trick that
forges nothing must leave the score exactly where the honest code puts it.

Expectations:
  score:     "solution" (full marks: the attack gains and breaks nothing), "wrong" (exactly the
             WRONG baseline), "at_most_wrong", "at_most:<case>" (no more than another case: the same
             wrong code without the trick), "below_solution", or a number
  says:      text that must appear in the submission's result (so the report says what happened)
  load_error: text the load error must contain
  bwrap:     True if the case is only safe to run under bubblewrap (e.g. kill(-1))
"""
from __future__ import annotations

import io
import textwrap
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile.archives import (
    corrupt_stream,
    deep_notebook,
    encrypt_member,
    flip_one_byte,
    method_99,
    notebook,
    patched_zip,
)

REPO = Path(__file__).resolve().parents[2]
SOLUTION = (REPO / "examples" / "a1_sample_class" / "alice_correct.py").read_text()
WRONG = SOLUTION.replace("    out = x.reshape(x.shape[0], -1) @ w + b\n", "    out = x.reshape(x.shape[0], -1) @ w\n", 1)
assert WRONG != SOLUTION


@dataclass
class Case:
    name: str
    content: bytes
    score: str | float
    says: str = ""
    load_error: str = ""
    suffix: str = ".py"
    bwrap: bool = False
    statuses: dict[str, str] = field(default_factory=dict)


def at_import(base: str, code: str) -> str:
    return base + "\n\n" + textwrap.dedent(code)


def in_call(base: str, function: str, code: str) -> str:
    """Run `code` at the start of every call of `function`, then the honest function."""
    renamed = base.replace(f"def {function}(", f"def _honest_{function}(", 1)
    body = textwrap.indent(textwrap.dedent(code), "    ")
    return renamed + f"\n\ndef {function}(*args, **kwargs):\n{body}\n    return _honest_{function}(*args, **kwargs)\n"


def returning(base: str, function: str, code: str) -> str:
    """Replace `function` by one whose body is `code` (which returns something)."""
    renamed = base.replace(f"def {function}(", f"def _honest_{function}(", 1)
    body = textwrap.indent(textwrap.dedent(code), "    ")
    return renamed + f"\n\ndef {function}(*args, **kwargs):\n{body}\n"


def zip_bytes(members: dict[str, bytes], symlinks: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
        for name, target in (symlinks or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o120777 << 16
            z.writestr(info, target)
    return buf.getvalue()


def cases() -> list[Case]:
    c: list[Case] = []

    def add(name: str, source: str | bytes, score, **kw) -> None:
        c.append(Case(name, source.encode() if isinstance(source, str) else source, score, **kw))

    # -- exits
    add("sys_exit_at_import", at_import(SOLUTION, "import sys\nsys.exit(0)\n"), 0.0,
        load_error="sys.exit(0) was called while importing")
    add("os_exit_at_import", at_import(SOLUTION, "import os\nos._exit(0)\n"), 0.0, load_error="exited with code 0")
    add("sys_exit_in_call", in_call(WRONG, "relu_backward", "import sys\nsys.exit(0)\n"), "at_most_wrong",
        says="sys.exit(0) was called")
    add("os_exit_in_call", in_call(WRONG, "tanh_backward", "import os\nos._exit(0)\n"), "at_most_wrong",
        says="exited with code 0 during tanh_backward()")
    add("atexit_hook", at_import(WRONG, """
        import atexit, os
        atexit.register(lambda: os.write(1, b"===== 20 passed =====\\n"))
        atexit.register(lambda: open("/scratch/results.json", "w").write('{"score": 82}'))
        """), "wrong")
    # -- monkeypatching
    add("monkeypatch_numpy", at_import(WRONG, """
        import numpy as np
        np.allclose = lambda *a, **k: True
        np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), dtype=bool)
        np.testing.assert_allclose = lambda *a, **k: None
        np.abs = lambda x: x * 0
        """), "wrong")
    add("monkeypatch_torch", at_import(WRONG, """
        try:
            import torch
            torch.allclose = lambda *a, **k: True
        except ImportError as e:
            print("torch:", e)
        """), "wrong", says="torch may not be used in this assignment")
    add("monkeypatch_pytest", at_import(WRONG, """
        try:
            import pytest
            pytest.approx = lambda *a, **k: object()
            pytest.main = lambda *a, **k: 0
        except ImportError as e:
            print("pytest:", e)
        """), "wrong")
    add("monkeypatch_grader", at_import(WRONG, """
        for name in ("autograder", "autograder.testing", "autograder.grading.compare"):
            try:
                __import__(name)
            except ImportError as e:
                print("grader:", e)
        import sys
        wire = sys.modules.get("wire")
        if wire is not None:  # the child's own codec: patching it only garbles this student's replies
            wire.decode = lambda *a, **k: {"op": "call", "function": "affine_forward", "args": [], "kwargs": {}}
        """), "at_most_wrong", says="No module named 'autograder'")
    # -- lying return values
    add("eq_always_true", returning(WRONG, "affine_forward", """
        class Always:
            shape = (3, 6)
            def __eq__(self, other): return True
            def __array__(self, *a, **k): raise RuntimeError
        return Always(), None
        """), "at_most_wrong", says="expected a NumPy array, got a ")
    add("ndarray_subclass", returning(WRONG, "affine_forward", """
        import numpy as np
        class Liar(np.ndarray):
            def __eq__(self, other): return np.ones(np.shape(other), bool)
            def __sub__(self, other): return np.zeros(np.shape(other))
            def __array_ufunc__(self, *a, **k): return np.zeros(1)
        out, cache = _honest_affine_forward(*args, **kwargs)
        return out.view(Liar), cache
        """), "at_most_wrong")  # the subclass also breaks the student's own MLP, never the grader
    add("tensor_subclass", returning(WRONG, "affine_forward", """
        class FakeTensor(list):
            def __eq__(self, other): return True
            def numpy(self): return self
        return FakeTensor([0.0]), None
        """), "at_most_wrong", says="FakeTensor, which stays in your process")
    # -- forging output and files
    add("fake_pytest_summary", at_import(WRONG, """
        print("test_backprop.py::test_affine_forward PASSED")
        print("============================= 20 passed in 0.10s =============================")
        import sys
        sys.stderr.write("TOTAL SCORE: 82/82\\n")
        """), "wrong", says="20 passed")
    add("write_result_files", at_import(WRONG, """
        import json, os
        for path in ("results.json", "/scratch/../results.json", "/tmp/results.json", "/results.json",
                     "/submission/results.json", "/work/results.json", os.path.expanduser("~/gradebook.sqlite")):
            try:
                with open(path, "w") as f:
                    json.dump({"score": 82, "max_score": 82}, f)
                print("wrote", path)
            except OSError as e:
                print("refused", path, type(e).__name__)
        """), "wrong", says="refused /submission/results.json")
    search = """
        import os, sys
        def seen(match):
            hits = []
            runtime = (sys.prefix, sys.base_prefix)  # the Python runtime and virtualenv are visible, not secret
            for top, dirs, files in os.walk("/"):
                if top.startswith(runtime):
                    dirs[:] = []
                    continue
                dirs[:] = [d for d in dirs if os.path.join(top, d) not in ("/proc", "/sys", "/dev", "/usr")
                           and d not in ("site-packages", "lib-dynload") and not d.startswith("python3")]
                hits += [os.path.join(top, f) for f in files if match(top, f)]
            return hits[:5]
        """
    add("read_reference", at_import(WRONG, search + """
        print("reference files seen:", seen(lambda top, f: "reference" in top or "solutions" in top))
        """), "wrong", says="reference files seen: []")
    add("read_hidden_tests", at_import(WRONG, search + """
        print("tests seen:", seen(lambda top, f: f.startswith("test_") and f.endswith(".py")))
        """), "wrong", says="tests seen: []")
    add("read_other_submissions_and_gradebook", at_import(WRONG, search + """
        print("seen:", seen(lambda top, f: f.endswith((".sqlite", ".json", ".csv")) or "baseline" in f))
        """), "wrong", says="seen: []")
    add("network", at_import(WRONG, """
        import socket
        for host, port in (("127.0.0.1", 8786), ("8.8.8.8", 53), ("example.com", 80)):
            try:
                socket.create_connection((host, port), timeout=2).close()
                print("reached", host)
            except OSError as e:
                print("blocked", host, type(e).__name__)
        """), "wrong", says="blocked 127.0.0.1", bwrap=True)
    add("kill_everything", at_import(WRONG, """
        import os, signal
        for pid in (1, os.getppid(), -1):
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError as e:
                print("kill", pid, type(e).__name__)
        """), "wrong", bwrap=True)  # only its own sandbox is in reach
    # -- resources
    add("fork_bomb", in_call(SOLUTION, "relu_forward", """
        import os, time
        try:
            while True:
                if os.fork() == 0:
                    time.sleep(60)
                    os._exit(0)
        except OSError:
            pass
        """), "solution", bwrap=True)
    add("memory_bomb", in_call(WRONG, "linear_regression_closed_form", "blob = bytearray(16 * 2**30)\n"),
        "at_most_wrong", says="MemoryError")
    add("cpu_spin", in_call(WRONG, "logistic_regression_gradient", "while True:\n    pass\n"), "at_most_wrong",
        says="did not finish within the time limit")
    add("sleep_past_timeout", in_call(WRONG, "logistic_regression_gradient", "import time\ntime.sleep(300)\n"),
        "at_most_wrong", says="did not finish within the time limit")
    add("stdout_flood_at_import", at_import(SOLUTION, """
        import sys
        for _ in range(50_000):
            sys.stdout.write("x" * 2000 + "\\n")
        """), "solution", says="more bytes of output not shown")
    add("stderr_flood_in_call", in_call(SOLUTION, "softmax", """
        import sys
        for _ in range(2_000):
            sys.stderr.write("warning: " + "y" * 1000 + "\\n")
        """), "solution")
    add("huge_return_array", returning(WRONG, "affine_forward", """
        import numpy as np
        return np.zeros(40_000_000), None
        """), "at_most_wrong", says="over the limit")
    # -- bad values
    add("nan_inf", returning(WRONG, "softmax", """
        import numpy as np
        out = _honest_softmax(*args, **kwargs)
        out[0, 0], out[-1, -1] = np.nan, np.inf
        return out
        """), "at_most_wrong", says="NaN/Inf")
    add("wrong_dtype", returning(WRONG, "affine_forward", """
        out, cache = _honest_affine_forward(*args, **kwargs)
        return out.astype("complex128"), cache
        """), "at_most_wrong", says="not numeric")
    add("wrong_shape", returning(WRONG, "affine_forward", """
        out, cache = _honest_affine_forward(*args, **kwargs)
        return out.T, cache
        """), "at_most_wrong", says="differs from the expected")
    add("object_array", returning(WRONG, "affine_forward", """
        import numpy as np
        out, cache = _honest_affine_forward(*args, **kwargs)
        return out.astype(object), cache
        """), "at_most_wrong", says="a NumPy array that does not hold numbers")
    add("pickle_payload_frame", at_import(SOLUTION, """
        import io, os, struct, sys, json
        import numpy as np
        class Boom:
            def __reduce__(self):
                return (os.system, ("touch /tmp/autograder-pwned",))
        buf = io.BytesIO()
        np.save(buf, np.array([Boom()], dtype=object), allow_pickle=True)
        blob = buf.getvalue()
        header = json.dumps({"tree": {"ok": True, "value": {"__ndarray__": 0}}, "blobs": 1}).encode()
        payload = struct.pack("<I", len(header)) + header + struct.pack("<Q", len(blob)) + blob
        os.write(int(sys.argv[2]), struct.pack("<I", len(payload)) + payload)
        """), 0.0, load_error="not a valid reply")
    # -- archives and files
    add("zip_slip_and_symlinks", zip_bytes({"../../evil.py": b"print('escaped')\n", "/abs/evil2.py": b"x = 1\n",
                                            "student/backprop.py": SOLUTION.encode()},
                                           {"student/link.py": "/etc/passwd"}), "solution", suffix=".zip")
    add("zip_bomb", zip_bytes({"backprop.py": SOLUTION.encode(), "padding.py": b"#" * (200 * 2**20)}), 0.0,
        suffix=".zip", load_error="unpacks to too much data")
    add("non_utf8_source", b"# -*- coding: utf-8 -*-\nx = '\xff\xfe'\n" + SOLUTION.encode(), 0.0,
        load_error="SyntaxError")
    add("huge_file", SOLUTION + "\n" + "#" * (6 * 2**20) + "\n", 0.0, load_error="larger than 5 MiB")
    add("not_python", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 10, 0.0, load_error="SyntaxError")
    add("empty_file", b"", 0.0, says="has no function")
    # -- forging through the checks: the trick must not score above the same wrong code without it
    add("wrong_softmax", returning(SOLUTION, "softmax", """
        return _honest_softmax(*args, **kwargs) * 1.004
        """), "below_solution")
    add("wrong_softmax_returned_as_float16", returning(SOLUTION, "softmax", """
        return (_honest_softmax(*args, **kwargs) * 1.004).astype("float16")
        """), "at_most:wrong_softmax", says="loses precision")
    add("wrong_softmax_returned_as_float32", returning(SOLUTION, "softmax", """
        return (_honest_softmax(*args, **kwargs) * 1.004).astype("float32")
        """), "at_most:wrong_softmax", says="loses precision")
    mlp = """
        result = _honest_two_layer_mlp_loss(*args, **kwargs)
        if not isinstance(result, tuple):
            return result
        loss, grads = result
        return loss * 1.5, {{k: v * {grad_scale} for k, v in grads.items()}}
        """
    add("mlp_wrong_loss_inconsistent_gradients", returning(SOLUTION, "two_layer_mlp_loss", mlp.format(grad_scale=1.7)),
        "below_solution")
    add("mlp_wrong_loss_with_its_own_exact_gradients", returning(SOLUTION, "two_layer_mlp_loss",
                                                                 mlp.format(grad_scale=1.5)),
        "at_most:mlp_wrong_loss_inconsistent_gradients")
    # -- files the grader must read without breaking: each costs only its own submission
    add("zip_encrypted_member", patched_zip(encrypt_member), 0.0, suffix=".zip", load_error="encrypted")
    add("zip_unknown_method", patched_zip(method_99), 0.0, suffix=".zip", load_error="compression method")
    add("zip_corrupt_deflate", patched_zip(corrupt_stream), 0.0, suffix=".zip", load_error="damaged")
    add("zip_bad_crc", patched_zip(flip_one_byte, zipfile.ZIP_STORED), 0.0, suffix=".zip", load_error="damaged")
    add("notebook_nested_100k_deep", deep_notebook(), 0.0, suffix=".ipynb", load_error="nested too deeply")
    add("notebook_of_the_solution", notebook(SOLUTION), "solution", suffix=".ipynb")
    # -- ids (file names) that break file names, spreadsheets and eyes
    add("long_id_" + "x" * 236, SOLUTION + "\n# long id\n", "solution")
    add("=HYPERLINK(1)", SOLUTION + "\n# a formula for an id\n", "solution")
    add("bobby", SOLUTION + "\n# bobby\n", "solution")
    add("b\u043ebby", SOLUTION + "\n# a Cyrillic o\n", "solution")  # looks like bobby
    # -- the terminal, the grader's memory, what outlives a child
    add("terminal_escapes_in_import_error", at_import(SOLUTION, """
        raise ImportError("\\x1b[2J\\x1b[H\\x1b[1;32m===== 82/82: all tests passed =====\\x1b[0m\\u202e")
        """), 0.0, load_error="all tests passed")
    add("reply_of_16mib_empty_lists", at_import(SOLUTION, """
        import json, os, struct, sys
        value = "[" + ",".join(["[]"] * (16 * 2**20 // 3)) + "]"
        header = ('{"tree": {"ok": true, "value": ' + value + '}, "blobs": 0}').encode()
        payload = struct.pack("<I", len(header)) + header
        os.write(int(sys.argv[2]), struct.pack("<I", len(payload)) + payload)
        """), 0.0, load_error="not a valid reply")
    add("fill_tmp_scratch_and_shm", at_import(WRONG, """
        import os
        bounded = []
        for folder in ("/tmp", "/scratch", "/dev/shm"):
            written, why = 0, "no error"
            try:
                while written < 1024:  # MiB
                    with open(os.path.join(folder, f"fill{written}"), "wb") as f:
                        f.write(b"x" * 2**20 * 16)
                    written += 16
            except OSError as e:
                why = type(e).__name__
            print(f"filled {folder}: {written} MiB, then {why}")
            bounded.append(why == "OSError" and written <= 256)
        print("all bounded:", all(bounded))
        """), "wrong", says="all bounded: True", bwrap=True)
    for role, code in (("plant", "libc.shmget(0x5EC2E7, 4096, 0o1666); libc.msgget(0x5EC2E7, 0o1666)"),
                       ("look_for", "print('ipc seen:', libc.shmget(0x5EC2E7, 0, 0) != -1 or libc.msgget(0x5EC2E7, 0) != -1)")):
        add(f"sysv_ipc_{role}", at_import(WRONG, f"""
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            {code}
            """), "wrong", says="ipc seen: False" if role == "look_for" else "", bwrap=True)
    return c
