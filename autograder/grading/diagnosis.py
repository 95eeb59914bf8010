"""Saying what is wrong with a failing test, in two ways.

Naming a catalogued mistake: the test is re-run on each catalogued mistake (the solution with one
function replaced by a typical wrong version) that touches the functions it called; a mistake is
named when every failing output of the student's equals the mistake's (same shape, NaN/Inf at the
same positions, the rest within the check's tolerance), unless the mistake fails a check the student's
code passes in a test of the mistake's functions alone (a loss that is inf either way is not an overflow
when the student's gradient, unlike the mistake's, is right). Only outputs the student's code returned
count: a test stopped by the student's error, or a check whose call raised (a missing function,
an AssertionError where ValueError is asked for), is never named.

Diagnosing a relation, when no mistake is named: the test is re-run once on the solution, which
records the expected outputs, the test's inputs and what each call returned; each failing output
is then related to its expected value (grading/relations.py: N times the expected, transposed,
one step ahead...). A check whose call raised the wrong exception is said plainly.
"""
from __future__ import annotations

import ast
import builtins
import copy
import functools
import inspect
import math
import re
import types
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pytest

from autograder.course.assignment import AssignmentSpec
from autograder.course.mistakes import Catalog, Mistake, mutant_module
from autograder.grading import checks
from autograder.grading.advice import RAISE_ADVICE_ERRORS_ENV, advice_failed  # noqa: F401 - (the switch, for tests)
from autograder.grading.aliasing import shared_container_finding, shared_containers
from autograder.grading.budget import Budget, cpu_s
from autograder.grading.compare import DEFAULT_TOLERANCES
from autograder.grading.departure import (
    LOOP,
    RANDOM_DRAW,
    VALUE_TOLERANCE,
    PassDeparture,
    Target,
    _definition,
    _module_calls,
    applied_elsewhere,
    departure_finding,
    error_target,
    expression_values,
    first_departure,
    fractions_written,
    helper_swapped,
    in_place_writes,
    inner_pass_departure,
    literal_defaults,
    loop_pass_departure,
    output_target,
    parted_state,
    parted_target,
    pass_departure_finding,
    return_target,
    returned_names,
    same_default,
    same_return,
    setting_defaults,
    settings_read,
    state_target,
    transposed_local,
    unread_parameter,
    with_helper_swapped,
    with_inner_passes,
    writes_into_copies,
)
from autograder.grading.distribution import draws_shape_finding, draws_spread_finding
from autograder.grading.draws import draw_added, draw_moved
from autograder.grading.mutants import OPERATOR_SYMBOLS, LineTracer, undocumented
from autograder.grading.raised_line import raised_here
from autograder.grading.relations import (
    BROADCAST_SHAPES,
    OUT_OF_BOUNDS,
    OVERFLOW_CLAIM,
    ZEROS_MISSING,
    Constant,
    Finding,
    Named,
    Scene,
    agree,
    axes_reordered,
    close,
    dims_in,
    formulas_number,
    index_error,
    lower_precision,
    numbers_side_by_side,
    numeric,
    relate,
    sequences_for_numbers,
    shape_error,
    transposed_logits,
    truth_value_error,
    unnamed_factor,
    values_returned,
)
from autograder.grading.repair import (
    REPAIR_BUDGET_S,
    EditedCall,
    Repair,
    calls_functions_of,
    edits_of,
    one_edit_repair,
    said_repair,
)
from autograder.grading.slips import (
    SLIP_BUDGET_S,
    SLIP_TEST_S,
    SolutionFile,
    functions_run,
    kept_as_written,
    mutants_of,
    public_names,
    slip_finding,
    slip_module,
    written_by_student,
)
from autograder.grading.static_findings import (
    STATIC_SLIPS,
    batch_break_finding,
    betas_reversed_finding,
    bound_under_condition_finding,
    data_written_finding,
    dropout_as_keep_finding,
    einsum_sizes_finding,
    gradients_switched_off_finding,
    kept_across_calls_finding,
    math_on_array_finding,
    none_result_finding,
    one_row_at_a_time_finding,
    parameters_reordered_finding,
    setting_by_position_finding,
    shuffled_loaders_zipped_finding,
    slice_one_short_finding,
    smoothing_of_one_finding,
    source_slip,
    string_walked_finding,
    unending_recursion_finding,
    unused_position_finding,
)
from autograder.grading.static_slips import (
    UNBOUND_LOCAL,
    batch_sizes_written,
    betas_reversed,
    bound_only_under_conditions,
    breaks_in_inner_loops,
    breaks_on_a_batch,
    calls_of_itself,
    data_written_in_training_loop,
    datasets_made,
    draws_without_generator,
    dropouts_as_keep,
    einsum_calls,
    empty_allocations,
    function_node,
    gradients_switched_off,
    kept_across_calls,
    line_text,
    lower_precision_casts,
    math_on_arrays,
    none_results_used,
    numbers_written,
    optimizer_settings_by_position,
    partly_written_empties,
    pooled_after_flatten,
    reductions_of_leading_axes,
    reversed_views,
    rows_iterated_one_by_one,
    scaling_numbers,
    shared_windows,
    shuffled_loaders_zipped,
    slices_one_short,
    smoothing_of_one,
    strings_walked,
    unfilled_where_calls,
    unused_positions,
    window_extents_apart,
)
from autograder.grading.student import LocalStudent
from autograder.grading.torch_errors import (
    LINEAR_ROWS,
    NEGATIVE_STRIDE,
    NO_GRAD,
    ONE_AXIS_SHORT,
    SIZE_MISMATCH,
    loss_class_not_made,
    one_row_finding,
    per_example_finding,
    torch_error,
)
from autograder.grading.training import (
    DECAY_PULLS,
    RERUN_CAUSES,
    strong_weight_decay,
    trained_alike,
    trained_epochs,
    training_findings,
    training_kind,
)
from autograder.grading.what_if import (
    Case,
    SettingsRead,
    Variation,
    as_if,
    call_on,
    call_with_state,
    callable_with,
    degenerate_apart,
    explains,
    fit_gap,
    idempotent,
    named_fits,
    other_inputs,
    other_sizes,
    same_value,
    structural,
    tight_fits,
    variations,
    what_if,
    with_variation,
    words_used,
)
from autograder.results import (
    Comparison,
    Diagnosis,
    MistakeMatch,
    TestResult,
    Tolerance,
)
from autograder.sandbox.errors import StudentException, raised_outside
from autograder.sandbox.locals_trace import LocalsRecorder, state_of
from autograder.sandbox.process import TracedCall
from autograder.sandbox.training_record import TrainingRecord
from autograder.sandbox.wire import Handle

HANDED_RUN_S = 1.0  # a test whose solution run took longer is not searched for a function handed a wrong value
# findings that list causes rather than point at one (how the shapes met, what gives NaN, what gives all zeros):
# beside them a slip is still looked for, and the line where the values part
LISTS_CAUSES = frozenset({"shape_error", "non_finite", "zeros", "index_error"})
# Relations that say what is wrong with the values but not where in the code (the draws' shape): the line where the
# values part is still looked for, and said beside them
BESIDE_A_DEPARTURE = frozenset({"draws_shape", "draws_spread"})
# Relations that read a pattern into where an output is wrong, or say less than a setting would (a
# trajectory's first step, state, another quantity, a block of the expected): the solution re-run with one
# setting changed, when it gives the student's output exactly, says more.
# A square or a square root read into an output guesses its cause (a variance for a standard deviation) as a pattern
# does: where a draw's std is xavier_std / sqrt(fan_in), it is the square of the expected whenever the mode is fan_in.
# A factor per feature is one too: a weight gradient through a ReLU that few rows pass is one by chance.
PATTERNS = frozenset({"end_block", "one_index", "strided", "zero_pattern", "border", "returned_other", "state_not_kept",
                      "first_step", "padded", "cropped", "missing_at_end", "extra_at_end", "counted_argument",
                      "rescaled_per_example", "where_input", "squared", "square_root", "one_number_per_row",
                      "scaled_per_feature"})
# Relations a slip that gives the output exactly says more than: the patterns, "close" (a small difference
# that a step never made, a bias never updated, gives as well as lower precision does), and an output that
# never moves or stays zero (what a step of size zero gives: an epsilon missing from a numerator, too), and
# another statistic of an input (a slip re-run on the whole test, in the correct code's text, says it as well).
SAYS_LESS_THAN_A_SLIP = PATTERNS | {"close", "never_moves", "zeros", "non_finite", "missing_term", "wrong_statistic"}
# Counterfactual re-runs of the solution cost time per failing output: bounded per output and per
# submission, so that a submission failing everything grades in seconds more, not minutes.
WHAT_IF_OUTPUT_S = 0.5
WHAT_IF_BUDGET_S = 3.0
# Traced re-runs of the student's call (departure.py) are made after the submission's last test (the
# child then sees the correct code's values, and no later test may use them), bounded per submission.
DEPARTURE_BUDGET_S = 2.0
MAX_HELPER_CALLS = 4  # calls of the student's functions made by the solution's own, tried per test
MAX_STATE_CALLS = 2  # calls that write state into a dict argument, traced per test
MAX_SIBLINGS = 6  # the test's other calls of a function an edit that repairs one must agree on, at most
MAX_PASSED_RERUNS = 3  # tests the student's code passed, re-run on the solution for calls a repair must keep right
MAX_HELD_JOBS = 4  # feeder calls made again after the last test to say what a return kept in the child holds
# a check's message that says a function wrote into an argument: "{function} changed its argument {param} in place"
IN_PLACE_CHECK = re.compile(r"(\w+) changed its argument (\w+) in place")

MAX_SOURCE_READ = 2_000_000  # a student's module longer than this (characters) is not read for its lines
NAME_TOLERANCE = Tolerance(rtol=1e-4, atol=1e-7)  # a mistake written another way, in other float arithmetic
# errors that say nothing of how the code computes (a stub, a missing function, a library's missing operation)
NOT_THE_CODES_ERRORS = frozenset({"NotImplementedError", "MissingFunction", "MemoryError", "AssertionError",
                                  "ImportError", "ModuleNotFoundError"})
NAME_PASSED_S = 2.0  # re-runs of named mistakes on the tests the student passed, per submission
MAX_PASSED_TESTS = 3  # ... per mistake
EMPTY_BUDGET_S = 0.5  # CPU seconds for the np.empty allocations' edited calls, after the departures and edits
MAX_EMPTY_CHECKS = 2  # np.empty allocations of one function checked for a test, at most
MAX_EMPTY_CHECK_CALLS = 1  # calls of the function each is checked on
MAX_SETTING_CHECK_CALLS = 4  # calls of a function a setting said of a whole test is checked on (on their other inputs)
MAX_SETTING_CHECKS = 6  # settings said from one call or test checked on other inputs after the last test, at most
SETTING_BUDGET_S = 0.5  # CPU seconds for those checks, the grader's and the student's process's
MAX_NAME_CHECK_CALLS = 1  # calls of a mistake's functions a weakly given name is checked on (on 3 inputs)
MAX_DEPARTURE_JOBS = 12  # calls queued for late_diagnoses, per submission (each may cost a solution run now)
MAX_WRITTEN = 6  # fractions written in a student's function tried as a setting's value
DEPARTURE_CALL_S = 0.2  # a call the solution itself takes longer over is not traced
EXACT_FIT = Tolerance(rtol=1e-12, atol=1e-15)  # a slip's values equal to the student's but for rounding
MIN_ERRORS = 2  # distinct errors a slip must raise as the student's code did, when no value tells more
SOLUTION = Mistake(id="solution", message="", functions=(), source="")  # the solution itself, as a "mutant"


@dataclass
class Call:
    """One call a test made of the solution: its inputs (copied before the call), what it returned,
    and how many outputs the test had recorded by then."""

    function: str
    arguments: dict[str, Any]
    value: Any
    outputs_before: int
    after: dict[str, dict[str, Any]] | None = None  # its dict arguments as it left them (state written there)


@dataclass(frozen=True)
class HeldJob:
    """A handed_wrong_input said of a test where the student's feeder return stayed in its process (a cache kept
    there): the feeder's call, made again after the last test, says what the return holds (held_apart)."""

    test: str
    feeder: Call
    handed: Call  # the call of the correct code's function the feeder's return was handed to


class VariedStudent(LocalStudent):
    """The `student` fixture over the solution with one setting of one function changed in every call
    (a dict setting changed in place, so that the caller's dict, read after the call, is that one)."""

    def __init__(self, module: Any, function: str, variation: Variation) -> None:
        super().__init__(module)
        self._function = function
        self._variation = variation

    def __getattr__(self, name: str) -> Any:
        local = super().__getattr__(name)
        if name != self._function:
            return local
        signature = _signature(getattr(self._module, name))
        variation = self._variation

        def varied(*args: Any, **kwargs: Any) -> Any:
            return local(**variation.apply_in_place(_arguments(signature, args, kwargs)))

        return varied


class RecordingStudent(LocalStudent):
    """The `student` fixture over the solution, remembering every call (for the diagnosis)."""

    def __init__(self, module: Any, ctx: checks.TestContext) -> None:
        super().__init__(module)
        self.calls: list[Call] = []
        self._ctx = ctx

    def __getattr__(self, name: str) -> Any:
        local = super().__getattr__(name)
        signature = _signature(getattr(self._module, name))

        def recorded(*args: Any, **kwargs: Any) -> Any:
            arguments = _arguments(signature, _copied(args), _copied(kwargs))
            value = local(*args, **kwargs)
            after = {k: _copied(state) for k, v in _arguments(signature, args, kwargs).items()
                     if (state := state_of(v)) is not None}
            self.calls.append(Call(name, arguments, value, len(self._ctx.outputs), after or None))
            return value

        return recorded


@dataclass(frozen=True)
class FactorSaid:
    """A common factor said of a test's output (relations.scaled): named by a constant of the test or not."""

    test: str
    output: str
    function: str
    factor: float
    named: bool
    message: str
    reading: str = ""  # named by a "setting" of the test's calls (gain = 2) or a "number" of the formulas (2)


def _count_prefix(said: str) -> str:
    """The words a scaled finding starts with, which say how many numbers it is of (relations.scaled)."""
    return "every entry is " if said.startswith("every entry is ") else "yours is "


def _withdraw_slips(results: Iterable[TestResult], withdrawn: set[str]) -> None:
    """The one_slip diagnoses said in these words taken out of the results."""
    for result in results:
        result.diagnoses = [d for d in result.diagnoses if not (d.relation == "one_slip" and d.message in withdrawn)]


@dataclass(frozen=True)
class SettingCheck:
    """A setting said of a test's output (as_if: "yours is what the correct code returns if shape[0] were
    shape[3]") from one call: the variations said, on whose call's other inputs (other sizes too) the student's
    function and the correct code with the variation made are compared after the last test
    (MistakeMatcher.confirm_settings)."""

    message: str  # the as_if diagnosis said
    variations: list[Variation]
    calls: list[Call]
    written: tuple[float, ...] = ()  # the fractions written in the student's function the variations were read with


@dataclass(frozen=True)
class EmptyCheck:
    """Zeros missing from a test's outputs, where a function of the student's it called makes an array with
    np.empty that no statement writes whole: the calls that made the outputs, made again after the last test with
    the allocation made with np.zeros (MistakeMatcher.confirm_empties)."""

    test: str
    function: str
    line: int
    text: str  # the allocation's line, as the student wrote it
    calls: list[Call]
    outputs: tuple[str, ...]  # the failing outputs the calls made, where zeros are missing


@dataclass
class DepartureJob:
    """A failing test that nothing explains, and the one call of a function the student changed where it
    first goes wrong: traced after the last test (departure.py)."""

    test: str  # the test's node id
    output: str  # the failing output it is said for
    function: str
    arguments: dict[str, Any]  # the call's, as the solution's run of the test made it
    target: Target  # what tells the traced call is the student's, and what a repaired one returns
    said: str = ""  # what a repaired call returns, in words ("" : the output's name)
    # the earlier calls of the test that handed this one part of what they returned, in the solution's run, and
    # the arguments they handed: (function, (argument, ...)) (a backward pass given its forward's cache)
    fed_by: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the output is state the call writes into its dict arguments, at these (argument position, key): traced with
    # them (the target reads them)
    state: tuple[tuple[int, str], ...] = ()
    supersedes: frozenset[str] = frozenset()  # the relations said of the output that a departure found replaces
    # ... and the patterns said of the test's other outputs of the same function (output, relation): guesses at
    # where those are wrong, which the line found (a softmax over the wrong axis) says more of than a stride does
    supersedes_beside: frozenset[tuple[str, str]] = frozenset()
    # the output was said by a slip alone: traced only where the slip is withdrawn (contradicted_slips, run
    # before the departures), so that the test is not left with nothing
    unless_slip: bool = False
    # ... by settings said from one call or test (as_if, these messages): traced only where confirm_settings
    # withdraws every one of them
    unless_setting: tuple[str, ...] = ()
    # the call trained a model (a recipe of the student's: its number of epochs, its batches are theirs to choose),
    # so a loop of fewer passes than the correct code's says nothing of a mistake
    trained: bool = False
    # the arguments of the test's other calls of the function (the solution's run), spread over the test: an edit
    # that repairs the call must agree with the correct code on them too (`return base_lr` is a schedule's rate
    # only before its first decay; the test's later steps say so)
    siblings: tuple[dict[str, Any], ...] = ()


@dataclass
class NameCheck:
    """A catalogued name a test gave from outputs that many computations share (a stop epoch, a count): the
    calls of the mistake's functions the test makes of the solution, on whose other inputs the student's functions
    and the mistake's are compared after the last test (MistakeMatcher.confirm_names)."""

    key: tuple[str, tuple[str, ...]]  # (mistake id, its functions)
    test: str  # the test's node id
    calls: list[Call]


@dataclass
class SlipCheck:
    """A slip a test said from whole numbers alone (a size, a count, which many formulas give alike on one test's
    sizes): the solution's calls that made them, on whose other inputs (other_sizes too) the student's function and
    the slip's are compared after the last test (MistakeMatcher.confirm_slips)."""

    message: str  # the one_slip diagnosis said
    function: str
    index: int  # of the slip in slips.mutants_of(solution, function)
    calls: list[Call]


# The student's function called again in the child, traced: (function, positional arguments, patch).
StudentTracer = Callable[[str, list[Any], "tuple[int, str, Any] | None"], TracedCall]
# The student's function called in the child on these positional arguments: what it returned (raises
# StudentException where it raised).
StudentCaller = Callable[[str, list[Any]], Any]
# ... and the values of the parts of the statement at a line: (function, positional arguments, line, a part's
# value replaced (k, value) or None) -> (the parts, what the call returned).
StudentPartsOf = Callable[[str, list[Any], int, "tuple[int, Any] | None"],
                        tuple[list[tuple[int, int, int, int, int, str, Any]], Any]]


@dataclass
class SolutionRun:
    """The test re-run on the solution: its outputs (the expected values) and its calls."""

    context: checks.TestContext
    calls: list[Call]
    executed: set[int] | None = None  # the solution's lines the run executed (its graded functions')
    duration_s: float = 0.0  # how long the run took: what one re-run of the test costs
    kinds: dict[tuple[str, str], set[tuple]] | None = None  # (function, local name) -> kinds of value it held

    def same_kind(self, function: str, names: tuple[str, str]) -> bool:
        """Two names of a function held values of a kind in the run (mutants.value_kind), or one of them
        is not a local the run saw (a module's function): a student may write one for the other."""
        if self.kinds is None:
            return True
        held = [self.kinds.get((function, name)) for name in names]
        return any(h is None for h in held) or bool(held[0] & held[1])


