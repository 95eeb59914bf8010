"""What the student's torch training did during one call: steps, losses, gradients, modes, random sources.

Runs inside the sandboxed child (sandbox/child.py) around each ordinary call, once the student's module has
imported torch. It changes no value the student's code computes and draws from no random generator: it counts
optimizer steps and backward passes (torch's global hooks and a wrapper of Tensor.backward), keeps the losses
backward() was called on, notes whether the gradients were still nonzero before a backward pass (never zeroed)
or zero at a step (zeroed in between), how many images the model was trained on, whether batch norm or dropout
ran in training mode when the model last predicted, and whether each global random generator (NumPy's,
Python's, torch's) was drawn from, seeded, and in which state the call left it.

For the diagnosis of training code (grading/training.py): the record comes back beside the call's value as
data the grader checks (sandbox/training_record.py), never as code. Everything is bounded; the probe's own
failures are swallowed so that they never change what the student's code does.
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import inspect
import math
import random
import sys
import time
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any, NamedTuple

import numpy as np

SOURCES = ("numpy", "python", "torch")  # the global random generators watched
MAX_LOSSES = 60  # losses kept at each end of the run
MAX_LABELS = 1000  # classes told apart among the training batches' labels, at most
MAX_ROWS_TOLD = 200_000  # distinct training rows counted (more: not counted)
MAX_GRAPH_CHECKS = 20  # scalar losses whose graph is walked for a weight (the first ones)
MAX_GRAPH_NODES = 5_000  # nodes walked in one loss's graph
MAX_PENDING = 20_000  # device scalars kept for evaluation at the end of the call (gradient checks)
DIGEST_BYTES = 64 * 1024 * 1024  # array bytes hashed into the arguments' digest


class RootCall(NamedTuple):
    """What the probe saw of one call of the model from outside it, when it returned."""

    norm_mode: bool | None  # None: no batch norm or dropout layer ran; else whether they ran in training mode
    backward: int  # backward passes counted before it returned (a prediction: none follows it)
    untracked: bool  # a batch norm keeping no running statistics ran in eval mode
    frozen: bool  # one built with momentum=0 ran
    unmeasured: bool  # one ran in eval mode with running statistics as they start (no batch tracked), after training
    dropout: bool  # a dropout function ran told training=True (F.dropout's default), inside the model's call
    trained: bool | None  # root_trained as the call ended
    weights: str | None  # root_weights as the call ended
    ran_training: bool | None = None  # a prediction's model was called in training mode before (None: not told)


class Probe:
    """Installed once per process (install()); begin() and end() bracket one call of the student's code."""

    def __init__(self, torch: Any) -> None:
        self.torch = torch
        self.active = False
        self.depth = 0
        self._norm_types = tuple(t for t in (getattr(importlib.import_module("torch.nn.modules.batchnorm"),
                                                     "_BatchNorm", None),
                                             getattr(importlib.import_module("torch.nn.modules.dropout"),
                                                     "_DropoutNd", None)) if t)
        # across calls: the torch generators drawn from (generator=g), by the call that first drew from each (the
        # objects kept, so that an id is not reused by another generator)
        self.calls = 0
        self._generators: dict[int, tuple[int, Any]] = {}
        self.reset()

    def reset(self) -> None:
        self.steps = self.backward = 0
        self.losses_first: list[Any] = []
        self.losses_last: deque[Any] = deque(maxlen=MAX_LOSSES)
        self.loss_count = 0
        self.stale: list[Any] = []  # per backward after a step: |grad| summed over a watched parameter
        self.reached = 0  # backward passes after a step that left the watched parameter with a gradient
        self.after: list[Any] = []  # ... and |grad| summed over it just after each of them (the first MAX_PENDING)
        self.zero_at_step: list[Any] = []  # per step: |grad| summed over all the optimizer's parameters
        self.watched: Any = None  # a weak reference to the smallest parameter of the first optimizer stepped
        self.optimizer = ""
        self.optimizers: weakref.WeakSet[Any] = weakref.WeakSet()  # the optimizers that stepped
        self.optimizers_made = 0  # of them, how many (one made anew each epoch: one per epoch)
        self.models: weakref.WeakSet[Any] = weakref.WeakSet()  # the models called in training mode
        self.models_trained = 0
        # a root call with gradients on, in eval mode, under way before the next step: its steps trained a model
        # whose batch norm or dropout ran in eval mode (model.eval() where model.train() is meant)
        self.eval_pending = False
        self.eval_steps = 0
        # steps after a forward of a model in training mode whose batch norm layers ran in eval mode ("frozen")
        self.norm_eval_steps = 0
        self.norm_eval_pending = False
        self.root_training = False  # the model called from outside was in training mode
        # of the scalar losses backward ran on (the first MAX_GRAPH_CHECKS), those whose graph reaches no tensor that
        # requires a gradient (a loss rebuilt from a number: torch.tensor(loss.item(), requires_grad=True))
        self.graph_checked = self.detached_losses = 0
        # the parameters an optimizer stepped, by id (a WeakSet would compare tensors with ==, entry by entry)
        self.stepped: dict[int, weakref.ref[Any]] = {}
        self.before_steps: Any = None  # the watched parameter's value before the first step (a copy)
        self.after_step: Any = None  # ... after the last step
        # the steps (counted from 1) before which the watched parameter was not as the step before left it: weights
        # changed between steps by other means than the optimizer (reset_parameters() every epoch)
        self.moved_before_steps: list[int] = []
        self.root_trained: bool | None = None  # the root call under way: a model with stepped parameters
        self.root_ran_training: bool | None = None  # ... a model called in training mode before it predicted
        self.root_weights: str | None = None  # ... whose watched parameter is as the last step left it, or not
        self.lr_first: float | None = None
        self.momentum: float | None = None  # the first optimizer's momentum (SGD's), if it has one
        self.weight_decay: float | None = None  # ... and its weight_decay
        self.label_smoothing: float | None = None  # the largest a cross-entropy was given (module or function)
        # the labels of the first MAX_LOSSES cross-entropies computed with gradients on (the training batches'): how
        # many classes each batch held, and the classes seen in all of them (batches taken in the order of a
        # training set sorted by label hold one or two)
        self.batch_classes: list[int] = []
        self.batch_sizes: list[int] = []
        self.batch_size_last: int | None = None  # ... and how many labels the last one had, however many came before
        self.labels_seen: set[int] = set()
        self.weights_start_zero: bool | None = None
        self.weights_start_alike: bool | None = None  # ... each with all its entries equal (a constant init)
        self.lr_last: float | None = None
        self.lrs_first: list[float | None] = []  # the learning rate at each of the first MAX_LOSSES steps
        self.lr_set: float | None = None  # the rate the first optimizer was built with (its defaults' lr)
        self.dampening: float | None = None  # the first optimizer's dampening, where it has one (SGD)
        self.betas: list[float] | None = None  # ... and its betas (Adam's)
        self.images_trained = 0
        self.trained_forwards = 0
        self.empty_forwards = 0  # training forwards given a batch of no images (a slice past the data's end)
        self.example_shape_trained: list[int] | None = None  # one example's shape in the last training batch
        # the first layer of a training forward with a window larger than 1 x 1 given maps of 1 x 1, as "repr|shape"
        self.window_on_one_pixel: str | None = None
        # the training rows that reached a model, told apart by a projection of each (MAX_ROWS_TOLD at most): how
        # many distinct ones (batches that overlap, or the same batch each epoch, reach few)
        self.rows_told: set[float] = set()
        self.rows_predicted: set[float] = set()  # ... and the rows a model predicted after training, told alike
        self._keys_made: dict[tuple[int, str], set[float]] = {}  # an argument's rows told, by (its id, a dtype)
        self._projections: dict[int, Any] = {}
        self.norm_in_root: bool | None = None  # in the root call under way: None (no norm layer), else their mode
        # ... and whether a batch norm of it that keeps no running statistics ran in eval mode (it normalizes with the
        # batch's own statistics all the same)
        self.untracked_in_root = False
        # ... and whether one built with momentum=0 did: its running statistics never moved
        self.frozen_in_root = False
        self.unmeasured_in_root = False  # ... and whether one ran in eval mode, after training, with no batch tracked
        self.dropout_in_root = False  # ... and whether a dropout function ran with training=True within it
        self.last_root: RootCall | None = None  # the last call of the model from outside it (not a layer's)
        self.seeded: dict[str, bool] = dict.fromkeys(SOURCES, False)
        self.drawn_before_seed: dict[str, bool] = dict.fromkeys(SOURCES, False)
        # seeded anew from a non-deterministic source (torch.seed(), np.random.seed() without a seed)
        self.reseeded: dict[str, bool] = dict.fromkeys(SOURCES, False)
        self.unseeded_generators = 0
        self.generators_made = 0
        self.generators_reused = 0
        self.permutations: dict[int, int] = {}  # torch.randperm(n) calls by n (a DataLoader's shuffle makes one)
        self.parameters_stepped: dict[str, int] = {}  # as _parameters_stepped() found it at the last step
        # the learning rate schedulers made (MAX_SCHEDULERS at most), held until the call's record is made (a local
        # of the student's function is gone when it returns)
        self.schedulers: list[Any] = []
        # a ReduceLROnPlateau's mode ("min", "max") and the metrics its step() was given (the first few)
        self.plateau_mode: str | None = None
        self.plateau_metrics: list[float] = []
        self.start_states: dict[str, str] = {}

    # -- the hooks (each does nothing outside a call, and never raises into the student's code)
    def on_backward(self, tensor: Any) -> Any:
        if not self.active:
            return None
        try:
            self.backward += 1
            if tensor.numel() == 1:
                self.loss_count += 1
                if self.graph_checked < MAX_GRAPH_CHECKS:
                    self.graph_checked += 1
                    self.detached_losses += not _reaches_a_leaf(tensor)
                value = tensor.detach().reshape(())
                if len(self.losses_first) < MAX_LOSSES:
                    self.losses_first.append(value)
                else:
                    self.losses_last.append(value)
            param = self.watched() if self.watched is not None else None
            if param is not None and len(self.stale) < MAX_PENDING:
                grad = param.grad
                self.stale.append(None if grad is None else grad.detach().abs().sum())
                return param
        except Exception:  # noqa: BLE001 - the probe's failure is no student's
            pass
        return None

    def after_backward(self, param: Any) -> None:
        """The watched parameter (on_backward's return) after the backward pass: did it reach it?"""
        if param is not None and getattr(param, "grad", None) is not None:
            self.reached += 1
            try:
                if len(self.after) < MAX_PENDING:
                    self.after.append(param.grad.detach().abs().sum())
            except Exception:  # noqa: BLE001 - the probe's failure is no student's
                pass

    def on_step(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        if not self.active:
            return
        try:
            self.steps += 1
            if self.eval_pending and self.last_root is not None and self.last_root.norm_mode is False:
                self.eval_steps += 1  # (its norm or dropout layers, all in eval mode)
            self.norm_eval_steps += int(self.norm_eval_pending)
            self.eval_pending = self.norm_eval_pending = False
            lr = optimizer.param_groups[0].get("lr")
            lr = float(lr) if isinstance(lr, (int, float)) or hasattr(lr, "item") else None
            if self.steps == 1:
                self.optimizer, self.lr_first = type(optimizer).__name__, lr
                # (the rate the optimizer was given; a scheduler scales the group's, and a cyclic one sets its own)
                defaults = getattr(optimizer, "defaults", None)
                given = defaults.get("lr") if isinstance(defaults, dict) else None
                self.lr_set = float(given) if isinstance(given, (int, float)) and math.isfinite(given) else None
                momentum = optimizer.param_groups[0].get("momentum")
                self.momentum = float(momentum) if isinstance(momentum, (int, float)) else None
                dampening = optimizer.param_groups[0].get("dampening")
                self.dampening = float(dampening) if isinstance(dampening, (int, float)) else None
                betas = optimizer.param_groups[0].get("betas")
                self.betas = [float(b) for b in betas] if isinstance(betas, (tuple, list)) and len(betas) == 2 and \
                    all(isinstance(b, (int, float)) for b in betas) else None
                decay = optimizer.param_groups[0].get("weight_decay")
                self.weight_decay = float(decay) if isinstance(decay, (int, float)) else None
                # the weight matrices and kernels it steps (not the biases) all zero as training begins
                weights = [p for group in optimizer.param_groups for p in group["params"] if p.dim() > 1]
                self.weights_start_zero = bool(weights) and all(not bool(p.detach().any()) for p in weights)
                self.weights_start_alike = bool(weights) and all(bool((p.detach() == p.detach().flatten()[0]).all())
                                                                 for p in weights)
            self.lr_last = lr
            param = self.watched() if self.watched is not None else None
            if param is not None and self.after_step is not None and len(self.moved_before_steps) < MAX_LOSSES and \
                    not self._same(param.detach(), self.after_step):
                self.moved_before_steps.append(self.steps)
            if len(self.lrs_first) < MAX_LOSSES:
                self.lrs_first.append(lr)
            params = [p for group in optimizer.param_groups for p in group["params"]]
            if optimizer not in self.optimizers:
                self.optimizers.add(optimizer)
                self.optimizers_made += 1
                self.stepped.update((id(p), weakref.ref(p)) for p in params)
            if self.steps <= 2 or self.steps % 50 == 0:  # (the models are gone once the call returns)
                self.parameters_stepped = self._parameters_stepped()
            if self.watched is None and params:
                watched = min(params, key=lambda p: p.numel())
                self.watched, self.before_steps = weakref.ref(watched), watched.detach().clone()
            if len(self.zero_at_step) < MAX_PENDING:
                grads = [p.grad.detach().abs().sum() for p in params if p.grad is not None]
                self.zero_at_step.append(self.torch.stack(grads).sum() if grads else None)
        except Exception:  # noqa: BLE001
            pass

    def on_step_done(self, optimizer: Any, args: Any, kwargs: Any) -> None:
        """After a step: the watched parameter's value, to tell whether the weights moved by other means since."""
        if not self.active:
            return
        try:
            param = self.watched() if self.watched is not None else None
            self.after_step = None if param is None else param.detach().clone()
        except Exception:  # noqa: BLE001
            pass

    def on_forward_pre(self, module: Any, inputs: Any) -> None:
        if not self.active:
            return
        try:
            if self.depth == 0:
                self.norm_in_root = None
                self.untracked_in_root = False
                self.frozen_in_root = False
                self.unmeasured_in_root = False
                self.dropout_in_root = False
                self.root_trained = self.root_weights = None
                self.root_ran_training = None
                self.eval_pending = self.torch.is_grad_enabled() and not module.training
                self.norm_eval_pending = False
                self.root_training = bool(module.training)
                if self.torch.is_grad_enabled() and module.training:
                    first = inputs[0] if isinstance(inputs, tuple) and inputs else None
                    if hasattr(first, "shape") and len(first.shape):
                        self.images_trained += int(first.shape[0])
                        self.trained_forwards += 1
                        self.empty_forwards += int(first.shape[0] == 0)
                        if first.is_floating_point() and first.shape[0]:  # (the last batch's: not a dummy's)
                            self.example_shape_trained = [int(k) for k in first.shape[1:]][:8]
                        self._tell_rows(first)
                    if module not in self.models:
                        self.models.add(module)
                        self.models_trained += 1
                elif self.steps:  # a prediction after training: by a model the optimizers stepped, as they left it?
                    self.root_trained, self.root_weights = self._trained_state(module)
                    self.root_ran_training = module in self.models  # ... and one that ran a batch in training mode?
                    first = inputs[0] if isinstance(inputs, tuple) and inputs else None
                    if hasattr(first, "shape") and len(first.shape):
                        self._tell_rows(first, self.rows_predicted)
            if self.window_on_one_pixel is None and module.training and self.torch.is_grad_enabled():
                self._window_on_one_pixel(module, inputs)
            if isinstance(module, self._norm_types):
                self.norm_in_root = bool(self.norm_in_root) or bool(module.training)
                # (a batch norm in eval mode inside a model in training mode, gradients on: a training step's)
                self.norm_eval_pending |= hasattr(module, "running_mean") and not module.training and \
                    self.root_training and self.torch.is_grad_enabled()
                untracked = getattr(module, "track_running_stats", None) is False
                self.untracked_in_root |= untracked and not module.training
                frozen = getattr(module, "momentum", None) == 0
                self.frozen_in_root |= frozen and not untracked and not module.training
                # in eval mode after training, its running statistics as they start: never measured, or reset
                tracked = getattr(module, "num_batches_tracked", None)
                self.unmeasured_in_root |= bool(self.steps) and not module.training and not untracked and \
                    tracked is not None and int(tracked) == 0 and not frozen
            self.smoothed(getattr(module, "label_smoothing", None))  # nn.CrossEntropyLoss's
            self.depth += 1
        except Exception:  # noqa: BLE001
            pass

    def _window_on_one_pixel(self, module: Any, inputs: Any) -> None:
        """Noted: a 2-D convolution or pooling with a window larger than 1 x 1 given maps of 1 x 1 in training (what
        a global pooling placed before it leaves: its window sees one value per channel, the rest padding)."""
        if type(module).__name__ not in WINDOWED_LAYERS or getattr(module, "transposed", False):
            return  # (a transposed convolution, an unpooling: a 1 x 1 code grown into maps, by design)
        kernel = getattr(module, "kernel_size", None)
        first = inputs[0] if isinstance(inputs, tuple) and inputs else None
        if kernel is None or not hasattr(first, "shape") or len(first.shape) != 4 or tuple(first.shape[2:]) != (1, 1):
            return
        sizes = tuple(kernel) if isinstance(kernel, (tuple, list)) else (kernel, kernel)
        if len(sizes) == 2 and max(int(k) for k in sizes) > 1:
            self.window_on_one_pixel = f"{str(module)[:150]}|{tuple(int(k) for k in first.shape)}"

    def dropped(self, given: tuple[Any, Any]) -> None:
        """A dropout function (F.dropout, nn.Dropout's forward calls it too) given (p, training): inside a model's
        call, one told to drop (training=True, F.dropout's default) is noted, whatever mode the model is in."""
        p, training = given
        if self.active and self.depth > 0 and training is True and isinstance(p, (int, float)) and p > 0:
            self.dropout_in_root = True

    def cross_entropy(self, given: tuple[Any, Any]) -> None:
        """F.cross_entropy given (label_smoothing, target): smoothed, and a training batch's labels counted."""
        label_smoothing, target = given
        self.smoothed(label_smoothing)
        if not self.active or not self.torch.is_grad_enabled() or getattr(target, "dim", None) is None or \
                target.dim() != 1 or target.is_floating_point() or target.numel() < 2:
            return
        self.batch_size_last = int(target.numel())
        if len(self.batch_classes) >= MAX_LOSSES:
            return
        classes = target.detach().unique()
        self.batch_classes.append(int(classes.numel()))
        self.batch_sizes.append(int(target.numel()))
        if len(self.labels_seen) < MAX_LABELS:
            self.labels_seen.update(int(k) for k in classes.tolist()[:MAX_LABELS])

    def smoothed(self, label_smoothing: Any) -> None:
        """A cross-entropy given label_smoothing (a module's, or F.cross_entropy's argument): the largest is kept."""
        if self.active and isinstance(label_smoothing, (int, float)) and not isinstance(label_smoothing, bool):
            self.label_smoothing = max(float(label_smoothing), self.label_smoothing or 0.0)

    def _tell_rows(self, batch: Any, into: set[float] | None = None) -> None:
        """Each row of a training batch, as one number (its projection on a fixed random direction): distinct rows
        give distinct numbers. into: the set told into (rows_told: a training batch's, whose width gets a direction
        if it has none yet; another set, a predicted batch's, told only by the directions training made)."""
        told = self.rows_told if into is None else into
        if len(told) >= MAX_ROWS_TOLD or not batch.is_floating_point() or not batch.shape[0]:
            return
        rows = batch.detach().reshape(batch.shape[0], -1)
        width = int(rows.shape[1])
        if width not in self._projections and into is None:
            generator = self.torch.Generator().manual_seed(width)
            self._projections[width] = self.torch.randn(width, generator=generator, dtype=self.torch.float64)
        told.update(self._row_keys(rows))

    def _row_keys(self, rows: Any) -> list[float]:
        """Each row of a 2-D tensor as the number _tell_rows tells it by (its projection, to 9 digits); rows of a
        width no batch had have no direction yet: []."""
        direction = self._projections.get(int(rows.shape[1]))
        if direction is None:
            return []
        return [float(f"{v:.9g}") for v in (rows.to(self.torch.float64) @ direction.to(rows.device)).tolist()]

    def _rows_trained_on(self, fn: Any, args: tuple, kwargs: dict) -> dict[str, int]:
        """For each float array argument after the first (the images to predict), how many of its rows that are
        not rows of the first (the training set) reached a model in training mode (told as _tell_rows tells them;
        not counted where the rows told were too many)."""
        if not self.rows_told or len(self.rows_told) >= MAX_ROWS_TOLD:
            return {}
        arrays = [(k, v) for k, v in _float_arrays(fn, args, kwargs) if len(v)]

        found = {}
        training = self._keys_of(arrays[0][1]) if arrays else set()
        for name, value in arrays[1:]:
            if int(np.prod(value.shape[1:])) in self._projections:
                found[str(name)[:100]] = sum(v in self.rows_told and v not in training for v in self._keys_of(value))
        return found

    def _keys_of(self, value: np.ndarray, dtypes: tuple[Any, ...] = ()) -> set[float]:
        """The rows of an array argument as _tell_rows tells them (its dtype, and each of dtypes too), projected a
        chunk at a time: a large training set (50,000 x 3,072) is never copied whole, nor widened to float64 whole.
        Each array is projected once per dtype for a record (_keys_made, emptied by reset())."""
        found: set[float] = set()
        for kind in {value.dtype, *map(np.dtype, dtypes)}:
            key = (id(value), kind.str)
            if key not in self._keys_made:
                rows = value.reshape(len(value), -1)
                self._keys_made[key] = {k for start in range(0, len(rows), 4096) for k in self._row_keys(
                    self.torch.from_numpy(np.ascontiguousarray(rows[start:start + 4096], dtype=kind)))}
            found |= self._keys_made[key]
        return found

    def _given_rows(self, fn: Any, args: tuple, kwargs: dict) -> tuple[int | None, int | None]:
        """(how many of the distinct rows that reached a model in training mode are rows of the first float array
        argument, the training set, as given; how many of those a model predicted after training are rows of the
        float array arguments after it, the images to predict, as given), each None where it cannot be told (no rows
        told, too many, no such argument). A first 0 where every image trained on was changed first (a normalization,
        an augmentation, a cast); a second above 0 where the images predicted reached the model as given."""
        arrays = [v for _, v in _float_arrays(fn, args, kwargs) if len(v) and
                  int(np.prod(v.shape[1:])) in self._projections]

        def given(told: set[float], values: list[np.ndarray]) -> int | None:
            if not told or len(told) >= MAX_ROWS_TOLD or not values:
                return None
            # (in float32 too: a cast of float64 data to the model's float32 is the data as given)
            rows = set().union(*(self._keys_of(value, (np.float32,)) for value in values))
            return sum(v in rows for v in told)

        try:
            return given(self.rows_told, arrays[:1]), given(self.rows_predicted, arrays[1:])
        except Exception:  # noqa: BLE001 - (a fact less; the rest of the record stands)
            return None, None

    def _trained_state(self, module: Any) -> tuple[bool | None, str | None]:
        """(whether the model holds parameters an optimizer stepped, the watched one's value: "last_step" as the
        last step left it, "initial" as it was before the first, "other"), None where it cannot be told."""
        params = list(module.parameters())[:10_000]
        if not params:
            return None, None
        trained = any(self._was_stepped(p) for p in params)
        param = self.watched() if self.watched is not None else None
        if not trained or param is None or self.after_step is None or not any(p is param for p in params):
            return trained, None
        value = param.detach()
        if self._same(value, self.after_step):
            return trained, "last_step"
        return trained, "initial" if self._same(value, self.before_steps) else "other"

    def _same(self, a: Any, b: Any) -> bool:
        """Two tensors of the same values, NaN where NaN (a step too large leaves NaN weights: NaN is not equal to
        itself, and the weights were not changed by other means)."""
        return a.shape == b.shape and a.dtype == b.dtype and bool(self.torch.equal(a, b) or self.torch.allclose(
            a, b, rtol=0.0, atol=0.0, equal_nan=True))

    def on_forward(self, module: Any, inputs: Any, output: Any) -> None:
        if not self.active:
            return
        self.depth = max(0, self.depth - 1)
        if self.depth == 0:
            self.last_root = RootCall(self.norm_in_root, self.backward, self.untracked_in_root, self.frozen_in_root,
                                      self.unmeasured_in_root,
                                      self.dropout_in_root, self.root_trained, self.root_weights,
                                      self.root_ran_training)

    def reseeding(self, source: str) -> None:
        if self.active:
            self.reseeded[source] = True

    def seeding(self, source: str, seed: Any) -> None:
        if not self.active:
            return
        if not self.seeded[source]:
            self.drawn_before_seed[source] = self.start_states.get(source) != state_digest(source, self.torch)
        if seed is not None:
            self.seeded[source] = True

    def drawn(self, name: str, given: tuple[tuple, dict]) -> None:
        """A torch draw: the generator it is given, and for torch.randperm(n) its n (one permutation of the
        training rows per epoch: a DataLoader's shuffle draws it so too)."""
        args, kwargs = given
        self.drawn_with(kwargs.get("generator"))
        n = args[0] if args else kwargs.get("n")
        if self.active and name == "randperm" and isinstance(n, int) and not isinstance(n, bool) and \
                (n in self.permutations or len(self.permutations) < MAX_PERMUTATION_SIZES):
            self.permutations[n] = self.permutations.get(n, 0) + 1

    def drawn_with(self, generator: Any) -> None:
        """A torch draw given generator=...: one first drawn from in an earlier call is kept across calls."""
        if not self.active or generator is None:
            return
        first, _ = self._generators.setdefault(id(generator), (self.calls, generator))
        if len(self._generators) > MAX_GENERATORS:  # (DataLoaders make one an epoch: the oldest are let go)
            self._generators.pop(next(iter(self._generators)))
        self.generators_reused += first < self.calls

    def scheduler_made(self, scheduler: Any) -> None:
        if self.active and len(self.schedulers) < MAX_SCHEDULERS and \
                not any(made is scheduler for made in self.schedulers):
            self.schedulers.append(scheduler)

    def plateau_stepped(self, given: tuple[tuple, dict]) -> None:
        """ReduceLROnPlateau.step(metrics): its mode, and the first MAX_PLATEAU_METRICS metrics as numbers."""
        if not self.active:
            return
        args, kwargs = given
        scheduler = args[0] if args else None
        metric = args[1] if len(args) > 1 else kwargs.get("metrics")
        mode = getattr(scheduler, "mode", None)
        if isinstance(mode, str) and len(self.plateau_metrics) < MAX_PLATEAU_METRICS:
            self.plateau_mode = mode[:10]
            value = float(metric.item() if hasattr(metric, "item") else metric)
            if math.isfinite(value):
                self.plateau_metrics.append(value)

    def _schedules(self) -> list[dict]:
        """The schedulers made that count to a horizon (OneCycleLR's total_steps, CosineAnnealingLR's T_max, a
        LinearLR's total_iters): their class, that horizon, and how many times they were stepped (last_epoch)."""
        found = []
        for scheduler in self.schedulers:
            horizon = next((h for name in HORIZONS if isinstance(h := getattr(scheduler, name, None), int)
                            and not isinstance(h, bool)), None)
            stepped = getattr(scheduler, "last_epoch", None)
            if horizon is not None and isinstance(stepped, int):
                found.append({"name": type(scheduler).__name__[:100], "horizon": horizon, "stepped": stepped})
        return found

    def unseeded_generator(self, seed: Any) -> None:
        if self.active:
            self.generators_made += 1
            self.unseeded_generators += seed is None

    def _was_stepped(self, param: Any) -> bool:
        """param is one an optimizer stepped (by id, and still the same tensor: an id may be reused)."""
        return self.stepped.get(id(param), _dead)() is param

    def _parameters_stepped(self) -> dict[str, int]:
        """Of the trainable parameters of the models called in training mode, how many tensors (and entries) an
        optimizer stepped: a model whose optimizer was given only some of them ({} where none trained)."""
        params = {id(p): p for model in list(self.models) for p in list(model.parameters())[:10_000]
                  if p.requires_grad}
        if not params:
            return {}
        stepped = [p for p in params.values() if self._was_stepped(p)]
        return {"trained_tensors": len(params), "stepped_tensors": len(stepped),
                "trained_entries": sum(p.numel() for p in params.values()),
                "stepped_entries": sum(p.numel() for p in stepped)}

    # -- one call
    def begin(self) -> None:
        self.reset()
        self.calls += 1
        self.depth = 0
        self.start_states = {s: state_digest(s, self.torch) for s in SOURCES}
        self.started = time.monotonic()
        self.active = True

    def end(self, fn: Any, args: tuple, kwargs: dict) -> dict | None:
        """The record of the call, or None when its code trained nothing and predicted nothing with torch."""
        self.active = False
        elapsed = time.monotonic() - self.started
        # the last call of the model that no backward pass followed: a prediction, in the mode its batch norm or
        # dropout layers ran in (None: it has none, or the model never predicted)
        root = self.last_root if self.last_root is not None and self.last_root.backward == self.backward else None
        predicted_in_training_mode = root.norm_mode if root else None
        predicted_with_batch_statistics = bool(root and root.untracked and not predicted_in_training_mode)
        predicted_with_frozen_statistics = bool(root and root.frozen and not predicted_in_training_mode)
        predicted_with_unmeasured_statistics = bool(root and root.unmeasured and not predicted_in_training_mode)
        predicted_with_dropout = bool(root and root.dropout and not predicted_in_training_mode)
        predicted_by_trained, predicted_weights = (root.trained, root.weights) if root else (None, None)
        predicted_by_model_run_in_training = root.ran_training if root else None
        if not (self.steps or self.backward or self.last_root is not None):
            self.reset()
            return None
        try:
            losses = [_number(v) for v in (*self.losses_first, *self.losses_last)]
            stale = [_number(v) for v in self.stale]
            after = [_number(v) for v in self.after]
            zero = [_number(v) for v in self.zero_at_step]
            end_states = {s: state_digest(s, self.torch) for s in SOURCES}
            record = {
                "steps": self.steps, "backward": self.backward, "loss_count": self.loss_count,
                "losses_first": losses[:len(self.losses_first)], "losses_last": losses[len(self.losses_first):],
                "stale_backward": sum(1 for v in stale if v is not None and v > 0),
                "checked_backward": len(stale), "reached_backward": self.reached,
                "zero_after_backward": sum(1 for v in after if v == 0), "checked_after_backward": len(after),
                "graph_checked": self.graph_checked, "detached_losses": self.detached_losses,
                "zero_steps": sum(1 for v in zero if v is None or v == 0), "checked_steps": len(zero),
                "optimizer": self.optimizer[:100], "lr_first": self.lr_first, "lr_last": self.lr_last,
                "lrs_first": self.lrs_first, "lr_set": self.lr_set, "momentum": self.momentum,
                "dampening": self.dampening, "betas": self.betas, "weights_start_zero": self.weights_start_zero,
                "weights_start_alike": self.weights_start_alike,
                "weight_decay": self.weight_decay, "label_smoothing": self.label_smoothing,
                "batch_classes": self.batch_classes, "batch_sizes": self.batch_sizes,
                "batch_size_last": self.batch_size_last,
                "labels_seen": len(self.labels_seen),
                "images_trained": self.images_trained, "trained_forwards": self.trained_forwards,
                "empty_forwards": self.empty_forwards,
                "example_shape_trained": self.example_shape_trained,
                "example_shape_given": _example_shape_given(fn, args, kwargs),
                "window_on_one_pixel": self.window_on_one_pixel,
                "rows_distinct": len(self.rows_told) if len(self.rows_told) < MAX_ROWS_TOLD else None,
                "predicted_in_training_mode": predicted_in_training_mode,
                "predicted_with_batch_statistics": predicted_with_batch_statistics,
                "predicted_with_frozen_statistics": predicted_with_frozen_statistics,
                "predicted_with_unmeasured_statistics": predicted_with_unmeasured_statistics,
                "predicted_by_model_run_in_training": predicted_by_model_run_in_training,
                "predicted_with_dropout": predicted_with_dropout,
                "optimizers_made": self.optimizers_made, "models_trained": self.models_trained,
                "eval_steps": self.eval_steps, "norm_eval_steps": self.norm_eval_steps,
                "predicted_by_trained": predicted_by_trained, "predicted_weights": predicted_weights,
                "moved_before_steps": self.moved_before_steps,
                "elapsed_s": elapsed,
                "random": {s: {"changed": self.start_states[s] != end_states[s], "end": end_states[s],
                               "seeded": self.seeded[s], "drawn_before_seed": self.drawn_before_seed[s],
                               "reseeded": self.reseeded[s]}
                           for s in end_states},
                "unseeded_generators": self.unseeded_generators, "generators_made": self.generators_made,
                "generators_reused": self.generators_reused,
                "permutations": {str(n): k for n, k in self.permutations.items()},
                **self.parameters_stepped,
                "schedulers": self._schedules(),
                "plateau_mode": self.plateau_mode, "plateau_metrics": self.plateau_metrics,
                "arguments": arguments_digest(args, kwargs),
                "rows": named_rows(fn, args, kwargs),
                "rows_trained_on": self._rows_trained_on(fn, args, kwargs),
                **dict(zip(("given_rows_trained", "given_rows_predicted"), self._given_rows(fn, args, kwargs))),
                "numbers": named_numbers(fn, args, kwargs),
            }
        except Exception:  # noqa: BLE001
            record = None
        self.reset()
        return record


def _reaches_a_leaf(tensor: Any) -> bool:
    """The tensor's graph reaches a leaf that requires a gradient (a weight): a grad_fn whose inputs lead to an
    AccumulateGrad node, within MAX_GRAPH_NODES nodes (a larger graph: taken as reaching one)."""
    start = getattr(tensor, "grad_fn", None)
    seen, todo = set(), [start] if start is not None else []
    while todo:
        node = todo.pop()
        if node is None or id(node) in seen:
            continue
        if len(seen) >= MAX_GRAPH_NODES or type(node).__name__ == "AccumulateGrad":
            return True
        seen.add(id(node))
        todo.extend(n for n, _ in getattr(node, "next_functions", ()))
    return False


def _dead() -> None:
    return None


def _number(value: Any) -> float | None:
    try:
        return None if value is None else float(value)
    except Exception:  # noqa: BLE001
        return None


def state_digest(source: str, torch: Any) -> str:
    """A short digest of a global random generator's state (equal states, equal digests)."""
    try:
        if source == "numpy":
            kind, keys, pos, has_gauss, gauss = np.random.get_state()
            raw = keys.tobytes() + repr((kind, pos, has_gauss, gauss)).encode()
        elif source == "python":
            raw = repr(random.getstate()).encode()
        else:
            raw = bytes(torch.random.get_rng_state().numpy().tobytes())
    except Exception:  # noqa: BLE001
        return ""
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def numpy_random_state() -> str:
    """A digest of np.random's global state, taken around every call of the student's (whether it seeded or drew
    from it); "" where it cannot be read: a failure here is never the call's."""
    try:
        return state_digest("numpy", None)
    except Exception:  # noqa: BLE001
        return ""


def arguments_digest(args: tuple, kwargs: dict) -> str:
    """A digest of the call's arguments: two calls with equal digests were given the same data."""
    h = hashlib.blake2b(digest_size=8)
    budget = DIGEST_BYTES
    for value in (*args, *sorted(kwargs.items(), key=lambda kv: kv[0])):
        if isinstance(value, np.ndarray):
            h.update(repr((value.shape, value.dtype.str)).encode())
            data = np.ascontiguousarray(value).view(np.uint8).reshape(-1)[:budget]
            budget -= len(data)
            h.update(data)  # the array's own buffer, not a copy of it
        else:
            h.update(repr(value)[:200].encode())
    return h.hexdigest()


def _bound(fn: Any, args: tuple, kwargs: dict) -> dict[str, Any]:
    """The call's arguments by parameter name (positional ones as arg0, arg1... where the names are unknown)."""
    try:
        return dict(inspect.signature(fn).bind_partial(*args, **kwargs).arguments)
    except (TypeError, ValueError):
        return {**{f"arg{i}": a for i, a in enumerate(args)}, **kwargs}


def named_numbers(fn: Any, args: tuple, kwargs: dict) -> dict[str, float]:
    """The call's number arguments by parameter name (time_budget_s=60.0, seed=3)."""
    return {str(k)[:100]: float(v) for k, v in list(_bound(fn, args, kwargs).items())[:20]
            if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)}


