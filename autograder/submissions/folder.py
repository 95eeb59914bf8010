"""A class's folder of submissions: which file is whose, matched to the roster.

Student ids come from file names (or the roster), so they are text a student chose: this module
also gives the safe file name every output derived from an id uses (safe_file_stem), and finds
ids that look alike on screen (lookalike_ids).

Submission times come from the roster (`submitted_at`) or, when it has none, from the LMS download:
an unpacked Gradescope export (`submission_metadata.yml` beside `submission_<id>/` folders) gives
each submission's submitters and time; a Canvas download names files
`<name>[_LATE]_<user id>_<file id>_<file>`, which gives the Canvas user id and whether Canvas counted
it late, but no time.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from autograder.course.deadline import Extension, parse_time
from autograder.course.roster import RosterEntry

GRADESCOPE_METADATA = "submission_metadata.yml"
# Canvas's "Download Submissions": <sortable name>[_LATE]_<user id>_<attachment id>_<file name>
CANVAS_NAME = re.compile(r"(?P<name>\w+?)(?P<late>_LATE)?_(?P<user>\d+)_(?P<file_id>\d+)_(?P<file>.+)")
SUBMISSION_SUFFIXES = (".py", ".ipynb", ".zip")


class LMSExportError(ValueError):
    """An LMS download that cannot be read (a damaged submission_metadata.yml): where and why."""


class SubmissionTask(BaseModel):
    student: str
    path: Path
    sha256: str
    submitted_at: dt.datetime | None = None
    time_source: str = ""  # where submitted_at came from: "roster", "Gradescope export"
    lms_marked_late: bool = False  # the LMS's download says late (Canvas's _LATE_) but gives no time
    extension: Extension | None = None  # from the roster's extension column
    in_roster: bool = True
    unreadable: str | None = None  # why the file could not be read (then it is recorded as such, not graded)
    also_submitted: list[str] = []  # other files of the same LMS submission, not graded
    not_a_submission: bool = False  # a stray file (readme.txt) no roster names: listed, never graded as a student


# Without a roster, a file of another kind is taken for a student's wrong upload (ben.txt: graded, and told
# why it cannot be), unless it is one of the files folders of submissions carry besides them.
NOT_SUBMISSIONS = re.compile(r"(?i)^(readme|license|notes?|roster|grades?|index|desktop\.ini|thumbs\.db)\b.*"
                             r"|.*\.(md|csv|tsv|json|ya?ml|html?|pdf|log|sqlite)$")

NAME_SCHEMES = ("auto", "plain", "canvas", "moodle", "blackboard", "gradescope")


def plan_batch(folder: Path, roster: dict[str, RosterEntry] | None = None,
               module: str | None = None, names: str = "auto") -> tuple[list[SubmissionTask], list[str]]:
    """The tasks for every submission file, and the roster students with no submission. `module` (the
    file the assignment grades, e.g. backprop.py) picks the file to grade among several of one LMS
    submission. `names`: how the download names its files (NAME_SCHEMES); "auto" reads each name
    as whichever LMS wrote it, "plain" as <student id>.py; with one LMS named, a file its names do not
    fit is listed and never graded."""
    folder = Path(folder)
    if names not in NAME_SCHEMES:
        raise LMSExportError(f"unknown --names {names!r}: one of {', '.join(NAME_SCHEMES)}")
    if (folder / GRADESCOPE_METADATA).is_file() and names in ("auto", "gradescope"):
        tasks = _gradescope_tasks(folder, roster, module)
    elif names == "gradescope":
        raise LMSExportError(f"{folder} is no unpacked Gradescope export: it has no {GRADESCOPE_METADATA}")
    else:
        tasks = _folder_tasks(folder, roster, module, names)
    graded = {t.student for t in tasks if not t.not_a_submission}
    missing = sorted(s for s in (roster or {}) if s not in graded)
    return tasks, missing


# ------------------------------------------------------------------ LMS download names
# Moodle's "Download all submissions": <full name>_<participant id>_assignsubmission_file_[<file>], a
# file, or a folder of the student's files when downloaded in folders.
MOODLE_NAME = re.compile(r"(?P<name>.+?)_(?P<user>\d+)_assignsubmission_(?:file|onlinetext)_?(?P<file>.*)")
# Blackboard's "Download Assignment": <assignment>_<user name>_attempt_<YYYY-MM-DD-HH-MM-SS>[_<file>]
# (the name without a file is Blackboard's receipt of the attempt, a .txt).
BLACKBOARD_NAME = re.compile(r"(?P<assignment>.+)_(?P<user>[^_]+)_attempt_"
                             r"(?P<when>\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})(?:_(?P<file>.+)|\.txt)?")


class LMSName(BaseModel):
    """What an LMS's download name says: whose submission, the submitted file's own name, and for
    some LMSs the late mark or the attempt's time."""

    scheme: str  # canvas, moodle, blackboard
    user: str  # the LMS's id of the student: Canvas user ID, Moodle participant id, Blackboard user name
    name: str = ""  # the student's name as the LMS wrote it
    file: str = ""  # the file as the student named it ("" for Blackboard's receipt)
    late: bool = False
    attempt_at: dt.datetime | None = None  # Blackboard's attempt time, local to its server


