"""The one edit of a student's own function that repairs a failing call (grading/repair.py), the child's "edited"
request that makes the edited call in the sandbox, and the diagnosis it gives where nothing else is found."""
from __future__ import annotations

import copy
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading import diagnosis, repair
from autograder.grading.budget import Budget
from autograder.grading.departure import output_target, return_target
from autograder.results import Tolerance, without_numbers
from autograder.sandbox.process import TracedCall
from autograder.sandbox.wire import Handle
from tests.test_diagnosis import graded, with_function

TOL = Tolerance(rtol=1e-7, atol=1e-10)


def local_edited(calls: list[str] | None = None) -> repair.EditedCall:
    """The edited call made here (the test's own code): the def run in a namespace of its own."""
    def edited(function: str, text: str, line: int, args: list[Any], after: bool, wall_s: float) -> TracedCall:
        if calls is not None:
            calls.append(text)
        namespace: dict[str, Any] = {"np": np}
        exec(compile("\n" * (line - 1) + text, "<student>", "exec"), namespace)  # noqa: S102 - the test's code
        args = copy.deepcopy(args)
        try:
            with np.errstate(all="ignore"):
                value, error = namespace[function](*args), None
        except Exception as e:  # noqa: BLE001 - as the child reports it
            value, error = None, e
        return TracedCall(value, error, [], set(), False,
                          after=[dict(a) if isinstance(a, dict) else None for a in args] if after else None)
    return edited


def right_of(source: str, function: str):
    namespace: dict[str, Any] = {"np": np}
    exec(compile(source, "<solution>", "exec"), namespace)  # noqa: S102 - the test's own code
    fn = namespace[function]
    return lambda arguments: fn(**copy.deepcopy(arguments))


def repaired(student: str, solution: str, function: str, arguments: dict[str, Any], deadline: Budget | None = None,
             calls: list[str] | None = None):
    right = right_of(solution, function)
    mine = right_of(student, function)(arguments)
    expected = right(arguments)
    target = output_target(lambda value: value, mine, expected, TOL)
    found = repair.one_edit_repair(function, student, arguments, target, "out", local_edited(calls), right,
                                   telling=True, deadline=deadline or Budget(30))
    return repair.said_repair(None, found, function)


def test_an_edit_that_repairs_the_call_and_others_is_said_with_its_line():
    student = '''import numpy as np


def column_means(x):
    totals = x.sum(axis=1)
    return totals / x.shape[0]
'''
    solution = '''
def column_means(x):
    return x.sum(axis=0) / x.shape[0]
'''
    x = np.random.default_rng(1).normal(size=(4, 4))
    found = repaired(student, solution, "column_means", {"x": x})
    assert found is not None and found.relation == "one_edit", found
    assert "line 5 reads `totals = x.sum(axis=1)`; written `totals = x.sum(axis=0)`, your function returns the " \
        "expected out on this test's call and on 2 other sets of arguments" in found.message
    assert found.plain == ""  # (the quoted line holds a number: a hidden test shows nothing of it)


def test_an_edit_that_repairs_only_the_failing_call_is_not_said():
    """2.0 -> 4.0 gives the right value where c is 4.0, but not where c is ten times as large: a coincidence."""
    student = '''
def shifted(x, c):
    return x + 2.0
'''
    solution = '''
def shifted(x, c):
    return x + c
'''
    x = np.random.default_rng(2).normal(size=5)
    assert repaired(student, solution, "shifted", {"x": x, "c": 4.0}) is None
    # ... where the setting is used, the edit that puts it there is said
    found = repaired(student.replace("2.0", "c * 2.0"), solution, "shifted", {"x": x, "c": 4.0})
    assert found is not None and "written `return x + c`" in found.message, found


