"""What went wrong in a student's torch training, read from what it did (sandbox/training_probe.py's records).

A trained model's accuracy short of full credit, or a check of its runs failing, says little by itself: the
records of the test's calls say whether the code took optimizer steps, zeroed its gradients, how its loss
moved, on how many images it trained, in which mode it predicted and which random generators it left unseeded.
Each finding states what the record shows and the cause that fits it; none is said on weak evidence (a few
steps, a loss that fell, gradient accumulation on some batches only).
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from autograder.grading.relations import Finding
from autograder.results import Comparison
from autograder.sandbox.training_record import TrainingRecord

MOST = 0.9  # share of steps (or backward passes) a pattern must hold at to be said of the training
ENOUGH = 5  # steps (or backward passes) checked before a pattern is said
ACCUMULATED = 4  # backward passes per optimizer step from which the gradients are accumulated on purpose
ENDS = 10  # losses averaged at each end of the run
PAST_THE_RATE_SET = 1.5  # times the optimizer's own rate: a warm-up that ends above it is a factor never capped at 1
EVEN = 1e-3  # relative spread of a schedule's steps (or ratios) said to be the same at every step
HIGH_DAMPENING = 0.8  # SGD's dampening from which each gradient enters the momentum buffer at a fifth or less: said
ADAPTIVE_RATE_TOO_LARGE = 0.05  # a rate from which an optimizer's per-weight steps are far too large for a network
SETTING_EXPLAINS = ("loss_flat", "loss_rose", "loss_not_finite")  # what an optimizer's setting says the cause of
# optimizers whose step moves each weight by about the rate, with their default rates
PER_WEIGHT_STEPS = {"Adam": 1e-3, "AdamW": 1e-3, "Adamax": 2e-3, "NAdam": 2e-3, "RAdam": 1e-3, "RMSprop": 1e-2}


def loss_ends(record: TrainingRecord) -> tuple[float, float] | None:
    """The mean of the first and of the last ENDS losses (both finite), or None with too few."""
    losses = record.losses
    if len(losses) < 2 * ENDS or not all(math.isfinite(v) for v in losses):
        return None
    return sum(losses[:ENDS]) / ENDS, sum(losses[-ENDS:]) / ENDS


def trained_epochs(record: TrainingRecord) -> tuple[str, int, float] | None:
    """(the first array argument's name, its rows, the epochs of it trained on), read as the training set; None
    when nothing was trained on or there is no such argument."""
    if not record.rows or not record.images_trained:
        return None
    name, rows = next(iter(record.rows.items()))
    return (name, rows, record.images_trained / rows) if rows else None


def _lr(record: TrainingRecord) -> str:
    return _rate(record.lr_first)


def _rate(lr: float | None) -> str:
    return "unknown" if lr is None else f"{lr:.3g}"


def mode_finding(record: TrainingRecord) -> Finding | None:
    """The model trained with its batch norm or dropout layers in eval mode (and predicted in training mode:
    the two swapped), or predicted in training mode, or in eval mode through a batch norm that keeps no running
    statistics or never updates them (momentum=0)."""
    if record.steps and record.eval_steps > record.steps // 2:
        swapped = record.predicted_in_training_mode is True
        also = (", and it predicted in training mode: model.train() and model.eval() are swapped (call "
                "model.train() before the training loop, model.eval() before predicting)" if swapped else
                ": call model.train() before the training loop (and model.eval() before predicting)")
        return Finding("trained_in_eval_mode", f"your model's batch norm or dropout layers ran in eval mode for "
                       f"{record.eval_steps} of its {record.steps} training steps: batch norm then normalizes each "
                       "batch with running statistics that eval mode never updates (they stay as they started), and "
                       f"dropout drops nothing{also}.",
                       "your model trained with its batch norm or dropout layers in eval mode" +
                       (", and predicted in training mode: model.train() and model.eval() are swapped." if swapped
                        else ": call model.train() before the training loop."))
    if record.steps and record.norm_eval_steps > record.steps // 2:
        return Finding("trained_in_eval_mode", f"your model's batch norm layers ran in eval mode for "
                       f"{record.norm_eval_steps} of its {record.steps} training steps, while the model around them "
                       "was in training mode (put back in eval mode after model.train(): a 'frozen' batch norm): each "
                       "training batch is then normalized with running statistics that eval mode never updates, so "
                       "they stay as they started (mean 0, variance 1) and never measure the data. Leave the batch "
                       "norm layers in training mode while training (freezing them is for fine-tuning a network "
                       "whose statistics were measured already).",
                       "your model's batch norm layers ran in eval mode while it trained (frozen after "
                       "model.train()): leave them in training mode while training.")
    if record.predicted_with_batch_statistics:
        return Finding("norm_without_running_stats",
                       "your model predicted in eval mode, but a batch norm layer of it keeps no running statistics "
                       "(built with track_running_stats=False): in eval mode too it normalizes each batch it predicts "
                       "with that batch's own mean and variance, so an image's logits depend on the images predicted "
                       "with it. Leave track_running_stats at its default (True): eval mode then uses the statistics "
                       "gathered in training.",
                       "a batch norm layer of your model keeps no running statistics (track_running_stats=False): it "
                       "normalizes with each predicted batch's own statistics even in eval mode; leave "
                       "track_running_stats at its default.")
    if record.predicted_with_frozen_statistics:
        return Finding("norm_statistics_frozen",
                       "your model predicted in eval mode through a batch norm layer built with momentum=0: its "
                       "running statistics never move from where they start (mean 0, variance 1), so in eval mode it "
                       "normalizes with statistics it never measured, unlike the batches it trained on. Keep the "
                       "default momentum (0.1), or momentum=None for a cumulative average.",
                       "a batch norm layer of your model was built with momentum=0: its running statistics never "
                       "move, so eval mode normalizes with statistics it never measured; keep the default momentum.")
    # (weights of before training loaded back bring their statistics with them: the weights' finding says it)
    if record.predicted_with_unmeasured_statistics and record.predicted_by_model_run_in_training is False:
        return Finding("predicted_by_model_never_trained",
                       f"your model predicted in eval mode through a batch norm layer whose running statistics had "
                       f"tracked no batch (mean 0, variance 1, num_batches_tracked 0), and that model never ran a "
                       f"batch in training mode, though {record.steps} steps were taken: the training ran another "
                       "model (the loss computed from another model's outputs, a model left from before, or the "
                       "model built anew after training), so the model that predicts learned nothing there. Train "
                       "and predict with the same model object.",
                       "the model that predicted never ran a batch in training mode, though the code trained: the "
                       "training ran another model; train and predict with the same model.")
    if record.predicted_with_unmeasured_statistics and record.predicted_weights not in ("initial", "other"):
        return Finding("norm_statistics_reset",
                       f"your model predicted in eval mode through a batch norm layer whose running statistics had "
                       f"tracked no batch (mean 0, variance 1, num_batches_tracked 0), though the model trained for "
                       f"{record.steps} steps in training mode: they were reset after training "
                       "(reset_running_stats(), reset_parameters(), or the layer built anew), so eval mode normalizes "
                       "with statistics it never measured. Keep the running statistics training gathered: do not "
                       "reset the norm layers before predicting.",
                       "a batch norm layer of your model predicted with running statistics that had tracked no batch, "
                       "though the model trained: they were reset after training; do not reset them before "
                       "predicting.")
    if record.predicted_with_dropout:
        return Finding("dropout_at_prediction",
                       "your model predicted in eval mode, but a dropout inside it ran told training=True: the "
                       "functional form (nn.functional.dropout, F.dropout) drops units whenever its training argument "
                       "is True, its default, whatever model.eval() says, so the predictions drop units at random. "
                       "Pass training=self.training, or use an nn.Dropout module (model.eval() turns that off).",
                       "a dropout function in your model (F.dropout, training=True by default) dropped units when it "
                       "predicted, in eval mode: pass training=self.training, or use an nn.Dropout module.")
    if record.predicted_in_training_mode is not True:
        return None
    return Finding("predicted_in_training_mode",
                   "your model predicted in training mode: its batch norm or dropout layers ran in training mode on "
                   "the last batch it predicted (model.eval() not called before predicting, or model.train() "
                   "after it): batch norm then normalizes with that batch's own statistics and dropout drops units. "
                   "Call model.eval() before predicting.",
                   "your model predicted in training mode (batch norm or dropout layers in training mode): call "
                   "model.eval() before predicting.")


def step_finding(record: TrainingRecord) -> Finding | None:
    """No training step, no backward pass, or every step made with zero gradients."""
    ends = loss_ends(record)
    fell = ends is not None and ends[1] < 0.7 * ends[0]
    if record.steps == 0 and record.backward >= 3 and not fell:
        return Finding("no_optimizer_step", f"loss.backward() ran {record.backward} times, but no torch.optim "
                       "optimizer's step() ran and the training loss did not fall: nothing changed the weights. Call "
                       "optimizer.step() after each backward() (or, updating the weights by hand, change them in "
                       "place under torch.no_grad(): p -= lr * p.grad; `p = p - lr * p.grad` only rebinds a name).",
                       "loss.backward() ran but nothing changed the weights: call optimizer.step() after each "
                       "backward().")
    if record.steps == 0 and record.backward == 0:
        trained = (f"the model was called on {record.images_trained} images in training mode, but "
                   if record.images_trained else "")
        return Finding("never_trained", f"{trained}no loss.backward() and no optimizer step ran: the model was never "
                       "trained.", "no loss.backward() and no optimizer step ran: the model was never trained.")
    if record.steps >= ENOUGH and record.backward == 0 and record.checked_steps \
            and record.zero_steps >= MOST * record.checked_steps:
        return Finding("no_backward", f"optimizer.step() ran {record.steps} times, but loss.backward() never ran: no "
                       "gradient reached the weights, so the steps changed nothing (`loss.backward` without its "
                       "parentheses does not call it).",
                       "optimizer.step() ran, but loss.backward() never did: no gradient reached the weights.")
    if record.graph_checked >= ENOUGH and record.detached_losses >= MOST * record.graph_checked \
            and record.backward >= ENOUGH and not fell:
        return Finding("loss_detached", f"loss.backward() ran on losses cut off from your model: of the first "
                       f"{record.graph_checked}, {record.detached_losses} reach no weight through their graph, so no "
                       "gradient reaches the weights and the steps change nothing. A loss rebuilt from a number "
                       "(torch.tensor(loss.item(), requires_grad=True)), or computed from outputs taken out of the "
                       "graph (.detach(), .item(), .numpy(), under torch.no_grad()), has no path back to them: call "
                       "backward() on the loss computed with torch operations from the model's output (log it with "
                       "loss.item() apart).", "loss.backward() ran on losses cut off from the model's weights (a "
                       "loss rebuilt from a number or from detached outputs): call backward() on the loss computed "
                       "from the model's output.")
    if record.checked_steps >= ENOUGH and record.checked_backward >= ENOUGH \
            and record.zero_steps >= MOST * record.checked_steps \
            and record.reached_backward <= (1 - MOST) * record.checked_backward:
        return Finding("optimizer_not_on_model", f"no loss.backward() reaches the weights the optimizer steps: after "
                       f"{record.checked_backward - record.reached_backward} of the {record.checked_backward} backward "
                       "passes that followed one of its steps they still had no gradient, so its steps change "
                       "nothing. The optimizer was made for "
                       "other parameters than those of the model trained (another model, or a second copy built by "
                       "calling the constructor again): give it model.parameters() of the model you train.",
                       "the optimizer steps weights no backward pass reaches: it was made for another model's "
                       "parameters.")
    zero_at_steps = record.checked_steps >= ENOUGH and record.backward >= ENOUGH and \
        record.zero_steps >= MOST * record.checked_steps  # (every gradient zero at most steps)
    if zero_at_steps and record.empty_forwards >= MOST * record.zero_steps:
        return Finding("empty_batches", f"{record.empty_forwards} of the {record.trained_forwards} batches your model "
                       "trained on held no images (and at "
                       f"{record.zero_steps} of its {record.checked_steps} optimizer steps every gradient was zero): "
                       "the batches are sliced past the end of the data, as X[start:batch_size] does for every start "
                       "but the first (X[start:start + batch_size] is meant), or the loop runs further than the rows.",
                       "most of the batches your model trained on held no images: the batches are sliced past the "
                       "end of the data (X[start:batch_size] where X[start:start + batch_size] is meant?).")
    if zero_at_steps and record.checked_after_backward >= ENOUGH and \
            record.zero_after_backward >= MOST * record.checked_after_backward:
        # (zero already as backward() ends: nothing cleared them, the loss passes no gradient back)
        return Finding("zero_gradients_at_step", f"at {record.zero_steps} of its {record.checked_steps} optimizer "
                       f"steps every gradient was zero, and already as loss.backward() returned "
                       f"({record.zero_after_backward} of the {record.checked_after_backward} passes checked): the "
                       "loss passes no gradient back to the weights. Something in it has a zero derivative wherever "
                       "it is: a clamp or a min/max against a bound the loss is past, a round, a floor, a "
                       "comparison, an argmax, or a loss computed from integer predictions. Compute the loss from the "
                       "model's scores through differentiable operations only.",
                       "the loss passes no gradient back to the weights (a clamp past its bound, a round, a "
                       "comparison or an argmax in it): compute it through differentiable operations only.")
    if zero_at_steps:
        return Finding("zero_gradients_at_step", f"at {record.zero_steps} of its {record.checked_steps} optimizer "
                       "steps every gradient was zero: the gradients are cleared between loss.backward() and "
                       "optimizer.step() (zero_grad() belongs before backward(), or after step()).",
                       "the optimizer steps found every gradient zero: zero_grad() runs between backward() and "
                       "step().")
    if record.checked_backward >= ENOUGH and record.stale_backward >= MOST * record.checked_backward and \
            record.backward < ACCUMULATED * record.steps:  # many backward passes a step: accumulated on purpose
        fresh = record.checked_backward - record.stale_backward
        if fresh:  # zeroed now and then (once an epoch, zero_grad() outside the loop over the batches)
            return Finding("gradients_never_zeroed", f"the gradients are zeroed only now and then: before "
                           f"{record.stale_backward} of the {record.checked_backward} loss.backward() calls after "
                           f"the first step, the weights' .grad still held earlier gradients (fresh before only "
                           f"{fresh}: is zero_grad() outside the loop over the batches, once an epoch?); backward() "
                           "adds to them, so each step follows the sum of the gradients of every batch since the "
                           "last zeroing. Call optimizer.zero_grad() before each backward().",
                           "the gradients are zeroed only now and then: most steps follow the sum of the gradients "
                           "of several batches. Call optimizer.zero_grad() before each backward().")
        return Finding("gradients_never_zeroed", f"the gradients are never zeroed: before {record.stale_backward} "
                       f"of the {record.checked_backward} loss.backward() calls after the first step, the weights' "
                       ".grad still held earlier gradients; backward() adds to them, so each step follows the sum of "
                       "the gradients of all batches so far. Call optimizer.zero_grad() before each backward().",
                       "the gradients are never zeroed: each step follows the sum of all batches' gradients so far. "
                       "Call optimizer.zero_grad() before each backward().")
    return None


# optimizers that keep a running state from step to step (plain SGD without momentum keeps none)
STATEFUL_OPTIMIZERS = frozenset({"Adam", "AdamW", "Adamax", "NAdam", "RAdam", "RMSprop", "Adagrad", "Adadelta"})


def model_finding(record: TrainingRecord, seen_accuracy: float | None) -> Finding | None:
    """The model that predicted is not the one trained: a new model each epoch, another model built to predict,
    or the trained model's weights changed after its last step (said where it fails its own training images)."""
    if not record.steps:
        return None
    moved = record.moved_before_steps
    if moved:
        gaps = {b - a for a, b in zip(moved, moved[1:])}
        every = f": every {gaps.pop()} steps, once an epoch?" if len(gaps) == 1 else ""
        shown = ", ".join(str(k) for k in moved[:4]) + (", ..." if len(moved) > 4 else "")
        return Finding("weights_changed_between_steps", f"between optimizer steps, the model's weights were changed by "
                       f"other means than the optimizer: before {len(moved)} of its {record.steps} steps (steps "
                       f"{shown}{every}) a weight was not as the step before had left it. Something in the training "
                       "loop sets the weights anew (reset_parameters(), an initialization applied, weights loaded), so "
                       "what the steps before learned is lost and only the training after the last reset survives. "
                       "Initialize the model once, before the loop (to reset batch norm's running statistics, call "
                       "reset_running_stats() on the norm layers alone).",
                       "the model's weights were set anew between optimizer steps (reset_parameters() inside the "
                       "training loop?): what training learned before is lost; initialize once, before the loop.")
    made = min(record.optimizers_made, record.models_trained)
    trained = trained_epochs(record)
    per_model = trained[2] / made if trained is not None and made else None
    if made >= 3 and per_model is not None and per_model <= 1.5:
        name, rows, _ = trained
        return Finding("model_rebuilt", f"your code built {record.models_trained} models and "
                       f"{record.optimizers_made} optimizers in one call, each trained for about {per_model:.1f} "
                       f"epochs of the {rows} rows of {name} ({record.steps / made:.0f} optimizer steps): the model "
                       "and its optimizer are made inside the training loop, so each epoch starts again from new "
                       "random weights, and the model that predicts trained that little. Build them once, before the "
                       "loop.", "the model and its optimizer are built anew inside the training loop: each epoch "
                       "starts from new weights. Build them once, before the loop.")
    if record.models_trained == 1 and record.optimizers_made >= 10 and record.optimizers_made >= 0.5 * record.steps \
            and record.optimizer in STATEFUL_OPTIMIZERS:
        # one model, a new optimizer (almost) every step: its running state (Adam's moments, its step count) is made
        # anew each time, so every step is the first step of a fresh optimizer
        return Finding("optimizer_rebuilt", f"your code made {record.optimizers_made} {record.optimizer} optimizers "
                       f"for its {record.steps} steps: the optimizer is made inside the loop over the batches, so "
                       "each step is the first of a new one, its running state (moments, step count) starting again "
                       f"from zero ({record.optimizer}'s first step moves every weight by about the learning rate, "
                       "whatever its gradient's size). Make the optimizer once, before the loops.",
                       "the optimizer is made anew inside the loop over the batches: each step is a fresh optimizer's "
                       "first; make it once, before the loops.")
    if record.predicted_by_trained is False:
        return Finding("predicted_by_untrained_model", f"the model that made the predictions holds none of the "
                       f"weights the optimizer stepped ({record.steps} steps): it is not the model that trained (a "
                       "new one built to predict, or the predictions taken from another variable). Predict with the "
                       "model you trained.", "the model that predicts is not the one that trained: predict with the "
                       "model you trained.")
    if record.predicted_weights == "initial":
        return Finding("predicted_with_initial_weights", f"the model predicted with the weights it had before its "
                       f"first optimizer step: its {record.steps} steps left no trace in them (weights saved before "
                       "training and loaded back, a best checkpoint never replaced, or a copy of the model taken "
                       "before training). Predict with the weights training left.",
                       "the model predicted with the weights it had before training: predict with the weights "
                       "training left.")
    if record.predicted_weights == "other" and seen_accuracy is not None and seen_accuracy < 0.6:
        return Finding("weights_changed_after_training", "the weights of the model that predicted changed after "
                       "its last optimizer step, by other means than training (drawn again: reset_parameters() or an "
                       "initialization applied after the loop, or other weights loaded), and it predicts its own "
                       f"training images at accuracy {seen_accuracy:.2f}: predict with the weights training left.",
                       "the model's weights changed after its last optimizer step (initialized again after "
                       "training?): predict with the weights training left.")
    return None


def plateau_finding(record: TrainingRecord) -> Finding | None:
    """A ReduceLROnPlateau that waits for its metric to rise (mode='max') stepped with values that fell (a loss), or
    the reverse: every step counts toward a plateau, and the rate is cut again and again."""
    m, mode = record.plateau_metrics, record.plateau_mode
    if mode not in ("min", "max") or len(m) < 3:
        return None
    steps = list(zip(m, m[1:]))
    falling = sum(b < a for a, b in steps) >= 0.75 * len(steps) and m[-1] < m[0]
    rising = sum(b > a for a, b in steps) >= 0.75 * len(steps) and m[-1] > m[0]
    if not (mode == "max" and falling or mode == "min" and rising):
        return None
    shown = ", ".join(f"{v:.3g}" for v in m[:4]) + (", ..." if len(m) > 4 else "")
    waits, went, meant = ("rise", "fell", "mode='min' for a loss (its default)") if mode == "max" else \
        ("fall", "rose", "mode='max' for a metric that rises (an accuracy)")
    last = f" (to {record.lr_last:.3g} by the end)" if record.lr_last is not None else ""
    guess = ": a loss?" if mode == "max" else ""
    return Finding("plateau_mode", f"your ReduceLROnPlateau was built with mode='{mode}', which waits for its metric "
                   f"to {waits}, but it was stepped with values that {went} ({shown}{guess}): each step without a new "
                   f"best counts toward a plateau, so it cut the learning rate again and again{last}. Build it with "
                   f"{meant}, or step it with the metric its mode is for.",
                   f"your ReduceLROnPlateau's mode is '{mode}' but the metric it was stepped with {went}: it cut the "
                   f"learning rate again and again; build it with {meant}.")


def _factor_never_capped(record: TrainingRecord, lrs: list[float]) -> Finding:
    """A rate that rose at every step recorded and ended far above the rate the optimizer was built with: the
    scheduler's factor grows past 1 and is never capped (a linear warm-up without min(1, ...), or an exponential sweep
    of a learning-rate range test left in as the schedule)."""
    last, meant = record.lr_last or 0.0, record.lr_set or 0.0
    steps = np.diff(lrs)
    ratios = np.array(lrs[1:]) / np.array(lrs[:-1])
    if np.ptp(ratios) <= EVEN * ratios.mean():
        tenfold = math.log(10) / math.log(float(ratios.mean()))
        how = (f" It multiplies the rate by {ratios.mean():.3g} at every step (tenfold every {tenfold:.0f} steps): an "
               "exponential sweep (a learning-rate range test's) left in as the schedule, so the first steps barely "
               "move the weights and the last ones are far too large. Train at a fixed rate, or one that decays, "
               "around the rate the sweep found best.")
    elif np.ptp(steps) <= EVEN * steps.mean():
        how = (" It adds the same amount at every step: a linear warm-up's factor, such as (step + 1) / warmup, that "
               "is not capped at 1 once the warm-up ends, so the rate climbs on past the one meant. Cap it: "
               "min(1.0, (step + 1) / warmup).")
    else:
        how = " Cap the factor at 1 once the warm-up ends (min(1.0, ...)), or drop the schedule."
    return Finding("warmup_never_ends", f"the learning rate rose at every one of the first {len(lrs)} steps, from "
                   f"{lrs[0]:.3g} to {lrs[-1]:.3g}, and was still rising at the last of the {record.steps} steps "
                   f"({last:.3g}), {last / meant:.3g} times the {meant:.3g} the optimizer was built with: the "
                   f"scheduler's factor keeps growing past 1.{how}",
                   "the learning rate kept rising past the rate the optimizer was built with, to the last step: a "
                   "scheduler's factor that is never capped at 1.")


def schedule_finding(record: TrainingRecord) -> Finding | None:
    """The learning rate fell to almost nothing early in training, or steps were few for the images trained on; or
    a scheduler counted in optimizer steps was stepped far fewer times (or a cosine one far more); or a plateau
    scheduler waits for its metric to move the other way."""
    found = plateau_finding(record)
    if found is not None:
        return found
    found = horizon_finding(record)
    if found is not None:
        return found
    lrs = [v for v in record.lrs_first if v is not None]
    early = min(len(lrs), max(20, record.steps // 10))  # steps: a tenth of them, at least 20
    if record.steps >= 40 and early >= 20 and lrs[0] > 0 and min(lrs[:early]) < 0.01 * lrs[0]:
        at = next(i for i, v in enumerate(lrs) if v < 0.01 * lrs[0])
        return Finding("learning_rate_collapsed", f"the learning rate fell from {lrs[0]:.3g} to {lrs[at]:.3g} by "
                       f"step {at + 1} of {record.steps} (and to {min(lrs[:early]):.3g} within the first {early}): "
                       "the model stopped learning almost at once. A scheduler meant to decay it every few epochs is "
                       "stepped every batch (scheduler.step() belongs after each epoch), or its decay is too strong.",
                       "the learning rate fell to almost nothing early in training: a scheduler stepped every batch "
                       "where every epoch is meant, or too strong a decay.")
    # ... or over the first quarter of the run, and it stays there to the last step: most steps barely move the weights
    fallen = next((i for i, v in enumerate(lrs) if lrs[0] > 0 and v < 0.02 * lrs[0]), None)
    if fallen is not None and record.steps >= 40 and fallen < record.steps // 4 and record.lr_last is not None and \
            record.lr_last < 0.01 * lrs[0]:
        return Finding("learning_rate_collapsed", f"the learning rate fell from {lrs[0]:.3g} to {lrs[fallen]:.3g} by "
                       f"step {fallen + 1} of {record.steps}, and was {record.lr_last:.3g} at the last: the model "
                       f"trains in earnest only in its first {fallen} steps, and the other {record.steps - fallen} "
                       "barely move its weights. The schedule decays the rate too fast: too strong a decay (gamma), or "
                       "a decay every epoch where one every few epochs is meant (step_size counts scheduler.step() "
                       "calls), or the scheduler stepped more often than meant.",
                       "the learning rate fell to almost nothing early in the run and stayed there: the schedule "
                       "decays it too fast (too strong a decay, or too frequent).")
    # ... or rose at every step recorded and was highest at the last: a warm-up longer than the whole run
    if record.steps > len(lrs) >= 40 and lrs[0] > 0 and all(b > a for a, b in zip(lrs, lrs[1:])) and \
            record.lr_last is not None and record.lr_last > lrs[-1]:
        if record.lr_set and record.lr_last > PAST_THE_RATE_SET * record.lr_set and not record.schedulers:
            return _factor_never_capped(record, lrs)  # (a one-cycle or cosine schedule sets rates of its own)
        return Finding("warmup_never_ends", f"the learning rate rose at every one of the first {len(lrs)} steps, "
                       f"from {lrs[0]:.3g} to {lrs[-1]:.3g}, and was still rising at the last of the {record.steps} "
                       f"steps ({record.lr_last:.3g}): the warm-up is longer than the training, so the model never "
                       "trains at the rate meant. Count the warm-up in optimizer steps (batches), not in images.",
                       "the learning rate was still rising at the last step: a warm-up longer than the whole "
                       "training (counted in images where steps are meant?).")
    trained = trained_epochs(record)
    if trained is not None and record.steps:
        name, rows, epochs = trained
        per_step = record.images_trained / record.steps
        accumulated = record.backward >= ACCUMULATED * record.steps
        if epochs >= 2 and (per_step >= rows or accumulated):
            summed = (f" loss.backward() ran {record.backward} times for those {record.steps} steps: the gradients "
                      f"of many batches are summed (accumulated) before each step, so the whole training moves the "
                      f"weights only {record.steps} times." if accumulated else "")
            size = "a whole epoch or more" if per_step >= rows else f"{per_step / rows:.0%} of an epoch"
            return Finding("few_steps", f"your code took {record.steps} optimizer steps while training on "
                           f"{record.images_trained} images ({epochs:.1f} epochs of the {rows} of {name}): one step "
                           f"for every {per_step:.0f} images, {size}.{summed} Take one step per mini-batch "
                           "(zero_grad, backward, step inside the batch loop).",
                           "your code took few optimizer steps, one per many batches: take one per mini-batch.")
    return None


# what a strong weight decay does, said by the findings that name one
DECAY_PULLS = ("pulls every weight toward zero harder than the data pulls it anywhere (weight decay is usually 1e-4 to "
               "1e-2)")


def settings_finding(record: TrainingRecord) -> Finding | None:
    """An optimizer built with a setting that keeps it from training as meant: SGD's dampening set high (each new
    gradient scaled by 1 - dampening in the momentum buffer: none at 1), Adam's betas swapped, or an adaptive
    optimizer (Adam, RMSprop), whose step moves each weight by about the rate whatever its gradient, given a rate far
    above those it takes."""
    if record.optimizer == "SGD" and record.momentum and record.dampening is not None and \
            HIGH_DAMPENING <= record.dampening <= 1:
        kept = 1 - record.dampening
        if kept <= 1e-9:
            return Finding("optimizer_setting", f"SGD was built with momentum={record.momentum:g} and "
                           f"dampening={record.dampening:g}: each step adds 1 - dampening = 0 times the new gradient "
                           "to the momentum buffer, so after the first step (whose buffer is that step's gradient) "
                           f"the buffer only shrinks, by {record.momentum:g} a step, and no later gradient reaches "
                           "the weights: the model moves along its first batch's gradient alone. dampening=1 is not "
                           "'no damping': leave it at its default, 0.",
                           "SGD was built with dampening=1: no gradient after the first step reaches the weights "
                           "(leave dampening at 0).")
        return Finding("optimizer_setting", f"SGD was built with momentum={record.momentum:g} and "
                       f"dampening={record.dampening:g}: each new gradient enters the momentum buffer scaled by "
                       f"1 - dampening = {kept:.2g}, so every step is {kept:.2g} times the one learning rate "
                       f"{_lr(record)} takes without it. Leave dampening at its default, 0 (it is not momentum's "
                       "complement to set).",
                       "SGD was built with a high dampening: every gradient is scaled down in the momentum buffer "
                       "(leave dampening at 0).")
    if record.optimizer in PER_WEIGHT_STEPS and record.betas is not None and \
            record.betas[0] > record.betas[1] and 0.99 <= record.betas[0] < 1:
        first, second = record.betas
        return Finding("optimizer_setting", f"{record.optimizer} was built with betas=({first:g}, {second:g}): the "
                       "two decay rates are swapped. The first, the running mean of the gradients, then averages "
                       f"over about {1 / (1 - first):.0f} steps, so each step follows gradients long past, and the "
                       f"second, of their squares, over about {1 / (1 - second):.0f}, so the steps are scaled by the "
                       "last few gradients alone. The mean's rate comes first: betas=(0.9, 0.999).",
                       f"{record.optimizer}'s two betas are swapped: the mean's decay rate comes first, "
                       "betas=(0.9, 0.999).")
    # (the rates it stepped with: a schedule may scale a base rate of 1 down to the one meant)
    rate = max((r for r in (*record.lrs_first, record.lr_last) if r is not None and math.isfinite(r)), default=None)
    if record.optimizer not in PER_WEIGHT_STEPS or rate is None or rate < ADAPTIVE_RATE_TOO_LARGE:
        return None
    batch = record.batch_sizes[0] if record.batch_sizes else \
        round(record.images_trained / record.steps) if record.steps else 0
    per_image = rate / batch if batch >= 8 else 0.0
    # (a rate written by hand times the batch: the rate itself is not one written by hand, 0.1 or 0.05)
    scaled = f" ({rate:.3g} is {batch}, the batch size, times {per_image:.3g}: a rate scaled with the batch size, " \
        f"the linear scaling rule made for SGD? {record.optimizer}'s step does not grow with the batch.)" \
        if per_image > 0 and _round(per_image) and not _round(rate) else ""
    return Finding("optimizer_setting", f"{record.optimizer} stepped with learning rate {rate:.3g}: "
                   f"{record.optimizer} moves each weight by about the rate at every step, whatever the size of its "
                   f"gradient, so steps of {rate:.2g} are far too large for a network's weights; its rates are "
                   f"usually 1e-4 to 1e-2 ({PER_WEIGHT_STEPS[record.optimizer]:g} is its default).{scaled}",
                   f"{record.optimizer} stepped with a learning rate far larger than it takes: each step moves every "
                   "weight by about the rate.")


def _round(x: float) -> bool:
    """Whether a positive number has one significant figure (3e-3, 0.001, 5e-4): a rate written by hand."""
    if not math.isfinite(x) or x <= 0:
        return False
    leading = x / 10 ** math.floor(math.log10(x))
    return abs(leading - round(leading)) <= 1e-6 * leading


def strong_weight_decay(record: TrainingRecord) -> float | None:
    """The optimizer's weight_decay where it is strong enough to hold a model back (>= 0.05; AdamW's, decoupled,
    >= 0.5), else None."""
    decay = record.weight_decay or 0.0
    # AdamW's decay is decoupled (lr * weight_decay * w a step): the same number pulls far less there
    return decay if decay >= (0.5 if record.optimizer == "AdamW" else 0.05) else None


def held_at_chance(record: TrainingRecord, classes: int, last: float) -> Finding | None:
    """A training loss that stays near chance (last: its last values' mean) under a weight decay or a label smoothing
    strong enough to hold it there."""
    chance = math.log(classes)
    decay, smoothing = strong_weight_decay(record), record.label_smoothing or 0.0
    if decay is not None:
        return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                       f"(ln {classes} = {chance:.2f}, what guessing gives), with weight_decay={decay:g} in "
                       f"{record.optimizer}: that {DECAY_PULLS}, so the weights stay small and the scores near even. "
                       "Use a small weight_decay, or none.",
                       "the training loss stayed at chance under a weight decay far larger than usual: it holds the "
                       "weights near zero; use a small weight decay.")
    if smoothing >= 0.5:
        true = 1 - smoothing + smoothing / classes
        other = smoothing / classes
        least = -true * math.log(true) - (classes - 1) * other * math.log(other)
        return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                       f"(ln {classes} = {chance:.2f}, what guessing gives), with label_smoothing={smoothing:g}: "
                       f"{smoothing:.0%} of each target is spread evenly over the {classes} classes (the true class "
                       f"gets {true:.3g}), so the least the loss can reach is {least:.2f}, next to what guessing "
                       "gives, and the scores carry little of the labels. label_smoothing is the share taken off the "
                       "true class: 0.1 is usual (or none).",
                       "the training loss stayed near chance under a label smoothing that spreads most of each target "
                       "over every class: the share taken off the true class is meant to be small (0.1).")
    return None


def loss_finding(record: TrainingRecord, classes: int | None, seen_accuracy: float | None,
                 seen_count: int, probabilities: bool = False, accuracy: float | None = None) -> Finding | None:
    """What the training loss did: non-finite, rising, flat at chance (held there by a strong weight decay or label
    smoothing, where either is set), floored where the model's outputs are probabilities (probabilities: what it
    returned are), or falling while the model still predicts its own training images wrongly. accuracy: on the test
    images, where known."""
    losses = record.losses
    bad = next((i for i, v in enumerate(losses) if not math.isfinite(v)), None)
    if bad is not None and record.empty_forwards:
        return Finding("empty_batches", f"the training loss became {losses[bad]} at backward pass {bad + 1}, and "
                       f"{record.empty_forwards} of the {record.trained_forwards} batches your model trained on held no "
                       "images: the mean loss of no images is 0 / 0. The batches are sliced past the end of the data "
                       "(X[start:batch_size] where X[start:start + batch_size] is meant?), or the loop runs further "
                       "than the rows.",
                       "batches of no images reached the model (the mean loss of none is NaN): the batches are sliced "
                       "past the end of the data.")
    if bad is not None and record.losses_first and bad < len(record.losses_first):
        return Finding("loss_not_finite", f"the training loss became {losses[bad]} at backward pass {bad + 1}: the "
                       f"steps are too large (learning rate {_lr(record)}), or a loss computed by hand takes the log "
                       "of 0 (or divides by 0).",
                       "the training loss became NaN or infinite: steps too large, or a log of 0 in the loss.")
    lowest = min((v for v in losses if math.isfinite(v)), default=0.0)
    if lowest < -1e-6:
        return Finding("loss_negative", f"the training loss went below 0 (to {lowest:.3g}): a cross-entropy, or any "
                       "negative log-likelihood of probabilities, cannot. The loss was given raw scores where it wants "
                       "log-probabilities (nll_loss without log_softmax before it; cross_entropy takes the raw "
                       "scores), or it is a score to maximize, minimized.",
                       "the training loss went below 0, which a cross-entropy cannot: nll_loss given raw scores "
                       "(log_softmax first, or cross_entropy).")
    chance = math.log(classes) if classes and classes > 1 else None
    # cross_entropy of inputs in [0, 1] (probabilities: a softmax layer before it) is at least
    # log(1 + (C - 1) / e), the loss of a one-hot input: a loss that falls to that floor and never below it
    # (a weak model's loss may stall just above that floor too: said only where what the model returned for the
    # test images are probabilities as well, rows of numbers in [0, 1] that sum to 1)
    floor = math.log(1 + (classes - 1) / math.e) if chance is not None else None
    finite = [v for v in losses if math.isfinite(v)]
    if floor is not None and probabilities and len(finite) >= 20 and min(finite) >= floor - 1e-3 and \
            min(finite[-10:]) <= 1.15 * floor and finite[0] >= floor + 0.25 * (chance - floor):
        return Finding("loss_floored", f"the training loss fell from {finite[0]:.2f} to {min(finite):.3f} and never "
                       f"below log(1 + {classes - 1} / e) = {floor:.3f}, the least cross_entropy gives for inputs "
                       f"between 0 and 1: what your model gives the loss are probabilities, not raw scores (a softmax "
                       "layer, or a sigmoid, at the end of the model, where cross_entropy applies its own "
                       "log-softmax). End the model with the last Linear layer and give cross_entropy its scores.",
                       "the training loss never fell below the least cross_entropy gives for inputs between zero and "
                       "one: the model ends with a softmax where cross_entropy wants raw scores.")
    batch = record.images_trained / record.steps if record.steps else 0.0
    if chance is not None and batch >= 4 and losses and math.isfinite(losses[0]) and \
            0.5 * batch * chance <= losses[0] <= 2 * batch * chance and losses[0] > 4 * chance:
        # a cross-entropy starts near ln(classes) per image: one that starts near batch * ln(classes) is a sum
        return Finding("loss_summed", f"the training loss started at {losses[0]:.4g}, about {batch:.0f} times ln "
                       f"{classes} = {chance:.2f} (what guessing gives for one image; about {batch:.0f} images a batch): it "
                       "is summed over the batch, not averaged, so its gradients and every step are batch-size times "
                       f"those of the mean loss at learning rate {_lr(record)}. Take the mean (.mean(), or "
                       "reduction='mean'), or divide the learning rate by the batch size.",
                       "the training loss started at about the batch size times what guessing gives: it is summed "
                       "over the batch, not averaged, so the steps are batch-size times too large.")
    ends = loss_ends(record)
    if ends is None or record.steps < 2 * ENDS:
        return None
    first, last = ends
    start, peak = losses[0], max(losses)
    if peak > 5 * start and peak > start + 2:
        return Finding("loss_rose", f"the training loss jumped from {start:.3g} at the first step to {peak:.3g} (at "
                       f"backward pass {losses.index(peak) + 1}), and its last were about {last:.3g}: the steps are "
                       f"too large (learning rate {_lr(record)}) or go uphill (a sign flipped).",
                       "the training loss jumped far above where it started: the steps are too large or go uphill.")
    if last > 1.5 * first and last > first + 0.5:
        return Finding("loss_rose", f"the training loss rose from {first:.3g} to {last:.3g} over {record.steps} "
                       f"steps: the steps go uphill (the loss maximized: a sign flipped) or are too large (learning "
                       f"rate {_lr(record)}).", "the training loss rose: the steps go uphill or are too large.")
    if chance is not None and last >= 0.9 * first and 0.75 * chance <= last <= 1.5 * chance:
        lr = record.lr_first
        if record.weights_start_zero:
            return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                           f"(ln {classes} = {chance:.2f}, what guessing gives), and every weight matrix and kernel the "
                           "optimizer steps was zero when training began: the units of a layer then compute the same "
                           "thing and get the same gradient (or none), so the network cannot learn. Leave the layers' "
                           "own random initialization (or draw the weights with nn.init), not zeros.",
                           "the training loss stayed at chance and the weights all started at zero: a network "
                           "initialized to zeros cannot learn; initialize the weights randomly.")
        held = held_at_chance(record, classes, last)
        if held is not None:
            return held
        if lr is not None and 0 < lr <= 1e-3 and record.optimizer == "SGD" and not record.momentum:
            return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                           f"(ln {classes} = {chance:.2f}, what guessing gives) with plain SGD at learning rate "
                           f"{_lr(record)}: steps that small barely move the weights in {record.steps} steps. Use a "
                           "larger rate (0.01 to 0.1 for SGD), momentum, or Adam (if the loss still stays at chance, "
                           "check that a batch's labels are those of its images).",
                           "the training loss stayed at chance with plain SGD at a small learning rate: the steps "
                           "are too small to move the weights; use a larger rate, momentum or Adam.")
        if lr is not None and 0 <= lr < 1e-6:
            return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                           f"(ln {classes} = {chance:.2f}, what guessing gives): the learning rate {_lr(record)} is "
                           "too small for the weights to move.",
                           "the training loss stayed at chance: the learning rate is too small.")
        rates = [r for r in (*record.lrs_first, record.lr_last) if r is not None]
        peak = max(rates, default=None)
        # about how far the steps could move a weight in all (Adam moves each by about the rate): the first steps'
        # rates, and the last one's for the steps after them
        moved = sum(r for r in record.lrs_first if r is not None) + \
            max(0, record.steps - len(record.lrs_first)) * (record.lr_last or 0.0)
        if peak is not None and 0 < peak and moved < 0.01:
            return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                           f"(ln {classes} = {chance:.2f}, what guessing gives), and the learning rate was at most "
                           f"{peak:.3g} at the steps recorded ({_lr(record)} at the first, "
                           f"{_rate(record.lr_last)} at the last): "
                           f"{record.steps} steps that small barely move the weights. A warm-up or schedule that "
                           "keeps the rate near zero (its length counted in images where steps are meant?), or a "
                           "rate set too small.",
                           "the training loss stayed at chance and the learning rate stayed tiny at every step: a "
                           "warm-up or schedule that keeps it near zero, or a rate set too small.")
        if accuracy is not None and accuracy >= 1 / classes + 0.2:  # it learned: the loss does not show it
            return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                           f"(ln {classes} = {chance:.2f}, what guessing gives), though the model predicts "
                           f"{accuracy:.0%} of the test images right (guessing: {1 / classes:.0%}): it learned, yet "
                           "the loss it minimizes barely fell. A term added to the loss that outweighs the data's (a "
                           "penalty, a strong weight decay), targets made nearly uniform (label smoothing), or a loss "
                           "computed from something other than the model's scores for its batch's labels?",
                           "the training loss stayed at chance though the model predicts better than guessing: a "
                           "penalty that outweighs the data's, targets made nearly uniform, or a loss of something "
                           "else?", lists_causes=True)
        return Finding("loss_flat", f"the training loss stayed at about {last:.2f} over {record.steps} steps "
                       f"(ln {classes} = {chance:.2f}, what guessing gives; learning rate {_lr(record)}): the model "
                       "learned nothing from its batches. A batch's labels not those of its images (index X and y "
                       "with the same indices, one permutation for both), steps that do not reach the model's "
                       "weights (the optimizer given other parameters, or the gradients cleared between backward() "
                       "and step()), or a learning rate too small for them to move?",
                       "the training loss stayed at chance: the model learned nothing from its batches (labels apart "
                       "from their images, steps that do not reach the weights, or a rate too small?).",
                       lists_causes=True)
    learned_other = chance is not None and seen_accuracy is not None and seen_accuracy < 1 / classes + 0.1 \
        and 0.6 * chance < last < first
    if learned_other and record.given_rows_trained == 0 and record.rows_distinct and record.given_rows_predicted \
            and record.rows_distinct <= next(iter(record.rows.values()), 0):
        # (at most as many distinct images as rows: changed once, not augmented anew each pass)
        # (none of the images trained on is a row of the training set as given, while the images predicted are
        # those given: the images were prepared otherwise for training, not the labels parted from them)
        name = next(iter(record.rows), "the training set")
        return Finding("images_changed", f"the training loss fell only from {first:.2f} to {last:.2f} over "
                       f"{record.steps} steps (ln {classes} = {chance:.2f}, what guessing gives), and the model "
                       f"predicts {seen_count} of its own training images, asked for beside the test images, no "
                       f"better than guessing (accuracy {seen_accuracy:.2f}); none of the {record.rows_distinct} "
                       f"distinct images that reached it in training is a row of {name} as given, while the images "
                       "it predicts reach it as given: the training images were changed before training (a cast to "
                       "integers that truncates them, a rescale, a normalization, a crop), so the model learned "
                       "other images than those it is asked to predict, or images left with little of what tells the "
                       f"classes apart. Train on the rows of {name} as given (or change the images it predicts the "
                       "same way).",
                       "the model predicts its own training images no better than guessing, and none of the images "
                       "it trained on is a row of the training set as given, while those it predicts are: the "
                       "training images were changed before training in a way the images it predicts are not.")
    if learned_other:
        return Finding("labels_not_images", f"the training loss fell only from {first:.2f} to {last:.2f} over "
                       f"{record.steps} steps (ln {classes} = {chance:.2f}, what guessing gives), and the model "
                       f"predicts {seen_count} of its own training images, asked for beside the test images, no "
                       f"better than guessing (accuracy {seen_accuracy:.2f}): what it learned from its batches is not "
                       "the labels of their images. X and y are shuffled or indexed apart: index both with the same "
                       "indices.",
                       "the model predicts its own training images no better than guessing though it trained on "
                       "them: the labels it learned are not those of its images (X and y shuffled apart).")
    target = 0.5 * chance if chance is not None else None
    if seen_accuracy is not None and seen_accuracy < 0.6 and last < 0.5 * first \
            and (target is None or last < target):
        if classes and seen_accuracy < 0.5 / classes:
            # far below guessing: the scores rank the classes, but backwards (no input or order mix-up does that)
            return Finding("scores_reversed", f"the training loss fell from {first:.2f} to {last:.2f} (the model fits "
                           f"its training batches), yet it predicts {seen_count} of those same training images, asked "
                           f"for beside the test images, at accuracy {seen_accuracy:.2f}, far below guessing's "
                           f"{1 / classes:.2f}: its picks avoid the right class, which scores that rank the classes "
                           "backwards give (the class the model finds least likely first: scores negated, "
                           "-log_softmax, a loss per class, 1 - probabilities), or labels turned into other classes "
                           "consistently. Return the model's logits (or log-probabilities) as they are.",
                           "the model fits its training batches, yet picks the wrong class for almost every image, "
                           "far below guessing: scores that rank the classes backwards (negated), or labels turned "
                           "into other classes?")
        fits = (f"the training loss fell from {first:.2f} to {last:.2f} (the model fits its training batches), yet it "
                f"predicts {seen_count} of those same training images, asked for beside the test images, at accuracy "
                f"{seen_accuracy:.2f}")
        (train, train_rows), *others = list(record.rows.items()) or [("", 0)]
        asked = next((name for name, rows in others if rows != train_rows), None)  # (not the training labels)
        predicted = record.given_rows_predicted
        # (the training images reached the model as given, so the images asked would have too: told apart)
        if asked is not None and predicted is not None and record.given_rows_trained and \
                predicted < 0.5 * record.rows[asked]:
            # (told: most rows the model predicted after training are none of the rows asked, as given)
            return Finding("fits_batches_not_predictions", f"{fits}; and of the {record.rows[asked]} rows of {asked}, "
                           f"only {predicted} reached the model as given after training: what it predicted is other "
                           f"images (rows of {train}, {train}[:len({asked})], where {asked} is meant?), or {asked} "
                           "changed on its way to the model otherwise than the training images were (scaled, "
                           "standardized, cast). Predict the "
                           f"rows of {asked}, prepared as the training images were.",
                           "the model fits its training batches, yet most images it predicts are not those asked, as "
                           "given: it predicts other images (training images?), or the images asked are changed "
                           "otherwise than the training images were.")
        return Finding("fits_batches_not_predictions", f"{fits}: what reaches the model when it predicts differs "
                       "from what it trained on (the images scaled or standardized for training but not for "
                       "predicting, or with other statistics, or another layout), or the "
                       "model that predicts is not the one that trained (its weights drawn again after training, a "
                       "new model built to predict), or the predictions come back in another order than the images "
                       "(rows shuffled to predict them).",
                       "the model fits its training batches, yet predicts the same images wrongly when asked: "
                       "they reach it otherwise when it predicts (preprocessing applied to the training images only), "
                       "or the model that predicts is not the one that trained.")
    return None


