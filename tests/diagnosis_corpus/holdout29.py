"""A twenty-ninth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 54afeae (JUDGED_ON29, JUDGEMENT29 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout29.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations, autograder/testing.py and the
ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake
loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and verdict
scale as corpus.py: HOLDOUT29 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written
another way), HOLDOUT29_CORRECT right implementations written unusually, which must earn full marks. Do not tune the
detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT29: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qd1_affine_fwd_cache_params_first", "a1_backprop", "affine_forward",
       "out is right, but the cache is packed (w, b, x), the parameters first, where the documented layout that "
       "affine_backward unpacks is (x, w, b): the backward pass reads w as the input and b as the weights", """
def affine_forward(x, w, b):
    N = x.shape[0]
    rows = x.reshape(N, -1)
    out = rows @ w + b
    # keep the parameters first, the input last
    cache = (w, b, x)
    return out, cache
"""),
    _e("qd1_mlp_grads_keyed_with_d_prefix", "a1_backprop", "two_layer_mlp_loss",
       "loss and every gradient right, but the grads dict is keyed 'dW1', 'db1', 'dW2', 'db2' (the variable names) "
       "instead of the keys of params ('W1', 'b1', 'W2', 'b2') that the docstring asks for", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    hidden, fc1_cache = affine_forward(X, W1, b1)
    hidden, relu_cache = relu_forward(hidden)
    scores, fc2_cache = affine_forward(hidden, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    reg_loss = 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dhidden, dW2, db2 = affine_backward(dscores, fc2_cache)
    dhidden = relu_backward(dhidden, relu_cache)
    _, dW1, db1 = affine_backward(dhidden, fc1_cache)
    grads = {"dW1": dW1 + reg * W1, "db1": db1, "dW2": dW2 + reg * W2, "db2": db2}
    return data_loss + reg_loss, grads
"""),
    _e("qd1_bce_log_one_minus_p_split", "a1_backprop", "binary_cross_entropy_loss",
       "log(1 - p) is written np.log(1) - np.log(p), a log rule misapplied (that is log(1 / p)): the negative "
       "class's term of the loss is (1 - t) * (-log p) instead of (1 - t) * log(1 - p) (dprobs right)", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    log_p = np.log(p)
    log_q = np.log(1) - log_p      # log(1 - p)
    loss = -np.mean(t * log_p + (1 - t) * log_q)
    dprobs = (p - t) / (p * (1 - p)) / p.size
    return loss, dprobs
"""),
    _e("qd1_ce_label_and_row_indices_swapped", "a1_backprop", "softmax_cross_entropy_loss",
       "the correct classes are indexed log_probs[y, arange(N)] and dscores[y, arange(N)], the labels as the row "
       "index and the examples as the column index (the two index arrays swapped): an IndexError when N > C, "
       "other entries otherwise; [arange(N), y] is meant", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    z = scores - np.max(scores, axis=1, keepdims=True)
    log_probs = z - np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -np.mean(log_probs[y, rows])
    dscores = np.exp(log_probs)
    dscores[y, rows] -= 1
    dscores /= n
    return loss, dscores
"""),
    _e("qd1_logistic_rows_weighted_by_y_minus_pi", "a1_backprop", "logistic_regression_gradient",
       "each row's features are weighted by its residual y - pi and summed over the rows: X^T (y - pi), the "
       "gradient of the log-likelihood, with the wrong sign for the negative log-likelihood, whose gradient is "
       "X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    pi = 1.0 / (1.0 + np.exp(-X.dot(w)))
    residual = y - pi
    # each row contributes its features times its residual
    return (residual[:, None] * X).sum(axis=0)
""", catalogued="logistic_gradient_sign_flipped"),
    _e("qd1_softmax_scipy_axis_zero", "a1_backprop", "softmax",
       "scipy.special.softmax is called with axis=0: each class (column) is normalized over the batch instead of "
       "each row over its classes (axis=1)", """
def softmax(scores):
    from scipy.special import softmax as scipy_softmax
    return scipy_softmax(scores, axis=0)
""", catalogued="softmax_over_batch"),
    # ------------------------------------------------------------------ a2_optim
    _e("qd2_exponential_lr_product_raised", "a2_optim", "exponential_lr",
       "the product is raised to the power, (base_lr * gamma) ** step, instead of base_lr * gamma ** step: step 0 "
       "gives 1 instead of base_lr, and every later rate is base_lr**step * gamma**step", """
def exponential_lr(base_lr, step, gamma):
    return (base_lr * gamma) ** step
"""),
    _e("qd2_adadelta_epsilon_default_1e8", "a2_optim", "adadelta",
       "wrong default: epsilon defaults to 1e-8 (RMSProp's and Adam's) instead of the docstring's 1e-6; with "
       "acc_delta starting at 0 the numerator sqrt(acc_delta + eps) of the early steps is ten times smaller, so a "
       "config without 'epsilon' takes far too small steps", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-8)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("qd2_rmsprop_cache_zeros_len_w", "a2_optim", "rmsprop",
       "the cache starts as np.zeros(len(w)), one entry per row: right for a weight vector, but for a weight matrix "
       "(3, 4) the (3,) zeros do not broadcast with g**2 (ValueError); it must start as np.zeros_like(w)", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    if "cache" not in config:
        config["cache"] = np.zeros(len(w))
    config["cache"] = rho * config["cache"] + (1 - rho) * g * g
    next_w = w - config["learning_rate"] * g / (np.sqrt(config["cache"]) + config["epsilon"])
    return next_w, config
"""),
    _e("qd2_minibatch_generator_seed_plus_epoch", "a2_optim", "minibatch_sgd",
       "a generator seeded with seed + epoch is created at every epoch ('a different shuffle each epoch'): the first "
       "epoch's order is right, but the later ones come from new generators instead of the one "
       "rng = np.random.default_rng(seed) created once and drawn from every epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    w = np.array(w0, dtype=float)
    n = len(X)
    path = []
    for epoch in range(epochs):
        rng = np.random.default_rng(seed + epoch)   # a different shuffle every epoch
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qd2_adam_t_counted_from_minus_one", "a2_optim", "adam",
       "the step count starts at -1 so that the first step is 'step 0' (config.get('t', -1) + 1): the first step's "
       "bias corrections divide by 1 - beta**0 = 0, and every later step uses t one less than its count", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    config["t"] = config.get("t", -1) + 1      # steps counted from 0
    t = config["t"]
    g = _gradient(w, dw, config)
    m = b1 * config.get("m", 0.0) + (1 - b1) * g
    v = b2 * config.get("v", 0.0) + (1 - b2) * g * g
    config["m"], config["v"] = m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_t_incremented_after_use"),
    _e("qd2_cosine_table_of_steps_from_one", "a2_optim", "cosine_lr",
       "the rates are tabulated for steps 1 .. total_steps and indexed with the 0-based step: step s gets the rate "
       "of step s + 1, so step 0 is already below base_lr and min_lr is reached one step early", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    # the schedule's values for steps 1 .. total_steps
    table = [min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * s / total_steps)) / 2
             for s in range(1, total_steps + 1)]
    return table[min(step, total_steps - 1)]