def lms_name(filename: str, names: str = "auto") -> LMSName | None:
    """Read a download's file (or folder) name as the LMS named it; None when it fits no scheme asked."""
    if names in ("auto", "canvas") and (m := CANVAS_NAME.fullmatch(filename)):
        return LMSName(scheme="canvas", user=m["user"], name=m["name"], file=m["file"], late=bool(m["late"]))
    if names in ("auto", "moodle") and (m := MOODLE_NAME.fullmatch(filename)):
        return LMSName(scheme="moodle", user=m["user"], name=m["name"].strip(), file=m["file"])
    if names in ("auto", "blackboard") and (m := BLACKBOARD_NAME.fullmatch(filename)):
        when = dt.datetime.strptime(m["when"], "%Y-%m-%d-%H-%M-%S")
        return LMSName(scheme="blackboard", user=m["user"], file=m["file"] or "", attempt_at=when)
    return None


def _roster_entry_of(lms: LMSName, roster: dict[str, RosterEntry] | None) -> RosterEntry | None:
    """The roster student an LMS name is: by the roster's lms_id, else the student id (Canvas user IDs,
    Blackboard user names), login or email name; a Moodle name by the full name when only one student
    has it (Moodle's participant id changes from assignment to assignment)."""
    entries = list((roster or {}).values())
    for key in ("lms_id", "student_id", "login"):
        found = [e for e in entries if getattr(e, key) == lms.user]
        if len(found) == 1:
            return found[0]
    if lms.scheme == "blackboard":
        found = [e for e in entries if e.email.split("@")[0].lower() == lms.user.lower()]
        return found[0] if len(found) == 1 else None
    if lms.scheme == "moodle" and lms.name:
        wanted = " ".join(lms.name.casefold().split())
        found = [e for e in entries if " ".join(e.name.casefold().split()) == wanted
                 or " ".join(reversed([p.strip() for p in e.name.casefold().split(",")])) == wanted]
        return found[0] if len(found) == 1 else None
    return None


