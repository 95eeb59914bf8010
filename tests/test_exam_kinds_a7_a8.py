"""Issue 22, exam kinds of the lectures a7 (architectures) and a8 (training pipeline): residual block
parameter counts, an FC layer made a convolution on a larger input, class activation map arithmetic and
the Gaussian negative log-likelihood. Their variants stay inside the declared envelope, the key agrees
with torch re-deriving each answer from the printed prompt (not from reference/), a right answer earns
full marks, each declared slip earns the slip credit and says which, wrong methods are named and earn
nothing, and students get different variants. The bank is tests/exam_a7_a8.yaml."""
import ast
import collections
import math
import re

import numpy as np
import pytest
import torch
from torch import nn

from autograder.exams.answers import Sheet, SheetsRead, match_sheets
from autograder.exams.bank import load_exam
from autograder.exams.grading import grade_exam
from autograder.exams.key import build_key
from autograder.exams.papers import significant_digits
from autograder.exams.variants import KINDS, class_papers, draw_variant, paper, round_significant, variant_rng
from reference import architectures
from tests.conftest import REPO

SECRET = "Vv8Jm2K3q_yT0cX9bLr-4nWd7ZpQe1sHfA6uGiOkEtM"
BANK = REPO / "tests" / "exam_a7_a8.yaml"
EXAM = load_exam(BANK)
NEW_KINDS = ["residual_block_params", "fc_as_conv_output", "cam_value", "gaussian_nll"]
QUESTIONS = {q.id: q for q in EXAM.questions}  # q1 a conv residual block, q5 a fully connected one
CLASS = [f"s{2000 + i}" for i in range(60)]
SAMPLES = 1000


@pytest.fixture(scope="module")
def key():
    return build_key(EXAM, SECRET, CLASS)


@pytest.fixture(scope="module")
def sampled():
    out = {}
    for q in EXAM.questions:
        out[q.id] = [draw_variant(q, variant_rng(SECRET, "a7a8", f"student{i}", q.id)) for i in range(SAMPLES)]
    return out


def test_the_bank_uses_every_new_kind():
    assert [q.kind for q in EXAM.questions] == NEW_KINDS + ["residual_block_params"]
    assert QUESTIONS["q5_residual_fc"].options == {"block": "fc"} and set(NEW_KINDS) <= set(KINDS)


# ------------------------------------------------------------------ envelopes
@pytest.mark.parametrize("qid", list(QUESTIONS))
def test_variants_stay_inside_the_envelope(sampled, qid):
    k = KINDS[QUESTIONS[qid].kind]
    answers = collections.Counter()
    for v in sampled[qid]:
        assert k.outside(v.params) is None
        values = [v.answer] if isinstance(v.answer, float) else v.answer
        assert all(k.envelope.answer_min <= a <= k.envelope.answer_max for a in values)
        assert {s.name for s in v.slips} <= set(k.slips) and {w.name for w in v.wrong_methods} <= set(k.wrong_methods)
        answers[str(v.answer)] += 1
    assert answers.most_common(1)[0][1] / SAMPLES <= k.envelope.max_answer_share
    assert len({v.prompt for v in sampled[qid]}) >= 150


@pytest.mark.parametrize("qid", ["q1_residual_params", "q5_residual_fc"])
def test_residual_blocks_mix_identity_and_projection_shortcuts(sampled, qid):
    variants = sampled[qid]
    projection = [KINDS["residual_block_params"].projection(v.params) for v in variants]
    assert 0.35 <= 1 - sum(projection) / SAMPLES <= 0.6  # identity in about half
    assert not any(s.name == "bn_running_stats" for v in variants if not v.params["bn"] for s in v.slips)
    if qid == "q5_residual_fc":
        assert all(v.params["block"] == "fc" and 10 <= min(v.params["c_in"], v.params["c_out"]) and
                   max(v.params["c_in"], v.params["c_out"]) <= 100 and 16 <= v.params["hidden"] <= 256
                   for v in variants)
        return
    for v in variants:
        p = v.params
        assert p["block"] == "conv" and p["k"] in (3, 5) and p["stride"] in (1, 2)
        assert 4 <= min(p["c_in"], p["c_out"]) and max(p["c_in"], p["c_out"]) <= 32
    combos = collections.Counter((v.params["bias"], v.params["bn"]) for v in variants)
    assert len(combos) == 4 and min(combos.values()) >= SAMPLES / 8