def coverage_finding(record: TrainingRecord) -> Finding | None:
    """Training that saw many images but few distinct ones: batches that overlap or repeat, so that most of the
    training set never reaches the model."""
    trained = trained_epochs(record)
    if trained is None or record.rows_distinct is None:
        return None
    name, rows, epochs = trained
    distinct = record.rows_distinct
    # each distinct image seen twice or more: the training went over a part of the rows again and again (a
    # debugging subset X_train[:100] left in, or batches that overlap), however few epochs of all the rows that is
    if rows < 20 or distinct >= 0.5 * rows or not (epochs >= 2 or 0 < distinct and
                                                   record.images_trained >= 2 * distinct):
        return None
    times = f", each about {record.images_trained / distinct:.0f} times" if distinct else ""
    passes = record.permutations.get(str(rows), 0)  # torch.randperm(rows): one a pass (a DataLoader's too)
    if passes and record.images_trained == passes * rows:
        # every pass over a permutation of all the rows took as many images as the rows: all of them went in, but
        # many were alike by then (a cast to integers that truncates them, a rounding): not rows left out
        return Finding("rows_made_alike", f"your code trained on {record.images_trained} images, {passes} passes "
                       f"over the {rows} rows of {name}, as many images as rows each pass, yet only {distinct} "
                       f"distinct images ever reached the model: the rows were changed before training so that many "
                       f"became identical (a cast to integers, astype(np.uint8) or int, that truncates values below 1 "
                       f"to 0; a rounding; a clip?), or each pass's batches overlap and repeat rows (a batch sliced "
                       f"from its number, X[i:i + 64], where its offset is meant, X[i * 64:(i + 1) * 64])?",
                       f"your code trained on as many images as {name} has rows each pass, yet few distinct images "
                       "reached the model: the rows were changed so that many became identical (a cast to integers, "
                       "a rounding?), or the batches overlap.")
    return Finding("few_rows_trained", f"your code trained on {record.images_trained} images ({epochs:.1f} epochs "
                   f"of the {rows} rows of {name}), yet only {distinct} distinct images ever reached the "
                   f"model{times}: most of {name} is never trained on. A part of the rows kept for a quick run "
                   f"({name}[:{distinct}] left in?), the same rows taken every step, or batches that overlap (a batch "
                   "sliced from its number, X[i:i + 64] for the i-th batch, where its offset is meant, "
                   "X[i * 64:(i + 1) * 64])?",
                   f"your code trained on only a few distinct images of {name}, again and again: a part of the rows "
                   "kept (a debugging subset?), or batches that overlap or repeat.")


