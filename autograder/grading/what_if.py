"""What the solution returns when one of a call's settings is changed: a diagnosis by counterfactual.

A student's wrong output is often the right function of slightly different inputs: the kernel
flipped (a true convolution), the stride or the groups ignored (as if they were 1), test mode
computed as train mode, p where 1 - p is meant, the bias left out (as if it were 0). When no
relation between the output and the expected one fits (relations.py), the call that produced the
output is re-run on the solution once per such variation of one argument; when the solution's
output under a variation equals the student's (within the check's tolerance) and differs from
the expected one, the variation is said: "yours is what conv_forward_naive() returns with w
flipped along its last two axes".

Only trusted code runs here (the solution, in the grading process), on deep copies of the
arguments the test passed, within a time budget. Evidence rules: an output of zeros, or a lone
0 or 1, says nothing (many variations give it); the first variation that fits is said.
"""
from __future__ import annotations

import copy
import inspect
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import numpy as np

from autograder.grading.budget import cpu_s
from autograder.grading.relations import Finding, agree, close, numeric
from autograder.results import Tolerance
from autograder.sandbox import wire
from autograder.sandbox.locals_trace import state_of


class SettingsRead(NamedTuple):
    """What a student's function does with its settings (departure.settings_read)."""

    names: set[str]  # the names it reads
    keys_read: set[str]  # the keys of dict settings it reads before storing them (the value given is used)
    keys_stored: set[str]  # ... and those it stores a value under (config["t"] = t, update(t=t), {"t": t})
    # the keys it reads into a local it never uses (`s = pool_param["stride"]`, s read nowhere): key -> that local
    unused: dict[str, str] = {}
    # the keys the correct code stores (state: config["t"]), where known: only those are said to be "never stored back"
    state_keys: frozenset[str] | None = None


# Settings that take one of a few words: the others of the group are what a slip gives.
CHOICES: tuple[frozenset[str], ...] = (
    frozenset({"train", "test"}), frozenset({"fan_in", "fan_out", "fan_avg"}),
    frozenset({"relu", "tanh", "sigmoid", "linear", "leaky_relu"}), frozenset({"mean", "sum"}),
    frozenset({"max", "avg", "average"}), frozenset({"normal", "uniform"}),
    frozenset({"mean_image", "standardize", "per_channel"}),
)


