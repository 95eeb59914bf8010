"""Generated classes for similarity tests and the benchmark: independent solutions and disguised copies."""
from __future__ import annotations

import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOLUTION = (REPO / "examples" / "a1_sample_class" / "alice_correct.py").read_text()

# An independent a1 solution: written from the reference's style (different helpers and formulas).
INDEPENDENT_B = (REPO / "reference" / "backprop.py").read_text().split('# ---------------------------------------------------------------- affine layer')[1]
INDEPENDENT_B = "import numpy as np\n\nArray = np.ndarray\n\n" + INDEPENDENT_B + '''

def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for idx in np.ndindex(*x.shape):
        saved = x[idx]
        x[idx] = saved + h
        up = f(x)
        x[idx] = saved - h
        down = f(x)
        x[idx] = saved
        grad[idx] = (up - down) / (2 * h)
    return grad
'''

# A third, written with explicit loops and another decomposition.
INDEPENDENT_C = '''import numpy as np


def affine_forward(x, w, b):
    n = x.shape[0]
    flat = np.reshape(x, (n, w.shape[0]))
    result = np.dot(flat, w)
    result += b[np.newaxis, :]
    return result, {"x": x, "w": w}


def affine_backward(dout, cache):
    x, w = cache["x"], cache["w"]
    n = x.shape[0]
    flat = np.reshape(x, (n, -1))
    grad_w = np.dot(flat.T, dout)
    grad_b = np.sum(dout, axis=0)
    grad_x = np.reshape(np.dot(dout, w.T), x.shape)
    return grad_x, grad_w, grad_b


def sigmoid_forward(x):
    y = np.where(x >= 0, 1 / (1 + np.exp(-np.abs(x))), np.exp(-np.abs(x)) / (1 + np.exp(-np.abs(x))))
    return y, {"y": y}


def sigmoid_backward(dout, cache):
    y = cache["y"]
    return dout * y - dout * y * y


def tanh_forward(x):
    e2 = np.exp(-2 * np.abs(x))
    t = np.sign(x) * (1 - e2) / (1 + e2)
    return t, t


def tanh_backward(dout, cache):
    return dout - dout * cache * cache


def relu_forward(x):
    mask = x > 0
    return x * mask, mask


def relu_backward(dout, cache):
    return np.where(cache, dout, 0.0)


def softmax(scores):
    rows = []
    for row in scores:
        z = row - np.max(row)
        ez = np.exp(z)
        rows.append(ez / np.sum(ez))
    return np.array(rows)


def softmax_cross_entropy_loss(scores, y):
    probs = softmax(scores)
    n = len(y)
    total = 0.0
    grad = probs.copy()
    for i in range(n):
        z = scores[i] - np.max(scores[i])
        total += np.log(np.sum(np.exp(z))) - z[y[i]]
        grad[i, y[i]] -= 1.0
    return total / n, grad / n


def mse_loss(pred, target):
    err = np.ravel(pred - target)
    value = np.dot(err, err) / err.size
    return value, np.reshape(2 * err / err.size, np.shape(pred))


def binary_cross_entropy_loss(probs, target):
    m = probs.size
    terms = np.where(target == 1, np.log(probs), np.log(1 - probs))
    grad = np.where(target == 1, -1 / probs, 1 / (1 - probs)) / m
    return -np.sum(terms) / m, grad


def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    z1 = np.dot(X, W1) + b1
    a1 = np.maximum(0, z1)
    scores = np.dot(a1, W2) + b2
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    penalty = 0.5 * reg * (np.vdot(W1, W1) + np.vdot(W2, W2))
    gW2 = np.dot(a1.T, dscores) + reg * W2
    gb2 = np.sum(dscores, axis=0)
    da1 = np.dot(dscores, W2.T)
    dz1 = da1 * (z1 > 0)
    gW1 = np.dot(X.T, dz1) + reg * W1
    gb1 = np.sum(dz1, axis=0)
    return data_loss + penalty, {"W1": gW1, "b1": gb1, "W2": gW2, "b2": gb2}


def logistic_regression_gradient(w, X, y):
    probs = np.array([1 / (1 + np.exp(-np.dot(row, w))) for row in X])
    return np.dot(X.T, probs - y)


def linear_regression_closed_form(X, y):
    gram = np.dot(X.T, X)
    rhs = np.dot(X.T, y)
    return np.linalg.lstsq(gram, rhs, rcond=None)[0]


def eval_numerical_gradient(f, x, h=1e-5):
    flat = x.reshape(-1)
    grad = np.empty(flat.size)
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + h
        fp = f(x)
        flat[i] = keep - h
        fm = f(x)
        flat[i] = keep
        grad[i] = (fp - fm) / (2 * h)
    return grad.reshape(x.shape)
'''