def test_two_steps_in_the_other_order_are_said_as_such():
    student = '''
def receptive_field(kernel_sizes, strides):
    size, jump = 1, 1
    for k, s in zip(kernel_sizes, strides):
        jump = jump * s
        size = size + (k - 1) * jump
    return size
'''
    solution = '''
def receptive_field(kernel_sizes, strides):
    r, jump = 1, 1
    for k, s in zip(kernel_sizes, strides):
        r += (k - 1) * jump
        jump *= s
    return r
'''
    right = right_of(solution, "receptive_field")
    arguments = {"kernel_sizes": [3, 3, 5], "strides": [2, 1, 2]}
    target = return_target(right_of(student, "receptive_field")(arguments), right(arguments), TOL)
    repaired = repair.one_edit_repair("receptive_field", student, arguments, target, "receptive field",
                                      local_edited(), right, telling=False, deadline=Budget(30))
    found = repair.said_repair(None, repaired, "receptive_field")
    assert found is not None, "no edit found"
    assert "the two steps in the other order" in found.message and "`jump = jump * s`" in found.message
    # (other sizes: the kernels, the strides one and two larger, one more layer)
    assert int(re.search(r"on (\d+) other sets of arguments", found.message).group(1)) >= 4


def test_nothing_is_edited_in_a_function_with_a_while_loop_or_a_decorator():
    assert repair.edits_of("def f(x):\n    while x > 1:\n        x = x / 2\n    return x\n", "f") == []
    assert repair.edits_of("import functools\n\n\n@functools.cache\ndef f(x):\n    return x + 1\n", "f") == []
    assert repair.edits_of("def f(x):\n    return x + 1\n", "g") == []
    assert repair.edits_of("def f(x:\n", "f") == []
    assert repair.edits_of("def f(x):\n    return x + 1\n", "f")  # (a function it may edit)


def test_no_edit_is_tried_once_the_budget_is_spent():
    student = "def f(x):\n    return x.sum(axis=1)\n"
    solution = "def f(x):\n    return x.sum(axis=0)\n"
    calls: list[str] = []
    spent = Budget(0.0)
    assert repaired(student, solution, "f", {"x": np.eye(3) + 0.5}, deadline=spent, calls=calls) is None
    assert calls == []


def test_the_edited_call_runs_in_the_sandbox_on_the_modules_globals_without_changing_them(make_student):
    p = make_student("import numpy as np\n"
                     "SCALE = 3.0\n"
                     "calls = []\n"
                     "def f(x):\n"
                     "    calls.append(1)\n"
                     "    return x * SCALE\n"
                     "def count():\n"
                     "    return len(calls)\n")
    x = np.arange(3.0)
    made = p.edited_call("f", "def f(x):\n    global SCALE\n    SCALE = 5.0\n    return x * SCALE + 1\n", 4, [x])
    assert made.error is None and np.array_equal(made.value, x * 5.0 + 1)
    assert np.array_equal(p.call("f", x), x * 3.0)  # the module's own f and SCALE, as they were
    # an edit that names another function, or does not compile, is an error of the call, not a crash
    assert p.edited_call("f", "def g(x):\n    return x\n", 4, [x]).error is not None
    assert p.edited_call("f", "def f(x:\n", 4, [x]).error is not None
    raised = p.edited_call("f", "def f(x):\n    return x[10]\n", 4, [x])
    assert raised.error is not None and "IndexError" in str(raised.error)
    state = p.edited_call("f", "def f(d):\n    d['k'] = 2.0\n    return 1.0\n", 4, [{"k": 1.0}], after=True)
    assert state.error is None and state.after == [{"k": 2.0}]


def test_a_mistake_nothing_else_locates_is_repaired_in_the_students_own_code(tmp_path: Path, monkeypatch):
    """End to end, through the sandbox: the layers' steps in the other order (each layer's growth scaled by its own
    stride as well), said as the edit that repairs them; the plain words a hidden test shows carry no number."""
    monkeypatch.setattr(diagnosis, "REPAIR_BUDGET_S", 6.0)  # (what is said, not how fast, on a busy machine)
    spec = load_assignment("a3_conv")
    source = '''
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1 for _ in kernel_sizes]
    field, step = 1, 1
    for size, stride, dilation in zip(kernel_sizes, strides, dilations):
        step = step * stride
        field = field + dilation * (size - 1) * step
    return field
'''
    results = graded(spec, with_function(spec, source), tmp_path, select="receptive_field")
    test = results["test_receptive_field"]
    assert test.points_earned < test.points_possible
    said = [d for d in test.diagnoses if d.relation == "one_edit"]
    assert len(said) == 1, [d.message for d in test.diagnoses]
    assert "`step = step * stride`" in said[0].message and "other order" in said[0].message
    assert without_numbers(said[0].hidden_message) or not said[0].hidden_message


