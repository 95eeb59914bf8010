"""The clocks of the diagnosis' searches, in CPU time: a machine busy with other work tries as many slips,
settings and traced re-runs as an idle one does, so a submission's feedback does not depend on the load."""
from __future__ import annotations

import time
from collections.abc import Callable

# A budget ends in any case after this many times its seconds of wall time: a machine loaded many times over,
# or a student's process that reports less CPU time than it used (its word is all the grader has).
WALL_FACTOR = 4.0


def cpu_s() -> float:
    """The clock of the in-process searches (settings, slips, the correct code's re-runs): this thread's CPU
    time, in seconds."""
    return time.thread_time()


class Budget:
    """`seconds` of CPU time: this thread's, and the student's process's where child_cpu_s is given (the CPU time
    it reported last, in seconds: its work between the grader's requests is the requests' work); ended as well
    after WALL_FACTOR times as long in wall time."""

    def __init__(self, seconds: float, child_cpu_s: Callable[[], float] | None = None) -> None:
        self.seconds = seconds
        self._child_cpu_s = child_cpu_s or (lambda: 0.0)
        self._started = cpu_s() + self._child_cpu_s()
        self._wall_ends = time.monotonic() + WALL_FACTOR * seconds

    def fresh(self, seconds: float) -> Budget:
        """A budget of its own, from now, on the same clocks."""
        return Budget(seconds, self._child_cpu_s)

    def spent_s(self) -> float:
        return cpu_s() + self._child_cpu_s() - self._started

    def left_s(self) -> float:
        """CPU seconds left (negative once spent)."""
        return self.seconds - self.spent_s()

    def wall_left_s(self) -> float:
        """The wall time a call may still take: what is left, at the wall-time factor's pace, within the cap."""
        return min(WALL_FACTOR * self.left_s(), self._wall_ends - time.monotonic())

    def passed(self) -> bool:
        return self.left_s() <= 0 or time.monotonic() >= self._wall_ends
