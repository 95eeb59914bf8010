"""A seventh hold-out (issue 17): student-style mistakes written without reading the diagnosis code.

Judged once (JUDGEMENT7 below) on commit 4a58642 by an independent helper that wrote neither the detectors nor
these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout7 (69% named or right then). Read
afterwards by the engineer who changes the detectors: no longer held out (the bench lists the verdicts that today's
output no longer fits).

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py, holdout.py ..
holdout6.py, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the
student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns
full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT7 holds
the mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT7_CORRECT
right implementations written unusually, which must earn full marks. Do not tune the detectors on these
entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT7: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("v1_sigmoid_neg_branch_exp_minus_x", "a1_backprop", "sigmoid_forward",
       "a stable sigmoid with one branch per sign, but the branch for negative inputs exponentiates -x instead "
       "of x: e / (1 + e) with e = exp(-x) is sigmoid(-x) = 1 - sigmoid(x), so every negative input gets the "
       "mirrored value (positive inputs right)", """
def sigmoid_forward(x):
    out = np.zeros(x.shape)
    pos = x >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    z = np.exp(-x[neg])  # stays small for large |x|
    out[neg] = z / (1.0 + z)
    return out, out
"""),
    _e("v1_tanh_via_sigmoid_not_doubled", "a1_backprop", "tanh_forward",
       "tanh written through the sigmoid as 2 * sigmoid(x) - 1, which is tanh(x / 2): the identity is "
       "tanh(x) = 2 * sigmoid(2 x) - 1 (the cache holds that wrong output too)", """
def tanh_forward(x):
    s, _ = sigmoid_forward(x)
    t = 2.0 * s - 1.0  # tanh from the sigmoid
    return t, t
"""),
    _e("v1_relu_bwd_sign_of_x", "a1_backprop", "relu_backward",
       "the local derivative written as np.sign(x) (the derivative of |x|): negative inputs pass -dout back "
       "instead of 0 (positive inputs and exact zeros right)", """
def relu_backward(dout, cache):
    x = cache
    local = np.sign(x)  # slope of the ReLU
    return dout * local
"""),
    _e("v1_bce_negative_class_term_missing", "a1_backprop", "binary_cross_entropy_loss",
       "only the positive-class term t log p is kept: (1 - t) log(1 - p) is missing from the loss, and "
       "(1 - t) / (1 - p) from dprobs, so the examples with target 0 contribute nothing", """
def binary_cross_entropy_loss(probs, target):
    n = probs.size
    loss = -np.sum(target * np.log(probs)) / n
    dprobs = -target / probs / n
    return loss, dprobs
"""),
    _e("v1_mlp_penalty_on_w1_only", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty and its gradient cover W1 only: 0.5 * reg * sum(W2**2) is missing from the loss and "
       "reg * W2 from dW2 (right with reg = 0)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    z1, c1 = affine_forward(X, W1, b1)
    a1, cr = relu_forward(z1)
    scores, c2 = affine_forward(a1, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    reg_loss = 0.5 * reg * np.sum(W1 * W1)
    da1, dW2, db2 = affine_backward(dscores, c2)
    dz1 = relu_backward(da1, cr)
    _, dW1, db1 = affine_backward(dz1, c1)
    dW1 += reg * W1
    return data_loss + reg_loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    _e("v1_softmax_global_max_column_sums", "a1_backprop", "softmax",
       "the exponentials are normalized by their column sums (axis=0: each class over the batch) instead of "
       "each row's sum over the classes (axis=1); the single global maximum subtracted before np.exp "
       "underflows rows far below it", """
def softmax(scores):
    exps = np.exp(scores - np.max(scores))
    totals = np.sum(exps, axis=0, keepdims=True)
    return exps / totals
""", catalogued="softmax_over_batch"),
    _e("v1_numgrad_forward_on_copies", "a1_backprop", "eval_numerical_gradient",
       "each entry is bumped in a fresh copy of x and compared with f(x) computed once: the one-sided "
       "difference (f(x + h e_i) - f(x)) / h, not the centered (f(x + h e_i) - f(x - h e_i)) / 2h (x itself "
       "is left unchanged)", """
def eval_numerical_gradient(f, x, h=1e-5):
    base = f(x)
    grad = np.zeros(x.shape)
    for idx in np.ndindex(*x.shape):
        bumped = x.copy()
        bumped[idx] += h
        grad[idx] = (f(bumped) - base) / h
    return grad