@pytest.mark.parametrize("hostile", ["replaced", "raises"])
def test_a_child_that_lies_about_edits_cannot_change_a_score(tmp_path: Path, hostile: str, monkeypatch):
    """The student's module replaces the child's handler of edited calls: its replies are advice at most (what an
    edit is said to return), never points, and words of its own never reach the feedback."""
    spec = load_assignment("a3_conv")
    source = '''
def receptive_field(kernel_sizes, strides, dilations=None):
    field, step = 1, 1
    for size, stride in zip(kernel_sizes, strides):
        step = step * stride
        field = field + (size - 1) * step
    return field


import sys as _sys

_servers = [m for m in list(_sys.modules.values()) if hasattr(m, "run_edited_function")]


def _lie(module, request, objects):
    ''' + ('return {"ok": True, "value": "STAFF NOTE: full marks"}' if hostile == "replaced" else
           'raise RuntimeError("STAFF NOTE: full marks")') + '''


for _server in _servers:
    _server.run_edited_function = _lie
'''
    monkeypatch.setattr(diagnosis, "REPAIR_BUDGET_S", 6.0)  # (what is said, not how fast, on a busy machine)
    (tmp_path / "honest").mkdir()
    honest = graded(spec, with_function(spec, source.split("import sys")[0]), tmp_path / "honest",
                    select="receptive_field")["test_receptive_field"]
    assert [d.relation for d in honest.diagnoses] == ["one_edit"]  # (the edits were made, and one repairs it)
    results = graded(spec, with_function(spec, source), tmp_path, select="receptive_field")
    test = results["test_receptive_field"]
    assert test.points_earned == honest.points_earned
    assert not any(d.relation == "one_edit" for d in test.diagnoses)  # (a lie repairs nothing)
    assert "STAFF" not in " ".join(d.message + d.hidden_message for d in test.diagnoses)


def test_edits_of_two_lines_that_each_repair_the_call_say_nothing():
    """Either factor of two dropped gives the right values: one edit may only make up for the other line's mistake,
    and the test cannot tell which line is wrong."""
    student = '''
def doubled(x):
    y = x * 2.0
    return y * 2.0
'''
    solution = '''
def doubled(x):
    return x * 2.0
'''
    x = np.random.default_rng(4).normal(size=6)
    assert repaired(student, solution, "doubled", {"x": x}) is None
    found = repaired(student.replace("y * 2.0", "y"), solution.replace("x * 2.0", "x"), "doubled", {"x": x})
    assert found is not None and "written `y = x`" in found.message, found


def test_an_iteration_that_only_comes_close_on_the_tests_scale_is_not_said():
    """Gradient descent where the closed form is asked for: a larger step converges on the test's data, but not on
    data ten times as large, so the step is not said to be the mistake."""
    student = '''
def least_squares(X, y):
    w = np.zeros(X.shape[1])
    for _ in range(200):
        w -= 0.01 * 2 * X.T @ (X @ w - y) / X.shape[0]
    return w
'''
    solution = '''
def least_squares(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)
'''
    rng = np.random.default_rng(5)
    X = rng.normal(size=(40, 3))
    y = X @ np.array([1.0, -2.0, 0.5]) + 0.1 * rng.normal(size=40)
    assert repaired(student, solution, "least_squares", {"X": X, "y": y}) is None


