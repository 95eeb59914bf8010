"""One function per command: read the parsed arguments, call the package that does the work, print.

Imports are inside the commands so that `autograder check` does not load what `grade` needs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.feedback.console import (
    inert_text,
    print_class_summary,
    print_sandbox_warning,
    print_submission,
    safe_markup,
)
from autograder.results import SubmissionResult


def cmd_check(args: argparse.Namespace) -> int:
    from autograder.grading.run import grade_submission

    console = Console(emoji=False)  # student text never turns into pictures
    assignment = args.assignment or _handout_folder(Path(args.file))
    if assignment is None:
        console.print(f"[red]which assignment? No assignment.toml beside {escape(args.file)} or in this folder: run "
                      "this inside the unzipped handout, or give the assignment: autograder check ID FILE[/]")
        return 2
    spec = load_assignment(assignment, course_dir=args.course_dir, released=True)
    print_sandbox_warning(console)
    result = grade_submission(spec, Path(args.file), mode="check")
    print_submission(result.for_student(spec.hidden_revealed()), console)
    console.print("[dim]These are the public tests; your final grade also includes hidden tests.[/]")
    return 0 if result.score == result.max_score else 1


def _handout_folder(file: Path) -> Path | None:
    """The released assignment a student's file belongs to: the folder holding assignment.toml, beside
    the file or at or above the current folder (an unzipped handout)."""
    for start in (file.resolve().parent, Path.cwd()):
        for folder in (start, *start.parents):
            if (folder / "assignment.toml").is_file():
                return folder
    return None


def cmd_init(args: argparse.Namespace) -> int:
    from autograder.authoring.scaffold import ScaffoldError, init_course

    try:
        folder = init_course(args.folder, args.timezone)
    except (ScaffoldError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"course created in {folder}/; next, inside it: autograder new a1_leaky")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from autograder.authoring.scaffold import ScaffoldError, new_assignment

    if args.course_dir is None:
        print("error: not inside a course (no course.toml here or above); run `autograder init DIR` and work "
              "inside DIR, or give --course DIR", file=sys.stderr)
        return 2
    try:
        folder = new_assignment(args.course_dir, args.id)
    except (ScaffoldError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"{folder}/ written (and reference/{args.id}.py). Next: autograder selftest {args.id}; "
          f"autograder release {args.id}; autograder grade {args.id} {folder / 'samples'} --out out")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from autograder.authoring.selftest import selftest

    console = Console(emoji=False)
    failed = 0
    for assignment in args.assignment:
        spec = load_assignment(assignment, course_dir=args.course_dir)
        console.print(f"[bold]{escape(spec.id)}[/]")

        def show(check) -> None:
            mark = "[green]ok[/]  " if check.passed else "[red]FAIL[/]"
            console.print(f"  {mark} {escape(check.name)}: {escape(check.detail)}", soft_wrap=True)

        report = selftest(spec, on_check=show)
        failed += not report.passed
    return 1 if failed else 0


def cmd_grade(args: argparse.Namespace) -> int:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from autograder.batch.pool import local_pool
    from autograder.batch.run import InstructorError, grade_class
    from autograder.course.roster import RosterError, load_roster

    console = Console(emoji=False)  # student text never turns into pictures
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
    extensions = None
    if getattr(args, "extensions", None):
        from autograder.course.extensions import (
            ExtensionError,
            course_assignments,
            load_extensions,
        )
        try:
            extensions = load_extensions(Path(args.extensions), roster, course_assignments(spec))
        except ExtensionError as e:
            console.print(f"[red]{escape(str(e))}[/]")
            return 2
    print_sandbox_warning(console)
    executor, client = local_pool, None
    if args.dask_scheduler or args.dask_local:
        from distributed import Client

        from autograder.batch.dask import dask_executor, local_cluster
        client = Client(args.dask_scheduler) if args.dask_scheduler else local_cluster(args.workers or 2)
        executor = dask_executor(client)
        console.print(f"grading on Dask: {escape(str(client.dashboard_link or client.scheduler.address))}")
    with Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=console, transient=True) as progress:
        task = progress.add_task("", total=None)

        def on_done(r: SubmissionResult, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, description=safe_markup(r.student, one_line=True))

        gradebook = getattr(args, "gradebook", None)
        try:
            graded = grade_class(spec, submissions, Path(args.out), roster=roster, workers=args.workers,
                                 regrade=args.regrade, executor=executor, on_done=on_done,
                                 gradebook=Path(gradebook) if gradebook else None,
                                 students=set(getattr(args, "student", None) or []),
                                 preflight=not getattr(args, "skip_preflight", False), extensions=extensions,
                                 names=getattr(args, "names", "auto"))
        except InstructorError as e:
            console.print(f"[bold red]{escape(str(e))}[/]")
            return 3
        finally:
            if client is not None:
                client.close()
    from autograder.gradebook.store import Gradebook
    with Gradebook(graded.gradebook) as book:  # the score after late penalties, as the exports have it
        counted = {r.student: r for r in book.current(spec.id)}
    print_class_summary(graded.results, console, counted)
    summary = graded.summary
    console.print(f"{summary.graded_now} graded now, {summary.skipped} already in the gradebook (unchanged files, "
                  f"same graders); graders {escape(summary.grader)}")
    if summary.regraded_stale:
        console.print(f"[yellow]regraded {len(summary.regraded_stale)} unchanged file(s) graded before by other "
                      "graders (a grader, the reference, assignment.toml, the mistake catalogue or the framework "
                      f"changed):[/] {safe_markup(', '.join(summary.regraded_stale), True)}")
    if summary.not_submissions:
        console.print(f"[yellow]not submissions, not graded (no .py, .ipynb or .zip, and no roster names them):[/] "
                      f"{safe_markup(', '.join(summary.not_submissions), True)}")
    if not summary.submissions:
        console.print(f"[bold yellow]warning: {escape(str(submissions))} holds no submissions: nobody was graded[/]")
    for student, why in summary.grader_errors.items():
        console.print(f"[bold red]not graded, a grader error (nothing recorded; fix it and re-run):[/] "
                      f"{safe_markup(student, True)}: {safe_markup(why)}")
    if summary.not_in_roster:
        files = {r.student: r.submission_file for r in graded.results}  # which file of the download matched nobody
        unmatched = [f"{s} ({files[s]})" if files.get(s, s) != s else s for s in summary.not_in_roster]
        console.print(f"[yellow]not in the roster (graded, but left out of LMS exports; add them to the roster or "
                      f"give their file in its file column):[/] {safe_markup(', '.join(unmatched), True)}")
    if summary.missing:
        console.print(f"[yellow]no submission from:[/] {safe_markup(', '.join(summary.missing), True)}")
    if spec.deadline is not None:
        console.print(f"late policy: {escape(spec.deadline.describe())}; {summary.late} student(s) late",
                      soft_wrap=True)
    for note in summary.timing_notes:
        console.print(f"[yellow]submission times:[/] {safe_markup(note)}", soft_wrap=True)
    if summary.lookalike_ids:
        pairs = ", ".join(f"{a!a} and {b!a}" for a, b in summary.lookalike_ids)  # escapes show the difference
        console.print(f"[bold yellow]warning:[/] student ids that look alike (one may pose as the other): "
                      f"{escape(pairs)}", soft_wrap=True)
    for n in graded.notes:
        console.print(f"[yellow]{escape(n.step)}, {safe_markup(n.student, True)}:[/] {safe_markup(n.note)}")
    _remember_source(args, spec, graded.gradebook)
    console.print(f"similarity (teaching staff only): {escape(str(graded.similarity_page))}")
    console.print(f"gradebook: {escape(str(graded.gradebook))}; summary: {escape(str(graded.csv))}; "
                  f"per student: {escape(str(graded.results_dir))}/")
    return 1 if summary.grader_errors or not summary.submissions else 0


def _remember_source(args: argparse.Namespace, spec, gradebook: Path) -> None:
    """Where this assignment was graded from, so that `autograder review` can regrade one student."""
    from autograder.gradebook.staff import GradingSource
    from autograder.gradebook.store import Gradebook

    def full(path: str | None) -> str | None:
        return str(Path(path).resolve()) if path else None

    with Gradebook(gradebook) as book:
        book.remember_source(GradingSource(
            assignment=spec.id, submissions=full(args.submissions), roster=full(args.roster),
            extensions=full(getattr(args, "extensions", None)),
            course_dir=full(str(args.course_dir)) if args.course_dir else None))


def cmd_similarity(args: argparse.Namespace) -> int:
    from autograder.feedback.similarity import write_class_similarity

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    report = write_class_similarity(spec, Path(args.submissions), Path(args.out) / spec.id)
    for student, note in sorted(report.notes.items()):
        print(f"{inert_text(student, one_line=True)}: {inert_text(note)}")
    print(f"similarity report (teaching staff only): {report.page}")
    return 0


def _exam_students(spec: str) -> list[str]:
    """--students: a roster CSV, or ids separated by commas (each once, in the order given)."""
    from autograder.exams.answers import normalize_id

    path = Path(spec)
    if path.is_file():
        from autograder.course.roster import load_roster
        return list(load_roster(path))
    return list(dict.fromkeys(normalize_id(s) for s in spec.split(",") if normalize_id(s)))


def _exam_secret(args: argparse.Namespace, create: bool) -> str:
    """--secret-file (default exam.secret in --out): read and checked, or made when absent and `create`."""
    from autograder.exams.bank import ExamError
    from autograder.exams.secret import create_secret, read_secret

    path = Path(args.secret_file) if args.secret_file else Path(args.out) / "exam.secret"
    if path.exists():
        return read_secret(path, demo=args.demo)
    if not create:
        raise ExamError(f"no exam secret at {path}: pass --secret-file with the secret the papers were generated with")
    secret = create_secret(path)
    print(f"a new random exam secret: {path} (owner-only; keep it with the answer key, never share it)")
    return secret


def cmd_exam_generate(args: argparse.Namespace) -> int:
    from autograder.course.roster import RosterError
    from autograder.exams.bank import ExamError, load_exam
    from autograder.exams.key import build_key, check_key, load_key, write_key
    from autograder.exams.papers import write_papers

    out = Path(args.out)
    key_path = out / "answer_key.json"
    try:
        exam = load_exam(Path(args.bank))
        students = _exam_students(args.students)
        if not students:
            raise ExamError("--students names no student")
        secret = _exam_secret(args, create=True)
        earlier = load_key(key_path) if key_path.exists() else None
        if earlier is not None:  # papers already handed out stay as they are; new students join them
            check_key(earlier, exam, secret)
        key = build_key(exam, secret, students, earlier)
    except (ExamError, RosterError, OSError) as e:
        print(f"error: {inert_text(str(e))}", file=sys.stderr)
        return 2
    write_key(key, key_path)
    papers = write_papers(key, out)
    kept = len(earlier.students) if earlier else 0
    if getattr(args, "pdf", False):
        from autograder.exams.papers import PaperPrintError, print_pdfs
        try:
            print_pdfs(papers, list(key.students))
        except PaperPrintError as e:
            print(f"error: the papers are written, but not as PDF: {inert_text(str(e))}", file=sys.stderr)
            return 2
    print(f"{len(key.students)} papers in {papers}/ (.md, .html, .ipynb{', .pdf' if getattr(args, 'pdf', False) else ''})"
          + (f", {kept} of them as already handed out" if kept else "")
          + f"; answer key, the record grading reads (instructor only): {key_path}")
    return 0


def cmd_exam_grade(args: argparse.Namespace) -> int:
    from autograder.exams.bank import ExamError, load_exam
    from autograder.exams.grading import grade_exam_into, read_class_sheets
    from autograder.exams.key import check_key, drifted, load_key

    out = Path(args.out)
    try:
        exam = load_exam(Path(args.bank))
        secret = _exam_secret(args, create=False)
        key = load_key(Path(args.key) if args.key else out / "answer_key.json")
        check_key(key, exam, secret)
        sheets = read_class_sheets(key, Path(args.answers))
    except ExamError as e:
        print(f"error: {inert_text(str(e))}", file=sys.stderr)
        return 2
    moved = drifted(key, secret)
    if moved:
        print(f"note: {len(moved)} papers would come out differently if drawn today (numpy {key.numpy_version} "
              "then); graded against the stored key, as handed out")
    for line in sheets.notes:
        print(f"note: {inert_text(line)}")
    problems = sheets.problems()
    for line in problems:
        print(f"problem: {inert_text(line)}", file=sys.stderr)
    if problems and not args.proceed:
        print(f"nothing graded: {len(problems)} problem(s) with the answer sheets; fix them, or pass --proceed to "
              "grade what matches the class", file=sys.stderr)
        return 1
    grading = grade_exam_into(key, sheets, out)
    for r in grading.results:
        print(f"{inert_text(r.student, one_line=True)}: {r.score:g} / {r.max_score:g}"
              + (f" ({inert_text(r.load_error, one_line=True)})" if r.load_error else ""))
    for item in grading.to_review:
        print(f"to review: {inert_text(item.student, one_line=True)} {item.question}: {inert_text(item.why)}")
    for flag in grading.copying.flags if grading.copying else []:
        print(f"copying suspected (staff only): {inert_text(flag.student, one_line=True)}: {inert_text(flag.summary)}")
    print(f"gradebook: {out / 'gradebook.sqlite'}; reports: {grading.reports}; for the TA: {grading.review_csv}")
    return 0


def cmd_exam_kinds(args: argparse.Namespace) -> int:
    from autograder.exams.variants import KINDS

    for name, kind in KINDS.items():
        print(f"{name}: {kind.envelope.description}")
        for slip, what in kind.slips.items():
            print(f"    slip {slip}: {what}")
        for wrong, what in kind.wrong_methods.items():
            print(f"    never credited, {wrong}: {what}")
    print("code: the same task for everyone, graded by an assignment's own graders (options: assignment, tests, "
          "prompt)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from autograder.course.roster import load_roster
    from autograder.feedback.tables import lms_table, write_canvas_csv, write_lms_csv
    from autograder.gradebook.store import Gradebook

    if not Path(args.gradebook).is_file():
        print(f"error: no gradebook at {args.gradebook} (run `autograder grade` first, or give --gradebook)",
              file=sys.stderr)
        return 2
    with Gradebook(Path(args.gradebook)) as gradebook:
        roster = load_roster(Path(args.roster)) if args.roster else None
        table = lms_table(gradebook, roster, args.assignment or None)
        write = write_canvas_csv if getattr(args, "format", "csv") == "canvas" else write_lms_csv
        problems = write(gradebook, Path(args.out), roster, table=table)
    for student, why in sorted(problems.items()):
        print(f"no row for {inert_text(student, one_line=True)}: {inert_text(why)}", file=sys.stderr)
    if table.not_in_roster:
        print(f"not in the roster, left out: {inert_text(', '.join(table.not_in_roster), one_line=True)}")
    missing = sum(1 for s in table.students for c in table.columns
                  if c.group is None and table.cells[s][c.title] is None)
    print(f"wrote {args.out}: {len(table.students)} students"
          + (f", {missing} assignment(s) with no submission left empty (missing, not 0)" if missing else ""))
    return 1 if problems else 0


def cmd_feedback(args: argparse.Namespace) -> int:
    """Per-student feedback named by LMS id: the report pages, a manifest and a zip."""
    from autograder.course.roster import load_roster
    from autograder.feedback.bundles import write_feedback_bundles
    from autograder.gradebook.store import Gradebook

    if not Path(args.gradebook).is_file():
        print(f"error: no gradebook at {args.gradebook} (run `autograder grade` first, or give --gradebook)",
              file=sys.stderr)
        return 2
    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    roster = load_roster(Path(args.roster)) if args.roster else None
    with Gradebook(Path(args.gradebook)) as gradebook:
        bundles = write_feedback_bundles(gradebook, spec, Path(args.out), roster, args.by)
    if bundles.not_in_roster:
        print(f"not in the roster, no file: {inert_text(', '.join(bundles.not_in_roster), one_line=True)}")
    if bundles.without_lms_id:
        print(f"no lms_id in the roster, named by student id: "
              f"{inert_text(', '.join(bundles.without_lms_id), one_line=True)}")
    for student, why in sorted(bundles.problems.items()):
        print(f"no feedback for {inert_text(student, one_line=True)}: {inert_text(why)}", file=sys.stderr)
    print(f"{len(bundles.names)} students' feedback in {bundles.folder}/ (manifest.csv) and {bundles.zip}")
    return 1 if bundles.problems else 0


def cmd_gradescope(args: argparse.Namespace) -> int:
    """Gradescope's run_autograder: grade /autograder/submission, write /autograder/results/results.json."""
    from autograder.feedback.gradescope import grade_in_gradescope

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    result = grade_in_gradescope(spec, Path(args.submission_dir), Path(args.metadata), Path(args.results))
    print(f"score {result.score:g} / {result.max_score:g} -> {args.results}")
    return 0