@dataclass(frozen=True)
class Variation:
    """One argument (or one entry of a dict argument) changed the same way in every call: how the
    change is said (with and without numbers), and the change."""

    what: str  # "stride were 1"
    plain: str  # "stride were one"
    hint: str  # what such code usually does wrong
    param: str
    key: str | int | None  # the entry of a dict argument, the item of a tuple one (a cache), or None
    change: Callable[[Any], Any]  # old value -> new value
    rank: int = 0  # 0: a setting ignored or mixed up; 1: off by one, reordered (a lone number fits those by chance);
    # 2: a count read as a size (d // k) where the output is one number, which many settings give
    word: str | None = None  # a word setting's new word ('train' for mode 'test')
    shown: str = ""  # a value read off the call the change was made from, said after what: "(32)"

    @property
    def said(self) -> str:
        """what, with the value it shows."""
        return f"{self.what} {self.shown}" if self.shown else self.what

    def apply_in_place(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The change made in a call of a whole run: a dict setting set in the caller's dict itself (so
        that the dict read after the call, or passed to the next one, holds it), added if the call does
        not set it yet (its default); else as apply() makes it, or the arguments as they are."""
        value = arguments.get(self.param)
        if isinstance(value, dict) and isinstance(self.key, str):
            value[self.key] = self.change(value.get(self.key))
            return arguments
        return self.apply(arguments) or arguments

    def apply(self, arguments: dict[str, Any]) -> dict[str, Any] | None:
        """The arguments with this change made; None when the call lacks what it changes, or holds it in
        another form (a kernel size given as a pair in one call, as a number in the next)."""
        try:
            return self._apply(arguments)
        except (TypeError, ValueError, IndexError, KeyError):
            return None

    def _apply(self, arguments: dict[str, Any]) -> dict[str, Any] | None:
        if self.param not in arguments:
            return None
        value = arguments[self.param]
        if self.key is None:
            return arguments | {self.param: self.change(value)}
        if isinstance(value, dict) and self.key in value:
            return arguments | {self.param: value | {self.key: self.change(value[self.key])}}
        if isinstance(value, (tuple, list)) and isinstance(self.key, int) and self.key < len(value):
            items = list(value)
            items[self.key] = self.change(items[self.key])
            return arguments | {self.param: type(value)(items)}
        return None


# (old -> new, what, plain, hint) and, where the change shows a value read off the call, that value ("(32)")
Change = tuple[Callable[[Any], Any], str, str, str] | tuple[Callable[[Any], Any], str, str, str, str]
COUNT_FOR_SIZE = "the size of each part (a dimension //"  # the hint of _count_for_size's changes
ENTRY_PER_PART = "each entry of that dimension is a part"  # ... and of its parts of one entry
COINCIDENTAL = ("off by one", "wrong order", "mixed up (e.g. (out, in)")  # hints of the rank-1 changes
ONE_FOR_ANOTHER = "is used where another is meant"  # ... and one entry read for another: rank 1 for a lone number
# (up to 30 such changes of a few numbers: one fits a lone count by chance)
# the hint of an input scaled: said only where the output is no multiple of the expected one (then the factor is a
# relation of the outputs, and a function linear in the input gives it from a factor anywhere)
INSIDE = "inside a function of it"
MANY_WRONG_VALUES = 3  # distinct wrong values one coincidental change must give for it to be said on its own


def _number(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_)) \
        and bool(np.isfinite(v))


def _scalar_changes(name: str, v: Any, written: tuple[float, ...] = ()) -> Iterator[Change]:
    """The changes of one setting: a number, a word, a flag; a fraction also to each fraction written in the
    student's function (a hard-coded 1e-3 where the argument lr is to be used)."""
    if isinstance(v, (bool, np.bool_)):
        yield (lambda x, new=not v: new, f"{name} were {not v}", f"{name} were {not v}", f"the value of {name} is not "
               "used")
    elif isinstance(v, str):
        for group in CHOICES:
            if v in group:
                for other in sorted(group - {v}):
                    yield (lambda x, o=other: o, f"{name} were '{other}'", f"{name} were '{other}'",
                           f"the branch for {name} = '{v}' computes what '{other}' asks for: is {name} read?")
    elif _number(v):
        kind = type(v)
        if v != 0:
            yield (lambda x: kind(0), f"{name} were 0", f"{name} were zero", f"{name} is left out of the computation")
        if v != 1:
            yield (lambda x: kind(1), f"{name} were 1", f"{name} were one", f"{name} is ignored (used as if it were "
                   "one)")
        if 0 < v < 1:
            # set to 1 - v (not x -> 1 - x): the change made in every call of a run keeps it, a state's config too
            yield (lambda x, new=kind(1 - v): new, f"{name} were 1 - {name} = {1 - v:.4g}",
                   f"{name} were one minus {name}",
                   f"{name} and one minus {name} are mixed up (a keep probability read as a drop probability?)")
            if v != 0.5:
                yield (lambda x: kind(0.5), f"{name} were 0.5", f"{name} were one half", f"{name} is not used: an even "
                       "chance in its place (a fair coin)?")
        if isinstance(v, (float, np.floating)):
            for number in written:
                if number != v and number not in (0.0, 1.0, 0.5, 1 - v):
                    yield (lambda x, n=number: kind(n), f"{name} were {number!r} (a number written in your code)",
                           f"{name} were a number written in your code",
                           f"a number written in your code is used where {name} is to be read")
        if isinstance(v, (int, np.integer)):
            for d, word in ((-1, "one less"), (1, "one more")):
                yield (lambda x, d=d: x + d, f"{name} were {word} than given", f"{name} were {word} than given",
                       f"{name} is off by one where it is used (counted from one instead of zero, or the reverse?)")


def _array_changes(name: str, a: np.ndarray) -> Iterator[Change]:
    if a.dtype.kind in "iu" and a.ndim == 1 and a.size >= 2 and np.any(a != a[0]):  # labels, classes, indices
        yield (lambda x: np.full_like(x, x[0]), f"every entry of {name} were its first, {name}[0]", f"every entry of "
               f"{name} were its first", f"one entry of {name} (the first example's) is used for every example: "
               f"index with each example's own {name}[n]")
    if a.dtype.kind != "f" or a.size < 2:
        return
    if a.ndim >= 2 and min(a.shape[-2:]) >= 2:
        yield (lambda x: np.ascontiguousarray(np.flip(x, axis=(-2, -1))), f"{name} were flipped along its last two "
               "axes (rotated by 180 degrees)", f"{name} were flipped along its last two axes", "a kernel flipped: a "
               "convolution in the mathematical sense, where the layers of a network compute a cross-correlation "
               "(no flip)")
    if a.ndim == 2 and a.shape[0] == a.shape[1]:
        yield (lambda x: x.T.copy(), f"{name} were transposed", f"{name} were transposed", "a transpose too many or "
               "missing")
    if a.ndim == 1:
        yield (np.zeros_like, f"{name} were all zeros", f"{name} were all zeros", f"{name} is not added (or not "
               "used)")
    nonzero = a[a != 0]
    if nonzero.size and a.size > nonzero.size and np.all(nonzero == nonzero[0]):  # a mask, maybe scaled
        yield (np.ones_like, f"{name} were all ones", f"{name} were all ones", f"the mask {name} is not applied")
    yield (np.negative, f"{name} were negated", f"{name} were negated", f"a sign is flipped where {name} is used")
    # a factor 2 inside a nonlinearity (tanh(x) = 2 * sigmoid(2 * x) - 1 written with sigmoid(x)): outside one a
    # factor is a relation of the outputs, said before any setting is changed
    yield (lambda x: x / 2, f"{name} were halved", f"{name} were halved", f"a factor 2 missing where {name} is used "
           f"({INSIDE}: e.g. sigmoid(2 * x))")
    yield (lambda x: x * 2, f"{name} were doubled", f"{name} were doubled", f"a factor 2 too many where {name} is "
           f"used ({INSIDE})")


