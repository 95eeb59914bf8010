"""Containers bound to two names at once (aliasing.py): read from the source, said in place of the slip whose values
they give (hold-out 22: `means = variances = []` was said "`variances` where `means` is meant")."""
from __future__ import annotations

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.aliasing import shared_container_finding, shared_containers
from tests.test_diagnosis import graded, with_function

SHARED = [
    "def f(x):\n    a = b = []\n    for v in x:\n        a.append(v)\n        b.append(-v)\n    return a, b\n",
    "def f(x):\n    a = b = {}\n    a['s'] = x.sum()\n    b['m'] = x.mean()\n    return a, b\n",
    "import numpy as np\ndef f(x):\n    a = b = np.zeros(3)\n    a[0] = 1\n    b[1] += 2\n    return a, b\n",
    "def f(x):\n    a = b = list()\n    a += [1]\n    b.extend([2])\n    return a, b\n",
]
NOT_SHARED = [
    # one of the names is only read
    "def f(x):\n    a = b = []\n    a.append(1)\n    return a, len(b)\n",
    # a number: immutable
    "def f(x):\n    a = b = 0\n    a += 1\n    b += 2\n    return a, b\n",
    # one rebound before its changes: the sharing ends there
    "def f(x):\n    a = b = []\n    b = []\n    a.append(1)\n    b.append(2)\n    return a, b\n",
    # separate containers
    "def f(x):\n    a, b = [], []\n    a.append(1)\n    b.append(2)\n    return a, b\n",
    # not a new container: a view of an argument both write into on purpose
    "def f(x):\n    a = b = x\n    a[0] = 1\n    b[1] = 2\n    return x\n",
]


@pytest.mark.parametrize("source", SHARED)
def test_a_container_changed_under_both_names_is_found(source):
    found = shared_containers(source, {"f"})
    assert [(s.function, s.names) for s in found] == [("f", ("a", "b"))]


@pytest.mark.parametrize("source", NOT_SHARED)
def test_right_code_and_immutable_values_are_not_found(source):
    assert shared_containers(source, {"f"}) == []


ENTRIES_SHARED = [
    ("def f(keys):\n    d = dict.fromkeys(keys, np.zeros(2))\n    for k in keys:\n        d[k][:] = [k, -k]\n"
     "    return d\n", "keys"),
    ("def f(n):\n    rows = [[]] * n\n    for i in range(n):\n        rows[i].append(i)\n    return rows\n", "items"),
    ("def f(keys):\n    d = dict.fromkeys(keys, [])\n    for k in keys:\n        d[k] += [k]\n    return d\n", "keys"),
]
ENTRIES_NOT_SHARED = [
    # each entry bound anew: dict.fromkeys's one value is replaced, not written into
    "def f(keys):\n    d = dict.fromkeys(keys, np.zeros(2))\n    for k in keys:\n        d[k] = np.array([k, -k])\n"
    "    return d\n",
    # an immutable value
    "def f(keys):\n    d = dict.fromkeys(keys, 0)\n    for k in keys:\n        d[k] += k\n    return d\n",
    # one container each
    "def f(n):\n    rows = [[] for _ in range(n)]\n    for i in range(n):\n        rows[i].append(i)\n"
    "    return rows\n",
]


@pytest.mark.parametrize("source, under", ENTRIES_SHARED)
def test_one_container_under_every_key_or_item_is_found(source, under):
    """dict.fromkeys(keys, container) and [container] * n, whose entries are then changed in place (hold-out 31: a
    dict.fromkeys(params, np.zeros(5)) of statistics was said "the wrong variable returned?")."""
    found = shared_containers("import numpy as np\n" + source, {"f"})
    assert [(s.names, s.under) for s in found] == [(found[0].names, under)] and len(found[0].names) == 1


@pytest.mark.parametrize("source", ENTRIES_NOT_SHARED)
def test_entries_bound_anew_or_made_one_each_are_not_found(source):
    assert shared_containers("import numpy as np\n" + source, {"f"}) == []


HANDED = """
def f(w, config):
    zeros = np.zeros_like(w)
    a = config.setdefault("a", zeros)
    b = config.setdefault("b", zeros)
    a *= 0.9
    b += w
    return a + b
"""


def test_one_container_handed_to_two_names_is_found():
    """A container stored by two setdefault calls (or bound to two names as it is), both changed in place (hold-out
    30: adadelta's two accumulators defaulted to one zeros array)."""
    found = shared_containers("import numpy as np\n" + HANDED, {"f"})
    assert [(s.names, s.under) for s in found] == [(("a", "b"), "handed:zeros")]
    message = shared_container_finding(found[0]).message
    assert message.startswith('f(): `a = config.setdefault("a", zeros)` and `b = config.setdefault("b", zeros)` give '
                              "`a` and `b` one and the same array, `zeros` (line 4: `zeros = np.zeros_like(w)`)")
    apart = HANDED.replace('config.setdefault("b", zeros)', 'config.setdefault("b", np.zeros_like(w))')
    assert shared_containers("import numpy as np\n" + apart, {"f"}) == []


def test_other_functions_and_unparsable_sources_are_not_read():
    assert shared_containers(SHARED[0], {"g"}) == [] and shared_containers("def f(:\n", {"f"}) == []


STATS_SHARED = '''
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    means = variances = []
    h = X
    for W in weights:
        h = acts[activation](h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
'''


def test_the_shared_list_is_said_with_its_line_and_no_wrong_variable(tmp_path):
    a4 = load_assignment("a4_init")
    result = graded(a4, with_function(a4, STATS_SHARED), tmp_path, select="activation_statistics")
    said = [d for t in result.values() for d in t.diagnoses]
    assert said and all(d.relation == "shared_container" for d in said), [(d.relation, d.message) for d in said]
    assert "`means = variances = []` binds `means` and `variances` to one and the same list" in said[0].message
    assert "means, variances = [], []" in said[0].message


STATISTICS_OF_ONE_ARRAY = """
def parameter_statistics(params, grads, lr):
    stats = dict.fromkeys(params, np.zeros(5))
    for name, W in params.items():
        g = grads[name]
        stats[name][:] = [W.mean(), W.std(), g.mean(), g.std(), update_ratio(W, g, lr)]
    return stats
"""


def test_a_dict_of_one_array_under_every_key_is_said_and_not_a_wrong_variable(tmp_path):
    a8 = load_assignment("a8_pipeline")
    result = graded(a8, with_function(a8, STATISTICS_OF_ONE_ARRAY), tmp_path, select="parameter_statistics")
    said = [d for t in result.values() for d in t.diagnoses]
    assert said and not any(d.relation in ("returned_other", "one_slip") for d in said), \
        [(d.relation, d.message) for d in said]
    assert any(d.relation == "shared_container" and "`stats = dict.fromkeys(params, np.zeros(5))` makes every key of "
               "`stats` one and the same array" in d.message for d in said)
