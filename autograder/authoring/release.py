"""Generate the student release of an assignment from its instructor source.

Solution blocks (nbgrader's markers) become stubs that raise NotImplementedError;
hidden-test blocks are removed from the graders; mistakes.py never ships.

    ### BEGIN SOLUTION / ### END SOLUTION       in the module
    ### BEGIN HIDDEN TESTS / ### END HIDDEN TESTS  in tests/*.py
"""
from __future__ import annotations

import ast
import re
import shutil
import tempfile
from pathlib import Path

from autograder.course.assignment import AssignmentSpec

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
_DEF = re.compile(r"^\s*def\s+(\w+)\s*\(")


class ReleaseError(Exception):
    pass


def strip_solutions(source: str, filename: str = "<source>") -> str:
    """Replace each solution block by a stub raising NotImplementedError, at the block's indent."""
    out: list[str] = []
    inside, function = False, "this function"
    for number, line in enumerate(source.splitlines(), 1):
        match = _DEF.match(line)
        if match and not inside:
            function = match.group(1)
        stripped = line.strip()
        if stripped == BEGIN_SOLUTION:
            if inside:
                raise ReleaseError(f"{filename}:{number}: nested {BEGIN_SOLUTION}")
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            out += [f"{indent}# YOUR CODE HERE",
                    f'{indent}raise NotImplementedError("{function} is not written yet")']
        elif stripped == END_SOLUTION:
            if not inside:
                raise ReleaseError(f"{filename}:{number}: {END_SOLUTION} without {BEGIN_SOLUTION}")
            inside = False
        elif not inside:
            out.append(line)
    if inside:
        raise ReleaseError(f"{filename}: {BEGIN_SOLUTION} is never closed")
    return "\n".join(out) + "\n"


def strip_hidden_tests(source: str, filename: str = "<tests>") -> str:
    """Drop hidden-test blocks; every test inside must be hidden=True and none outside."""
    out: list[str] = []
    hidden_lines: list[str] = []
    inside = False
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        if stripped == BEGIN_HIDDEN:
            if inside:
                raise ReleaseError(f"{filename}:{number}: nested {BEGIN_HIDDEN}")
            inside = True
        elif stripped == END_HIDDEN:
            if not inside:
                raise ReleaseError(f"{filename}:{number}: {END_HIDDEN} without {BEGIN_HIDDEN}")
            inside = False
        elif inside:
            hidden_lines.append(line)
        else:
            out.append(line)
    if inside:
        raise ReleaseError(f"{filename}: {BEGIN_HIDDEN} is never closed")
    public = "\n".join(out) + "\n"
    for name, hidden in _graded_tests(public):
        if hidden:
            raise ReleaseError(f"{filename}: {name} is marked hidden=True but is outside the hidden block")
    return public


def _graded_tests(source: str) -> list[tuple[str, bool]]:
    tests = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            hidden = False
            for dec in node.decorator_list:
                if isinstance(dec, ast.Call) and getattr(dec.func, "id", "") == "graded":
                    for kw in dec.keywords:
                        if kw.arg == "hidden" and isinstance(kw.value, ast.Constant):
                            hidden = bool(kw.value.value)
            tests.append((node.name, hidden))
    return tests


def check_hidden_blocks(source: str, filename: str) -> None:
    """Tests inside hidden blocks must say hidden=True, so grading reports them as hidden."""
    public = {name for name, _ in _graded_tests(strip_hidden_tests(source, filename))}
    for name, hidden in _graded_tests(source):
        if name not in public and not hidden:
            raise ReleaseError(f"{filename}: {name} is inside the hidden block but not marked hidden=True")


def release_assignment(spec: AssignmentSpec, out_dir: Path) -> Path:
    """Write the student release of spec into out_dir/<id>; returns that folder. It is written beside
    the target first and swapped in whole, so a failure (ReleaseError, OSError) leaves the previous
    release as it was and nothing half-written."""
    target = out_dir / spec.id
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{spec.id}.release-", dir=out_dir))
    try:
        _write_release(spec, staging)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _write_release(spec: AssignmentSpec, target: Path) -> None:
    (target / "tests").mkdir(parents=True)
    src = spec.root
    (target / spec.module).write_text(
        strip_solutions(spec.solution_file.read_text(encoding="utf-8"), spec.module), encoding="utf-8")
    if spec.source_notebook is not None:  # authored as a notebook: release it the way nbgrader does
        import nbformat

        from autograder.authoring.nbgrader_notebooks import release_notebook

        nbformat.write(release_notebook(nbformat.read(spec.source_notebook, as_version=4)),
                       target / spec.source_notebook.name)
    shutil.copyfile(src / "assignment.toml", target / "assignment.toml")
    for test_file in sorted(spec.tests_dir.glob("*.py")):
        text = test_file.read_text(encoding="utf-8")
        check_hidden_blocks(text, test_file.name)
        (target / "tests" / test_file.name).write_text(strip_hidden_tests(text, test_file.name), encoding="utf-8")
    record_public_answers(spec, target / "tests")
    for extra in ("README.md",):
        if (src / extra).is_file():
            shutil.copyfile(src / extra, target / extra)


