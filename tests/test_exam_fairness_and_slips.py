"""Issue 27, fair variants and honest slip credit: every kind's variants stay inside its declared
difficulty envelope (sampled by the thousand), neighbours get distinct prompts, slip credit goes to
declared slips only (never unchanged inputs, never a forgotten bias), and the tolerance a paper
states is the one graded."""
import collections
from fractions import Fraction
from math import isqrt

import pytest

from autograder.exams.answers import Sheet, SheetsRead, match_sheets
from autograder.exams.bank import Exam, ExamError, Question, load_exam
from autograder.exams.grading import grade_exam
from autograder.exams.key import build_key
from autograder.exams.papers import significant_digits, stated_tolerance
from autograder.exams.variants import KINDS, class_papers, draw_variant, round_significant, same_numbers, variant_rng
from reference import conv
from tests.conftest import REPO

SECRET = "Vv8Jm2K3q_yT0cX9bLr-4nWd7ZpQe1sHfA6uGiOkEtM"
EXAM = load_exam(REPO / "examples" / "exam" / "midterm.yaml")
SAMPLES = 3000
CLASS_OF_30 = [f"s{1000 + i}" for i in range(30)]


def sample(kind: str, n: int = SAMPLES):
    q = Question(id="q", kind=kind, rtol=0.0 if kind in ("param_count_stack", "multiply_counts") else 0.005)
    return [draw_variant(q, variant_rng(SECRET, "fairness", f"student{i}", "q")) for i in range(n)]


@pytest.fixture(scope="module")
def variants():
    return {kind: sample(kind) for kind in KINDS}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_variant_is_inside_its_kinds_envelope(variants, kind):
    k = KINDS[kind]
    envelope = k.envelope
    answers = collections.Counter()
    for v in variants[kind]:
        assert k.outside(v.params) is None
        expected = k.answer(v.params)
        assert v.answer == expected if isinstance(expected, str) else v.answer == pytest.approx(expected, rel=1e-9)
        if not isinstance(v.answer, str):
            values = [v.answer] if isinstance(v.answer, float) else v.answer
            assert all(envelope.answer_min <= a <= envelope.answer_max for a in values)
        for slip in v.slips:  # a declared slip never gives the answer or the unchanged inputs
            assert not same_numbers(slip.answer, v.answer, 1e-9)
            assert v.no_work is None or not same_numbers(slip.answer, v.no_work, 1e-9)
        answers[str(v.answer)] += 1
    assert answers.most_common(1)[0][1] / SAMPLES <= envelope.max_answer_share
    assert len({v.prompt for v in variants[kind]}) >= 200 or envelope.distinct_reason


def test_parameter_counts_are_all_of_the_same_size_of_work(variants):
    """Seen: parameter counts ranged from 2,768 to 2,265,408 to compute by hand."""
    counts = [v.answer for v in variants["param_count_stack"]]
    assert 500 <= min(counts) and max(counts) <= 60_000
    assert {len(v.params["layers"]) for v in variants["param_count_stack"]} == {3}
    assert all(layer["f"] <= 32 and layer["k"] <= 5 for v in variants["param_count_stack"] for layer in v.params["layers"])


def test_receptive_fields_take_the_same_steps_and_no_answer_dominates(variants):
    """Seen: 18% of receptive-field variants had the answer 5 while others reached 63."""
    rfs = collections.Counter(v.answer for v in variants["receptive_field"])
    assert 5.0 not in rfs and rfs.most_common(1)[0][1] / SAMPLES <= 0.12
    for v in variants["receptive_field"]:
        strides = v.params["strides"]
        assert len(strides) == 4 and 1 <= strides[:-1].count(2) <= 2 and strides[-1] == 1


def test_every_init_variant_needs_a_square_root(variants):
    """Seen: 13% of init variants needed no square root."""
    for v in variants["init_std"]:
        p = v.params
        variance = Fraction(2, p["fan_in"] + (p["fan_out"] if p["method"] == "xavier" else 0))
        assert not (isqrt(variance.numerator) ** 2 == variance.numerator and
                    isqrt(variance.denominator) ** 2 == variance.denominator)
        assert v.answer ** 2 == pytest.approx(float(variance))


def test_stride_questions_answer_yes_as_often_as_no(variants):
    yes = sum(v.answer == "yes" for v in variants["stride_valid"]) / SAMPLES
    assert 0.45 <= yes <= 0.55


def test_optimizer_steps_move_every_weight(variants):
    for kind in ("momentum_step", "adam_step"):
        assert all(all(a != w for a, w in zip(v.answer, v.no_work)) for v in variants[kind])


@pytest.mark.parametrize("size", [30, 200])
def test_neighbours_get_distinct_prompts(size):
    """Seen: among 30 students one question had only 18 distinct prompts (27 pairs with identical ones)."""
    students = [f"s{1000 + i}" for i in range(size)]
    papers = class_papers(EXAM, SECRET, students)
    for i, q in enumerate(EXAM.questions):
        assert len({papers[s][i].prompt for s in students}) == size, q.id


def test_a_code_question_declares_why_its_prompt_is_shared():
    from autograder.exams.variants import CODE_DISTINCT_REASON
    assert "hidden inputs" in CODE_DISTINCT_REASON


