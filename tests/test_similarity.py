"""Similarity detection: disguised copies rank above independent solutions; starter code never counts."""
import json
import zipfile

import pytest

from autograder.authoring.release import strip_solutions
from autograder.course.assignment import load_assignment
from autograder.feedback.similarity import (
    compare_class,
    fingerprints,
    submission_code,
    write_similarity_report,
)
from autograder.submissions.files import SubmissionError
from tests.similarity.generate import BASES, disguise

SPEC = load_assignment("a1_backprop")
STUB = strip_solutions(SPEC.solution_file.read_text())


def test_disguised_versions_still_work_as_python():
    for base in BASES.values():
        for how in ("rename", "reorder", "comment", "all"):
            compile(disguise(base, how, 1), "x.py", "exec")


def test_renaming_reordering_and_comments_do_not_change_fingerprints_much():
    original = set(fingerprints(BASES["A"]))
    for how in ("rename", "reorder", "comment", "all"):
        copy = set(fingerprints(disguise(BASES["A"], how, 3)))
        assert len(original & copy) / len(original) > 0.8, how


def test_copies_rank_above_independent_solutions():
    sources = {name: text for name, text in BASES.items()}
    for base in BASES:
        for how in ("rename", "reorder", "comment", "all"):
            sources[f"{base}_{how}"] = disguise(BASES[base], how, hash(how) % 100)
    sources["stub1"] = STUB
    sources["stub2"] = STUB.replace("# YOUR CODE HERE", "# YOUR CODE HERE (I will do it)") + "\n# my notes\n"
    pairs, _ = compare_class(sources, boilerplate=[STUB], common_share=1.0)
    score = {(p.a, p.b): p.similarity for p in pairs}

    def sim(a, b):
        return score.get(tuple(sorted((a, b))), 0.0)

    copies = [sim(base, f"{base}_{how}") for base in BASES for how in ("rename", "reorder", "comment", "all")]
    independent = [sim("A", "B"), sim("A", "C"), sim("B", "C")]
    assert min(copies) > max(independent), (min(copies), independent)
    assert min(copies) >= 0.8
    assert not any("stub" in p.a and "stub" in p.b for p in pairs)  # starter code is not copying
    assert not any("stub" in p.a or "stub" in p.b for p in pairs)


def test_notebooks_and_zips_are_read(tmp_path):
    nb = {"cells": [{"cell_type": "markdown", "source": ["# A1"]},
                    {"cell_type": "code", "source": BASES["A"].splitlines(keepends=True)}], "nbformat": 4}
    (tmp_path / "a.ipynb").write_text(json.dumps(nb))
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as z:
        z.writestr("me/backprop.py", BASES["A"])
        z.writestr("me/helpers.py", "x = 1\n")
    assert submission_code(tmp_path / "a.ipynb") .strip() == BASES["A"].strip()
    assert submission_code(tmp_path / "b.zip", "backprop.py") == BASES["A"]
    (tmp_path / "broken.ipynb").write_text("{not json")
    with pytest.raises(SubmissionError, match="not a readable notebook"):  # read as strictly as grading reads it
        submission_code(tmp_path / "broken.ipynb")


def test_report_has_ranked_pairs_and_side_by_side_views(tmp_path):
    sources = {"ann": BASES["A"], "ben": disguise(BASES["A"], "all", 5), "cat": BASES["C"]}
    pairs, subs = compare_class(sources, boilerplate=[STUB], common_share=1.0)
    page = write_similarity_report(pairs, subs, tmp_path, "a1")
    html = page.read_text()
    assert "ann / ben" in html and "For teaching staff only" in html
    detail = (tmp_path / "similarity" / "ann__ben.html").read_text()
    assert 'class="hit"' in detail
    assert json.loads((tmp_path / "similarity.json").read_text())[0]["a"] == "ann"


@pytest.mark.parametrize("broken", ["def f(:\n    pass\n", "\xff\xfe", ""])
def test_broken_sources_do_not_crash(broken):
    pairs, _ = compare_class({"a": broken, "b": BASES["A"]})
    assert pairs == []


def test_similarity_is_linked_for_tas_and_never_shown_to_students(tmp_path):
    from autograder.batch.run import grade_batch
    from autograder.feedback.reports.build import write_reports
    from autograder.feedback.similarity import write_class_similarity
    from autograder.gradebook.store import Gradebook

    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.py").write_text(BASES["A"])
    (subs / "ben.py").write_text(disguise(BASES["A"], "all", 9))
    (subs / "cat.py").write_text(BASES["C"])
    out = tmp_path / "reports" / SPEC.id
    write_class_similarity(SPEC, subs, out)
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        grade_batch(SPEC, subs, gb, workers=2)
        write_reports(gb, SPEC, tmp_path / "reports")
    assert 'href="similarity.html"' in (out / "index.html").read_text()
    ranked = json.loads((out / "similarity.json").read_text())
    assert (ranked[0]["a"], ranked[0]["b"]) == ("ann", "ben")
    for page in (out / "students").iterdir():
        assert "similar" not in page.read_text().lower(), page.name
