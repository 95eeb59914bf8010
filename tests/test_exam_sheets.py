"""Issue 27, sheets: ids normalised and checked against the class; unknown ids, duplicates, missing
students and columns listed with a non-zero exit unless --proceed; notebook ids from the notebook's
declared id; unreadable sheets listed (and in the class summary); `autograder report` on an exam
gradebook; the answer formats graded end to end; NaN never credited, never a crash."""
import csv
import json
import sqlite3

import pytest

from autograder.cli.main import main
from autograder.exams.bank import Exam, Question, load_exam
from autograder.exams.grading import grade_exam
from autograder.exams.key import build_key, write_key
from autograder.exams.papers import write_papers
from tests.conftest import REPO

SECRET = "Vv8Jm2K3q_yT0cX9bLr-4nWd7ZpQe1sHfA6uGiOkEtM"  # strong, random
EXAM = load_exam(REPO / "examples" / "exam" / "midterm.yaml")
CLASS = ["s1000", "s1001", "s1002", "s1003"]


@pytest.fixture(scope="module")
def key():
    return build_key(EXAM, SECRET, CLASS)


@pytest.fixture
def course(tmp_path, key):
    """An exam folder as `exam generate` leaves it: the bank, the secret and the key."""
    (tmp_path / "exam.secret").write_text(SECRET + "\n")
    write_key(key, tmp_path / "answer_key.json")
    return tmp_path


def right(v) -> str:
    return v.answer if isinstance(v.answer, str) else (
        f"{v.answer!r}" if isinstance(v.answer, float) else "; ".join(repr(a) for a in v.answer))


def sheet_row(key, student, written_id=None, **override):
    return {"student_id": written_id if written_id is not None else student,
            **{v.question: override.get(v.question, right(v)) for v in key.students[student]}}


def write_csv(path, rows, delimiter=",", id_header="student_id"):
    header = [id_header] + [q.id for q in EXAM.questions]
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows([[r.get("student_id", "")] + [r.get(q, "") for q in header[1:]] for r in rows])
    return path


def grade_cli(course, answers, *extra):
    return main(["exam", "grade", str(REPO / "examples" / "exam" / "midterm.yaml"), str(answers), "--out",
                 str(course), *extra])


def scores(course):
    with sqlite3.connect(course / "gradebook.sqlite") as db:
        return dict(db.execute("SELECT student, score FROM submissions"))


def test_ids_with_spaces_and_other_case_are_the_roster_students(course, key, capsys):
    rows = [sheet_row(key, "s1000", "s1000 "), sheet_row(key, "s1001", "\u00a0s1001"),
            sheet_row(key, "s1002", "S1002"), sheet_row(key, "s1003", "s1003\u200b")]
    assert grade_cli(course, write_csv(course / "a.csv", rows)) == 0
    assert scores(course) == dict.fromkeys(CLASS, 27.0)


def test_unknown_ids_duplicates_and_missing_students_are_listed_and_stop_grading(course, key, capsys):
    blank = {"student_id": "s1001"}
    rows = [sheet_row(key, "s1000"), sheet_row(key, "s1001"), blank, sheet_row(key, "s1002", "s9999")]
    answers = write_csv(course / "a.csv", rows)
    assert grade_cli(course, answers) == 1
    err = capsys.readouterr().err
    assert "not in the class (not graded): 's9999' (a.csv line 5)" in err
    assert "s1001 has 2 sheets: a.csv line 3; a.csv line 4" in err
    assert "no sheet from 2: s1002, s1003" in err and "nothing graded" in err
    assert not (course / "gradebook.sqlite").exists()
    # told to proceed: the class's sheets are graded, the written answers win over the blank duplicate
    assert grade_cli(course, answers, "--proceed") == 0
    assert scores(course) == {"s1000": 27.0, "s1001": 27.0}


