"""Naming a mistake: a failing test is re-run on each catalogued mistake (the solution with one
function replaced by a typical wrong version) that touches the functions it called; a mistake
whose outputs equal the student's failing outputs is named in the feedback."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from autograder.course.assignment import AssignmentSpec
from autograder.course.mistakes import Catalog, Mistake, mutant_module
from autograder.grading import checks
from autograder.grading.compare import DEFAULT_TOLERANCES, outputs_match
from autograder.grading.student import LocalStudent
from autograder.results import MistakeMatch, Tolerance


class MistakeMatcher:
    """Matches a failing test's outputs against the catalogued mistakes of one assignment."""

    def __init__(self, catalog: Catalog, spec: AssignmentSpec,
                 seeded_fixtures: Callable[[pytest.Item], dict[str, np.random.Generator]],
                 oracle_module: Callable[[], Any]) -> None:
        self.catalog = catalog
        self.spec = spec
        self.seeded_fixtures = seeded_fixtures  # the test's generators afresh, so the mistake sees the same inputs
        self.oracle_module = oracle_module
        self._mutants: dict[str, Any] = {}

    def _mutant(self, mistake: Mistake) -> Any:
        """The mistaken module, compiled once per submission however many tests fail."""
        if mistake.id not in self._mutants:
            self._mutants[mistake.id] = mutant_module(self.spec.solution_file, mistake)
        return self._mutants[mistake.id]

    def match(self, item: pytest.Item, student_ctx: checks.TestContext) -> list[MistakeMatch]:
        """Re-run the test on each relevant mutant; name those whose outputs equal the student's."""
        failed = [c.name for c in student_ctx.comparisons if c.lost_points and c.kind != "timing"]
        if not failed:
            return []
        matches = []
        for mistake in self.catalog:
            if not set(mistake.functions) & student_ctx.functions_called:
                continue
            mutant_ctx = checks.TestContext()
            token = checks.activate(mutant_ctx)
            try:
                module = self._mutant(mistake)
                kwargs = {name: item.funcargs[name] for name in item._fixtureinfo.argnames}  # noqa: SLF001
                kwargs.update(student=LocalStudent(module), oracle=self.oracle_module(), **self.seeded_fixtures(item))
                with np.errstate(all="ignore"):
                    item.obj(**{k: v for k, v in kwargs.items() if k in item._fixtureinfo.argnames})  # noqa: SLF001
            except Exception:  # noqa: BLE001 - a mutant that crashes simply matches nothing
                continue
            finally:
                checks.deactivate(token)
            mutant_failed = {c.name for c in mutant_ctx.comparisons if c.lost_points}
            if not set(failed) <= mutant_failed:
                continue
            if all(same_output(student_ctx.outputs.get(n), mutant_ctx.outputs.get(n),
                               student_ctx.match_tolerances.get(n)) for n in failed):
                matches.append(MistakeMatch(id=mistake.id, message=mistake.message))
        return matches


def same_output(a: Any, b: Any, tolerance: Tolerance | None = None) -> bool:
    if tolerance is None:
        is32 = getattr(a, "dtype", None) == np.float32
        tolerance = DEFAULT_TOLERANCES["float32"] if is32 else DEFAULT_TOLERANCES["float64"]
    return outputs_match(a, b, tolerance)
