"""Per-student variants of the lecture's question kinds, each with its answer computed by `reference/`.

Each student's parameters come from a seed derived with HMAC from the instructor's secret,
the exam id, the student id and the question id: reproducible for the instructor, not
guessable by students (the secret never leaves the instructor).
"""
from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, Field

from autograder.exams.bank import Exam, Question
from reference import backprop, conv, init, normalization, optim


class Variant(BaseModel):
    """One student's version of a question, with its answer (instructor side only)."""

    question: str
    kind: str
    prompt: str
    answer: float | list[float] | str
    answer_format: Literal["number", "vector", "choice", "code"] = "number"
    choices: list[str] = Field(default_factory=list)
    points: float


def variant_rng(secret: str, exam_id: str, student: str, question_id: str) -> np.random.Generator:
    digest = hmac.new(secret.encode(), f"{exam_id}/{student}/{question_id}".encode(), hashlib.sha256).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


KINDS: dict[str, Callable[[np.random.Generator, dict], tuple[str, Any, str, list[str]]]] = {}


def kind(name: str):
    def register(fn):
        KINDS[name] = fn
        return fn
    return register


def _fmt(a: np.ndarray) -> str:
    return " ".join(np.array2string(np.asarray(a), precision=3, separator=", ", suppress_small=True).split())


@kind("conv_output_size")
def _conv_output_size(rng, opt):
    while True:
        w, k, s, p = (int(rng.choice([27, 28, 32, 64, 96, 227, 224])), int(rng.choice([1, 3, 5, 7, 11])),
                      int(rng.choice([1, 2, 4])), int(rng.integers(0, 4)))
        try:
            out = conv.conv_output_size(w, k, s, p)
        except ValueError:
            continue
        return (f"A convolution layer takes a {w}x{w} input with {k}x{k} kernels, stride {s} and zero padding {p} "
                "on every side. What is the width of its output?", float(out), "number", [])


@kind("stride_valid")
def _stride_valid(rng, opt):
    w, k, s, p = int(rng.choice([7, 10, 15, 32, 33])), int(rng.choice([3, 5])), int(rng.choice([2, 3])), int(rng.integers(0, 3))
    try:
        conv.conv_output_size(w, k, s, p)
        valid = "yes"
    except ValueError:
        valid = "no"
    return (f"Is stride {s} valid for a {w}x{w} input, {k}x{k} kernels and padding {p} "
            "(does (W - K + 2P) / S + 1 come out whole)? Answer yes or no.", valid, "choice", ["yes", "no"])


@kind("param_count_stack")
def _param_count_stack(rng, opt):
    channels = int(opt.get("in_channels", 3))
    layers, total, lines = int(rng.integers(2, 4)), 0, []
    for i in range(layers):
        k, f = int(rng.choice([3, 5, 7, 11])), int(rng.choice([16, 32, 64, 96]))
        total += conv.conv_param_count(channels, f, k, bias=True)
        lines.append(f"layer {i + 1}: {f} filters of {k}x{k}")
        channels = f
    return (f"A stack of convolutions, each filter with a bias, on a {opt.get('in_channels', 3)}-channel input: "
            + "; ".join(lines) + ". How many parameters does the stack have in all?", float(total), "number", [])


@kind("multiply_counts")
def _multiply_counts(rng, opt):
    cin, cout, k, o = int(rng.choice([3, 8, 16])), int(rng.choice([32, 64, 128])), 3, int(rng.choice([5, 8, 14]))
    std = conv.conv_multiply_count(cin, cout, k, o)
    sep = conv.depthwise_separable_multiply_count(cin, cout, k, o)
    return (f"A {k}x{k} convolution maps {cin} channels to {cout}, producing {o}x{o} outputs. Give the number of "
            "multiplications of (1) the standard convolution and (2) its depthwise-separable version "
            "(depthwise then 1x1 pointwise), as two numbers.", [float(std), float(sep)], "vector", [])


@kind("receptive_field")
def _receptive_field(rng, opt):
    n = int(rng.integers(2, 6))
    strides = [int(s) for s in rng.choice([1, 1, 2], size=n)]
    rf = conv.receptive_field([3] * n, strides)
    return (f"{n} 3x3 convolutions are stacked with strides {strides} (first layer first). What is the receptive "
            "field, in input pixels along one side, of one unit of the last layer?", float(rf), "number", [])


@kind("init_std")
def _init_std(rng, opt):
    fan_in, fan_out = int(rng.choice([128, 256, 300, 512, 784])), int(rng.choice([10, 64, 100, 256]))
    if rng.random() < 0.5:
        return (f"What standard deviation does Xavier/Glorot initialization (fan average) give the weights of a "
                f"{fan_in} -> {fan_out} fully connected layer?", init.xavier_std((fan_in, fan_out)), "number", [])
    return (f"What standard deviation does He initialization give the weights of a {fan_in} -> {fan_out} fully "
            "connected layer followed by a ReLU?", init.he_std((fan_in, fan_out)), "number", [])


