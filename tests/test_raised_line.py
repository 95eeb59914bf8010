"""The line of the student's own code that raised, and what its failing operation was handed there: the child's
description (sandbox/raised_values.py), read as checked data (sandbox/raised.py), said in the student's terms
(grading/raised_line.py)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.raised_line import raised_here
from autograder.grading.relations import Finding
from autograder.sandbox.errors import StudentException
from autograder.sandbox.raised import RaisedFrame, raised_frames
from tests.test_diagnosis import graded, with_function


def raised(make_student, source: str, function: str, *args) -> StudentException:
    p = make_student(source)
    with pytest.raises(StudentException) as caught:
        p.call(function, *args, timeout=30.0)
    return caught.value


def frame_values(frame: RaisedFrame, source: str) -> dict[str, dict]:
    """text of each described expression -> its description (without defaults)."""
    lines = source.splitlines()
    out = {}
    for (line, col, end, end_col), value in frame.values:
        if line == end:
            out[lines[line - 1][col:end_col]] = value.model_dump(exclude_defaults=True, by_alias=True)
    return out


BROADCAST = """import numpy as np

def standardize(X, Xt):
    mean = X.mean(axis=0, keepdims=True)
    std = X.std(axis=1, keepdims=True)
    return (Xt - mean) / std
"""


def test_the_child_describes_the_failing_operation_and_the_names_of_its_line(make_student):
    error = raised(make_student, BROADCAST, "standardize", np.ones((10, 4)), np.ones((7, 4)))
    frame = error.raised_in[0]
    assert (frame.function, frame.line) == ("standardize", 6)
    values = frame_values(frame, BROADCAST)
    assert values["Xt - mean"]["shape"] == (7, 4)  # (the span of a BinOp leaves its parentheses out)
    assert values["std"] == {"kind": "array", "shape": (10, 1), "dtype": "float64"}
    assert dict(frame.names)["mean"].shape == (1, 4)


def test_nothing_is_drawn_or_run_again_to_describe_an_error(make_student):
    source = """import numpy as np
calls = []
rng = np.random.default_rng(0)

def bump():
    calls.append(1)
    return 1.0

def broken(x):
    return x + bump() + rng.normal(size=3) + np.ones(4)

def after():
    return len(calls), rng.normal()
"""
    p = make_student(source)
    with pytest.raises(StudentException) as caught:
        p.call("broken", np.ones(4))
    assert caught.value.raised_in  # (it was described)
    count, drawn = p.call("after")
    assert count == 1  # bump() ran once, in the call: describing the error did not call it again
    assert drawn == np.random.default_rng(0).normal(size=4)[3]  # ... nor drew from the student's generator


def test_a_draw_is_not_computed_again_and_one_shaped_like_an_array_is_described_by_its_shape(make_student):
    source = """import numpy as np

def noisy(X, idx):
    return X[idx] + 0.1 * np.random.standard_normal(X.shape)

def blank(X, idx):
    return X[idx] + np.empty_like(X)
"""
    values = frame_values(raised(make_student, source, "noisy", np.ones((9, 2)), np.arange(3)).raised_in[0], source)
    assert values["X[idx]"]["shape"] == (3, 2)
    assert "0.1 * np.random.standard_normal(X.shape)" not in values  # (a draw: not made again)
    values = frame_values(raised(make_student, source, "blank", np.ones((9, 2)), np.arange(3)).raised_in[0], source)
    assert values["np.empty_like(X)"]["shape"] == (9, 2)


def test_hostile_descriptions_are_dropped_not_trusted():
    assert raised_frames("not a list") == ()
    assert raised_frames([{"function": "f", "line": 0}]) == ()  # (a line number below 1)
    assert raised_frames([{"function": "f", "line": 3, "values": [[[1, 2, 3, 4], {"kind": "array",
                                                                                 "shape": [1] * 99}]]}]) == ()
    assert raised_frames([{"function": "f" * 1000, "line": 3}]) == ()
    assert raised_frames([{"function": "f", "line": 3, "extra": 1}]) == ()
    assert len(raised_frames([{"function": "f", "line": 3}])) == 1


def exception(frames: list[dict], message: str, function: str = "f") -> StudentException:
    return StudentException(function, "RuntimeError", message, "", raised_in=raised_frames(frames))


TORCH_SOURCE = """import torch

def f(x):
    flip = torch.rand(len(x)) < 0.5
    x = torch.where(flip, x.flip(3), x)
    return x
