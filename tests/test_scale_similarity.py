"""Similarity at scale (issue 28): the fast scanner reads tokens as Python's tokenize does, and pairing
through the inverted index (short lists pair by pair, long ones in row blocks, a bounded ranking, a
work budget) gives exactly what comparing every pair gives. Timings live in bench/similarity.py."""
import itertools
import random
from pathlib import Path

import numpy as np
import pytest

from autograder.feedback import similarity
from autograder.feedback.similarity import (
    MIN_DENOMINATOR,
    MIN_SHARED,
    Fingerprinted,
    fingerprint_class,
    normalized_tokens,
    pair_table,
    table_remarks,
)
from bench.baseline_similarity import normalized_tokens as tokenize_tokens  # the normalization before issue 28
from tests.similarity.generate import BASES, disguise

REPO = Path(__file__).resolve().parents[1]


PYTHON_FILES = sorted(p for folder in ("autograder", "solutions", "examples", "reference", "tests")
                      for p in (REPO / folder).rglob("*.py"))


def test_the_scanner_reads_tokens_as_tokenize_does():
    differ = [p for p in PYTHON_FILES
              if normalized_tokens(text := p.read_text(encoding="utf-8", errors="replace")) != tokenize_tokens(text)]
    assert len(PYTHON_FILES) > 100 and not differ, differ[:5]


EDGE_CASES = [
    "def f(:\n    pass\n", "", "x = '''never closed\n", "if x:\n    y\n  z\n", "f(a,\n  b\n",
    "x = 1 \\\n  + 2\n", "def f():\n\t\ty = 1\n\treturn y\n", "a = r'x' b'y' f'{z!r:>{w}}'\n",
    "class A:\n    '''doc'''\n    x = 1\n", "x = 1\r\ny = 2\r\n", "x=1\n\n\n   # c\n  \ny=2",
    "x = 0x1F + 1_000 + 1e-5 + .5j + 1. + 0o7 + 0b1\n", "@dec\ndef g(): ...\n", "x = 'a\\\nb'\n",
    "def f():\n    return 1", "a = [1,\n# c\n 2]\n", "x = u'a' + Rb'c' + bR'd'\n", "α = 1\n",
    'x = """a""" + """b\nc"""\n', "s = '''it's'''\n", "'a' 'b'\n", "x = 1\n    y = 2\n",
]


@pytest.mark.parametrize("source", EDGE_CASES)
def test_the_scanner_on_odd_and_broken_code(source):
    assert normalized_tokens(source) == tokenize_tokens(source)


def test_the_scanner_stops_at_max_tokens():
    assert len(normalized_tokens("x = 1\n" * 1000, max_tokens=250)) == 250


def all_pairs(subs: list[Fingerprinted], limit: int) -> dict[tuple[str, str], tuple[int, float]]:
    """Every pair compared directly: (shared, similarity) of the fingerprints held by at most `limit`."""
    held: dict[int, int] = {}
    for s in subs:
        for h in set(s.keys.tolist()):
            held[h] = held.get(h, 0) + 1
    counted = {s.name: {h for h in s.keys.tolist() if held[h] <= limit} for s in subs}
    out = {}
    for x, y in itertools.combinations(sorted(counted), 2):
        shared = len(counted[x] & counted[y])
        if shared >= MIN_SHARED:
            smaller = max(min(len(counted[x]), len(counted[y])), MIN_DENOMINATOR)
            out[(x, y)] = (shared, round(min(1.0, shared / smaller), 4))
    return out


def random_class(n: int, seed: int = 0) -> dict[str, str]:
    """Copies, disguised copies, partial copies (some functions) and independent work, some names odd."""
    rng = random.Random(seed)
    sources = {}
    for i in range(n):
        base = BASES[rng.choice("ABC")]
        text = disguise(base, rng.choice(["rename", "reorder", "comment", "all"]), rng.randrange(1000))
        if rng.random() < 0.4:  # a partial copy: some of the functions, and code of its own
            head, *funcs = text.split("\ndef ")
            funcs = [f for f in funcs if rng.random() < 0.5]
            text = "\ndef ".join([head, *funcs]) + f"\n\ndef own_{i}(v):\n" + "".join(
                f"    v = v * {rng.random():.3f} + {'abc'[i % 3]} - {j}\n" for j in range(rng.randrange(30)))
        sources[rng.choice(["s", "Ö", "b-"]) + f"{i:03d}"] = text
    return sources


@pytest.mark.parametrize("small, block_cells", [(64, 1 << 22), (2, 1 << 22), (2, 37)])
def test_pairing_through_the_index_equals_comparing_every_pair(monkeypatch, small, block_cells):
    """Short lists pair by pair, long ones in row blocks (small: which is which; block_cells: how many rows)."""
    monkeypatch.setattr(similarity, "_SMALL", small)
    monkeypatch.setattr(similarity, "_BLOCK_CELLS", block_cells)
    subs = fingerprint_class(random_class(60))
    table = pair_table(subs, keep=None)
    expected = all_pairs(subs, limit=int(0.5 * len(subs)))
    got = {(p.a, p.b): (p.shared, p.similarity) for p in table.pairs()}
    assert got == expected and table.total == len(expected) and not table.budget_limited
    ranks = [(-p.similarity, -p.shared, p.a, p.b) for p in table.pairs()]
    assert ranks == sorted(ranks)


def test_only_the_best_pairs_are_kept_with_each_students_closest_match(monkeypatch):
    monkeypatch.setattr(similarity, "_BLOCK_CELLS", 200)  # several blocks, so the ranking is merged
    monkeypatch.setattr(similarity, "_SMALL", 2)
    subs = fingerprint_class(random_class(40, seed=3))
    everything = pair_table(subs, keep=None).pairs()
    table = pair_table(subs, keep=25)
    kept = table.pairs()
    assert kept[:25] == everything[:25] and table.total == len(everything) > len(kept)
    key = {(p.a, p.b): p for p in everything}
    closest: dict[str, tuple[str, str]] = {}
    for p in everything:  # ranked: the first pair a student is in is their closest match
        closest.setdefault(p.a, (p.a, p.b))
        closest.setdefault(p.b, (p.a, p.b))
    held = {(p.a, p.b) for p in kept}
    assert set(closest.values()) <= held and held - {(p.a, p.b) for p in everything[:25]} <= set(closest.values())
    assert all(key[(p.a, p.b)] == p for p in kept)
    assert [(-p.similarity, -p.shared, p.a, p.b) for p in kept] == sorted((-p.similarity, -p.shared, p.a, p.b)
                                                                          for p in kept)
    assert f"{len(everything):,} pairs share code; similarity.json lists the {len(kept):,} most similar and each " \
           "student's closest match" in " ".join(table_remarks(table))


def test_past_the_budget_the_most_widely_held_code_is_ignored_and_said():
    subs = fingerprint_class(random_class(60, seed=5))
    table = pair_table(subs, budget=2_000, keep=None)
    assert table.budget_limited and 1 <= table.common_limit < 30
    expected = all_pairs(subs, limit=table.common_limit)
    assert {(p.a, p.b): (p.shared, p.similarity) for p in table.pairs()} == expected
    assert f"more than {table.common_limit:,} submissions was ignored" in " ".join(table_remarks(table))
    widely_held = next(iter(subs[0].common))  # a common fingerprint no longer counts for anyone
    assert all(widely_held not in s.prints for s in subs)


def test_pairing_an_empty_or_single_class():
    assert pair_table([]).total == 0
    [one] = fingerprint_class({"a": BASES["A"]})
    assert pair_table([one]).total == 0
    assert np.array_equal(one.keys, np.unique(one.hashes))
