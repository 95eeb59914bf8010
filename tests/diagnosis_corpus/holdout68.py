"""A sixty-eighth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 13a9230 (JUDGED_ON68, JUDGEMENT68 at the end) by an independent helper that wrote neither the detectors
nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout68.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT68 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT68_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT68: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rq1_numgrad_difference_taken_backwards", "a1_backprop", "eval_numerical_gradient",
       "the centred difference is taken the wrong way round, (f(x - h e_i) - f(x + h e_i)) / 2h: every entry of the "
       "numerical gradient has its sign flipped (x is restored correctly).",
       """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for idx in np.ndindex(*x.shape):
        saved = float(x[idx])
        x[idx] = saved - h
        lo = f(x)          # left point
        x[idx] = saved + h
        hi = f(x)          # right point
        x[idx] = saved
        # slope between the two points
        grad[idx] = (lo - hi) / (2 * h)
    return grad
"""),
    _e("rq1_softmax_ce_label_smoothing", "a1_backprop", "softmax_cross_entropy_loss",
       "label smoothing (0.1) is built into the loss: the target is 0.9 on the true class plus 0.1 / C on every "
       "class, so both the loss and dscores are those of smoothed targets instead of the plain one-hot cross-entropy.",
       """
def softmax_cross_entropy_loss(scores, y):
    # smoothed targets generalise better (Szegedy et al.)
    N, C = scores.shape
    eps_ls = 0.1
    target = np.full((N, C), eps_ls / C)
    target[np.arange(N), y] += 1.0 - eps_ls
    z = scores - np.max(scores, axis=1, keepdims=True)
    logp = z - np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    loss = -np.sum(target * logp) / N
    dscores = (np.exp(logp) - target) / N
    return loss, dscores
"""),
    _e("rq1_mse_grad_abs_loses_sign", "a1_backprop", "mse_loss",
       "the loss is written with |p - t|**2 (right), but its derivative is taken as 2 |p - t| / size: the absolute "
       "value drops the sign of the residual, so every entry where pred < target has the wrong sign.",
       """
def mse_loss(pred, target):
    err = np.abs(pred - target)
    n = err.size
    loss = np.sum(err ** 2) / n
    # d/dp of err^2 = 2 * err
    dpred = 2 * err / n
    return loss, dpred
"""),
    _e("rq1_affine_bwd_dw_column_major_rows", "a1_backprop", "affine_backward",
       "dw is computed from x flattened in column-major order, x.reshape(N, -1, order='F'), while the forward pass "
       "flattened it row-major: for inputs with more than two dimensions the rows of dw are permuted (dx and db "
       "right).",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    # flatten each example into a row (Fortran order is faster for the transpose)
    rows = np.reshape(x, (N, -1), order="F")
    dw = rows.T.dot(dout)
    dx = dout.dot(w.T).reshape(x.shape)
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("rq1_softmax_ce_division_on_discarded_copy", "a1_backprop", "softmax_cross_entropy_loss",
       "the 1/N of the mean loss is applied to a copy, grad = dscores / N, but dscores itself is returned: the "
       "gradient is that of the summed loss, N times too large.",
       """
def softmax_cross_entropy_loss(scores, y):
    num = scores.shape[0]
    m = scores.max(axis=1)[:, None]
    log_norm = m + np.log(np.exp(scores - m).sum(axis=1))[:, None]
    logp = scores - log_norm
    loss = -np.sum(logp[range(num), y]) / num
    dscores = np.exp(logp)
    dscores[range(num), y] -= 1.0
    grad = dscores / num   # average over batch
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    _e("rq1_affine_bwd_dx_np_inner", "a1_backprop", "affine_backward",
       "dx is computed with np.inner(dout, w), which is the (N, D) gradient of the flattened input, and returned as it "
       "is: it is never reshaped back to x's shape (N, d1, ..., dk).",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    xr = x.reshape(len(x), -1)
    dx = np.inner(dout, w)      # sum over M of dout[n, m] * w[d, m]
    dw = np.inner(xr.T, dout.T)
    db = dout.sum(0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    # ------------------------------------------------------------------ a2_optim
    _e("rq2_adam_bias_correction_applied_twice", "a2_optim", "adam",
       "both forms of the bias correction are used at once: m and v are corrected (m_hat, v_hat) and the learning "
       "rate is also replaced by lr * sqrt(1 - beta2**t) / (1 - beta1**t): the early steps are corrected twice.",
       """
def adam(w, dw, config=None):
    c = dict(config or {})
    lr = c.setdefault("learning_rate", 1e-3)
    b1, b2 = c.setdefault("beta1", 0.9), c.setdefault("beta2", 0.999)
    eps = c.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, c)
    t = c.get("t", 0) + 1
    m = b1 * c.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * c.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    # effective step size from the paper (section 2)
    lr_t = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
    c.update(t=t, m=m, v=v)
    return w - lr_t * m_hat / (np.sqrt(v_hat) + eps), c
"""),
    _e("rq2_step_lr_power_floored", "a2_optim", "step_lr",
       "the parentheses around the exponent are missing: base_lr * gamma ** step // step_size is read as "
       "(base_lr * gamma**step) // step_size, a floor division of the decayed rate, which is 0.0 (or a whole number) "
       "instead of base_lr * gamma ** (step // step_size).",
       """
def step_lr(base_lr, step, step_size, gamma=0.1):
    # decay by gamma every step_size steps
    lr = base_lr * gamma ** step // step_size
    return lr
"""),
    _e("rq2_minibatch_labels_not_permuted", "a2_optim", "minibatch_sgd",
       "each batch takes its rows of X through the permutation, X[order[start:stop]], but its targets in file order, "
       "y[start:stop]: the inputs and targets of a batch do not belong together, so the updates are wrong.",
       """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    N = len(y)
    w = w0.astype(float).copy()
    out = []
    for epoch in range(epochs):
        perm = rng.permutation(N)
        Xs = X[perm]
        for start in range(0, N, batch_size):
            stop = min(start + batch_size, N)
            xb, yb = Xs[start:stop], y[start:stop]
            w = w - learning_rate * linear_regression_gradient(w, xb, yb)
            out.append(w.copy())
    return np.array(out)
"""),
    _e("rq2_minibatch_path_holds_one_array", "a2_optim", "minibatch_sgd",
       "the weights are updated in place (w -= ...) and the same array w is appended after every update: every row "
       "of the returned path is the final weights instead of the weights after each update.",
       """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    trace = []
    for _ in range(epochs):
        order = rng.permutation(X.shape[0])
        for b in range(0, len(order), batch_size):
            rows = order[b:b + batch_size]
            w -= learning_rate * linear_regression_gradient(w, X[rows], y[rows])
            trace.append(w)
    return np.stack(trace)
"""),
    _e("rq2_epoch_order_argsort_of_keys_drawn_once", "a2_optim", "minibatch_sgd",
       "the random sort keys are drawn once, keys = rng.random(N), before the epochs, and each epoch's order is "
       "np.argsort(keys): every epoch visits the rows in the same order instead of a new rng.permutation(N) per epoch.",
       """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = len(X)
    keys = rng.random(n)           # random sort keys -> random order
    w = w0.astype(float).copy()
    path = []
    for ep in range(epochs):
        order = np.argsort(keys)
        for s in range(0, n, batch_size):
            sel = order[s:s + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[sel], y[sel])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("rq2_cosine_step_advanced_before_use", "a2_optim", "cosine_lr",
       "the step is advanced first, step += 1 ('the scheduler is stepped after the optimizer'), before the cosine is "
       "evaluated: the schedule is one step ahead, below base_lr at step 0 and at min_lr one step early.",
       """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    step += 1  # scheduler.step() comes after optimizer.step()
    frac = min(step, total_steps) / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(frac * math.pi))
""", catalogued="cosine_lr_off_by_one"),
    # ------------------------------------------------------------------ a3_conv
    _e("rq3_depthwise_mults_kernel_height_squared", "a3_conv", "depthwise_separable_multiply_count",
       "a rectangular kernel (kh, kw) is reduced to its first entry and squared (k = kernel_size[0]; k * k): the "
       "depthwise term counts kh * kh multiplications per position instead of kh * kw (right for square kernels).",
       """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    if isinstance(output_size, int):
        oh = ow = output_size
    else:
        oh, ow = output_size
    positions = oh * ow
    depthwise = positions * in_channels * k * k
    pointwise = positions * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rq3_conv_bwd_fast_dw_averaged_over_batch", "a3_conv", "conv_backward_fast",
       "dw is divided by the batch size N ('average over the images'): the 1/N of the loss is already inside dout, so "
       "the weight gradient must be the plain sum over the batch (dx and db right).",
       """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, kh, kw = w.shape
    Ho, Wo = dout.shape[2], dout.shape[3]
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + s * Ho:s, v:v + s * Wo:s]
            dw[:, :, u, v] = np.einsum("nfhw,nchw->fc", dout, patch) / N
            dxp[:, :, u:u + s * Ho:s, v:v + s * Wo:s] += np.einsum("nfhw,fc->nchw", dout, w[:, :, u, v])
    return dxp[:, :, p:p + H, p:p + W], dw, dout.sum(axis=(0, 2, 3))
"""),
    _e("rq3_unpool_values_column_major", "a3_conv", "max_unpool",
       "the indices are flattened row-major (indices.ravel()) but the pooled values column-major (ravel(order='F')): "
       "for a pooled map larger than 1x1 the values land at the positions of other outputs.",
       """
def max_unpool(x, indices, output_shape):
    N, C, _, _ = x.shape
    H, W = output_shape
    res = np.zeros((N, C, H * W), dtype=x.dtype)
    for n in range(N):
        for c in range(C):
            vals = x[n, c].ravel(order="F")
            res[n, c][indices[n, c].ravel()] = vals
    return res.reshape(N, C, H, W)
"""),
    _e("rq3_conv_transpose_crop_start_only", "a3_conv", "conv_transpose_forward",
       "the padding is cropped from the top and left only, full[:, :, pad:, pad:]: the output keeps pad extra rows and "
       "columns at the bottom and right (shape (H-1)*s + HH - pad instead of - 2 * pad).",
       """
def conv_transpose_forward(x, w, b, conv_param):
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, kh, kw = w.shape
    Hf, Wf = (H - 1) * s + kh, (W - 1) * s + kw
    full = np.zeros((N, F, Hf, Wf))
    for n in range(N):
        for c in range(C):
            for i in range(H):
                for j in range(W):
                    full[n, :, i * s:i * s + kh, j * s:j * s + kw] += x[n, c, i, j] * w[c]
    out = full[:, :, p:, p:]       # remove the padding
    return out + b.reshape(1, -1, 1, 1)
"""),
    _e("rq3_maxpool_bwd_np_full_share", "a3_conv", "max_pool_backward",
       "each window's gradient is handed out as np.full(window.shape, dout / window.size), an equal share to every "
       "input of the window (average pooling's backward): it belongs to the window's maximum only.",
       """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw = pool_param["pool_height"], pool_param["pool_width"]
    st = pool_param["stride"]
    dx = np.zeros(x.shape)
    N, C, Ho, Wo = dout.shape
    for n in range(N):
        for c in range(C):
            for r in range(Ho):
                for q in range(Wo):
                    window = x[n, c, r * st:r * st + ph, q * st:q * st + pw]
                    # route the gradient back to the window
                    dx[n, c, r * st:r * st + ph, q * st:q * st + pw] += np.full(window.shape, dout[n, c, r, q] / window.size)
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("rq3_conv_bwd_dx_copyto_overwrites", "a3_conv", "conv_backward_naive",
       "each window's share of dx is written with np.copyto into the padded gradient, which replaces what overlapping "
       "windows (and the other filters) already put there instead of adding to it (dw and db right).",
       """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    S, P = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, KH, KW = w.shape
    xpad = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)), mode="constant")
    dxpad = np.zeros(xpad.shape)
    dw = np.zeros(w.shape)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            for i in range(dout.shape[2]):
                for j in range(dout.shape[3]):
                    g = dout[n, f, i, j]
                    hs, ws = i * S, j * S
                    db[f] += g
                    dw[f] += g * xpad[n, :, hs:hs + KH, ws:ws + KW]
                    np.copyto(dxpad[n, :, hs:hs + KH, ws:ws + KW], g * w[f])
    return dxpad[:, :, P:P + H, P:P + W], dw, db
