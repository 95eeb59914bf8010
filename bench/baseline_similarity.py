"""The similarity implementation issue 28 replaced, kept for bench/similarity.py --baseline: Python's
tokenize, a blake2b per k-gram, and a dict entry for every pair of submissions sharing a
fingerprint (quadratic in the class). Not used by the autograder.
"""
from __future__ import annotations

import hashlib
import io
import keyword
import tokenize
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from autograder.submissions.files import python_text, read_submission

K_GRAM = 15  # tokens per k-gram: shorter matches are coincidence
WINDOW = 8  # winnowing window: any match of K_GRAM + WINDOW - 1 tokens is found
COMMON_SHARE = 0.5  # fingerprints in more than this share of submissions are idioms, not copying
MIN_SHARED = 5  # fewer shared fingerprints than this is not reported
MIN_DENOMINATOR = 20  # a tiny submission cannot reach 100% by matching a few lines
# What one submission may cost: Python's tokenizer takes memory in proportion to a line's length
# (a 4.8 MB string literal of escapes: 1.7 GB), and fingerprints cost time per token.
MAX_SOURCE_CHARS = 512 * 1024  # characters of code compared per submission
MAX_LINE_CHARS = 2000  # characters per line (longer lines: data, never hand-written code)
MAX_TOKENS = 100_000  # tokens fingerprinted per submission (a long solution has about 10,000)


@dataclass
class Fingerprinted:
    name: str
    source: str
    prints: dict[int, set[int]] = field(default_factory=dict)  # hash -> source lines it covers
    notes: list[str] = field(default_factory=list)  # what was left out of the comparison, and why


class SimilarPair(BaseModel):
    a: str
    b: str
    similarity: float  # shared / smaller set, 0..1
    shared: int
    a_share: float  # share of a's fingerprints found in b
    b_share: float


def submission_code(path: Path, module: str | None = None, functions: Sequence[str] = ()) -> str:
    """The Python code of a .py, a .zip (its module, or all its .py files) or an .ipynb (its defining
    cells), read by grading's own reader: what grading rejects raises the same SubmissionError."""
    files = read_submission(path, module, functions)
    if module in files:
        return python_text(files[module])
    return "\n".join(python_text(files[name]) for name in sorted(files))


def bounded_source(source: str, notes: list[str] | None = None) -> str:
    """The source cut to what similarity compares (MAX_SOURCE_CHARS, lines of MAX_LINE_CHARS); each
    cut is said in `notes`."""
    notes = notes if notes is not None else []
    if len(source) > MAX_SOURCE_CHARS:
        notes.append(f"truncated: only its first {MAX_SOURCE_CHARS:,} of {len(source):,} characters are compared")
        source = source[:MAX_SOURCE_CHARS]
    lines = source.split("\n")  # as the tokenizer counts lines
    long_lines = sum(1 for line in lines if len(line) > MAX_LINE_CHARS)
    if long_lines:
        notes.append(f"truncated: {long_lines} line(s) longer than {MAX_LINE_CHARS:,} characters are compared "
                     f"up to that length")
        source = "\n".join(line[:MAX_LINE_CHARS] for line in lines)
    return source


def normalized_tokens(source: str, max_tokens: int = MAX_TOKENS) -> list[tuple[str, int]]:
    """(token, line) with identifiers, numbers and strings abstracted and comments/docstrings dropped;
    at most max_tokens of them (the tokenizer stops there)."""
    out: list[tuple[str, int]] = []
    previous = tokenize.NEWLINE
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if len(out) >= max_tokens:
                break
            kind, text, line = tok.type, tok.string, tok.start[0]
            if kind in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER):
                continue
            if kind == tokenize.STRING and previous in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                previous = kind  # a docstring or bare string statement
                continue
            previous = kind
            if kind == tokenize.NAME:
                out.append((text if keyword.iskeyword(text) else "V", line))
            elif kind == tokenize.NUMBER:
                out.append(("N", line))
            elif kind == tokenize.STRING:
                out.append(("S", line))
            elif kind in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                out.append((tokenize.tok_name[kind][0], line))
            else:
                out.append((text, line))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # keep what was read: a broken file is compared by its readable part
    return out


def fingerprints(source: str, k: int = K_GRAM, window: int = WINDOW,
                 notes: list[str] | None = None) -> dict[int, set[int]]:
    """Winnowed k-gram hashes -> the source lines each covers, of the bounded source (what was cut
    is said in `notes`)."""
    notes = notes if notes is not None else []
    tokens = normalized_tokens(bounded_source(source, notes))
    if len(tokens) >= MAX_TOKENS:
        notes.append(f"truncated: only its first {MAX_TOKENS:,} tokens are compared")
    if len(tokens) < k:
        return {}
    grams = []
    for i in range(len(tokens) - k + 1):
        text = " ".join(t for t, _ in tokens[i:i + k])
        h = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
        grams.append((h, tokens[i][1], tokens[i + k - 1][1]))
    chosen: dict[int, set[int]] = {}
    last = -1
    for start in range(max(1, len(grams) - window + 1)):
        win = grams[start:start + window]
        # the rightmost minimum, as in the winnowing paper, so a run of equal hashes is kept once
        j = min(range(len(win)), key=lambda i: (win[i][0], -i))
        if start + j != last:
            last = start + j
            h, first, final = grams[last]
            chosen.setdefault(h, set()).update(range(first, final + 1))
    return chosen


def compare_class(sources: dict[str, str], boilerplate: list[str] | None = None,
                  common_share: float = COMMON_SHARE) -> tuple[list[SimilarPair], dict[str, Fingerprinted]]:
    """All pairs with shared fingerprints, ranked by similarity (highest first)."""
    ignored: set[int] = set()
    for text in boilerplate or []:
        ignored |= set(fingerprints(text))
    subs: dict[str, Fingerprinted] = {}
    index: dict[int, list[str]] = defaultdict(list)
    for name, text in sources.items():
        subs[name] = sub = _fingerprinted(name, text, ignored)
        for h in sub.prints:
            index[h].append(name)
    limit = max(2, int(common_share * len(sources)))
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for h, names in index.items():
        if len(names) > limit:
            for n in names:  # an idiom most of the class writes: not evidence
                subs[n].prints.pop(h, None)
            continue
        names = sorted(names)
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                shared[(names[i], names[j])] += 1
    pairs = []
    for (a, b), count in shared.items():
        na, nb = len(subs[a].prints), len(subs[b].prints)
        if count < MIN_SHARED or not na or not nb:
            continue
        similarity = min(1.0, count / max(min(na, nb), MIN_DENOMINATOR))
        pairs.append(SimilarPair(a=a, b=b, similarity=round(similarity, 4), shared=count,
                                 a_share=round(count / na, 4), b_share=round(count / nb, 4)))
    pairs.sort(key=lambda p: (-p.similarity, -p.shared, p.a, p.b))
    return pairs, subs


def _fingerprinted(name: str, text: str, ignored: set[int]) -> Fingerprinted:
    """One submission's fingerprints; if they cannot be computed, it is left out, saying why."""
    notes: list[str] = []
    try:
        shown = bounded_source(text, notes)
        prints = {h: lines for h, lines in fingerprints(shown, notes=notes).items() if h not in ignored}
    except Exception as e:  # noqa: BLE001 - whatever this text does to the tokenizer costs only this submission
        return Fingerprinted(name, "", {}, [f"not compared: {type(e).__name__}: {str(e)[:200]}"])
    return Fingerprinted(name, shown, prints, notes)


