"""Gradescope: a result as its results.json, and the grading run inside Gradescope's autograder
(gradescope/run_autograder calls `autograder gradescope`)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from autograder.course.assignment import AssignmentSpec
from autograder.grading.run import failed_result, grade_submission
from autograder.results import SubmissionResult

Visibility = Literal["hidden", "after_due_date", "after_published", "visible"]


class GradescopeTest(BaseModel):
    """One entry of `tests` in Gradescope's results.json specification."""

    model_config = ConfigDict(extra="forbid")
    score: float
    max_score: float
    status: Literal["passed", "failed"]
    name: str
    number: str
    output: str
    visibility: Visibility


class GradescopeResults(BaseModel):
    """Gradescope's results.json (the fields this grader writes)."""

    model_config = ConfigDict(extra="forbid")
    score: float
    execution_time: float
    output: str
    visibility: Visibility = "visible"
    stdout_visibility: Visibility = "hidden"
    tests: list[GradescopeTest]


def gradescope_results(result: SubmissionResult, reveal_hidden: bool = False,
                       hidden_visibility: Visibility = "after_published") -> GradescopeResults:
    """Map a SubmissionResult to Gradescope's format. Hidden tests show only after grades are published,
    and then without their values, inputs or output unless reveal_hidden (the assignment's reveal came)."""
    result = result.for_student(reveal_hidden)
    tests = []
    for number, t in enumerate(result.tests, start=1):
        lines = [t.description, t.message] if t.status != "passed" else [t.description]
        lines += [f"Looks like a known mistake ({m.id}): {m.message}" for m in t.mistakes]
        lines += [f"What your output shows ({', '.join(d.outputs)}): {d.message}" for d in t.diagnoses]
        if t.output_excerpt and t.status != "passed":
            lines += ["Output:", t.output_excerpt]
        tests.append(GradescopeTest(
            score=t.points_earned, max_score=t.points_possible, status="passed" if t.status == "passed" else "failed",
            name=t.id + (" (hidden)" if t.hidden else ""), number=str(number), output="\n".join(x for x in lines if x),
            visibility=hidden_visibility if t.hidden else "visible"))
    output = result.load_error or f"Score {result.score:g} / {result.max_score:g}"
    return GradescopeResults(score=result.score, execution_time=result.duration_s, output=output, tests=tests)


def write_gradescope_results(result: SubmissionResult, path: Path, reveal_hidden: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(gradescope_results(result, reveal_hidden).model_dump(), indent=1), encoding="utf-8")


def grade_in_gradescope(spec: AssignmentSpec, submission_dir: Path, metadata: Path, results: Path) -> SubmissionResult:
    """Grade the submission Gradescope unpacked into submission_dir and write its results.json."""
    candidates = [submission_dir / spec.module] + sorted(submission_dir.glob("*.zip"))
    candidates += sorted(submission_dir.glob("*.ipynb")) + sorted(submission_dir.rglob(spec.module))
    submission = next((c for c in candidates if c.is_file()), None)
    student = "submission"
    if metadata.is_file():
        users = json.loads(metadata.read_text(encoding="utf-8")).get("users") or [{}]
        student = str(users[0].get("sid") or users[0].get("email") or student)
    if submission is None:
        result = failed_result(spec, student, spec.module, "", f"no {spec.module} was found in the submission")
    else:
        result = grade_submission(spec, submission, student=student)
    write_gradescope_results(result, results, spec.hidden_revealed())
    return result