class MistakeMatcher:
    """Names a failing test's catalogued mistake, or diagnoses its outputs' relation to the expected ones."""

    def __init__(self, catalog: Catalog, spec: AssignmentSpec,
                 seeded_fixtures: Callable[[pytest.Item], dict[str, np.random.Generator]],
                 oracle_module: Callable[[], Any], student_source: Callable[[], str | None] = lambda: None) -> None:
        self.catalog = catalog
        self.spec = spec
        self.student_source = student_source  # the student's module text, to tell which functions they changed
        self._unchanged: set[str] | None = None
        self._solution_runs: dict[str, SolutionRun | None] = {}  # by test: naming and diagnosing share one
        self._calls: dict[str, list[Call] | None] = {}  # by test: the solution's calls, where no run is recorded
        self.seeded_fixtures = seeded_fixtures  # the test's generators afresh, so the mistake sees the same inputs
        self.oracle_module = oracle_module
        self._mutants: dict[str, Any] = {}
        self._what_if_left_s = WHAT_IF_BUDGET_S  # counterfactual re-runs, for the whole submission
        self._slips_left_s = SLIP_BUDGET_S  # re-runs on mutants of the solution, for the whole submission
        # catalogued mistakes (id, the functions it replaces: one id may be catalogued in several functions)
        # that failed a check the student's code passed, in any test: not the student's (a name given by
        # another test, whose checks could not tell, is withdrawn: contradicted_names); and those named
        self.contradicted: set[tuple[str, tuple[str, ...]]] = set()
        # names given only from outputs NaN or Inf everywhere (what any overflow gives), and the mistakes whose
        # run did not fail a test's checks as the student's did, with the same outputs, in a test of their
        # functions alone
        self._named_from_overflow: set[tuple[str, tuple[str, ...]]] = set()
        self._named_otherwise: set[tuple[str, tuple[str, ...]]] = set()
        self._unlike: set[tuple[str, tuple[str, ...]]] = set()
        # names whose mistake trained otherwise than the student's code in a test of its functions alone
        self._trained_otherwise: set[tuple[str, tuple[str, ...]]] = set()
        # ... the names whose mistake left the model untrained, and the functions whose passed tests trained one
        self._named_untrained: set[tuple[str, tuple[str, ...]]] = set()
        self._trained_in_passed: set[str] = set()
        self._parted: set[tuple[str, tuple[str, ...]]] = set()
        self._solution_returns: dict[str, list[tuple[str, Any, bool]] | None] = {}
        self._named: set[tuple[str, tuple[str, ...]]] = set()
        # names given from outputs that many computations share, to be confirmed on other inputs; and those given
        # from an output few share (in any test: the name stands)
        self.name_checks: list[NameCheck] = []
        self.slip_checks: list[SlipCheck] = []  # ... and slips said from whole numbers alone, likewise
        self._slips_telling: set[str] = set()  # (the slips said somewhere from outputs few computations share)
        self._named_telling: set[tuple[str, tuple[str, ...]]] = set()
        self.departure_jobs: list[DepartureJob] = []
        self.held_jobs: list[HeldJob] = []
        self.empty_checks: list[EmptyCheck] = []  # zeros missing beside an np.empty allocation, to be confirmed
        self.setting_checks: list[SettingCheck] = []  # settings said from one call, to be confirmed
        self._solution_source: str | None = None
        # the tests explained (their item, the student's context, its fixtures: pytest drops them after the test),
        # and each slip said (its message, the mutants that fit as (function, index), the test that said it):
        # contradicted_slips re-runs the other tests on them
        self._explained: list[tuple[pytest.Item, checks.TestContext, dict[str, Any]]] = []
        self._passed: list[tuple[pytest.Item, checks.TestContext, dict[str, Any]]] = []  # ... and those passed
        # ... and those the student's own code ended by raising (an error of its making, not a stub or a missing one)
        self._raised: list[tuple[pytest.Item, checks.TestContext, dict[str, Any], StudentException]] = []
        self._passed_tried = False
        # by function: the arguments of its calls in tests the student's code passed, as the solution's run made them
        self._passed_arguments: dict[str, tuple[dict[str, Any], ...]] = {}
        self._slips_said: list[tuple[str, tuple[tuple[str, int], ...], str]] = []
        self._factors_said: list[FactorSaid] = []  # the common factors said of outputs, test by test
        self._unread_found: dict[tuple[str, int], Finding | None] = {}  # unread_parameter by function and run

    def _solution_text(self) -> str:
        """The solution module's text, read once per submission."""
        if self._solution_source is None:
            self._solution_source = self.spec.solution_file.read_text(encoding="utf-8")
        return self._solution_source

    def _draws_in_solution(self, function: str) -> bool:
        """The solution's function draws random numbers (from a generator it is given or makes)."""
        fn = function_node(self._solution_text(), function)
        return fn is None or RANDOM_DRAW.search(ast.unparse(fn)) is not None

    def _departures_open(self) -> bool:
        """More calls may be queued for late_diagnoses (those queued behind a slip or a setting count apart: most
        never run)."""
        queued = sum(not (job.unless_slip or job.unless_setting) for job in self.departure_jobs)
        # (those behind settings count apart: at most MAX_SETTING_CHECKS settings are checked, each for one test)
        behind = sum(not job.unless_setting for job in self.departure_jobs)
        return self.spec.slip_diagnosis and queued < MAX_DEPARTURE_JOBS and behind < 2 * MAX_DEPARTURE_JOBS

    def _mutant(self, mistake: Mistake) -> Any:
        """The mistaken module, compiled once per submission however many tests fail."""
        if mistake.id not in self._mutants:
            self._mutants[mistake.id] = mutant_module(self.spec.solution_file, mistake)
        return self._mutants[mistake.id]

    def _rerun(self, item: pytest.Item, student: Callable[[checks.TestContext], Any],
               funcargs: dict[str, Any] | None = None) -> checks.TestContext | None:
        """The test run again in-process with student(ctx) as its `student` fixture; None if it raised. funcargs:
        its fixtures as they were (after the test, pytest has dropped them)."""
        ctx, error = self._rerun_raising(item, student, funcargs)
        return None if error is not None else ctx

    def _rerun_raising(self, item: pytest.Item, student: Callable[[checks.TestContext], Any],
                       funcargs: dict[str, Any] | None = None
                       ) -> tuple[checks.TestContext | None, StudentException | None]:
        """The test run again as _rerun does: (its context, the StudentException that ended it if one did: a
        LocalStudent's with raises_as_student); (None, None) when anything else raised."""
        ctx = checks.TestContext()
        token = checks.activate(ctx)
        try:
            given = funcargs if funcargs is not None else item.funcargs
            kwargs = {name: given[name] for name in item._fixtureinfo.argnames}  # noqa: SLF001
            kwargs.update(student=student(ctx), oracle=self.oracle_module(), **self.seeded_fixtures(item))
            with np.errstate(all="ignore"):
                item.obj(**{k: v for k, v in kwargs.items() if k in item._fixtureinfo.argnames})  # noqa: SLF001
        except StudentException as e:
            return ctx, e
        except Exception:  # noqa: BLE001 - trusted code that crashes on these inputs simply tells nothing
            return None, None
        finally:
            checks.deactivate(token)
        return ctx, None

    def explain(self, item: pytest.Item, student_ctx: checks.TestContext,
                error: BaseException | None = None) -> tuple[list[MistakeMatch], list[Diagnosis]]:
        """The catalogued mistakes the test's failure matches, else the diagnoses of its failing outputs."""
        if error is None:
            self._explained.append((item, student_ctx, dict(item.funcargs or {})))
        elif isinstance(error, StudentException) and error.type_name not in NOT_THE_CODES_ERRORS and \
                error.raised_in and not any(self._trains(f) for f in student_ctx.functions_called):
            # (raised inside the student's code, not on binding the call; not a training's, whose re-run costs
            # seconds)
            self._raised.append((item, student_ctx, dict(item.funcargs or {}), error))
        mistakes = self.match(item, student_ctx, error)
        if mistakes:
            return mistakes, []
        try:
            return mistakes, (self.diagnose(item, student_ctx) if error is None else
                              self.diagnose_error(item, student_ctx, error))
        except Exception:  # noqa: BLE001 - a diagnosis is advice: failing to give one must not cost a result
            advice_failed()
            return mistakes, []

    def _trains(self, function: str) -> bool:
        """The correct code's function trains a model (calls backward()): a recipe, not a formula."""
        node = function_node(self._solution_text(), function)
        return node is not None and any(isinstance(n, ast.Attribute) and n.attr == "backward" for n in ast.walk(node))

    def _unread(self, function: str, run: SolutionRun) -> Finding | None:
        """unread_parameter of the student's function, with the arguments of its first call in the run (None where
        the student left the function as the correct code has it, or it is not called there)."""
        key = (function, id(run))  # (the value said is the one this test's call gave)
        if key in self._unread_found:
            return self._unread_found[key]
        source = self.student_source()
        call = next((c for c in run.calls if c.function == function), None)
        if source is None or call is None or function in self.unchanged_functions() or \
                not self.spec.solution_file.is_file() or self._trains(function):
            return None  # (a training's settings, a time budget, are the student's recipe to use or not)
        self._unread_found[key] = unread_parameter(source, self._solution_text(), function, call.arguments)
        return self._unread_found[key]

    def diagnose_error(self, item: pytest.Item, student_ctx: checks.TestContext,
                       error: BaseException) -> list[Diagnosis]:
        """A test the student's code ended by raising: the slip of the solution that raises the same error
        (and fails the same checks before it), if one does; and for a shape error, how NumPy met the shapes."""
        if not isinstance(error, StudentException):  # the grader could not use a value returned: what it holds
            return grouped([found for found in [self._unusable_return(item, student_ctx)] if found is not None])
        explained = [(f"{error.function}()", found) for found in [self._shape_error(error)] if found is not None]
        if error.type_name != "MissingFunction" and not error.not_implemented and \
                (run := self._solution_run(item)) is not None and \
                (unread := self._unread(error.function, run)) is not None:
            explained.append((f"{error.function}()", unread))
        if error.type_name != "MissingFunction" and not error.not_implemented and \
                (static := self._static_slip(student_ctx)) is not None:
            # (read off the source, certain wherever written: np.max(z, 0) for a ReLU, whatever it raises later; the
            # shape error's own reading may be that slip already, said once)
            # (parameters in another order: what the error says of the arguments follows from it, and misleads)
            return grouped([(f"{error.function}()", static)] + [(o, f) for o, f in explained if f.key != static.key
                                                                 and static.relation != "parameters_reordered"])
        if not raised_errors(student_ctx, error) or \
                not self.spec.slip_diagnosis or (self._slips_left_s <= 0 and not self._departures_open()) or \
                (run := self._solution_run(item)) is None:
            return grouped(explained)  # a function missing or not implemented yet (a stub) is no slip: no re-run
        slip = self._slip(item, student_ctx, run, error) if self._slips_left_s > 0 else None
        # the correct code's own function raising on what a function of the student's handed it (a cache)
        handed = self._handed(item, run, student_ctx, f"{error.function}()") if slip is None else None
        if handed is not None:
            return grouped([(f"{error.function}()", handed)] + explained)
        if slip is None and self._departures_open():
            self._queue_first_parting(item, f"{error.function}()", run, student_ctx)
        return grouped(([(f"{error.function}()", slip)] if slip is not None else []) + explained)

    def _unusable_return(self, item: pytest.Item, student_ctx: checks.TestContext) -> tuple[str, Finding] | None:
        """The last value the student's code returned that holds sequences where the correct code's return, in
        the same place of the test's calls, holds numbers (relations.sequences_for_numbers)."""
        run = self._solution_run(item)
        if run is None or len(run.calls) < len(student_ctx.returned):
            return None
        for (function, value, _), call in reversed(list(zip(student_ctx.returned, run.calls))):
            if call.function != function:
                continue
            if isinstance(call.value, tuple) and (found := values_returned(value, call.value, returned_names(
                    self._solution_text(), function, len(call.value)))) is not None:
                return f"{function}()", found
            expected = numeric(call.value)
            if expected is not None and (found := sequences_for_numbers(value, expected)) is not None:
                return f"{function}()", found
        return None

    def match(self, item: pytest.Item, student_ctx: checks.TestContext,
              error: BaseException | None = None) -> list[MistakeMatch]:
        """Re-run the test on each relevant mutant; name those whose outputs equal the student's.

        Never named: a test the student's error stopped (error), and a test with a failing check
        whose student output is missing (the call raised: None, or an exception where another was asked for).
        A part that raised (a missing function, graded on its own) is set aside: the test's other failing
        checks, made by functions that ran, may still be a catalogued mistake's, which must fail them the same.
        """
        failed = [c for c in student_ctx.comparisons if c.lost_points and c.kind != "timing"
                  and c.name not in student_ctx.part_failures]
        if error is not None or not failed or any(output_missing(c, student_ctx.outputs.get(c.name)) for c in failed):
            return []
        parted_before = set(self._parted)
        matches = self._matching(item, student_ctx, failed)
        if not matches:
            # Outputs computed from an earlier wrong one (a backward pass fed the student's own cache) may
            # differ from the mistake's though the mistake is the same: name it from the others alone (and
            # those outputs are no evidence against it).
            upstream = self._upstream(item, failed)
            if upstream and len(upstream) < len(failed):
                matches = self._matching(item, student_ctx, upstream)
                named = {m.id for m in matches}
                self._parted -= {key for key in self._parted - parted_before if key[0] in named}
        return matches

    def _matching(self, item: pytest.Item, student_ctx: checks.TestContext,
                  failed: list[Comparison]) -> list[MistakeMatch]:
        """The catalogued mistakes that fail every one of these checks with the student's outputs."""
        matches = []
        lost = {c.name for c in student_ctx.comparisons if c.lost_points and c.kind != "timing"}
        for mistake in self.catalog:
            if not set(mistake.functions) & student_ctx.functions_called:
                continue
            if set(mistake.functions) <= self.unchanged_functions():
                continue  # the functions it is in are the solution's own, word for word: the cause is elsewhere
            probed = bool(student_ctx.trainings)  # the student's code trained with torch: so is the mistake's
            mutant_ctx = self._rerun(item, lambda ctx, m=mistake: LocalStudent(
                self._mutant(m), returned=ctx.returned, trainings=ctx.trainings if probed else None))
            if mutant_ctx is None:
                continue
            mutant_failed = {c.name for c in mutant_ctx.comparisons if c.lost_points and c.kind != "timing"}
            key = (mistake.id, tuple(mistake.functions))
            alone = student_ctx.functions_called <= set(mistake.functions)  # a test of its functions alone
            if not mutant_failed <= lost and (alone or self._returned_on_given(item, mutant_failed - lost,
                                                                               set(mistake.functions))):
                # it fails a check the student passes, in a test of its functions alone (where another function
                # fed its output, their outputs may part for other reasons), or a check of what one of its
                # functions returned on what the test gave it (a forward's out, where the test then checks the
                # backward too): the student's code is not it. (Not the reverse: a student's version of a
                # catalogued mistake may fail one check more, and keeps its name, as a5's eps outside the square
                # root written differently does.)
                self.contradicted.add(key)
                continue
            if not {c.name for c in failed} <= mutant_failed:
                if alone:
                    self._unlike.add(key)  # it passes a check the student fails
                continue
            changed = set(mistake.functions) - self.unchanged_functions()
            same = all(same_output(student_ctx.outputs.get(c.name), mutant_ctx.outputs.get(c.name),
                                   student_ctx.match_tolerances.get(c.name) or working_tolerance(c)) for c in failed)
            # alike outputs of training code by chance (two models at chance, alike to two decimals) are not the
            # mistake where the training itself was of another kind (steps taken where the mistake takes none)
            alike = trained_alike(student_ctx.trainings, mutant_ctx.trainings)
            same = same and alike
            if not same and alone:
                self._unlike.add(key)
                run = self._solution_run(item)
                if run is not None and any(
                        constants_apart(student_ctx.outputs.get(c.name), mutant_ctx.outputs.get(c.name),
                                        student_ctx.match_tolerances.get(c.name) or working_tolerance(c),
                                        run.context.outputs.get(c.name)) for c in failed):
                    # one value throughout in both, and not the same one (the kept units scaled by 3 where the
                    # mistake leaves them at 1): no random draw makes that difference; the student's code is not it,
                    # though another test could not tell (1 // p is 1 for p = 0.6, as no scaling at all is)
                    self.contradicted.add(key)
                    continue
            if not alike and alone:
                # the student's training is of another kind than the mistake's in a test of its functions alone
                # (steps taken where the mistake takes none): not the student's mistake, though on another test's
                # data both took no step (a batch larger than its 180 images, dropped as the last)
                self._trained_otherwise.add(key)
            if any(shapes_differ(student_ctx.outputs.get(c.name), mutant_ctx.outputs.get(c.name)) for c in failed):
                # it fails the same checks with outputs of another shape (whatever other functions and random
                # draws do, a shape tells): not the student's mistake, where another test could not tell
                self._parted.add(key)
            if same and (any(telling(student_ctx.outputs.get(c.name)) for c in failed)
                         or (returns_alike(student_ctx.returned, mutant_ctx.returned, changed)
                             and not self._wrong_otherwise(item, student_ctx, mutant_ctx, changed))):
                matches.append(MistakeMatch(id=mistake.id, message=mistake.message))
                self._named.add(key)
                if mutant_ctx.trainings and all(training_kind(r)[0] is False for r in mutant_ctx.trainings.values()):
                    self._named_untrained.add(key)
                made = self._calls_made(item) if not student_ctx.trainings else None
                if student_ctx.trainings or made is None or any(
                        telling(out := student_ctx.outputs.get(c.name)) and not picked_from_inputs(out, made)
                        for c in failed):
                    self._named_telling.add(key)
                else:
                    calls = [k for k in made if k.function in changed][:MAX_NAME_CHECK_CALLS]
                    if calls:
                        self.name_checks.append(NameCheck(key, item.nodeid, calls))
                overflowed = all(overflowed_everywhere(student_ctx.outputs.get(c.name)) for c in failed)
                (self._named_from_overflow if overflowed else self._named_otherwise).add(key)
        return matches

    def _wrong_otherwise(self, item: pytest.Item, student_ctx: checks.TestContext, mutant_ctx: checks.TestContext,
                         functions: set[str]) -> bool:
        """The student's calls and the mistake's went wrong at the same entries (the same random draws, seen
        against the solution's) but hold other values there: another mistake that fails the same property
        check (a flip of the batch axis is not a flip upside down)."""
        if item.nodeid not in self._solution_returns:  # the test re-run on the solution as on a mistake (not the
            # recorded solution run, whose line tracing the slips' search reads later)
            ctx = self._rerun(item, lambda c: LocalStudent(self._mutant(SOLUTION), returned=c.returned))
            self._solution_returns[item.nodeid] = ctx.returned if ctx is not None else None
        right = self._solution_returns[item.nodeid]
        return right is not None and (parted_otherwise(student_ctx.returned, mutant_ctx.returned, right, functions)
                                      or (reordered_right(student_ctx.returned, right, functions)
                                          and not reordered_right(mutant_ctx.returned, right, functions)))

    def names_given(self) -> bool:
        """Some test named a catalogued mistake (late_diagnoses checks the names)."""
        return bool(self._named)

    def note_passed(self, item: pytest.Item, student_ctx: checks.TestContext) -> None:
        """A test the student's code passed (its fixtures kept: pytest drops them): a named mistake that fails it
        is not the student's (contradicted_names)."""
        if not student_ctx.trainings:  # (a training test's re-run costs seconds)
            self._passed.append((item, student_ctx, dict(item.funcargs or {})))
        elif any(training_kind(record)[0] for record in student_ctx.trainings.values()):
            # ... but what its training did is recorded: a mistake that never trains is not a code that trained here
            self._trained_in_passed |= student_ctx.functions_called

    def _failing_passed_tests(self) -> None:
        """Each named mistake re-run on the tests of its functions that the student's code passed, within
        NAME_PASSED_S: one that fails a check there is contradicted (a pool's gradient divided by s * s is named
        "not divided" where the stride is 1; the tests with a stride equal to the window pass, where the mistake
        fails)."""
        if self._passed_tried:
            return
        self._passed_tried = True
        budget = Budget(NAME_PASSED_S)
        for key in sorted(self._named - self.contradicted):
            mistake = next((m for m in self.catalog if (m.id, tuple(m.functions)) == key), None)
            if mistake is None:
                continue
            tried = 0
            for item, student_ctx, funcargs in self._passed:
                if tried >= MAX_PASSED_TESTS or budget.passed():
                    break
                called = set(mistake.functions) & student_ctx.functions_called
                if not called or called & self.unchanged_functions():
                    continue  # (a mistake spanning a function the student left as the solution's fails there)
                tried += 1
                ctx = self._rerun(item, lambda c, m=mistake: LocalStudent(self._mutant(m), returned=c.returned),
                                  funcargs)
                if ctx is not None and any(c.lost_points and c.kind != "timing" for c in ctx.comparisons):
                    self.contradicted.add(key)
                    break
            # ... and on the tests of its functions alone that the student's code ended by raising: a mistake that
            # runs them through raises nothing there, so the student's code is not it (rows indexed by the labels,
            # dscores[y] = 1, is every class's saliency where the labels cover the rows, an IndexError elsewhere)
            for item, student_ctx, funcargs, raised in self._raised:
                if key in self.contradicted or tried >= 2 * MAX_PASSED_TESTS or budget.passed():
                    break
                if not student_ctx.functions_called or not student_ctx.functions_called <= set(mistake.functions) or \
                        student_ctx.functions_called & self.unchanged_functions() or \
                        not any(f.function.rsplit(".", 1)[-1] in mistake.functions for f in raised.raised_in):
                    continue  # (raised in the body of one of the mistake's functions: where the two differ)
                tried += 1
                ctx, error = self._rerun_raising(item, lambda c, m=mistake: LocalStudent(
                    self._mutant(m), returned=c.returned, raises_as_student=True), funcargs)
                if ctx is not None and error is None:
                    self.contradicted.add(key)

    def contradicted_names(self, results: list[TestResult]) -> None:
        """Withdraw, from a submission's results, the catalogued names some test contradicted: a mistake that
        fails a check the student's code passes, in a test of its functions alone or in a test the student's code
        passed whole, is not the student's, even where another test's checks could not tell the two apart (a size
        rounded down where only the fit check is missing)."""
        self._failing_passed_tests()
        withdrawn = {name for name, functions in self._named if (name, functions) in self.contradicted} - \
            {name for name, functions in self._named if (name, functions) not in self.contradicted}
        # outputs NaN everywhere are what any overflow gives: a name given from them alone is withdrawn where the
        # mistake's run gave other outputs than the student's in another test (no shift of the scores at all is
        # not one shift for the whole batch)
        withdrawn |= {name for name, functions in (self._named_from_overflow & self._unlike) - self._named_otherwise}
        # a mistake that fails the same checks as the student's code with outputs of other shapes is not the
        # student's though another test named it (db summed with keepdims=True is dout itself on one row, as db not
        # summed at all is; on more rows their shapes part)
        withdrawn |= {name for name, functions in self._named & self._parted}
        withdrawn |= {name for name, functions in self._named & self._trained_otherwise}
        # (a mistake that leaves the model untrained, where a test the student's code passed saw it train)
        withdrawn |= {name for name, functions in self._named & self._named_untrained
                      if set(functions) & self._trained_in_passed}
        for result in results:
            result.mistakes = [m for m in result.mistakes if m.id not in withdrawn]

    def _returned_on_given(self, item: pytest.Item, names: set[str], functions: set[str]) -> bool:
        """Whether one of the checks named is of a value one of the functions returned as it is (an item of its
        return), in a call the test made with nothing an earlier call returned (the solution's run shows the
        calls): what that function makes of the test's own inputs."""
        run = self._solution_run(item)
        if run is None:
            return False
        for name in names:
            if name not in run.context.outputs:
                continue
            output = run.context.outputs[name]
            call = _producer(name, output, run)
            if call is None or call.function not in functions or \
                    not any(v is output for _, _, v in _parts(call.value, "")):
                continue
            earlier = run.calls[:next(i for i, c in enumerate(run.calls) if c is call)]
            if not any(fed(e, call) for e in earlier):
                return True
        return False

    def _upstream(self, item: pytest.Item, failed: list[Comparison]) -> list[Comparison]:
        """The failing checks not computed from an earlier failing output of the test (by the calls the
        solution's run made: a later call handed part of what an earlier failing call returned)."""
        run = self._solution_run(item)
        if run is None:
            return failed
        failing = FailingCalls()
        return [c for c in failed if c.name not in run.context.outputs
                or not failing.inherited(_producer(c.name, run.context.outputs[c.name], run))]

    def _shape_error(self, error: BaseException | None) -> Finding | None:
        """How NumPy met the shapes of a shape error the student's code raised (relations.shape_error), or what a
        torch error it raised means (torch_errors.torch_error); not for one raised in a function that is the
        solution's word for word (what it was given is the cause)."""
        if not isinstance(error, StudentException) or error.function.split("(")[0] in self.unchanged_functions():
            return None
        message, function = str(error), error.function.split("(")[0]
        if (renamed := self._signature_otherwise(message)) is not None:
            return renamed
        shapes, index, torch_said = shape_error(message), index_error(message), torch_error(message)
        source = self._source_read()
        if source is not None:  # a slip read off the source that gives such an error says where it comes from
            if (unbound := UNBOUND_LOCAL.search(message)) is not None and \
                    (bound := bound_only_under_conditions(source, function, unbound[1] or unbound[2])):
                return bound_under_condition_finding(function, unbound[1] or unbound[2], bound)
            if "'NoneType' object" in message and (nones := none_results_used(source, function)):
                return none_result_finding(function, nones[0])
            if error.type_name == "RecursionError" and (own := calls_of_itself(source, function)):
                return unending_recursion_finding(function, own[0])
            if SCALARS_ONLY.search(message) and (calls := math_on_arrays(source, function)):
                return math_on_array_finding(function, calls[0])
            if (key := ONE_CHARACTER_KEY.search(message)) and (walks := strings_walked(source, function, key[1])):
                return string_walked_finding(function, walks[0], key[1])
            lines = {NEGATIVE_STRIDE[0]: reversed_views, SIZE_MISMATCH[0]: datasets_made}
            if torch_said is not None and (find := lines.get(torch_said.message.removeprefix("the error: "))) and \
                    (made := find(source, function)):
                line, text = made[0]  # the line that made what torch refused, said with what the error means
                return replace(torch_said, message=f"in {function}(), line {line}: `{text}`. "
                               f"{torch_said.message[0].upper()}{torch_said.message[1:]}")
            if torch_said is not None and torch_said.message == f"the error: {NO_GRAD[0]}" and \
                    (switched := gradients_switched_off(source, function)):
                return gradients_switched_off_finding(function, switched[0], torch_said)
            if torch_said is not None and (rows := LINEAR_ROWS.search(message)) is not None and rows[1] == "1" and \
                    int(rows[2]) < int(rows[3]) and (sizes := batch_sizes_written(source, function)):
                pooled = pooled_after_flatten(source)
                return one_row_finding(int(rows[2]), int(rows[3]), int(rows[4]), max(sizes),
                                       pooled[0] if pooled else None)
            if torch_said is not None and (rows := LINEAR_ROWS.search(message)) is not None and \
                    int(rows[1]) in batch_sizes_written(source, function) and int(rows[2]) < int(rows[3]):
                return per_example_finding(int(rows[1]), int(rows[2]), int(rows[3]), int(rows[4]),
                                           reductions_of_leading_axes(source, function))
            if torch_said is not None and ONE_AXIS_SHORT.search(message) and \
                    (single := rows_iterated_one_by_one(source, function)):
                return one_row_at_a_time_finding(function, single[0], torch_said)
            if NOT_A_PAIR.search(message) and (by_position := optimizer_settings_by_position(source, function)):
                return setting_by_position_finding(function, by_position[0])  # (whatever the error: it fails there)
            if index is not None and (positions := unused_positions(source, function)):
                return unused_position_finding(function, positions[0])
            if shapes is not None and (short := slices_one_short(source, function)):
                return slice_one_short_finding(function, short[0])
            if (joined := concatenated_apart(function, source, message)) is not None:
                return joined
            if (calls := einsum_calls(source, function)) and \
                    (said := einsum_sizes_finding(function, message, calls)) is not None:
                return said
            if (shapes or index or torch_said) is not None and (kept := kept_across_calls(source, function)):
                # sizes that do not fit, in a function that keeps what it made from one call to the next: the call
                # was handed what an earlier call, given other data, made (whatever a fresh one would say of them)
                return kept_across_calls_finding(function, kept[0])
        explained = shapes or index or truth_value_error(message) or torch_said or \
            (loss_class_not_made(self.student_source()) if "Boolean value of Tensor" in message else None)
        if source is not None and not error.not_implemented and \
                (here := raised_here(error, source, self.unchanged_functions(), explained,
                                     self._solution_text() if self.spec.solution_file.is_file() else "")) is not None:
            return here  # (the line of theirs that raised, and what it was handed there, before what the error says)
        return explained

    def _signature_otherwise(self, message: str) -> Finding | None:
        """A call of a function of the student's that Python refused (an unexpected keyword argument, a positional
        argument too many or missing) where the student's signature differs from the assignment's: both said."""
        m = SIGNATURE_ERROR.search(message)
        source = self._source_read()
        if m is None or source is None:
            return None
        function = m.group("function")
        mine, theirs = signature_of(source, function), signature_of(self._solution_text(), function)
        if mine is None or theirs is None or mine == theirs:
            return None
        keyword = m.group("keyword")
        what = (f"has no parameter `{keyword}`, which the call passes by name" if keyword else
                "takes its arguments otherwise than the call gives them")
        return Finding("signature_otherwise", f"your {function}({mine}) {what}: the assignment's signature is "
                       f"{function}({theirs}). Keep the names, order and defaults of the stub's signature (tests and "
                       "other code call it by them), whatever names the formula uses inside.",
                       f"your {function}() {what.split(',')[0]}: its signature differs from the assignment's; keep "
                       "the stub's parameter names, order and defaults.")

    def unchanged_functions(self) -> set[str]:
        """The student's top-level functions whose code is the solution's (same syntax tree, comments,
        docstrings and formatting aside): a catalogued mistake in them cannot be the student's, however
        alike the outputs (a function that calls a wrong one fails the same way)."""
        if self._unchanged is None:
            self._unchanged = set()
            source = self._source_read()
            if source is not None and self.spec.solution_file.is_file():
                mine = function_trees(source)
                theirs = solution_trees(SolutionFile.of(self.spec.solution_file))
                self._unchanged = {name for name, tree in mine.items() if theirs.get(name) == tree}
        return self._unchanged

    def diagnose(self, item: pytest.Item, student_ctx: checks.TestContext) -> list[Diagnosis]:
        """For each failing output, the relation to its expected value that suggests a cause (if one holds). Not
        for a check that could not be made ("not checked: ...": what it needs is wrong, which its own check says)."""
        failed = [c for c in student_ctx.comparisons if not c.passed and c.kind in ("value", "check")
                  and ": not checked: " not in c.message]
        findings: list[tuple[str, Finding]] = []
        for name, failure in sorted(student_ctx.part_failures.items()):  # a part that raised a shape error
            if (found := self._shape_error(failure.error)) is not None:
                findings.append((name, found))
        moves = None  # whether the functions the test called move axes (.T, transpose, ...): read once, if needed
        for c in student_ctx.comparisons:  # logits laid out classes first, as the check's message shows them
            if c.passed:
                continue
            if (found := transposed_logits(c.message)) is None and axes_reordered(c.message) is not None:
                moves = self._moves_axes(student_ctx) if moves is None else moves
                found = axes_reordered(c.message, transposes=moves)
            if found is not None:
                findings.append((c.name, found))
        for c in failed:
            if c.kind == "check":
                found = exception_finding(c, student_ctx.functions_called)
                if found is not None:
                    findings.append((c.name, found))
                if (said := IN_PLACE_CHECK.search(c.message)) and \
                        (found := self._written_in_place(said[1], said[2])) is not None:
                    findings.append((c.name, found))
        # a check of properties (draws: their seed, their spread) of a function that never reads a parameter the
        # correct code reads (the seed): said as the values' checks say it (not of a training's: a time budget is
        # the student's to leave unused)
        properties = [c for c in failed if c.kind == "check" and c.name not in {name for name, _ in findings}
                      and c.name not in student_ctx.part_failures]  # (not a part that raised: its error says)
        if properties and not student_ctx.trainings and (run := self._solution_run(item)) is not None:
            unread = next((f for function in sorted(self._changed_called(student_ctx))
                           if (f := self._unread(function, run)) is not None), None)
            findings += [(properties[0].name, unread)] if unread is not None else []
        # a check of properties (draws, a shape) whose call returned the correct values in another shape: said
        alone = [c for c in failed if c.kind == "check" and c.name not in {name for name, _ in findings}]
        if alone and (found := self._written_into_copy(student_ctx)) is not None:
            findings.append((alone[0].name, found))
            alone = []
        if alone and not any(c.kind == "value" for c in failed) and not student_ctx.trainings and \
                (run := self._solution_run(item)) is not None and \
                (found := returned_in_another_shape(run, student_ctx)) is not None:
            findings.append((alone[0].name, found))
        trained = [(name, self._broken_off(self._seed_tested(f, student_ctx), student_ctx)) for name, f in
                   training_findings(student_ctx.comparisons, student_ctx.returned, student_ctx.trainings)]
        # (a flat loss said with its list of causes, not one the record names: zero weights, a tiny rate)
        if any(f.relation == "loss_flat" and f.lists_causes for _, f in trained) and \
                (smoothed := self._slip_read(student_ctx, smoothing_of_one, smoothing_of_one_finding)):
            trained = [(name, smoothed if f.relation == "loss_flat" and f.lists_causes else f) for name, f in trained]
        findings.extend(trained)
        last = student_ctx.trainings[max(student_ctx.trainings)] if student_ctx.trainings else None
        for c in student_ctx.comparisons:  # without what the training did: how the accuracies compare
            if c.kind != "score" or not c.lost_points:
                continue
            if c.name not in {name for name, _ in trained} and (found := learning_finding(c, last)) is not None:
                findings.append((c.name, found))
            if (found := class_indices_finding(c, student_ctx.outputs.get(c.name))) is not None:
                findings.append((c.name, found))
            ranked = ranking_finding(c, student_ctx.outputs.get(c.name))
            if (found := ranked or integer_logits_finding(c)) is not None:  # what the training did is beside the point
                findings = [(name, f) for name, f in findings if name != c.name] + [(c.name, found)]
            if (found := logits_in_a_tuple_finding(c, student_ctx.outputs.get(c.name))) is not None:
                findings.append((c.name, found))
            if ranked is None and (found := clipped_logits_finding(c, student_ctx.outputs.get(c.name))) is not None:
                findings.append((c.name, found))
            # (beside what the training findings say of it, a class missed is their consequence, not a cause)
            if c.name not in {name for name, _ in findings} and (found := never_predicted_finding(c)) is not None:
                findings.append((c.name, found))
        scored = sorted(c.name for c in student_ctx.comparisons if c.kind == "score" and c.lost_points)
        learned_little = any(name in scored and (f.lists_causes or f.relation in ("learned_little", "loss_flat"))
                             for name, f in findings)
        if learned_little and \
                (dropped := self._slip_read(student_ctx, dropouts_as_keep, dropout_as_keep_finding)) is not None:
            # a dropout that zeroes most inputs: what the lists of causes guess at (learned little, a flat loss)
            findings = [(name, f) for name, f in findings if name not in scored or not
                        (f.lists_causes or f.relation == "learned_little")] + [(n, dropped) for n in scored]
        if learned_little and (zipped := self._slip_read(student_ctx, shuffled_loaders_zipped,
                                                         shuffled_loaders_zipped_finding)) is not None:
            # images and labels shuffled apart: what a flat loss's list of causes guesses at first
            findings = [(name, f) for name, f in findings if name not in scored or not (
                f.lists_causes or f.relation in ("learned_little", "loss_flat"))] + [(n, zipped) for n in scored]
        if scored and last is not None and (broke := self._batch_break(student_ctx, last)) is not None:
            # the training left on one batch's value: what the record's lists of causes guess at (too few epochs)
            findings = [(name, f) for name, f in findings if name not in scored or not (
                f.lists_causes or f.relation in ("learned_little", "trained_briefly"))] + [(n, broke) for n in scored]
        if scored and student_ctx.trainings and \
                (reversed_betas := self._slip_read(student_ctx, betas_reversed, betas_reversed_finding)) is not None:
            findings += [(n, reversed_betas) for n in scored]  # (beside what the training's record says)
        if student_ctx.trainings and (written := self._data_written(student_ctx)) is not None:
            # the data itself changed by the training loop: what the training's record shows of it follows
            findings = [(name, f) for name, f in findings if name not in scored] + [(n, written) for n in scored]
        values = [c for c in failed if c.kind == "value"]
        run = self._solution_run(item) if values else None
        failing = FailingCalls()
        for c in values:
            got = student_ctx.outputs.get(c.name)
            call = None  # the call that made the output, where the solution's run tells
            if got is None and c.name in student_ctx.outputs:
                found = relate(None, 0.0, working_tolerance(c))
            elif run is None or c.name not in run.context.outputs:
                if c.name not in student_ctx.expected:
                    continue
                # No solution to re-run (a student's own check, a deployment without it): the value alone.
                found = relate(got, student_ctx.expected[c.name], working_tolerance(c))
            else:
                expected = run.context.outputs[c.name]
                if not expected_is_consistent(c, expected):
                    continue
                call = _producer(c.name, expected, run)
                if failing.inherited(call):
                    continue  # computed from an earlier wrong output (a backward from a wrong forward's cache)
                found = relate(got, expected, working_tolerance(c), scene_of(c, run, got))
                if found is not None and loose_for_one_number(expected, working_tolerance(c)):
                    found = replace(found, weak=True)
                # (a setting of a function whose code is the solution's word for word says nothing of the
                # student's code: gradient_descent "as if learning_rate were 0.5" where the gradient it calls is off)
                # a default of the student's signature that gives the output is said whatever else fits (a tiny
                # step h is also "close"): the call that left it to the default says which
                default = self._default_differs(c, run, call, got, expected, student_ctx) \
                    if call is not None and call.function not in self.unchanged_functions() else None
                if default is not None:
                    found = default
                elif call is not None and (found is None or found.weak or found.relation in PATTERNS) and \
                        call.function not in self.unchanged_functions():
                    setting = (self._what_if(c, run, call, got, expected, student_ctx)
                               or self._what_if_rerun(item, c, run, call, got, expected, student_ctx))
                    if setting is not None and found is not None and found.relation == "state_not_kept":
                        findings.append((c.name, found))  # both true: the setting says what the lost state amounts to
                    if setting is not None and setting.weak and found is not None and found.relation == "off_by_one":
                        setting = None  # a count one more than expected: a setting one off gives that by chance as
                        # easily as not (a stop epoch returned as epoch + 1 is "patience one more"): the count is said
                    found = setting or found
            right = student_ctx.expected.get(c.name) if run is None or c.name not in run.context.outputs else \
                run.context.outputs[c.name]
            found = found or _precision_only(c, got, right) or self._cast_to_lower_precision(c, got, right,
                                                                                              student_ctx)
            if call is not None and run is not None and (unread := self._unread(call.function, run)) is not None:
                findings.append((c.name, unread))
            if found is not None and call is not None and (literal := self._literal_factor(call.function, found)):
                found = literal
            if found is not None:
                findings.append((c.name, found))
                if found.relation == "scaled" and found.factor and call is not None:
                    self._factors_said.append(FactorSaid(item.name, c.name, call.function, found.factor,
                                                         not found.lists_causes, found.message, found.reading))
        if run is not None:
            findings = as_if_for_every_call(findings, values, run)
            findings += self._draws_shape(values, findings, run, student_ctx)
        if failed and (slip := self._static_slip(student_ctx)) is not None:
            # (a method object where a number is meant, state never stored: whatever else the outputs show follows)
            findings = [(c.name, slip) for c in failed]
        # a small difference, where the student's call returned an array in single precision that the correct code's
        # returns in double (state kept in float32): that is the difference
        if values and any(f.relation == "close" for _, f in findings) and \
                (run := run or self._solution_run(item)) is not None and \
                (single := lower_precision_returned(student_ctx, run)) is not None:
            findings = [(name, single if f.relation == "close" else f) for name, f in findings]
        # a write into a copy (x.flatten()[i] = v) is lost whatever else is said: where the values part, if looked
        # for, is the array the write missed (its allocation)
        if values and (lost := self._written_into_copy(student_ctx)) is not None:
            # (zeros where the writes were lost are what the lost write leaves, not a cause of their own)
            findings = [(name, f) for name, f in findings if f.relation not in ("zeros", "zero_pattern")]
            findings += [(c.name, lost) for c in values]
        # zeros missing where the student's function allocates with np.empty: queued, to be said in place of the
        # zeros once the allocation made with np.zeros gives the right values (confirm_empties)
        zeroless = [name for name, f in findings
                    if f.relation == "zero_pattern" and f.message.startswith(ZEROS_MISSING)]
        if values and zeroless and (run := run or self._solution_run(item)) is not None:
            self._queue_empty(item, student_ctx, zeroless, run)
        # a parameter never read, where a setting said of the same output names it (as if stride were 1): said once
        findings = [(name, f) for name, f in findings if not (f.relation == "unread_parameter" and any(
            other == name and g.relation == "as_if" and re.search(rf"\b{re.escape(f.claim)}\b", g.message)
            for other, g in findings))]
        if any(f.claim == OVERFLOW_CLAIM for _, f in findings):  # beside an overflow, zeros elsewhere are what
            # np.exp(x - inf) gives (a log-sum-exp that overflowed), not a mask or a loop that misses entries
            findings = [(name, f) for name, f in findings if f.relation not in ("zero_pattern", "zeros")]
        # outputs wrong only where they are NaN or Inf are what many slips give (any division by zero, any shift of
        # a log-sum-exp that misses a row): no slip is said from them
        nan_only = bool(values) and run is not None and all(
            wrong_only_where_not_finite(student_ctx.outputs.get(c.name), run.context.outputs.get(c.name),
                                        working_tolerance(c)) for c in values)
        if self._slips_wanted(failed, findings) and not nan_only and \
                (run := run or self._solution_run(item)) is not None:
            slip = self._slip(item, student_ctx, run)
            if slip is not None:  # one slip gives every failing output: it replaces what says less
                # state lost: a slip cannot say that; a setting that gives one output is a coincidence beside a
                # slip that gives them all (min_delta "left out" where the best loss is never updated)
                findings = [(name, f) for name, f in findings if f.relation == "state_not_kept" or not
                            (f.weak or f.relation in SAYS_LESS_THAN_A_SLIP or f.relation == "as_if")]
                findings += [(c.name, slip) for c in (values or failed)]
        findings = self._with_shared_containers(findings, values or failed, run, student_ctx)
        first = (values or failed)[0].name if values or failed else None
        if first is not None and (run := run or self._solution_run(item)) is not None and \
                (handed := self._handed(item, run, student_ctx, first)) is not None:
            # what is said of the other outputs of the same function, handed the same wrong input, reads a cause
            # into what the correct code made of that input (a mask "missing" where the cache held another array)
            # (a slip read off the source stays: it says why the input handed on was wrong)
            findings = [(name, f) for name, f in findings
                        if f.relation in STATIC_SLIPS or name != first and not self._same_producer(name, first, run)] \
                + [(first, handed)]
        # draws from NumPy's global generator (the check says so) part from the correct code's from the first call:
        # where the values part says nothing
        global_draws = any(c.name == checks.GLOBAL_RANDOM_CHECK for c in failed)
        if self._departures_open() and (values or failed) and not global_draws:
            run = run or self._solution_run(item)
            if run is not None:
                queued = len(self.departure_jobs)
                self._queue_departure(item, values, failed, findings, run, student_ctx)
                for job in self.departure_jobs[queued:]:
                    # what was said of its output says little (weak, a pattern read into where it is wrong, a list
                    # of causes): a departure found, proven by a patch, says where; those guesses go
                    # (not a factor no setting names, said as a fact beside the line: nothing in it guesses; nor how
                    # NumPy met the shapes of an error, which the line that raised it does not say)
                    job.supersedes = frozenset(f.relation for name, f in findings if name == job.output
                                               and not f.lists_causes and f.relation != "shape_error"
                                               and f.relation not in BESIDE_A_DEPARTURE)
                    job.supersedes_beside = frozenset(
                        (name, f.relation) for name, f in findings if name != job.output and f.relation in PATTERNS
                        and name in run.context.outputs
                        and (k := _producer(name, run.context.outputs[name], run)) is not None
                        and k.function == job.function)
        raised = [name for name, failure in sorted(student_ctx.part_failures.items())
                  if isinstance(failure.error, StudentException) and not failure.error.not_implemented
                  and failure.error.type_name != "MissingFunction"]
        for name in raised:
            error = student_ctx.part_failures[name].error
            if (run := run or self._solution_run(item)) is not None and \
                    (unread := self._unread(error.function, run)) is not None:
                findings.append((name, unread))
        if raised and not (values or failed) and self._departures_open() and \
                (run := run or self._solution_run(item)) is not None:
            # a part that raised, in a test whose other parts passed: where the call that raised parts from the
            # correct code's (an output buffer allocated too small for the indices written into it)
            self._queue_first_parting(item, raised[0], run, student_ctx)
        return grouped(findings)

    def _with_shared_containers(self, findings: list[tuple[str, Finding]], failing: list[Comparison],
                                run: SolutionRun | None, student_ctx: checks.TestContext
                                ) -> list[tuple[str, Finding]]:
        """A container the student's code binds to two names at once (`means = variances = []`), in a function
        the test called that made a failing output: said for those outputs. A slip that gives the same values
        (the wrong variable used twice) goes: every name in the student's code is right."""
        source = self.student_source()
        called = student_ctx.functions_called - self.unchanged_functions()
        shared = shared_containers(source, called) if source is not None and called else []
        if not shared:
            return findings
        by_function = {s.function: s for s in reversed(shared)}  # the first in each function

        def made_by(c: Comparison) -> str | None:
            if len(called) == 1:
                return next(iter(called))
            call = _producer(c.name, run.context.outputs[c.name], run) \
                if run is not None and c.name in run.context.outputs else None
            return call.function if call is not None else None

        outputs = {c.name: by_function[f] for c in failing if (f := made_by(c)) in by_function}
        if not outputs:
            return findings
        # (a slip of a wrong variable, another output returned: what one container under many names gives)
        kept = [(name, f) for name, f in findings if not (name in outputs and f.relation in ("one_slip",
                                                                                          "returned_other"))]
        return kept + [(name, shared_container_finding(s)) for name, s in outputs.items()]

    def _queue_departure(self, item: pytest.Item, values: list[Comparison], failed: list[Comparison],
                         findings: list[tuple[str, Finding]], run: SolutionRun,
                         student_ctx: checks.TestContext) -> None:
        """For late_diagnoses: the test's first failing output that nothing explains, if one call of a function
        the student changed made it; else the test's first call whose return parts from the solution's (a
        failing check of properties, of random draws, too)."""
        def says(f: Finding) -> bool:  # (the correct code's own function handed a wrong cache: where in the function
            # that made it is the departure's to find)
            # (nor the line that raised, which says where, not why: a departure found at a line replaces it)
            return not f.weak and f.relation not in SAYS_LESS_THAN_A_SLIP and f.relation not in LISTS_CAUSES \
                and not f.lists_causes and f.relation not in ("handed_wrong_input", "raised_here") and \
                f.relation not in BESIDE_A_DEPARTURE

        strong = {name for name, f in findings if says(f)}
        unexplained = [c for c in values or failed if c.name not in strong]
        behind_slip = not unexplained  # every output said, some by a slip alone: queued for where it is withdrawn
        if behind_slip:
            others = {name for name, f in findings if says(f) and f.relation != "one_slip"}
            unexplained = [c for c in values or failed if c.name not in others]
        # ... or by a setting to be confirmed on other inputs (confirm_settings checks the first MAX_SETTING_CHECKS
        # said): likewise, traced where every such setting of the test is withdrawn
        pending = set(list(dict.fromkeys(check.message for check in self.setting_checks))[:MAX_SETTING_CHECKS])
        behind = tuple(dict.fromkeys(f.message for _, f in findings if f.relation == "as_if" and f.message in pending))
        behind_setting = not unexplained and bool(behind)
        if behind_setting:
            others = {name for name, f in findings if says(f) and f.message not in behind}
            unexplained = [c for c in values or failed if c.name not in others]
        if not unexplained:
            return
        queued = len(self.departure_jobs)
        self._queue_unexplained(item, unexplained, run, student_ctx)
        for job in self.departure_jobs[queued:]:
            job.unless_slip = behind_slip and not behind_setting
            job.unless_setting = behind if behind_setting else ()
            job.trained = bool(student_ctx.trainings)
            job.siblings = sibling_arguments(run.calls, job.function, job.arguments)

    def _queue_unexplained(self, item: pytest.Item, unexplained: list[Comparison], run: SolutionRun,
                           student_ctx: checks.TestContext) -> None:
        """_queue_departure's jobs for the outputs nothing explains (the first that one call made, else the
        state calls and the first call that parts)."""
        for c in unexplained:
            got = student_ctx.outputs.get(c.name)
            if c.name not in run.context.outputs or numeric(got) is None:
                continue
            expected = run.context.outputs[c.name]
            located = case_of(run, c.name, expected, None, got, working_tolerance(c))
            if located is None or len(located.calls_made) != 1 or not expected_is_consistent(c, expected) or \
                    located.calls_made[0].function in self.unchanged_functions():
                continue  # the solution's own code: the values part in a function it calls
            call, case = located.calls_made[0], located.case
            target = output_target(lambda value, case=case: case.read([value]), got, expected, target_tolerance(c, got,
                                                                                                           expected))
            if target is not None:
                self.departure_jobs.append(DepartureJob(item.nodeid, c.name, call.function, call.arguments, target,
                                                        fed_by=self._fed_by(run, call)))
                self._queue_state_calls(item, c.name, run)
                return
        self._queue_state_calls(item, unexplained[0].name, run)
        self._queue_first_parting(item, unexplained[0].name, run, student_ctx,
                                  "" if unexplained[0].kind == "value" else "values")

    def _queue_state_calls(self, item: pytest.Item, output: str, run: SolutionRun) -> None:
        """The test's first calls, before the output was read, of functions the student changed that write state
        into a dict argument (bn_param's running averages): where the failing output reads that state, or is it,
        the call that first writes it wrong is where the mistake is (a test-mode output off because the train-mode
        calls before it averaged the wrong statistics)."""
        position = list(run.context.outputs).index(output) if output in run.context.outputs else len(run.calls)
        queued = 0
        for call in run.calls:
            if queued >= MAX_STATE_CALLS or call.outputs_before > position:
                break
            if call.function in self.unchanged_functions() or not call.after:
                continue
            positions = list(call.arguments)
            written = {(positions.index(name), key) for name, state in call.after.items() if name in positions
                       for key, value in state.items() if _written(call.arguments[name], key, value)}
            if not written:
                continue
            expected = [call.after.get(name) for name in positions]
            self.departure_jobs.append(DepartureJob(item.nodeid, output, call.function, call.arguments,
                                                    state_target(expected, sorted(written), VALUE_TOLERANCE),
                                                    state=tuple(sorted(written))))
            queued += 1

    def _queue_first_parting(self, item: pytest.Item, output: str, run: SolutionRun,
                             student_ctx: checks.TestContext, said: str = "") -> None:
        """The test's first call whose return (or error) parts from the solution run's same call, when every
        call before it returned the same (so that it was given the same arguments): a trajectory's first
        wrong step, a backward pass's, a call that raised."""
        tol = VALUE_TOLERANCE
        for k, (function, value, _) in enumerate(student_ctx.returned):
            if k >= len(run.calls) or run.calls[k].function != function:
                return
            call = run.calls[k]
            if isinstance(value, StudentException):
                target = error_target(str(value), call.value, tol)
            elif same_return(value, call.value, tol):
                continue
            else:
                target = return_target(value, call.value, tol)
            # (said of the output this call made where it is one that failed: the first call that parts may come
            # before the output the test's first failure is of)
            made = list(run.context.outputs)[call.outputs_before:call.outputs_before + 1]
            failing = {c.name for c in student_ctx.comparisons if c.lost_points}
            label = made[0] if made and made[0] in failing else output
            if function not in self.unchanged_functions():
                self.departure_jobs.append(DepartureJob(item.nodeid, label, function, call.arguments, target, said,
                                                        self._fed_by(run, call)))
            else:
                self._queue_helper_calls(item, output, call)
            return

    def _fed_by(self, run: SolutionRun, call: Call) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The earlier calls of the run, of functions the student changed, that handed `call` part of what they
        returned, with the arguments they handed (sigmoid_forward's cache to sigmoid_backward)."""
        before = next((k for k, made in enumerate(run.calls) if made is call), None)  # by identity: arrays inside
        if before is None:
            return ()
        found = []
        for earlier in run.calls[:before]:
            if earlier.function == call.function or earlier.function in self.unchanged_functions():
                continue
            handed = handed_arguments(earlier, call)
            if handed and all(f != earlier.function for f, _ in found):
                found.append((earlier.function, handed))
        return tuple(found[:2])

    def _queue_helper_calls(self, item: pytest.Item, output: str, call: Call) -> None:
        """A call of the solution's own code (a function the student did not change) that parts because a
        function of the student's that it calls does (two_layer_mlp_loss through affine_forward): the calls it
        makes of the functions the student changed, recorded on the solution with their arguments, for
        late_diagnoses to trace the first whose return the student's version does not give."""
        for k in (self._helper_calls(call) or [])[:MAX_HELPER_CALLS]:
            self.departure_jobs.append(DepartureJob(item.nodeid, output, k.function, k.arguments,
                                                    parted_target(k.value, VALUE_TOLERANCE), "values"))

    def _helper_calls(self, call: Call) -> list[Call] | None:
        """The calls the solution's `call` makes of the functions the student changed, with their arguments and
        returns; None when it raises."""
        module = self._mutant(SOLUTION)
        changed = [name for name in solution_trees(SolutionFile.of(self.spec.solution_file))
                   if name not in self.unchanged_functions() and name != call.function
                   and isinstance(getattr(module, name, None), types.FunctionType)]
        originals = {name: getattr(module, name) for name in changed}
        made: list[Call] = []

        def recording(name: str, fn: Any) -> Any:
            signature = _signature(fn)

            def recorded(*args: Any, **kwargs: Any) -> Any:
                arguments = _arguments(signature, _copied(args), _copied(kwargs))
                value = fn(*args, **kwargs)
                made.append(Call(name, arguments, _copied(value), 0))
                return value

            return recorded

        try:
            for name, fn in originals.items():
                setattr(module, name, recording(name, fn))
            call_on(getattr(module, call.function), call.arguments)
        except Exception:  # noqa: BLE001 - the solution's run tells nothing here
            return None
        finally:
            for name, fn in originals.items():
                setattr(module, name, fn)
        return made

    def _returns_again(self, call: Call) -> bool:
        """The solution's call, made again with the same arguments, returns the same (it draws nothing at
        random from a generator the test does not give it)."""
        try:
            again = call_on(getattr(self._mutant(SOLUTION), call.function), _copied(call.arguments))
        except Exception:  # noqa: BLE001 - nothing is known
            return False
        return same_return(again, call.value, VALUE_TOLERANCE)

    @staticmethod
    def _same_producer(name: str, other: str, run: SolutionRun) -> bool:
        """Outputs name and other were made by calls of one function in the run."""
        calls = [_producer(n, run.context.outputs[n], run) if n in run.context.outputs else None
                 for n in (name, other)]
        return None not in calls and calls[0].function == calls[1].function

    def _handed(self, item: pytest.Item, run: SolutionRun, student_ctx: checks.TestContext, output: str
                ) -> Finding | None:
        """The test's first call whose return parts from the solution run's, when it is of a function that is the
        correct code's own, calling none the student changed, and was handed what a function the student changed
        returned: the mistake is in that (a backward pass given the cache of the student's forward pass). Not for a
        slow test: it calls the solution's function twice more."""
        if run.duration_s > HANDED_RUN_S:
            return None
        for k, (function, value, _) in enumerate(student_ctx.returned):
            if k >= len(run.calls) or run.calls[k].function != function:
                return None
            call = run.calls[k]
            raised = isinstance(value, StudentException)
            if not raised and same_return(value, call.value, VALUE_TOLERANCE):
                continue
            if not raised and function not in self.unchanged_functions() and \
                    nothing_checked_wrong(run, k, student_ctx.comparisons):
                continue  # what the test checks of it is right, or nothing is: the rest (a cache) is handed on,
                # looked at below
            if function not in self.unchanged_functions() or not (fed := self._fed_by(run, call)) or \
                    self._helper_calls(call) != [] or not self._returns_again(call):
                return None
            found = handed_finding(function, output, fed, own=True, raised=raised)
            feeder = next(j for j in range(k) if run.calls[j].function == fed[0][0])
            theirs = student_ctx.returned[feeder][1]
            held = held_apart(run.calls[feeder], theirs, call)
            if not held and _arrays_kept(theirs):  # kept in the student's process: seen after the last test
                self.held_jobs.append(HeldJob(item.nodeid, run.calls[feeder], call))
            return replace(found, message=f"{found.message} {held}") if held else found
        return None

    def late_diagnoses(self, results: dict[str, TestResult], trace: StudentTracer, parts: StudentPartsOf,
                       deadline: Budget, call: StudentCaller | None = None,
                       edited: EditedCall | None = None) -> None:
        """After the submission's last test, until the deadline's budget is spent: the names given from outputs
        many computations share confirmed (confirm_names), then each queued output's departure (departure.py), if
        one is found, said in its test's result (one a test; not in a test that names a mistake); then, after every
        trace, the one edit of the student's function that repairs each call (repair.py), within a budget of its own,
        said after a departure at its line, else in place of the departure (repair.said_repair)."""
        if call is not None:
            self._failing_passed_tests()
            self.confirm_names(results, call, deadline)
            self.confirm_slips(results, call, deadline)
            self.confirm_settings(results, call, deadline)
            self._held_late(results, call, deadline)
        source = self.student_source()
        if source is None:
            return
        found: list[tuple[DepartureJob, TestResult, Finding | None]] = []  # the jobs, with what their traces found
        said: set[str] = set()  # tests a departure was found for: one a test
        for job in self.departure_jobs:
            result = results.get(job.test)
            if result is None:
                break
            if job.test in said or result.mistakes:  # (queued for a name that stands: confirm_names)
                continue
            if job.unless_setting and any(d.relation == "as_if" and d.message.startswith(job.unless_setting)
                                          for d in result.diagnoses):
                continue  # a setting stands: it says what the output amounts to
            if job.unless_slip and any(d.relation == "one_slip" for d in result.diagnoses):
                continue  # the slip stands: it says the line
            found.append((job, result, self._found_late(job, result, trace, parts, source, deadline)))
            if found[-1][2] is not None:
                said.add(job.test)
        # then the edits that repair the calls, after every trace: an edited call that takes too long ends the
        # student's process, which no departure is then traced in
        repairs = deadline.fresh(REPAIR_BUDGET_S)
        done: set[str] = set()
        for job, result, finding in found:
            if job.test in done:
                continue
            if edited is not None and (finding is None or finding.relation == "departure") and \
                    job.function not in self.unchanged_functions() and not job.trained and not repairs.passed():
                try:
                    finding = said_repair(finding, self._repair(job, source, edited, repairs), job.function)
                except Exception:  # noqa: BLE001 - advice: the departure found stands
                    advice_failed()
            self._say_late(result, job, finding, done)
        if edited is not None and self.empty_checks:
            self.confirm_empties(results, source, edited, deadline.fresh(EMPTY_BUDGET_S))

    def _found_late(self, job: DepartureJob, result: TestResult, trace: StudentTracer, parts: StudentPartsOf,
                    source: str, deadline: Budget) -> Finding | None:
        """What a job's trace finds: a slip read off the source of its function, else its departure (None once the
        deadline has passed)."""
        if deadline.passed():
            return None
        try:
            # (a slip read off the source of the function whose values part, certain wherever written, says
            # more than where they part: a helper the test's function called, normalize_splits in a training)
            finding = source_slip(source, [job.function]) if job.function not in self.unchanged_functions() \
                else None
            finding = finding or self._departure(job, trace, parts, source, deadline)
        except Exception:  # noqa: BLE001 - a diagnosis is advice: failing to give one must not cost a result
            advice_failed()
            return None
        if finding is not None and finding.relation == "kept_state" and \
                any(d.relation in RERUN_CAUSES for d in result.diagnoses):
            return None  # the training's record said already which source the runs drew apart from
        return finding

    def _repair(self, job: DepartureJob, source: str, edited: EditedCall, deadline: Budget) -> list[Repair]:
        fn = getattr(self._mutant(SOLUTION), job.function, None)
        changed = set(function_trees(source)) - self.unchanged_functions() - {job.function}
        if not isinstance(fn, types.FunctionType) or calls_functions_of(source, job.function, changed):
            return []
        made = call_with_state(fn, job.arguments)  # (the correct code's call, once: its return and its state)
        value, states = made
        if job.state:
            def right(arguments: dict[str, Any]) -> Any:
                return call_with_state(fn, arguments)
            first = states[job.state[0][0]] if job.state[0][0] < len(states) else None
            output = first.get(job.state[0][1]) if isinstance(first, dict) else None
            names = list(job.arguments)

            def said(mine: Any) -> str:  # the entries the student's call writes wrong, by name (as _departure says)
                return ", ".join(f"{names[k]}[{key!r}]" for k, key in
                                 parted_state(mine, states, job.state, VALUE_TOLERANCE)[:3])
        else:
            def right(arguments: dict[str, Any]) -> Any:
                return call_on(fn, arguments)
            output = value
            said = job.said or job.output
        def also() -> list[dict[str, Any]]:  # (made once an edit repairs the call: re-runs of passed tests cost)
            # (other calls no larger than the failing one: an edited call is waited for as long as that one took)
            others = [a for a in (*job.siblings, *self.passed_arguments(job.function))
                      if entries_of(a) <= 2 * entries_of(job.arguments) + 64]
            return carried_state(fn, job.arguments, made) + defaults_flipped(fn, job.arguments) + others

        return one_edit_repair(job.function, source, job.arguments, job.target, said, edited, right, telling(output),
                               deadline, state=bool(job.state), left=bool(job.state), also=also,
                               expected=made if job.state else value)

    @staticmethod
    def _say_late(result: TestResult, job: DepartureJob, finding: Finding | None, done: set[str]) -> None:
        """A finding of a late diagnosis said in its test's result."""
        if finding is None:
            return
        # beside what was said (a pattern in the output may say as much), but for "state not kept": the call was
        # given the right state and still parts
        # and what gives NaN: a list of causes, where the departure has found the one;
        # and, for a departure at one line, the guesses said of its output (a loop's, which says only that
        # the mistake is somewhere in it, leaves them: `=` for `+=` in a pattern says more)
        at_line = not finding.claim.endswith(":loop")
        # (and the line that raised, where a departure at a line says where the values part: the cause, not the
        # symptom)
        supersedes = job.supersedes | {"raised_here"}
        result.diagnoses = [d for d in result.diagnoses if d.relation not in ("state_not_kept", "non_finite")
                            and not (at_line and d.relation in supersedes and job.output in d.outputs)
                            and not (at_line and d.outputs and all(
                                (o, d.relation) in job.supersedes_beside for o in d.outputs))]
        result.diagnoses += grouped([(job.output, finding)])
        done.add(job.test)

    def _held_late(self, results: dict[str, TestResult], call: StudentCaller, deadline: Budget) -> None:
        """What each held job's feeder returns where it stayed in the student's process, said beside the test's
        handed_wrong_input (the call made again with its arguments: a reply holds data, not handles)."""
        for job in self.held_jobs[:MAX_HELD_JOBS]:
            result = results.get(job.test)
            said = [d for d in result.diagnoses if d.relation == "handed_wrong_input"] if result is not None else []
            if deadline.passed() or not said:
                continue
            try:
                theirs = call(job.feeder.function, list(job.feeder.arguments.values()))
            except Exception:  # noqa: BLE001 - a call that raises now tells nothing
                continue
            held = held_apart(job.feeder, theirs, job.handed)
            if held:
                said[0].message = f"{said[0].message} {held}"

    def confirm_names(self, results: dict[str, TestResult], call: StudentCaller, deadline: Budget) -> None:
        """Withdraw each catalogued name given only from outputs many computations share (a stop epoch that
        adding min_delta gives as ignoring it does, on one test's losses) where, on other ordinary inputs of the
        calls its tests made (what_if.other_inputs), the student's functions return other values than the
        mistake's; and those a test contradicted: the test's diagnoses are said instead."""
        parted: set[tuple[str, tuple[str, ...]]] = set()
        checked: set[tuple[str, tuple[str, ...]]] = set()
        for check in self.name_checks:
            if deadline.passed():
                break
            if check.key in self._named_telling | checked:
                continue
            checked.add(check.key)
            if self._parts_from_mistake(check, call, deadline):
                parted.add(check.key)
        withdrawn = {key[0] for key in parted} - {key[0] for key in self._named - parted}
        # (and the names a test contradicted, as contradicted_names withdraws them, here so as to be diagnosed)
        withdrawn |= {name for name, functions in self._named if (name, functions) in self.contradicted} - \
            {name for name, functions in self._named if (name, functions) not in self.contradicted}
        explained = {item.nodeid: (item, ctx, funcargs) for item, ctx, funcargs in self._explained}
        for test, result in results.items():
            if not any(m.id in withdrawn for m in result.mistakes):
                continue
            result.mistakes = [m for m in result.mistakes if m.id not in withdrawn]
            if not result.mistakes and test in explained:
                result.diagnoses = self._diagnosed_late(*explained[test])

    def _diagnosed_late(self, item: pytest.Item, student_ctx: checks.TestContext,
                        funcargs: dict[str, Any]) -> list[Diagnosis]:
        """The diagnoses of a test after the last one (its name withdrawn), with its fixtures as they were (pytest
        has dropped them); departures it queues are traced with the others."""
        kept = item.funcargs
        item.funcargs = funcargs
        try:
            return self.diagnose(item, student_ctx)
        except Exception:  # noqa: BLE001 - advice only
            advice_failed()
            return []
        finally:
            item.funcargs = kept

    def confirm_slips(self, results: dict[str, TestResult], call: StudentCaller, deadline: Budget) -> None:
        """Withdraw each slip said from whole numbers alone where, on other inputs of the calls that made them (other
        sizes too), the student's function returns other numbers than the slip's: the slip fit the test's sizes by
        chance (the test's departure, queued behind it, is traced instead)."""
        solution = SolutionFile.of(self.spec.solution_file) if self.spec.solution_file.is_file() else None
        withdrawn: set[str] = set()
        for check in self.slip_checks:
            if deadline.passed() or solution is None:
                break
            if check.message in withdrawn | self._slips_telling:
                continue
            try:
                module = slip_module(solution, check.function, check.index)
                slip = getattr(module, check.function, None) if module is not None else None
                parts = slip is not None and self._parts_from(slip, check.calls, call, deadline, sizes=True)
            except Exception:  # noqa: BLE001 - a diagnosis is advice: failing to check one leaves the slip said
                advice_failed()
                parts = False
            if parts:
                withdrawn.add(check.message)
        _withdraw_slips(results.values(), withdrawn)

    def confirm_settings(self, results: dict[str, TestResult], call: StudentCaller, deadline: Budget) -> None:
        """Withdraw each setting said from one call (as_if) where, on other inputs of that call (other sizes too),
        the student's function returns other values than the correct code with each variation said, made anew on
        those inputs: the setting fit the test's values by chance (25 = 5 x 5 read as shape[0] were shape[3]). At
        most MAX_SETTING_CHECKS settings, within SETTING_BUDGET_S of their own."""
        correct = self._mutant(SOLUTION)
        withdrawn: set[str] = set()
        checked: set[str] = set()
        budget = deadline.fresh(SETTING_BUDGET_S)
        for check in self.setting_checks:
            if budget.passed() or len(checked) >= MAX_SETTING_CHECKS:
                break
            fn = getattr(correct, check.calls[0].function, None)
            if check.message in checked or not callable(fn) or not check.variations:
                continue
            checked.add(check.message)
            try:
                parts = all(self._parts_from(with_variation(fn, v, check.written), check.calls, call, budget,
                                             sizes=True) for v in check.variations)
            except Exception:  # noqa: BLE001 - a diagnosis is advice: failing to check one leaves it said
                advice_failed()
                parts = False
            if parts:
                withdrawn.add(check.message)
        for result in results.values():  # (grouped() may have added which output's values are quoted)
            result.diagnoses = [d for d in result.diagnoses if not (
                d.relation == "as_if" and any(d.message.startswith(message) for message in withdrawn))]

    def _parts_from_mistake(self, check: NameCheck, call: StudentCaller, deadline: Budget) -> bool:
        """The student's functions part from the check's mistake on other inputs of its calls (_parts_from)."""
        mistake = next((m for m in self.catalog if (m.id, tuple(m.functions)) == check.key), None)
        return mistake is not None and any(
            self._parts_from(fn, [made], call, deadline) for made in check.calls
            for fn in [getattr(self._mutant(mistake), made.function, None)] if fn is not None)

    @staticmethod
    def _parts_from(fn: Callable, calls: list[Call], call: StudentCaller, deadline: Budget,
                    sizes: bool = False) -> bool:
        """On some other input of the calls (other_inputs; sizes: other_sizes too), the student's function and fn
        (another version of it: a mistake's, a slip's) both return finite numbers, and not the same ones; only for
        calls where both return the same on the call's own input, and fn the same twice (draws from the global
        generator, state kept outside the arguments tell nothing)."""
        for made in calls:
            if deadline.passed():
                return False
            if not callable_with(fn, made.arguments):
                continue
            try:
                theirs = call_on(fn, made.arguments)
                alike = same_return(theirs, call_on(fn, made.arguments), NAME_TOLERANCE) and \
                    same_return(call(made.function, list(made.arguments.values())), theirs, NAME_TOLERANCE)
            except Exception:  # noqa: BLE001 - a call that raises here tells nothing
                alike = False
            if not alike:
                continue
            for arguments in other_inputs(made.arguments) + (other_sizes(made.arguments) if sizes else []):
                if deadline.passed():
                    return False
                try:
                    theirs = call_on(fn, arguments)
                    mine = call(made.function, list(arguments.values()))
                except Exception:  # noqa: BLE001 - an input either cannot take tells nothing
                    continue
                if finite_return(theirs) and finite_return(mine) and not same_return(mine, theirs, NAME_TOLERANCE):
                    return True
        return False

    def _departure(self, job: DepartureJob, trace: StudentTracer, parts: StudentPartsOf, source: str,
                   deadline: Budget) -> Finding | None:
        fn = getattr(self._mutant(SOLUTION), job.function, None)
        if not isinstance(fn, types.FunctionType):
            return None
        started = cpu_s()
        call = call_with_state if job.state else call_on  # a call's state: (its return, its dict arguments after)
        untraced = call(fn, job.arguments)
        if cpu_s() - started > DEPARTURE_CALL_S:
            return None  # traced, a slow call (a loop over many windows) would take many times as long
        solution = traced_locally(fn, job.arguments, deadline, call, final=True)
        value = solution.value
        computed = expression_values(fn, job.arguments, self._solution_text())
        arguments = list(job.arguments.values())  # by position: a student may have renamed a parameter

        def traced(patch: tuple[int, str, Any] | None) -> TracedCall:
            if not job.state:
                return trace(job.function, arguments, patch)
            made = trace(job.function, arguments, patch, after=True)  # type: ignore[call-arg]
            return made if made.error is not None else replace(made, value=(made.value, made.after))

        mine = traced(None)
        said = job.said
        if job.state:  # the entries the student's call writes wrong, by name
            names = list(job.arguments)
            said = ", ".join(f"{names[k]}[{key!r}]" for k, key in
                             parted_state(mine.value, solution.value[1], job.state, VALUE_TOLERANCE)[:3])
        if mine.error is None and not job.target.reproduces(mine) and not deadline.passed():
            # the failing call, made again with the same arguments, does not give what the test saw: a third call
            # that differs again, where the correct code gives one value, is state kept outside the arguments
            again = traced(None)
            if again.error is None and not same_return(mine.value, again.value, VALUE_TOLERANCE) and \
                    same_return(value, untraced, VALUE_TOLERANCE):
                seed = seed_given(job.arguments)
                if seed is not None and source and same_values_reordered(mine.value, value) and \
                        same_values_reordered(again.value, value):
                    return reordered_draws_finding(job.function, draws_without_generator(source, job.function))
                return kept_state_finding(job.function, seed, self._tests_seed_for_truth({job.function}),
                                          empty_allocations(source, job.function) if source else [],
                                          draws_without_generator(source, job.function)
                                          if source and seed is None and not self._draws_in_solution(job.function)
                                          else [], unfilled_where_calls(source, job.function) if source else [])
            # else it was handed other arguments in the test (a cache of the student's own): said below
        if mine.error is None and not job.state and \
                (turned := transposed_local(job.function, source, mine, traced, value, VALUE_TOLERANCE,
                                            deadline)) is not None:
            return turned  # (a fact of the student's own values, where a departure from the correct code's guesses)
        # the call made above is the departure's first, unpatched one
        found = first_departure(job.function, lambda patch: mine if patch is None else traced(patch), solution,
                                arguments, job.target, VALUE_TOLERANCE, source, deadline, computed,
                                lambda line, substitute: parts(job.function, arguments, line, substitute),
                                literal_defaults(self._solution_text(), job.function),
                                self._calls_helpers(job.function))
        def mine_at(at: tuple[int, int]) -> TracedCall:  # the student's call, its locals kept as each pass begins
            return trace(job.function, arguments, None, passes_at=at)  # type: ignore[call-arg]

        def right_at(at: tuple[int, int]) -> TracedCall:  # ... and the correct code's
            return traced_locally(fn, job.arguments, deadline, passes_at=at)

        def batches(outer_line: int) -> PassDeparture | None:
            """The pass of the loop over batches inside the loop at outer_line whose step is k times the correct
            code's, where one is (a step of another kind may come of another batch: said by the values alone)."""
            if deadline.passed():
                return None
            inner = inner_pass_departure(job.function, source, self._solution_text(), outer_line, mine_at, right_at,
                                         VALUE_TOLERANCE)
            return inner if inner is not None and not inner.unset and (inner.steps or inner.taken is not None or
                                                                      inner.index >= 1) else None

        if found is not None:
            inner = batches(found.statement.lines[0]) if found.name == LOOP and found.start_of is None and \
                found.reseeded is None and not job.state else None
            if inner is not None:  # (a step k times the correct one says more than a first statement of the pass)
                found = replace(found, first_in_pass=None)
            finding = departure_finding(job.function, said or job.output, found, job.target.raised,
                                        left=bool(said and job.state))
            if found.name == LOOP:
                moved = self._with_draw_moved(finding, job.function, source)
                if moved is not finding:
                    # (a draw made outside the loop the correct code makes it in: the inner loop's passes take other
                    # items because of it, which their own comparison would blame on a line of theirs)
                    inner = None
                finding = with_window_extent(moved, job.function, source, mine.records, found.statement.lines)
            elif source and (swapped := helper_swapped(source, self._solution_text(), job.function,
                                                       found.statement)) is not None:
                finding = with_helper_swapped(finding, found.statement.lines[0], *swapped)
            return with_inner_passes(finding, job.function, inner) if inner is not None else finding
        if mine.error is None and not job.state and \
                (apart := returned_items_apart(job.function, mine.value, value, job.arguments)) is not None:
            return apart  # (a tuple's items are not recorded as locals: no line holds them apart)
        if mine.error is not None and \
                (elsewhere := applied_elsewhere(job.function, source, self._solution_text(), arguments, mine,
                                                solution, VALUE_TOLERANCE)) is not None:
            return elsewhere
        if (windows := window_on_another_shape(job.function, source, mine.records)) is not None:
            return windows
        if mine.error is not None and \
                (written := slice_write_apart(job.function, source, str(mine.error), mine.raised_at)) is not None:
            return written
        if mine.error is not None and \
                (rows := rows_reshaped(job.function, source, str(mine.error), mine.records, job.arguments)) is not None:
            return rows
        if mine.error is not None and \
                (mask := mask_of_another_size(job.function, str(mine.error), job.arguments)) is not None:
            return mask
        if (extents := window_extent_apart(job.function, source, mine.records)) is not None:
            return extents
        if not job.state and not deadline.passed():  # no line found: a loop's passes, compared one by one
            passes = loop_pass_departure(job.function, source, self._solution_text(), mine_at, right_at,
                                         VALUE_TOLERANCE)
            if passes is not None and passes.fewer is not None and job.trained:
                passes = None  # (5 epochs where the correct code's recipe runs 15: the student's to choose)
            if passes is not None:
                finding = self._with_draw_moved(pass_departure_finding(job.function, passes), job.function, source)
                finding = with_window_extent(finding, job.function, source, mine.records, passes.loop.lines)
                # (an epoch's loop parting after its first pass: the first batch's step inside it says more)
                inner = batches(passes.loop.lines[0]) if not passes.steps and not passes.unset and \
                    passes.taken is None else None
                if inner is not None and inner.taken is not None and passes.setters:
                    # what a batch works on already differs inside: the lines after it that set the weights only
                    # carry that on, and are not said as where the mistake most likely is
                    finding = self._with_draw_moved(pass_departure_finding(job.function, replace(
                        passes, setters=[], feeders=[])), job.function, source)
                return with_inner_passes(finding, job.function, inner) if inner is not None else finding
        if mine.error is None and not job.state:  # no line found: a draw the recipe never makes, if one
            said, plain = draw_added(source, self._solution_text(), job.function)
            if said:
                return Finding("draw_added", f"in {job.function}(), {said}.", f"in {job.function}(), {plain}")
        if job.fed_by and not deadline.passed():  # (given the correct code's arguments: the call above)
            if mine.error is None and job.target.repaired(mine.value):
                return handed_finding(job.function, said or job.output, job.fed_by)
        return None

    def _with_draw_moved(self, finding: Finding, function: str, source: str) -> Finding:
        """A loop's departure with, after it, a random draw of the student's made inside another number of loops
        than the correct code's (draws.draw_moved): where the loop's passes part, and why."""
        said, plain = draw_moved(source, self._solution_text(), function)
        if not said:
            return finding
        return replace(finding, message=f"{finding.message} {said[0].upper()}{said[1:]}.",
                       plain=f"{finding.plain} {plain[0].upper()}{plain[1:]}.")

    @staticmethod
    def _slips_wanted(failed: list[Comparison], findings: list[tuple[str, Finding]]) -> bool:
        """Some failing check has no finding that points at a cause (none, a weak one, or a pattern)."""
        strong = {name for name, f in findings if not f.weak and f.relation not in SAYS_LESS_THAN_A_SLIP
                  and f.relation not in LISTS_CAUSES}
        return any(c.name not in strong for c in failed)

    def _slip(self, item: pytest.Item, student_ctx: checks.TestContext, run: SolutionRun,
              error: StudentException | None = None) -> Finding | None:
        """The test re-run on mutants of the functions the student changed (the lines the solution's run
        executed, the likeliest slips first); the slips whose run fails exactly the student's checks with
        the student's outputs and raises what the student's code raised (error: what ended the test), said
        (grading/slips.py)."""
        if self._slips_left_s <= 0 or not self.spec.slip_diagnosis or not self.spec.solution_file.is_file():
            return None
        solution = SolutionFile.of(self.spec.solution_file)
        lost = {c.name for c in student_ctx.comparisons if c.lost_points and c.kind != "timing"}
        values = [c for c in student_ctx.comparisons if c.name in lost and c.kind == "value"]
        raised = raised_errors(student_ctx, error)
        if raised is None or not (lost or raised) or \
                any(output_missing(c, student_ctx.outputs.get(c.name)) for c in values):
            return None
        # What a mutant must reproduce: the failing values and the errors; and, when the values say little (a
        # count, a flag, or only properties of random draws were checked, or only errors), what every call
        # returned, none of it its input as given. One error alone is not enough: many slips raise the same
        # (any that makes a shape not fit), as a student's other mistake does.
        # (a statistic checked within a wide tolerance, shares of draws within 0.035, is said alike by many slips:
        # the draws the calls returned tell)
        by_returns = not any(telling(student_ctx.outputs.get(c.name)) for c in values) or \
            any(statistical(c) for c in values)
        returns = [(v, echo) for _, v, echo in student_ctx.returned if not isinstance(v, StudentException)]
        weak = by_returns and (not any(telling(v) for v, _ in returns) or any(echo for _, echo in returns))
        # weak or not, a slip must give the returns the student's calls gave, when they hold numbers at all
        returned_numbers = any(numbers_side_by_side(v, v) for v, _ in returns)
        if weak and not values and len({text.split(": ", 1)[-1] for text in raised}) < MIN_ERRORS:
            return None  # only properties checked or one error, and the returns say little: nothing to reproduce
        producers = [k.function for c in values if c.name in run.context.outputs
                     for k in [_producer(c.name, run.context.outputs[c.name], run)] if k is not None]
        # the functions the test called, then the solution's helpers they ran (a slip in compute_fans shows
        # in xavier_normal's draws): those the student changed
        helpers = functions_run(solution, run.executed) if run.executed is not None else []
        functions = [f for f in dict.fromkeys(producers + sorted(student_ctx.functions_called) + helpers)
                     if f not in self.unchanged_functions()]
        quick = self._one_call(run, values[0], student_ctx) if values else self._one_raise(run, student_ctx)
        started = cpu_s()
        deadline = started + min(SLIP_TEST_S, self._slips_left_s)
        fits = []
        indices: dict[int, tuple[str, int]] = {}  # a mutant that fits -> (its function, its index there)
        exact: dict[int, bool] = {}  # ... and whether it gives the student's values to rounding
        try:
            for function in functions:
                for index, mutant in enumerate(mutants_of(solution, function)):
                    if cpu_s() + run.duration_s > deadline:
                        return None  # not every slip tried: one that fits may not be the only one
                    if run.executed is not None and run.executed.isdisjoint((mutant.line, *mutant.also_lines)):
                        continue
                    if mutant.swapped is not None and not run.same_kind(function, mutant.swapped):
                        continue  # a bias for a weights matrix: not a slip students make
                    module = slip_module(solution, function, index)
                    if quick is not None and quick[0] == function and module is not None and \
                            not quick[1](getattr(module, function, None)):
                        continue  # the call that made the first failing output does not give it: no need to re-run
                    ctx, ended = self._rerun_raising(
                        item, lambda ctx, m=module: LocalStudent(m, returned=ctx.returned, raises_as_student=True)) \
                        if module is not None else (None, None)
                    if ctx is None or {c.name for c in ctx.comparisons if c.lost_points and c.kind != "timing"} \
                            != lost or raised_errors(ctx, ended) != raised:
                        continue
                    if all(same_output(student_ctx.outputs.get(c.name), ctx.outputs.get(c.name),
                                       student_ctx.match_tolerances.get(c.name) or working_tolerance(c))
                           for c in values) and (not by_returns or not returned_numbers or
                                                 same_returns(student_ctx.returned, ctx.returned)) and \
                            keeps_what_is_right(student_ctx.returned, ctx.returned, run.calls):
                        fits.append(mutant)
                        indices[id(mutant)] = (function, index)
                        exact[id(mutant)] = all(same_output(student_ctx.outputs.get(c.name), ctx.outputs.get(c.name),
                                                            EXACT_FIT) for c in values)
        finally:
            self._slips_left_s -= cpu_s() - started
        if any(exact.values()):  # a slip that gives the student's values to rounding says more than those that give
            fits = [m for m in fits if exact[id(m)]]  # them within the check's tolerance (an epsilon left out)
        if weak and len({(m.function, m.line, m.also_lines) for m in fits}) > 1:
            return None  # a count or a flag many slips give: only a lone one is said
        called = set(producers) | student_ctx.functions_called
        if any(m.function not in called for m in fits) and len({(m.function, m.after) for m in fits}) > 1:
            return None  # a helper's slip seen only through its caller: only a lone one is said
        student = self._functions_text({m.function for m in fits})
        if raised and not values and student is not None:
            # an error alone (no value to compare) is raised by many slips alike (any index past a tuple's end): a
            # slip that writes what the student's code nowhere writes, in its own names, is a coincidence of the
            # error's kind (where values are compared, a slip that fits them says where, whatever the naming)
            fits = [m for m in fits if written_by_student(m, student)]
        if student is not None:
            # a slip at a line the student's code has as the correct code writes it is not the student's, whatever
            # outputs it gives (`loss > best` where the code reads `loss < best - min_delta`, best started at 0)
            fits = [m for m in fits if not kept_as_written(m, student)]
        found = slip_finding(fits, public_names(solution), raised=bool(raised) and not values, student=student)
        if found is not None:
            self._slips_said.append((found.message, tuple(indices[id(m)] for m in fits), item.nodeid))
            if any(telling(student_ctx.outputs.get(c.name)) for c in values):
                self._slips_telling.add(found.message)  # (said from outputs few computations share: it stands)
            elif values and len(fits) == 1:
                function, index = indices[id(fits[0])]
                made = [k for c in values if c.name in run.context.outputs
                        for k in [_producer(c.name, run.context.outputs[c.name], run)]
                        if k is not None and k.function == function]
                if made:
                    self.slip_checks.append(SlipCheck(found.message, function, index, made[:MAX_NAME_CHECK_CALLS]))
        return found

    def contradicted_factors(self, results: list[TestResult]) -> None:
        """A factor said by the name of a constant of one test (ph*pw = 4) where another test's output of the same
        function is off by the same factor and no constant there names it (ph*pw = 9 there): the name was a
        coincidence of that test's sizes (N*C = 4 = ph*pw), and the factor is said unnamed."""
        coincidences = {(said.test, said.output): said for said in self._factors_said if said.named and
                        said.reading != "literal" and any(  # (a number written in the code is no coincidence)
            other.function == said.function and other.test != said.test and not other.named and
            math.isclose(other.factor, said.factor, rel_tol=1e-6) for other in self._factors_said)}
        # ... and a factor named by a setting of one test (gain = 2: sqrt(gain)) where another test's output of the
        # same function is off by the same factor said by a number of the formulas (sqrt(2), gain 1 there): that
        # reading is said in both
        numbers = {(said.test, said.output): other for said in self._factors_said if said.reading == "setting"
                   for other in self._factors_said if other.function == said.function and other.test != said.test
                   and other.reading == "number" and math.isclose(other.factor, said.factor, rel_tol=1e-6)}
        if not coincidences and not numbers:
            return
        texts = {(result.id, o): (d.message, d.hidden_message) for result in results for d in result.diagnoses
                 if d.relation == "scaled" for o in d.outputs}
        for result in results:
            for d in result.diagnoses:
                if d.relation != "scaled":
                    continue
                said = next((coincidences[key] for o in d.outputs if (key := (result.id, o)) in coincidences), None)
                prefix = _count_prefix(d.message)
                if said is not None and d.message == said.message:
                    what, plain = unnamed_factor(said.factor)
                    d.message, d.hidden_message = prefix + what, prefix + plain
                number = next((numbers[key] for o in d.outputs if (key := (result.id, o)) in numbers), None)
                if number is not None and (number.test, number.output) in texts:
                    d.message, d.hidden_message = (prefix + text.removeprefix(_count_prefix(text))
                                                   for text in texts[number.test, number.output])

    def contradicted_slips(self, results: list[TestResult]) -> None:
        """Withdraw a slip said by one test where, in another test of the slip's functions (and those the student
        left as the correct code has them) alone, the slip fails a check the student's code passes (`mode !=
        "mean_image"` gives what a misspelled 'standardize' gives when only 'standardize' is asked for; a test that
        asks for 'mean_image' too tells them apart), or, a slip alone, gives other values than the student's for an
        output both get wrong (it fit the other test's sizes by chance). Each test is re-run on the slip's mutants
        within the slips' budget; where it runs out, nothing is withdrawn."""
        if not self._slips_said or not self.spec.solution_file.is_file():
            return
        solution = SolutionFile.of(self.spec.solution_file)
        withdrawn: set[str] = set()
        started = cpu_s()
        deadline = started + max(self._slips_left_s, SLIP_TEST_S)
        said_by: dict[tuple[str, tuple[tuple[str, int], ...]], set[str]] = {}  # one slip said by several tests
        for message, mutants, test in self._slips_said:
            said_by.setdefault((message, mutants), set()).add(test)
        for (message, mutants), tests in said_by.items():
            functions = {f for f, _ in mutants} | self.unchanged_functions()  # (the slip module has those as is)
            for item, student_ctx, funcargs in self._explained:
                if message in withdrawn or item.nodeid in tests or not student_ctx.functions_called or \
                        not student_ctx.functions_called <= functions or cpu_s() > deadline:
                    continue
                passed = {c.name for c in student_ctx.comparisons if not c.lost_points and c.kind != "timing"}
                wrong = [c for c in student_ctx.comparisons if c.lost_points and c.kind == "value"]
                for function, index in mutants:
                    module = slip_module(solution, function, index)
                    ctx = self._rerun(item, lambda ctx, m=module: LocalStudent(m, returned=ctx.returned),
                                      funcargs) if module is not None else None
                    if ctx is not None and passed & {c.name for c in ctx.comparisons if c.lost_points}:
                        withdrawn.add(message)  # one of the slips said together fails what the student passes
                    # ... or gives other values than the student's where both are wrong (a slip that fit one test's
                    # sizes by chance: C where W, both 3 there)
                    if ctx is not None and len(mutants) == 1 and any(
                            not same_return(ctx.outputs.get(c.name), student_ctx.outputs.get(c.name),
                                            working_tolerance(c)) for c in wrong):
                        withdrawn.add(message)
        self._slips_left_s -= cpu_s() - started
        _withdraw_slips(results, withdrawn)

    @staticmethod
    def _one_call(run: SolutionRun, c: Comparison, student_ctx: checks.TestContext
                  ) -> tuple[str, Callable[[Any], bool]] | None:
        """(the function whose call made the failing output c, a test of another version of it: does that
        call give the student's output?), a cheap sieve before re-running the whole test; None when the
        output is not one call's (or a schedule's) return."""
        if c.name not in run.context.outputs:
            return None
        expected, got, tol = run.context.outputs[c.name], student_ctx.outputs.get(c.name), working_tolerance(c)
        located = case_of(run, c.name, expected, None, got, tol)
        if located is None or not expected_is_consistent(c, expected):
            return None
        case = located.case
        return located.calls_made[0].function, lambda fn: fn is not None and explains(case.run(fn), got, expected, tol)

    @staticmethod
    def _one_raise(run: SolutionRun, student_ctx: checks.TestContext) -> tuple[str, Callable[[Any], bool]] | None:
        """(the function whose call first raised in the student's run, a test of another version of it: does
        the solution's same call, the same in place in the test's calls, raise the student's error?); None
        when the student's calls did not follow the solution's up to there."""
        first = next((k for k, (_, value, _) in enumerate(student_ctx.returned)
                      if isinstance(value, StudentException)), None)
        if first is None or first >= len(run.calls) or \
                [k.function for k in run.calls[:first + 1]] != [f for f, _, _ in student_ctx.returned[:first + 1]]:
            return None
        function, error, _ = student_ctx.returned[first]
        arguments = run.calls[first].arguments

        def raises_the_same(fn: Any) -> bool:
            if fn is None:
                return False
            try:
                call_on(fn, arguments)
            except Exception as e:  # noqa: BLE001 - any error, worded as the child words it
                own = getattr(getattr(fn, "__code__", None), "co_filename", None)
                return str(StudentException(function, type(e).__name__, str(e)[:2000], "",
                                            from_library=raised_outside(e, lambda path: path == own))) == str(error)
            return False

        return function, raises_the_same

    def _what_if(self, c: Comparison, run: SolutionRun, call: Call, got: Any, expected: Any,
                 student_ctx: checks.TestContext) -> Finding | None:
        """The producing call (or the calls whose returns make up the output: a schedule's steps) re-run on
        the solution with one setting changed, when that gives the student's output and leaves the test's
        passing outputs of the same function as they are."""
        tol = working_tolerance(c)
        failing = case_of(run, c.name, expected, call, got, tol)
        fn = getattr(self._mutant(SOLUTION), failing.calls_made[0].function, None) if failing else None
        if failing is None or fn is None or self._what_if_left_s <= 0:
            return None
        # the test's other outputs of the same function must come out as the student's: the expected where they
        # passed, the student's own where they failed too (a setting that fits one call by chance, sqrt(3 / 300)
        # read as fan_in 100, gives the others otherwise)
        passing = []
        for k in student_ctx.comparisons:
            mine = student_ctx.outputs.get(k.name) if not k.passed else None
            if k.kind != "value" or k.name == c.name or k.name not in run.context.outputs or \
                    (not k.passed and numeric(mine) is None):
                continue
            wanted = run.context.outputs[k.name] if k.passed else mine
            other = case_of(run, k.name, run.context.outputs[k.name], None, wanted, working_tolerance(k))
            if other is not None and other.calls_made[0].function == failing.calls_made[0].function:
                passing.append(other.case)
        started = cpu_s()
        fits: list[Variation] = []
        try:
            found = what_if(failing.calls_made[0].function, fn, failing.case, expected, passing,
                            budget_s=min(WHAT_IF_OUTPUT_S, self._what_if_left_s),
                            read=self._settings_read(failing.calls_made[0].function),
                            written=self._fractions_written(failing.calls_made[0].function), fits_out=fits)
        finally:
            self._what_if_left_s -= cpu_s() - started
        if found is not None and found.relation == "as_if" and len(failing.calls_made) == 1:
            self._check_setting(found, fits, failing.calls_made, student_ctx,
                                self._settings_read(failing.calls_made[0].function),
                                self._fractions_written(failing.calls_made[0].function))
        return found

    def _check_setting(self, found: Finding, fits: list[Variation], calls: list[Call],
                       student_ctx: checks.TestContext, read: SettingsRead | None,
                       written: tuple[float, ...] = ()) -> None:
        """A SettingCheck of an as_if said, to be confirmed on other inputs of its calls after the last test
        (confirm_settings): only where every variation it names (what_if.named_fits) claims how the code misreads a
        setting (what_if.structural: one entry for another, a count for a size, off by one, a factor...), which a
        test's values give by chance; a setting said left out or ignored ("min_delta were 0") points at where it is
        used, whatever the inputs. Not for a training (other inputs of one are other trainings)."""
        said = named_fits(fits, read)[:3]
        if said and not student_ctx.trainings and all(structural(v) for v in said):
            self.setting_checks.append(SettingCheck(found.message, said, calls[:MAX_SETTING_CHECK_CALLS], written))

    def _default_differs(self, c: Comparison, run: SolutionRun, call: Call, got: Any, expected: Any,
                         student_ctx: checks.TestContext) -> Finding | None:
        """A parameter the failing call leaves to its default, whose default in the student's signature is not the
        correct code's, where the correct code given the student's default returns the student's output (or, for
        an output computed from what the call returned, a statistic of draws, the student's return of that call):
        `mode="fan_in"` where "fan_avg" is the default asked for."""
        source = self.student_source()
        if source is None or not self.spec.solution_file.is_file():
            return None
        if not any(literal_defaults(source, f) != literal_defaults(self._solution_text(), f) or
                   setting_defaults(source, f) != setting_defaults(self._solution_text(), f)
                   for f in {call.function, *(k.function for k in run.calls)}):
            return None  # (no default of the student's differs: the failing call's case is not looked for)
        tol = working_tolerance(c)
        failing = case_of(run, c.name, expected, call, got, tol)
        function = failing.calls_made[0].function if failing is not None else call.function
        fn = getattr(self._mutant(SOLUTION), function, None)
        if not callable(fn):
            return None
        if failing is not None:
            given = {name for arguments in failing.case.calls for name in arguments}

            def gives(version: Callable) -> bool:
                return explains(failing.case.run(version), got, expected, tol)
        else:
            at = next((k for k, made in enumerate(run.calls) if made is call), None)
            if at is None or at >= len(student_ctx.returned) or student_ctx.returned[at][0] != function or \
                    isinstance(student_ctx.returned[at][1], StudentException):
                return None
            given, mine = set(call.arguments), student_ctx.returned[at][1]

            def gives(version: Callable) -> bool:
                try:
                    return same_return(call_on(version, call.arguments), mine, NAME_TOLERANCE)
                except Exception:  # noqa: BLE001 - a default the correct code rejects gives nothing
                    return False
        right = literal_defaults(self._solution_text(), function)
        for param, value in literal_defaults(source, function).items():
            if param in given or param not in right or same_default(value, right[param]):
                continue
            if gives(functools.partial(fn, **{param: value})):
                return Finding("default_differs", f"your {function}() has {param}={value!r} as its default, where "
                               f"the default asked for is {param}={right[param]!r}: this call leaves {param} to the "
                               f"default, and yours is what the correct {function}() returns with {param}={value!r}",
                               f"your {function}() has another default for {param} than the one asked for: this call "
                               f"leaves {param} to the default, and yours is what the correct {function}() returns "
                               "with your default", claim=f"{function}:{param}")
        right_settings = setting_defaults(self._solution_text(), function)
        for (param, key), value in setting_defaults(source, function).items():
            if (param, key) not in right_settings or same_default(value, right_settings[param, key]):
                continue
            # the first call that leaves the setting out (a trajectory's later calls get it back from the first)
            first = next((k for k, made in enumerate(run.calls) if made.function == function and
                          _leaves_out(made.arguments.get(param), key)), None)
            if first is None or first >= len(student_ctx.returned) or student_ctx.returned[first][0] != function:
                continue
            version = functools.partial(_with_setting, fn, param, key, value)
            try:
                fits = same_return(call_on(version, run.calls[first].arguments), student_ctx.returned[first][1],
                                   NAME_TOLERANCE)
            except Exception:  # noqa: BLE001 - a default the correct code rejects gives nothing
                fits = False
            if fits:
                setting = f"{param}['{key}']"
                return Finding("default_differs", f"your {function}() gives {setting} the default {value!r} (when "
                               f"the caller leaves it out); the default asked for is {right_settings[param, key]!r}. "
                               f"This test leaves it out, and yours is what the correct {function}() returns with "
                               f"{setting} = {value!r}",
                               f"your {function}() gives {setting} another default than the one asked for: this test "
                               f"leaves it out, and yours is what the correct {function}() returns with your default",
                               claim=f"{function}:{setting}")
        return None

    def _fractions_written(self, function: str) -> tuple[float, ...]:
        """The fractions written in the student's function (departure.fractions_written), at most MAX_WRITTEN:
        candidates for a setting the function should read and does not."""
        source = self.student_source()
        return fractions_written(source, function)[:MAX_WRITTEN] if source is not None else ()

    def _what_if_rerun(self, item: pytest.Item, c: Comparison, run: SolutionRun, call: Call, got: Any,
                       expected: Any, student_ctx: checks.TestContext) -> Finding | None:
        """The whole test re-run on the solution with one setting set in every call of the function that
        made the output: for an output that state carried from call to call makes (an optimizer's
        trajectory, a schedule threaded through a loop), which no single call reproduces. Only settings
        set to a value (idempotent changes), so that state passed back into the next call keeps them."""
        function = call.function
        calls = [k for k in run.calls if k.function == function]
        fn = getattr(self._mutant(SOLUTION), function, None)
        g = numeric(got)
        if fn is None or g is None or not callable_with(fn, calls[0].arguments) or self._what_if_left_s <= 0:
            return None
        tol = working_tolerance(c)
        # what the test's other outputs must come out as: the expected where they passed; the student's own where
        # they failed too, made by the same function
        held = [(k, run.context.outputs[k.name]) for k in student_ctx.comparisons
                if k.passed and k.kind == "value" and k.name in run.context.outputs]
        held += [(k, student_ctx.outputs[k.name]) for k in student_ctx.comparisons
                 if not k.passed and k.kind == "value" and k.name != c.name and k.name in run.context.outputs
                 and numeric(student_ctx.outputs.get(k.name)) is not None
                 and (made := _producer(k.name, run.context.outputs[k.name], run)) is not None
                 and made.function == function]
        words = Case([k.arguments for k in calls], np.asarray, got, tol)
        started = cpu_s()
        deadline = started + min(WHAT_IF_OUTPUT_S, self._what_if_left_s)
        fits: list[Variation] = []
        gaps: list[float] = []  # ... and how loosely each fits (what_if.fit_gap)
        try:
            for variation in variations(calls[-1].arguments):  # the last call's config holds the defaults too
                if cpu_s() > deadline:
                    break
                if variation.rank > 0 or not idempotent(variation, calls[-1].arguments) or (
                        variation.word is not None and variation.word not in words_used(fn, [words], variation)):
                    continue
                ctx = self._rerun(item, lambda ctx, v=variation: VariedStudent(self._mutant(SOLUTION), function, v))
                made = numeric(ctx.outputs.get(c.name)) if ctx is not None else None
                if not explains(made, got, expected, tol) or degenerate_apart(made, g):
                    continue
                if all(agree(ctx.outputs.get(k.name), wanted, working_tolerance(k))
                       if numeric(ctx.outputs.get(k.name)) is not None else False for k, wanted in held):
                    fits.append(variation)
                    gaps.append(fit_gap(made, g, expected))
        finally:
            self._what_if_left_s -= cpu_s() - started
        fits = tight_fits(fits, gaps)
        # the variations were read off the last call: a value they show (shape[1] (32)) is that call's, not the
        # failing output's where the calls differ in it
        differs = {v.param for v in fits if any(not same_value(k.arguments.get(v.param), calls[-1].arguments.get(
            v.param)) for k in calls)}
        fits = [replace(v, shown="") if v.param in differs else v for v in fits]
        found = as_if(function, fits, self._settings_read(function))
        if found is not None:
            self._check_setting(found, fits, calls, student_ctx, self._settings_read(function))
        return found

    def _draws_shape(self, values: list[Comparison], findings: list[tuple[str, Finding]], run: SolutionRun,
                     student_ctx: checks.TestContext) -> list[tuple[str, Finding]]:
        """A statistic of random draws that fails its check (a kurtosis, a std) with nothing strong said of it:
        the shape of the draws the student's function returned in the test beside the correct code's
        (distribution.draws_shape_finding), for the first of the functions changed whose shapes differ."""
        said = {name for name, f in findings if not f.weak and f.relation not in LISTS_CAUSES}
        open_checks = [c for c in values if statistical(c) and c.name not in said]
        if not open_checks:
            return []
        changed = dict.fromkeys(f for f, _, _ in student_ctx.returned if f not in self.unchanged_functions())
        right = [(k.function, k.value, False) for k in run.calls]
        for function in changed:
            found = draws_shape_finding(function, student_ctx.returned, right) or \
                draws_spread_finding(function, student_ctx.returned, right)
            if found is not None:
                return [(c.name, found) for c in open_checks]
        return []

    def _source_read(self) -> str | None:
        """The student's module text, where there is one small enough to read (MAX_SOURCE_READ characters)."""
        source = self.student_source()
        return source if source is not None and len(source) <= MAX_SOURCE_READ else None

    def _changed_called(self, student_ctx: checks.TestContext) -> list[str]:
        """The functions of the student's that the test called and that are not the solution's word for word."""
        return sorted(student_ctx.functions_called - self.unchanged_functions())

    def _cast_to_lower_precision(self, c: Comparison, got: Any, expected: Any,
                                 student_ctx: checks.TestContext) -> Finding | None:
        """An output that fails a check tighter than the working tolerance and agrees within it, with errors spread
        as float32 rounding spreads them, from a function of the student's that casts values to float32: the casts
        are the cause (_precision_only's rounding alone is what an epsilon placed otherwise gives too)."""
        if c.tolerance is None:
            return None
        g, e = numeric(got), numeric(expected)
        if g is None or e is None or g.shape != e.shape or not agree(g, e, working_tolerance(c)):
            return None
        source = self._source_read()
        casts = [(function, cast) for function in self._changed_called(student_ctx) if source is not None
                 for cast in lower_precision_casts(source, function)]
        found = lower_precision(g.astype(np.float64), e.astype(np.float64), c.tolerance, Scene()) if casts else None
        if found is None or any(cast[2] != found.relation for _, cast in casts):
            return None
        function = casts[0][0]
        lines = " and ".join(f"line {line} (`{text}`)" for _, (line, text, _) in casts[:3])
        digits = 7 if found.relation == "float32" else 3
        return Finding(found.relation, f"{found.message}. In {function}(), {lines} "
                       f"{'make' if len(casts) > 1 else 'makes'} {found.relation} values: what is computed from them "
                       f"keeps only about {digits} significant digits, where this check asks for a relative error "
                       f"under {c.tolerance.rtol:g}: keep the values float64 (drop the casts).",
                       f"{found.plain}. In {function}(), values are cast to {found.relation}: keep them float64.")

    def _data_written(self, student_ctx: checks.TestContext) -> Finding | None:
        """static_slips.data_written_in_training_loop in a function of the student's the test called."""
        source = self._source_read()
        return next((data_written_finding(function, *written) for function in self._changed_called(student_ctx)
                     for written in data_written_in_training_loop(source, function)), None) if source else None

    def _slip_read(self, student_ctx: checks.TestContext, find: Callable[[str, str], list[Any]],
                   say: Callable[[str, Any], Finding]) -> Finding | None:
        """One slip read off the source (static_slips' find, said by say) in a function of the student's the test
        called: label smoothing of 1, a dropout given its keep probability, Adam's betas the larger first."""
        source = self._source_read()
        return source_slip(source, self._changed_called(student_ctx), ((find, say),)) if source is not None else None

    def _batch_break(self, student_ctx: checks.TestContext, record: TrainingRecord) -> Finding | None:
        """A test inside the loop over batches that leaves the training on one batch's loss or accuracy
        (static_slips.breaks_on_a_batch), where the training's record shows it ended early: at most 60% of the
        passes its loop's range(K) runs (a validation split held out trains fewer images a pass, not that few), and
        within half its time budget where one is given (not stopped by the clock)."""
        source = self._source_read()
        trained = trained_epochs(record)
        if source is None or trained is None or not record.steps:
            return None
        epochs = trained[2]
        budget = record.numbers.get("time_budget_s")
        if budget is not None and record.elapsed_s >= 0.5 * budget:
            return None
        for function in sorted(self._changed_called(student_ctx)):
            found = next(iter(breaks_on_a_batch(source, function)), None)
            if found is None or found[3] is None or epochs > 0.6 * found[3]:
                continue
            # (a loss test: the last loss recorded passed it, as the test leaving on it makes it)
            if found[5] == "loss" and (not record.losses or not record.losses[-1] < found[6]):
                continue
            within = f", {record.elapsed_s:.1f} s of its {budget:.0f} s budget" if budget is not None else ""
            return batch_break_finding(function, found, f"your code trained {epochs:.1f} passes over the "
                                       f"{trained[1]} rows of {trained[0]} ({record.steps} optimizer steps{within})")
        return None

    def _moves_axes(self, student_ctx: checks.TestContext) -> bool:
        """Whether a function of the student's the test called moves axes (.T, transpose, swapaxes, moveaxis,
        rollaxis, permute); True where the source cannot be read."""
        source = self._source_read()
        functions = self._changed_called(student_ctx) if source is not None else []
        if not functions:
            return True
        for function in functions:
            fn = function_node(source, function)
            if fn is None or any(isinstance(n, ast.Attribute) and n.attr in AXIS_MOVES or
                                 isinstance(n, ast.Name) and n.id in AXIS_MOVES for n in ast.walk(fn)):
                return True
        return False

    def _static_slip(self, student_ctx: checks.TestContext) -> Finding | None:
        """A slip read off the source of a function of the student's the test called (static_findings.SOURCE_SLIPS:
        an array method used as a value without its call, a dict entry written with setdefault that is never
        updated, ...)."""
        source = self._source_read()
        if source is None:
            return None
        changed = self._changed_called(student_ctx)
        for function in changed if self.spec.solution_file.is_file() else ():
            # (before what the values say: every one follows)
            if (reordered := parameters_reordered(source, self._solution_text(), function)) is not None:
                return parameters_reordered_finding(function, *reordered)
        return source_slip(source, changed)

    def _literal_factor(self, function: str, found: Finding) -> Finding | None:
        """A common factor named by a setting of the test (1/lr where lr = 0.01), or by none, that is a number
        written as an operand of * or / in the student's function of the output (or one it calls, changed from the
        correct code's) and nowhere in the correct code's (`100.0 * step`: a percent), said as that number: the
        setting fits by the test's values alone. A number of the formulas (2), N or an array's size, and a factor of
        several readings are said as they are."""
        if found.relation not in ("scaled", "scaled_where_wrong") or not found.factor or \
                not (found.reading == "setting" or found.lists_causes):
            return None  # (a number of the formulas, N or an array's size, several readings: said as they are)
        source = self._source_read()
        if source is None:
            return None
        c = found.factor
        reached, todo = {function}, [function]
        while todo:  # (the functions of the module it calls, and theirs)
            for callee in _module_calls(source, todo.pop()) - reached:
                reached.add(callee)
                todo.append(callee)
        changed = [f for f in sorted(reached) if f == function or f not in self.unchanged_functions()]
        written: list[tuple[str, int, str]] = []  # (function, line, the number as written)
        for name in changed:
            if function_node(self._solution_text(), name) is None:
                continue
            kept = numbers_written(self._solution_text(), name)
            written += [(name, line, text) for line, text, v in scaling_numbers(source, name)
                        if v not in (0, 1, -1) and not formulas_number(v) and
                        not any(math.isclose(v, k, rel_tol=1e-9) for k in kept) and
                        any(math.isclose(x, c, rel_tol=1e-6) for x in (v, 1 / v))]
        if len({line for _, line, _ in written}) != 1:
            return None  # (none, or numbers on several lines: which one is the factor is not read off)
        function, line, number = written[0]
        said = (f"{c:.4g} times the expected, and line {line} of your {function}(), "
                f"`{line_text(source, line)}`, has the number {number}, "
                "which the correct code does not: the factor is most likely that number (a percent, a scale of your "
                "own?), not a setting of this test, whose value gives it too")
        plain = (f"the expected times a factor that a number written in your {function}(), and not in the correct "
                 "code, gives: the factor is most likely that number")
        if found.relation == "scaled":
            return replace(found, message=_count_prefix(found.message) + said, plain="yours is " + plain,
                           claim="", reading="literal", lists_causes=False)
        head = found.message.split(" and there yours is ")[0]
        return replace(found, message=f"{head} and there yours is {said}", claim=plain,
                       plain=f"only some entries are wrong, and there yours is {plain}", reading="literal")

    def _queue_empty(self, item: pytest.Item, student_ctx: checks.TestContext, zeroless: list[str],
                     run: SolutionRun) -> None:
        """An EmptyCheck of each np.empty allocation no statement writes whole (partly_written_empties) in a function
        of the student's the test called that made some of the outputs where zeros are missing (zeroless)."""
        source = self._source_read()
        if source is None:
            return
        made = [(name, k) for name in zeroless if name in run.context.outputs
                for k in [_producer(name, run.context.outputs[name], run)] if k is not None]
        for function in self._changed_called(student_ctx):
            mine = [(name, k) for name, k in made if k.function == function]
            for line, text in partly_written_empties(source, function)[:MAX_EMPTY_CHECKS] if mine else []:
                self.empty_checks.append(EmptyCheck(item.nodeid, function, line, text,
                                                    [k for _, k in mine][:MAX_EMPTY_CHECK_CALLS],
                                                    tuple(dict.fromkeys(name for name, _ in mine))))

    def confirm_empties(self, results: dict[str, TestResult], source: str, edited: EditedCall,
                        deadline: Budget) -> None:
        """Each EmptyCheck whose allocation, made with zeros (the edit of repair.edits_of at its line), gives the
        correct code's values on its calls: said for its outputs in place of the zeros missing (zero_pattern), of a
        departure, which blames the code that writes into the array, not the entries it leaves unwritten, and of the
        edit at that line, which says the same in fewer words."""
        correct = self._mutant(SOLUTION)
        done: set[str] = set()
        for check in self.empty_checks:
            result = results.get(check.test)
            fn = getattr(correct, check.function, None)
            if result is None or check.test in done or deadline.passed() or not isinstance(fn, types.FunctionType):
                continue
            zeros = next(((text, first) for m, text, first in edits_of(source, check.function)
                          if m.line == check.line and "empty" in m.before and "zeros" in m.after), None)
            if zeros is None:
                continue
            try:
                repaired = all(
                    (made := edited(check.function, zeros[0], zeros[1], list(k.arguments.values()), False,
                                    max(0.5, deadline.wall_left_s()))).error is None and
                    same_return(made.value, call_on(fn, k.arguments), VALUE_TOLERANCE) for k in check.calls)
            except Exception:  # noqa: BLE001 - advice: the zeros said stand
                advice_failed()
                continue
            if not repaired:
                continue
            done.add(check.test)
            replaced = ("zero_pattern", "departure", "one_edit")
            kept = []
            for d in result.diagnoses:
                if d.relation in replaced:
                    d.outputs = [o for o in d.outputs if o not in check.outputs]
                if d.outputs or d.relation not in replaced:
                    kept.append(d)
            said = unwritten_empty_finding(check.function, check.line, check.text)
            result.diagnoses = kept + grouped([(o, said) for o in check.outputs])

    def _written_into_copy(self, student_ctx: checks.TestContext) -> Finding | None:
        """An assignment into what an array index made (departure.writes_into_copies), in a function of the
        student's the test called."""
        source = self._source_read()
        if source is None:
            return None
        found = next(((function, write) for function in self._changed_called(student_ctx)
                      for write in writes_into_copies(source, function)), None)
        if found is None:
            return None
        function, (line, text, copied) = found
        if copied.endswith(")"):  # a call that copies: x.flatten(), np.array(x)
            call = copied[:copied.index("(")].rsplit(".", 1)[-1]
            fix = (" Write through a view: `.ravel()` or `.reshape(-1)` (a view of a contiguous array), or into the "
                   "array's own entries" if call == "flatten" else " Write into the array itself")
            return Finding("written_into_copy", f"in {function}(), line {line}: `{text}` writes into `{copied}`, a new "
                           f"array ({call}() returns a copy), not into the array it was made from: the assignment is "
                           f"lost.{fix}.",
                           f"in {function}(), a line writes into a copy that a call made: the assignment is lost.")
        return Finding("written_into_copy", f"in {function}(), line {line}: `{text}` writes into `{copied}`, a new "
                       "array (indexing with a mask or an array of positions copies), not into the array it was taken "
                       f"from: the assignment is lost. Write through one index: `{copied} = ...`.",
                       f"in {function}(), a line writes into a copy that indexing with a mask or positions made: the "
                       "assignment is lost; write through one index.")

    def _written_in_place(self, function: str, param: str) -> Finding | None:
        """The lines of the student's function that write into the array given as param (a check found it
        changed): departure.in_place_writes, said."""
        source = self._source_read()
        writes = in_place_writes(source, function, param) if source is not None else []
        if not writes:
            return None
        entries = [w for w in writes if w[2] == param and re.match(rf"{re.escape(param)}\[\s*[\"']", w[1])]
        if entries:  # a dict given (a network's params), an entry written by its key: the first such line
            line, text, _ = entries[0]
            fix = f"keep what you need in a local, or in a copy (dict({param})), and leave {param} as given"
            return Finding("written_in_place", f"in {function}(), line {line}: `{text}` writes an entry into {param}, "
                           f"the caller's dict: {fix}.",
                           f"in {function}(), a line writes an entry into {param}, the caller's dict: {fix}.")
        line, text, name = writes[-1]
        bound = [w for w in writes if w[0] < line and w[2] == name and re.match(rf"{re.escape(name)}\s*=[^=]", w[1])]
        if name != param and bound:
            made = _same_array_said(source, bound[-1][0], param)
            how = (f"line {bound[-1][0]}: `{bound[-1][1]}` makes `{name}` {made}, not a copy, so line {line}: "
                   f"`{text}` writes into {param}, the caller's array")
            # an augmented assignment has its new-array form; a write into entries, np.where
            statement = _statement_at(source, line)
            op = OPERATOR_SYMBOLS.get(type(statement.op), "") if isinstance(statement, ast.AugAssign) else ""
            other = f"{name} = {name} {op} ..., a new array, not {name} {op}= ..." if op else "np.where"
            fix = f"make a copy ({name} = {param}.copy()) or compute {name} without writing into it ({other})"
        else:
            how = f"line {line}: `{text}` writes into {param}, the caller's array" + (
                " (an augmented assignment such as -= or += on an array changes it in place)"
                if isinstance(_statement_at(source, line), ast.AugAssign) else "")
            fix = (f"compute into a new array ({param}_new = {param} - ..., not {param} -= ...) "
                   f"and leave {param} as given")
        return Finding("written_in_place", f"in {function}(), {how}: {fix}.",
                       f"in {function}(), a line writes into {param}, the caller's array: {fix}.")

    def _seed_tested(self, finding: Finding, student_ctx: checks.TestContext) -> Finding:
        """An unseeded random source in calls given seed 0, where the student's code tests the seed for truth
        (`if seed:`): that test is said to be why (0 taken as no seed)."""
        if finding.relation != "unseeded_random_source" or \
                not any(r.numbers.get("seed") == 0 for r in student_ctx.trainings.values()):
            return finding
        if not self._tests_seed_for_truth(set(student_ctx.functions_called)):
            return finding
        return replace(finding, message=finding.message + " This call's seed is 0, and your code tests the seed "
                       "for truth (`if seed:` or `seed or ...`), which takes 0 as no seed: the seeding is skipped. "
                       "Test `seed is not None`, or seed unconditionally.",
                       plain=finding.plain + " The seed here is zero, which your code's test of the seed takes as no "
                       "seed.")

    def _broken_off(self, finding: Finding, student_ctx: checks.TestContext) -> Finding:
        """One optimizer step a pass, where the student's code has a `break` that ends the loop over the batches on
        its first pass (static_slips.breaks_in_inner_loops): that break is said, not a training step written outside
        the loop."""
        source = self._source_read()
        if finding.relation != "one_step_per_pass" or source is None:
            return finding
        found = next(((function, b) for function in self._changed_called(student_ctx)
                      for b in breaks_in_inner_loops(source, function)), None)
        if found is None:
            return finding
        function, (line, header) = found
        said = finding.message.split(" The lines of the training step")[0]
        return replace(finding, message=f"{said} In {function}(), line {line}: `break` ends the loop `{header}` on "
                       "its first pass, after one batch (a debugging leftover?): remove it.",
                       plain="your code took one optimizer step for each pass over the training rows: a `break` ends "
                       "the loop over the batches after its first batch; remove it.")

    def _tests_seed_for_truth(self, functions: set[str]) -> bool:
        """The student's code of these functions tests a seed for truth (FALSY_SEED_TEST): 0 taken as no seed."""
        return bool(FALSY_SEED_TEST.search(self._functions_text(functions) or ""))

    def _calls_helpers(self, function: str) -> bool:
        """The solution's function calls other functions of its module that the student's does not (the student
        wrote their work inline: values the departure cannot see in the correct code's trace)."""
        mine = self.student_source()
        return bool(_module_calls(self._solution_text(), function) - (_module_calls(mine, function) if mine else set()))

    def _functions_text(self, functions: set[str]) -> str | None:
        """The student's last definitions of these functions, as code (None where the source cannot be read)."""
        source = self._source_read()
        if source is None:
            return None
        found = [defined[0] for f in sorted(functions) if (defined := _definition(source, f)) is not None]
        return "\n\n".join(ast.unparse(d) for d in found) or None

    def _settings_read(self, function: str) -> SettingsRead | None:
        """What the student's function reads (departure.settings_read), with the keys the correct code's stores
        (its state), or None."""
        source = self._source_read()
        read = settings_read(source, function) if source is not None else None
        if read is None or not self.spec.solution_file.is_file():
            return read
        theirs = settings_read(self._solution_text(), function)
        return read._replace(state_keys=frozenset(theirs.keys_stored)) if theirs is not None else read

    def _calls_made(self, item: pytest.Item, funcargs: dict[str, Any] | None = None) -> list[Call] | None:
        """The calls the test makes of the solution: its recorded run's where there is one, else those of a plain
        re-run (no line tracing: naming needs only the calls), once per test. funcargs: its fixtures as they were,
        for a test pytest has finished with (see _rerun)."""
        run = self._solution_runs.get(item.nodeid)
        if run is not None:
            return run.calls
        if item.nodeid not in self._calls:
            students: list[RecordingStudent] = []

            def recording(ctx: checks.TestContext) -> RecordingStudent:
                students.append(RecordingStudent(self._mutant(SOLUTION), ctx))
                return students[-1]

            ctx = self._rerun(item, recording, funcargs)
            self._calls[item.nodeid] = students[0].calls if ctx is not None and students else None
        return self._calls[item.nodeid]

    def passed_arguments(self, function: str) -> tuple[dict[str, Any], ...]:
        """The arguments of the calls of `function` in tests the student's code passed (MAX_PASSED_RERUNS of them,
        re-run on the solution, recorded), spread over them: an edit that repairs a failing call must keep these
        right too (a reshape to x.shape[1], right on the failing test's 2-D inputs, breaks the 3-D ones of a test
        that passed)."""
        if function not in self._passed_arguments:
            made: list[dict[str, Any]] = []
            reruns = 0
            for item, student_ctx, funcargs in self._passed:
                if reruns >= MAX_PASSED_RERUNS:
                    break
                if function not in student_ctx.functions_called:
                    continue
                reruns += 1
                made += [c.arguments for c in self._calls_made(item, funcargs) or () if c.function == function]
            self._passed_arguments[function] = spread(made, MAX_SIBLINGS)
        return self._passed_arguments[function]

    def _solution_run(self, item: pytest.Item) -> SolutionRun | None:
        """The test re-run on the solution, recording its calls (once per test); None when the solution
        cannot be run here."""
        if item.nodeid not in self._solution_runs:
            self._solution_runs[item.nodeid] = self._record_solution_run(item)
        return self._solution_runs[item.nodeid]

    def _record_solution_run(self, item: pytest.Item) -> SolutionRun | None:
        if not self.spec.solution_file.is_file():
            return None
        students: list[RecordingStudent] = []

        def recording(ctx: checks.TestContext) -> RecordingStudent:
            students.append(RecordingStudent(self._mutant(SOLUTION), ctx))
            return students[-1]

        module = self._mutant(SOLUTION)
        traced = [f for f in vars(module).values() if isinstance(f, types.FunctionType)
                  and f.__code__.co_filename == str(self.spec.solution_file)]
        started = cpu_s()
        with LineTracer(*traced, kinds=True) as tracer:
            ctx = self._rerun(item, recording)
        if ctx is None or not students:
            return None
        return SolutionRun(ctx, students[0].calls, tracer.lines, cpu_s() - started, tracer.kinds)


# -- matching a mistake

def sibling_arguments(calls: Sequence[Call], function: str, arguments: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """The arguments of a test's other calls of `function` (the solution's run of it), MAX_SIBLINGS at most, spread
    evenly over the test from its first call to its last (a schedule's steps before and after a decay)."""
    return spread([c.arguments for c in calls if c.function == function and c.arguments is not arguments],
                  MAX_SIBLINGS)


def entries_of(arguments: dict[str, Any]) -> int:
    """How many numbers a call's array arguments hold (those inside a dict or tuple argument too)."""
    def count(value: Any, depth: int = 0) -> int:
        if isinstance(value, np.ndarray):
            return int(value.size)
        if depth < 3 and isinstance(value, dict):
            return sum(count(v, depth + 1) for v in value.values())
        if depth < 3 and isinstance(value, (tuple, list)):
            return sum(count(v, depth + 1) for v in value)
        return 1

    return sum(count(v) for v in arguments.values())


def spread(items: Sequence[Any], most: int) -> tuple[Any, ...]:
    """At most `most` of items, spread evenly from the first to the last (all of them where there are no more)."""
    if len(items) <= most:
        return tuple(items)
    return tuple(items[k] for k in sorted({round(k * (len(items) - 1) / (most - 1)) for k in range(most)}))


def carried_state(fn: Callable, arguments: dict[str, Any],
                  made: tuple[Any, list[dict[str, Any] | None]] | None = None) -> list[dict[str, Any]]:
    """The call's arguments for the next call of a run: each dict argument (an optimizer's config, bn_param) as the
    correct code leaves it, the dict it returns where it returns one (`return next_w, config`), else the one given with
    what the call wrote into it; none where nothing changes (a function that keeps no state). made: the correct code's
    call_with_state on these arguments, where the caller has it."""
    try:
        value, states = made if made is not None else call_with_state(fn, arguments)
    except Exception:  # noqa: BLE001 - a call the correct code refuses carries nothing
        return []
    returned = [v for v in (value if isinstance(value, tuple) else (value,)) if isinstance(v, dict)]
    carried = {}
    for k, (name, given) in enumerate(arguments.items()):
        if isinstance(given, dict) and k < len(states):
            carried[name] = {**given, **returned[0]} if returned else {**given, **(states[k] or {})}
    if not carried and returned:  # (a config given as None, or left to None, and returned made: given back next time)
        return [{**given, parameter: returned[0]} for parameter, given in _left_to_none(fn, arguments)[:1]]
    if not carried or all(same_value(carried[name], arguments[name]) for name in carried):
        return []
    return [{**arguments, **carried}]


def _left_to_none(fn: Callable, arguments: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The positional parameters the call gives None, or leaves to a default of None, each with the call's arguments
    (where it gives it) or those before it (theirs, else their defaults)."""
    return [(parameter.name, dict(arguments) if parameter.name in arguments else before)
            for parameter, before in _positional_with_defaults(fn, arguments)
            if (arguments[parameter.name] if parameter.name in arguments else parameter.default) is None]


def defaults_flipped(fn: Callable, arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """The call's arguments with each flag it leaves to the correct code's default (bias=True) given the other way,
    the parameters before it given their defaults (by position, as the student's function is called)."""
    return [{**before, parameter.name: not parameter.default}
            for parameter, before in _positional_with_defaults(fn, arguments)
            if parameter.name not in arguments and isinstance(parameter.default, bool)]


def _positional_with_defaults(fn: Callable, arguments: dict[str, Any]
                              ) -> list[tuple[inspect.Parameter, dict[str, Any]]]:
    """fn's positional parameters, each with the arguments before it: the call's, else their defaults (none where one
    before it has neither)."""
    try:
        parameters = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return []
    made = []
    for k, parameter in enumerate(parameters):
        if parameter.kind not in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            continue
        before = {p.name: arguments[p.name] if p.name in arguments else p.default for p in parameters[:k]}
        if all(v is not inspect.Parameter.empty for v in before.values()):
            made.append((parameter, before))
    return made


@functools.lru_cache(maxsize=16)
def solution_trees(solution: SolutionFile) -> dict[str, str]:
    """function_trees of a solution file, parsed once per version of it (a grading worker's submissions
    share it)."""
    return function_trees(solution.path.read_text(encoding="utf-8"))


def function_trees(source: str) -> dict[str, str]:
    """Top-level function name -> its syntax tree without docstring or positions (the last definition
    wins, as when the module runs); {} when the text does not parse."""
    try:
        module = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    trees = {}
    for node in module.body:
        if isinstance(node, ast.FunctionDef):
            trees[node.name] = ast.dump(ast.Module(body=undocumented(node.body), type_ignores=[])) + \
                ast.dump(node.args)
    return trees


def learning_finding(c: Comparison, record: TrainingRecord | None = None) -> Finding | None:
    """An accuracy short of full credit, read beside the accuracy on some of the images the model trained on, asked
    for in the same call after the test images (checks.expect_accuracy's seen_labels): a model that fits them but
    not new ones (it memorized them), or one that predicts them no better than new ones (it did not learn them, or
    what it predicts reaches it otherwise than what it trained on). None when not asked, or nothing clear."""
    if c.accuracy is None or c.seen_accuracy is None or not c.got_shape or len(c.got_shape) != 2:
        return None
    test, seen, count = c.accuracy, c.seen_accuracy, c.seen_count
    if seen >= 0.9 and seen - test >= 0.25:
        why = ("it memorized them rather than what tells the classes apart (too many epochs on too few images, too "
               "large a model), or its predictions depend on which images it is given with (statistics of the batch "
               "predicted)")
        return Finding("fits_seen_only", f"your model fits the training images it was given (accuracy {seen:.2f} on "
                       f"{count} of them, asked for with the test images) but not new ones ({test:.2f}): {why}",
                       f"your model fits the training images it was given but not new ones: {why}")
    # (a model that earns most of the credit predicts its training images about as well as new ones too: a
    # shortfall that small is no sign that it did not learn)
    if seen < 0.9 and abs(seen - test) < 0.15 and (c.credit is None or c.credit < 0.5):
        if record is not None and (decay := strong_weight_decay(record)) is not None:
            return Finding("learned_little", f"your model predicts the training images it was given no better than "
                           f"new ones ({seen:.2f} on {count} of them, asked for with the test images; {test:.2f} on "
                           f"the test images), and it trained with weight_decay={decay:g} in {record.optimizer}: a "
                           f"decay that strong {DECAY_PULLS}, so the model cannot fit even its training images. Use "
                           "a small weight_decay, or none.", "your model predicts its training images no better "
                           "than new ones, and it trained with a weight decay far larger than usual: it holds the "
                           "weights near zero; use a small weight decay.")
        # the images asked for are the training set's (X_train): a model trained on part of it (a validation split
        # held out) did not see them all, so "it trained on them" is not said
        why = ("either it did not learn them (what one training step does: each batch's labels those of its images, "
               "loss.backward() then optimizer.step(), the gradients zeroed before; enough steps: the loop cut "
               "short, on the clock or by an early return; all of the training images used, not a small part of "
               "them with the rest held out), or what it predicts reaches it otherwise than what it trained on (the "
               "images preprocessed differently at test time: standardized with other statistics, or not at all)")
        return Finding("learned_little", f"your model predicts the training images it was given no better than new "
                       f"ones ({seen:.2f} on {count} of them, asked for with the test images; {test:.2f} on the test "
                       f"images): {why}", f"your model predicts the training images it was given no better than new "
                       f"ones: {why}")
    return None


def never_predicted_finding(c: Comparison) -> Finding | None:
    """Classes of the test images the model never predicts, where it predicts several others well enough: one
    class left out of what it learned. (An untrained model predicting one class misses most: not said.)"""
    if len(c.never_predicted) != 1 or c.accuracy is None:
        return None
    said = " and ".join(f"{k} ({n} of the test images)" for k, n, _ in c.never_predicted)
    # (class 0: a loss told to ignore it, labels shifted down; the last class: an output layer one unit short)
    first, last = c.never_predicted[0][0] == 0, c.never_predicted[0][2]
    causes = "its images left out of training (a filter or a slice one off), or its label ignored by the loss"
    plain = causes + (" or shifted" if first else ", or the output layer one unit short" if last else "")
    causes += (" (ignore_index=0) or shifted" if first else
               ", or the output layer one unit short (range(C - 1), max() where max() + 1 is meant)" if last else "")
    return Finding("class_never_predicted", f"your model never predicts class {said}, though it predicts the others "
                   f"(accuracy {c.accuracy:.2f}): it learned nothing of that class: {causes}.",
                   f"your model never predicts one of the classes, though it predicts the others: {plain}.")


def class_indices_finding(c: Comparison, returned: Any) -> Finding | None:
    """Logits that are no logits (expect_accuracy gave no accuracy) because they are class indices: whole numbers
    from 0 up, one per image (shape (n,) or (n, 1)), where one column per class is asked."""
    x = numeric(returned)
    if c.accuracy is not None or c.got_shape or x is None or x.ndim not in (1, 2) or x.size < 2 or \
            (x.ndim == 2 and x.shape[1] != 1) or not np.all(np.isfinite(x)) or np.any(x < 0) or \
            np.any(x != np.round(x)) or np.unique(x).size < 2:
        return None
    return Finding("class_indices", f"what your function returns, shape {tuple(x.shape)}, holds one whole number "
                   f"from 0 to {int(x.max())} per image: the predicted classes, where the logits are asked, one "
                   "column per class (shape (images, classes)); the grader takes the argmax itself: return what "
                   "the model outputs, before any argmax", "what your function returns holds one whole number per "
                   "image (the predicted classes) where the logits are asked, one column per class: the grader "
                   "takes the argmax itself")


def ranking_finding(c: Comparison, returned: Any) -> Finding | None:
    """Logits asked, and every row of what came back holds the class indices 0 .. C-1 once each: a ranking of the
    classes (np.argsort of the scores, best last or first), not their scores, whose argmax is the place of the highest
    class index, not the predicted class."""
    x = numeric(returned)
    if c.kind != "score" or x is None or x.ndim != 2 or x.shape[1] < 3 or x.shape[0] < 2 or \
            not np.all(np.isfinite(x)) or np.any(x != np.round(x)):
        return None
    classes = x.shape[1]
    if not np.array_equal(np.sort(x, axis=1), np.broadcast_to(np.arange(classes), x.shape)) or \
            np.all(x == x[:1]):  # (every row the same order: columns numbered, not a ranking of each image's scores)
        return None
    return Finding("class_ranking", f"every row of yours holds the class indices 0 to {classes - 1}, each once, in "
                   "an order of its own: a ranking of the classes (np.argsort of the scores, or torch.argsort), not "
                   "their scores, so the argmax of a row is the place where the highest class index stands, not the "
                   "predicted class. Return the scores themselves (the model's output).",
                   "every row of yours holds the class indices once each: a ranking of the classes (an argsort), not "
                   "their scores; return the scores themselves.")


def integer_logits_finding(c: Comparison) -> Finding | None:
    """Logits returned as integers (one column per class, an integer dtype): a cast truncated every score toward
    zero, so classes whose scores share their whole part tie, and argmax takes the first of them."""
    shape = c.got_shape
    if c.kind != "score" or not c.got_dtype or not re.fullmatch(r"u?int\d*", c.got_dtype) or not shape or \
            len(shape) != 2 or shape[1] < 2:
        return None
    return Finding("integer_logits", f"your logits are integers ({c.got_dtype}): a cast (.astype(int), .long(), "
                   "torch.int64) cut every score to its whole part, toward zero, so the classes whose scores share "
                   "their whole part tie (small scores all become 0) and the argmax takes the first of them. Return "
                   "the scores as the model gives them, floats.",
                   "your logits are integers: a cast cut every score to its whole part, so classes tie and the "
                   "argmax takes the first; return the float scores.")


def logits_in_a_tuple_finding(c: Comparison, returned: Any) -> Finding | None:
    """Logits asked, a tuple returned (logits and the predictions, the loss, the model...): its items, and which one is
    the logits (an array of one row an image, one column a class), to be returned alone."""
    if c.accuracy is not None or c.got_shape or not isinstance(returned, tuple) or not returned or len(returned) > 6:
        return None
    said = []
    logits = None
    for k, item in enumerate(returned):
        x = numeric(item)
        if x is not None and x.ndim == 2 and x.shape[1] >= 2 and x.dtype.kind == "f" and logits is None:
            logits = k
        said.append(f"the number {float(x):.4g}" if x is not None and not x.ndim else _held(item)[0])
    if logits is None:
        return None
    return Finding("logits_in_a_tuple", f"your function returns a tuple of {len(returned)} items ({', '.join(said)}) "
                   f"where the logits alone are asked: item [{logits}] looks like them (one row an image, one column a "
                   f"class). Return that array by itself.", "your function returns a tuple where the logits alone "
                   "are asked: return the logits array by itself.")


def clipped_logits_finding(c: Comparison, returned: Any) -> Finding | None:
    """Logits that are never negative, many of them exactly 0 (a fifth or more): what a ReLU (or a clamp) after the
    last layer leaves of the scores, where the last layer's output is the logits."""
    x = numeric(returned)
    if c.accuracy is None or x is None or x.ndim != 2 or x.shape[1] < 2 or x.size < 20 or \
            not np.all(np.isfinite(x)) or np.any(x < 0):
        return None
    zeros = float(np.mean(x == 0))
    if zeros < 0.2 or np.all((x == 0) | (x == 1)):  # (0s and 1s alone: one-hot predictions, another mistake)
        return None
    return Finding("clipped_logits", f"your logits are never negative, and {zeros:.0%} of them are exactly 0: a ReLU "
                   "(or a clamp) after the last layer clips the scores, and a class whose score is cut to 0 cannot be "
                   "told from the others. The logits are the last nn.Linear's output, with no activation after it "
                   "(cross_entropy applies the softmax itself)",
                   "your logits are never negative and many are exactly 0: an activation after the last layer clips "
                   "the scores; the logits are the last Linear's output, with no activation after it")


def seed_given(arguments: dict[str, Any]) -> int | None:
    """The seed a call was given (an argument `seed`, or a dict's entry 'seed': dropout_param), None if none."""
    for name, value in arguments.items():
        seed = value.get("seed") if isinstance(value, dict) else value if name == "seed" else None
        if isinstance(seed, (int, np.integer)) and not isinstance(seed, bool):
            return int(seed)
    return None


# a seed tested for truth (`if seed:`, `seed or ...`, `seed if seed else ...`): 0 then counts as no seed
FALSY_SEED_TEST = re.compile(r"\bif\s+(not\s+)?[\w.]*?(\w*seed\w*|\(['\"]\w*seed\w*['\"]\)|\[['\"]\w*seed\w*['\"]\])\s*"
                             r"(:|else\b)|\b\w*seed\w*\s+or\b")


ONE_CHARACTER_KEY = re.compile(r"KeyError: '(.)'")  # a string's character looked up as a key
# NumPy refusing to make one Python number of an array (math.exp(array), float(array))
SCALARS_ONLY = re.compile(r"only (?:length-1|size-1|0-dimensional|integer scalar) arrays can be converted to Python "
                          r"scalars")
# Python refusing a call for its arguments: the function's signature is not the one the caller knows
SIGNATURE_ERROR = re.compile(r"(?P<function>[A-Za-z_]\w*)\(\) (?:got an unexpected keyword argument '(?P<keyword>\w+)'|"
                             r"missing \d+ required positional arguments?|takes \d+ positional arguments? but \d+ "
                             r"(?:were|was) given|got multiple values for argument)")


def parameters_reordered(source: str, right_source: str, function: str) -> tuple[list[str], list[str]] | None:
    """(the student's positional parameters, the assignment's) where the student's function takes the assignment's
    parameters, by name, in another order, one without a default among those moved (scikit-learn's (X_train, X_test,
    y_train) for (X_train, y_train, X_test)): a call by position hands each the argument meant for another. Only
    defaults moved among themselves (seed=0 and time_budget_s=60.0, which calls pass by name) are not this. None
    else."""
    mine, theirs = function_node(source, function), function_node(right_source, function)
    if mine is None or theirs is None:
        return None
    meant_all = theirs.args.posonlyargs + theirs.args.args
    meant = [a.arg for a in meant_all]
    required = set(meant[:len(meant) - len(theirs.args.defaults)])
    names = [a.arg for a in mine.args.posonlyargs + mine.args.args]
    if names == meant or sorted(names) != sorted(meant) or \
            not any(name != other and other in required for name, other in zip(names, meant, strict=True)):
        return None
    return names, meant


def signature_of(source: str, function: str) -> str | None:
    """A function's parameters as written (`step, base_lr, total_steps, min_lr=0.0`), or None."""
    fn = function_node(source, function)
    return ast.unparse(fn.args) if fn is not None else None


def same_values_reordered(mine: Any, right: Any) -> bool:
    """The numbers of `mine` are those of `right` (the correct code's return of the same call) in another order."""
    pairs = numbers_side_by_side(mine, right)
    return bool(pairs) and all(x is not None and z is not None and x.shape == z.shape for x, z in pairs) and \
        all(rows_permuted(x, z) for x, z in pairs) and any(not np.array_equal(x, z) for x, z in pairs)


def rows_permuted(x: np.ndarray, z: np.ndarray) -> bool:
    """x holds z's rows (its entries along the first axis, whole) in some order: a shuffle of the rows, not values
    moved within a row (an image flipped keeps its pixels and changes their order)."""
    if x.shape != z.shape or x.ndim == 0:
        return False
    rx, rz = x.reshape(len(x), -1), z.reshape(len(z), -1)
    order = (lambda r: r[np.lexsort(r.T[::-1])]) if rx.shape[1] else (lambda r: r)
    return bool(np.array_equal(order(rx), order(rz)))


def reordered_draws_finding(function: str, unseeded: Sequence[tuple[int, str]]) -> Finding:
    """A function given a seed that returns the correct code's draws for that seed, reordered differently on each
    call: the draws are right, their order comes from a generator the seed does not reach. unseeded: the lines that
    call a global or fresh generator (draws_without_generator)."""
    where = (f" Line {unseeded[0][0]}: `{unseeded[0][1]}` uses a generator the seed never reaches (NumPy's global "
             "one, or one made without the seed)." if unseeded else "")
    message = (f"your {function}() returns the values the correct code draws for the seed it is given, but in "
               "another order on each call with the same seed: the draws are right, and something reorders them "
               f"without the seed.{where} Reorder with the seeded generator (rng.shuffle, rng.permutation), or "
               "not at all: the draws are already in random order.")
    return Finding("kept_state", message, f"your {function}() returns the right draws for its seed, reordered "
                   "differently on each call by a generator the seed does not reach; shuffle with the seeded "
                   "generator, or not at all.")


def unwritten_empty_finding(function: str, line: int, text: str) -> Finding:
    """Zeros the expected has and a student's output lacks, where the array made at `line` with np.empty (or
    torch.empty), made with zeros, gives the right values: the entries the student's code leaves unwritten hold
    what memory held."""
    library = "torch" if "torch." in text else "np"
    return Finding("unwritten_empty", f"the expected is exactly 0 at entries where yours is not. In {function}(), "
                   f"line {line}: `{text}` makes an array whose entries are whatever memory held, and your code writes "
                   "only some of them: the others keep that where 0 is expected (made with zeros there, your function "
                   f"returns the expected values). Start from {library}.zeros (or {library}.zeros_like).",
                   f"the expected is exactly zero at entries where yours is not: {function}() makes an array with "
                   "empty() and writes only some of its entries, so the others hold whatever memory held; start "
                   "from zeros.")


def kept_state_finding(function: str, seed: int | None = None, falsy_test: bool = False,
                       empty: Sequence[tuple[int, str]] = (), draws: Sequence[tuple[int, str]] = (),
                       unfilled: Sequence[tuple[int, str]] = ()) -> Finding:
    """A function that returns other values each time it is called with the same arguments, where the correct
    code returns one: it keeps state outside them, or (seed: the seed it was given) draws without that seed; a seed
    of 0 with the student's code testing the seed for truth (falsy_test) is taken as none. unfilled: the lines that
    call NumPy with where= and no out=, and empty: those that make an array with np.empty, whose entries never
    written hold what memory held: said first, in that order."""
    if unfilled:
        line, text = unfilled[0]
        message = (f"your {function}() returns other values each time it is called again with the same arguments "
                   f"(the correct code returns the same). Line {line}: `{text}` calls NumPy with where= and no out=: "
                   "NumPy makes a new array for the result and writes only the entries where the condition holds; "
                   "the others are whatever memory held, and differ from call to call. Give it an array to write "
                   "into (out=np.zeros_like(x)), or leave where= out.")
        return Finding("kept_state", message, f"your {function}() returns other values each time it is called again "
                       "with the same arguments: a NumPy call given where= and no out= leaves the other entries "
                       "as whatever memory held; give it out=.")
    if empty:
        line, text = empty[0]
        message = (f"your {function}() returns other values each time it is called again with the same arguments "
                   f"(the correct code returns the same). Line {line}: `{text}` makes an array whose entries are "
                   "whatever memory held: every entry your code does not write afterwards differs from call to call "
                   "(start from np.zeros or a copy of the input instead, or write every entry); else it draws random "
                   "numbers without the seed it is given.")
        return Finding("kept_state", message, f"your {function}() returns other values each time it is called again "
                       "with the same arguments: an array made with np.empty holds whatever memory held where it is "
                       "not written; start from zeros or a copy.")
    if seed is not None:
        zero = (": the seed here is 0, and your code tests the seed for truth (`if seed:` or `seed or ...`), which "
                "takes 0 as no seed (test `seed is not None`, or pass the seed to the generator as it is)"
                if seed == 0 and falsy_test else
                " (a generator made without it, np.random.default_rng(), or one kept from an earlier call)")
        text = (f"your {function}() returns other values each time it is called again with the same arguments, the "
                f"same seed included (the correct code returns the same): it draws random numbers without the seed "
                f"it is given{zero}")
        plain = (f"your {function}() returns other values each time it is called again with the same arguments, the "
                 "same seed included (the correct code returns the same): it draws random numbers without the seed it "
                 "is given" + (" (a seed of zero taken as no seed)" if seed == 0 and falsy_test else ""))
        return Finding("kept_state", text, plain)
    if draws:  # no seed given, and the correct code's result is the same every time: nothing asked is random
        line, text = draws[0]
        message = (f"your {function}() returns other values each time it is called again with the same arguments, "
                   f"where the correct code, given no seed, returns the same one: what is asked is not random. Line "
                   f"{line}: `{text}` draws random numbers, so what your function returns comes from a draw: return "
                   "the quantity asked itself (the statistic or scale a draw would be made with?), not a draw.")
        return Finding("kept_state", message, f"your {function}() returns other values each time it is called again "
                       "with the same arguments: a line draws random numbers where what is asked is not random; "
                       "return the quantity itself.")
    text = (f"your {function}() returns other values each time it is called again with the same arguments (the "
            "correct code returns the same): it keeps something from one call to the next outside what it is given "
            "and returns (a global, an attribute set on the function, a mutable default argument such as "
            "config={}), or draws random numbers without the seed it is given; keep state only where the "
            "assignment asks (in config) and start it afresh when config does not have it")
    return Finding("kept_state", text, text)


def held_apart(feeder: Call, theirs: Any, call: Call) -> str:
    """Where the part of the correct code's feeder return that `call` was handed is another kind of thing in the
    student's return at the same place (an array where the correct code returns a shape): that, in a sentence."""
    ours = feeder.value
    if not isinstance(ours, tuple) or not isinstance(theirs, tuple) or len(ours) != len(theirs):
        return ""
    for i, part in enumerate(ours):
        handed = handed_arguments(replace(feeder, value=(part,)), call)
        (mine, my_kind), (correct, kind) = _held(theirs[i]), _held(part)
        # another kind of thing; or arrays, or tuples, seen both, of other shapes or lengths
        seen = not isinstance(theirs[i], Handle)
        if handed and (my_kind != kind or (seen and mine != correct)):
            return (f"Your {feeder.function}() returns {mine} at [{i}] (handed on as `{handed[0]}`); the "
                    f"correct one returns {correct} there.")
        # sequences alike: what their items are, by the names of the arguments they are (x, w, b)
        apart = items_apart(theirs[i], part, feeder.arguments) if handed and seen else None
        if apart is not None:
            return (f"Your {feeder.function}() returns {apart[0]} at [{i}] (handed on as `{handed[0]}`); "
                    f"the correct one returns {apart[1]} there{apart[2]}.")
    return ""


def items_apart(mine: Any, correct: Any, arguments: dict[str, Any]) -> tuple[str, str, str] | None:
    """Two sequences whose items, said by the names of the arguments they equal, differ: (mine, the correct one,
    a note), in words ("(w, b, x)", "(x, w, b)", " (the same values in another order)")."""
    named, right = _items_named(mine, arguments), _items_named(correct, arguments)
    if named is None or right is None or named == right:
        return None
    again = " (the same values in another order)" if sorted(named) == sorted(right) else ""
    return f"({', '.join(named)})", f"({', '.join(right)})", again


def returned_items_apart(function: str, mine: Any, correct: Any, arguments: dict[str, Any]) -> Finding | None:
    """The student's return and the correct one, tuples of the same length, hold at some place sequences whose items
    differ, said by the names of the arguments they equal (a cache packed (w, b, x) for (x, w, b)): that place."""
    if not isinstance(mine, tuple) or not isinstance(correct, tuple) or len(mine) != len(correct):
        return None
    for i, (part, right) in enumerate(zip(mine, correct)):
        others_right = all(same_return(m, r, VALUE_TOLERANCE) for k, (m, r) in enumerate(zip(mine, correct)) if k != i)
        if others_right and (apart := items_apart(part, right, arguments)) is not None:
            message = (f"your {function}() returns {apart[0]} at [{i}], given the arguments the correct code's run "
                       f"of this test gave it; the correct one returns {apart[1]} there{apart[2]}.")
            return Finding("items_apart", message, f"your {function}() returns other items at [{i}] than the "
                           "correct one, or the same in another order.")
    return None


def _arrays_kept(value: Any) -> bool:
    """A return that holds a value kept in the student's process (a handle), at its top level or one down."""
    parts = value if isinstance(value, (tuple, list)) else (value,)
    return any(isinstance(p, Handle) for p in parts)


def _items_named(value: Any, arguments: dict[str, Any]) -> list[str] | None:
    """The items of a tuple or list, each said by the name of the argument it equals, else by what it holds; None
    when it is no sequence, or no item is an argument."""
    if not isinstance(value, (tuple, list)) or not value:
        return None
    names = [next((name for name, given in arguments.items() if _is_array_like(given) and _is_array_like(item)
                   and np.shape(given) == np.shape(item) and np.array_equal(given, item)), None) for item in value]
    if all(name is None for name in names):
        return None
    return [name if name is not None else _held(item)[0] for name, item in zip(names, value)]


def _is_array_like(value: Any) -> bool:
    return isinstance(value, np.ndarray) and value.dtype.kind in "biuf" and value.size > 1


def _held(value: Any) -> tuple[str, str]:
    """What a returned part (a cache) holds, in a few words, and its kind."""
    if _is_shape(value):
        return f"the shape {tuple(int(v) for v in value)}", "shape"
    if isinstance(value, np.ndarray):
        return f"an array of shape {tuple(value.shape)}", "array"
    if isinstance(value, Handle):  # kept in the student's process: its kind only
        kind = value.type_name.rsplit(".", 1)[-1]
        return ("a NumPy array", "array") if kind == "ndarray" else (f"a {kind}", kind)
    if isinstance(value, (tuple, list)):
        return f"a {type(value).__name__} of {len(value)} items", type(value).__name__
    if isinstance(value, dict):
        return f"a dict with keys {', '.join(map(str, list(value)[:6]))}", "dict"
    kind = type(value).__name__
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}", kind


def as_if_for_every_call(findings: list[tuple[str, Finding]], values: list[Comparison],
                         run: SolutionRun) -> list[tuple[str, Finding]]:
    """The findings without a setting (as_if) said of some failing outputs of a function where another failing
    output of the same function has no such setting: a slip of a setting gives every call's output, and one that
    gives some of them only fits their numbers by chance (shape[1] read as shape[0] gives max(fan_in, fan_out)
    wherever shape[0] is the larger)."""
    calls: dict[str, Call | None] = {c.name: _producer(c.name, run.context.outputs[c.name], run)
                                     if c.name in run.context.outputs else None for c in values}

    def function_of(name: str) -> str | None:
        call = calls.get(name)
        return call.function if call is not None else None

    def said(name: str, plain: str) -> bool:
        return any(n == name and f.relation == "as_if" and f.plain == plain for n, f in findings)

    # (only another call's output tells: the parts of one call's return may be wrong for other reasons, or their
    # settings not tried in the time there was)
    chance = {(function_of(name), f.plain) for name, f in findings if f.relation == "as_if" and any(
        function_of(c.name) == function_of(name) and calls[c.name] is not calls.get(name) and
        calls[c.name] is not None and not said(c.name, f.plain) for c in values)}
    return [(name, f) for name, f in findings if not (f.relation == "as_if" and (function_of(name), f.plain) in chance)]


RESHAPINGS = ("reshaped", "indexed_without_rows", "broadcast", "permuted", "reshaped_untransposed", "index_pairs")


def returned_in_another_shape(run: SolutionRun, student_ctx: checks.TestContext) -> Finding | None:
    """The first call of the test whose return, an array, has another shape than the correct code's same call's
    and holds its values in that shape (a relation of RESHAPINGS): what a check of its properties (a shape, draws)
    does not say."""
    for (function, value, _), call in zip(student_ctx.returned, run.calls):
        if call.function != function:
            return None
        mine, theirs = numeric(value), numeric(call.value)
        if isinstance(value, np.ndarray) and isinstance(call.value, np.ndarray) and mine is not None and \
                theirs is not None and mine.shape != theirs.shape:
            found = relate(mine, theirs, VALUE_TOLERANCE, Scene())
            if found is None or found.relation not in RESHAPINGS:
                return None
            return replace(found, message=f"what your {function}() returns: {found.message}",
                           plain=f"what your function returns: {found.plain}")
    return None


def nothing_checked_wrong(run: SolutionRun, k: int, comparisons: list[Comparison]) -> bool:
    """The student's return passed every check the test made of the run's k-th call's return before its next
    call (none, for a cache handed on unchecked)."""
    names = list(run.context.outputs)
    end = run.calls[k + 1].outputs_before if k + 1 < len(run.calls) else len(names)
    passed = {c.name: c.passed for c in comparisons}
    checked = names[run.calls[k].outputs_before:end]
    return all(passed.get(name, False) for name in checked)


def handed_finding(function: str, output: str, fed_by: tuple[tuple[str, tuple[str, ...]], ...],
                   own: bool = False, raised: bool = False) -> Finding:
    """The student's function, given the correct code's arguments, returns the right output (or is the correct
    code's own: own); in the test it was handed what another function of the student's returned: the mistake is in
    that, or (not own) in how the function reads it."""
    feeders = " or ".join(f"{f}()" for f, _ in fed_by)
    handed = " and ".join(f"`{a}` from your {f}()" for f, args in fed_by for a in args)
    what = "(what it holds, its layout or its shapes)"
    wrong = "raises an error" if raised else "returns wrong values" if output == "values" else \
        f"returns a wrong {output}"
    if own:
        message = (f"your {function}() is the correct code's own, yet it {wrong} here: it was handed "
                   f"{handed}. The mistake is in what {feeders} returns there {what}.")
        done = "raises an error" if raised else "returns a wrong output"
        plain = (f"your {function}() is the correct code's own, yet it {done} here: it was handed "
                 f"what your {feeders} returned. The mistake is in that {what}.")
    else:
        message = (f"given the correct code's arguments, your {function}() returns the right {output}; in this test "
                   f"it was handed {handed}: the mistake is in what {feeders} returns there {what}, or in how "
                   f"{function}() reads it, not in the rest of {function}().")
        plain = (f"given the correct code's arguments, your {function}() returns the right output; in this test it "
                 f"was handed what your {feeders} returned: the mistake is in that {what}, or in how {function}() "
                 "reads it.")
    return Finding("handed_wrong_input", message, plain)


def window_on_another_shape(function: str, source: str, records: list[tuple[int, str, Any]]) -> Finding | None:
    """An array written into, in a loop, through the same window another array is read by (static_slips.
    shared_windows), where the two had other shapes of one rank as the call recorded them (dx allocated like x,
    filled at the windows of the padded xp): one window does not pick the same place in both."""
    shapes: dict[str, tuple[int, ...]] = {}
    for _, name, value in records:
        if (x := numeric(value)) is not None:
            shapes[name] = x.shape
    for line, written, index, read, read_line in shared_windows(source, function):
        mine, theirs = shapes.get(written), shapes.get(read)
        if mine is None or theirs is None or mine == theirs or len(mine) != len(theirs):
            continue
        return Finding("window_on_another_shape",
                       f"in {function}(), line {line}: `{line_text(source, line)}` writes into `{written}[{index}]`, "
                       f"the window line {read_line} reads `{read}[{index}]` by, but `{written}` has shape {mine} "
                       f"where `{read}` has {theirs}: one window does not pick the same place in both (with padding, "
                       f"every window of `{written}` is off by the padding, and the last ones run past its end). Give "
                       f"`{written}` the shape of `{read}` and crop it after the loop, or index it by its own "
                       "offsets.",
                       f"in {function}(), an array is written through the same window another array of another "
                       f"shape is read by (`{written}` and `{read}`): the windows do not line up.")
    return None


AXIS_MOVES = frozenset({"T", "mT", "transpose", "swapaxes", "moveaxis", "rollaxis", "permute", "permute_dims",
                        "einsum"})
# a number read where a pair is meant (Adam's betas given 0.9): Python's words for it
NOT_A_PAIR = re.compile(r"'(?:float|int)' object is not (?:subscriptable|iterable)|cannot unpack non-iterable")


_INTO_SHAPE = re.compile(r"could not broadcast input array from shape \(([\d,\s]*)\) into shape \(([\d,\s]*)\)")


def slice_write_apart(function: str, source: str, error: str | None, raised_at: tuple[int, int, int, int] | None
                      ) -> Finding | None:
    """A write into slices of an array (`full[:, :, i * s:(i + 1) * s] += block`) that NumPy refused because what is
    written has another extent along a sliced axis than the slice takes: said with the slices whose extents differ
    and the value's, the line being the one that raised. None for any other statement or error."""
    if error is None or raised_at is None:
        return None
    fn = function_node(source, function)
    on_line = [n for n in ast.walk(fn) if isinstance(n, ast.stmt) and n.lineno == raised_at[0]] if fn is not None \
        else []
    statement = on_line[0] if len(on_line) == 1 and isinstance(on_line[0], (ast.Assign, ast.AugAssign)) else None
    if statement is None:
        return None
    target = statement.target if isinstance(statement, ast.AugAssign) else \
        statement.targets[0] if len(statement.targets) == 1 else None
    if not isinstance(target, ast.Subscript):
        return None
    if (m := _INTO_SHAPE.search(error)) is not None:
        value_shape, view_shape = dims_in(m.group(1)), dims_in(m.group(2))
    elif isinstance(statement, ast.AugAssign) and (m := BROADCAST_SHAPES.search(error)) is not None and \
            m.group(3) is not None and dims_in(m.group(3)) == dims_in(m.group(1)):
        # (an in-place operation names three: the target, the value, the target again; two come of the right side)
        view_shape, value_shape = dims_in(m.group(1)), dims_in(m.group(2))
    else:
        return None
    parts = target.slice.elts if isinstance(target.slice, ast.Tuple) else [target.slice]
    if any(isinstance(p, ast.Constant) and p.value is Ellipsis for p in parts) or \
            not all(isinstance(p, ast.Slice) for p in parts):
        return None  # (an index drops its axis, an Ellipsis stands for several: the axes are not read off the text)
    value = value_shape[-len(view_shape):] if len(value_shape) >= len(view_shape) else \
        (1,) * (len(view_shape) - len(value_shape)) + value_shape
    apart = [k for k, p in enumerate(parts) if k < len(view_shape) and (p.lower is not None or p.upper is not None)
             and view_shape[k] != value[k] and value[k] != 1]
    if not apart:
        return None
    text = ast.get_source_segment(source, statement) or line_text(source, statement.lineno)
    written = ast.get_source_segment(source, statement.value) or "the value"
    slices = [f"`{ast.get_source_segment(source, parts[k])}`" for k in apart]
    if len({(view_shape[k], value[k]) for k in apart}) == 1:
        k = apart[0]
        many = len(apart) > 1
        takes = (f"the slice{'s' if many else ''} {' and '.join(slices)} (ax{'es' if many else 'is'} "
                 f"{', '.join(map(str, apart))}) take{'' if many else 's'} {view_shape[k]} entries"
                 f"{' each' if many else ''} where `{written}` has {value[k]}")
    else:
        takes = "; ".join(f"{sl} (axis {k}) takes {view_shape[k]} entries where `{written}` has {value[k]}"
                          for sl, k in zip(slices, apart))
    return Finding("slice_write_apart",
                   f"in {function}(), line {statement.lineno}: `{text}` writes `{written}`, of shape "
                   f"{tuple(value_shape)}, into a part of shape {tuple(view_shape)}: {takes}. Either the slice's "
                   "bounds or what is written there is not as meant: a slice must be as wide as what it receives.",
                   f"in {function}(), a line writes a value into a slice of an array whose extent along a sliced axis "
                   "is not the value's: the slice's bounds or the value's shape is not as meant.")


def rows_reshaped(function: str, source: str, error: str | None, records: list[tuple[int, str, Any]],
                  arguments: dict[str, Any]) -> Finding | None:
    """An index past the rows of an array, in a function that reshaped an argument of as many rows into another
    number of rows (`X.reshape(-1, X.shape[1])`: a row per pixel where one per image is meant): the indices made from
    the reshaped rows run past the rows of what keeps the count (the labels). Said with the reshape's line."""
    m = OUT_OF_BOUNDS.search(error or "")
    fn = function_node(source, function)
    if m is None or fn is None or int(m.group(1)) < 0 or int(m.group(2)) != 0:
        return None  # (an index past the rows, axis 0)
    index, size = int(m.group(1)), int(m.group(3))
    made = {(line, name): x.shape for line, name, value in records if (x := numeric(value)) is not None and x.ndim}
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name) or \
                not any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and c.func.attr == "reshape"
                        for c in ast.walk(node.value)):
            continue
        name = node.targets[0].id
        counted = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "len" and n.args and
                      isinstance(n.args[0], ast.Name) and n.args[0].id == name or
                      isinstance(n, ast.Subscript) and isinstance(n.value, ast.Attribute) and n.value.attr == "shape"
                      and isinstance(n.value.value, ast.Name) and n.value.value.id == name
                      for n in ast.walk(fn) if getattr(n, "lineno", 0) > node.lineno)
        if not counted:
            continue  # (indices made from its rows, len(X) or X.shape[0]: else the index past the end is another's)
        shape = made.get((node.lineno, name))
        read = [n.id for n in ast.walk(node.value) if isinstance(n, ast.Name) and n.id in arguments]
        given = next((numeric(arguments[r]) for r in read if (g := numeric(arguments[r])) is not None and g.ndim > 1
                      and len(g) == size), None)
        if shape is None or given is None or shape[0] == size or index >= shape[0]:
            continue
        text = ast.get_source_segment(source, node) or line_text(source, node.lineno)
        width = math.prod(shape[1:])
        return Finding("rows_reshaped",
                       f"in {function}(), line {node.lineno}: `{text}` turns the {size} rows of shape "
                       f"{tuple(given.shape[1:])} it reshapes into {shape[0]} rows of {width} "
                       f"value{'s' * (width != 1)}: "
                       f"no longer one row per example. Indices made from those rows (up to {shape[0] - 1}) then run "
                       f"past what still has {size} rows (index {index}, the labels?). Make one row of all of an "
                       f"example's values: `.reshape(len(x), -1)` (the first axis kept, the rest flattened).",
                       f"in {function}(), a reshape turns the examples' rows into another number of rows: no longer "
                       "one row per example; keep the first axis and flatten the rest.")
    return None


