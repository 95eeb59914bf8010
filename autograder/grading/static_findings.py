"""What each slip read off a student's source says (static_slips.py finds them, in the syntax tree; diagnosis.py
says them where a check fails or an error was raised): one small function per slip, in the student's terms, and
the order in which a test's functions are read for them (SOURCE_SLIPS)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from autograder.grading.relations import Finding
from autograder.grading.static_slips import (
    accumulators_reset_in_loop,
    data_written_in_training_loop,
    flags_compared_with_text,
    flips_of_every_axis,
    identity_matrices_as_functions,
    indices_before_the_first,
    kept_across_calls,
    kernels_flipped_by_convolve,
    last_pass_values,
    lazy_iterators_made_arrays,
    maxima_for_a_maximum,
    optimizer_settings_by_position,
    optimizers_given_modules,
    pads_of_every_axis,
    parameters_reset_each_pass,
    searches_of_the_array_built,
    setdefaults_never_updated,
    shallow_copies_written,
    shapes_set_in_place,
    shuffled_loaders_zipped,
    slices_one_short,
    stateful_calls_repeated,
    statistics_after_rebinding,
    stops_that_do_not_leave,
    uncalled_methods,
    views_written,
    windows_with_stride_step,
    writes_overwritten_each_pass,
)


def method_not_called_finding(function: str, found: tuple[int, str, str]) -> Finding:
    """static_slips.uncalled_methods, said."""
    line, text, method = found
    return Finding("method_not_called", f"in {function}(), line {line}: `{text}` uses `{method}`, the "
                   f"method itself, not its value: the parentheses are missing (`{method}()`), so what is "
                   "stored or computed there is a function object, not a number.",
                   f"in {function}(), a line uses an array method without calling it (its parentheses "
                   "missing): a function object where a number is meant.")


def accumulator_reset_finding(function: str, found: tuple[int, str, str, int, str, int]) -> Finding:
    """static_slips.accumulators_reset_in_loop, said."""
    line, text, name, loop_line, header, adds = found
    return Finding("accumulator_reset_in_loop", f"in {function}(), line {line}: `{text}` starts `{name}` "
                   f"afresh inside the loop at line {loop_line} (`{header}`), which adds into it (line "
                   f"{adds}): every pass throws away what the passes before added, so the `{name}` your "
                   "code reads after the loop holds the last pass's part alone. Start it once, before "
                   "the loop.",
                   f"in {function}(), an accumulator is started afresh inside the loop that adds into it: "
                   "only the last pass's part is left after the loop; start it before the loop.")


def kept_across_calls_finding(function: str, kept: tuple[int, str, str]) -> Finding:
    """What static_slips.kept_across_calls found, said: what is kept, and what a later call then meets."""
    line, text, what = kept
    return Finding("kept_across_calls", f"in {function}(), line {line}: `{text}` keeps `{what}` from one call to the "
                   "next, outside the function's arguments: a later call, given other data (another seed, other "
                   "images, another number of channels or classes), finds and uses what an earlier call made. Make "
                   "it anew in every call (a local), and return or pass what must carry over.",
                   f"in {function}(), a line keeps a value from one call to the next (on the function itself, or in "
                   "a global): a later call uses what an earlier one made; make it anew in every call.")


def slice_one_short_finding(function: str, short: tuple[int, str, str]) -> Finding:
    """What static_slips.slices_one_short found, said."""
    line, text, sliced = short
    return Finding("slice_one_short", f"in {function}(), line {line}: `{text}` slices `{sliced}`, whose stop is "
                   "the last index meant to be taken, start + step * (n - 1): a slice's stop is excluded, so it takes "
                   "n - 1 entries, one short (the last row or column left out). Stop one past it: start + step * "
                   "(n - 1) + 1.",
                   f"in {function}(), a strided slice stops at the last index it means to take, which a slice "
                   "excludes: one entry short; stop one past it.")


def shape_set_in_place_finding(function: str, found: tuple[int, str, str]) -> Finding:
    """static_slips.shapes_set_in_place, said."""
    line, text, param = found
    return Finding("shape_set_in_place", f"in {function}(), line {line}: `{text}` reshapes the caller's "
                   f"`{param}` itself, in place: after the call the caller's array (and whatever keeps "
                   f"it, a cache) has the new shape, not the one it was given. Reshape a view instead: "
                   f"`{param} = {param}.reshape(...)`, or keep the original shape to restore it.",
                   f"in {function}(), a line sets the shape of an argument in place: the caller's array "
                   "changes shape; use .reshape(), which returns a new view.")


def view_written_finding(function: str, found: tuple[int, str, str, str, int, str]) -> Finding:
    """static_slips.views_written, said (another name for the argument, or a view of it)."""
    line, text, local, param, at, written = found
    what = "another name for" if re.fullmatch(rf"{local}\s*=\s*{param}", text.split("#")[0].strip()) \
        else "a view of"
    return Finding("view_written", f"in {function}(), line {line}: `{text}` makes `{local}` {what} "
                   f"`{param}`, not a copy: they share their memory, so line {at} (`{written}`) writes "
                   f"into the caller's `{param}` as well. Make a new one: `{local} = {param}.copy()` "
                   f"(or a new, empty dict or array of your own).",
                   f"in {function}(), a line takes a view of an argument where a copy is meant, and a "
                   "later line writes into it: the caller's array changes; copy it (.copy()).")


def data_written_finding(function: str, line: int, text: str, name: str, loop_line: int) -> Finding:
    """static_slips.data_written_in_training_loop's write, said."""
    return Finding("data_written_in_loop", f"in {function}(), line {line}: `{text}` writes into `{name}` itself, the "
                   f"data the training loop at line {loop_line} takes its batches from (an indexed read, "
                   f"`{name}[idx]`, makes a copy; an indexed write does not): what it writes stays in the data and "
                   "piles up from pass to pass, epoch after epoch. Write into a copy of the batch instead (`xb = "
                   f"{name}[idx].clone()`, then change and train on `xb`).",
                   f"in {function}(), a line in the training loop writes into the data the batches are taken from: "
                   "the changes pile up from pass to pass; change a copy of the batch.")