def symmetric_start_finding(record: TrainingRecord) -> Finding | None:
    """Every weight matrix and kernel the optimizer steps started with all its entries equal, not zero (zero is said
    with the flat loss): the units of a layer compute the same and get the same gradient, so they stay alike."""
    if not record.weights_start_alike or record.weights_start_zero or not record.steps:
        return None
    return Finding("weights_start_alike", "every weight matrix and kernel your optimizer steps started with all its "
                   "entries equal (a constant initialization, nn.init.constant_ or fill_?): the units of a layer then "
                   "compute the same thing and get the same gradient, so they stay equal however long it trains, and "
                   "each layer learns as one unit would. Leave the layers' own random initialization (or draw the "
                   "weights with nn.init's random initializers).",
                   "every weight started with all its entries equal: a layer's units stay alike and learn as one; "
                   "initialize the weights randomly.")


def predicted_rows_trained_finding(record: TrainingRecord) -> Finding | None:
    """The images to predict (an array argument after the training set) trained on: most of their rows reached a
    model in training mode (pseudo-labels, a fine-tuning on them), so what is predicted for an image depends on the
    others asked with it."""
    train = next(iter(record.rows), None)
    for name, trained in record.rows_trained_on.items():
        rows = record.rows.get(name, 0)
        if name != train and rows >= 2 and trained * 2 >= rows and not name.startswith("y"):
            return Finding("predicted_rows_trained", "your code trains on the images it is asked to predict: "
                           f"{trained} of the {rows} rows of {name} reached the model in training mode (a "
                           "fine-tuning on them, with its own predictions as labels?). What it predicts for an "
                           "image then depends on which images are asked with it; train on the training set only, "
                           f"and predict {name} once, in eval mode.",
                           f"your code trains on the images it is asked to predict ({name}): train on the training "
                           "set only, and predict them once, in eval mode.")
    return None