def _sequence_changes(name: str, s: list | tuple) -> Iterator[Change]:
    if len(s) < 2 or not all(_number(x) for x in s):
        return
    if any(x != 1 for x in s):
        yield (lambda x: type(x)(type(i)(1) for i in x), f"every entry of {name} were 1", f"every entry of {name} "
               "were one", f"{name} is ignored (every entry used as if it were one)")
    if s[0] != s[1]:
        yield (lambda x: type(x)([x[1], x[0], *x[2:]]), f"the first two entries of {name} were swapped",
               f"the first two entries of {name} were swapped", f"the first two entries of {name} are mixed up (e.g. "
               "(out, in) read as (in, out))")
    if len(s) > 2 and list(s) != list(reversed(s)):
        yield (lambda x: type(x)(reversed(x)), f"{name} were in reverse order", f"{name} were in reverse order",
               f"{name} is read in the wrong order")
    if len(s) <= 6:  # one entry read for another (a kernel's height for its width: square kernels assumed)
        for i, j in itertools.permutations(range(len(s)), 2):
            if s[i] != s[j]:
                yield (lambda x, i=i, j=j: type(x)(x[j] if k == i else v for k, v in enumerate(x)),
                       f"{name}[{i}] were {name}[{j}]", f"one entry of {name} were another",
                       f"one entry of {name} {ONE_FOR_ANOTHER}", f"({s[j]})")


SCALES, SHIFTS = ("gamma", "scale"), ("beta", "shift")


def _affine_left_out(arguments: dict[str, Any]) -> Iterator[Variation]:
    """A normalization's learned scale and shift left out together (gamma = 1 and beta = 0)."""
    scale = next((p for p in SCALES if isinstance(arguments.get(p), np.ndarray)), None)
    shift = next((p for p in SHIFTS if isinstance(arguments.get(p), np.ndarray)), None)
    if scale is None or shift is None:
        return
    both = f"{scale} were all ones and {shift} all zeros"
    yield _Both(both, both, f"{scale} and {shift} are not applied (out = {scale} * x_hat + {shift})", scale, None,
                np.ones_like, rank=0, second=shift, second_change=np.zeros_like)


@dataclass(frozen=True)
class _Both(Variation):
    """Two arguments changed together."""

    second: str = ""
    second_change: Callable[[Any], Any] = lambda x: x

    def apply(self, arguments: dict[str, Any]) -> dict[str, Any] | None:
        first = super().apply(arguments)
        if first is None or self.second not in first:
            return None
        return first | {self.second: self.second_change(first[self.second])}


@dataclass(frozen=True)
class _Swapped(Variation):
    """Two entries of a dict argument given each other's values (beta1 and beta2 mixed up)."""

    other: str = ""
    values: tuple[Any, Any] = (None, None)

    def apply(self, arguments: dict[str, Any]) -> dict[str, Any] | None:
        value = arguments.get(self.param)
        if not isinstance(value, dict):
            return None
        return arguments | {self.param: value | {self.key: self.values[1], self.other: self.values[0]}}

    def apply_in_place(self, arguments: dict[str, Any]) -> dict[str, Any]:
        value = arguments.get(self.param)
        if isinstance(value, dict) and isinstance(self.key, str):
            value[self.key], value[self.other] = self.values[1], self.values[0]
        return arguments


DECAYS = (0.9, 0.99, 0.999)  # the values a decay rate usually takes: a default written as another of them
STEP_SIZES = (1e-1, 1e-2, 1e-3, 1e-4)  # ... and a learning rate: a default used in place of the one given


