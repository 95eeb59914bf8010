"""An assignment's declaration (assignment.toml) and where its files live."""
from __future__ import annotations

import datetime as dt
import hashlib
import importlib.machinery
import tomllib
from pathlib import Path

from pydantic import BaseModel, Field

from autograder.course.deadline import CourseSettings, DeadlineError, LatePolicy, load_course_settings
from autograder.course.location import find_course_root, put_course_first
from autograder.sandbox.limits import Limits

REPO_ROOT = Path(__file__).resolve().parents[2]


class DataSource(BaseModel):
    """A data set the instructor provides on the grading machine (never downloaded at grading time).

    Declared in assignment.toml as [data.<name>]; the path may be left empty there and given as
    AUTOGRADER_DATA_<NAME> in the environment. Graders that use it are marked
    `@pytest.mark.needs_data("<name>")` and are not collected while no path is given.
    """

    path: str = ""
    accuracy: tuple[float, float] | None = None  # (none below, full points at), for graders that scale
    max_items: int = 6000  # the most examples a grader sends to the student's process
    description: str = ""

    def resolved(self, name: str, root: Path) -> Path | None:
        """The folder to read, or None when the instructor has not given one (or it is missing)."""
        import os

        raw = os.environ.get(f"AUTOGRADER_DATA_{name.upper()}", self.path)
        if not raw:
            return None
        path = Path(raw).expanduser()
        path = path if path.is_absolute() else root / path
        return path if path.exists() else None


