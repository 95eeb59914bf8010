"""Exams: per-student variants of questions from the lecture notes, answered on paper or in a
notebook, graded with tolerance against answers computed by `reference/`.

A bank (YAML, validated with pydantic) lists questions by kind with their points, tolerance
and partial-credit rules. Each student's parameters come from a seed derived with HMAC from
the instructor's secret, the exam id, the student id and the question id: reproducible for
the instructor, not guessable by students (the secret never leaves the instructor).
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import html
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import numpy as np
import yaml
from pydantic import BaseModel, Field

from autograder.results import Comparison, SubmissionResult, TestResult, utc_timestamp
from autograder.version import __version__
from reference import backprop, conv, init, normalization, optim


# ------------------------------------------------------------------ bank
class Question(BaseModel):
    id: str
    kind: str
    points: float = 2.0
    rtol: float = 1e-3  # numeric answers: relative tolerance for full credit
    slip_rtol: float | None = 0.05  # within this: an arithmetic slip, `slip_credit` of the points
    slip_credit: float = 0.5
    options: dict[str, Any] = Field(default_factory=dict)  # kind-specific settings


class Exam(BaseModel):
    id: str
    title: str
    instructions: str = ""
    questions: list[Question]


class Variant(BaseModel):
    """One student's version of a question, with its answer (instructor side only)."""

    question: str
    kind: str
    prompt: str
    answer: float | list[float] | str
    answer_format: Literal["number", "vector", "choice", "code"] = "number"
    choices: list[str] = Field(default_factory=list)
    points: float


def load_exam(path: Path) -> Exam:
    return Exam.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def variant_rng(secret: str, exam_id: str, student: str, question_id: str) -> np.random.Generator:
    digest = hmac.new(secret.encode(), f"{exam_id}/{student}/{question_id}".encode(), hashlib.sha256).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


# ------------------------------------------------------------------ question kinds
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


# ------------------------------------------------------------------ papers
def _how_to_answer(v: Variant) -> str:
    return {"number": "Answer: one number.", "vector": "Answer: numbers separated by semicolons, in order.",
            "choice": "Answer: one of " + ", ".join(v.choices) + ".",
            "code": "Answer: Python code defining the function(s) asked for."}[v.answer_format]


def write_papers(exam: Exam, secret: str, students: list[str], out_dir: Path) -> None:
    """Per student: <student>.md, .html and .ipynb; plus answer_key.json (instructor only)."""
    papers_dir = out_dir / "papers"
    papers_dir.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, Any]] = {}
    for student in students:
        variants = paper(exam, secret, student)
        key[student] = {v.question: v.answer for v in variants}
        md = [f"# {exam.title}", f"Student: {student}", exam.instructions, ""]
        for i, v in enumerate(variants, start=1):
            md += [f"## Question {i} ({v.question}, {v.points:g} points)", v.prompt, f"_{_how_to_answer(v)}_", ""]
        (papers_dir / f"{student}.md").write_text("\n\n".join(md), encoding="utf-8")
        body = "".join(f"<section><h2>Question {i} <small>({html.escape(v.question)}, {v.points:g} points)</small></h2>"
                       f"<p>{html.escape(v.prompt)}</p><p><em>{html.escape(_how_to_answer(v))}</em></p></section>"
                       for i, v in enumerate(variants, start=1))
        (papers_dir / f"{student}.html").write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(exam.title)}</title></head><body>'
            f"<main><h1>{html.escape(exam.title)}</h1><p>Student: {html.escape(student)}</p>"
            f"<p>{html.escape(exam.instructions)}</p>{body}</main></body></html>", encoding="utf-8")
        cells = [_md_cell(f"# {exam.title}\n\nStudent: {student}\n\n{exam.instructions}")]
        for i, v in enumerate(variants, start=1):
            cells.append(_md_cell(f"## Question {i} ({v.question}, {v.points:g} points)\n\n{v.prompt}\n\n*{_how_to_answer(v)}*"))
            if v.answer_format == "code":
                cells.append(_code_cell("import numpy as np\n\n# write your code here\n",
                                        {"exam_answer": v.question, "exam_answer_kind": "code"}))
            else:
                cells.append(_code_cell(f"{v.question} = None  # your answer", {"exam_answer": v.question}))
        notebook = {"cells": cells, "metadata": {"exam": {"id": exam.id, "student": student}}, "nbformat": 4,
                    "nbformat_minor": 5}
        (papers_dir / f"{student}.ipynb").write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    (out_dir / "answer_key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")


def _md_cell(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text, "id": hashlib.md5(text.encode()).hexdigest()[:8]}


def _code_cell(text: str, metadata: dict) -> dict:
    return {"cell_type": "code", "metadata": metadata, "source": text, "outputs": [], "execution_count": None,
            "id": hashlib.md5(json.dumps(metadata).encode()).hexdigest()[:8]}


# ------------------------------------------------------------------ answer sheets
def read_answer_sheets(path: Path) -> dict[str, dict[str, str]]:
    """CSV (student_id + one column per question id), JSON {student: {question: answer}} or a folder of
    answered exam notebooks (the code cells tagged exam_answer)."""
    path = Path(path)
    if path.is_dir():
        return {p.stem: _notebook_answers(p) for p in sorted(path.glob("*.ipynb"))}
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(s): {str(q): _as_text(a) for q, a in answers.items()} for s, answers in data.items()}
    with path.open(newline="", encoding="utf-8-sig") as f:
        return {row["student_id"]: {k: v for k, v in row.items() if k != "student_id"} for row in csv.DictReader(f)}