def test_an_edit_that_turns_a_condition_round_is_not_said():
    """`!=` for `==` makes a misspelt word's test hold on every call tried, and so would it send a 2-D shape through
    the code meant for kernels where that gives the right fans by chance: an edit that turns a condition round says
    nothing of where the mistake is."""
    student = '''
def normalized(x, mode="standardize"):
    x = x - x.mean()
    if mode == "standardise":
        x = x / x.std()
    return x
'''
    solution = student.replace('"standardise"', '"standardize"')
    x = np.random.default_rng(6).normal(size=8)
    assert repaired(student, solution, "normalized", {"x": x, "mode": "standardize"}) is None
    # (nor in a test written inside an expression)
    flag = student.replace('    if mode == "standardise":\n        x = x / x.std()\n',
                           '    scale = x.std() if mode == "standardise" else 1.0\n    x = x / scale\n')
    assert "    if mode" not in flag
    assert repaired(flag, solution, "normalized", {"x": x, "mode": "standardize"}) is None


def test_no_edit_of_an_ifs_condition_is_said():
    """`x.ndim >= 1` for `x.ndim > 1` sends a vector through the right batched branch, where the vector's own branch
    is the wrong one: an edit of a condition may only choose another branch, so none is tried (nor a bound's), and
    the edit of the wrong branch is said alone (with the condition's, two lines would repair it: nothing said)."""
    student = '''
def softmax(x):
    if x.ndim > 1:
        e = np.exp(x - x.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)
    return np.exp(x) / np.exp(x).sum() * 2.0
'''
    solution = '''
def softmax(x):
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
'''
    x = np.random.default_rng(13).normal(size=5)
    found = repaired(student, solution, "softmax", {"x": x})
    assert found is not None and "written `return np.exp(x) / np.exp(x).sum()`" in found.message, found


def test_an_edit_whose_return_comes_back_as_a_handle_repairs_nothing():
    """np.zeros_like(config) makes arrays of objects, which the child keeps and sends back as handles: numbers not
    compared are no evidence that an edit repairs the call."""
    student = '''
def scaled(w, config):
    cache = np.zeros_like(w) + w * w
    return w / (cache + 2.0)
'''
    solution = '''
def scaled(w, config):
    return w / 5.0
'''
    right = right_of(solution, "scaled")
    arguments = {"w": np.random.default_rng(8).normal(size=3), "config": {"k": 1.0}}
    target = return_target(right_of(student, "scaled")(arguments), right(arguments), TOL)

    def edited(function, text, line, args, after, wall_s):  # (as the wire sends an array of objects back)
        call = local_edited()(function, text, line, args, after, wall_s)
        kept = isinstance(call.value, np.ndarray) and call.value.dtype.hasobject
        return replace(call, value=Handle(1, "numpy.ndarray")) if kept else call

    assert repair.one_edit_repair("scaled", student, arguments, target, "out", edited, right, telling=True,
                                  deadline=Budget(30)) == []
    # (without the rule, np.zeros_like(config) would be said to repair it: a handle compares as agreeing)
    assert return_target(0, right(arguments), TOL).repaired((Handle(1, "numpy.ndarray")))


def test_an_equality_in_a_condition_is_not_edited_into_another_branch():
    """`len(shape) == 3` for `== 2` sends a 2-D shape through the branch for kernels, whose product of no sizes gives
    the right fans by chance where the 2-D branch has them swapped: the condition is not the mistake."""
    student = '''
def fans(shape):
    if len(shape) == 2:
        return shape[1], shape[0]
    receptive = int(np.prod(shape[2:]))
    return shape[0] * receptive, shape[1] * receptive
'''
    solution = '''
def fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = int(np.prod(shape[2:]))
    return shape[1] * receptive, shape[0] * receptive
'''
    assert repaired(student, solution, "fans", {"shape": (5, 3)}) is None
    line = "n_out, n_in = (shape[1], shape[0]) if len(shape) == 2 else (shape[0], shape[1])"
    assert repair._inside_a_test(line, line.replace("== 2", "== 3"))
    assert not repair._inside_a_test(line, line.replace("(shape[1], shape[0])", "(shape[0], shape[1])", 1))
    assert repair._inside_a_test("if mode in ('a', 'b'):", "if mode in ('a', 'c'):")
    assert not repair._inside_a_test("if n <= 0:", "if n < 0:")
    assert repair._inside_a_test("s = x if x.ndim > 1 else y", "s = x if x.ndim >= 1 else y")  # (a ternary's test)
    assert not repair._inside_a_test("s = x * 2 if x.ndim > 1 else y", "s = x * 3 if x.ndim > 1 else y")


