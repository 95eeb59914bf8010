"""Where a student's values first part from the correct code's (grading/departure.py), its recorder
(sandbox/locals_trace.py), and the traced call through the sandbox, hostile replies included."""
from __future__ import annotations

import copy
import math
import types
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading import departure
from autograder.grading.budget import Budget
from autograder.grading.run import grade_submission
from autograder.results import Tolerance, without_numbers
from autograder.sandbox.locals_trace import BEFORE, LocalsRecorder
from autograder.sandbox.process import TracedCall
from tests.test_diagnosis import with_function

top_level_loops = departure.top_level_loops

TOL = Tolerance(rtol=1e-7, atol=1e-10)

SOLUTION = '''
def affine_forward(x, w, b):
    x_flat = x.reshape(x.shape[0], -1)
    out = x_flat @ w + b
    return out, (x, w, b)
'''


def module(source: str) -> types.ModuleType:
    m = types.ModuleType("student")
    m.__dict__["np"] = np
    exec(compile(source, "<student>", "exec"), m.__dict__)  # noqa: S102 - the test's own code
    return m


def traced(fn, args: list, patch=None, final: bool = False, passes_at=None) -> TracedCall:
    recorder = LocalsRecorder(fn.__code__, patch, final=final, passes_at=passes_at)
    try:
        with recorder:
            value, error = fn(*args), None
    except Exception as e:  # noqa: BLE001 - as the child reports it
        value, error = None, e
    return TracedCall(value, error, recorder.records, recorder.repeated, recorder.patched, recorder.unrecorded,
                      recorder.raised_at if error is not None else None, recorder.watched, passes=recorder.passes,
                      pass_digests=recorder.pass_digests)


def located(student_source: str, args: list, solution_source: str = SOLUTION, name: str = "affine_forward",
            part: int = 0, parameters: tuple[str, ...] = ("x", "w", "b")):
    student, solution = getattr(module(student_source), name), getattr(module(solution_source), name)
    right = traced(solution, args)
    mine = traced(student, args)

    def read(value):
        return value[part]

    arguments = dict(zip(parameters, args))
    target = departure.output_target(read, read(mine.value), read(right.value), TOL)
    return departure.first_departure(name, lambda patch: traced(student, args, patch), right, args, target, TOL,
                                     student_source, Budget(10),
                                     departure.expression_values(solution, arguments, solution_source))


def inputs() -> list:
    rng = np.random.default_rng(3)
    return [rng.normal(size=(3, 2, 4)), rng.normal(size=(8, 5)), rng.normal(size=5)]


def test_recorder_records_statements_in_order_marks_loops_and_patches():
    def f(x):
        n = x.shape[0]
        y = x * 2
        total = 0.0
        for i in range(n):
            total += y[i]
        y += 1  # in place
        return y, total

    recorder = LocalsRecorder(f.__code__)
    with recorder:
        f(np.arange(3.0))
    names = [name for _, name, _ in recorder.records]
    assert names[:3] == ["n", "y", "total"] and "y" in names[3:]  # y changed in place is seen again
    assert any(name == "total" for _, name in recorder.repeated) and any(name == "i" for _, name in recorder.repeated)
    line_of_y = next(line for line, name, _ in recorder.records if name == "y")
    patched = LocalsRecorder(f.__code__, (line_of_y, "y", np.zeros(3)))
    with patched:
        y, total = f(np.arange(3.0))
    assert patched.patched and total == 0.0 and np.array_equal(y, np.ones(3))  # the function ran on with it


def test_a_name_patched_before_a_line_is_not_recorded_as_set_by_that_line():
    """What a BEFORE patch gives the locals is where the recorder starts watching from: the line after it, which
    does not touch `b`, is not taken to have set it."""
    def f(a):
        b = a + 1.0
        c = b * 2.0
        return c

    line_of_c = f.__code__.co_firstlineno + 2
    recorder = LocalsRecorder(f.__code__, (line_of_c, BEFORE, {"b": np.full(3, 10.0)}))
    with recorder:
        c = f(np.zeros(3))
    assert recorder.patched and np.array_equal(c, np.full(3, 20.0))
    assert [name for line, name, _ in recorder.records if line == line_of_c] == ["c"]


def test_a_layout_mistake_is_located_with_its_line_and_relation():
    student = '''
def affine_forward(x, w, b):
    N = x.shape[0]
    D = int(np.prod(x.shape[1:]))
    rows = x.reshape(D, N).T
    out = rows.dot(w) + b
    return out, (x, w, b)
'''
    found = located(student, inputs())
    assert found is not None and found.name == "rows" and found.line == 5 and found.reads == ["x"]
    finding = departure.departure_finding("affine_forward", "out", found)
    assert finding.relation == "departure" and "`rows = x.reshape(D, N).T`" in finding.message
    assert "another order" in finding.message and "line 5" in finding.message and finding.plain


def test_a_wrong_statement_after_right_ones_is_the_one_named():
    student = '''
def affine_forward(x, w, b):
    flat = x.reshape(len(x), -1)
    scores = flat @ w
    out = scores - b
    return out, (x, w, b)
'''
    found = located(student, inputs())
    assert found is not None and found.name == "out" and found.reads == ["b", "scores"]
    assert departure.relation_of(found.mine, found.right).startswith("differs from the right value (by up to")


def test_two_mistakes_or_a_value_the_correct_code_never_has_say_nothing():
    two = '''
def affine_forward(x, w, b):
    flat = x.reshape(-1, x.shape[0]).T
    out = flat @ w - b
    return out, (x, w, b)
'''
    # no one patch repairs both: only the lines from the first value of the student's own to the return, as a region
    found = located(two, inputs())
    assert found is None or found.own_region and (found.own_from[0], found.line) == (3, 4)
    # a right intermediate of the student's own (w transposed) that the correct code never computes: what is
    # computed from it cannot be checked, so a mistake after it is not located (no guess at an earlier line)
    own_way = '''
def affine_forward(x, w, b):
    wt = w.T
    out = (wt @ x.reshape(len(x), -1).T).T - b
    return out, (x, w, b)
'''
    found = located(own_way, inputs())
    assert found is None or found.own_region and (found.own_from[0], found.line) == (3, 4)


def test_a_value_of_the_students_own_that_gives_right_values_is_not_the_mistake():
    """std where the correct code has the variance: right where the loss reads it (so taken as right), wrong
    where the gradient divides by it; the variance in std's place would repair the gradient but break the
    loss, so the line named is the gradient's."""
    solution = '''
def nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(log_std + 0.5 * r ** 2 / var) / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dlog_std
'''
    student = '''
def nll(y, mu, log_std):
    N = y.shape[0]
    std = np.exp(log_std)
    r = y - mu
    loss = np.sum(log_std + 0.5 * (r / std) ** 2) / N
    dlog_std = (1 - r ** 2 / std) / N
    return loss, dlog_std
'''
    rng = np.random.default_rng(5)
    args = [rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), 0.3 * rng.normal(size=(4, 3))]
    found = located(student, args, solution, "nll", part=1, parameters=("y", "mu", "log_std"))
    assert found is not None and found.name == "dlog_std" and found.used_well == ["std"]
    assert "std: your own, and right values come of it elsewhere" in departure.departure_finding(
        "nll", "dlog_std", found).message


def test_statements_in_loops_are_not_candidates_but_the_loop_is():
    """Only a loop statement's first pass is recorded: the statement is not named, the loop as a whole is (what
    it leaves in `out` is wrong, with the right `out` after it the rest is right)."""
    loop = '''
def affine_forward(x, w, b):
    out = np.zeros((x.shape[0], w.shape[1]))
    for n in range(x.shape[0]):
        row = x[n].reshape(-1)
        out[n] = row @ w - b
    return out, (x, w, b)
'''
    found = located(loop, inputs())
    assert found is not None and found.name == departure.LOOP and found.names == ["out"] and found.line == 4


def test_a_name_a_loop_sets_again_is_checked_where_a_line_before_the_loop_set_it():
    """`h` is set on every pass of the loop, so its values there are not checked one by one; the line before the
    loop that first sets it (the input standardized, where the experiment is on X as given) is, and is named."""
    solution = '''
def stats(X, weights):
    h, means = X, []
    for W in weights:
        h = np.tanh(h @ W)
        means.append(h.mean())
    return np.array(means)
'''
    student = '''
def stats(X, weights):
    h = (X - X.mean()) / X.std()
    means = []
    for W in weights:
        h = np.tanh(h @ W)
        means.append(h.mean())
    return np.array(means)
'''
    rng = np.random.default_rng(0)
    args = [rng.normal(0.5, 2.0, size=(20, 6)), [rng.normal(size=(6, 6)) / 3 for _ in range(3)]]
    found = located(student, args, solution, name="stats", part=slice(None), parameters=("X", "weights"))
    assert found is not None and found.name == "h" and found.line == 3, found


def test_a_name_read_well_once_vouches_only_for_the_value_it_held_then():
    """`d` is read right where `d[:, 0] -= 1` computes a value of the correct code's; the `d` a later `d /= c` sets
    is wrong (divided by the columns, not the rows) and is where the values part, not the return line (hold-out
    15's dscores divided by the classes)."""
    solution = '''
def f(x):
    n = x.shape[0]
    d = np.exp(x)
    d[:, 0] -= 1
    d /= n
    return d
'''
    student = '''
def f(x):
    n, c = x.shape
    d = np.exp(x)
    d[:, 0] -= 1
    d /= c
    return d
'''
    x = np.random.default_rng(0).normal(size=(6, 3))
    found = located(student, [x], solution, name="f", part=slice(None), parameters=("x",))
    assert found is not None and found.name == "d" and found.line == 6, found


@pytest.mark.parametrize("hostile", [False, True, "words"])
def test_through_the_sandbox_and_against_a_lying_child(tmp_path: Path, hostile):
    """The student's call is traced in its sandboxed child after the last test; a child that sends back
    records of its own making (its recorder replaced) costs nothing but the diagnosis, and one that sends
    words of its own (a part's text, a name its function does not have) cannot put them in its feedback."""
    spec = load_assignment("a1_backprop")
    source = '''
def affine_forward(x, w, b):
    N = x.shape[0]
    D = int(np.prod(x.shape[1:]))
    x_rows = x.reshape(D, N).T
    out = x_rows.dot(w) + b
    return out, (x, w, b)
'''
    if hostile == "words":
        source += '''
import locals_trace

_values_at = locals_trace.expression_values_at


def _lying_values_at(*args, **kwargs):
    parts, value = _values_at(*args, **kwargs)
    return [(k, a, b, c, d, "STAFF NOTE: full marks", v) for k, a, b, c, d, _, v in parts], value


class _Namer(locals_trace.LocalsRecorder):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        self.records = [(r[0], "STAFF_NOTE_full_marks", r[2]) for r in self.records[:1]] + self.records


locals_trace.expression_values_at = _lying_values_at
locals_trace.LocalsRecorder = _Namer
'''
    elif hostile:
        source += '''
import locals_trace


class _Liar(locals_trace.LocalsRecorder):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        self.records = [[1, "x", {"not": "data"}], "junk", [2.5, "y", 1.0], [3, "z" * 500, 1.0]] * 100
        self.repeated = ["junk", [1]]


locals_trace.LocalsRecorder = _Liar
'''
    path = tmp_path / spec.module
    path.write_text(with_function(spec, source))
    result = grade_submission(spec, path)
    test = next(t for t in result.tests if t.id == "test_affine_forward")
    said = [d for d in test.diagnoses if d.relation == "departure"]
    assert test.points_earned == 0
    everything = " ".join(d.message + d.hidden_message for t in result.tests for d in t.diagnoses)
    assert "STAFF" not in everything
    if hostile is True:
        assert not said
    else:
        assert len(said) == 1 and "`x_rows = x.reshape(D, N).T`" in said[0].message
        assert said[0].outputs == ["out"] and "another order" in said[0].message
        assert "In it, `x.reshape(D, N)` is the first part whose value the correct code never computes" in \
            said[0].message
        # the solution's own two_layer_mlp_loss parts only through the student's affine_forward it calls
        mlp = next(t for t in result.tests if t.id == "test_two_layer_mlp_scores")
        through = [d for d in mlp.diagnoses if d.relation == "departure"]
        assert len(through) == 1 and "in affine_forward()" in through[0].message
        assert "returns the expected values" in through[0].message


def test_a_call_that_raises_is_located_where_its_values_part_before_the_error():
    solution = '''
def padded_rows(x, pad):
    xp = np.pad(x, ((0, 0), (pad, pad)))
    return xp.reshape(x.shape[0], -1) * 2.0
'''
    student = '''
def padded_rows(x, pad):
    N, D = x.shape
    xp = np.pad(x, pad)
    return xp.reshape(N, D + 2 * pad) * 2.0
'''
    args = [np.arange(12.0).reshape(3, 4), 1]
    mine_fn, right_fn = module(student).padded_rows, module(solution).padded_rows
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.error is not None and right.error is None
    target = departure.error_target(str(mine.error), right.value, TOL)
    found = departure.first_departure("padded_rows", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10),
                                      departure.expression_values(right_fn, {"x": args[0], "pad": 1}, solution))
    assert found is not None and found.name == "xp" and found.reads == ["pad", "x"]
    said = departure.departure_finding("padded_rows", "padded_rows()", found, raised=True).message
    assert "has shape (5, 6) where the right value has (3, 6)" in said and "runs without the error" in said
    # another error than the student's is not theirs: nothing is said
    other = departure.error_target("ValueError: something else", right.value, TOL)
    assert departure.first_departure("padded_rows", lambda patch: traced(mine_fn, args, patch), right, args, other,
                                     TOL, student, Budget(10)) is None


def test_a_value_the_correct_code_never_computes_is_said_by_the_part_of_it_that_repairs(tmp_path):
    """Test mode: x_hat, which the correct code never computes (it writes one expression), divides by the batch's
    variance, where the running one is meant. No value of the correct code's in x_hat's place repairs the output; the
    part `x.var(axis=0)` given the correct code's `running_var` does: said so, with that name (nothing was said:
    hold-out 28's qc5). A part that no value repairs (a constant of the student's own, 3.0 for 1.0) is not said."""
    import importlib.util

    from autograder.sandbox.locals_trace import expression_values_at

    solution = '''
def normalized(x, gamma, running_mean, running_var):
    eps = 1e-5
    return gamma * (x - running_mean) / np.sqrt(running_var + eps)
'''
    student = '''import numpy as np


def normalized(x, gamma, running_mean, running_var):
    eps = 1e-5
    x_hat = (x - running_mean) / np.sqrt(x.var(axis=0) + eps)
    return gamma * x_hat
'''
    rng = np.random.default_rng(4)
    args = [rng.normal(size=(6, 3)), rng.normal(size=3), rng.normal(size=3), rng.uniform(0.5, 2.0, size=3)]

    def found_in(source: str, name: str):
        path = tmp_path / f"{name}.py"
        path.write_text(source)
        spec = importlib.util.spec_from_file_location(name, path)
        mine_module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mine_module)
        right_fn = module(solution).normalized
        right, mine = traced(right_fn, args), traced(mine_module.normalized, args)
        target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
        return departure.first_departure(
            "normalized", lambda patch: traced(mine_module.normalized, args, patch), right, args, target, TOL, source,
            Budget(10), departure.expression_values(right_fn, dict(zip(("x", "gamma", "running_mean", "running_var"),
                                                                        args)), solution),
            lambda line, substitute: expression_values_at(mine_module.normalized, line, args, {}, substitute))

    found = found_in(student, "batch_variance")
    assert found is not None and found.line == 6 and found.part == "x.var(axis=0)" and found.right_name == "running_var"
    said = departure.departure_finding("normalized", "out", found).message
    assert said.startswith("in normalized(), line 6: `x_hat = (x - running_mean) / np.sqrt(x.var(axis=0) + eps)` "
                           "computes `x_hat`, a value the correct code never computes. In it, `x.var(axis=0)` is the "
                           "first part whose value the correct code never computes")
    assert "with the correct code's `running_var` in its place, the rest of your function returns the expected out: " \
        "the mistake is in that part." in said
    own_constant = student.replace("x.var(axis=0) + eps", "running_var + eps").replace("gamma * x_hat", "3.0 * x_hat")
    found = found_in(own_constant, "own_constant")
    assert found is None or found.part_repaired is None


