"""An assignment's deadline and what lateness costs."""
from __future__ import annotations

import datetime as dt
import math

from pydantic import BaseModel


class LatePolicy(BaseModel):
    """Declared per assignment in assignment.toml under [deadline]."""

    due: dt.datetime
    penalty_per_day: float = 0.1  # fraction of the maximum score per started day late
    max_late_days: int = 5  # later than this: zero

    def assess(self, submitted_at: dt.datetime | None, raw: float, max_score: float) -> tuple[int, float]:
        """(late_days, points deducted) for a submission; no timestamp counts as on time."""
        if submitted_at is None or submitted_at <= self.due:
            return 0, 0.0
        days = math.ceil((submitted_at - self.due).total_seconds() / 86400)
        if days > self.max_late_days:
            return days, raw
        return days, min(raw, round(self.penalty_per_day * days * max_score, 6))