_MASK_APART = re.compile(r"boolean index did not match indexed array along (?:axis|dimension) (\d+); size of (?:axis|"
                         r"dimension) is (\d+) but size of corresponding boolean (?:axis|dimension) is (\d+)")


def mask_of_another_size(function: str, error: str | None, arguments: dict[str, Any]) -> Finding | None:
    """A boolean mask refused by NumPy for its length, where that length is the size of another axis of an array
    the call was given (coins drawn with x.shape[-1], one per column, where one per image is meant): said with the
    axis whose size it has."""
    m = _MASK_APART.search(error or "")
    if m is None:
        return None
    axis, size, length = (int(g) for g in m.groups())
    sizes = [(name, k) for name, value in arguments.items() if (x := numeric(value)) is not None
             for k, n in enumerate(x.shape) if n == length and n != size]
    if not sizes:
        return None
    said = " or ".join(f"axis {k} of `{name}` ({name}.shape[{k}])" for name, k in sizes[:2])
    return Finding("mask_of_another_size",
                   f"in {function}(), a boolean mask of {length} entries indexes axis {axis} of an array of {size} "
                   f"there: {length} is the size of {said}, not of the axis it selects along. A mask needs one "
                   f"entry per entry of that axis: was it drawn or computed with another axis's size (one per column "
                   f"where one per example is meant)?",
                   f"in {function}(), a boolean mask has the length of another axis than the one it selects along: "
                   "was it made with another axis's size?")