def test_the_part_of_a_statement_where_the_values_part_is_found_by_replacing_it(tmp_path):
    """Within the statement, a part of the student's own making whose enclosing part the correct code computes
    ((diff / sigma) in (diff / sigma) ** 2) is not named; the part that, replaced by a right value, repairs
    the output is ((1 - 0.5 r^2 / var) where 1 - r^2 / var is meant)."""
    import importlib.util

    from autograder.sandbox.locals_trace import expression_values_at

    solution = '''
def nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(log_std + 0.5 * r ** 2 / var) / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dlog_std
'''
    student = '''import numpy as np


def nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    diff = y - mu
    loss = np.sum(log_std + 0.5 * (diff / sigma) ** 2) / N
    dlog_std = (1.0 - 0.5 * (diff / sigma) ** 2) / N
    return loss, dlog_std
'''
    path = tmp_path / "student_nll.py"
    path.write_text(student)
    spec = importlib.util.spec_from_file_location("student_nll", path)
    mine_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mine_module)
    rng = np.random.default_rng(2)
    args = [rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), 0.3 * rng.normal(size=(4, 3))]
    right_fn = module(solution).nll
    right, mine = traced(right_fn, args), traced(mine_module.nll, args)
    target = departure.output_target(lambda v: v[1], mine.value[1], right.value[1], TOL)
    found = departure.first_departure(
        "nll", lambda patch: traced(mine_module.nll, args, patch), right, args, target, TOL, student,
        Budget(10), departure.expression_values(right_fn, dict(zip(("y", "mu", "log_std"), args)), solution),
        lambda line, substitute: expression_values_at(mine_module.nll, line, args, {}, substitute))
    assert found is not None and found.name == "dlog_std" and found.part == "1.0 - 0.5 * (diff / sigma) ** 2"


def test_a_wrong_return_expression_is_the_last_statement_where_the_values_part():
    solution = '''
def scaled_draws(shape, seed, fan_in):
    rng = np.random.default_rng(seed)
    std = np.sqrt(2.0 / fan_in)
    return rng.standard_normal(shape) * std
'''
    student = '''
def scaled_draws(shape, seed, fan_in):
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape) * np.sqrt(2.0) / fan_in
'''
    args = [(3, 4), 5, 16]
    mine_fn, right_fn = module(student).scaled_draws, module(solution).scaled_draws
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("scaled_draws", lambda patch: traced(mine_fn, args, patch), right, args,
                                      target, TOL, student, Budget(10))
    assert found is not None and found.name == "return" and found.line == 4
    said = departure.departure_finding("scaled_draws", "draws", found).message
    assert "is what your function returns, at line 4" in said and "what it returns is 0.25 times the right value" in said


def test_a_child_that_hangs_when_traced_costs_only_the_diagnosis(tmp_path: Path):
    """The traced calls come after the last test, bounded by the diagnosis's budget: a function that loops
    forever when it finds itself traced leaves the scores as they were."""
    spec = load_assignment("a1_backprop")
    source = '''
import sys


def affine_forward(x, w, b):
    if sys.gettrace() is not None:
        while True:
            pass
    N = x.shape[0]
    out = x.reshape(-1, N).T @ w + b
    return out, (x, w, b)
'''
    path = tmp_path / spec.module
    path.write_text(with_function(spec, source))
    result = grade_submission(spec, path)
    by_id = {t.id: t for t in result.tests}
    assert by_id["test_affine_forward"].points_earned == 0
    assert not [d for d in by_id["test_affine_forward"].diagnoses if d.relation == "departure"]
    assert by_id["test_relu"].points_earned == by_id["test_relu"].points_possible
    assert all(t.status != "timeout" for t in result.tests)  # no test paid for the diagnosis's hang
    assert result.duration_s >= 1.0  # the trace was made, and given up at the budget's end


WALK = '''
def walk(w, steps):
    path = []
    for _ in range(steps):
        w = w - 0.1 * w
        path.append(w.copy())
    return np.array(path)
'''


def test_a_return_of_a_list_built_in_a_loop_is_not_where_the_values_part_the_loop_is():
    """`return np.array(path)` reads a list the loop built: what it holds was never checked, so the return
    is not named; the loop is (the list, watched as an array after it, is given the correct code's values), with
    the statement its first pass first went wrong at."""
    solution = WALK
    student = solution.replace("0.1 * w", "0.2 * w")
    args = [np.arange(3.0), 4]
    mine_fn, right_fn = module(student).walk, module(solution).walk
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.unrecorded["path"] == "container"
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("walk", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found.name == departure.LOOP and found.names == ["path"] and found.line == 4
    assert found.first_in_pass == (5, "w = w - 0.2 * w", ("w",), "")
    message = departure.departure_finding("walk", "path", found).message
    assert "On its first pass, line 5: `w = w - 0.2 * w` is the first" in message and "(w) agrees" in message


def test_a_term_missing_is_said_with_the_input_it_is():
    solution = '''
def step(w, dw, reg):
    grad = dw + reg * w
    return w - 0.1 * grad
'''
    student = '''
def step(w, dw, reg):
    g = dw - reg * w
    return w - 0.1 * g
'''
    rng = np.random.default_rng(4)
    args = [rng.normal(size=(3, 2)), rng.normal(size=(3, 2)), 0.5]
    found = located(student, args, solution, "step", part=slice(None), parameters=("w", "dw", "reg"))
    assert found is not None and found.name == "g"
    assert departure.relation_of(found.mine, found.right, found.inputs) == \
        "is the right value - `w` (a term `w` missing, or of the wrong sign?)"  # dw - reg * w for dw + reg * w
    assert departure.relation_of(np.array([3.0, 4.0]), np.array([1.0, 1.0]), {"s": np.array([1.0, 1.5])}) == \
        "is the right value + 2 * `s`"
    assert departure.relation_of(np.array([2.0, 8.0]), np.array([1.0, 2.0]), {"m": np.array([2.0, 4.0])}) == \
        "is the right value times `m` (a factor `m` extra?)"
    assert departure.relation_of(np.array([1.0, 2.0]), np.array([2.0, 8.0]), {"m": np.array([2.0, 4.0])}) == \
        "is the right value divided by `m` (a factor `m` missing?)"
    assert departure.relation_of(np.array([3.0, 5.0]), np.array([1.0, 2.0]), {"m": np.array([2.0, 3.0])}) == \
        "is the right value + `m` (a term `m` extra, or of the wrong sign?)"


def test_a_line_that_calls_another_function_of_the_students_says_the_mistake_may_be_in_it():
    solution = '''
def helper(x):
    return x * 2.0


def f(x):
    h = helper(x)
    return h + 1.0
'''
    student = solution.replace("x * 2.0", "x * 3.0")
    found = located(student, [np.arange(1.0, 4.0)], solution, "f", part=slice(None), parameters=("x",))
    assert found is not None and found.name == "h" and found.statement.calls == ("helper",)
    said = departure.departure_finding("f", "out", found).message
    assert said.endswith("the mistake is in that line, or in helper() that it calls.")


@pytest.mark.parametrize("student", ['''
def relu_out(x):
    mask = x > 1.5
    out = x * mask
    return out
''', '''
def relu_out(x):
    mask = x > 1.5
    return x * mask
'''], ids=["assigned", "returned"])
def test_a_statement_that_reads_a_mask_not_recorded_says_the_mask_first(student):
    """A boolean mask is not recorded: a statement reading it (a wrong mask's product) cannot be said to read
    right values. Set from values that agree, the mask is not checked: where the line reading it does little more
    than apply it (elementwise, or a return), the mask is said first (the mistake is in the mask's line here)."""
    solution = '''
def relu_out(x):
    return x * (x > 0)
'''
    args = [np.linspace(-2.0, 2.0, 8)]
    mine_fn, right_fn = module(student).relu_out, module(solution).relu_out
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.unrecorded == {"mask": "mask"}
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("relu_out", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10))
    assert found is not None and found.masks_suspect == "elementwise"
    assert departure.departure_finding("relu_out", "out", found).message.endswith(
        "the mistake is in the mask `mask`, set by line 3: `mask = x > 1.5`, or in that line (it does little more "
        "than apply the mask).")


def test_tracing_stops_after_its_budget_of_statements(monkeypatch):
    import autograder.sandbox.locals_trace as locals_trace

    monkeypatch.setattr(locals_trace, "MAX_EVENTS", 50)
    seen = []

    def loop(n):
        total = 0
        for i in range(n):
            total += i
        return total

    recorder = LocalsRecorder(loop.__code__)
    original = recorder._step

    def counting(frame, event, arg):
        seen.append(event)
        return original(frame, event, arg)

    recorder._step = counting
    with recorder:
        assert loop(10_000) == sum(range(10_000))
    assert not recorder.complete and len(seen) <= 60  # a None from a line event alone would not stop it


def test_a_wrong_fraction_is_the_departure_not_the_line_that_uses_it():
    """limit = sqrt(3 * std) where sqrt(3) * std is meant: the line drawing with it reads a fraction the correct
    code never computes, so it is not blamed; the limit's own line is, replaced by the correct bound."""
    solution = '''
def uniform_draws(shape, std, seed):
    bound = np.sqrt(3.0) * std
    return np.random.default_rng(seed).uniform(-bound, bound, size=shape)
'''
    student = '''
def uniform_draws(shape, std, seed):
    limit = np.sqrt(3.0 * std)
    draws = np.random.default_rng(seed).uniform(-limit, limit, size=shape)
    return draws
'''
    found = located(student, [(4, 5), 0.2, 3], solution, "uniform_draws", part=slice(None),
                    parameters=("shape", "std", "seed"))
    assert found is not None and found.name == "limit" and found.line == 3


def test_a_reciprocal_of_a_value_the_correct_code_names_repairs_a_precision():
    """precision = exp(-log_std), 1 / sigma, where the squared error is to be divided by the variance: the
    correct code computes var = exp(2 * log_std) and divides by it, never 1 / var; that reciprocal, tried in the
    student's line's place, repairs the loss (nothing was said before: hold-out 20)."""
    solution = '''
def nll(r, log_std):
    var = np.exp(2 * log_std)
    return log_std + 0.5 * r ** 2 / var
'''
    student = '''
def nll(r, log_std):
    precision = np.exp(-log_std)
    return log_std + 0.5 * r * r * precision
'''
    rng = np.random.default_rng(20)
    args = [rng.normal(size=(4, 3)), rng.normal(size=(4, 3))]
    found = located(student, args, solution, "nll", part=slice(None), parameters=("r", "log_std"))
    assert found is not None and found.name == "precision" and found.line == 3 and found.right_name == "1 / var"
    message = departure.departure_finding("nll", "loss", found).message
    assert "(the correct code's `1 / var`)" in message, message


def test_maps_of_two_by_two_transposed_are_not_said_moved():
    """A shift by one row and one column of 2x2 maps leaves one entry of each to compare, which a transpose of
    them keeps too: "moved 1 row up and 1 column right" was said of H and W swapped (hold-out 20); larger maps
    moved by a row still are."""
    x = np.random.default_rng(3).normal(size=(2, 3, 2, 2))
    assert "moved" not in departure.relation_of(x.transpose(0, 1, 3, 2), x)
    y = np.random.default_rng(4).normal(size=(2, 3, 6, 6))
    assert "moved 1 row down" in departure.relation_of(np.roll(y, 1, axis=2), y)


def test_a_large_array_a_loop_writes_into_in_place_is_not_taken_as_checked():
    solution = '''
def running(x):
    acc = np.zeros_like(x)
    for i in range(1, x.shape[0]):
        acc[i] = acc[i - 1] + x[i]
    return acc - 1.0
'''
    student = solution.replace("acc[i - 1] + x[i]", "acc[i - 1] + 2 * x[i]")
    args = [np.arange(5000.0 * 2).reshape(5000, 2)]  # larger than the arrays watched by their bytes
    assert located(student, args, solution, "running", part=slice(None), parameters=("x",)) is None


def _raising(student: str, args: list, solution: str, name: str, parameters: tuple[str, ...]):
    mine_fn, right_fn = getattr(module(student), name), getattr(module(solution), name)
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.error is not None and right.error is None
    target = departure.error_target(str(mine.error), right.value, TOL)
    return departure.first_departure(name, lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                     student, Budget(10),
                                     departure.expression_values(right_fn, dict(zip(parameters, args)), solution))


PROJECT = '''
def project(x, w):
    h = x * 2.0
    return h @ w.T
'''


def test_a_statement_that_raises_on_right_values_is_where_the_values_part():
    """A statement that raises though everything it reads agrees with the correct code is the mistake (a
    transpose left out): said with the operation that raised and the shapes it was given. Not when what it
    reads is itself wrong (the mistake is before it); in a loop, with the loop, only where it reads nothing the
    loop changes (only the loop's first pass is recorded)."""
    args = [np.arange(12.0).reshape(3, 4), np.ones((5, 4))]
    student = '''
def project(x, w):
    h = x * 2.0
    out = h + 0.0 @ w
    return out
'''.replace("h + 0.0 @ w", "h @ w")
    found = _raising(student, args, PROJECT, "project", ("x", "w"))
    assert found is not None and found.name == departure.RAISED and found.line == 4 and found.part == "h @ w"
    assert found.reads == ["h", "w"]
    said = departure.departure_finding("project", "project()", found, raised=True)
    assert said.message.startswith("in project(), line 4: `out = h @ w` raises the error (at `h @ w`), though what "
                                   "that line reads (h, w) agrees with the correct code; `h` has shape (3, 4); `w` "
                                   "has shape (5, 4): the mistake is in that line.")
    assert not said.plain and said.claim == "project:4:raised"  # a hidden test says nothing of an error
    wrong_before = student.replace("x * 2.0", "x * 3.0")
    assert _raising(wrong_before, args, PROJECT, "project", ("x", "w")) is None
    in_a_loop = '''
def project(x, w):
    h = x * 2.0
    rows = []
    for i in range(len(h)):
        rows.append(h[i] @ w)
    return np.array(rows)
'''
    # in a loop: where the operation reads only the loop's index and values from before it that agree, it is
    # said with the loop (the index's range may be the mistake too); where it reads what the loop changes (only
    # the loop's first pass is recorded), nothing
    looped = _raising(in_a_loop, args, PROJECT, "project", ("x", "w"))
    assert looped is not None and looped.raised_in_loop == (5, 6, "for i in range(len(h)):", ("i",))
    changed_in_loop = in_a_loop.replace("        rows.append(h[i] @ w)\n",
                                        "        h = h * 1.0\n        rows.append(h[i] @ w)\n")
    assert _raising(changed_in_loop, args, PROJECT, "project", ("x", "w")) is None


def test_an_axis_dropped_is_found_and_said_as_keepdims_left_out():
    solution = '''
def standardize(x):
    mu = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-5)
'''
    student = '''
def standardize(x):
    mu = x.mean(axis=1, keepdims=True)
    var = np.var(x, axis=1)
    return (x - mu) / np.sqrt(var + 1e-5)
'''
    found = _raising(student, [np.arange(28.0).reshape(4, 7) ** 1.5], solution, "standardize", ("x",))
    assert found is not None and found.name == "var" and found.line == 4
    assert departure.relation_of(found.mine, found.right) == (
        "has shape (4,) where the right value has (4, 1): the same values, with an axis of length 1 missing "
        "(keepdims=True left out?)")


def test_a_raise_on_values_right_but_for_their_shapes_is_said_at_its_line_with_the_shapes():
    """Group statistics over a 5-D view, taken without keepdims and given one axis back ([:, :, None], enough for a
    3-D view): the line that lines them up raises, and what it reads holds the correct code's values in other
    shapes. The line is said, with those shapes (hold-out 31: only how NumPy met the shapes)."""
    solution = '''
def norm(x, groups):
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    return ((xg - mu)).reshape(N, C, H, W)
'''
    student = '''
def norm(x, groups):
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, C // groups, H, W)
    mu = xg.mean(axis=(2, 3, 4))
    return (xg - mu[:, :, None]).reshape(N, C, H, W)
'''
    x = np.random.default_rng(5).normal(size=(2, 4, 3, 3))
    found = _raising(student, [x, 2], solution, "norm", ("x", "groups"))
    assert found is not None and found.name == departure.RAISED and found.line == 6
    assert found.reshaped == [("mu", (2, 2), (2, 2, 1)), ("xg", (2, 2, 2, 3, 3), (2, 2, 18))]
    said = departure.departure_finding("norm", "out", found).message
    assert "holds the correct code's values, some in other shapes: `mu` (2, 2) where the correct code's is " \
        "(2, 2, 1), `xg` (2, 2, 2, 3, 3) where the correct code's is (2, 2, 18); the mistake is in that line, or in " \
        "those shapes (keepdims=True left out?)" in said


OPTIMIZER = '''
def step(w, dw, config):
    config["cache"] = config["cache"] + dw * dw
    return w - config["lr"] * dw / (np.sqrt(config["cache"]) + 1e-8)
'''


