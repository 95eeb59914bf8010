"""Feedback in a terminal or a notebook: a submission's tests, what went wrong, a class summary."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from autograder.results import SubmissionResult
from autograder.sandbox.confinement import sandbox_info

STATUS_STYLE = {"passed": "green", "partial": "yellow", "failed": "red", "error": "red", "timeout": "magenta",
                "crashed": "magenta", "not_loaded": "red"}


def print_sandbox_warning(console: Console) -> None:
    info = sandbox_info()
    for note in info.notes:
        console.print(f"[bold yellow]warning:[/] {escape(note)}")


def print_submission(result: SubmissionResult, console: Console, details: bool = True) -> None:
    """A student-readable report: one row per test, then what went wrong and where."""
    table = Table(title=f"{result.assignment}: {result.submission_file}", show_lines=False)
    table.add_column("test")
    table.add_column("points", justify="right")
    table.add_column("status")
    table.add_column("what happened", overflow="fold")
    for t in result.tests:
        style = STATUS_STYLE.get(t.status, "white")
        name = t.id + (" (hidden)" if t.hidden else "")
        table.add_row(name, f"{t.points_earned:g}/{t.points_possible:g}", f"[{style}]{t.status}[/]",
                      escape(t.message if t.status != "passed" else t.description))
    console.print(table)
    if result.load_error:
        console.print(f"[bold red]Your file could not be used:[/] {escape(result.load_error)}")
    if details:
        for t in result.tests:
            if t.status == "passed":
                continue
            if t.status == "not_loaded" and t is not result.tests[0]:
                continue
            console.print(f"\n[bold]{escape(t.id)}[/] [dim]{escape(t.description)}[/]")
            for c in t.comparisons:
                if not c.passed:
                    console.print(f"  [red]x[/] {escape(c.message)}")
            for m in t.mistakes:
                console.print(f"  [cyan]This looks like a known mistake ({m.id}):[/] {escape(m.message)}")
            if t.output_excerpt:
                console.print("  [dim]output / traceback:[/]")
                console.print("    " + escape(t.output_excerpt).replace("\n", "\n    "))
    console.print(f"\n[bold]Score: {result.score:g} / {result.max_score:g}[/]")


def print_class_summary(results: list[SubmissionResult], console: Console) -> None:
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
        table.add_row(escape(r.student), f"{r.score:g}/{r.max_score:g}", escape(" | ".join(notes)))
    console.print(table)