_CONCATENATE_APART = re.compile(r"all the input array dimensions except for the concatenation axis must match exactly, "
                                r"but along dimension (\d+), the array at index (\d+) has size (\d+) and the array at "
                                r"index (\d+) has size (\d+)")


def concatenated_apart(function: str, source: str, error: str | None) -> Finding | None:
    """np.concatenate refusing pieces that differ along an axis they are not joined along (chunks of logits joined
    side by side with axis=1, the last chunk shorter): said with the axis they differ along and the line that joins
    them, where one call joins a list of three pieces or more of which a later one is shorter."""
    m = _CONCATENATE_APART.search(error or "")
    if m is None:
        return None
    axis, first, a, other, b = (int(g) for g in m.groups())
    if other < 2 or b >= a:
        return None  # (two pieces side by side, a column added to X with the wrong count of rows: another cause)
    fn = function_node(source, function)
    joins = [n for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and
             n.func.attr in ("concatenate", "hstack", "vstack", "stack", "column_stack", "dstack")] \
        if fn is not None else []
    # a list of pieces made in a loop, joined by one call: chunks of a batch, the last one shorter
    if len(joins) != 1 or not joins[0].args or not isinstance(joins[0].args[0], ast.Name):
        return None
    text = ast.get_source_segment(source, joins[0]) or line_text(source, joins[0].lineno)
    return Finding("concatenated_apart",
                   f"in {function}(), line {joins[0].lineno}: `{text}` joins pieces that differ along axis {axis} "
                   f"(the piece at index {first} has {a} there, the one at index {other} has {b}) along another axis: "
                   f"pieces can differ only along the axis they are joined along. To stack pieces of different "
                   f"lengths along axis {axis} (batches of rows, the last one shorter), join them along it "
                   f"(axis={axis}).",
                   f"in {function}(), pieces of different lengths along one axis are joined along another: join them "
                   "along the axis they differ along.")