RENAMES = {"x": "inp", "w": "weights", "b": "bias", "dout": "upstream", "cache": "saved", "out": "result",
           "dx": "grad_in", "dw": "grad_w", "db": "grad_b", "scores": "logits", "probs": "p_hat", "loss": "cost",
           "shifted": "centered", "grad": "g", "params": "theta", "reg": "lam", "n": "count", "mu": "mean_",
           "s": "sig", "t": "th", "y": "labels", "X": "data", "h": "step", "f": "func"}


def rename(source: str, seed: int) -> str:
    """Rename parameters and locals (not attributes, not numpy functions)."""
    rng = random.Random(seed)
    mapping = {k: v + rng.choice(["", "_", "1", "_v"]) for k, v in RENAMES.items()}
    return re.sub(r"(?<![\.\w])([A-Za-z_]\w*)\b(?!\s*=\s*[^=].*# keep)",
                  lambda m: mapping.get(m.group(1), m.group(1)), source)


def functions_of(source: str) -> tuple[str, list[str]]:
    parts = re.split(r"(?m)^(?=def )", source)
    return parts[0], parts[1:]


def reorder(source: str, seed: int) -> str:
    head, funcs = functions_of(source)
    random.Random(seed).shuffle(funcs)
    return head + "\n".join(f.rstrip() + "\n\n" for f in funcs)


def add_comments(source: str, seed: int) -> str:
    rng = random.Random(seed)
    notes = ["# compute the forward pass", "# TODO tidy", "# see lecture 4", "# vectorized", "# careful with shapes"]
    out = []
    for line in source.splitlines():
        out.append(line)
        if line.startswith("def ") or (line.strip().startswith("return") and rng.random() < 0.5):
            indent = "    " if line.startswith("def ") else line[: len(line) - len(line.lstrip())]
            out.append(indent + rng.choice(notes))
    return "\n".join(out) + "\n"


def disguise(source: str, how: str, seed: int) -> str:
    if how in ("rename", "all"):
        source = rename(source, seed)
    if how in ("reorder", "all"):
        source = reorder(source, seed)
    if how in ("comment", "all"):
        source = add_comments(source, seed)
    return source


BASES = {"A": SOLUTION, "B": INDEPENDENT_B, "C": INDEPENDENT_C}


def write_class(folder: Path, n: int, seed: int = 0) -> dict[str, str]:
    """n submissions: disguised copies of the three independent bases, partial copies and stubs.
    Returns name -> which base it derives from ("stub" for stubs)."""
    from autograder.authoring.release import strip_solutions

    stub = strip_solutions((REPO / "solutions" / "a1_backprop" / "backprop.py").read_text())
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    origin = {}
    for i in range(n):
        r = rng.random()
        if r < 0.1:
            name, text, base = f"s{i:04d}_stub", stub + f"\n# student {i}\n", "stub"
        else:
            base = rng.choice(list(BASES))
            how = rng.choice(["rename", "reorder", "comment", "all"])
            name, text = f"s{i:04d}_{base}_{how}", disguise(BASES[base], how, seed + i)
        (folder / f"{name}.py").write_text(text)
        origin[name] = base
    return origin