def cmd_gradescope_zip(args: argparse.Namespace) -> int:
    """The zip for Gradescope's autograder upload; the solution must earn full marks first."""
    from autograder.authoring.gradescope_zip import (
        GradescopeZipError,
        build_gradescope_zip,
        describe,
    )
    from autograder.batch.run import InstructorError, preflight_solution

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    out = Path(args.out) if args.out else Path("out") / "gradescope" / f"{spec.id}.zip"
    try:
        if not args.skip_preflight:
            preflight_solution(spec)
        bundle = build_gradescope_zip(spec, out, requirements=args.requirement, torch=args.torch)
    except InstructorError as e:
        print(f"error: no zip written: {e}", file=sys.stderr)
        return 3
    except (GradescopeZipError, OSError) as e:
        print(f"error: no zip written: {e}", file=sys.stderr)
        return 2
    print(describe(bundle, out))
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from autograder.authoring.release import ReleaseError, release_assignment
    from autograder.batch.run import InstructorError, preflight_solution

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    try:
        preflight_solution(spec)  # a release whose solution loses points would grade students wrongly
        target = release_assignment(spec, Path(args.out) if args.out else
                                    (args.course_dir or REPO_ROOT) / "assignments")
        handout = None
        if getattr(args, "zip", None):
            from autograder.authoring.gradescope_zip import GradescopeZipError
            from autograder.authoring.release import write_handout_zip
            try:
                handout = write_handout_zip(spec, target, Path(args.zip), with_wheel=not args.no_wheel)
            except GradescopeZipError as e:
                raise ReleaseError(f"the handout zip could not be written: {e}") from None
    except InstructorError as e:
        print(f"error: not released: {e}", file=sys.stderr)
        return 3
    except (ReleaseError, OSError) as e:
        print(f"error: not released (the previous release, if any, is unchanged): {e}", file=sys.stderr)
        return 2
    print(f"released {spec.id} to {target}")
    if handout is not None:
        print(f"student handout: {handout} (unzip, then inside {spec.id}/: autograder check {spec.module})")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from autograder.feedback.reports.build import write_reports
    from autograder.gradebook.store import Gradebook, GradebookError
    from autograder.review.outputs import spec_for

    gradebook_path = Path(args.gradebook)
    if not gradebook_path.is_file():
        print(f"error: no gradebook at {gradebook_path}", file=sys.stderr)
        return 2
    failed = 0
    with Gradebook(gradebook_path) as gradebook:
        assignments = args.assignment or sorted({r.assignment for r in gradebook.current()})
        for assignment in assignments:
            spec = spec_for(gradebook, assignment, args.course_dir)
            problems: dict[str, str] = {}
            try:
                target = write_reports(gradebook, spec, Path(args.out), problems=problems)
            except GradebookError:
                raise
            except Exception as e:  # noqa: BLE001 - one assignment's reports; the others are still written
                failed += 1
                print(f"error: the reports for {assignment} could not be written: {type(e).__name__}: "
                      f"{inert_text(str(e)[:300])}", file=sys.stderr)
                continue
            for student, why in problems.items():
                failed += 1
                print(f"error: {assignment}: the report of {inert_text(student)} could not be written: "
                      f"{inert_text(why)}", file=sys.stderr)
            print(f"reports for {assignment}: {target / 'index.html'} (class), {target / 'students'}/ (students)")
    return 1 if failed else 0


