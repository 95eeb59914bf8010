"""Every assignment's graders: full marks for the solution, zero for the stub, every catalogued
mistake caught and named (and no other), release up to date and free of answers."""
import filecmp

import numpy as np
import pytest

from autograder.authoring.release import release_assignment, strip_solutions
from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_catalog, mutant_source
from autograder.grading.oracle import load_recording
from autograder.grading.run import grade_submission
from autograder.sandbox import wire
from tests.conftest import REPO

ASSIGNMENTS = sorted(p.name for p in (REPO / "solutions").iterdir() if (p / "assignment.toml").is_file())
MUTANTS = [(a, m) for a in ASSIGNMENTS for m in load_catalog(load_assignment(a).mistakes_file)]


def test_assignments_are_found():
    assert {"a1_backprop", "a2_optim", "a3_conv", "a4_init", "a5_normalization", "a6_cnn", "a7_architectures",
            "a8_pipeline"} <= set(ASSIGNMENTS)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solution_earns_full_marks(assignment):
    spec = load_assignment(assignment)
    result = grade_submission(spec, spec.solution_file)
    assert result.load_error is None
    assert result.score == result.max_score > 0, [(t.id, t.message) for t in result.tests if t.status != "passed"]
    assert any(t.hidden for t in result.tests) and any(not t.hidden for t in result.tests)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_stub_earns_zero(assignment, tmp_path):
    spec = load_assignment(assignment)
    stub = tmp_path / spec.module
    stub.write_text(strip_solutions(spec.solution_file.read_text()))
    result = grade_submission(spec, stub)
    assert result.load_error is None and result.score == 0.0
    assert all("not implemented yet" in t.message for t in result.tests), [t.message for t in result.tests]


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_catalog_covers_several_mistakes(assignment):
    assert len(load_catalog(load_assignment(assignment).mistakes_file)) >= 3


@pytest.mark.parametrize("assignment,mistake", MUTANTS, ids=[f"{a}-{m.id}" for a, m in MUTANTS])
def test_every_mistake_is_caught_and_named(assignment, mistake, tmp_path):
    spec = load_assignment(assignment)
    submission = tmp_path / spec.module
    submission.write_text(mutant_source(spec.solution_file.read_text(), mistake))
    result = grade_submission(spec, submission)
    failing = [t for t in result.tests if t.status != "passed"]
    assert failing and result.score < result.max_score, f"{mistake.id} was not caught"
    named = [t for t in failing if mistake.id in {m.id for m in t.mistakes}]
    assert named, f"{mistake.id} caught by {[t.id for t in failing]} but never named"
    assert {m.id for t in failing for m in t.mistakes} == {mistake.id}  # and nothing else is named
    assert mistake.message in named[0].mistakes[0].message


def same_answers(fresh: dict, committed: dict) -> bool:
    """Same tests, same oracle calls in order, same values up to a few ulp.

    Another CPU (its exp, its BLAS) may round the reference's float64 results differently in
    the last bit, and so the digest of inputs taken from an earlier answer; a stale recording
    differs by far more. Students replay the committed answers, so their checks are exact.
    """
    if fresh.keys() != committed.keys():
        return False
    for test, calls in fresh.items():
        if [c[0] for c in calls] != [c[0] for c in committed[test]]:
            return False
        for (_, _, a), (_, _, b) in zip(calls, committed[test]):
            if a != b and not _close(wire.decode(a), wire.decode(b)):
                return False
    return True


def _close(a, b) -> bool:
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return isinstance(b, (list, tuple)) and len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b))
    if isinstance(a, (float, np.ndarray, np.floating)) and not isinstance(a, bool):
        a, b = np.asarray(a), np.asarray(b)
        return a.shape == b.shape and a.dtype == b.dtype and np.allclose(a, b, rtol=1e-12, atol=0, equal_nan=True)
    return a == b


def test_same_answers_allows_ulps_not_changes():
    def rec(x):
        return {"t": [("f", "d", wire.encode({"value": (np.array([1.0, x]), 2.0), "updated": {}}))]}

    assert same_answers(rec(3.0), rec(3.0 + 4e-16))
    assert not same_answers(rec(3.0), rec(3.0 + 1e-9))
    assert not same_answers(rec(3.0), {"t": []})


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_committed_release_is_up_to_date(assignment, tmp_path):
    spec = load_assignment(assignment)
    fresh = release_assignment(spec, tmp_path)
    committed = REPO / "assignments" / assignment
    stale = f"is stale: run `autograder release {assignment}`"
    for path in sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()):
        if path.suffix == ".npz":  # zip timestamps differ; the recorded answers must not (beyond a few ulp)
            assert same_answers(load_recording(fresh / path), load_recording(committed / path)), f"{path} {stale}"
        else:
            assert filecmp.cmp(fresh / path, committed / path, shallow=False), f"{path} {stale}"
    assert not (committed / "mistakes.py").exists()
    assert "BEGIN SOLUTION" not in (committed / spec.module).read_text()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_released_stub_scores_zero_and_solution_full_on_public_tests(assignment):
    released = load_assignment(assignment, released=True)
    stub = grade_submission(released, released.root / released.module, mode="check")
    full = grade_submission(released, load_assignment(assignment).solution_file, mode="check")
    assert stub.score == 0 and full.score == full.max_score == stub.max_score > 0
    assert not any(t.hidden for t in full.tests)
