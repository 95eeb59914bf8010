"""Gradescope: a result as its results.json, and the grading run inside Gradescope's autograder
(the zip `autograder gradescope-zip` makes: its run_autograder calls `autograder gradescope`)."""
from __future__ import annotations

import json
import re
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


SUBMISSION_SUFFIXES = (".py", ".ipynb", ".zip")
_COPY_MARK = re.compile(r"(\s*\(\d+\)|[-_ ]\d+|[-_ ]copy)+$", re.IGNORECASE)  # "backprop (1)", "backprop-2"


def find_submission(spec: AssignmentSpec, submission_dir: Path) -> tuple[Path | None, str]:
    """The file to grade among what the student uploaded, and, when there is none, why (to the student).

    The module's own name anywhere; else the one file named like it ("backprop (1).py", "Backprop-2.py",
    a browser's or an LMS's copy marks); else the only .py, .ipynb or .zip, whatever its name. Hidden
    files, __MACOSX and notebook checkpoints are never submissions."""
    uploaded = sorted(p for p in submission_dir.rglob("*") if p.is_file() and not any(
        part.startswith(".") or part in ("__MACOSX", "__pycache__") for part in p.relative_to(submission_dir).parts))
    usable = [p for p in uploaded if p.suffix.lower() in SUBMISSION_SUFFIXES]
    exact = sorted((p for p in usable if p.name == spec.module), key=lambda p: len(p.parts))
    if exact:
        return exact[0], ""
    stem = spec.module_name.lower()
    alike = [p for p in usable if _COPY_MARK.sub("", p.stem).strip().lower() == stem]
    if len(alike) == 1:
        return alike[0], ""
    if len(usable) == 1:
        return usable[0], ""
    names = ", ".join(p.relative_to(submission_dir).as_posix() for p in uploaded[:20]) or "no file"
    if not usable:
        return None, (f"Nothing to grade: no {spec.module} was found in what you uploaded ({names}). Upload "
                      f"{spec.module}, or a notebook or a .zip holding it.")
    return None, (f"Nothing was graded: no {spec.module} among the files you uploaded ({names}), and there are "
                  f"several. Upload only {spec.module}, or name the file to grade {spec.module}.")


def grade_in_gradescope(spec: AssignmentSpec, submission_dir: Path, metadata: Path, results: Path) -> SubmissionResult:
    """Grade the submission Gradescope unpacked into submission_dir and write its results.json."""
    submission, why = find_submission(spec, submission_dir) if submission_dir.is_dir() else (
        None, f"Nothing to grade: no {spec.module} was uploaded.")
    student = "submission"
    if metadata.is_file():
        try:
            users = json.loads(metadata.read_text(encoding="utf-8")).get("users") or [{}]
            student = str(users[0].get("sid") or users[0].get("email") or student)
        except (ValueError, AttributeError, IndexError, TypeError):
            pass  # the student's name only labels the result
    if submission is None:
        result = failed_result(spec, student, spec.module, "", why)
    else:
        result = grade_submission(spec, submission, student=student)
    write_gradescope_results(result, results, spec.hidden_revealed())
    return result