@pytest.mark.parametrize("student", ['''
def step(w, dw, config):
    config = dict(config)
    config["cache"] = config["cache"] + dw * dw
    next_w = w - config["lr"] * dw / (config["cache"] + 1e-8)
    return next_w
''', '''
def step(w, dw, config):
    config["cache"] = config["cache"] * 0.5 + dw * dw
    next_w = w - config["lr"] * dw / (np.sqrt(config["cache"]) + 1e-8)
    return next_w
'''], ids=["copied", "written-in-place"])
def test_a_dict_of_the_students_is_read_unchecked_and_said_so(student):
    """A dict the student copies or writes into (an optimizer's config) holds values no record checks: a
    statement reading it may still be where the values part, said with the dict as a possible cause; a
    return statement reading it is not blamed."""
    rng = np.random.default_rng(5)
    w, dw = rng.normal(size=4), rng.normal(size=4)
    config = {"lr": 0.1, "cache": np.abs(rng.normal(size=4))}
    mine_fn, right_fn = module(student).step, module(OPTIMIZER).step
    right = traced(right_fn, [w, dw, {**config}])
    mine = traced(mine_fn, [w, dw, {**config}])
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("step", lambda patch: traced(mine_fn, [w, dw, {**config}], patch), right,
                                      [w, dw, config], target, TOL, student, Budget(10))
    if "* 0.5" in student:  # the entry written by a constant key is watched like a local: the line that sets it
        assert found is not None and found.name == "config['cache']" and found.line == 3
        assert "`config['cache']`, set by line 3" in departure.departure_finding("step", "w", found).message
        return
    assert found is not None and found.name == "next_w" and found.containers == ["config"]
    finding = departure.departure_finding("step", "w", found)
    said = finding.message
    assert not finding.plain  # the quoted line holds a string (a key) the student chose: not shown on hidden tests
    assert "config, a list or dict of yours, not checked" in said
    assert said.endswith("the mistake is in that line, or in what `config` holds.")
    returned = student.replace("next_w = w", "return w").replace("    return next_w\n", "")
    mine_fn = module(returned).step
    mine = traced(mine_fn, [w, dw, {**config}])
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    assert departure.first_departure("step", lambda patch: traced(mine_fn, [w, dw, {**config}], patch), right,
                                     [w, dw, config], target, TOL, returned, Budget(10)) is None


@pytest.mark.parametrize("hostile", [False, True], ids=["honest", "junk-position"])
def test_a_raising_line_through_the_sandbox_and_a_child_that_lies_about_where(tmp_path: Path, hostile):
    """The position of the operation that raised comes from the child: checked as numbers, and said only as the
    grader's own reading of the student's file at a statement it finds there."""
    spec = load_assignment("a1_backprop")
    source = '''
def affine_forward(x, w, b):
    rows = x.reshape(x.shape[0], -1)
    out = rows.dot(w.T) + b
    return out, (x, w, b)
'''
    if hostile:
        source += '''
import locals_trace


class _Liar(locals_trace.LocalsRecorder):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        self.raised_at = ("STAFF NOTE", -1, 10 ** 12, None)


locals_trace.LocalsRecorder = _Liar
'''
    path = tmp_path / spec.module
    path.write_text(with_function(spec, source))
    result = grade_submission(spec, path)
    test = next(t for t in result.tests if t.id == "test_affine_forward")
    said = [d for d in test.diagnoses if d.relation == "departure"]
    assert test.points_earned == 0 and "STAFF" not in " ".join(d.message for d in test.diagnoses)
    if hostile == "passes":  # (the child's own reply may fail on the junk: the departure is then not said)
        assert all("`grad`" in d.message for d in said)
    elif hostile:  # (a comparison of the loop's passes, which the liar leaves as they were, may still be said)
        assert not [d for d in said if "holding values the correct code never computes" in d.message]
    else:
        assert len(said) == 1 and "`out = rows.dot(w.T) + b` raises the error (at `rows.dot(w.T)`)" in \
            said[0].message


def test_a_value_reversed_along_the_batch_axis_is_said_so():
    right = np.arange(24.0).reshape(4, 1, 2, 3)
    assert departure.relation_of(right[::-1], right) == \
        "is the right value reversed along axis 0 (the first axis: the examples?)"
    assert departure.relation_of(right[..., ::-1], right) == \
        "is the right value flipped left to right (its last axis reversed)"
    assert departure.relation_of(np.arange(5.0)[::-1], np.arange(5.0)) == "is the right value reversed along axis 0"


def test_a_return_that_reads_a_local_no_record_holds_is_not_blamed():
    """`return out.numpy() + 0.0` after a loop set `out` to values the recorder does not keep (a list; a tensor is
    an array it does not record): what the return reads was never checked, so the return is not where the
    values part (hold-out 5: the last chunk's logits kept by a loop)."""
    solution = '''
def last_rows(x):
    return x * 2.0
'''
    student = '''
class Tensor:
    shape, dtype = (), "float32"

    def __init__(self, data):
        self.data = data

    def numpy(self):
        return self.data


def last_rows(x):
    for chunk in np.split(x, 2):
        out = Tensor(chunk * 2.0)
    return out.numpy() + 0.0
'''
    args = [np.arange(8.0).reshape(4, 2)]
    mine_fn, right_fn = module(student).last_rows, module(solution).last_rows
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.return_target(mine.value, right.value, TOL)
    assert departure.first_departure("last_rows", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                     TOL, student, Budget(10)) is None


def test_a_matrix_near_the_right_one_is_not_said_transposed():
    """A symmetric matrix with a small jitter on its diagonal is neither the right one transposed nor the same
    entries in another order (np.allclose's default tolerance said so: hold-out 5)."""
    rng = np.random.default_rng(6)
    x = rng.normal(size=(20, 3))
    right = x.T @ x
    said = departure.relation_of(right + 1e-4 * np.eye(3), right)
    assert "transposed" not in said and "order" not in said
    skew = rng.normal(size=(3, 3))
    assert departure.relation_of(skew.T, skew) == "is the right value transposed"
    torch = pytest.importorskip("torch")
    from autograder.sandbox.locals_trace import unrecorded_kind
    assert unrecorded_kind(torch.zeros(2)) == "array" and unrecorded_kind(np.random.default_rng(0)) is None


def test_a_state_started_at_ones_is_patched_with_the_correct_codes_zeros():
    solution = '''
def accumulate(w, dw, config):
    cache = config.get("cache", np.zeros_like(w))
    cache = 0.9 * cache + 0.1 * dw ** 2
    return w - 0.01 * dw / (np.sqrt(cache) + 1e-8)
'''
    student = solution.replace("np.zeros_like(w)", "np.ones_like(w)")
    rng = np.random.default_rng(8)
    args = [rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), {}]
    found = located(student, args, solution, "accumulate", part=slice(None), parameters=("w", "dw", "config"))
    assert found is not None and found.name == "cache" and found.line == 3
    assert departure.relation_of(found.mine, found.right) == "is the right value + 1"


def test_a_patch_before_a_line_sets_names_and_records_what_the_locals_held():
    from autograder.sandbox.locals_trace import BEFORE

    def f(x):
        total = 0.0
        for v in x:
            total += v
        return total * 2.0

    after_loop = f.__code__.co_firstlineno + 4
    recorder = LocalsRecorder(f.__code__, (after_loop, BEFORE, {"total": 10.0}))
    with recorder:
        value = f(np.arange(4.0))
    assert recorder.patched and value == 20.0 and dict(recorder.watched)["total"] == 6.0


NUMGRAD = '''
def numgrad(f, x, h=1e-5):
    grad = np.zeros_like(x)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        up = f(x)
        x.flat[i] = old - h
        down = f(x)
        x.flat[i] = old
        grad.flat[i] = (up - down) / (2 * h)
    return grad
'''


def _numgrad_departure(student: str):
    x = np.linspace(-1.0, 1.0, 6).reshape(2, 3)

    def f(v):
        return float(np.sum(np.sin(v) * np.arange(1.0, 7.0).reshape(2, 3)))

    args = [f, x.copy(), 1e-5]
    mine_fn, right_fn = module(student).numgrad, module(NUMGRAD).numgrad
    right, mine = traced(right_fn, [f, x.copy(), 1e-5]), traced(mine_fn, [f, x.copy(), 1e-5])
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    return departure.first_departure(
        "numgrad", lambda patch: traced(mine_fn, [f, x.copy(), 1e-5], patch), right, args, target, TOL, student,
        Budget(10), departure.expression_values(right_fn, {"f": f, "x": x.copy(), "h": 1e-5}, NUMGRAD))


def test_a_loop_that_leaves_a_wrong_value_from_right_inputs_is_where_the_values_part():
    """Statements in a loop are recorded on their first pass only; the loop as a whole is a candidate: what it
    reads from before it agrees with the correct code, what it leaves in `grad` does not, and with the right
    `grad` right after it the function returns the expected output (x + h and x - h taken as views of x)."""
    student = '''
def numgrad(f, x, h=1e-5):
    grad = np.zeros_like(x)
    for i in range(x.size):
        plus, minus = x, x
        plus.flat[i] += h
        up = f(plus)
        minus.flat[i] -= h
        down = f(minus)
        grad.flat[i] = (up - down) / (2 * h)
    return grad
'''
    found = _numgrad_departure(student)
    assert found is not None and found.name == departure.LOOP and found.names == ["grad"]
    assert found.statement.lines == (4, 10) and found.reads == ["f", "h", "x"]
    said = departure.departure_finding("numgrad", "grad", found).message
    assert said.startswith("in numgrad(), the loop at lines 4-10 (`for i in range(x.size):`) leaves `grad` holding "
                           "values the correct code never computes, though what the loop reads from before it (f, h, "
                           "x) agrees with the correct code;")
    assert said.endswith("With the right `grad` after the loop, the rest of your function returns the expected "
                         "grad: the mistake is in that loop.")
    wrong_before = student.replace("    grad = np.zeros_like(x)\n", "    grad = np.zeros_like(x)\n    h = h * 2.5\n")
    assert _numgrad_departure(wrong_before) is None  # what the loop reads is wrong before it: not the loop


@pytest.mark.parametrize("hostile", [False, True, "passes"], ids=["honest", "junk-watched", "junk-passes"])
def test_a_loop_through_the_sandbox_and_a_child_that_lies_about_what_it_left(tmp_path: Path, hostile):
    """What the locals held after a loop comes from the child: checked as (name, number or array) pairs; a
    name the loop does not write is never read from it, and no word of the child's reaches the feedback."""
    spec = load_assignment("a1_backprop")
    source = '''
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for i in np.ndindex(*x.shape):
        up, down = x, x
        up[i] += h
        f_up = f(up)
        down[i] -= h
        f_down = f(down)
        grad[i] = (f_up - f_down) / (2 * h)
    return grad
'''
    if hostile == "passes":  # what the locals held as each pass began: junk, and names no local has
        source += '''
import locals_trace


class _Liar(locals_trace.LocalsRecorder):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        self.passes = [[("grad", {"not": "data"}), "junk", ("STAFF NOTE: full marks", 1.0)], "junk", 7] * 400


locals_trace.LocalsRecorder = _Liar
'''
    elif hostile:
        source += '''
import locals_trace


class _Liar(locals_trace.LocalsRecorder):
    def __exit__(self, *exc):
        super().__exit__(*exc)
        self.watched = [("grad", {"not": "data"}), "junk", ("STAFF NOTE: full marks", 1.0)] * 50


locals_trace.LocalsRecorder = _Liar
'''
    path = tmp_path / spec.module
    path.write_text(with_function(spec, source))
    result = grade_submission(spec, path)
    test = next(t for t in result.tests if t.id == "test_numerical_gradient")
    said = [d for d in test.diagnoses if d.relation == "departure"]
    assert test.points_earned < test.points_possible
    assert "STAFF" not in " ".join(d.message + d.hidden_message for t in result.tests for d in t.diagnoses)
    if hostile == "passes":  # (the child's own reply may fail on the junk: the departure is then not said)
        assert all("`grad`" in d.message for d in said)
    elif hostile:  # (a comparison of the loop's passes, which the liar leaves as they were, may still be said)
        assert not [d for d in said if "holding values the correct code never computes" in d.message]
    else:
        assert len(said) == 1 and "(`for i in np.ndindex(*x.shape):`) leaves `grad` holding values" in \
            said[0].message and said[0].message.endswith("the mistake is in that loop.")


def test_a_loop_that_leaves_two_lists_wrong_is_given_one_returned_array_each():
    """A loop appending to two lists (means, variances) of the same length: each is watched as an array after it,
    and the patch gives each its own of the correct code's two returned arrays (not the first one to both); the
    statement its first pass first went wrong at is said, with what it read then."""
    solution = '''
def stats(X, weights):
    h, means, variances = X, [], []
    for W in weights:
        h = np.tanh(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
'''
    student = solution.replace("h = np.tanh(h @ W)", "h = np.tanh(h) @ W")
    rng = np.random.default_rng(0)
    args = [rng.normal(size=(6, 4)), [rng.normal(size=(4, 4)) for _ in range(3)]]
    mine_fn, right_fn = module(student).stats, module(solution).stats
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    # the output checked is both arrays: neither list given right alone repairs it
    target = departure.output_target(np.stack, np.stack(mine.value), np.stack(right.value), TOL)
    found = departure.first_departure("stats", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and found.name == departure.LOOP and found.names == ["means", "variances"]
    assert found.first_in_pass == (5, "h = np.tanh(h) @ W", ("W", "h"), "")
    assert departure._combined({"a": [1, 2], "b": [1, 2]}) == [{"a": 1, "b": 2}, {"a": 1, "b": 1}]


def test_a_loop_whose_first_pass_takes_a_block_the_correct_code_never_takes_gets_no_pointer():
    """A student slicing all of a window's channels at once (x[:, :, window]) where the correct code slides over
    x[n, c, window]: the block is none of the correct code's values, yet no mistake; the loop is said, the block is
    not pointed at (a slice the correct code's own locals have the shape of would be: a batch of the wrong rows)."""
    solution = '''
def pool_grad(dout, x):
    dx = np.zeros_like(x)
    N, C, Ho = dout.shape
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                window = x[n, c, 2 * i:2 * i + 2]
                dx[n, c, 2 * i + np.argmax(window)] += dout[n, c, i]
    return dx
'''
    student = '''
def pool_grad(dout, x):
    dx = np.zeros_like(x)
    N, C, Ho = dout.shape
    for i in range(Ho):
        block = x[:, :, 2 * i:2 * i + 2]
        mask = block == block.max(axis=2)
        dx[:, :, 2 * i:2 * i + 2] += mask * dout[:, :, i]
    return dx
'''
    rng = np.random.default_rng(1)
    args = [rng.normal(size=(2, 2, 4)), rng.normal(size=(2, 2, 8))]
    mine_fn, right_fn = module(student).pool_grad, module(solution).pool_grad
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("pool_grad", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10))
    assert found is not None and found.name == departure.LOOP and found.names == ["dx"]
    assert found.first_in_pass is None
    known = departure.KnownValues([args[1], np.ones((2, 2))], TOL)
    block = args[1][:, :, :2]
    assert not departure._shaped_like_the_correct_codes(block, [], known)  # taken from x, no local of its shape
    assert departure._shaped_like_the_correct_codes(block, [np.zeros((2, 2, 2))], known)
    new_numbers = block * 3  # computed, not taken: said where any of the correct code's values has its shape
    assert departure._shaped_like_the_correct_codes(new_numbers, [], departure.KnownValues([np.zeros((2, 2, 2))], TOL))
    assert not departure._shaped_like_the_correct_codes(new_numbers, [], known)


def test_a_count_one_off_that_equals_another_number_by_chance_is_said_as_off_by_one():
    """`n = math.ceil(step / size)` is 1 where 0 is right, and 1 is among the correct code's numbers (step itself):
    the return line is not blamed with n said to agree; n one less repairs the return, so n is said off by one."""
    solution = '''
def step_lr(base_lr, step, step_size, gamma=0.1):
    return base_lr * gamma ** (step // step_size)
'''
    student = '''
def step_lr(base_lr, step, step_size, gamma=0.1):
    n = math.ceil(step / step_size)
    return base_lr * gamma ** n
'''
    args = [0.1, 1, 10, 0.5]
    mine_module = module(student)
    mine_module.math = math
    mine_fn, right_fn = mine_module.step_lr, module(solution).step_lr
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("step_lr", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10))
    assert found is not None and (found.line, found.name, found.off_by, found.mine, found.right) == (3, "n", -1, 1, 0)
    said = departure.departure_finding("step_lr", "lr", found)
    assert said.message.startswith("in step_lr(), line 3: `n = math.ceil(step / step_size)` sets `n` to 1; with 0 "
                                   "there (one less), the rest of your function returns the expected lr: `n` is off "
                                   "by one")
    assert without_numbers(said.plain) and "one less than what gives the expected output" in said.plain
    # a count no value of the correct code holds (11) is not made the culprit though one less would repair the
    # return: the return line, which takes the padding off once, is said (with the count "not checked")
    solution = "def size(n, k, p):\n    return (n - 1) * 2 + k - 2 * p\n"
    student = "def size(n, k, p):\n    full = (n - 1) * 2 + k\n    return full - p\n"
    args = [5, 3, 1]
    mine_fn, right_fn = module(student).size, module(solution).size
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("size", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10))
    assert found is not None and found.name == departure.RETURNED and found.off_by == 0 and found.sizes == ["full"]
    # ... and, since `full` is a number of the student's own making that nothing checked, it is said as where the
    # mistake may be as well (the bias counted once more in a count is in such a number, not in the return)
    assert found.counts == [("full", 2, "full = (n - 1) * 2 + k")]
    assert departure.departure_finding("size", "size", found).message.endswith(
        "the mistake is in that line, or in `full`, set by line 2: `full = (n - 1) * 2 + k`.")
    # a size read off the data is no suspect
    student = "def size(n, k, p):\n    m = len(range(n))\n    return (m - 1) * 2 + k - p\n"
    mine_fn = module(student).size
    found = departure.first_departure("size", lambda patch: traced(mine_fn, args, patch), right, args,
                                      departure.output_target(lambda v: v, traced(mine_fn, args).value, right.value,
                                                              TOL), TOL, student, Budget(10))
    assert found is not None and found.name == departure.RETURNED and found.counts == []


