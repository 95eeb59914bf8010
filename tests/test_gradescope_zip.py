"""`autograder gradescope-zip`: the zip Gradescope's autograder upload takes, tried as Gradescope runs it.

The zip is unpacked into a simulated root (GRADESCOPE_ROOT), its setup.sh builds a fresh virtualenv
and installs the framework's wheel from the zip, offline: pip gets `--no-index --find-links` on a
wheelhouse packed from this environment's installed distributions (the framework's core
requirements and theirs, no torch: a1 does not need it), so the test needs no network and checks
that the wheel's declared requirements are enough to grade (tests/light_install.py). Then run_autograder grades uploads
and results.json is read with the pydantic model of Gradescope's format.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from autograder.authoring.gradescope_zip import GradescopeBundle
from autograder.course.assignment import load_assignment
from autograder.feedback.gradescope import GradescopeResults, find_submission
from tests.conftest import A1_TESTS, A1_TOTAL, HAS_BWRAP
from tests.light_install import offline_env, offline_pip_options, wheelhouse

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "a1_sample_class"
pytestmark = pytest.mark.slow


def autograder(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "autograder.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


@pytest.fixture(scope="module")
def a1_zip(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("zip") / "X.zip"
    made = autograder("gradescope-zip", "a1_backprop", "--out", out)
    assert made.returncode == 0, made.stderr + made.stdout
    assert "no torch" in made.stdout
    return out


@pytest.fixture(scope="module")
def gradescope_root(a1_zip, tmp_path_factory) -> Path:
    """The zip unpacked into ROOT/source and set up by its own setup.sh, offline."""
    root = tmp_path_factory.mktemp("gradescope")
    with zipfile.ZipFile(a1_zip) as z:
        z.extractall(root / "source")
        for info in z.infolist():  # zipfile drops the modes unzip keeps
            os.chmod(root / "source" / info.filename, info.external_attr >> 16 & 0o777)
        wheel = zipfile.ZipFile(io.BytesIO(z.read(next(n for n in z.namelist() if n.endswith(".whl")))))
    metadata = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line.split(":", 1)[1].strip() for line in wheel.read(metadata).decode().splitlines()
                if line.startswith("Requires-Dist:")]  # the wheel's own word on what it needs
    house = wheelhouse(root / "wheelhouse", requires)
    env = {**offline_env(), "GRADESCOPE_ROOT": str(root), "AUTOGRADER_NO_APT": "1", "AUTOGRADER_PYTHON": sys.executable,
           "AUTOGRADER_PIP_OPTIONS": " ".join(offline_pip_options(house))}
    setup = subprocess.run(["bash", str(root / "source" / "setup.sh")], env=env, capture_output=True, text=True,
                           timeout=600)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert f"ready to grade a1_backprop" in setup.stdout
    return root


def grade_upload(root: Path, files: dict[str, bytes | Path]) -> GradescopeResults:
    """What Gradescope does for one submission: the files in ROOT/submission, run_autograder, results.json."""
    for folder in ("submission", "results"):
        shutil.rmtree(root / folder, ignore_errors=True)
    (root / "submission").mkdir()
    for name, content in files.items():
        (root / "submission" / name).write_bytes(content.read_bytes() if isinstance(content, Path) else content)
    (root / "submission_metadata.json").write_text(json.dumps({"users": [{"sid": "s123", "email": "a@x.edu"}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUTOGRADER_")}
    run = subprocess.run(["bash", str(root / "source" / "run_autograder")], env={**env, "GRADESCOPE_ROOT": str(root)},
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    return GradescopeResults.model_validate_json((root / "results" / "results.json").read_text())


# ------------------------------------------------------------------ the zip
def test_the_zip_holds_the_scripts_the_wheel_and_this_assignment_only(a1_zip):
    with zipfile.ZipFile(a1_zip) as z:
        names = z.namelist()
        modes = {i.filename: i.external_attr >> 16 for i in z.infolist()}
        bundle = GradescopeBundle.model_validate_json(z.read("bundle.json"))
        wheel = zipfile.ZipFile(io.BytesIO(z.read(f"wheels/{bundle.wheel}")))
        tests = z.read("course/solutions/a1_backprop/tests/test_backprop.py").decode()
    assert {"setup.sh", "run_autograder", "bundle.env"} <= set(names)
    assert modes["setup.sh"] & stat.S_IXUSR and modes["run_autograder"] & stat.S_IXUSR
    assert bundle.assignment == "a1_backprop" and not bundle.torch and bundle.requirements == []
    assert bundle.wheel.startswith(f"nn_autograder-{importlib.metadata.version('nn-autograder')}-")
    assert "### BEGIN HIDDEN TESTS" in tests  # the hidden tests travel: Gradescope grades with them
    course = [n for n in names if n.startswith("course/")]
    assert not [n for n in course if n.startswith("course/solutions/") and "/a1_backprop/" not in n
                and not n.endswith(".autograder-secret")]  # never another assignment's solutions
    assert sorted(n for n in course if n.startswith("course/reference/")) == [
        "course/reference/__init__.py", "course/reference/backprop.py", "course/reference/gradcheck.py"]
    assert not [n for n in course if "samples/" in n or "__pycache__" in n]
    assert not [n for n in wheel.namelist() if n.startswith(("reference/", "solutions/"))]
    assert "autograder/authoring/gradescope_files/setup.sh" in wheel.namelist()


def test_a6_needs_torch_and_a_forced_choice_wins(tmp_path):
    from autograder.authoring.gradescope_zip import course_files, third_party_needs

    a6 = load_assignment("a6_cnn")
    assert third_party_needs(a6, course_files(a6)) == (True, ["pillow"])  # its ImageFolder reader
    made = autograder("gradescope-zip", "a1_backprop", "--out", tmp_path / "a1.zip", "--torch", "--skip-preflight",
                      "--requirement", "scipy>=1.10")
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(tmp_path / "a1.zip") as z:
        bundle = GradescopeBundle.model_validate_json(z.read("bundle.json"))
        env = z.read("bundle.env").decode()
    assert bundle.torch and bundle.requirements == ["scipy>=1.10"]
    assert "TORCH=1" in env and "REQUIREMENTS='scipy>=1.10'" in env


# ------------------------------------------------------------------ setup.sh and run_autograder
def test_setup_installs_the_framework_without_torch(gradescope_root):
    python = gradescope_root / "source" / ".venv" / "bin" / "python"
    found = subprocess.run([str(python), "-c", "import importlib.util as u, autograder; "
                            "print(u.find_spec('torch') is None, u.find_spec('reference') is None, autograder.__file__)"],
                           capture_output=True, text=True, check=True, cwd=gradescope_root).stdout.split()
    assert found[:2] == ["True", "True"] and found[2].startswith(str(gradescope_root / "source" / ".venv"))


def test_the_solution_uploaded_as_backprop_1_earns_full_marks(gradescope_root):
    results = grade_upload(gradescope_root, {"backprop (1).py": SAMPLE / "alice_correct.py"})
    assert results.score == sum(t.max_score for t in results.tests) == A1_TOTAL
    assert all(t.status == "passed" for t in results.tests)
    assert any("(hidden)" in t.name and t.visibility == "after_published" for t in results.tests)


def test_the_stub_earns_zero(gradescope_root):
    results = grade_upload(gradescope_root, {"backprop.py": SAMPLE / "bob_stub.py"})
    assert results.score == 0 and sum(t.max_score for t in results.tests) == A1_TOTAL
    assert "not written yet" in " ".join(t.output for t in results.tests) or results.tests[0].status == "failed"


def test_an_upload_with_nothing_to_grade_is_told_so(gradescope_root):
    results = grade_upload(gradescope_root, {"notes.txt": b"my answers are in my head\n"})
    assert results.score == 0 and results.tests == []
    assert "no backprop.py" in results.output and "notes.txt" in results.output


@pytest.mark.skipif(not HAS_BWRAP, reason="the sandbox's file isolation needs bubblewrap")
def test_a_hostile_upload_is_contained(gradescope_root):
    source = gradescope_root / "source"
    secret_files = [source / "course" / "solutions" / "a1_backprop" / "backprop.py",
                    source / "course" / "solutions" / "a1_backprop" / "tests" / "test_backprop.py",
                    source / "course" / "solutions" / ".autograder-secret",
                    source / "course" / "reference" / "backprop.py"]
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in secret_files}
    results_json = gradescope_root / "results" / "results.json"
    hostile = f'''
import glob, json, os
FORGED = {{"score": 1000, "tests": []}}
for path in ({str(results_json)!r}, "/autograder/results/results.json", "results.json"):
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        open(path, "w").write(json.dumps(FORGED))
    except OSError as e:
        print("no write", path, e)
LOOT = []
for path in {[str(p) for p in secret_files]!r} + glob.glob("/*/*/solutions/*/*.py")[:5]:
    try:
        LOOT.append(open(path).read()[:200])
        open(path, "a").write("# owned")
    except OSError as e:
        LOOT.append(str(e))
print("LOOT", LOOT)

def affine_forward(x, w, b):
    print("LOOT", LOOT)
    raise RuntimeError(str(LOOT))
'''
    results = grade_upload(gradescope_root, {"backprop.py": hostile.encode()})
    text = results.model_dump_json()
    assert "LOOT" in text and ("No such file" in text or "Permission denied" in text)  # it ran, and found nothing
    assert results.score == 0 and len(results.tests) == A1_TESTS  # graded on what it computes, the forged file ignored
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in secret_files} == before
    solution_line = next(line for line in secret_files[0].read_text().splitlines() if "np." in line and "=" in line)
    assert solution_line.strip() not in text
    assert secret_files[2].read_text().strip() not in text


# ------------------------------------------------------------------ which upload is graded
@pytest.mark.parametrize("names, picked", [
    (["backprop (1).py"], "backprop (1).py"),
    (["Backprop-2.py", "notes.txt"], "Backprop-2.py"),
    (["my_answers.py"], "my_answers.py"),
    (["hw1.ipynb", ".ipynb_checkpoints/hw1-checkpoint.ipynb"], "hw1.ipynb"),
    (["helpers.py", "backprop.py"], "backprop.py"),
    (["deep/folder/backprop.py", "other.py"], "deep/folder/backprop.py"),
    (["a.py", "b.py"], None),
    (["__MACOSX/._backprop.py", "readme.md"], None),
])
def test_any_single_upload_is_taken_whatever_its_name(tmp_path, names, picked):
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x = 1\n")
    found, why = find_submission(load_assignment("a1_backprop"), tmp_path)
    assert (found.relative_to(tmp_path).as_posix() if found else None) == picked
    assert bool(why) == (picked is None) and (picked or "backprop.py" in why)