def window_extent_apart(function: str, source: str, records: list[tuple[int, str, Any]],
                        within: tuple[int, int] | None = None) -> Finding | None:
    """A window sliced in a loop (within those lines, where given) with another extent along an axis than the loop
    over that axis counts its windows for (static_slips.window_extents_apart), where the two names held different
    numbers in the call: said with the one of the two that is another axis's extent, where one is."""
    numbers: dict[str, int] = {}
    for _, name, value in records:
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
            numbers[name] = int(value)
    for w in window_extents_apart(source, function):
        extent, counted = numbers.get(w.extent), numbers.get(w.counted)
        if extent is None or counted is None or extent == counted or \
                (within is not None and not within[0] <= w.line <= within[1]):
            continue
        sliced = f"line {w.line}: `{line_text(source, w.line)}`"
        loop = f"the loop at line {w.loop_line} (`{w.header}`, `{w.count}`)"
        if w.copied == "count":
            said = (f"in {function}(), {loop} counts the windows along the axis `{w.index}` runs over as if they were "
                    f"`{w.counted}` = {counted} wide, but {sliced} takes them `{w.extent}` = {extent} wide: "
                    f"`{w.counted}` is the extent along another axis. Count them with `{w.extent}`.")
        elif w.copied == "extent":
            said = (f"in {function}(), {sliced} takes each window `{w.extent}` = {extent} wide along the axis "
                    f"`{w.index}` runs over, but {loop} counts windows `{w.counted}` = {counted} wide along it: "
                    f"`{w.extent}` is the extent along another axis. Slice `{w.index}`'s windows `{w.counted}` wide.")
        else:
            said = (f"in {function}(), {sliced} takes each window `{w.extent}` = {extent} wide along the axis "
                    f"`{w.index}` runs over, but {loop} counts windows `{w.counted}` = {counted} wide along it: one of "
                    "the two extents is wrong.")
        return Finding("window_extent_apart", said, f"in {function}(), a window is sliced with another extent along "
                       "an axis than the loop over that axis counts windows for: one of the two is another axis's.")
    return None


