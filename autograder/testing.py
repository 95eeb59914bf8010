"""What an assignment's graders (tests/*.py) and its mistakes.py import: the stable names.

    from autograder.testing import Tolerance, expect_close, graded   # a grader
    from autograder.testing import or_fallback, part                 # a test that grades several functions
    from autograder.testing import Catalog                           # a mistake catalogue

The checks live in autograder.grading.checks, the catalogue in autograder.course.mistakes.
"""
from autograder.course.mistakes import Catalog
from autograder.grading.checks import (
                                       GraderError,
                                       Part,
                                       SpeedCheck,
                                       as_float_array,
                                       expect_accuracy,
                                       expect_arguments_kept,
                                       expect_close,
                                       expect_global_random_untouched,
                                       expect_one_of,
                                       expect_raises,
                                       expect_trajectory,
                                       expect_true,
                                       graded,
                                       or_fallback,
                                       part,
                                       returns_like,
                                       scalar_tolerance,
)
from autograder.grading.compare import returned_kind
from autograder.grading.evaluation import disguised, with_seen_images
from autograder.results import Comparison, Tolerance

__all__ = ["Catalog", "Comparison", "GraderError", "Part", "SpeedCheck", "Tolerance", "as_float_array", "disguised",
           "expect_accuracy", "expect_arguments_kept", "expect_close", "expect_global_random_untouched",
           "expect_one_of", "expect_raises", "expect_trajectory", "expect_true", "graded", "or_fallback",
           "part", "returned_kind", "returns_like", "scalar_tolerance", "with_seen_images"]