def _ta_name(args: argparse.Namespace) -> str:
    import getpass

    if getattr(args, "ta", None):
        return args.ta
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "staff"


def cmd_review(args: argparse.Namespace) -> int:
    from autograder.review.app import ReviewSettings, serve
    from autograder.review.security import LOCAL_HOSTS, AccessSettings

    gradebook = Path(args.gradebook) if args.gradebook else Path(args.out) / "gradebook.sqlite"
    if not gradebook.is_file():
        print(f"error: no gradebook at {gradebook} (run `autograder grade` first, or give OUT or --gradebook)",
              file=sys.stderr)
        return 2
    hosts = list(LOCAL_HOSTS) if args.host in LOCAL_HOSTS else [args.host]
    if args.host not in LOCAL_HOSTS:
        print(f"warning: listening on {args.host}: anyone who can reach it and has the token sees every grade; "
              "the app speaks plain HTTP", file=sys.stderr)
    settings = ReviewSettings(gradebook=gradebook.resolve(), author=_ta_name(args), course_dir=args.course_dir,
                              access=AccessSettings(hosts=hosts))

    def ready(url: str) -> None:
        print(f"autograder review of {gradebook} for {settings.author}; open (the token is the key, keep it to "
              f"yourself):\n    {url}\nCtrl-C stops it.", flush=True)

    try:
        serve(settings, args.host, args.port, ready)
    except OSError as e:
        print(f"error: cannot listen on {args.host}:{args.port} ({e.strerror or e})", file=sys.stderr)
        return 2
    return 0