def test_a_comparison_turned_the_other_way_is_no_edit_but_the_step_it_guards_is():
    """`<` for `>` keeps a step from running on every call tried; what repairs the call is the step's factor left out
    (the only edit then: one line)."""
    student = '''
def doubled_when_positive(x, limit):
    if limit > 0:
        x = x * 2.0
    return x
'''
    solution = '''
def doubled_when_positive(x, limit):
    return x
'''
    x = np.random.default_rng(9).normal(size=4)
    found = repaired(student, solution, "doubled_when_positive", {"x": x, "limit": 3})
    assert found is not None and "line 4 reads `x = x * 2.0`; written `x = x`" in found.message, found


def test_a_fix_right_for_one_rank_of_shape_or_one_value_of_a_default_is_not_said():
    """shape[-2] for the input channels is right for a 1-D kernel (out, in, k) only: a shape with one more axis tells;
    and a parameter that is True by default (bias) put for another name stands for the number 1, not for itself."""
    student = '''
def fan_in(shape):
    in_channels = shape[-3]
    return in_channels * int(np.prod(shape[2:]))
'''
    solution = '''
def fan_in(shape):
    return shape[1] * int(np.prod(shape[2:]))
'''
    assert repaired(student, solution, "fan_in", {"shape": (8, 6, 5)}) is None
    assert repaired(student.replace("shape[-3]", "shape[-2]"), solution, "fan_in", {"shape": (8, 6, 5)}) is None
    student = '''
def depthwise_count(channels, k, bias=True):
    return channels * channels * k * k + (channels if bias else 0)
'''
    solution = '''
def depthwise_count(channels, k, bias=True):
    return channels * k * k + (channels if bias else 0)
'''
    found = repaired(student, solution, "depthwise_count", {"channels": 6, "k": 3})
    assert found is not None and "written `return channels * k * k + (channels if bias else 0)`" in found.message
    assert repair._neutral_parameters(student, "depthwise_count", [6, 3]) == {"bias"}  # (True by default)
    assert repair._neutral_parameters(student, "depthwise_count", [1, 3, False]) == {"channels", "bias"}


def test_an_equality_inside_an_expression_is_not_edited_either():
    student = '''
def fans(shape):
    n_out, n_in = (shape[1], shape[0]) if len(shape) == 2 else (shape[0], shape[1])
    k = int(np.prod(shape[2:]))
    return n_in * k, n_out * k
'''
    solution = '''
def fans(shape):
    k = int(np.prod(shape[2:]))
    return (shape[0], shape[1]) if len(shape) == 2 else (shape[1] * k, shape[0] * k)
'''
    assert repaired(student, solution, "fans", {"shape": (5, 3)}) is None


def test_the_state_a_call_returns_is_carried_to_a_next_call_and_flags_left_to_defaults_are_flipped():
    """A leaky cache, 0.99 * cache + 0.01 * g * g: on a first step the cache is zeros and dropping 0.01 gives the
    right step; carried to the next call (the config the correct code returns, given back) it does not. And a flag the
    call leaves to its default (bias=True) is tried the other way, so that `True` written for it is no repair."""
    def adagrad(w, dw, config=None):
        config = dict(config or {})
        cache = config.get("cache", np.zeros_like(w)) + dw * dw
        config["cache"] = cache
        return w - 0.1 * dw / (np.sqrt(cache) + 1e-8), config

    w = np.random.default_rng(10).normal(size=4)
    carried = diagnosis.carried_state(adagrad, {"w": w, "dw": w, "config": None})
    assert len(carried) == 1 and np.allclose(carried[0]["config"]["cache"], w * w)
    carried = diagnosis.carried_state(adagrad, {"w": w, "dw": w})  # (config left to its default)
    assert len(carried) == 1 and set(carried[0]) == {"w", "dw", "config"}
    assert diagnosis.carried_state(lambda x: x * 2, {"x": w}) == []  # (no state: nothing carried)

    def count(channels, k, bias=True, groups=1):
        return channels * k * k // groups + (channels if bias else 0)

    assert diagnosis.defaults_flipped(count, {"channels": 4, "k": 3}) == [{"channels": 4, "k": 3, "bias": False}]


