"""The mutation audit (autograder/authoring/mutation.py): the mutants it makes, killed and surviving
mutants on a tiny assignment of its own, a hanging mutant timed out, and `autograder mutants`."""
from __future__ import annotations

import ast
import json
import textwrap
import time

import pytest

from autograder.authoring.mutation import (
    MutationAuditError,
    MutationReport,
    audit_assignment,
    function_mutants,
    select_mutants,
)
from autograder.cli.main import main
from autograder.course.assignment import load_assignment

SOURCE = '''\
import numpy as np


def f(x, y):
    """Sum y's rows into a copy of x."""
    z = x.copy()
    z += np.sum(y, axis=0)
    return -z.T
'''

TINY_SOLUTION = '''\
import numpy as np


def total(x):
    ### BEGIN SOLUTION
    return x.sum(axis=0) + 1.0
    ### END SOLUTION


def shifted(x, mode="plus"):
    ### BEGIN SOLUTION
    if mode == "plus":
        return x + 1
    return x - 1
    ### END SOLUTION


def relu(x):
    ### BEGIN SOLUTION
    return np.where(x >= 0, x, 0.0)
    ### END SOLUTION


def centered(x):
    ### BEGIN SOLUTION
    y = x.copy()
    y -= y.mean()
    return y
    ### END SOLUTION


def scaled(x, factor=2.0):
    ### BEGIN SOLUTION
    return x * factor
    ### END SOLUTION


def penalized(x, y=None, reg=0.0):
    ### BEGIN SOLUTION
    if y is None:
        return x.sum()
    return ((x - y) ** 2).sum() + reg * (x ** 2).sum()
    ### END SOLUTION


def countdown(n):
    ### BEGIN SOLUTION
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps
    ### END SOLUTION
'''

# The graders test shifted() in its default mode only: the other branch is the untested behaviour.
TINY_GRADERS = '''\
from autograder.testing import expect_close, graded


@graded(points=2)
def test_total(student, rng):
    x = rng.normal(size=(3, 4))
    expect_close("total", student.total(x), x.sum(axis=0) + 1.0)


@graded(points=1)
def test_shifted(student, rng):
    x = rng.normal(size=3)
    expect_close("shifted", student.shifted(x), x + 1)


@graded(points=1)
def test_relu(student, rng):
    x = rng.normal(size=20)
    expect_close("relu", student.relu(x), x * (x > 0))


@graded(points=1)
def test_centered(student, rng):
    x = rng.normal(size=6)
    got = student.centered(x)
    expect_close("centered", got, x - x.mean())  # x itself: the student's code gets a copy, as in the sandbox


@graded(points=1)
def test_scaled(student, rng):
    x = rng.normal(size=4)
    expect_close("scaled", student.scaled(x, 3.0), 3.0 * x)  # the default factor is never used


@graded(points=1)
def test_penalized(student, rng):
    x, y = rng.normal(size=(2, 5))
    expect_close("sum", student.penalized(x), x.sum())  # reg left to its default, but unused without y
    expect_close("loss", student.penalized(x, y, reg=0.5), ((x - y) ** 2).sum() + 0.5 * (x ** 2).sum())


@graded(points=1)
def test_countdown(student):
    expect_close("steps", student.countdown(5), 5)
'''


@pytest.fixture
def tiny(tmp_path):
    """A seven-function assignment of its own (reference: NumPy, the graders compute expected values)."""
    root = tmp_path / "tiny"
    (root / "tests").mkdir(parents=True)
    (root / "assignment.toml").write_text(textwrap.dedent('''\
        id = "tiny"
        title = "tiny"
        module = "tiny.py"
        reference = "numpy"
        functions = ["total", "shifted", "relu", "centered", "scaled", "penalized", "countdown"]
        '''))
    (root / "tiny.py").write_text(TINY_SOLUTION)
    (root / "tests" / "test_tiny.py").write_text(TINY_GRADERS)
    return load_assignment(root)


def test_the_mutator_makes_the_expected_mutants():
    mutants = function_mutants(SOURCE, "f")
    assert {(m.operator, m.after) for m in mutants} == {
        ("copy_dropped", "z = x"),
        ("arithmetic", "z -= np.sum(y, axis=0)"),
        ("statement_deleted", "pass"),
        ("reduction_swap", "z += np.mean(y, axis=0)"),
        ("axis", "z += np.sum(y, axis=-1)"),
        ("axis", "z += np.sum(y, axis=1)"),
        ("axis", "z += np.sum(y)"),
        ("unary_dropped", "return z.T"),
        ("transpose_dropped", "return -z"),
    }
    assert [m.line for m in mutants] == sorted(m.line for m in mutants)  # in source order
    assert len({m.id for m in mutants}) == len(mutants)
    for m in mutants:  # each is the whole module, one change made, the docstring untouched
        tree = ast.parse(m.source)
        assert ast.get_docstring(tree.body[1]) == "Sum y's rows into a copy of x."
        assert m.source != SOURCE and m.before in SOURCE.replace("    ", "")