# the 2-D layers whose window reads a neighbourhood of each position (not those that grow maps from fewer values)
WINDOWED_LAYERS = frozenset({"Conv2d", "MaxPool2d", "AvgPool2d", "LPPool2d", "LazyConv2d"})


def _float_arrays(fn: Any, args: tuple, kwargs: dict) -> list[tuple[str, np.ndarray]]:
    """The call's float array arguments of 2 or more axes (images: the training set first), by parameter name, among
    its first 20 arguments."""
    return [(k, v) for k, v in list(_bound(fn, args, kwargs).items())[:20]
            if isinstance(v, np.ndarray) and v.ndim >= 2 and v.dtype.kind == "f"]


def _example_shape_given(fn: Any, args: tuple, kwargs: dict) -> list[int] | None:
    """One example's shape in the call's first float array argument of 2 or more axes (the training images)."""
    first = next((v for _, v in _float_arrays(fn, args, kwargs)), None)
    return None if first is None else [int(k) for k in first.shape[1:]][:8]


def named_rows(fn: Any, args: tuple, kwargs: dict) -> dict[str, int]:
    """The rows (length of the first axis) of the call's array arguments by parameter name, in order."""
    return {str(k)[:100]: int(len(v)) for k, v in list(_bound(fn, args, kwargs).items())[:20]
            if isinstance(v, np.ndarray) and v.ndim}