def _staff_change(args: argparse.Namespace, change) -> int:
    """Record one staff change in the gradebook, then write again the files derived from it."""
    from autograder.gradebook.staff import StaffError
    from autograder.gradebook.store import Gradebook
    from autograder.review.outputs import refresh_outputs

    if not Path(args.gradebook).is_file():
        print(f"error: no gradebook at {args.gradebook} (give --gradebook)", file=sys.stderr)
        return 2
    with Gradebook(Path(args.gradebook)) as gradebook:
        try:
            record = change(gradebook)
        except StaffError as e:
            print(f"error: nothing recorded: {inert_text(str(e))}", file=sys.stderr)
            return 2
        row = next(r for r in gradebook.current(args.assignment) if r.student == args.student)
        refreshed = refresh_outputs(gradebook, args.assignment, args.course_dir)
    print(f"recorded (#{record}); {inert_text(args.student, one_line=True)} {args.assignment}: {row.score:g} / "
          f"{row.max_score:g} ({row.staff_points:+g} from the staff)")
    for path in refreshed.written:
        print(f"written again: {path}")
    for what, why in refreshed.problems.items():
        print(f"not written again: {inert_text(what, one_line=True)}: {inert_text(why)}", file=sys.stderr)
    return 0


def cmd_adjust(args: argparse.Namespace) -> int:
    return _staff_change(args, lambda gb: gb.add_adjustment(args.student, args.assignment, args.points, args.reason,
                                                            _ta_name(args), args.test))


