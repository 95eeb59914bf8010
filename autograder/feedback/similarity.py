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
"""
from __future__ import annotations

import hashlib
import html
import io
import json
import keyword
import tokenize
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from autograder.authoring.release import strip_solutions
from autograder.course.assignment import AssignmentSpec
from autograder.submissions.folder import plan_batch

K_GRAM = 15  # tokens per k-gram: shorter matches are coincidence
WINDOW = 8  # winnowing window: any match of K_GRAM + WINDOW - 1 tokens is found
COMMON_SHARE = 0.5  # fingerprints in more than this share of submissions are idioms, not copying
MIN_SHARED = 5  # fewer shared fingerprints than this is not reported
MIN_DENOMINATOR = 20  # a tiny submission cannot reach 100% by matching a few lines


@dataclass
class Fingerprinted:
    name: str
    source: str
    prints: dict[int, set[int]] = field(default_factory=dict)  # hash -> source lines it covers


class SimilarPair(BaseModel):
    a: str
    b: str
    similarity: float  # shared / smaller set, 0..1
    shared: int
    a_share: float  # share of a's fingerprints found in b
    b_share: float


def submission_code(path: Path, module: str | None = None) -> str:
    """The Python code of a .py, a .zip (its .py members) or an .ipynb (its code cells)."""
    data = path.read_bytes()
    if path.suffix == ".zip":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = sorted(n for n in z.namelist() if n.endswith(".py"))
                if module and any(Path(n).name == module for n in names):
                    names = [n for n in names if Path(n).name == module]
                return "\n".join(z.read(n)[:5_000_000].decode("utf-8", "replace") for n in names)
        except zipfile.BadZipFile:
            return ""
    if path.suffix == ".ipynb":
        try:
            nb = json.loads(data.decode("utf-8", "replace"))
            cells = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]
            return "\n\n".join("".join(c["source"]) if isinstance(c.get("source"), list) else str(c.get("source", ""))
                               for c in cells)
        except (ValueError, AttributeError, TypeError):
            return ""
    return data.decode("utf-8", "replace")


def normalized_tokens(source: str) -> list[tuple[str, int]]:
    """(token, line) with identifiers, numbers and strings abstracted and comments/docstrings dropped."""
    out: list[tuple[str, int]] = []
    previous = tokenize.NEWLINE
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
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


def fingerprints(source: str, k: int = K_GRAM, window: int = WINDOW) -> dict[int, set[int]]:
    """Winnowed k-gram hashes -> the source lines each covers."""
    tokens = normalized_tokens(source)
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
        prints = {h: lines for h, lines in fingerprints(text).items() if h not in ignored}
        subs[name] = Fingerprinted(name, text, prints)
        for h in prints:
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


# ------------------------------------------------------------------ HTML (TAs only)
def _side(sub: Fingerprinted, lines: set[int]) -> str:
    rows = []
    for number, text in enumerate(sub.source.splitlines(), start=1):
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


def write_similarity_report(pairs: list[SimilarPair], subs: dict[str, Fingerprinted], out_dir: Path,
                            title: str, top: int = 50) -> Path:
    """out_dir/similarity.html (ranked pairs) and out_dir/similarity/<a>__<b>.html side by side."""
    detail_dir = out_dir / "similarity"
    detail_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for rank, p in enumerate(pairs[:top], start=1):
        a, b = subs[p.a], subs[p.b]
        common = set(a.prints) & set(b.prints)
        a_lines = set().union(*(a.prints[h] for h in common)) if common else set()
        b_lines = set().union(*(b.prints[h] for h in common)) if common else set()
        page = f"{p.a}__{p.b}.html"
        body = (f"<h1>{html.escape(p.a)} and {html.escape(p.b)}</h1><p>{100 * p.similarity:.0f}% similar: "
                f"{p.shared} shared fingerprints ({100 * p.a_share:.0f}% of {html.escape(p.a)}, "
                f"{100 * p.b_share:.0f}% of {html.escape(p.b)}). Highlighted lines match.</p>"
                f'<div class="cols"><div><h2>{html.escape(p.a)}</h2><pre>{_side(a, a_lines)}</pre></div>'
                f'<div><h2>{html.escape(p.b)}</h2><pre>{_side(b, b_lines)}</pre></div></div>'
                '<p><a href="../similarity.html">all pairs</a></p>')
        (detail_dir / page).write_text(PAGE.format(title=f"{p.a} / {p.b}", body=body), encoding="utf-8")
        rows.append(f'<tr><td>{rank}</td><td><a href="similarity/{html.escape(page)}">{html.escape(p.a)} / '
                    f'{html.escape(p.b)}</a></td><td>{100 * p.similarity:.0f}%</td><td>{p.shared}</td></tr>')
    body = (f"<h1>{html.escape(title)}: similar submissions</h1><p class=note>For teaching staff only. Similarity "
            "is shared code fingerprints over the smaller submission, after removing the released stub and common "
            "idioms; a high score is a reason to look, not a verdict.</p><table><thead><tr><th>#</th><th>pair</th>"
            "<th>similarity</th><th>shared</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            + ("" if rows else "<p>No pair shares code beyond the starter code.</p>"))
    path = out_dir / "similarity.html"
    path.write_text(PAGE.format(title=f"{title}: similarity", body=body), encoding="utf-8")
    (out_dir / "similarity.json").write_text(json.dumps([p.model_dump() for p in pairs], indent=1), encoding="utf-8")
    return path


def write_class_similarity(spec: AssignmentSpec, submissions: Path, out_dir: Path) -> Path:
    """Pairwise similarity of a folder of submissions, ignoring the released stub."""
    tasks, _ = plan_batch(submissions)
    sources = {t.student: submission_code(t.path, spec.module) for t in tasks}
    boilerplate = [strip_solutions(spec.solution_file.read_text(encoding="utf-8"))] if spec.solution_file.is_file() else []
    pairs, subs = compare_class(sources, boilerplate)
    return write_similarity_report(pairs, subs, out_dir, spec.title)