"""


def test_a_torch_broadcast_error_is_said_at_its_line_with_the_shapes_that_meet():
    frames = [{"function": "f", "line": 5, "at": [5, 8, 5, 39], "values": [
        [[5, 8, 5, 19], {"kind": "function", "name": "torch.where"}],
        [[5, 20, 5, 24], {"kind": "tensor", "shape": [16], "dtype": "bool"}],
        [[5, 26, 5, 35], {"kind": "tensor", "shape": [16, 3, 8, 8], "dtype": "float32"}],
        [[5, 37, 5, 38], {"kind": "tensor", "shape": [16, 3, 8, 8], "dtype": "float32"}]],
        "names": [["flip", {"kind": "tensor", "shape": [16], "dtype": "bool"}]]}]
    error = exception(frames, "The size of tensor a (16) must match the size of tensor b (8) at non-singleton "
                      "dimension 3")
    found = raised_here(error, TORCH_SOURCE, set(), None)
    assert found is not None and found.relation == "raised_here"
    assert found.message.startswith("in f(), line 5: `x = torch.where(flip, x.flip(3), x)` raises the error")
    assert "`flip` is a bool tensor of shape (16,)" in found.message
    assert "torch lines shapes up from their last axis" in found.message and "(16, 1, 1, 1)" in found.message
    assert "`flip` is set at line 4: `flip = torch.rand(len(x)) < 0.5`" in found.message
    assert "torch.where" not in found.message.split("There,")[1].split(";")[0]  # (a library function as named)
    assert found.plain == ""  # (a hidden test: which line raised, on what, is not said)


def test_what_the_message_says_is_kept_after_the_line_under_its_own_name():
    frames = [{"function": "f", "line": 5, "at": [5, 8, 5, 39], "values": [
        [[5, 20, 5, 24], {"kind": "tensor", "shape": [16], "dtype": "bool"}]], "names": []}]
    explained = Finding("torch_error", "the error: something torch says.", "the error: plain words.")
    found = raised_here(exception(frames, "odd"), TORCH_SOURCE, set(), explained)
    assert found is not None and found.relation == "torch_error" and found.plain == "the error: plain words."
    assert "There, `flip` is a bool tensor of shape (16,)." in found.message
    assert found.message.endswith("`flip = torch.rand(len(x)) < 0.5`. The error: something torch says.")


def test_a_function_of_two_arrays_called_with_one_is_said_with_where_it_was_set():
    source = """import numpy as np

def stats(X, weights):
    act = {"relu": np.maximum}["relu"]
    for W in weights:
        X = act(X @ W)
    return X
"""
    frames = [{"function": "stats", "line": 6, "at": [6, 12, 6, 22], "values": [
        [[6, 12, 6, 15], {"kind": "function", "name": "numpy.maximum", "inputs": 2}],
        [[6, 16, 6, 21], {"kind": "array", "shape": [5, 3], "dtype": "float64"}]], "names": []}]
    error = StudentException("stats", "TypeError", "maximum() takes from 2 to 3 positional arguments but 1 was "
                             "given", "", raised_in=raised_frames(frames))
    found = raised_here(error, source, set(), None)
    assert found is not None
    assert "`act` is np.maximum, which takes 2 arrays, and the call gives it 1" in found.message
    assert "`act` is set at line 4" in found.message


def test_a_number_written_as_it_is_is_not_described():
    source = "def f(x):\n    return max(x, 0)\n"
    frames = [{"function": "f", "line": 2, "at": [2, 11, 2, 20], "values": [
        [[2, 15, 2, 16], {"kind": "array", "shape": [6, 7], "dtype": "float64"}],
        [[2, 18, 2, 19], {"kind": "number", "type": "int", "value": 0}]], "names": []}]
    found = raised_here(exception(frames, "The truth value of an array with more than one element is ambiguous"),
                        source, set(), None)
    assert found is not None and "There, `x` is a float64 array of shape (6, 7)." in found.message
    assert "`0`" not in found.message


def test_nothing_is_said_for_the_correct_codes_own_line_or_an_error_raised_on_purpose():
    frames = [{"function": "f", "line": 5, "at": [5, 8, 5, 39], "values": [
        [[5, 20, 5, 24], {"kind": "tensor", "shape": [16], "dtype": "bool"}]], "names": []}]
    assert raised_here(exception(frames, "odd"), TORCH_SOURCE, {"f"}, None) is None
    on_purpose = "def f(x):\n    if x < 0:\n        raise ValueError('negative')\n"
    frames = [{"function": "f", "line": 3, "at": [3, 14, 3, 36], "values": [
        [[3, 14, 3, 24], {"kind": "class", "name": "ValueError"}]], "names": []}]
    assert raised_here(exception(frames, "negative"), on_purpose, set(), None) is None


def test_spans_that_do_not_fit_the_source_say_nothing():
    frames = [{"function": "f", "line": 5, "at": [5, 8, 5, 39], "values": [
        [[50, 20, 50, 24], {"kind": "tensor", "shape": [16], "dtype": "bool"}]], "names": []}]
    assert raised_here(exception(frames, "odd"), TORCH_SOURCE, set(), None) is None
    frames = [{"function": "f", "line": 99, "at": None, "values": [], "names": []}]
    assert raised_here(exception(frames, "odd"), TORCH_SOURCE, set(), None) is None


def test_a_model_without_forward_is_said_by_name():
    from autograder.grading.torch_errors import torch_error
    found = torch_error('Module [Net] is missing the required "forward" function')
    assert found is not None and "class Net has no method named `forward`" in found.message


def test_a_graded_shape_error_says_the_line_and_what_met_there(tmp_path: Path):
    spec = load_assignment("a1_backprop")
    source = with_function(spec, """