def cmd_comment(args: argparse.Namespace) -> int:
    return _staff_change(args, lambda gb: gb.add_comment(args.student, args.assignment, args.text, _ta_name(args),
                                                         args.test))


def cmd_nbgrader_release(args: argparse.Namespace) -> int:
    from autograder.authoring.nbgrader_notebooks import write_notebook_release

    spec = load_assignment(args.assignment, course_dir=args.course_dir)
    source, release = write_notebook_release(spec, Path(args.out))
    print(f"nbgrader source notebook: {source}\nstudent release (nbgrader's preprocessors): {release}")
    return 0


def cmd_nbgrader_export(args: argparse.Namespace) -> int:
    from autograder.feedback.nbgrader_gradebook import export_to_nbgrader
    from autograder.gradebook.store import Gradebook

    if not Path(args.gradebook).is_file():
        print(f"error: no gradebook at {args.gradebook} (run `autograder grade` first, or give --gradebook)",
              file=sys.stderr)
        return 2
    with Gradebook(Path(args.gradebook)) as gradebook:
        stored = gradebook.stored_results(args.assignment)
    results = [e.result for e in stored if e.result is not None]
    problems = {e.row.student: e.problem or "" for e in stored if e.result is None}
    n = export_to_nbgrader(results, args.nbgrader_db, args.assignment, problems=problems)
    for student, why in sorted(problems.items()):
        print(f"not written for {inert_text(student, one_line=True)}: {inert_text(why)}", file=sys.stderr)
    print(f"{n} students written to {args.nbgrader_db}")
    return 1 if problems else 0


