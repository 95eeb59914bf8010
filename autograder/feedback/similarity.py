"""Similarity between the submissions of an assignment: token winnowing (as in MOSS).

Each submission's code is tokenized with Python's own tokenizer; comments and docstrings
are dropped, identifiers become `V` and literals `N` / `S` (so renaming and added comments
change nothing), then every k-gram of tokens is hashed and winnowing keeps the minimum
hash of each window of w hashes (a fingerprint set that does not depend on where a
function sits in the file, so reordering changes nothing). Fingerprints of the released
stub and of instructor boilerplate are removed first, so shared starter code is not
counted, and fingerprints that most of the class shares are ignored as common idioms.

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
import io
import json
import keyword
import tokenize
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

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
                            title: str, top: int = 50, unread: dict[str, str] | None = None) -> Path:
    """out_dir/similarity.html (ranked pairs, and what was left out) and out_dir/similarity/<a>__<b>.html
    side by side. A pair whose page cannot be written is listed without its page."""
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
    common = set(a.prints) & set(b.prints)
    a_lines = set().union(*(a.prints[h] for h in common)) if common else set()
    b_lines = set().union(*(b.prints[h] for h in common)) if common else set()
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
    pairs, subs = compare_class(sources, boilerplate)
    page = write_similarity_report(pairs, subs, out_dir, spec.title, unread=unread)
    return SimilarityReport(page=page, notes=report_notes(subs, unread))