def test_an_edit_right_only_on_a_first_step_is_not_said_once_the_state_is_carried():
    student = '''
def adagrad(w, dw, config=None):
    config = dict(config or {})
    cache = config.get("cache", np.zeros_like(w))
    cache = 0.99 * cache + 0.01 * dw * dw
    config["cache"] = cache
    return w - 0.1 * dw / (np.sqrt(cache) + 1e-8), config
'''
    solution = student.replace("0.99 * cache + 0.01 * dw * dw", "cache + dw * dw")
    right = right_of(solution, "adagrad")
    arguments = {"w": np.random.default_rng(11).normal(size=4), "dw": np.random.default_rng(12).normal(size=4),
                 "config": None}
    target = output_target(lambda value: value[0], right_of(student, "adagrad")(arguments)[0],
                           right(arguments)[0], TOL)
    namespace: dict[str, Any] = {"np": np}
    exec(compile(solution, "<solution>", "exec"), namespace)  # noqa: S102 - the test's own code

    def found(also):
        return repair.one_edit_repair("adagrad", student, arguments, target, "w", local_edited(), right, telling=True,
                                      deadline=Budget(30), also=also)

    first_step_only = found(())
    assert [r.mutant.after.strip() for r in first_step_only] == ["cache = 0.99 * cache + dw * dw"]
    assert found(diagnosis.carried_state(namespace["adagrad"], arguments)) == []


def test_edits_of_several_lines_are_said_only_after_a_departure_at_one_of_them():
    from autograder.grading.relations import Finding

    source = "def f(x):\n    y = x * 2.0\n    return y * 2.0\n"
    dropped = {m.line: repair.Repair("f", m, "out") for m, _, _ in repair.edits_of(source, "f")
               if m.operator == "drop_factor" and m.after.strip() in ("y = x", "return y")}
    assert sorted(dropped) == [2, 3]
    at_line_2 = Finding("departure", "in f(), the first value of yours ... `y`, set by line 2: the mistake is in that "
                        "line.", "", claim="f:2:y")
    said = repair.said_repair(at_line_2, [dropped[3], dropped[2]], "f")
    assert said is not None and said.relation == "departure"
    assert said.message.endswith("One change repairs it: written `y = x`, your function returns the expected out on "
                                 "this test's call.")
    elsewhere = Finding("departure", "in f(), line 5 ...", "", claim="f:5:z")
    assert repair.said_repair(elsewhere, [dropped[3], dropped[2]], "f") is elsewhere
    assert repair.said_repair(None, [dropped[3], dropped[2]], "f") is None
    alone = repair.said_repair(elsewhere, [dropped[3]], "f")  # (one line alone: said in the departure's place)
    assert alone is not None and alone.relation == "one_edit" and "line 3 reads `return y * 2.0`" in alone.message
    kept = Finding("kept_state", "your f() keeps state", "")
    assert repair.said_repair(kept, [dropped[3]], "f") is kept


def test_a_negative_numbers_sign_is_an_edit_with_confusions_only():
    """np.exp(-2 * log_std) where np.exp(2 * log_std) is meant (the precision for the variance): tried by the slips
    and the repairs (confusions), not by the mutation audit, whose mutants stay as they were."""
    from autograder.grading.mutants import function_mutants

    source = "def variance(log_std):\n    return np.exp(-2 * log_std)\n"
    assert "return np.exp(2 * log_std)" in {m.after for m in function_mutants(source, "variance", confusions=True)}
    assert "return np.exp(2 * log_std)" not in {m.after for m in function_mutants(source, "variance")}


def test_an_edit_is_not_tried_where_the_function_calls_another_the_student_changed():
    """A factor missing in the student's helper is made up for by the caller's constant: the caller is not edited."""
    source = "def helper(n):\n    return n\n\n\ndef caller(x):\n    return 3.0 * helper(x)\n"
    assert repair.calls_functions_of(source, "caller", {"helper"})
    assert not repair.calls_functions_of(source, "caller", {"other"})
    assert not repair.calls_functions_of(source, "helper", {"caller"})