def lazy_iterator_finding(function: str, found: tuple[int, str, str]) -> Finding:
    """static_slips.lazy_iterators_made_arrays, said."""
    line, text, lazy = found
    return Finding("lazy_iterator_array", f"in {function}(), line {line}: `{text}` gives np.array "
                   f"{lazy}, which in Python 3 is a lazy iterator, not a list: NumPy makes of it a 0-d "
                   "array of dtype object holding the iterator itself, not its values. Make a list first "
                   "(`np.array(list(...))`), or compute the values with NumPy directly.",
                   f"in {function}(), a line gives np.array a lazy iterator (map, filter, a generator): "
                   "NumPy holds the iterator itself in a 0-d object array; make a list first.")


def flip_every_axis_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.flips_of_every_axis, said."""
    line, text = found
    return Finding("flip_every_axis", f"in {function}(), line {line}: `{text}` gives np.flip no axis, "
                   "and np.flip then reverses every axis of the array: the order of the images (or rows) "
                   "and of their channels, and their rows too, not only their columns. Name the axis to "
                   "reverse (`axis=-1` for left-right).",
                   f"in {function}(), np.flip is given no axis and so reverses every axis; name the axis "
                   "to reverse.")


def shallow_copy_written_finding(function: str, found: tuple[int, str, str, str, int, str]) -> Finding:
    """static_slips.shallow_copies_written, said."""
    line, text, local, param, at, written = found
    return Finding("view_written", f"in {function}(), line {line}: `{text}` copies the dict `{param}`, "
                   f"not the arrays in it: each item of `{local}` is the caller's array itself, so line "
                   f"{at} (`{written}`) writes into the caller's `{param}` as well. Make new arrays for it "
                   f"(`{local}[name] = ... + ...` from the values, not `*=` or `+=` on the copy's items), "
                   f"or copy each array: `{{k: v.copy() for k, v in {param}.items()}}`.",
                   f"in {function}(), a line copies a dict of arrays shallowly and a later line writes "
                   "into one of its arrays in place: the caller's arrays change; make new arrays.")


def stateful_call_repeated_finding(function: str, found: tuple[int, int, str, str, str]) -> Finding:
    """static_slips.stateful_calls_repeated, said."""
    first, second, text, state, callee = found
    where = f"line {first} calls `{text}` twice" if first == second else \
        f"lines {first} and {second} both call `{text}`"
    return Finding("stateful_call_repeated", f"in {function}(), {where}: "
                   f"{callee}() stores into `{state}` each time it runs (its running statistics, a step count), so "
                   f"every call of yours updates `{state}` twice, and what later calls read from it (test mode's "
                   f"statistics) is not what one update leaves. Call {callee}() once and take everything you need "
                   "from that one result (`out, cache = ...`).",
                   f"in {function}(), two lines make the same call of a function that updates state it is handed: "
                   "the state is updated twice a call; call it once and use its result twice.")


def setdefault_never_updates_finding(function: str, found: tuple[int, str, str, str]) -> Finding:
    """static_slips.setdefaults_never_updated, said."""
    line, text, where, key = found
    return Finding("setdefault_never_updates", f"in {function}(), line {line}: `{text}` stores the value "
                   f"only where {where} has no {key} yet: from the second call on, the value your code "
                   f"computes is never stored, and {where}[{key}] keeps the first. Assign it: "
                   f"`{where}[{key}] = ...`.",
                   f"in {function}(), a line writes state with setdefault, which stores only where the key "
                   "is missing: after the first call the new value is never stored; assign it.")


def last_pass_value_finding(function: str, found: tuple[int, str, str, int, str, int, str]) -> Finding:
    """static_slips.last_pass_values, said."""
    line, text, name, first, first_header, later, later_header = found
    kind = "loop" if later_header.startswith("for ") else "comprehension"
    return Finding("last_pass_value", f"in {function}(), line {line}: `{text}` sets `{name}` anew on every pass of "
                   f"the loop at line {first} (`{first_header}`), from that pass's item; the {kind} at line {later} "
                   f"(`{later_header}`) goes over the same items and reads `{name}` without setting it, so every pass "
                   f"of it reads the value of the first loop's last pass. Compute `{name}` inside the loop that reads "
                   "it.",
                   f"in {function}(), a value set on every pass of one loop is read in a later loop over the same "
                   "items: each pass of the later loop reads the first loop's last value; compute it where it is "
                   "read.")


def setting_by_position_finding(function: str, found: tuple[int, str, str, str, str, str]) -> Finding:
    """static_slips.optimizer_settings_by_position, said."""
    line, text, optimizer, parameter, given, default = found
    return Finding("setting_by_position", f"in {function}(), line {line}: `{text}` gives {given} by position where "
                   f"{optimizer}'s signature has `{parameter}`, a pair (default {default}): a number there is not a "
                   f"momentum or another setting of SGD's, and {optimizer} fails when it reads it. Give settings by "
                   f"name (`lr=...`, `{parameter}=...`), as each optimizer orders its parameters its own way.",
                   f"in {function}(), an optimizer is given a number by position where its signature has a pair "
                   "(betas): give its settings by name.")


def reset_each_pass_finding(function: str, found: tuple[int, str, str, int, str, int]) -> Finding:
    """static_slips.parameters_reset_each_pass, said."""
    line, text, name, loop_line, header, update = found
    return Finding("reset_each_pass", f"in {function}(), line {line}: `{text}` makes `{name}` afresh on every pass of "
                   f"the loop at line {loop_line} (`{header}`), and line {update} then updates it: each pass starts "
                   f"again from scratch, so after the loop `{name}` holds the last pass's work alone"
                   f"{' (one epoch of training where all of them are meant)' if 'epoch' in header else ''}. Make it "
                   "once, before the loop.",
                   f"in {function}(), a value the loop updates is made afresh on every pass of it: after the loop it "
                   "holds the last pass's work alone; make it once, before the loop.")


def dropout_as_keep_finding(function: str, found: tuple[int, str, float]) -> Finding:
    """static_slips.dropouts_as_keep, said where the training learned little."""
    line, text, p = found
    return Finding("dropout_as_keep", f"in {function}(), line {line}: `{text}` zeroes {p:.0%} of its inputs at every "
                   f"training step: torch's p is the probability of dropping an input, not of keeping it (the course's "
                   f"dropout, CS231n's, takes the keep probability). To keep {p:.0%}, give p={1 - p:.2g}.",
                   f"in {function}(), a dropout is given a large p: torch's p is the probability of dropping an input, "
                   "not of keeping it; give one minus the share to keep.")


def bound_under_condition_finding(function: str, name: str, found: list[tuple[int, int, str]]) -> Finding:
    """static_slips.bound_only_under_conditions, said beside Python's error about a local read before it was set."""
    bindings = "; ".join(f"line {line}, under `{test}` (line {at})" for line, at, test in found[:3])
    which = "a condition" if len(found) == 1 else "conditions"
    held = "it did not hold" if len(found) == 1 else "none of them held"
    return Finding("bound_under_condition", f"in {function}(), `{name}` is set only under {which} ({bindings}), "
                   f"and {held} on this call, so `{name}` was never set when a later line read it (hence the error "
                   f"about the local variable '{name}'). Set `{name}` on every path: an `else:` that sets it for the "
                   "case the condition leaves out, or a value set before the `if`.",
                   f"in {function}(), `{name}` is set only under a condition that did not hold on this call, so it "
                   "was never set when read; set it on every path (an else for the other case).")