""", catalogued="dx_assigned_not_accumulated"),
    # ------------------------------------------------------------------ a4_init
    _e("rq4_fans_conv_fan_out_without_kernel", "a4_init", "compute_fans",
       "for a convolution weight fan_out is taken as out_channels alone, without the kernel size: fan_out must be "
       "out_channels * kh * kw (fan_in, in_channels * kh * kw, is right).",
       """
def compute_fans(shape):
    shape = tuple(shape)
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_ch, in_ch = shape[0], shape[1]
    k = 1
    for s in shape[2:]:
        k *= s
    return in_ch * k, out_ch
"""),
    _e("rq4_xavier_fan_in_mode_reads_fan_out", "a4_init", "xavier_std",
       "the fans are unpacked as `_, fan = compute_fans(shape)` for the fan_in mode, which keeps the second item, "
       "fan_out: mode 'fan_in' returns gain * sqrt(1 / fan_out) instead of gain * sqrt(1 / fan_in) (fan_avg right).",
       """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    if mode == "fan_avg":
        a, b = compute_fans(shape)
        return gain * math.sqrt(2.0 / (a + b))
    _, fan = compute_fans(shape)
    return gain * math.sqrt(1.0 / fan)
"""),
    _e("rq4_he_normal_drawn_uniform", "a4_init", "he_normal",
       "the weights are drawn from a uniform distribution on [-std, std] with He's std, rng.uniform(-std, std), "
       "instead of the normal N(0, std**2): wrong shape of distribution and a variance of std**2 / 3.",
       """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    s = he_std(shape)
    return rng.uniform(low=-s, high=s, size=shape)
"""),
    _e("rq4_act_stats_activation_before_matmul", "a4_init", "activation_statistics",
       "each layer is computed as act(h) @ W, the activation applied to the layer's input before the product, instead "
       "of act(h @ W): the first layer already squashes X and every recorded statistic is of a pre-activation.",
       """
def activation_statistics(X, weights, activation):
    def act(z):
        if activation == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z))
        if activation == "tanh":
            return np.tanh(z)
        if activation == "relu":
            return np.where(z > 0, z, 0.0)
        return z
    h = X
    mu, var = [], []
    for W in weights:
        h = act(h) @ W
        mu.append(np.mean(h))
        var.append(np.var(h))
    return np.array(mu), np.array(var)
"""),
    _e("rq4_xavier_uniform_generator_cached_per_seed", "a4_init", "xavier_uniform",
       "the generator is made by a helper memoized with functools.lru_cache ('do not rebuild it for the same seed'): "
       "the second call with a seed gets the same Generator object, already advanced, so the same seed gives other "
       "weights.",
       """
import functools


@functools.lru_cache(maxsize=None)
def _generator_for(seed):
    return np.random.default_rng(seed)


def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    limit = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return _generator_for(seed).uniform(-limit, limit, size=shape)
""", catalogued="global_seed_in_xavier_uniform"),
    _e("rq4_xavier_std_returns_var_named_std", "a4_init", "xavier_std",
       "the Glorot variance 2 / (fan_in + fan_out) (1 / fan_in in fan_in mode) is computed and returned times the gain "
       "as the std, without its square root.",
       """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fi, fo = compute_fans(shape)
    n = (fi + fo) / 2.0 if mode == "fan_avg" else fi
    var = 1.0 / n                # Var(W) = 1 / n_avg
    std = gain * var
    return std
