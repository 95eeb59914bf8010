"""How well the feedback says what is wrong with student code (issue 17), measured on a corpus.

Grades each entry of tests/diagnosis_corpus/corpus.py (the solution with one function redefined at its end,
the full catalogue in place, fixed inputs: no student) and prints, per entry: whether it lost points, the
catalogued mistakes named, the diagnoses (relation + the start of the message) and the entry's recorded
verdict; then a summary. Its headline is JUDGED: computed from those verdicts (tests/diagnosis_corpus/corpus.py
JUDGEMENT, judged by reading on the day in JUDGED_ON, stale once the detectors change; the entries whose output no
longer fits their verdict are listed). Then what is MEASURED on today's output, with no judgement:

  caught      lost points at all
  named       a catalogued mistake was named (right: the entry's own catalogued id; wrong: any other)
  diagnosed   no name, but at least one diagnosis
  nothing     caught, but neither a name nor a diagnosis
  judged      for entries with `expected` relations: diagnoses all within them (right) or not (off)
  detector errors  errors a detector raised and the grading swallowed (autograder/grading/advice.py): each a bug

The CORRECT entries (right code written differently) must earn full marks: any that does not is listed.

    .venv/bin/python bench/diagnosis_corpus.py [--set corpus|holdout|holdout2|...]
                                               [--only SUBSTRING]
                                               [--json results.json]
                                               [--no-correct]

--set chooses the entries graded: corpus (default: CORPUS and CORRECT), holdout (tests/diagnosis_corpus/holdout.py:
HOLDOUT and HOLDOUT_CORRECT), holdout2 (tests/diagnosis_corpus/holdout2.py: HOLDOUT2 and HOLDOUT2_CORRECT),
holdout3 (tests/diagnosis_corpus/holdout3.py: HOLDOUT3 and HOLDOUT3_CORRECT), holdout4
(tests/diagnosis_corpus/holdout4.py: HOLDOUT4 and HOLDOUT4_CORRECT), holdout5 (tests/diagnosis_corpus/holdout5.py:
HOLDOUT5 and HOLDOUT5_CORRECT), holdout6, ... (each tests/diagnosis_corpus/holdoutN.py there is: HOLDOUTN and
HOLDOUTN_CORRECT), each with its own JUDGED_ON.
"""
from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import traceback
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autograder.course.assignment import load_assignment
from autograder.grading.advice import ADVICE_LOG
from autograder.grading.run import grade_submission
from tests.diagnosis_corpus.corpus import Entry


def entry_set(name: str) -> tuple[list[Entry], list[Entry], str, str]:
    """(mistakes, correct variants, JUDGED_ON, where the judgements are) of the set called name: "corpus", or
    "holdout", "holdout2", ... (tests/diagnosis_corpus/holdoutN.py: HOLDOUTN, HOLDOUTN_CORRECT, JUDGED_ONN, the
    last empty where the set is not judged yet)."""
    if name == "corpus":
        from tests.diagnosis_corpus.corpus import CORPUS, CORRECT, JUDGED_ON
        return CORPUS, CORRECT, JUDGED_ON, "tests/diagnosis_corpus/corpus.py JUDGEMENT"
    number = name.removeprefix("holdout")
    module = importlib.import_module(f"tests.diagnosis_corpus.{name}")
    return (getattr(module, f"HOLDOUT{number}"), getattr(module, f"HOLDOUT{number}_CORRECT"),
            getattr(module, f"JUDGED_ON{number}", ""), f"tests/diagnosis_corpus/{name}.py JUDGEMENT{number}")


def set_names() -> tuple[str, ...]:
    """The sets there are: the corpus and each tests/diagnosis_corpus/holdout*.py."""
    folder = Path(__file__).resolve().parents[1] / "tests" / "diagnosis_corpus"
    held = sorted((p.stem for p in folder.glob("holdout*.py")), key=lambda s: int(s.removeprefix("holdout") or 1))
    return ("corpus", *held)


def with_function(spec, source: str) -> str:
    """The solution with one function redefined at its end (as tests/test_diagnosis.with_function)."""
    return spec.solution_file.read_text() + "\n\n" + source.strip() + "\n"


