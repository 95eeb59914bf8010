"""Per-student variants of the lecture's question kinds, each with its answer computed by `reference/`.

Each student's numbers come from a seed derived with HMAC from the instructor's secret (stretched
once per exam, see secret.py), the exam id, the student id and the question id: reproducible for
the instructor, not guessable by students.

Fairness: every kind declares its difficulty envelope (the range of its numbers, the work a variant
takes, the degenerate cases it never draws: an answer a student could give without doing the step,
a square root that comes out whole) and draws again until a variant is inside it;
tests/test_exam_fairness.py samples thousands of variants per kind to check it. A class's papers are
drawn in roster order, each question's prompt differing from every earlier student's, so neighbours
never share a question (unless a kind declares why it cannot, as a code question does).

Slip credit is for declared slips only: each kind names the wrong computations that show the right
method with one step missed ("forgot the + 1"), never the inputs handed back unchanged (no work).
"""
from __future__ import annotations

import hashlib
import hmac
from fractions import Fraction
from math import isqrt
from typing import Any, ClassVar, Literal

import numpy as np
from pydantic import BaseModel, Field

from autograder.exams.bank import Exam, ExamError, Question
from autograder.exams.secret import exam_key
from reference import architectures, backprop, conv, init, normalization, optim

Answer = float | list[float] | str
AnswerFormat = Literal["number", "vector", "choice", "code"]


class Slip(BaseModel):
    """A declared slip on one variant: what a student who made it answers."""

    name: str
    description: str
    answer: float | list[float]


class Variant(BaseModel):
    """One student's version of a question, with its answer (instructor side only)."""

    question: str
    kind: str
    prompt: str
    answer: Answer
    answer_format: AnswerFormat = "number"
    choices: list[str] = Field(default_factory=list)
    units: list[str] = Field(default_factory=list)  # units an answer may carry ("62 px")
    points: float
    params: dict[str, Any] = Field(default_factory=dict)  # the drawn numbers
    slips: list[Slip] = Field(default_factory=list)  # declared slips earning credit here (none equals the answer)
    no_work: float | list[float] | None = None  # what handing the inputs back unchanged gives: never credited
    wrong_methods: list[Slip] = Field(default_factory=list)  # named in the feedback, never credited


class Envelope(BaseModel):
    """What every variant of a kind keeps to, so that no student's paper is easier or harder."""

    description: str
    answer_min: float  # every number of every answer lies in [answer_min, answer_max]
    answer_max: float
    max_answer_share: float = 1.0  # no single answer is given by more than this share of variants
    distinct_reason: str | None = None  # why a class cannot get a different prompt per student


def variant_rng(secret: str, exam_id: str, student: str, question_id: str) -> np.random.Generator:
    digest = hmac.new(exam_key(secret, exam_id), f"{exam_id}/{student}/{question_id}".encode(), hashlib.sha256).digest()
    return np.random.default_rng(int.from_bytes(digest[:16], "little"))


def _fmt(a: Any) -> str:
    return " ".join(np.array2string(np.asarray(a), precision=3, separator=", ", suppress_small=True).split())


def _clean(value: float) -> float:
    """A key value as a student would write it exactly: float noise below 1e-12 is zero, 12 digits kept."""
    return 0.0 if abs(value) < 1e-12 else float(f"{value:.12g}")


def round_significant(value: float, digits: int) -> float:
    return float(f"{value:.{digits}g}")


def _as_list(answer: Any) -> list[float]:
    return [float(answer)] if isinstance(answer, (int, float)) else [float(a) for a in answer]


def same_numbers(a: Any, b: Any, rtol: float = 1e-9) -> bool:
    x, y = _as_list(a), _as_list(b)
    return len(x) == len(y) and all(abs(p - q) <= rtol * max(abs(q), 1e-12) for p, q in zip(x, y))


class QuestionKind:
    """A kind of question: how a variant is drawn, asked, answered, and the slips it declares."""

    name: ClassVar[str]
    answer_format: ClassVar[AnswerFormat] = "number"
    choices: ClassVar[list[str]] = []
    units: ClassVar[tuple[str, ...]] = ()
    envelope: ClassVar[Envelope]
    slips: ClassVar[dict[str, str]] = {}  # declared slip -> what the student did
    wrong_methods: ClassVar[dict[str, str]] = {}  # known different methods: named, never credited

    def draw(self, rng: np.random.Generator, opt: dict) -> dict[str, Any]:
        raise NotImplementedError

    def prompt(self, p: dict[str, Any], opt: dict) -> str:
        raise NotImplementedError

    def answer(self, p: dict[str, Any]) -> Answer:
        raise NotImplementedError

    def degenerate(self, p: dict[str, Any]) -> str | None:
        """Why a draw falls outside the envelope (beyond its answer range), or None."""
        return None

    def slip_answer(self, name: str, p: dict[str, Any]) -> float | list[float] | None:
        """What a declared slip or a known wrong method gives on these numbers (None: not here)."""
        return None

    def no_work(self, p: dict[str, Any]) -> float | list[float] | None:
        return None

    def outside(self, p: dict[str, Any]) -> str | None:
        """Why this variant is outside the envelope, or None: the kind's own rules, the answer range, and
        an answer element a student gets by handing that input back unchanged."""
        why = self.degenerate(p)
        if why:
            return why
        answer = self.answer(p)
        if isinstance(answer, str):
            return None
        low, high = self.envelope.answer_min, self.envelope.answer_max
        if not all(low <= a <= high for a in _as_list(answer)):
            return f"an answer outside [{low:g}, {high:g}]"
        unchanged = self.no_work(p)
        if unchanged is not None and any(abs(a - u) <= 1e-9 for a, u in zip(_as_list(answer), _as_list(unchanged))):
            return "an answer element equal to its unchanged input"
        return None