def _dict_changes(param: str, value: dict) -> Iterator[Variation]:
    """Two decay-like entries (numbers in (0, 1)) swapped; a decay-like entry set to another usual decay; a learning
    rate set to a usual default (the one given not read); a whole-number entry set to another's value (a stride
    taken to be the pool's size)."""
    decays = [k for k, v in value.items() if isinstance(k, str) and _number(v) and 0 < v < 1]
    counts = [k for k, v in value.items() if isinstance(k, str) and isinstance(v, (int, np.integer))
              and not isinstance(v, (bool, np.bool_)) and v > 0]
    for a in counts:  # one whole-number setting taken for another (a stride taken to be the pool's size)
        others: dict[int, list[str]] = {}  # the other settings by value: two of one value are one variation
        for b in counts:
            if a != b and value[a] != value[b]:
                others.setdefault(int(value[b]), []).append(b)
        for number, names in others.items():
            said = " or ".join(f"{param}['{b}']" for b in names)
            words = " or ".join(names)
            yield Variation(f"{param}['{a}'] were {said} = {number}", f"{param}['{a}'] were {said}",
                            f"{a} is not used: {words} in its place (or the code holds only where they are equal)",
                            param, a, lambda x, number=number: number, 0)
    for i, a in enumerate(decays):
        for b in decays[i + 1:]:
            if value[a] != value[b]:
                what = f"{param}['{a}'] and {param}['{b}'] were swapped"
                yield _Swapped(what, what, f"{a} and {b} are mixed up", param, a, lambda x: x, other=b,
                               values=(value[a], value[b]))
        for d in STEP_SIZES:
            if d != value[a] and value[a] <= 0.5 and any(w in a.lower() for w in ("learning", "lr", "step")):
                what = f"{param}['{a}'] were {d}"
                yield Variation(what, f"{param}['{a}'] were another value", f"the {a} given is not the one used (a "
                                "default used in its place: is it read under another name, or written in?)", param, a,
                                lambda x, d=d: d, 0)
        for d in DECAYS:
            if d != value[a] and value[a] > 0.5:
                what = f"{param}['{a}'] were {d}"
                yield Variation(what, f"{param}['{a}'] were another usual decay", f"{a} is not the value asked for "
                                "(a default written with another decay?)", param, a, lambda x, d=d: d, 0)


def _variation(param: str, key: str | int | None, old: Any, made: Change) -> Variation:
    """One of the changes the *_changes functions list, of the argument param (its entry key), now old."""
    change, what, plain, hint, *shown = made
    rank = 1 if any(h in hint for h in COINCIDENTAL) else 0
    return Variation(what, plain, hint, param, key, change, rank, change(old) if isinstance(old, str) else None,
                     shown[0] if shown else "")


def _count_for_size(arguments: dict[str, Any]) -> Iterator[Variation]:
    """A whole-number setting k that divides an input's dimension d, as d // k: a count of parts (groups,
    heads) and the size of each part mixed up; or as d itself: parts of one entry each (group norm's
    statistics per channel, instance norm's, where groups of d // k channels are asked for)."""
    dims = sorted({d for v in arguments.values() if isinstance(v, np.ndarray) for d in v.shape if d >= 2})
    for param, k in arguments.items():
        if not isinstance(k, (int, np.integer)) or isinstance(k, (bool, np.bool_)) or k < 2:
            continue
        for d in dims:
            if d % k == 0 and d // k not in (1, k):
                size = d // k
                yield Variation(f"{param} were {size} = {d} // {param}", f"{param} were the size of each part "
                                f"instead of the number of parts", f"the number of parts ({param}) and the size of "
                                f"each part (a dimension // {param}) are mixed up", param, None,
                                lambda x, size=size: type(x)(size))
        for d in dims:
            if d % k == 0 and d > k:
                yield Variation(f"{param} were {d}, the size of the dimension it divides",
                                f"{param} were the size of the dimension it divides",
                                f"{ENTRY_PER_PART} of its own: what is computed for each of the {param} parts is "
                                f"computed for each single entry (each channel on its own), not over parts of "
                                f"(the dimension // {param}) entries each", param, None, lambda x, d=d: type(x)(d))


def _paired_by_position(arguments: dict[str, Any]) -> Iterator[Variation]:
    """Two dict arguments with the same keys listed in another order (params and grads): the second's values taken
    in the first's order, by position (zip(params.values(), grads.values())), where each is to be looked up by
    its name."""
    dicts = [(p, v) for p, v in arguments.items() if isinstance(v, dict) and len(v) >= 2]
    for i, (first, a) in enumerate(dicts):
        for second, b in dicts[i + 1:]:
            if set(a) != set(b) or list(a) == list(b):
                continue
            yield Variation(f"the entries of {second} were paired with those of {first} by position",
                            f"the entries of {second} were paired with those of {first} by position",
                            f"{second} is matched to {first} by the order of their keys (a zip of their .values() "
                            f"or .items()), not by name: look each one up by its key, {second}[name]", second, None,
                            lambda value, keys=tuple(a): dict(zip(keys, value.values())))