class ManualItem(BaseModel):
    """A part of the assignment the teaching staff grade by hand (a written answer, a plot), declared as
    [[manual]] in assignment.toml and scored in `autograder review`; until scored it is pending."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,64}$", description="the item's id (letters, digits, _ . -)")
    points: float = Field(gt=0, description="the most the staff can give for it")
    description: str = Field(description="what is graded, as the staff and the student read it")


class AssignmentSpec(BaseModel):
    id: str
    title: str
    module: str = Field(description="file name the student submits, e.g. backprop.py")
    reference: str = Field(description="import path of the reference module used as the oracle")
    functions: list[str] = Field(default_factory=list, description="the graded functions, for feedback")
    keep_in_child: dict[str, list[int]] = Field(
        default_factory=dict, description="per function, positions of its returned tuple kept in the child")
    limits: Limits = Field(default_factory=Limits)
    submission_timeout_s: float = 300.0
    deadline: LatePolicy | None = None
    needs_gpu: bool = False
    reveal_hidden_after_deadline: bool = False  # reports show hidden tests' expected values once due
    slip_diagnosis: bool = Field(default=True, description="say which one slip in the student's code gives "
                                 "their wrong outputs (e.g. 'the factor `/ N` missing'): it quotes small "
                                 "fragments of the solution; false: never")
    seed_salt: str = "nn-autograder"
    data: dict[str, DataSource] = Field(default_factory=dict)
    manual: list[ManualItem] = Field(default_factory=list, description="parts graded by hand in `autograder "
                                     "review`, [[manual]] tables below; they add to the maximum score")
    root: Path = Field(default=Path("."), exclude=True)
    course: CourseSettings = Field(default_factory=CourseSettings, exclude=True)  # course.toml

    def hidden_revealed(self, now: dt.datetime | None = None) -> bool:
        """Whether students may now see hidden tests' expected values, inputs and output: only when
        the assignment declares the reveal (`reveal_hidden_after_deadline`) and its deadline has passed."""
        now = now or dt.datetime.now(dt.timezone.utc)
        return bool(self.reveal_hidden_after_deadline and self.deadline and now >= self.deadline.due_at)

    @property
    def module_name(self) -> str:
        return Path(self.module).stem

    def data_paths(self) -> dict[str, Path]:
        """name -> folder of each instructor data set that is present on this machine."""
        found = {name: source.resolved(name, self.root) for name, source in self.data.items()}
        return {name: path for name, path in found.items() if path is not None}

    @property
    def tests_dir(self) -> Path:
        return self.root / "tests"

    @property
    def mistakes_file(self) -> Path:
        return self.root / "mistakes.py"

    @property
    def solution_file(self) -> Path:
        """The solution module; for an assignment authored as a notebook (<module stem>.ipynb with
        nbgrader solution cells) the module is built from its defining cells into .build/."""
        module = self.root / self.module
        notebook = self.source_notebook
        if module.is_file() or notebook is None:
            return module
        built = self.root / ".build" / self.module
        if not built.is_file() or built.stat().st_mtime < notebook.stat().st_mtime:
            from autograder.course.notebook import graded_code

            built.parent.mkdir(exist_ok=True)
            built.write_text(graded_code(notebook.read_bytes(), self.functions, notebook.name), encoding="utf-8")
        return built

    @property
    def source_notebook(self) -> Path | None:
        notebook = self.root / (Path(self.module).stem + ".ipynb")
        return notebook if notebook.is_file() else None


class AssignmentNotFound(Exception):
    pass


def load_assignment(assignment: str | Path, course_dir: Path | None = None, released: bool = False) -> AssignmentSpec:
    """Load by folder path or by id (solutions/<id>, or assignments/<id> when released=True)."""
    path = Path(assignment)
    if not (path / "assignment.toml").is_file():
        base = (course_dir or REPO_ROOT) / ("assignments" if released else "solutions")
        path = base / str(assignment)
    toml_file = path / "assignment.toml"
    if not toml_file.is_file():
        raise AssignmentNotFound(f"no assignment {assignment!r}: {toml_file} does not exist"
                                 + _available(path.parent))
    course = find_course_root(path)
    if course is not None:  # its reference modules before any installed module of the same name
        put_course_first(course)
    data = tomllib.loads(toml_file.read_text(encoding="utf-8"))
    settings = load_course_settings(path.resolve())  # course.toml: the time zone, the extensions file
    if "deadline" in data:
        try:
            data["deadline"] = LatePolicy.declared(data["deadline"], settings, f"{toml_file} [deadline]")
        except DeadlineError:
            if not released:
                raise
            data["deadline"] = None  # a student's copy without course.toml: `check` reveals nothing then
    return AssignmentSpec(**data, root=path.resolve(), course=settings)


def _available(folder: Path) -> str:
    ids = sorted(toml.parent.name for toml in folder.glob("*/assignment.toml")) if folder.is_dir() else []
    return f" (assignments in {folder}: {', '.join(ids)})" if ids else f" ({folder} holds no assignment)"


def grader_fingerprint(spec: AssignmentSpec) -> str:
    """A sha256 (hex) of everything that decides a grade: the graders (every file of the tests folder),
    the reference module, assignment.toml, the mistake catalogue and the framework's version. A
    result graded under another fingerprint is stale: `grade` regrades it."""
    from autograder.version import __version__

    digest = hashlib.sha256(f"autograder {__version__}\n".encode())
    files = [spec.root / "assignment.toml", spec.mistakes_file, _reference_file(spec.reference)]
    if spec.tests_dir.is_dir():
        files += sorted(p for p in spec.tests_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        label = str(path.relative_to(spec.root)) if path and path.is_relative_to(spec.root) else str(path)
        try:
            data = path.read_bytes() if path else b"(missing)"
        except OSError:
            data = b"(unreadable)"
        digest.update(f"{label}\n{len(data)}\n".encode() + data)
    return digest.hexdigest()


def grader_identity(spec: AssignmentSpec) -> str:
    """What a result records as its grader: the framework's version and the graders' fingerprint,
    e.g. "0.9.0+g3fa2b1c4d5e6" (a PEP 440 local version)."""
    from autograder.version import __version__

    return f"{__version__}+g{grader_fingerprint(spec)[:12]}"


def _reference_file(module: str) -> Path | None:
    """The reference module's source file, found on the import path without running any of it (not
    even its packages: a student's check must never import the reference)."""
    parts, search, found = module.split("."), None, None
    for depth in range(1, len(parts) + 1):
        try:
            found = importlib.machinery.PathFinder.find_spec(".".join(parts[:depth]), search)
        except (ImportError, ValueError, AttributeError):
            return None
        if found is None:
            return None
        search = found.submodule_search_locations
    return Path(found.origin) if found and found.origin and found.origin.endswith(".py") else None
