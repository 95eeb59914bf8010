"""An exam's question bank (YAML, validated with pydantic)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from autograder.exams.parse import DecimalSeparator


class ExamError(Exception):
    """The instructor's to fix (a bank, a key, a secret, a sheet file): one line saying what and how."""


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelled setting is an error, not a silent default

    id: str
    kind: str
    points: float = Field(default=2.0, gt=0)
    rtol: float = Field(default=1e-3, ge=0)  # numeric answers: relative error for full credit (stated on the paper)
    slip_credit: float = Field(default=0.5, ge=0, le=1)  # fraction of the points for a declared slip
    slips: list[str] | None = None  # the kind's declared slips that earn slip_credit (None: all it declares)
    options: dict[str, Any] = Field(default_factory=dict)  # kind-specific settings

    @model_validator(mode="before")
    @classmethod
    def _no_closeness_slips(cls, data: Any) -> Any:
        if isinstance(data, dict) and "slip_rtol" in data:
            raise ValueError("slip_rtol is gone: a close answer is not evidence of the right method (unchanged "
                             "inputs or a forgotten bias come close too); credit declared slips with `slips: [...]` "
                             "(see `autograder exam kinds`) or give none with `slips: []`")
        return data


class Exam(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")
    title: str
    instructions: str = ""
    decimal_separator: DecimalSeparator = "."  # the course's locale: "," reads 0,5 as a half
    questions: list[Question] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Exam:
        ids = [q.id for q in self.questions]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"question ids appear twice: {', '.join(repeated)}")
        return self

    def digest(self) -> str:
        """What the key records of the bank: any change to a question, its points or tolerance shows."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()


def load_exam(path: Path) -> Exam:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise ExamError(f"{path}: the question bank cannot be read ({' '.join(str(e).split())[:200]})") from None
    try:
        return Exam.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExamError(f"{path}: {where + ': ' if where else ''}{first['msg']}"
                        + (f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else "")) from None
