"""`autograder selftest ID`: an assignment's graders checked the way students will meet them.

The solution earns full marks, the stub (the solution with its solution blocks stripped) earns
zero with every test saying "not implemented yet", and each catalogued mistake is caught and
named, and no other mistake is named alongside it. All three are graded as students are (the
sandbox, hidden tests included), so an instructor can run this in their own CI before a release.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from autograder.authoring.release import ReleaseError, strip_solutions
from autograder.course.assignment import AssignmentSpec
from autograder.course.mistakes import load_catalog, mutant_source
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult


class SelftestCheck(BaseModel):
    """One thing checked: what was graded, whether it behaved, and why not in the instructor's terms."""

    name: str
    passed: bool
    detail: str = ""


class SelftestReport(BaseModel):
    assignment: str
    checks: list[SelftestCheck]

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.passed for c in self.checks)


def selftest(spec: AssignmentSpec, on_check: Callable[[SelftestCheck], None] | None = None) -> SelftestReport:
    """Grade the solution, the stub and every catalogued mistake of `spec`; never raises for what it finds."""
    checks: list[SelftestCheck] = []

    def add(check: SelftestCheck) -> None:
        checks.append(check)
        if on_check:
            on_check(check)

    add(_solution_check(spec))
    add(_stub_check(spec))
    try:
        catalog = list(load_catalog(spec.mistakes_file)) if spec.mistakes_file.is_file() else []
    except Exception as e:  # noqa: BLE001 - the catalogue is the instructor's code: report, do not crash
        add(SelftestCheck(name="mistake catalogue", passed=False, detail=f"{spec.mistakes_file} does not load: "
                          f"{type(e).__name__}: {e}"))
        catalog = []
    if not catalog:
        add(SelftestCheck(name="mistake catalogue", passed=False,
                          detail=f"{spec.mistakes_file.name} catalogues no mistakes: feedback can name none"))
    for mistake in catalog:
        add(_mistake_check(spec, mistake))
    return SelftestReport(assignment=spec.id, checks=checks)


def _solution_check(spec: AssignmentSpec) -> SelftestCheck:
    name = f"solution ({spec.module}) earns full marks"
    result = _graded(spec, lambda: spec.solution_file.read_text(encoding="utf-8"))
    if isinstance(result, str):
        return SelftestCheck(name=name, passed=False, detail=result)
    lost = _lost(result)
    passed = result.load_error is None and result.max_score > 0 and result.score == result.max_score
    return SelftestCheck(name=name, passed=passed, detail=f"{result.score:g}/{result.max_score:g}" +
                         (f"; {lost}" if not passed else ""))


def _stub_check(spec: AssignmentSpec) -> SelftestCheck:
    name = "stub (solution blocks stripped) earns zero"
    result = _graded(spec, lambda: strip_solutions(spec.solution_file.read_text(encoding="utf-8"),
                                                    str(spec.solution_file)))
    if isinstance(result, str):
        return SelftestCheck(name=name, passed=False, detail=result)
    earning = [f"{t.id} earns {t.points_earned:g}" for t in result.tests if t.points_earned > 0]
    unclear = [t.id for t in result.tests if "not implemented yet" not in t.message]
    detail = "; ".join(filter(None, [result.load_error and f"load error: {result.load_error}", ", ".join(earning),
                                     unclear and "no 'not implemented yet' in " + ", ".join(unclear)]))
    return SelftestCheck(name=name, passed=not detail and result.score == 0,
                         detail=detail or f"0/{result.max_score:g}")


def _mistake_check(spec: AssignmentSpec, mistake) -> SelftestCheck:
    name = f"mistake {mistake.id} is caught and named"
    result = _graded(spec, lambda: mutant_source(spec.solution_file.read_text(encoding="utf-8"), mistake))
    if isinstance(result, str):
        return SelftestCheck(name=name, passed=False, detail=result)
    failing = [t for t in result.tests if t.status != "passed"]
    named = {m.id for t in failing for m in t.mistakes}
    if not failing or result.score >= result.max_score:
        return SelftestCheck(name=name, passed=False, detail="not caught: the graders give it full marks; add a "
                             "test that this mistake fails")
    if mistake.id not in named:
        return SelftestCheck(name=name, passed=False, detail=f"caught by {', '.join(t.id for t in failing)} but "
                             "never named: its outputs do not reproduce in the failing checks")
    others = sorted(named - {mistake.id})
    if others:
        return SelftestCheck(name=name, passed=False, detail=f"named, but so are {', '.join(others)}: their "
                             "outputs are the same on these tests; make one test tell them apart")
    return SelftestCheck(name=name, passed=True, detail=f"{result.score:g}/{result.max_score:g}, named in "
                         + ", ".join(t.id for t in failing if mistake.id in {m.id for m in t.mistakes}))


def _graded(spec: AssignmentSpec, source: Callable[[], str]) -> SubmissionResult | str:
    """Grade `source()` as a student's module; a str says why it could not be graded."""
    try:
        text = source()
    except (OSError, ReleaseError) as e:
        return f"could not be made: {e}"
    with tempfile.TemporaryDirectory(prefix="selftest-") as tmp:
        path = Path(tmp) / spec.module
        path.write_text(text, encoding="utf-8")
        try:
            return grade_submission(spec, path, student="selftest")
        except Exception as e:  # noqa: BLE001 - the graders cannot run: say why, as the run's answer
            return f"the graders could not run: {type(e).__name__}: {str(e)[:1000]}"


def _lost(result: SubmissionResult) -> str:
    if result.load_error:
        return f"load error: {result.load_error}"
    return "; ".join(f"{t.id}: {t.message}" for t in result.tests if t.status != "passed")[:2000]