def betas_reversed_finding(function: str, found: tuple[int, str, float, float]) -> Finding:
    """static_slips.betas_reversed, said where an accuracy fell short."""
    line, text, b1, b2 = found
    return Finding("betas_reversed", f"in {function}(), line {line}: `{text}` gives betas=({b1:g}, {b2:g}): beta1, the "
                   f"decay of the running mean of the gradients, is the larger, where Adam's are (0.9, 0.999): beta1 "
                   f"about 0.9 (a mean over the last ten or so steps) and beta2 about 0.999 (the squared gradients "
                   f"over about a thousand). Written the other way round, each step follows a mean of gradients "
                   f"long past and is scaled by a noisy estimate of their size. Give betas=({b2:g}, {b1:g}), or "
                   "leave Adam's default.",
                   f"in {function}(), Adam's betas are given the other way round (the larger first): use "
                   f"betas=({b2:g}, {b1:g}), or the default.")


def one_row_at_a_time_finding(function: str, found: tuple[int, str, str], torch_said: Finding) -> Finding:
    """static_slips.rows_iterated_one_by_one, said beside torch's error about a layer given one axis too few."""
    line, header, item = found
    return Finding("one_row_at_a_time", f"in {function}(), line {line}: `{header}` takes one row at a time: a loop "
                   f"over a tensor or array gives its rows without the batch axis, so `{item}` is one image (C, H, W), "
                   "not a batch (N, C, H, W). The convolutions take it as one unbatched image, and the layer that "
                   "needs the batch axis raises (hence the error). Keep the batch axis: loop over batches "
                   f"(X[perm].split(64)), or give one image as a batch of one ({item}.unsqueeze(0), or X[i:i + 1]).",
                   f"in {function}(), a loop over a tensor gives single rows without their batch axis: loop over "
                   "batches (split), or unsqueeze(0) one image.")