@kind("batchnorm_output")
def _batchnorm_output(rng, opt):
    x = rng.integers(-4, 6, size=(4, 1)).astype(float)
    if np.ptp(x) == 0:
        x[0, 0] += 2
    gamma, beta = float(rng.choice([1.0, 2.0, 0.5])), float(rng.choice([0.0, 1.0, -1.0]))
    out, _ = normalization.batchnorm_forward(x, np.array([gamma]), np.array([beta]), {"mode": "train", "eps": 0.0})
    return (f"Batch norm in training mode (biased variance, eps = 0) with gamma = {gamma} and beta = {beta} "
            f"receives the mini-batch {[float(v) for v in x[:, 0]]} of one feature. Give the four outputs.",
            [float(v) for v in out[:, 0]], "vector", [])


@kind("momentum_step")
def _momentum_step(rng, opt):
    w, dw, v = rng.integers(-3, 4, size=2).astype(float), rng.integers(-2, 3, size=2).astype(float), \
        rng.integers(-1, 2, size=2).astype(float) / 10
    lr, mu = float(rng.choice([0.1, 0.01])), float(rng.choice([0.9, 0.5]))
    nxt, _ = optim.sgd_momentum(w, dw, {"learning_rate": lr, "momentum": mu, "velocity": v})
    return (f"SGD with momentum (v = mu v - lr dw; w = w + v), mu = {mu}, lr = {lr}, current velocity {_fmt(v)}, "
            f"weights {_fmt(w)}, gradient {_fmt(dw)}. Give the new weights.", [float(a) for a in nxt], "vector", [])


@kind("adam_step")
def _adam_step(rng, opt):
    w, dw = rng.integers(-3, 4, size=2).astype(float), rng.integers(-2, 3, size=2).astype(float)
    lr = float(rng.choice([0.1, 0.01]))
    nxt, _ = optim.adam(w, dw, {"learning_rate": lr})
    return (f"One Adam step (beta1 0.9, beta2 0.999, eps 1e-8, bias correction, first step t = 1) with learning "
            f"rate {lr} from weights {_fmt(w)} with gradient {_fmt(dw)}. Give the new weights.",
            [float(a) for a in nxt], "vector", [])


@kind("logistic_gradient")
def _logistic_gradient(rng, opt):
    X, w = rng.integers(-2, 3, size=(3, 2)).astype(float), rng.integers(-1, 2, size=2).astype(float) / 2
    y = rng.integers(0, 2, size=3).astype(float)
    g = backprop.logistic_regression_gradient(w, X, y)
    return (f"Logistic regression with X = {_fmt(X)} (rows are examples), y = {_fmt(y)}, w = {_fmt(w)}. Give the "
            "gradient X^T (pi - y) of the negative log-likelihood.", [float(a) for a in g], "vector", [])


@kind("linear_regression")
def _linear_regression(rng, opt):
    while True:
        X = np.column_stack([np.ones(4), rng.integers(0, 6, size=4).astype(float)])
        if abs(np.linalg.det(X.T @ X)) > 1:
            break
    y = rng.integers(0, 10, size=4).astype(float)
    w = backprop.linear_regression_closed_form(X, y)
    return (f"Fit y = w0 + w1 x by least squares to the points x = {_fmt(X[:, 1])}, y = {_fmt(y)}. "
            "Give (w0, w1).", [float(a) for a in w], "vector", [])


def make_variant(question: Question, secret: str, exam_id: str, student: str) -> Variant:
    if question.kind == "code":  # the same task for everyone; the graders' hidden inputs do the varying
        opt = question.options
        for key in ("assignment", "tests", "prompt"):
            if key not in opt:
                raise ValueError(f"question {question.id}: a code question needs options.{key}")
        return Variant(question=question.id, kind="code", prompt=str(opt["prompt"]), answer="", answer_format="code",
                       points=question.points)
    if question.kind not in KINDS:
        raise ValueError(f"question {question.id}: unknown kind {question.kind!r} (known: {', '.join(sorted(KINDS))})")
    prompt, answer, fmt, choices = KINDS[question.kind](variant_rng(secret, exam_id, student, question.id),
                                                        question.options)
    return Variant(question=question.id, kind=question.kind, prompt=prompt, answer=answer, answer_format=fmt,
                   choices=choices, points=question.points)


def paper(exam: Exam, secret: str, student: str) -> list[Variant]:
    return [make_variant(q, secret, exam.id, student) for q in exam.questions]