def softmax(x):
    shifted = x - np.max(x, axis=1)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)
""")
    said = [d for t in graded(spec, source, tmp_path, select="softmax").values() for d in t.diagnoses
            if "raises the error" in d.message]
    assert said, "no line said for the broadcast error"
    message = said[0].message
    assert "`shifted = x - np.max(x, axis=1)` raises the error" in message
    assert "`np.max(x, axis=1)` is a float64 array of shape" in message


def test_an_arrays_method_and_a_class_called_are_not_taken_for_the_students_own(make_student):
    source = """import numpy as np

def unpool(out, shape):
    return out.reshape(2, 3, shape)

def helper(x):
    return x

def layers(n):
    made = [
        dict(a=1),
        np.zeros(n, dtype=np.float64).reshape(n, -1, 2),
    ]
    return made
"""
    error = raised(make_student, source, "unpool", np.ones((2, 3, 4)), [2, 2])
    values = frame_values(error.raised_in[0], source)
    assert values["out.reshape"] == {"kind": "function", "name": "ndarray.reshape"}  # (not "own")
    found = raised_here(error, source, set(), None)
    assert found is not None and "your function" not in found.message and "`out` is a float64 array" in \
        found.message
    stacked = "import numpy as np\n\ndef f(x):\n    return np.array([x, x[:1]])\n"
    found = raised_here(raised(make_student, stacked, "f", np.ones(3)), stacked, set(), None)
    assert found is not None and "`np`" not in found.message  # (a module is no operand)
    error = raised(make_student, source, "layers", 3)
    found = raised_here(error, source, set(), None)
    assert found is not None
    # (the line inside the statement written over several lines is quoted as it is, not the statement's first)
    assert found.message.startswith("in layers(), line 12: `np.zeros(n, dtype=np.float64).reshape(n, -1, 2),` raises")


def test_class_indices_handed_to_an_entrywise_loss_are_said_so():
    source = "import torch.nn.functional as F\n\ndef f(out, y):\n    return F.mse_loss(out, y.float())\n"
    frames = [{"function": "f", "line": 4, "at": [4, 11, 4, 37], "values": [
        [[4, 11, 4, 21], {"kind": "function", "name": "torch.mse_loss"}],
        [[4, 22, 4, 25], {"kind": "tensor", "shape": [64, 10], "dtype": "float32"}],
        [[4, 27, 4, 36], {"kind": "tensor", "shape": [64], "dtype": "float32"}]], "names": []}]
    error = exception(frames, "The size of tensor a (10) must match the size of tensor b (64) at non-singleton "
                      "dimension 1")
    found = raised_here(error, source, set(), None)
    assert found is not None
    assert "`F.mse_loss` compares `out` (64, 10) with `y.float()` (64,) entry by entry" in found.message
    assert "cross_entropy" in found.message and "give it the shape" not in found.message


def test_only_the_graded_modules_frames_are_described(tmp_path: Path):
    from autograder.sandbox.limits import Limits
    from autograder.sandbox.process import StudentProcess
    folder = tmp_path / "sub"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "layers.py").write_text("import numpy as np\n\n\n\ndef add(out, b):\n    return out + b\n")
    (folder / "sub.py").write_text("import numpy as np\nimport layers\n\n\ndef f(x, b):\n    z = x * 2\n"
                                   "    return layers.add(z, b)\n")
    for name in ("layers.py", "sub.py"):
        (folder / name).chmod(0o644)
    p = StudentProcess(folder, "sub", Limits(call_timeout_s=20.0))
    p.start()
    try:
        with pytest.raises(StudentException) as caught:
            p.call("f", np.ones((4, 2)), np.ones(7))
    finally:
        p.kill()
    assert [(f.function, f.line) for f in caught.value.raised_in] == [("f", 7)]  # (not layers.py's line 6)


def test_a_name_a_comprehension_binds_is_not_read_from_the_frame(make_student):
    source = """import numpy as np
