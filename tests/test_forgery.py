"""Nothing done inside the student's process can raise its score above what its functions compute."""

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from tests.conftest import REPO

SPEC = load_assignment("a1_backprop")
SOLUTION = (REPO / "examples" / "a1_sample_class" / "alice_correct.py").read_text()
WRONG_AFFINE = SOLUTION.replace("    out = x.reshape(x.shape[0], -1) @ w + b\n", "    out = x.reshape(x.shape[0], -1) @ w\n")


def grade(tmp_path, source, **kw):
    path = tmp_path / "backprop.py"
    path.write_text(source)
    return grade_submission(SPEC, path, select="test_affine_forward", **kw).tests[0]


def test_baseline_wrong_affine_fails(tmp_path):
    assert grade(tmp_path, WRONG_AFFINE).status == "failed"


def test_ndarray_subclass_that_equals_everything(tmp_path):
    source = WRONG_AFFINE.replace("import numpy as np", '''import numpy as np

class Always(np.ndarray):
    def __eq__(self, other): return np.ones(np.shape(other), dtype=bool)
    def __sub__(self, other): return np.zeros(np.shape(other))
    def __rsub__(self, other): return np.zeros(np.shape(other))
    def __abs__(self): return np.zeros(self.shape)
    def __array_ufunc__(self, *a, **k): return np.zeros(1)
''', 1).replace("    return out, cache\n", "    return out.view(Always), cache\n", 1)
    assert grade(tmp_path, source).status == "failed"


def test_object_with_magic_methods_is_not_data(tmp_path):
    source = WRONG_AFFINE.replace("    return out, cache\n", '''    class Liar:
        shape = out.shape
        def __eq__(self, other): return True
        def __array__(self, *a, **k): return np.zeros(1)
    return Liar(), cache
''', 1)
    t = grade(tmp_path, source)
    assert t.status == "failed" and "expected a NumPy array, got a " in t.message and "Liar, which stays in your " \
        "process" in t.message


def test_forged_reply_frames_on_the_protocol_pipe(tmp_path):
    # The child's pipe numbers are on its command line; write a fake "ok" reply ahead of time.
    source = WRONG_AFFINE + '''
import os, sys, json, struct
sys.path.insert(0, "/opt/autograder-child")
try:
    import wire
    fake = wire.encode({"ok": True, "value": (np.zeros((3, 6)), None)})
    os.write(int(sys.argv[2]), struct.pack("<I", len(fake)) + fake)
except Exception as e:
    print("forgery failed", e)
'''
    t = grade(tmp_path, source)
    assert t.points_earned == 0.0


def test_monkeypatching_numpy_in_the_child_does_not_reach_the_grader(tmp_path):
    source = WRONG_AFFINE.replace("import numpy as np", '''import numpy as np
np.allclose = lambda *a, **k: True
np.abs = lambda x: x * 0
np.maximum = lambda a, b: a * 0 + 1e300
np.testing.assert_allclose = lambda *a, **k: None''', 1)
    assert grade(tmp_path, source).status == "failed"


def test_fake_pytest_summary_in_output_is_only_shown(tmp_path):
    source = WRONG_AFFINE.replace("    return out, cache\n",
                                  "    print('PASSED test_affine_forward\\n=== 20 passed ===')\n    return out, cache\n", 1)
    t = grade(tmp_path, source)
    assert t.status == "failed" and "20 passed" in t.output_excerpt


def test_submission_time_budget_ends_the_run(tmp_path):
    spec = SPEC.model_copy(update={"submission_timeout_s": 2.0})
    path = tmp_path / "backprop.py"
    path.write_text(SOLUTION.replace("def affine_forward(x, w, b):\n",
                                     "def affine_forward(x, w, b):\n    while True:\n        pass\n", 1))
    result = grade_submission(spec, path)
    assert result.duration_s < 15
    assert result.tests[0].status == "timeout"
    assert all(t.status == "timeout" and "budget" in t.message for t in result.tests[2:])
    assert result.score == 0