def test_two_different_answers_on_duplicate_sheets_are_flagged_not_chosen(course, key, capsys):
    first = sheet_row(key, "s1000")
    second = sheet_row(key, "s1000", q1_output_size="3")
    assert grade_cli(course, write_csv(course / "a.csv", [first, second]), "--proceed") == 0
    out = capsys.readouterr().out
    assert scores(course) == {"s1000": 25.0}
    assert "to review: s1000 q1_output_size: could not read: two sheets give different answers" in out


def test_a_misspelled_question_column_is_listed_with_what_it_may_mean(course, key, capsys):
    answers = course / "a.csv"
    write_csv(answers, [sheet_row(key, s) for s in CLASS])
    answers.write_text(answers.read_text().replace("q3_params", "q3_parmas", 1))
    assert grade_cli(course, answers) == 1
    err = capsys.readouterr().err
    assert "no column for question q3_params" in err
    assert "a column that is no question: 'q3_parmas' (did you mean 'q3_params'?)" in err


@pytest.mark.parametrize("delimiter, id_header", [(";", "student_id"), (",", "Student ID"), ("\t", "ID"),
                                                  (";", "Matrikelnummer")])
def test_common_csv_dialects_and_id_headers_are_read(course, key, delimiter, id_header):
    write_csv(course / "a.csv", [sheet_row(key, s) for s in CLASS], delimiter, id_header)
    assert grade_cli(course, course / "a.csv") == 0
    assert scores(course) == dict.fromkeys(CLASS, 27.0)


def test_a_sheet_without_an_id_column_is_one_error_line(course, key, capsys):
    (course / "a.csv").write_text("name,q1_output_size\nada,3\n")
    assert grade_cli(course, course / "a.csv") == 2
    assert "no student id column" in capsys.readouterr().err


@pytest.mark.parametrize("shape", ["object", "list", "wrapped list"])
def test_json_exports_as_an_object_or_a_list_of_rows(course, key, shape):
    rows = [sheet_row(key, s) for s in CLASS]
    if shape == "object":
        data = {r["student_id"]: {k: v for k, v in r.items() if k != "student_id"} for r in rows}
    else:
        data = rows if shape == "list" else {"answers": rows}
    (course / "a.json").write_text(json.dumps(data))
    assert grade_cli(course, course / "a.json") == 0
    assert scores(course) == dict.fromkeys(CLASS, 27.0)


def answered_notebook(course, key, student, **override):
    nb = json.loads((course / "papers" / f"{student}.ipynb").read_text())
    for cell in nb["cells"]:
        qid = cell["metadata"].get("exam_answer")
        if qid:
            v = next(v for v in key.students[student] if v.question == qid)
            cell["source"] = f"{qid} = {override.get(qid, repr(v.answer))}"
    return nb