def order_finding(record: TrainingRecord) -> Finding | None:
    """A permutation drawn of the rows of an array argument other than the training set (the images to predict):
    a DataLoader with shuffle=True over them, so the predictions come back in another order than their rows."""
    if not record.rows:
        return None
    (train, train_rows), *others = record.rows.items()
    for name, rows in others:
        drawn = record.permutations.get(str(rows), 0)
        if rows >= 2 and rows != train_rows and drawn >= 2 and record.rows_distinct is not None and \
                record.rows_distinct <= rows and record.steps and not name.startswith("y"):
            # drawn again and again (once an epoch), and the training reached no more rows than that: the training
            # batches are orders of the other array's length (randperm(len(X_test)) where len(y) is meant)
            return Finding("training_order_of_another_length",
                           f"your code drew {drawn} permutations of {rows} rows, as many as {name} has, and trained on "
                           f"only {record.rows_distinct} distinct images of the {train_rows} of {train}: the training "
                           f"batches are drawn as orders of {rows} rows where {train_rows} are meant (a permutation "
                           f"of len({name}) where len({train}) or len(y) is meant?), so the model is trained on the "
                           f"first {min(rows, train_rows)} images only (and on more or fewer as {name} holds more or "
                           "fewer).",
                           f"the training batches are drawn as permutations of as many rows as {name} has, not as "
                           f"the training set has: a permutation of len({name}) where the training set's length is "
                           "meant?")
        if rows >= 2 and rows != train_rows and drawn and not name.startswith("y"):
            return Finding("predictions_shuffled", f"your code drew a permutation of the {rows} rows of {name} "
                           f"(a DataLoader with shuffle=True over {name}?): the predictions then come back in that "
                           f"shuffled order, not in the order of {name}'s rows, so each row of what you return is "
                           f"another image's. Predict in order: shuffle=False (or no DataLoader) for {name}.",
                           f"your code shuffled the rows of {name} before predicting them: the predictions come back "
                           "in another order than the images; predict them in order (shuffle=False).")
    return None