x = np.zeros((10, 10))

def f(xs):
    return np.stack([x.sum(axis=0) for x in xs])
"""
    error = raised(make_student, source, "f", [np.ones((2, 3)), np.ones((2, 4))])
    assert "x" not in dict(error.raised_in[0].names)  # (the module's x is not the comprehension's)
    found = raised_here(error, source, set(), None)
    assert found is None or "`x`" not in found.message


def test_describing_writes_into_no_argument(make_student):
    source = """import numpy as np
a = np.ones(3)

def broken():
    return np.add(a, 1, a) + np.ones(4)

def after():
    return a
"""
    p = make_student(source)
    with pytest.raises(StudentException):
        p.call("broken")
    assert list(p.call("after")) == [2.0, 2.0, 2.0]  # (added to once, by the call; not again by its description)


def test_where_a_value_was_set_is_said_only_where_one_assignment_set_it_on_every_path():
    source = """import numpy as np

def loop(x, ws):
    h = x
    for w in ws:
        h = h @ w
    return h

def branch(x, w, train):
    if train:
        out = x @ w
    else:
        out = x
    return out + w

def once(x, w):
    z = x * 2
    return z + w
"""
    def said(function: str, line: int, at: list[int], left: str, right: str, shapes: tuple) -> str:
        lines = source.splitlines()
        col = lines[line - 1].index(left)
        end = lines[line - 1].index(right, col + len(left)) + len(right)
        frames = [{"function": function, "line": line, "at": [line, col, line, end], "values": [
            [[line, col, line, col + len(left)], {"kind": "array", "shape": list(shapes[0]), "dtype": "float64"}],
            [[line, end - len(right), line, end], {"kind": "array", "shape": list(shapes[1]), "dtype": "float64"}]],
            "names": []}]
        error = StudentException(function, "ValueError", "operands could not be broadcast together with shapes "
                                 f"({','.join(map(str, shapes[0]))}) ({','.join(map(str, shapes[1]))}) ", "",
                                 raised_in=raised_frames(frames))
        found = raised_here(error, source, set(), None)
        assert found is not None
        return found.message
    assert "is set at line" not in said("branch", 14, [], "out", "w", ((4, 5), (3, 5)))  # (two assignments)
    assert "`z` is set at line 17: `z = x * 2`" in said("once", 18, [], "z", "w", ((4, 2), (7,)))


def test_a_pair_is_explained_only_where_the_error_names_its_shapes():
    frames = [{"function": "f", "line": 5, "at": [5, 8, 5, 39], "values": [
        [[5, 20, 5, 24], {"kind": "tensor", "shape": [16], "dtype": "bool"}],
        [[5, 26, 5, 35], {"kind": "tensor", "shape": [16, 3, 8, 8], "dtype": "float32"}]], "names": []}]
    error = exception(frames, "The size of tensor a (5) must match the size of tensor b (9) at non-singleton "
                      "dimension 1")
    found = raised_here(error, TORCH_SOURCE, set(), None)
    assert found is not None and "do not broadcast" not in found.message  # (not the pair that met)


def test_two_lines_that_raised_are_two_diagnoses():
    from autograder.grading.diagnosis import grouped
    one = Finding("raised_here", "in f(), line 3: ...", "", claim="f:3:raised")
    two = Finding("raised_here", "in g(), line 9: ...", "", claim="g:9:raised")
    assert len(grouped([("f()", one), ("g()", two)])) == 2
    assert len(grouped([("f()", one), ("f() again", one)])) == 1


def test_a_container_of_layers_called_as_a_model_is_said_so_and_numbers_by_their_type():
    from autograder.grading.raised_line import described
    from autograder.grading.torch_errors import torch_error
    from autograder.sandbox.raised import ValueSeen
    found = torch_error('Module [ModuleList] is missing the required "forward" function')
    assert found is not None and "has no method named" not in found.message and "nn.Sequential" in found.message
    assert described(ValueSeen(kind="number", type="float", value=4.0)) == "a float (4.0)"
    assert described(ValueSeen(kind="number", type="int", value=4.0)) == "an int (4)"
    assert described(ValueSeen(kind="number", type="bool", value=1.0)) == "a bool (True)"


def test_a_class_written_as_the_solution_writes_it_but_for_docstrings_is_the_solutions():
    """A class whose code is the solution's, its docstrings changed or dropped: its line is the correct code's own
    (the cause is upstream); a class whose code differs is the student's, and its line is said."""
    solution = '''import torch


class Net:
    """The solution's words."""

    def f(self, x):
        """Flip half of the images."""
        flip = torch.rand(len(x)) < 0.5
        return torch.where(flip, x.flip(3), x)
'''
    mine = solution.replace('    """The solution\'s words."""\n', "").replace("Flip half", "Flips half")
    frames = [{"function": "f", "line": 9, "at": [9, 15, 9, 46], "values": [
        [[9, 15, 9, 26], {"kind": "function", "name": "torch.where"}],
        [[9, 27, 9, 31], {"kind": "tensor", "shape": [16], "dtype": "bool"}]], "names": []}]
    error = exception(frames, "The size of tensor a (16) must match the size of tensor b (3) at non-singleton "
                              "dimension 3")
    assert mine.splitlines()[8].strip().startswith("return torch.where(flip")
    assert raised_here(error, mine, set(), None, solution) is None
    changed = mine.replace("x.flip(3), x)", "x.flip(3), x)  # keep")  # (a comment: still the solution's code)
    assert raised_here(error, changed, set(), None, solution) is None
    other = mine.replace("< 0.5", "< 0.25")
    assert raised_here(error, other, set(), None, solution) is not None


