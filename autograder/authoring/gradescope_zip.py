"""The zip Gradescope's autograder upload takes (`autograder gradescope-zip ID --out autograder.zip`).

Gradescope unpacks it into /autograder/source, runs setup.sh once to build its image, then
run_autograder for every submission. The zip holds:

    setup.sh, run_autograder     at the top level, as Gradescope requires (gradescope_files/)
    bundle.env, bundle.json      which assignment, which wheel, whether torch is needed
    wheels/nn_autograder-<v>-py3-none-any.whl   the framework of the version that made the zip
    course/                      a course of this one assignment: course.toml, solutions/<id>/
                                 (solution, graders with their hidden tests, mistakes), the modules of
                                 the course it imports (its reference), and the course secret

Never another assignment's solutions or reference modules: only the modules this assignment's files
import, followed from its reference module. The wheel holds the framework alone (no bundled
`reference` package): the sandbox may read everything installed in the virtualenv, and the
course/ folder is never mounted into it.
"""
from __future__ import annotations

import ast
import base64
import csv
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from pydantic import BaseModel

from autograder.course.assignment import REPO_ROOT, AssignmentSpec
from autograder.course.location import COURSE_FILE
from autograder.course.secret import SECRET_FILE, course_secret
from autograder.version import __version__

SCRIPTS = Path(__file__).with_name("gradescope_files")
DISTRIBUTION = "nn-autograder"
# What the framework's own requirements already bring (import name): never listed again.
CORE_IMPORTS = {"autograder", "numpy", "pytest", "_pytest", "pydantic", "rich", "yaml", "nbformat", "IPython"}
TORCH_IMPORTS = {"torch", "torchvision", "sklearn"}  # the [torch] extra: torch and scikit-learn
PIP_NAMES = {"PIL": "pillow", "cv2": "opencv-python-headless", "skimage": "scikit-image"}
SKIPPED_PARTS = {"__pycache__", ".build", "samples", ".ipynb_checkpoints"}


class GradescopeZipError(Exception):
    """The zip cannot be made (no framework source to build the wheel from, an unreadable file)."""


class GradescopeBundle(BaseModel):
    """bundle.json in the zip: what setup.sh installs and run_autograder grades."""

    assignment: str
    module: str  # the file the assignment grades; any single .py/.ipynb/.zip upload is taken for it
    framework_version: str
    wheel: str
    torch: bool  # install torch's CPU build and the [torch] extra
    torch_requirement: str
    requirements: list[str] = []  # further packages the assignment's files import
    files: list[str] = []  # every file in the zip, for the instructor's review


def build_gradescope_zip(spec: AssignmentSpec, out: Path, requirements: list[str] | None = None,
                         torch: bool | None = None) -> GradescopeBundle:
    """Write the Gradescope autograder zip of `spec` to `out` (written beside it, then moved in).
    torch: None decides from the assignment's files (an import of torch or scikit-learn, or torch
    preloaded); requirements: pip requirements the instructor adds."""
    course = course_files(spec)
    needs_torch, found = third_party_needs(spec, course)
    bundle = GradescopeBundle(assignment=spec.id, module=spec.module, framework_version=__version__, wheel="",
                              torch=needs_torch if torch is None else torch, torch_requirement=_torch_requirement(),
                              requirements=sorted(set(found) | set(requirements or [])))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="gradescope-zip-") as tmp:
        wheel = framework_wheel(Path(tmp))
        bundle.wheel = wheel.name
        entries: dict[str, bytes] = {
            "setup.sh": (SCRIPTS / "setup.sh").read_bytes(),
            "run_autograder": (SCRIPTS / "run_autograder").read_bytes(),
            f"wheels/{wheel.name}": wheel.read_bytes(),
        }
        entries.update({f"course/{name}": path.read_bytes() for name, path in sorted(course.items())})
        entries[f"course/{COURSE_FILE}"] = _course_toml(spec)
        # the secret hidden tests draw each student's inputs from: the same inputs on Gradescope as here
        entries[f"course/solutions/{SECRET_FILE}"] = course_secret(spec.root.parent) + b"\n"
        entries["bundle.env"] = _bundle_env(bundle).encode()
        bundle.files = sorted([*entries, "bundle.json"])
        entries["bundle.json"] = bundle.model_dump_json(indent=1).encode()
        staging = out.with_name(f".{out.name}.partial")
        _write_zip(staging, entries)
        os.replace(staging, out)
    return bundle


def _write_zip(path: Path, entries: dict[str, bytes]) -> None:
    executable = {"setup.sh", "run_autograder"}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))  # the same zip for the same files
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = 0o755 if name in executable else (0o600 if name.endswith(SECRET_FILE) else 0o644)
            info.external_attr = (0o100000 | mode) << 16
            z.writestr(info, data)