def batches_finding(record: TrainingRecord) -> Finding | None:
    """Training batches that hold far fewer classes than batches drawn in a shuffled order would (a training set
    sorted by label, taken in that order): each step learns one or two classes."""
    pairs = list(zip(record.batch_classes, record.batch_sizes))
    classes = record.labels_seen
    if len(pairs) < 8 or classes < 3:
        return None
    # a batch of b labels drawn at random from k classes alike holds k (1 - (1 - 1/k) ** b) of them on average
    shuffled = sum(classes * (1 - (1 - 1 / classes) ** size) for _, size in pairs)
    held = sum(k for k, _ in pairs)
    if held > 0.5 * shuffled:
        return None
    sizes = sorted(size for _, size in pairs)
    return Finding("batches_by_class", f"your training batches held {held / len(pairs):.1f} different labels on "
                   f"average (the first {len(pairs)}, of about {sizes[len(sizes) // 2]} images each), where the "
                   f"training set has {classes} classes and batches drawn in a shuffled order would hold about "
                   f"{shuffled / len(pairs):.1f}: the images are taken in the order of their labels (sorted or "
                   "grouped by class) without shuffling, so each step learns one or two classes and every epoch ends "
                   "on the last ones. Shuffle the order every epoch (torch.randperm(len(y))), images and labels "
                   "with the same indices.",
                   "your training batches each held only a few of the classes: the images are taken in the order of "
                   "their labels, not shuffled; shuffle them every epoch, images and labels alike.")