def _folder_tasks(folder: Path, roster: dict[str, RosterEntry] | None, module: str | None,
                  names: str = "auto") -> list[SubmissionTask]:
    """One task per file, or per LMS submission of a download (Canvas, Moodle, Blackboard: the file to
    grade among its files), named by the roster's file column, the file's stem, or the LMS's name of
    the student matched to the roster."""
    entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    files = [p for p in entries if p.is_file()]
    stems: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    by_file = {e.file: e for e in (roster or {}).values() if e.file}
    lms_of: dict[Path, LMSName] = {}  # file -> what its LMS name (or its folder's) says
    for p in entries:
        if names == "plain" or (p.is_file() and (by_file.get(p.name) or (roster or {}).get(p.stem))):
            continue
        read = lms_name(p.name, names)
        if read is not None and p.is_dir():  # Moodle's folder per student: its files are the submission
            for inner in sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")):
                lms_of[inner] = read.model_copy(update={"file": inner.name})
        elif read is not None and p.is_file():
            lms_of[p] = read
    submissions: dict[tuple[str, str], list[Path]] = {}  # (scheme, user) -> the files of their submission
    for p, read in lms_of.items():
        submissions.setdefault((read.scheme, read.user), []).append(p)
    chosen = {key: _pick_lms(paths, module, lms_of) for key, paths in submissions.items()}
    tasks = []
    for p in [*files, *sorted(lms_of.keys() - set(files))]:
        read = lms_of.get(p)
        also: list[str] = []
        if read is not None:
            pick, also = chosen[(read.scheme, read.user)]
            if pick != p:
                continue
            entry = _roster_entry_of(read, roster)
            student = entry.student_id if entry else readable_name(f"{read.name or read.scheme}_{read.user}")
        else:
            entry = by_file.get(p.name) or (roster or {}).get(p.stem)
            student = entry.student_id if entry else readable_name(p.stem if stems[p.stem] == 1 else p.name)
        sha256, unreadable = _file_sha256(p)
        other_kind = p.suffix.lower() not in SUBMISSION_SUFFIXES and (roster is not None
                                                                     or bool(NOT_SUBMISSIONS.match(p.name)))
        stray = entry is None and read is None and (other_kind or names not in ("auto", "plain"))
        when, source = (entry.submitted_at, "roster") if entry and entry.submitted_at else (
            (read.attempt_at, "Blackboard download") if read and read.attempt_at else (None, ""))
        tasks.append(SubmissionTask(student=student, path=p, sha256=sha256, unreadable=unreadable,
                                    not_a_submission=stray, submitted_at=when, time_source=source,
                                    lms_marked_late=bool(read and read.late),
                                    extension=entry.extension if entry else None,
                                    in_roster=roster is None or entry is not None, also_submitted=also))
    return tasks


def _pick_lms(paths: list[Path], module: str | None, lms_of: dict[Path, LMSName]) -> tuple[Path, list[str]]:
    """_pick among one LMS submission's files; for Blackboard, among its latest attempt's files (the
    earlier attempts and the receipts are listed as not graded)."""
    latest = max((lms_of[p].attempt_at for p in paths if lms_of[p].attempt_at), default=None)
    candidates = [p for p in paths if lms_of[p].attempt_at == latest and lms_of[p].file] or paths
    pick, also = _pick(candidates, module, lambda p: lms_of[p].file or p.name)
    return pick, sorted(set(also) | {p.name for p in paths if p not in candidates})


def _pick(paths: list[Path], module: str | None, original=lambda p: p.name) -> tuple[Path, list[str]]:
    """The file to grade among one submission's files: the one named like the module (Canvas may add
    -1, -2 to a resubmitted name), else the only .zip, .ipynb or .py; and the names of the others."""
    def stem(p: Path) -> str:
        name = Path(original(p))
        return re.sub(r"-\d+$", "", name.stem).lower()

    ordered = sorted(paths, key=lambda p: p.name)
    wanted = Path(module).stem.lower() if module else None
    candidates = [p for p in ordered if wanted and stem(p) == wanted and p.suffix.lower() in SUBMISSION_SUFFIXES]
    for suffix in (".zip", ".ipynb", ".py"):
        if candidates:
            break
        of_kind = [p for p in ordered if p.suffix.lower() == suffix]
        candidates = of_kind if len(of_kind) == 1 else []
    pick = (candidates or ordered)[0]
    return pick, [p.name for p in ordered if p != pick]


class _MetadataLoader(yaml.SafeLoader):
    """Gradescope's YAML (written by Ruby): plain data; a tag this loader does not know is read as
    the plain value under it."""


def _untagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_scalar(node)


_MetadataLoader.add_multi_constructor("!", _untagged)


def _field(record: Any, name: str) -> Any:
    """A field of Gradescope's metadata, written `:name:` (Ruby symbols) or `name:`."""
    if not isinstance(record, dict):
        return None
    return record.get(f":{name}", record.get(name))