def test_precedence_is_kept_by_parentheses():
    source = "def g(a, x):\n    return a / x ** 2\n"
    after = {m.after for m in function_mutants(source, "g") if m.operator == "arithmetic"}
    assert after == {"return a * x ** 2", "return a / (x * 2)"}  # not a / x * 2


def test_a_cap_keeps_every_kind_of_change_and_is_deterministic():
    mutants = function_mutants(SOURCE, "f")
    kept = select_mutants(mutants, 5)
    assert kept == select_mutants(mutants, 5) and len(kept) == 5
    assert len({m.operator for m in kept}) == 5
    assert select_mutants(mutants, None) == mutants


def test_untested_behaviour_survives_and_tested_behaviour_is_killed(tiny):
    audit = audit_assignment(tiny, ["total", "shifted", "relu", "centered", "scaled", "penalized"], workers=2,
                             timeout_s=60)
    by_line = {(r.mutant.function, r.mutant.after): r for r in audit.results}
    assert all(r.status == "killed" for r in audit.results if r.mutant.function == "total")
    # the mode the graders never use: its mutants survive, and the audit says the line never ran
    lines = TINY_SOLUTION.splitlines()
    tested, untested = lines.index("        return x + 1") + 1, lines.index("    return x - 1") + 1
    other_branch = [r for r in audit.results if r.mutant.line == untested]
    assert len(other_branch) >= 3 and all(r.status == "survived" and r.executed is False for r in other_branch)
    assert all("never run" in r.equivalence_note for r in other_branch)
    assert all(r.status == "killed" and r.executed for r in audit.results if r.mutant.line == tested)
    assert by_line[("shifted", 'if mode != "plus":')].status == "killed"
    # x >= 0 -> x > 0 changes nothing (0 maps to 0 either way): a likely equivalent survivor
    equivalent = by_line[("relu", "return np.where(x > 0, x, 0.0)")]
    assert equivalent.status == "survived" and equivalent.equivalence == "likely equivalent"
    assert by_line[("relu", "return np.where(x >= 0, x, 1.0)")].status == "killed"
    # arguments cross as copies, as over the sandbox's wire: writing into x is not seen by the grader
    in_place = by_line[("centered", "y = x")]
    assert in_place.status == "survived" and in_place.equivalence == "differs"
    assert "in place" in in_place.equivalence_note
    # a default no grader relies on: known to survive from the solution's run, without running the mutant
    default = by_line[("scaled", "def scaled(x, factor=4.0):")]
    assert default.status == "survived" and "every grader call passes factor" in default.equivalence_note
    assert default.duration_s == 0
    # a default some call leaves out, but never where it matters: graded, and probed with it left out
    reg = by_line[("penalized", "def penalized(x, y=None, reg=1.0):")]
    assert reg.status == "survived" and reg.equivalence == "differs"
    assert "reg left to its default" in reg.equivalence_note
    assert audit.total == len(audit.results) == audit.killed + audit.survived + audit.timeouts + audit.errors
    assert audit.errors == 0 and 0 < audit.mutation_score < 1
    assert audit.not_audited == ["countdown"]
    killed = next(r for r in audit.results if r.status == "killed")
    assert killed.killed_by and killed.score < killed.max_score


def test_a_hanging_mutant_times_out_instead_of_hanging_the_run(tiny):
    started = time.monotonic()
    audit = audit_assignment(tiny, ["countdown"], workers=2, timeout_s=3)
    hung = {r.mutant.after: r for r in audit.results if r.status == "timeout"}
    assert {"n += 1", "pass"} <= set(hung)  # n never reaches 0
    assert all("killed after" in r.detail for r in hung.values())
    assert time.monotonic() - started < 60
    assert audit.mutation_score == 1.0  # a timeout fails a graded call too


def test_an_unknown_function_is_refused(tiny):
    with pytest.raises(MutationAuditError, match="no function nope"):
        audit_assignment(tiny, ["nope"])


def test_a_solution_that_loses_points_in_process_stops_the_audit(tiny):
    (tiny.root / "tiny.py").write_text(TINY_SOLUTION.replace("x.sum(axis=0) + 1.0", "x.sum(axis=0)"))
    with pytest.raises(MutationAuditError, match="does not earn full marks"):
        audit_assignment(tiny, ["shifted"])


def test_cli_runs_a_restricted_audit_end_to_end(tiny, tmp_path, capsys):
    out = tmp_path / "report.json"
    code = main(["mutants", str(tiny.root), "--functions", "shifted", "--workers", "2", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "tiny" in printed and "mutation score" in printed and "return x - 1" in printed and "never run" in printed
    report = MutationReport.model_validate_json(out.read_text())
    (audit,) = report.assignments
    assert audit.functions == ["shifted"] and audit.survived >= 1
    assert all("source" not in r["mutant"] for r in json.loads(out.read_text())["assignments"][0]["results"])
    assert main(["mutants", str(tiny.root), "--functions", "nope"]) == 2


def test_a_real_assignment_restricted_to_one_function():
    audit = audit_assignment(load_assignment("a1_backprop"), ["relu_backward"], workers=2)
    assert audit.functions == ["relu_backward"] and audit.total == audit.generated["relu_backward"] > 0
    assert audit.killed > 0 and audit.errors == 0