def _bundle_env(bundle: GradescopeBundle) -> str:
    """The shell variables setup.sh and run_autograder source, each value quoted for the shell."""
    values = {"ASSIGNMENT": bundle.assignment, "WHEEL": bundle.wheel, "TORCH": "1" if bundle.torch else "0",
              "TORCH_REQUIREMENT": bundle.torch_requirement, "REQUIREMENTS": " ".join(bundle.requirements)}
    return "".join(f"{k}={shlex.quote(v)}\n" for k, v in values.items())


def _course_toml(spec: AssignmentSpec) -> bytes:
    """The course's time zone only: Gradescope applies its own late policy and extensions, so the
    score sent is the graders' (an extensions file of the course is not shipped)."""
    zone = spec.course.timezone
    return (f'timezone = "{zone}"\n' if zone else "# made by autograder gradescope-zip\n").encode()


def _torch_requirement() -> str:
    """torch as installed here (the build graded with locally), else the framework's range."""
    try:
        version = importlib.metadata.version("torch").split("+")[0]
        return f"torch=={version}"
    except importlib.metadata.PackageNotFoundError:
        return "torch>=2.13.0,<2.15"


# ------------------------------------------------------------------ the course's files
def course_files(spec: AssignmentSpec) -> dict[str, Path]:
    """Name in course/ -> file: the assignment's folder (solutions/<id>/, without samples or caches)
    and every course module its files import, followed from the reference module."""
    files: dict[str, Path] = {}
    for path in sorted(spec.root.rglob("*")):
        rel = path.relative_to(spec.root)
        if path.is_file() and not (set(rel.parts) & SKIPPED_PARTS) and not rel.name.startswith("."):
            files[f"solutions/{spec.id}/{rel.as_posix()}"] = path
    python = [p for p in files.values() if p.suffix == ".py"]
    roots = _module_roots(spec)
    pending = [spec.reference, *(_imported(p) for p in python)]
    seen: set[str] = set()
    while pending:
        item = pending.pop()
        for name in ([item] if isinstance(item, str) else item):
            if name in seen:
                continue
            seen.add(name)
            for rel, path in _module_and_packages(name, roots):
                if rel not in files:
                    files[rel] = path
                    pending.append(_imported(path, name if path.name == "__init__.py" else name.rpartition(".")[0]))
    return files


def _module_roots(spec: AssignmentSpec) -> list[Path]:
    """Where a course module is looked for: the course folder, then where the reference's top-level
    package is found (this repository's bundled `reference`)."""
    roots = [spec.root.parent.parent]
    top = spec.reference.split(".")[0]
    found = importlib.util.find_spec(top)  # a top-level name: finds it without running it
    if found is not None and found.origin:
        origin = Path(found.origin)
        roots.append(origin.parent.parent if origin.name == "__init__.py" else origin.parent)
    elif found is not None and found.submodule_search_locations:
        roots.append(Path(list(found.submodule_search_locations)[0]).parent)
    return list(dict.fromkeys(r.resolve() for r in roots))


def _module_and_packages(name: str, roots: list[Path]) -> list[tuple[str, Path]]:
    """The module's file and its packages' __init__.py, named relative to their root; [] when the
    name is no course module (numpy, the standard library)."""
    parts = name.split(".")
    for root in roots:
        base = root.joinpath(*parts)
        module = next((c for c in (base.with_suffix(".py"), base / "__init__.py") if c.is_file()), None)
        if module is None or parts[0] in ("autograder", "solutions"):  # the framework travels as the wheel
            continue
        found = [(module.relative_to(root).as_posix(), module)]
        for depth in range(1, len(parts)):
            init = root.joinpath(*parts[:depth], "__init__.py")
            if init.is_file():
                found.append((init.relative_to(root).as_posix(), init))
        return found
    return []


def _imported(path: Path, package: str = "") -> list[str]:
    """The module names a Python file imports (relative imports resolved against `package`)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError):
        return []
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: max(0, len(package.split(".")) - node.level + 1)] if package else []
                base = ".".join([*up, base] if base else up)
            if base:
                names.append(base)
                names += [f"{base}.{a.name}" for a in node.names if a.name != "*"]
    return names


def third_party_needs(spec: AssignmentSpec, files: dict[str, Path]) -> tuple[bool, list[str]]:
    """Whether the assignment needs torch (imported by its files, or preloaded for submissions), and
    the pip names of other packages its files import that the framework does not bring. `files`:
    course_files(spec)."""
    local = {name.split("/")[0].removesuffix(".py") for name in files} | {spec.module_name}
    tops = {name.split(".")[0] for p in files.values() if p.suffix == ".py" for name in _imported(p)}
    tops |= {m.split(".")[0] for m in spec.limits.preload_modules}
    tops -= set(sys.stdlib_module_names) | CORE_IMPORTS | local | {"__future__"}
    torch = bool(tops & TORCH_IMPORTS) or spec.limits.use_gpu
    others = sorted(PIP_NAMES.get(t, t) for t in tops - TORCH_IMPORTS if not t.startswith("_"))
    return torch, others


# ------------------------------------------------------------------ the framework's wheel
def framework_wheel(dest: Path) -> Path:
    """A wheel of the running framework in dest: built from its source tree when it runs from one
    (this repository, an editable install), else packed from the installed distribution's files."""
    if (REPO_ROOT / "pyproject.toml").is_file() and (REPO_ROOT / "autograder").is_dir():
        return _build_wheel(REPO_ROOT, dest)
    return _pack_installed(dest)