def parameters_finding(record: TrainingRecord) -> Finding | None:
    """An optimizer given only some of the parameters of the model that trained (its last layer's: a fine-tuning
    habit): the others keep their initial values."""
    trained, stepped = record.trained_tensors, record.stepped_tensors
    if not record.steps or not trained or not stepped or stepped >= trained:
        return None
    share = ""
    if record.trained_entries and record.stepped_entries is not None:
        share = f", {record.stepped_entries:,} of its {record.trained_entries:,} weights"
    return Finding("part_of_model_stepped", f"the optimizer steps {stepped} of the {trained} parameter tensors of the "
                   f"model that trained{share}: the others keep the values they started with, so the layers they "
                   "belong to never learn. Give the optimizer every parameter: torch.optim.Adam(model.parameters(), "
                   "...), not one layer's.",
                   "the optimizer steps only some of the model's parameters: the others never learn; give it "
                   "model.parameters().")


def epochs_finding(record: TrainingRecord) -> Finding | None:
    """Training that ended after an epoch or two, well within its time budget; or that took one step (or fewer)
    for each pass over the training rows, where a pass has many batches."""
    trained = trained_epochs(record)
    if trained is None or record.steps == 0 or record.eval_steps:
        return None  # (images are counted in training mode: steps taken in eval mode, said by mode_finding, are not)
    name, rows, epochs = trained
    passes = record.permutations.get(str(rows), 0)  # torch.randperm(rows): one a pass (a DataLoader's too)
    batch = record.images_trained / record.steps
    if passes >= 2 and record.steps <= passes and rows >= 3 * batch:
        return Finding("one_step_per_pass", f"your code drew {passes} permutations of the {rows} rows of {name} "
                       f"(one for each pass over them) and took {record.steps} optimizer steps, one for each pass or "
                       f"fewer, on {record.images_trained} images in all (about {batch:.0f} a step): each pass trains "
                       "on one batch, not on all of its rows. The lines of the training step (zero_grad, the forward "
                       "pass, backward(), step()) are outside the loop over the batches (indented one level too "
                       "little?): put them inside it.",
                       "your code took one optimizer step for each pass over the training rows, where a pass has "
                       "many batches: the training step is outside the loop over the batches; put it inside.")
    budget = record.numbers.get("time_budget_s")
    if epochs > 2 or (budget is not None and record.elapsed_s >= 0.25 * budget):
        return None
    within = f" and returned after {record.elapsed_s:.1f} s of its {budget:.0f} s budget" if budget else ""
    return Finding("trained_briefly", f"your code trained on {record.images_trained} images ({epochs:.1f} epochs of "
                   f"the {rows} of {name}, {record.steps} optimizer steps){within}: the training loop ended early (a "
                   "return or break inside it, or a time check that holds from the start) or runs too few epochs.",
                   "your code trained an epoch or two and returned early: the training loop ended early or runs too "
                   "few epochs.")


