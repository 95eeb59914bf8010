"""A class's folder of submissions: which file is whose, matched to the roster.

Student ids come from file names (or the roster), so they are text a student chose: this module
also gives the safe file name every output derived from an id uses (safe_file_stem), and finds
ids that look alike on screen (lookalike_ids).
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

from pydantic import BaseModel

from autograder.course.roster import RosterEntry


class SubmissionTask(BaseModel):
    student: str
    path: Path
    sha256: str
    submitted_at: dt.datetime | None = None
    in_roster: bool = True
    unreadable: str | None = None  # why the file could not be read (then it is recorded as such, not graded)


def plan_batch(folder: Path, roster: dict[str, RosterEntry] | None = None) -> tuple[list[SubmissionTask], list[str]]:
    """The tasks for every submission file, and the roster students with no submission."""
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and not p.name.startswith("."))
    stems: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    by_file = {e.file: e for e in (roster or {}).values() if e.file}
    tasks = []
    for p in files:
        entry = by_file.get(p.name) or (roster or {}).get(p.stem)
        student = entry.student_id if entry else readable_name(p.stem if stems[p.stem] == 1 else p.name)
        sha256, unreadable = _file_sha256(p)
        tasks.append(SubmissionTask(student=student, path=p, sha256=sha256, unreadable=unreadable,
                                    submitted_at=entry.submitted_at if entry else None,
                                    in_roster=roster is None or entry is not None))
    graded = {t.student for t in tasks}
    missing = sorted(s for s in (roster or {}) if s not in graded)
    return tasks, missing


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