def _build_wheel(source: Path, dest: Path) -> Path:
    """pip wheel on a copy of the framework alone (pyproject, README, autograder/): no stale build/
    folder, and no bundled `reference` package (the course's own modules travel in course/)."""
    copy = dest / "src"
    copy.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(source / name, copy / name)
    shutil.copytree(source / "autograder", copy / "autograder",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".build"))
    # setuptools here: build with it, offline; else pip fetches it into an isolated build environment
    isolation = ["--no-build-isolation"] if importlib.util.find_spec("setuptools") else []
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--disable-pip-version-check",
               *isolation, "-w", str(dest / "dist"), str(copy)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600)
    wheels = sorted((dest / "dist").glob("nn_autograder-*.whl"))
    if run.returncode != 0 or not wheels:
        raise GradescopeZipError(f"the framework's wheel could not be built: {(run.stderr or run.stdout)[-1500:]}")
    return wheels[0]


def _pack_installed(dest: Path) -> Path:
    """The installed framework as a wheel, without its bundled `reference` package."""
    try:
        return wheel_of_installed(DISTRIBUTION, dest, leave_out={"reference"})
    except importlib.metadata.PackageNotFoundError:
        raise GradescopeZipError(f"{DISTRIBUTION} is neither installed nor run from its source tree") from None


def wheel_of_installed(name: str, dest: Path, leave_out: set[str] = frozenset(),
                       compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """An installed distribution's own files (its RECORD) packed again as a wheel in dest, tagged as
    it was installed; top-level folders in leave_out are left out, and so are scripts and data outside
    site-packages (pip makes the scripts again from entry_points.txt). PackageNotFoundError when it is
    not installed; GradescopeZipError when it lists no files (installed by a tool that keeps no RECORD)."""
    dist = importlib.metadata.distribution(name)
    info = next((f.parts[0] for f in dist.files or [] if f.parts[0].endswith(".dist-info")), None)
    skip_info = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}
    files = [f for f in dist.files or [] if not str(f).startswith("..") and "__pycache__" not in f.parts
             and f.parts[0] not in leave_out and not (f.parts[0] == info and f.name in skip_info)]
    if info is None or not files:
        raise GradescopeZipError(f"the installed {name} lists no files to pack into a wheel")
    tags = [line.split(":", 1)[1].strip().split("-") for line in (dist.read_text("WHEEL") or "").splitlines()
            if line.startswith("Tag:")] or [["py3", "none", "any"]]
    # a compressed tag set (py2.py3-none-any): every python, abi and platform the wheel declared
    tag = "-".join(".".join(dict.fromkeys(t[i] for t in tags)) for i in range(3))
    wheel = dest / f"{info.removesuffix('.dist-info')}-{tag}.whl"
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    with zipfile.ZipFile(wheel, "w", compression) as z:
        for f in files:
            data = Path(dist.locate_file(f)).read_bytes()
            z.writestr(str(f.as_posix()), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            writer.writerow([f.as_posix(), f"sha256={digest}", len(data)])
        writer.writerow([f"{info}/RECORD", "", ""])
        z.writestr(f"{info}/RECORD", record.getvalue())
    return wheel


def describe(bundle: GradescopeBundle, out: Path) -> str:
    """The lines `gradescope-zip` prints: what is in the zip and what to do with it."""
    extras = (["torch (CPU build: " + bundle.torch_requirement + ")"] if bundle.torch else []) + bundle.requirements
    course = [f for f in bundle.files if f.startswith("course/")]
    return "\n".join([
        f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB) for {bundle.assignment}: nn-autograder "
        f"{bundle.framework_version} ({bundle.wheel}), {len(course)} course files",
        f"  installs besides the framework: {', '.join(extras) or 'nothing (no torch)'}",
        f"  students upload {bundle.module} (any single .py, .ipynb or .zip is taken for it, whatever its name)",
        "  Gradescope: Configure Autograder -> Zip file upload, base image Ubuntu (22.04 or newer is fastest)",
        "  try it here first: unzip into ROOT/source, then GRADESCOPE_ROOT=ROOT bash ROOT/source/setup.sh and, with a "
        "file in ROOT/submission, GRADESCOPE_ROOT=ROOT bash ROOT/source/run_autograder",
    ])


def bundle_of(zip_path: Path) -> GradescopeBundle:
    """bundle.json of a zip gradescope-zip made."""
    with zipfile.ZipFile(zip_path) as z:
        return GradescopeBundle.model_validate(json.loads(z.read("bundle.json")))