def with_window_extent(finding: Finding, function: str, source: str, records: list[tuple[int, str, Any]],
                       lines: tuple[int, int]) -> Finding:
    """A loop's departure with, after it, a window inside the loop sliced with another extent than its loop counts
    windows for (window_extent_apart): which line of the loop, and why."""
    extent = window_extent_apart(function, source, records, within=lines)
    if extent is None:
        return finding
    lead = f"in {function}(), "
    # (a line of the loop said: the guesses said of the output, a mask missing, go as beside a departure at a line)
    return replace(finding, message=f"{finding.message} Inside it, {extent.message.removeprefix(lead)}",
                   plain=f"{finding.plain} Inside it, {extent.plain.removeprefix(lead)}",
                   claim=finding.claim.removesuffix(":loop") + ":extent")


def statistical(c: Comparison) -> bool:
    """A check made within a tolerance far wider than rounding (a statistic of random draws: shares within 0.035,
    a std within 2%): outputs alike within it may come of different computations."""
    tol = c.tolerance or DEFAULT_TOLERANCES["float64"]
    return tol.rtol > 1e-3 or tol.atol > 1e-3


def loose_for_one_number(expected: Any, tol: Tolerance) -> bool:
    """A lone number checked within a wide tolerance (a statistic of random draws: a kurtosis within 0.25 of 3):
    a relation that holds within it may hold by chance (1.8 is sqrt(3) within 0.25)."""
    e = numeric(expected)
    if e is None or e.size != 1 or not np.isfinite(e).all() or float(e.ravel()[0]) == 0.0:
        return False
    return max(tol.rtol, tol.atol / abs(float(e.ravel()[0]))) > 0.05  # wider than 5% of the number