def variations(arguments: dict[str, Any], written: tuple[float, ...] = ()) -> Iterator[Variation]:
    """Each way of changing one argument (or one entry of a dict argument) that a typical slip amounts
    to, read off one call's arguments: the settings first, then the arrays, smallest first (a kernel
    before the input it slides over: flipping a kernel that covers its whole input gives what flipping
    the input gives). written: the fractions written in the student's function, tried for its numbers."""
    yield from _affine_left_out(arguments)
    yield from _count_for_size(arguments)
    yield from _paired_by_position(arguments)
    arrays = sorted((p for p, v in arguments.items() if isinstance(v, np.ndarray)), key=lambda p: arguments[p].size)
    for param in [p for p in arguments if p not in arrays] + arrays:
        value = arguments[param]
        if isinstance(value, dict):
            yield from _dict_changes(param, value)
            for key, item in value.items():
                if isinstance(key, str) and key not in ("seed", "rng"):
                    name = f"{param}['{key}']"
                    entry = _array_changes(name, item) if isinstance(item, np.ndarray) else \
                        _scalar_changes(name, item, written)
                    yield from (_variation(param, key, item, made) for made in entry)
            continue
        if isinstance(value, (tuple, list)) and not all(_number(x) for x in value):
            for i, item in enumerate(value[:8]):  # a cache: its arrays, one at a time
                if isinstance(item, np.ndarray):
                    yield from (_variation(param, i, item, made) for made in _array_changes(f"{param}[{i}]", item))
            continue
        changes = (_array_changes(param, value) if isinstance(value, np.ndarray) else
                   _sequence_changes(param, value) if isinstance(value, (list, tuple)) else
                   _scalar_changes(param, value, written))
        yield from (_variation(param, None, value, made) for made in changes)


def callable_with(fn: Callable, arguments: dict[str, Any]) -> bool:
    """fn can be called again with these arguments by name (no *args, no **kwargs)."""
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) for p in parameters) and \
        set(arguments) <= {p.name for p in parameters}


def call_on(fn: Callable, arguments: dict[str, Any]) -> Any:
    """fn called on a copy of one recorded call's arguments (handles built back into values)."""
    return call_with_state(fn, arguments)[0]


def call_with_state(fn: Callable, arguments: dict[str, Any]) -> tuple[Any, list[dict[str, Any] | None]]:
    """fn called as call_on calls it: (what it returned, each argument's state after it, by position:
    locals_trace.state_of), as a traced call asked for its state gives them. The copy is the call's own: what
    it leaves in a dict needs no copy of its own."""
    args = {k: wire.built(v) for k, v in copy.deepcopy(arguments).items()}
    with np.errstate(all="ignore"):
        value = fn(**args)
    return value, [state_of(v) for v in args.values()]


@dataclass(frozen=True)
class Case:
    """Calls of the function and what they should give: one call, or the steps of a schedule whose
    returns make up one checked output."""

    calls: list[dict[str, Any]]  # the arguments of each call
    read: Callable[[list[Any]], Any]  # what the calls returned -> the checked output
    value: Any  # the output to reproduce: the student's (failing) or the expected one (passing)
    tolerance: Tolerance

    def under(self, fn: Callable, variation: Variation) -> np.ndarray | None:
        """The output with the variation made in every call; None when it does not apply or the solution
        rejects it."""
        changed = [variation.apply(arguments) for arguments in self.calls]
        if any(c is None for c in changed):
            return None
        try:
            return numeric(self.read([call_on(fn, arguments) for arguments in changed if arguments is not None]))
        except Exception:  # noqa: BLE001 - a variation the solution rejects tells nothing
            return None

    def run(self, fn: Callable) -> np.ndarray | None:
        """The output fn gives on these calls (fn another version of the function: a mutant); None if it raises."""
        try:
            return numeric(self.read([call_on(fn, arguments) for arguments in self.calls]))
        except Exception:  # noqa: BLE001 - a version that raises here does not give the output
            return None

    def holds(self, value: np.ndarray | None) -> bool:
        return value is not None and agree(value, self.value, self.tolerance)


NONSENSE = "__not_a_setting__"


def words_used(fn: Callable, cases: list[Case], variation: Variation) -> set[str]:
    """The words a setting takes in the test's calls and as the function's default: real choices."""
    words: set[str] = set()
    for case in cases:
        for arguments in case.calls:
            value = arguments.get(variation.param)
            if isinstance(value, dict) and variation.key is not None:
                value = value.get(variation.key)
            if isinstance(value, str):
                words.add(value)
    try:
        default = inspect.signature(fn).parameters[variation.param].default
    except (TypeError, ValueError, KeyError):
        default = None
    if isinstance(default, str):
        words.add(default)
    return words


def _tells_apart(fn: Callable, case: Case, variation: Variation, words: set[str]) -> bool:
    """A word setting is a real choice of the solution's: a word the test or the function's default
    uses, or one the solution raises for or answers differently from a word it does not know (a
    solution that takes any unknown word as its default would make 'mode were X' say nothing)."""
    if variation.word is None or variation.word in words:
        return True
    nonsense = Variation("", "", "", variation.param, variation.key, lambda x: NONSENSE)
    chosen, unknown = case.under(fn, variation), case.under(fn, nonsense)
    return unknown is None or chosen is None or unknown.shape != chosen.shape or \
        not agree(unknown, chosen, case.tolerance)