class DetectorErrors(logging.Handler):
    """The detector errors a grading swallowed (autograder.grading.advice logs them): where each was raised."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.raised: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            where = traceback.extract_tb(record.exc_info[2])[-1]
            self.raised.append(f"{type(error).__name__}: {str(error)[:120]} ({Path(where.filename).name}:"
                               f"{where.lineno} in {where.name})")


def grade(entry: Entry, workdir: Path) -> dict:
    spec = load_assignment(entry.assignment)
    folder = workdir / entry.id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / spec.module
    path.write_text(with_function(spec, entry.source))
    started = time.monotonic()
    errors = DetectorErrors()
    ADVICE_LOG.addHandler(errors)
    ADVICE_LOG.setLevel(logging.INFO)
    try:
        result = grade_submission(spec, path)
    finally:
        ADVICE_LOG.removeHandler(errors)
    failing = [t for t in result.tests if t.points_earned < t.points_possible]
    tests = []
    for t in failing:
        tests.append({
            "test": t.id, "status": t.status, "lost": t.points_possible - t.points_earned,
            "names": [m.id for m in t.mistakes],
            "diagnoses": [{"relation": d.relation, "outputs": list(d.outputs), "message": d.message}
                          for d in t.diagnoses],
            "message": (t.message or "")[:300] if hasattr(t, "message") else "",
        })
    names = sorted({n for t in tests for n in t["names"]})
    relations = sorted({d["relation"] for t in tests for d in t["diagnoses"]})
    return {"id": entry.id, "assignment": entry.assignment, "function": entry.function, "cause": entry.cause,
            "catalogued": entry.catalogued, "expected": sorted(entry.expected), "verdict": entry.verdict,
            "ideal": entry.ideal,
            "score": result.score, "max_score": result.max_score, "caught": bool(failing),
            "names": names, "relations": relations, "tests": tests, "seconds": round(time.monotonic() - started, 1),
            "detector_errors": errors.raised}


def outcome(r: dict) -> str:
    if not r["caught"]:
        return "not caught"
    if r["names"]:
        return "named (right)" if r["names"] == [r["catalogued"]] else "named (WRONG)"
    return "diagnosed" if r["relations"] else "nothing said"


def show(r: dict) -> None:
    print(f"\n== {r['id']}  [{r['assignment']}.{r['function']}]  {outcome(r)}  "
          f"score {r['score']:g}/{r['max_score']:g}  ({r['seconds']} s)")
    print(f"   cause: {r['cause']}" + (f"   (catalogued: {r['catalogued']})" if r["catalogued"] else ""))
    if r["verdict"]:
        print(f"   judged: {r['verdict']}" + (f"; ideal: {r['ideal']}" if r["ideal"] else ""))
    for t in r["tests"]:
        print(f"   - {t['test']} [{t['status']}, -{t['lost']:g}]" + (f" names {t['names']}" if t["names"] else ""))
        if not t["names"] and not t["diagnoses"] and t["message"]:
            print(f"       (message) {t['message'][:160]!r}")
        for d in t["diagnoses"]:
            print(f"       {d['relation']} ({', '.join(d['outputs'])}): {d['message'][:160]}")
    for raised in r.get("detector_errors", []):
        print(f"   DETECTOR ERROR (swallowed, a diagnosis left out): {raised}")


# what each verdict requires of today's output; an entry whose output does not fit has a stale verdict
FITS = {"named": {"named (right)"}, "wrong_name": {"named (WRONG)"}, "right": {"diagnosed"}, "vague": {"diagnosed"},
        "misleading": {"diagnosed", "named (WRONG)"}, "check_message": {"nothing said"}, "nothing": {"nothing said"},
        "not_caught": {"not caught"}}


def judged_summary(results: list[dict], judged_on: str, where: str) -> None:
    """The headline: figures computed from the verdicts printed above (judgements by reading, not measurements)."""
    verdicts: dict[str, list[str]] = {}
    for r in results:
        verdicts.setdefault(r["verdict"] or "(none)", []).append(r["id"])
    print(f"JUDGED by reading the feedback on {judged_on} ({where}): these are "
          "a person's judgements of what the feedback said that day, not measurements; re-judge when the "
          "detectors change")
    print("  verdicts: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(verdicts.items())))
    for label, rows in (("all", results), ("not in the catalogue", [r for r in results if not r["catalogued"]])):
        judged_caught = [r for r in rows if r["verdict"] and r["verdict"] != "not_caught"]
        good = [r for r in judged_caught if r["verdict"] in ("named", "right")]
        with_message = [r for r in judged_caught if r["verdict"] == "check_message"]
        print(f"  {label} ({len(rows)}): of {len(judged_caught)} caught mistakes, named right or diagnosis right "
              f"{len(good)} = {100 * len(good) / max(1, len(judged_caught)):.0f}% (with the check's own message "
              f"{100 * (len(good) + len(with_message)) / max(1, len(judged_caught)):.0f}%)")
    for verdict in ("misleading", "wrong_name", "vague", "nothing", "check_message", "not_caught", "(none)"):
        if verdicts.get(verdict):
            print(f"  {verdict} {len(verdicts[verdict])}: {verdicts[verdict]}")
    stale = [(r["id"], r["verdict"], outcome(r)) for r in results
             if r["verdict"] and outcome(r) not in FITS.get(r["verdict"], set())]
    print(f"  verdicts that no longer fit today's output (stale: re-judge them) {len(stale)}: {stale}")


def summary(results: list[dict], correct: list[dict], judged_on: str, where: str) -> None:
    n = len(results)
    caught = [r for r in results if r["caught"]]
    named = [r for r in caught if r["names"]]
    named_right = [r for r in named if r["names"] == [r["catalogued"]]]
    named_wrong = [r for r in named if r["names"] != [r["catalogued"]]]
    diagnosed = [r for r in caught if not r["names"] and r["relations"]]
    nothing = [r for r in caught if not r["names"] and not r["relations"]]
    cat = [r for r in results if r["catalogued"]]
    print("\n" + "=" * 100)
    print(f"entries {n} ({len(cat)} catalogued written differently, {n - len(cat)} not in the catalogue)")
    if any(r["verdict"] for r in results):
        judged_summary(results, judged_on, where)
    print("MEASURED on today's output (no judgement: whether something was said, not whether it is right)")
    print(f"  caught {len(caught)}/{n}; not caught: {[r['id'] for r in results if not r['caught']]}")
    print(f"  named {len(named)} (right {len(named_right)}, WRONG {len(named_wrong)}: "
          f"{[(r['id'], r['names']) for r in named_wrong]})")
    print(f"  catalogued entries named right: {sum(r in named_right for r in cat)}/{len(cat)}; not named: "
          f"{[r['id'] for r in cat if r not in named_right]}")
    print(f"  diagnosed (no name) {len(diagnosed)}; nothing said {len(nothing)}: {[r['id'] for r in nothing]}")
    judged = [r for r in caught if r["expected"] and not r["names"]]
    right = [r for r in judged if r["relations"] and set(r["relations"]) <= set(r["expected"])]
    partly = [r for r in judged if set(r["relations"]) & set(r["expected"]) and r not in right]
    print(f"  with expected relations, no name {len(judged)}: all said within expected {len(right)}, "
          f"expected said beside others {len(partly)}, expected not said {len(judged) - len(right) - len(partly)}")
    failed = [(r["id"], r["detector_errors"]) for r in [*results, *correct] if r.get("detector_errors")]
    print(f"  detector errors swallowed (a diagnosis left out; each a bug): {len(failed)} entries: {failed}")
    if correct:
        bad = [(r["id"], f"{r['score']:g}/{r['max_score']:g}", [t["test"] for t in r["tests"]]) for r in correct
               if r["caught"]]
        print(f"correct variants: {len(correct) - len(bad)}/{len(correct)} full marks; false fails: {bad}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="entry_set",
                        choices=set_names(),
                        default="corpus", help="which entries to grade (default: the corpus)")
    parser.add_argument("--only", help="grade only entries whose id contains this")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--no-correct", action="store_true", help="skip the correct variants")
    args = parser.parse_args()
    mistakes, right, judged_on, where = entry_set(args.entry_set)
    entries = [e for e in mistakes if not args.only or args.only in e.id]
    correct = [] if args.no_correct else [e for e in right if not args.only or args.only in e.id]
    with tempfile.TemporaryDirectory(prefix="diagnosis-corpus-") as tmp:
        results = []
        for e in entries:
            results.append(grade(e, Path(tmp)))
            show(results[-1])
        checked = []
        for e in correct:
            checked.append(grade(e, Path(tmp)))
            show(checked[-1])
    summary(results, checked, judged_on, where)
    if args.json:
        args.json.write_text(json.dumps({"corpus": results, "correct": checked}, indent=1))


if __name__ == "__main__":
    main()
