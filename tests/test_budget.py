"""The diagnosis' budgets count CPU time, the grader's and the student's process's, not the wall clock."""
import time

from autograder.grading import budget
from autograder.grading.budget import Budget


def spin(seconds: float) -> None:
    started = time.thread_time()
    while time.thread_time() - started < seconds:
        pass


def test_waiting_does_not_spend_a_budget():
    """Time spent waiting (for a core another process holds, for a reply) is not the search's: a busy machine
    tries as many re-runs as an idle one, so the feedback does not depend on the load."""
    b = Budget(0.3)
    time.sleep(0.4)
    assert not b.passed() and b.left_s() > 0.2


def test_computing_spends_it():
    b = Budget(0.1)
    spin(0.15)
    assert b.passed() and b.left_s() < 0


def test_the_child_s_reported_cpu_time_is_spent_too():
    reported = [5.0]
    b = Budget(1.0, lambda: reported[0])
    assert not b.passed()
    reported[0] = 5.6
    assert 0.3 < b.left_s() < 0.45
    reported[0] = 6.1
    assert b.passed()


def test_wall_time_ends_a_budget_at_last(monkeypatch):
    """A child that reports less CPU time than it used, or a machine loaded many times over: the budget ends
    after WALL_FACTOR times its seconds of waiting."""
    monkeypatch.setattr(budget, "WALL_FACTOR", 2.0)
    b = Budget(0.1)
    assert 0 < b.wall_left_s() <= 0.2
    time.sleep(0.25)
    assert b.passed() and b.wall_left_s() < 0