def test_a_return_of_no_numbers_or_a_part_of_a_statement_over_lines_is_no_repair():
    assert not repair._numbers_compared(None, None) and not repair._numbers_compared((True, "a"), (True, "a"))
    assert repair._numbers_compared((np.ones(2), "a"), (np.ones(2), "a"))
    source = "def f(x, b):\n    y = np.maximum(0,\n                   x + b)\n    return y * 2.0\n"
    fragments = [m for m, _, _ in repair.edits_of(source, "f") if m.before in ("x + b)", "y = np.maximum(0,")]
    assert fragments and all(repair._turns_a_condition(m) for m in fragments)  # (`x + b)` alone is no code)
    assert not any(repair._turns_a_condition(m) for m, _, _ in repair.edits_of(source, "f") if m.line == 4)


def test_a_function_too_large_to_edit_cheaply_is_not_edited():
    table = ", ".join(str(k) for k in range(1200))
    assert repair.edits_of(f"def f(x):\n    t = [{table}]\n    return x * t[1]\n", "f") == []
    assert repair.edits_of("def f(x):\n    t = [1, 2]\n    return x * t[1]\n", "f")


def test_an_edit_right_only_before_a_schedules_first_decay_is_not_said_on_the_tests_later_steps(
        tmp_path: Path, monkeypatch):
    """step_lr decaying one period early: its first failing call is step 0, where `return base_lr` gives the right
    rate, and steps 1 and 2 (a setting one and two larger) are still before the first decay; the test's later steps
    (its other calls, spread over it) are not: the edit said is the count's."""
    monkeypatch.setattr(diagnosis, "REPAIR_BUDGET_S", 6.0)  # (what is said, not how fast, on a busy machine)
    calls = [diagnosis.Call("step_lr", {"base_lr": 0.1, "step": s, "step_size": 7, "gamma": 0.5}, 0.0, s)
             for s in range(30)]
    spread = diagnosis.sibling_arguments(calls, "step_lr", calls[0].arguments)
    assert [a["step"] for a in spread] == [1, 7, 12, 18, 23, 29]  # (the call itself left out)
    assert diagnosis.sibling_arguments(calls[:3], "step_lr", calls[0].arguments) == \
        (calls[1].arguments, calls[2].arguments)
    spec = load_assignment("a2_optim")
    source = '''
def step_lr(base_lr, step, step_size, gamma=0.1):
    epoch_block = step // step_size + 1
    return base_lr * gamma ** epoch_block
'''
    results = graded(spec, with_function(spec, source), tmp_path, select="default_settings")
    said = [d.message for r in results.values() for d in r.diagnoses if d.relation == "one_edit"]
    assert said and all("written `epoch_block = step // step_size`" in m for m in said), said
    assert not any("return base_lr`" in d.message for r in results.values() for d in r.diagnoses)