def _gradescope_tasks(folder: Path, roster: dict[str, RosterEntry] | None,
                      module: str | None) -> list[SubmissionTask]:
    """One task per submitter of every submission folder of an unpacked Gradescope export: the
    submitter matched to the roster by student id (sid), then email; the time from `created_at`
    unless the roster gives one."""
    metadata = folder / GRADESCOPE_METADATA
    try:
        data = yaml.load(metadata.read_text(encoding="utf-8", errors="replace"), Loader=_MetadataLoader)
    except (yaml.YAMLError, OSError) as e:
        raise LMSExportError(f"{metadata} cannot be read as Gradescope's export metadata: "
                             f"{' '.join(str(e).split())[:300]}") from None
    if not isinstance(data, dict):
        raise LMSExportError(f"{metadata} is not Gradescope's export metadata (a mapping of submission folders)")
    by_email = {e.email.strip().lower(): e for e in (roster or {}).values() if e.email.strip()}
    tasks = []
    for name, record in sorted(data.items(), key=lambda kv: str(kv[0])):
        sub = folder / str(name)
        if not sub.is_dir() or str(name).startswith(".") or "/" in str(name):
            continue
        files = sorted(p for p in sub.rglob("*") if p.is_file() and not any(part.startswith(".")
                                                                          for part in p.relative_to(sub).parts))
        created = _field(record, "created_at")
        if isinstance(created, str):
            try:
                created = parse_time(created)
            except ValueError:
                raise LMSExportError(f"{metadata}: {name}: created_at {created!r} is not a time") from None
        created = created if isinstance(created, dt.datetime) else None
        submitters = _field(record, "submitters") or [{}]
        for person in submitters if isinstance(submitters, list) else [{}]:
            sid = str(_field(person, "sid") or "").strip()
            email = str(_field(person, "email") or "").strip()
            entry = (roster or {}).get(sid) or by_email.get(email.lower())
            student = entry.student_id if entry else readable_name(sid or email or str(_field(person, "name") or name))
            if not files:
                tasks.append(SubmissionTask(student=student, path=sub, sha256="", in_roster=roster is None or bool(entry),
                                            unreadable=f"the Gradescope submission {name} holds no file"))
                continue
            pick, also = _pick(files, module)
            sha256, unreadable = _file_sha256(pick)
            when, source = (entry.submitted_at, "roster") if entry and entry.submitted_at else (created, "Gradescope export")
            tasks.append(SubmissionTask(student=student, path=pick, sha256=sha256, unreadable=unreadable,
                                        submitted_at=when, time_source=source if when else "",
                                        extension=entry.extension if entry else None,
                                        in_roster=roster is None or entry is not None, also_submitted=also))
    return tasks


def timing_notes(tasks: list[SubmissionTask], extensions: dict[str, Extension] | None = None,
                 zone: str = "", has_deadline: bool = True) -> list[str]:
    """What the instructor should know about the submission times of a batch: times the LMS marked late
    without giving them, times without an offset read in the course's zone, extensions for students
    with no submission, files of an LMS submission that were not graded."""
    notes = []
    if has_deadline:
        unknown = sorted({t.student for t in tasks if t.lms_marked_late and t.submitted_at is None})
        if unknown:
            notes.append(f"Canvas marks {len(unknown)} submission(s) late but its download gives no submission "
                         f"time, so no late penalty applies to them; give their submitted_at in the roster: "
                         f"{', '.join(unknown)}")
        naive = [t.student for t in tasks if t.submitted_at is not None and t.submitted_at.tzinfo is None]
        if naive:
            notes.append(f"{len(naive)} submission time(s) have no UTC offset and were read as "
                         f"{zone or 'UTC'} time (the course's time zone)")
        undated = [t.student for t in tasks if t.submitted_at is None and not t.lms_marked_late]
        if undated and len(undated) < len(tasks):
            notes.append(f"{len(undated)} submission(s) have no submission time and count as on time: "
                         f"{', '.join(sorted(set(undated)))}")
    submitted = {t.student for t in tasks}
    unused = sorted(s for s in (extensions or {}) if s not in submitted)
    if unused:
        notes.append(f"extensions for students with no submission here: {', '.join(unused)}")
    notes += [f"{t.student}: graded {t.path.name}; not graded: {', '.join(t.also_submitted)}"
              for t in tasks if t.also_submitted]
    return notes


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown: bytes that are not UTF-8 (which Python keeps
    as lone surrogates) become \\xNN escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _file_sha256(path: Path) -> tuple[str, str | None]:
    """The file's hash, read in chunks (a huge file costs no memory); or why it cannot be read."""
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest(), None
    except OSError as e:
        return "", f"the file could not be read: {e.strerror or e}"