""", catalogued="one_sided_difference"),

    # ------------------------------------------------------------------ a2_optim
    _e("v2_adadelta_eps_outside_sqrt", "a2_optim", "adadelta",
       "epsilon added outside the square roots, rms(a) = sqrt(a) + eps as in Adam, instead of inside, "
       "sqrt(a + eps): with acc_delta starting at 0 the numerator is eps = 1e-6 instead of sqrt(eps) = 1e-3, "
       "so the steps are far too small", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)

    def rms(acc):
        return np.sqrt(acc) + eps

    Eg = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g * g
    Ed = config.get("acc_delta", np.zeros_like(w))
    delta = rms(Ed) / rms(Eg) * g
    config["acc_grad"] = Eg
    config["acc_delta"] = rho * Ed + (1 - rho) * delta * delta
    return w - config["learning_rate"] * delta, config
"""),
    _e("v2_exponential_lr_continuous_decay", "a2_optim", "exponential_lr",
       "gamma read as the rate of a continuous decay, base_lr * exp(-gamma * step), instead of the factor "
       "applied at every step: base_lr * gamma**step", """
def exponential_lr(base_lr, step, gamma):
    return base_lr * math.exp(-gamma * step)
"""),
    _e("v2_step_lr_ceil", "a2_optim", "step_lr",
       "the number of decays rounded up, ceil(step / step_size), instead of down (step // step_size): the rate "
       "drops already at step 1, then at step_size + 1, 2 * step_size + 1, ...", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = math.ceil(step / step_size)
    return base_lr * gamma ** n_decays
"""),
    _e("v2_minibatch_path_once_per_epoch", "a2_optim", "minibatch_sgd",
       "the weights are appended to the path once per epoch (the append indented at the epoch loop's level) "
       "instead of after every update: (epochs, D) instead of (updates, D)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = len(X)
    w = np.array(w0, dtype=float)
    history = []
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for i in range(0, n, batch_size):
            batch = perm[i:i + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
        history.append(w.copy())
    return np.stack(history)
"""),
    _e("v2_minibatch_data_shuffled_before_epochs", "a2_optim", "minibatch_sgd",
       "X and y are shuffled once, with one permutation, before the epoch loop, and every epoch walks through "
       "that same order: a new rng.permutation(N) must be drawn at the start of each epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    perm = rng.permutation(X.shape[0])
    X_sh, y_sh = X[perm], y[perm]
    w = w0.astype(float)
    out = []
    for _ in range(epochs):
        for lo in range(0, len(X_sh), batch_size):
            hi = min(lo + batch_size, len(X_sh))
            w = w - learning_rate * linear_regression_gradient(w, X_sh[lo:hi], y_sh[lo:hi])
            out.append(w)
    return np.array(out)
""", catalogued="shuffled_once"),
    _e("v2_adam_setdefault_rebound", "a2_optim", "adam",
       "m and v are fetched with config.setdefault and then rebound to new arrays (m = beta1 * m + ...): the "
       "zeros stored in config are never replaced, so every step starts from zero moments (t is stored and "
       "advances)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    m = config.setdefault("m", np.zeros_like(w))
    v = config.setdefault("v", np.zeros_like(w))
    config["t"] = config.get("t", 0) + 1
    t = config["t"]
    g = _gradient(w, dw, config)
    m = config["beta1"] * m + (1 - config["beta1"]) * g
    v = config["beta2"] * v + (1 - config["beta2"]) * (g * g)
    m_hat = m / (1 - config["beta1"] ** t)
    v_hat = v / (1 - config["beta2"] ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_moments_not_stored"),

    # ------------------------------------------------------------------ a3_conv
    _e("v3_maxpool_out_size_h_over_stride", "a3_conv", "max_pool_forward",
       "the output size taken as H // stride and W // stride, right only when the windows tile the input: it "
       "is (H - pool_height) // stride + 1; with overlapping windows (2x2, stride 1) extra windows cut off at "
       "the border are added", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = H // s, W // s
    out = np.empty((N, C, Ho, Wo))
    for r in range(Ho):
        for c in range(Wo):
            patch = x[:, :, r * s:r * s + ph, c * s:c * s + pw]
            out[:, :, r, c] = np.max(patch, axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("v3_conv_bwd_naive_crop_minus_p", "a3_conv", "conv_backward_naive",
       "a loop over images, filters and output positions, right until the end: the padded gradient is cropped "
       "with [P:-P, P:-P], which is empty when P is 0 (use [P:P + H, P:P + W])", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    S, P = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Hout, Wout = dout.shape
    x_pad = np.pad(x, [(0, 0), (0, 0), (P, P), (P, P)], mode="constant")
    dx_pad = np.zeros(x_pad.shape)
    dw = np.zeros(w.shape)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for hh in range(Hout):
                for ww in range(Wout):
                    g = dout[n, f, hh, ww]
                    h0, w0 = hh * S, ww * S
                    dw[f] += g * x_pad[n, :, h0:h0 + HH, w0:w0 + WW]
                    dx_pad[n, :, h0:h0 + HH, w0:w0 + WW] += g * w[f]
    dx = dx_pad[:, :, P:-P, P:-P]
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("v3_conv_fast_output_reshaped_not_transposed", "a3_conv", "conv_forward_fast",
       "im2col rows (N * Ho * Wo, C * HH * WW) times the filters give (N * Ho * Wo, F), which is reshaped "
       "straight to (N, F, Ho, Wo): the filter axis is last, so it must be reshaped to (N, Ho, Wo, F) and "
       "transposed (0, 3, 1, 2); the values land on the wrong filters and positions", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]  # (N, C, Ho, Wo, HH, WW)
    cols = win.transpose(0, 2, 3, 1, 4, 5).reshape(N * Ho * Wo, C * HH * WW)
    res = cols @ w.reshape(F, -1).T + b  # (N * Ho * Wo, F)
    out = res.reshape(N, F, Ho, Wo)
    return out, (x, w, b, conv_param)
"""),
    _e("v3_conv_bwd_fast_dw_cf_reshaped", "a3_conv", "conv_backward_fast",
       "dw is computed with einsum in (C, F, HH, WW) order and reshaped to w's (F, C, HH, WW) shape instead of "
       "transposed: the weights of different filters and channels are mixed (dx and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nchwij,nfhw->cfij", win, dout).reshape(w.shape)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout,
                                                                                      w[:, :, i, j])
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("v3_maxpool_bwd_max_without_keepdims", "a3_conv", "max_pool_backward",
       "each window's maximum is taken without keepdims: region == region.max(axis=(2, 3)) compares the (N, C) "
       "maxima with the window's last two axes (a broadcasting error, or a wrong mask where the shapes happen "
       "to broadcast) instead of each window with its own maximum", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            region = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            biggest = region.max(axis=(2, 3))
            mask = region == biggest
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += mask * dout[:, :, i, j][:, :, None, None]
    return dx
"""),
    _e("v3_conv_transpose_crop_top_left_only", "a3_conv", "conv_transpose_forward",
       "the full output is cropped by pad at the top and left only (full[:, :, pad:, pad:]): the last pad rows "
       "and columns are kept, so the output is pad too large in each direction", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for n in range(N):
        for c in range(C):
            for i in range(H):
                for j in range(W):
                    full[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += x[n, c, i, j] * w[c]
    out = full[:, :, pad:, pad:]
    return out + b.reshape(1, F, 1, 1)
"""),
    _e("v3_dsep_params_depthwise_bias_missing", "a3_conv", "depthwise_separable_param_count",
       "the depthwise convolution's biases (one per input channel) are left out: only the pointwise 1x1 "
       "convolution gets its out_channels biases", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    depthwise = in_channels * kh * kw
    pointwise = in_channels * out_channels + (out_channels if bias else 0)
    return depthwise + pointwise
"""),
    _e("v3_unpool_divmod_by_height", "a3_conv", "max_unpool",
       "each flat index row * W + col is unravelled with divmod(index, H), the height, instead of "
       "divmod(index, W): wrong positions (or an index error) whenever H != W", """
def max_unpool(x, indices, output_shape):
    N, C, Hp, Wp = x.shape
    H, W = output_shape
    out = np.zeros((N, C, H, W))
    for n in range(N):
        for c in range(C):
            for i in range(Hp):
                for j in range(Wp):
                    r, q = divmod(int(indices[n, c, i, j]), H)
                    out[n, c, r, q] = x[n, c, i, j]
    return out
"""),
    _e("v3_conv_naive_rot90_kernel", "a3_conv", "conv_forward_naive",
       "each filter is rotated by 180 degrees (np.rot90 twice over its spatial axes) 'because convolution "
       "flips the kernel': a true convolution, where the layer computes cross-correlation with w[f] as it is", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    xpad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), "constant")
    out = np.zeros((N, F, H_out, W_out))
    for f in range(F):
        kernel = np.rot90(w[f], 2, axes=(1, 2))  # convolution rotates the kernel by 180 degrees
        for n in range(N):
            for r in range(H_out):
                for c in range(W_out):
                    patch = xpad[n, :, r * stride:r * stride + HH, c * stride:c * stride + WW]
                    out[n, f, r, c] = (patch * kernel).sum() + b[f]
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),

    # ------------------------------------------------------------------ a4_init
    _e("v4_xavier_std_sum_not_parenthesized", "a4_init", "xavier_std",
       "the parentheses around the sum of the fans are missing in mode 'fan_avg': sqrt(2 / fan_in + fan_out) "
       "instead of sqrt(2 / (fan_in + fan_out)) (mode 'fan_in' right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        return gain * math.sqrt(1.0 / fan_in)
    return gain * math.sqrt(2.0 / fan_in + fan_out)
"""),
    _e("v4_he_std_delegates_to_xavier_fan_in", "a4_init", "he_std",
       "He's std delegated to xavier_std(shape, mode='fan_in') ('He is Xavier with the fan-in only'), which is "
       "sqrt(1 / fan_in): the factor 2 for ReLU is missing", """
def he_std(shape):
    # He initialization: Xavier with the fan-in only
    return xavier_std(shape, mode="fan_in")
""", catalogued="relu_factor_2_missing"),
    _e("v4_stats_sample_variance", "a4_init", "activation_statistics",
       "each layer's variance is np.var(h, ddof=1), the sample variance over N * D - 1, where the population "
       "variance np.var(h) (over all N * D entries) is asked; the means right", """
def activation_statistics(X, weights, activation):
    def act(z):
        if activation == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z))
        if activation == "tanh":
            return np.tanh(z)
        if activation == "relu":
            return np.where(z > 0, z, 0.0)
        return z

    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    h = X
    for layer, W in enumerate(weights):
        h = act(h.dot(W))
        means[layer] = np.mean(h)
        variances[layer] = np.var(h, ddof=1)
    return means, variances
"""),
    _e("v4_xavier_normal_gain_applied_twice", "a4_init", "xavier_normal",
       "the gain is applied twice: xavier_std(shape, mode, gain) already includes it, and the draws are "
       "multiplied by gain again (std gain**2 * sqrt(...), right only for gain 1)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    sigma = xavier_std(shape, mode, gain)
    return gain * rng.standard_normal(size=shape) * sigma
"""),

    # ------------------------------------------------------------------ a5_normalization
    _e("v5_bn_train_normalizes_with_running", "a5_normalization", "batchnorm_forward",
       "one normalization code path for both modes: in train mode the batch is normalized with the running "
       "averages just updated instead of the batch's own mean and biased variance (the running averages and "
       "test mode right; out and the cache wrong in training)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        batch_mean = x.mean(axis=0)
        batch_var = x.var(axis=0)
        running_mean = momentum * running_mean + (1 - momentum) * batch_mean
        running_var = momentum * running_var + (1 - momentum) * x.var(axis=0, ddof=1)
        mean, var = running_mean, running_var
    elif mode == "test":
        mean, var = running_mean, running_var
    else:
        raise ValueError(mode)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    out = gamma * x_hat + beta
    if mode == "train":
        cache = (x_hat, gamma, inv_std)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("v5_bn_bwd_xmu_times_inv_std", "a5_normalization", "batchnorm_backward",
       "a staged backward that recovers x - mu from the cache as x_hat * inv_std instead of x_hat / inv_std "
       "(x_hat times the std): the path through the variance uses the wrong centred values (dgamma and dbeta "
       "right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    xmu = x_hat * inv_std  # x - mu, recovered from the cache
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    divar = np.sum(dxhat * xmu, axis=0)
    dxmu1 = dxhat * inv_std
    dsqrtvar = -inv_std ** 2 * divar
    dvar = 0.5 * inv_std * dsqrtvar
    dsq = np.ones_like(dout) / N * dvar
    dxmu2 = 2 * xmu * dsq
    dx1 = dxmu1 + dxmu2
    dmu = -np.sum(dx1, axis=0)
    dx2 = dmu / N
    return dx1 + dx2, dgamma, dbeta
"""),
    _e("v5_bn_alt_centring_term_only", "a5_normalization", "batchnorm_backward_alt",
       "dx keeps only the centring term, inv_std * (dx_hat - mean(dx_hat)): the term through the variance, "
       "- inv_std * x_hat * mean(dx_hat * x_hat), is missing (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    dbeta = dout.sum(0)
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    g = gamma * dout
    dx = (g - g.mean(axis=0, keepdims=True)) * inv_std
    return dx, dgamma, dbeta
""", catalogued="bn_alt_drops_variance_term"),
    _e("v5_spatial_bwd_wrong_inverse_permutation", "a5_normalization", "spatial_batchnorm_backward",
       "the channels-last gradient (N, H, W, C) is moved back with transpose(0, 3, 2, 1), which also swaps H "
       "and W, instead of the inverse permutation (0, 3, 1, 2): dx comes back (N, C, W, H) (dgamma, dbeta "
       "right)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = np.moveaxis(dout, 1, -1).reshape(-1, C)
    dflat, dgamma, dbeta = batchnorm_backward(flat, cache)
    dx = dflat.reshape(N, H, W, C).transpose(0, 3, 2, 1)
    return dx, dgamma, dbeta
"""),
    _e("v5_dropout_bwd_mask_as_condition", "a5_normalization", "dropout_backward",
       "the cached mask (already scaled by 1 / p) is used only as a condition: np.where(mask, dout, 0) passes "
       "the kept units' gradient unscaled, dropping the 1 / p the forward pass applied", """
def dropout_backward(dout, cache):
    mask = cache
    if mask is None:
        return dout
    return np.where(mask, dout, 0.0)
""", catalogued="dropout_backward_drops_scale"),
    _e("v5_dropout_default_seed_zero", "a5_normalization", "dropout_forward",
       "without a seed in dropout_param the generator falls back to seed 0 (dropout_param.get('seed', 0)): "
       "every unseeded call draws the same mask, where each call must draw a new one", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode != "train":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed", 0))
    keep = rng.random(x.shape) < p
    mask = keep / p
    return x * mask, mask
"""),

    # ------------------------------------------------------------------ a6_cnn
    _e("v6_test_set_standardized_with_own_stats", "a6_cnn", "train_and_predict",
       "each split is standardized per channel with its own mean and std: the test images with the statistics "
       "of the test batch instead of the training set's, so an image's logits depend on the other test "
       "images it is predicted with", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    def standardize(a):
        return (a - a.mean(axis=(0, 2, 3), keepdims=True)) / (a.std(axis=(0, 2, 3), keepdims=True) + 1e-6)

    Xtr = torch.tensor(standardize(X_train), dtype=torch.float32, device=device)
    Xte = torch.tensor(standardize(X_test), dtype=torch.float32, device=device)
    ytr = torch.tensor(y_train, device=device)
    n_classes = int(y_train.max()) + 1
    c = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(c, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(len(ytr), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(Xtr[idx]), ytr[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(Xte).cpu().numpy()
"""),
    _e("v6_images_and_labels_separate_randperms", "a6_cnn", "train_and_predict",
       "every epoch draws one permutation for the images and another for the labels: each batch pairs images "
       "with other images' labels, so the model learns nothing (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    F = nn.functional
    X = torch.from_numpy(np.asarray(X_train, dtype=np.float32))
    y = torch.from_numpy(np.asarray(y_train, dtype=np.int64))
    n = len(y)
    k = int(y.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X.shape[1], 16, 3, padding=1), nn.ReLU(), nn.BatchNorm2d(16), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.BatchNorm2d(32),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, k))
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        x_order = torch.randperm(n, generator=g)
        y_order = torch.randperm(n, generator=g)
        for start in range(0, n, 64):
            xi = x_order[start:start + 64]
            yi = y_order[start:start + 64]
            opt.zero_grad()
            loss = F.cross_entropy(model(X[xi]), y[yi])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.from_numpy(np.asarray(X_test, dtype=np.float32))).numpy()
