"""Issue 27, the answer parser: answers read as students write them; anything else "could not read"
with the reason; NaN and Inf read as numbers that never earn credit; nothing crashes."""
import math

import pytest

from autograder.exams.parse import read_choice, read_numbers

PX = ("px", "pixel")


@pytest.mark.parametrize("text, count, decimal, units, expected", [
    ("1/16", 1, ".", (), [0.0625]),                       # a fraction
    ("60/2", 1, ".", (), [30.0]),
    ("-1/4", 1, ".", (), [-0.25]),
    ("0,0741", 1, ",", (), [0.0741]),                     # a decimal comma where the exam declares it
    ("2,29; 0,46", 2, ",", (), [2.29, 0.46]),             # not four numbers
    ("1.234,5", 1, ",", (), [1234.5]),
    ("1 234,5", 1, ",", (), [1234.5]),
    ("\u22123.08; \u22121.11", 2, ".", (), [-3.08, -1.11]),  # Unicode minus
    ("\u20130.5", 1, ".", (), [-0.5]),                    # an en dash typed as minus
    ("62.0 px", 1, ".", PX, [62.0]),                      # a unit that fits
    ("62px", 1, ".", PX, [62.0]),
    ("5 pixels", 1, ".", PX, [5.0]),
    ("259,520", 1, ".", (), [259520.0]),                  # thousands separators
    ("1,234,567.5", 1, ".", (), [1234567.5]),
    ("1 234 567", 1, ".", (), [1234567.0]),
    ("1\u202f234", 1, ".", (), [1234.0]),                 # a narrow no-break space
    ("1'234", 1, ".", (), [1234.0]),
    ("2.3e+05", 1, ".", (), [230000.0]),
    ("2.3 x 10^5", 1, ".", (), [230000.0]),
    ("2.3×10⁵", 1, ".", (), [230000.0]),
    ("10^-3", 1, ".", (), [0.001]),
    ("[2.3e+05, 2.74e+04]", 2, ".", (), [230000.0, 27400.0]),
    ("(1.5, 1)", 2, ".", (), [1.5, 1.0]),
    ("169344 24108", 2, ".", (), [169344.0, 24108.0]),
    ("1; 2;", 2, ".", (), [1.0, 2.0]),
    ("１６", 1, ".", (), [16.0]),                           # full-width digits
    (".5", 1, ".", (), [0.5]),
    ("0.5", 1, ",", (), [0.5]),                           # a point where it cannot be a thousands point
    (0.0625, 1, ",", (), [0.0625]),                       # a notebook's or JSON's number: no locale applies
    ([1.5, -2], 2, ".", (), [1.5, -2.0]),
])
def test_numbers_are_read_as_written(text, count, decimal, units, expected):
    reading = read_numbers(text, count, decimal, units)
    assert reading.problem is None and reading.values == pytest.approx(expected)


@pytest.mark.parametrize("text, count, decimal, units, why", [
    ("0,0741", 1, ".", (), "decimal comma"),              # this exam writes decimal points: flagged, not 741
    ("2,29; 0,46", 2, ".", (), "decimal comma"),
    ("1.234", 1, ",", (), "thousands point or a decimal point"),
    ("62 kg", 1, ".", PX, "'kg' is not a unit of this answer"),
    ("62 px", 1, ".", (), "write a plain number"),
    ("1/0", 1, ".", (), "division by zero"),
    ("1.9", 2, ".", (), "expected 2 numbers, read 1 number"),
    ("1; 2; 3", 2, ".", (), "expected 2 numbers, read 3 numbers"),
    ("-0.588348; 0.392232; -0.392232", 4, ".", (), "expected 4 numbers, read 3 numbers"),
    ("abc", 1, ".", (), "not a number"),
    ("sqrt(2/784)", 1, ".", (), "not a number"),
    ("1" * 20000, 1, ".", (), "too long"),               # a 20,000-digit number
    ("9" * 100, 1, ".", (), "too long for a number"),
])
def test_what_cannot_be_read_says_why(text, count, decimal, units, why):
    reading = read_numbers(text, count, decimal, units)
    assert reading.values is None and why in reading.problem


@pytest.mark.parametrize("text", ["nan", "NaN", "-nan", "inf", "-inf", "Infinity", "∞", "1e400", "-1e999"])
def test_nan_and_inf_are_read_as_numbers_never_as_problems(text):
    reading = read_numbers(text, 1)
    assert reading.problem is None and not math.isfinite(reading.values[0])


def test_nan_after_the_first_element_is_read():
    reading = read_numbers("0.6172; nan; nan; nan", 4)
    assert reading.values[0] == 0.6172 and all(math.isnan(v) for v in reading.values[1:])


@pytest.mark.parametrize("text", ["", "   ", None, "None", "null", "n/a", "-"])
def test_blank_answers_are_no_answer(text):
    assert read_numbers(text, 1).blank


@pytest.mark.parametrize("text, choice", [
    ("yes", "yes"), ("YES", "yes"), ("Yes.", "yes"), ("y", "yes"), ("true", "yes"), ("True", "yes"), ("1", "yes"),
    ("valid", "yes"), ("ja", "yes"), (True, "yes"), ("✓", "yes"), ("Yes, the division is whole", "yes"),
    ("no", "no"), ("NO", "no"), ("n", "no"), ("false", "no"), ("0", "no"), ("invalid", "no"), ("nein", "no"),
    (False, "no"), ("No, 15.5 is not whole", "no"), ("no - it is not valid", "no"),
])
def test_yes_no_synonyms(text, choice):
    reading = read_choice(text, ["yes", "no"])
    assert reading.problem is None and reading.choice == choice


@pytest.mark.parametrize("text", ["yes/no", "maybe", "yes, or rather no", "2"])
def test_an_undecided_choice_cannot_be_read(text):
    assert read_choice(text, ["yes", "no"]).problem == "answer one of: yes, no"


CORPUS = ["", "1", "-1", "1/16", "1//2", "/", "1/", "/2", "0,0741", "2,29; 0,46", "−3", "62.0 px", "1,234",
          "1.234.567,89", "nan", "inf", "-inf", "NaN; NaN", "1e400", "1e-400", "1" * 20000, "9" * 400 + ".5",
          "[[1, 2], [3]]", "((((1))))", "[", "]", "()", "1;;;;2", ";;;", "e5", "1e", "1e+", "--1", "+-1", "1..2",
          "1,2,3,4,5", "½", "⅓", "2³", "10^", "10^x", "x10^5", "3 x 10 ^ (-2)", "1/2/3", "0/0", "1 px/2 px",
          "\x00", "\u200b12\u200b", "١٢", "𝟙𝟚", "12 ", "yes", "true", "0x10", "1_000", "1__0", "∞∞", "-∞",
          "'1'", '"2"', "{1}", "1\n2", "1\r\n2", "\t3\t", "1 2 3", "NaN px", "1e5 px", "px", "1.5.5",
          {"a": 1}, [None], [True, 1], 3 + 4j, float("nan"), [float("inf")], b"1", object()]


@pytest.mark.parametrize("count", [1, 2, 4])
@pytest.mark.parametrize("decimal", [".", ","])
def test_the_answer_format_corpus_never_crashes(count, decimal):
    for text in CORPUS:
        reading = read_numbers(text, count, decimal, PX)
        assert reading.blank or reading.problem or len(reading.values) == count
        choice = read_choice(text, ["yes", "no"])
        assert choice.blank or choice.problem or choice.choice in ("yes", "no")