KINDS: dict[str, QuestionKind] = {}


def kind(cls: type[QuestionKind]) -> type[QuestionKind]:
    KINDS[cls.name] = cls()
    return cls


def _pick(rng: np.random.Generator, values: list) -> Any:
    return values[int(rng.integers(len(values)))]


@kind
class ConvOutputSize(QuestionKind):
    name = "conv_output_size"
    units = ("px", "pixel", "unit", "wide")
    envelope = Envelope(description="input 16-64 wide or a classic 96/128/224/227; kernel 1-11, stride 1-4 no larger "
                                    "than the kernel, padding below the kernel; the division comes out whole; output "
                                    "2-227 and never the input width (no work)", answer_min=2, answer_max=227,
                        max_answer_share=0.1)
    slips: ClassVar[dict[str, str]] = {"forgot_plus_one": "forgot the + 1",
                                       "padding_once": "added the padding on one side only"}
    wrong_methods: ClassVar[dict[str, str]] = {"no_padding": "left out the padding"}

    def draw(self, rng, opt):
        return {"w": _pick(rng, list(range(16, 65)) + [96, 128, 224, 227]), "k": _pick(rng, [1, 3, 5, 7, 11]),
                "s": _pick(rng, [1, 2, 3, 4]), "p": _pick(rng, [0, 1, 2, 3])}

    def degenerate(self, p):
        if p["s"] > p["k"] or p["p"] >= p["k"]:
            return "a stride larger than the kernel, or padding as large"
        try:
            conv.conv_output_size(p["w"], p["k"], p["s"], p["p"])
        except ValueError:
            return "an invalid configuration"
        return None

    def prompt(self, p, opt):
        return (f"A convolution layer takes a {p['w']}x{p['w']} input with {p['k']}x{p['k']} kernels, stride {p['s']} "
                f"and zero padding {p['p']} on every side. What is the width of its output?")

    def answer(self, p):
        try:
            return float(conv.conv_output_size(p["w"], p["k"], p["s"], p["p"]))
        except ValueError:
            return -1.0  # outside the envelope: drawn again

    def slip_answer(self, name, p):
        if name == "no_padding":
            value = (p["w"] - p["k"]) / p["s"] + 1
            return float(value) if value == int(value) else None
        if name == "forgot_plus_one":
            return float((p["w"] - p["k"] + 2 * p["p"]) / p["s"])
        if name == "padding_once":
            value = (p["w"] - p["k"] + p["p"]) / p["s"] + 1
            return float(value) if value == int(value) else None  # a fraction: no student writes that down
        return None

    def no_work(self, p):
        return float(p["w"])


@kind
class StrideValid(QuestionKind):
    name = "stride_valid"
    answer_format = "choice"
    choices = ["yes", "no"]
    envelope = Envelope(description="input 7-40, kernel 3/5/7, stride 2-4, padding below the kernel, the kernel fits "
                                    "the padded input; yes and no equally likely", answer_min=0, answer_max=0,
                        max_answer_share=0.6)

    def draw(self, rng, opt):
        want = bool(rng.random() < 0.5)  # yes and no equally often, whatever the divisibility odds
        while True:
            p = {"w": int(rng.integers(7, 41)), "k": _pick(rng, [3, 5, 7]), "s": _pick(rng, [2, 3, 4]),
                 "p": _pick(rng, [0, 1, 2])}
            if self.degenerate(p) is None and (self.answer(p) == "yes") == want:
                return p

    def degenerate(self, p):
        if p["k"] > p["w"] + 2 * p["p"] or p["p"] >= p["k"]:
            return "a kernel larger than the padded input, or padding as large as the kernel"
        return None

    def prompt(self, p, opt):
        return (f"Is stride {p['s']} valid for a {p['w']}x{p['w']} input, {p['k']}x{p['k']} kernels and padding "
                f"{p['p']} (does (W - K + 2P) / S + 1 come out whole)? Answer yes or no.")

    def answer(self, p):
        return "yes" if (p["w"] - p["k"] + 2 * p["p"]) % p["s"] == 0 else "no"


@kind
class ParamCountStack(QuestionKind):
    name = "param_count_stack"
    units = ("parameter", "param", "weight")
    envelope = Envelope(description="options.layers (default 3) layers of 8-32 filters of 3x3 or 5x5 on "
                                    "options.in_channels (default 3): three small factors and a bias per layer; "
                                    "500-60,000 parameters", answer_min=500, answer_max=60_000, max_answer_share=0.02)
    slips: ClassVar[dict[str, str]] = {"rounded": "gave the right count rounded to 3 significant digits"}
    wrong_methods: ClassVar[dict[str, str]] = {"forgot_biases": "left out every bias"}

    def draw(self, rng, opt):
        layers = int(opt.get("layers", 3))
        return {"in_channels": int(opt.get("in_channels", 3)),
                "layers": [{"k": _pick(rng, [3, 5]), "f": _pick(rng, [8, 12, 16, 24, 32])} for _ in range(layers)]}

    def prompt(self, p, opt):
        lines = "; ".join(f"layer {i + 1}: {layer['f']} filters of {layer['k']}x{layer['k']}"
                          for i, layer in enumerate(p["layers"]))
        return (f"A stack of convolutions, each filter with a bias, on a {p['in_channels']}-channel input: {lines}. "
                "How many parameters does the stack have in all?")

    def answer(self, p):
        channels, total = p["in_channels"], 0
        for layer in p["layers"]:
            total += conv.conv_param_count(channels, layer["f"], layer["k"], bias=True)
            channels = layer["f"]
        return float(total)

    def slip_answer(self, name, p):
        if name == "forgot_biases":
            return self.answer(p) - sum(layer["f"] for layer in p["layers"])
        return round_significant(self.answer(p), 3) if name == "rounded" else None