""", catalogued="variance_used_as_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("rq5_spatial_bn_fwd_output_reshaped_not_transposed", "a5_normalization", "spatial_batchnorm_forward",
       "the normalized (N * H * W, C) rows are put back with out.reshape(N, C, H, W) directly: they are in "
       "channels-last "
       "order, so they must be reshaped to (N, H, W, C) and transposed to (N, C, H, W); the values land in the wrong "
       "places (the cache and the running averages are right).",
       """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.transpose(0, 2, 3, 1).reshape(-1, C)
    y, cache = batchnorm_forward(rows, gamma, beta, bn_param)
    out = y.reshape(N, C, H, W)
    return out, cache
"""),
    _e("rq5_groupnorm_groups_on_last_axis", "a5_normalization", "groupnorm_forward",
       "the groups are formed with x.reshape(N, -1, groups), the group index on the last axis: each 'group' then "
       "interleaves values of every channel instead of holding C // groups consecutive channels (reshape(N, groups, "
       "-1)).",
       """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, -1, groups)
    mean = xg.mean(axis=1, keepdims=True)
    var = xg.var(axis=1, keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    x_hat = ((xg - mean) * inv).reshape(N, C, H, W)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv.reshape(N, groups, 1), groups)
"""),
    _e("rq5_dropout_bwd_scaled_twice", "a5_normalization", "dropout_backward",
       "the backward pass divides by p once more, dout * mask / p, but the cached mask already holds the 1 / p of "
       "inverted dropout: the gradient of the kept units is 1 / p too large (p itself is recovered from the mask).",
       """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    mask = cache
    kept = mask[mask != 0]
    p = 1.0 / kept.max() if kept.size else 1.0
    return dout * mask / p