def test_the_residual_count_is_the_references(sampled):
    """Where every convolution has a bias and there is no batch norm, the reference's count as it stands."""
    for v in sampled["q1_residual_params"]:
        p = v.params
        if p["bias"] and not p["bn"]:
            assert v.answer == architectures.conv_residual_block_param_count(p["c_in"], p["c_out"], p["k"], p["stride"])
    for v in sampled["q5_residual_fc"]:
        p = v.params
        assert v.answer == architectures.residual_block_param_count(p["c_in"], p["hidden"], p["c_out"])


def test_an_unknown_block_is_the_banks_error():
    from autograder.exams.bank import Exam, ExamError, Question
    exam = Exam(id="e", title="t", questions=[Question(id="q", kind="residual_block_params", options={"block": "rnn"})])
    with pytest.raises(ExamError, match="options.block is conv or fc, not 'rnn'"):
        paper(exam, SECRET, "x")


def test_fc_as_conv_variants_take_two_steps(sampled):
    for v in sampled["q2_fc_as_conv"]:
        p = v.params
        assert p["stride"] in (4, 8, 16, 32) and 2 <= p["trained"] <= 7 and 1 <= p["extra"] <= 12
        trained_image, image = KINDS["fc_as_conv_output"].image_sides(p)
        assert trained_image == p["stride"] * p["trained"] and image % p["stride"] == 0 and image > trained_image
        assert v.answer == p["extra"] + 1 and v.slips[0].answer == p["extra"]


def test_cam_variants_need_the_map_and_the_bias(sampled):
    for v in sampled["q3_cam"]:
        assert v.answer[0] != 0 and all(b != 0 for b in v.params["b"])
        assert {s.name for s in v.slips} >= {"forgot_bias"}


def test_gaussian_nll_variants_keep_std_and_variance_apart(sampled):
    for v in sampled["q4_gaussian_nll"]:
        p = v.params
        sigma = p["value"] if p["form"] == "sigma" else math.exp(p["value"])
        assert sigma != 1 and 0.5 <= abs(p["y"] - p["mu"]) <= 3 and abs(p["y"] - p["mu"]) / sigma <= 4
        assert {s.name for s in v.slips} == {"constant_dropped", "std_as_variance"}
    assert {v.params["form"] for v in sampled["q4_gaussian_nll"]} == {"sigma", "log_std"}


# ------------------------------------------------------------------ the key against torch, from the prompt
def _ints(pattern: str, text: str) -> list[int]:
    match = re.search(pattern, text)
    assert match, (pattern, text)
    return [int(g) for g in match.groups()]


