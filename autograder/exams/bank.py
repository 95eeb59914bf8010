"""An exam's question bank (YAML, validated with pydantic) and the instructor's secret."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field


class Question(BaseModel):
    id: str
    kind: str
    points: float = 2.0
    rtol: float = 1e-3  # numeric answers: relative tolerance for full credit
    slip_rtol: float | None = 0.05  # within this: an arithmetic slip, `slip_credit` of the points
    slip_credit: float = 0.5
    options: dict[str, Any] = Field(default_factory=dict)  # kind-specific settings


class Exam(BaseModel):
    id: str
    title: str
    instructions: str = ""
    questions: list[Question]


def load_exam(path: Path) -> Exam:
    return Exam.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def read_secret(path: Path) -> str:
    secret = Path(path).read_text(encoding="utf-8").strip()
    if len(secret) < 16:
        raise ValueError(f"{path}: the exam secret should be at least 16 characters")
    return secret