def _as_text(value: Any) -> str:
    return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _notebook_answers(path: Path) -> dict[str, str]:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    answers = {}
    for cell in nb.get("cells", []):
        qid = (cell.get("metadata") or {}).get("exam_answer")
        if qid:
            source = "".join(cell["source"]) if isinstance(cell.get("source"), list) else str(cell.get("source", ""))
            if (cell.get("metadata") or {}).get("exam_answer_kind") == "code":
                answers[qid] = source
                continue
            value = source.split("=", 1)[1].split("#")[0].strip() if "=" in source else ""
            answers[qid] = value.strip("'\"")  # a string answer is written as a Python literal
    return answers


def _numbers(text: str) -> list[float] | None:
    cleaned = text.replace("[", " ").replace("]", " ").replace("(", " ").replace(")", " ").replace(",", ";")
    try:
        values = [float(v) for v in cleaned.replace(" ", ";").split(";") if v.strip()]
    except ValueError:
        return None
    return values or None


def grade_answer(v: Variant, q: Question, given: str | None) -> TestResult:
    """Full credit within rtol, slip_credit within slip_rtol (an arithmetic slip), else zero."""
    base = dict(id=q.id, name=q.id, description=v.prompt[:200], points_possible=q.points, group=q.kind)
    if given is None or not str(given).strip() or str(given).strip() == "None":
        return TestResult(**base, points_earned=0.0, status="failed", message="no answer")
    if v.answer_format == "code":
        return grade_code_answer(q, str(given), base)
    if v.answer_format == "choice":
        ok = str(given).strip().lower() == str(v.answer).lower()
        return TestResult(**base, points_earned=q.points if ok else 0.0, status="passed" if ok else "failed",
                          message="correct" if ok else f"answered {given!r}; the answer is {v.answer!r}")
    got = _numbers(str(given))
    expected = [v.answer] if isinstance(v.answer, float) else list(v.answer)
    if got is None or len(got) != len(expected):
        return TestResult(**base, points_earned=0.0, status="failed",
                          message=f"expected {len(expected)} number(s), could not read {given!r}")
    rel = max(abs(g - e) / max(abs(e), 1e-12) if e else abs(g) for g, e in zip(got, expected))
    comparison = Comparison(name=q.id, passed=rel <= q.rtol, message=f"relative error {rel:.3g}",
                            got_values=got, expected_values=expected, max_rel_error=rel)
    if rel <= q.rtol:
        return TestResult(**base, points_earned=q.points, status="passed", message="correct", comparisons=[comparison])
    if q.slip_rtol is not None and rel <= q.slip_rtol:
        return TestResult(**base, points_earned=round(q.points * q.slip_credit, 4), status="partial",
                          message=f"close (relative error {rel:.2g}): right method, an arithmetic slip; "
                                  f"expected {_as_text(expected)}", comparisons=[comparison])
    return TestResult(**base, points_earned=0.0, status="failed",
                      message=f"answered {_as_text(got)}; expected {_as_text([round(e, 6) for e in expected])}",
                      comparisons=[comparison])


def grade_code_answer(q: Question, code: str, base: dict) -> TestResult:
    """Run the answer through the assignment's own sandboxed graders (the tests named in options.tests)."""
    import tempfile

    from autograder.course.assignment import load_assignment
    from autograder.grading.run import grade_submission

    spec = load_assignment(q.options["assignment"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / spec.module
        path.write_text(code, encoding="utf-8")
        result = grade_submission(spec, path, select=str(q.options["tests"]))
    fraction = result.score / result.max_score if result.max_score else 0.0
    failing = [t for t in result.tests if t.status != "passed"]
    message = result.load_error or ("all checks passed" if not failing else
                                    "; ".join(f"{t.id}: {t.message}" for t in failing)[:1500])
    status = "passed" if fraction == 1 else ("partial" if fraction > 0 else "failed")
    return TestResult(**base, points_earned=round(q.points * fraction, 4), status=status, message=message,
                      comparisons=[c for t in result.tests for c in t.comparisons],
                      mistakes=[m for t in result.tests for m in t.mistakes])


def grade_exam(exam: Exam, secret: str, sheets: dict[str, dict[str, str]]) -> list[SubmissionResult]:

    results = []
    for student, answers in sorted(sheets.items()):
        variants = paper(exam, secret, student)
        tests = [grade_answer(v, q, answers.get(q.id)) for v, q in zip(variants, exam.questions)]
        digest = hashlib.sha256(json.dumps(answers, sort_keys=True).encode()).hexdigest()
        results.append(SubmissionResult(
            student=student, assignment=exam.id, submission_file="answer sheet", sha256=digest,
            score=round(sum(t.points_earned for t in tests), 4), max_score=sum(q.points for q in exam.questions),
            tests=tests, duration_s=0.0, graded_at=utc_timestamp(), grader_version=__version__))
    return results


def read_secret(path: Path) -> str:
    secret = Path(path).read_text(encoding="utf-8").strip()
    if len(secret) < 16:
        raise ValueError(f"{path}: the exam secret should be at least 16 characters")
    return secret

