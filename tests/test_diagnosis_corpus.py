"""The diagnosis corpus (tests/diagnosis_corpus/corpus.py) as a regression guard: student-style wrong
implementations graded with the full catalogue in place, and right ones written differently.

Held: right variants earn full marks; no submission is given a catalogued name that is not its
mistake; a catalogued mistake written another way is named; and every entry judged "right" (by
reading its feedback, see the corpus) still gets one of the relations judged right for it. The
figures themselves are `bench/diagnosis_corpus.py`'s."""
from __future__ import annotations

from pathlib import Path

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult
from tests.diagnosis_corpus.corpus import CORPUS, CORRECT, Entry
from tests.diagnosis_corpus.holdout import HOLDOUT, HOLDOUT_CORRECT
from tests.diagnosis_corpus.holdout2 import HOLDOUT2, HOLDOUT2_CORRECT
from tests.test_diagnosis import with_function

# Catalogued mistakes written differently that are not named (none today). a7_relu_before_add was one
# until its name was read from the outputs not computed from the wrong forward pass's cache.
NOT_NAMED: set[str] = set()
# Wrong names still given, some runs (issue 17, open): a model trained on labels shuffled apart from its images
# predicts at chance, and its accuracy to two decimals (what a6's seeded test names by) can be the untrained model's.
KNOWN_WRONG_NAMES: dict[str, list[str]] = {"q6_images_shuffled_labels_not": ["untrained_model"]}


def grade(entry: Entry, folder: Path) -> SubmissionResult:
    spec = load_assignment(entry.assignment)
    folder.mkdir(parents=True)
    path = folder / spec.module
    path.write_text(with_function(spec, entry.source))
    return grade_submission(spec, path)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, SubmissionResult]:
    root = tmp_path_factory.mktemp("corpus")
    return {e.id: grade(e, root / e.id) for e in CORPUS}


def names(result: SubmissionResult) -> set[str]:
    return {m.id for t in result.tests for m in t.mistakes}


def relations(result: SubmissionResult) -> set[str]:
    return {d.relation for t in result.tests for d in t.diagnoses}


@pytest.mark.parametrize("entry", CORRECT, ids=[e.id for e in CORRECT])
def test_right_code_written_differently_earns_full_marks(entry, tmp_path):
    result = grade(entry, tmp_path / entry.id)
    assert result.score == result.max_score, [(t.id, t.message[:200]) for t in result.tests if t.status != "passed"]


def test_no_submission_is_given_a_name_that_is_not_its_mistake(corpus):
    wrong = {e.id: sorted(names(corpus[e.id])) for e in CORPUS if names(corpus[e.id]) - {e.catalogued}}
    assert not wrong


def test_catalogued_mistakes_written_differently_are_named(corpus):
    unnamed = [e.id for e in CORPUS if e.catalogued and e.catalogued not in names(corpus[e.id])]
    assert set(unnamed) == NOT_NAMED


def test_what_was_judged_right_is_still_said(corpus):
    assert all(e.verdict for e in CORPUS)  # every entry judged
    judged = [e for e in CORPUS if e.verdict == "right" and e.expected]
    assert len(judged) >= 30
    lost = {e.id: sorted(relations(corpus[e.id])) for e in judged
            if not relations(corpus[e.id]) & e.expected and not (e.catalogued and e.catalogued in names(corpus[e.id]))}
    assert not lost


def test_every_mistake_is_caught(corpus):
    """In-place writes into an argument included (relu_backward into dout, random_flip into the images)."""
    assert not {e.id for e in CORPUS if corpus[e.id].score == corpus[e.id].max_score}


# -- the hold-out (tests/diagnosis_corpus/holdout.py): written by someone who had not seen the detectors,
# judged once; since then the detectors were improved on it, so it is a guard now, not a measure.

@pytest.mark.parametrize("entry", HOLDOUT_CORRECT, ids=[e.id for e in HOLDOUT_CORRECT])
def test_the_holdouts_right_code_earns_full_marks(entry, tmp_path):
    result = grade(entry, tmp_path / entry.id)
    assert result.score == result.max_score, [(t.id, t.message[:200]) for t in result.tests if t.status != "passed"]


@pytest.fixture(scope="module")
def holdout(tmp_path_factory) -> dict[str, SubmissionResult]:
    root = tmp_path_factory.mktemp("holdout")
    return {e.id: grade(e, root / e.id) for e in HOLDOUT}


def test_the_holdouts_mistakes_are_caught_and_given_no_name(holdout):
    """None of them is a catalogued mistake: a name would be a wrong one (a hard-coded Glorot bound was once
    named uniform_bound_is_std by a test whose shapes let the two spreads meet)."""
    assert not {e.id for e in HOLDOUT if holdout[e.id].score == holdout[e.id].max_score}
    assert not {e.id: sorted(names(holdout[e.id])) for e in HOLDOUT if names(holdout[e.id])}


# -- the second hold-out (tests/diagnosis_corpus/holdout2.py): judged held out on d559dad, then read and improved
# on: a guard now. Its catalogued entries must be named as such, the others never given a name.

@pytest.mark.parametrize("entry", HOLDOUT2_CORRECT, ids=[e.id for e in HOLDOUT2_CORRECT])
def test_the_second_holdouts_right_code_earns_full_marks(entry, tmp_path):
    result = grade(entry, tmp_path / entry.id)
    assert result.score == result.max_score, [(t.id, t.message[:200]) for t in result.tests if t.status != "passed"]


def test_the_second_holdouts_mistakes_are_caught_and_given_no_wrong_name(tmp_path_factory):
    root = tmp_path_factory.mktemp("holdout2")
    graded = {e.id: grade(e, root / e.id) for e in HOLDOUT2}
    assert not {e.id for e in HOLDOUT2 if graded[e.id].score == graded[e.id].max_score}
    wrong = {e.id: sorted(names(graded[e.id])) for e in HOLDOUT2 if names(graded[e.id]) - {e.catalogued}}
    assert not {k: v for k, v in wrong.items() if KNOWN_WRONG_NAMES.get(k) != v}, wrong