def what_if(function: str, fn: Callable, failing: Case, expected: Any, passing: list[Case] = (),
            budget_s: float = 1.0, read: SettingsRead | None = None, written: tuple[float, ...] = (),
            fits_out: list[Variation] | None = None) -> Finding | None:
    """The first variation of the failing case's calls whose output equals the student's (failing.value)
    and not the expected one, and that leaves every passing case of the same function as it is (the
    student's function behaves that way on all the test's calls, not by coincidence on one), said as a
    Finding; else None.

    function: the name the student knows fn by; passing: other outputs of the test made by fn, each with the
    value the student's code gave (the expected one where it passed); read: what the student's function reads
    (departure.settings_read); fits_out: given, the variations that fit are added to it.
    """
    g = numeric(failing.value)
    if g is None or not g.size or np.all(g == 0) or (g.size == 1 and float(g.ravel()[0]) in (0.0, 1.0)):
        return None
    cases = [failing, *passing]
    if not failing.calls or not all(callable_with(fn, arguments) for case in cases for arguments in case.calls):
        return None
    deadline = cpu_s() + budget_s
    fits: list[Variation] = []
    gaps: list[float] = []  # ... and how loosely each fits (fit_gap)
    # a count read as a size fits a lone number (a stop epoch) as any other setting of that value does: tried last
    tried = [replace(v, rank=2) if g.size == 1 and (COUNT_FOR_SIZE in v.hint or ENTRY_PER_PART in v.hint) else
             replace(v, rank=max(v.rank, 1)) if g.size == 1 and ONE_FOR_ANOTHER in v.hint else v
             for v in variations(failing.calls[0], written)]
    for variation in sorted(tried, key=lambda v: v.rank):  # stable: listed order within a rank
        if cpu_s() > deadline or (fits and variation.rank > fits[0].rank):
            break
        varied = failing.under(fn, variation)
        if not explains(varied, failing.value, expected, failing.tolerance):
            continue
        if degenerate_apart(varied, g):
            continue  # (a rate of 0.011 is no rate of 0 that a loose, statistical tolerance lets pass)
        if INSIDE in variation.hint and _a_multiple(varied, expected, failing.tolerance):
            continue
        if not all(case.holds(case.under(fn, variation)) for case in passing):
            continue  # the student's passing outputs are not what this variation gives: a coincidence
        if not _tells_apart(fn, failing, variation, words_used(fn, cases, variation)):
            continue
        fits.append(variation)
        gaps.append(fit_gap(varied, g, expected))
    fits = tight_fits(fits, gaps)
    if fits_out is not None:
        fits_out += fits
    return as_if(function, fits, read, many=_many_wrong_values(g, expected, failing.tolerance))


def degenerate_apart(varied: np.ndarray | None, got: np.ndarray) -> bool:
    """A lone number the variation makes exactly 0 or 1 (a rate with p set to 0 or 1: no draw is made), where the
    student's is not that number: what a statistic's loose tolerance lets agree is still another number."""
    return varied is not None and varied.size == 1 and got.size == 1 and float(varied.ravel()[0]) in (0.0, 1.0) \
        and not np.isclose(float(got.ravel()[0]), float(varied.ravel()[0]), rtol=1e-9, atol=1e-12)


# how far the student's output may sit from a variation's, as a share of how far that variation moves the expected
# output, for the variation to explain it where others fit too: a statistic's loose tolerance lets several settings
# agree with one output, which none of them gives (a lone one may sit further: another stream's draws of it)
LOOSE_FIT_SHARE = 0.1


def fit_gap(varied: np.ndarray | None, got: np.ndarray, expected: Any) -> float:
    """How loosely the variation's output agrees with the student's: their largest difference as a share of the
    largest difference between the variation's output and the expected one (0: as close as can be told). A statistic's
    tolerance (shares of draws within 0.05) lets "high were 1", "0.9" and "0.5" all agree with draws that no one of
    them gives; an output the variation makes (the same values, or the same draws) sits far closer to it."""
    e = numeric(expected)
    if varied is None or e is None or varied.shape != got.shape or e.shape != got.shape:
        return 0.0
    with np.errstate(all="ignore"):
        apart = np.abs(varied.astype(float) - got.astype(float))
        moved = np.abs(varied.astype(float) - e.astype(float))
    finite = np.isfinite(apart) & np.isfinite(moved)
    if not finite.any() or not np.any(moved[finite]):
        return 0.0
    return float(apart[finite].max()) / float(moved[finite].max())


