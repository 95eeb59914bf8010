"""Offline installs for tests: a wheelhouse packed from this environment's installed distributions, and
fresh virtualenvs that pip fills from it with --no-index (no network, the versions tested here)."""
from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import Requirement

from autograder.authoring.gradescope_zip import wheel_of_installed

REPO = Path(__file__).resolve().parent.parent


def core_requirements() -> list[str]:
    """The framework's own requirements (no extras), as pyproject.toml declares them."""
    return tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]


def closure(requirements: list[str]) -> list[str]:
    """The installed distributions these requirements name, with everything they require in turn."""
    pending, found = list(requirements), {}
    while pending:
        req = Requirement(pending.pop())
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        dist = importlib.metadata.distribution(req.name)
        if dist.metadata["Name"].lower() not in found:
            found[dist.metadata["Name"].lower()] = None
            pending += dist.requires or []
    return list(found)


def wheelhouse(dest: Path, requirements: list[str]) -> Path:
    """dest filled with wheels of the requirements' closure, as installed here."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in closure(requirements):
        wheel_of_installed(name, dest, compression=zipfile.ZIP_STORED)
    return dest


def offline_pip_options(house: Path) -> list[str]:
    return ["--no-index", "--find-links", str(house), "--disable-pip-version-check", "--quiet"]


def offline_env() -> dict[str, str]:
    """pip's settings of this machine (constraints, find-links) left out: only the wheelhouse counts."""
    import os

    return {**os.environ, "PIP_CONSTRAINT": "", "PIP_FIND_LINKS": "", "PIP_EXTRA_INDEX_URL": ""}


def fresh_venv(dest: Path, house: Path, *install: str) -> Path:
    """A new virtualenv at dest with `install` (pip arguments) from the wheelhouse; its python."""
    subprocess.run([sys.executable, "-m", "venv", str(dest)], check=True, timeout=300)
    python = dest / "bin" / "python"
    run = subprocess.run([str(python), "-m", "pip", "install", *offline_pip_options(house), *install],
                         capture_output=True, text=True, timeout=900, env=offline_env())
    assert run.returncode == 0, run.stdout + run.stderr
    return python


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