def batch_break_finding(function: str, found: tuple[int, str, int, int | None, bool, str, float],
                        trained: str) -> Finding:
    """static_slips.breaks_on_a_batch, said where an accuracy fell short and the training ended early (trained: what
    the training's record shows of it, "" where nothing)."""
    line, test, leave, count, whole, _, _ = found
    of = f", where its loop runs {count}" if count is not None else ""
    leaves = "leaves the training" if whole else "ends the pass over the batches"
    then = "" if whole else " (and every pass after it, at its own first easy batch)"
    return Finding("break_on_a_batch", f"in {function}(), line {line}: `{test}` {leaves} (line {leave}) the first "
                   f"time one mini-batch's value passes that threshold{then}"
                   f"{f': {trained}{of}' if trained else ''}. One batch's loss or accuracy is noisy, and an easy "
                   "batch passes it early, so the model stops undertrained. Train the passes through (or stop on a "
                   "validation set's accuracy, checked once a pass, not on a batch's).",
                   f"in {function}(), a test inside the loop over batches ends the training when one batch's loss "
                   "or accuracy passes a threshold: an easy batch stops it early; train the passes through.")


def pad_of_every_axis_finding(function: str, found: tuple[int, str, str, int]) -> Finding:
    """static_slips.pads_of_every_axis, said."""
    line, text, name, axes = found
    widths = ", ".join(["(0, 0)"] * (axes - 2) + ["(p, p)"] * 2)
    return Finding("pad_every_axis", f"in {function}(), line {line}: `{text}` pads every axis of `{name}`: given one "
                   f"width, np.pad pads all {axes} axes, the images and the channels too, so the padded array holds "
                   "extra all-zero images and channels and `padded[i]` is no longer image i padded. Give a width per "
                   f"axis, zero for the ones to keep: np.pad({name}, ({widths})).",
                   f"in {function}(), np.pad is given one width, which pads every axis (the images and channels "
                   "too); give a width per axis, zero for the batch and channels.")