def rows_finding(record: TrainingRecord, c: Comparison | None, returned: Any) -> Finding | None:
    """Outputs (what the call returned) with another number of rows than the check asked for, as many as another
    array argument has."""
    shape = getattr(returned, "shape", None)
    one = np.asarray(returned) if shape == () or isinstance(returned, (float, np.floating)) else None
    if c is not None and c.expected_shape and one is not None and one.dtype.kind == "f" and np.isfinite(one):
        asked = [name for name, rows in record.rows.items() if rows == c.expected_shape[0]]
        rows = f", one per row of `{asked[-1]}`" if asked else ""
        return Finding("reduced_to_one_number", f"yours is one number where logits are asked, {c.expected_shape[0]} "
                       f"rows of them{rows}: the logits were reduced over every axis, an average or sum taken "
                       "without axis= (np.mean(snapshots) of a list of logits, per epoch or per view, averages "
                       "every entry into one; np.mean(snapshots, axis=0) averages the lists' items, keeping a row "
                       "per image).", "yours is one number where logits with a row per image are asked: an "
                       "average or sum taken over every axis (without axis=).")
    if c is None or not c.expected_shape or not shape or shape[0] == c.expected_shape[0]:
        return None
    got = int(shape[0])
    alike = [name for name, rows in record.rows.items() if rows == got]
    asked = [name for name, rows in record.rows.items() if rows == c.expected_shape[0]]
    sizes, last = record.batch_sizes, record.batch_size_last
    predicted = record.given_rows_predicted
    if not alike and asked and predicted and predicted < c.expected_shape[0] and got <= predicted:
        # the model predicted rows of the images asked for, fewer than asked: part of them (not a training batch's)
        return Finding("rows_of_part_of_the_input", f"yours has {got} rows where {c.expected_shape[0]} are asked "
                       f"for, one per row of `{asked[-1]}`, and the model predicted only {predicted} of "
                       f"`{asked[-1]}`'s rows after training: your prediction covers part of `{asked[-1]}` (chunks "
                       "sliced to a fixed end, X_test[start:64] where X_test[start:start + 64] is meant; a loop "
                       "over chunks that stops early; only the last chunk's logits kept?). Predict every row, in "
                       "order.",
                       "yours has fewer rows than asked: the model predicted only part of the images asked for; "
                       "predict every row, in order.")
    if not alike and asked and sizes and (got in sizes or got == last) and got not in record.rows.values():
        # as many rows as a batch of the training: what a training step computed, kept past the loop
        which = "your last training batch had" if got == last else "one of your training batches had"
        usual = max(set(sizes), key=sizes.count)
        batches = f" (your batches held {usual} labels{f', the last {last}' if last not in (None, usual) else ''})"
        return Finding("rows_of_a_training_batch", f"yours has {got} rows, as many as {which}{batches}, where "
                       f"{c.expected_shape[0]} are asked for, one per row of `{asked[-1]}`: what you return was "
                       "computed on a training batch (the logits of the last step, kept from the training loop?), "
                       f"not predicted for `{asked[-1]}`.",
                       "yours has as many rows as a training batch: what you return was computed in training, not "
                       "predicted for the images asked.")
    meant = c.expected_shape[0]
    if not alike and asked and meant and got > meant and got % meant == 0:
        k = got // meant
        if predicted == meant:  # (every image reached the model whole: its predictions were made more than once)
            return Finding("rows_per_image", f"yours has {got} rows where {meant} are asked for, one per row of "
                           f"`{asked[-1]}`: {k} rows an image, though every image of `{asked[-1]}` reached the "
                           f"model whole. The predictions of {k} passes over the images are joined (views of a "
                           "test-time augmentation concatenated where their logits are to be averaged, or the "
                           "predictions of every epoch kept?): return one row of logits per image.",
                           "yours has several rows for each image asked, though each image reached the model whole: "
                           "the predictions of several passes are joined; return one row per image.")
        if predicted == 0:  # (none did: each was cut into several rows of the batch axis)
            return Finding("rows_per_image", f"yours has {got} rows where {meant} are asked for, one per row of "
                           f"`{asked[-1]}`: {k} rows an image, and no image of `{asked[-1]}` reached the model as "
                           f"it is given. Each image reached it cut into {k} pieces: a view or reshape to a fixed "
                           "size smaller than the images (a height and width written into the code, those of other "
                           "images), or another axis (channels, rows) folded into the batch axis. Reshape with the "
                           "images' own sizes (x.shape), or give the model the images as they are.",
                           "yours has several rows for each image asked: each image reached the model cut into "
                           "several (a view or reshape to a fixed size smaller than the images, or another axis "
                           "folded into the batch axis).")
        # (not told whether the images reached the model whole: rows of another size reached it, or too many)
        return Finding("rows_per_image", f"yours has {got} rows where {meant} are asked for, one per row of "
                       f"`{asked[-1]}`: {k} rows an image. Either each image reached the model cut into {k} pieces (a "
                       "view or reshape to a fixed size smaller than the images: a height and width written into the "
                       "code, those of other images; or another axis folded into the batch axis), or the predictions "
                       f"of {k} passes over the images are joined (a test-time augmentation's views concatenated, the "
                       "predictions of every epoch kept). Return one row of logits per image.",
                       "yours has several rows for each image asked: each image cut into several on its way to the "
                       "model, or the predictions of several passes joined; return one row per image.",
                       lists_causes=True)
    if not alike or not asked:
        return None
    return Finding("rows_of_another_argument", f"yours has {got} rows, as many as `{alike[0]}` has, where "
                   f"{c.expected_shape[0]} are asked for, one per row of `{asked[-1]}`: it is computed from "
                   f"`{alike[0]}` where `{asked[-1]}` is meant.",
                   "yours has as many rows as another argument: it is computed from the wrong input.")


def _dims(shape: list[int] | tuple[int, ...]) -> str:
    """A shape said as its sizes joined by " x " (1 x 8 x 8)."""
    return " x ".join(str(k) for k in shape)


def images_reduced_finding(record: TrainingRecord) -> Finding | None:
    """Each example the model trained on holds a whole fraction (1/2 or less) of the values of a row of the training
    images as given: the images cut down before training (every other pixel, a crop, a pooling of the data)."""
    trained, given = record.example_shape_trained, record.example_shape_given
    # (images of as many axes and channels, their height and width each a whole fraction of the given's: not codes
    # of another stage's making, nor the steps of a sequence)
    if not trained or not given or len(trained) != len(given) or len(given) < 2 or trained[:-2] != given[:-2] or \
            any(k < 1 or g % k for k, g in zip(trained[-2:], given[-2:])):
        return None
    kept, held = math.prod(trained), math.prod(given)
    if not kept or held // kept < 2:
        return None
    name = next(iter(record.rows), "the training images")
    return Finding("images_reduced", f"each image your model trained on held {kept} values (shape "
                   f"{_dims(trained)}), where each row of {name} holds {held} (shape {_dims(given)}): the images "
                   f"were cut down to 1/{held // kept} of their values before training (every other pixel, "
                   "X[:, :, ::2, ::2]; a crop; a pooling or resize of the data), so the model learns from part of "
                   "what tells the classes apart. Give it the images as they are (and predict on them alike).",
                   "the images your model trained on hold a fraction of the values of the training images as "
                   "given: they were cut down before training (a step slice, a crop, a pooling or resize); give the "
                   "model the images as they are.")


def window_on_one_pixel_finding(record: TrainingRecord) -> Finding | None:
    """A 2-D convolution or pooling with a window larger than 1 x 1 given maps of 1 x 1 in training: their height and
    width were reduced away before it (a global pooling placed before the convolutions)."""
    if not record.window_on_one_pixel or "|" not in record.window_on_one_pixel:
        return None
    layer, shape = record.window_on_one_pixel.rsplit("|", 1)
    return Finding("window_on_one_pixel", f"in training, your model's layer `{layer}` was given maps of 1 x 1 (a "
                   f"batch of shape {shape}): its window sees one value per channel, the rest padding. The height "
                   "and width of what reaches it were reduced to 1 before it (a global pooling such as "
                   "nn.AdaptiveAvgPool2d(1), or a mean over the spatial axes, placed before the convolutions; or "
                   "more poolings than the images' size allows), so what follows learns from each channel's single "
                   "value alone. Put the global pooling after the last convolution, just before the flatten.",
                   "a convolution or pooling of your model was given maps of one pixel in training: a global pooling "
                   "(or a mean over the spatial axes, or more poolings than the images allow) comes before it; put "
                   "the global pooling after the last convolution.")


def horizon_finding(record: TrainingRecord) -> Finding | None:
    """A scheduler built for about as many steps as the optimizer made (OneCycleLR for epochs * batches) but stepped
    a quarter of them or fewer (once an epoch): its schedule stops early, its rate never where it was meant to go. A
    CosineAnnealingLR stepped more than twice its T_max: its rate fell to its least and rose again."""
    for s in record.schedulers:
        if s.horizon >= 8 and 2 * record.steps >= s.horizon and 1 <= s.stepped and \
                4 * s.stepped <= min(s.horizon, record.steps):
            every = record.steps / s.stepped
            return Finding("schedule_cut_short", f"your {s.name} was built for {s.horizon} steps, about as many as "
                           f"the {record.steps} optimizer steps the training made, but scheduler.step() ran "
                           f"{s.stepped} times (once every {every:.0f} optimizer steps: once an epoch?), so the "
                           f"schedule stopped {s.stepped} steps into its {s.horizon} (the learning rate at the last "
                           f"step: {_rate(record.lr_last)}). A schedule counted in batches is stepped after every "
                           "optimizer step; or build it for as many steps as it is stepped.",
                           "a learning rate scheduler built for about as many steps as the optimizer made was "
                           "stepped far fewer times (once an epoch?): its schedule stopped early. Step it after every "
                           "optimizer step, or build it for the steps it is given.")
        if s.name == "CosineAnnealingLR" and s.horizon >= 1 and s.stepped > 2 * s.horizon and record.steps >= 40:
            return Finding("schedule_restarted", f"your CosineAnnealingLR was built with T_max = {s.horizon} and "
                           f"stepped {s.stepped} times: cosine annealing goes down to its least rate over T_max steps "
                           "and back up over the next T_max, so the rate rose and fell about "
                           f"{s.stepped // s.horizon // 2} times in training. T_max counts scheduler.step() calls: "
                           "set it to the number of steps made (epochs * batches where it is stepped every batch), or "
                           "step it once an epoch.",
                           "a CosineAnnealingLR stepped more than twice its T_max: its rate went back up. T_max counts "
                           "scheduler.step() calls.")
    return None


