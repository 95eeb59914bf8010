"""What an assignment's graders (tests/*.py) and its mistakes.py import: the stable names.

    from autograder.testing import Tolerance, expect_close, graded   # a grader
    from autograder.testing import Catalog                           # a mistake catalogue

The checks live in autograder.grading.checks, the catalogue in autograder.course.mistakes.
"""
from autograder.course.mistakes import Catalog
from autograder.grading.checks import (
                                       SpeedCheck,
                                       as_float_array,
                                       expect_accuracy,
                                       expect_close,
                                       expect_raises,
                                       expect_trajectory,
                                       expect_true,
                                       graded,
                                       scalar_tolerance,
)
from autograder.grading.evaluation import disguised
from autograder.results import Comparison, Tolerance

__all__ = ["Catalog", "Comparison", "SpeedCheck", "Tolerance", "as_float_array", "disguised", "expect_accuracy",
           "expect_close", "expect_raises", "expect_trajectory", "expect_true", "graded", "scalar_tolerance"]
