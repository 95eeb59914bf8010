"""Similarity between the submissions of an assignment: token winnowing (as in MOSS).

Each submission's code is tokenized (a scanner that reads Python's tokens as Python's own
tokenizer does, five times faster); comments and docstrings are dropped, identifiers become `V`
and literals `N` / `S` (so renaming and added comments change nothing), then every k-gram of
tokens is hashed and winnowing keeps the minimum hash of each window of w hashes (a fingerprint
set that does not depend on where a function sits in the file, so reordering changes nothing).
Fingerprints of the released stub and of instructor boilerplate are removed first, so shared
starter code is not counted, and fingerprints that most of the class shares are ignored as
common idioms.

Pairs are found as MOSS finds them, from an inverted index (fingerprint -> the submissions that
hold it), never by comparing every pair: the common fingerprints are dropped before pairing,
fingerprints held by exactly the same submissions are counted once with their number, and the
work of pairing is bounded (PAIR_BUDGET): past it, the fingerprints shared by the most
submissions are ignored too and the page says so. 10,000 submissions take about a minute.

For a pair, similarity = shared fingerprints / the smaller fingerprint set. The output is
for TAs only: a ranked list and side-by-side views with the matching lines highlighted.

Submissions are read by grading's own reader (submissions.files.read_submission: the same
limits, the same rejections), and what one submission may cost is bounded (MAX_SOURCE_CHARS,
MAX_LINE_CHARS, MAX_TOKENS): a longer one is compared in part, a broken one not at all, and the
page says which, so one submission never costs the class its report.
"""
from __future__ import annotations

import hashlib
import html
import json
import keyword
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from pydantic import BaseModel

from autograder.authoring.release import strip_solutions
from autograder.course.assignment import AssignmentSpec
from autograder.submissions.files import SubmissionError, python_text, read_submission
from autograder.submissions.folder import plan_batch, safe_file_stem

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
# What the class may cost: (submission, submission, fingerprint) incidences counted while pairing. The
# generated class of 10,000 (a third of it copies of each of three solutions) needs about 500 million.
PAIR_BUDGET = 1_000_000_000
MAX_PAIRS = 20_000  # pairs kept, ranked, and each submission's closest (the page shows 50; similarity.json all kept)


@dataclass
class Fingerprinted:
    """One submission's fingerprints: the winnowed hashes, one per chosen k-gram, with the first and
    last source line each covers; `common` holds the hashes the class shares too widely to count."""

    name: str
    source: str
    hashes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))
    first: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    last: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    notes: list[str] = field(default_factory=list)  # what was left out of the comparison, and why
    common: frozenset[int] = frozenset()

    @cached_property
    def keys(self) -> np.ndarray:
        """The distinct hashes, sorted."""
        return np.unique(self.hashes)

    @property
    def prints(self) -> dict[int, set[int]]:
        """hash -> the source lines it covers, without the common hashes (a new dict on each call)."""
        return {h: lines for h, lines in _line_sets(self.hashes, self.first, self.last).items()
                if h not in self.common}


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


# ------------------------------------------------------------------ tokens
_KEYWORDS = frozenset(keyword.kwlist)  # hard keywords, as keyword.iskeyword
_STRING3 = (r"""[rRbBuUfF]{0,2}(?:'{3}(?:[^'\\]|\\.|'(?!''))*'{3}"""
            r"""|"{3}(?:[^"\\]|\\.|"(?!""))*"{3})""")