_probe: Probe | None = None


def install() -> Probe | None:
    """The process's probe, installed the first time torch is there (the student's module imported it)."""
    global _probe
    if _probe is not None:
        return _probe
    torch = sys.modules.get("torch")
    if torch is None or not hasattr(torch, "optim"):
        return None
    try:
        probe = Probe(torch)
        original_backward = torch.Tensor.backward

        def backward(self: Any, *args: Any, **kwargs: Any) -> Any:
            watched = probe.on_backward(self)
            result = original_backward(self, *args, **kwargs)
            probe.after_backward(watched)
            return result

        torch.Tensor.backward = backward
        optim = importlib.import_module("torch.optim.optimizer")
        optim.register_optimizer_step_pre_hook(probe.on_step)
        optim.register_optimizer_step_post_hook(probe.on_step_done)
        modules = importlib.import_module("torch.nn.modules.module")
        modules.register_module_forward_pre_hook(probe.on_forward_pre)
        modules.register_module_forward_hook(probe.on_forward)
        _wrap(np.random, "seed", lambda seed: probe.seeding("numpy", seed), probe)
        _wrap(random, "seed", lambda seed: probe.seeding("python", seed), probe)
        _wrap(torch, "manual_seed", lambda seed: probe.seeding("torch", seed), probe)
        if getattr(torch, "random", None) is not None and torch.random is not torch:
            _wrap(torch.random, "manual_seed", lambda seed: probe.seeding("torch", seed), probe)
        # torch.seed(): seeds torch's generator anew from a non-deterministic source (and returns that seed)
        for owner in {id(torch): torch, id(getattr(torch, "random", torch)): getattr(torch, "random", torch)}.values():
            _wrap(owner, "seed", lambda _: probe.reseeding("torch"), probe)
        # a function (RandomState, a class, stays as it is)
        _wrap(np.random, "default_rng", probe.unseeded_generator, probe)
        for name in TORCH_DRAWS:
            _wrap(torch, name, lambda given, name=name: probe.drawn(name, given), probe, noted=_given)
        # cross_entropy called as a function (nn.CrossEntropyLoss calls it too: its module is read above)
        _wrap(torch.nn.functional, "cross_entropy", probe.cross_entropy, probe, noted=_cross_entropy_given)
        for name in DROPOUTS:  # told to drop or not by their training argument alone (nn.Dropout passes its mode)
            _wrap(torch.nn.functional, name, probe.dropped, probe, noted=_dropout_given)
        # each learning rate scheduler made (its class's __init__ calls the base class's)
        schedulers = importlib.import_module("torch.optim.lr_scheduler")
        base = getattr(schedulers, "LRScheduler", None)
        if base is not None:
            _wrap(base, "__init__", probe.scheduler_made, probe, noted=_self)
        plateau = getattr(schedulers, "ReduceLROnPlateau", None)
        if plateau is not None:  # (the metric each step is given, and the mode it waits for)
            _wrap(plateau, "step", probe.plateau_stepped, probe, noted=_given)
    except Exception:  # noqa: BLE001 - no probe, no training diagnosis; the student's code runs as ever
        return None
    _probe = probe
    return probe