def test_a_module_too_deep_to_read_says_nothing_and_raises_nothing():
    """A method whose expression parses but whose tree recurses too far when compared: nothing said, no error."""
    deep = "class Net:\n    def f(self, x):\n        return " + " + ".join(["x"] * 1200) + "\n"
    frames = [{"function": "f", "line": 3, "at": [3, 15, 3, 20], "values": [], "names": []}]
    assert raised_here(exception(frames, "odd"), deep, set(), None, "class Net:\n    pass\n") is None


def test_a_float64_tensor_beside_float32_ones_is_said_by_name_not_as_the_input():
    """cross_entropy handed class weights made with torch.tensor from NumPy's float64 (hold-out 62's rk6: "the input
    is float64 ... convert it", false: the logits are float32): the float64 tensor is named, with where it is made."""
    from autograder.grading.torch_errors import torch_error
    source = ("import torch\nimport torch.nn.functional as F\n\ndef f(logits, y, counts):\n"
              "    w = torch.tensor(1.0 / counts)\n    return F.cross_entropy(logits, y, weight=w)\n")
    frames = [{"function": "f", "line": 6, "at": [6, 11, 6, 47], "values": [
        [[6, 11, 6, 26], {"kind": "function", "name": "torch.cross_entropy"}],
        [[6, 27, 6, 33], {"kind": "tensor", "shape": [64, 10], "dtype": "float32"}],
        [[6, 35, 6, 36], {"kind": "tensor", "shape": [64], "dtype": "int64"}],
        [[6, 45, 6, 46], {"kind": "tensor", "shape": [10], "dtype": "float64"}]], "names": []}]
    message = "expected scalar type Float but found Double"
    found = raised_here(exception(frames, message), source, set(), torch_error(message))
    assert found is not None and found.relation == "torch_error"
    assert "`w` is float64" in found.message and "the input is float64" not in found.message
    assert "`w` is set at line 5: `w = torch.tensor(1.0 / counts)`" in found.message


def test_images_handed_to_a_loss_as_its_labels_are_said_so():
    """cross_entropy(model(xb), yb) where yb is a batch of images (hold-out 64's rm6: X and y taken in another
    order; said as labels of (N, 1) or one-hot rows). A (N, 1) column of labels is not images."""
    source = "import torch.nn.functional as F\n\ndef f(model, xb, yb):\n    return F.cross_entropy(model(xb), yb)\n"

    def said(shape: list[int], dtype: str) -> str:
        frames = [{"function": "f", "line": 4, "at": [4, 11, 4, 41], "values": [
            [[4, 11, 4, 26], {"kind": "function", "name": "torch.nn.functional.cross_entropy"}],
            [[4, 27, 4, 36], {"kind": "tensor", "shape": [64, 10], "dtype": "float32"}],
            [[4, 38, 4, 40], {"kind": "tensor", "shape": shape, "dtype": dtype}]], "names": []}]
        found = raised_here(exception(frames, "0D or 1D target tensor expected, multi-target not supported"),
                            source, set(), None)
        assert found is not None
        return found.message

    assert "`yb`, a float32 tensor of shape (64, 1, 8, 8), is a batch of images where the loss wants the labels" in \
        said([64, 1, 8, 8], "float32")
    assert "batch of images" not in said([64, 1], "int64")
