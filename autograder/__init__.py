"""nn-autograder: sandboxed, pytest-based graders for neural-network assignments.

The package reads as the pipeline (see ARCHITECTURE.md): course/ (what the instructor declares)
-> submissions/ (what students hand in) -> sandbox/ (where their code runs) -> grading/ (one
submission against the graders) -> results.py -> gradebook/ -> feedback/; authoring/ makes
student releases, batch/ grades a class, exams/ randomized exams, cli/ parses and calls.
"""
from autograder.version import __version__

__all__ = ["__version__", "check"]


def check(assignment: str, namespace: dict | None = None):
    """In a notebook: `from autograder import check; check("a1_backprop")` runs the public tests on the
    functions defined in this notebook, in the same sandbox, and prints the same feedback."""
    from rich.console import Console

    from autograder.feedback.console import print_submission
    from autograder.grading.notebook_check import check_notebook

    result = check_notebook(assignment, namespace).for_student(reveal_hidden=False)  # a student's own screen
    print_submission(result, Console())
    return result