def shapes_differ(a: Any, b: Any) -> bool:
    """Both arrays, of different shapes, neither empty (a slice empty one way or another tells little)."""
    return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape != b.shape and a.size > 0 and b.size > 0


def same_returns(mine: list[tuple[str, Any, bool]], theirs: list[tuple[str, Any, bool]]) -> bool:
    """Two runs' calls returned the same, call by call: the same functions in the same order, the numbers
    in each returned value (arrays, numbers, in tuples, lists and dicts) within a float64 tolerance; at
    least one number compared."""
    if len(mine) != len(theirs) or any(a[0] != b[0] for a, b in zip(mine, theirs)):
        return False
    pairs = [(x, y) for a, b in zip(mine, theirs) for x, y in numbers_side_by_side(a[1], b[1])]
    tol = DEFAULT_TOLERANCES["float64"]
    return bool(pairs) and all(x is not None and y is not None and agree(x, y, tol) for x, y in pairs)


def keeps_what_is_right(mine: list[tuple[str, Any, bool]], slip: list[tuple[str, Any, bool]],
                        right: Sequence[Any]) -> bool:
    """A slip's calls return the correct code's numbers wherever the student's calls did: a slip that gets wrong
    what the student's code gets right is not the student's, though it gives the failing outputs (RMSprop's cache
    stored right, then divided by 1 - rho ** t with t never stored: what `(1 - rho)` missing in the cache's line
    gives the weights, but not the cache). right: the correct code's calls (.function, .value), in the same order;
    where the calls do not line up, nothing is told apart."""
    if len(mine) != len(slip) or len(right) < len(mine):
        return True
    tol = DEFAULT_TOLERANCES["float64"]
    for (function, value, _), (other, slipped, _), call in zip(mine, slip, right):
        if function != other or call.function != function:
            return True
        for (r, x), (_, y) in zip(numbers_side_by_side(call.value, value), numbers_side_by_side(call.value, slipped)):
            if r is not None and x is not None and y is not None and agree(x, r, tol) and not agree(y, r, tol):
                return False
    return True


def returns_alike(mine: list[tuple[str, Any, bool]], theirs: list[tuple[str, Any, bool]],
                  functions: set[str] | None = None) -> bool:
    """Failing outputs that say little (a flag, a count: many mistakes give them) name a mistake only when its
    calls of `functions` (the mistake's that the student changed; None: all) returned numbers of the shapes
    the student's did (or theirs hold none): logits of the training rows are not class indices, though both
    fail a check of the predictions. Shapes, not values: a mistake written with another random stream (a
    dropout mask drawn otherwise) returns other values, rightly named."""
    if functions is not None:
        mine, theirs = ([call for call in calls if call[0] in functions] for calls in (mine, theirs))
    # an object that stays in the student's process (a torch tensor where an array is asked) is not the numbers
    # the mistake returned: no number to compare, but not alike
    if any(isinstance(a, Handle) and numbers_side_by_side(b, b) for (_, a, _), (_, b, _) in zip(mine, theirs)):
        return False
    if not any(numbers_side_by_side(v, v) for _, v, _ in mine if not isinstance(v, StudentException)):
        return True
    if shapes_returned(mine) != shapes_returned(theirs):
        return False
    # values may differ (another random stream), but many draws of the same mistake fall alike: 10 ** exponents
    # between 1 and 1.3 are not exponents ** 10 between 1 and a million, though both fail a check of the range
    returned = [[x for _, v, _ in calls if not isinstance(v, StudentException)
                 for x, _ in numbers_side_by_side(v, v) if x is not None] for calls in (mine, theirs)]
    return all(spread_alike(a, b) for a, b in zip(*returned))


def spread_alike(a: np.ndarray, b: np.ndarray) -> bool:
    """Two arrays of many numbers (100 or more, finite) whose 10th, 50th and 90th percentiles agree within a
    quarter of their widest 10-90 range: what two draws of one distribution give; fewer numbers are alike."""
    a, b = a[np.isfinite(a)], b[np.isfinite(b)]
    if a.size < 100 or b.size < 100:
        return True
    qa, qb = np.percentile(a, [10, 50, 90]), np.percentile(b, [10, 50, 90])
    width = max(qa[2] - qa[0], qb[2] - qb[0], 1e-12 * max(np.abs(qa).max(), np.abs(qb).max(), 1.0))
    return bool(np.all(np.abs(qa - qb) <= 0.25 * width))


def parted_otherwise(mine: list[tuple[str, Any, bool]], theirs: list[tuple[str, Any, bool]],
                     right: list[tuple[str, Any, bool]], functions: set[str]) -> bool:
    """Calls of `functions` made in the same order by the student's run, a mistake's and the solution's, where
    some array the student's returned is wrong at the same examples as the mistake's (and right at others: the
    same random draws, drawn_alike), yet holds other values where both are wrong."""
    calls = [[call for call in run if call[0] in functions] for run in (mine, theirs, right)]
    if not calls[0] or len({len(c) for c in calls}) != 1 or \
            any(len({call[0] for call in triple}) != 1 for triple in zip(*calls)):
        return False
    tol = DEFAULT_TOLERANCES["float64"]
    for (_, a, _), (_, b, _), (_, r, _) in zip(*calls):
        if any(isinstance(v, StudentException) for v in (a, b, r)):
            continue
        for (x, y), (_, z) in zip(numbers_side_by_side(a, b), numbers_side_by_side(a, r)):
            if x is None or y is None or z is None or not x.shape == y.shape == z.shape or not x.size:
                continue
            wrong, wrong_too = ~close(x, z, tol), ~close(y, z, tol)
            both = wrong & wrong_too
            if both.any() and drawn_alike(wrong, wrong_too) and not close(x, y, tol)[both].all():
                return True
    return False


def constants_apart(mine: Any, theirs: Any, tol: Tolerance, right: Any) -> bool:
    """Two outputs of one shape, of two entries or more, each one finite value throughout (a scale of every kept
    unit), the two values not alike within tol: outputs no random stream makes differ (draws give no constant), so
    the codes differ; the correct code's output (right) one value throughout as well (a scale, not one random offset
    given to every image, which two streams draw otherwise). (One number is not one: a formula's value, which a
    mistake written otherwise, gain squared as well, may give otherwise on some inputs and still be that mistake.)"""
    x, y = numeric(mine), numeric(theirs)
    if x is None or y is None or x.shape != y.shape or x.size < 2 or not (np.isfinite(x).all() and
                                                                            np.isfinite(y).all()):
        return False
    def constant(a: np.ndarray) -> bool:  # (to rounding: x * 3 / x is not 3 exactly everywhere)
        return bool(np.ptp(a) <= 1e-9 * max(1.0, float(np.abs(a).max())))
    z = numeric(right)
    return z is not None and z.shape == x.shape and bool(np.isfinite(z).all()) and constant(z) and constant(x) and \
        constant(y) and not bool(close(x.ravel()[:1], y.ravel()[:1], tol).all())