@pytest.mark.filterwarnings("ignore:invalid value encountered in sqrt:RuntimeWarning")  # a candidate tried
def test_names_a_tuple_assignment_binds_together_are_given_right_values_together():
    """`mean, var = running_mean, running_var` in train mode: each is a value of the correct code's (the updated
    running averages), but not the batch's statistics its names hold there; neither alone repairs the output, the
    two set together right after that line (a TOGETHER patch) do."""
    solution = '''
def norm(x, rm, rv):
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    rm = 0.9 * rm + 0.1 * mu
    rv = 0.9 * rv + 0.1 * var
    return (x - mu) / np.sqrt(var + 1e-5), rm, rv
'''
    student = '''
def norm(x, rm, rv):
    rm = 0.9 * rm + 0.1 * x.mean(axis=0)
    rv = 0.9 * rv + 0.1 * x.var(axis=0)
    mean, var = rm, rv
    return (x - mean) / np.sqrt(var + 1e-5), rm, rv
'''
    rng = np.random.default_rng(2)
    args = [rng.normal(size=(6, 3)) * 2 + 1, np.zeros(3), np.ones(3)]
    mine_fn, right_fn = module(student).norm, module(solution).norm
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v[0], mine.value[0], right.value[0], TOL)
    found = departure.first_departure("norm", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and found.line == 5 and found.names == ["var", "mean"]
    message = departure.departure_finding("norm", "out", found).message
    assert "set by line 5: `mean, var = rm, rv`" in message and "With the right `var` and `mean` (set together by " \
        "that line) there, the rest of your function returns the expected out" in message
    patched = traced(mine_fn, args, (5, departure.TOGETHER, {"mean": args[0].mean(axis=0), "var": args[0].var(axis=0)}))
    assert patched.patched and np.allclose(patched.value[0], right.value[0])


def test_a_list_started_with_an_entry_before_the_loop_is_where_the_values_part_not_the_loop():
    """`history = [w]` before a loop that appends each step's weights: the path has one row too many, the loop is
    right. With `history` empty as the loop begins the output is the expected one: the line that started it is
    said, not the loop."""
    solution = '''
def walk(w, steps):
    path = []
    for _ in range(steps):
        w = w - 0.1 * w
        path.append(w)
    return np.array(path)
'''
    student = '''
def walk(w, steps):
    history = [w]
    for _ in range(steps):
        w = w - 0.1 * w
        history.append(w)
    return np.stack(history)
'''
    args = [np.arange(3.0), 4]
    mine_fn, right_fn = module(student).walk, module(solution).walk
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("walk", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and (found.line, found.name, found.start_of) == (3, "history", (4, 6))
    said = departure.departure_finding("walk", "path", found)
    assert said.message == ("in walk(), line 3: `history = [w]` starts `history` with 1 entry before the loop at "
                            "lines 4-6 appends to it; with `history` empty as the loop begins, the rest of your "
                            "function returns the expected path: the mistake is in that line (what the list starts "
                            "with), not in the loop.")
    assert without_numbers(said.plain)
    # a loop that is itself wrong, from a right empty start, is still the loop
    student = solution.replace("0.1 * w", "0.2 * w")
    mine_fn = module(student).walk
    target = departure.output_target(lambda v: v, traced(mine_fn, args).value, right.value, TOL)
    found = departure.first_departure("walk", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and found.name == departure.LOOP and found.start_of is None


def test_a_line_run_under_a_condition_names_the_condition_too():
    """A raise reached where the correct code raises nothing is no wrong line: its condition is (`<=` where `<`
    is meant); a value computed under an `if` may be right and wrongly reached: the condition is named beside it."""
    solution = '''
def out_size(n, k):
    room = n - k
    if room < 0:
        raise ValueError("the kernel does not fit")
    return room + 1
'''
    student = solution.replace("room < 0", "room <= 0")
    found = _raising(student, [3, 3], solution, "out_size", ("n", "k"))
    assert found is not None and found.line == 5
    said = departure.departure_finding("out_size", "size", found, raised=True)
    assert said.message.endswith("the mistake is in the condition of line 4 that leads to it, `if room <= 0:` (it "
                                 "holds here)."), said.message
    scaled = '''
def scale(x, normalize):
    y = x * 1.0
    if normalize:
        y = y / np.abs(y).max()
    return y
'''
    guarded = scaled.replace("if normalize:", "if normalize is not None:")
    args = [np.arange(1.0, 7.0), False]
    mine_fn, right_fn = getattr(module(guarded), "scale"), getattr(module(scaled), "scale")
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("scale", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      guarded, Budget(10),
                                      departure.expression_values(right_fn, {"x": args[0], "normalize": False},
                                                                  scaled))
    assert found is not None and found.line == 5, found
    said = departure.departure_finding("scale", "y", found)
    assert "the mistake is in that line, or in the condition at line 4 that decides whether it runs: `if normalize " \
           "is not None:`" in said.message, said.message
    # a line under no condition says nothing of one
    plain = departure.departure_finding("project", "out", replace(found, statement=replace(found.statement,
                                                                                          guard=(0, ""))))
    assert "condition" not in plain.message


def _located_in(student: str, solution: str, name: str, args: list, parameters: tuple[str, ...], part: int = 0,
                output_tol: Tolerance = TOL):
    """The departure found, each call given fresh copies of args (as the sandboxed child is: a student's function
    that writes into its arguments changes only its own copy); output_tol: how close the output must be (a check's
    tolerance, tighter than float32's digits)."""
    mine_fn, right_fn = getattr(module(student), name), getattr(module(solution), name)
    # the correct code traced as the diagnosis traces it: with what its loops leave, as it returns
    right, mine = traced(right_fn, copy.deepcopy(args), final=True), traced(mine_fn, copy.deepcopy(args))

    def read(value):
        return value[part] if isinstance(value, tuple) else value

    target = departure.output_target(read, read(mine.value), read(right.value), output_tol)
    return departure.first_departure(name, lambda patch: traced(mine_fn, copy.deepcopy(args), patch), right, args,
                                     target, TOL,
                                     student, Budget(10),
                                     departure.expression_values(right_fn, dict(zip(parameters, args)), solution))


L2 = '''
def l2_penalty(W, reg):
    grad = reg * W
    penalty = 0.5 * reg * np.sum(W * W)
    return penalty, grad
'''


def test_an_array_changed_through_another_name_is_where_the_values_part():
    """`grad = W` then `grad *= reg` scales W itself: the line blamed is the in-place write, said with the line that
    made the two names one array, not the later line that reads W (whose reads only look right by their values)."""
    student = '''
def l2_penalty(W, reg):
    grad = W
    grad *= reg
    penalty = 0.5 * reg * np.sum(W * W)
    return penalty, grad
'''
    args = [np.random.default_rng(0).normal(size=(4, 3)), 0.05]
    found = _located_in(student, L2, "l2_penalty", args, ("W", "reg"))
    assert found is not None and found.line == 4 and found.name == "W" and found.alias == ("grad", 3, "grad = W", True)
    said = departure.departure_finding("l2_penalty", "loss", found)
    assert "line 4: `grad *= reg` changes `W` though it does not name it" in said.message, said.message
    assert "`grad` is the same array as `W` (line 3: `grad = W`" in said.message and "caller's array" in said.message
    assert "0.05 times the right value" in said.message and said.plain and without_numbers(said.plain)
    # a copy made first: the same lines find nothing of the kind (the output is right)
    copied = student.replace("grad = W\n", "grad = W.copy()\n")
    assert _located_in(copied, L2, "l2_penalty", args, ("W", "reg")) is None


STATISTICS = '''
def statistics(X, weights):
    h = X
    means = np.zeros(len(weights))
    for k, W in enumerate(weights):
        h = np.tanh(h @ W)
        means[k] = h.mean()
    return means
'''


def test_an_array_of_integers_or_float32_written_into_is_where_the_values_part():
    """A result array made of integers truncates what is written into it; a float32 working copy loses digits: the
    same values as float64 at that line repair the output, so the line's dtype is the mistake (though its values
    agree with the correct code's, and a loop follows)."""
    rng = np.random.default_rng(1)
    args = [rng.normal(size=(20, 5)), [rng.normal(size=(5, 5)) * 0.3 for _ in range(3)]]
    integers = STATISTICS.replace("np.zeros(len(weights))", "np.array([0] * len(weights))")
    found = _located_in(integers, STATISTICS, "statistics", args, ("X", "weights"))
    assert found is not None and found.line == 4 and found.lossy == "int64", found
    said = departure.departure_finding("statistics", "means", found)
    assert "makes `means` an array of integers (int64): every number written into it is cut to a whole number" in \
        said.message and "dtype=float" in said.message and without_numbers(said.plain)
    # a float32 result buffer, on a check tighter than float32's digits: float64 there repairs the output
    single = STATISTICS.replace("np.zeros(len(weights))", "np.zeros(len(weights), dtype=np.float32)")
    tight = Tolerance(rtol=1e-12, atol=1e-14)
    found = _located_in(single, STATISTICS, "statistics", args, ("X", "weights"), output_tol=tight)
    assert found is not None and found.line == 4 and found.lossy == "float32", found
    assert "array of float32 numbers" in departure.departure_finding("statistics", "means", found).message
    # a float32 working copy: its values as float64 leave X's rounding, which a check tighter than float32's digits
    # still sees, and the output within the tolerance it is compared with shows nothing: no dtype is blamed (hold-out
    # 43's qr2, where the gradient was cast too)
    working = STATISTICS.replace("    h = X\n", "    h = X.astype(np.float32)\n")
    for tol in (tight, TOL):
        found = _located_in(working, STATISTICS, "statistics", args, ("X", "weights"), output_tol=tol)
        assert found is None or not found.lossy, found
    # float64 all along, and the mistake elsewhere: no dtype is blamed
    wrong = STATISTICS.replace("h.mean()", "h.std()")
    found = _located_in(wrong, STATISTICS, "statistics", args, ("X", "weights"))
    assert found is None or not found.lossy


def test_a_value_of_another_shape_is_given_the_argument_it_was_made_from():
    """A column of ones prepended to X (an intercept the model does not have): the departure is that line, tried with
    the argument X itself (no local of the correct code has X's shape), and said as one column more before it."""
    solution = '''
def fit(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)
'''
    student = '''
def fit(X, y):
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    w = np.linalg.solve(Xb.T @ Xb, Xb.T @ y)
    return w
'''
    rng = np.random.default_rng(2)
    args = [rng.normal(size=(12, 3)), rng.normal(size=12)]
    mine_fn, right_fn = getattr(module(student), "fit"), getattr(module(solution), "fit")
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    # shapes differ: the target is the student's own output, and the expected one
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("fit", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10),
                                      departure.expression_values(right_fn, {"X": args[0], "y": args[1]}, solution))
    assert found is not None and found.name == "Xb" and found.line == 3
    said = departure.departure_finding("fit", "w", found)
    assert "has shape (12, 4) where the right value has (12, 3): the right value with 1 more column before it" in \
        said.message, said.message


def test_a_loop_that_changes_a_copy_made_before_it_in_place_is_where_the_values_part():
    """X copied before the loop and shuffled in place in it (y not): X was right as the loop began, so the loop,
    which leaves the path wrong, is where the values part (before, X changed in the loop was taken as unknown and
    nothing was said)."""
    solution = '''
def sgd_path(X, y, w, lr, seed):
    rng = np.random.default_rng(seed)
    path = []
    for _ in range(2):
        order = rng.permutation(len(X))
        for i in order:
            w = w - lr * (X[i] @ w - y[i]) * X[i]
            path.append(w.copy())
    return np.array(path)
'''
    student = '''
def sgd_path(X, y, w, lr, seed):
    rng = np.random.default_rng(seed)
    X = X.copy()
    path = []
    for _ in range(2):
        rng.shuffle(X)
        for i in range(len(X)):
            w = w - lr * (X[i] @ w - y[i]) * X[i]
            path.append(w.copy())
    return np.array(path)
'''
    rng = np.random.default_rng(4)
    args = [rng.normal(size=(6, 2)), rng.normal(size=6), np.zeros(2), 0.1, 3]
    found = _located_in(student, solution, "sgd_path", args, ("X", "y", "w", "lr", "seed"))
    assert found is not None and found.name == departure.LOOP and found.statement.lines == (6, 10), found
    said = departure.departure_finding("sgd_path", "path", found)
    assert "the loop at lines 6-10" in said.message and "(X, lr, w, y)" in said.message, said.message


def test_a_training_loop_is_given_the_weights_the_correct_code_left_and_reads_those_it_started_from():
    """A batch loop that stops one batch short: the weights it leaves are none of the correct code's first values
    (only a loop's first pass is recorded), but the correct code's weights as its loop left them, recorded as it
    returned, repair the output: the loop is where the values part, said with the weights it started from among
    what it reads. Weights that start wrong (drawn, not zeros) are not: the loop is not blamed."""
    solution = '''
def fit(X, y, lr, epochs):
    W = np.zeros(X.shape[1])
    b = 0.0
    for epoch in range(epochs):
        for start in range(0, len(X), 4):
            rows = slice(start, start + 4)
            err = X[rows] @ W + b - y[rows]
            W = W - lr * X[rows].T @ err / len(err)
            b = b - lr * err.mean()
    return X @ W + b
'''
    short = solution.replace("range(0, len(X), 4)", "range(0, len(X) - 4, 4)")
    rng = np.random.default_rng(6)
    args = [rng.normal(size=(10, 3)), rng.normal(size=10), 0.1, 3]
    found = _located_in(short, solution, "fit", args, ("X", "y", "lr", "epochs"))
    assert found is not None and found.name == departure.LOOP and sorted(found.names) == ["W", "b"], found
    assert "W" in found.reads and "b" in found.reads
    drawn = short.replace("W = np.zeros(X.shape[1])", "W = np.full(X.shape[1], 0.01)")
    found = _located_in(drawn, solution, "fit", args, ("X", "y", "lr", "epochs"))
    assert found is None or found.name != departure.LOOP, found


def test_a_loop_whose_weights_start_wrong_is_not_blamed_nor_is_a_list_it_appends_to():
    """Weights the loop reads and updates in place (`W -= ...`) are among what it reads from before it: drawn
    where zeros are meant, they are not right as it begins, so the loop is not where the values part. A list it
    only appends to, or an array it only writes entries of, is not read."""
    loops = top_level_loops('''
def fit(X, y):
    W = np.zeros(3)
    out = np.zeros(len(X))
    path = []
    total = 0.0
    for i in range(len(X)):
        W -= 0.1 * X[i] * (X[i] @ W - y[i])
        out[i] = X[i] @ W
        path.append(W.copy())
        total += out[i]
    return out, path, total
''', "fit")
    assert len(loops) == 1 and {"W", "X", "y", "total"} <= loops[0].reads
    assert "path" not in loops[0].reads and "out" in loops[0].reads  # out[i] is read on the last line, not only set


def test_a_tuple_returned_as_another_function_gives_it_is_located_by_its_parts():
    """`return helper(x)`: no local holds what is returned, a tuple; its parts are recorded one by one (return[k]),
    so the return line is found where the first wrong part is, and the helper it calls is named."""
    solution = '''
def helper(x):
    return x.sum(axis=0), x.mean(axis=1)


def f(x):
    total, mean = helper(x)
    return total, mean * 2.0
'''
    student = '''
def helper(x):
    return x.sum(axis=0), x.mean(axis=1)


def f(x):
    return helper(x)
'''
    found = located(student, [np.arange(12.0).reshape(3, 4)], solution, "f", part=1, parameters=("x",))
    assert found is not None and found.name == "return[1]" and found.statement.calls == ("helper",)
    said = departure.departure_finding("f", "mean", found).message
    assert "is what your function returns, at line 7: `return helper(x)`" in said
    assert said.endswith("the mistake is in that line, or in helper() that it calls.")


def test_parts_returned_in_another_order_are_said_so():
    solution = '''
def grads(x):
    return x * 2.0, x.sum(axis=0), x.mean(axis=0)
'''
    student = solution.replace("x.sum(axis=0), x.mean(axis=0)", "x.mean(axis=0), x.sum(axis=0)")
    found = located(student, [np.arange(12.0).reshape(3, 4)], solution, "grads", part=1, parameters=("x",))
    assert found is not None and found.other_part == (1, 2)
    said = departure.departure_finding("grads", "db", found).message
    assert "its part 2 is what the correct code returns as part 3" in said


def test_a_local_that_is_another_as_it_is_is_named_beside_the_line():
    """`a = h` where a step belongs between them (the ReLU left out): `a` agrees with a value of the correct code's
    (h), so the line that reads it is where the values part; `a = h` is named beside it. Not a parameter taken as
    given (`s = cache`)."""
    solution = '''
def f(x):
    h = x * 2.0
    r = np.maximum(h, 0)
    s = r.sum(axis=0)
    return s
'''
    student = solution.replace("r = np.maximum(h, 0)", "a = h").replace("r.sum", "a.sum")
    found = located(student, [np.linspace(-1, 1, 12).reshape(3, 4)], solution, "f", part=slice(None),
                    parameters=("x",))
    assert found is not None and found.name == "s"
    said = departure.departure_finding("f", "out", found).message
    assert said.endswith("or in `a`, set by line 4: `a = h`.")


def test_a_later_value_patched_past_one_of_the_students_own_making_locates_the_span():
    """The saliency of the loss where that of a class score is asked: `scores`, which the correct code never
    computes, cannot be repaired by any value of the correct code's, and what follows is unchecked; the correct
    dscores at the line that starts it (zeros: the row's -1 then gives the same saliency) repairs the output, so
    the mistake is said to lie between the two lines, not at the return."""
    solution = '''
def saliency(x, W1, W2, y):
    N = x.shape[0]
    a1 = x @ W1
    dscores = np.zeros((N, W2.shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ W2.T * (a1 > 0)
    dx = da1 @ W1.T
    return np.abs(dx)
'''
    student = '''
def saliency(x, W1, W2, y):
    N = x.shape[0]
    a1 = x @ W1
    scores = np.maximum(a1, 0) @ W2
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    dscores = probs.copy()
    dscores[np.arange(N), y] -= 1
    da1 = dscores @ W2.T * (a1 > 0)
    dx = da1 @ W1.T
    return np.abs(dx)
'''
    rng = np.random.default_rng(7)
    args = [rng.normal(size=(4, 5)), rng.normal(size=(5, 6)), rng.normal(size=(6, 3)), np.array([0, 2, 1, 2])]
    student_fn, solution_fn = module(student).saliency, module(solution).saliency
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    target = departure.return_target(mine.value, right.value, TOL)
    found = departure.first_departure("saliency", lambda patch: traced(student_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10))
    assert found is not None and found.own_from is not None
    assert (found.own_from[1], found.name, found.line) == ("scores", "dscores", 7)
    message = departure.departure_finding("saliency", "saliency", found).message
    assert "line 5: `scores = np.maximum(a1, 0) @ W2` computes `scores`, a value the correct code never" in message
    assert "the correct code's `dscores` (all zeros) there" in message
    assert "the mistake is in how lines 5-7 compute `dscores`" in message
    # the same student with the right dscores: nothing of its own making is left to locate past
    fixed = student.replace("dscores = probs.copy()", "dscores = np.zeros_like(probs)")
    fixed_fn = module(fixed).saliency
    assert np.allclose(fixed_fn(*args), right.value)
    # the value the return reads is not tried (any wrong function is repaired there: that says nothing)
    direct = '''
def saliency(x, W1, W2, y):
    N = x.shape[0]
    a1 = x @ W1
    scores = np.maximum(a1, 0) @ W2
    dx = ((scores - scores.max()) @ W2.T * (a1 > 0)) @ W1.T
    return np.abs(dx)
'''
    direct_fn = module(direct).saliency
    found = departure.first_departure("saliency", lambda patch: traced(direct_fn, args, patch), right, args,
                                      departure.return_target(direct_fn(*args), right.value, TOL), TOL, direct,
                                      Budget(10))
    # ... only the lines of the student's own from `scores` to the return are said, as the region (_own_region)
    assert found is not None and found.own_region and (found.own_from[0], found.line) == (5, 7)  # (the return too)


def test_a_loop_that_makes_its_generator_anew_from_the_same_seed_says_that_line():
    """Each pass of the student's loop seeds a new generator with the same seed, so every pass draws the first
    pass's permutation: the loop is where the values part, and the line that reseeds is said with it; a seed
    that changes with the pass (seed + epoch) is not such a line."""
    solution = '''
def fit(X, seed):
    w = np.zeros(X.shape[1])
    rng = np.random.default_rng(seed)
    for epoch in range(5):
        order = rng.permutation(len(X))
        w = 0.5 * w + X[order[0]]
    return w
'''
    student = solution.replace("    rng = np.random.default_rng(seed)\n", "").replace(
        "        order = rng", "        rng = np.random.default_rng(seed)\n        order = rng")
    X, seed = np.random.default_rng(2).normal(size=(9, 3)), 4
    student_fn, solution_fn = module(student).fit, module(solution).fit
    right, mine = traced(solution_fn, [X, seed]), traced(student_fn, [X, seed])
    found = departure.first_departure("fit", lambda patch: traced(student_fn, [X, seed], patch), right, [X, seed],
                                      departure.return_target(mine.value, right.value, TOL), TOL, student,
                                      Budget(10))
    assert found is not None and found.name == departure.LOOP and found.reseeded == (
        5, "rng = np.random.default_rng(seed)")
    finding = departure.departure_finding("fit", "w", found)
    assert "Line 5: `rng = np.random.default_rng(seed)` makes the generator anew from the same seed on every pass" \
        in finding.message
    loop = departure.top_level_loops(student, "fit")[0]
    moving = student.replace("default_rng(seed)", "default_rng(seed + epoch)")
    assert departure.reseeded_in_loop(moving, "fit", loop) is None
    assert departure.reseeded_in_loop(solution, "fit", departure.top_level_loops(solution, "fit")[0]) is None


def test_a_default_of_the_students_signature_is_the_departure_where_the_call_leaves_it():
    """h=1e-3 where the correct code's default is 1e-5: a call that leaves h to the default gets the student's,
    and with the correct code's h the output is right, so the def line's default is said (what the loop reads is
    not said to agree with the correct code); a call that gives h says nothing of it."""
    solution = '''
def slope(f, x, h=1e-5):
    up = f(x + h)
    down = f(x - h)
    return (up - down) / (2 * h)
'''
    student = solution.replace("h=1e-5", "h=1e-3")
    f, x = np.exp, np.array([0.3, -1.2, 2.0])
    student_fn, solution_fn = module(student).slope, module(solution).slope
    right, mine = traced(solution_fn, [f, x]), traced(student_fn, [f, x])
    assert not np.allclose(mine.value, right.value, rtol=1e-9, atol=0)
    found = departure.first_departure("slope", lambda patch: traced(student_fn, [f, x], patch), right, [f, x],
                                      departure.return_target(mine.value, right.value, TOL), TOL, student,
                                      Budget(10), right_defaults={"h": 1e-5})
    assert found is not None and found.default and (found.name, found.mine, found.right, found.line) == (
        "h", 1e-3, 1e-5, 2)
    message = departure.departure_finding("slope", "slope", found).message
    assert "this call leaves `h` to its default, and your default is 0.001" in message
    assert "where the correct code's is 1e-05" in message and "The mistake is the default in that line" in message
    assert "Your default of" not in message
    # two defaults swapped (hold-out 39's qn2: eta alone was said, which repairs one call only): the other said too
    solution2 = "\ndef noise(step, eta=0.3, gamma=0.55):\n    return np.sqrt(eta / (1 + step) ** gamma)\n"
    student2 = solution2.replace("eta=0.3, gamma=0.55", "eta=0.55, gamma=0.3")
    fn2, right_fn2 = module(student2).noise, module(solution2).noise
    args2 = [np.array([0.0])]
    found = departure.first_departure("noise", lambda patch: traced(fn2, args2, patch), traced(right_fn2, args2),
                                      args2, departure.return_target(fn2(*args2), right_fn2(*args2), TOL), TOL,
                                      student2, Budget(10), right_defaults={"eta": 0.3, "gamma": 0.55})
    assert found is not None and found.default and found.other_defaults == [("gamma", 0.3, 0.55)], found
    assert "Your default of `gamma` is 0.3 too, where the correct code's is 0.55" in \
        departure.departure_finding("noise", "lr", found).message
    # given h, the call does not read the default: nothing is said of it
    given = [f, x, 1e-5]
    assert np.allclose(student_fn(*given), solution_fn(*given))
    # a default written as an expression (h=math.sqrt(1e-6)): its value as the call held it (hold-out 31's gain
    # default math.sqrt(2): the return line was blamed, its reads said to agree)
    student = "import math\n" + solution.replace("h=1e-5", "h=math.sqrt(1e-6)")
    student_fn = module(student).slope
    mine = traced(student_fn, [f, x])
    found = departure.first_departure("slope", lambda patch: traced(student_fn, [f, x], patch), right, [f, x],
                                      departure.return_target(mine.value, right.value, TOL), TOL, student,
                                      Budget(10), right_defaults={"h": 1e-5})
    assert found is not None and found.default and (found.name, found.right, found.line) == ("h", 1e-5, 3)
    assert math.isclose(found.mine, 1e-3)


def test_a_list_started_with_an_entry_by_a_tuple_binding_is_where_the_values_part():
    """`means, variances = [h.mean()], [h.var()]` before the loop that appends to them: the line that starts the
    lists is said, not the loop (hold-out 18: "the mistake is in that loop", which is right)."""
    solution = '''
def stats(X, weights):
    h = X
    means = []
    for W in weights:
        h = np.tanh(h @ W)
        means.append(h.mean())
    return np.array(means)
'''
    student = '''
def stats(X, weights):
    h = X
    means, variances = [h.mean()], [h.var()]
    for W in weights:
        h = np.tanh(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means)
'''
    rng = np.random.default_rng(4)
    args = [rng.normal(size=(6, 4)), [rng.normal(size=(4, 4)) for _ in range(3)]]
    assert dict(departure.top_level_loops(student, "stats")[0].bound_before)["means"] == 4
    student_fn, solution_fn = module(student).stats, module(solution).stats
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    found = departure.first_departure("stats", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student,
                                      Budget(10))
    assert found is not None and found.start_of is not None and (found.name, found.line) == ("means", 4)


def test_a_loops_first_pass_is_not_said_to_part_where_the_correct_code_calls_helpers():
    """Where the correct code computes part of its values in another function of its module, a value of the
    student's may be one of those, unseen: no statement of the loop's first pass is said to part (hold-out 18: a
    residual the correct code computes in its gradient helper was said to be one it never computes)."""
    solution = WALK
    student = solution.replace("0.1 * w", "0.2 * w")
    args = [np.arange(3.0), 4]
    mine_fn, right_fn = module(student).walk, module(solution).walk
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    for helpers in (False, True):
        found = departure.first_departure("walk", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                          TOL, student, Budget(10), helpers=helpers)
        assert found is not None and found.name == departure.LOOP
        assert (found.first_in_pass is None) is helpers


def test_a_loop_that_reads_a_mask_set_before_it_is_said_with_the_mask():
    """A truncated normal by redrawing: the mask of the draws to redraw (booleans: not recorded) is set from values
    that agree before the loop; the loop leaves values the correct code never computes. The loop is said, with the
    mask as a place the mistake may be (not checked), where it said nothing before."""
    solution = '''
def draws(shape, seed, std):
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
'''
    student = '''
def draws(shape, seed, std):
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, std, size=shape)
    bad = np.abs(w) > 2 * std
    while bad.any():
        w[bad] = rng.normal(0.0, std, size=int(bad.sum()))
        bad = np.abs(w) > 2 * std
    return w
'''
    args = [(30, 20), 4, 0.5]
    mine_fn, right_fn = module(student).draws, module(solution).draws
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.unrecorded == {"bad": "mask"}
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("draws", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and found.name == departure.LOOP and found.names == ["w"]
    assert found.masks == [("bad", 5, "bad = np.abs(w) > 2 * std")]
    said = departure.departure_finding("draws", "draws", found).message
    assert "the loop at lines 6-8 (`while bad.any():`) leaves `w` holding values" in said
    assert "`bad`, a mask of yours (line 5), not checked" in said
    assert said.endswith("the mistake is in that loop, or in the mask `bad`, set by line 5: "
                         "`bad = np.abs(w) > 2 * std`.")


EARLY_STOPPING = '''
def early_stopping(val_losses, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, best_epoch
    return len(val_losses) - 1, best_epoch
'''


def passes_compared(student: str, solution: str, args: list):
    """loop_pass_departure of the student's early_stopping against the solution's, both traced in-process."""
    mine_fn, right_fn = module(student).early_stopping, module(solution).early_stopping
    for fn in (mine_fn, right_fn):
        fn.__globals__["math"] = math
    return departure.loop_pass_departure("early_stopping", student, solution,
                                         lambda at: traced(mine_fn, args, passes_at=at),
                                         lambda at: traced(right_fn, args, passes_at=at), TOL)


LAYER_STATISTICS = '''
def layer_means(X, weights):
    h, means = X, []
    for W in weights:
        h = np.tanh(h @ W)
        means.append(h.mean())
    return np.array(means)
'''


def layers_compared(student: str, size: int):
    """loop_pass_departure of the student's layer_means against LAYER_STATISTICS, on layers of size x size (weights
    of 1,600 entries are too many to keep at a pass: digested)."""
    rng = np.random.default_rng(3)
    args = [rng.normal(size=(30, size)), [rng.normal(0, 0.3, size=(size, size)) for _ in range(5)]]
    mine_fn, right_fn = module(student).layer_means, module(LAYER_STATISTICS).layer_means
    return departure.loop_pass_departure("layer_means", student, LAYER_STATISTICS,
                                         lambda at: traced(mine_fn, args, passes_at=at),
                                         lambda at: traced(right_fn, args, passes_at=at), TOL)


@pytest.mark.parametrize("size", [8, 40])
def test_a_loop_taking_its_items_in_another_order_is_said_by_the_line_that_takes_them(size):
    """Layers popped from the end of a copy (hold-out 34: the lines that append the statistics were blamed): what
    the pass works on is the correct code's item of another pass, said with the line that takes it; a loop that
    skips the first item likewise; one that takes the right items and computes otherwise is not said so."""
    popped = LAYER_STATISTICS.replace("    for W in weights:\n", "    layers = list(weights)\n    while layers:\n"
                                      "        W = layers.pop()\n")
    found = layers_compared(popped, size)
    assert found is not None and found.taken is not None and found.taken.line == 6
    assert found.taken.passes == [(0, 4), (1, 3), (2, 2), (3, 1)]
    said = departure.pass_departure_finding("layer_means", found).message
    assert "your `W` (line 6: `W = layers.pop()`) holds what the correct code's `W` holds in its pass 5 (in your " \
           "passes 2, 3, 4 what it holds in its passes 4, 3, 2)" in said
    assert "the mistake is most likely in line 6." in said and "means.append" not in said
    skipped = LAYER_STATISTICS.replace("    for W in weights:\n", "    for i in range(1, len(weights)):\n"
                                       "        W = weights[i]\n")
    found = layers_compared(skipped, size)
    assert found is not None and found.taken is not None and found.taken.passes[:2] == [(0, 1), (1, 2)]
    assert found.taken.counts == (4, 5)  # one pass fewer: the range is said, not the line that takes the item
    said = departure.pass_departure_finding("layer_means", found).message
    assert "your loop makes 4 passes where the correct code's makes 5: its range (or a range around it) is off" in said
    # an item of none of the correct code's passes, where every pass before took the correct code's: said as taken
    # otherwise from that pass on, at the line that takes it; not where the line computes it (hold-out 40's qo8: a
    # probs without the bias was said "drawn or taken otherwise")
    drawn = LAYER_STATISTICS.replace("    for W in weights:\n", "    other = [w[::-1] for w in weights]\n"
                                     "    for k in range(len(weights)):\n"
                                     "        W = weights[k] if k < 2 else other[k]\n")
    found = layers_compared(drawn, size)
    assert found is not None and found.taken is not None and found.taken.passes == [(2, None)], found
    said = departure.pass_departure_finding("layer_means", found).message
    assert "holds none of the correct code's values there, where in every pass before it held what the correct " \
           "code's `W` held" in said, said
    computed = drawn.replace("else other[k]", "else weights[k] * 1.5")
    found = layers_compared(computed, size)
    assert found is None or found.taken is None, found
    # for W in reversed(weights) (hold-out 37): the header takes them; where the activations carried are too large to
    # keep at a pass (size 40), nothing carried parts as kept, and the items taken say it alone
    backwards = LAYER_STATISTICS.replace("for W in weights:", "for W in reversed(weights):")
    found = layers_compared(backwards, size)
    assert found is not None and found.taken is not None and found.taken.line == 4
    assert found.taken.passes[:2] == [(0, 4), (1, 3)]
    said = departure.pass_departure_finding("layer_means", found).message
    assert "your `W` (line 4: `for W in reversed(weights):`) holds what the correct code's `W` holds in its pass 5" \
        in said, said
    other = LAYER_STATISTICS.replace("np.tanh(h @ W)", "np.tanh(h @ W) * 0.9")
    found = layers_compared(other, size)
    assert found is not None and found.taken is None


def test_two_loops_are_compared_pass_by_pass_on_what_both_carry():
    """A condition that counts a rising loss as an improvement: the values part after one pass, which is said with
    what its header bound and the lines that set what parts (no statement's value is one the correct code never
    computes: the pass says where)."""
    student = EARLY_STOPPING.replace("if loss < best - min_delta:", "if abs(best - loss) > min_delta:")
    losses = [3.0, 2.0, 1.0, 1.5, 1.4, 1.3, 1.2, 1.1]
    found = passes_compared(student, EARLY_STOPPING, [losses, 3])
    assert found is not None and found.index == 3  # the fourth pass (loss 1.5) is the first to differ
    assert found.given == [("epoch", 3), ("loss", 1.5)]
    assert [name for name, *_ in found.parted] == ["best", "best_epoch", "wait"]
    assert [line for line, _ in found.setters] == [6, 8]
    said = departure.pass_departure_finding("early_stopping", found).message
    assert "hold the same values as each of their first 4 passes begins" in said
    assert "after pass 4 (epoch = 3, loss = 1.5) they part: your `best` holds 1.5 where the correct code's holds 1;" \
        in said
    assert "line 6: `best, best_epoch, wait = loss, epoch, 0` (under line 5: `if abs(best - loss) > min_delta:`)" \
        in said


def test_loops_that_part_before_their_first_pass_or_never_are_not_compared():
    """A best loss started at the first loss instead of inf parts before the loop (no pass to name); the correct
    code against itself never parts."""
    student = EARLY_STOPPING.replace("math.inf, 0, 0", "val_losses[0], 0, 0")
    losses = [3.0, 2.0, 1.0, 1.5, 1.4, 1.3, 1.2, 1.1]
    assert passes_compared(student, EARLY_STOPPING, [losses, 3]) is None
    assert passes_compared(EARLY_STOPPING, EARLY_STOPPING, [losses, 3]) is None


def test_a_loop_that_parts_after_some_pass_is_said_through_the_sandbox(tmp_path: Path):
    """a8's early_stopping with `abs(best - loss) > min_delta`: traced in the child, the passes come back and the
    pass after which the best loss parts is said with the line under the condition."""
    spec = load_assignment("a8_pipeline")
    path = tmp_path / spec.module
    path.write_text(with_function(spec, '''
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if abs(best - loss) > min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
'''))
    result = grade_submission(spec, path, select="test_early_stopping_min_delta")
    said = [d.message for t in result.tests for d in t.diagnoses]
    assert any("in early_stopping(), your loop at lines" in m and "they part: your `best` holds" in m
               and "(under line" in m and "`if abs(best - loss) > min_delta:`" in m for m in said), said


def _departure_of(student: str, solution: str, name: str, args: list):
    mine_fn, right_fn = getattr(module(student), name), getattr(module(solution), name)
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    return departure.first_departure(name, lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                     student, Budget(10))


def test_a_name_bound_to_a_value_the_correct_code_has_elsewhere_is_compared_with_its_own_binding():
    """The velocity's default is the first step, -lr * dw: a value the correct code computes (its velocity after
    the update), but not what its first binding of v holds (zeros). The two bind v alike, twice: the first
    binding is the departure, and it is not said to be a value the correct code never computes."""
    solution = '''
def step(w, dw, config):
    v = config.get("velocity", np.zeros_like(w))
    v = 0.9 * v - 0.1 * dw
    return w + v
'''
    student = solution.replace('np.zeros_like(w))', '-0.1 * dw)')
    rng = np.random.default_rng(0)
    found = _departure_of(student, solution, "step", [rng.normal(size=5), rng.normal(size=5), {}])
    assert found is not None and found.line == 3 and found.name == "v" and found.otherwise
    said = departure.departure_finding("step", "w", found).message
    assert said.startswith("in step(), the first value of yours that is not what the correct code's `v` holds there "
                           "is `v`, set by line 3:")


def test_a_count_named_in_another_case_is_compared_with_the_correct_codes():
    """n = x.shape[-1] (4, the number of features: a number the correct code has) where the correct code's N is
    the number of rows (8): n is the departure, tried with N's value."""
    solution = '''
def unbiased_var(x):
    N = x.shape[0]
    var = x.var(axis=0)
    return var * N / (N - 1)
'''
    student = solution.replace("N = x.shape[0]", "n = x.shape[-1]").replace("* N / (N - 1)", "* n / (n - 1)")
    found = _departure_of(student, solution, "unbiased_var", [np.random.default_rng(1).normal(size=(8, 4))])
    assert found is not None and (found.line, found.name, found.right_name, found.right) == (3, "n", "N", 8)


def test_a_name_the_loop_never_sets_is_said_as_the_mistake():
    """A best epoch never updated in the loop: it stays as the loop began where the correct code's changes; no line
    of the loop is blamed."""
    student = EARLY_STOPPING.replace("best, best_epoch, wait = loss, epoch, 0", "best, wait = loss, 0")
    found = passes_compared(student, EARLY_STOPPING, [[3.0, 2.0, 1.0, 1.5, 1.4, 1.3, 1.2, 1.1], 3])
    assert found is not None and found.index == 1 and found.unset == ["best_epoch"]
    said = departure.pass_departure_finding("early_stopping", found).message
    assert "hold the same values as each of their first 2 passes begins" in said
    assert said.endswith("No line of your loop sets `best_epoch`: it stays as the loop began, where the correct "
                         "code's changes in that pass (an update left out?).")


def test_an_operation_that_raises_on_a_later_pass_of_a_loop_is_said_with_the_loop():
    """The kernel's offsets swapped in a loop over them, w[:, j, i]: for a non-square kernel, a later pass indexes
    past an axis. The operation that raised reads only the loop's indices and an array given as it is: said with
    the loop, whose ranges may be the mistake as well (hold-out 20: only IndexError's checklist). An operation
    that reads a value the loop changes is not said: its first pass alone was recorded."""
    solution = '''
def scatter(dout, w):
    out = np.zeros((dout.shape[0], w.shape[1] + 2, w.shape[2] + 2))
    for i in range(w.shape[1]):
        for j in range(w.shape[2]):
            out[:, i:i + 3, j:j + 3] += dout * w[:, i, j][:, None, None]
    return out
'''
    student = solution.replace("w[:, i, j]", "w[:, j, i]")
    rng = np.random.default_rng(5)
    args = [rng.normal(size=(2, 3, 3)), rng.normal(size=(2, 3, 4))]
    found = _raising(student, args, solution, "scatter", ("dout", "w"))
    assert found is not None and found.raised_in_loop is not None and found.part == "w[:, j, i]"
    said = departure.departure_finding("scatter", "scatter()", found, raised=True).message
    assert "raises the error at `w[:, j, i]`, on a pass of the loop at lines 4-6" in said
    assert "(w) agrees with the correct code" in said and "the ranges the loops give `i` and `j`" in said, said
    changed = solution.replace("        for j in range(w.shape[2]):\n",
                               "        for j in range(w.shape[2]):\n            w = w[:, :, ::-1]\n").replace(
                                   "w[:, i, j]", "w[:, j, i]")
    assert _raising(changed, args, solution, "scatter", ("dout", "w")) is None


def test_a_value_gathered_in_a_padded_buffer_is_repaired_by_the_right_one_with_a_zero_border():
    """A gradient gathered into a buffer with a border (then cropped), where the correct code computes none: the
    right value with a border of zeros repairs it, so the line that fills it is found (hold-out 20's conv
    backward into a padded dx had nothing to repair it with)."""
    solution = '''
def grow(x):
    out = x * 2.0
    return out
'''
    student = '''
def grow(x):
    buf = np.zeros((x.shape[0], x.shape[1] + 2, x.shape[2] + 2))
    buf[:, 1:-1, 1:-1] += x * 3.0
    return buf[:, 1:-1, 1:-1]
'''
    x = np.random.default_rng(6).normal(size=(2, 3, 4))
    found = located(student, [x], solution, "grow", part=slice(None), parameters=("x",))
    assert found is not None and found.line == 4 and found.name == "buf"
    assert np.array_equal(found.right, np.pad(2.0 * x, [(0, 0), (1, 1), (1, 1)]))


def test_two_lines_each_wrong_from_right_values_are_repaired_together():
    """X and y both centred before the normal equations: each line computes a value the correct code never
    computes from values that agree, and neither alone is repaired by any value of the correct code's (the other
    stays wrong); given right values together (a SEVERAL patch), the return is right: both lines are said
    (hold-out 18: nothing was said)."""
    solution = '''
def fit(X, y):
    return np.linalg.solve(X.T @ X, X.T @ y)
'''
    student = '''
def fit(X, y):
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    return np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
'''
    rng = np.random.default_rng(7)
    X = rng.normal(size=(20, 3)) + 1.0
    args = [X, X @ np.array([1.0, -2.0, 0.5]) + 0.1 * rng.normal(size=20) + 3.0]
    found = located(student, args, solution, "fit", part=slice(None), parameters=("X", "y"))
    assert found is not None and (found.line, found.name) == (3, "Xc") and found.pair is not None
    assert found.pair[:3] == (4, "yc", "yc = y - y.mean()")
    message = departure.departure_finding("fit", "w", found).message
    assert "line 3: `Xc = X - X.mean(axis=0)`" in message and "line 4: `yc = y - y.mean()`" in message
    assert "the mistake is in those two lines" in message
    # one of them alone wrong is a departure of one line, as before
    one = student.replace("    yc = y - y.mean()\n", "    yc = y\n")
    alone = located(one, args, solution, "fit", part=slice(None), parameters=("X", "y"))
    assert alone is None or alone.pair is None


def test_a_return_of_names_holding_values_from_on_the_way_says_the_step_left_out_or_skipped():
    """`mode` compared with a misspelling: the branch that divides by the std never runs, and the return of the
    names as they are holds the centred values the correct code has on the way. The return line computes
    nothing, so it is not said to be the mistake: a step left out, or the condition that did not hold (its
    line and text) is (hold-out sweep: "the mistake is in that line" of `return X_train, X_test` before)."""
    solution = '''
def normalize(X, T, mode="standardize"):
    mean = X.mean(axis=0)
    X, T = X - mean, T - mean
    if mode == "standardize":
        std = X.std(axis=0)
        X, T = X / std, T / std
    return X, T
'''
    student = solution.replace('mode == "standardize"', 'mode == "standardise"')
    rng = np.random.default_rng(8)
    args = [rng.normal(size=(10, 3)) * 3 + 1, rng.normal(size=(4, 3)) * 3 + 1]
    found = located(student, args, solution, "normalize", part=0, parameters=("X", "T"))
    assert found is not None and found.skipped == [(5, 'if mode == "standardise":')], found
    message = departure.departure_finding("normalize", "X", found).message
    assert "returns values the correct code computes on the way" in message and "the mistake is in that line" \
        not in message and 'Line 5: `if mode == "standardise":` did not hold in this call' in message, message


def test_a_buffer_of_zeros_is_not_said_as_a_number_or_as_agreeing():
    """A zeros allocation of the student's own shape is a buffer: what reads it is checked, and the message says
    neither "the number buf" nor that it agrees with the correct code."""
    solution = '''
def grow(x):
    return x * 2.0
'''
    student = '''
def grow(x):
    buf = np.zeros((x.shape[0], x.shape[1] + 2, x.shape[2] + 2))
    buf[:, 1:-1, 1:-1] += x * 3.0
    return buf[:, 1:-1, 1:-1]
'''
    x = np.random.default_rng(6).normal(size=(2, 3, 4))
    found = located(student, [x], solution, "grow", part=slice(None), parameters=("x",))
    message = departure.departure_finding("grow", "out", found).message
    assert "the number buf" not in message and "(buf" not in message and "reads (x)" in message, message


def test_a_name_returned_as_it_is_past_a_condition_that_did_not_hold_says_that_condition():
    """A single name returned as it is says nothing where it may have changed unseen; but where it holds a value
    the correct code has on the way and the statement that sets it again, under a condition, never ran, that
    condition is said."""
    solution = '''
def normalize(X, mode="standardize"):
    X = X - X.mean(axis=0)
    if mode == "standardize":
        X = X / X.std(axis=0)
    return X
'''
    student = solution.replace('mode == "standardize"', 'mode == "standardise"')
    X = np.random.default_rng(9).normal(size=(10, 3)) * 3 + 1
    found = located(student, [X], solution, "normalize", part=slice(None), parameters=("X",))
    assert found is not None and found.skipped == [(4, 'if mode == "standardise":')]
    # the branch ran, and the return is wrong for another reason: nothing said at the return
    ran = solution.replace("X / X.std(axis=0)", "X / X.var(axis=0)")
    other = located(ran, [X], solution, "normalize", part=slice(None), parameters=("X",))
    assert other is None or not other.skipped


def test_a_stack_of_the_correct_codes_values_agrees_with_it():
    """The layers' outputs stacked in one array (np.stack(outputs)) where the correct code keeps each apart: the
    stack agrees slice by slice, so the line that reduces it wrongly is found (hold-out 20: nothing was said)."""
    solution = '''
def stats(X, weights):
    h, variances = X, []
    for W in weights:
        h = np.tanh(h @ W)
        variances.append(h.var())
    return np.array(variances)
'''
    student = '''
def stats(X, weights):
    outputs, h = [], X
    for W in weights:
        h = np.tanh(h @ W)
        outputs.append(h)
    H = np.stack(outputs)
    return H.var(axis=2).mean(axis=1)
'''
    rng = np.random.default_rng(10)
    args = [rng.normal(size=(6, 4)), [rng.normal(size=(4, 4)) for _ in range(3)]]
    found = located(student, args, solution, "stats", part=slice(None), parameters=("X", "weights"))
    assert found is not None and found.line == 8 and found.reads == ["H"], found
    known = departure.KnownValues([np.ones((6, 4)), np.zeros((6, 4))], TOL)
    assert known.holds(np.stack([np.ones((6, 4)), np.zeros((6, 4))]))
    assert not known.holds(np.stack([np.ones((6, 4)), np.full((6, 4), 2.0)]))
    # where the correct code stacks such rows itself (a path of weights), a stack of another length is not its
    # value: a path with the start weights as an extra first row stays wrong (its list's start is said)
    w0, w1, w2 = np.zeros(3), np.ones(3), np.full(3, 2.0)
    path = departure.KnownValues([w0, w1, w2, np.stack([w1, w2])], TOL)
    assert not path.holds(np.stack([w0, w1, w2]))


def test_a_reshape_that_cuts_the_rows_elsewhere_is_tried_in_the_correct_codes_shape():
    """x.reshape(-1, x.shape[-1]) holds the entries of the correct code's x.reshape(N, -1) in another shape: the
    product with w fails. The correct code's value as it is, in that line's place, lets the call run and return the
    expected output: that line is where the values part (not only the error's text). The correct code never names
    its flattened x (no local of its of that shape to try)."""
    solution = '''
def affine_forward(x, w, b):
    out = x.reshape(x.shape[0], -1) @ w + b
    return out, (x, w, b)
'''
    student = '''
def affine_forward(x, w, b):
    rows = x.reshape(-1, x.shape[-1])
    out = rows @ w + b
    return out, (x, w, b)
'''
    args = [np.random.default_rng(5).normal(size=(3, 4, 2)), np.random.default_rng(6).normal(size=(8, 5)),
            np.zeros(5)]
    mine_fn, right_fn = module(student).affine_forward, module(solution).affine_forward
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.error is not None and right.error is None
    target = departure.error_target(str(mine.error), right.value, TOL)
    found = departure.first_departure("affine_forward", lambda patch: traced(mine_fn, args, patch), right, args,
                                      target, TOL, student, Budget(10),
                                      departure.expression_values(right_fn, dict(zip("xwb", args)), solution))
    assert found is not None and (found.line, found.name) == (3, "rows")
    said = departure.departure_finding("affine_forward", "affine_forward()", found, raised=True).message
    assert "has shape (12, 2) where the right value has (3, 8)" in said and "runs without the error" in said


def test_a_count_one_short_that_makes_the_call_raise_is_said_off_by_one():
    """K = y.max() classes where y.max() + 1 are meant: the one-hot step indexes past the last column. K is a whole
    number of the student's own (the correct code names its count otherwise), unchecked; one more there lets the
    call run and return the expected output, so K is said off by one. A size read off the data (n = len(y)) is
    not tried, nor a count that one more or less does not repair."""
    solution = '''
def one_hot_means(x, y):
    classes = int(y.max()) + 1
    onehot = np.zeros((len(y), classes))
    onehot[np.arange(len(y)), y] = 1.0
    return onehot.T @ x / len(y)
'''
    student = '''
def one_hot_means(x, y):
    n = len(y)
    repeats = 3
    K = int(np.max(y))
    onehot = np.zeros((n, K))
    for i in range(n):
        onehot[i, y[i]] = 1.0
    return onehot.T @ x / n
'''
    args = [np.random.default_rng(2).normal(size=(6, 3)), np.array([0, 2, 1, 2, 0, 1])]
    mine_fn, right_fn = module(student).one_hot_means, module(solution).one_hot_means
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert isinstance(mine.error, IndexError) and right.error is None
    target = departure.error_target(str(mine.error), right.value, TOL)
    found = departure.first_departure("one_hot_means", lambda patch: traced(mine_fn, args, patch), right, args,
                                      target, TOL, student, Budget(10))
    assert found is not None and (found.line, found.name, found.off_by, found.mine, found.right) == (5, "K", 1, 2, 3)
    said = departure.departure_finding("one_hot_means", "one_hot_means()", found, raised=True).message
    assert "line 5: `K = int(np.max(y))` sets `K` to 2; with 3 there (one more)" in said
    assert "runs without the error" in said
    # the same count right, the error from elsewhere (the index itself one too far): no count is blamed
    shifted = student.replace("K = int(np.max(y))", "K = int(np.max(y)) + 1").replace("y[i]] =", "y[i] + 1] =")
    mine_fn = module(shifted).one_hot_means
    mine = traced(mine_fn, args)
    assert isinstance(mine.error, IndexError)
    target = departure.error_target(str(mine.error), right.value, TOL)
    found = departure.first_departure("one_hot_means", lambda patch: traced(mine_fn, args, patch), right, args,
                                      target, TOL, shifted, Budget(10))
    assert found is None or found.name != "K"


def test_a_statistic_over_the_wrong_axis_is_tried_as_the_correct_codes_over_its_axis():
    """var kept as (1, D) (over the batch) where the correct code's x.var(axis=1, keepdims=True) is (N, 1), never
    named: that value in var's place repairs the output; said with the axis it was taken over. Of the correct code's
    values kept over another axis, the nearest in magnitude is tried first (the variance, not the mean)."""
    solution = '''
def layernorm(x):
    mu = x.mean(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(x.var(axis=1, keepdims=True) + 1e-5)
    return (x - mu) * inv_std
'''
    student = '''
def layernorm(x):
    mu = np.mean(x, axis=1, keepdims=True)
    var = np.mean((x - mu) ** 2, axis=0, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-5)
'''
    args = [np.random.default_rng(4).normal(size=(4, 7)) * 3]
    mine_fn, right_fn = module(student).layernorm, module(solution).layernorm
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("layernorm", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10),
                                      departure.expression_values(right_fn, {"x": args[0]}, solution))
    assert found is not None and (found.line, found.name) == (4, "var")
    said = departure.departure_finding("layernorm", "out", found).message
    assert "has shape (1, 7) where the right value has (4, 1): taken over axis 0, where the right one keeps it" in said


def test_a_value_applied_to_another_value_than_the_correct_codes_is_said_where_it_raised():
    """The dropout scale (N, H) multiplies the layer's output (N, M) where the correct code multiplies the hidden h
    (N, H) by it: the product raises. scale agrees with the correct code's, and the student's function holds that h
    too: said with both lines. An operand that agrees with nothing of the correct code's says nothing."""
    solution = '''
def block(x, w, scale):
    h = np.maximum(x, 0)
    h = h * scale
    return h @ w
'''
    student = '''
def block(x, w, scale):
    h = np.maximum(x, 0)
    branch = h @ w
    branch = branch * scale
    return branch
'''
    rng = np.random.default_rng(8)
    args = [rng.normal(size=(5, 8)), rng.normal(size=(8, 4)), (rng.random((5, 8)) < 0.5) / 0.5]
    mine_fn, right_fn = module(student).block, module(solution).block
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.error is not None and right.error is None
    found = departure.applied_elsewhere("block", student, solution, args, mine, right, TOL)
    assert found is not None and found.relation == "applied_elsewhere"
    assert found.message.startswith("in block(), line 5: `branch = branch * scale` raised the error")
    assert "Your `scale` (5, 8) is the correct code's `scale`, which the correct code applies with `*` to its `h` " \
           "(5, 8) (`h = h * scale`), a value your function holds as `h`; yours applies it to `branch` (5, 4)" \
        in found.message
    assert without_numbers(found.plain) and "`h`" in found.plain
    # a scale of the student's own making (not the correct code's): nothing said
    own = student.replace("    branch = branch * scale", "    bigger = scale + 1\n    branch = branch * bigger")
    own_fn = module(own).block
    mine = traced(own_fn, args)
    assert mine.error is not None
    assert departure.applied_elsewhere("block", own, solution, args, mine, right, TOL) is None


def test_a_return_reached_because_an_early_return_did_not_run_says_its_condition_first():
    """mode compared with 'fan-avg' never holds: the fall-through return runs, right for another mode. The line it
    names is right; the condition whose return did not run is said first."""
    solution = '''
def std(fan_in, fan_out, mode="fan_avg"):
    if mode == "fan_avg":
        return math.sqrt(2.0 / (fan_in + fan_out))
    return math.sqrt(1.0 / fan_in)
'''
    student = '''
def std(fan_in, fan_out, mode="fan_avg"):
    if mode == "fan-avg":
        return math.sqrt(2.0 / (fan_in + fan_out))
    return math.sqrt(1.0 / fan_in)
'''
    args = [150, 200, "fan_avg"]
    mine_module, right_module = module(student), module(solution)
    mine_module.math = right_module.math = math
    mine_fn, right_fn = mine_module.std, right_module.std
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("std", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and found.line == 5 and \
        found.passed_returns == [(3, 'if mode == "fan-avg":', "mode is 'fan_avg'")]
    said = departure.departure_finding("std", "std", found).message
    assert 'the mistake is in the condition at line 3, `if mode == "fan-avg":`: this call\'s mode is \'fan_avg\'' \
        in said and said.endswith("; or in that line.")
    # a fall-through that is right for this call (mode "fan_in", its own formula wrong): no condition is blamed
    wrong_formula = student.replace('"fan-avg"', '"fan_avg"').replace("1.0 / fan_in", "2.0 / fan_in")
    args = [150, 200, "fan_in"]
    mine_fn = module(wrong_formula).std
    mine_fn.__globals__["math"] = math
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("std", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      wrong_formula, Budget(10))
    assert found is not None and found.line == 5 and found.passed_returns == []


def test_a_local_right_by_chance_on_the_traced_call_is_tried_with_the_correct_codes_named_values():
    """cache / (1 - rho ** t) with t = 1 on the first call is g * g, a value the correct code computes (it squares
    g): right by chance there, and the return reads nothing else wrong. The correct code's cache in its place
    repairs the step: that line is said, as not what the correct code's cache holds there."""
    solution = '''
def rmsprop(w, g, rho):
    cache = (1 - rho) * (g * g)
    return w - 0.01 * g / (np.sqrt(cache) + 1e-8)
'''
    student = '''
def rmsprop(w, g, rho):
    t = 1
    cache = rho * 0.0 + (1 - rho) * g * g
    cache_hat = cache / (1 - rho ** t)
    return w - 0.01 * g / (np.sqrt(cache_hat) + 1e-8)
'''
    rng = np.random.default_rng(14)
    args = [rng.normal(size=5), rng.normal(size=5), 0.99]
    mine_fn, right_fn = module(student).rmsprop, module(solution).rmsprop
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("rmsprop", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10),
                                      departure.expression_values(right_fn, dict(zip(("w", "g", "rho"), args)),
                                                                  solution))
    assert found is not None and (found.line, found.name, found.right_name) == (5, "cache_hat", "cache")
    said = departure.departure_finding("rmsprop", "w", found).message
    assert "the first value of yours that is not what the correct code's `cache` holds there is `cache_hat`" in said


def test_a_number_right_by_chance_on_the_traced_call_is_tried_with_the_correct_codes_values():
    """gamma / (1 + step) ** eta at step 0 is gamma, a value the correct code has (its argument), where eta / (1 +
    step) ** gamma is meant (hold-out 66's ro2: the return line was blamed, its square root right). The correct
    variance in its place repairs the return: that line is said."""
    solution = '''
def noise_std(step, eta=0.3, gamma=0.55):
    return math.sqrt(eta / (1 + step) ** gamma)
'''
    student = '''
def noise_std(step, eta=0.3, gamma=0.55):
    variance = gamma / (1 + step) ** eta
    return math.sqrt(variance)
'''
    args = [0, 0.3, 0.55]
    mine_module, right_module = module(student), module(solution)
    mine_module.math = right_module.math = math
    mine_fn, right_fn = mine_module.noise_std, right_module.noise_std
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("noise_std", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10),
                                      departure.expression_values(right_fn, dict(zip(("step", "eta", "gamma"), args)),
                                                                  solution))
    assert found is not None and (found.line, found.name) == (3, "variance"), found
    said = departure.departure_finding("noise_std", "std", found).message
    assert "`variance = gamma / (1 + step) ** eta`" in said and "0.3" in said


def test_a_buffer_allocated_in_the_inputs_shape_that_the_windows_do_not_fit_is_said():
    """out = np.empty_like(x) where the windows cropped from x fill an (N, size) buffer: the loop's write raises.
    A buffer of the correct code's shape there lets the call run and return the correct code's shape, though its
    draws are the student's own (another random stream): that allocation is said, with the shapes."""
    solution = '''
def crop(x, size, seed):
    rng = np.random.default_rng(seed)
    starts = rng.integers(0, x.shape[1] - size + 1, size=len(x))
    out = np.empty((len(x), size))
    for i in range(len(x)):
        out[i] = x[i, starts[i]:starts[i] + size]
    return out
'''
    student = '''
def crop(x, size, seed):
    rng = np.random.default_rng(seed)
    out = np.empty_like(x)
    for i in range(len(x)):
        s = int(rng.random() * (x.shape[1] - size + 1))
        out[i] = x[i, s:s + size]
    return out
'''
    args = [np.random.default_rng(15).normal(size=(6, 9)), 4, 3]
    mine_fn, right_fn = module(student).crop, module(solution).crop
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.error is not None and right.error is None
    target = departure.error_target(str(mine.error), right.value, TOL)
    found = departure.first_departure("crop", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and (found.line, found.name, found.runs_only) == (4, "out", True)
    said = departure.departure_finding("crop", "crop()", found, raised=True).message
    assert "your `out` has shape (6, 9) where the right value has (6, 4)" in said
    assert "runs without the error and returns arrays of the expected shapes" in said


def test_a_setting_of_a_dict_argument_never_read_is_said():
    """rmsprop's cache as a running mean of all the squared gradients: config['decay_rate'] is defaulted by a
    setdefault whose value is thrown away, and never read (hold-out 31: only first_step's list of causes). A state
    key the correct code stores (adam's 't', updated with config.update) is the student's to name: not said."""
    solution = load_assignment("a2_optim").solution_file.read_text()
    student = solution + '''

def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    n = config.get("n", 0) + 1
    cache = config.get("cache", np.zeros_like(w))
    cache = cache + (dw * dw - cache) / n
    config["cache"], config["n"] = cache, n
    return w - config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"]), config
'''
    w = np.ones(3)
    found = departure.unread_parameter(student, solution, "rmsprop", {"w": w, "dw": w, "config": {"decay_rate": 0.9}})
    assert found is not None and found.message == (
        "your rmsprop() never reads config['decay_rate'] (here 0.9), which the correct code uses: that setting is "
        "ignored (a formula without it?)")
    assert departure.unread_parameter(student, solution, "rmsprop", {"w": w, "dw": w, "config": None}).claim == \
        "config['decay_rate']"
    read = student.replace('cache = cache + (dw * dw - cache) / n',
                           'cache = config["decay_rate"] * cache + (1 - config["decay_rate"]) * dw * dw')
    assert departure.unread_parameter(read, solution, "rmsprop", {"w": w, "dw": w, "config": None}) is None
    own_keys = solution + '''

def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    step = config.get("step", 0) + 1
    m = config["beta1"] * config.get("m", 0) + (1 - config["beta1"]) * dw
    v = config["beta2"] * config.get("v", 0) + (1 - config["beta2"]) * dw ** 2
    config.update(step=step, m=m, v=v)
    m_hat, v_hat = m / (1 - config["beta1"] ** step), v / (1 - config["beta2"] ** step)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
'''
    assert departure.unread_parameter(own_keys, solution, "adam", {"w": w, "dw": w, "config": {"t": 3}}) is None


def test_zeros_computed_from_zeros_alone_are_not_said_to_agree():
    """rms_dx = np.sqrt(acc_delta) on Adadelta's first step is zeros, as the correct code's acc_delta is: zeros agree
    with zeros whatever the formula (sqrt(acc_delta + eps) belongs there). The line blamed (delta, right by chance
    too, or the step) does not say rms_dx agrees; rms_dx's line is named as where the mistake may be."""
    solution = '''
def adadelta(w, g, acc_grad, acc_delta):
    eps = 1e-6
    acc_grad = 0.9 * acc_grad + 0.1 * g ** 2
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    return w - step
'''
    student = '''
def adadelta(w, g, acc_grad, acc_delta):
    eps = 1e-6
    Eg2 = 0.9 * acc_grad + 0.1 * g ** 2
    rms_g = np.sqrt(Eg2 + eps)
    rms_dx = np.sqrt(acc_delta)
    delta = rms_dx / rms_g * g
    return w - delta
'''
    rng = np.random.default_rng(16)
    args = [rng.normal(size=5), rng.normal(size=5), np.zeros(5), np.zeros(5)]
    mine_fn, right_fn = module(student).adadelta, module(solution).adadelta
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("adadelta", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10),
                                      departure.expression_values(
                                          right_fn, dict(zip(("w", "g", "acc_grad", "acc_delta"), args)), solution))
    assert found is not None and found.zeros == ["rms_dx"] and "rms_dx" not in found.reads
    said = departure.departure_finding("adadelta", "w", found).message
    assert "rms_dx, all zeros here and computed from zeros alone, not checked" in said
    assert "or in `rms_dx`, set by line 6: `rms_dx = np.sqrt(acc_delta)`" in said


def test_a_line_whose_value_the_rest_passes_through_unchanged_is_not_blamed_for_the_return():
    """size - 2 * padding + 2 * output_padding with padding == output_padding returns size as it is: the correct
    code's return in size's place repairs the call whatever size's line computes (hold-out 32's qg3: the right line
    blamed). The return line is said, size's line beside it."""
    solution = '''
def tsize(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (input_size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1
'''
    student = '''
def tsize(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    size = (input_size - 1) * stride + dilation * (kernel_size - 1) + 1
    return size - 2 * padding + 2 * output_padding
'''
    args = [5, 3, 2, 1, 1]
    mine_fn, right_fn = module(student).tsize, module(solution).tsize
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("tsize", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and (found.line, found.name) == (4, "return"), found
    said = departure.departure_finding("tsize", "size", found).message
    assert "or in `size`, set by line 3" in said, said
    # an array passed through too: out = acc * 1 where the correct code's return is the only value of its shape
    solution = '''
def scale(x, k):
    return x * k + 1.0
'''
    student = '''
def scale(x, k):
    acc = x * k
    return acc * (k - 1)
'''
    args = [np.arange(4.0), 2.0]
    mine_fn, right_fn = module(student).scale, module(solution).scale
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("scale", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is not None and found.line == 4, found


def test_a_line_that_calls_a_model_is_not_said_to_read_only_right_values():
    """logits = model(X_test): the model's weights are no record's (a torch module, recorded as a "model" of its
    own kind), so the line is not shown to read right values (hold-out 33's qh6: the line blamed, where the model
    was built with len(y_train) outputs)."""
    student = '''
class Net:
    def __init__(self, k):
        self.k = k

    def parameters(self):
        return []

    def forward(self, x):
        return x * self.k

    __call__ = forward


def predict(x, classes):
    model = Net(classes + 1)
    out = model(x)
    return out
'''
    solution = '''
def predict(x, classes):
    return x * 3.0
'''
    args = [np.arange(4.0), 3]
    mine_fn, right_fn = module(student).predict, module(solution).predict
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    assert mine.unrecorded.get("model") == "model"
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("predict", lambda patch: traced(mine_fn, args, patch), right, args, target,
                                      TOL, student, Budget(10))
    assert found is None or found.line != 18, departure.departure_finding("predict", "out", found).message


def test_a_value_held_by_chance_is_not_replaced_by_a_return_the_rest_passes_through():
    """xp[:, :, top:top + 2, left:left + 2] with top = left = 0 drawn, of a padded 2 x 2 array, returns it as it is:
    the correct code's return in xp's place repairs the call whatever xp holds (hold-out 33's qh8: the np.pad line
    blamed). The return line is said, with the line that drew the one offset pair."""
    solution = '''
def crop(x, size):
    return x[:, 1:1 + size, 1:1 + size] * 1.0
'''
    student = '''
def crop(x, size):
    top, left = 0, 0
    xp = x * 1.0
    return xp[:, top:top + size, left:left + size]
'''
    args = [np.arange(18.0).reshape(2, 3, 3), 2]
    mine_fn, right_fn = module(student).crop, module(solution).crop
    right, mine = traced(right_fn, args), traced(mine_fn, args)
    target = departure.output_target(lambda v: v, mine.value, right.value, TOL)
    found = departure.first_departure("crop", lambda patch: traced(mine_fn, args, patch), right, args, target, TOL,
                                      student, Budget(10))
    assert found is None or found.name != "xp", departure.departure_finding("crop", "out", found).message


def test_a_few_lines_of_the_students_own_up_to_the_return_are_said_as_where_the_mistake_is():
    """Hold-out 35's qj1 (nothing): the bias trick with the ones column first and b's row last. The correct code
    computes no augmented x or w, so no value of its repairs them, and patching what the return reads says
    nothing; but every value before them agrees and the lines from there to the return are few: the mistake is
    in them. A value before them not checked (set in a loop) leaves it unsaid."""
    rng = np.random.default_rng(5)
    x, w, b = rng.normal(size=(3, 4)), rng.normal(size=(4, 5)), rng.normal(size=5)
    student = '''
def affine_forward(x, w, b):
    N = x.shape[0]
    xf = x.reshape(N, -1)
    x_aug = np.hstack([np.ones((N, 1)), xf])
    w_aug = np.vstack([w, b])
    out = x_aug @ w_aug
    return out, (x, w, b)
'''
    found = located(student, [x, w, b])
    assert found is not None and found.own_region and found.line == 7 and found.own_from[0] == 5
    said = departure.departure_finding("affine_forward", "out", found).message
    assert "line 5: `x_aug = np.hstack([np.ones((N, 1)), xf])` computes `x_aug`, a value the correct code never " \
           "computes" in said and "up to line 7: `out = x_aug @ w_aug`" in said and \
           "The mistake is in lines 5-7" in said, said
    # a return that computes is in the region (`return (u - 1) * a` holds the mistake as often as a line before it)
    computing = student.replace("    out = x_aug @ w_aug\n    return out, (x, w, b)",
                                "    return 2 * (x_aug @ w_aug), (x, w, b)")
    found = located(computing, [x, w, b])
    assert found is not None and found.own_region and (found.own_from[0], found.line) == (5, 7)
    said = departure.departure_finding("affine_forward", "out", found).message
    assert "up to line 7: `return 2 * (x_aug @ w_aug), (x, w, b)`, your return. The mistake is in lines 5-7: check " \
           "how they compute what your function returns" in said, said
    looped = student.replace("    xf = x.reshape(N, -1)\n", "    xf = x.reshape(N, -1)\n    for i in range(N):\n"
                             "        xf[i] = xf[i] * 1.0\n")
    found = located(looped, [x.copy(), w, b])
    assert found is None or not found.own_region


def test_a_number_the_correct_code_does_not_name_before_the_own_lines_starts_the_region():
    """area = H ** 2 where H * W (hold-out 37's ql7: the region was said to start after it, the number "agreeing"): a
    whole number the correct code names not is unchecked, so the region starts at its line; a size read off the
    data (N = x.shape[0]) does not move it."""
    solution = '''
def pool_back(dout, cache):
    N, C, H, W = cache
    dx = np.ones((N, C, H, W)) * (dout / (H * W))[:, :, None, None]
    return dx
'''
    student = '''
def pool_back(dout, cache):
    N, C, H, W = cache
    area = H ** 2
    dx = np.empty((N, C, H, W))
    dx[...] = (dout / area)[:, :, None, None]
    return dx
'''
    args = [np.random.default_rng(2).normal(size=(2, 3)), (2, 3, 4, 5)]
    student_fn, solution_fn = module(student).pool_back, module(solution).pool_back
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    found = departure.first_departure("pool_back", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student, Budget(10))
    assert found is not None and found.own_region and (found.own_from[0], found.line) == (4, 6), found
    said = departure.departure_finding("pool_back", "dx", found).message
    assert "line 4: `area = H ** 2` computes `area`" in said and "The mistake is in lines 4-6" in said, said


def test_a_value_read_that_agrees_only_with_an_unnamed_value_of_the_correct_code_is_not_said_to_agree():
    """The responsibilities written exp(terms - top), never normalized (hold-out 37's ql7): that value is one the
    correct code computes inside its log-sum-exp, under no name, so it "agreed", and the line reading it was the
    one blamed. Said not checked, with its line beside the blamed one."""
    solution = '''
def grad(t):
    top = t.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(t - top).sum(axis=1, keepdims=True))
    gamma = np.exp(t - log_p)
    d = gamma - 1
    return d
'''
    student = '''
def grad(t):
    top = t.max(axis=1, keepdims=True)
    resp = np.exp(t - top)
    d = resp - 1
    return d
'''
    args = [np.random.default_rng(4).normal(size=(4, 3))]
    student_fn, solution_fn = module(student).grad, module(solution).grad
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    computed = departure.expression_values(solution_fn, {"t": args[0]}, solution)
    found = departure.first_departure("grad", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student, Budget(10),
                                      computed)
    assert found is not None and found.line == 5 and found.unnamed == [("resp", "gamma", "a multiple, row by row, of")]
    said = departure.departure_finding("grad", "d", found).message
    assert "resp, which agrees only with a value the correct code computes on the way under no name, not checked: " \
           "it is a multiple, row by row, of the correct code's `gamma`, a value your code never computes (is `resp` " \
           "meant to be it, normalized?)" in said and "or in `resp`, set by line 4: `resp = np.exp(t - top)`" in said, \
        said
    # a read that agrees with a value the correct code names, or where every value it names is one of the student's
    # too, is said to agree as before
    right = student.replace("resp = np.exp(t - top)", "resp = np.exp(t - top)\n    s = resp / resp.sum(axis=1, "
                            "keepdims=True)").replace("d = resp - 1", "d = s - 2")
    right_fn = module(right).grad
    found = departure.first_departure("grad", lambda patch: traced(right_fn, args, patch), right_trace := traced(
        solution_fn, args), args, departure.return_target(right_fn(*args), right_trace.value, TOL), TOL, right,
        Budget(10), computed)
    assert found is None or not found.unnamed, found


def test_a_loop_that_carries_state_of_its_own_names_where_that_state_is_made():
    """Plain SGD asked, a momentum added out of habit (hold-out 37's ql8: the whole loop said, no line): the first
    pass agrees (v = -lr g), the second parts; the line that sets w reads v, which only the student's loop carries,
    and its line is said beside."""
    solution = '''
def sgd(w, grads):
    for g in grads:
        w = w - 0.1 * g
    return w
'''
    student = '''
def sgd(w, grads):
    v = np.zeros_like(w)
    for g in grads:
        v = 0.9 * v - 0.1 * g
        w = w + v
    return w
'''
    rng = np.random.default_rng(6)
    args = [rng.normal(size=4), [rng.normal(size=4) for _ in range(4)]]
    mine_fn, right_fn = module(student).sgd, module(solution).sgd
    found = departure.loop_pass_departure("sgd", student, solution, lambda at: traced(mine_fn, args, passes_at=at),
                                          lambda at: traced(right_fn, args, passes_at=at), TOL)
    assert found is not None and found.index == 1 and found.own_state == [("v", 5, "v = 0.9 * v - 0.1 * g")]
    said = departure.pass_departure_finding("sgd", found).message
    assert "They read state your loop carries from pass to pass and the correct code's does not: `v` (line 5: " \
           "`v = 0.9 * v - 0.1 * g`)" in said, said


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # (a value tried in place may be negative under the sqrt)
def test_a_value_of_another_size_than_the_correct_codes_of_its_name_points_at_the_first_own_value():
    """A group norm's variance taken per channel (hold-out 37's ql5: nothing): x reshaped into groups and the mean
    kept with its axes hold the correct code's values in other shapes (passed over); the variance is the first value
    of the student's own, and inv_std, a name the correct code has, comes out one per channel where it is one per
    group."""
    solution = '''
def norm(x, groups):
    N, C, L = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + 1e-5)
    return ((xg - mu) * inv_std).reshape(N, C, L)
'''
    student = '''
def norm(x, groups):
    N, C, L = x.shape
    xg = x.reshape(N, groups, C // groups, L)
    mu = xg.mean(axis=(2, 3), keepdims=True)
    var = x.var(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(var + 1e-5)
    return ((xg - mu).reshape(N, C, L) * inv_std)
'''
    args = [np.random.default_rng(8).normal(size=(2, 6, 5)), 2]
    student_fn, solution_fn = module(student).norm, module(solution).norm
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    computed = departure.expression_values(solution_fn, {"x": args[0], "groups": 2}, solution)
    found = departure.first_departure("norm", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student, Budget(10),
                                      computed)
    assert found is not None and found.sized == ("inv_std", 7, (2, 6, 1), (2, 2, 1)) and found.line == 6, found
    said = departure.departure_finding("norm", "out", found).message
    assert "line 6: `var = x.var(axis=2, keepdims=True)` computes `var`" in said and \
        "6 numbers per example where it has 2. The mistake is most likely in line 6: what it computes gives " \
        "`inv_std` another size" in said, said


def test_a_count_the_correct_code_names_with_another_value_is_said_where_nothing_else_is():
    """M = H * W where the correct code's M counts a whole group's values (hold-out 37's ql5 backward: nothing):
    said with both numbers, the line, and the axes the sums run over."""
    solution = '''
def centre(x):
    M = x.shape[1] * x.shape[2]
    xs = x.reshape(x.shape[0], -1)
    return xs - xs.sum(axis=1, keepdims=True) / M
'''
    student = '''
def centre(x):
    M = x.shape[2]
    out = x - x.sum(axis=2, keepdims=True) / M
    return out.reshape(x.shape[0], -1)
'''
    args = [np.random.default_rng(9).normal(size=(2, 3, 4))]
    student_fn, solution_fn = module(student).centre, module(solution).centre
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    found = departure.first_departure("centre", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student, Budget(10))
    assert found is not None and found.counted and found.line == 3, found
    said = departure.departure_finding("centre", "out", found).message
    assert "line 3: `M = x.shape[2]` sets `M` to 4, where the correct code's `M` is 12 (3 times yours)" in said, said


def test_rows_of_a_right_value_in_another_order_are_said_at_their_line():
    """Channels moved last with swapaxes(1, 3) (hold-out 36's qk5: nothing): the rows are the correct code's, in
    (N, W, H) order; said at the line, whether or not the patches ran out before."""
    solution = '''
def channels_last_sum(x, w):
    N, C, H, W = x.shape
    rows = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out = rows * w
    return out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
'''
    student = '''
def channels_last_sum(x, w):
    N, C, H, W = x.shape
    rows = x.swapaxes(1, 3).reshape(-1, C)
    out = rows * w
    return out.reshape(N, W, H, C).swapaxes(1, 3) * 1.5
'''
    args = [np.random.default_rng(10).normal(size=(2, 3, 4, 5)), np.random.default_rng(11).normal(size=3)]
    student_fn, solution_fn = module(student).channels_last_sum, module(solution).channels_last_sum
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    computed = departure.expression_values(solution_fn, {"x": args[0], "w": args[1]}, solution)
    found = departure.first_departure("channels_last_sum", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student, Budget(10),
                                      computed)
    assert found is None or not found.reordered, found  # carried consistently and undone: not the mistake
    # ... and where the rows in the other order meet a value in the correct order, it is
    student = student.replace("    out = rows * w\n", "    out = rows * x.transpose(0, 2, 3, 1).reshape(-1, C)\n")
    solution = solution.replace("    out = rows * w\n", "    out = rows * rows\n")
    student = student.replace(" * 1.5", "")
    student_fn, solution_fn = module(student).channels_last_sum, module(solution).channels_last_sum
    right, mine = traced(solution_fn, args), traced(student_fn, args)
    computed = departure.expression_values(solution_fn, {"x": args[0], "w": args[1]}, solution)
    found = departure.first_departure("channels_last_sum", lambda patch: traced(student_fn, args, patch), right, args,
                                      departure.return_target(mine.value, right.value, TOL), TOL, student, Budget(10),
                                      computed)
    assert found is not None and found.reordered and found.line == 4, found
    said = departure.departure_finding("channels_last_sum", "out", found).message
    assert "line 4: `rows = x.swapaxes(1, 3).reshape(-1, C)` sets `rows` to the rows of a value the correct code " \
           "computes, every one of them, in another order (40 rows)" in said, said


def test_nested_loops_are_compared_pass_by_pass_past_a_name_that_each_code_fills_otherwise():
    """A conv backward whose window is assigned (=) where it is added (hold-out 38's qm3: nothing): its outer loop's
    first statement is a loop (its header is the line each pass begins at), and db, summed before the loop by the
    correct code and accumulated in it by the student's (read nowhere else there), parts before the first pass
    without meaning the loops differ: compared no further, dx still is."""
    solution = '''
def back(dout, w):
    N, F, L = dout.shape
    dx = np.zeros((N, L + 2))
    db = dout.sum(axis=(0, 2))
    for n in range(N):
        for f in range(F):
            for i in range(L):
                dx[n, i:i + 3] += w[f] * dout[n, f, i]
    return dx, db
'''
    student = '''
def back(dout, w):
    N, F, L = dout.shape
    dx = np.zeros((N, L + 2))
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(L):
                dx[n, i:i + 3] = w[f] * dout[n, f, i]
    return dx, db
'''
    rng = np.random.default_rng(12)
    args = [rng.normal(size=(2, 3, 4)), rng.normal(size=(3, 3))]
    mine_fn, right_fn = module(student).back, module(solution).back
    found = departure.loop_pass_departure("back", student, solution, lambda at: traced(mine_fn, args, passes_at=at),
                                          lambda at: traced(right_fn, args, passes_at=at), TOL)
    assert found is not None and found.index == 0 and [n for n, *_ in found.parted] == ["dx"], found
    assert [line for line, _ in found.setters] == [10]


def test_a_loop_that_makes_fewer_passes_each_beginning_alike_says_its_range_or_its_return():
    """for epoch in range(len(val_losses) - 1) never looks at the last epoch (hold-out 40's qo8: nothing was said,
    every pass agreeing): the range, with the counts of passes. A return inside the loop that comes a pass early
    says its condition; a loop that may end by a break says nothing (which one ended it, the passes do not tell)."""
    short = EARLY_STOPPING.replace("    for epoch, loss in enumerate(val_losses):\n",
                                   "    for epoch in range(len(val_losses) - 1):\n        loss = val_losses[epoch]\n")
    args = [np.array([1.0, 0.9, 0.8, 0.7, 0.6]), 3]
    found = passes_compared(short, EARLY_STOPPING, args)
    assert found is not None and found.fewer == (4, 5, 0), found
    said = departure.pass_departure_finding("early_stopping", found).message
    assert "makes 4 passes where the correct code's makes 5" in said and "the range ends early (its last item is " \
        "never looked at); the mistake is most likely in the range of `for epoch in range(len(val_losses) - 1):`" \
        in said, said
    early = EARLY_STOPPING.replace("if wait >= patience:", "if wait >= patience - 1:")
    args = [np.array([1.0, 1.1, 1.2, 1.3, 1.4, 1.5]), 3]
    found = passes_compared(early, EARLY_STOPPING, args)
    assert found is not None and found.fewer == (3, 4, 10), found
    assert "its return at line 10 ends it after pass 3, where the correct code's goes on" in \
        departure.pass_departure_finding("early_stopping", found).message
    broken = short.replace("                return epoch, best_epoch\n", "                break\n")
    assert passes_compared(broken, EARLY_STOPPING, [np.array([1.0, 0.9, 0.8, 0.7, 0.6]), 3]) is None
