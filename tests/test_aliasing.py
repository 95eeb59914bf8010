"""Containers bound to two names at once (aliasing.py): read from the source, said in place of the slip whose values
they give (hold-out 22: `means = variances = []` was said "`variances` where `means` is meant")."""
from __future__ import annotations

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.aliasing import shared_containers
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
