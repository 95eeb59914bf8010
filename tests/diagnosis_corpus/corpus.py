"""Wrong implementations written the way students write them, to measure the feedback (issue 17).

Each entry redefines one function at the end of the solution (as tests/test_diagnosis.with_function
does). `catalogued` is the catalogue's id when the entry is a catalogued mistake written another way
(the feedback should name it); otherwise the mistake is not in the catalogue and only a diagnosis can
point at it. `expected` (filled in by reading the results, only where the judgement is confident): the
relations that would point at the true cause; `verdict` the judgement of what the feedback said on the
day in JUDGED_ON (JUDGEMENT below; re-judge when the detectors change): "named" (the right catalogued
name), "right" (a diagnosis that points at the cause), "vague" (true, but does not point at the cause),
"misleading" (a diagnosis that points elsewhere), "wrong_name", "check_message" (no name or diagnosis, but
the check's own message says the cause), "nothing" (only the comparison), "not_caught" (full marks);
`ideal` what would have pointed at it.

CORRECT holds right implementations written differently from the solution: they must earn full marks.
"""
from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Entry:
    id: str
    assignment: str
    function: str
    cause: str  # the true cause, in one line
    source: str  # the student's full redefinition of `function`
    catalogued: str | None = None  # the catalogue's id, when this is a catalogued mistake written differently
    expected: frozenset[str] = frozenset()  # relations that would be right (only where confident)
    verdict: str = ""  # named / right / vague / misleading / wrong_name / check_message / nothing / not_caught
    ideal: str = ""  # what an ideal diagnosis would say, where the feedback's was not right


def _e(id, assignment, function, cause, source, catalogued=None, expected=(), verdict=""):
    return Entry(id, assignment, function, cause, source.strip("\n"), catalogued, frozenset(expected), verdict)


