"""Feedback in a terminal or a notebook: a submission's tests, what went wrong, a class summary.

Whatever a student controls (ids, file names, messages, load errors, output) reaches the terminal
only through safe_markup: control characters, escape sequences and bidi overrides are shown as
visible escapes (inert_text), and rich markup in it is escaped, so a submission cannot clear the
screen, recolour it, reorder it or paint a fake "all tests passed".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from autograder.course.notebook import notebook_sections
from autograder.results import SubmissionResult
from autograder.sandbox.confinement import sandbox_info

if TYPE_CHECKING:  # a student's `check` never loads the gradebook
    from autograder.gradebook.store import GradebookRow

# C0 controls but tab and newline, DEL and the C1 controls (CSI 0x9b included), bidi embeddings,
# overrides, isolates and marks, line/paragraph separators, lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROL_OR_NEWLINE = re.compile(_CONTROL.pattern[:-1] + "\n\t]")


def inert_text(text: str, one_line: bool = False) -> str:
    """Text a terminal shows as it is: each control character, escape sequence introducer and bidi
    override becomes its visible escape (ESC -> \\x1b, U+202E -> \\u202e); newlines and tabs stay,
    unless one_line (an id, a file name)."""
    pattern = _CONTROL_OR_NEWLINE if one_line else _CONTROL
    return pattern.sub(lambda m: ascii(m.group())[1:-1], str(text))


def safe_markup(text: str, one_line: bool = False) -> str:
    """Student-controlled text to put inside rich markup: inert, and its own markup escaped."""
    return escape(inert_text(text, one_line))


STATUS_STYLE = {"passed": "green", "partial": "yellow", "failed": "red", "error": "red", "timeout": "magenta",
                "crashed": "magenta", "not_loaded": "red", "pending": "yellow"}


def print_sandbox_warning(console: Console) -> None:
    info = sandbox_info()
    for note in info.notes:
        console.print(f"[bold yellow]warning:[/] {escape(note)}")


def print_submission(result: SubmissionResult, console: Console, details: bool = True) -> None:
    """A student-readable report: one row per test, then what went wrong and where."""
    table = Table(title=f"{safe_markup(result.assignment, True)}: {safe_markup(result.submission_file, True)}",
                  show_lines=False)
    table.add_column("test")
    table.add_column("points", justify="right")
    table.add_column("status")
    table.add_column("what happened", overflow="fold")
    for t in result.tests:
        style = STATUS_STYLE.get(t.status, "white")
        name = t.id + (" (hidden)" if t.hidden else "")
        table.add_row(safe_markup(name), f"{t.points_earned:g}/{t.points_possible:g}", f"[{style}]{t.status}[/]",
                      safe_markup(t.message if t.status != "passed" else t.description))
    console.print(table)
    if result.load_error:
        console.print(f"[bold red]Your file could not be used:[/] {safe_markup(result.load_error)}")
    for heading, lines in notebook_sections(result.notebook_cells):
        console.print(f"\n[bold]{heading}:[/]")
        for line in lines:
            console.print("  " + safe_markup(line))
    if details:
        for t in result.tests:
            if t.status == "passed":
                continue
            if t.status == "not_loaded" and t is not result.tests[0]:
                continue
            console.print(f"\n[bold]{safe_markup(t.id)}[/] [dim]{safe_markup(t.description)}[/]")
            for c in t.comparisons:
                if not c.passed:
                    console.print(f"  [red]x[/] {safe_markup(c.message)}")
            for m in t.mistakes:
                console.print(f"  [cyan]This looks like a known mistake ({safe_markup(m.id)}):[/] {safe_markup(m.message)}")
            for d in t.diagnoses:
                console.print(f"  [cyan]What your output shows ({safe_markup(', '.join(d.outputs))}):[/] "
                              f"{safe_markup(d.message)}")
            if t.output_excerpt:
                console.print("  [dim]output / traceback:[/]")
                console.print("    " + safe_markup(t.output_excerpt).replace("\n", "\n    "))
    console.print(f"\n[bold]Score: {result.score:g} / {result.max_score:g}[/]")


def print_class_summary(results: list[SubmissionResult], console: Console,
                        counted: dict[str, GradebookRow] | None = None) -> None:
    """One row per student. counted (the gradebook's counted attempts): the score shown is theirs, after
    the late penalty, as in the CSV and LMS exports, with the raw score and the penalty beside it."""
    table = Table(title="class summary")
    for col in ("student", "score", "what stands out"):
        table.add_column(col, overflow="fold")
    for r in sorted(results, key=lambda r: r.student):
        notes = []
        if r.load_error:
            notes.append(r.load_error)
        mistakes = sorted({m.id for t in r.tests for m in t.mistakes})
        if mistakes:
            notes.append("mistakes: " + ", ".join(mistakes))
        bad = sorted({t.status for t in r.tests} & {"timeout", "crashed"})
        if bad and not r.load_error:
            notes.append("; ".join(f"{t.id}: {t.message}" for t in r.tests if t.status in bad)[:300])
        row = (counted or {}).get(r.student)
        score = f"{r.score:g}/{r.max_score:g}"
        if row is not None:
            score = f"{row.score:g}/{row.max_score:g}" + (f" ({row.raw_score:g} - {row.penalty:g} late)"
                                                           if row.penalty else "")
        table.add_row(safe_markup(r.student, True), score, safe_markup(" | ".join(notes)))
    console.print(table)
