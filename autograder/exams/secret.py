"""The instructor's exam secret: strong and random, or refused.

Every student's numbers come from an HMAC keyed by the secret, so a student holding a paper can
test guessed secrets offline against it. Two defences: secrets that a person would choose (short,
repetitive, made of words, years, the public demo secret) are refused, and the HMAC key is stretched
with scrypt once per exam, so each guess costs tens of milliseconds instead of a microsecond.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import math
import os
import re
import secrets
from pathlib import Path

from autograder.exams.bank import ExamError

# The bundled sample class's secret: public, so usable only with --demo.
DEMO_SECRET = "demo-secret-for-the-bundled-sample-only"
KNOWN_SECRETS = {DEMO_SECRET, "changeme", "password", "secret", "letmein", "qwerty", "123456"}
MIN_BITS = 128
# Words and numbers people build secrets from; each counts as one guess among a few thousand, not as
# random letters. Kept to 4+ letters so that a random secret is almost never mistaken for words.
_WORDS = sorted({
    "secret", "password", "passwd", "exam", "exams", "midterm", "final", "quiz", "test", "course", "class",
    "neural", "network", "networks", "deep", "learning", "machine", "autograder", "grader", "grade", "student",
    "students", "teacher", "instructor", "professor", "spring", "summer", "autumn", "fall", "winter",
    "semester", "term", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "friday", "demo", "sample", "example", "bundled", "only",
    "hello", "world", "admin", "root", "qwerty", "asdf", "letmein", "welcome", "dragon", "monkey", "master",
    "super", "change", "changeme", "default", "backprop", "gradient", "descent", "torch", "python", "numpy",
    "university", "college", "school", "lecture", "homework", "assignment", "the", "and", "for", "with",
}, key=len, reverse=True)
_WORD_BITS = 13.0  # one of ~8,000 words
_YEAR = re.compile(r"(19|20)\d\d")
_WORD_SHAPED = re.compile(r"[A-Z]?[a-z]{4,}|[A-Z]{5,}")
_WORD_SHAPED_BITS = 16.0


def estimated_bits(secret: str) -> float:
    """A cautious guess of the secret's entropy: words and years count as a few bits, a character that
    repeats or continues the one before (aaaa, abcd, 1234) as one, any other as its alphabet allows."""
    text, bits = secret, 0.0
    for word in _WORDS:
        hits = len(re.findall(re.escape(word), text, flags=re.IGNORECASE))
        if hits and len(word) >= 4:
            bits += hits * _WORD_BITS
            text = re.sub(re.escape(word), "\0", text, flags=re.IGNORECASE)
    bits += len(_YEAR.findall(text)) * 7
    text = _YEAR.sub("\0", text)
    # any other word-shaped run (a dictionary word, a name): at most one of ~65,000 words
    bits += len(_WORD_SHAPED.findall(text)) * _WORD_SHAPED_BITS
    text = _WORD_SHAPED.sub("\0", text)
    alphabet = sum(size for pattern, size in ((r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[^A-Za-z0-9\0]", 33))
                   if re.search(pattern, text))
    per_char = math.log2(alphabet) if alphabet else 0.0
    previous = None
    for c in text:
        if c == "\0":
            previous = None
            continue
        step = ord(c) - ord(previous) if previous is not None else None
        bits += 1.0 if step is not None and abs(step) <= 1 else per_char
        previous = c
    return bits


def secret_problem(secret: str, demo: bool = False) -> str | None:
    """Why a secret must not be used, or None."""
    if secret == DEMO_SECRET:
        return None if demo else ("this is the public demo secret of the bundled sample class; it is usable only "
                                  "with --demo")
    if secret.casefold() in KNOWN_SECRETS:
        return "this is a well-known secret"
    if len(secret) < 16:
        return f"{len(secret)} characters is too short (a generated one has 43)"
    bits = estimated_bits(secret)
    if bits < MIN_BITS:
        return (f"it looks chosen by a person (about {bits:.0f} bits; at least {MIN_BITS} needed): students holding "
                "a paper can test guesses offline")
    return None


def read_secret(path: Path, demo: bool = False) -> str:
    """The secret in `path`, or ExamError saying why it cannot be used."""
    path = Path(path)
    try:
        secret = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as e:
        raise ExamError(f"{path}: the exam secret cannot be read ({getattr(e, 'strerror', None) or e})") from None
    problem = secret_problem(secret, demo)
    if problem:
        raise ExamError(f"{path}: refused as an exam secret: {problem}. Leave --secret-file out (or name a file that "
                        "does not exist) and `exam generate` makes a strong one")
    return secret


def create_secret(path: Path) -> str:
    """A new random secret (256 bits) written to `path`, readable by its owner only; never overwrites."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise ExamError(f"{path} already exists") from None
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret + "\n")
    return secret


@functools.lru_cache(maxsize=8)
def exam_key(secret: str, exam_id: str) -> bytes:
    """The exam's HMAC key: the secret stretched with scrypt (about 30 ms and 16 MiB per guess)."""
    return hashlib.scrypt(secret.encode(), salt=f"nn-autograder exam/{exam_id}".encode(), n=2**14, r=8, p=1,
                          maxmem=64 * 2**20, dklen=32)


def secret_check(secret: str, exam_id: str) -> str:
    """What the answer key records to tell, at grading, whether a secret and exam id are the ones it was
    generated with (without storing anything that gives the secret away more cheaply than a paper)."""
    return hmac.new(exam_key(secret, exam_id), b"answer-key check", hashlib.sha256).hexdigest()