def reordered_right(mine: list[tuple[str, Any, bool]], right: list[tuple[str, Any, bool]],
                    functions: set[str]) -> bool:
    """Every array that the calls of `functions` returned holds the correct code's values for the same call (the
    same seed) in another order, some of them in another order than the correct code's: draws that are right and
    then reordered (np.random.shuffle, which the seed does not reach), not draws of another generator."""
    calls = [[call for call in run if call[0] in functions] for run in (mine, right)]
    if not calls[0] or len(calls[0]) != len(calls[1]):
        return False
    reordered = False
    for (f, a, _), (g, r, _) in zip(*calls):
        if f != g or isinstance(a, StudentException) or isinstance(r, StudentException):
            return False
        for x, z in numbers_side_by_side(a, r):
            if x is None or z is None or x.shape != z.shape:
                return False
            if x.size < 2 or np.array_equal(x, z):
                continue
            if not rows_permuted(x, z):
                return False
            reordered = True
    return reordered


def drawn_alike(wrong: np.ndarray, wrong_too: np.ndarray) -> bool:
    """Two runs went wrong at the same examples (entries along the first axis; a flip upside down leaves a
    middle row right that a wrong image does not), some but not all, at least 10 of each: what the same random
    draws give, and independent ones hardly (one run's mask drawn otherwise goes wrong at other examples, or at
    all of them)."""
    if wrong.ndim == 0:
        return False  # one number: no examples to compare
    rows, rows_too = (w.reshape(len(w), -1).any(axis=1) if w.ndim > 1 else w for w in (wrong, wrong_too))
    k = int(rows.sum())
    return np.array_equal(rows, rows_too) and 10 <= k <= len(rows) - 10


def shapes_returned(calls: list[tuple[str, Any, bool]]) -> set[tuple[str, tuple]]:
    """(function, the shapes of the numbers it returned) of each call that returned (timed calls repeat one)."""
    return {(function, tuple(x.shape for x, _ in numbers_side_by_side(value, value) if x is not None))
            for function, value, _ in calls if not isinstance(value, StudentException)}


def picked_from_inputs(output: Any, calls: list[Call]) -> bool:
    """The output is one of the calls' array arguments, or one of its rows (weights[best_epoch]): which one was
    picked is all it tells."""
    x = numeric(output)
    if x is None:
        return False
    for call in calls:
        for a in call.arguments.values():
            a = numeric(a) if isinstance(a, (np.ndarray, list)) else None
            if a is not None and ((a.shape == x.shape and np.array_equal(a, x, equal_nan=True)) or (
                    a.ndim == x.ndim + 1 and a.shape[1:] == x.shape and
                    any(np.array_equal(row, x, equal_nan=True) for row in a))):
                return True
    return False


def _statement_at(source: str, line: int) -> ast.stmt | None:
    """The simple statement that starts at line of source (None when it cannot be read)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return next((n for n in ast.walk(tree) if isinstance(n, ast.stmt) and n.lineno == line and
                 not isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While, ast.If, ast.With, ast.Try))),
                None)


def _same_array_said(source: str, line: int, param: str) -> str:
    """What the assignment at line makes of the array it names (departure.same_array_of), in words."""
    statement = _statement_at(source, line)
    value = statement.value if isinstance(statement, ast.Assign) else None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
            value.func.attr in ("asarray", "asanyarray", "asfarray"):
        return (f"{param} itself (np.{value.func.attr} makes no copy of an array that already has the dtype asked: "
                f"np.array({param}, dtype=float) or {param}.astype(float) copies)")
    if value is None or isinstance(value, ast.Name):
        return f"another name for {param}"
    return f"a view of {param} (its entries are {param}'s)"


def traced_locally(fn: types.FunctionType, arguments: dict[str, Any], deadline: Budget,
                   call: Callable[[Callable, dict[str, Any]], Any] = call_on, **options: Any) -> TracedCall:
    """The correct code's call made in-process with its locals recorded (LocalsRecorder, with options such as
    final or passes_at), as a TracedCall like the student's."""
    recorder = LocalsRecorder(fn.__code__, stop=deadline.passed, **options)
    with recorder:
        value = call(fn, arguments)
    return TracedCall(value, None, recorder.records, recorder.repeated, False, passes=recorder.passes,
                      pass_digests=recorder.pass_digests)


def finite_return(value: Any) -> bool:
    """A return of numbers only (tuples item by item, dicts key by key), all finite."""
    pairs = numbers_side_by_side(value, value)
    return bool(pairs) and all(x is not None and bool(np.all(np.isfinite(x))) for x, _ in pairs)


def overflowed_everywhere(output: Any) -> bool:
    """An output that is NaN or Inf at every entry: what any overflow gives (no shift of the scores, one shift
    for the batch, an exp of large inputs), so it names no mistake by itself; NaNs at some entries do."""
    x = numeric(output)
    return x is not None and x.size > 0 and x.dtype.kind in "fc" and not np.isfinite(x).any()


def wrong_only_where_not_finite(got: Any, expected: Any, tol: Tolerance) -> bool:
    """Every entry of got that is not close to expected is NaN or Inf (and there is one): its wrong numbers say
    nothing a slip could reproduce but where they overflowed."""
    g, e = numeric(got), numeric(expected)
    if g is None or e is None or g.shape != e.shape:
        return overflowed_everywhere(got)
    bad = ~close(g, e, tol)
    return bool(bad.any()) and not np.isfinite(g[bad]).any()


def telling(output: Any) -> bool:
    """An output that few wrong computations share: an array of differing numbers (not only two whole
    ones: shares of 0 and 1, a mask), or a number that is not a whole one (a flag, a count, zeros or ones
    are what many slips give)."""
    x = numeric(output)
    if x is None or x.dtype.kind == "b" or not x.size:
        return False
    finite = x[np.isfinite(x)] if x.dtype.kind in "fc" else x
    whole = bool(np.all(finite == np.round(finite))) if finite.dtype.kind in "fc" else True
    if x.size > 1:
        distinct = np.unique(finite).size
        return distinct > 2 or (distinct == 2 and not whole)
    return finite.size == 1 and not whole


def raised_errors(ctx: checks.TestContext, error: BaseException | None) -> tuple[str, ...] | None:
    """What the student's code raised in a test, as the grader words it (the call, the exception's type
    and message): each part's error, then the one that ended the test. None when a function is missing
    or not implemented yet: that is no slip."""
    errors = [(name, failure.error) for name, failure in sorted(ctx.part_failures.items())
              if isinstance(failure.error, StudentException)]
    if isinstance(error, StudentException):
        errors.append(("", error))
    if any(e.type_name == "MissingFunction" or e.not_implemented for _, e in errors):
        return None
    return tuple(f"{name}: {e}" for name, e in errors)


def output_missing(c: Comparison, output: Any) -> bool:
    """The student's output behind a failing check is missing: None, or its call raised."""
    return output is None or raised_instead(c) is not None


def same_output(a: Any, b: Any, tolerance: Tolerance) -> bool:
    """Two outputs agree: the same shape, NaN/Inf at the same positions (a NaN and an Inf alike: both
    mark the overflow or 0/0 a mistake makes; which one depends on the arithmetic after it), the finite
    entries within tolerance. Only numbers and arrays of numbers can agree."""
    x, y = numeric(a), numeric(b)
    if x is None or y is None or isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return False
    return agree(x, y, tolerance)


def _leaves_out(given: Any, key: str) -> bool:
    """Whether a dict argument as a call passed it leaves `key` to the function's default (None: all of them)."""
    return given is None or isinstance(given, dict) and key not in given


def _with_setting(fn: Callable, param: str, key: str, value: Any, **arguments: Any) -> Any:
    """fn called with the dict argument `param` holding `key` = value (its caller left it out: None or no such
    key): the correct code given the student's default for a setting."""
    given = arguments.get(param)
    if given is not None and not isinstance(given, dict):
        raise TypeError(f"{param} is not a dict")
    return fn(**{**arguments, param: {**(given or {}), key: value}})


def _precision_only(c: Comparison, got: Any, expected: Any) -> Finding | None:
    """An output that fails a check tighter than the working tolerance and agrees within it (float64's default
    rtol 1e-7: no relation is found in it) while its values are float32 numbers: the precision is the cause (a
    float32 constant in a float64 formula). Not errors merely spread as float32 rounding spreads them: an epsilon
    placed otherwise (1e-8 inside a square root) gives such errors too."""
    if c.tolerance is None:
        return None
    g, e = numeric(got), numeric(expected)
    if g is None or e is None or g.shape != e.shape or not agree(g, e, working_tolerance(c)) or \
            not np.array_equal(g.astype(np.float32).astype(np.float64), g, equal_nan=True):
        return None
    return lower_precision(g.astype(np.float64), e.astype(np.float64), c.tolerance, Scene())


def target_tolerance(c: Comparison, got: Any, expected: Any) -> Tolerance:
    """How close a departure's patched output must come: the working tolerance, or the check's own where the output
    is within the working tolerance already (a check tighter than float64's default: there a patch must make it
    pass the check, not merely stay as close as it was)."""
    tol = working_tolerance(c)
    g, e = numeric(got), numeric(expected)
    if c.tolerance is not None and g is not None and e is not None and g.shape == e.shape and agree(g, e, tol):
        return c.tolerance
    return tol


def working_tolerance(c: Comparison) -> Tolerance:
    """How close counts as equal for a check's output: the check's tolerance, no tighter than the
    default of the student's lower-precision dtype (a float32 output carries float32 rounding)."""
    tol = c.tolerance or DEFAULT_TOLERANCES["float64"]
    own = DEFAULT_TOLERANCES.get(c.got_dtype or "", DEFAULT_TOLERANCES["float64"])
    return Tolerance(rtol=max(tol.rtol, own.rtol, 1e-9), atol=max(tol.atol, own.atol))


# -- the expected value, from the solution's run

def expected_is_consistent(c: Comparison, expected: Any) -> bool:
    """The solution's output is the value the check compared with: same shape, and it agrees with
    what the comparison recorded of the expected value (all of it when small, else its worst entry).
    A test whose expected value is not the solution's output (a statistic of draws, say) fails this
    when they differ by more than the check's tolerance, and the output gets no diagnosis."""
    e = numeric(expected)
    if e is None:
        return False
    tol = working_tolerance(c)
    step = _trajectory_step(c)
    if c.expected_shape is not None and list(e.shape) != c.expected_shape:
        if step is None or list(e.shape[1:]) != c.expected_shape or not 0 < step <= e.shape[0]:
            return False
        e = e[step - 1]
    if c.expected_values is not None and not agree(e.ravel(), np.asarray(c.expected_values), tol):
        return False
    if c.worst_index is not None and c.expected_at_worst is not None and len(c.worst_index) == e.ndim:
        return bool(agree(e[tuple(c.worst_index)], c.expected_at_worst, tol))
    return True


_TRAJECTORY_STEP = re.compile(r" leaves the expected trajectory at step (\d+) of \d+: ")


def _trajectory_step(c: Comparison) -> int | None:
    m = _TRAJECTORY_STEP.search(c.message)
    return int(m.group(1)) if m else None


# -- the scene: the test's inputs and quantities, as the diagnosis names them

def _signature(fn: Any) -> inspect.Signature | None:
    try:
        return inspect.signature(fn)
    except (TypeError, ValueError):
        return None


def _written(before: Any, key: str, value: Any) -> bool:
    """A dict argument's entry that a call set or changed (before: the argument as the call was given it)."""
    if not isinstance(before, dict) or key not in before:
        return True
    old, new = numeric(before[key]), numeric(value)
    return old is None or new is None or old.shape != new.shape or not np.array_equal(old, new, equal_nan=True)


def _copied(value: Any) -> Any:
    try:
        return copy.deepcopy(value)
    except Exception:  # noqa: BLE001 - an argument that cannot be copied is recorded as it is
        return value


def _arguments(signature: inspect.Signature | None, args: tuple, kwargs: dict) -> dict[str, Any]:
    """A call's arguments by parameter name (arg0, arg1... when the signature does not bind)."""
    if signature is not None:
        try:
            return dict(signature.bind(*args, **kwargs).arguments)
        except TypeError:
            pass
    return {f"arg{i}": a for i, a in enumerate(args)} | dict(kwargs)


def _nested_arrays(value: Any, path: str, depth: int = 0) -> list[tuple[str, np.ndarray]]:
    """The arrays a return holds, by their place in it (`[1]['cache']`), down to three levels of tuples, lists
    and dicts."""
    if isinstance(value, np.ndarray):
        return [(path, value)]
    if depth >= 3:
        return []
    if isinstance(value, (tuple, list)) and len(value) <= 8:
        return [a for i, v in enumerate(value) for a in _nested_arrays(v, f"{path}[{i}]", depth + 1)]
    if isinstance(value, dict):
        return [a for k, v in value.items() if isinstance(k, str)
                for a in _nested_arrays(v, f"{path}[{k!r}]", depth + 1)]
    return []


def lower_precision_returned(student_ctx: checks.TestContext, run: SolutionRun) -> Finding | None:
    """The first array the student's calls of the test return (their state in a dict included) in single or half
    precision where the correct code's same call returns it in double: what a small difference comes of."""
    for (function, value, _), call in zip(student_ctx.returned, run.calls):
        if call.function != function:
            return None
        theirs = dict(_nested_arrays(call.value, ""))
        for path, mine in _nested_arrays(value, ""):
            right = theirs.get(path)
            if right is not None and mine.dtype in (np.float32, np.float16) and right.dtype == np.float64:
                where = f"what your {function}() returns at {path}" if path else f"what your {function}() returns"
                return Finding(str(mine.dtype), f"{where} is an array of {mine.dtype} where the correct code's is "
                               f"float64: {mine.dtype} keeps about {7 if mine.dtype == np.float32 else 3} significant "
                               "digits, and every step computed with it is rounded to them (made with dtype="
                               f"np.{mine.dtype}, or from an array of that dtype?). Keep it in float64.",
                               f"your {function}() keeps an array in {mine.dtype}, where float64 is meant: its "
                               "values are rounded.")
    return None


def _parts(value: Any, name: str) -> list[tuple[str, str, Any]]:
    """(name, name without digits, value) for a value and, one level down, the items of its tuple,
    list or dict: ("cache[0]", "part of cache", x), ("params['W1']", "params['W1']", W1)."""
    parts = [(name, name, value)]
    if isinstance(value, (tuple, list)) and len(value) <= 8:
        parts += [(f"{name}[{i}]", f"part of {name}", v) for i, v in enumerate(value)]
    elif isinstance(value, dict):
        parts += [(f"{name}['{k}']", f"{name}['{k}']", v) for k, v in value.items() if isinstance(k, str)]
    return parts


def _arrays(parts: list[tuple[str, str, Any]], where: str) -> list[Named]:
    """The arrays among parts, as Named quantities: "dout (an argument of relu_backward())"."""
    found = []
    for name, plain, v in parts:
        if isinstance(v, np.ndarray) and v.dtype.kind in "fiu" and v.size >= 2:
            label, plain_label = f"{name} ({where})", f"{plain} ({where})"
            found.append(Named(label, v.astype(np.float64), plain_label if plain_label != label else ""))
    return found


def _producer(name: str, solution_output: Any, run: SolutionRun) -> Call | None:
    """The call whose return holds the output (by identity, then by value), else the last call before it."""
    position = list(run.context.outputs).index(name)
    before = [call for call in run.calls if call.outputs_before <= position]
    for call in reversed(before):
        values = [v for _, _, v in _parts(call.value, "")]
        if any(v is solution_output for v in values):
            return call
    x = numeric(solution_output)
    for call in reversed(before):
        for _, _, v in _parts(call.value, ""):
            y = numeric(v) if not isinstance(v, (list, tuple)) else None
            if x is not None and y is not None and x.shape == y.shape and np.array_equal(x, y, equal_nan=True):
                return call
    return before[-1] if before else None


def locator(returned: Any, output: Any) -> Callable[[Any], Any] | None:
    """How to find an output in what a call returned: the value itself, an item of its tuple or list, or
    an entry of its dict (by identity, then by equal value); None when the output is computed from it."""
    def paths() -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = [()]
        if isinstance(returned, (tuple, list)):
            found += [(i,) for i in range(len(returned))]
        elif isinstance(returned, dict):
            found += [(k,) for k in returned]
        return found

    def at(value: Any, path: tuple[Any, ...]) -> Any:
        return value[path[0]] if path else value

    x = numeric(output)
    for same in (lambda v: v is output,
                 lambda v: x is not None and (y := numeric(v)) is not None and not isinstance(v, (list, tuple))
                 and x.shape == y.shape and np.array_equal(x, y, equal_nan=True)):
        for path in paths():
            if same(at(returned, path)):
                return lambda value, path=path: at(value, path)
    return None


@dataclass
class LocatedCase:
    """An output of the test as calls of one function make it: the calls, and the what_if case over them."""

    calls_made: list[Call]
    case: Case


def case_of(run: SolutionRun, name: str, expected: Any, call: Call | None, value: Any,
            tol: Tolerance) -> LocatedCase | None:
    """The calls that make the output `name` (the producing call, or a schedule's steps), as a what_if
    case whose output must be `value`; None when the output is computed from what the calls return."""
    call = call or _producer(name, expected, run)
    locate = locator(call.value, expected) if call is not None else None
    if call is not None and locate is not None:
        return LocatedCase([call], Case([call.arguments], lambda returns: locate(returns[0]), value, tol))
    steps = stacked_calls(run, name, expected)
    if not steps:
        return None
    return LocatedCase(steps, Case([k.arguments for k in steps], np.asarray, value, tol))


def stacked_calls(run: SolutionRun, name: str, output: Any) -> list[Call]:
    """The consecutive calls of one function whose returns, stacked, are the output (a schedule's
    learning rates step by step); [] when there are none."""
    x = numeric(output)
    if x is None or x.ndim < 1 or x.shape[0] < 2:
        return []
    position = list(run.context.outputs).index(name)
    before = [k for k in run.calls if k.outputs_before <= position]
    for function in dict.fromkeys(k.function for k in before):
        mine = [k for k in before if k.function == function]
        for i in range(len(mine) - x.shape[0] + 1):
            part = mine[i:i + x.shape[0]]
            values = [numeric(k.value) for k in part]
            if any(v is None or v.shape != x.shape[1:] for v in values):
                continue
            if np.array_equal(np.stack([v for v in values if v is not None]), x, equal_nan=True):
                return part
    return []


def _arrays_within(value: Any, depth: int = 3) -> list[np.ndarray]:
    """The arrays in a value, its tuples, lists and dicts down to `depth` levels."""
    if isinstance(value, np.ndarray):
        return [value] if value.size >= 2 else []
    if depth == 0:
        return []
    items = value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else ()
    return [a for item in items for a in _arrays_within(item, depth - 1)]


class FailingCalls:
    """The calls that made a test's failing outputs, in the order the test checked them."""

    def __init__(self) -> None:
        self.calls: list[Call] = []

    def inherited(self, call: Call | None) -> bool:
        """Whether the call was handed part of what an earlier failing call returned (its output is
        computed from an earlier wrong one: a backward pass fed a wrong forward pass's cache); if not, the
        call is one of the failing calls from now on."""
        if call is None:
            return False
        if any(fed(earlier, call) for earlier in self.calls if earlier is not call):
            return True
        self.calls.append(call)
        return False


def fed(earlier: Call, later: Call) -> bool:
    """Whether the later call was handed part of what the earlier one returned (a cache, an output)."""
    return bool(handed_arguments(earlier, later))


def handed_arguments(earlier: Call, later: Call) -> tuple[str, ...]:
    """The arguments of the later call that hold part of what the earlier one returned (an array equal to one in it,
    or a shape it returned: a cache of x.shape)."""
    returned = _arrays_within(earlier.value)
    shapes = [part for part in (earlier.value if isinstance(earlier.value, tuple) else ()) if _is_shape(part)]
    return tuple(name for name, value in later.arguments.items()
                 if any(a.shape == b.shape and np.array_equal(a, b) for a in returned for b in _arrays_within(value))
                 or (_is_shape(value) and value in shapes))


def _is_shape(value: Any) -> bool:
    """A tuple of two or more whole numbers (an array's shape)."""
    return isinstance(value, tuple) and len(value) >= 2 and \
        all(isinstance(v, (int, np.integer)) and not isinstance(v, bool) for v in value)


def scene_of(c: Comparison, run: SolutionRun, got: Any) -> Scene:
    """What the relations may use about the output checked by c: the producing call's arguments (the
    test's inputs), what the test's calls returned and its other outputs, the batch size and the
    scalar settings (p, momentum...), and for a trajectory the weights it starts from."""
    expected = run.context.outputs[c.name]
    call = _producer(c.name, expected, run)
    inputs: list[Named] = []
    indices: list[Named] = []
    constants: list[Constant] = []
    start = None
    stateful = True
    if call is not None:
        made_by = [k for k in run.calls if k.function == call.function]  # the calls of its function, in order
        stateful = any(isinstance(v, (dict, list)) for k in made_by for v in k.arguments.values()) or \
            any(isinstance(k.value, (tuple, list, dict)) for k in made_by)
        for param, value in call.arguments.items():
            inputs += _arrays(_parts(value, param), f"an argument of {call.function}()")
            constants += _constants(param, value)
            if isinstance(value, np.ndarray) and value.dtype.kind in "iu" and value.ndim == 1 and value.size:
                indices.append(Named(f"{param} (an argument of {call.function}())", value.astype(np.float64)))
        rows = next((v for v in call.arguments.values() if isinstance(v, np.ndarray) and v.ndim >= 2), None)
        if rows is not None and rows.shape[0] >= 2:  # the first batch argument: its rows are the examples
            constants.insert(0, Constant("N", float(rows.shape[0]), "the batch size"))
            if rows[0].size >= 2:
                constants.append(Constant("D", float(rows[0].size), "the number of entries in a row"))
            # all its entries: a mean over the whole array where a sum is asked (np.mean(W ** 2) for a penalty)
            name = next(param for param, v in call.arguments.items() if v is rows)
            if rows[0].size >= 2 and name.isidentifier():
                constants.append(Constant(f"{name}.size", float(rows.size), f"the number of entries of {name}"))
        maps = next((v for v in call.arguments.values() if isinstance(v, np.ndarray) and v.ndim >= 3), None)
        if maps is not None and maps.shape[-1] * maps.shape[-2] >= 2:
            constants.append(Constant("H*W", float(maps.shape[-1] * maps.shape[-2]),
                                      "the number of positions of a feature map"))
        # the settings of the calls before it (a forward pass's dropout p, which its backward only sees
        # folded into a cache's mask)
        for k in run.calls:
            if k is call:
                break
            for param, value in k.arguments.items():
                constants += [Constant(found.symbol, found.value, f"{found.meaning} given to {k.function}()")
                              for found in _constants(param, value) if isinstance(value, dict) and
                              all(found.symbol != c.symbol for c in constants)]
        w0 = next((v for v in made_by[0].arguments.values() if isinstance(v, np.ndarray)), None)
        g = numeric(got)
        if w0 is not None and g is not None and g.ndim >= 1 and w0.shape == g.shape[1:]:
            start = w0.astype(np.float64)
    quantities: list[Named] = []
    for k in run.calls:
        returned = _parts(k.value, "the value")[1:] if isinstance(k.value, (tuple, list)) else [("it", "it", k.value)]
        quantities += _arrays(returned, f"what {k.function}() returns")
    for other, value in run.context.outputs.items():
        if other != c.name and isinstance(value, np.ndarray) and value.dtype.kind in "fiu" and value.size >= 2:
            quantities.append(Named(f"the expected {other}", value.astype(np.float64),
                                    "the expected value of another output this test checks"))
    return Scene(inputs=tuple(inputs), quantities=tuple(quantities), constants=tuple(constants), start=start,
                 trajectory=_trajectory_step(c) is not None, stateful=stateful, indices=tuple(indices))


def _constants(param: str, value: Any) -> list[Constant]:
    """The numbers among a call's settings: a scalar argument, the numbers of a dict argument."""
    def number(v: Any) -> bool:
        return isinstance(v, (int, float, np.number)) and not isinstance(v, (bool, np.bool_)) and np.isfinite(v)

    if number(value):
        return [Constant(param, float(value), f"the argument {param}")]
    if isinstance(value, dict):
        found = [Constant(k, float(v), f"{param}['{k}']") for k, v in value.items() if isinstance(k, str) and number(v)
                 and k not in ("seed", "t")]
        height, width = value.get("pool_height"), value.get("pool_width")
        if number(height) and number(width):
            found.append(Constant("ph*pw", float(height * width), "the pooling window's area"))
        return found
    if isinstance(value, tuple) and not all(number(v) for v in value):  # a cache: its settings
        return [c for i, item in enumerate(value[:8]) if isinstance(item, dict) or number(item)
                for c in _constants(f"{param}[{i}]", item)]
    if isinstance(value, (tuple, list)) and len(value) >= 3 and all(number(v) and float(v).is_integer() for v in value):
        field = float(np.prod(value[2:]))  # a weight's shape (out, in, kh, kw): its receptive field
        if field >= 2:
            return [Constant("kh*kw", field, f"the receptive field size of {param}"),
                    Constant("sqrt(kh*kw)", math.sqrt(field),
                             f"the square root of the receptive field size of {param}")]
    return []


# -- a check whose call raised the wrong exception, said plainly

_RAISED = re.compile(r": raised (?P<raised>[A-Za-z_]\w*), expected (?P<expected>[A-Za-z_]\w*)$")
_RETURNED = re.compile(r": should raise (?P<expected>[A-Za-z_]\w*), but returned ")


def raised_instead(c: Comparison) -> tuple[str, str] | None:
    """(what the student's call raised, what was asked for) for a failing expect_raises check."""
    if c.kind != "check" or c.passed:
        return None
    m = _RAISED.search(c.message)
    return (m.group("raised"), m.group("expected")) if m else None


def exception_finding(c: Comparison, called: set[str]) -> Finding | None:
    """A failing expect_raises check in the student's terms: missing function, wrong exception, or none raised."""
    head = re.match(r"[A-Za-z_]\w*", c.name)
    function = f"{head.group()}()" if head and head.group() in called else "the function this check calls"
    raised = raised_instead(c)
    if raised is not None:
        got, asked = raised
        if got == "MissingFunction":
            text = f"{function} is missing from your file (or could not be called), so nothing raised {asked}"
            return Finding("missing_function", text, text)
        builtin = isinstance(getattr(builtins, got, None), type) and issubclass(getattr(builtins, got), BaseException)
        why = (" (an assert checks your own assumptions and vanishes under python -O; reject bad input with "
               f"raise {asked}(...))" if got == "AssertionError" else "")
        plain = (f"{function} raises {got}; the assignment asks for {asked}{why}" if builtin else
                 f"{function} raises an exception of another type; the assignment asks for {asked}")
        return Finding("wrong_exception", f"{function} raises {got}; the assignment asks for {asked}{why}", plain)
    m = _RETURNED.search(c.message)
    if m:
        text = (f"{function} returns a value for this invalid input; it must raise {m.group('expected')}: "
                "check the condition that rejects it")
        return Finding("not_rejected", text, text)
    return None


def grouped(findings: list[tuple[str, Finding]]) -> list[Diagnosis]:
    """One Diagnosis per distinct finding, listing the outputs it holds for (the first one's evidence).
    A weak finding (one simple number) is kept only when another output of the test shows the same."""
    seen: dict[tuple[str, str], int] = {}
    for _, f in findings:
        seen[f.key] = seen.get(f.key, 0) + 1
    diagnoses: dict[tuple[str, str], Diagnosis] = {}
    quoted_apart: set[tuple[str, str]] = set()  # outputs said together whose own evidence differs
    for output, f in findings:
        if f.weak and seen[f.key] < 2:
            continue
        # (said at a line that raised: one diagnosis per line, whatever words a hidden test would keep)
        key = (f.relation, f.plain + "\0" + f.claim if f.claim.endswith(":raised") else f.plain)
        if key in diagnoses:
            diagnoses[key].outputs.append(output)
            if f.message != diagnoses[key].message:
                quoted_apart.add(key)
        else:
            diagnoses[key] = Diagnosis(outputs=[output], relation=f.relation, message=f.message, hidden_message=f.plain)
    for key in quoted_apart:  # the first output's numbers: true of it, not of the others
        d = diagnoses[key]
        d.message += f" (the values quoted are those of {d.outputs[0]}; the others show it with values of their own)"
    return list(diagnoses.values())