def learning_findings(record: TrainingRecord, c: Comparison | None, returned: Any = None) -> list[Finding]:
    """The findings of one call's training for a check of what it returned (an accuracy short of full credit; or,
    c None, another check of a test that trained: the classes read off what the call returned)."""
    shape = c.got_shape if c is not None else getattr(returned, "shape", None)
    classes = shape[1] if shape and len(shape) == 2 and shape[1] > 1 else None
    seen = c.seen_accuracy if c is not None else None
    count = c.seen_count if c is not None and c.seen_count else 0
    found = [rows_finding(record, c, returned), mode_finding(record)]
    loss = loss_finding(record, classes, seen, count, _probabilities(returned), c.accuracy if c is not None else None)
    setting = settings_finding(record)
    # (a setting that keeps the optimizer from training says why the loss stayed flat, rose or overflowed; what the
    # loss shows of another cause, a loss of raw scores below zero, says more than the setting)
    last = (setting, loss) if loss is None or loss.relation in SETTING_EXPLAINS else (loss, setting)
    # (what reached the model, reduced, after what keeps a training from training at all: steps, the model, and a
    # setting that does, where one is seen)
    reduced = (window_on_one_pixel_finding(record), images_reduced_finding(record))
    for finding in (symmetric_start_finding(record), predicted_rows_trained_finding(record), order_finding(record),
                    batches_finding(record),
                    step_finding(record), model_finding(record, seen), parameters_finding(record),
                    *(reduced if setting is None else ()), coverage_finding(record), epochs_finding(record),
                    schedule_finding(record), *last, *(reduced if setting is not None else ())):
        # a model that predicts in training mode is itself why it predicts its training images worse than it fits
        # its batches: the other causes of that are not listed beside it
        if finding is not None and not (found[1] is not None and finding.relation == "fits_batches_not_predictions"):
            found.append(finding)
            break
    return [f for f in found if f is not None]


def _probabilities(returned: Any) -> bool:
    """What a call returned is rows of probabilities: numbers in [0, 1] that sum to 1 (a softmax applied)."""
    if not isinstance(returned, np.ndarray) or returned.ndim != 2 or returned.shape[1] < 2 or \
            returned.dtype.kind != "f" or not np.isfinite(returned).all():
        return False
    return bool((returned >= -1e-6).all() and (returned <= 1 + 1e-6).all() and
                np.allclose(returned.sum(axis=1), 1.0, atol=1e-3))


def rerun_finding(first: TrainingRecord, second: TrainingRecord) -> Finding | None:
    """Two calls given the same arguments that returned different values: the random source or the clock that
    made them part, as the records show it (a generator left unseeded first)."""
    names = {"numpy": ("NumPy's global generator (np.random)", "np.random.seed(seed), or draw from "
                       "np.random.default_rng(seed)"),
             "python": ("Python's random module", "random.seed(seed)"),
             "torch": ("torch's generator", "torch.manual_seed(seed) before the model is built")}
    for source, (name, fix) in names.items():
        a, b = first.random.get(source), second.random.get(source)
        if a is None or b is None:
            continue
        if source == "torch" and (a.reseeded or b.reseeded) and a.end != b.end:
            return Finding("reseeded_at_random", "your code calls torch.seed(): it does not return the seed that was "
                           "set, it seeds torch's generator anew from a non-deterministic source (and returns that new "
                           "seed), so every draw after it differs from run to run. Remove the call (to log the seed, "
                           "print `seed` itself); torch.manual_seed(seed) is what seeds.",
                           "your code calls torch.seed(), which seeds torch's generator anew at random: remove it; "
                           "torch.manual_seed(seed) is what seeds.")
        if source == "torch" and (a.drawn_before_seed or b.drawn_before_seed) and a.seeded and b.seeded:
            return Finding("seeded_too_late", "torch's generator was drawn from before torch.manual_seed(seed) ran "
                           "(the model's weights initialized, or a draw made, before the seed was set): those draws "
                           "differ from run to run. Seed first, before building the model.",
                           "torch was drawn from before it was seeded: seed first, before building the model.")
        if a.changed and b.changed and a.end != b.end and not (a.seeded or b.seeded):
            return Finding("unseeded_random_source", f"your code draws from {name} without seeding it: two calls "
                           f"with the same seed left it in different states. Seed it from `seed`: {fix}.",
                           f"your code draws from {name} without seeding it from `seed`.")
    if first.unseeded_generators or second.unseeded_generators:
        return Finding("unseeded_random_source", "your code makes a generator with np.random.default_rng() and no "
                       "seed: it draws other numbers on every run. Pass it `seed`: np.random.default_rng(seed).",
                       "np.random.default_rng() is called without a seed: pass it `seed`.")
    if first.generators_made > second.generators_made:
        return _generator_kept(f"the first of two calls with the same seed made {first.generators_made} NumPy "
                               f"generator(s) (np.random.default_rng) and the second {second.generators_made}",
                               "a NumPy generator")
    if first.generators_reused or second.generators_reused:
        reused = second.generators_reused or first.generators_reused
        return _generator_kept(f"of two calls with the same seed, one drew {reused} time(s) from a torch generator "
                               "(generator=...) that an earlier call had drawn from already", "a torch generator")
    # every generator seeded alike: the runs parted on the clock (said after them: a run cut short on a loaded
    # machine by a time limit that is only a cut-off is no cause where a generator was left unseeded)
    if first.steps != second.steps:
        return Finding("trains_on_the_clock", f"two calls with the same arguments (seed included) took {first.steps} "
                       f"and {second.steps} optimizer steps: how long your loop trains depends on the clock, not on "
                       "the seed. Train a fixed number of epochs (the clock only as a cut-off).",
                       "two runs with the same seed took different numbers of steps: the loop trains on the clock.")
    return None


def _generator_kept(seen: str, kind: str) -> Finding:
    """A random generator kept from one call to the next, as seen (what the two calls' records show)."""
    return Finding("generator_kept_across_calls", f"{seen}: a generator kept from one call to the next (a global, a "
                   "default argument, an attribute of the function) goes on drawing where the first call left it, so "
                   "the second run draws other numbers. Make the generator inside the function, from `seed`, on every "
                   "call.", f"{kind} is kept from one call to the next: make it inside the function, from `seed`, on "
                   "every call.")


# what two runs with the same seed that differ are said to come from (rerun_finding): the cause of state kept
RERUN_CAUSES = ("seeded_too_late", "trains_on_the_clock", "unseeded_random_source", "generator_kept_across_calls")
NO_EFFECT = ("no_backward", "optimizer_not_on_model", "loss_detached", "zero_gradients_at_step")  # no effect


def training_kind(record: TrainingRecord) -> tuple[bool | None, str | None, str | None]:
    """What kind of training a call did, as far as it tells a catalogued mistake from another: whether it left
    the model that predicted trained (None: cannot be told, its weights changed by other means after training)
    and, where it did, what its steps and its models say (step_finding's and model_finding's relations)."""
    step, model = step_finding(record), model_finding(record, None)
    step_says, model_says = (step.relation if step else None), (model.relation if model else None)
    if not record.steps or step_says in NO_EFFECT or model_says in ("predicted_by_untrained_model",
                                                                     "predicted_with_initial_weights"):
        return False, None, None
    if record.predicted_weights == "other":
        return None, None, None
    return True, step_says, model_says


def trained_alike(student: dict[int, TrainingRecord], mistake: dict[int, TrainingRecord]) -> bool:
    """A catalogued mistake's calls trained as the student's did, where both trained or predicted with torch (a
    mistake in what is returned, with no torch in it, says nothing of training): both left the model that
    predicted untrained, or both trained it alike (where either cannot be told, they may be alike)."""
    for i, record in student.items():
        if i not in mistake:
            continue
        mine, theirs = training_kind(record), training_kind(mistake[i])
        if mine[0] is not None and theirs[0] is not None and mine != theirs:
            return False
    return True


def _differ(a: Any, b: Any) -> bool:
    """Two returned values that are not the same array."""
    return not (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape
                and np.array_equal(a, b))


def normalized_over_rows(value: Any) -> bool:
    """A 2-D array of several rows and columns whose columns each sum to 1 (non-negative entries), and whose rows
    do not: probabilities normalized over the rows (the batch) where each row is meant to be normalized."""
    if not isinstance(value, np.ndarray) or value.ndim != 2 or min(value.shape) < 2 or value.dtype.kind != "f" or \
            not np.isfinite(value).all() or value.min() < 0:
        return False
    return bool(np.allclose(value.sum(axis=0), 1.0, atol=1e-4) and not np.allclose(value.sum(axis=1), 1.0, atol=1e-4))


def training_findings(comparisons: list[Comparison], returned: list[tuple[str, Any, bool]],
                      trainings: dict[int, TrainingRecord]) -> list[tuple[str, Finding]]:
    """(check name, finding) for a test's failing checks, from its calls' training records: the last call's
    training for the first failing score (or check), and two calls with the same arguments that returned
    different values for the first failing check."""
    failing = [c for c in comparisons if c.lost_points and c.kind in ("score", "check")]
    if not failing or not trainings:
        return []
    found: list[tuple[str, Finding]] = []
    checks = [c for c in failing if c.kind == "check"]
    order = sorted(trainings)
    for i, first in enumerate(order):
        twin = next((j for j in order[i + 1:] if trainings[j].arguments == trainings[first].arguments
                     and returned[j][0] == returned[first][0]), None)
        if twin is not None and _differ(returned[first][1], returned[twin][1]):
            finding = rerun_finding(trainings[first], trainings[twin])
            if finding is not None and checks:
                found.append((checks[0].name, finding))
            break
    scored = [c for c in failing if c.kind == "score"] or failing
    batch_normalized = next((value for _, value, _ in returned if normalized_over_rows(value)), None)
    if batch_normalized is not None:  # what one image's scores are depends on the others: said of the check that
        # sees it, or of the accuracy, whose shortfall it then explains (nothing else is said of it)
        found.append(((checks[-1] if checks else scored[0]).name, Finding(
            "softmax_over_images", f"the logits your function returns sum to 1 down each column, over the "
            f"{len(batch_normalized)} images, not along each row: a softmax over dim 0 (the images) where dim 1 "
            "(the classes) is meant, so each image's scores depend on the other images it is predicted with. "
            "Return the logits before any softmax (the grader takes their argmax), or take it over dim=1.",
            "the logits your function returns sum to 1 over the images, not over each image's classes: a softmax "
            "over dim 0 where dim 1 is meant (or none at all: the grader takes the argmax of the logits).")))
        if not checks:
            return found
    last = order[-1]
    for finding in learning_findings(trainings[last], scored[0] if scored[0].kind == "score" else None,
                                     returned[last][1] if last < len(returned) else None):
        found.append((scored[0].name, finding))
    return found