def test_notebook_ids_come_from_the_notebook_not_its_file_name(course, key, capsys):
    write_papers(key, course)
    folder = course / "notebooks"
    folder.mkdir()
    (folder / "s1003 (1).ipynb").write_text(json.dumps(answered_notebook(course, key, "s1003")))
    (folder / "s1000.ipynb").write_text(json.dumps(answered_notebook(course, key, "s1000", q1_output_size="'1/1'")))
    nb = answered_notebook(course, key, "s1001")
    (folder / "download.ipynb").write_text(json.dumps(nb))
    truncated = json.dumps(answered_notebook(course, key, "s1002"))
    (folder / "s1002.ipynb").write_text(truncated[: len(truncated) // 2])
    assert grade_cli(course, folder) == 1  # the truncated one is listed
    assert "could not read s1002.ipynb: the notebook cannot be read: truncated or damaged" in capsys.readouterr().err
    assert grade_cli(course, folder, "--proceed") == 0
    out = capsys.readouterr().out
    assert scores(course) == {"s1000": 25.0, "s1001": 27.0, "s1002": 0.0, "s1003": 27.0}
    assert "s1002: 0 / 27 (the answer sheet could not be read: s1002.ipynb" in out
    assert "to review: s1002 (sheet): the answer sheet could not be read" in out
    assert [r["student"] for r in csv.DictReader((course / "review.csv").open()) if r["student"]] == ["s1002"]
    summary = (course / "reports" / EXAM.id / "index.html").read_text()
    assert "s1002" in summary and "not loaded" in summary and "truncated or damaged" in summary


def test_a_notebook_of_another_exam_is_not_read_as_this_one(course, key, capsys):
    write_papers(key, course)
    folder = course / "notebooks"
    folder.mkdir()
    nb = answered_notebook(course, key, "s1000")
    nb["metadata"]["exam"]["id"] = "final_2025"
    (folder / "s1000.ipynb").write_text(json.dumps(nb))
    assert grade_cli(course, folder) == 1
    assert "a paper of exam 'final_2025', not 'midterm_2026'" in capsys.readouterr().err


def test_report_works_on_an_exam_gradebook(course, key, capsys):
    write_csv(course / "a.csv", [sheet_row(key, s) for s in CLASS])
    assert grade_cli(course, course / "a.csv") == 0
    assert main(["report", "--gradebook", str(course / "gradebook.sqlite"), "--out", str(course / "again")]) == 0
    page = (course / "again" / EXAM.id / "index.html").read_text()
    assert EXAM.title in page and (course / "again" / EXAM.id / "students" / "s1000.html").is_file()


def test_nan_after_the_first_element_earns_nothing(key):
    """0.6172; nan; nan; nan scored 3/3 (max() skips NaN)."""
    v = next(v for v in key.students["s1000"] if v.question == "q7_batchnorm")
    results = grade_exam(key, _sheets(key, {"s1000": {"q7_batchnorm": f"{v.answer[0]}; nan; nan; nan"}}))
    t = results[0].tests[6]
    assert t.points_earned == 0 and "NaN or Inf is never the answer" in t.message


@pytest.mark.parametrize("answer", ["nan", "inf", "-inf", "1" * 20000, "1e400"])
def test_nan_inf_and_huge_numbers_grade_to_zero_without_a_crash(course, key, answer, capsys):
    rows = [sheet_row(key, s, q1_output_size=answer, q6_init=answer) for s in CLASS]
    assert grade_cli(course, write_csv(course / "a.csv", rows)) == 0
    assert scores(course) == dict.fromkeys(CLASS, 23.0)
    assert main(["report", "--gradebook", str(course / "gradebook.sqlite"), "--out", str(course / "r")]) == 0


def _sheets(key, answers):
    from autograder.exams.answers import Sheet, SheetsRead, match_sheets
    read = SheetsRead(sheets=[Sheet(written_id=s, answers=a, source=s) for s, a in answers.items()])
    return match_sheets(read, list(key.students), [q.id for q in key.questions])


def _one(kind, answer, decimal=".", **question):
    exam = Exam(id="e", title="t", decimal_separator=decimal,
                questions=[Question(id="q", kind=kind, points=2, rtol=question.pop("rtol", 0.005), **question)])
    key = build_key(exam, SECRET, ["x"])
    given = answer(key.students["x"][0]) if callable(answer) else answer
    return grade_exam(key, _sheets(key, {"x": {"q": given}}))[0].tests[0]


@pytest.mark.parametrize("kind, write, decimal, points", [
    ("init_std", lambda v: f"{v.answer:.4f}".replace(".", ","), ",", 2),          # 0,0741 in a comma exam
    ("init_std", lambda v: f"{v.answer:.4f}", ",", 2),                              # a point there too
    ("batchnorm_output", lambda v: "; ".join(f"{a:.3f}".replace(".", ",") for a in v.answer), ",", 2),
    ("momentum_step", lambda v: "; ".join(f"{a:.4g}".replace("-", "\u2212") for a in v.answer), ".", 2),
    ("conv_output_size", lambda v: f"{v.answer:.1f} px", ".", 2),                   # 62.0 px
    ("conv_output_size", lambda v: f"{int(v.answer) * 2}/2", ".", 2),               # 60/2
    ("param_count_stack", lambda v: f"{int(v.answer):,}", ".", 2),                  # 21,676
    ("stride_valid", lambda v: {"yes": "true", "no": "False"}[v.answer], ".", 2),
    ("stride_valid", lambda v: {"yes": "1", "no": "0"}[v.answer], ".", 2),
])
def test_answers_written_the_common_ways_earn_full_credit(kind, write, decimal, points):
    t = _one(kind, write, decimal, rtol=0.0 if kind in ("conv_output_size", "param_count_stack") else 0.005)
    assert t.points_earned == points, t.message


def test_an_answer_that_cannot_be_read_is_shown_to_the_student_and_flagged(course, key, capsys):
    rows = [sheet_row(key, s) for s in CLASS]
    rows[0]["q6_init"] = "0,0741"  # a decimal comma in a decimal-point exam
    rows[1]["q7_batchnorm"] = "2,29; 0,46"  # not four numbers
    assert grade_cli(course, write_csv(course / "a.csv", rows)) == 0
    out = capsys.readouterr().out
    assert "to review: s1000 q6_init: could not read '0,0741': a decimal comma?" in out
    assert "to review: s1001 q7_batchnorm: could not read '2,29; 0,46': a decimal comma?" in out
    review = list(csv.DictReader((course / "review.csv").open()))
    assert [(r["student"], r["question"]) for r in review] == [("s1000", "q6_init"), ("s1001", "q7_batchnorm")]
    page = (course / "reports" / EXAM.id / "students" / "s1000.html").read_text()
    assert "could not read" in page and "decimal comma" in page
    summary = (course / "reports" / EXAM.id / "index.html").read_text()
    assert "answer not read" in summary and "q7_batchnorm: could not read" in summary


def test_every_sheet_that_could_not_be_read_is_on_the_class_page(course, key):
    write_papers(key, course)
    folder = course / "notebooks"
    folder.mkdir()
    for s in CLASS:
        (folder / f"{s}.ipynb").write_text(json.dumps(answered_notebook(course, key, s)))
    (folder / "untitled (3).ipynb").write_text('{"cells": [')
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    assert grade_cli(course, folder, "--proceed") == 0
    summary = (course / "reports" / EXAM.id / "index.html").read_text()
    assert "untitled (3).ipynb" in summary and "truncated or damaged" in summary
    assert "photo.jpg" in summary and "not a notebook" in summary


def test_damaged_sheet_files_are_one_error_line(course, key, capsys):
    (course / "a.csv").write_text("student_id,q1_output_size\ns1000," + "1" * 200_000 + "\n")
    assert grade_cli(course, course / "a.csv") == 2
    assert "not a readable CSV" in capsys.readouterr().err
    (course / "a.json").write_text('{"s1000": {"q1_output_size": ')
    assert grade_cli(course, course / "a.json") == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert grade_cli(course, course / "missing.csv") == 2
    assert "cannot be read" in capsys.readouterr().err


def test_odd_notebook_cells_do_not_crash_the_reader():
    from autograder.exams.answers import notebook_answers
    nb = {"cells": ["text", {"metadata": {"exam_answer": ["q1"]}}, {"metadata": None},
                    {"metadata": {"exam_answer": "q1"}, "source": ["q1 = ", "1/16"]},
                    {"metadata": {"exam_answer": "q2"}, "source": "q2 = (1.5, -2)  # my answer"},
                    {"metadata": {"exam_answer": "q3"}, "source": "q3 = np.sqrt(2 / 784)"},
                    {"metadata": {"exam_answer": "q4"}, "source": "q4 = 'yes'\nq4 = 'no'"},
                    {"metadata": {"exam_answer": "q5"}, "source": "q5 = = 3"}]}
    assert notebook_answers(nb) == {"q1": "1/16", "q2": (1.5, -2), "q3": "np.sqrt(2 / 784)", "q4": "no", "q5": "= 3"}
