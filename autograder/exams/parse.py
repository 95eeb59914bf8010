"""Answers read as students write them: numbers (fractions, a decimal comma where the exam declares
it, Unicode minus, thousands separators, a unit that fits the question, `2.3 x 10^5`), yes/no with
their synonyms; anything else is "could not read" with the reason, shown to the student and flagged
to the TA (PrairieLearn marks such a submission invalid rather than wrong).

NaN and Inf are read as what they are: numbers that are never right (grading gives them no credit).
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel

DecimalSeparator = Literal[".", ","]
MAX_ANSWER_CHARS = 2000  # a sheet cell longer than this is not an answer
MAX_NUMBER_CHARS = 60  # longer than any number an exam asks for (and no 20,000-digit float parsing)


class Reading(BaseModel):
    """What an answer was read as: numbers, a choice, nothing (blank), or why it could not be read."""

    text: str  # the answer as handed in, capped (what the student and TA see quoted)
    values: list[float] | None = None  # may hold NaN/Inf: readable, and wrong
    choice: str | None = None
    problem: str | None = None  # "could not read" reason; None when read (or blank)

    @property
    def blank(self) -> bool:
        return self.values is None and self.choice is None and self.problem is None


_BLANKS = {"", "none", "null", "n/a", "na", "-", "--", "?"}
_NON_FINITE = {"nan": math.nan, "inf": math.inf, "infinity": math.inf, "∞": math.inf}
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\ufe63": "-", "\uff0d": "-"})
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_SUPERSCRIPT_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
# 2.3 x 10^5, 2.3*10**-4, 2.3 · 10^(5): a mantissa times a power of ten
_TIMES_TEN = re.compile(r"(\d\.?)\s*[x×*·⋅]\s*10\s*(?:\^|\*\*)\s*\(?\s*([+-]?\d+)\s*\)?")
_TEN_POWER = re.compile(r"^([+-]?)10\s*(?:\^|\*\*)\s*\(?\s*([+-]?\d+)\s*\)?$")
_PLAIN = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_EXP = r"(?:[eE][+-]?\d+)?"
# thousands groups: a first group of 1-3 digits (not a lone leading 0), then groups of exactly 3
_GROUPED_POINT = re.compile(rf"[+-]?[1-9]\d{{0,2}}(?:(?P<sep>[,' _])\d{{3}})(?:(?P=sep)\d{{3}})*(?:\.\d*)?{_EXP}")
_GROUPED_COMMA = re.compile(rf"[+-]?[1-9]\d{{0,2}}(?:(?P<sep>[.' _])\d{{3}})(?:(?P=sep)\d{{3}})*(?:,\d*)?{_EXP}")
_DECIMAL_COMMA = re.compile(rf"[+-]?(?:\d+,\d*|,\d+){_EXP}")
_UNIT = re.compile(r"^(?P<number>.*?[\d.∞])\s*(?P<unit>[^\W\d_][^\d]*?)\.?$")
_FRACTION = re.compile(r"^(?P<a>[^/]+)/(?P<b>[^/]+)$")
_BRACKETS = {"[": "]", "(": ")", "{": "}"}


def _normalized(text: str) -> str:
    """One spelling of what is written several ways: superscript exponents, compatibility forms
    (full-width digits, no-break and thin spaces), every minus sign, invisible characters."""
    text = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group(0).translate(_SUPERSCRIPT), text)
    text = unicodedata.normalize("NFKC", text).translate(_MINUS)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")  # zero-width spaces, marks
    return text.strip()


def _strip_brackets(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and _BRACKETS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text


def _plural_forms(unit: str) -> set[str]:
    unit = unit.casefold()
    return {unit, unit + "s", unit + "es", unit.rstrip("s")}


def _number(item: str, decimal: DecimalSeparator, units: tuple[str, ...]) -> float | str:
    """One number, or why it is not one."""
    text = _strip_brackets(item)
    if not text:
        return "an empty entry"
    if len(text) > MAX_NUMBER_CHARS:
        return f"{len(text)} characters is too long for a number"
    word = text.casefold().lstrip("+")
    sign = -1.0 if word.startswith("-") else 1.0
    if word.lstrip("-") in _NON_FINITE:
        return sign * _NON_FINITE[word.lstrip("-")]
    fraction = _FRACTION.match(text)
    if fraction:
        a, b = _number(fraction["a"], decimal, units), _number(fraction["b"], decimal, ())
        if isinstance(a, str) or isinstance(b, str):
            return a if isinstance(a, str) else f"the denominator: {b}"
        if b == 0:
            return "a division by zero"
        return a / b
    unit = _UNIT.match(text)
    if unit and not _TIMES_TEN.search(text):
        written = unit["unit"].strip()
        allowed = {form for u in units for form in _plural_forms(u)}
        if written.casefold() not in allowed:
            expected = f"one of: {', '.join(units)}" if units else "a plain number"
            return f"{written!r} is not a unit of this answer (write {expected})"
        text = unit["number"].strip()
    text = _TIMES_TEN.sub(r"\1e\2", text)
    power = _TEN_POWER.match(text)
    if power:
        text = f"{power[1]}1e{power[2]}"
    return _plain_number(text, decimal)


def _plain_number(text: str, decimal: DecimalSeparator) -> float | str:
    """Digits with the exam's decimal separator and optional thousands separators."""
    if decimal == ".":
        if _GROUPED_POINT.fullmatch(text):
            text = re.sub(r"[,' _]", "", text)
        elif "," in text:
            return "a decimal comma? this exam writes decimals with a point (0.5)"
    else:
        if _GROUPED_COMMA.fullmatch(text) and ("," in text or not re.search(r"\.\d{3}(?!\d)", text)):
            text = re.sub(r"[.' _]", "", text).replace(",", ".")
        elif _GROUPED_COMMA.fullmatch(text):
            return (f"{text!r} could be a number with a thousands point or a decimal point; this exam writes "
                    "decimals with a comma (0,5) and thousands without a separator")
        elif _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
    if not _PLAIN.fullmatch(text):
        return "not a number"
    return float(text)  # overflow reads as inf: a wrong answer, not a crash