def test_a_store_of_state_read_back_whose_deletion_repairs_says_where_the_value_is_used():
    """A step count kept in config and divided into the cache (the root of the mean of the squares, not of their
    sum): without the store, t is 1 at every call and the function is Adagrad; the mistake is where t is used."""
    student = '''import numpy as np


def adagrad(w, dw, config=None):
    config = dict(config or {})
    t = config.get("t", 0) + 1
    cache = config.get("cache", np.zeros_like(w)) + dw ** 2
    config["cache"] = cache
    config["t"] = t
    next_w = w - 0.1 * dw / (np.sqrt(cache / t) + 1e-8)
    return next_w, config
'''
    solution = '''
def adagrad(w, dw, config=None):
    config = dict(config or {})
    cache = config.get("cache", np.zeros_like(w)) + dw ** 2
    config["cache"] = cache
    return w - 0.1 * dw / (np.sqrt(cache) + 1e-8), config
'''
    rng = np.random.default_rng(13)
    w, dw = rng.normal(size=4), rng.normal(size=4)
    arguments = {"w": w, "dw": dw, "config": None}  # (the first step: the config it returns holds t, as well)
    right = right_of(solution, "adagrad")
    target = return_target(right_of(student, "adagrad")(arguments), right(arguments), TOL)
    found = repair.said_repair(None, repair.one_edit_repair("adagrad", student, arguments, target, "w",
                                                            local_edited(), right, telling=True,
                                                            deadline=Budget(30)), "adagrad")
    assert found is not None and found.relation == "one_edit", found
    assert "without `config[\"t\"] = t` at line 9, which keeps `config[\"t\"]` for the next call (without it, " \
        "line 6 never reads a value an earlier call left)" in found.message, found.message
    assert found.message.endswith("the mistake is most likely where `t` is used: line 10."), found.message
    assert found.plain == ""  # (the quoted line holds a string, text the student chose: a hidden test shows none)
    # a store the function does not read back is said as a step, as before
    deleted = repair.one_edit_repair("adagrad", student, arguments, target, "w", local_edited(), right, telling=True,
                                     deadline=Budget(30))[0].mutant
    assert repair._read_back(student.replace('config.get("t", 0) + 1', "1"), "adagrad", deleted) is None
    # ... nor one read after the store in the same call (the store is what is read), nor a dict the call made and
    # dropped (nothing is kept for a next call)
    later = student.replace('    t = config.get("t", 0) + 1\n', "    t = 1\n").replace(
        '    config["t"] = t\n', '    config["t"] = t\n    t = config.get("t", 0) + 1\n')
    assert repair._read_back(later, "adagrad", deleted) is None
    own = student.replace("config = dict(config or {})", "state = dict(config or {})").replace(
        'config.get("t", 0)', 'state.get("t", 0)').replace('config["t"] = t', 'state["t"] = t')
    assert repair._read_back(own, "adagrad", deleted.model_copy(update={"before": '    state["t"] = t'})) is None


def test_an_edit_that_would_break_a_call_of_a_test_that_passed_is_not_said(tmp_path: Path, monkeypatch):
    """A flatten written for 3-D inputs, x.reshape(len(x), x.shape[1] * x.shape[2]): the MLP tests' 2-D inputs raise,
    and `x.reshape(len(x), x.shape[1])` would repair them, but would break the 3-D inputs of test_affine_forward,
    which the student's code passes (hold-out 60's ri1: said as the repair). The calls of the tests passed are kept
    right by any edit said."""
    monkeypatch.setattr(diagnosis, "REPAIR_BUDGET_S", 6.0)  # (what is said, not how fast, on a busy machine)
    spec = load_assignment("a1_backprop")
    source = '''
def affine_forward(x, w, b):
    flat = x.reshape(len(x), x.shape[1] * x.shape[2])
    return flat @ w + b, (x, w, b)
'''
    results = graded(spec, with_function(spec, source), tmp_path,
                     select="test_affine_forward or test_two_layer_mlp_scores")
    assert results["test_affine_forward"].points_earned == results["test_affine_forward"].points_possible
    said = [d.message for d in results["test_two_layer_mlp_scores"].diagnoses]
    assert said and not any("x.shape[1])" in m and ("One change" in m or "written" in m) for m in said), said


def test_a_running_best_started_at_zero_is_edited_to_start_at_infinity():
    """best = 0.0 where the lowest loss so far is kept (hold-out 63's rl8: no loss is below 0, so none is an
    improvement, and nothing was said): the edit to float("inf") repairs the stop epoch and is said; the mutation
    audit's mutants stay as they were."""
    from autograder.grading.mutants import function_mutants

    student = '''
def stop_epoch(losses, patience):
    best, wait = 0.0, 0
    for epoch, loss in enumerate(losses):
        if loss < best:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch
    return len(losses) - 1
'''
    solution = student.replace("best, wait = 0.0, 0", "best, wait = float('inf'), 0")
    losses = [3.0, 2.4, 2.1, 2.2, 1.8, 1.95, 1.9, 2.0, 1.5]
    found = repaired(student, solution, "stop_epoch", {"losses": losses, "patience": 2})
    assert found is not None and found.relation == "one_edit", found
    assert 'written `best, wait = float("inf"), 0`' in found.message, found.message
    assert 'best, wait = float("inf"), 0' not in {m.after for m in function_mutants(student, "stop_epoch")}