""", catalogued="cosine_lr_off_by_one"),
    # ------------------------------------------------------------------ a3_conv
    _e("qd3_output_size_counts_fitting_windows", "a3_conv", "conv_output_size",
       "the output size is found by counting the windows that fit, stepping by the stride: whole configurations come "
       "out right, but a stride that does not tile the padded input is rounded down and a kernel larger than it "
       "gives 0, where both must raise ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = dilation * (kernel_size - 1) + 1      # extent of the dilated kernel
    padded = input_size + 2 * padding
    count, start = 0, 0
    while start + span <= padded:                # one output per window that fits
        count += 1
        start += stride
    return count
""", catalogued="output_size_not_rejected"),
    _e("qd3_avg_pool_bwd_add_at_undivided", "a3_conv", "avg_pool_backward",
       "each window's dout is scattered onto every input of the window at once with np.add.at (overlapping windows "
       "summed right), but never divided by the window's area: each input must get dout / (ph * pw)", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    # the row and column of every input of every window: (Ho, Wo, ph, pw)
    r = (np.arange(Ho) * s)[:, None, None, None] + np.arange(ph)[None, None, :, None]
    c = (np.arange(Wo) * s)[None, :, None, None] + np.arange(pw)[None, None, None, :]
    r, c = np.broadcast_arrays(r, c)
    g = np.broadcast_to(dout[:, :, :, :, None, None], (N, C, Ho, Wo, ph, pw))
    np.add.at(dx, (slice(None), slice(None), r, c), g)
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qd3_conv_bwd_fast_delegates_to_naive", "a3_conv", "conv_backward_fast",
       "conv_backward_fast hands its work to conv_backward_naive: the gradients are right, but its loops over every "
       "image, filter and output position make it far slower than a vectorized backward pass (the timing check)", """
def conv_backward_fast(dout, cache):
    # the same maths as the naive version, which is already checked
    return conv_backward_naive(dout, cache)
"""),
    _e("qd3_pool_indices_row_offset_not_times_width", "a3_conv", "max_pool_with_indices",
       "the flat index is typed i * s + k // pw * W + j * s + k % pw: only the row inside the window is multiplied "
       "by W, the window's first row i * s is added as if it were a column; row * W + col needs "
       "(i * s + k // pw) * W", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = 1 + (H - ph) // s, 1 + (W - pw) // s
    out = np.empty((N, C, Ho, Wo))
    idx = np.empty((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            k = np.argmax(win, axis=2)
            out[:, :, i, j] = np.max(win, axis=2)
            idx[:, :, i, j] = i * s + k // pw * W + j * s + k % pw
    return out, idx
"""),
    _e("qd3_unpool_size_twice_the_pooled", "a3_conv", "max_unpool",
       "the unpooled size is taken as twice the pooled size (2x2 pooling with stride 2 assumed) and output_shape is "
       "never read: right for an 8x6 plane, but a 7x5 plane pooled to 3x2 is unpooled to 6x4, where its flat "
       "indices (counted with width 5) do not fit", """
def max_unpool(x, indices, output_shape):
    N, C, Hp, Wp = x.shape
    H, W = 2 * Hp, 2 * Wp          # 2x2 pooling with stride 2 halves each side
    out = np.zeros((N, C, H * W))
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].ravel()] = x[n, c].ravel()
    return out.reshape(N, C, H, W)
"""),
    _e("qd3_conv_fast_reflect_padding", "a3_conv", "conv_forward_fast",
       "the input is padded with np.pad(..., mode='reflect'), mirrored border pixels, instead of zeros: every "
       "window that covers the padding gives a wrong output (right with pad 0)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    # reflect the border instead of adding zeros (no artificial edges)
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="reflect")
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", win, w, optimize=True) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qd4_fans_receptive_from_last_two_axes", "a4_init", "compute_fans",
       "the receptive field of a conv weight is shape[-2] * shape[-1], the last two axes (2-D kernels assumed): "
       "right for (out, in, kh, kw), but a 1-D kernel (out, in, k) counts in_channels in it and a 3-D one "
       "(out, in, kd, kh, kw) loses kd; it is the product of every axis after the first two", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    receptive = shape[-2] * shape[-1]          # kh * kw
    return shape[1] * receptive, shape[0] * receptive
"""),
    _e("qd4_stats_in_single_precision", "a4_init", "activation_statistics",
       "the layers are run in float32 ('the net is single precision anyway'): X and every W are cast with "
       "astype(np.float32), so each layer's mean and variance are right to only about 1e-7 relative and drift "
       "through the layers, where the float64 statistics of the given arrays are asked for", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0.0), "linear": lambda z: z}
    act = acts[activation]
    h = X.astype(np.float32)
    means, variances = [], []
    for W in weights:
        h = act(h @ W.astype(np.float32))
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qd4_xavier_two_over_mean_fan", "a4_init", "xavier_std",
       "mode fan_avg is written gain * sqrt(2 / mean(fans)): the mean of the fans (fan_in + fan_out) / 2 is used "
       "together with the 2 of the sum form, so the std is sqrt(4 / (fan_in + fan_out)), sqrt(2) times Glorot's "
       "gain * sqrt(2 / (fan_in + fan_out)) (mode fan_in right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        return gain * math.sqrt(1.0 / fan_in)
    fan_avg = (fan_in + fan_out) / 2
    return gain * math.sqrt(2.0 / fan_avg)