def kernel_flipped_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.kernels_flipped_by_convolve, said."""
    line, text = found
    return Finding("convolve_flips_kernel", f"in {function}(), line {line}: `{text}` is a true convolution: it flips "
                   "the kernel along every axis it is given (the channels too, for a kernel of three axes) before "
                   "sliding it, where a CNN's layer slides its weights unflipped (a cross-correlation). Use "
                   "scipy.signal.correlate (correlate2d), or flip the kernel back along every axis first (np.flip(w)).",
                   f"in {function}(), a convolution from SciPy or NumPy flips the kernel, where a CNN's layer "
                   "slides it unflipped: use correlate, or flip the kernel back.")


def flag_compared_with_text_finding(function: str, found: tuple[int, str, str, bool, bool]) -> Finding:
    """static_slips.flags_compared_with_text, said."""
    line, text, flag, default, equal = found
    always = "False" if equal else "True"
    return Finding("flag_compared_with_text", f"in {function}(), line {line}: `{text}` compares `{flag}`, a flag "
                   f"(True or False: its default is {default}), with a string; a flag never equals a string, so the "
                   f"test is {always} on every call, whatever `{flag}` is given. Test the flag itself: `if {flag}:`.",
                   f"in {function}(), a True/False parameter is compared with a string, which it never equals: the "
                   "test comes out the same on every call; test the flag itself.")


def index_before_the_first_finding(function: str, found: tuple[int, str, str, int]) -> Finding:
    """static_slips.indices_before_the_first, said."""
    line, text, index, loop = found
    return Finding("index_wraps_to_last", f"in {function}(), line {line}: `{text}` inside the loop of line {loop}, "
                   f"whose `{index}` starts at 0: on the first pass `{index} - 1` is -1, which Python reads as the "
                   f"last entry, so the first pass takes the last entry and every later pass the one before its own "
                   f"(no error is raised where the entries have one shape). Index with `{index}` itself, or start "
                   "the loop at 1.",
                   f"in {function}(), an index `i - 1` in a loop whose i starts at 0 reads the last entry on the "
                   "first pass and the previous one after; index with i, or start at 1.")


# NumPy's einsum refusing sizes: the operands' shapes as given (its plain path), or the label and sizes (optimize)
EINSUM_REMAPPED = re.compile(r"remapped shapes \[original->remapped\]: ((?:\([\d, ]*\)->\([^)]*\) ?)+)")
EINSUM_LABEL = re.compile(r"Size of label '(\w)' for operand (\d+) \((\d+)\) does not match previous terms \((\d+)\)")


def _einsum_labels_met(subscripts: str, shapes: list[tuple[int, ...]]) -> dict[str, list[tuple[int, int, int]]]:
    """Each label of subscripts with where it stands: (operand, axis, that axis's size); {} where the operands'
    numbers of axes are not those of the subscripts (or they hold `...`)."""
    inputs = subscripts.split("->")[0].split(",")
    if "." in subscripts or len(inputs) != len(shapes) or any(len(i) != len(s) for i, s in zip(inputs, shapes)):
        return {}
    met: dict[str, list[tuple[int, int, int]]] = {}
    for k, (labels, shape) in enumerate(zip(inputs, shapes)):
        for axis, (label, size) in enumerate(zip(labels, shape)):
            met.setdefault(label, []).append((k, axis, size))
    return met


def _einsum_sizes_agree(subscripts: str, shapes: list[tuple[int, ...]]) -> bool:
    """Every label of subscripts stands for axes of one size in the operands of those shapes."""
    met = _einsum_labels_met(subscripts, shapes)
    return bool(met) and all(len({size for _, _, size in places}) == 1 for places in met.values())


def _ordinal(k: int) -> str:
    """0 -> "first", ... (an operand's place)."""
    return ("first", "second", "third", "fourth", "fifth")[k] if k < 5 else f"#{k + 1}"


def einsum_sizes_finding(function: str, message: str, calls: list[tuple[int, str, str]]) -> Finding | None:
    """An einsum error said with its call: the label that stands for axes of other sizes in two operands, and, where
    one operand's labels in another order fit every size, that order."""
    m = EINSUM_REMAPPED.search(message)
    if m is not None:
        shapes = [tuple(int(d) for d in re.findall(r"\d+", part)) for part in re.findall(r"\(([\d, ]*)\)->", m[1])]
        candidates = [(c, met) for c in calls if (met := _einsum_labels_met(c[2], shapes))]
    elif (m := EINSUM_LABEL.search(message)) is not None:
        candidates = [(c, {}) for c in calls if len(c[2].split("->")[0].split(",")) > int(m[2]) and
                      m[1] in c[2].split("->")[0].split(",")[int(m[2])]]
        shapes = []
    else:
        return None
    if len(candidates) != 1:
        return None
    (line, text, subscripts), met = candidates[0]
    inputs = subscripts.split("->")[0].split(",")
    if shapes:
        clash = next(((label, places) for label, places in met.items() if len({s for _, _, s in places}) > 1), None)
        if clash is None:
            return None
        label, places = clash
        (k1, a1, s1), (k2, a2, s2) = places[0], next(p for p in places if p[2] != places[0][2])
    else:
        label, k2, s2, s1 = m[1], int(m[2]), int(m[3]), int(m[4])
        k1 = next(k for k, labels in enumerate(inputs) if label in labels)
        if k1 == k2:  # (a label twice in one operand, a trace: no other operand to say)
            return None
        a1, a2 = inputs[k1].index(label), inputs[k2].index(label)
    text_of = f"label {label!r} stands for axis {a1} of the {_ordinal(k1)} operand (size {s1}) and axis {a2} of the " \
        f"{_ordinal(k2)} operand (size {s2})"
    reordered = ""
    if shapes:  # two labels of one operand swapped that fit every size, where only one such swap does
        swaps = {(k, tried) for k, labels in enumerate(inputs) for i in range(len(labels))
                 for j in range(i + 1, len(labels))
                 if (tried := labels[:i] + labels[j] + labels[i + 1:j] + labels[i] + labels[j + 1:]) != labels
                 and _einsum_sizes_agree(",".join(inputs[:k] + [tried] + inputs[k + 1:]), shapes)}
        if len(swaps) == 1:
            k, tried = swaps.pop()
            reordered = (f" The {_ordinal(k)} operand's labels as {tried!r} (for {inputs[k]!r}) fit every size: an "
                         "operand's labels name its axes in the order it has them; is that operand's order the "
                         "other one?")
    return Finding("einsum_sizes", f"in {function}(), line {line}: `{text}`: {text_of}. One label means one axis "
                   f"length in every operand, so einsum refuses the sizes.{reordered}",
                   f"in {function}(), an einsum label stands for axes of different sizes in two operands: its "
                   "letters name each operand's axes in order; check that order against the operand's shape.")


def overwritten_each_pass_finding(function: str, found: tuple[int, str, str, str, int]) -> Finding:
    """static_slips.writes_overwritten_each_pass, said."""
    line, text, array, index, loop = found
    return Finding("overwritten_each_pass", f"in {function}(), line {line}: `{text}` writes the same entries of "
                   f"`{array}` on every pass of the loop over `{index}` (line {loop}): its index does not depend on "
                   f"`{index}`, though the value does, so each pass replaces what the pass before wrote and only the "
                   f"last `{index}`'s share stays. Where the shares of every `{index}` (and of overlapping windows) "
                   "add up, accumulate them: `+=`.",
                   f"in {function}(), a write inside a loop sets the same entries on every pass, so only the last "
                   "pass's share stays; accumulate with +=.")


def optimizer_given_module_finding(function: str, found: tuple[int, str, str]) -> Finding:
    """static_slips.optimizers_given_modules, said."""
    line, text, module = found
    return Finding("optimizer_given_module", f"in {function}(), line {line}: `{text}` gives the optimizer the module "
                   f"`{module}` itself, where it takes the tensors it updates: pass `{module}.parameters()` (torch "
                   "then raises, or, for a module it can walk, finds modules where it wants tensors).",
                   f"in {function}(), the optimizer is given the model itself, not its parameters: pass "
                   "model.parameters().")


def shuffled_loaders_zipped_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.shuffled_loaders_zipped, said."""
    line, text = found
    return Finding("shuffled_loaders_zipped", f"in {function}(), line {line}: `{text}` zips DataLoaders that each "
                   "shuffle (shuffle=True) in an order of their own: each batch pairs rows of one with other rows of "
                   "the other (images with the labels of other images), so the model cannot learn what goes with "
                   "what. Batch them together: DataLoader(TensorDataset(X, y), batch_size=..., shuffle=True).",
                   f"in {function}(), DataLoaders that each shuffle in an order of their own are zipped: images are "
                   "paired with other images' labels; batch them together in one DataLoader of a TensorDataset.")


def identity_matrix_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.identity_matrices_as_functions, said."""
    line, name = found
    return Finding("identity_matrix_as_function", f"in {function}(), line {line}: `{name}` is used as the identity "
                   f"function, but {name}(n) builds the n x n identity matrix from a whole number n: applied to an "
                   "array it raises (only integer scalar arrays can be converted...). The identity function is "
                   "`lambda z: z`.",
                   f"in {function}(), np.identity is used as the identity function, but it builds an identity "
                   "matrix from a size; use lambda z: z.")


def stop_not_leaving_finding(function: str, found: tuple[int, str, tuple[str, ...], int]) -> Finding:
    """static_slips.stops_that_do_not_leave, said."""
    line, test, names, loop = found
    said = ", ".join(f"`{n}`" for n in names)
    return Finding("stop_does_not_leave", f"in {function}(), line {line}: `{test}` records the stop ({said}) but "
                   f"does not leave the loop of line {loop}: the passes after it run on, the test holds again at "
                   "each of them (or after a later improvement), and what it set is set again, so what you return is "
                   "the last time the patience ran out, not the first. Leave the loop there (`break`, or return).",
                   f"in {function}(), the early stop records the stop but the loop goes on, so later passes set it "
                   "again; break out of the loop when the patience runs out.")


def statistics_after_rebinding_finding(function: str, found: tuple[int, str, str, int]) -> Finding:
    """static_slips.statistics_after_rebinding, said."""
    line, text, name, rebound = found
    return Finding("statistics_after_rebinding", f"in {function}(), line {line}: `{text}` takes statistics of "
                   f"`{name}` after line {rebound} rebound `{name}` to itself normalized by its own: they are those of "
                   f"the normalized array now (about 0 for a mean it subtracted, about 1 for a spread it divided by), "
                   f"not of the data, so what they are "
                   f"applied to is hardly changed. Take the statistics once, before line {rebound} (mean = "
                   f"{name}.mean(axis=0), ...), and use them for both.",
                   f"in {function}(), statistics of an array are taken again after it was rebound to its normalized "
                   "self: they are about 0 and 1 now; take them once, before, and reuse them.")


def window_with_stride_step_finding(function: str, found: tuple[int, str, str, str]) -> Finding:
    """static_slips.windows_with_stride_step, said."""
    line, text, kernel, step = found
    return Finding("window_stride_step", f"in {function}(), line {line}: the slice `{text}` takes every "
                   f"{step}-th pixel over {kernel} * {step} of them: the window's taps are `{step}` apart (a dilated "
                   f"window), where a window is {kernel} adjacent pixels. The stride moves the window's start between "
                   f"outputs (i * {step}); inside it, slice start:start + {kernel} with no step (right only where "
                   f"{step} is 1, and at the border the strided slice comes out short).",
                   f"in {function}(), a window is sliced with the stride as its step: its taps are spread apart; "
                   "slice adjacent pixels, start:start + kernel size, and move the start by the stride.")


def search_of_the_array_built_finding(function: str, found: tuple[int, str, str, str]) -> Finding:
    """static_slips.searches_of_the_array_built, said."""
    line, text, array, model = found
    meant = f", where a window of `{model}` is meant" if model else ", not the input"
    return Finding("search_of_array_built", f"in {function}(), line {line}: `{text}` searches a window of `{array}`, "
                   f"the array this loop is building (zeros, or what earlier passes wrote){meant}: what it finds "
                   "there is then the first entry of a window of zeros, whatever the input holds. Cut the window "
                   "from the input whose values decide where the gradient goes.",
                   f"in {function}(), a window of the array being built (zeros so far) is searched, not one of the "
                   "input: cut the window from the input.")


def maximum_finding(function: str, found: tuple[int, str, str, bool]) -> Finding:
    """static_slips.maxima_for_a_maximum, said."""
    line, text, array, number_first = found
    reads = (f"it reads `{array}`, its second argument, as the axis to reduce over (hence an error: an axis is a "
             "whole number)" if number_first else
             f"it reads its second argument as an axis and returns the maximum of `{array}` along it (one number per "
             "column, the rows gone), not a ReLU")
    return Finding("max_for_maximum", f"in {function}(), line {line}: `{text}` is NumPy's reduction, np.max(a, axis), "
                   f"not the entrywise larger of two: {reads}. The entrywise maximum is np.maximum({array}, 0).",
                   f"in {function}(), np.max(a, axis) is a reduction over an axis, not the entrywise larger of two; "
                   "the entrywise maximum, a ReLU, is np.maximum(a, 0).")


def parameters_reordered_finding(function: str, mine: list[str], meant: list[str]) -> Finding:
    """The student's function takes the assignment's parameters in another order (diagnosis.parameters_reordered)."""
    moved = [f"`{name}` receives what is meant for `{other}`" for name, other in zip(mine, meant, strict=True)
             if name != other]
    return Finding("parameters_reordered", f"your {function}({', '.join(mine)}) takes its parameters in another "
                   f"order than the assignment's {function}({', '.join(meant)}): a call that passes them by position "
                   f"hands them on in the stub's order, so {', '.join(moved[:3])}{', ...' if len(moved) > 3 else ''}. "
                   "Keep the stub's order.",
                   f"your {function}() takes its parameters in another order than the assignment's: a call that "
                   "passes them by position hands some the arguments meant for others; keep the stub's order.")


# The slips read off a function's source wherever a check of it fails, in the order they are looked for: each
# finder (static_slips: (source, function) -> what it found, first first) with what says its first find.
SOURCE_SLIPS: tuple[tuple[Callable[[str, str], list[Any]], Callable[[str, Any], Finding]], ...] = (
    (uncalled_methods, method_not_called_finding),
    (accumulators_reset_in_loop, accumulator_reset_finding),
    (kept_across_calls, kept_across_calls_finding),
    (slices_one_short, slice_one_short_finding),
    (shapes_set_in_place, shape_set_in_place_finding),
    (views_written, view_written_finding),
    (data_written_in_training_loop, lambda function, written: data_written_finding(function, *written)),
    (lazy_iterators_made_arrays, lazy_iterator_finding),
    (flips_of_every_axis, flip_every_axis_finding),
    (shallow_copies_written, shallow_copy_written_finding),
    (setdefaults_never_updated, setdefault_never_updates_finding),
    (stateful_calls_repeated, stateful_call_repeated_finding),
    (last_pass_values, last_pass_value_finding),
    (optimizer_settings_by_position, setting_by_position_finding),
    (parameters_reset_each_pass, reset_each_pass_finding),
    (pads_of_every_axis, pad_of_every_axis_finding),
    (kernels_flipped_by_convolve, kernel_flipped_finding),
    (maxima_for_a_maximum, maximum_finding),
    (flags_compared_with_text, flag_compared_with_text_finding),
    (indices_before_the_first, index_before_the_first_finding),
    (writes_overwritten_each_pass, overwritten_each_pass_finding),
    (optimizers_given_modules, optimizer_given_module_finding),
    (shuffled_loaders_zipped, shuffled_loaders_zipped_finding),
    (identity_matrices_as_functions, identity_matrix_finding),
    (stops_that_do_not_leave, stop_not_leaving_finding),
    (statistics_after_rebinding, statistics_after_rebinding_finding),
    (windows_with_stride_step, window_with_stride_step_finding),
    (searches_of_the_array_built, search_of_the_array_built_finding),
)

# the relations source_slip says: read off the source, certain wherever written (they stand beside a wrong input
# handed on: they say why it was wrong)
STATIC_SLIPS = frozenset({"method_not_called", "accumulator_reset_in_loop", "kept_across_calls", "slice_one_short",
                          "shape_set_in_place", "view_written", "setdefault_never_updates", "data_written_in_loop",
                          "lazy_iterator_array", "flip_every_axis", "last_pass_value",
                          "setting_by_position", "reset_each_pass", "pad_every_axis",
                          "convolve_flips_kernel", "max_for_maximum",
                          "flag_compared_with_text", "index_wraps_to_last",
                          "overwritten_each_pass", "optimizer_given_module",
                          "identity_matrix_as_function", "stop_does_not_leave",
                          "statistics_after_rebinding",
                          "window_stride_step", "search_of_array_built"})


def source_slip(source: str, functions: Iterable[str],
                slips: Sequence[tuple[Callable[[str, str], list[Any]], Callable[[str, Any], Finding]]] = SOURCE_SLIPS
                ) -> Finding | None:
    """The first slip of slips (SOURCE_SLIPS unless told) found in the functions (each function read for every slip
    before the next)."""
    for function in functions:
        for find, say in slips:
            found = find(source, function)
            if found:
                return say(function, found[0])
    return None


def none_result_finding(function: str, found: tuple[int, str, str]) -> Finding:
    """static_slips.none_results_used, said beside an error about 'NoneType'."""
    line, text, call = found
    return Finding("none_result_used", f"in {function}(), line {line}: `{text}` uses what `{call}(...)` "
                   "returns, and it returns None: it changes its object in place. Call it on its own "
                   f"line (`{call}(...)`) and use the object itself (hence the error about 'NoneType').",
                   f"in {function}(), a line uses the result of a method that changes its object in "
                   "place and returns None; call it on its own line and use the object.")


def unending_recursion_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.calls_of_itself, said beside a RecursionError the function raised."""
    line, text = found
    return Finding("unending_recursion", f"in {function}(), line {line}: `{text}` calls {function}() itself, and on "
                   "this test's call the calls never reached a case that returns without calling again: Python "
                   "stopped them at its recursion limit (hence the RecursionError). The base case, the condition "
                   f"under which {function}() returns at once, is not reached from these arguments: check that it "
                   "covers the first values the function is called with (0, an empty list, a size of 1), and that "
                   "each call moves toward it.",
                   f"in {function}(), a call of the function itself never reaches a case that returns without "
                   "calling again: check the base case covers the first values it is called with, and that each "
                   "call moves toward it.")


def math_on_array_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.math_on_arrays, said beside NumPy's "only size-1 arrays can be converted"."""
    line, text = found
    return Finding("math_on_array", f"in {function}(), line {line}: `{text}` calls the math module, "
                   "whose functions take one number, not an array (hence: only a single number can be "
                   "converted): use NumPy's function of the same name (np.exp, np.sqrt, np.log), which "
                   "works entry by entry.",
                   f"in {function}(), a line gives an array to a math module function, which takes one "
                   "number; use NumPy's (np.exp, np.sqrt, np.log).")


def string_walked_finding(function: str, found: tuple[int, str, str], key: str) -> Finding:
    """static_slips.strings_walked, said beside a KeyError on one character (key)."""
    line, text, name = found
    return Finding("string_walked", f"in {function}(), line {line}: `{text}` takes the items of `{name}` "
                   f"one by one, and `{name}` is a string here (one name): its items are its characters, "
                   f"hence the lookup of '{key}'. A name given once holds for every item: use "
                   f"`{name}` as it is in each pass, and loop over the other sequence alone.",
                   f"in {function}(), a loop walks a string (one name) character by character; use the "
                   "name as it is in each pass.")


def unused_position_finding(function: str, found: tuple[int, str, str, str, list[str]]) -> Finding:
    """What static_slips.unused_positions found, said of an index past an axis's end."""
    line, header, position, item, indexed = found
    subscripts = ", ".join(f"`{s}`" for s in indexed[:2])
    return Finding("unused_position", f"in {function}(), the loop at line {line} (`{header}`) never reads "
                   f"`{position}`, the position it counts, and {subscripts} index{'es' if len(indexed) == 1 else ''} "
                   f"the rows with `{item}`, the item: where the position is meant (the example's row), the item (a "
                   "label, a class) takes other rows, and one past the last row raises the error. Index the rows "
                   f"with `{position}`.",
                   f"in {function}(), a loop over enumerate() never reads the position it counts and indexes with "
                   "the item: the position may be meant.")


def smoothing_of_one_finding(function: str, found: tuple[int, str]) -> Finding:
    """static_slips.smoothing_of_one, said where the training loss stayed at chance."""
    line, text = found
    return Finding("smoothing_of_one", f"in {function}(), line {line}: `{text}` asks for label smoothing of 1 (True "
                   "is read as 1.0): the targets are then uniform over the classes, so "
                   "they carry nothing of the labels, and the loss stays where guessing puts it (ln of the number of "
                   "classes). "
                   "Smoothing is a small share (label_smoothing=0.1), or left out.",
                   f"in {function}(), the loss is made with label smoothing of 1 (True): the targets carry nothing "
                   "of the labels; give a small share (0.1) or leave it out.")


def gradients_switched_off_finding(function: str, found: tuple[int, str, bool], torch_said: Finding) -> Finding:
    """static_slips.gradients_switched_off, said beside backward()'s error on a loss that carries no gradient: as the
    cause where the line reaches the whole model, else as one more cause beside torch's (torch_said)."""
    line, text, whole = found
    if not whole:  # (a part frozen, as meant, may leave others trainable: the loss may be detached elsewhere)
        return Finding(torch_said.relation, f"{torch_said.message} Or line {line}: `{text}` switches the gradient "
                       "off for more parameters than meant (every one the loss is computed from?).",
                       f"{torch_said.plain} Or a line switches the gradient off for more parameters than meant.")
    return Finding("gradients_switched_off", f"in {function}(), line {line}: `{text}` switches the gradient off for "
                   "every parameter of the model (a freeze meant for some layers, looping over model.parameters()): "
                   "the loss computed from them then carries no gradient, hence the error. Switch it off only for "
                   "the layers meant (their own .parameters()), and leave the others trainable.",
                   f"in {function}(), a line switches the gradient off for every parameter of the model: the loss "
                   "carries no gradient; freeze only the layers meant.")