@kind
class MultiplyCounts(QuestionKind):
    name = "multiply_counts"
    answer_format = "vector"
    units = ("multiplication", "multiply", "mult")
    envelope = Envelope(description="a 3x3 convolution, 3-16 input and 16-64 output channels, 4x4 to 14x14 outputs: "
                                    "products of four small factors, 1,000 to 2,000,000", answer_min=1_000,
                        answer_max=2_000_000, max_answer_share=0.02)
    slips: ClassVar[dict[str, str]] = {"rounded": "gave the right counts rounded to 3 significant digits"}

    def draw(self, rng, opt):
        return {"cin": _pick(rng, [3, 4, 6, 8, 10, 12, 16]), "cout": _pick(rng, [16, 24, 32, 48, 64]), "k": 3,
                "o": int(rng.integers(4, 15))}

    def prompt(self, p, opt):
        return (f"A {p['k']}x{p['k']} convolution maps {p['cin']} channels to {p['cout']}, producing {p['o']}x{p['o']} "
                "outputs. Give the number of multiplications of (1) the standard convolution and (2) its "
                "depthwise-separable version (depthwise then 1x1 pointwise), as two numbers.")

    def answer(self, p):
        return [float(conv.conv_multiply_count(p["cin"], p["cout"], p["k"], p["o"])),
                float(conv.depthwise_separable_multiply_count(p["cin"], p["cout"], p["k"], p["o"]))]

    def slip_answer(self, name, p):
        return [round_significant(a, 3) for a in self.answer(p)] if name == "rounded" else None


@kind
class ReceptiveField(QuestionKind):
    name = "receptive_field"
    units = ("px", "pixel")
    envelope = Envelope(description="options.layers (default 4) layers of 3x3, 5x5 or 7x7 kernels, one or two of "
                                    "the layers before the last with stride 2 (never all stride 1, never a stride "
                                    "that cannot matter): 11-67 pixels", answer_min=11, answer_max=67,
                        max_answer_share=0.12)
    slips: ClassVar[dict[str, str]] = {"stride_early": "applied each layer's stride to its own kernel (one layer early)"}

    def draw(self, rng, opt):
        n = int(opt.get("layers", 4))
        strided = rng.choice(n - 1, size=int(rng.integers(1, 3)), replace=False)
        return {"kernels": [_pick(rng, [3, 5, 7]) for _ in range(n)],
                "strides": [2 if i in strided else 1 for i in range(n)]}

    def prompt(self, p, opt):
        return (f"{len(p['kernels'])} convolutions are stacked, first layer first, with kernel sizes {p['kernels']} "
                f"and strides {p['strides']}. What is the receptive field, in input pixels along one side, of one "
                "unit of the last layer?")

    def answer(self, p):
        return float(conv.receptive_field(p["kernels"], p["strides"]))

    def slip_answer(self, name, p):
        if name != "stride_early":
            return None
        r, jump = 1, 1
        for k, s in zip(p["kernels"], p["strides"]):
            jump *= s
            r += (k - 1) * jump
        return float(r)


def _is_square(f: Fraction) -> bool:
    return isqrt(f.numerator) ** 2 == f.numerator and isqrt(f.denominator) ** 2 == f.denominator


@kind
class InitStd(QuestionKind):
    name = "init_std"
    envelope = Envelope(description="Xavier (fan average) or He for a fully connected layer with fan-in 60-1024 and "
                                    "fan-out 10-256; always a square root that does not come out whole; std 0.03-0.2",
                        answer_min=0.03, answer_max=0.2, max_answer_share=0.05)
    slips: ClassVar[dict[str, str]] = {"variance": "gave the variance, not the standard deviation"}
    FAN_IN: ClassVar[list[int]] = [60, 64, 75, 80, 96, 100, 120, 150, 160, 192, 240, 256, 300, 320, 384, 400,
                                   480, 500, 600, 640, 768, 784, 1000, 1024]
    FAN_OUT: ClassVar[list[int]] = [10, 16, 20, 32, 40, 64, 100, 128, 256]

    def draw(self, rng, opt):
        return {"method": _pick(rng, ["xavier", "he"]), "fan_in": _pick(rng, self.FAN_IN),
                "fan_out": _pick(rng, self.FAN_OUT)}

    def _variance(self, p) -> Fraction:
        return Fraction(2, p["fan_in"] + p["fan_out"]) if p["method"] == "xavier" else Fraction(2, p["fan_in"])

    def degenerate(self, p):
        return "a variance whose square root is whole (no root to take)" if _is_square(self._variance(p)) else None

    def prompt(self, p, opt):
        if p["method"] == "xavier":
            return (f"What standard deviation does Xavier/Glorot initialization (fan average) give the weights of a "
                    f"{p['fan_in']} -> {p['fan_out']} fully connected layer?")
        return (f"What standard deviation does He initialization give the weights of a {p['fan_in']} -> "
                f"{p['fan_out']} fully connected layer followed by a ReLU?")

    def answer(self, p):
        shape = (p["fan_in"], p["fan_out"])
        return float(init.xavier_std(shape) if p["method"] == "xavier" else init.he_std(shape))

    def slip_answer(self, name, p):
        return float(self._variance(p)) if name == "variance" else None