# ------------------------------------------------------------------ slips
def _grade(key, answers: dict[str, dict]):
    read = SheetsRead(sheets=[Sheet(written_id=s, answers=a, source=s) for s, a in answers.items()])
    return {r.student: r for r in grade_exam(key, match_sheets(read, list(key.students), [q.id for q in key.questions]))}


@pytest.fixture(scope="module")
def class_key():
    return build_key(EXAM, SECRET, CLASS_OF_30)


def _variant(key, student, qid):
    return next(v for v in key.students[student] if v.question == qid)


def _vector(values) -> str:
    return "; ".join(repr(float(a)) for a in values)


def test_handing_back_the_old_weights_earns_nothing(class_key):
    """Seen: unchanged weights earned half credit on the Adam and momentum questions for 12 of 30."""
    answers = {s: {q: _vector(_variant(class_key, s, q).params["w"]) for q in ("q8_momentum", "q9_adam")}
               for s in CLASS_OF_30}
    results = _grade(class_key, answers)
    for r in results.values():
        assert r.score == 0
        assert all("the inputs unchanged: no step was taken" in t.message for t in r.tests[7:9])


def test_forgetting_every_bias_earns_nothing(class_key):
    """Seen: forgetting every bias on the parameter-count question earned half for all 30."""
    answers = {}
    for s in CLASS_OF_30:
        p = _variant(class_key, s, "q3_params").params
        channels, total = p["in_channels"], 0
        for layer in p["layers"]:
            total += conv.conv_param_count(channels, layer["f"], layer["k"], bias=False)
            channels = layer["f"]
        answers[s] = {"q3_params": str(total)}
    results = _grade(class_key, answers).values()
    assert all(r.score == 0 and "having left out every bias" in r.tests[2].message for r in results)


def test_a_declared_slip_earns_the_slip_credit_and_says_which(class_key):
    answers = {}
    for s in CLASS_OF_30:
        v = _variant(class_key, s, "q1_output_size")
        slip = next((x for x in v.slips if x.name == "forgot_plus_one"), None)
        if slip:  # (dropped where it gives what leaving out the padding gives: 2P = S)
            answers[s] = {"q1_output_size": repr(slip.answer)}
    assert len(answers) >= 20
    results = _grade(class_key, answers)
    for r in results.values():
        assert r.score == 1.0 and "a declared slip (forgot the + 1)" in r.tests[0].message


def test_a_question_that_credits_no_slip_gives_none(class_key):
    """q5 says `slips: []`: the receptive field's declared slip earns nothing there."""
    from autograder.exams.variants import KINDS
    answers = {s: {"q5_receptive_field": repr(KINDS["receptive_field"].slip_answer(
        "stride_early", _variant(class_key, s, "q5_receptive_field").params))} for s in CLASS_OF_30}
    assert all(r.score == 0 for r in _grade(class_key, answers).values())


def test_a_close_answer_is_not_a_slip(class_key):
    """1% off is no evidence of the right method: only declared slips earn credit."""
    answers = {s: {v.question: _vector([a * 1.01 for a in ([v.answer] if isinstance(v.answer, float) else v.answer)])
                   for v in class_key.students[s] if not isinstance(v.answer, str)} for s in CLASS_OF_30}
    assert all(r.score == 0 for r in _grade(class_key, answers).values())


def test_the_tolerance_on_the_paper_is_the_one_graded(class_key):
    """Seen: the paper said "3 significant digits or better" where the question's rtol was 0."""
    for q in EXAM.questions:
        v = _variant(class_key, "s1000", q.id)
        said = stated_tolerance(q, v)
        if v.answer_format == "choice":
            assert said == ""
        elif q.rtol == 0:
            assert said.startswith("Give the exact value")
        else:
            assert f"Give {significant_digits(q.rtol)} significant digits" in said
    answers = {}
    for s in CLASS_OF_30:
        answers[s] = {}
        for q in EXAM.questions:
            v = _variant(class_key, s, q.id)
            if isinstance(v.answer, str):
                answers[s][q.id] = v.answer
                continue
            digits = significant_digits(q.rtol) if q.rtol else 12
            values = [v.answer] if isinstance(v.answer, float) else v.answer
            answers[s][q.id] = "; ".join(f"{round_significant(a, digits):g}" for a in values)
    assert all(r.score == 27 for r in _grade(class_key, answers).values())
    assert "3 significant digits" not in EXAM.instructions


@pytest.mark.parametrize("rtol, digits", [(0.005, 3), (0.001, 4), (0.01, 3), (0.05, 2), (0.0005, 4)])
def test_significant_digits_stated_always_meet_the_tolerance(rtol, digits):
    assert significant_digits(rtol) == digits and 0.5 * 10 ** (1 - digits) <= rtol


def test_a_slip_the_kind_does_not_declare_is_a_bank_error():
    exam = Exam(id="e", title="t", questions=[Question(id="q", kind="param_count_stack", slips=["forgot_biases"])])
    with pytest.raises(ExamError, match="param_count_stack declares no slip forgot_biases .it declares: rounded"):
        build_key(exam, SECRET, ["x"])
