"""What the child says the student's torch training did in one call (sandbox/training_probe.py), as checked data.

The child is not trusted: its record is read with bounds on every field, and one that does not fit is dropped
(no record, no training diagnosis). A forged record can only mislead its own submission's feedback.
"""
from __future__ import annotations

import math
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

MAX_LOSSES = 60  # as the probe keeps at each end of the run


class RandomSource(BaseModel):
    """One global random generator (NumPy's, Python's or torch's) over the call."""

    model_config = ConfigDict(extra="forbid")
    changed: bool  # the call left it in another state: drawn from or seeded
    end: str = Field(max_length=32)  # a digest of the state the call left it in
    seeded: bool  # the call seeded it (np.random.seed, random.seed, torch.manual_seed)
    drawn_before_seed: bool  # it had been drawn from in the call before it was first seeded
    reseeded: bool = False  # seeded anew from a non-deterministic source in the call (torch.seed())


class ScheduleUse(BaseModel):
    """A learning rate scheduler that counts to a horizon (OneCycleLR, CosineAnnealingLR, LinearLR), as the call
    left it."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(max_length=100)  # its class
    horizon: int = Field(ge=0, le=10**9)  # the steps it was built for (total_steps, T_max, total_iters)
    stepped: int = Field(ge=-1, le=10**9)  # its scheduler.step() calls (last_epoch)


class TrainingRecord(BaseModel):
    """One call of the student's code: optimizer steps, backward passes, losses (the first and last
    MAX_LOSSES, in order), gradients found still nonzero before a backward pass after a step (stale, of checked)
    or all zero at a step, images the model was called on in training mode with gradients on, the mode batch
    norm or dropout ran in at the last prediction (None: no such layer or no prediction), the optimizers that
    stepped and models trained (how many made), whether the model that last predicted was one stepped and its
    weights as the last step left them (or as they began), seconds, the global random generators, unseeded
    np.random.default_rng() calls, a digest of the arguments, and by parameter name the rows of the array
    arguments and the number arguments."""

    model_config = ConfigDict(extra="forbid")
    steps: int = Field(ge=0)
    backward: int = Field(ge=0)
    loss_count: int = Field(ge=0)
    losses_first: list[float | None] = Field(max_length=MAX_LOSSES)
    losses_last: list[float | None] = Field(max_length=MAX_LOSSES)
    stale_backward: int = Field(ge=0)
    checked_backward: int = Field(ge=0)
    reached_backward: int = Field(ge=0)  # of those checked, the backward passes that reached the optimizer's weights
    # of those, checked just after the pass: the ones that left the watched weight's gradient all zero
    zero_after_backward: int = Field(default=0, ge=0)
    checked_after_backward: int = Field(default=0, ge=0)
    graph_checked: int = Field(default=0, ge=0)  # scalar losses whose graph was walked (the first few)
    detached_losses: int = Field(default=0, ge=0)  # of them, those whose graph reaches no weight at all
    zero_steps: int = Field(ge=0)
    checked_steps: int = Field(ge=0)
    optimizer: str = Field(max_length=100)
    lr_first: float | None
    lr_last: float | None
    lrs_first: list[float | None] = Field(default_factory=list, max_length=MAX_LOSSES)  # at the first steps
    # the rate the first optimizer was built with (its defaults' lr), which a scheduler scales
    lr_set: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    momentum: float | None = None  # the first optimizer's momentum, where it has one (SGD)
    dampening: float | None = Field(default=None, allow_inf_nan=False)  # ... and its dampening
    # ... and its betas (Adam's: torch takes each in [0, 1))
    betas: list[Annotated[float, Field(ge=0, lt=1)]] | None = Field(default=None, min_length=2, max_length=2)
    weight_decay: float | None = None  # ... and its weight_decay
    label_smoothing: float | None = None  # the largest a cross-entropy of the training was given
    # the number of classes among the labels of each of the first training cross-entropies, and in all of them
    batch_classes: list[int] = Field(default_factory=list, max_length=MAX_LOSSES)
    batch_sizes: list[int] = Field(default_factory=list, max_length=MAX_LOSSES)  # ... and how many labels each had
    batch_size_last: int | None = Field(default=None, ge=0)  # ... and the last training cross-entropy's, of all
    labels_seen: int = Field(default=0, ge=0)
    weights_start_zero: bool | None = None  # its weight matrices and kernels all zero at its first step
    weights_start_alike: bool | None = None  # ... each with all its entries equal (zero or another constant)
    # the steps (from 1) before which a watched parameter was not as the step before left it (changed by other means)
    moved_before_steps: list[int] = Field(default_factory=list, max_length=MAX_LOSSES)
    images_trained: int = Field(ge=0)
    trained_forwards: int = Field(ge=0)
    empty_forwards: int = Field(default=0, ge=0)  # of them, those given a batch of no images
    # one example's shape in the last training batch a model was given, and in the first float array argument
    example_shape_trained: list[Annotated[int, Field(ge=0)]] | None = Field(default=None, max_length=8)
    example_shape_given: list[Annotated[int, Field(ge=0)]] | None = Field(default=None, max_length=8)
    # the first 2-D convolution or pooling with a window over 1 x 1 given 1 x 1 maps in training: "layer|input shape"
    window_on_one_pixel: str | None = Field(default=None, max_length=200)
    rows_distinct: int | None = Field(default=None, ge=0)  # distinct rows among the images trained on (None: many)
    predicted_in_training_mode: bool | None
    # it predicted in eval mode through a batch norm built with track_running_stats=False: with the batch's statistics
    predicted_with_batch_statistics: bool = False
    # ... or through a batch norm built with momentum=0: its running statistics never moved from their start
    predicted_with_frozen_statistics: bool = False
    # ... or through one whose running statistics had tracked no batch though the model trained (reset after training)
    predicted_with_unmeasured_statistics: bool = False
    # ... and the model it predicted by had been called in training mode before (False: another model trained)
    predicted_by_model_run_in_training: bool | None = None
    # ... or with a dropout function told training=True (F.dropout's default) inside its call: it dropped units
    predicted_with_dropout: bool = False
    optimizers_made: int = Field(default=1, ge=0)  # distinct optimizers that stepped (one per epoch: made anew)
    models_trained: int = Field(default=1, ge=0)  # distinct models called in training mode
    # steps after a forward with gradients on, its batch norm or dropout layers in eval mode: trained in eval mode
    eval_steps: int = Field(default=0, ge=0)
    # ... or its batch norm layers alone in eval mode, the model around them in training mode (a "frozen" batch norm)
    norm_eval_steps: int = Field(default=0, ge=0)
    predicted_by_trained: bool | None = None  # the last prediction's model holds parameters an optimizer stepped
    # ... and its weights at that prediction: "last_step" as the last optimizer step left them, "initial" as they
    # were before the first step, "other" (changed by other means since)
    predicted_weights: Literal["last_step", "initial", "other"] | None = None
    elapsed_s: float = Field(ge=0)
    random: dict[str, RandomSource] = Field(max_length=3)
    unseeded_generators: int = Field(ge=0)
    generators_made: int = Field(default=0, ge=0)  # np.random.default_rng calls, seeded or not
    generators_reused: int = Field(default=0, ge=0)  # torch draws from a generator an earlier call drew from
    permutations: dict[str, int] = Field(default_factory=dict, max_length=8)  # torch.randperm(n) calls, by n
    # of the trainable parameters of the models that trained: tensors and entries, and those an optimizer stepped
    trained_tensors: int | None = Field(default=None, ge=0)
    stepped_tensors: int | None = Field(default=None, ge=0)
    trained_entries: int | None = Field(default=None, ge=0)
    stepped_entries: int | None = Field(default=None, ge=0)
    schedulers: list[ScheduleUse] = Field(default_factory=list, max_length=4)
    plateau_mode: str | None = Field(default=None, max_length=10)  # a ReduceLROnPlateau's mode
    plateau_metrics: list[float] = Field(default_factory=list, max_length=20)  # ... the first metrics it was stepped with
    arguments: str = Field(max_length=32)
    rows: dict[str, int] = Field(max_length=20)
    # by parameter name, of the array arguments after the first (the images to predict): their rows trained on
    rows_trained_on: dict[str, int] = Field(default_factory=dict, max_length=20)
    # of the distinct rows trained on, those that are rows of the first array argument as given (None: not told)
    given_rows_trained: int | None = Field(default=None, ge=0)
    # ... and of the distinct rows predicted after training, those that are rows of the arrays after it as given
    given_rows_predicted: int | None = Field(default=None, ge=0)
    numbers: dict[str, float] = Field(max_length=20)

    @field_validator("random")
    @classmethod
    def _sources(cls, value: dict[str, RandomSource]) -> dict[str, RandomSource]:
        if not set(value) <= {"numpy", "python", "torch"}:
            raise ValueError("unknown random source")
        return value

    @field_validator("numbers", "rows", "rows_trained_on")
    @classmethod
    def _names(cls, value: dict[str, Any]) -> dict[str, Any]:
        if any(len(k) > 100 for k in value):
            raise ValueError("name too long")
        return value

    @property
    def losses(self) -> list[float]:
        """The losses kept, in order (the first MAX_LOSSES, then the last), NaN for one not read."""
        return [math.nan if v is None else v for v in self.losses_first + self.losses_last]

    @classmethod
    def from_frame(cls, value: Any) -> TrainingRecord | None:
        """The record a reply frame carried, or None (absent, or not one)."""
        if not isinstance(value, dict):
            return None
        try:
            return cls.model_validate(value)
        except ValidationError:
            return None
