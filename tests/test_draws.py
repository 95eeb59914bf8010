"""Random draws placed by the loops around them (autograder.grading.draws)."""
from __future__ import annotations

from autograder.course.assignment import load_assignment
from autograder.grading.draws import draw_moved, random_draws
from tests.test_diagnosis import graded, with_function

RIGHT = '''
def train(X, seed):
    rng = np.random.default_rng(seed)
    for epoch in range(3):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 4):
            idx = order[start:start + 4]
'''


def test_draws_are_found_with_the_loops_around_them():
    draws, loops = random_draws(RIGHT, "train")
    assert [(d.line, d.text, d.kind, [k.line for k in d.loops]) for d in draws] == \
        [(5, "rng.permutation(len(X))", "permutation", [4])]
    assert [(k.line, k.header, k.around) for k in loops] == [(4, "for epoch in range(3):", ()),
                                                              (6, "for start in range(0, len(X), 4):", (4,))]


def test_a_draw_made_on_every_batch_where_the_correct_code_draws_one_an_epoch_is_said():
    per_batch = '''
def train(X, seed):
    rng = np.random.default_rng(seed)
    for epoch in range(3):
        for start in range(0, len(X), 4):
            idx = rng.permutation(len(X))[start:start + 4]
'''
    said, plain = draw_moved(per_batch, RIGHT, "train")
    assert said.startswith("line 6 draws `rng.permutation(len(X))` anew on every pass of `for start in range(0, "
                           "len(X), 4):` (line 5); the correct code draws its permutation once per pass of your "
                           "`for epoch in range(3):` (line 4)"), said
    assert "line" not in plain and "anew on every pass of a loop inside which the correct code draws none" in plain


def test_a_draw_made_once_where_the_correct_code_draws_one_an_epoch_is_said():
    once = '''
def train(X, seed):
    rng = np.random.default_rng(seed)
    order = np.arange(len(X))
    rng.shuffle(order)
    for epoch in range(3):
        for start in range(0, len(X), 4):
            idx = order[start:start + 4]
'''
    said, _ = draw_moved(once, RIGHT, "train")
    assert said.startswith("line 5 draws `rng.shuffle(order)` once, before your loops; the correct code draws its "
                           "permutation anew on every pass of your `for epoch in range(3):` (line 6)"), said


def test_draws_in_the_same_place_or_under_a_condition_are_not_said():
    same = RIGHT.replace("order = rng.permutation(len(X))", "order = np.random.default_rng(seed + epoch)"
                         ".permutation(len(X))")
    assert draw_moved(same, RIGHT, "train") == ("", "")
    guarded = '''
def train(X, seed):
    rng = np.random.default_rng(seed)
    for epoch in range(3):
        for start in range(0, len(X), 4):
            if start == 0:
                order = rng.permutation(len(X))
            idx = order[start:start + 4]
'''
    assert draw_moved(guarded, RIGHT, "train") == ("", "")
    two = RIGHT.replace("idx = order[start:start + 4]", "idx = rng.permutation(order)[:4]")
    assert draw_moved(two, RIGHT, "train") == ("", "")  # (two draws of a kind: which is whose is not known)


def test_a_training_loop_that_draws_its_order_every_batch_is_said_so_by_its_departure(tmp_path):
    """Hold-out 31's qf8 (vague: 'the mistake is in that loop'): the loop's departure names the draw's line."""
    a8 = load_assignment("a8_pipeline")
    source = with_function(a8, '''
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        for start in range(0, len(X), 64):
            idx = rng.permutation(len(X))[start:start + 64]
            scores = X[idx] @ W + b
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
''')
    t = graded(a8, source, tmp_path, select="test_training_recipe")["test_training_recipe"]
    said = [d.message for d in t.diagnoses if d.relation == "departure"]
    assert said and "draws `rng.permutation(len(X))` anew on every pass of `for start in range(0, len(X), 64):`" \
        in said[0], t.diagnoses


def test_a_draw_the_recipe_never_makes_before_its_own_draws_is_said():
    """W drawn from the generator the recipe draws its permutations from (hold-out 33's qh8: nothing said): the
    weights are the student's own, and every permutation after them comes out otherwise."""
    from autograder.grading.draws import draw_added
    extra = RIGHT.replace("    for epoch in range(3):\n", "    W = rng.standard_normal(4)\n    for epoch in range(3):\n")
    said, plain = draw_added(extra, RIGHT, "train")
    assert said.startswith("line 4 draws `rng.standard_normal(4)`, a draw the correct code never makes (it draws no "
                           "normal values): what is made of it is yours alone, and every draw after it from `rng` "
                           "(line 6: `rng.permutation(len(X))`)"), said
    # a mask drawn as a binomial where the recipe compares uniform draws: another way of one draw, not an added one
    assert draw_added("def f(x, p, rng):\n    return x * rng.binomial(1, p, x.shape)\n",
                      "def f(x, p, rng):\n    return x * (rng.random(x.shape) < p)\n", "f") == ("", "")
    # an added draw from another generator than the recipe's: its stream is not moved on
    other = RIGHT.replace("    for epoch in range(3):\n", "    W = np.random.default_rng(1).normal(size=4)\n"
                          "    for epoch in range(3):\n")
    assert draw_added(other, RIGHT, "train") == ("", "")