@kind
class BatchnormOutput(QuestionKind):
    name = "batchnorm_output"
    answer_format = "vector"
    envelope = Envelope(description="four integers in [-4, 5] with a spread of at least 2, gamma 0.5/1/2, beta -1/0/1; "
                                    "no output equal to its input (no work)", answer_min=-5, answer_max=5)
    slips: ClassVar[dict[str, str]] = {"unbiased_variance": "used the unbiased variance (divided by N - 1)"}

    def draw(self, rng, opt):
        return {"x": [int(v) for v in rng.integers(-4, 6, size=4)], "gamma": _pick(rng, [0.5, 1.0, 2.0]),
                "beta": _pick(rng, [-1.0, 0.0, 1.0])}

    def degenerate(self, p):
        return "a batch without spread" if max(p["x"]) - min(p["x"]) < 2 else None

    def prompt(self, p, opt):
        return (f"Batch norm in training mode (biased variance, eps = 0) with gamma = {p['gamma']} and beta = "
                f"{p['beta']} receives the mini-batch {[float(v) for v in p['x']]} of one feature. Give the four "
                "outputs.")

    def answer(self, p):
        x = np.array(p["x"], dtype=float)[:, None]
        out, _ = normalization.batchnorm_forward(x, np.array([p["gamma"]]), np.array([p["beta"]]),
                                                 {"mode": "train", "eps": 0.0})
        return [float(v) for v in out[:, 0]]

    def slip_answer(self, name, p):
        if name != "unbiased_variance":
            return None
        x = np.array(p["x"], dtype=float)
        return [float(v) for v in p["gamma"] * (x - x.mean()) / x.std(ddof=1) + p["beta"]]

    def no_work(self, p):
        return [float(v) for v in p["x"]]


@kind
class MomentumStep(QuestionKind):
    name = "momentum_step"
    answer_format = "vector"
    envelope = Envelope(description="two integer weights in [-3, 3], nonzero integer gradients in [-2, 2], velocity "
                                    "entries -0.1/0/0.1, lr 0.1/0.01, mu 0.9/0.5; every weight moves", answer_min=-4,
                        answer_max=4)
    slips: ClassVar[dict[str, str]] = {"ascent": "added the gradient step instead of subtracting it (v = mu v + lr dw)"}

    def draw(self, rng, opt):
        return {"w": [int(v) for v in rng.integers(-3, 4, size=2)],
                "dw": [_pick(rng, [-2, -1, 1, 2]) for _ in range(2)],
                "v": [_pick(rng, [-0.1, 0.0, 0.1]) for _ in range(2)],
                "lr": _pick(rng, [0.1, 0.01]), "mu": _pick(rng, [0.9, 0.5])}

    def prompt(self, p, opt):
        return (f"SGD with momentum (v = mu v - lr dw; w = w + v), mu = {p['mu']}, lr = {p['lr']}, current velocity "
                f"{_fmt(p['v'])}, weights {_fmt(np.array(p['w'], dtype=float))}, gradient "
                f"{_fmt(np.array(p['dw'], dtype=float))}. Give the new weights.")

    def answer(self, p):
        nxt, _ = optim.sgd_momentum(np.array(p["w"], dtype=float), np.array(p["dw"], dtype=float),
                                    {"learning_rate": p["lr"], "momentum": p["mu"], "velocity": np.array(p["v"])})
        return [float(a) for a in nxt]

    def slip_answer(self, name, p):
        if name != "ascent":
            return None
        return [w + p["mu"] * v + p["lr"] * d for w, v, d in zip(p["w"], p["v"], p["dw"])]

    def no_work(self, p):
        return [float(v) for v in p["w"]]


@kind
class AdamStep(QuestionKind):
    name = "adam_step"
    answer_format = "vector"
    envelope = Envelope(description="two integer weights in [-3, 3], nonzero integer gradients in [-2, 2], lr "
                                    "0.1/0.01, the first step; every weight moves", answer_min=-4, answer_max=4)
    slips: ClassVar[dict[str, str]] = {"no_bias_correction": "left out the bias correction"}

    def draw(self, rng, opt):
        return {"w": [int(v) for v in rng.integers(-3, 4, size=2)],
                "dw": [_pick(rng, [-2, -1, 1, 2]) for _ in range(2)], "lr": _pick(rng, [0.1, 0.01])}

    def prompt(self, p, opt):
        return (f"One Adam step (beta1 0.9, beta2 0.999, eps 1e-8, bias correction, first step t = 1) with learning "
                f"rate {p['lr']} from weights {_fmt(np.array(p['w'], dtype=float))} with gradient "
                f"{_fmt(np.array(p['dw'], dtype=float))}. Give the new weights.")

    def answer(self, p):
        nxt, _ = optim.adam(np.array(p["w"], dtype=float), np.array(p["dw"], dtype=float), {"learning_rate": p["lr"]})
        return [float(a) for a in nxt]

    def slip_answer(self, name, p):
        if name != "no_bias_correction":
            return None
        dw = np.array(p["dw"], dtype=float)
        m, v = 0.1 * dw, 0.001 * dw * dw
        return [float(a) for a in np.array(p["w"], dtype=float) - p["lr"] * m / (np.sqrt(v) + 1e-8)]

    def no_work(self, p):
        return [float(v) for v in p["w"]]


