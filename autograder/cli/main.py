"""Command line: `autograder check | grade | export | feedback | report | similarity | exam | release |
gradescope-zip | gradescope | nbgrader-release | nbgrader-export | mutants | demo` (and the staff's). This
module only parses; commands.py calls."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from autograder.cli import commands
from autograder.course.assignment import AssignmentNotFound
from autograder.course.deadline import DeadlineError
from autograder.course.location import find_course_root
from autograder.course.roster import RosterError
from autograder.course.secret import CourseSecretError
from autograder.gradebook.store import GradebookError
from autograder.submissions.folder import LMSExportError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autograder", description="Auto-graded assignments and exams for neural-network courses.")
    parser.add_argument("--course", "--course-dir", dest="course_dir", type=Path, default=None,
                        help="the course folder (default: the folder holding course.toml at or above the current "
                             "one, else this repository's bundled course); accepted after the command too")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("init", help="instructor: a new course folder (course.toml, solutions/, assignments/, "
                       "reference/, a README for the staff)")
    p.add_argument("folder", type=Path)
    p.add_argument("--timezone", default="UTC", help="IANA time zone of the course's deadlines (default UTC)")
    p.set_defaults(func=commands.cmd_init)

    p = sub.add_parser("new", help="instructor: a new assignment in this course that works out of the box")
    p.add_argument("id", help="the assignment's id, a Python name such as a7_leaky")
    p.set_defaults(func=commands.cmd_new)

    p = sub.add_parser("selftest", help="instructor: the solution earns full marks, the stub zero, every "
                       "catalogued mistake is caught and named (non-zero exit otherwise)")
    p.add_argument("assignment", nargs="+")
    p.set_defaults(func=commands.cmd_selftest)

    p = sub.add_parser("check", help="student: run the public tests on your file")
    p.add_argument("assignment", nargs="?", default=None,
                   help="assignment id (e.g. a1_backprop) or its folder (default: the handout folder holding "
                        "the file, found by its assignment.toml)")
    p.add_argument("file", help="your .py file")
    p.set_defaults(func=commands.cmd_check)

    p = sub.add_parser("grade", help="instructor: grade a folder of submissions into the gradebook")
    p.add_argument("assignment")
    p.add_argument("submissions", help="folder with one .py or .zip per student, named by student id")
    p.add_argument("--out", default="out/grades", help="folder of the gradebook and exports (default out/grades)")
    p.add_argument("--gradebook", default=None, help="the gradebook (default: gradebook.sqlite in --out)")
    p.add_argument("--roster", help="CSV with student_id (and optional name, email, file, submitted_at, extension)")
    p.add_argument("--extensions", help="CSV of per-student extensions: student_id, assignment, and due, extra_days "
                   "or extra_hours (default: the file course.toml names)")
    p.add_argument("--workers", type=int, default=None, help="parallel graders (default: number of cores)")
    p.add_argument("--regrade", action="store_true", help="grade every file again (files graded by other graders "
                   "are regraded anyway: see the grader fingerprint in the README)")
    p.add_argument("--student", action="append", default=[], metavar="ID",
                   help="grade this student's file again (repeat for several)")
    p.add_argument("--skip-preflight", action="store_true",
                   help="do not grade the solution first (it must earn full marks before any student is graded)")
    p.add_argument("--dask-scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    p.add_argument("--dask-local", action="store_true", help="grade on a local Dask cluster of --workers workers")
    p.add_argument("--names", default="auto", choices=["auto", "plain", "canvas", "moodle", "blackboard", "gradescope"],
                   help="how the folder's files are named: an LMS's download (matched to the roster by the LMS's "
                        "id of the student, a Moodle name by the student's name), plain <student id>.py, or auto "
                        "(each file read as whichever LMS wrote it; the default)")
    p.set_defaults(func=commands.cmd_grade)

    p = sub.add_parser("export", help="instructor: LMS CSV from the gradebook")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--out", default="out/grades/lms.csv")
    p.add_argument("--roster", help="roster CSV (or Canvas's gradebook export): every student gets a row, submitted or "
                                    "not (no score: missing, not 0); students not in it are listed and left out")
    p.add_argument("--assignment", action="append", help="only these assignments (repeatable)")
    p.add_argument("--format", default="csv", choices=["csv", "canvas"],
                   help="csv: one column per assignment and per test group; canvas: Canvas's gradebook import "
                        "(Student, ID, SIS User ID, SIS Login ID, Section, one column per assignment, Points Possible)")
    p.set_defaults(func=commands.cmd_export)

    p = sub.add_parser("feedback", help="instructor: each student's report page named by their LMS id (the "
                       "roster's lms_id, Canvas's user ID), with a manifest and a zip, to attach as submission comments")
    p.add_argument("assignment")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--roster", help="roster CSV (or Canvas's gradebook export): names files by its lms_id; students "
                                    "not in it get no file")
    p.add_argument("--by", default="lms_id", choices=["lms_id", "student_id"], help="what names each file")
    p.add_argument("--out", default="out/grades/feedback")
    p.set_defaults(func=commands.cmd_feedback)

    p = sub.add_parser("similarity", help="TA: pairwise code similarity of a folder of submissions")
    p.add_argument("assignment")
    p.add_argument("submissions")
    p.add_argument("--out", default="out/grades/reports")
    p.set_defaults(func=commands.cmd_similarity)

    exam = sub.add_parser("exam", help="instructor: randomized exams").add_subparsers(dest="exam_command", required=True)
    p = exam.add_parser("generate", help="per-student papers (.md, .html, .ipynb) and the answer key (the record)")
    p.add_argument("bank", help="question bank (YAML)")
    p.add_argument("--students", required=True, help="roster CSV (student_id column) or comma-separated ids")
    p.add_argument("--secret-file", help="the instructor's secret (never share it); made strong and random when "
                                         "absent (default: exam.secret in --out)")
    p.add_argument("--demo", action="store_true", help="allow the bundled sample's public demo secret")
    p.add_argument("--out", default="out/exam", help="papers/, answer_key.json (default out/exam)")
    p.add_argument("--pdf", action="store_true", help="also print each paper to PDF (papers/<id>.pdf, A4) through "
                   "headless Chromium")
    p.set_defaults(func=commands.cmd_exam_generate)
    p = exam.add_parser("grade", help="grade answer sheets (CSV, JSON or a folder of answered notebooks) "
                                      "against the answer key")
    p.add_argument("bank")
    p.add_argument("answers")
    p.add_argument("--secret-file", help="the secret the papers were generated with (default: exam.secret in --out)")
    p.add_argument("--key", help="the answer key `exam generate` wrote (default: answer_key.json in --out)")
    p.add_argument("--proceed", action="store_true",
                   help="grade although sheets do not match the class (unknown ids, duplicates, missing "
                        "students or columns, unreadable files); they are still listed")
    p.add_argument("--demo", action="store_true", help="allow the bundled sample's public demo secret")
    p.add_argument("--out", default="out/exam")
    p.set_defaults(func=commands.cmd_exam_grade)
    p = exam.add_parser("kinds", help="the question kinds: their numbers' envelope and declared slips")
    p.set_defaults(func=commands.cmd_exam_kinds)

    p = sub.add_parser("report", help="TA: HTML/Markdown reports per student and a class summary")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--out", default="out/grades/reports")
    p.add_argument("--assignment", action="append", help="only these assignments (repeatable)")
    p.set_defaults(func=commands.cmd_report)

    p = sub.add_parser("review", help="TA: a local web app over a course's output folder: sort and filter the class, "
                       "read a student's diagnostics and code, adjust, comment, grade by hand, regrade one student")
    p.add_argument("out", nargs="?", default="out/grades", help="the output folder of `grade` (its gradebook.sqlite; "
                   "default out/grades)")
    p.add_argument("--gradebook", default=None, help="the gradebook (default: gradebook.sqlite in OUT)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument("--ta", default=None, help="your name, recorded with every change (default: your login name)")
    p.set_defaults(func=commands.cmd_review)

    for verb, what in (("adjust", "add or remove points, with the reason the student reads"),
                       ("comment", "a comment the student reads")):
        p = sub.add_parser(verb, help=f"TA: {what} (stored in the gradebook apart from the automatic result; kept "
                           "through regrades; every export and report includes it)")
        p.add_argument("student")
        p.add_argument("assignment")
        if verb == "adjust":
            p.add_argument("--points", type=float, required=True, help="+2, -1.5 ...")
            p.add_argument("--reason", required=True, help="why, in words the student reads")
        else:
            p.add_argument("--text", required=True, help="the comment")
        p.add_argument("--test", default=None, help="one test's (or manual item's) id (default: the whole assignment)")
        p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
        p.add_argument("--ta", default=None, help="your name (default: your login name)")
        p.set_defaults(func=commands.cmd_adjust if verb == "adjust" else commands.cmd_comment)

    p = sub.add_parser("gradescope-zip", help="instructor: the zip for Gradescope's autograder upload (setup.sh, "
                       "run_autograder, the framework's wheel, this one assignment)")
    p.add_argument("assignment")
    p.add_argument("--out", default=None, help="the zip to write (default out/gradescope/<id>.zip)")
    p.add_argument("--requirement", action="append", default=[], metavar="PIP_REQ",
                   help="a further package for Gradescope to install (repeatable)")
    torch = p.add_mutually_exclusive_group()
    torch.add_argument("--torch", dest="torch", action="store_true", default=None,
                       help="install torch's CPU build (default: when the assignment's files import torch)")
    torch.add_argument("--no-torch", dest="torch", action="store_false")
    p.add_argument("--skip-preflight", action="store_true", help="do not grade the solution first")
    p.set_defaults(func=commands.cmd_gradescope_zip)

    p = sub.add_parser("gradescope", help="run inside Gradescope's autograder (the run_autograder of gradescope-zip)")
    p.add_argument("assignment")
    p.add_argument("--submission-dir", default="/autograder/submission")
    p.add_argument("--results", default="/autograder/results/results.json")
    p.add_argument("--metadata", default="/autograder/submission_metadata.json")
    p.set_defaults(func=commands.cmd_gradescope)

    p = sub.add_parser("release", help="instructor: generate the student release from solutions/")
    p.add_argument("assignment")
    p.add_argument("--out", default=None, help="folder to write <id>/ into (default assignments/)")
    p.add_argument("--zip", default=None, metavar="OUT.zip",
                   help="also write the student handout zip: the release, a README with the student's two "
                        "commands (install, check) and the framework's wheel")
    p.add_argument("--no-wheel", action="store_true",
                   help="leave the framework's wheel out of the zip (the README installs nn-autograder by name)")
    p.set_defaults(func=commands.cmd_release)

    p = sub.add_parser("nbgrader-release", help="instructor: the assignment as nbgrader source and release notebooks")
    p.add_argument("assignment")
    p.add_argument("--out", default="out/nbgrader", help="an nbgrader course folder (source/ and release/ inside)")
    p.set_defaults(func=commands.cmd_nbgrader_release)

    p = sub.add_parser("nbgrader-export", help="instructor: copy grades into an nbgrader gradebook (formgrader)")
    p.add_argument("assignment")
    p.add_argument("--gradebook", default="out/grades/gradebook.sqlite")
    p.add_argument("--nbgrader-db", default="sqlite:///gradebook.db", help="nbgrader's database URL")
    p.set_defaults(func=commands.cmd_nbgrader_export)

    p = sub.add_parser("mutants", help="instructor: mutation-test the solution to find behaviour the graders miss")
    p.add_argument("assignment", nargs="+", help="assignment id(s) or folder(s)")
    p.add_argument("--functions", help="comma-separated graded functions to mutate (default: all of them)")
    p.add_argument("--max-per-function", type=int, default=None,
                   help="at most this many mutants per function, chosen deterministically (default 40; 0: all)")
    p.add_argument("--workers", type=int, default=None, help="mutants graded in parallel (default: number of cores)")
    p.add_argument("--timeout", type=float, default=None,
                   help="CPU seconds per mutant (default: 10x the solution's grading run, at least 10)")
    p.add_argument("--no-equivalence", action="store_true", help="skip the likely-equivalent check of survivors")
    p.add_argument("--json", help="write the full report (every mutant) as JSON here")
    p.set_defaults(func=commands.cmd_mutants)

    p = sub.add_parser("demo", help="grade the bundled a1 sample class and write reports into out/demo")
    p.add_argument("--out", default="out/demo")
    p.add_argument("--workers", type=int, default=None)
    p.set_defaults(func=commands.cmd_demo, roster=None, dask_scheduler=None, dask_local=False)
    return parser


def _course_option_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--course DIR` after the command too (`autograder grade a1 subs --course DIR`)."""
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its subparsers here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in action.choices.values():
                if not any("--course" in a.option_strings for a in sub._actions):  # noqa: SLF001
                    sub.add_argument("--course", "--course-dir", dest="course_dir", type=Path,
                                     default=argparse.SUPPRESS, help="the course folder (see autograder --help)")
                _course_option_everywhere(sub)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    _course_option_everywhere(parser)
    args = parser.parse_args(argv)
    if args.course_dir is None and args.command != "init":
        args.course_dir = find_course_root(Path.cwd())  # None: this repository's bundled course
    try:
        return args.func(args)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError) as e:  # a path given wrong
        print(f"error: {e.filename or ''}: {e.strerror or e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # what was graded is in the gradebook, one transaction per submission
        print("interrupted: what was graded so far is kept; run the same command again to resume", file=sys.stderr)
        return 130
    except (AssignmentNotFound, CourseSecretError, GradebookError, DeadlineError, RosterError,
            LMSExportError) as e:  # the instructor's to fix: one line
        print(f"error: {e}", file=sys.stderr)
        return 2
