"""A fifty-fourth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 61cbdf6 (JUDGED_ON54, JUDGEMENT54 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout54.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT54 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT54_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT54: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rc1_db_mean_by_weight_vector", "a1_backprop", "affine_backward",
       "db is computed as dout^T times a vector of 1/N weights, np.full(N, 1 / N), which is the mean of dout over the "
       "batch instead of its sum dout.sum(axis=0) (the 1/N of the loss is already inside dout); dx and dw right", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    dx = (dout @ w.T).reshape(x.shape)
    dw = x_flat.T @ dout
    # every row contributes to the bias with the same weight
    db = dout.T @ np.full(N, 1.0 / N)
    return dx, dw, db
""", catalogued="db_averaged"),
    _e("rc1_softmax_ce_put_along_axis_no_div", "a1_backprop", "softmax_cross_entropy_loss",
       "a stable log-softmax loss averaged over the rows (right), but dscores is built by writing p - 1 at each row's "
       "label with np.put_along_axis and is never divided by N: the gradient of the summed loss, N times too large", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_probs = shifted - log_norm
    picked = np.take_along_axis(log_probs, y[:, None], axis=1)
    loss = -picked.mean()
    dscores = np.exp(log_probs)
    np.put_along_axis(dscores, y[:, None], np.exp(picked) - 1.0, axis=1)
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    _e("rc1_sigmoid_backward_diag_jacobian", "a1_backprop", "sigmoid_backward",
       "the elementwise derivative is applied as a Jacobian, dout @ np.diag(s * (1 - s)): for the 2-D cache np.diag "
       "extracts the diagonal of s * (1 - s) (a vector) instead of building a diagonal matrix, so dx is a vector of "
       "row products (or a shape error) instead of the elementwise dout * s * (1 - s)", """
def sigmoid_backward(dout, cache):
    s = cache
    # chain rule: upstream gradient times the (diagonal) Jacobian of the sigmoid
    jac = np.diag(s * (1 - s))
    dx = dout @ jac
    return dx
"""),
    _e("rc1_mse_grad_reduced_to_scalar", "a1_backprop", "mse_loss",
       "the loss is right, but dpred is written 2 * np.mean(pred - target), the mean of the per-element gradients: "
       "one scalar instead of the array 2 (pred - target) / size of pred's shape", """
def mse_loss(pred, target):
    diff = pred - target
    loss = np.mean(diff ** 2)
    # derivative of the mean of squares
    dpred = 2 * np.mean(diff)
    return loss, dpred
"""),
    _e("rc1_affine_reshape_to_output_width", "a1_backprop", "affine_forward",
       "each input is flattened with x.reshape(N, w.shape[1]), the number of outputs M, instead of (N, -1) or (N, D) "
       "with D = w.shape[0]: for a (N, d1, ..., dk) input the reshape raises (or regroups the values when M happens "
       "to equal D)", """
def affine_forward(x, w, b):
    N = x.shape[0]
    x_rows = x.reshape(N, w.shape[1])
    out = x_rows @ w + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("rc1_relu_backward_half_at_zero", "a1_backprop", "relu_backward",
       "the local derivative is written (np.sign(x) + 1) / 2, the step function from the sign: 1 for x > 0 and 0 "
       "for x < 0, but 0.5 where x is exactly 0, where the derivative is to be taken as 0 (half the gradient passes "
       "there)", """
def relu_backward(dout, cache):
    x = cache
    step = (np.sign(x) + 1) / 2
    dx = dout * step
    return dx
"""),

    # ------------------------------------------------------------------ a2_optim
    _e("rc2_cosine_half_angle_one_ahead", "a2_optim", "cosine_lr",
       "the cosine schedule is written with the half-angle identity, min_lr + (base_lr - min_lr) * cos(pi t / 2)**2, "
       "but with t = (step + 1) / total_steps: the schedule is one step ahead, step 0 is already below base_lr and "
       "min_lr is reached at step total_steps - 1", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    # (1 + cos(a)) / 2 == cos(a / 2) ** 2
    progress = (step + 1) / total_steps
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * progress / 2) ** 2
""", catalogued="cosine_lr_off_by_one"),
    _e("rc2_step_lr_bump_last_in_block", "a2_optim", "step_lr",
       "the number of decays is step // step_size plus one more at the last step of each block (step % step_size == "
       "step_size - 1, 'the decay happens at the end of the period'): that is (step + 1) // step_size, so the rate "
       "drops one step early", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = step // step_size
    if step % step_size == step_size - 1:
        n_decays += 1  # the period is over at its last step
    return base_lr * gamma ** n_decays
""", catalogued="step_lr_off_by_one"),
    _e("rc2_sgd_weight_decay_get_none", "a2_optim", "sgd",
       "the weight decay is written by hand as dw + config.get('weight_decay') * w, with no default: when config has "
       "no weight_decay the lookup is None and None * w raises TypeError (the provided _gradient defaults it to 0)", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    grad = dw + config.get("weight_decay") * w
    next_w = w - config["learning_rate"] * grad
    return next_w, config
"""),
    _e("rc2_gd_returns_final_weights", "a2_optim", "gradient_descent",
       "the steps are right, but the function returns only the final weights w, shape (D,), instead of the path of "
       "the weights after each step, shape (steps, D)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    for _ in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
    return w
"""),
    _e("rc2_linreg_grad_expanded_missing_2", "a2_optim", "linear_regression_gradient",
       "the gradient is expanded as (2 X^T X w - X^T y) / N: the factor 2 is put on the first term only, so the "
       "X^T y term is half what it should be (2 X^T (X w - y) / N = (2 X^T X w - 2 X^T y) / N)", """
def linear_regression_gradient(w, X, y):
    n = X.shape[0]
    return (2 * X.T @ X @ w - X.T @ y) / n
"""),
    _e("rc2_exponential_negative_exponent", "a2_optim", "exponential_lr",
       "the decay is written base_lr * gamma ** (-step), the minus sign of an exp(-k t) decay carried over: for gamma "
       "< 1 the rate grows by 1 / gamma every step instead of shrinking (step 0 right)", """
def exponential_lr(base_lr, step, gamma):
    # exponential decay: lr_t = lr_0 * gamma^(-t)
    return base_lr * gamma ** (-step)
"""),

    # ------------------------------------------------------------------ a3_conv
    _e("rc3_fast_backward_crop_np_split", "a3_conv", "conv_backward_fast",
       "dw, db and the padded dx are right, but the padding is dropped with np.split(dxp, [pad, -pad], axis=...)[1], "
       "the slice [pad:-pad]: with pad 0 the split points are [0, 0] and the middle piece is empty, so dx has no rows "
       "or columns (use [pad:pad + H] and [pad:pad + W])", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwij->fcij", dout, windows)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    # cut the padded border off both spatial axes
    dx = np.split(dxp, [pad, -pad], axis=2)[1]
    dx = np.split(dx, [pad, -pad], axis=3)[1]
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("rc3_maxpool_backward_broadcast_share", "a3_conv", "max_pool_backward",
       "a loop over the windows vectorized over the batch and channels that adds np.broadcast_to(dout / (ph * pw), "
       "(N, C, ph, pw)) to every window: each window's gradient is spread evenly over its inputs (average pooling's "
       "backward) instead of going to the window's maximum only", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            share = np.broadcast_to(dout[:, :, i, j][:, :, None, None] / (ph * pw), (N, C, ph, pw))
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += share
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("rc3_conv_naive_stride_inside_window", "a3_conv", "conv_forward_naive",
       "each window is sliced with the stride as its step, xp[n, :, i*s : i*s + HH*s : s, ...]: the kernel's taps are "
       "placed stride pixels apart (a dilated window) instead of on HH x WW adjacent pixels; right for stride 1, wrong "
       "(or a shape error at the border) for stride > 1", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    window = xp[n, :, r:r + HH * stride:stride, c:c + WW * stride:stride]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("rc3_maxpool_backward_argmax_of_dx", "a3_conv", "max_pool_backward",
       "copy slip: the window searched for its maximum is cut from dx (the zero gradient being built) instead of x: "
       "np.argmax of a window of zeros (or of earlier gradients) is its first element, so each window's gradient goes "
       "to its top-left input instead of its maximum", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = dx[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    k = np.argmax(window)
                    r, q = divmod(k, pw)
                    dx[n, c, i * s + r, j * s + q] += dout[n, c, i, j]
    return dx
"""),
    _e("rc3_maxpool_indices_np_take_flat", "a3_conv", "max_pool_with_indices",
       "the indices are right, but each window's maximum is read back with np.take(window, k), which without an axis "
       "indexes the flattened (N, C, ph * pw) stack: every image and channel gets values from the first image's first "
       "channel instead of its own window's maximum", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = window.argmax(axis=2)
            out[:, :, i, j] = np.take(window, k)
            idx[:, :, i, j] = (i * s + k // pw) * W + (j * s + k % pw)
    return out, idx
"""),
    _e("rc3_conv_transpose_bias_last_axis", "a3_conv", "conv_transpose_forward",
       "the scatter and the crop are right, but the bias is added as out + b: the (F,) bias broadcasts along the last "
       "axis (the output width) instead of the filter axis (b[None, :, None, None]), so it raises unless the width "
       "equals F and adds the wrong bias to each column when it does", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum("nc,cfhw->nfhw", x[:, :, i, j], w)
    out = full[:, :, pad:full.shape[2] - pad, pad:full.shape[3] - pad]
    return out + b
"""),

    # ------------------------------------------------------------------ a4_init
    _e("rc4_xavier_normal_seedsequence_no_seed", "a4_init", "xavier_normal",
       "the generator is built as np.random.default_rng(np.random.SeedSequence()), a seed sequence created without "
       "entropy, which draws fresh entropy from the OS: the seed argument is never used, so the same seed gives other "
       "weights on every call", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    # a SeedSequence gives well-mixed, independent streams
    rng = np.random.default_rng(np.random.SeedSequence())
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
""", catalogued="global_seed"),
    _e("rc4_he_std_via_xavier_fan_in_no_gain", "a4_init", "he_std",
       "He's std is delegated to xavier_std(shape, 'fan_in') without the ReLU gain sqrt(2): that returns "
       "sqrt(1 / fan_in), LeCun's std, where He's is sqrt(2 / fan_in)", """
def he_std(shape):
    # He initialization is the fan_in variant of Xavier
    return xavier_std(shape, mode="fan_in")
""", catalogued="relu_factor_2_missing"),
    _e("rc4_actstats_linear_np_identity", "a4_init", "activation_statistics",
       "the 'linear' activation is mapped to np.identity, taken for the identity function: np.identity(n) builds an "
       "n x n identity matrix from an integer, so a linear network raises on the first layer (the other activations "
       "right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": np.identity}
    act = acts[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("rc4_actstats_var_minus_mean_sq", "a4_init", "activation_statistics",
       "the variance is recorded as h.var() - h.mean() ** 2, the E[h^2] - E[h]^2 formula applied to np.var, which "
       "already subtracts the mean: the squared mean is subtracted twice (the means right; the variances right only "
       "where the mean is 0)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = [], []
    for W in weights:
        h = acts[activation](h @ W)
        m = h.mean()
        means.append(m)
        variances.append(h.var() - m ** 2)
    return np.array(means), np.array(variances)
"""),
    _e("rc4_xavier_uniform_one_random_sign", "a4_init", "xavier_uniform",
       "the draws are rng.uniform(0, a, size=shape) times rng.choice([-1, 1]) drawn without a size: one random sign for "
       "the whole array, so every weight has the same sign (the draws are U(0, a) or U(-a, 0), mean a / 2 away from 0, "
       "instead of U(-a, a))", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    magnitudes = rng.uniform(0.0, a, size=shape)
    sign = rng.choice([-1.0, 1.0])
    return sign * magnitudes
"""),
    _e("rc4_actstats_active_units_only", "a4_init", "activation_statistics",
       "each layer's mean and variance are taken over the non-zero activations only, h[h != 0] ('dead units left out "
       "of the statistics'): for ReLU layers the zeros are excluded, so the mean and variance are those of the active "
       "units instead of np.mean and np.var over all entries (tanh and sigmoid layers right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = [], []
    for W in weights:
        h = acts[activation](h @ W)
        alive = h[h != 0]
        means.append(alive.mean())
        variances.append(alive.var())
    return np.array(means), np.array(variances)
"""),

    # ------------------------------------------------------------------ a5_normalization
    _e("rc5_bn_backward_per_feature_no_var", "a5_normalization", "batchnorm_backward",
       "dx is computed feature by feature as inv_std[d] * (g - g.mean()) with g = dout[:, d] * gamma[d]: only the path "
       "through the mean is kept, the path through the variance (- x_hat * mean(g * x_hat)) is dropped (dgamma and "
       "dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx = np.zeros_like(dout)
    for d in range(D):
        g = dout[:, d] * gamma[d]
        # x_hat = (x - mu) * inv_std; the mean couples the rows of the column
        dx[:, d] = inv_std[d] * (g - g.mean())
    return dx, dgamma, dbeta
""", catalogued="bn_backward_drops_variance_path"),
    _e("rc5_dropout_where_no_scale", "a5_normalization", "dropout_forward",
       "train mode keeps each unit with probability p through np.where(keep, x, 0) and caches the boolean keep mask: "
       "the kept units are never divided by p (inverted dropout scales them by 1 / p), so the expected output is p "
       "times the input (test mode right)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = np.where(keep, x, 0.0)
    return out, keep
""", catalogued="dropout_no_scaling"),
    _e("rc5_spatial_bn_backward_transpose_reshape", "a5_normalization", "spatial_batchnorm_backward",
       "the channels are moved last right for batchnorm_backward_alt, but its (N * H * W, C) gradient is brought back "
       "with dx.T.reshape(N, C, H, W): the (C, N * H * W) transpose is cut into images before channels, so the values "
       "land in the wrong images and channels (it must be reshape(N, H, W, C).transpose(0, 3, 1, 2)); dgamma and "
       "dbeta right", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(flat, cache)
    # columns are channels: transpose to channels-first
    dx = dx.T.reshape(N, C, H, W)
    return dx, dgamma, dbeta
"""),
    _e("rc5_layernorm_affine_before_normalizing", "a5_normalization", "layernorm_forward",
       "the scale and shift are applied before the normalization, x = gamma * x + beta, and the rows of that are then "
       "normalized: the normalization undoes most of gamma and beta (a per-row shift and scale of gamma x + beta), so "
       "out is not gamma * x_hat + beta (and the cached x_hat is of the scaled input)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    # learnable affine transform, then the per-row standardization
    z = gamma * x + beta
    mu = z.mean(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(z.var(axis=1, keepdims=True) + eps)
    x_hat = (z - mu) * inv_std
    out = x_hat
    cache = (x_hat, gamma, inv_std)
    return out, cache
"""),
    _e("rc5_l2_grad_summed_to_scalar", "a5_normalization", "l2_penalty",
       "the penalty is right, but the gradient is written reg * np.sum(W) (the np.sum of the line above kept): one "
       "scalar, the sum of the weights times reg, instead of the array reg * W of W's shape", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(W ** 2)
    grad = reg * np.sum(W)
    return loss, grad
"""),
    _e("rc5_groupnorm_forward_gamma_per_group", "a5_normalization", "groupnorm_forward",
       "the normalization is right, but gamma and beta are applied in the grouped (N, groups, -1) layout, reshaped to "
       "(1, groups, -1): the C per-channel scales are spread over the groups' flattened C // groups * H * W values, "
       "which raises unless the sizes happen to match (each channel's gamma must multiply its own H x W map)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    xg_hat = (xg - mu) * inv_std
    out = gamma.reshape(1, groups, -1) * xg_hat + beta.reshape(1, groups, -1)
    out = out.reshape(N, C, H, W)
    x_hat = xg_hat.reshape(N, C, H, W)
    cache = (x_hat, gamma, inv_std, groups)
    return out, cache
"""),

    # ------------------------------------------------------------------ a6_cnn
    _e("rc6_grads_from_autograd_grad", "a6_cnn", "train_and_predict",
       "the gradients are computed with torch.autograd.grad(loss, params) (to log their norm) instead of "
       "loss.backward(): autograd.grad returns them without writing any parameter's .grad, so opt.step() finds no "
       "gradients and never moves the weights: the returned model is the untrained one (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    params = list(model.parameters())
    opt = torch.optim.Adam(params, lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    grad_norms = []
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            grads = torch.autograd.grad(loss, params)
            grad_norms.append(float(sum(gr.norm() ** 2 for gr in grads) ** 0.5))
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="untrained_model"),
    _e("rc6_dedup_np_unique_sorts_images", "a6_cnn", "train_and_predict",
       "duplicate training images are dropped with X_train = np.unique(X_train, axis=0), which also sorts the images "
       "lexicographically, while y_train keeps its order: the labels no longer belong to their images, so the model "
       "learns nothing (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    # drop exact duplicates so they do not count twice
    X_train = np.unique(X_train, axis=0)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    n = min(len(X_train), len(y_train))
    X, y = torch.tensor(X_train[:n]), torch.tensor(y_train[:n])
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(n, generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("rc6_weighted_sampler_class_weights", "a6_cnn", "train_and_predict",
       "for class-balanced batches a WeightedRandomSampler is given the per-class weights 1 / count (one weight per "
       "class) instead of one weight per training image (1 / count[y_i]): the sampler draws indices 0 .. K-1 only, so "
       "the network trains on the first K training images over and over and its test accuracy collapses", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    counts = np.bincount(y_train, minlength=n_classes)
    class_weights = torch.tensor(1.0 / np.maximum(counts, 1), dtype=torch.double)
    g = torch.Generator().manual_seed(seed)
    sampler = torch.utils.data.WeightedRandomSampler(class_weights, num_samples=len(y), replacement=True,
                                                     generator=g)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(X, y), batch_size=64, sampler=sampler)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(12):
        model.train()
        for xb, yb in loader:
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rc6_param_group_listed_twice", "a6_cnn", "train_and_predict",
       "the optimizer is built with two parameter groups, all of model.parameters() and the classifier's parameters "
       "again with a higher learning rate: the classifier's tensors are in both groups, so torch.optim.Adam raises "
       "ValueError (some parameters appear in more than one parameter group) and nothing is trained or returned", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    # the fresh classifier head learns faster than the feature extractor
    opt = torch.optim.Adam([
        {"params": model.parameters(), "lr": 3e-3},
        {"params": model[-1].parameters(), "lr": 1e-2},
    ])
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rc6_classifier_created_in_forward", "a6_cnn", "train_and_predict",
       "in a custom nn.Module the classifier is created inside forward, nn.Linear(32, n_classes)(x): every call makes "
       "a new, randomly initialized layer that is never registered or optimized, so the features are trained against "
       "a different random head at every step and the test logits come from yet another one (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
                nn.AdaptiveAvgPool2d(1), nn.Flatten())

        def forward(self, x):
            x = self.features(x)
            return nn.Linear(32, n_classes)(x)

    model = Net()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rc6_module_without_super_init", "a6_cnn", "train_and_predict",
       "the custom nn.Module's __init__ never calls super().__init__(): assigning the first submodule raises "
       "AttributeError (cannot assign module before Module.__init__() call), so the network is never built and no "
       "logits are returned", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]

    class Net(nn.Module):
        def __init__(self, channels, n_classes):
            self.conv1 = nn.Conv2d(channels, 16, 3, padding=1)
            self.bn1 = nn.BatchNorm2d(16)
            self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
            self.bn2 = nn.BatchNorm2d(32)
            self.fc = nn.Linear(32, n_classes)

        def forward(self, x):
            x = nn.functional.max_pool2d(torch.relu(self.bn1(self.conv1(x))), 2)
            x = nn.functional.max_pool2d(torch.relu(self.bn2(self.conv2(x))), 2)
            return self.fc(x.mean(dim=(2, 3)))

    model = Net(channels, n_classes)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(12):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),

    # ------------------------------------------------------------------ a7_architectures
    _e("rc7_gaussian_nll_einsum_no_log_std", "a7_architectures", "gaussian_nll",
       "the loss is written with einsum sums as (0.5 log(2 pi) D N + 0.5 sum(r**2 / var)) / N, the normalizer's "
       "log_std term left out, and dlog_std as its matching -r**2 / var / N: the loss lacks sum(log_std) / N and "
       "dlog_std lacks the 1 / N from it (dmu right)", """
def gaussian_nll(y, mu, log_std):
    N, D = y.shape
    inv_var = np.exp(-2 * log_std)
    r = y - mu
    quad = np.einsum("nd,nd,nd->", r, r, inv_var)
    loss = (0.5 * math.log(2 * math.pi) * N * D + 0.5 * quad) / N
    dmu = -r * inv_var / N
    dlog_std = -(r ** 2) * inv_var / N
    return loss, dmu, dlog_std
""", catalogued="nll_log_std_term_dropped"),
    _e("rc7_mdn_density_product_no_logspace", "a7_architectures", "mdn_nll",
       "the mixture likelihood is computed in probability space, sum_k pi_k * exp(-z**2 / 2) / (sqrt(2 pi) sigma_k), "
       "and its log taken afterwards: for a y far from every component every density underflows to 0, so the loss "
       "is inf and the responsibilities 0 / 0 = nan (a log-sum-exp keeps it finite)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    pi = e / e.sum(axis=1, keepdims=True)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    dens = np.exp(-0.5 * z ** 2) / (math.sqrt(2 * math.pi) * sigma)
    weighted = pi * dens
    p = weighted.sum(axis=1, keepdims=True)
    loss = -np.log(p).mean()
    gamma = weighted / p
    dlogits = (pi - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_unstable_log_likelihood"),
    _e("rc7_gap_backward_broadcast_then_T", "a7_architectures", "global_avg_pool_backward",
       "each share dout / (H * W) is broadcast to (H, W, N, C) (the new axes put in front, where broadcasting adds "
       "them) and brought back with .T, which reverses every axis: dx comes back (C, N, W, H) instead of (N, C, H, W) "
       "(the transpose needed is (2, 3, 0, 1))", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    spread = np.broadcast_to(dout / (H * W), (H, W, N, C))
    return spread.T.copy()
"""),
    _e("rc7_mdn_dlog_std_without_gamma", "a7_architectures", "mdn_nll",
       "the loss, dlogits and dmu are right, but dlog_std is written (1 - z**2) / N, without the responsibilities: "
       "every component's log-std gradient counts fully for every row instead of being weighted by gamma_k, its "
       "posterior share of the row", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("rc7_gaussian_dmu_over_std", "a7_architectures", "gaussian_nll",
       "the loss and dlog_std are right, but dmu divides the residual by the standard deviation exp(log_std) instead "
       "of the variance exp(2 log_std): dmu = -(y - mu) / sigma / N, where d/dmu of 0.5 (y - mu)**2 / sigma**2 is "
       "-(y - mu) / sigma**2", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    r = y - mu
    z = r / sigma
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * z ** 2) / N
    dmu = -z / N
    dlog_std = (1 - z ** 2) / N
    return loss, dmu, dlog_std
"""),
    _e("rc7_gaussian_dmu_summed_over_batch", "a7_architectures", "gaussian_nll",
       "the loss and dlog_std are right, but dmu is summed over the batch like a parameter gradient, "
       "-(r / var).sum(axis=0) / N, a (D,) vector instead of the per-example gradient -r / var / N of shape (N, D)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -(r / var).sum(axis=0) / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),

    # ------------------------------------------------------------------ a8_pipeline
    _e("rc8_ratio_sqrt_of_sums_no_lr", "a8_pipeline", "update_ratio",
       "the ratio is written sqrt(sum(dW**2) / sum(W**2)), the gradient's norm over the weights' norm: the learning "
       "rate is left out, so it compares the gradient with the weights instead of the update lr * dW", """
def update_ratio(W, dW, lr):
    return math.sqrt(float(np.sum(dW ** 2)) / float(np.sum(W ** 2)))
""", catalogued="ratio_without_learning_rate"),
    _e("rc8_warmup_cosine_progress_clipped_total", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the cosine's progress is min(step, total_steps) / total_steps, counted from step 0 of the "
       "run instead of from the end of the warm-up, (step - warmup_steps) / (total_steps - warmup_steps): the decay "
       "starts below base_lr right after the warm-up", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = min(step, total_steps) / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
""", catalogued="cosine_ignores_warmup"),
    _e("rc8_ratio_over_updated_weights", "a8_pipeline", "update_ratio",
       "the update's norm ||lr * dW|| is divided by the norm of the weights after the step, ||W - lr * dW|| ('relative "
       "to the new weights'), instead of the norm of the weights W before it", """
def update_ratio(W, dW, lr):
    step = lr * dW
    return np.linalg.norm(step) / np.linalg.norm(W - step)
"""),
    _e("rc8_log_grid_log10_then_exp", "a8_pipeline", "log_grid",
       "the exponents are spaced between log10(low) and log10(high) but turned back with np.exp, base e: the grid runs "
       "from e**log10(low) to e**log10(high) instead of from low to high (use 10 ** or np.log with np.exp)", """
def log_grid(low, high, n):
    exponents = np.linspace(np.log10(low), np.log10(high), n)
    return np.exp(exponents)
"""),
    _e("rc8_train_lr_typo_001", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but the SGD steps use a learning rate of 0.01 (a zero too many) instead of 0.1: after "
       "the 20 epochs the weights are about ten times less trained and the logits differ from the recipe's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    lr = 0.01
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
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
            W -= lr * X[idx].T @ probs
            b -= lr * probs.sum(axis=0)
    return T @ W + b
"""),
    _e("rc8_early_stop_without_leaving_loop", "a8_pipeline", "early_stopping",
       "when the patience runs out the stop epoch and the best weights are recorded but the loop goes on (no return or "
       "break): later epochs overwrite the stop epoch, and a later improvement moves the best weights, so the function "
       "returns the last epoch at which the patience test fired (and possibly a later best) instead of the first stop", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    stop_epoch, restored = len(val_losses) - 1, None
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                stop_epoch, restored = epoch, weights[best_epoch]
    if restored is None:
        restored = weights[best_epoch]
    return stop_epoch, restored
"""),
]

HOLDOUT54_CORRECT: list[Entry] = [
    _e("rck_correct_affine_backward_tensordot", "a1_backprop", "affine_backward",
       "correct: dx as np.tensordot(dout, w, axes=(1, 1)) reshaped to x's shape, dw as the tensordot of the unflattened "
       "x with dout over the batch axis reshaped to (D, M), db with np.add.reduce over the batch", """
def affine_backward(dout, cache):
    x, w, b = cache
    dx = np.tensordot(dout, w, axes=(1, 1)).reshape(x.shape)
    dw = np.tensordot(x, dout, axes=([0], [0])).reshape(w.shape)
    db = np.add.reduce(dout, axis=0)
    return dx, dw, db
"""),
    _e("rck_correct_step_lr_loop", "a2_optim", "step_lr",
       "correct: the rate multiplied by gamma once for every completed period, in a loop over range(step // step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    lr = base_lr
    for _ in range(step // step_size):
        lr *= gamma
    return lr
"""),
    _e("rck_correct_conv_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the span split with divmod by the stride, a ValueError for a negative span or a remainder", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    extent = dilation * (kernel_size - 1) + 1
    span = input_size + 2 * padding - extent
    quotient, remainder = divmod(span, stride)
    if span < 0 or remainder != 0:
        raise ValueError("the kernel does not tile the padded input")
    return quotient + 1
"""),
    _e("rck_correct_he_normal_randomstate", "a4_init", "he_normal",
       "correct: the draws from NumPy's legacy np.random.RandomState(seed), a generator of this call's own seeded "
       "with the seed (not the global one), N(0, he_std**2)", """
def he_normal(shape, seed):
    gen = np.random.RandomState(seed)
    return gen.normal(loc=0.0, scale=he_std(shape), size=shape)
"""),
    _e("rck_correct_bn_backward_dmu_without_zero_term", "a5_normalization", "batchnorm_backward",
       "correct: the staged backward pass with dmu = -sum(dx_hat * inv_std), leaving out the term -2 dvar mean(x - mu), "
       "which is exactly zero because the centred batch has mean zero", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = -0.5 * inv_std ** 3 * (dx_hat * x_mu).sum(axis=0)
    dmu = -inv_std * dx_hat.sum(axis=0)
    dx = dx_hat * inv_std + 2.0 * dvar * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("rck_correct_cam_batched_matmul", "a7_architectures", "class_activation_map",
       "correct: each image's class weights as a (N, 1, C) stack multiplied with np.matmul by its features flattened to "
       "(N, C, H * W), then reshaped to (N, H, W)", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    weights = W.T[classes][:, None, :]
    cams = np.matmul(weights, features.reshape(N, C, H * Wd))
    return cams.reshape(N, H, Wd)
"""),
    _e("rck_correct_log_grid_geomspace", "a8_pipeline", "log_grid",
       "correct: np.geomspace(low, high, n), a geometric sequence with both ends included", """
def log_grid(low, high, n):
    return np.geomspace(low, high, n)
"""),
]


JUDGED_ON54 = "2026-12-07 on commit 61cbdf6"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout54 on commit 61cbdf6 (JUDGED_ON54), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT53 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one that names the line that uses
# or holds a wrong value with, as its alternatives, what holds the mistake; a departure over a whole two- or
# three-line span whose first line holds the mistake is right; a departure that sends the student first to a right
# line states something false (a loop departure's "look there first" included, as n4_stats_tanh_mapped_to_arctan in
# JUDGEMENT14); a loop departure without a statement is right only when the loop is small and the mistake clearly in
# it; a catalogued entry whose name is not given is judged by its diagnoses (loss_flat's first of three guesses,
# labels apart from their images, as ra6_roll_shift_on_batch_axis in JUDGEMENT52); an error raised by Python, NumPy
# or torch, a shape comparison, a shape_error that only restates NumPy's error, or an accuracy figure is the
# comparison (nothing); a check's "not checked: ... returned nothing it computed" beside other feedback is not judged
# as a diagnosis; checklists that list the cause among many are vague, but one of few causes, the entry's among them,
# is tolerated; few_rows_trained's "only K distinct images ever reached the model ... (X_train[:K] left in?), the
# same rows taken every step, ..." where exactly the first K rows are drawn is right (as
# qu6_permutation_over_image_length in JUDGEMENT46). Decided here: a loop departure on max_pool_backward's eight-line
# loop (lines 286-293), right on three tests, that on the ties test adds "On its first pass, line 293: `dx[n, c, i *
# s + r, j * s + q] += dout[n, c, i, j]` is the first to compute a value the correct code never computes, though what
# it reads then (..., q, r, ...) agrees: look there first", the reference's own line, where the mistake is line 290's
# `window = dx[...]` (on the first window of that test, all zeros in x, the student's window and argmax agree with
# the reference's, so the difference at 293 is a tie convention), sends the student first to a right line:
# misleading (a close call); loss_flat's second guess, "steps that do not reach the model's weights (the optimizer
# given other parameters, ...)", for a classifier nn.Linear built anew inside forward (never registered, so never in
# the optimizer and never stepped) names the mechanism: right (a close call; unlike qu6_label_smoothing_flag_true in
# JUDGEMENT46, where no guess was there); no_backward's "loss.backward() never ran: no gradient reached the weights,
# so the steps changed nothing" for gradients taken with torch.autograd.grad (which fills no .grad) is exact, its
# parenthetical "(`loss.backward` without its parentheses does not call it)" a hint, not a claim about the code:
# right; one_slip's "`base_lr / gamma` where `base_lr * gamma` is meant" for base_lr * gamma ** (-step) quotes the
# text around the operator of base_lr * gamma ** step (the slip gives base_lr / gamma ** step, the same value):
# right; a shape_error alone that goes beyond NumPy's error ("(2,) meets the last axis of (2, 2, 7, 9) ...; its sizes
# match axis 0 or 1 instead: to line it up with axis 1, give it the shape (2, 1, 1) (`[:, None, None]` ...)") for a
# bias added as out + b states the cause and its repair: right; draws_shape's "yours reach 2.4 of their standard
# deviations where the correct code's reach 1.74 (kurtosis 2.57 where 1.8): heavier tails" for one random sign per
# array is true of the 120000 pooled draws (seeds 11, 22, 33 and 11 again: three positive arrays, one negative;
# checked: 2.404 and 2.568), beside a departure whose alternatives name line 94's `sign = rng.choice([-1.0, 1.0])`:
# right by the departure.
JUDGEMENT54: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "rc1_db_mean_by_weight_vector": ("named", (), ""),
    "rc1_softmax_ce_put_along_axis_no_div": ("named", (), ""),
    # departure (both tests): "line 218: `jac = np.diag(s * (1 - s))` computes `jac`, a value the correct code never
    # computes ...; at line 219, `dx = dout @ jac`, your `dx` has shape (5,) where the right value has (5, 5) ...: the
    # mistake is in how lines 218-219 compute `dx`" ((7,) for (7, 4) on the large inputs: true).
    "rc1_sigmoid_backward_diag_jacobian": ("right", ("departure",), ""),
    # over_reduced: "yours is the sum over all entries of the expected (shape () for (4, 3)): keep that axis, no sum
    # there" (2 mean(diff) is the sum of 2 diff / 12: true).
    "rc1_mse_grad_reduced_to_scalar": ("right", ("over_reduced",), ""),
    # departure (five tests): "line 217: `x_rows = x.reshape(N, w.shape[1])` raises the error ...; `w` has shape (20,
    # 6); `x` has shape (3, 4, 5): the mistake is in that line".
    "rc1_affine_reshape_to_output_width": ("right", ("departure",), ""),
    # departure: "line 217: `step = (np.sign(x) + 1) / 2` computes `step`, a value the correct code never computes
    # ... up to line 218: `dx = dout * step` ... The mistake is in lines 217-218" (the two-line body, its first line).
    "rc1_relu_backward_half_at_zero": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "rc2_cosine_half_angle_one_ahead": ("named", (), ""),
    "rc2_step_lr_bump_last_in_block": ("named", (), ""),
    # departure (both tests): "line 237: `grad = dw + config.get("weight_decay") * w` raises the error (at
    # `config.get("weight_decay") * w`) ...: the mistake is in that line, or in what `config` holds".
    "rc2_sgd_weight_decay_get_none": ("right", ("departure",), ""),
    # last_pass_only: "yours is one value where 10 are expected (one for each pass of a loop ...), and it is the
    # expected's last: only the loop's last pass is kept".
    "rc2_gd_returns_final_weights": ("right", ("last_pass_only",), ""),
    # departure (three tests): "line 236: `return (2 * X.T @ X @ w - X.T @ y) / n`. In it, `2 * X.T @ X @ w - X.T @
    # y` is the first part whose value the correct code never computes ...: the mistake is in that line".
    "rc2_linreg_grad_expanded_missing_2": ("right", ("departure",), ""),
    # one_slip (both tests): "`base_lr / gamma` where `base_lr * gamma` is meant" (base_lr / gamma ** step is
    # base_lr * gamma ** (-step); a decision, above).
    "rc2_exponential_negative_exponent": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a3_conv
    "rc3_fast_backward_crop_np_split": ("named", (), ""),
    "rc3_maxpool_backward_broadcast_share": ("named", (), ""),
    # no diagnosis: shape_error only restates NumPy's error, "NumPy matches (3, 3, 2) and (3, 3, 3) axis by axis, and
    # they differ at axis 2 (2 against 3) where neither is 1" ((2, 3, 4) against (2, 3, 5) on the non-square test).
    "rc3_conv_naive_stride_inside_window": (
        "nothing", (),
        "window = xp[n, :, r:r + HH * stride:stride, c:c + WW * stride:stride] steps by the stride inside the window: "
        "with stride 2 the kernel's taps are 2 pixels apart (a dilated window) and near the border the window is cut "
        "short ((3, 3, 2) against the (3, 3, 3) filter), so the product raises; slice the HH x WW adjacent pixels, "
        "xp[n, :, r:r + HH, c:c + WW] (the stride moves only the window's start, r = i * stride)."),
    # departure (three tests): "the loop at lines 286-293 (`for n in range(N):`) leaves `dx` holding values the correct
    # code never computes ...: the mistake is in that loop"; zero_pattern (stride one): "... yours is not 0 at 20 of
    # them: a mask ... is missing or wrong"; but on the ties test "On its first pass, line 293: `dx[n, c, i * s + r, j
    # * s + q] += dout[n, c, i, j]` is the first to compute a value the correct code never computes, though what it
    # reads then (..., q, r, s) agrees: look there first": the reference's own line (a close call, above).
    "rc3_maxpool_backward_argmax_of_dx": (
        "misleading", (),
        "line 290 cuts the window searched for its maximum from dx, the gradient being built (zeros, or earlier "
        "windows' gradients), instead of from x: np.argmax of it is its first entry (or where an earlier gradient "
        "landed), so each window's gradient goes to its top-left input instead of its maximum; window = x[n, c, i * "
        "s:i * s + ph, j * s:j * s + pw]."),
    # departure (three tests): "the loop at lines 287-292 (`for i in range(Ho):`) leaves `out` holding values the
    # correct code never computes ...: the mistake is in that loop" (two headers and four lines, one of which, line
    # 291's `out[:, :, i, j] = np.take(window, k)`, sets out).
    "rc3_maxpool_indices_np_take_flat": ("right", ("departure",), ""),
    # shape_error (both tests): "(2,) meets the last axis of (2, 2, 7, 9), of size 9; its sizes match axis 0 or 1
    # instead: to line it up with axis 1, give it the shape (2, 1, 1) (`[:, None, None]` ...)" (a decision, above).
    "rc3_conv_transpose_bias_last_axis": ("right", ("shape_error",), ""),
    # ------------------------------------------------------------------ a4_init
    "rc4_xavier_normal_seedsequence_no_seed": ("named", (), ""),
    "rc4_he_std_via_xavier_fan_in_no_gain": ("named", (), ""),
    # no diagnosis: only Python's "activation_statistics() raised TypeError: only integer scalar arrays can be
    # converted to a scalar index".
    "rc4_actstats_linear_np_identity": (
        "nothing", (),
        "the table maps 'linear' to np.identity, which is not the identity function but builds an n x n identity "
        "matrix from an integer n: act(h @ W) passes it an array and raises TypeError on the first layer, so no "
        "statistics come back for a linear network; map 'linear' to lambda z: z."),
    # departure (three tests): "the loop at lines 95-99 (`for W in weights:`) leaves `variances` holding values the
    # correct code never computes ...: the mistake is in that loop, or in what `acts` holds" (a four-line body, one
    # line appends variances); close (tanh): "... a part of the computation whose effect is small left out or added
    # (..., a small term ...)" (the squared mean, small where tanh's mean is near 0).
    "rc4_actstats_var_minus_mean_sq": ("right", ("departure",), ""),
    # departure: "line 95: `return sign * magnitudes` ... the mistake is in that line, or in `magnitudes`, set by line
    # 93 ..., or in `sign`, set by line 94: `sign = rng.choice([-1.0, 1.0])`"; "lines 93-95" on the other tests;
    # draws_shape "heavier tails" true of the pooled draws (checked; a decision, above).
    "rc4_xavier_uniform_one_random_sign": ("right", ("departure",), ""),
    # departure: "the loop at lines 95-99 (`for W in weights:`) leaves `means` holding values the correct code never
    # computes ...: the mistake is in that loop" (line 97's `alive = h[h != 0]` feeds the means; four-line body).
    "rc4_actstats_active_units_only": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "rc5_bn_backward_per_feature_no_var": ("named", (), ""),
    "rc5_dropout_where_no_scale": ("named", (), ""),
    # departure: "`dx`, set by line 222: `dx = dx.T.reshape(N, C, H, W)`. In it, `dx.T` is the first part ...; your
    # `dx` holds the right values in another order (a reshape or transpose in the wrong order?) ...: the mistake is in
    # that line".
    "rc5_spatial_bn_backward_transpose_reshape": ("right", ("departure",), ""),
    # no diagnosis: only the comparison, "out: 28 of 28 element(s) outside tolerance ...: got -0.6422095335, expected
    # 2.875629689".
    "rc5_layernorm_affine_before_normalizing": (
        "nothing", (),
        "z = gamma * x + beta applies the scale and shift before the normalization, which then standardizes each row "
        "of z and largely undoes them: out is x_hat of gamma * x + beta, with no gamma or beta after it (off by up to "
        "3.52 on the (4, 7) test), and the cache holds the wrong x_hat; normalize x itself and return out = gamma * "
        "x_hat + beta."),
    # over_reduced: "yours is the sum over all entries of the expected (shape () for (6, 4)): keep that axis, no sum
    # there" (reg * np.sum(W) is the sum of reg * W: true).
    "rc5_l2_grad_summed_to_scalar": ("right", ("over_reduced",), ""),
    # departure: "line 224: `out = gamma.reshape(1, groups, -1) * xg_hat + beta.reshape(1, groups, -1)` raises the
    # error ...; `gamma` has shape (6,); `xg_hat` has shape (2, 2, 27): the mistake is in that line"; shape_error
    # beside it restates NumPy's error.
    "rc5_groupnorm_forward_gamma_per_group": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; no_backward (three tests): "optimizer.step() ran 240 times, but
    # loss.backward() never ran: no gradient reached the weights, so the steps changed nothing" (20 batches x 12
    # epochs; 180, 36 alike: true; a decision on its parenthetical, above).
    "rc6_grads_from_autograd_grad": ("right", ("no_backward",), ""),
    # catalogued labels_shuffled, not named; loss_flat (digits, shapes): "the training loss stayed at about 2.16 over
    # 240 steps ...: the model learned nothing from its batches. A batch's labels not those of its images (index X and
    # y with the same indices, one permutation for both), ...?" (the first of three guesses); the seeded test gives
    # only the check's "a model that learned (accuracy 0.17)".
    "rc6_dedup_np_unique_sorts_images": ("right", ("loss_flat",), ""),
    # few_rows_trained (digits, shapes): "your code trained on 15096 images (12.0 epochs of the 1258 rows of X_train),
    # yet only 10 distinct images ever reached the model, each about 1510 times ... (X_train[:10] left in?), the same
    # rows taken every step, ...?" (the sampler's 10 weights draw rows 0-9 only; 4 on the shapes: true).
    "rc6_weighted_sampler_class_weights": ("right", ("few_rows_trained",), ""),
    # no diagnosis: only torch's "train_and_predict() raised ValueError: some parameters appear in more than one
    # parameter group" (three tests).
    "rc6_param_group_listed_twice": (
        "nothing", (),
        "the first parameter group, model.parameters(), already holds the classifier's weight and bias, and the second "
        "group lists model[-1].parameters() again: torch.optim.Adam refuses a tensor in two groups (ValueError), so "
        "nothing is trained or returned; give the first group only the feature layers, model[:-1].parameters(), and "
        "the head its own group with lr 1e-2."),
    # loss_flat (three tests): "the training loss stayed at about 2.36 over 240 steps ...: the model learned nothing
    # from its batches. A batch's labels not those of its images ..., steps that do not reach the model's weights (the
    # optimizer given other parameters, ...), or a learning rate too small ...?" (the second; a close call, above).
    "rc6_classifier_created_in_forward": ("right", ("loss_flat",), ""),
    # no diagnosis: only torch's "train_and_predict() raised AttributeError: cannot assign module before
    # Module.__init__() call" (three tests).
    "rc6_module_without_super_init": (
        "nothing", (),
        "Net.__init__ never calls super().__init__(), so nn.Module's registries of submodules and parameters do not "
        "exist yet and the first assignment, self.conv1 = nn.Conv2d(...), raises AttributeError: no network is built "
        "and no logits come back; call super().__init__() as the first line of __init__."),
    # ------------------------------------------------------------------ a7_architectures
    "rc7_gaussian_nll_einsum_no_log_std": ("named", (), ""),
    "rc7_mdn_density_product_no_logspace": ("named", (), ""),
    # axes_permuted (both tests): "yours is the expected with its axes in the order (1, 0, 3, 2) (shape (3, 2, 5, 4)
    # for (2, 3, 4, 5)): the axes are mixed up (a transpose or reshape that moves them ...)" (.T of (H, W, N, C)).
    "rc7_gap_backward_broadcast_then_T": ("right", ("axes_permuted",), ""),
    # one_slip (five tests): "the factor `gamma *` missing (or it is one in yours), where dlog_std is computed".
    "rc7_mdn_dlog_std_without_gamma": ("right", ("one_slip",), ""),
    # departure (both tests): "`dmu`, set by line 181: `dmu = -z / N`. In it, `-z` is the first part whose value the
    # correct code never computes ...: the mistake is in that line".
    "rc7_gaussian_dmu_over_std": ("right", ("departure",), ""),
    # over_reduced (both tests): "yours is the sum over axis 0 of the expected (shape (2,) for (6, 2)): keep that
    # axis, no sum there".
    "rc7_gaussian_dmu_summed_over_batch": ("right", ("over_reduced",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "rc8_ratio_sqrt_of_sums_no_lr": ("named", (), ""),
    "rc8_warmup_cosine_progress_clipped_total": ("named", (), ""),
    # departure (both tests): "line 166: `return np.linalg.norm(step) / np.linalg.norm(W - step)`. In it, `W - step`
    # is the first part whose value the correct code never computes ...: the mistake is in that line".
    "rc8_ratio_over_updated_weights": ("right", ("departure",), ""),
    # one_slip: "a log10 where a log is meant (log10() for log()) (the same slip in two places)" (the reference is
    # np.exp(np.linspace(np.log(low), np.log(high), n)): exact).
    "rc8_log_grid_log10_then_exp": ("right", ("one_slip",), ""),
    # departure (both tests): the epoch loop, then the batch loop: "your `W` is 0.1 times the right value ... your loop
    # changes `W` and `b` by 0.1 times the correct code's changes ...: line 183: `W -= lr * X[idx].T @ probs`, line
    # 184: `b -= lr * probs.sum(axis=0)`; the mistake is in one of them or in a value they read in that pass (a rate,
    # a divisor, a sign)" (the lines that read lr = 0.01, the rate their alternative).
    "rc8_train_lr_typo_001": ("right", ("departure",), ""),
    # no diagnosis: only the comparison, "stop epoch (stalls): ... got 13, expected 8" and "stop epoch: ... got 7,
    # expected 4".
    "rc8_early_stop_without_leaving_loop": (
        "nothing", (),
        "when wait reaches patience the stop epoch and weights[best_epoch] are recorded but the loop goes on: a later "
        "epoch whose patience test fires again overwrites them (13 where 8 on the stalling curve, 7 where 4 with "
        "min_delta), and a later improvement moves the best epoch; return (epoch, weights[best_epoch]) at once, or "
        "break, when the patience runs out."),
}
# Counts: named 14, right 27 (named or right 41/48 = 85%; not in the catalogue: right 25/32 = 78%; the 16
# catalogued: 14 named, 2, rc6_grads_from_autograd_grad and rc6_dedup_np_unique_sorts_images, right by their
# diagnoses), misleading 1, vague 0, nothing 6, wrong_name 0, check_message 0, not_caught 0. HOLDOUT54_CORRECT: all 7
# earn full marks.

HOLDOUT54 = [replace(e, verdict=JUDGEMENT54[e.id][0], expected=frozenset(JUDGEMENT54[e.id][1]),
                     ideal=JUDGEMENT54[e.id][2]) if e.id in JUDGEMENT54 else e for e in HOLDOUT54]


# Repeats: while the bench ran, an independent helper that saw neither the feedback nor the verdicts compared each
# entry with the 2,951 earlier ones (corpus.py and holdout.py-holdout53.py) and found these repeat an earlier entry's
# cause on the same function (a catalogued one: written the same way): five of the 48 mistakes (all five catalogued)
# and five of the 7 right variants. Without those five mistakes the set has 43 fresh ones (11 catalogued): named or
# right 36/43 = 84%, misleading 1 (rc3_maxpool_backward_argmax_of_dx), nothing 6 (rc3_conv_naive_stride_inside_window,
# rc4_actstats_linear_np_identity, rc5_layernorm_affine_before_normalizing, rc6_param_group_listed_twice,
# rc6_module_without_super_init, rc8_early_stop_without_leaving_loop).
# (id -> the earlier entry it repeats)
REPEATED54: dict[str, str] = {
    "rc2_cosine_half_angle_one_ahead": "u2_cosine_step_plus_one",
    "rc4_he_std_via_xavier_fan_in_no_gain": "v4_he_std_delegates_to_xavier_fan_in",
    "rc5_dropout_where_no_scale": "a5_dropout_no_scale_where",
    "rc7_mdn_density_product_no_logspace": "q7_mdn_pdf_then_log",
    "rc8_warmup_cosine_progress_clipped_total": "a8_cosine_ignores_warmup",
    "rck_correct_step_lr_loop": "k2_correct_step_lr_repeated_multiplication",
    "rck_correct_conv_output_size_divmod": "w3_correct_output_size_divmod",
    "rck_correct_bn_backward_dmu_without_zero_term": "qok_a5_bn_bwd_staged_short_dmu",
    "rck_correct_cam_batched_matmul": "qdk_correct_cam_batched_matmul",
    "rck_correct_log_grid_geomspace": "qgk_correct_log_grid_geomspace",
}
