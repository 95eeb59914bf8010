"""Regenerate the bundled a1 sample class: python examples/make_a1_sample_class.py

Writes one submission per typical case into examples/a1_sample_class/: the solution, the
stub, a partial one, every catalogued mistake, and broken or hostile ones. The expected
outcome of each lives in examples/a1_sample_class.expected.json (checked by the tests).
"""
from __future__ import annotations

import io
import re
import zipfile

from autograder.authoring.release import strip_solutions
from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.course.mistakes import load_catalog, mutant_source

OUT = REPO_ROOT / "examples" / "a1_sample_class"


def solution_without_markers(source: str) -> str:
    return "\n".join(line for line in source.splitlines() if "### BEGIN SOLUTION" not in line
                     and "### END SOLUTION" not in line) + "\n"


def replace_function(source: str, name: str, new_code: str) -> str:
    """Swap the top-level function `name` for new_code."""
    pattern = re.compile(rf"^def {name}\(.*?(?=^def |\Z)", re.S | re.M)
    assert pattern.search(source), name
    return pattern.sub(lambda _: new_code.rstrip() + "\n\n\n", source, count=1)


def main() -> None:
    spec = load_assignment("a1_backprop")
    solution_src = spec.solution_file.read_text(encoding="utf-8")
    solution = solution_without_markers(solution_src)
    stub = strip_solutions(solution_src)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    files: dict[str, str] = {}

    files["alice_correct.py"] = solution
    files["bob_stub.py"] = stub
    # Carol finished the layers but not the losses, the MLP or the regressions.
    partial = stub
    for fn in ("affine_forward", "affine_backward", "relu_forward", "relu_backward", "sigmoid_forward",
               "sigmoid_backward", "tanh_forward", "tanh_backward"):
        m = re.search(rf"^def {fn}\(.*?(?=^def |\Z)", solution, re.S | re.M)
        partial = replace_function(partial, fn, m.group(0))
    files["carol_partial.py"] = partial
    for mistake in load_catalog(spec.mistakes_file):
        files[f"mistake_{mistake.id}.py"] = solution_without_markers(mutant_source(solution_src, mistake))

    files["eve_syntax_error.py"] = solution.replace("def softmax(scores):", "def softmax(scores)", 1)
    files["frank_missing_function.py"] = replace_function(solution, "affine_backward", "")
    files["grace_infinite_loop.py"] = replace_function(solution, "softmax", '''def softmax(scores):
    probs = np.zeros_like(scores)
    while True:  # forgot to update the loop condition
        probs += 0
    return probs''')
    files["heidi_sys_exit_at_import.py"] = solution + "\nimport sys\nsys.exit(0)\n"
    files["ivan_os_exit_at_import.py"] = solution + "\nimport os\nos._exit(0)\n"
    files["judy_monkeypatch_numpy.py"] = solution.replace("import numpy as np", '''import numpy as np

# Make every comparison succeed, hoping the grader uses this numpy.
np.allclose = lambda *a, **k: True
np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), dtype=bool)
np.testing.assert_allclose = lambda *a, **k: None
np.array_equal = lambda *a, **k: True''', 1).replace("    out = x.reshape(x.shape[0], -1) @ w + b\n",
                                                      "    out = np.zeros((x.shape[0], w.shape[1]))\n", 1)
    files["mallory_forger.py"] = '''"""Tries to forge a grade instead of doing the work."""
import glob
import json
import os
import socket

import numpy as np

print("============================= 20 passed in 0.10s =============================")
print('{"score": 82, "max_score": 82}')
for path in ("results.json", "/tmp/results.json", "../results.json", "/scratch/summary.csv"):
    try:
        with open(path, "w") as f:
            json.dump({"score": 82}, f)
    except OSError as e:
        print("could not write", path, e)
LOOT = {"found": sorted(glob.glob("/work/**/solutions/**/*.py", recursive=True))[:5]}
for path in ("/work/main/reference/backprop.py", "../reference/backprop.py", "/root/.ssh/id_rsa"):
    try:
        LOOT[path] = open(path).read()[:100]
    except OSError as e:
        LOOT[path] = str(e)
try:
    socket.create_connection(("example.com", 80), timeout=2)
    LOOT["network"] = "reachable"
except OSError as e:
    LOOT["network"] = str(e)
print(LOOT)


def affine_forward(x, w, b):
    return np.zeros((x.shape[0], w.shape[1])), None


def softmax(scores):
    return np.full(scores.shape, 1.0 / scores.shape[1])
'''
    files["oscar_os_exit_in_call.py"] = replace_function(solution, "relu_backward", '''def relu_backward(dout, cache):
    import os
    os._exit(0)''')
    for name, text in files.items():
        (OUT / name).write_text(text, encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("peggy/backprop.py", solution.replace("import numpy as np", "import numpy as np\n\nfrom helpers import row_count", 1))
        z.writestr("peggy/helpers.py", "def row_count(x):\n    return x.shape[0]\n")
        z.writestr("peggy/notes.txt", "my notes")
    (OUT / "peggy_zip_with_helper.zip").write_bytes(buf.getvalue())
    print(f"wrote {len(files) + 1} submissions to {OUT}")


if __name__ == "__main__":
    main()