TORCH_DRAWS = ("randperm", "randint", "rand", "randn", "multinomial", "normal", "bernoulli")
MAX_SCHEDULERS = 4
MAX_PLATEAU_METRICS = 20
DROPOUTS = ("dropout", "dropout1d", "dropout2d", "dropout3d", "alpha_dropout", "feature_alpha_dropout")
HORIZONS = ("total_steps", "T_max", "total_iters")  # the attributes a scheduler's length is kept in
MAX_GENERATORS = 64
MAX_PERMUTATION_SIZES = 8  # the sizes of torch.randperm(n) counted, at most


def _seed_given(args: tuple, kwargs: dict) -> Any:
    """The seed a seeding call is given: its first argument, or `seed=`, or random.seed's `a=`."""
    return args[0] if args else kwargs.get("seed", kwargs.get("a"))


def _dropout_given(args: tuple, kwargs: dict) -> tuple[Any, Any]:
    """A dropout function's (p, training): its keywords, or its second and third arguments (0.5 and True unsaid)."""
    p = kwargs.get("p", args[1] if len(args) > 1 else 0.5)
    return p, kwargs.get("training", args[2] if len(args) > 2 else True)


def _self(args: tuple, kwargs: dict) -> Any:
    """A method's instance: its first argument."""
    return args[0] if args else None