def record_public_answers(spec: AssignmentSpec, public_tests: Path) -> None:
    """Run the public tests on the solution, recording the reference's answers for replay."""
    from autograder.course.mistakes import load_module_from_file
    from autograder.grading.oracle import RECORDING_FILE, save_recording
    from autograder.grading.run import grade_local_module

    solution = load_module_from_file(spec.solution_file, f"_solution_{spec.id}")
    recording: dict = {}
    result = grade_local_module(spec, solution, tests=public_tests, mode="check", record_into=recording)
    if result.score != result.max_score:
        bad = [f"{t.id}: {t.message}" for t in result.tests if t.status != "passed"]
        raise ReleaseError("the solution does not pass its own public tests:\n" + "\n".join(bad))
    save_recording(public_tests / RECORDING_FILE, recording)


# ------------------------------------------------------------------ the student handout as a zip
HANDOUT_WHEELS = "wheels"


def handout_readme(spec: AssignmentSpec, wheel: str | None, needs_torch: bool, own: str = "") -> str:
    """The handout's README: the student's two commands (install once, then check), then the
    assignment's own README if it has one."""
    extra = "[torch]" if needs_torch else ""
    target = f"{HANDOUT_WHEELS}/{wheel}{extra}" if wheel else f"nn-autograder{extra}=={_framework_version()}"
    torch_note = ("\nThis assignment uses PyTorch. Without a GPU, install its CPU build first (much smaller):\n"
                  "`pip install torch --index-url https://download.pytorch.org/whl/cpu`\n") if needs_torch else ""
    return f"""# {spec.title}

Write your code in `{spec.module}` (in this folder), then check it:

```bash
pip install "{target}"    # once (Python 3.11 or newer; a virtual environment is best)
autograder check {spec.module}
```
{torch_note}
`autograder check` runs the public tests on your file, in this folder, and shows what went wrong and
where. Your grade also includes hidden tests, so passing every public test is a good sign, not a
promise. Hand in `{spec.module}` as your course tells you to.
""" + (f"\n---\n\n{own}" if own.strip() else "")


def _framework_version() -> str:
    from autograder.version import __version__

    return __version__


def write_handout_zip(spec: AssignmentSpec, release_dir: Path, out: Path, with_wheel: bool = True) -> Path:
    """The released folder as the zip students download: <id>/ with the stub, the public tests and their
    recorded answers, assignment.toml (so `autograder check <module>` inside it finds the assignment),
    a README with the two commands, and the framework's wheel (without any reference implementation)
    unless with_wheel is False (then the README installs nn-autograder of this version by name)."""
    import zipfile

    from autograder.authoring.gradescope_zip import course_files, framework_wheel, third_party_needs

    needs_torch = third_party_needs(spec, course_files(spec))[0]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(f".{out.name}.partial")
    with tempfile.TemporaryDirectory(prefix="handout-") as tmp:
        wheel = framework_wheel(Path(tmp)) if with_wheel else None
        own = (release_dir / "README.md").read_text(encoding="utf-8") if (release_dir / "README.md").is_file() else ""
        with zipfile.ZipFile(staging, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(release_dir.rglob("*")):
                rel = path.relative_to(release_dir)
                if path.is_file() and rel.as_posix() != "README.md" and "__pycache__" not in rel.parts:
                    z.write(path, f"{spec.id}/{rel.as_posix()}")
            z.writestr(f"{spec.id}/README.md", handout_readme(spec, wheel.name if wheel else None, needs_torch, own))
            if wheel is not None:
                z.write(wheel, f"{spec.id}/{HANDOUT_WHEELS}/{wheel.name}")
    staging.replace(out)
    return out