"""),
    _e("qd4_he_normal_generator_kept_on_function", "a4_init", "he_normal",
       "the generator is created on the first call and kept on the function object (he_normal.rng), seeded with "
       "that first call's seed: later calls continue its stream and never use their own seed, so the same seed "
       "gives other weights", """
def he_normal(shape, seed):
    if not hasattr(he_normal, "rng"):
        he_normal.rng = np.random.default_rng(seed)   # create the generator once
    return he_normal.rng.normal(0.0, he_std(shape), size=shape)
"""),
    _e("qd4_he_relu_halving_on_fan_in", "a4_init", "he_std",
       "the ReLU's halving is put on the fan-in, sqrt(2 / (2 * fan_in)) ('ReLU keeps half the inputs'), instead of "
       "being compensated: the std is sqrt(1 / fan_in), LeCun's, without He's factor 2 (sqrt(2 / fan_in))", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    active = 2 * fan_in            # ReLU zeroes half of the inputs
    return math.sqrt(2.0 / active)
""", catalogued="relu_factor_2_missing"),
    _e("qd4_xavier_uniform_scipy_std_bound", "a4_init", "xavier_uniform",
       "the draws come from scipy.stats.uniform(loc=-std, scale=2 * std), U(-std, std): the bound is the std itself, "
       "so the variance is std**2 / 3; the bound must be sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    from scipy import stats
    std = xavier_std(shape, mode, gain)
    dist = stats.uniform(loc=-std, scale=2 * std)      # U(-std, std)
    return dist.rvs(size=shape, random_state=np.random.default_rng(seed))
""", catalogued="uniform_bound_is_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("qd5_dropout_mode_string_tested_for_truth", "a5_normalization", "dropout_forward",
       "the mode string is tested for truth (if not training: return x), but 'test' is a non-empty string and so "
       "true: the test-mode branch is never taken and the mask is applied at test time too", """
def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    training = dropout_param.get("mode", "train")
    if not training:
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
""", catalogued="dropout_at_test_time"),
    _e("qd5_bn_bwd_feature_loop_means", "a5_normalization", "batchnorm_backward",
       "a loop over the features: each column's dx right, but its dgamma and dbeta are np.mean over the batch "
       "instead of sums (the 1/N of the loss is already inside dout)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dx = np.empty_like(dout)
    dgamma = np.empty(D)
    dbeta = np.empty(D)
    for d in range(D):                       # one feature at a time
        g = dout[:, d]
        xh = x_hat[:, d]
        dgamma[d] = np.mean(g * xh)
        dbeta[d] = np.mean(g)
        dxh = g * gamma[d]
        dx[:, d] = inv_std[d] * (dxh - dxh.mean() - xh * np.mean(dxh * xh))
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("qd5_bn_eps_default_keras", "a5_normalization", "batchnorm_forward",
       "wrong default: eps is read with bn_param.get('eps', 1e-3) (Keras's) instead of the documented 1e-5: without "
       "an eps in bn_param, a feature with a tiny variance is normalized by sqrt(var + 1e-3), far from its std", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-3)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = np.mean(x, axis=0)
        var = np.var(x, axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qd5_layernorm_bwd_row_means_without_keepdims", "a5_normalization", "layernorm_backward",
       "the two row means of the simplified formula are taken without keepdims=True: (N,) vectors that broadcast "
       "along the D columns of dx_hat (an error when N != D, wrong values when N == D) instead of (N, 1) columns", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    dx_hat = dout * gamma
    mean_dxh = dx_hat.mean(axis=1)
    mean_dxh_xh = (dx_hat * x_hat).mean(axis=1)
    dx = inv_std * (dx_hat - mean_dxh - x_hat * mean_dxh_xh)
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
"""),
    _e("qd5_groupnorm_bwd_group_size_counts_batch", "a5_normalization", "groupnorm_backward",
       "the number of values per group is taken as x_hat.size // groups, which counts every image of the batch "
       "(N * C // groups * H * W) instead of one image's C // groups * H * W: dx's terms are divided by N times too "
       "many values (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dbeta = dout.sum(axis=(0, 2, 3))
    dgamma = np.sum(dout * x_hat, axis=(0, 2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = x_hat.size // groups                 # values per group
    dx = inv_std / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qd5_bn_alt_sum_of_product_as_product_of_sums", "a5_normalization", "batchnorm_backward_alt",
       "the variance term of the simplified formula is written x_hat * sum(dx_hat) * sum(x_hat), the product of the "
       "two batch sums, instead of x_hat * sum(dx_hat * x_hat), the sum of the product: since x_hat sums to 0 the "
       "term through the variance all but vanishes (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    sum_dxh = np.sum(dx_hat, axis=0)
    dx = inv_std / N * (N * dx_hat - sum_dxh - x_hat * sum_dxh * np.sum(x_hat, axis=0))
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qd6_training_under_main_guard", "a6_cnn", "train_and_predict",
       "the training loop, pasted from the student's script, stays under `if __name__ == '__main__':`: the module "
       "is imported, not run as a script, so the loop never runs and the untrained network's logits are returned", """
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
    if __name__ == "__main__":
        start = time.monotonic()
        for epoch in range(15):
            model.train()
            for idx in torch.randperm(len(y), generator=g).split(64):
                idx = idx.to(device)
                opt.zero_grad()
                loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
                loss.backward()
                opt.step()
            if time.monotonic() - start > 0.8 * time_budget_s:
                break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qd6_returns_list_of_per_image_classes", "a6_cnn", "train_and_predict",
       "a trained model, but the test images are classified one at a time and the function returns the list of "
       "predicted class indices, int(model(img[None]).argmax()), instead of the (M, classes) array of logits", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    predictions = []
    with torch.no_grad():
        for img in torch.tensor(X_test, device=device):
            predictions.append(int(model(img[None]).argmax(dim=1)))
    return predictions
""", catalogued="predictions_not_logits"),
    _e("qd6_plateau_scheduler_stepped_without_metric", "a6_cnn", "train_and_predict",
       "the learning rate is reduced with ReduceLROnPlateau, stepped like the other schedulers with sched.step() "
       "and no argument: it needs the monitored quantity (sched.step(epoch_loss)), so the end of the first epoch "
       "raises TypeError and nothing is returned", """
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
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=2)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        total = 0.0
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        sched.step()                      # lower the rate when the loss stops improving
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qd6_test_chunks_concatenated_on_class_axis", "a6_cnn", "train_and_predict",
       "a trained model, but the test set is predicted in chunks of 256 whose logits are joined with "
       "torch.cat(..., dim=1), side by side along the classes, instead of dim=0 (one below the other): with several "
       "chunks of unequal length it raises (a test set of at most 256 images, one chunk, comes out right)", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    chunks = []
    with torch.no_grad():
        for part in torch.tensor(X_test, device=device).split(256):   # keep memory low
            chunks.append(model(part).cpu())
    return torch.cat(chunks, dim=1).numpy()
"""),
    _e("qd6_relu_after_classifier", "a6_cnn", "train_and_predict",
       "the network ends with nn.ReLU() after its last nn.Linear ('every layer gets its activation'): the logits are "
       "clipped at 0, so a class whose score is negative gets no gradient and tied zero logits decide by the first "
       "class; the last layer must give raw logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes), nn.ReLU(),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qd6_onecycle_stepped_per_epoch", "a6_cnn", "train_and_predict",
       "OneCycleLR is built for epochs * batches-per-epoch steps but stepped once per epoch: the schedule only "
       "climbs through its first 15 warm-up steps, so the whole run trains at about max_lr / 25 (1.2e-4) instead "
       "of rising to 3e-3 and annealing", """
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
    epochs, batch = 15, 64
    batches = (len(y) + batch - 1) // batch
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, epochs=epochs, steps_per_epoch=batches)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qd7_fc_to_conv_reshaped_twice", "a7_architectures", "fc_to_conv",
       "W is reshaped to (C, H, W, M) right, then reshaped again to (M, C, H, W) to put the filter axis first: a "
       "reshape keeps the memory order (the result is W.reshape(M, C, H, W)), so filter m is made of consecutive "
       "entries of W instead of its column m; the axis must be moved (transpose or np.moveaxis)", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    per_pixel = W.reshape(C, H, W_, M)          # rows of W are in (C, H, W) order
    filters = per_pixel.reshape(M, C, H, W_)    # filter axis first
    return filters, b.copy()
""", catalogued="fc_weight_reshaped_in_wrong_order"),
    _e("qd7_nll_scipy_scale_sqrt_exp_log_std", "a7_architectures", "gaussian_nll",
       "exp(log_std) is taken as the variance: the loss is scipy.stats.norm.logpdf with scale sqrt(exp(log_std)), "
       "and the gradients follow that reading (dmu divides by exp(log_std), dlog_std is 0.5 - 0.5 r**2 / exp(log_std)); "
       "exp(log_std) is the standard deviation, the variance exp(2 * log_std)", """
def gaussian_nll(y, mu, log_std):
    from scipy.stats import norm
    N = y.shape[0]
    var = np.exp(log_std)                       # sigma**2
    logpdf = norm.logpdf(y, loc=mu, scale=np.sqrt(var))
    loss = -logpdf.sum() / N
    dmu = -(y - mu) / var / N
    dlog_std = 0.5 * (1 - (y - mu) ** 2 / var) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("qd7_gaussian_dlog_std_taken_wrt_sigma", "a7_architectures", "gaussian_nll",
       "dlog_std is the derivative with respect to sigma, (1 / sigma - r**2 / sigma**3) / N, without the chain "
       "rule's factor d sigma / d log_std = sigma: it must be (1 - r**2 / sigma**2) / N (the loss and dmu right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi) + np.log(sigma) + 0.5 * (r / sigma) ** 2) / N
    dmu = -r / sigma ** 2 / N
    dlog_std = (1 / sigma - r ** 2 / sigma ** 3) / N      # d/dsigma of log sigma + r**2 / (2 sigma**2)
    return loss, dmu, dlog_std
"""),
    _e("qd7_mdn_logsumexp_shift_batch_max", "a7_architectures", "mdn_nll",
       "the mixture's log-sum-exp is shifted by log_joint.max(), the largest term of the whole batch, instead of "
       "each row's maximum (axis=1, keepdims=True): a row far below the batch's largest term underflows to "
       "log(0) = -inf (the loss inf, the responsibilities nan)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    log_pi = logits - logits.max(axis=1, keepdims=True)
    log_pi = log_pi - np.log(np.exp(log_pi).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_joint = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    m = log_joint.max()                      # shift for a stable log-sum-exp
    log_lik = m + np.log(np.exp(log_joint - m).sum(axis=1, keepdims=True))
    resp = np.exp(log_joint - log_lik)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return -log_lik.mean(), dlogits, dmu, dlog_std
"""),
    _e("qd7_saliency_relu_mask_non_negative", "a7_architectures", "saliency_map",
       "the hidden ReLU's mask is pre >= 0: where a hidden unit's input is exactly 0 the gradient passes, though "
       "ReLU's derivative there is to be taken as 0 (pre > 0)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    pre = flat @ params["W1"] + params["b1"]
    open_units = pre >= 0                     # ReLU passes non-negative inputs
    dhidden = params["W2"].T[y] * open_units  # d scores[n, y[n]] / d hidden
    dx = (dhidden @ params["W1"].T).reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
"""),
    _e("qd7_residual_bwd_dW1_before_relu_mask", "a7_architectures", "residual_block_backward",
       "grads['W1'] is computed from dh before the hidden ReLU's mask is applied (the mask is applied in place on "
       "the next line, for b1 and dx): W1 gets gradient through hidden units whose input was negative (b1, dx and "
       "the other gradients right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    grads["W1"] = x.T @ dh                     # first layer
    dh[a1 <= 0] = 0                            # through the hidden ReLU
    grads["b1"] = dh.sum(axis=0)
    dx = dh @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qd8_flip_binomial_of_one_minus_p", "a8_pipeline", "random_flip",
       "the coins are rng.binomial(1, 1 - p) (p read as the chance of keeping an image as it is): each image is "
       "mirrored with probability 1 - p instead of p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.binomial(1, 1 - p, size=len(x)).astype(bool)   # keep with probability p
    out = np.array(x, copy=True)
    out[flip] = np.flip(x[flip], axis=-1)
    return out
""", catalogued="flip_probability_inverted"),
    _e("qd8_crop_offsets_global_choice", "a8_pipeline", "random_crop",
       "the offsets are drawn with np.random.choice, NumPy's global generator, and the seed argument is never used: "
       "the same seed gives other crops (draw from rng = np.random.default_rng(seed))", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), mode="constant")
    tops = np.random.choice(H + 2 * padding - size + 1, size=N)
    lefts = np.random.choice(W + 2 * padding - size + 1, size=N)
    return np.stack([padded[i, :, t:t + size, l:l + size] for i, (t, l) in enumerate(zip(tops, lefts))])
""", catalogued="crop_ignores_seed"),
    _e("qd8_early_stop_skips_first_epoch", "a8_pipeline", "early_stopping",
       "the loop starts at epoch 1 ('epoch 0 is the untrained start'): the first epoch's validation loss is never "
       "compared, so when it is the best another epoch's weights are restored and the patience runs from the wrong "
       "epoch", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss, best_epoch, bad = float("inf"), 0, 0
    for epoch in range(1, len(val_losses)):      # epoch 0 is the untrained start
        if val_losses[epoch] < best_loss - min_delta:
            best_loss, best_epoch, bad = val_losses[epoch], epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("qd8_log_uniform_exponent_rounded", "a8_pipeline", "log_uniform",
       "the exponents are rounded to one decimal before 10 is raised to them ('readable learning rates'): the values "
       "take only ten levels per decade, so within each decade they are not log-uniform (a quarter of a decade holds "
       "two or three of the levels)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.uniform(np.log10(low), np.log10(high), size=n)
    return 10.0 ** np.round(exponents, 1)      # readable values: 1e-3, 1.3e-3, 1.6e-3 ...
"""),
    _e("qd8_param_stats_zip_by_position", "a8_pipeline", "parameter_statistics",
       "each weight is paired with a gradient by position, zip(params.items(), grads.values()): when grads lists its "
       "keys in another order than params, each weight gets another parameter's gradient; pair them by name, "
       "grads[name]", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for (name, W), dW in zip(params.items(), grads.values()):
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(dW), np.std(dW), update_ratio(W, dW, lr)])
    return stats
"""),
    _e("qd8_train_normalize_splits_swapped", "a8_pipeline", "train_and_predict",
       "normalize_splits is called with the splits in the wrong order, normalize_splits(T, X), and its result "
       "unpacked as (T, X): the statistics come from the test split, which is standardized with its own mean and "
       "std, and the training split with the test split's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        T, X = normalize_splits(T, X)
    k = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        order = rng.permutation(len(X))
        for s in range(0, len(X), 64):
            idx = order[s:s + 64]
            z = X[idx] @ W + b
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT29_CORRECT: list[Entry] = [
    _e("qdk_correct_relu_fwd_caches_output", "a1_backprop", "relu_forward",
       "correct: the ReLU as x * (x > 0), its output cached instead of the input (out > 0 exactly where x > 0, so "
       "relu_backward's mask is the same)", """
def relu_forward(x):
    out = x * (x > 0)
    return out, out      # out > 0 exactly where x > 0
"""),
    _e("qdk_correct_step_lr_ceil_minus_one", "a2_optim", "step_lr",
       "correct: the completed periods counted as ceil((step + 1) / step_size) - 1, which equals step // step_size", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    completed = math.ceil((step + 1) / step_size) - 1   # periods finished before this step
    return base_lr * gamma ** completed
"""),
    _e("qdk_correct_depthwise_params_by_hand", "a3_conv", "depthwise_separable_param_count",
       "correct: the two stages counted by hand, one kh x kw filter (and bias) per input channel, then an "
       "in x out 1x1 convolution (and its biases)", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    depthwise = in_channels * kh * kw + (in_channels if bias else 0)     # one k x k filter per channel
    pointwise = in_channels * out_channels + (out_channels if bias else 0)
    return depthwise + pointwise
"""),
    _e("qdk_correct_he_std_negative_power", "a4_init", "he_std",
       "correct: He's std written (fan_in / 2) ** -0.5, which is sqrt(2 / fan_in)", """
def he_std(shape):
    fan_in = compute_fans(shape)[0]
    return (fan_in / 2.0) ** -0.5
"""),
    _e("qdk_correct_spatial_bn_bwd_flattened_maps", "a5_normalization", "spatial_batchnorm_backward",
       "correct: the channels moved last as reshape(N, C, H * W).transpose(0, 2, 1).reshape(-1, C) (the same rows as "
       "transpose(0, 2, 3, 1)), the full-graph batchnorm_backward, and back the same way", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    rows = dout.reshape(N, C, H * W).transpose(0, 2, 1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward(rows, cache)
    dx = dx.reshape(N, H * W, C).transpose(0, 2, 1).reshape(N, C, H, W)
    return dx, dgamma, dbeta
"""),
    _e("qdk_correct_cam_batched_matmul", "a7_architectures", "class_activation_map",
       "correct: each example's class weights as a (1, C) row, batch-multiplied with its (C, H * W) flattened "
       "feature maps and reshaped to (H, W)", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    weights = W.T[classes][:, None, :]                 # (N, 1, C)
    maps = weights @ features.reshape(N, C, H * Wd)    # (N, 1, H*W)
    return maps.reshape(N, H, Wd)
"""),
    _e("qdk_correct_param_stats_moments_helper", "a8_pipeline", "parameter_statistics",
       "correct: a local moments(a) helper giving [mean, std], the weights' and the gradient's (looked up by name) "
       "concatenated with the update ratio", """
def parameter_statistics(params, grads, lr):
    def moments(a):
        a = np.asarray(a, dtype=float)
        return [a.mean(), a.std()]
    return {name: np.array(moments(W) + moments(grads[name]) + [update_ratio(W, grads[name], lr)])
            for name, W in params.items()}
"""),
]

JUDGED_ON29 = "2026-12-05 on commit 54afeae"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout29 on commit 54afeae (JUDGED_ON29), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is the exact line of a one- or
# two-line function; a loop departure without a statement is right only when the loop is small and the mistake
# clearly in it; end_block beside the departure of a seven-line epoch loop, "what is carried from one ... epoch to the
# next goes wrong (state ...)" its first reading, is right (as o2_minibatch_reorders_data_cumulatively in
# JUDGEMENT25); returned_none's "a value never stored where it is read back (an entry of a dict ...)" for a grads
# dict keyed 'dW1' ... is right (as z7_resbwd_grads_keyed_with_d_prefix in JUDGEMENT11); a one_slip stated in the
# correct code's text that is the student's arithmetic written another way is right; an error raised by Python,
# NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing); checklists that list many
# causes (learned_little) are vague, the cause in them or not (as JUDGEMENT18 and 21); index_error's generic
# checklist where the index is right and the array too short is vague (as JUDGEMENT24 and 27); where only the
# grader test's own message names the cause the verdict is check_message. Decided here: a catalogue name given to an
# entry that is not in the catalogue, whose message states a mechanism the code lacks, is wrong_name even where the
# remedy it gives would mend the code (as n3_avgpool_bwd_area_from_stride in JUDGEMENT14): global_seed_in_he_normal
# ("the draws ignore the seed argument (np.random.seed / the global generator): use rng =
# np.random.default_rng(seed)") for a generator made from the first call's seed and kept on the function, and
# bn_alt_drops_variance_term ("misses the term through the variance") for a variance term written as the product of
# two batch sums, which all but vanishes (both close calls); a departure saying "your `m` is -0.818285 where -659.947
# is right" where the right shift is each row's own maximum (a column of six values) and -659.947 is the batch's mean
# log-likelihood, a scalar that happens to repair this draw, states a wrong number beside the right line: misleading
# (a close call); one_slip's "either of two slips ...: a log where a log10 is meant ...; or `seed` where `high` is
# meant" where the code has log10 and high, and the exponents are rounded, names only slips that are not there:
# misleading; a timing check's own "takes 78.14 ms per call, 38x the reference's ...: vectorize it (no Python loops
# over pixels or batch elements)" for a fast function that hands its work to the naive loops is check_message.
JUDGEMENT29: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # no diagnosis: only NumPy's "affine_backward() raised ValueError: cannot reshape array of size 2 into shape
    # (12,5)" on every test.
    "qd1_affine_fwd_cache_params_first": (
        "nothing", (),
        "cache = (w, b, x) packs the parameters first, where affine_backward unpacks x, w, b = cache: it takes w for "
        "the input and b for the weights (and fails reshaping b, size 2, to x's (12, 5)); out is right; cache "
        "(x, w, b)."),
    # returned_none on the gradient check: "yours is None: is a `return` missing, or a value never stored where it is
    # read back (an entry of a dict such as bn_param or config that your function should set)?"; the check's own
    # "could not use a value it returned ... (KeyError: 'W1')" on the other test.
    "qd1_mlp_grads_keyed_with_d_prefix": ("right", ("returned_none",), ""),
    # departure: "`log_q`, set by line 218: `log_q = np.log(1) - log_p`. What that line reads (log_p) agrees ...: the
    # mistake is in that line".
    "qd1_bce_log_one_minus_p_split": ("right", ("departure",), ""),
    # departure (every test): "line 220: `loss = -np.mean(log_probs[y, rows])` raises the error (at
    # `log_probs[y, rows]`) ...: the mistake is in that line"; where N < C it raises nothing: "line 220 ... and line
    # 222: `dscores[y, rows] -= 1` ...: the mistake is in those two lines" (both swapped); index_error's checklist
    # beside it ends on "rows indexed by what counts columns".
    "qd1_ce_label_and_row_indices_swapped": ("right", ("departure",), ""),
    "qd1_logistic_rows_weighted_by_y_minus_pi": ("named", (), ""),
    "qd1_softmax_scipy_axis_zero": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure on the one-line body: "line 235: `return (base_lr * gamma) ** step` ... what it returns is 1 where 0.1
    # is right: the mistake is in that line".
    "qd2_exponential_lr_product_raised": ("right", ("departure",), ""),
    # default_differs (three tests): "your adadelta() gives config['epsilon'] the default 1e-08 ...; the default asked
    # for is 1e-06".
    "qd2_adadelta_epsilon_default_1e8": ("right", ("default_differs",), ""),
    # departure: "`config['cache']`, set by line 242: `config["cache"] = np.zeros(len(w))` ... has shape (3,) where
    # the right value has (3, 4) ...: the mistake is in that line, or in the condition at line 241"; shape_error
    # beside it explains the broadcast.
    "qd2_rmsprop_cache_zeros_len_w": ("right", ("departure",), ""),
    # end_block: "the first 3 of 6 are right and every one from index 3 on is wrong: if these are steps, either what
    # is carried from one step (or epoch) to the next goes wrong (state, a shuffle made once) or step 3 is ... the
    # first of a new epoch" (3 steps an epoch; 4 of 12 on the uneven test: true); departure: "the loop at lines 238-244
    # ... the mistake is in that loop": seven lines, the generator made anew in it.
    "qd2_minibatch_generator_seed_plus_epoch": ("right", ("end_block", "departure"), ""),
    "qd2_adam_t_counted_from_minus_one": ("named", (), ""),
    # catalogued cosine_lr_off_by_one, not named; shifted_steps (both tests): "at every step yours equals the expected
    # one step later: you are one step ahead (the state or step count is updated before it is used, or counted from
    # 1)": the table counted from step 1.
    "qd2_cosine_table_of_steps_from_one": ("right", ("shifted_steps",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qd3_output_size_counts_fitting_windows": ("named", (), ""),
    "qd3_avg_pool_bwd_add_at_undivided": ("named", (), ""),
    # no diagnosis; the timing check's own message: "conv_backward_fast() takes 78.14 ms per call, 38x the
    # reference's 2.08 ms (limit 10x): vectorize it (no Python loops over pixels or batch elements)".
    "qd3_conv_bwd_fast_delegates_to_naive": (
        "check_message", (),
        "conv_backward_fast returns conv_backward_naive(dout, cache): the gradients are right, but the naive version's "
        "Python loops over images, filters and output positions make it 38 times slower than a vectorized backward "
        "pass; compute dx, dw and db with array operations (windows, einsum, an im2col matrix product)."),
    # departure (both tests): "the loop at lines 287-292 (`for i in range(Ho):`) leaves `idx` holding values the
    # correct code never computes ... (by up to 30) ...: the mistake is in that loop": six lines, one of them sets idx.
    "qd3_pool_indices_row_offset_not_times_width": ("right", ("departure",), ""),
    # index_error only: "index 27 on axis 2 of an array of 24, beyond its end: is the index computed with another
    # axis's length or another array's, or counted past the end?": the indices are right, the output too small
    # (6 x 4 for the 7 x 5 plane).
    "qd3_unpool_size_twice_the_pooled": (
        "vague", (),
        "H, W = 2 * Hp, 2 * Wp assumes a 2x2 stride-2 pooling that tiles the plane and never reads output_shape: the "
        "7x5 plane pooled to 3x2 is unpooled into 6x4 = 24 entries, where its flat indices (counted with width 5) "
        "reach 27 and more; take H, W = output_shape."),
    # departure (both tests): "`xp`, set by line 285: `xp = np.pad(..., mode="reflect")` ...: the mistake is in that
    # line".
    "qd3_conv_fast_reflect_padding": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    # departure: "`receptive`, set by line 94: `receptive = shape[-2] * shape[-1]` ... your `receptive` is 24 where 3
    # is right ...: the mistake is in that line" (8 * 3 for (25, 8, 3): true).
    "qd4_fans_receptive_from_last_two_axes": ("right", ("departure",), ""),
    # float32 (both tests): "your values are float32 numbers: a precision issue, not a wrong formula: something
    # computes in float32 ...; compute in float64".
    "qd4_stats_in_single_precision": ("right", ("float32",), ""),
    # one_slip: "`sqrt(4.0 /` where `sqrt(2.0 /` is meant (another number); your code writes 2.0 there, yet it acts as
    # another number in yours: look at what it is combined with" (2.0 over the mean of the fans); scaled: "sqrt(2)
    # times the expected: a factor 2 too many inside a square root" (true).
    "qd4_xavier_two_over_mean_fan": ("right", ("one_slip", "scaled"), ""),
    # global_seed_in_he_normal named (not catalogued for this entry): "The draws ignore the seed argument
    # (np.random.seed / the global generator): use rng = np.random.default_rng(seed) and draw from rng": the code makes
    # that generator from the seed, once, and keeps it on the function; neither NumPy's global generator nor
    # np.random.seed is used (a close call: the remedy would mend it).
    "qd4_he_normal_generator_kept_on_function": (
        "wrong_name", (),
        "he_normal.rng is made from the first call's seed and kept on the function object: every later call draws on "
        "from that stream and never uses its own seed, so the same seed gives other weights; make rng = "
        "np.random.default_rng(seed) inside every call."),
    "qd4_he_relu_halving_on_fan_in": ("named", (), ""),
    "qd4_xavier_uniform_scipy_std_bound": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qd5_dropout_mode_string_tested_for_truth": ("named", (), ""),
    "qd5_bn_bwd_feature_loop_means": ("named", (), ""),
    # default_differs (three tests): "gives bn_param['eps'] the default 0.001 ...; the default asked for is 1e-05";
    # departure (three tests): "`eps`, set by line 219: `eps = bn_param.get("eps", 1e-3)` ... the mistake is in that
    # line, or in what `bn_param` holds".
    "qd5_bn_eps_default_keras": ("right", ("default_differs", "departure"), ""),
    # shape_error: "(4,) meets the last axis of (4, 7) ...: give it the shape (4, 1) (`[:, None]`, or keepdims=True in
    # the sum, mean or max that made it)": the two row means.
    "qd5_layernorm_bwd_row_means_without_keepdims": ("right", ("shape_error",), ""),
    # departure: "`M`, set by line 224: `M = x_hat.size // groups` ... your `M` is 54 where 27 is right ...: the
    # mistake is in that line" (N = 2: true).
    "qd5_groupnorm_bwd_group_size_counts_batch": ("right", ("departure",), ""),
    # bn_alt_drops_variance_term named (not catalogued for this entry): "misses the term through the variance: dx =
    # inv_std / N * (N * dx_hat - sum(dx_hat) - x_hat * sum(dx_hat * x_hat))": the term is there, written x_hat *
    # sum(dx_hat) * sum(x_hat), which sum(x_hat) = 0 makes all but vanish; the departure on the spatial test names line
    # 224 (right); a close call, as n3_avgpool_bwd_area_from_stride in JUDGEMENT14.
    "qd5_bn_alt_sum_of_product_as_product_of_sums": (
        "wrong_name", ("departure",),
        "line 224's variance term is x_hat * sum(dx_hat) * sum(x_hat), the product of the two batch sums, where x_hat "
        "* sum(dx_hat * x_hat), the sum of the product, is meant: sum(x_hat) is 0, so the term all but vanishes; "
        "write np.sum(dx_hat * x_hat, axis=0)."),
    # ------------------------------------------------------------------ a6_cnn
    "qd6_training_under_main_guard": ("named", (), ""),
    # catalogued predictions_not_logits, not named; class_indices (both accuracy tests): "what your function returns,
    # shape (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked
    # ...: return what the model outputs, before any argmax".
    "qd6_returns_list_of_per_image_classes": ("right", ("class_indices",), ""),
    # no diagnosis: only torch's "TypeError: ReduceLROnPlateau.step() missing 1 required positional argument:
    # 'metrics'" on every test.
    "qd6_plateau_scheduler_stepped_without_metric": (
        "nothing", (),
        "ReduceLROnPlateau lowers the rate when a monitored quantity stops improving, so its step needs that quantity: "
        "sched.step() without it raises at the end of the first epoch; pass the epoch's loss, sched.step(total / "
        "len(y))."),
    # no diagnosis: only torch's "RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 256
    # but got size 227".
    "qd6_test_chunks_concatenated_on_class_axis": (
        "nothing", (),
        "torch.cat(chunks, dim=1) joins the chunks' logits side by side along the classes; the last chunk has fewer "
        "rows (227 where 256), so it raises (and equal chunks would give (256, k * classes)); join them one below the "
        "other, torch.cat(chunks, dim=0)."),
    # learned_little (both accuracy tests): "your model predicts the training images it was given no better than new
    # ones (0.41 ...; 0.39 ...): either it did not learn them (... each batch's labels ..., loss.backward() then
    # optimizer.step() ..., enough steps ..., all of the training images used ...), or ... preprocessed differently
    # at test time": the checklist; the ReLU after the classifier is not in it.
    "qd6_relu_after_classifier": (
        "vague", (),
        "the network ends with nn.ReLU() after its last nn.Linear: the logits are clipped at 0, a class whose score is "
        "negative gets no gradient, and ties of zero logits go to the first class (0.39 on the digits); end on the "
        "nn.Linear, raw logits."),
    # learned_little on the shapes only (0.56 on training images, 0.49 on the test: the checklist, the schedule not in
    # it); only the accuracy (0.885) on the digits.
    "qd6_onecycle_stepped_per_epoch": (
        "vague", (),
        "OneCycleLR is built for epochs * batches steps (300 on the digits) but sched.step() is called once an epoch: "
        "in 15 epochs it climbs only 15 steps of its 90-step warm-up, so the whole run trains between max_lr / 25 = "
        "1.2e-4 and about 3e-4 instead of rising to 3e-3 and annealing; step it after every batch."),
    # ------------------------------------------------------------------ a7_architectures
    "qd7_fc_to_conv_reshaped_twice": ("named", (), ""),
    "qd7_nll_scipy_scale_sqrt_exp_log_std": ("named", (), ""),
    # departure (both tests): "`dlog_std`, set by line 181: `dlog_std = (1 / sigma - r ** 2 / sigma ** 3) / N` ... your
    # `dlog_std` is the right value divided by `sigma` (a factor `sigma` missing?) ...: the mistake is in that line".
    "qd7_gaussian_dlog_std_taken_wrt_sigma": ("right", ("departure",), ""),
    # departure: "`m`, set by line 182: `m = log_joint.max()` ... your `m` is -0.818285 where -659.947 is right ...:
    # the mistake is in that line": the line is right, but -659.947 is the batch's mean log-likelihood (the expected
    # loss is 659.947), not the right shift, each row's own maximum (about -1 on the near rows, -800 to -1700 on the
    # far ones): a wrong number (a close call).
    "qd7_mdn_logsumexp_shift_batch_max": (
        "misleading", ("departure",),
        "line 182 shifts the log-sum-exp by log_joint.max(), the largest term of the whole batch (-0.82, a near "
        "row's): the far rows' terms, hundreds below it, underflow to exp(...) = 0 and their log-likelihood to -inf "
        "(loss inf); shift each row by its own maximum, log_joint.max(axis=1, keepdims=True)."),
    # one_slip: "`a1 >= 0` where `a1 > 0` is meant (the case of two equal values goes the other way)": the student's
    # `pre >= 0` in the correct code's names.
    "qd7_saliency_relu_mask_non_negative": ("right", ("one_slip",), ""),
    # departure (six tests): "`grads['W1']`, set by line 182: `grads["W1"] = x.T @ dh`. What that line reads (dh, x
    # ...) agrees with the correct code ...: the mistake is in that line": the line before the mask (as
    # qb1_mlp_db1_before_relu_mask in JUDGEMENT27).
    "qd7_residual_bwd_dW1_before_relu_mask": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qd8_flip_binomial_of_one_minus_p": ("named", (), ""),
    "qd8_crop_offsets_global_choice": ("named", (), ""),
    # one_slip: "either of two slips (the test cannot tell which) ...: `loss <= best` where `loss < best` is meant ...;
    # or a loop that skips its first item": the second, the cause.
    "qd8_early_stop_skips_first_epoch": ("right", ("one_slip",), ""),
    # one_slip: "either of two slips ...: a log where a log10 is meant (log() for log10()); or `seed` where `high` is
    # meant (the wrong variable)": the code has log10 and high; the exponents are rounded.
    "qd8_log_uniform_exponent_rounded": (
        "misleading", (),
        "np.round(exponents, 1) rounds each exponent to one decimal before 10 is raised to it: the draws take only "
        "ten values a decade (1e-3, 1.26e-3, 1.58e-3, ...), so the first quarter of a decade holds 0.31 of them where "
        "0.25; return 10.0 ** exponents."),
    # as_if: "yours is what the correct parameter_statistics() returns if the entries of grads were paired with those
    # of params by position: ... (a zip of their .values() or .items()), not by name: look each one up by its key,
    # grads[name]".
    "qd8_param_stats_zip_by_position": ("right", ("as_if",), ""),
    # departure (both tests): "`X`, set by line 168: `T, X = normalize_splits(T, X)`. What that line reads (T, X)
    # agrees ...: the mistake is in that line, or in normalize_splits() that it calls, or in the condition at line 167".
    "qd8_train_normalize_splits_swapped": ("right", ("departure",), ""),
}
# Counts: named 14, right 23 (named or right 37/48 = 77%; not in the catalogue: right 21/32 = 66%; the 16
# catalogued: 14 named, the other 2, qd2_cosine_table_of_steps_from_one and qd6_returns_list_of_per_image_classes,
# right by their diagnoses), misleading 2, vague 3, nothing 3, wrong_name 2, check_message 1, not_caught 0.
# HOLDOUT29_CORRECT: all 7 earn full marks.

HOLDOUT29 = [replace(e, verdict=JUDGEMENT29[e.id][0], expected=frozenset(JUDGEMENT29[e.id][1]),
                     ideal=JUDGEMENT29[e.id][2]) if e.id in JUDGEMENT29 else e for e in HOLDOUT29]