_STRING1 = r"""[rRbBuUfF]{0,2}(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
_NUMBER = (r"0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+"
           r"|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][-+]?\d(?:_?\d)*)?[jJ]?")
_OPERATOR = r"\*\*=|//=|>>=|<<=|\.\.\.|->|:=|!=|==|<=|>=|\*\*|//|<<|>>|[-+*/%&|^@]=|[-+*/%&|^~<>=.,:;()\[\]{}@]"
_OPEN3 = r"""[rRbBuUfF]{0,2}(?:'{3}|"{3})"""  # a triple-quoted string that never ends
_TOKEN = re.compile(
    rf"(?P<ws>[ \t\f\r]+)|(?P<comment>#[^\n]*)|(?P<cont>\\\r?\n)|(?P<nl>\n)|(?P<str>{_STRING3})|(?P<open>{_OPEN3})"
    rf"|(?P<str1>{_STRING1})|(?P<num>{_NUMBER})|(?P<name>\w+)|(?P<op>{_OPERATOR})|(?P<err>.)",
    re.DOTALL)
_OPENING, _CLOSING = frozenset("([{"), frozenset(")]}")
_LINE_START = ("N", "I", "D")  # a string right after these is a docstring or a bare string statement


def _indent_width(ws: str) -> int:
    column = 0
    for ch in ws:
        if ch == " ":
            column += 1
        elif ch == "\t":
            column = (column // 8 + 1) * 8
        elif ch == "\f":
            column = 0
    return column


def normalized_tokens(source: str, max_tokens: int = MAX_TOKENS) -> list[tuple[str, int]]:
    """(token, line) with identifiers, numbers and strings abstracted and comments/docstrings dropped;
    at most max_tokens of them.

    Python's tokens as the tokenize module reads them (NEWLINE `N`, INDENT `I`, DEDENT `D`; a newline
    inside brackets, blank and comment lines are no tokens), scanned by one regular expression. Where
    tokenize stops (an unterminated triple-quoted string, an inconsistent dedent, end of file inside
    brackets) the scan stops too: a broken file is compared by its readable part."""
    out: list[tuple[str, int]] = []
    append = out.append
    line, depth = 1, 0
    indents = [0]
    logical_start, physical_start, has_tokens = True, True, False
    indent_ws = ""
    previous = "N"
    for m in _TOKEN.finditer(source):
        kind = m.lastgroup
        if kind == "ws":
            if physical_start:
                indent_ws = m.group()
            continue
        if kind == "comment":
            continue
        if kind == "nl":
            if depth == 0 and has_tokens:
                append(("N", line))
                previous, has_tokens, logical_start = "N", False, True
            line += 1
            physical_start, indent_ws = True, ""
            continue
        if kind == "cont":
            line += 1
            physical_start, indent_ws = False, ""
            continue
        if len(out) >= max_tokens:
            break
        if logical_start and depth == 0:
            column = _indent_width(indent_ws)
            if column > indents[-1]:
                indents.append(column)
                append(("I", line))
                previous = "I"
            elif column < indents[-1]:
                if column not in indents:
                    break  # tokenize: "unindent does not match any outer indentation level"
                while column < indents[-1]:
                    indents.pop()
                    append(("D", line))
                previous = "D"
        logical_start, physical_start, has_tokens = False, False, True
        text = m.group()
        if kind == "str" or kind == "str1":
            if previous not in _LINE_START:
                append(("S", line))
            previous = "S"
            line += text.count("\n")
            continue
        if kind == "open":
            break  # a triple-quoted string that never ends: tokenize stops here
        previous = "T"
        if kind == "num":
            append(("N", line))
        elif kind == "name":
            append((text if text in _KEYWORDS else "V", line))
        else:  # an operator, or a character Python has no token for (tokenize's ERRORTOKEN)
            append((text, line))
            if text in _OPENING:
                depth += 1
            elif text in _CLOSING and depth:
                depth -= 1
    else:
        if depth == 0:  # tokenize ends a file inside brackets with an error, without these
            if has_tokens:  # no newline at the end
                append(("N", line))
                line += 1
            for _ in indents[1:]:
                append(("D", line))
    del out[max_tokens:]
    return out


# ------------------------------------------------------------------ fingerprints
_TOKEN_HASHES: dict[str, int] = {}
_MULTIPLIER = np.uint64(0x100000001B3)


def _token_hash(token: str) -> int:
    h = _TOKEN_HASHES.get(token)
    if h is None:
        h = int.from_bytes(hashlib.blake2b(token.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
        if len(_TOKEN_HASHES) < 100_000:  # the vocabulary: keywords, operators, odd characters
            _TOKEN_HASHES[token] = h
    return h


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finalizer: every bit of a k-gram's hash depends on every token."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def winnowed(tokens: list[tuple[str, int]], k: int = K_GRAM,
             window: int = WINDOW) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(hash, first line, last line) of each k-gram winnowing chooses: the rightmost minimum of each
    window of `window` k-gram hashes (as in the winnowing paper), each position once."""
    if len(tokens) < k:
        empty = np.zeros(0, np.int64)
        return np.zeros(0, np.uint64), empty, empty
    ids = np.fromiter((_token_hash(t) for t, _ in tokens), np.uint64, len(tokens))
    lines = np.fromiter((line for _, line in tokens), np.int64, len(tokens))
    powers = _MULTIPLIER ** np.arange(k - 1, -1, -1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        grams = _mix((sliding_window_view(ids, k) * powers).sum(axis=1, dtype=np.uint64))
    count = len(grams)
    if count <= window:
        positions = np.array([count - 1 - int(np.argmin(grams[::-1]))])
    else:
        windows = sliding_window_view(grams, window)
        positions = np.arange(len(windows)) + (window - 1 - np.argmin(windows[:, ::-1], axis=1))
        positions = positions[np.r_[True, positions[1:] != positions[:-1]]]  # non-decreasing: each once
    return grams[positions], lines[positions], lines[positions + k - 1]


def _line_sets(hashes: np.ndarray, first: np.ndarray, last: np.ndarray) -> dict[int, set[int]]:
    chosen: dict[int, set[int]] = {}
    for h, a, b in zip(hashes.tolist(), first.tolist(), last.tolist()):
        chosen.setdefault(h, set()).update(range(a, b + 1))
    return chosen


def fingerprints(source: str, k: int = K_GRAM, window: int = WINDOW,
                 notes: list[str] | None = None) -> dict[int, set[int]]:
    """Winnowed k-gram hashes -> the source lines each covers, of the bounded source (what was cut
    is said in `notes`)."""
    return _line_sets(*_winnow_source(source, k, window, notes))


def _winnow_source(source: str, k: int = K_GRAM, window: int = WINDOW,
                   notes: list[str] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    notes = notes if notes is not None else []
    tokens = normalized_tokens(bounded_source(source, notes))
    if len(tokens) >= MAX_TOKENS:
        notes.append(f"truncated: only its first {MAX_TOKENS:,} tokens are compared")
    return winnowed(tokens, k, window)


# ------------------------------------------------------------------ pairs, from an inverted index
_SMALL = 64  # posting lists of up to this many submissions are paired pair by pair; longer ones in blocks
_BLOCK_CELLS = 1 << 22  # (submission, submission) counters held at once while pairing long posting lists
_OWNER_KEYS = np.random.default_rng(20240528).integers(0, 2**63, size=(2, 1 << 16), dtype=np.int64).astype(np.uint64)


@dataclass
class PairTable:
    """The pairs of submissions sharing at least MIN_SHARED fingerprints, ranked (highest similarity first,
    then most shared, then by name): row i is names[a[i]] and names[b[i]], names[a] < names[b]. Holds
    the first `keep` of `total` such pairs and each submission's closest match."""

    names: list[str]
    a: np.ndarray
    b: np.ndarray
    shared: np.ndarray
    similarity: np.ndarray
    a_share: np.ndarray
    b_share: np.ndarray
    total: int  # pairs that share code, listed or not
    common_limit: int  # fingerprints held by more submissions than this were ignored
    budget_limited: bool  # that limit is lower than COMMON_SHARE says, to bound the work of pairing

    def __len__(self) -> int:
        return len(self.a)

    def pairs(self) -> list[SimilarPair]:
        a, b, shared = self.a.tolist(), self.b.tolist(), self.shared.tolist()
        sim, sa, sb = self.similarity.tolist(), self.a_share.tolist(), self.b_share.tolist()
        return [SimilarPair(a=self.names[a[i]], b=self.names[b[i]], similarity=sim[i], shared=shared[i],
                            a_share=sa[i], b_share=sb[i]) for i in range(len(a))]


def _owner_keys(owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two random 64-bit keys per submission (past 65,536 submissions, mixed from the index)."""
    if len(_OWNER_KEYS[0]) > int(owners.max(initial=0)):
        return _OWNER_KEYS[0][owners], _OWNER_KEYS[1][owners]
    base = owners.astype(np.uint64)
    return _mix(base + np.uint64(1)), _mix(base ^ np.uint64(0x5DEECE66D))


Visit = Callable[[np.ndarray, np.ndarray, np.ndarray, np.ndarray], None]


def pair_table(subs: list[Fingerprinted], common_share: float = COMMON_SHARE, budget: int = PAIR_BUDGET,
               keep: int | None = MAX_PAIRS, visit: Visit | None = None) -> PairTable:
    """Rank the pairs of `subs` (sorted by name) that share fingerprints, through an inverted index.

    A fingerprint held by more than common_share of the class is dropped before pairing (an idiom);
    the rest are grouped by the exact set of submissions holding them, each group counted once with
    its size. If pairing would count more than `budget` (pair, fingerprint) incidences, the
    fingerprints held by the most submissions are dropped too, as MOSS does, until it fits. Short
    posting lists are paired pair by pair; long ones (copies of one solution across the class) add
    into counters of a block of rows at a time, so memory stays bounded whatever the class. The first
    `keep` pairs are kept (None: all), and each submission's closest match; `visit(a, b, shared, similarity)`, if given, sees every pair
    that shares code, block by block. Sets each submission's `common` hashes."""
    n = len(subs)
    names = [s.name for s in subs]
    keys = [s.keys for s in subs]
    sizes = np.array([len(k) for k in keys], dtype=np.int64)
    all_keys = np.concatenate(keys) if n else np.zeros(0, np.uint64)
    owners = np.repeat(np.arange(n, dtype=np.int64), sizes)
    order = np.argsort(all_keys, kind="stable")  # stable: within a fingerprint, owners ascending
    all_keys, owners = all_keys[order], owners[order]
    is_start = np.ones(len(all_keys), bool)
    is_start[1:] = all_keys[1:] != all_keys[:-1]
    starts = np.flatnonzero(is_start)
    df = np.diff(np.r_[starts, len(all_keys)])
    limit = max(2, int(common_share * n))
    # the distinct posting lists of the fingerprints that pair (2 <= df <= limit), with how many share each
    k1, k2 = _owner_keys(owners)
    pairing = np.flatnonzero((df >= 2) & (df <= limit))
    s1, s2 = np.add.reduceat(k1, starts)[pairing], np.add.reduceat(k2, starts)[pairing]
    order = np.lexsort((s2, s1))
    boundary = np.ones(len(order), bool)
    boundary[1:] = (s1[order][1:] != s1[order][:-1]) | (s2[order][1:] != s2[order][:-1])
    first = order[boundary]
    weight = np.diff(np.r_[np.flatnonzero(boundary), len(order)])
    columns, column_df = pairing[first], df[pairing][first]
    work = np.cumsum(np.sort(column_df * (column_df - 1) // 2))
    budget_limited = bool(len(work)) and int(work[-1]) > budget
    if budget_limited:  # the longest posting lists go first: the fingerprints most of the class holds
        sorted_df = np.sort(column_df)
        first_out = sorted_df[int(np.searchsorted(work, budget, side="right"))]
        below = int(np.searchsorted(sorted_df, first_out, side="left"))  # a df counts for all or none
        limit = int(sorted_df[below - 1]) if below else 1
        fits = column_df <= limit
        columns, column_df, weight = columns[fits], column_df[fits], weight[fits]
    common = df > limit
    common_keys = frozenset(all_keys[starts[common]].tolist())
    for sub in subs:
        sub.common = common_keys
    counted = sizes - np.bincount(owners[np.repeat(common, df)], minlength=n)  # fingerprints that count
    col_starts = starts[columns]
    short = column_df <= _SMALL
    code, short_shared = _short_pairs(owners, col_starts[short], column_df[short], weight[short], n)
    long_lists = [(owners[s:s + m], w) for s, m, w in zip(col_starts[~short].tolist(), column_df[~short].tolist(),
                                                           weight[~short].tolist())]
    ranked = _Ranking(keep)
    total = 0
    rows = max(1, n if not long_lists else _BLOCK_CELLS // max(n, 1))
    for r0 in range(0, n, rows):
        r1 = min(n, r0 + rows)
        lo, hi = np.searchsorted(code, [r0 * n, r1 * n])
        a, b, shared = code[lo:hi] // n, code[lo:hi] % n, short_shared[lo:hi]
        if long_lists:
            counts = np.zeros((r1 - r0, n), np.int64)
            counts[a - r0, b] += shared
            for members, w in long_lists:
                i, j = np.searchsorted(members, [r0, r1])
                if i < j:
                    counts[np.ix_(members[i:j] - r0, members)] += w
            a, b = np.nonzero((counts >= MIN_SHARED) & (np.arange(n) > np.arange(r0, r1)[:, None]))  # b > a only
            shared = counts[a, b]
            a = a + r0
        else:
            found = shared >= MIN_SHARED
            a, b, shared = a[found], b[found], shared[found]
        na, nb = counted[a], counted[b]
        similarity = np.round(np.minimum(1.0, shared / np.maximum(np.minimum(na, nb), MIN_DENOMINATOR)), 4)
        total += len(a)
        if visit is not None:
            visit(a, b, shared, similarity)
        ranked.add(a, b, shared, similarity)
    a, b, shared, similarity = ranked.best()
    return PairTable(names, a, b, shared, similarity, np.round(shared / counted[a], 4),
                     np.round(shared / counted[b], 4), total=total, common_limit=limit,
                     budget_limited=budget_limited)


def _short_pairs(owners: np.ndarray, starts: np.ndarray, sizes: np.ndarray, weights: np.ndarray,
                 n: int) -> tuple[np.ndarray, np.ndarray]:
    """(a * n + b, shared) for every pair a < b within the short posting lists owners[start:start + size],
    weighted, summed per pair, sorted by pair."""
    codes, counts = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
    for size in np.unique(sizes).tolist():  # all lists of a size at once
        chosen = sizes == size
        lists = owners[starts[chosen][:, None] + np.arange(size)]
        upper = np.triu_indices(size, 1)
        codes.append((lists[:, upper[0]] * n + lists[:, upper[1]]).ravel())
        counts.append(np.repeat(weights[chosen], len(upper[0])))
    code, inverse = np.unique(np.concatenate(codes), return_inverse=True)
    return code, np.bincount(inverse, weights=np.concatenate(counts), minlength=len(code)).astype(np.int64)


class _Ranking:
    """The best `keep` pairs seen so far (None: all), by similarity, then shared, then a, then b, and each
    submission's best pair (so every submission that shares code keeps its closest match)."""

    def __init__(self, keep: int | None) -> None:
        self.keep = keep
        self.held = self.closest = (np.zeros(0, np.int64),) * 3 + (np.zeros(0),)

    def add(self, a: np.ndarray, b: np.ndarray, shared: np.ndarray, similarity: np.ndarray) -> None:
        if not len(a):
            return
        if self.keep is None:
            self.held = _ranked(*(np.concatenate(x) for x in zip(self.held, (a, b, shared, similarity))))
            return
        merged = [np.concatenate(x) for x in zip(self.closest, (a, b, shared, similarity))]
        self.closest = tuple(x[_closest(*merged)] for x in merged)
        held_a, _, held_shared, held_sim = self.held
        if len(held_a) >= self.keep:  # only what can enter the ranking
            worst_sim, worst_shared = held_sim[-1], held_shared[-1]
            enters = (similarity > worst_sim) | ((similarity == worst_sim) & (shared >= worst_shared))
            a, b, shared, similarity = a[enters], b[enters], shared[enters], similarity[enters]
        held = _ranked(*(np.concatenate(x) for x in zip(self.held, (a, b, shared, similarity))))
        self.held = tuple(x[:self.keep] for x in held)

    def best(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The best pairs, then the closest pair of each submission not among them, ranked."""
        return _ranked(*_unique_pairs(*(np.concatenate(x) for x in zip(self.held, self.closest))))


def _closest(a: np.ndarray, b: np.ndarray, shared: np.ndarray, similarity: np.ndarray) -> np.ndarray:
    """The rows holding each submission's best pair (highest similarity, then shared, then by name)."""
    n = int(max(a.max(initial=0), b.max(initial=0))) + 1
    code = a * n + b
    order = np.argsort(code, kind="stable")
    key = (np.round(similarity * 10_000).astype(np.int64) << 32) | np.minimum(shared, 2**32 - 1)
    ends, keys, codes = np.concatenate([a, b]), np.tile(key, 2), np.tile(code, 2)
    best = np.full(n, -1, np.int64)
    np.maximum.at(best, ends, keys)
    top = keys == best[ends]
    first = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first, ends[top], codes[top])  # among equals, the first pair by name
    chosen = np.unique(first[first != np.iinfo(np.int64).max])
    return order[np.searchsorted(code[order], chosen)]


def _ranked(a: np.ndarray, b: np.ndarray, shared: np.ndarray,
            similarity: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rank = np.lexsort((b, a, -shared, -similarity))
    return a[rank], b[rank], shared[rank], similarity[rank]


def _unique_pairs(a: np.ndarray, b: np.ndarray, shared: np.ndarray,
                  similarity: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    _, first = np.unique(np.stack([a, b]), axis=1, return_index=True) if len(a) else (None, np.zeros(0, np.int64))
    return a[first], b[first], shared[first], similarity[first]


def fingerprint_class(sources: dict[str, str], boilerplate: list[str] | None = None) -> list[Fingerprinted]:
    """Each submission's fingerprints without the boilerplate's, sorted by name."""
    ignored = np.unique(np.concatenate([np.zeros(0, np.uint64)]
                                       + [_winnow_source(text)[0] for text in boilerplate or []]))
    return [_fingerprinted(name, sources[name], ignored) for name in sorted(sources)]


def compare_class(sources: dict[str, str], boilerplate: list[str] | None = None,
                  common_share: float = COMMON_SHARE,
                  max_pairs: int | None = MAX_PAIRS) -> tuple[list[SimilarPair], dict[str, Fingerprinted]]:
    """The pairs with shared fingerprints, ranked by similarity (highest first): the first max_pairs."""
    subs = fingerprint_class(sources, boilerplate)
    return pair_table(subs, common_share, keep=max_pairs).pairs(), {s.name: s for s in subs}


def _fingerprinted(name: str, text: str, ignored: np.ndarray) -> Fingerprinted:
    """One submission's fingerprints; if they cannot be computed, it is left out, saying why."""
    notes: list[str] = []
    try:
        shown = bounded_source(text, notes)
        hashes, first, last = _winnow_source(shown, notes=notes)
    except Exception as e:  # noqa: BLE001 - whatever this text does to the tokenizer costs only this submission
        return Fingerprinted(name, "", notes=[f"not compared: {type(e).__name__}: {str(e)[:200]}"])
    keep = ~np.isin(hashes, ignored)
    return Fingerprinted(name, shown, hashes[keep], first[keep], last[keep], notes)


# ------------------------------------------------------------------ HTML (TAs only)
def _side(sub: Fingerprinted, lines: set[int]) -> str:
    rows = []
    for number, text in enumerate(sub.source.split("\n"), start=1):  # numbered as the tokenizer numbers them
        cls = ' class="hit"' if number in lines else ""
        rows.append(f'<span{cls}><span class="ln">{number:4d}</span> {html.escape(text)}</span>')
    return "\n".join(rows)


PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font:15px/1.45 system-ui,sans-serif;margin:1rem}} table{{border-collapse:collapse}}
td,th{{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left}}
.cols{{display:flex;flex-wrap:wrap;gap:1rem}} .cols>div{{flex:1 1 28rem;min-width:0}}
pre{{background:#f7f7f7;padding:.5rem;overflow-x:auto;font-size:.8rem}} pre span{{display:block}}
.hit{{background:#ffe08a}} .ln{{color:#888}} .note{{color:#555}}</style></head><body><main>{body}</main></body></html>"""


class SimilarityReport(BaseModel):
    """What write_class_similarity wrote, and what it left out of the comparison for whom."""

    page: Path
    notes: dict[str, str]  # student -> what was not compared, and why


def write_similarity_report(pairs: list[SimilarPair], subs: dict[str, Fingerprinted], out_dir: Path,
                            title: str, top: int = 50, unread: dict[str, str] | None = None,
                            remarks: Sequence[str] = ()) -> Path:
    """out_dir/similarity.html (ranked pairs, and what was left out) and out_dir/similarity/<a>__<b>.html
    side by side. A pair whose page cannot be written is listed without its page. `remarks`: sentences
    about the whole comparison (pairs not listed, fingerprints ignored)."""
    detail_dir = out_dir / "similarity"
    detail_dir.mkdir(parents=True, exist_ok=True)
    rows, pages = [], _pair_pages(pairs[:top])
    for rank, p in enumerate(pairs[:top], start=1):
        link = f"{html.escape(p.a)} / {html.escape(p.b)}"
        try:
            _write_pair_page(p, subs, detail_dir / pages[rank - 1])
            link = f'<a href="similarity/{html.escape(pages[rank - 1])}">{link}</a>'
        except Exception as e:  # noqa: BLE001 - one pair's page costs only that page
            link += f" (no side-by-side page: {html.escape(type(e).__name__)})"
        rows.append(f"<tr><td>{rank}</td><td>{link}</td><td>{100 * p.similarity:.0f}%</td><td>{p.shared}</td></tr>")
    body = (f"<h1>{html.escape(title)}: similar submissions</h1><p class=note>For teaching staff only. Similarity "
            "is shared code fingerprints over the smaller submission, after removing the released stub and common "
            "idioms; a high score is a reason to look, not a verdict.</p><table><thead><tr><th>#</th><th>pair</th>"
            "<th>similarity</th><th>shared</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            + ("" if rows else "<p>No pair shares code beyond the starter code.</p>")
            + "".join(f"<p class=note>{html.escape(r)}</p>" for r in remarks)
            + _notes_html(report_notes(subs, unread)))
    path = out_dir / "similarity.html"
    path.write_text(PAGE.format(title=f"{html.escape(title)}: similarity", body=body), encoding="utf-8")
    (out_dir / "similarity.json").write_text(json.dumps([p.model_dump() for p in pairs], indent=1), encoding="utf-8")
    return path


def _pair_pages(pairs: list[SimilarPair]) -> list[str]:
    """A file name per pair, from the students' safe file names, unique within the report."""
    used: set[str] = set()
    names = []
    for p in pairs:
        base = name = f"{safe_file_stem(p.a)}__{safe_file_stem(p.b)}"
        count = 1
        while name in used:
            count += 1
            name = f"{base}~{count}"
        used.add(name)
        names.append(name + ".html")
    return names


def _write_pair_page(p: SimilarPair, subs: dict[str, Fingerprinted], path: Path) -> None:
    a, b = subs[p.a], subs[p.b]
    a_prints, b_prints = a.prints, b.prints
    common = set(a_prints) & set(b_prints)
    a_lines = set().union(*(a_prints[h] for h in common)) if common else set()
    b_lines = set().union(*(b_prints[h] for h in common)) if common else set()
    body = (f"<h1>{html.escape(p.a)} and {html.escape(p.b)}</h1><p>{100 * p.similarity:.0f}% similar: "
            f"{p.shared} shared fingerprints ({100 * p.a_share:.0f}% of {html.escape(p.a)}, "
            f"{100 * p.b_share:.0f}% of {html.escape(p.b)}). Highlighted lines match.</p>"
            f'<div class="cols"><div><h2>{html.escape(p.a)}</h2><pre>{_side(a, a_lines)}</pre></div>'
            f'<div><h2>{html.escape(p.b)}</h2><pre>{_side(b, b_lines)}</pre></div></div>'
            '<p><a href="../similarity.html">all pairs</a></p>')
    path.write_text(PAGE.format(title=f"{html.escape(p.a)} / {html.escape(p.b)}", body=body), encoding="utf-8")


def report_notes(subs: dict[str, Fingerprinted], unread: dict[str, str] | None = None) -> dict[str, str]:
    """student -> what was left out of the comparison: unreadable submissions and truncated ones."""
    notes = dict(unread or {})
    notes.update({name: "; ".join(sub.notes) for name, sub in subs.items() if sub.notes})
    return notes


def _notes_html(notes: dict[str, str]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{html.escape(name)}: {html.escape(note)}</li>" for name, note in sorted(notes.items()))
    return f"<h2>Not compared, or compared in part</h2><ul>{items}</ul>"


def write_class_similarity(spec: AssignmentSpec, submissions: Path, out_dir: Path) -> SimilarityReport:
    """Pairwise similarity of a folder of submissions, ignoring the released stub. A submission that
    cannot be read (as grading reads it) or fingerprinted is left out, and the page says so."""
    tasks, _ = plan_batch(submissions)
    sources, unread = {}, {}
    for t in (t for t in tasks if not t.not_a_submission):
        try:
            sources[t.student] = submission_code(t.path, spec.module, spec.functions)
        except SubmissionError as e:
            unread[t.student] = f"not compared: {e}"
        except Exception as e:  # noqa: BLE001 - reading one submission costs only that submission
            unread[t.student] = f"not compared: {type(e).__name__}: {str(e)[:200]}"
    boilerplate = [strip_solutions(spec.solution_file.read_text(encoding="utf-8"))] if spec.solution_file.is_file() else []
    fingerprinted = fingerprint_class(sources, boilerplate)
    table = pair_table(fingerprinted)
    subs = {s.name: s for s in fingerprinted}
    page = write_similarity_report(table.pairs(), subs, out_dir, spec.title, unread=unread, remarks=table_remarks(table))
    return SimilarityReport(page=page, notes=report_notes(subs, unread))


def table_remarks(table: PairTable) -> list[str]:
    """What the page says about the comparison as a whole: pairs not listed, fingerprints ignored."""
    remarks = []
    if table.total > len(table):
        remarks.append(f"{table.total:,} pairs share code; similarity.json lists the {len(table):,} most similar "
                       "and each student's closest match.")
    if table.budget_limited:
        remarks.append(f"Code held by more than {table.common_limit:,} submissions was ignored as common, to bound "
                       "the work of comparing this class.")
    return remarks