@kind
class LogisticGradient(QuestionKind):
    name = "logistic_gradient"
    answer_format = "vector"
    envelope = Envelope(description="three examples with integer features in [-2, 2], labels not all equal, weights "
                                    "+-0.5 or +-1 (never zero: every sigmoid needs an exp); no zero gradient entry",
                        answer_min=-6, answer_max=6)
    slips: ClassVar[dict[str, str]] = {"sign": "gave the gradient of the log-likelihood, X^T (y - pi): the sign flipped"}

    def draw(self, rng, opt):
        return {"X": [[int(v) for v in row] for row in rng.integers(-2, 3, size=(3, 2))],
                "y": [int(v) for v in rng.integers(0, 2, size=3)],
                "w": [_pick(rng, [-1.0, -0.5, 0.5, 1.0]) for _ in range(2)]}

    def degenerate(self, p):
        if len(set(p["y"])) < 2:
            return "all labels equal"
        if any(abs(g) < 1e-6 for g in self.answer(p)):
            return "a zero gradient entry"
        return None

    def prompt(self, p, opt):
        return (f"Logistic regression with X = {_fmt(np.array(p['X'], dtype=float))} (rows are examples), y = "
                f"{_fmt(np.array(p['y'], dtype=float))}, w = {_fmt(p['w'])}. Give the gradient X^T (pi - y) of the "
                "negative log-likelihood.")

    def answer(self, p):
        g = backprop.logistic_regression_gradient(np.array(p["w"]), np.array(p["X"], dtype=float),
                                                  np.array(p["y"], dtype=float))
        return [float(a) for a in g]

    def slip_answer(self, name, p):
        return [-a for a in self.answer(p)] if name == "sign" else None


@kind
class LinearRegression(QuestionKind):
    name = "linear_regression"
    answer_format = "vector"
    envelope = Envelope(description="four points with integer x in [0, 5] (at least three distinct) and integer y in "
                                    "[0, 9]; intercept and slope within [-20, 20] and not equal", answer_min=-20,
                        answer_max=20)
    slips: ClassVar[dict[str, str]] = {"swapped": "gave the slope and intercept in the other order"}

    def draw(self, rng, opt):
        return {"x": [int(v) for v in rng.integers(0, 6, size=4)], "y": [int(v) for v in rng.integers(0, 10, size=4)]}

    def degenerate(self, p):
        if len(set(p["x"])) < 3:  # (two distinct x would do for the algebra; three make it a fit)
            return "fewer than three distinct x"
        w0, w1 = self.answer(p)
        return "intercept equal to slope" if abs(w0 - w1) < 1e-9 else None

    def prompt(self, p, opt):
        return (f"Fit y = w0 + w1 x by least squares to the points x = {_fmt(np.array(p['x'], dtype=float))}, y = "
                f"{_fmt(np.array(p['y'], dtype=float))}. Give (w0, w1).")

    def answer(self, p):
        X = np.column_stack([np.ones(4), np.array(p["x"], dtype=float)])
        return [float(a) for a in backprop.linear_regression_closed_form(X, np.array(p["y"], dtype=float))]

    def slip_answer(self, name, p):
        return list(reversed(self.answer(p))) if name == "swapped" else None


# ------------------------------------------------------------------ lectures a7 (architectures), a8 (pipeline)
def _g(values: Any) -> str:
    """Numbers (nested lists too) as a paper prints them: 0.5, -1, 2 (no trailing zeros, no 2.0)."""
    if isinstance(values, (list, tuple)):
        return "[" + ", ".join(_g(v) for v in values) + "]"
    return f"{float(values):g}"


