"""nn-autograder: sandboxed, pytest-based graders for neural-network assignments."""
__version__ = "0.1.0"


def check(assignment: str, namespace: dict | None = None):
    """Run an assignment's public tests on the functions defined in this notebook (see notebooks.check)."""
    from autograder.notebooks import check as _check

    return _check(assignment, namespace)