""", catalogued="labels_shuffled"),
    _e("v6_sgd_without_zero_grad", "a6_cnn", "train_and_predict",
       "optimizer.zero_grad() is never called: every backward pass adds its gradient to those of all the "
       "earlier batches, so each SGD step follows the running sum of every gradient so far and training "
       "diverges", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        net.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            loss = nn.functional.cross_entropy(net(X[idx]), y[idx])
            loss.backward()
            opt.step()
    net.eval()
    with torch.no_grad():
        return net(torch.tensor(X_test)).numpy()
"""),
    _e("v6_torch_seeded_after_model_built", "a6_cnn", "train_and_predict",
       "torch.manual_seed(seed) is called only after the model is built (to seed the shuffling): the initial "
       "weights come from whatever state torch's generator was in, so two runs with the same seed give other "
       "logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # reproducible shuffling
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(len(y)).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),

    # ------------------------------------------------------------------ a7_architectures
    _e("v7_mdn_raw_logits_as_log_weights", "a7_architectures", "mdn_nll",
       "the logits are used directly as the log mixing weights (log pi_k = logits_k, no softmax or "
       "log-sum-exp normalization over the components): the weights do not sum to 1, so the loss is off by "
       "logsumexp(logits) per row and dlogits lacks its + softmax(logits) term", """
def mdn_nll(y, logits, mu, log_std):
    N, K = logits.shape
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_comp = logits - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2  # log(pi_k N_k)
    m = np.max(log_comp, axis=1, keepdims=True)
    log_lik = m[:, 0] + np.log(np.sum(np.exp(log_comp - m), axis=1))
    resp = np.exp(log_comp - log_lik[:, None])
    dlogits = -resp / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return -np.mean(log_lik), dlogits, dmu, dlog_std
""", catalogued="mdn_logits_used_as_log_weights"),
    _e("v7_gaussian_nll_log_sigma_missing", "a7_architectures", "gaussian_nll",
       "the negative log-likelihood is written as 0.5 log(2 pi) + 0.5 z**2 with z = (y - mu) / sigma: the "
       "log_std term of the normalizer is missing from the loss, and its 1 from dlog_std (-z**2 / N)", """
def gaussian_nll(y, mu, log_std):
    n = len(y)
    sigma = np.exp(log_std)
    z = (y - mu) / sigma
    per_entry = 0.5 * np.log(2 * np.pi) + 0.5 * z * z
    loss = per_entry.sum() / n
    dmu = -(z / sigma) / n
    dlog_std = -(z * z) / n
    return loss, dmu, dlog_std
""", catalogued="nll_log_std_term_dropped"),
    _e("v7_score_map_flipped_filters_einsum", "a7_architectures", "fc_score_map",
       "the filters from W are flipped over their spatial axes (np.flip, 'a convolution flips the kernel') "
       "before being slid over the input with sliding_window_view and einsum: the affine layer correlates, so "
       "the windows must meet the filters unflipped", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    M = W.shape[1]
    filters = W.T.reshape(M, C, H, Wd)
    filters = np.flip(filters, axis=(2, 3))  # convolution: flip the kernel
    windows = np.lib.stride_tricks.sliding_window_view(x, (H, Wd), axis=(2, 3))  # (N, C, Ho, Wo, H, Wd)
    return np.einsum("ncijhw,mchw->nmij", windows, filters) + b[None, :, None, None]
""", catalogued="score_map_kernel_flipped"),
    _e("v7_gap_bwd_divides_then_multiplies", "a7_architectures", "global_avg_pool_backward",
       "each position's share written dout / H * W, which Python reads as (dout / H) * W: the gradient is "
       "multiplied by W / H instead of divided by H * W", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = dout.reshape(N, C, 1, 1) / H * W
    return np.broadcast_to(share, (N, C, H, W)).copy()
"""),
    _e("v7_resblock_draws_its_own_mask", "a7_architectures", "residual_block_forward",
       "the block draws its own dropout mask (np.random.rand(...) < p, scaled by 1 / p) instead of using the "
       "given dropout['mask']: the caller's keep decisions are ignored and the output is random (right "
       "without dropout)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(0, a1)
    scale = None
    if dropout is not None:
        p = dropout["p"]
        scale = (np.random.rand(*h.shape) < p) / p  # inverted dropout
        h = h * scale
    if "Ws" in params:
        sc = x @ params["Ws"] + params["bs"]
    else:
        sc = x
    z = h @ params["W2"] + params["b2"] + sc
    return np.maximum(0, z), (x, params, a1, h, scale, z)
"""),
    _e("v7_resbwd_dw2_from_preactivation", "a7_architectures", "residual_block_backward",
       "W2's gradient is taken from the cached pre-activation a1 (a1.T @ dz) instead of the second layer's "
       "actual input h = relu(a1) (after dropout): wrong wherever a1 < 0 or dropout scaled a unit (the other "
       "gradients right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    grads = {}
    grads["W2"] = a1.T @ dz
    grads["b2"] = dz.sum(axis=0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh *= scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx += dz @ params["Ws"].T
    else:
        dx += dz
    return dx, grads
"""),

    # ------------------------------------------------------------------ a8_pipeline
    _e("v8_log_uniform_exponent_between_bounds", "a8_pipeline", "log_uniform",
       "each exponent is drawn between low and high themselves (rng.uniform(low, high), one per value) "
       "instead of between log10(low) and log10(high): 10 ** e lies near 1, far outside [low, high]", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = [rng.uniform(low, high) for _ in range(n)]
    return np.array([10.0 ** e for e in exponents])
""", catalogued="exponent_not_logged"),
    _e("v8_normalize_every_axis_but_channels", "a8_pipeline", "normalize_splits",
       "the mean and std are taken over every axis but the channel axis (keepdims): per-channel statistics "
       "over the examples and the pixels instead of per-pixel statistics over the examples only (axis 0); "
       "right for flat (N, D) features", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    axes = tuple(i for i in range(X_train.ndim) if i != 1)
    mu = X_train.mean(axis=axes, keepdims=True)
    Xtr, Xte = X_train - mu, X_test - mu
    if mode == "mean_image":
        return Xtr, Xte
    sd = X_train.std(axis=axes, keepdims=True) + eps
    return Xtr / sd, Xte / sd
""", catalogued="statistics_per_channel"),
    _e("v8_train_scores_minus_global_max", "a8_pipeline", "train_and_predict",
       "the recipe followed, but the batch's scores are shifted by their single largest value (s -= np.max(s)) "
       "instead of each row's maximum: rows far below it underflow to 0 / 0 (nan) on unnormalized inputs", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    Xtr = X_train.reshape(X_train.shape[0], -1)
    Xte = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        Xtr, Xte = normalize_splits(Xtr, Xte)
    K = int(np.max(y_train)) + 1
    W = np.zeros((Xtr.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(Xtr.shape[0])
        for i in range(0, len(perm), 64):
            batch = perm[i:i + 64]
            xb, yb = Xtr[batch], y_train[batch]
            s = xb @ W + b
            s -= np.max(s)  # for numerical stability
            e = np.exp(s)
            p = e / np.sum(e, axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1
            W -= 0.1 * xb.T @ p / len(batch)
            b -= 0.1 * p.mean(axis=0)
    return Xte @ W + b
""", catalogued="softmax_shifted_by_batch_max"),
    _e("v8_flip_with_fliplr_per_image", "a8_pipeline", "random_flip",
       "each chosen image (C, H, W) is flipped with np.fliplr, which reverses axis 1 of its argument, here the "
       "rows H: the images are turned upside down instead of mirrored left-right (the last axis)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    out = np.array(x, copy=True)
    for i in range(len(x)):
        if rng.random() < p:
            out[i] = np.fliplr(x[i])
    return out
""", catalogued="flip_vertical"),
    _e("v8_early_stopping_first_epoch_counted", "a8_pipeline", "early_stopping",
       "best_loss starts at the first epoch's loss but the loop starts at epoch 0 too, which then counts as an "
       "epoch without improvement: until an improvement resets it the count is one too high, so when the "
       "first epoch stays the best training stops one epoch early", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = val_losses[0]
    best_idx = 0
    bad_epochs = 0
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss - min_delta:
            best_loss, best_idx = val_losses[i], i
            bad_epochs = 0
        else:
            bad_epochs += 1
        if bad_epochs >= patience:
            return i, weights[best_idx]
    return len(val_losses) - 1, weights[best_idx]
"""),
    _e("v8_stats_update_ratio_arguments_swapped", "a8_pipeline", "parameter_statistics",
       "update_ratio is called with the weights and the gradient swapped, update_ratio(g, w, lr): the fifth "
       "statistic is ||lr * W|| / ||dW|| instead of ||lr * dW|| / ||W|| (the four moments right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        w, g = params[name], grads[name]
        stats[name] = np.array([np.mean(w), np.std(w), np.mean(g), np.std(g), update_ratio(g, w, lr)])
    return stats
"""),
]

HOLDOUT7_CORRECT: list[Entry] = [
    _e("v1_correct_sigmoid_via_tanh", "a1_backprop", "sigmoid_forward",
       "correct: the sigmoid written as 0.5 * (1 + tanh(x / 2)), which never overflows, the output cached", """
def sigmoid_forward(x):
    s = 0.5 * (1.0 + np.tanh(0.5 * x))
    return s, s
"""),
    _e("v2_correct_momentum_torch_buffer", "a2_optim", "sgd_momentum",
       "correct: torch's convention, a buffer buf = momentum * buf + dw (the first step buf = dw) and "
       "w - lr * buf, which gives the same weights as v = momentum * v - lr * dw; w + v", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    buf = config.get("buf")
    buf = g.copy() if buf is None else config["momentum"] * buf + g
    config["buf"] = buf
    return w - config["learning_rate"] * buf, config
"""),
    _e("v3_correct_receptive_field_top_down", "a3_conv", "receptive_field",
       "correct: the receptive field computed from the top layer down, r = s * (r - 1) + d * (k - 1) + 1", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    r = 1
    for k, s, d in reversed(list(zip(kernel_sizes, strides, dilations))):
        r = s * (r - 1) + d * (k - 1) + 1
    return r
"""),
    _e("v4_correct_xavier_uniform_scaled_random", "a4_init", "xavier_uniform",
       "correct: U[0, 1) draws from rng.random mapped to [-a, a) as (2u - 1) * a, a = sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    u = np.random.default_rng(seed).random(size=shape)  # U[0, 1)
    limit = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return (2.0 * u - 1.0) * limit
"""),
    _e("v5_correct_bn_cs231n_running_averages", "a5_normalization", "batchnorm_forward",
       "correct (documented as accepted): CS231n's convention for the running averages, running_var starting "
       "at zeros and updated with the biased batch variance", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D, dtype=x.dtype))
    running_var = bn_param.get("running_var", np.zeros(D, dtype=x.dtype))
    if mode == "train":
        sample_mean = x.mean(axis=0)
        sample_var = x.var(axis=0)
        x_hat = (x - sample_mean) / np.sqrt(sample_var + eps)
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, 1.0 / np.sqrt(sample_var + eps))
        running_mean = momentum * running_mean + (1 - momentum) * sample_mean
        running_var = momentum * running_var + (1 - momentum) * sample_var
    elif mode == "test":
        out = (x - running_mean) / np.sqrt(running_var + eps) * gamma + beta
        cache = None
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("v7_correct_score_map_window_rows", "a7_architectures", "fc_score_map",
       "correct: every window flattened in (C, H, W) order with sliding_window_view and multiplied by W "
       "itself (no conversion to filters), then the class axis moved forward", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    windows = np.lib.stride_tricks.sliding_window_view(x, (H, Wd), axis=(2, 3))  # (N, C, Ho, Wo, H, Wd)
    N, _, Ho, Wo = windows.shape[:4]
    rows = windows.transpose(0, 2, 3, 1, 4, 5).reshape(N, Ho, Wo, C * H * Wd)
    return (rows @ W + b).transpose(0, 3, 1, 2)
"""),
    _e("v8_correct_train_one_hot_logsumexp", "a8_pipeline", "train_and_predict",
       "correct: the recipe with a one-hot label matrix and probabilities exp(s - logsumexp(s)), the batches "
       "listed up front for each epoch", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1).astype(float)
    T = X_test.reshape(X_test.shape[0], -1).astype(float)
    if normalize:
        X, T = normalize_splits(X, T, mode="standardize")
    K = int(y_train.max()) + 1
    Y = np.eye(K)[y_train]
    W = np.zeros((X.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    for _ in range(20):
        order = rng.permutation(n)
        batches = [order[i:i + 64] for i in range(0, n, 64)]
        for idx in batches:
            s = X[idx] @ W + b
            m = s.max(axis=1, keepdims=True)
            lse = m + np.log(np.exp(s - m).sum(axis=1, keepdims=True))
            G = (np.exp(s - lse) - Y[idx]) / len(idx)
            W = W - 0.1 * (X[idx].T @ G)
            b = b - 0.1 * G.sum(axis=0)
    return T @ W + b
"""),
]

JUDGED_ON7 = "2026-12-03 on commit 4a58642"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout7 on commit 4a58642 (JUDGED_ON7), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT6: a diagnosis with a false statement anywhere is
# judged misleading; a "departure" naming a line that is not where the mistake is, is misleading; a departure naming
# the exact line of a one-line function is right; a loop departure without a statement is right only for a small loop
# with the mistake clearly in it; an error raised by Python or torch is the comparison, not the check's message; a
# hedge listing causes that do not apply ("close", "first_step") beside a right diagnosis is tolerated
# (t5_dropout_mask_float16); a false second diagnosis beside the right catalogued name does not undo the name (as
# a1_softmax_* in corpus.py).
JUDGEMENT7: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # "wrong exactly where x is negative ... and right elsewhere: the branch for negative inputs"
    "v1_sigmoid_neg_branch_exp_minus_x": ("right", ("where_input",), ""),
    "v1_tanh_via_sigmoid_not_doubled": ("nothing", (), ("yours is tanh(x / 2) everywhere (-0.495 where -0.795): "
                                        "2 * sigmoid(x) - 1 is tanh(x / 2); tanh(x) = 2 * sigmoid(2 * x) - 1")),
    # "wrong exactly where cache is negative ... the branch for negative inputs" (np.sign gives -1 there)
    "v1_relu_bwd_sign_of_x": ("right", ("where_input",), ""),
    # departure names `loss = -np.sum(target * np.log(probs)) / n` ("the mistake is in that line": right), but
    # clipped_at_zero on dprobs explains its (true) observation, the positive entries replaced by 0, as "a minimum
    # taken with 0 (a running minimum started at 0 ..., or a clip where none belongs?)": false, nothing is clipped
    "v1_bce_negative_class_term_missing": ("misleading", ("departure",), (
        "clipped_at_zero blames a minimum taken with 0 or a clip (false); ideal: loss and dprobs are right for "
        "the examples with target 1 and dprobs is 0 exactly where the target is 0: the (1 - t) log(1 - p) term "
        "and its gradient (1 - t) / (1 - p) / n are missing")),
    # departure names `reg_loss = 0.5 * reg * np.sum(W1 * W1)` (W2's term missing there), missing_term says "-reg x
    # params['W2'] ... that term is missing (the regularization's reg * W in a gradient)", returned_other "yours equals
    # the expected grads['W2'] (reg left out): is the wrong variable returned?" (a question; its "(reg left out)" is it)
    "v1_mlp_penalty_on_w1_only": ("right", ("departure", "missing_term"), ""),
    # named; non_finite on the large-scores test says "something overflows (np.exp overflows above 709 ...)" (false:
    # the global max is subtracted, rows far below it underflow, 0 / 0; its advice, the row maximum, is the fix)
    "v1_softmax_global_max_column_sums": ("named", (), ""),
    "v1_numgrad_forward_on_copies": ("named", (), ""),
    # a2_optim
    # departure names `delta = rms(Ed) / rms(Eg) * g` and its part `rms(Ed) / rms(Eg)` as the first wrong value
    # "(what it is computed from agrees)", 0.001 times the right one: the helper rms() is all that is left to be
    # wrong; first_step's list of causes (how the state starts ...) is a hedge
    "v2_adadelta_eps_outside_sqrt": ("right", ("departure",), ""),
    # departure names the only line, `return base_lr * math.exp(-gamma * step)`
    "v2_exponential_lr_continuous_decay": ("right", ("departure",), ""),
    # departure names `return base_lr * gamma ** n_decays` and says that what it reads, n_decays included, "agrees
    # with the correct code": false, n_decays is 1 where 0 (ceil); the mistake is the line above
    "v2_step_lr_ceil": ("misleading", (), (
        "departure puts the mistake in the return line and says n_decays agrees (false); ideal: the rate drops "
        "already at step 1 (0.05 where 0.1): n_decays = ceil(step / step_size) rounds up; the number of decays "
        "is step // step_size")),
    # loop departure on the 6-line epoch loop, no statement, but "your `history` has shape (2, 3) where the right
    # value has (6, 3)": the loop's only statement touching history is the append (once per epoch where per update)
    "v2_minibatch_path_once_per_epoch": ("right", ("departure",), ""),
    "v2_minibatch_data_shuffled_before_epochs": ("named", (), ""),
    "v2_adam_setdefault_rebound": ("named", (), ""),
    # a3_conv
    # extra_at_end: "yours has 5 where 4, 5 where 4 (the first entries are the expected): a size or a loop bound too
    # large" (Ho, Wo = H // s, W // s)
    "v3_maxpool_out_size_h_over_stride": ("right", ("extra_at_end",), ""),
    "v3_conv_bwd_naive_crop_minus_p": ("named", (), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 2, 3, 1) ... a transpose or reshape that
    # moves them, e.g. (N, C, H, W) against (N, H, W, C)"
    "v3_conv_fast_output_reshaped_not_transposed": ("right", ("axes_permuted",), ""),
    # departure names the dw line ("the right values in another order (a reshape or transpose in the wrong order?)")
    "v3_conv_bwd_fast_dw_cf_reshaped": ("right", ("departure",), ""),
    # the loop departure (stride-one test) says "look there first" at line 283, `region = x[:, :, i * s:i * s + ph,
    # j * s:j * s + pw]`, which is right; the mistake is `biggest = region.max(axis=(2, 3))` without keepdims (the
    # other two tests show only numpy's broadcast ValueError)
    "v3_maxpool_bwd_max_without_keepdims": ("misleading", (), (
        "departure points at the region line, which is right; ideal: numpy cannot broadcast (2, 3, 3, 3) with (2, 3): "
        "region.max(axis=(2, 3)) drops the window axes, so region == biggest compares against the wrong axes; "
        "keep them (keepdims=True) to compare each window with its own maximum")),
    # one_slip: "the term `- pad` missing (or it is zero in yours), where out is computed (the same slip in two places)"
    "v3_conv_transpose_crop_top_left_only": ("right", ("one_slip",), ""),
    # departure names `return depthwise + pointwise` ("the numbers depthwise, pointwise ... not checked"; 539 where
    # 542): true for an omitted term, but it adds only what the check said and never that 3 = in_channels is missing
    "v3_dsep_params_depthwise_bias_missing": ("vague", (), (
        "3 parameters too few, exactly in_channels: the depthwise convolution's biases (one per input channel) are "
        "missing; only the pointwise convolution's are counted")),
    "v3_unpool_divmod_by_height": ("nothing", (), (
        "the IndexError (index 6 for an axis of size 6) comes from unravelling the flat index with divmod(index, H): "
        "the row length is W, divmod(index, W)")),
    "v3_conv_naive_rot90_kernel": ("named", (), ""),
    # a4_init
    # departure names the fan_avg return line and its part `2.0 / fan_in + fan_out`
    "v4_xavier_std_sum_not_parenthesized": ("right", ("departure",), ""),
    "v4_he_std_delegates_to_xavier_fan_in": ("named", (), ""),
    # loop departure on the 4-line layer loop: "your `variances` is 1.00025 times the right value after it" (the
    # variances statement, ddof=1); close beside it lists precision or a small term left out (a hedge, as
    # t5_dropout_mask_float16)
    "v4_stats_sample_variance": ("right", ("departure",), ""),
    # scaled: "2 times the expected, which fits more than one cause: ... a factor 2 too many; or gain=2 times the
    # expected (gain: the argument gain): ... a factor gain is extra"
    "v4_xavier_normal_gain_applied_twice": ("right", ("scaled",), ""),
    # a5_normalization
    "v5_bn_train_normalizes_with_running": ("nothing", (), (
        "out in train mode is wrong with the running averages right (they are updated before use): the batch is "
        "normalized with the just-updated running mean and var; use the batch's own mean and biased variance")),
    # one_slip: "`x_hat * inv_std` where `x_hat / inv_std` is meant"
    "v5_bn_bwd_xmu_times_inv_std": ("right", ("one_slip",), ""),
    "v5_bn_alt_centring_term_only": ("named", (), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 1, 3, 2) ... a transpose or reshape"
    "v5_spatial_bwd_wrong_inverse_permutation": ("right", ("axes_permuted",), ""),
    "v5_dropout_bwd_mask_as_condition": ("named", (), ""),
    # the check says it: "without a seed every call must draw a new mask (do not fall back to a fixed seed)"
    "v5_dropout_default_seed_zero": ("check_message", (), "(the check's message says it: no fixed fallback seed)"),
    # a6_cnn
    # the check's message ends "(call model.eval() before predicting ...; normalize with the training images'
    # statistics)": the second is it
    "v6_test_set_standardized_with_own_stats": ("check_message", (), (
        "(the check's message says it) the test images are standardized with the test batch's own mean and std; "
        "use the training images' statistics")),
    # catalogued labels_shuffled not named: only "the model did not learn" (accuracy 0.07)
    "v6_images_and_labels_separate_randperms": ("nothing", (), (
        "labels_shuffled: the images and the labels are drawn with two different permutations, so each batch "
        "pairs images with other images' labels; index both with the same idx")),
    "v6_sgd_without_zero_grad": ("nothing", (), (
        "the model does not learn with SGD: optimizer.zero_grad() is never called, so the gradients of every "
        "batch so far are summed; zero them before each backward")),
    # the check's message: "two runs with seed 3 gave logits 0.67 apart: seed torch (torch.manual_seed(seed)) and
    # every other random source"; it points at torch's seed, which is set, but not at its place (after the model)
    "v6_torch_seeded_after_model_built": ("check_message", (), (
        "the initial weights are drawn before torch.manual_seed(seed), which is called only after the model is "
        "built: seed before building the model")),
    # a7_architectures
    "v7_mdn_raw_logits_as_log_weights": ("named", (), ""),
    "v7_gaussian_nll_log_sigma_missing": ("named", (), ""),
    "v7_score_map_flipped_filters_einsum": ("named", (), ""),
    # scaled: "every entry is 25 times the expected (one common factor) ... look for a missing or extra scale" (two
    # lines; 25 = W * W with H = W = 5 would have said which)
    "v7_gap_bwd_divides_then_multiplies": ("right", ("scaled",), ""),
    "v7_resblock_draws_its_own_mask": ("nothing", (), (
        "out is wrong only with dropout and differs from run to run: the block draws its own mask "
        "(np.random.rand); use the given dropout['mask']")),
    # one_slip: "`a1` where `h` is meant (the wrong variable), where grads is computed"
    "v7_resbwd_dw2_from_preactivation": ("right", ("one_slip",), ""),
    # a8_pipeline
    "v8_log_uniform_exponent_between_bounds": ("named", (), ""),
    "v8_normalize_every_axis_but_channels": ("named", (), ""),
    "v8_train_scores_minus_global_max": ("named", (), ""),
    "v8_flip_with_fliplr_per_image": ("named", (), ""),
    "v8_early_stopping_first_epoch_counted": ("nothing", (), (
        "training stops one epoch early (2 where 3) when the first epoch stays the best: epoch 0 is compared with "
        "itself and counted as an epoch without improvement; start the loop at epoch 1")),
    "v8_stats_update_ratio_arguments_swapped": ("nothing", (), (
        "only the fifth statistic is wrong (0.066 where 0.00014), and it is ||lr * W|| / ||dW||: update_ratio's "
        "weights and gradient are swapped; call update_ratio(w, g, lr)")),
}
# Counts (4a58642): named 16, right 17 (named or right 33/48 = 69%; not in the catalogue: right 17/31 = 55%; the 17
# catalogued: 16 named, 0 right by a diagnosis, 1 nothing), misleading 3, vague 1, nothing 8, wrong_name 0,
# check_message 3, not_caught 0. HOLDOUT7_CORRECT: all seven full marks.

HOLDOUT7 = [replace(e, verdict=JUDGEMENT7[e.id][0], expected=frozenset(JUDGEMENT7[e.id][1]), ideal=JUDGEMENT7[e.id][2])
            if e.id in JUDGEMENT7 else e for e in HOLDOUT7]