"""),
    _e("rq5_bn_alt_unbiased_count", "a5_normalization", "batchnorm_backward_alt",
       "the simplified formula is written with N - 1 in place of N ('the variance is unbiased'), inv_std / (N - 1) * "
       "((N - 1) dx_hat - sum(dx_hat) - x_hat sum(dx_hat x_hat)): the forward pass normalizes with the biased "
       "variance, "
       "so dx is wrong.",
       """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    m = dout.shape[0] - 1
    dxh = dout * gamma
    dx = (inv_std / m) * (m * dxh - np.sum(dxh, axis=0) - x_hat * np.sum(dxh * x_hat, axis=0))
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
"""),
    _e("rq5_bn_std_plus_eps", "a5_normalization", "batchnorm_forward",
       "the batch is normalized by x.std(axis=0) + eps, eps added to the standard deviation instead of to the variance "
       "under the root (1 / sqrt(var + eps)); the running averages are right.",
       """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    mom = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    rm = bn_param.get("running_mean", np.zeros(D))
    rv = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu = x.mean(axis=0)
        sd = x.std(axis=0)
        inv_std = 1.0 / (sd + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        n = x.shape[0]
        bn_param["running_mean"] = mom * rm + (1 - mom) * mu
        bn_param["running_var"] = mom * rv + (1 - mom) * sd ** 2 * n / (n - 1)
        return out, (x_hat, gamma, inv_std)
    if mode == "test":
        bn_param["running_mean"], bn_param["running_var"] = rm, rv
        return gamma * (x - rm) / np.sqrt(rv + eps) + beta, None
    raise ValueError(mode)
""", catalogued="bn_eps_outside_sqrt"),
    _e("rq5_layernorm_stats_axis_minus_two", "a5_normalization", "layernorm_forward",
       "the statistics are taken over axis=-2 ('the second-to-last axis is the features'), which for a 2-D (N, D) "
       "input "
       "is axis 0, the batch: each feature is normalized over the examples, as batch norm does, instead of each row "
       "over its own features.",
       """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mean = np.mean(x, axis=-2, keepdims=True)
    var = np.mean((x - mean) ** 2, axis=-2, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("rq6_test_set_standardized_by_itself", "a6_cnn", "train_and_predict",
       "the test images are standardized with their own mean and std (and the training images with theirs): each "
       "prediction depends on which other images are in X_test, so the same image gets other logits in another batch.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    def standardize(a):
        return (a - a.mean()) / (a.std() + 1e-8)

    Xtr = torch.tensor(standardize(X_train), dtype=torch.float32, device=dev)
    ytr = torch.tensor(y_train, device=dev)
    k = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, k)).to(dev)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    gen = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        net.train()
        for idx in torch.randperm(len(ytr), generator=gen).split(64):
            idx = idx.to(dev)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(net(Xtr[idx]), ytr[idx])
            loss.backward()
            opt.step()
    net.eval()
    with torch.no_grad():
        Xte = torch.tensor(standardize(X_test), dtype=torch.float32, device=dev)
        return net(Xte).cpu().numpy()
"""),
    _e("rq6_time_budget_read_as_milliseconds", "a6_cnn", "train_and_predict",
       "the time budget is treated as milliseconds (time_budget_s / 1000): the elapsed-time check after the first "
       "mini-batch already exceeds it, so the network trains on a single batch and barely learns.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    budget = time_budget_s / 1000.0   # budget is in ms
    n_cls = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_cls)).to(device)
    X = torch.as_tensor(X_train, device=device)
    y = torch.as_tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    t0 = time.time()
    done = False
    for ep in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            if time.time() - t0 > budget:
                done = True
                break
        if done:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.as_tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("rq6_trained_in_eval_mode", "a6_cnn", "train_and_predict",
       "model.eval() is called once right after the model is built ('deterministic batch norm') and model.train() "
       "never: every training step runs batch norm with its initial running statistics instead of the batch's own, "
       "so the network trains in eval mode.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, classes)).to(device)
    model.eval()  # keep batch norm deterministic so runs are reproducible
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("rq6_labels_shifted_as_if_one_based", "a6_cnn", "train_and_predict",
       "the labels are shifted with y_train - 1 ('the classes are numbered from 1'): they already start at 0, so class "
       "0 becomes -1, which cross_entropy rejects (and the number of classes comes out one short).",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    y0 = y_train - 1                      # labels 1..K -> 0..K-1
    n_classes = int(y0.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y0, device=device)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("rq6_zero_grad_between_backward_and_step", "a6_cnn", "train_and_predict",
       "optimizer.zero_grad() is called after loss.backward() and before optimizer.step(): every step applies zero "
       "gradients, so the parameters never change and the returned logits are those of the untrained network.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1)).to(device)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    g = torch.Generator().manual_seed(seed)
    for _ in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.zero_grad()   # clear for the next batch
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("rq6_two_randperm_calls_for_x_and_y", "a6_cnn", "train_and_predict",
       "each batch draws its images with one torch.randperm and its labels with a second, independent torch.randperm: "
       "the labels of a batch belong to other images, so the network learns nothing.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    n = len(y)
    for _ in range(15):
        model.train()
        xs = X[torch.randperm(n, device=device)]
        ys = y[torch.randperm(n, device=device)]
        for s in range(0, n, 64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(xs[s:s + 64]), ys[s:s + 64]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("rq7_gaussian_nll_laplace_abs_residual", "a7_architectures", "gaussian_nll",
       "the squared term is written with the absolute residual, |y - mu| / exp(log_std) (a Laplace likelihood recalled "
       "for the Gaussian), with the matching gradients: the loss and both gradients differ from the Gaussian NLL's "
       "0.5 (y - mu)**2 / exp(2 log_std).",
       """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    s = np.exp(log_std)
    r = y - mu
    per = 0.5 * np.log(2 * np.pi) + log_std + np.abs(r) / s
    loss = per.sum() / N
    dmu = -np.sign(r) / s / N
    dlog_std = (1.0 - np.abs(r) / s) / N
    return loss, dmu, dlog_std
"""),
    _e("rq7_fc_to_conv_channels_last_order", "a7_architectures", "fc_to_conv",
       "each column of W is unflattened as a channels-last (H, W, C) image and then moved to (C, H, W): the inputs "
       "were "
       "flattened channels-first with x.reshape(N, -1), so for more than one channel the filter weights land at the "
       "wrong positions.",
       """
def fc_to_conv(W, b, in_shape):
    C, H, Wd = in_shape
    M = W.shape[1]
    filters = W.T.reshape(M, H, Wd, C)          # pixel-major, like an image
    filters = np.transpose(filters, (0, 3, 1, 2))
    return filters, np.array(b, copy=True)
"""),
    _e("rq7_res_bwd_bias_grads_averaged", "a7_architectures", "residual_block_backward",
       "the bias gradients are averaged over the batch, db = dz.mean(axis=0) (likewise b1 and bs), where they are sums "
       "over the rows: dout already carries the loss's 1/N, so every bias gradient is N times too small.",
       """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    grads = {"W2": h.T @ dz, "b2": dz.mean(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = np.where(a1 > 0, dh, 0.0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.mean(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.mean(axis=0)
        dx += dz @ params["Ws"].T
    else:
        dx += dz
    return dx, grads
"""),
    _e("rq7_saliency_max_over_batch_axis", "a7_architectures", "saliency_map",
       "the maximum of |dx| is taken over axis 0, the examples, instead of axis 1, the channels: the result is one "
       "(C, H, W) map for the whole batch instead of an (N, H, W) map per example.",
       """
def saliency_map(x, params, y):
    n = x.shape[0]
    flat = x.reshape(n, -1)
    hidden = flat @ params["W1"] + params["b1"]
    onehot = np.eye(params["W2"].shape[1])[y]
    dh = (onehot @ params["W2"].T) * (hidden > 0)
    grad = (dh @ params["W1"].T).reshape(x.shape)
    return np.max(np.abs(grad), axis=0)
"""),
    _e("rq7_relu_then_add_in_place", "a7_architectures", "residual_block_forward",
       "the ReLU is applied to the residual branch, out = relu(h @ W2 + b2), and the shortcut is added afterwards "
       "(out += shortcut): the block's ReLU belongs after the addition, relu(h @ W2 + b2 + shortcut(x)).",
       """
def residual_block_forward(x, params, dropout=None):
    pre = x @ params["W1"] + params["b1"]
    hid = pre * (pre > 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        hid = hid * scale
    branch = hid @ params["W2"] + params["b2"]
    out = np.maximum(branch, 0.0)
    if "Ws" in params:
        out += x @ params["Ws"] + params["bs"]
    else:
        out += x
    return out, (x, params, pre, hid, scale, branch)
""", catalogued="relu_before_addition"),
    _e("rq7_gap_bwd_tile_without_area", "a7_architectures", "global_avg_pool_backward",
       "dout is tiled over every position of its feature map with np.tile, never divided by the H * W positions the "
       "forward pass averaged over: dx is H * W times too large.",
       """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    grad = np.tile(dout.reshape(N, C, 1, 1), (1, 1, H, W))
    return grad
""", catalogued="gap_backward_not_divided_by_area"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rq8_update_ratio_spectral_norm", "a8_pipeline", "update_ratio",
       "np.linalg.norm(., 2) is used for the norms: for a 2-D weight matrix ord=2 is the spectral norm (largest "
       "singular value), not the Frobenius norm the ratio is defined with (right only for vectors).",
       """
def update_ratio(W, dW, lr):
    # ratio of the L2 norms of the update and the weights
    upd = np.linalg.norm(lr * dW, 2)
    ref = np.linalg.norm(W, 2)
    return upd / ref
"""),
    _e("rq8_log_uniform_mixed_bases", "a8_pipeline", "log_uniform",
       "the exponent is drawn between the natural logs of the bounds, np.log(low) and np.log(high), but raised as a "
       "power of 10: the values run from low**(1/ln 10)... 10**ln(high) instead of from low to high.",
       """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exps = rng.uniform(np.log(low), np.log(high), size=n)
    return np.power(10.0, exps)
"""),
    _e("rq8_flip_reverses_channels", "a8_pipeline", "random_flip",
       "the chosen images are reversed along axis 1, the channels (x[i, ::-1]), instead of the last axis, the width: "
       "the colours are permuted and nothing is mirrored left-right.",
       """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    res = np.array(x, copy=True)
    for i in range(x.shape[0]):
        if rng.random() < p:
            res[i] = x[i, ::-1]
    return res
"""),
    _e("rq8_param_stats_grad_std_of_weights", "a8_pipeline", "parameter_statistics",
       "copy slip in the gradient's statistics: its std is taken of the weights, W.std(), instead of grads[k].std() "
       "(the other four entries right).",
       """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W = params[name]
        G = grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(G), np.std(W), update_ratio(W, G, lr)])
    return stats
"""),
    _e("rq8_grid_arange_linear_steps", "a8_pipeline", "log_grid",
       "the grid is built with np.arange(low, high + step, step), step = (high - low) / (n - 1): equally spaced values "
       "on a linear scale instead of a constant ratio between neighbours (and arange can add or drop an end point).",
       """
def log_grid(low, high, n):
    step = (high - low) / (n - 1)
    grid = np.arange(low, high + step / 2, step)
    return grid[:n]
""", catalogued="linear_grid"),
    _e("rq8_patience_counter_starts_at_one", "a8_pipeline", "early_stopping",
       "the counter of epochs without improvement is compared with `wait > patience` ('more than patience bad "
       "epochs'): training stops one epoch late, after patience + 1 epochs in a row without an improvement.",
       """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_i = 0
    bad_epochs = 0
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss - min_delta:
            best_loss = val_losses[i]
            best_i = i
            bad_epochs = 0
            continue
        bad_epochs += 1
        if bad_epochs > patience:
            return i, weights[best_i]
    return len(val_losses) - 1, weights[best_i]
""", catalogued="patience_off_by_one"),
]

HOLDOUT68_CORRECT: list[Entry] = [
    _e("rqk_correct_numgrad_mean_of_one_sided", "a1_backprop", "eval_numerical_gradient",
       "right: each entry as the average of the forward difference (f(x + h) - f(x)) / h and the backward difference "
       "(f(x) - f(x - h)) / h, which is the centred difference (f(x + h) - f(x - h)) / 2h; x restored from a saved "
       "value",
       """
def eval_numerical_gradient(f, x, h=1e-5):
    out = np.zeros(x.shape, dtype=float)
    flat_index = 0
    for idx in np.ndindex(x.shape):
        orig = x[idx].copy()
        x[idx] = orig + h
        fp = f(x)
        x[idx] = orig - h
        fm = f(x)
        x[idx] = orig
        f0 = f(x)
        forward = (fp - f0) / h
        backward = (f0 - fm) / h
        out[idx] = 0.5 * (forward + backward)
        flat_index += 1
    return out
"""),
    _e("rqk_correct_nesterov_sutskever_form", "a2_optim", "nesterov_momentum",
       "right: Nesterov written in the Sutskever form next_w = w + mu * v_new - lr * dw, which expands to "
       "w + mu**2 v_prev - (1 + mu) lr dw, the same as w - mu v_prev + (1 + mu) v_new",
       """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * g
    config["velocity"] = v
    # look ahead along the new velocity, then correct with the gradient
    return w + mu * v - lr * g, config
"""),
    _e("rqk_correct_max_pool_sliding_window", "a3_conv", "max_pool_forward",
       "right: the windows taken with sliding_window_view on the spatial axes, subsampled by the stride, and maxed "
       "over "
       "the two window axes",
       """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    win = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = win.max(axis=(-2, -1)).astype(float)
    return out, (x, pool_param)
"""),
    _e("rqk_correct_xavier_uniform_from_unit_draws", "a4_init", "xavier_uniform",
       "right: unit uniform draws rng.random(shape) mapped affinely to [-a, a] with a = sqrt(3) * xavier_std "
       "(a * (2u - 1))",
       """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    bound = xavier_std(shape, mode, gain) * 3 ** 0.5
    u = np.random.default_rng(seed).random(shape)
    return bound * (2.0 * u - 1.0)
"""),
    _e("rqk_correct_layernorm_via_transpose", "a5_normalization", "layernorm_forward",
       "right: the rows' statistics computed as column statistics of x.T (axis 0) and transposed back, the cache "
       "with inv_std of shape (N, 1)",
       """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T                         # features along axis 0
    mu = xt.mean(axis=0)
    var = ((xt - mu) ** 2).mean(axis=0)
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = (x - mu[:, None]) * inv_std
    return x_hat * gamma + beta, (x_hat, gamma, inv_std)
"""),
    _e("rqk_correct_gap_backward_broadcast_to", "a7_architectures", "global_avg_pool_backward",
       "right: dout / (H * W) broadcast over each feature map with np.broadcast_to and copied into a writable array",
       """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = dout / float(H * W)
    return np.broadcast_to(share[:, :, np.newaxis, np.newaxis], (N, C, H, W)).copy()
"""),
    _e("rqk_correct_log_grid_geomspace", "a8_pipeline", "log_grid",
       "right: np.geomspace(low, high, n), a geometric sequence with both end points",
       """
def log_grid(low, high, n):
    return np.geomspace(low, high, num=n)
"""),
]

JUDGED_ON68 = "2026-12-08 on commit 13a9230"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout68 (JUDGED_ON68), the full messages from its
# --json output (/tmp/h68/results.json, not the bench's truncated lines), by an independent helper that did not write
# the detectors or the entries and did not read the detector code (autograder/grading/, autograder/sandbox/):
# judgements, not measurements, and stale as soon as the catalogues or detectors change. id -> (verdict, relations that
# are right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Numbers were checked against the entries' sources, the solution modules and the grader tests
# (solutions/<assignment>/tests), and by running code where that settles them: Adam's double correction at t = 1 is
# sqrt(1 - b2) / (1 - b1) = 0.3162 with the default betas and 0.5 with the other test's 0.8 / 0.99 (0.05 x 0.3162 =
# 0.0158114); step_lr's tests give base_lr 0.1 (or a draw in 0.1-1.0) with step_size 7 or 4, so every floor division is
# 0; depthwise_separable_multiply_count(4, 16, (3, 5), (6, 2)) is 720 + 768 = 1488, the student's 432 + 768 = 1200; the
# conv_backward_fast ratios 0.125 = 1/8 and 0.5 = 1/2 are 1/N of their batches; compute_fans((96, 3, 11, 11))'s fan_out
# 96 x 121 = 11616; xavier_std((300, 100), 'fan_in') 1/sqrt(100) = 0.1 where 1/sqrt(300) = 0.0577, and sqrt(1/225) =
# 0.0667 against sqrt(1/423) = 0.0486 for (47, 25, 3, 3); He's std sqrt(2/144) = 0.11785 for (40, 16, 3, 3); 2 x 1/92 =
# 0.0217391 and 2 x sqrt(1/92) = 0.208514 (gain 2, fan_in 92); -6.42 / -4.816 = 1/0.75 for the dropout backward; 10 **
# ln(1e-4) = 6.2e-10 and 10 ** ln(0.1) = 0.00498 for the mixed bases; upd / ref = 0.00372484 / 0.723094 = 0.005151
# (yours) and 0.00742407 / 1.35409 = 0.005483 (expected) for the spectral norms; the a6 step counts (10 epochs x 20, 15
# and 3 batches = 200, 150 and 30 zero-gradient steps; 64 images = 1 step of 1258 digits); the flip test's images are
# (1000, 1, 3, 5), one channel, so reversing axis 1 changes none of them; argsort of default_rng(0).random(n) is not
# default_rng(0).permutation(n) (n = 6, 10: checked), so the keys-drawn-once entry's path parts already in the first
# epoch. The JSON stores a check's message cut at 300 characters: the test-set standardization entry's check message
# ends "norma" there; its full text was read in solutions/a6_cnn/tests/ test_cnn.py (line 151): "... (call model.eval()
# before predicting, so batch norm uses its running statistics; normalize with the training images' statistics)".
# Same standards as JUDGEMENT67 and JUDGEMENT66 (and the earlier ones): a diagnosis with a false statement anywhere is
# misleading (a wrong number included, and a right diagnosis beside a false one), and so is one whose observation is
# true but whose explanation names only mechanisms that are not there; a departure naming the line with the mistake is
# right, and so is a range over two to four lines that holds it, a loop of up to six lines whose statement holds it, a
# longer loop whose "on its first pass, line N ...: look there first" names the line with the mistake, and one that
# names the line that uses a wrong value with, as its alternatives, what holds the mistake; a loop departure whose "the
# mistake is most likely in one of them ..." names only right lines is misleading (as
# qi4_act_stats_layers_popped_from_end in JUDGEMENT34 and qs3_avgpool_summed_area_no_zero_border in JUDGEMENT44); a
# catalogued entry whose name is not given is judged by its diagnoses; one of few causes, the entry's among them, is
# tolerated (loss_flat's first of three, as ro6_labels_permuted_twice in JUDGEMENT66; scaled's "fits more than one
# cause", as rp3_conv_bwd_fast_dw_averaged_over_positions in JUDGEMENT67; trained_briefly's "or a time check that holds
# from the start", as qg6_elapsed_ms_against_budget_s in JUDGEMENT32); a one_slip stated in the correct code's text that
# is the student's arithmetic written another way is right, and so is a one_edit whose change is the fix; shifted_steps
# for a step advanced before use is right (as qd2_cosine_table_of_steps_from_one in JUDGEMENT29); the checks' own
# messages are not judged where a diagnosis stands beside them; where only the grader test's own message says the cause
# the verdict is check_message (as e6_batchnorm_without_running_stats in JUDGEMENT19, the same check); an error raised
# by Python, NumPy or torch, a shape comparison or an accuracy figure alone is nothing.
# Decided here (new in this set, each with its precedent): the departure "the loop at lines 239-246 (`for epoch in
# range(epochs):`) leaves `out` holding values the correct code never computes, though what the loop reads from before
# it (N, X, ..., y) agrees ...: the mistake is in that loop, or in linear_regression_gradient() that it calls" for a
# batch's targets taken as y[start:stop] in file order (line 244): true, but the loop is eight lines, two headers around
# six statements, the whole of minibatch_sgd's work, with no "on its first pass ... look there first": vague (a close
# call: past the six-line standard of JUDGEMENT65-67; as rf8_recipe_batches_of_32 in JUDGEMENT57, the whole training
# loop; unlike qd2_minibatch_generator_seed_plus_epoch in JUDGEMENT29 (seven lines, older) and the loop nests of
# qk3_pool_indices_over_whole_image (JUDGEMENT36), qx3_max_pool_bwd_argmax_of_magnitudes (JUDGEMENT49) and
# qy3_conv_bwd_naive_dout_indices_swapped (JUDGEMENT50), headers around few statements; and unlike
# rq2_minibatch_path_holds_one_array here, whose loop is six lines); the loop departure "your loop at lines 240-245 ...
# after pass 1 they part ... The lines of your loop that set them: line 244 ..., line 245 ...; the mistake is most
# likely in one of them, in the lines that compute what they read in that pass (line 243: `sel = order[s:s +
# batch_size]`), or in the condition" for sort keys drawn once before the epochs (order = np.argsort(keys) at line 241,
# the same order every epoch): every line it names is right, and neither the keys nor line 241 is named: misleading (as
# qi4_act_stats_layers_popped_from_end in JUDGEMENT34; unlike qx2_minibatch_one_index_array_reshuffled in JUDGEMENT49,
# whose "or in what it reads" reached the order); the seeded check's message on an a6 network that standardizes X_test
# with its own mean and std, "a prediction must not depend on the other test images (call model.eval() before predicting
# ...; normalize with the training images' statistics)", the only feedback: its second hint is the cause's remedy (the
# model does call eval(), so the first is not there): check_message (as e6_batchnorm_without_running_stats in
# JUDGEMENT19 on the same check).
# Close calls: the mse departure "line 220: `dpred = 2 * err / n`. In it, `2 * err` is the first part whose value the
# correct code never computes ... What that line reads (err ...) agrees with the correct code (err: your own, and right
# values come of it elsewhere) ...: the mistake is in that line" for err = np.abs(pred - target) used in the derivative:
# |p - t| is right for the loss (line 219, whose value is right), and the fix, 2 * (pred - target) / n, is in line 220:
# right (unlike ro1_affine_fwd_squeeze_as_flatten in JUDGEMENT66, where the value declared agreeing was itself the
# mistake); zeros's "every entry of yours is 0 while the expected is not: is an array made with np.zeros never filled,
# is the result computed into another variable ..., or is a number smaller than its divisor floor-divided (// rounds it
# down to 0)?" for base_lr * gamma ** step // step_size: the third of three guesses is exactly the cause (every entry 0:
# checked): right, one of few; scaled's "0.5 times the expected, which fits more than one cause: half ...; or 1/N (N=2,
# the batch size) ...; or 1/stride ...; or 1/pad ..." on two conv_backward_fast cases beside "0.125 ...: 1/N of the
# expected (N=8, the batch size) ...; or H*W/D = 256/2048" on the first: the batch reading is among few on each and
# first where it alone fits best: right; the flip test on one-channel images gives only the check's "all images were
# treated alike: draw one coin per image" (true that none changed, its remedy not the cause), beside a right loop
# departure (three lines) and the other check's exact "its channels in reverse order (the flip made along the channel
# axis)": not judged, right.
JUDGEMENT68: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # scaled: "every entry is the negative of the expected: a sign is flipped" (lo - hi: exact).
    "rq1_numgrad_difference_taken_backwards": ("right", ("scaled",), ""),
    # one_edit (four tests): "line 218 reads `eps_ls = 0.1`; written `eps_ls = 0.0`, your function returns the expected
    # loss on this test's call and on 4 other sets of arguments: the mistake is most likely in that line" (the fix: the
    # targets become one-hot).
    "rq1_softmax_ce_label_smoothing": ("right", ("one_edit",), ""),
    # departure: "`dpred`, set by line 220: `dpred = 2 * err / n`. In it, `2 * err` is the first part whose value the
    # correct code never computes ... (err: your own, and right values come of it elsewhere) ...: the mistake is in that
    # line" (by up to 0.658: true; a close call, above).
    "rq1_mse_grad_abs_loses_sign": ("right", ("departure",), ""),
    # departure (both tests): "`rows`, set by line 219: `rows = np.reshape(x, (N, -1), order="F")` ...; your `rows`
    # holds the right values in another order (a reshape or transpose in the wrong order?) ...: the mistake is in that
    # line".
    "rq1_affine_bwd_dw_column_major_rows": ("right", ("departure",), ""),
    "rq1_softmax_ce_division_on_discarded_copy": ("named", (), ""),
    "rq1_affine_bwd_dx_np_inner": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (four tests): "`lr_t`, set by line 246: `lr_t = lr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)` ...; your
    # `lr_t` is 0.0158114; with 0.05 there instead ...: the mistake is in that line"; first_step: "0.3162 times its
    # size" (0.5 with betas 0.8 / 0.99) with its checklist, a bias correction among its guesses (checked).
    "rq2_adam_bias_correction_applied_twice": ("right", ("departure", "first_step"), ""),
    # zeros (three tests): "every entry of yours is 0 while the expected is not: ..., or is a number smaller than its
    # divisor floor-divided (// rounds it down to 0)?" (the third of three, exact: a close call, above).
    "rq2_step_lr_power_floored": ("right", ("zeros",), ""),
    # departure (both tests): "the loop at lines 239-246 (`for epoch in range(epochs):`) leaves `out` holding values the
    # correct code never computes ...: the mistake is in that loop, or in linear_regression_gradient() that it calls":
    # true, but eight lines, the whole training loop, no line pointed at (a decision, above).
    "rq2_minibatch_labels_not_permuted": (
        "vague", (),
        "line 244, xb, yb = Xs[start:stop], y[start:stop], takes the batch's inputs from the permuted Xs = X[perm] "
        "but its targets from y in file order: each batch pairs its rows with other rows' targets, so every update "
        "follows a wrong gradient (the path off by up to 0.198); index the targets with the same permutation, ys = "
        "y[perm] (or X[perm[start:stop]], y[perm[start:stop]])."),
    # departure (both tests): "the loop at lines 238-243 (`for _ in range(epochs):`) leaves `trace` holding values the
    # correct code never computes ...: the mistake is in that loop" (six lines, the in-place `w -=` and the
    # `trace.append(w)` of the same array among them).
    "rq2_minibatch_path_holds_one_array": ("right", ("departure",), ""),
    # catalogued shuffled_once, not named; departure (both tests): "your loop at lines 240-245 ... after pass 1 they
    # part ... line 244 ..., line 245 ...; the mistake is most likely in one of them, in the lines that compute what
    # they read in that pass (line 243: `sel = order[s:s + batch_size]`), or in the condition" (only right lines: a
    # decision, above).
    "rq2_epoch_order_argsort_of_keys_drawn_once": (
        "misleading", (),
        "keys = rng.random(n) is drawn once, before the epoch loop, and each epoch's order = np.argsort(keys) (line "
        "241) sorts the same keys: every epoch visits the rows in one fixed order (and not the order "
        "rng.permutation gives, so the path parts in the first epoch already); draw a new order = "
        "rng.permutation(n) at the start of every epoch."),
    # catalogued cosine_lr_off_by_one, not named; shifted_steps (three tests): "at every step yours equals the expected
    # one step later: you are one step ahead (the state or step count is updated before it is used, or counted from 1)"
    # (step += 1 first: exact).
    "rq2_cosine_step_advanced_before_use": ("right", ("shifted_steps",), ""),
    # ------------------------------------------------------------------ a3_conv
    # as_if (both tests): "yours is what the correct depthwise_separable_multiply_count() returns if kernel_size[1] were
    # kernel_size[0]: one entry of kernel_size is used where another is meant" (1200 where 1488: checked).
    "rq3_depthwise_mults_kernel_height_squared": ("right", ("as_if",), ""),
    # scaled: "0.125 times the expected, which fits more than one cause: 1/N of the expected (N=8, the batch size): did
    # you divide by the batch size where a sum is asked for ...; or H*W/D = 256/2048"; "0.5 ... half ...; or 1/N (N=2)
    # ...; or 1/stride ...; or 1/pad" on the others (a close call, above).
    "rq3_conv_bwd_fast_dw_averaged_over_batch": ("right", ("scaled",), ""),
    # departure (three tests): "the loop at lines 285-288 (`for n in range(N):`) leaves `res` holding values the correct
    # code never computes ...; your `res` holds the right values in another order (a reshape or transpose in the wrong
    # order?) ...: the mistake is in that loop" (four lines, the ravel(order="F") among them).
    "rq3_unpool_values_column_major": ("right", ("departure",), ""),
    # one_slip: "the term `- pad` missing (or it is zero in yours), where out is computed (the same slip in two places)"
    # (the correct code's full[:, :, pad:full.shape[2] - pad, pad:full.shape[3] - pad]: the fix).
    "rq3_conv_transpose_crop_start_only": ("right", ("one_slip",), ""),
    "rq3_maxpool_bwd_np_full_share": ("named", (), ""),
    # catalogued dx_assigned_not_accumulated, not named; no diagnosis: only the comparisons, "dx (stride 2, pad 1): 294
    # of 294 element(s) outside tolerance" and "dx (naive): 396 of 396 ...".
    "rq3_conv_bwd_dx_copyto_overwrites": (
        "nothing", (),
        "np.copyto(dxpad[n, :, hs:hs + KH, ws:ws + KW], g * w[f]) writes each window's share over what is there: "
        "where windows overlap, and across the filters f of the same image, only the last share survives instead of "
        "the sum (dw and db are right); accumulate, dxpad[n, :, hs:hs + KH, ws:ws + KW] += g * w[f]."),
    # ------------------------------------------------------------------ a4_init
    # one_slip (six tests): "yours is what the correct code gives with one slip in compute_fans(): the factor `*
    # receptive` missing (or it is one in yours)" (fan_out = out_channels * receptive: the fix; 96 where 11616).
    "rq4_fans_conv_fan_out_without_kernel": ("right", ("one_slip",), ""),
    # one_slip (four tests): "`fan_out` where `fan_in` is meant (the wrong variable)" (checked).
    "rq4_xavier_fan_in_mode_reads_fan_out": ("right", ("one_slip",), ""),
    # draws_shape (both tests): "yours spread evenly up to +-0.11785 (kurtosis 1.8 ...), a uniform draw where the
    # correct code draws a normal one"; departure: "line 93: `return rng.uniform(low=-s, high=s, size=shape)` ...: the
    # mistake is in that line".
    "rq4_he_normal_drawn_uniform": ("right", ("draws_shape", "departure"), ""),
    # departure (both tests): "the loop at lines 101-104 ... On its first pass, line 102: `h = act(h) @ W` is the first
    # to compute a value the correct code never computes ...: look there first".
    "rq4_act_stats_activation_before_matmul": ("right", ("departure",), ""),
    "rq4_xavier_uniform_generator_cached_per_seed": ("named", (), ""),
    "rq4_xavier_std_returns_var_named_std": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "`out`, set by line 221: `out = y.reshape(N, C, H, W)` ...; your `out` holds the right values in
    # another order (a reshape or transpose in the wrong order?) ...: the mistake is in that line".
    "rq5_spatial_bn_fwd_output_reshaped_not_transposed": ("right", ("departure",), ""),
    # departure: "line 220: `xg = x.reshape(N, -1, groups)` holds the values of the correct code's `xg` in their order,
    # but in shape (2, 27, 2) where it has (2, 2, 27) ... (an axis split as (27, 2) where (2, 27) is meant puts every
    # 2nd entry of it together ...). The mistake is most likely in line 220's shape".
    "rq5_groupnorm_groups_on_last_axis": ("right", ("departure",), ""),
    # scaled: "every entry is 1/p of the expected (p=0.75, dropout_param['p'] given to dropout_forward()): a factor p is
    # missing, or a division by p is extra" (checked).
    "rq5_dropout_bwd_scaled_twice": ("right", ("scaled",), ""),
    # one_edit (both tests): "line 219 reads `m = dout.shape[0] - 1`; written `m = dout.shape[0]`, your function returns
    # the expected dx ...: the mistake is most likely in that line" (the fix).
    "rq5_bn_alt_unbiased_count": ("right", ("one_edit",), ""),
    "rq5_bn_std_plus_eps": ("named", (), ""),
    "rq5_layernorm_stats_axis_minus_two": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # no diagnosis; the seeded check's message: "the logits of 5 test images predicted alone are 0.10 ... from their
    # logits among all 150: a prediction must not depend on the other test images (call model.eval() ...; normalize with
    # the training images' statistics)" (cut at "norma" in the JSON; a decision, above).
    "rq6_test_set_standardized_by_itself": (
        "check_message", (),
        "standardize(X_test) centres and scales the test images by their own mean and std (and the training images "
        "by theirs): what an image's input becomes, and so its logits, depends on which other images are in X_test "
        "(0.10 apart for 5 predicted alone); standardize both splits with the training images' mean and std."),
    # trained_briefly (three tests): "your code trained on 64 images (0.1 epochs ..., 1 optimizer steps) and returned
    # after 0.3 s of its 60 s budget: the training loop ended early (a return or break inside it, or a time check that
    # holds from the start) or runs too few epochs" (budget 0.06 s: as qg6_elapsed_ms_against_budget_s, JUDGEMENT32).
    "rq6_time_budget_read_as_milliseconds": ("right", ("trained_briefly",), ""),
    # trained_in_eval_mode (both tests): "ran in eval mode for 300 of its 300 training steps ...: call model.train()
    # before the training loop (and model.eval() before predicting)".
    "rq6_trained_in_eval_mode": ("right", ("trained_in_eval_mode",), ""),
    # torch_error (three tests): "line 75 ... a label -1 reached the loss ... The labels were shifted (y - 1 where they
    # already start at 0?) ...: give the loss the labels as y_train holds them".
    "rq6_labels_shifted_as_if_one_based": ("right", ("torch_error",), ""),
    # catalogued untrained_model, not named; zero_gradients_at_step (three tests): "at 200 of its 200 optimizer steps
    # every gradient was zero: the gradients are cleared between loss.backward() and optimizer.step() (zero_grad()
    # belongs before backward(), or after step())" (200, 150, 30: checked).
    "rq6_zero_grad_between_backward_and_step": ("right", ("zero_gradients_at_step",), ""),
    # catalogued labels_shuffled, not named; loss_flat (three tests): "the training loss stayed at about 2.32 over 300
    # steps ...: A batch's labels not those of its images (index X and y with the same indices, one permutation for
    # both), ..." (the first of three, the cause).
    "rq6_two_randperm_calls_for_x_and_y": ("right", ("loss_flat",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # no diagnosis: only the comparisons, "loss: ... got 5.409463106, expected 8.560872415" and "got 19.2994829,
    # expected 290.5263506".
    "rq7_gaussian_nll_laplace_abs_residual": (
        "nothing", (),
        "the per-example term is |y - mu| / exp(log_std), a Laplace likelihood, where the Gaussian's is 0.5 * (y - "
        "mu) ** 2 / exp(2 * log_std), and dmu and dlog_std follow it (-sign(r) / s, 1 - |r| / s): loss 5.41 where "
        "8.56, far lower on small stds; use 0.5 * r ** 2 / s ** 2, dmu = -r / s ** 2 / N, dlog_std = (1 - r ** 2 / "
        "s ** 2) / N."),
    # departure (three tests): "line 178: `filters = W.T.reshape(M, H, Wd, C)` computes `filters`, a value the correct
    # code never computes ... up to line 179 ... The mistake is in lines 178-179" (the range begins on the mistake).
    "rq7_fc_to_conv_channels_last_order": ("right", ("departure",), ""),
    # scaled (five tests): "every entry is 1/N of the expected (N=4, the batch size): did you divide by the batch size
    # where a sum is asked for"; "0.25 ... 1/N (N=4) ...; or 1-p=0.25 ..." on one (the first, exact).
    "rq7_res_bwd_bias_grads_averaged": ("right", ("scaled",), ""),
    # one_slip (four tests): "yours is what the correct code gives with one slip in saliency_map(): 0 where 1 is meant:
    # the statistic is taken over another axis" (exact).
    "rq7_saliency_max_over_batch_axis": ("right", ("one_slip",), ""),
    "rq7_relu_then_add_in_place": ("named", (), ""),
    "rq7_gap_bwd_tile_without_area": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure (both tests): "two lines ...: line 166: `upd = np.linalg.norm(lr * dW, 2)` (your `upd` is 0.00372484
    # where 0.00742407 is right) and line 167: `ref = np.linalg.norm(W, 2)` (... 0.723094 where 1.35409 ...) ...: the
    # mistake is in those two lines" (the ratios checked).
    "rq8_update_ratio_spectral_norm": ("right", ("departure",), ""),
    # one_slip: "a log where a log10 is meant (log() for log10()) (the same slip in two places)" (the fix; the check's
    # range 6.18e-10 to 0.00498: checked).
    "rq8_log_uniform_mixed_bases": ("right", ("one_slip",), ""),
    # departure (other p): "the loop at lines 167-169 ... your `res` holds the right values in another order (a reshape
    # or transpose in the wrong order?) ...: the mistake is in that loop" (three lines); the one-channel test's check
    # message not judged (a close call, above).
    "rq8_flip_reverses_channels": ("right", ("departure",), ""),
    # one_slip (both tests): "`params` where `grads` is meant (the wrong variable)" (the std of the weights where the
    # gradient's: the correct code's grads[k].std()).
    "rq8_param_stats_grad_std_of_weights": ("right", ("one_slip",), ""),
    "rq8_grid_arange_linear_steps": ("named", (), ""),
    "rq8_patience_counter_starts_at_one": ("named", (), ""),
}
# Counts: named 11, right 32 (named or right 43/48 = 90%; not in the catalogue: right 29/32 = 91%; the 16 catalogued:
# 11 named, 3 right by their diagnoses (rq2_cosine_step_advanced_before_use, rq6_zero_grad_between_backward_and_step,
# rq6_two_randperm_calls_for_x_and_y), rq2_epoch_order_argsort_of_keys_drawn_once misleading and
# rq3_conv_bwd_dx_copyto_overwrites nothing), misleading 1, vague 1, nothing 2, wrong_name 0, check_message 1,
# not_caught 0. HOLDOUT68_CORRECT: all 7 earn full marks.

HOLDOUT68 = [replace(e, verdict=JUDGEMENT68[e.id][0], expected=frozenset(JUDGEMENT68[e.id][1]),
                     ideal=JUDGEMENT68[e.id][2]) if e.id in JUDGEMENT68 else e for e in HOLDOUT68]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,721 earlier ones (corpus.py and holdout.py-holdout67.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 27 of the 48 mistakes and 6 of the
# 7 right variants repeat.
# Fresh mistakes (the 21 that repeat no earlier entry): named or right 18/21 = 86%.
# (id -> the earlier entry it repeats)
REPEATED68: dict[str, str] = {
    # same missing parentheses: base_lr * gamma ** step // step_size
    "rq2_step_lr_power_floored": "x2_step_lr_power_then_floor_div",
    # X permuted each epoch, y sliced y[start:stop] in file order
    "rq2_minibatch_labels_not_permuted": "y2_minibatch_shuffles_x_not_y",
    # cosine_lr_off_by_one as min(step + 1, total) / total; step += 1 first is the same code
    "rq2_cosine_step_advanced_before_use": "qx2_cosine_progress_clamped_step_plus_one",
    # same scatter loop, out = full[:, :, pad:, pad:]
    "rq3_conv_transpose_crop_start_only": "v3_conv_transpose_crop_top_left_only",
    # max_pool_gradient_spread by np.full(window, dout / area) in the same 4 loops
    "rq3_maxpool_bwd_np_full_share": "w3_maxpool_bwd_full_share_loops",
    "rq4_fans_conv_fan_out_without_kernel": "h4_fan_out_no_receptive",  # same code: return in_ch * k, out_ch
    # mode fan_in uses fan_out, gain * sqrt(1 / fan_out); fan_avg right
    "rq4_xavier_fan_in_mode_reads_fan_out": "t4_xavier_fan_in_mode_uses_fan_out",
    "rq4_act_stats_activation_before_matmul": "u4_stats_activation_on_input",  # each layer h = act(h) @ W
    # variance_used_as_std: n = mean fan or fan_in, var = 1 / n, gain * var returned
    "rq4_xavier_std_returns_var_named_std": "l4_xavier_std_without_root",
    # (N*H*W, C) output reshaped straight to (N, C, H, W)
    "rq5_spatial_bn_fwd_output_reshaped_not_transposed": "r5_spatial_out_no_transpose_back",
    "rq5_groupnorm_groups_on_last_axis": "h5_gn_groups_last",  # same code: x.reshape(N, -1, groups)
    # bn_eps_outside_sqrt: sd = x.std(axis=0); inv_std = 1 / (sd + eps), same body
    "rq5_bn_std_plus_eps": "qn5_bn_inverse_of_std_plus_eps",
    # layernorm_stats_over_batch: mean/var with keepdims over axis -2, which is axis 0 for (N, D)
    "rq5_layernorm_stats_axis_minus_two": "a5_ln_axis0",
    # a standardize(a) helper applied to each split with that split's own stats
    "rq6_test_set_standardized_by_itself": "v6_test_set_standardized_with_own_stats",
    # y_train - 1 with labels already 0-based: -1 label, one class too few
    "rq6_labels_shifted_as_if_one_based": "n6_labels_shifted_to_one_based",
    # untrained_model: opt.zero_grad() between loss.backward() and opt.step()
    "rq6_zero_grad_between_backward_and_step": "u6_zero_grad_before_step",
    # labels_shuffled: two torch.randperm calls per epoch, one for images, one for labels
    "rq6_two_randperm_calls_for_x_and_y": "v6_images_and_labels_separate_randperms",
    # W.T.reshape(M, H, W, C).transpose(0, 3, 1, 2)
    "rq7_fc_to_conv_channels_last_order": "r7_fc_to_conv_channels_last",
    # max of |dx| over axis 0 instead of the channels
    "rq7_saliency_max_over_batch_axis": "k7_saliency_max_over_batch_axis",
    # relu_before_addition: np.maximum on the branch, then the shortcut added (+= is the same code)
    "rq7_relu_then_add_in_place": "qx7_resblock_relu_on_branch_then_add",
    # gap_backward_not_divided_by_area: np.tile(dout[..., None, None], (1, 1, H, W))
    "rq7_gap_bwd_tile_without_area": "qj7_gap_bwd_tile_undivided",
    # np.linalg.norm(., 2) on both matrices: spectral instead of Frobenius
    "rq8_update_ratio_spectral_norm": "a8_ratio_spectral",
    "rq8_log_uniform_mixed_bases": "h8_log_uniform_ln_base10",  # uniform between np.log bounds, raised as 10 ** e
    "rq8_flip_reverses_channels": "n8_flip_mirrors_channel_axis",  # chosen images reversed along axis 1, the channels
    # same array [mean W, std W, mean G, std W, ratio]
    "rq8_param_stats_grad_std_of_weights": "h8_stats_weight_std_twice",
    # linear_grid: np.arange with step (high - low) / (n - 1) from low
    "rq8_grid_arange_linear_steps": "p8_log_grid_arange_linear",
    # patience_off_by_one: bad += 1; if bad > patience, same loop with continue
    "rq8_patience_counter_starts_at_one": "o8_patience_exceeded_counter",
    "rqk_correct_nesterov_sutskever_form": "ok_a2_nesterov_lookahead_form",  # right: w + mu * v_new - lr * g
    # right: sliding_window_view(axis=(2, 3))[:, :, ::s, ::s] maxed over window axes
    "rqk_correct_max_pool_sliding_window": "sok_a3_maxpool_sliding_windows",
    # right: (2u - 1) * sqrt(3) * xavier_std from rng.random
    "rqk_correct_xavier_uniform_from_unit_draws": "v4_correct_xavier_uniform_scaled_random",
    # right: column stats of x.T, inv_std[:, None], same body
    "rqk_correct_layernorm_via_transpose": "qak_correct_layernorm_on_transpose",
    # right: np.broadcast_to(dout / (H * W)[..., None, None]).copy()
    "rqk_correct_gap_backward_broadcast_to": "e7_correct_gap_bwd_broadcast_copy",
    # right: identical np.geomspace(low, high, num=n)
    "rqk_correct_log_grid_geomspace": "x8_correct_log_grid_geomspace",
}