@kind
class ResidualBlockParams(QuestionKind):
    name = "residual_block_params"
    units = ("parameter", "param", "weight")
    envelope = Envelope(description="a ResNet basic block (two 3x3 or 5x5 convolutions) from 4-32 to 4-32 channels, "
                                    "stride 1 or 2, convolutions with or without biases, with or without batch norm "
                                    "(options.block: fc, a fully connected block of two affine layers with biases, "
                                    "10-100 wide, 16-256 hidden units); an identity shortcut in about half the "
                                    "variants, else a projection the student must see is needed; 250-60,000 "
                                    "parameters", answer_min=250, answer_max=60_000, max_answer_share=0.03)
    slips: ClassVar[dict[str, str]] = {
        "no_projection": "counted the shortcut as the identity where the shape changes (left out the projection)",
        "bn_running_stats": "counted batch norm's running mean and variance as parameters",
        "rounded": "gave the right count rounded to 3 significant digits"}
    wrong_methods: ClassVar[dict[str, str]] = {"forgot_biases": "left out every bias"}
    CHANNELS: ClassVar[list[int]] = [4, 6, 8, 12, 16, 24, 32]
    WIDTHS: ClassVar[list[int]] = [10, 20, 30, 40, 50, 60, 80, 100]  # a fully connected block's input, output
    HIDDEN: ClassVar[list[int]] = [16, 32, 64, 128, 256]  # and hidden sizes: never the same (2 d h + h + d differ)

    def draw(self, rng, opt):
        block = opt.get("block", "conv")
        if block not in ("conv", "fc"):
            raise ExamError(f"residual_block_params: options.block is conv or fc, not {block!r}")
        identity = bool(rng.random() < 0.4)
        if block == "fc":  # affine layers: 1x1 "convolutions" of vectors, with biases, no batch norm
            c_in = _pick(rng, self.WIDTHS)
            return {"block": "fc", "c_in": c_in, "hidden": _pick(rng, self.HIDDEN),
                    "c_out": c_in if identity else _pick(rng, self.WIDTHS), "k": 1, "stride": 1, "bias": True,
                    "bn": False}
        c_in = _pick(rng, self.CHANNELS)
        c_out = c_in if identity else _pick(rng, self.CHANNELS)
        return {"block": "conv", "c_in": c_in, "c_out": c_out, "k": _pick(rng, [3, 5]),
                "stride": 1 if identity else _pick(rng, [1, 2]), "bias": bool(rng.random() < 0.5),
                "bn": bool(rng.random() < 0.5)}

    @staticmethod
    def projection(p: dict[str, Any]) -> bool:
        """Whether the shortcut needs a 1x1 convolution: the channels or the stride change the shape."""
        return p["c_in"] != p["c_out"] or p["stride"] != 1

    def convolutions(self, p: dict[str, Any]) -> list[tuple[int, int, int]]:
        """(input channels, output channels, kernel side in pixels) of each convolution, the projection last; an
        affine layer of a fully connected block is a 1x1 one (fan-in, fan-out, 1)."""
        middle = p["hidden"] if p["block"] == "fc" else p["c_out"]
        convs = [(p["c_in"], middle, p["k"]), (middle, p["c_out"], p["k"])]
        return convs + ([(p["c_in"], p["c_out"], 1)] if self.projection(p) else [])

    def _per_output_channel(self, p: dict[str, Any]) -> int:
        """Parameters each convolution's output channel adds beyond its weights: a bias, batch norm's gamma, beta."""
        return int(p["bias"]) + 2 * int(p["bn"])

    def prompt(self, p, opt):
        if p["block"] == "fc":
            return (f"A fully connected residual block maps a {p['c_in']}-dimensional input to {p['c_out']} "
                    f"dimensions: an affine layer to {p['hidden']} hidden units, a ReLU, an affine layer to "
                    f"{p['c_out']}, each with a bias. The shortcut is the identity when the input and output sizes "
                    "agree, otherwise an affine projection with a bias. How many learnable parameters does the block "
                    "have?")
        bias = "each convolution with a bias" if p["bias"] else "no convolution with a bias"
        bn = ("each convolution followed by batch norm (a learnable scale and shift per channel)" if p["bn"]
              else "no batch norm")
        k, s = p["k"], p["stride"]
        return (f"A residual basic block maps a {p['c_in']}-channel input to {p['c_out']} channels: a {k}x{k} "
                f"convolution with stride {s}, a ReLU, a {k}x{k} convolution with stride 1 (both padded to keep the "
                f"size); {bias}; {bn}. The shortcut is the identity when the input and output shapes agree, otherwise "
                f"a 1x1 convolution with stride {s} (with a bias and batch norm exactly when the other convolutions "
                "have them). How many learnable parameters does the block have?")

    def answer(self, p):
        """The reference's count (every convolution with a bias), less the biases, plus batch norm's gamma and beta."""
        if p["block"] == "fc":
            return float(architectures.residual_block_param_count(p["c_in"], p["hidden"], p["c_out"]))
        with_biases = architectures.conv_residual_block_param_count(p["c_in"], p["c_out"], p["k"], p["stride"])
        channels = sum(c_out for _, c_out, _ in self.convolutions(p))
        return float(with_biases - channels + self._per_output_channel(p) * channels)

    def slip_answer(self, name, p):
        if name == "no_projection" and self.projection(p):
            c_in, c_out, k = self.convolutions(p)[-1]
            return self.answer(p) - conv.conv_param_count(c_in, c_out, k, bias=False) \
                - self._per_output_channel(p) * c_out
        if name == "bn_running_stats" and p["bn"]:
            return self.answer(p) + 2 * sum(c_out for _, c_out, _ in self.convolutions(p))
        if name == "forgot_biases" and p["bias"]:
            return self.answer(p) - sum(c_out for _, c_out, _ in self.convolutions(p))
        return round_significant(self.answer(p), 3) if name == "rounded" else None


