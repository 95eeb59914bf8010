"""Getting the framework to students: the light install and the handout zip (issue 20).

`pip install .` into a fresh virtualenv installs no torch and nothing only instructors use; the
student handout made by `autograder release ID --zip OUT.zip`, unzipped, grades the stub as failing
and the solution as passing with `autograder check backprop.py` and no assignment id. The venv is
filled offline from a wheelhouse packed from this environment (tests/light_install.py), so its size
is what these versions weigh.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from tests.light_install import core_requirements, folder_mb, fresh_venv, offline_env, wheelhouse

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "a1_sample_class"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())
HEAVY = {"torch", "jinja2", "matplotlib", "scikit-learn", "dask", "nbgrader"}  # never in a student's install
LIGHT_VENV_GOAL_MB = 200


# ------------------------------------------------------------------ what pyproject declares
def test_the_core_requires_nothing_heavy_and_the_extras_hold_it():
    core = {Requirement(r).name for r in PYPROJECT["project"]["dependencies"]}
    extras = {k: {Requirement(r).name for r in v} for k, v in PYPROJECT["project"]["optional-dependencies"].items()}
    assert not core & HEAVY
    assert {"torch", "scikit-learn"} <= extras["torch"]
    assert {"jinja2", "matplotlib", "dask", "nbgrader"} <= extras["instructor"]


def test_the_test_extra_installs_everything_run_sh_needs():
    """./run.sh and .ci/run install torch==2.13.0, then -e ".[test]": every extra must be in [test],
    and 2.13.0 must satisfy every torch requirement."""
    optional = PYPROJECT["project"]["optional-dependencies"]
    test = {Requirement(r).name for r in optional["test"]}
    for extra, requirements in optional.items():
        assert {Requirement(r).name for r in requirements} <= test | {"dask"}, extra
    assert "pytest-timeout" in test
    for requirements in optional.values():
        for r in map(Requirement, requirements):
            if r.name == "torch":
                assert "2.13.0" in SpecifierSet(str(r.specifier))
    run_sh = (REPO / "run.sh").read_text()
    assert '"torch==2.13.0"' in run_sh and '-e ".[test]"' in run_sh


# ------------------------------------------------------------------ a student's install and handout
@pytest.fixture(scope="module")
def light_venv(tmp_path_factory) -> Path:
    """`pip install .` (a copy of this source tree) into a fresh virtualenv, offline."""
    tmp = tmp_path_factory.mktemp("light")
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    for name in ("autograder", "reference"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__", ".build"))
    build = [r for r in PYPROJECT["build-system"]["requires"]]  # pip's isolated build finds setuptools here
    house = wheelhouse(tmp / "wheelhouse", core_requirements() + build)
    return fresh_venv(tmp / "venv", house, str(source))


@pytest.mark.slow
def test_pip_install_dot_pulls_no_torch_and_stays_small(light_venv):
    listed = subprocess.run([str(light_venv), "-m", "pip", "list", "--format=freeze"], capture_output=True,
                            text=True, check=True, env=offline_env()).stdout
    installed = {line.split("==")[0].lower() for line in listed.splitlines()}
    assert "nn-autograder" in installed
    assert not installed & HEAVY and not [n for n in installed if n.startswith("nvidia")]
    size = folder_mb(light_venv.parent.parent)
    print(f"light venv: {size:.0f} MB")
    assert size <= LIGHT_VENV_GOAL_MB, f"the light install weighs {size:.0f} MB"


@pytest.mark.slow
def test_the_unzipped_handout_checks_the_file_without_an_assignment_id(light_venv, tmp_path):
    made = subprocess.run([sys.executable, "-m", "autograder.cli", "release", "a1_backprop", "--out",
                           str(tmp_path / "release"), "--zip", str(tmp_path / "handout.zip")],
                          capture_output=True, text=True, timeout=600)
    assert made.returncode == 0, made.stderr
    with zipfile.ZipFile(tmp_path / "handout.zip") as z:
        names = z.namelist()
        z.extractall(tmp_path / "student")
    assert not [n for n in names if "hidden" in n.lower() or n.endswith("mistakes.py") or "/reference/" in n]
    folder = tmp_path / "student" / "a1_backprop"
    readme = (folder / "README.md").read_text()
    wheel = next(n for n in names if n.endswith(".whl"))
    assert f'pip install "{wheel.removeprefix("a1_backprop/")}"' in readme and "autograder check backprop.py" in readme
    with zipfile.ZipFile(folder / wheel.removeprefix("a1_backprop/")) as w:
        assert not [n for n in w.namelist() if n.startswith(("reference/", "solutions/"))]
    autograder = light_venv.parent / "autograder"

    def check() -> subprocess.CompletedProcess:
        return subprocess.run([str(autograder), "check", "backprop.py"], cwd=folder, capture_output=True, text=True,
                              timeout=600, env=offline_env())

    stub = check()  # the handout as unzipped: the stub
    assert stub.returncode == 1 and "NotImplementedError" in stub.stdout + stub.stderr, stub.stdout + stub.stderr
    shutil.copy(SAMPLE / "alice_correct.py", folder / "backprop.py")
    solved = check()
    assert solved.returncode == 0, solved.stdout + solved.stderr
    assert "Score:" in solved.stdout and "Traceback" not in solved.stdout + solved.stderr
    elsewhere = subprocess.run([str(autograder), "check", "backprop.py"], cwd=tmp_path, capture_output=True,
                               text=True, timeout=60, env=offline_env())
    assert elsewhere.returncode == 2 and "which assignment?" in elsewhere.stdout
