"""a2 and a4 specifics: equivalent conventions keep full marks; statistical checks do not flake."""
import importlib.util
import math
import re

import numpy as np

from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_catalog, mutant_module
from autograder.grading import checks
from autograder.grading.run import grade_submission

A2 = load_assignment("a2_optim")
A4 = load_assignment("a4_init")


def replace_function(source: str, name: str, code: str) -> str:
    return re.sub(rf"^def {name}\(.*?(?=^def |\Z)", lambda _: code.strip() + "\n\n\n", source, count=1, flags=re.S | re.M)


def test_torch_style_momentum_and_adam_keep_full_marks(tmp_path):
    """The spec grades weight trajectories: torch's buffer convention gives the same weights."""
    source = A2.solution_file.read_text()
    source = replace_function(source, "sgd_momentum", '''
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr, mu = config.setdefault("learning_rate", 1e-2), config.setdefault("momentum", 0.9)
    buf = mu * config.get("buf", np.zeros_like(w)) + _gradient(w, dw, config)  # torch.optim.SGD's buffer
    config["buf"] = buf
    return w - lr * buf, config
''')
    source = replace_function(source, "adam", '''
def adam(w, dw, config=None):
    config = dict(config or {})
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    b1, b2, g = config["beta1"], config["beta2"], _gradient(w, dw, config)
    state = config.setdefault("state", {"step": 0, "exp_avg": np.zeros_like(w), "exp_avg_sq": np.zeros_like(w)})
    state = dict(state, step=state["step"] + 1)
    state["exp_avg"] = b1 * state["exp_avg"] + (1 - b1) * g
    state["exp_avg_sq"] = b2 * state["exp_avg_sq"] + (1 - b2) * g * g
    config["state"] = state
    denom = np.sqrt(state["exp_avg_sq"]) / math.sqrt(1 - b2 ** state["step"]) + config["epsilon"]
    return w - config["learning_rate"] / (1 - b1 ** state["step"]) * state["exp_avg"] / denom, config
''')
    (tmp_path / "optim.py").write_text(source)
    result = grade_submission(A2, tmp_path / "optim.py")
    assert result.score == result.max_score, [(t.id, t.message) for t in result.tests if t.status != "passed"]


def test_state_kept_as_an_object_in_the_child_still_works(tmp_path):
    """A config holding a Python object travels as a handle and comes back intact."""
    source = replace_function(A2.solution_file.read_text(), "sgd_momentum", '''
class Velocity:
    def __init__(self, v):
        self.v = v


def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    state = config.get("state") or Velocity(np.zeros_like(w))
    state.v = config["momentum"] * state.v - config["learning_rate"] * _gradient(w, dw, config)
    config["state"] = state
    return w + state.v, config
''')
    (tmp_path / "optim.py").write_text(source)
    result = grade_submission(A2, tmp_path / "optim.py", select="test_sgd_momentum")
    assert result.tests[0].status == "passed", result.tests[0].message


def test_an_update_rule_that_writes_into_w_loses_that_rules_share(tmp_path):
    """`w += v` returns the right weights but changes the caller's w (the module says not to): the weights'
    trajectory cannot show it (each call gets a fresh copy in the child); weights kept in the child do."""
    source = replace_function(A2.solution_file.read_text(), "sgd_momentum", '''
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr, mu = config.setdefault("learning_rate", 1e-2), config.setdefault("momentum", 0.9)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * _gradient(w, dw, config)
    config["velocity"] = v
    w += v
    return w, config
''')
    (tmp_path / "optim.py").write_text(source)
    result = grade_submission(A2, tmp_path / "optim.py")
    lost = {t.id: t for t in result.tests if t.points_earned < t.points_possible}
    assert set(lost) == {"test_rules_leave_w_as_given"}, {k: t.message for k, t in lost.items()}
    test = lost["test_rules_leave_w_as_given"]
    assert test.points_possible - test.points_earned < 0.5  # one rule of seven
    assert "sgd_momentum changed its argument w in place" in test.message