def _cross_entropy_given(args: tuple, kwargs: dict) -> tuple[Any, Any]:
    """F.cross_entropy's label_smoothing (its keyword, or its eighth argument) and target (its second)."""
    return (kwargs.get("label_smoothing", args[7] if len(args) > 7 else None),
            kwargs.get("target", args[1] if len(args) > 1 else None))


def _given(args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """A torch draw's arguments, as they are (its generator and a permutation's size are read off them)."""
    return args, kwargs


def _wrap(owner: Any, name: str, note: Callable[[Any], None], probe: Probe,
          noted: Callable[[tuple, dict], Any] = _seed_given) -> None:
    """owner.name replaced by a function that hands what noted reads off each call (the seed it is given, by
    default) to note, then calls the original; a note that fails never reaches the student's code. Once per probe:
    another copy of this module (the grader's, beside the one a test imports as the child does) wraps the wrapper,
    each noting to its own."""
    original = getattr(owner, name, None)
    if original is None or getattr(original, "_probed_by", None) is probe:
        return

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            note(noted(args, kwargs))
        except Exception:  # noqa: BLE001 - the probe never raises into the student's code
            pass
        return original(*args, **kwargs)

    functools.update_wrapper(wrapped, original)  # (its name, module and doc are the original's, said as such)
    wrapped._probed_by = probe  # type: ignore[attr-defined]
    setattr(owner, name, wrapped)
