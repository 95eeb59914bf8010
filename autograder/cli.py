"""Command line: `autograder check | grade | release | demo`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from autograder.course.assignment import REPO_ROOT, AssignmentNotFound, load_assignment
from autograder.feedback.console import print_class_summary, print_sandbox_warning, print_submission
from autograder.results import SubmissionResult


def cmd_check(args: argparse.Namespace) -> int:
    from autograder.grading.run import grade_submission

    console = Console()
    spec = load_assignment(args.assignment, course_dir=args.course_dir, released=True)
    print_sandbox_warning(console)
    result = grade_submission(spec, Path(args.file), mode="check")
    print_submission(result, console)
    console.print("[dim]These are the public tests; your final grade also includes hidden tests.[/]")
    return 0 if result.score == result.max_score else 1


def cmd_grade(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from autograder.batch import grade_batch, local_pool
    from autograder.course.roster import RosterError, load_roster
    from autograder.exports import write_assignment_csv, write_student_json
    from autograder.gradebook import Gradebook

    console = Console()
    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    submissions = Path(args.submissions)
    if not submissions.is_dir():
        console.print(f"[red]{escape(str(submissions))} is not a folder of submissions[/]")
        return 2
    try:
        roster = load_roster(Path(args.roster)) if args.roster else None
    except (RosterError, OSError) as e:
        console.print(f"[red]{escape(str(e))}[/]")
        return 2
    print_sandbox_warning(console)
    out = Path(args.out)
    executor, client = local_pool, None
    if args.dask_scheduler or args.dask_local:
        from distributed import Client

        from autograder.distributed import dask_executor, local_cluster
        client = Client(args.dask_scheduler) if args.dask_scheduler else local_cluster(args.workers or 2)
        executor = dask_executor(client)
        console.print(f"grading on Dask: {escape(str(client.dashboard_link or client.scheduler.address))}")
    with Gradebook(out / "gradebook.sqlite") as gradebook:
        with Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      TextColumn("{task.description}"), console=console, transient=True) as progress:
            task = progress.add_task("", total=None)

            def on_done(r: SubmissionResult, done: int, total: int) -> None:
                progress.update(task, completed=done, total=total, description=escape(r.student))

            try:
                summary = grade_batch(spec, submissions, gradebook, workers=args.workers, regrade=args.regrade,
                                      roster=roster, executor=executor, on_done=on_done)
            finally:
                if client is not None:
                    client.close()
        write_assignment_csv(gradebook, spec.id, out / f"{spec.id}.csv")
        similarity_page = write_class_similarity(spec, submissions, out / "reports" / spec.id)
        write_student_json(gradebook, spec.id, out / "results" / spec.id)
        print_class_summary(gradebook.results(spec.id), console)
    console.print(f"{summary.graded_now} graded now, {summary.skipped} already in the gradebook (unchanged files)")
    if summary.not_in_roster:
        console.print(f"[yellow]not in the roster:[/] {escape(', '.join(summary.not_in_roster))}")
    if summary.missing:
        console.print(f"[yellow]no submission from:[/] {escape(', '.join(summary.missing))}")
    console.print(f"similarity (teaching staff only): {escape(str(similarity_page))}")
    console.print(f"gradebook: {escape(str(out / 'gradebook.sqlite'))}; summary: {escape(str(out / (spec.id + '.csv')))}; "
                  f"per student: {escape(str(out / 'results' / spec.id))}/")
    return 0


def write_class_similarity(spec, submissions: Path, out_dir: Path) -> Path:
    """Pairwise similarity of a folder of submissions, ignoring the released stub."""
    from autograder.release import strip_solutions
    from autograder.similarity import compare_class, submission_code, write_similarity_report
    from autograder.submissions.folder import plan_batch

    tasks, _ = plan_batch(submissions)
    sources = {t.student: submission_code(t.path, spec.module) for t in tasks}
    boilerplate = [strip_solutions(spec.solution_file.read_text(encoding="utf-8"))] if spec.solution_file.is_file() else []
    pairs, subs = compare_class(sources, boilerplate)
    return write_similarity_report(pairs, subs, out_dir, spec.title)


def cmd_similarity(args: argparse.Namespace) -> int:
    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    page = write_class_similarity(spec, Path(args.submissions), Path(args.out) / spec.id)
    print(f"similarity report (teaching staff only): {page}")
    return 0


def _exam_students(spec: str) -> list[str]:
    path = Path(spec)
    if path.is_file():
        from autograder.course.roster import load_roster
        return list(load_roster(path))
    return [s.strip() for s in spec.split(",") if s.strip()]


def cmd_exam_generate(args: argparse.Namespace) -> int:
    from autograder.exams import load_exam, read_secret, write_papers

    exam = load_exam(Path(args.bank))
    students = _exam_students(args.students)
    write_papers(exam, read_secret(Path(args.secret_file)), students, Path(args.out))
    print(f"{len(students)} papers in {Path(args.out) / 'papers'}/ (.md, .html, .ipynb); "
          f"answer key (instructor only): {Path(args.out) / 'answer_key.json'}")
    return 0


def cmd_exam_grade(args: argparse.Namespace) -> int:
    from autograder.course.assignment import AssignmentSpec
    from autograder.exams import grade_exam, load_exam, read_answer_sheets, read_secret
    from autograder.gradebook import Gradebook
    from autograder.reports.build import write_reports

    exam = load_exam(Path(args.bank))
    results = grade_exam(exam, read_secret(Path(args.secret_file)), read_answer_sheets(Path(args.answers)))
    out = Path(args.out)
    with Gradebook(out / "gradebook.sqlite") as gradebook:
        for r in results:
            gradebook.record(r)
        spec = AssignmentSpec(id=exam.id, title=exam.title, module="answers", reference="reference")
        target = write_reports(gradebook, spec, out / "reports")
        from autograder.exports import write_assignment_csv
        write_assignment_csv(gradebook, exam.id, out / f"{exam.id}.csv")
    for r in results:
        print(f"{r.student}: {r.score:g} / {r.max_score:g}")
    print(f"gradebook: {out / 'gradebook.sqlite'}; reports: {target}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from autograder.course.roster import load_roster
    from autograder.exports import write_lms_csv
    from autograder.gradebook import Gradebook

    with Gradebook(Path(args.gradebook)) as gradebook:
        roster = load_roster(Path(args.roster)) if args.roster else None
        write_lms_csv(gradebook, Path(args.out), roster, args.assignment or None)
    print(f"wrote {args.out}")
    return 0


def cmd_gradescope(args: argparse.Namespace) -> int:
    """Gradescope's run_autograder: grade /autograder/submission, write /autograder/results/results.json."""
    import json

    from autograder.exports import write_gradescope_results
    from autograder.grading.run import grade_submission

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    folder = Path(args.submission_dir)
    candidates = [folder / spec.module] + sorted(folder.glob("*.zip")) + sorted(folder.glob("*.ipynb"))
    candidates += sorted(folder.rglob(spec.module))
    submission = next((c for c in candidates if c.is_file()), None)
    student = "submission"
    metadata = Path(args.metadata)
    if metadata.is_file():
        users = json.loads(metadata.read_text(encoding="utf-8")).get("users") or [{}]
        student = str(users[0].get("sid") or users[0].get("email") or student)
    if submission is None:
        from autograder.grading.run import failed_result
        result = failed_result(spec, student, spec.module, "", f"no {spec.module} was found in the submission")
    else:
        result = grade_submission(spec, submission, student=student)
    write_gradescope_results(result, Path(args.results))
    print(f"score {result.score:g} / {result.max_score:g} -> {args.results}")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from autograder.release import release_assignment

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    target = release_assignment(spec, Path(args.out) if args.out else (args.course_dir or REPO_ROOT) / "assignments")
    print(f"released {spec.id} to {target}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from autograder.gradebook import Gradebook
    from autograder.reports.build import write_reports

    gradebook_path = Path(args.gradebook)
    if not gradebook_path.is_file():
        print(f"error: no gradebook at {gradebook_path}", file=sys.stderr)
        return 2
    with Gradebook(gradebook_path) as gradebook:
        assignments = args.assignment or sorted({r.assignment for r in gradebook.current()})
        for assignment in assignments:
            target = write_reports(gradebook, load_assignment(assignment, course_dir=args.course_dir), Path(args.out))
            print(f"reports for {assignment}: {target / 'index.html'} (class), {target / 'students'}/ (students)")
    return 0


def cmd_nbgrader_release(args: argparse.Namespace) -> int:
    from autograder.nbgrader_interop import write_notebook_release

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    source, release = write_notebook_release(spec, Path(args.out))
    print(f"nbgrader source notebook: {source}\nstudent release (nbgrader's preprocessors): {release}")
    return 0


def cmd_nbgrader_export(args: argparse.Namespace) -> int:
    from autograder.gradebook import Gradebook
    from autograder.nbgrader_interop import export_to_nbgrader

    with Gradebook(Path(args.gradebook)) as gradebook:
        results = gradebook.results(args.assignment)
    n = export_to_nbgrader(results, args.nbgrader_db, args.assignment)
    print(f"{n} students written to {args.nbgrader_db}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    args.assignment = "a1_backprop"
    args.submissions = str(REPO_ROOT / "examples" / "a1_sample_class")
    args.regrade = True
    code = cmd_grade(args)
    if code == 0:
        code = cmd_report(argparse.Namespace(gradebook=str(Path(args.out) / "gradebook.sqlite"),
                                             out=str(Path(args.out) / "reports"), assignment=["a1_backprop"],
                                             course_dir=args.course_dir))
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autograder", description=__doc__)
    parser.add_argument("--course-dir", type=Path, default=None,
                        help="folder holding solutions/ and assignments/ (default: this repository)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="student: run the public tests on your file")
    p.add_argument("assignment", help="assignment id (e.g. a1_backprop) or its folder")
    p.add_argument("file", help="your .py file")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("grade", help="instructor: grade a folder of submissions into the gradebook")
    p.add_argument("assignment")
    p.add_argument("submissions", help="folder with one .py or .zip per student, named by student id")
    p.add_argument("--out", default="out/grades", help="folder of the gradebook and exports (default out/grades)")
    p.add_argument("--roster", help="CSV with student_id (and optional name, email, file, submitted_at)")
    p.add_argument("--workers", type=int, default=None, help="parallel graders (default: number of cores)")
    p.add_argument("--regrade", action="store_true", help="grade again even if the gradebook has the file")
    p.add_argument("--dask-scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    p.add_argument("--dask-local", action="store_true", help="grade on a local Dask cluster of --workers workers")
    p.set_defaults(func=cmd_grade)

    p = sub.add_parser("export", help="instructor: LMS CSV from the gradebook")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--out", default="out/grades/lms.csv")
    p.add_argument("--roster", help="roster CSV: every student gets a row, submitted or not")
    p.add_argument("--assignment", action="append", help="only these assignments (repeatable)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("similarity", help="TA: pairwise code similarity of a folder of submissions")
    p.add_argument("assignment")
    p.add_argument("submissions")
    p.add_argument("--out", default="out/grades/reports")
    p.set_defaults(func=cmd_similarity)

    exam = sub.add_parser("exam", help="instructor: randomized exams").add_subparsers(dest="exam_command", required=True)
    p = exam.add_parser("generate", help="per-student papers (.md, .html, .ipynb) and an answer key")
    p.add_argument("bank", help="question bank (YAML)")
    p.add_argument("--students", required=True, help="roster CSV (student_id column) or comma-separated ids")
    p.add_argument("--secret-file", required=True, help="file with the instructor's secret (never share it)")
    p.add_argument("--out", default="out/exam")
    p.set_defaults(func=cmd_exam_generate)
    p = exam.add_parser("grade", help="grade answer sheets (CSV, JSON or a folder of answered notebooks)")
    p.add_argument("bank")
    p.add_argument("answers")
    p.add_argument("--secret-file", required=True)
    p.add_argument("--out", default="out/exam")
    p.set_defaults(func=cmd_exam_grade)

    p = sub.add_parser("report", help="TA: HTML/Markdown reports per student and a class summary")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--out", default="out/grades/reports")
    p.add_argument("--assignment", action="append", help="only these assignments (repeatable)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("gradescope", help="run inside Gradescope's autograder (see gradescope/run_autograder)")
    p.add_argument("assignment")
    p.add_argument("--submission-dir", default="/autograder/submission")
    p.add_argument("--results", default="/autograder/results/results.json")
    p.add_argument("--metadata", default="/autograder/submission_metadata.json")
    p.set_defaults(func=cmd_gradescope)

    p = sub.add_parser("release", help="instructor: generate the student release from solutions/")
    p.add_argument("assignment")
    p.add_argument("--out", default=None, help="folder to write <id>/ into (default assignments/)")
    p.set_defaults(func=cmd_release)

    p = sub.add_parser("nbgrader-release", help="instructor: the assignment as nbgrader source and release notebooks")
    p.add_argument("assignment")
    p.add_argument("--out", default="out/nbgrader", help="an nbgrader course folder (source/ and release/ inside)")
    p.set_defaults(func=cmd_nbgrader_release)

    p = sub.add_parser("nbgrader-export", help="instructor: copy grades into an nbgrader gradebook (formgrader)")
    p.add_argument("assignment")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--nbgrader-db", default="sqlite:///gradebook.db", help="nbgrader's database URL")
    p.set_defaults(func=cmd_nbgrader_export)

    p = sub.add_parser("demo", help="grade the bundled a1 sample class and write reports into out/demo")
    p.add_argument("--out", default="out/demo")
    p.add_argument("--workers", type=int, default=None)
    p.set_defaults(func=cmd_demo, roster=None, dask_scheduler=None, dask_local=False)
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
