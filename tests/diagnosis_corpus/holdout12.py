"""A twelfth hold-out (issue 17): student-style mistakes written without seeing the detectors.

Judged once (JUDGEMENT12 below) on commit 3cc83e9 by an independent helper that wrote neither the detectors nor
these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout12 (69% named or right then).

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, training.py, torch_errors.py, sandbox/locals_trace.py), its tests, the judgements of
corpus.py, holdout.py .. holdout11.py, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to
avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant
earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT12
holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT12_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors
on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT12: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("k1_numgrad_divided_by_2_times_h", "a1_backprop", "eval_numerical_gradient",
       "operator precedence: the centered difference is written (f_plus - f_minus) / 2 * h, which Python reads as "
       "((f_plus - f_minus) / 2) * h, so every entry is h**2 times the right (f_plus - f_minus) / (2 * h) "
       "(x restored, the perturbations right)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus - f_minus) / 2 * h
    return grad
"""),
    _e("k1_softmax_normalized_by_total_sum", "a1_backprop", "softmax",
       "the row maximum is subtracted, but the exponentials are divided by e.sum() with no axis, the sum over every "
       "entry of the batch: each row sums to its share of the batch total instead of 1 (it must be "
       "e.sum(axis=1, keepdims=True))", """
def softmax(scores):
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum()
"""),
    _e("k1_ce_shifted_by_batch_max", "a1_backprop", "softmax_cross_entropy_loss",
       "the scores are shifted by np.max(scores), the single largest score of the whole batch, instead of each "
       "row's maximum: for scores spread over thousands the rows far below it underflow to 0, so the loss takes "
       "log(0) and dscores gets 0 / 0 (nan); right for moderate scores", """
def softmax_cross_entropy_loss(scores, y):
    n = len(y)
    shifted = scores - np.max(scores)
    e = np.exp(shifted)
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(probs[np.arange(n), y]))
    dscores = probs.copy()
    dscores[np.arange(n), y] -= 1
    dscores /= n
    return loss, dscores
"""),
    _e("k1_linreg_solve_rectangular_system", "a1_backprop", "linear_regression_closed_form",
       "np.linalg.solve is called on X w = y itself, but X is (N, D) with N > D, not square: solve raises "
       "LinAlgError; least squares solves the normal equations (X^T X) w = X^T y (or uses lstsq)", """
def linear_regression_closed_form(X, y):
    return np.linalg.solve(X, y)
"""),
    _e("k1_relu_bwd_where_not_negative", "a1_backprop", "relu_backward",
       "the gradient is blocked only where x < 0, np.where(x < 0, 0, dout): it passes where x is exactly 0, where "
       "the derivative must be taken as 0 (x > 0 is the mask)", """
def relu_backward(dout, cache):
    x = cache
    return np.where(x < 0, 0.0, dout)
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("k1_mlp_reg_grad_added_to_loop_variable", "a1_backprop", "two_layer_mlp_loss",
       "the L2 term is added in a loop `for name, g in grads.items(): g = g + reg * params[name]`, which only "
       "rebinds the loop variable g to a new array: the dict keeps dW1 and dW2 without reg * W (the penalty is in "
       "the loss, not in the gradients)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, cache1 = affine_forward(X, params["W1"], params["b1"])
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))
    da, dW2, db2 = affine_backward(dscores, cache2)
    dh = relu_backward(da, cache_relu)
    _, dW1, db1 = affine_backward(dh, cache1)
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    for name, g in grads.items():
        if name.startswith("W"):
            g = g + reg * params[name]
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    # ------------------------------------------------------------------ a2_optim
    _e("k2_momentum_velocity_stored_in_a_copy", "a2_optim", "sgd_momentum",
       "the velocity is written into state = dict(config), a copy, but the function returns config: the returned "
       "config never holds the velocity, so every call starts again from zero velocity and momentum never builds "
       "up", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    state = dict(config)
    v = state.get("velocity", np.zeros_like(w))
    v = state["momentum"] * v - state["learning_rate"] * _gradient(w, dw, state)
    state["velocity"] = v
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("k2_minibatch_permutation_list_repeated", "a2_optim", "minibatch_sgd",
       "the epochs' orders are built as [rng.permutation(n)] * epochs: list multiplication repeats the one "
       "permutation drawn, so every epoch visits the rows in the same order (one rng.permutation(n) per epoch is "
       "needed)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    orders = [rng.permutation(n)] * epochs
    w = np.array(w0, dtype=float)
    path = []
    for order in orders:
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("k2_rmsprop_new_square_not_weighted", "a2_optim", "rmsprop",
       "the cache decays the old average but adds the new squared gradient with weight 1: cache = decay_rate * "
       "cache + dw**2 instead of decay_rate * cache + (1 - decay_rate) * dw**2, so the cache is about "
       "1 / (1 - decay_rate) times too large and the steps too small", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = config["decay_rate"] * cache + g ** 2
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config
"""),
    _e("k2_cosine_lr_full_period", "a2_optim", "cosine_lr",
       "the cosine's angle is 2 pi step / total_steps, a full period instead of a half: the rate falls to min_lr at "
       "the middle of the schedule and climbs back to base_lr at total_steps (the angle is pi step / total_steps)",
       """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    angle = 2 * math.pi * step / total_steps
    return min_lr + (base_lr - min_lr) * (1 + math.cos(angle)) / 2
"""),
    _e("k2_adam_step_count_never_stored", "a2_optim", "adam",
       "t = config.get('t', 0) + 1 is computed but never written back into config (m and v are): every call sees "
       "t = 1, so the bias corrections divide by 1 - beta**1 forever and the later steps are too large", """
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
    config["m"], config["v"] = m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("k2_noise_std_root_of_denominator_only", "a2_optim", "gradient_noise_std",
       "the square root is taken of the denominator only: eta / (1 + step) ** (gamma / 2) instead of "
       "sqrt(eta / (1 + step) ** gamma); eta is left unrooted, so the std is sqrt(eta) times too large", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    return eta / (1 + step) ** (gamma / 2)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("k3_conv_naive_window_reversed", "a3_conv", "conv_forward_naive",
       "each window is reversed along both spatial axes, window[:, ::-1, ::-1], before it is multiplied with the "
       "filter: that is a true convolution (the same as flipping the kernel), not the cross-correlation the "
       "layers compute", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for i in range(Ho):
            for j in range(Wo):
                window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                for f in range(F):
                    out[n, f, i, j] = np.sum(window[:, ::-1, ::-1] * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="flipped_kernel"),
    _e("k3_conv_bwd_kernel_offsets_without_stride", "a3_conv", "conv_backward_naive",
       "a loop over the kernel offsets (u, v) takes the contiguous slice xp[:, :, u:u + Ho, v:v + Wo] for dw and "
       "scatters dx into it, without the stride: output (i, j) came from input row u + i * stride, so with stride 2 "
       "dw and dx are wrong (right with stride 1; db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for u in range(HH):
        for v in range(WW):
            patch = xp[:, :, u:u + Ho, v:v + Wo]
            dw[:, :, u, v] = np.einsum("nfhw,nchw->fc", dout, patch)
            dxp[:, :, u:u + Ho, v:v + Wo] += np.einsum("nfhw,fc->nchw", dout, w[:, :, u, v])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    db = dout.sum(axis=(0, 2, 3))
    return dx, dw, db
""", catalogued="backward_ignores_stride"),
    _e("k3_output_size_dilated_kernel_spans_d_times_k", "a3_conv", "conv_output_size",
       "a dilated kernel is taken to span dilation * kernel_size pixels; it spans dilation * (kernel_size - 1) + 1: "
       "right for dilation 1, one pixel too wide for dilation 2 (and more for larger dilations), so the output is "
       "too small and some valid configurations are rejected", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective = dilation * kernel_size
    span = input_size + 2 * padding - effective
    if span < 0 or span % stride:
        raise ValueError(f"the kernel does not tile the input: {span} / {stride}")
    return span // stride + 1
"""),
    _e("k3_maxpool_window_starts_stop_one_short", "a3_conv", "max_pool_forward",
       "the window starts are range(0, H - pool_height, stride), whose stop is exclusive: the last window (starting "
       "at H - pool_height) is never taken, so the output has one row and one column too few "
       "(range(0, H - pool_height + 1, stride))", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    rows = range(0, H - ph, s)
    cols = range(0, W - pw, s)
    out = np.zeros((N, C, len(rows), len(cols)))
    for i, r in enumerate(rows):
        for j, c in enumerate(cols):
            out[:, :, i, j] = x[:, :, r:r + ph, c:c + pw].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("k3_avgpool_window_size_from_stride", "a3_conv", "avg_pool_forward",
       "each window is cut as x[:, :, i * s:(i + 1) * s, j * s:(j + 1) * s], a stride x stride block, instead of "
       "pool_height x pool_width from i * s: right only when the pool size equals the stride (2x2 with stride 2), "
       "wrong for overlapping or non-square windows", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:(i + 1) * s, j * s:(j + 1) * s].mean(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("k3_dsep_multiply_pointwise_without_in_channels", "a3_conv", "depthwise_separable_multiply_count",
       "the pointwise 1x1 convolution is counted as oh * ow * out_channels multiplications; each of its outputs "
       "sums over the in_channels inputs, so it is oh * ow * in_channels * out_channels (the depthwise part "
       "right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * in_channels * kh * kw
    pointwise = oh * ow * out_channels
    return depthwise + pointwise
"""),
    # ------------------------------------------------------------------ a4_init
    _e("k4_fans_conv_divisors_swapped", "a4_init", "compute_fans",
       "a conv weight's fans are computed as the product of the shape divided by one channel count, with the "
       "divisors swapped: fan_in = prod // shape[1] is out * kh * kw and fan_out = prod // shape[0] is "
       "in * kh * kw (linear weights right)", """
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    total = math.prod(shape)
    return total // shape[1], total // shape[0]
""", catalogued="fans_swapped"),
    _e("k4_xavier_normal_generator_cached_in_default", "a4_init", "xavier_normal",
       "the generator is cached in a mutable default argument (_cache={}) with setdefault: it is created with the "
       "seed of the first call only and reused by every later call, so the seed is ignored afterwards and the "
       "same seed gives other weights", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0, _cache={}):
    rng = _cache.setdefault("rng", np.random.default_rng(seed))
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
""", catalogued="global_seed"),
    _e("k4_he_std_two_over_sqrt", "a4_init", "he_std",
       "the square root is taken of fan_in alone: 2 / sqrt(fan_in) instead of sqrt(2 / fan_in), sqrt(2) times too "
       "large", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return 2.0 / math.sqrt(fan_in)
"""),
    _e("k4_xavier_uniform_bound_from_he_std", "a4_init", "xavier_uniform",
       "the bound is sqrt(3) times he_std(shape) (the wrong helper, copied from he_normal) instead of xavier_std("
       "shape, mode, gain): the spread is He's sqrt(2 / fan_in), and mode and gain are ignored", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * he_std(shape)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
"""),
    _e("k4_stats_relu_builtin_max", "a4_init", "activation_statistics",
       "ReLU is written with Python's built-in max(z, 0), which compares the whole array with 0 and raises "
       "'truth value of an array is ambiguous': the element-wise maximum is np.maximum(z, 0) (tanh, sigmoid "
       "right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: max(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    for W in weights:
        h = acts[activation](h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("k4_xavier_std_gain_only_in_fan_avg", "a4_init", "xavier_std",
       "the gain multiplies the fan_avg formula only: mode 'fan_in' returns sqrt(1 / fan_in) whatever the gain "
       "(right for gain 1 and for fan_avg)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        return math.sqrt(1.0 / fan_in)
    return gain * math.sqrt(2.0 / (fan_in + fan_out))
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("k5_bn_normalizes_with_bessel_corrected_var", "a5_normalization", "batchnorm_forward",
       "the batch variance is multiplied by N / (N - 1) before it is used, so train mode normalizes with the "
       "unbiased variance; only the running variance takes the unbiased one, x_hat uses the biased x.var(axis=0)",
       """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0) * N / (N - 1)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_unbiased_variance"),
    _e("k5_bn_running_averages_updated_before_mode", "a5_normalization", "batchnorm_forward",
       "the running averages are updated with the batch's statistics before the mode is looked at: a test batch "
       "moves them too, and test mode then normalizes with averages that already include the test batch", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    bn_param["running_mean"] = momentum * bn_param.get("running_mean", np.zeros(D)) + (1 - momentum) * mu
    bn_param["running_var"] = momentum * bn_param.get("running_var", np.ones(D)) + (1 - momentum) * var * N / (N - 1)
    if mode == "train":
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        return gamma * x_hat + beta, (x_hat, gamma, inv_std)
    if mode == "test":
        x_hat = (x - bn_param["running_mean"]) / np.sqrt(bn_param["running_var"] + eps)
        return gamma * x_hat + beta, None
    raise ValueError(f"invalid batch norm mode {mode!r}")
""", catalogued="bn_running_updated_in_test_mode"),
    _e("k5_bn_test_mode_without_eps", "a5_normalization", "batchnorm_forward",
       "test mode divides by np.sqrt(running_var) without eps, while train mode normalizes with sqrt(var + eps): "
       "the two modes disagree (test outputs slightly too large, and inf for a zero running variance); train mode "
       "and the running averages right", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu, var = x.mean(axis=0), x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("k5_bn_running_var_from_std", "a5_normalization", "batchnorm_forward",
       "the running variance is averaged with the batch's standard deviation, x.std(axis=0, ddof=1), instead of "
       "its (unbiased) variance: running_var tracks a std, so test mode normalizes with the wrong scale (train "
       "mode and running_mean right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = x.mean(axis=0)
        inv_std = 1 / np.sqrt(x.var(axis=0) + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * x.std(axis=0, ddof=1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("k5_ln_bwd_reuses_batchnorm_backward", "a5_normalization", "layernorm_backward",
       "layer norm's backward is delegated to batchnorm_backward_alt on the same cache: its sums run over the batch "
       "(axis 0) and it divides by N, where layer norm's statistics, and so the sums in dx, are over each row's D "
       "features (axis 1); dgamma and dbeta right", """
def layernorm_backward(dout, cache):
    return batchnorm_backward_alt(dout, cache)
"""),
    _e("k5_gn_statistics_per_pixel_within_group", "a5_normalization", "groupnorm_forward",
       "x is reshaped to (N, groups, C // groups, H, W) and the mean and variance are taken over axis 2 only: each "
       "pixel is normalized over the group's channels at that position, not over the group's channels and all of "
       "H and W together", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, C // groups, H, W)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("k6_weights_reinitialized_before_predicting", "a6_cnn", "train_and_predict",
       "the weight initialization (model.apply(init) with kaiming_normal_) is called after the training loop, "
       "just before predicting, instead of after building the model: the trained convolution and linear weights "
       "are replaced by fresh random ones, so the predictions are an untrained model's", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)

    def init(m):
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)

    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.apply(init)
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("k6_returns_max_values_not_logits", "a6_cnn", "train_and_predict",
       "the function returns model(X_test).max(dim=1)[0], the values of the largest logits (index 0 of the "
       "(values, indices) pair), shape (M,): the logits of every class, shape (M, n_classes), are asked for", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        out = model(torch.tensor(X_test, device=device))
    return out.max(dim=1)[0].cpu().numpy()
""", catalogued="predictions_not_logits"),
    _e("k6_learning_rate_exponent_sign_typo", "a6_cnn", "train_and_predict",
       "the learning rate is typed lr=3e3 (3000) for 3e-3: Adam moves every weight by about the learning rate per "
       "step, so the weights blow up after the first steps and the model never learns (chance accuracy, "
       "possibly nan logits)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("k6_classifier_input_size_hardcoded_for_digits", "a6_cnn", "train_and_predict",
       "the network flattens the last feature maps into nn.Linear(32 * 2 * 2, n_classes), a size worked out for "
       "8x8 digits (two poolings: 8 -> 4 -> 2): on 32x32 images the flattened maps have 32 * 8 * 8 values and the "
       "linear layer raises a shape error (no global pooling to make the size independent of the image)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(32 * 2 * 2, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("k6_model_rebuilt_every_epoch", "a6_cnn", "train_and_predict",
       "the model and its optimizer are built inside the epoch loop: every epoch starts again from fresh random "
       "weights, so the returned model has trained for one epoch only (an undertrained model)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model = nn.Sequential(
            nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
        ).to(device)
        opt = torch.optim.Adam(model.parameters(), lr=3e-3)
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("k6_images_permuted_to_channels_last", "a6_cnn", "train_and_predict",
       "the images are permuted to channels-last (N, H, W, C) with .permute(0, 2, 3, 1), a Keras habit, while "
       "nn.Conv2d expects channels-first (N, C, H, W): the first convolution, built for C input channels, gets H "
       "of them and raises before any training", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device).permute(0, 2, 3, 1)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device).permute(0, 2, 3, 1)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("k7_cam_class_score_spread_over_map", "a7_architectures", "class_activation_map",
       "the features are pooled first and the class's column of W applied to the pooled vector: each example's "
       "class score is broadcast over an (H, W) map, a constant map, instead of weighting each feature map at "
       "every position, sum_c W[c, k] * features[n, c]", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    pooled = features.mean(axis=(2, 3))
    scores = (pooled @ W)[np.arange(N), classes]
    return np.broadcast_to(scores[:, None, None], (N, H, Wd)).copy()
""", catalogued="cam_from_pooled_features"),
    _e("k7_nll_log_of_2pi_times_std", "a7_architectures", "gaussian_nll",
       "exp(log_std) is used as the variance: the loss is written 0.5 * log(2 pi var) + 0.5 * r**2 / var with "
       "var = exp(log_std), which is the standard deviation; the variance is exp(2 * log_std), so the normalizer "
       "gives log_std / 2 instead of log_std and the squared term is divided by sigma, not sigma**2 (the "
       "gradients follow that wrong loss)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi * var) + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (0.5 - 0.5 * r ** 2 / var) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("k7_nll_constant_without_half", "a7_architectures", "gaussian_nll",
       "the constant is written log(2 pi) per output instead of 0.5 * log(2 pi) (the half of the log of the "
       "normalizer sqrt(2 pi) forgotten): the loss is too large by 0.5 * log(2 pi) * D, the gradients right", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("k7_saliency_max_over_batch_axis", "a7_architectures", "saliency_map",
       "the maximum of |dx| is taken over axis 0, the batch, instead of axis 1, the channels: the result has shape "
       "(C, H, W), one map per channel taken over all images, instead of one map per image (N, H, W)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=0)
"""),
    _e("k7_gap_bwd_dout_without_trailing_axes", "a7_architectures", "global_avg_pool_backward",
       "dout (N, C) is multiplied into np.ones((N, C, H, W)) without adding its two trailing axes "
       "(dout[:, :, None, None]): NumPy aligns the shapes from the right, so dout is matched against (H, W) and "
       "the product raises a broadcasting error (the division by H * W right)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.ones((N, C, H, W)) * dout / (H * W)
"""),
    _e("k7_resbwd_projection_bias_gradient_missing", "a7_architectures", "residual_block_backward",
       "with a projection shortcut, grads gets 'Ws' but never 'bs': the projection's bias gradient, "
       "dz.sum(axis=0), is missing from the dict (every other gradient and dx right)", """
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
        grads["Ws"] = x.T @ dz
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("k8_flip_generator_recreated_per_image", "a8_pipeline", "random_flip",
       "rng = np.random.default_rng(seed) is created inside the loop over the images: every image draws the same "
       "first number, so the whole batch is flipped or kept together instead of each image on its own coin", """
def random_flip(x, p, seed):
    out = x.copy()
    for n in range(len(x)):
        rng = np.random.default_rng(seed)
        if rng.random() < p:
            out[n] = x[n, ..., ::-1]
    return out
""", catalogued="flip_whole_batch"),
    _e("k8_train_normalized_test_under_unused_name", "a8_pipeline", "train_and_predict",
       "normalize_splits' result is unpacked as X, T_norm = ..., but the logits are computed from T, the raw test "
       "split: the test inputs never go through the normalization the model was trained with", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T_norm = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
""", catalogued="test_split_not_normalized"),
    _e("k8_crop_offsets_as_shift_within_padding", "a8_pipeline", "random_crop",
       "the crop is thought of as a random shift of the image by -padding .. +padding, so the offsets in the padded "
       "image are drawn from 0 to 2 * padding; they run from 0 to H + 2 * padding - size, which is larger when "
       "the crop is smaller than the image (right only for size == H)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        r = padding + rng.integers(-padding, padding + 1)
        c = padding + rng.integers(-padding, padding + 1)
        out[i] = padded[i, :, r:r + size, c:c + size]
    return out
"""),
    _e("k8_early_stopping_min_delta_relative", "a8_pipeline", "early_stopping",
       "min_delta is applied as a fraction of the best loss, loss < best * (1 - min_delta), instead of a "
       "difference, loss < best - min_delta: for losses far from 1 the threshold is off (near 10 an improvement "
       "must beat 10 times min_delta)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best * (1 - min_delta):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("k8_train_gradient_over_nominal_batch_size", "a8_pipeline", "train_and_predict",
       "the batch's gradient is divided by 64, the nominal batch size, instead of len(idx), the rows actually in "
       "the batch: the last, shorter batch of each epoch takes too small a step (right when 64 divides N)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    batch = 64
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            idx = order[start:start + batch]
            scores = X[idx] @ W + b
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= batch
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
    _e("k8_warmup_fraction_divides_by_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up fraction (step + 1) / warmup_steps is computed at the top, before the branch, so with "
       "warmup_steps = 0 (no warm-up) every call raises ZeroDivisionError (right whenever there is a warm-up)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    warm = (step + 1) / warmup_steps
    if step < warmup_steps:
        return base_lr * warm
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
]

HOLDOUT12_CORRECT: list[Entry] = [
    _e("k1_correct_linreg_thin_svd", "a1_backprop", "linear_regression_closed_form",
       "correct: least squares from the thin SVD X = U diag(s) V^T, w = V (U^T y / s)", """
def linear_regression_closed_form(X, y):
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt.T @ ((U.T @ y) / s)
"""),
    _e("k2_correct_step_lr_repeated_multiplication", "a2_optim", "step_lr",
       "correct: the rate multiplied by gamma once for each completed block of step_size steps, in a loop", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    lr = base_lr
    for _ in range(step // step_size):
        lr *= gamma
    return lr
"""),
    _e("k3_correct_avgpool_integral_image", "a3_conv", "avg_pool_forward",
       "correct: each window's sum read from a summed-area table (cumulative sums over H and W with a zero border), "
       "four corners per window, divided by the window's area", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    table = np.zeros((N, C, H + 1, W + 1))
    table[:, :, 1:, 1:] = x.cumsum(axis=2).cumsum(axis=3)
    r = np.arange(Ho) * s
    c = np.arange(Wo) * s
    total = (table[:, :, r[:, None] + ph, c[None, :] + pw] - table[:, :, r[:, None], c[None, :] + pw]
             - table[:, :, r[:, None] + ph, c[None, :]] + table[:, :, r[:, None], c[None, :]])
    return total / (ph * pw), (x, pool_param)
"""),
    _e("k4_correct_xavier_normal_reversed_then_transposed", "a4_init", "xavier_normal",
       "correct: the seeded draws made in the reversed shape and transposed back (.T reverses every axis), so the "
       "weights have the asked shape, the right std and the seed's reproducibility", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, std, size=tuple(shape)[::-1]).T
"""),
    _e("k5_correct_dropout_keep_upper_tail", "a5_normalization", "dropout_forward",
       "correct: a unit is kept where its uniform draw is above 1 - p (probability p), the kept ones divided by p "
       "with np.where", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = np.where(rng.random(x.shape) > 1 - p, 1.0 / p, 0.0)
    return x * mask, mask
"""),
    _e("k7_correct_score_map_sliding_windows_einsum", "a7_architectures", "fc_score_map",
       "correct: every (C, H, W) window taken at once with sliding_window_view, contracted with fc_to_conv's "
       "filters by einsum, the bias added per output", """
def fc_score_map(x, W, b, in_shape):
    from numpy.lib.stride_tricks import sliding_window_view
    w, bias = fc_to_conv(W, b, in_shape)
    C, H, W_ = in_shape
    windows = sliding_window_view(x, (H, W_), axis=(2, 3))
    return np.einsum("ncijhw,mchw->nmij", windows, w) + bias[None, :, None, None]
"""),
    _e("k8_correct_log_uniform_power_of_ratio", "a8_pipeline", "log_uniform",
       "correct: low * (high / low) ** u with u uniform in [0, 1) from the seeded generator, whose logarithm is "
       "uniform between log(low) and log(high)", """
def log_uniform(low, high, n, seed):
    u = np.random.default_rng(seed).random(n)
    return low * (high / low) ** u
"""),
]

JUDGED_ON12 = "2026-12-04 on commit 3cc83e9"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout12 on commit 3cc83e9 (JUDGED_ON12), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT11 (and JUDGEMENT10 .. JUDGEMENT8): a diagnosis with a
# false statement anywhere is misleading, and so is one whose observation is true but whose explanation of it names
# only mechanisms that are not there (truth_value_error's `if`/`while`/`not` for Python's built-in max, scaled's
# "a factor 2 missing inside a square root" for a gain ignored, counted_argument's "counted once per padding" for a
# coincidence); a departure naming a line where the mistake is not, is misleading, but one that names the line that
# uses a wrong value and then "or in `effective`, set by line N" (the mistake) is right; a loop departure without a
# statement is right only when the loop is small and the mistake clearly in it (the three-line window loop, not the
# twelve-line training loop); a generic hedge beside a right diagnosis is tolerated, and so is one_slip's or scaled's
# "either of two slips" / "fits more than one cause" where one of its few causes is the entry's; a false second
# diagnosis beside the right catalogued name does not undo the name; an error raised by Python, NumPy or torch is the
# comparison, not the check's message; torch_error is right where the first cause it gives for torch's error is the
# entry's; a6's diagnoses read from the training are judged by whether the fitting, the steps and the cause they
# state are there; a checklist that lists the cause among many is vague.
JUDGEMENT12: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # scaled: "every entry is 1e-10 times the expected (one common factor): ... look for a missing or extra scale (a
    # 1/N, a 2, a learning rate, a square root)": true (1e-10 = h ** 2), but none of its examples is it and h is not
    # named (as z2_noise_std_power_over_whole_ratio)
    "k1_numgrad_divided_by_2_times_h": ("vague", (), (
        "every entry is 1e-10 = h ** 2 times the expected: (f_plus - f_minus) / 2 * h is read as "
        "((f_plus - f_minus) / 2) * h, so h multiplies where it should divide; write (f_plus - f_minus) / (2 * h)")),
    # rescaled_per_example: "yours is, for each of the 4 examples, the expected times a number plus a number (not the
    # same for all examples): a normalization of each example (min-max, or by its mean and std) applied where none is
    # asked, or one left out?": true (each row is the expected times its share of the batch total, plus 0), but its
    # examples are not it and it does not say that the sum runs over the whole batch
    "k1_softmax_normalized_by_total_sum": ("vague", (), (
        "each row of yours is the expected times its own factor, and the rows no longer sum to 1: e.sum() with no "
        "axis sums the exponentials of the whole batch; divide each row by its own sum, e.sum(axis=1, keepdims=True)")),
    # non_finite on loss and dscores: "... this test's inputs reach 2672: if your values are finite on smaller inputs,
    # something overflows on large ones (np.exp overflows above 709; subtract the row maximum before np.exp, or
    # rescale); if not, a division by zero (or zero over zero), the log of zero ...": the values are finite on smaller
    # inputs, and nothing overflows (the batch maximum is subtracted: every shifted score is <= 0; the rows far below
    # it underflow to 0, 0 / 0 and log 0); its advice, the row maximum, is the fix (as v1_softmax_global_max_column_
    # sums, where the name was right)
    "k1_ce_shifted_by_batch_max": ("misleading", (), (
        "non_finite says something overflows (false: every shifted score is <= 0, nothing overflows); ideal: np.max("
        "scores) is the whole batch's largest score, so the rows far below it underflow to 0 in np.exp: their sum is "
        "0, probs 0 / 0 and the loss log(0); subtract each row's maximum, scores.max(axis=1, keepdims=True)")),
    # departure names the only line, `return np.linalg.solve(X, y)`, which raises, with "`X` has shape (20, 4)" (not
    # square): "the mistake is in that line"
    "k1_linreg_solve_rectangular_system": ("right", ("departure",), ""),
    "k1_relu_bwd_where_not_negative": ("named", (), ""),
    "k1_mlp_reg_grad_added_to_loop_variable": ("named", (), ""),
    # a2_optim
    "k2_momentum_velocity_stored_in_a_copy": ("named", (), ""),
    "k2_minibatch_permutation_list_repeated": ("named", (), ""),
    # one_slip: "either of two slips ...: the factor `(1 - rho) *` missing (or it is one in yours), where
    # config['cache'] is computed; or the term `- rho` missing" (both say the new square's weight 1 - rho is 1)
    "k2_rmsprop_new_square_not_weighted": ("right", ("one_slip",), ""),
    # departure names `angle = 2 * math.pi * step / total_steps` and its part `2 * math.pi` ("your `angle` is 0.314159
    # where 0.15708 is right ... the mistake is in that line"); end_block beside it ("nothing is carried from step to
    # step here, so the mistake is in how the step enters the formula") is true
    "k2_cosine_lr_full_period": ("right", ("departure",), ""),
    # state_not_kept: "your first step matches, then ... what it carries from one call to the next (... step count) is
    # probably not kept, not updated, or used wrongly ... (a step count in a bias correction)"; as_if: "yours is what
    # the correct adam() returns if config['t'] were 0" (true: t is never written back, so it is read as 0 every call)
    "k2_adam_step_count_never_stored": ("right", ("state_not_kept", "as_if"), ""),
    # departure names the only line, `return eta / (1 + step) ** (gamma / 2)` ("0.3 where 0.547723 is right");
    # scaled beside it (0.5477 = sqrt(eta), "a square root" among its examples) is true
    "k2_noise_std_root_of_denominator_only": ("right", ("departure",), ""),
    # a3_conv
    "k3_conv_naive_window_reversed": ("named", (), ""),
    "k3_conv_bwd_kernel_offsets_without_stride": ("named", (), ""),
    # one_slip: "the term `- 1` missing (the same slip in two places)" (`- dilation * (kernel_size - 1) - 1` without
    # either `- 1` is `- dilation * kernel_size`); departure names the span line "or in `effective`, set by line 277: `effective =
    # dilation * kernel_size`" (the mistake), as x4_he_std_fan_avg
    "k3_output_size_dilated_kernel_spans_d_times_k": ("right", ("one_slip", "departure"), ""),
    # one_slip: "the term `+ 1` missing (the same slip in two places)" (the two range stops; on one test beside "or
    # `ph` where `s` is meant", the test cannot tell which)
    "k3_maxpool_window_starts_stop_one_short": ("right", ("one_slip",), ""),
    # loop departure on the three-line window loop (lines 281-283), "though what the loop reads from before it (Ho,
    # Wo, s, x) agrees" (ph and pw are not read): its one statement is the window slice
    "k3_avgpool_window_size_from_stride": ("right", ("departure",), ""),
    # one_slip: "the factor `in_channels *` missing"
    "k3_dsep_multiply_pointwise_without_in_channels": ("right", ("one_slip",), ""),
    # a4_init
    "k4_fans_conv_divisors_swapped": ("named", (), ""),
    "k4_xavier_normal_generator_cached_in_default": ("named", (), ""),
    # one_slip: "`sqrt(4.0 /` where `sqrt(2.0 /` is meant" (2 / sqrt(f) is sqrt(4 / f)) and scaled "sqrt(2) times
    # ...: a factor 2 too many inside a square root" (as u4_xavier_fan_in_mode_factor_2)
    "k4_he_std_two_over_sqrt": ("right", ("one_slip", "scaled"), ""),
    # departure names `a = math.sqrt(3.0) * he_std(shape)` and its part `he_std(shape)` on two tests (right); but on
    # the fan_in, gain 2 test scaled alone: "yours is 1/sqrt(2) times the expected: a factor 2 is missing inside a
    # square root (as in sqrt(2 / fan_in))": yours is exactly sqrt(2 / fan_in) (He's std); what is missing is the
    # gain 2 and the mode, ignored by the wrong helper (as z2_cosine_angle_in_degrees: a false diagnosis on one test)
    "k4_xavier_uniform_bound_from_he_std": ("misleading", ("departure",), (
        "scaled blames a factor 2 missing inside a square root, as in sqrt(2 / fan_in) (false: yours is "
        "sqrt(2 / fan_in), He's std; the gain 2 and mode fan_in are ignored); ideal, as the departure says: the "
        "bound is sqrt(3) * he_std(shape), the wrong helper: He's spread whatever mode and gain are; use "
        "sqrt(3) * xavier_std(shape, mode, gain)")),
    # truth_value_error: "an array was used where Python needs one True or False (an `if`, a `while`, `not`, `and` or
    # `or`): `if not y:` or `if params.get("W"):` asks whether a whole array is true ...; compare with None ... or use
    # .any() or .all()": none of those is there; the truth value is taken inside Python's built-in max(z, 0), and
    # np.maximum is the fix
    "k4_stats_relu_builtin_max": ("misleading", (), (
        "truth_value_error blames an if, while, not, and or or on an array and advises `is None` or .any() (none "
        "is there); ideal: relu is lambda z: max(z, 0), Python's built-in max, which compares the whole array with 0 "
        "and needs one True or False; the element-wise maximum is np.maximum(z, 0)")),
    # scaled: "0.5 times the expected, which fits more than one cause: ... or 1/gain of the expected (gain=2, the
    # argument gain): a factor gain is missing"; one_slip: "the factor `gain *` missing (or it is one in yours)"
    "k4_xavier_std_gain_only_in_fan_avg": ("right", ("one_slip", "scaled"), ""),
    # a5_normalization
    "k5_bn_normalizes_with_bessel_corrected_var": ("named", (), ""),
    # catalogued bn_running_updated_in_test_mode not named; only the comparison on the three test-mode tests
    "k5_bn_running_averages_updated_before_mode": ("nothing", (), (
        "bn_running_updated_in_test_mode: test mode's output is off because the running averages are updated with "
        "the test batch's statistics before the mode is looked at; update them in train mode only")),
    # one_slip: "the term `+ eps` missing (or it is zero in yours), where out is computed"
    "k5_bn_test_mode_without_eps": ("right", ("one_slip",), ""),
    # only the comparison (running_var 2.19 where 5.88; test-mode outputs off)
    "k5_bn_running_var_from_std": ("nothing", (), (
        "running_var is off (2.19 where 5.88) while running_mean and train mode are right: it is averaged with "
        "x.std(axis=0, ddof=1), a standard deviation; average the unbiased variance, x.var(axis=0, ddof=1)")),
    # only the comparison (dx wrong, dgamma and dbeta right)
    "k5_ln_bwd_reuses_batchnorm_backward": ("nothing", (), (
        "dx is wrong, dgamma and dbeta right: batchnorm_backward_alt sums over the batch (axis 0) and divides by N, "
        "but layer norm's statistics are over each row's D features: sum over axis 1 (keepdims) and divide by D")),
    # departure names `xg = x.reshape(N, groups, C // groups, H, W)`: shape (2, 2, 3, 3, 3) where (2, 2, 27) is
    # right, "with the same entries in another order" (the same entries, as y4_he_normal_flat_draws), and "with the
    # right `xg` there, the rest of your function returns the expected out" (true: the mean over axis 2 is then over
    # the group's channels and pixels together)
    "k5_gn_statistics_per_pixel_within_group": ("right", ("departure",), ""),
    # a6_cnn
    # catalogued untrained_model not named; fits_batches_not_predictions on both accuracy tests: "the training loss
    # fell from 2.11 to 0.04 (the model fits its training batches), yet it predicts 200 of those same training
    # images ... at accuracy 0.07: what reaches the model when it predicts differs from what it trained on (the images
    # scaled or standardized for training but not for predicting, or with other statistics, or another layout)": the
    # fitting is there, the cause is not: the inputs are the same, the trained weights are re-drawn (model.apply(init)
    # after the loop)
    "k6_weights_reinitialized_before_predicting": ("misleading", (), (
        "fits_batches_not_predictions blames inputs preprocessed differently at prediction (false: they are the "
        "same); ideal: the model fits its batches yet predicts its own training images at chance because "
        "model.apply(init) after the training loop re-draws the trained weights; initialize right after building "
        "the model")),
    # catalogued predictions_not_logits not named, no diagnosis; the check's message says it: "expected logits of
    # shape (739, classes), got shape (739,)"
    "k6_returns_max_values_not_logits": ("check_message", (), (
        "predictions_not_logits: out.max(dim=1)[0] returns each image's largest logit, shape (M,); return the "
        "logits of every class, shape (M, n_classes)")),
    # loss_rose: "the training loss jumped from 2.3 at the first step to 2.14e+08 (at backward pass 2) ...: the steps
    # are too large (learning rate 3e+03) or go uphill (a sign flipped)"
    "k6_learning_rate_exponent_sign_typo": ("right", ("loss_rose",), ""),
    # torch_error: "a layer that multiplies by a (128, 4) weight (an nn.Linear built with in_features=128) got 64 rows
    # of 2048 features ...: build it with in_features=2048, or change the layers before it to give 128"
    "k6_classifier_input_size_hardcoded_for_digits": ("right", ("torch_error",), ""),
    # torch_error: "a convolution built for 1 input channel got input of shape [64, 8, 8, 1] with 8: its in_channels
    # must be the channels it is given (8; for the first layer, X_train.shape[1])" (32 on the shapes test): it blames
    # the layer's in_channels; the layers are right (built with X_train.shape[1]), the input is channels-last
    "k6_images_permuted_to_channels_last": ("misleading", (), (
        "torch_error says the first convolution's in_channels must be the 8 (or 32) channels it gets (false: those "
        "are the image's height; the layer is right); ideal: .permute(0, 2, 3, 1) makes the images (N, H, W, C) "
        "but nn.Conv2d takes (N, C, H, W): drop the permute on the training and the test images")),
    # untrained_model named on the seeded test: "The model is never trained (no optimizer steps)": false, every epoch
    # steps its optimizer (the model is rebuilt each epoch); also loss_flat on the shapes test ("... as when a batch's
    # labels are not those of its images": false) and learned_little's checklist on the digits test
    "k6_model_rebuilt_every_epoch": ("wrong_name", (), (
        "untrained_model says no optimizer step ran (false); ideal: the model and its optimizer are built inside the "
        "epoch loop, so every epoch starts from fresh random weights and the returned model trained for one epoch "
        "only; build them once, before the loop")),
    # a7_architectures
    "k7_cam_class_score_spread_over_map": ("named", (), ""),
    "k7_nll_log_of_2pi_times_std": ("named", (), ""),
    # named_offset: "yours is the expected + 2 x 0.5 * log(2 pi) (the Gaussian's normalizing constant, once per
    # output): that constant term is extra" (as y7_nll_constant_once_per_row)
    "k7_nll_constant_without_half": ("right", ("named_offset",), ""),
    # one_slip: "0 where 1 is meant: the statistic is taken over another axis"
    "k7_saliency_max_over_batch_axis": ("right", ("one_slip",), ""),
    # shape_error: "(2, 3) meets the last 2 axes of (2, 3, 4, 5) ...: give it the shape (2, 3, 1, 1) (`[:, :, None,
    # None]` ...)"; departure names the only line
    "k7_gap_bwd_dout_without_trailing_axes": ("right", ("shape_error", "departure"), ""),
    # returned_none on grads['bs']: "yours is None: is a `return` missing, or a value never stored where it is read
    # back (an entry of a dict ... that your function should set)?" (as z7_resbwd_grads_keyed_with_d_prefix)
    "k7_resbwd_projection_bias_gradient_missing": ("right", ("returned_none",), ""),
    # a8_pipeline
    "k8_flip_generator_recreated_per_image": ("named", (), ""),
    "k8_train_normalized_test_under_unused_name": ("named", (), ""),
    # loop departure on the four-line crop loop (right); but counted_argument: "yours is 2 fewer than the expected:
    # exactly padding (the argument padding): something counted once per padding is missing": the 2 is H - size
    # (12 - 10), equal to padding by chance; and returned_other on the rectangular test: "yours equals the expected
    # offsets down ...: is the wrong variable returned?": no, the offsets across run to 2 * padding = 4, as the
    # offsets down do there because the crop is as high as the image
    "k8_crop_offsets_as_shift_within_padding": ("misleading", ("departure",), (
        "counted_argument blames something counted once per padding and returned_other a wrong variable returned "
        "(both false); ideal: the largest offset is 2 * padding (4) where H + 2 * padding - size (6) is right: the "
        "offsets are drawn as a shift of -padding .. padding; draw them from 0 to H + 2 * padding - size")),
    # only the comparison (stop epoch 3 where 8 is right, losses near 10)
    "k8_early_stopping_min_delta_relative": ("nothing", (), (
        "with losses near 10 the stop comes at epoch 3, not 8: loss < best * (1 - min_delta) takes min_delta as a "
        "fraction of the best loss (ten times min_delta there); an improvement is loss < best - min_delta")),
    # loop departure on the twelve-line training loop (lines 173-184, all of the training), no statement named: true
    # but not pointing at the division
    "k8_train_gradient_over_nominal_batch_size": ("vague", (), (
        "the last, shorter batch of each epoch steps too little: probs /= batch divides by 64, the nominal batch "
        "size, not by len(idx), the rows in the batch")),
    # departure names `warm = (step + 1) / warmup_steps` (the division raising ZeroDivisionError)
    "k8_warmup_fraction_divides_by_zero": ("right", ("departure",), ""),
}
# Counts (3cc83e9): named 13, right 20 (named or right 33/48 = 69%; not in the catalogue: right 20/32 = 62.5%; the 16
# catalogued: 13 named, 1 misleading, 1 nothing, 1 check_message), misleading 6, vague 3, nothing 4, wrong_name 1,
# check_message 1, not_caught 0.
# HOLDOUT12_CORRECT: all seven full marks.

HOLDOUT12 = [replace(e, verdict=JUDGEMENT12[e.id][0], expected=frozenset(JUDGEMENT12[e.id][1]),
                     ideal=JUDGEMENT12[e.id][2]) if e.id in JUDGEMENT12 else e for e in HOLDOUT12]