def tight_fits(fits: list[Variation], gaps: list[float]) -> list[Variation]:
    """The fits that explain the output: where several fit, those that fit only loosely (a gap over LOOSE_FIT_SHARE)
    are dropped, the tolerance telling them not apart; a lone fit stands (the student's own draws of that setting,
    from another stream, sit within their noise of it)."""
    if len(fits) <= 1:
        return fits
    return [v for v, gap in zip(fits, gaps, strict=True) if gap <= LOOSE_FIT_SHARE]


def _many_wrong_values(got: np.ndarray, expected: Any, tol: Tolerance) -> bool:
    """Whether the student's output holds MANY_WRONG_VALUES or more distinct values that the expected output does
    not (a schedule wrong at every step): a change that gives each of them is no coincidence."""
    e = numeric(expected)
    if e is None or e.shape != got.shape:
        return False
    return np.unique(got[~close(got, e, tol)]).size >= MANY_WRONG_VALUES


def _a_multiple(value: np.ndarray, expected: Any, tol: Tolerance) -> bool:
    """Whether value is one number times the expected output (least squares: the number that fits best)."""
    e = numeric(expected)
    if e is None or e.shape != value.shape or not np.any(e):
        return False
    with np.errstate(all="ignore"):
        factor = float(np.vdot(value.ravel(), e.ravel()) / np.vdot(e.ravel(), e.ravel()))
    return np.isfinite(factor) and agree(value, factor * e, tol)


def explains(value: np.ndarray | None, got: Any, expected: Any, tol: Tolerance) -> bool:
    """A variation's output explains the student's: it is the student's output, and not the expected one."""
    g = numeric(got)
    return value is not None and g is not None and value.shape == g.shape and not agree(value, expected, tol) \
        and agree(g, value, tol)


# ... and the one that says a number written in the code stands where the setting is to be read
NOT_READ_HINT = re.compile(r"a number written in your code is used where")
UNUSED_HINT = re.compile(r"ignored|left out|not used|not the one used|not added|not applied|is \w+ read\?")


def _as_read(v: Variation, read: SettingsRead | None) -> Variation:
    """v, its hint that the setting is ignored or left out made plain where the student's function reads it:
    a dict setting read and never stored back is state not kept (config['t'] read, t + 1 computed, and every
    call starts again from the value given); one read and stored, or an argument read, is undone by what it is
    combined with (config['rho'] read, yet the steps are those of rho = 1). A key stored before it is read is
    overwritten (the cache set to dw ** 2): the hint stands."""
    if read is None or not UNUSED_HINT.search(v.hint):
        return v
    setting = v.what.split(" were ")[0]
    if isinstance(v.key, str) and v.key in read.unused:
        return replace(v, hint=f"your code reads {setting} into `{read.unused[v.key]}` but never uses "
                               f"`{read.unused[v.key]}`")
    if isinstance(v.key, str) and v.key in read.keys_read and v.key not in read.keys_stored and \
            (read.state_keys is None or v.key in read.state_keys):
        return replace(v, hint=f"your code reads {setting} but never stores its new value back into {v.param}, "
                               "so each call starts again from the value it was given")
    if not ((isinstance(v.key, str) and v.key in read.keys_read) or (v.key is None and v.param in read.names)):
        return v
    return replace(v, hint=f"your code reads {setting}, yet its values are those the correct code gives with "
                           f"{setting} set so: look at what {setting} is combined with where it is used, and at the "
                           "order of the lines that use it")


def as_if(function: str, fits: list[Variation], read: SettingsRead | None = None, many: bool = False
          ) -> Finding | None:
    """The Finding that says the variations that fit (all of the best rank): two that explain the output
    equally are said together, neither chosen. An off-by-one or a reordering fits a lone number by
    chance: it is weak, said when another output shows it too, unless it gives `many` wrong values at once.
    read: what the student's function reads (departure.settings_read), so that a setting it reads is not said to
    be ignored."""
    fits = named_fits(fits, read)
    if not fits:
        return None
    fits = [_as_read(v, read) for v in fits]
    what = " or if ".join(v.said for v in fits[:3])
    plain = " or if ".join(v.plain for v in fits[:3])
    hint = "; or ".join(dict.fromkeys(v.hint for v in fits[:3]))  # two entries mixed up: one hint
    return Finding("as_if", f"yours is what the correct {function}() returns if {what}: {hint}",
                   f"yours is what the correct {function}() returns if {plain}: {hint}",
                   weak=fits[0].rank > 0 and not many,
                   claim=f"as if {plain}")


def structural(variation: Variation) -> bool:
    """A variation that says how code misreads a setting (one entry for another, a count for a size, off by one,
    two mixed up or in the wrong order, a factor, a sign, a transpose), which a test's values can give by chance;
    not one that says a setting is left out or ignored (UNUSED_HINT: set to 0 or 1, a flag flipped, another in its
    place), which points at where the setting is used whatever the inputs."""
    return not UNUSED_HINT.search(variation.hint)