def cmd_mutants(args: argparse.Namespace) -> int:
    """Mutation audit: each assignment's survivors (behaviour no grader tests) and its mutation score."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from autograder.authoring.mutation import (
        DEFAULT_MAX_PER_FUNCTION,
        MutationAuditError,
        MutationReport,
        audit_assignment,
        print_audit,
        write_report,
    )

    console = Console(emoji=False)
    if not console.is_terminal:  # a log or a pipe: wide enough for a survivor's line on one row
        console.width = max(console.width, 160)
    specs = [load_assignment(a, course_dir=args.course_dir) for a in args.assignment]
    wanted = [f.strip() for f in args.functions.split(",") if f.strip()] if args.functions else None
    unknown = sorted(set(wanted or []) - {f for spec in specs for f in spec.functions})
    if unknown:
        console.print(f"[red]no assignment here grades {escape(', '.join(unknown))}[/]")
        return 2
    cap = DEFAULT_MAX_PER_FUNCTION if args.max_per_function is None else (args.max_per_function or None)
    report = MutationReport()
    for spec in specs:
        functions = [f for f in spec.functions if f in wanted] if wanted else None
        if functions == []:
            console.print(f"{spec.id}: none of --functions is graded here; skipped")
            continue
        # auto_refresh=False: no drawing thread while the audit forks its children
        with Progress(TextColumn(f"mutants of {spec.id}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=console, transient=True, auto_refresh=False) as bar:
            task = bar.add_task("", total=None)

            def on_result(result, done: int, total: int, task=task) -> None:
                bar.update(task, completed=done, total=total, description=f"{result.mutant.id}: {result.status}")
                bar.refresh()

            try:
                audit = audit_assignment(spec, functions, max_per_function=cap, workers=args.workers,
                                         timeout_s=args.timeout, equivalence=not args.no_equivalence,
                                         on_result=on_result)
            except MutationAuditError as e:
                console.print(f"[red]{escape(str(e))}[/]")
                return 2
        print_audit(audit, console)
        report.assignments.append(audit)
    if args.json:
        write_report(report, Path(args.json))
        console.print(f"report: {escape(args.json)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """`./run.sh demo`: grade the bundled a1 sample class, then write its reports."""
    args.assignment = "a1_backprop"
    args.submissions = str(REPO_ROOT / "examples" / "a1_sample_class")
    args.regrade = True
    code = cmd_grade(args)
    if code == 0:
        code = cmd_report(argparse.Namespace(gradebook=str(Path(args.out) / "gradebook.sqlite"),
                                             out=str(Path(args.out) / "reports"), assignment=["a1_backprop"],
                                             course_dir=args.course_dir))
    return code