CORPUS: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("a1_db_mean_einsum", "a1_backprop", "affine_backward",
       "db averaged over the batch instead of summed", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x2 = x.reshape(N, -1)
    dx = np.einsum("nm,dm->nd", dout, w).reshape(x.shape)
    dw = np.einsum("nd,nm->dm", x2, dout)
    db = np.einsum("nm->m", dout) / N
    return dx, dw, db
""", catalogued="db_averaged"),
    _e("a1_affine_no_bias", "a1_backprop", "affine_forward",
       "the bias b is never added", """
def affine_forward(x, w, b):
    N = x.shape[0]
    X = x.reshape(N, -1)
    out = np.dot(X, w)
    return out, (x, w, b)
"""),
    _e("a1_dw_not_flattened", "a1_backprop", "affine_backward",
       "dw computed on the unflattened x: shape (d1, ..., dk, M) instead of (D, M)", """
def affine_backward(dout, cache):
    x, w, b = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = np.tensordot(x, dout, axes=([0], [0]))
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("a1_relu_bwd_ge_zero", "a1_backprop", "relu_backward",
       "derivative at exactly 0 taken as 1 (x >= 0)", """
def relu_backward(dout, cache):
    x = cache
    return np.where(x >= 0, dout, 0.0)
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("a1_relu_bwd_inplace", "a1_backprop", "relu_backward",
       "dout modified in place (values right, the caller's dout is overwritten)", """
def relu_backward(dout, cache):
    x = cache
    dout[x <= 0] = 0
    return dout
"""),
    _e("a1_sigmoid_bwd_resigmoid", "a1_backprop", "sigmoid_backward",
       "the cache holds the output s, but the backward applies sigmoid to it again as if it were x", """
def sigmoid_backward(dout, cache):
    sig = 1.0 / (1.0 + np.exp(-cache))
    return dout * sig * (1.0 - sig)
"""),
    _e("a1_tanh_bwd_retanh", "a1_backprop", "tanh_backward",
       "the cache holds tanh(x), but the backward takes tanh of it again", """
def tanh_backward(dout, cache):
    return dout * (1 - np.tanh(cache) ** 2)
"""),
    _e("a1_ce_no_onehot", "a1_backprop", "softmax_cross_entropy_loss",
       "dscores misses the -1 at the correct class (probs / N only)", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    z = scores - np.max(scores, axis=1, keepdims=True)
    probs = np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True)
    loss = -np.sum(np.log(probs[range(N), y])) / N
    dscores = probs / N
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),  # catalogued since 8302d9c (after this corpus)
    _e("a1_softmax_axis0", "a1_backprop", "softmax",
       "softmax normalized over axis 0 (columns) instead of each row", """
def softmax(scores):
    e = np.exp(scores - np.max(scores, axis=0))
    return e / np.sum(e, axis=0)
""", catalogued="softmax_over_batch"),  # catalogued since 8302d9c (after this corpus)
    _e("a1_mse_div_rows", "a1_backprop", "mse_loss",
       "loss and gradient divided by the number of rows N instead of all N*D elements", """
def mse_loss(pred, target):
    N = pred.shape[0]
    diff = pred - target
    loss = np.sum(diff * diff) / N
    dpred = 2 * diff / N
    return loss, dpred
"""),
    _e("a1_bce_grad_sign", "a1_backprop", "binary_cross_entropy_loss",
       "the gradient's sign is flipped ((t - p) instead of (p - t))", """
def binary_cross_entropy_loss(probs, target):
    n = probs.size
    loss = -np.sum(target * np.log(probs) + (1 - target) * np.log(1 - probs)) / n
    dprobs = (target - probs) / (probs * (1 - probs)) / n
    return loss, dprobs
"""),
    _e("a1_mlp_reg_no_half", "a1_backprop", "two_layer_mlp_loss",
       "L2 penalty in the loss without its 0.5 (gradients right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    hidden, c1 = affine_forward(X, W1, b1)
    relu, c2 = relu_forward(hidden)
    scores, c3 = affine_forward(relu, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    reg_loss = reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    loss = data_loss + reg_loss
    drelu, dW2, db2 = affine_backward(dscores, c3)
    dhidden = relu_backward(drelu, c2)
    _, dW1, db1 = affine_backward(dhidden, c1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("a1_mlp_reg_grad_missing", "a1_backprop", "two_layer_mlp_loss",
       "L2 penalty in the loss but not in the gradients", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h1, cache_a = affine_forward(X, params["W1"], params["b1"])
    a1, cache_r = relu_forward(h1)
    scores, cache_b = affine_forward(a1, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    for name in ("W1", "W2"):
        loss += 0.5 * reg * np.sum(params[name] ** 2)
    grads = {}
    da1, grads["W2"], grads["b2"] = affine_backward(dscores, cache_b)
    dh1 = relu_backward(da1, cache_r)
    _, grads["W1"], grads["b1"] = affine_backward(dh1, cache_a)
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    _e("a1_logistic_mean", "a1_backprop", "logistic_regression_gradient",
       "gradient averaged over the rows (divided by N) although the NLL is a sum", """
def logistic_regression_gradient(w, X, y):
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (p - y) / X.shape[0]
"""),
    _e("a1_lstsq_tuple", "a1_backprop", "linear_regression_closed_form",
       "returns np.linalg.lstsq's whole tuple instead of its first item", """
def linear_regression_closed_form(X, y):
    return np.linalg.lstsq(X, y, rcond=None)
"""),
    _e("a1_numgrad_no_restore", "a1_backprop", "eval_numerical_gradient",
       "x[i] is left at old - h after each entry (x not restored): later entries and the caller's x are wrong", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(*x.shape):
        old = x[i]
        x[i] = old + h
        fp = f(x)
        x[i] = old - h
        fm = f(x)
        grad[i] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("a1_numgrad_forward_diff", "a1_backprop", "eval_numerical_gradient",
       "one-sided difference (f(x+h) - f(x)) / h", """
def eval_numerical_gradient(f, x, h=1e-5):
    fx = f(x)
    grad = np.zeros_like(x, dtype=float)
    flat_x, flat_g = x.reshape(-1), grad.reshape(-1)
    for k in range(flat_x.size):
        keep = flat_x[k]
        flat_x[k] = keep + h
        flat_g[k] = (f(x) - fx) / h
        flat_x[k] = keep
    return grad
""", catalogued="one_sided_difference"),
    # ------------------------------------------------------------------ a2_optim
    _e("a2_velocity_wrong_key", "a2_optim", "sgd_momentum",
       "velocity stored under config['v'] but read from config['velocity']: momentum never builds up", """
def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config = dict(config)
    lr = config.get("learning_rate", 1e-2)
    mu = config.get("momentum", 0.9)
    config["learning_rate"], config["momentum"] = lr, mu
    v = config.get("velocity", np.zeros_like(w))
    v = mu * v - lr * _gradient(w, dw, config)
    config["v"] = v
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("a2_momentum_no_weight_decay", "a2_optim", "sgd_momentum",
       "config['weight_decay'] ignored: raw dw used instead of _gradient(w, dw, config)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config["momentum"] * config.get("velocity", np.zeros_like(w)) - config["learning_rate"] * dw
    config["velocity"] = v
    return w + v, config
"""),
    _e("a2_adam_no_bias_corr", "a2_optim", "adam",
       "no bias correction of m and v", """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    grad = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    config["m"] = beta1 * config.get("m", 0 * w) + (1 - beta1) * grad
    config["v"] = beta2 * config.get("v", 0 * w) + (1 - beta2) * grad * grad
    return w - lr * config["m"] / (np.sqrt(config["v"]) + eps), config
""", catalogued="adam_no_bias_correction"),
    _e("a2_adam_betas_swapped", "a2_optim", "adam",
       "beta1 and beta2 swapped: m decays with beta2, v with beta1 (and the corrections likewise)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b2 * config.get("m", np.zeros_like(w)) + (1 - b2) * g
    v = b1 * config.get("v", np.zeros_like(w)) + (1 - b1) * g ** 2
    m_hat = m / (1 - b2 ** t)
    v_hat = v / (1 - b1 ** t)
    config.update(t=t, m=m, v=v)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("a2_adam_eps_in_sqrt", "a2_optim", "adam",
       "epsilon inside the square root: sqrt(v_hat + eps)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    config.update(t=t, m=m, v=v)
    return w - config["learning_rate"] * (m / (1 - b1 ** t)) / np.sqrt(v / (1 - b2 ** t) + config["epsilon"]), config
"""),
    _e("a2_rmsprop_default_decay", "a2_optim", "rmsprop",
       "wrong default: decay_rate 0.9 instead of 0.99", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    rho = config.setdefault("decay_rate", 0.9)
    eps = config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = rho * cache + (1 - rho) * g * g
    config["cache"] = cache
    return w - lr * g / (np.sqrt(cache) + eps), config
"""),
    _e("a2_nesterov_1_minus_mu", "a2_optim", "nesterov_momentum",
       "(1 - momentum) * v where (1 + momentum) * v is meant", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w - mu * v_prev + (1 - mu) * v, config
"""),
    _e("a2_step_lr_float_div", "a2_optim", "step_lr",
       "step / step_size (true division) where step // step_size is meant: decays smoothly", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    return base_lr * gamma ** (step / step_size)
"""),
    _e("a2_cosine_min_lr_ignored", "a2_optim", "cosine_lr",
       "min_lr ignored: decays to 0", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    return 0.5 * base_lr * (1 + np.cos(np.pi * step / total_steps))
"""),
    _e("a2_gd_path_before_update", "a2_optim", "gradient_descent",
       "records w before each update: the path starts at w0 and misses the last step", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    history = np.zeros((steps, w.size))
    for k in range(steps):
        history[k] = w
        w = w - learning_rate * linear_regression_gradient(w, X, y)
    return history
"""),
    _e("a2_minibatch_rng_per_epoch", "a2_optim", "minibatch_sgd",
       "the generator is re-created every epoch: the same order every epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    w = w0.astype(float).copy()
    out = []
    N = len(X)
    for epoch in range(epochs):
        perm = np.random.default_rng(seed).permutation(N)
        for i in range(0, N, batch_size):
            b = perm[i:i + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[b], y[b])
            out.append(w.copy())
    return np.array(out)
""", catalogued="shuffled_once"),
    _e("a2_minibatch_drop_last", "a2_optim", "minibatch_sgd",
       "the last, shorter batch of each epoch is dropped", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    n = X.shape[0]
    for _ in range(epochs):
        order = rng.permutation(n)
        for k in range(n // batch_size):
            idx = order[k * batch_size:(k + 1) * batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("a2_noise_variance", "a2_optim", "gradient_noise_std",
       "returns the variance instead of the standard deviation", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    return eta / (1 + step) ** gamma
"""),
    _e("a2_linreg_grad_missing_2", "a2_optim", "linear_regression_gradient",
       "the factor 2 of the squared error's derivative is missing", """
def linear_regression_gradient(w, X, y):
    residual = X.dot(w) - y
    return X.T.dot(residual) / len(y)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("a3_output_size_no_dilation", "a3_conv", "conv_output_size",
       "dilation ignored (kernel span taken as kernel_size)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    num = input_size - kernel_size + 2 * padding
    if num < 0 or num % stride != 0:
        raise ValueError("invalid")
    return num // stride + 1
"""),
    _e("a3_conv_bias_per_channel", "a3_conv", "conv_forward_naive",
       "bias added once per input channel (C times) inside the channel loop", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    for c in range(C):
                        patch = x_pad[n, c, i * stride:i * stride + HH, j * stride:j * stride + WW]
                        out[n, f, i, j] += np.sum(patch * w[f, c]) + b[f]
    return out, (x, w, b, conv_param)
"""),
    _e("a3_conv_flip_slicing", "a3_conv", "conv_forward_naive",
       "kernel flipped (true convolution instead of cross-correlation)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    k = w[:, :, ::-1, ::-1]
    out = np.zeros((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            win = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = np.einsum("nchw,fchw->nf", win, k) + b
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("a3_conv_db_not_reduced", "a3_conv", "conv_backward_naive",
       "db summed over the batch only, not over the spatial axes: shape (F, H', W')", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.sum(dout, axis=0)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    dw[f] += xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] * dout[n, f, i, j]
                    dxp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += w[f] * dout[n, f, i, j]
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("a3_conv_dw_assigned", "a3_conv", "conv_backward_naive",
       "dw[f] assigned (=) instead of accumulated (+=) over the batch and positions", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    dw[f] = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] * dout[n, f, i, j]
                    dxp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += w[f] * dout[n, f, i, j]
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("a3_maxpool_bwd_assign", "a3_conv", "max_pool_backward",
       "dx assigned (=) instead of accumulated: overlapping windows overwrite each other", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    win = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    r, q = np.unravel_index(win.argmax(), win.shape)
                    dx[n, c, i * s + r, j * s + q] = dout[n, c, i, j]
    return dx
"""),
    _e("a3_avgpool_bwd_no_area", "a3_conv", "avg_pool_backward",
       "the gradient is not divided by the pool area ph * pw", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i, j][:, :, None, None]
    return dx
""", catalogued="avg_pool_gradient_not_divided"),  # catalogued since 8302d9c (after this corpus)
    _e("a3_param_count_no_bias", "a3_conv", "conv_param_count",
       "the bias parameters are never counted", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, kernel_size)
    return out_channels * (in_channels // groups) * kernel_size[0] * kernel_size[1]
"""),
    _e("a3_receptive_field_local_stride", "a3_conv", "receptive_field",
       "each layer's growth multiplied by its own stride instead of the product of the earlier strides", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    rf = 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        rf = rf + d * (k - 1) * s
    return rf
"""),
    _e("a3_transposed_no_output_padding", "a3_conv", "transposed_conv_output_size",
       "output_padding ignored", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return stride * (input_size - 1) + dilation * (kernel_size - 1) + 1 - 2 * padding
"""),
    _e("a3_conv_fast_no_pad", "a3_conv", "conv_forward_fast",
       "the input is never zero-padded (pad ignored)", """
def conv_forward_fast(x, w, b, conv_param):
    stride = conv_param["stride"]
    F, C, HH, WW = w.shape
    win = sliding_window_view(x, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", win, w) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("a3_dsep_mult_no_pointwise", "a3_conv", "depthwise_separable_multiply_count",
       "the pointwise 1x1 convolution's multiplications are left out", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    kw = kernel_size if isinstance(kernel_size, int) else kernel_size[1]
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    return in_channels * k * kw * oh * ow
"""),
    # ------------------------------------------------------------------ a4_init
    _e("a4_conv_fans_no_receptive", "a4_init", "compute_fans",
       "conv fans without the receptive field size kh * kw", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
    else:
        fan_out, fan_in = shape[0], shape[1]
    return fan_in, fan_out
"""),
    _e("a4_fans_swapped_unpack", "a4_init", "compute_fans",
       "fan_in and fan_out swapped", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_out, fan_in = shape
        return fan_in, fan_out
    rf = 1
    for k in shape[2:]:
        rf *= k
    return shape[0] * rf, shape[1] * rf
""", catalogued="fans_swapped"),
    _e("a4_xavier_mode_ignored", "a4_init", "xavier_std",
       "mode ignored: always fan_avg", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    return gain * np.sqrt(2.0 / (fan_in + fan_out))
"""),
    _e("a4_he_fan_out", "a4_init", "he_std",
       "He std computed with fan_out instead of fan_in", """
def he_std(shape):
    _, fan_out = compute_fans(shape)
    return math.sqrt(2.0 / fan_out)
"""),
    _e("a4_uniform_positive", "a4_init", "xavier_uniform",
       "draws from U(0, a) instead of U(-a, a)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    limit = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return np.random.default_rng(seed).uniform(0, limit, size=shape)
"""),
    _e("a4_normal_variance_as_scale", "a4_init", "xavier_normal",
       "passes the variance std**2 as normal()'s scale", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    var = xavier_std(shape, mode, gain) ** 2
    return np.random.default_rng(seed).normal(0.0, var, size=shape)
"""),
    _e("a4_stats_var_per_column", "a4_init", "activation_statistics",
       "variance per unit (axis 0) averaged, instead of np.var over all entries", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
         "relu": lambda z: np.maximum(0, z), "linear": lambda z: z}[activation]
    means, variances = [], []
    h = X
    for W in weights:
        h = f(h @ W)
        means.append(np.mean(h))
        variances.append(np.mean(np.var(h, axis=0)))
    return np.array(means), np.array(variances)
"""),
    _e("a4_stats_pre_activation", "a4_init", "activation_statistics",
       "statistics of the pre-activation h @ W", """
def activation_statistics(X, weights, activation):
    means, variances = np.zeros(len(weights)), np.zeros(len(weights))
    h = X
    for l, W in enumerate(weights):
        z = h.dot(W)
        means[l], variances[l] = z.mean(), z.var()
        if activation == "relu":
            h = np.maximum(z, 0)
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "sigmoid":
            h = 1 / (1 + np.exp(-z))
        else:
            h = z
    return means, variances
""", catalogued="statistics_before_activation"),
    # ------------------------------------------------------------------ a5_normalization
    _e("a5_bn_running_not_stored", "a5_normalization", "batchnorm_forward",
       "running averages computed but never written back into bn_param", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        x_hat = (x - mu) / np.sqrt(var + eps)
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, 1 / np.sqrt(var + eps))
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * x.var(axis=0, ddof=1)
        return out, cache
    if mode == "test":
        return gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, None
    raise ValueError(mode)
"""),
    _e("a5_bn_test_no_affine", "a5_normalization", "batchnorm_forward",
       "test mode forgets gamma and beta", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = np.mean(x, axis=0)
        var = np.var(x, axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = (x - running_mean) / np.sqrt(running_var + eps)
    else:
        raise ValueError(mode)
    bn_param["running_mean"], bn_param["running_var"] = running_mean, running_var
    return out, cache
"""),
    _e("a5_bn_eps_outside", "a5_normalization", "batchnorm_forward",
       "eps added outside the square root", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = np.mean(x, axis=0)
        var = np.var(x, axis=0)
        std = np.sqrt(var) + eps
        x_hat = (x - mu) / std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, 1.0 / std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / (np.sqrt(running_var) + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"], bn_param["running_var"] = running_mean, running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("a5_bn_dgamma_axis1", "a5_normalization", "batchnorm_backward",
       "dgamma summed over the wrong axis (axis 1, giving (N,))", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=1)
    dx_hat = dout * gamma
    dx = (1.0 / N) * inv_std * (N * dx_hat - np.sum(dx_hat, axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0))
    return dx, dgamma, dbeta
"""),
    _e("a5_bn_alt_missing_xhat_term", "a5_normalization", "batchnorm_backward_alt",
       "the x_hat * sum(dx_hat * x_hat) term (the variance path) is missing", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0))
    return dx, dgamma, dbeta
""", catalogued="bn_alt_drops_variance_term"),  # catalogued since 8302d9c (after this corpus)
    _e("a5_ln_axis0", "a5_normalization", "layernorm_forward",
       "statistics over the batch (axis 0) as in batch norm, instead of per row", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.mean(x, axis=0, keepdims=True)
    var = np.var(x, axis=0, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),  # catalogued since 8302d9c (after this corpus)
    _e("a5_ln_bwd_uses_N", "a5_normalization", "layernorm_backward",
       "the batch size N (dout.shape[0]) used where the row length D is meant", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
""", catalogued="layernorm_backward_uses_batch_size"),  # catalogued since 8302d9c (after this corpus)
    _e("a5_gn_group_size_confused", "a5_normalization", "groupnorm_forward",
       "reshaped to (N, C // groups, -1): the group size used as the number of groups", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    G = C // groups
    xg = x.reshape(N, G, -1)
    mean = xg.mean(axis=2, keepdims=True)
    var = xg.var(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = ((xg - mean) * inv_std).reshape(N, C, H, W)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("a5_dropout_no_scale_where", "a5_normalization", "dropout_forward",
       "kept units not scaled by 1 / p", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    keep = np.random.default_rng(dropout_param.get("seed")).random(x.shape) < p
    out = np.where(keep, x, 0.0)
    return out, keep
""", catalogued="dropout_no_scaling"),
    _e("a5_dropout_bwd_unscaled", "a5_normalization", "dropout_backward",
       "backward multiplies by the 0/1 pattern of the mask, dropping the 1 / p scale", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    return dout * (cache > 0)
""", catalogued="dropout_backward_drops_scale"),  # catalogued since 8302d9c (after this corpus)
    _e("a5_l2_no_half", "a5_normalization", "l2_penalty",
       "penalty without the 0.5 (reg * sum(W**2)); gradient right", """
def l2_penalty(W, reg):
    return reg * np.sum(W * W), reg * W
"""),
    _e("a5_spatial_reshape_no_transpose", "a5_normalization", "spatial_batchnorm_forward",
       "x.reshape(-1, C) without moving the channels last: wrong grouping of values", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    out, cache = batchnorm_forward(x.reshape(-1, C), gamma, beta, bn_param)
    return out.reshape(N, C, H, W), cache
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("a7_relu_before_add", "a7_architectures", "residual_block_forward",
       "ReLU applied to the residual branch before adding the shortcut", """
def residual_block_forward(x, params, dropout=None):
    a1 = x.dot(params["W1"]) + params["b1"]
    h = np.maximum(0, a1)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    branch = np.maximum(0, h.dot(params["W2"]) + params["b2"])
    sc = x.dot(params["Ws"]) + params["bs"] if "Ws" in params else x
    z = branch + sc
    out = z
    return out, (x, params, a1, h, scale, z)
""", catalogued="relu_before_addition"),
    _e("a7_shortcut_grad_forgotten", "a7_architectures", "residual_block_backward",
       "dx misses the shortcut's gradient", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout.copy()
    dz[z <= 0] = 0
    grads = {"W2": h.T.dot(dz), "b2": dz.sum(0)}
    dh = dz.dot(params["W2"].T)
    if scale is not None:
        dh *= scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T.dot(da1)
    grads["b1"] = da1.sum(0)
    if "Ws" in params:
        grads["Ws"] = x.T.dot(dz)
        grads["bs"] = dz.sum(0)
    return da1.dot(params["W1"].T), grads
""", catalogued="shortcut_gradient_forgotten"),
    _e("a7_final_relu_ignored_bwd", "a7_architectures", "residual_block_backward",
       "the backward ignores the ReLU after the addition (dz = dout)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("a7_proj_grad_uses_dout", "a7_architectures", "residual_block_backward",
       "the projection's gradients (Ws, bs) use dout instead of dz (the ReLU mask skipped there)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dout
        grads["bs"] = dout.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("a7_gap_sum", "a7_architectures", "global_avg_pool_forward",
       "sums each feature map instead of averaging it", """
def global_avg_pool_forward(x):
    return x.sum(axis=(2, 3)), x.shape
"""),
    _e("a7_cam_first_class", "a7_architectures", "class_activation_map",
       "uses the class of the first example (classes[0]) for every example", """
def class_activation_map(features, W, classes):
    return np.einsum("nchw,c->nhw", features, W[:, classes[0]])
"""),
    _e("a7_saliency_no_abs", "a7_architectures", "saliency_map",
       "max over channels of the signed gradient (no absolute value)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    pre = flat @ params["W1"] + params["b1"]
    g = params["W2"][:, y].T
    g = g * (pre > 0)
    dx = (g @ params["W1"].T).reshape(x.shape)
    return dx.max(axis=1)
""", catalogued="saliency_without_abs"),
    _e("a7_saliency_mean_channels", "a7_architectures", "saliency_map",
       "mean over the channels instead of the maximum", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    d = np.zeros((N, params["W2"].shape[1]))
    d[np.arange(N), y] = 1.0
    da1 = (d @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).mean(axis=1)
"""),
    _e("a7_nll_dlogstd_std", "a7_architectures", "gaussian_nll",
       "dlog_std divides r**2 by the std instead of the variance", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    std = np.exp(log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * (r / std) ** 2) / N
    dmu = -r / std ** 2 / N
    dlog_std = (1 - r ** 2 / std) / N
    return loss, dmu, dlog_std
"""),
    _e("a7_nll_mean_over_d", "a7_architectures", "gaussian_nll",
       "averaged over all N*D entries (np.mean) instead of summed over D and averaged over N", """
def gaussian_nll(y, mu, log_std):
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.mean(0.5 * np.log(2 * np.pi) + log_std + 0.5 * r ** 2 / var)
    dmu = -r / var / r.size
    dlog_std = (1 - r ** 2 / var) / r.size
    return loss, dmu, dlog_std
"""),
    _e("a7_mdn_dmu_sign", "a7_architectures", "mdn_nll",
       "dmu has the wrong sign", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    lp = logits - logits.max(axis=1, keepdims=True)
    lp = lp - np.log(np.exp(lp).sum(axis=1, keepdims=True))
    sd = np.exp(log_std)
    z = (y[:, None] - mu) / sd
    t = lp - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    m = t.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(t - m).sum(axis=1, keepdims=True))
    r = np.exp(t - lse)
    return -lse.mean(), (np.exp(lp) - r) / N, r * z / sd / N, r * (1 - z * z) / N
"""),
    _e("a7_score_map_off_by_one", "a7_architectures", "fc_score_map",
       "range(H2 - H) misses the last row and column of windows", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H, W2 - Wd))
    for i in range(H2 - H):
        for j in range(W2 - Wd):
            out[:, :, i, j] = x[:, :, i:i + H, j:j + Wd].reshape(N, -1) @ W + b
    return out
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("a8_crop_exclusive_high", "a8_pipeline", "random_crop",
       "the largest offset is never drawn (integers' high is exclusive)", """
def random_crop(x, size, padding, seed):
    rng = np.random.default_rng(seed)
    N, C, H, W = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), mode="constant")
    top = rng.integers(0, H + 2 * padding - size, size=N)
    left = rng.integers(0, W + 2 * padding - size, size=N)
    return np.stack([xp[n, :, top[n]:top[n] + size, left[n]:left[n] + size] for n in range(N)])
""", catalogued="crop_offset_off_by_one"),
    _e("a8_crop_edge_pad", "a8_pipeline", "random_crop",
       "pads by repeating the edge (mode='edge') instead of zeros", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), mode="edge")
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
"""),
    _e("a8_flip_vertical_np_flip", "a8_pipeline", "random_flip",
       "flips upside down (axis of the rows) instead of left-right", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(len(x)) < p
    out = np.array(x, copy=True)
    for i in range(len(x)):
        if coins[i]:
            out[i] = np.flip(x[i], axis=1)
    return out
""", catalogued="flip_vertical"),
    _e("a8_flip_inplace", "a8_pipeline", "random_flip",
       "flips the caller's x in place and returns it", """
def random_flip(x, p, seed):
    flip = np.random.default_rng(seed).random(x.shape[0]) < p
    x[flip] = x[flip][..., ::-1]
    return x
"""),
    _e("a8_normalize_global_std", "a8_pipeline", "normalize_splits",
       "one global std over the whole training set instead of a per-pixel std", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mu = np.mean(X_train, axis=0)
    if mode == "mean_image":
        return X_train - mu, X_test - mu
    sd = np.std(X_train) + eps
    return (X_train - mu) / sd, (X_test - mu) / sd
"""),
    _e("a8_normalize_mode_ignored", "a8_pipeline", "normalize_splits",
       "mode ignored: always standardizes", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    return (X_train - mean) / (std + eps), (X_test - mean) / (std + eps)
"""),
    _e("a8_early_keeps_last", "a8_pipeline", "early_stopping",
       "returns the weights of the stopping epoch instead of the best epoch's", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = float("inf")
    bad = 0
    for e in range(len(val_losses)):
        if val_losses[e] < best - min_delta:
            best = val_losses[e]
            bad = 0
        else:
            bad += 1
        if bad >= patience:
            return e, weights[e]
    return len(val_losses) - 1, weights[len(val_losses) - 1]
""", catalogued="early_stopping_keeps_last_weights"),
    _e("a8_early_le", "a8_pipeline", "early_stopping",
       "an epoch equal to best - min_delta counts as an improvement (<= instead of <)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("a8_log_grid_logspace", "a8_pipeline", "log_grid",
       "np.logspace(low, high, n) treats low and high as exponents", """
def log_grid(low, high, n):
    return np.logspace(low, high, n)
""", catalogued="log_grid_bounds_as_exponents"),  # catalogued since 8302d9c (after this corpus)
    _e("a8_cosine_ignores_warmup", "a8_pipeline", "warmup_cosine_lr",
       "the cosine's progress counted from step 0 instead of from the end of the warm-up", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = step / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
""", catalogued="cosine_ignores_warmup"),
    _e("a8_ratio_spectral", "a8_pipeline", "update_ratio",
       "np.linalg.norm(A, 2) is the spectral norm for a matrix, not the Frobenius norm", """
def update_ratio(W, dW, lr):
    return lr * np.linalg.norm(dW, 2) / np.linalg.norm(W, 2)
"""),
    _e("a8_stats_var", "a8_pipeline", "parameter_statistics",
       "np.var where the std is asked for (weights and gradients)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W, dW = params[name], grads[name]
        stats[name] = np.array([np.mean(W), np.var(W), np.mean(dW), np.var(dW), update_ratio(W, dW, lr)])
    return stats
"""),
    _e("a8_train_no_batch_mean", "a8_pipeline", "train_and_predict",
       "the gradient is not divided by the batch size (a sum over the batch: 64x the step)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    K = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], K)), np.zeros(K)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for s in range(0, len(X), 64):
            idx = order[s:s + 64]
            sc = X[idx] @ W + b
            sc -= sc.max(axis=1, keepdims=True)
            P = np.exp(sc)
            P /= P.sum(axis=1, keepdims=True)
            P[np.arange(len(idx)), y_train[idx]] -= 1
            W -= 0.1 * X[idx].T @ P
            b -= 0.1 * P.sum(axis=0)
    return T @ W + b
"""),
]

# Right implementations written differently from the solution: each must earn full marks.
CORRECT: list[Entry] = [
    _e("ok_a2_nesterov_lookahead_form", "a2_optim", "nesterov_momentum",
       "correct: next_w = w + mu * v_new - lr * dw, algebraically the docstring's formula", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    v = config["momentum"] * config.get("velocity", np.zeros_like(w)) - config["learning_rate"] * g
    config["velocity"] = v
    return w + config["momentum"] * v - config["learning_rate"] * g, config
"""),
    _e("ok_a3_conv_naive_einsum", "a3_conv", "conv_forward_naive",
       "correct: loops over output positions with einsum over (C, HH, WW)", """
def conv_forward_naive(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = (H + 2 * p - HH) // s + 1, (W + 2 * p - WW) // s + 1
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    out = np.empty((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = np.einsum("nchw,fchw->nf", xp[:, :, i * s:i * s + HH, j * s:j * s + WW], w) + b
    return out, (x, w, b, conv_param)
"""),
    _e("ok_a3_maxpool_bwd_mask", "a3_conv", "max_pool_backward",
       "correct: a mask x == max (ties each get the gradient, as the docstring allows)", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            mask = win == win.max(axis=(2, 3), keepdims=True)
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += mask * dout[:, :, i, j][:, :, None, None]
    return dx
"""),
    _e("ok_a5_bn_torch_momentum", "a5_normalization", "batchnorm_forward",
       "correct (documented as accepted): torch's momentum convention, weight 0.1 of the new statistic", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.1)
    N, D = x.shape
    rm = bn_param.get("running_mean", np.zeros(D))
    rv = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu, var = x.mean(axis=0), x.var(axis=0)
        inv = 1 / np.sqrt(var + eps)
        xh = (x - mu) * inv
        out = gamma * xh + beta
        cache = (xh, gamma, inv)
        rm = (1 - momentum) * rm + momentum * mu
        rv = (1 - momentum) * rv + momentum * x.var(axis=0, ddof=1)
    elif mode == "test":
        out = gamma * (x - rm) / np.sqrt(rv + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"], bn_param["running_var"] = rm, rv
    return out, cache
"""),
    _e("ok_a7_cam_einsum", "a7_architectures", "class_activation_map",
       "correct: einsum over the channel axis with each example's class column", """
def class_activation_map(features, W, classes):
    return np.einsum("nchw,cn->nhw", features, W[:, classes])
"""),
    _e("ok_a8_log_grid_logspace_log10", "a8_pipeline", "log_grid",
       "correct: np.logspace over log10 of the bounds", """
def log_grid(low, high, n):
    return np.logspace(np.log10(low), np.log10(high), n)
"""),
]

# Judged by reading the feedback of bench/diagnosis_corpus.py on 2026-12-02 (commit 8302d9c's catalogues, graders
# and detectors; JUDGED_ON below): judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; for "nothing" and "vague" the ones that
# would be; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Ties: a "scaled" or "as_if" that says two causes of which one is the true one is judged right when the student
# can rule the other out by reading the code (a1_mse_div_rows, a3_output_size_no_dilation, a7_nll_mean_over_d).
JUDGED_ON = ("2026-12-02, commit 8302d9c (twelve entries re-judged later that day, six more after grading/slips.py, "
             "each with a comment)")
JUDGEMENT: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    "a1_db_mean_einsum": ("named", (), ""),
    # beside it, test_two_layer_mlp_gradient_check's close ('a small numerical difference') is off, but dominated
    # (re-read 2026-12-04: the slip "the term `+ b` missing" that now replaces missing_term says the same)
    "a1_affine_no_bias": ("right", ("missing_term", "one_slip"), ""),
    # the hint's example 'dx.reshape(x.shape)' names dx for a dw
    "a1_dw_not_flattened": ("right", ("reshaped",), ""),
    "a1_relu_bwd_ge_zero": ("named", (), ""),
    # caught since the graders keep the argument in the student's process and check it after the call
    "a1_relu_bwd_inplace": ("check_message", (), ""),
    "a1_sigmoid_bwd_resigmoid": ("right", ("local_derivative",), ""),
    "a1_tanh_bwd_retanh": ("right", ("local_derivative",), ""),
    # the large-scores test also says non_finite 'subtract the row maximum' of a loss that already does: its Inf is
    # log(0) of an underflowed probability (a second defect; log-softmax is the fix), dominated by the name
    "a1_ce_no_onehot": ("named", ("missing_term",), ""),
    # catalogued softmax_over_batch is not named; normalized_axis says it
    "a1_softmax_axis0": ("named", ("normalized_axis",), ""),  # named since 73d6b07 (the catalogue's version is each column's softmax)
    # a tie: 'N-1=3 ... or D=3 times: a division by D is missing'
    "a1_mse_div_rows": ("right", ("scaled",), ""),
    "a1_bce_grad_sign": ("right", ("scaled",), ""),
    "a1_mlp_reg_no_half": ("right", ("named_offset",), ""),
    "a1_mlp_reg_grad_missing": ("named", (), ""),
    "a1_logistic_mean": ("right", ("scaled",), ""),
    "a1_lstsq_tuple": ("right", ("returned_tuple",), ""),
    "a1_numgrad_no_restore": ("check_message", (), ("the check says it: 'put each x[i] back after its two "
                              "evaluations of f'")),
    "a1_numgrad_forward_diff": ("named", (), ""),
    # a2_optim
    "a2_velocity_wrong_key": ("named", (), ""),
    # since ece5dbf: "yours is what the correct sgd_momentum() returns if config['weight_decay'] were 0"
    "a2_momentum_no_weight_decay": ("right", ("as_if",), ""),
    "a2_adam_no_bias_corr": ("named", (), ""),
    # since the next commit: "yours is what the correct adam() returns if config['beta1'] and config['beta2'] were swapped"
    "a2_adam_betas_swapped": ("right", ("as_if",), ""),
    # since ece5dbf: close, "a small numerical difference (... a small term such as an epsilon placed differently)"
    # (re-read 2026-12-04: the slip `np.sqrt(v_hat + eps)` where `np.sqrt(v_hat) + eps` is meant, said now, names it)
    "a2_adam_eps_in_sqrt": ("right", ("close", "one_slip"), ""),
    # since the next commit: "yours is what the correct rmsprop() returns if config['decay_rate'] were 0.9"
    # (re-read 2026-12-05: "your rmsprop() gives config['decay_rate'] the default 0.9 (when the caller leaves it
    # out); the default asked for is 0.99", said on every test now, the one with the default config too: right)
    "a2_rmsprop_default_decay": ("right", ("as_if", "default_differs"), ""),
    # since the next commit: "your first update is (1-momentum)/(1+momentum) times the expected: 1 - momentum where
    # 1 + momentum is meant?" (the test with the default config still says only the size)
    # since grading/slips.py (re-judged by me, session 4): "one slip in nesterov_momentum(): `-` where `+` is meant,
    # where next_w is computed" replaces the first_step factor: both right
    "a2_nesterov_1_minus_mu": ("right", ("first_step", "one_slip"), ""),
    "a2_step_lr_float_div": ("right", ("staircase",), ""),
    "a2_cosine_min_lr_ignored": ("right", ("as_if",), ""),
    "a2_gd_path_before_update": ("right", ("shifted_steps",), ""),
    "a2_minibatch_rng_per_epoch": ("named", (), ""),
    # since the next commit: 9 rows where 12 are expected, the first 3 right: a last, shorter batch dropped
    "a2_minibatch_drop_last": ("right", ("fewer_steps",), ""),
    "a2_noise_variance": ("right", ("squared", "departure"), ""),  # the departure says the square since 2026-12-05
    "a2_linreg_grad_missing_2": ("right", ("scaled",), ""),
    # a3_conv
    # a tie: 'as if padding were 1 or if dilation were 1'; not_rejected also points at the dilated span
    "a3_output_size_no_dilation": ("right", ("as_if", "not_rejected"), ""),
    # since 554459f: '+2 x b, spread along its axis: it is added 2 times too many (e.g. a bias added inside a loop
    # over channels)'
    "a3_conv_bias_per_channel": ("right", ("missing_term",), ""),
    "a3_conv_flip_slicing": ("named", (), ""),
    "a3_conv_db_not_reduced": ("right", ("not_reduced",), ""),
    "a3_conv_dw_assigned": ("right", ("zero_pattern",), ""),
    # said only in test_max_pool_ties (one_index '... one contribution overwrites another: = for +=')
    "a3_maxpool_bwd_assign": ("right", ("one_index",), ""),
    "a3_avgpool_bwd_no_area": ("named", ("scaled",), ""),
    "a3_param_count_no_bias": ("right", ("as_if",), ""),
    "a3_receptive_field_local_stride": ("nothing", (), ("each layer's (k - 1) is multiplied by its own stride, not by "
                                        "the product of the strides before it")),
    "a3_transposed_no_output_padding": ("right", ("as_if",), ""),
    "a3_conv_fast_no_pad": ("right", ("as_if",), ""),
    "a3_dsep_mult_no_pointwise": ("right", ("as_if",), ""),
    # a4_init
    "a4_conv_fans_no_receptive": ("right", ("scaled",), ""),
    "a4_fans_swapped_unpack": ("named", (), ""),
    "a4_xavier_mode_ignored": ("right", ("as_if",), ""),
    # (as_if "shape[0] were shape[1]" fits the linear shape only, not the conv one the test also fails: since
    # 4dc1700 a setting must give every failing output of its function, and the departure at the return line,
    # `2.0 / fan_out`, is what is said)
    "a4_he_fan_out": ("right", ("as_if", "departure"), ""),
    # the factor-2 message lists 'a range from 0 to a is half as wide as one from -a to a'
    "a4_uniform_positive": ("right", ("scaled",), ""),
    "a4_normal_variance_as_scale": ("right", ("squared", "departure"), ""),  # (as a2_noise_variance)
    "a4_stats_var_per_column": ("nothing", (), ("your variances are the mean of the per-column variances "
                                "(np.var(h, axis=0).mean()); np.var over all entries is asked")),
    "a4_stats_pre_activation": ("named", (), ""),
    # a5_normalization
    "a5_bn_running_not_stored": ("right", ("returned_none",), ""),
    "a5_bn_test_no_affine": ("right", ("as_if",), ""),
    "a5_bn_eps_outside": ("named", (), ""),
    # since the next commit: dgamma (6,) is dout without axis 1, the expected without axis 0: the wrong axis
    "a5_bn_dgamma_axis1": ("right", ("reduced_other_axis",), ""),
    "a5_bn_alt_missing_xhat_term": ("named", (), ""),
    "a5_ln_axis0": ("named", (), ""),
    "a5_ln_bwd_uses_N": ("named", (), ""),
    # re-judged, session 4: "yours is what the correct groupnorm_forward() returns if groups were 3 = 6 // groups:
    # the number of parts (groups) and the size of each part ... are mixed up" (said though the backward then errs)
    "a5_gn_group_size_confused": ("right", ("as_if",), ""),
    "a5_dropout_no_scale_where": ("named", (), ""),
    "a5_dropout_bwd_unscaled": ("named", (), ""),
    "a5_l2_no_half": ("right", ("scaled",), ""),
    # re-judged, session 6 (grading/departure.py): the line `out, cache = batchnorm_forward(x.reshape(-1, C), ...)`
    # is named, but its evidence compares the batch norm's (N*H*W, C) output with the final out's shape
    "a5_spatial_reshape_no_transpose": ("vague", ("reshaped_untransposed",), ("x.reshape(-1, C) without moving "
                                        "the channels last: transpose(0, 2, 3, 1) before the reshape")),
    # a7_architectures
    # named since the next commit (from the outputs not computed from the wrong cache)
    "a7_relu_before_add": ("named", (), ""),
    "a7_shortcut_grad_forgotten": ("named", (), ""),
    # since grading/slips.py (re-judged, session 4): "the factor `* (z > 0)` missing" replaces the zero pattern
    "a7_final_relu_ignored_bwd": ("right", ("zero_pattern", "one_slip"), ""),
    # re-judged, session 18 (the pair departure): "two lines compute values the correct code never computes ...
    # `grads["Ws"] = x.T @ dout` ... and `grads["bs"] = dout.sum(axis=0)` ... the mistake is in those two lines"
    # replaces the zero pattern: both lines read dout where the shortcut's gradient is meant
    "a7_proj_grad_uses_dout": ("right", ("zero_pattern", "departure"), ""),
    "a7_gap_sum": ("right", ("wrong_reduction",), ""),
    "a7_cam_first_class": ("right", ("as_if",), ""),
    "a7_saliency_no_abs": ("named", (), ""),
    # re-judged, session 4 (grading/slips.py): "one slip in saliency_map(): a mean where a max is meant"
    "a7_saliency_mean_channels": ("right", ("one_slip",), ""),
    # re-judged, session 6 (grading/departure.py): "in it, `r ** 2 / std` is the first part whose value the correct
    # code never computes (what it is computed from agrees)"
    "a7_nll_dlogstd_std": ("right", ("local_derivative", "departure"), ""),
    # a tie: 'half: a factor 2 is missing ...; or 1/D (D=2): a division by D is extra'
    "a7_nll_mean_over_d": ("right", ("scaled",), ""),
    "a7_mdn_dmu_sign": ("right", ("scaled",), ""),
    # 'a loop never runs' (range(H2 - H) with H2 == H); one window short along each axis would be sharper
    "a7_score_map_off_by_one": ("right", ("empty",), ""),
    # a8_pipeline
    "a8_crop_exclusive_high": ("named", (), ""),
    # re-judged, session 6 (grading/departure.py): "the first value of yours that the correct code never computes is
    # `padded`, set by `padded = np.pad(x, ..., mode="edge")`"
    "a8_crop_edge_pad": ("right", ("departure",), ""),
    "a8_flip_vertical_np_flip": ("named", (), ""),
    # caught since the graders keep the argument in the student's process and check it after the call
    "a8_flip_inplace": ("check_message", (), ""),
    # since the next commit: "yours is the expected times a factor that is the same for every row but differs from
    # feature to feature: a per-feature statistic computed over the wrong axes, or one number used where one per
    # feature is asked for"
    # re-judged, session 27 (a factor per feature is a pattern a slip says more than): "yours is what the correct
    # code gives with one slip in normalize_splits(): a reduction over all entries where one over axis=0 is meant,
    # where std is computed" (np.std(X_train) where np.std(X_train, axis=0): the cause)
    "a8_normalize_global_std": ("right", ("scaled_per_feature", "one_slip"), ""),
    "a8_normalize_mode_ignored": ("right", ("as_if",), ""),
    "a8_early_keeps_last": ("named", (), ""),
    # re-judged, session 4 (grading/slips.py): "either of two slips (the test cannot tell which) in early_stopping():
    # `loss <= best` where `loss < best` is meant (...); or a loop that skips its first item": the first is the cause
    "a8_early_le": ("right", ("one_slip",), ""),
    "a8_log_grid_logspace": ("named", (), ""),
    "a8_cosine_ignores_warmup": ("named", (), ""),
    # re-judged, session 6 (grading/departure.py): "... what your function returns, at `return lr *
    # np.linalg.norm(dW, 2) / np.linalg.norm(W, 2)`: what it reads agrees ...; 0.00515 where 0.00548 is right"
    "a8_ratio_spectral": ("right", ("departure",), ""),
    # re-judged, session 18: "your value [1] is the variance of params['W1'] ..., np.var(params['W1']), where its
    # standard deviation, np.std(params['W1']), is asked" (wrong_statistic) replaces "the square of the expected"
    "a8_stats_var": ("right", ("squared_in_part", "wrong_statistic"), ""),
    # re-judged, session 4 (grading/slips.py): "one slip in train_and_predict(): a step never made: nothing done by
    # `probs /= len(idx)`"
    "a8_train_no_batch_mean": ("right", ("one_slip",), ""),
}

CORPUS = [replace(e, verdict=JUDGEMENT[e.id][0], expected=frozenset(JUDGEMENT[e.id][1]), ideal=JUDGEMENT[e.id][2])
          if e.id in JUDGEMENT else e for e in CORPUS]