def _splits(text: str, count: int, decimal: DecimalSeparator) -> list[list[str]]:
    """The ways the answer may separate its numbers, most explicit first."""
    for sep in (";", "\n"):
        if sep in text:
            return [text.split(sep)]
    if count == 1:
        return [[text]]
    candidates = [text.split(",")] if decimal == "." and "," in text else []
    return candidates + [text.split(), [text]]


def read_numbers(value: Any, count: int, decimal: DecimalSeparator = ".", units: tuple[str, ...] = ()) -> Reading:
    """`count` numbers from what a student wrote (text, or the number or list a notebook or JSON holds)."""
    typed = _typed_numbers(value)
    if typed is not None:
        text = "; ".join(f"{v:g}" for v in typed)[:200]
        if len(typed) != count:
            return Reading(text=text, problem=f"expected {_count(count)}, read {_count(len(typed))}")
        return Reading(text=text, values=typed)
    raw = answer_text(value)
    shown = raw[:200]
    if raw.strip().casefold() in _BLANKS:
        return Reading(text=shown)
    if len(raw) > MAX_ANSWER_CHARS:
        return Reading(text=shown, problem=f"{len(raw)} characters is too long for an answer")
    text = _strip_brackets(_normalized(raw))
    problems: list[str] = []
    counted = None
    for items in _splits(text, count, decimal):
        read = [_number(i, decimal, units) for i in items if i.strip() or len(items) == 1]
        bad = [r for r in read if isinstance(r, str)]
        if not bad and len(read) == count:
            return Reading(text=shown, values=[float(r) for r in read])
        if not bad and counted is None:
            counted = len(read)
        problems += bad
    if counted is not None:
        return Reading(text=shown, problem=f"expected {_count(count)}, read {_count(counted)}")
    # the most specific reason (a decimal comma, a unit) over a plain "not a number"
    return Reading(text=shown, problem=next((p for p in problems if p != "not a number"), "not a number"))


def _count(n: int) -> str:
    return "1 number" if n == 1 else f"{n} numbers"


def _typed_numbers(value: Any) -> list[float] | None:
    """Numbers as a notebook or JSON holds them (no text to read): a number or a flat list of them."""
    def is_number(v: Any) -> bool:
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if is_number(value):
        return [float(value)]
    if isinstance(value, (list, tuple)) and value and all(is_number(v) for v in value):
        return [float(v) for v in value]
    return None


YES = {"yes", "y", "true", "t", "1", "valid", "correct", "ja", "j", "oui", "si", "sí", "да", "✓", "✔"}
NO = {"no", "n", "false", "f", "0", "invalid", "ungültig", "nein", "non", "нет", "✗", "✘"}
_DECISIVE = {"yes", "no", "true", "false"}  # words that, later in an answer, contradict its first one


def read_choice(value: Any, choices: list[str]) -> Reading:
    """One of `choices`; for yes/no questions also true/false, 1/0, valid/invalid and a few languages'
    words, alone or first in a sentence ("No, 15.5 is not whole") that does not say the opposite."""
    if isinstance(value, bool):
        value = "yes" if value else "no"
    raw = answer_text(value)
    shown = raw[:200]
    text = _normalized(raw).casefold()
    if text in _BLANKS:
        return Reading(text=shown)
    word = text.strip(" .!'\"")
    by_name = {c.casefold(): c for c in choices}
    if word in by_name:
        return Reading(text=shown, choice=by_name[word])
    if {"yes", "no"} == set(by_name):
        synonyms = {**dict.fromkeys(YES, "yes"), **dict.fromkeys(NO, "no")}
        if word in synonyms:
            return Reading(text=shown, choice=by_name[synonyms[word]])
        words = re.findall(r"[\w✓✔✗✘]+", text)
        if words and words[0] in synonyms:
            said = synonyms[words[0]]
            contradicting = [w for w in words[1:] if w in _DECISIVE and synonyms[w] != said]
            if not contradicting:
                return Reading(text=shown, choice=by_name[said])
    return Reading(text=shown, problem=f"answer one of: {', '.join(choices)}")


def answer_text(value: Any) -> str:
    """An answer as text: a list (a vector answer) as its items separated by semicolons."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(answer_text(v) for v in value)
    return str(value)