class TorchBasicBlock(nn.Module):
    """The block as torch builds it; the shortcut is a projection exactly when the branch changes the shape."""

    def __init__(self, c_in: int, c_out: int, k: int, stride: int, bias: bool, bn: bool):
        super().__init__()
        def norm():
            return nn.BatchNorm2d(c_out) if bn else nn.Identity()
        self.branch = nn.Sequential(nn.Conv2d(c_in, c_out, k, stride, padding=k // 2, bias=bias), norm(), nn.ReLU(),
                                    nn.Conv2d(c_out, c_out, k, 1, padding=k // 2, bias=bias), norm())
        x = torch.zeros(1, c_in, 8, 8)
        same_shape = self.branch(x).shape == x.shape
        self.shortcut = nn.Identity() if same_shape else nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride, bias=bias),
                                                                       norm())

    def forward(self, x):
        return torch.relu(self.branch(x) + self.shortcut(x))


class TorchFcBlock(nn.Module):
    """relu(W2 relu(W1 x + b1) + b2 + shortcut(x)); the shortcut is affine exactly when the sizes differ."""

    def __init__(self, d: int, hidden: int, d_out: int):
        super().__init__()
        self.branch = nn.Sequential(nn.Linear(d, hidden), nn.ReLU(), nn.Linear(hidden, d_out))
        self.shortcut = nn.Identity() if d == d_out else nn.Linear(d, d_out)

    def forward(self, x):
        return torch.relu(self.branch(x) + self.shortcut(x))


def torch_residual_params(prompt: str) -> int:
    if prompt.startswith("A fully connected residual block"):
        d, d_out, hidden, again = _ints(r"maps a (\d+)-dimensional input to (\d+) dimensions: an affine layer to "
                                        r"(\d+) hidden units, a ReLU, an affine layer to (\d+), each with a bias",
                                        prompt)
        assert again == d_out
        block = TorchFcBlock(d, hidden, d_out)
        assert block(torch.zeros(2, d)).shape == (2, d_out)
        return sum(p.numel() for p in block.parameters() if p.requires_grad)
    c_in, c_out, k, stride = _ints(r"maps a (\d+)-channel input to (\d+) channels: a (\d+)x\d+ convolution with "
                                   r"stride (\d+)", prompt)
    bias = "each convolution with a bias" in prompt
    bn = "followed by batch norm" in prompt
    assert bias != ("no convolution with a bias" in prompt) and bn != ("no batch norm" in prompt)
    block = TorchBasicBlock(c_in, c_out, k, stride, bias, bn)
    assert block(torch.zeros(2, c_in, 8, 8)).shape == (2, c_out, 8 // stride, 8 // stride)
    return sum(p.numel() for p in block.parameters() if p.requires_grad)


def torch_fc_as_conv_width(prompt: str) -> int:
    trained_image, stride, trained, image = _ints(r"trained on (\d+)x\d+ images.*total stride (\d+).*gives a (\d+)x\d+ "
                                                  r"feature map.*applied to a (\d+)x\d+ image", prompt)
    torch.manual_seed(0)
    channels, classes = 4, 5
    features = nn.Conv2d(3, channels, stride, stride).double()  # a convolutional part of total stride `stride`
    assert features(torch.zeros(1, 3, trained_image, trained_image, dtype=torch.float64)).shape[-1] == trained
    fc = nn.Linear(channels * trained * trained, classes).double()
    as_conv = nn.Conv2d(channels, classes, trained).double()
    with torch.no_grad():
        as_conv.weight.copy_(fc.weight.view(classes, channels, trained, trained))
        as_conv.bias.copy_(fc.bias)
        fmap = features(torch.randn(1, 3, image, image, dtype=torch.float64))
        scores = as_conv(fmap)
        i, j = scores.shape[-2] - 1, 0  # one window: the FC layer on it gives the same scores
        window = fmap[:, :, i:i + trained, j:j + trained].reshape(1, -1)
        torch.testing.assert_close(scores[:, :, i, j], fc(window))
    assert scores.shape[-2] == scores.shape[-1]
    return scores.shape[-1]


def torch_cam(prompt: str) -> list[float]:
    maps = [ast.literal_eval(m) for m in re.findall(r"F\d = (\[\[.*?\]\])", prompt)]
    W = torch.tensor(ast.literal_eval(re.search(r"W = (\[\[.*?\]\])", prompt).group(1)), dtype=torch.float64)
    b = torch.tensor(ast.literal_eval(re.search(r"bias b = (\[.*?\])", prompt).group(1)), dtype=torch.float64)
    k, i, j = (n - 1 for n in _ints(r"class (\d+) at row (\d+), column (\d+)", prompt))
    features = torch.tensor(maps, dtype=torch.float64)  # (C, H, W)
    assert features.shape == (3, 2, 2) and W.shape == (3, 3)
    cam = torch.einsum("c,chw->hw", W[:, k], features)
    fc = nn.Linear(3, 3).double()
    with torch.no_grad():
        fc.weight.copy_(W.T)
        fc.bias.copy_(b)
        scores = fc(nn.AdaptiveAvgPool2d(1)(features[None]).flatten(1))[0]
    return [float(cam[i, j]), float(scores[k])]


def torch_gaussian_nll(prompt: str) -> float:
    def number(name: str) -> float:
        return float(re.search(rf"{name} = (-?[\d.]+)", prompt).group(1).rstrip("."))
    mu, y = torch.tensor([number("mu")], dtype=torch.float64), torch.tensor([number("y")], dtype=torch.float64)
    sigma = torch.tensor([math.exp(number("log sigma")) if "log sigma =" in prompt else number(" sigma")],
                         dtype=torch.float64)
    loss = nn.GaussianNLLLoss(full=True, reduction="sum", eps=0.0)(mu, y, sigma ** 2)
    manual = -torch.distributions.Normal(mu, sigma).log_prob(y).sum()
    torch.testing.assert_close(loss, manual)
    return float(loss)


TORCH = {"residual_block_params": torch_residual_params, "fc_as_conv_output": torch_fc_as_conv_width,
         "cam_value": torch_cam, "gaussian_nll": torch_gaussian_nll}


@pytest.mark.parametrize("qid", list(QUESTIONS))
def test_the_key_equals_torch(key, qid):
    for student in CLASS:
        v = next(v for v in key.students[student] if v.question == qid)
        np.testing.assert_allclose(v.answer, TORCH[QUESTIONS[qid].kind](v.prompt), rtol=1e-9, atol=1e-12)


# ------------------------------------------------------------------ grading
def _grade(key, answers: dict[str, dict]) -> dict:
    read = SheetsRead(sheets=[Sheet(written_id=s, answers=a, source=s) for s, a in answers.items()])
    sheets = match_sheets(read, list(key.students), [q.id for q in key.questions])
    return {r.student: r for r in grade_exam(key, sheets)}


def _written(value, rtol: float) -> str:
    """As a student writes it: to the digits the paper asks for (every digit for an exact answer)."""
    values = [value] if isinstance(value, float) else value
    return "; ".join(repr(float(a)) if rtol == 0 else f"{round_significant(a, significant_digits(rtol)):g}"
                     for a in values)


def test_a_right_answer_earns_full_marks(key):
    answers = {s: {v.question: _written(v.answer, q.rtol) for v, q in zip(key.students[s], EXAM.questions)}
               for s in CLASS}
    total = sum(q.points for q in EXAM.questions)
    assert all(r.score == total for r in _grade(key, answers).values())


SLIPS = [(q, slip) for q in EXAM.questions for slip in KINDS[q.kind].slips
         if (q.id, slip) != ("q5_residual_fc", "bn_running_stats")]  # a fully connected block has no batch norm


@pytest.mark.parametrize("q, slip", SLIPS, ids=[f"{q.id}-{slip}" for q, slip in SLIPS])
def test_each_declared_slip_is_recognised(key, q, slip):
    k, answers = KINDS[q.kind], {}
    for s in CLASS:
        v = next(v for v in key.students[s] if v.question == q.id)
        if any(x.name == slip for x in v.slips):
            answers[s] = {q.id: _written(k.slip_answer(slip, v.params), q.rtol)}
    assert len(answers) >= 10, slip  # a slip declared but (nearly) never creditable would be no slip
    for r in _grade(key, answers).values():
        test = next(t for t in r.tests if t.id == q.id)
        assert test.status == "partial" and r.score == q.points * q.slip_credit
        assert f"a declared slip ({k.slips[slip]})" in test.message


WRONG = [(q, name) for q in EXAM.questions for name in KINDS[q.kind].wrong_methods]


@pytest.mark.parametrize("q, name", WRONG, ids=[f"{q.id}-{name}" for q, name in WRONG])
def test_wrong_methods_are_named_and_earn_nothing(key, q, name):
    k, answers = KINDS[q.kind], {}
    for s in CLASS:
        v = next(v for v in key.students[s] if v.question == q.id)
        if any(x.name == name for x in v.wrong_methods):
            answers[s] = {q.id: _written(k.slip_answer(name, v.params), q.rtol)}
    assert len(answers) >= 10
    for r in _grade(key, answers).values():
        test = next(t for t in r.tests if t.id == q.id)
        assert r.score == 0 and f"having {k.wrong_methods[name]}" in test.message


def test_a_close_answer_earns_nothing(key):
    def off(v):
        return [a * 1.01 for a in ([v.answer] if isinstance(v.answer, float) else v.answer)]
    answers = {s: {v.question: _written(off(v), 0) for v in key.students[s]} for s in CLASS}
    assert all(r.score == 0 for r in _grade(key, answers).values())


# ------------------------------------------------------------------ variants per student
def test_variants_differ_per_student_and_repeat():
    a, b = paper(EXAM, SECRET, "s001"), paper(EXAM, SECRET, "s002")
    assert [v.prompt for v in a] == [v.prompt for v in paper(EXAM, SECRET, "s001")]
    assert all(x.prompt != y.prompt for x, y in zip(a, b))
    guessed = paper(EXAM, "someone-guessing-the-secret!", "s001")
    assert all(x.prompt != y.prompt for x, y in zip(a, guessed))


def test_a_class_gets_a_distinct_prompt_per_student():
    students = [f"s{3000 + i}" for i in range(100)]
    papers = class_papers(EXAM, SECRET, students)
    for i, q in enumerate(EXAM.questions):
        assert len({papers[s][i].prompt for s in students}) == len(students), q.id


# ------------------------------------------------------------------ documented
def test_the_docs_list_every_kind_and_its_slips():
    text = (REPO / "docs" / "exams.md").read_text()
    rows = {line.split("|")[1].strip(): line for line in text.splitlines() if line.startswith("| ")}
    assert {name for name, k in KINDS.items() if k.slips or k.wrong_methods} <= set(rows)
    assert "constant 0.5 log(2 pi) left out" in rows["gaussian_nll"]


def test_exam_kinds_lists_the_new_kinds(capsys):
    from autograder.cli.main import main
    assert main(["exam", "kinds"]) == 0
    out = capsys.readouterr().out
    for name in NEW_KINDS:
        assert f"{name}: " in out
    assert "slip std_as_variance" in out and "slip no_projection" in out
