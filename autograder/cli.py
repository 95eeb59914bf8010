"""Command line: `autograder check | grade | release | demo`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from autograder.assignment import REPO_ROOT, AssignmentNotFound, load_assignment
from autograder.models import SubmissionResult
from autograder.sandbox.process import sandbox_info

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


def cmd_check(args: argparse.Namespace) -> int:
    from autograder.runner import grade_submission

    console = Console()
    spec = load_assignment(args.assignment, course_dir=args.course_dir, released=True)
    print_sandbox_warning(console)
    result = grade_submission(spec, Path(args.file), mode="check")
    print_submission(result, console)
    console.print("[dim]These are the public tests; your final grade also includes hidden tests.[/]")
    return 0 if result.score == result.max_score else 1


def cmd_grade(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from autograder.batch import grade_folder

    console = Console()
    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    submissions = Path(args.submissions)
    if not submissions.is_dir():
        console.print(f"[red]{escape(str(submissions))} is not a folder of submissions[/]")
        return 2
    print_sandbox_warning(console)
    out = Path(args.out)
    with Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def on_done(r: SubmissionResult, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, description=escape(r.student))

        results = grade_folder(spec, submissions, out, workers=args.workers, regrade=args.regrade, on_done=on_done)
    print_class_summary(results, console)
    console.print(f"results: {escape(str(out / 'results'))}/<student>.json, summary: {escape(str(out / 'summary.csv'))}")
    return 0


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


def cmd_release(args: argparse.Namespace) -> int:
    from autograder.release import release_assignment

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    target = release_assignment(spec, Path(args.out) if args.out else (args.course_dir or REPO_ROOT) / "assignments")
    print(f"released {spec.id} to {target}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    args.assignment = "a1_backprop"
    args.submissions = str(REPO_ROOT / "examples" / "a1_sample_class")
    args.regrade = True
    return cmd_grade(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autograder", description=__doc__)
    parser.add_argument("--course-dir", type=Path, default=None,
                        help="folder holding solutions/ and assignments/ (default: this repository)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="student: run the public tests on your file")
    p.add_argument("assignment", help="assignment id (e.g. a1_backprop) or its folder")
    p.add_argument("file", help="your .py file")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("grade", help="instructor: grade a folder of submissions")
    p.add_argument("assignment")
    p.add_argument("submissions", help="folder with one .py or .zip per student, named by student id")
    p.add_argument("--out", default="out/grades", help="output folder (default out/grades)")
    p.add_argument("--workers", type=int, default=None, help="parallel graders (default: number of cores)")
    p.add_argument("--regrade", action="store_true", help="grade again even if a result exists")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("release", help="instructor: generate the student release from solutions/")
    p.add_argument("assignment")
    p.add_argument("--out", default=None, help="folder to write <id>/ into (default assignments/)")
    p.set_defaults(func=cmd_release)

    p = sub.add_parser("demo", help="grade the bundled a1 sample class into out/demo")
    p.add_argument("--out", default="out/demo")
    p.add_argument("--workers", type=int, default=None)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except AssignmentNotFound as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