def named_fits(fits: list[Variation], read: SettingsRead | None) -> list[Variation]:
    """The variations as_if says of those that fit: not a setting the student's function never reads said used
    otherwise (one entry of y used for every example, where y is read nowhere: the output matches by chance)."""
    if read is None:
        return fits
    return [v for v in fits if v.param in read.names or UNUSED_HINT.search(v.hint) or NOT_READ_HINT.search(v.hint)]


def with_variation(fn: Callable, variation: Variation, written: tuple[float, ...] = ()) -> Callable:
    """fn with the variation made anew on each call's own arguments (called by name, as call_on calls it), its
    signature kept: "gamma were 1 - gamma" sets 1 - gamma of the call it is given, not of the call it was read
    off. A call the variation cannot be made on raises LookupError (it tells nothing of the variation)."""
    def changed(**arguments: Any) -> Any:
        same = [v for v in variations(arguments, written) if (v.param, v.key, v.plain, v.hint) ==
                (variation.param, variation.key, variation.plain, variation.hint)]
        if len(same) > 1:  # (one entry of shape for another: the same words for each pair of entries)
            same = [v for v in same if v.what == variation.what]
        made = same[0].apply(arguments) if len(same) == 1 else None
        if made is None:
            raise LookupError(f"{variation.what} cannot be made on these arguments")
        return fn(**made)
    changed.__signature__ = inspect.signature(fn)  # type: ignore[attr-defined]
    return changed


def idempotent(variation: Variation, arguments: dict[str, Any]) -> bool:
    """Making the change twice gives what making it once does (a setting set to a value, not moved by
    one): the change can be made in every call of a run whose state carries it from call to call."""
    once = variation.apply(arguments)
    twice = variation.apply(once) if once is not None else None
    if once is None or twice is None:
        return False
    a, b = once[variation.param], twice[variation.param]
    if variation.key is not None:
        a, b = a[variation.key], b[variation.key]
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and np.array_equal(a, b)
    return bool(a == b)


SETTING_FACTORS = (10.0, 0.1)  # what the float settings are scaled by in other_inputs
NOISE = 0.1  # ... and the noise added to float arrays there, as a share of each array's spread


def other_inputs(arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """Ordinary inputs other than one call's, on which two functions that gave the same returns on it part if
    they compute otherwise: the call's float settings (numbers, and numbers in a dict argument) ten times and a
    tenth as large, then its float arrays with noise added (seeded). Whole numbers (sizes, counts, labels,
    masks) and the arrays inside tuples (a cache, whose parts must stay consistent) are left as they are."""
    def scaled(value: Any, factor: float) -> Any:
        if isinstance(value, (float, np.floating)) and not isinstance(value, bool) and value != 0:
            return type(value)(value * factor)
        if isinstance(value, dict):
            return {k: scaled(v, factor) if not isinstance(v, np.ndarray) else v for k, v in value.items()}
        return value

    rng = np.random.default_rng(0)

    def noised(value: Any) -> Any:
        a = numeric(value) if isinstance(value, (np.ndarray, list)) else None
        if a is None or not a.size or a.dtype.kind != "f" or not np.all(np.isfinite(a)) or \
                np.all(a == np.round(a)) or (isinstance(value, np.ndarray) and value.dtype.kind != "f"):
            return value
        moved = a + rng.normal(0.0, NOISE * (float(a.std()) or 1.0), a.shape)
        return moved.astype(value.dtype) if isinstance(value, np.ndarray) else moved.tolist()

    made = [{k: scaled(v, f) for k, v in arguments.items()} for f in SETTING_FACTORS]
    made.append({k: noised(v) for k, v in arguments.items()})
    return [m for m in made if any(not same_value(m[k], arguments[k]) for k in arguments)]


def other_sizes(arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """The call's whole-number settings (sizes, counts, strides: ints that are not flags, and lists of them), one
    at a time, one and two larger: where a function returns only whole numbers (a size, a count), two formulas that
    agree on the test's sizes part on these if they compute otherwise (3 + 2 * 2 = 2 * 4 - 1, but 3 + 4 * 2 is not
    4 * 4 - 1)."""
    def whole(value: Any) -> bool:
        return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_)) and value >= 0

    made = []
    for name, value in arguments.items():
        for step in (1, 2):
            if whole(value):
                made.append({**arguments, name: type(value)(value + step)})
            elif type(value) in (list, tuple) and value and all(whole(v) for v in value):  # (not a namedtuple)
                made.append({**arguments, name: type(value)(type(v)(v + step) for v in value)})
    return made


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape and \
            bool(np.array_equal(a, b, equal_nan=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    try:
        return bool(a == b)
    except (ValueError, TypeError):
        return a is b