# ------------------------------------------------------------------ file names from student ids
_PLAIN_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")
_NOT_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_file_stem(student: str) -> str:
    """The file name (without suffix) of an output derived from a student id.

    A plain id (ASCII letters, digits, `_.-`, starting with a letter or digit, at most 80 characters)
    is its own name. Any other id becomes a slug of its allowed characters plus `~` and 16 hex digits
    of its SHA-256: no path separators, no leading dot, at most 65 characters, and never equal to a
    plain id (those have no `~`) nor, short of a hash collision, to another id's name.
    """
    if _PLAIN_STEM.fullmatch(student) and not student.endswith(".") and student.split(".")[0].lower() not in _RESERVED:
        return student
    ascii_text = unicodedata.normalize("NFKD", student).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("_", ascii_text).strip("._-")[:48] or "student"
    digest = hashlib.sha256(student.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{slug}~{digest}"


# ------------------------------------------------------------------ look-alike ids
# Letters of other scripts drawn like Latin ones (after NFKC and casefolding), from Unicode's
# confusables for Cyrillic, Greek, Armenian and a few Latin extensions; digits that pass for letters.
_CONFUSABLE = str.maketrans({
    **dict.fromkeys("аɑα⍺", "a"), **dict.fromkeys("ьЬвβϐ", "b"), **dict.fromkeys("сϲⅽ", "c"),
    **dict.fromkeys("ԁⅾ", "d"), **dict.fromkeys("еєҽε", "e"), "ғ": "f", **dict.fromkeys("ɡց", "g"),
    **dict.fromkeys("һհ", "h"), **dict.fromkeys("іıιⅰӏ", "i"), **dict.fromkeys("јϳȷ", "j"), **dict.fromkeys("кκ", "k"),
    **dict.fromkeys("ⅼ|1", "l"), **dict.fromkeys("мⅿ", "m"), **dict.fromkeys("пոη", "n"),
    **dict.fromkeys("оοօσ0", "o"), **dict.fromkeys("рρ", "p"), **dict.fromkeys("ԛ", "q"), "г": "r",
    **dict.fromkeys("ѕ", "s"), **dict.fromkeys("тτ", "t"), **dict.fromkeys("υսμ", "u"), **dict.fromkeys("ѵνⅴ", "v"),
    **dict.fromkeys("ԝѡω", "w"), **dict.fromkeys("хχⅹ", "x"), **dict.fromkeys("уγү", "y"), **dict.fromkeys("ᴢ", "z"),
})
_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Zs", "Zl", "Zp", "Mn", "Me"}
_INVISIBLE = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}  # fillers and the blank braille pattern


def id_skeleton(student: str) -> str:
    """What an id looks like on screen: compatibility forms folded (NFKC), case folded, invisible and
    combining characters dropped, letters of other scripts that pass for Latin ones mapped to them."""
    text = unicodedata.normalize("NFKC", student).casefold()
    text = "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) not in _INVISIBLE_CATEGORIES and c not in _INVISIBLE)
    return text.translate(_CONFUSABLE)


def lookalike_ids(ids: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of different ids that look alike (same skeleton): one may be posing as the other."""
    groups: dict[str, set[str]] = {}
    for student in ids:
        groups.setdefault(id_skeleton(student), set()).add(student)
    return sorted(pair for group in groups.values() for pair in itertools.combinations(sorted(group), 2))