def test_an_update_rule_that_uses_up_dw_keeps_full_marks(tmp_path):
    """The module forbids writing into w, not into dw: adding the decay into the caller's dw is allowed."""
    source = replace_function(A2.solution_file.read_text(), "sgd", '''
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    dw += config.get("weight_decay", 0.0) * w
    return w - config["learning_rate"] * dw, config
''')
    (tmp_path / "optim.py").write_text(source)
    result = grade_submission(A2, tmp_path / "optim.py")
    assert result.score == result.max_score, [(t.id, t.message) for t in result.tests if t.status != "passed"]


def test_trajectory_failure_names_the_first_step(tmp_path):
    source = A2.solution_file.read_text().replace("    t = config.get(\"t\", 0) + 1\n", "    t = 1\n", 1)
    (tmp_path / "optim.py").write_text(source)
    result = grade_submission(A2, tmp_path / "optim.py", select="test_adam")
    assert "leaves the expected trajectory at step 2 of 12" in result.tests[0].message


def _load_grader(spec, name):
    path = spec.tests_dir / f"test_{name}.py"
    module_spec = importlib.util.spec_from_file_location(f"_grader_{name}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


class Local:
    # what the draws are is tested here; whether they leave NumPy's global generator alone, through the sandbox
    # (tests/test_untested_behaviour.py): none of these modules touches it
    changed_numpy_random = frozenset()

    def __init__(self, module):
        self.module = module

    def __getattr__(self, name):
        return getattr(self.module, name)


def _draw_checks_pass(grader, student, oracle, seeds) -> bool:
    grader.SEEDS = seeds
    ctx = checks.TestContext()
    token = checks.activate(ctx)
    try:
        shape = (200, 150)
        grader.draw_and_check(student, "xavier_normal", shape, oracle.xavier_std(shape))
        grader.draw_and_check(student, "xavier_uniform", shape, oracle.xavier_std(shape), uniform=True)
        grader.draw_and_check(student, "he_normal", (40, 16, 3, 3), oracle.he_std((40, 16, 3, 3)))
    finally:
        checks.deactivate(token)
    return all(c.passed for c in ctx.comparisons)


def test_statistical_checks_have_no_false_fails_and_catch_mistakes_every_time():
    """100 different seed triples: a correct solution with another sampling API always passes;
    the distribution mistakes are always caught."""
    import reference.init as oracle

    grader = _load_grader(A4, "init")
    solution = importlib.util.module_from_spec(importlib.util.spec_from_file_location("_a4_sol", A4.solution_file))
    solution.__spec__.loader.exec_module(solution)

    class OtherApi(Local):  # same distributions, drawn differently
        def xavier_normal(self, shape, seed, mode="fan_avg", gain=1.0):
            return np.random.default_rng(seed).standard_normal(shape) * self.module.xavier_std(shape, mode, gain)

        def xavier_uniform(self, shape, seed, mode="fan_avg", gain=1.0):
            a = math.sqrt(3) * self.module.xavier_std(shape, mode, gain)
            return (2 * np.random.default_rng(seed).random(shape) - 1) * a

    catalog = {m.id: m for m in load_catalog(A4.mistakes_file)}
    wrong = [Local(mutant_module(A4.solution_file, catalog[i]))
             for i in ("variance_used_as_std", "relu_factor_2_missing", "uniform_bound_is_std")]
    rng = np.random.default_rng(2024)
    false_fails = caught = 0
    for _ in range(100):
        seeds = tuple(int(s) for s in rng.integers(0, 2**31, size=3))
        false_fails += not _draw_checks_pass(grader, OtherApi(solution), oracle, seeds)
        caught += all(not _draw_checks_pass(grader, m, oracle, seeds) for m in wrong)
    assert false_fails == 0
    assert caught == 100


def test_an_unseeded_draw_in_one_function_is_named_though_the_others_are_seeded(tmp_path):
    """global_seed replaces xavier_normal alone (he_normal's and xavier_uniform's have ids of their own): one
    id on three functions replaced all three, failed the student's seeded he_normal, and was withdrawn."""
    source = replace_function(A4.solution_file.read_text(), "xavier_normal", '''
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    return xavier_std(shape, mode, gain) * np.random.randn(*shape)
''')
    (tmp_path / "init.py").write_text(source)
    result = grade_submission(A4, tmp_path / "init.py")
    assert {m.id for t in result.tests for m in t.mistakes} == {"global_seed"}