@kind
class FcAsConvOutput(QuestionKind):
    name = "fc_as_conv_output"
    units = ("px", "position", "unit", "wide")
    envelope = Envelope(description="a CNN of total stride 4/8/16/32 trained on images whose feature map is 2x2 to "
                                    "7x7, then a fully connected layer made a convolution, applied to an image 1-12 "
                                    "feature-map positions larger (sizes divide exactly): two steps, a 2-13 wide "
                                    "score map", answer_min=2, answer_max=13, max_answer_share=0.12)
    slips: ClassVar[dict[str, str]] = {"forgot_plus_one": "forgot the + 1"}
    wrong_methods: ClassVar[dict[str, str]] = {"image_pixels": "slid the layer over image pixels, not feature-map "
                                                               "positions (left out the total stride)"}

    def draw(self, rng, opt):
        return {"stride": _pick(rng, [4, 8, 16, 32]), "trained": int(rng.integers(2, 8)),
                "extra": int(rng.integers(1, 13))}

    @staticmethod
    def image_sides(p: dict[str, Any]) -> tuple[int, int]:
        """The training image's side and the larger image's side, in pixels."""
        return p["stride"] * p["trained"], p["stride"] * (p["trained"] + p["extra"])

    def prompt(self, p, opt):
        trained_image, image = self.image_sides(p)
        return (f"A CNN trained on {trained_image}x{trained_image} images: its convolutional part (total stride "
                f"{p['stride']}, every size divides exactly) gives a {p['trained']}x{p['trained']} feature map, then "
                f"a fully connected layer gives the class scores. The fully connected layer is turned into a "
                f"convolution ({p['trained']}x{p['trained']} kernels, stride 1, no padding) and the network is "
                f"applied to a {image}x{image} image. What is the width of the map of class scores it outputs?")

    def answer(self, p):
        _, image = self.image_sides(p)
        return float(architectures.fc_as_conv_output_size(image // p["stride"], p["trained"]))

    def slip_answer(self, name, p):
        trained_image, image = self.image_sides(p)
        if name == "forgot_plus_one":
            return self.answer(p) - 1
        return float(image - trained_image + 1) if name == "image_pixels" else None


@kind
class CamValue(QuestionKind):
    name = "cam_value"
    answer_format = "vector"
    envelope = Envelope(description="three 2x2 feature maps of integers 0-4, a 3x3 class weight matrix of -1/-0.5/0.5/"
                                    "1/2 and biases -1/-0.5/0.5/1 (never 0: the bias counts): one class activation map "
                                    "value (never 0) and that class's score, within [-25, 25]", answer_min=-25,
                        answer_max=25, max_answer_share=0.02)
    slips: ClassVar[dict[str, str]] = {"summed_map": "summed the class activation map instead of averaging it (the "
                                                     "score from global sum pooling)",
                                       "forgot_bias": "left the bias out of the class score"}
    wrong_methods: ClassVar[dict[str, str]] = {
        "cam_from_pooled_features": "weighted the pooled features (a constant map), not each feature map",
        "cam_summed_over_classes": "summed the maps of all classes"}

    def draw(self, rng, opt):
        return {"features": [[[int(v) for v in row] for row in fmap] for fmap in rng.integers(0, 5, size=(3, 2, 2))],
                "W": [[_pick(rng, [-1.0, -0.5, 0.5, 1.0, 2.0]) for _ in range(3)] for _ in range(3)],
                "b": [_pick(rng, [-1.0, -0.5, 0.5, 1.0]) for _ in range(3)],
                "k": int(rng.integers(3)), "i": int(rng.integers(2)), "j": int(rng.integers(2))}

    @staticmethod
    def arrays(p: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """features (1, C, H, W), W (C, K), b (K,) as float64 arrays."""
        return np.array([p["features"]], dtype=float), np.array(p["W"], dtype=float), np.array(p["b"], dtype=float)

    def _cam(self, p: dict[str, Any]) -> np.ndarray:
        features, W, _ = self.arrays(p)
        return architectures.class_activation_map(features, W, np.array([p["k"]]))[0]

    def degenerate(self, p):
        return "a class activation map value of 0 (no work)" if abs(self._cam(p)[p["i"], p["j"]]) < 1e-12 else None

    def prompt(self, p, opt):
        maps = ", ".join(f"F{c + 1} = {_g(fmap)}" for c, fmap in enumerate(p["features"]))
        return (f"The last convolution (after its ReLU) gives three 2x2 feature maps, rows top to bottom: {maps}. "
                f"Global average pooling, then a fully connected layer with weights W = {_g(p['W'])} (row c for map "
                f"Fc, column k for class k) and bias b = {_g(p['b'])} give the three class scores. Give (1) the class "
                f"activation map of class {p['k'] + 1} at row {p['i'] + 1}, column {p['j'] + 1}, and (2) the score "
                f"of class {p['k'] + 1}.")

    def answer(self, p):
        features, W, b = self.arrays(p)
        pooled, _ = architectures.global_avg_pool_forward(features)
        return [float(self._cam(p)[p["i"], p["j"]]), float((pooled @ W + b)[0, p["k"]])]

    def slip_answer(self, name, p):
        cam, score = self.answer(p)
        features, W, b = self.arrays(p)
        if name == "summed_map":
            return [cam, float(self._cam(p).sum() + b[p["k"]])]
        if name == "forgot_bias":
            return [cam, score - float(b[p["k"]])]
        if name == "cam_from_pooled_features":
            return [score - float(b[p["k"]]), score]
        if name == "cam_summed_over_classes":
            return [float(np.einsum("chw,ck->hw", features[0], W)[p["i"], p["j"]]), score]
        return None


@kind
class GaussianNll(QuestionKind):
    name = "gaussian_nll"
    envelope = Envelope(description="one target y and mean mu, multiples of 0.5 in [-2, 3], 0.5-3 apart; the standard "
                                    "deviation given as sigma 0.25/0.5/1.5/2/3/4 or as log sigma +-0.5/+-1/+-1.5 "
                                    "(never sigma 1: std and variance differ); at most 4 standard deviations apart; "
                                    "an NLL in [0.5, 12] nats", answer_min=0.5, answer_max=12, max_answer_share=0.04)
    slips: ClassVar[dict[str, str]] = {
        "constant_dropped": "left out the constant 0.5 log(2 pi)",
        "std_as_variance": "used the standard deviation as the variance (r^2 / sigma and 0.5 log sigma)"}
    wrong_methods: ClassVar[dict[str, str]] = {"log_term_dropped": "left out the log sigma term"}
    HALVES: ClassVar[list[float]] = [v / 2 for v in range(-4, 7)]
    SIGMAS: ClassVar[list[float]] = [0.25, 0.5, 1.5, 2.0, 3.0, 4.0]
    LOG_SIGMAS: ClassVar[list[float]] = [-1.5, -1.0, -0.5, 0.5, 1.0, 1.5]

    def draw(self, rng, opt):
        form = _pick(rng, ["sigma", "log_std"])
        value = _pick(rng, self.SIGMAS if form == "sigma" else self.LOG_SIGMAS)
        return {"y": _pick(rng, self.HALVES), "mu": _pick(rng, self.HALVES), "form": form, "value": value}

    @staticmethod
    def log_std(p: dict[str, Any]) -> float:
        """log sigma (sigma in the target's units)."""
        return float(np.log(p["value"])) if p["form"] == "sigma" else float(p["value"])

    def degenerate(self, p):
        r = abs(p["y"] - p["mu"])
        if not 0.5 <= r <= 3:
            return "a target and a mean not 0.5-3 apart"
        return "more than 4 standard deviations apart" if r / np.exp(self.log_std(p)) > 4 else None

    def prompt(self, p, opt):
        spread = (f"standard deviation sigma = {_g(p['value'])}" if p["form"] == "sigma"
                  else f"log standard deviation log sigma = {_g(p['value'])} (natural log)")
        return (f"A network predicts a Gaussian for its target: mean mu = {_g(p['mu'])}, {spread}. The target is y = "
                f"{_g(p['y'])}. Give the negative log-likelihood -log N(y; mu, sigma^2) in nats, with its constant.")

    def answer(self, p):
        loss, _, _ = architectures.gaussian_nll(np.array([[p["y"]]], dtype=float), np.array([[p["mu"]]], dtype=float),
                                                np.array([[self.log_std(p)]]))
        return loss

    def slip_answer(self, name, p):
        log_std, r2 = self.log_std(p), (p["y"] - p["mu"]) ** 2
        if name == "constant_dropped":
            return self.answer(p) - architectures.HALF_LOG_2PI
        if name == "std_as_variance":
            return float(architectures.HALF_LOG_2PI + 0.5 * log_std + 0.5 * r2 / np.exp(log_std))
        if name == "log_term_dropped":
            return float(architectures.HALF_LOG_2PI + 0.5 * r2 / np.exp(2 * log_std))
        return None


CODE_DISTINCT_REASON = "the same task for everyone; the graders' hidden inputs differ per student"
MAX_DRAWS = 2000


def _clean_answer(answer: Answer) -> Answer:
    if isinstance(answer, str):
        return answer
    return _clean(answer) if isinstance(answer, float) else [_clean(a) for a in answer]


def declared_slips(question: Question) -> list[str]:
    """The slips that earn credit on this question: those it lists, else every one its kind declares."""
    kind_slips = KINDS[question.kind].slips if question.kind in KINDS else {}
    chosen = list(kind_slips) if question.slips is None else question.slips
    unknown = [s for s in chosen if s not in kind_slips]
    if unknown:
        declared = ", ".join(kind_slips) or "none"
        raise ExamError(f"question {question.id}: {question.kind} declares no slip {', '.join(unknown)} "
                        f"(it declares: {declared})")
    return chosen


def _named(k: QuestionKind, names: dict[str, str], p: dict[str, Any], tol: float) -> list[Slip]:
    out = []
    for name, what in names.items():
        value = k.slip_answer(name, p)
        if value is not None:
            out.append(Slip(name=name, description=what, answer=_clean_answer(value)))
    return out


def _variant(question: Question, k: QuestionKind, p: dict[str, Any]) -> Variant:
    answer = _clean_answer(k.answer(p))
    no_work = k.no_work(p)
    tol = max(question.rtol, 1e-9)
    wrong = [w for w in _named(k, k.wrong_methods, p, tol) if not same_numbers(w.answer, answer, tol)]
    slips: list[Slip] = []
    for slip in _named(k, {n: k.slips[n] for n in declared_slips(question)}, p, tol):
        # a slip that gives the answer, no work, a wrong method or another slip says nothing about this student
        if same_numbers(slip.answer, answer, tol) or (no_work is not None and same_numbers(slip.answer, no_work, tol)) \
                or any(same_numbers(slip.answer, other.answer, tol) for other in slips + wrong):
            continue
        slips.append(slip)
    return Variant(question=question.id, kind=k.name, prompt=k.prompt(p, question.options), answer=answer,
                   answer_format=k.answer_format, choices=list(k.choices), units=list(k.units),
                   points=question.points, params=p, slips=slips, no_work=no_work, wrong_methods=wrong)


def draw_variant(question: Question, rng: np.random.Generator, taken: set[str] | None = None) -> Variant:
    """A variant inside its kind's envelope, with a prompt not in `taken` while the draws allow."""
    if question.kind == "code":
        return _code_variant(question)
    if question.kind not in KINDS:
        raise ExamError(f"question {question.id}: unknown kind {question.kind!r} (known: {', '.join(sorted(KINDS))})")
    k = KINDS[question.kind]
    fallback = None
    for _ in range(MAX_DRAWS):
        p = k.draw(rng, question.options)
        if k.outside(p) is not None:
            continue
        v = _variant(question, k, p)
        if taken is None or v.prompt not in taken:
            return v
        fallback = fallback or v
    if fallback is not None:  # every variant the kind has is taken: a class larger than its variety
        return fallback
    raise ExamError(f"question {question.id}: no variant of {question.kind} inside its envelope with options "
                    f"{question.options}")


def _code_variant(question: Question) -> Variant:
    """The same task for everyone; the graders' hidden inputs do the varying."""
    opt = question.options
    for key in ("assignment", "tests", "prompt"):
        if key not in opt:
            raise ExamError(f"question {question.id}: a code question needs options.{key}")
    return Variant(question=question.id, kind="code", prompt=str(opt["prompt"]), answer="", answer_format="code",
                   points=question.points)


def make_variant(question: Question, secret: str, exam_id: str, student: str,
                 taken: set[str] | None = None) -> Variant:
    return draw_variant(question, variant_rng(secret, exam_id, student, question.id), taken)


def class_papers(exam: Exam, secret: str, students: list[str],
                 earlier: dict[str, list[Variant]] | None = None) -> dict[str, list[Variant]]:
    """Every student's paper, drawn in roster order: each question's prompt differs from those of the
    students before (and of `earlier` papers, kept as they are), as long as the kind has variants left."""
    papers = {s: list(v) for s, v in (earlier or {}).items()}
    taken: dict[str, set[str]] = {q.id: {v.prompt for paper in papers.values() for v in paper if v.question == q.id}
                                  for q in exam.questions}
    for student in students:
        if student in papers:
            continue
        paper = []
        for q in exam.questions:
            v = make_variant(q, secret, exam.id, student, taken[q.id])
            taken[q.id].add(v.prompt)
            paper.append(v)
        papers[student] = paper
    return papers


def paper(exam: Exam, secret: str, student: str) -> list[Variant]:
    """One student's paper drawn alone (no roster): what they get when first in their class."""
    return [make_variant(q, secret, exam.id, student) for q in exam.questions]
