"""Typical a1 mistakes. Each replaces one solution function; feedback names the match."""
import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.mistake("db_not_summed", "db is dout itself: the bias gradient must be summed over the batch, "
                 "db = dout.sum(axis=0), because the same bias is added to every row.")
def affine_backward(dout, cache):
    x, w, b = cache
    return (dout @ w.T).reshape(x.shape), x.reshape(x.shape[0], -1).T @ dout, dout


@catalog.mistake("db_averaged", "db is averaged over the batch; it must be summed: db = dout.sum(axis=0) "
                 "(the 1/N of the loss is already inside dout).")
def affine_backward(dout, cache):  # noqa: F811
    x, w, b = cache
    return (dout @ w.T).reshape(x.shape), x.reshape(x.shape[0], -1).T @ dout, dout.mean(axis=0)


@catalog.mistake("dx_not_reshaped", "dx has shape (N, D) instead of the shape of x: reshape it back with "
                 "dx.reshape(x.shape) when x has more than two dimensions.")
def affine_backward(dout, cache):  # noqa: F811
    x, w, b = cache
    return dout @ w.T, x.reshape(x.shape[0], -1).T @ dout, dout.sum(axis=0)


@catalog.mistake("softmax_no_max_subtraction", "softmax overflows for large scores: subtract the row maximum "
                 "before np.exp (softmax is unchanged by a constant shift).")
def softmax(scores):
    e = np.exp(scores)
    return e / e.sum(axis=1, keepdims=True)


@catalog.mistake("softmax_no_max_subtraction", "softmax overflows for large scores: subtract the row maximum "
                 "before np.exp (softmax is unchanged by a constant shift).")
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    e = np.exp(scores)
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    dscores = probs.copy()
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n


@catalog.mistake("softmax_grad_not_divided_by_n", "dscores is not divided by N: the loss is a mean over "
                 "the batch, so its gradient carries the factor 1/N.")
def softmax_cross_entropy_loss(scores, y):  # noqa: F811
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y] -= 1
    return -log_probs[np.arange(n), y].mean(), dscores


@catalog.mistake("sigmoid_derivative_is_s", "the sigmoid derivative is written as s; it is s * (1 - s).")
def sigmoid_backward(dout, cache):
    return dout * cache


@catalog.mistake("relu_derivative_at_zero_is_one", "relu_backward passes the gradient where x == 0; "
                 "use x > 0 (derivative 0 at exactly 0), not x >= 0.")
def relu_backward(dout, cache):
    return dout * (cache >= 0)


@catalog.mistake("tanh_derivative_missing_square", "the tanh derivative is written as 1 - t; it is 1 - t**2.")
def tanh_backward(dout, cache):
    return dout * (1 - cache)


@catalog.mistake("mse_gradient_missing_2", "the MSE gradient is missing its factor 2: d/dp mean((p-t)^2) = "
                 "2 (p - t) / size.")
def mse_loss(pred, target):
    diff = pred - target
    return np.mean(diff ** 2), diff / diff.size


@catalog.mistake("regularization_missing_from_gradients", "the L2 penalty is in the loss but not in the "
                 "gradients: add reg * W1 to dW1 and reg * W2 to dW2.")
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, cache1 = affine_forward(X, params["W1"], params["b1"])
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))
    da, dW2, db2 = affine_backward(dscores, cache2)
    _, dW1, db1 = affine_backward(relu_backward(da, cache_relu), cache1)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


@catalog.mistake("logistic_gradient_sign_flipped", "the logistic-regression gradient has the wrong sign: "
                 "it is X^T (pi - y), not X^T (y - pi).")
def logistic_regression_gradient(w, X, y):
    return X.T @ (y - 1.0 / (1.0 + np.exp(-(X @ w))))


@catalog.mistake("one_sided_difference", "the numerical gradient uses a one-sided difference (f(x+h) - f(x)) / h; "
                 "the centered (f(x+h) - f(x-h)) / 2h is far more accurate.")
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    fx = f(x)
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        grad[i] = (f(x) - fx) / h
        x[i] = old
        it.iternext()
    return grad


@catalog.mistake("softmax_over_batch", "softmax normalizes each row over the classes (axis=1, keepdims=True); "
                 "summing over axis 0 normalizes each class over the batch instead.")
def softmax(scores):
    e = np.exp(scores - scores.max(axis=0, keepdims=True))  # each column's softmax (any shift per column alike)
    return e / e.sum(axis=0, keepdims=True)


@catalog.mistake("softmax_grad_missing_one_hot", "dscores is the probabilities minus the one-hot labels, over N: "
                 "subtract 1 at each row's correct class (dscores[np.arange(N), y] -= 1) before dividing by N.")
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(n), y].mean(), np.exp(log_probs) / n
