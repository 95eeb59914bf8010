"""A twentieth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 241b0fc (JUDGED_ON20, JUDGEMENT20 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout20.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py, sandbox/training_probe.py), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to
avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant
earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT20
holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT20_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors
on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT20: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("f1_mse_norm_squared_grad_missing_2", "a1_backprop", "mse_loss",
       "the loss is written as the squared Frobenius norm of the difference over its size (right), but the "
       "gradient is the difference over the size without the factor 2 that the square's derivative brings", """
def mse_loss(pred, target):
    diff = np.subtract(pred, target)
    loss = np.linalg.norm(diff) ** 2 / diff.size
    dpred = diff / diff.size
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    _e("f1_tanh_bwd_ones_minus_t_in_place", "a1_backprop", "tanh_backward",
       "the local derivative is built in place from an array of ones, local -= t, which gives 1 - t instead of "
       "1 - t**2 (the square of the cached output is forgotten)", """
def tanh_backward(dout, cache):
    t = cache
    local = np.ones_like(t)
    local -= t
    return dout * local
""", catalogued="tanh_derivative_missing_square"),
    _e("f1_sigmoid_abs_trick_sign_not_restored", "a1_backprop", "sigmoid_forward",
       "the overflow guard exponentiates -|x| (1 / (1 + exp(-|x|))), but the result is never mirrored back for "
       "negative inputs (1 - s where x < 0): the layer computes sigmoid(|x|), right only for x >= 0, and the "
       "cached output is wrong too", """
def sigmoid_forward(x):
    out = 1.0 / (1.0 + np.exp(-np.abs(x)))
    return out, out
"""),
    _e("f1_ce_loss_mean_over_onehot_matrix", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is -np.mean(onehot * log_probs), a mean over all N * C entries of the one-hot product instead of "
       "the sum over the classes averaged over the N rows: the loss is C times too small (dscores right)", """
def softmax_cross_entropy_loss(scores, y):
    N, C = scores.shape
    onehot = np.zeros((N, C))
    onehot[np.arange(N), y] = 1.0
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(onehot * log_probs)
    dscores = (np.exp(log_probs) - onehot) / N
    return loss, dscores
"""),
    _e("f1_mlp_penalty_square_of_sums", "a1_backprop", "two_layer_mlp_loss",
       "the penalty is written 0.5 * reg * (np.sum(W1) ** 2 + np.sum(W2) ** 2), the squares of the sums of the "
       "weights instead of the sums of their squares, with the matching gradient reg * sum(W) everywhere: loss "
       "and weight gradients are wrong whenever reg > 0", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, c1 = affine_forward(X, W1, b1)
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1) ** 2 + np.sum(W2) ** 2)
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    return loss, {"W1": dW1 + reg * np.sum(W1) * np.ones_like(W1), "b1": db1,
                  "W2": dW2 + reg * np.sum(W2) * np.ones_like(W2), "b2": db2}
"""),
    _e("f1_logistic_hard_predictions", "a1_backprop", "logistic_regression_gradient",
       "pi is taken as the hard prediction (X @ w > 0), 0 or 1, instead of the probability sigmoid(X @ w): "
       "the gradient is the perceptron-like X^T (step(Xw) - y), zero for every correctly classified row", """
def logistic_regression_gradient(w, X, y):
    pi = (X @ w > 0).astype(float)
    return X.T @ (pi - y)
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("f2_nesterov_expanded_as_plain_momentum", "a2_optim", "nesterov_momentum",
       "the update is written out as w + momentum * v_prev - learning_rate * dw, which is w + v, the plain "
       "momentum step: the Nesterov look-ahead w - momentum * v_prev + (1 + momentum) * v is never taken", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    g = _gradient(w, dw, config)
    v_prev = config.get("velocity", np.zeros_like(w))
    config["velocity"] = mu * v_prev - lr * g
    next_w = w + mu * v_prev - lr * g
    return next_w, config
""", catalogued="nesterov_as_plain_momentum"),
    _e("f2_cosine_progress_counts_step_as_done", "a2_optim", "cosine_lr",
       "the progress is counted as the number of steps done after this one, done = step + 1: the schedule is "
       "shifted one step early, step 0 is already below base_lr and min_lr is reached at total_steps - 1", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    done = step + 1
    progress = min(done / total_steps, 1.0)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
""", catalogued="cosine_lr_off_by_one"),
    _e("f2_adam_v_corrected_outside_sqrt", "a2_optim", "adam",
       "the second moment's bias correction is applied after the square root, sqrt(v) / (1 - beta2**t), instead "
       "of inside it, sqrt(v / (1 - beta2**t)): the denominator is far too large in the first steps, so the "
       "steps are tiny", """
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
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    config["t"], config["m"], config["v"] = t, m, v
    denom = np.sqrt(v) / (1 - b2 ** t) + config["epsilon"]
    next_w = w - config["learning_rate"] * (m / (1 - b1 ** t)) / denom
    return next_w, config
"""),
    _e("f2_adadelta_ratio_inverted", "a2_optim", "adadelta",
       "the step's ratio is upside down, sqrt(acc_grad + eps) / sqrt(acc_delta + eps) * dw instead of "
       "sqrt(acc_delta + eps) / sqrt(acc_grad + eps) * dw: the steps grow where the gradients are large", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_grad + eps) / np.sqrt(acc_delta + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("f2_linreg_grad_residual_broadcast_over_columns", "a2_optim", "linear_regression_gradient",
       "the per-row terms are written 2 * X * r with the residual r of shape (N,) and X of shape (N, D): "
       "broadcasting lines r up with X's last axis (the D features), not its rows, so it fails (or mixes "
       "residuals with features when N == D); r needs a column axis, r[:, None]", """
def linear_regression_gradient(w, X, y):
    r = X @ w - y
    return np.mean(2 * X * r, axis=0)
"""),
    _e("f2_minibatch_x_and_y_permuted_by_two_draws", "a2_optim", "minibatch_sgd",
       "each epoch the rows of X and the targets are reordered by two separate calls, rng.permutation(X) and "
       "rng.permutation(y): the two orders differ, so every batch pairs rows with other rows' targets (and the "
       "generator's draws are not the documented one permutation per epoch)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    for _ in range(epochs):
        Xs = rng.permutation(X)
        ys = rng.permutation(y)
        for start in range(0, len(Xs), batch_size):
            w = w - learning_rate * linear_regression_gradient(w, Xs[start:start + batch_size],
                                                               ys[start:start + batch_size])
            path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("f3_conv_naive_offsets_reversed_kernel", "a3_conv", "conv_forward_naive",
       "a loop over the kernel offsets (u, v) accumulates strided slices of the padded input times the weight "
       "w[:, :, HH - 1 - u, WW - 1 - v]: the kernel is read reversed along both spatial axes, a true convolution "
       "instead of the cross-correlation the layers compute", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo)) + b[None, :, None, None]
    for u in range(HH):
        for v in range(WW):
            patch = xp[:, :, u:u + stride * Ho:stride, v:v + stride * Wo:stride]
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, HH - 1 - u, WW - 1 - v])
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("f3_avgpool_bwd_offsets_undivided", "a3_conv", "avg_pool_backward",
       "a loop over the ph x pw offsets inside the window adds dout to every strided position, "
       "dx[:, :, u::s, v::s] += dout, but never divides by the window's area ph * pw: each input gets the "
       "whole output gradient instead of its share", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x, dtype=float)
    for u in range(ph):
        for v in range(pw):
            dx[:, :, u:u + s * Ho:s, v:v + s * Wo:s] += dout
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("f3_conv_fast_caches_padded_input", "a3_conv", "conv_forward_fast",
       "the cache keeps the padded input xp instead of x: the output is right, but conv_backward_fast pads the "
       "cached array a second time, so dw is computed on windows of a doubly padded input and dx has the padded "
       "shape", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w) + b[None, :, None, None]
    return out, (xp, w, b, conv_param)
"""),
    _e("f3_conv_transpose_full_size_h_times_stride", "a3_conv", "conv_transpose_forward",
       "the full (uncropped) output is sized H * stride + HH - 1 instead of (H - 1) * stride + HH: the same for "
       "stride 1, but stride - 1 rows and columns too many for a larger stride, so the cropped output is too "
       "large (with zeros at its bottom and right)", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, H * stride + HH - 1, W * stride + WW - 1))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum(
                "nc,cfhw->nfhw", x[:, :, i, j], w)
    return full[:, :, pad:full.shape[2] - pad, pad:full.shape[3] - pad] + b[None, :, None, None]
"""),
    _e("f3_receptive_field_dilation_in_jump", "a3_conv", "receptive_field",
       "the dilation is multiplied into the jump as well as into the layer's growth, jump *= s * d: a dilated "
       "layer does not space the next layer's inputs further apart (only its stride does), so with dilations "
       "the later layers' growth is too large", """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or [1] * len(kernel_sizes)
    r, jump = 1, 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r += d * (k - 1) * jump
        jump *= s * d
    return r
"""),
    _e("f3_conv_bwd_fast_kernel_offsets_swapped", "a3_conv", "conv_backward_fast",
       "in the loop over the kernel offsets (i, j), dx scatters dout with the weights w[:, :, j, i], the two "
       "offsets swapped: each offset uses the transposed kernel's weight (for a non-square kernel an IndexError "
       "or other weights); dw and db are right", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, windows, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum(
                "nfhw,fc->nchw", dout, w[:, :, j, i])
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    # ------------------------------------------------------------------ a4_init
    _e("f4_he_std_fan_in_to_minus_half", "a4_init", "he_std",
       "He's std is written math.pow(fan_in, -0.5), 1 / sqrt(fan_in): the factor 2 for ReLU (sqrt(2 / fan_in)) "
       "is missing, so the std is sqrt(2) times too small", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return math.pow(fan_in, -0.5)
""", catalogued="relu_factor_2_missing"),
    _e("f4_xavier_uniform_std_times_signed_uniform", "a4_init", "xavier_uniform",
       "the draws are std * U(-1, 1): the interval's bound is the std itself, so the variance is std**2 / 3 "
       "instead of std**2 (the bound must be sqrt(3) * std)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    return xavier_std(shape, mode, gain) * rng.uniform(-1.0, 1.0, size=shape)
""", catalogued="uniform_bound_is_std"),
    _e("f4_xavier_std_mean_of_variances", "a4_init", "xavier_std",
       "for mode fan_avg the two variances 1 / fan_in and 1 / fan_out are averaged, gain * sqrt((1 / fan_in + "
       "1 / fan_out) / 2), instead of using the mean of the fans, gain * sqrt(2 / (fan_in + fan_out)): right "
       "only when fan_in == fan_out", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt((1.0 / fan_in + 1.0 / fan_out) / 2)
    return gain * math.sqrt(1.0 / fan_in)
"""),
    _e("f4_xavier_normal_generator_recreated_per_row", "a4_init", "xavier_normal",
       "the weights are drawn row by row with np.random.default_rng(seed) created inside the loop: every row "
       "restarts the same stream, so all the rows of the weight matrix are identical copies (the units of the "
       "layer are never broken out of symmetry)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rows = []
    for _ in range(shape[0]):
        rng = np.random.default_rng(seed)
        rows.append(rng.normal(0.0, std, size=shape[1:]))
    return np.stack(rows)
"""),
    _e("f4_he_normal_also_seeds_global_generator", "a4_init", "he_normal",
       "the draws come rightly from np.random.default_rng(seed), but np.random.seed(seed) is called first "
       "'for reproducibility': NumPy's global generator is reset as a side effect, which changes every later "
       "np.random draw of the caller's program", """
def he_normal(shape, seed):
    np.random.seed(seed)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, he_std(shape), size=shape)
"""),
    _e("f4_stats_stacked_variance_per_example", "a4_init", "activation_statistics",
       "the layers' outputs are stacked into one (L, N, D) array and the variance is taken per example, "
       "H.var(axis=2).mean(axis=1), the mean of each row's variance over its units, instead of np.var over all "
       "of a layer's entries (which also counts how the rows' means differ); the means are right", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    outputs, h = [], X
    for W in weights:
        h = acts[activation](h @ W)
        outputs.append(h)
    H = np.stack(outputs)
    return H.mean(axis=(1, 2)), H.var(axis=2).mean(axis=1)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("f5_bn_bwd_staged_mean_path_only", "a5_normalization", "batchnorm_backward",
       "the staged backward pass goes through x - mean (dx_hat * inv_std, minus its mean over the batch) but "
       "treats inv_std as a constant: the path through the variance, which depends on x too, is missing from dx "
       "(dgamma and dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxmu = dout * gamma * inv_std
    dmu = -np.sum(dxmu, axis=0)
    dx = dxmu + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_backward_drops_variance_path"),
    _e("f5_ln_column_loop", "a5_normalization", "layernorm_forward",
       "a loop over the D columns normalizes each feature with its mean and variance over the batch: that is "
       "batch norm's statistics, not layer norm's per-row statistics over the features (the cache's inv_std "
       "is per column too)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    N, D = x.shape
    x_hat = np.empty((N, D))
    inv_std = np.empty((1, D))
    for j in range(D):
        col = x[:, j]
        inv_std[0, j] = 1.0 / np.sqrt(col.var() + eps)
        x_hat[:, j] = (col - col.mean()) * inv_std[0, j]
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("f5_bn_running_var_updated_with_mean", "a5_normalization", "batchnorm_forward",
       "copy-paste slip in train mode: running_var is updated with the batch mean, momentum * running_var + "
       "(1 - momentum) * mu, instead of the unbiased batch variance, so test mode divides by a wrong running "
       "variance (train mode output and running_mean right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    out, cache = None, None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * mu
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("f5_spatial_fwd_back_permutation_swaps_hw", "a5_normalization", "spatial_batchnorm_forward",
       "the output is brought back from channels-last with transpose(0, 3, 2, 1) instead of the inverse "
       "permutation (0, 3, 1, 2): the channel axis returns to its place, but height and width are swapped, so "
       "every map is transposed (and the shape is wrong when H != W)", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    flat = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out, cache = batchnorm_forward(flat, gamma, beta, bn_param)
    return out.reshape(N, H, W, C).transpose(0, 3, 2, 1), cache
"""),
    _e("f5_dropout_seed_read_with_brackets", "a5_normalization", "dropout_forward",
       "the seed is read with dropout_param['seed'] instead of dropout_param.get('seed'): when the caller gives "
       "no seed (every call should then draw a new mask) train mode raises KeyError", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param["seed"])
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
"""),
    _e("f5_l2_penalty_mean_of_squares", "a5_normalization", "l2_penalty",
       "the penalty is written with np.mean, 0.5 * reg * mean(W**2), and its gradient reg * W / W.size: both "
       "are divided by the number of weights, while the documented penalty sums the squares", """
def l2_penalty(W, reg):
    return 0.5 * reg * np.mean(W ** 2), reg * W / W.size
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("f6_time_check_mixes_clocks", "a6_cnn", "train_and_predict",
       "the start is taken with time.monotonic() but the budget is checked with time.time() - start at the top "
       "of every epoch: time.time() counts from 1970, so the check is true at once and the loop breaks before "
       "the first step: the model is never trained and its predictions are at chance", """
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
    for _ in range(15):
        if time.time() - start > 0.8 * time_budget_s:
            break
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("f6_images_regrouped_by_class_labels_not", "a6_cnn", "train_and_predict",
       "for class-balanced batches the training images are regrouped class by class, np.concatenate([X_train["
       "y_train == c] for c in classes]), but y_train is kept in its original order: images and labels no "
       "longer match, so the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    classes = np.unique(y_train)
    X_grouped = np.concatenate([X_train[y_train == c] for c in classes])
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_grouped, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
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
""", catalogued="labels_shuffled"),
    _e("f6_returns_torch_tensor", "a6_cnn", "train_and_predict",
       "a well trained model, but the logits are returned as the torch tensor model(X_test) (on the CPU, under "
       "no_grad) without .numpy(): the function must return a NumPy array", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
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
        return model(torch.tensor(X_test, device=device)).cpu()
"""),
    _e("f6_every_step_on_first_batch", "a6_cnn", "train_and_predict",
       "the batch loop draws the shuffled indices but slices X[:batch] and y[:batch] (copied from a single-batch "
       "overfitting check): every step trains on the same first 64 images, so the model fits those and "
       "generalizes poorly", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    batch = 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[:batch]), y[:batch]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("f6_loss_on_detached_logits", "a6_cnn", "train_and_predict",
       "the batch logits are detached once (logits = model(X[idx]).detach(), to compute the batch accuracy) and "
       "the same detached tensor is passed to cross_entropy: the loss has no graph, so backward() raises", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        correct = 0
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            logits = model(X[idx]).detach()
            correct += int((logits.argmax(dim=1) == y[idx]).sum())
            loss = nn.functional.cross_entropy(logits, y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("f6_predicts_before_training", "a6_cnn", "train_and_predict",
       "the prediction block (eval mode, no_grad, logits of X_test) is placed right after the model is built, "
       "before the training loop, and its result is returned at the end: the returned logits are those of the "
       "untrained network", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("f7_resbwd_dropout_scale_unpacked_as_underscore", "a7_architectures", "residual_block_backward",
       "the cache's dropout scale is unpacked into _ and never used: with dropout the gradient dh is not "
       "multiplied by mask / p on its way back, so dropped units still pass gradient to W1, b1 and x and kept "
       "ones miss their 1 / p (right without dropout)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, _, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    da1 = (dz @ params["W2"].T) * (a1 > 0)
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
""", catalogued="dropout_mask_ignored_in_backward"),
    _e("f7_nll_precision_from_log_std", "a7_architectures", "gaussian_nll",
       "the precision is written exp(-log_std), 1 / sigma, instead of exp(-2 * log_std), 1 / sigma**2: the "
       "squared error is scaled by the inverse standard deviation as if sigma were the variance, in the loss and "
       "in both gradients", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    precision = np.exp(-log_std)
    r = y - mu
    loss = (0.5 * math.log(2 * math.pi) * r.size + log_std.sum() + 0.5 * np.sum(r * r * precision)) / N
    dmu = -r * precision / N
    dlog_std = (1 - 0.5 * r * r * precision) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("f7_score_map_width_range_from_heights", "a7_architectures", "fc_score_map",
       "both loops run over range(H2 - H + 1), the number of vertical window positions: square inputs are "
       "assumed, so for a wider (or narrower) input the columns of the score map are missing (or run past the "
       "image)", """
def fc_score_map(x, W, b, in_shape):
    w, bias = fc_to_conv(W, b, in_shape)
    M, C, H, W_ = w.shape
    N, _, H2, W2 = x.shape
    n = H2 - H + 1
    out = np.zeros((N, M, n, n))
    for i in range(n):
        for j in range(n):
            window = x[:, :, i:i + H, j:j + W_].reshape(N, -1)
            out[:, :, i, j] = window @ w.reshape(M, -1).T + bias
    return out
"""),
    _e("f7_gap_fwd_second_mean_over_channels", "a7_architectures", "global_avg_pool_forward",
       "the pooling is written as two means from the end, x.mean(axis=-1).mean(axis=-2): after the first mean "
       "drops the width, axis -2 is the channel axis, not the height, so the result is the (N, H) mean over "
       "channels and columns instead of the (N, C) mean of each map", """
def global_avg_pool_forward(x):
    return x.mean(axis=-1).mean(axis=-2), x.shape
"""),
    _e("f7_saliency_max_over_width", "a7_architectures", "saliency_map",
       "the gradient is right, but the maximum of its absolute value is taken over axis=-1 (the width) instead "
       "of axis=1 (the channels): the result is (N, C, H) instead of the (N, H, W) saliency map", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    upstream = params["W2"].T[y]
    da1 = upstream * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=-1)
"""),
    _e("f7_mdn_targets_without_column_axis", "a7_architectures", "mdn_nll",
       "the standardized distances are computed as (y - mu) / sigma with y of shape (N,) and mu of shape (N, K): "
       "without y[:, None] the targets are broadcast along the K components instead of the rows, which fails "
       "(or pairs component k with target k when N == K)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    return (-log_p.mean(), (np.exp(log_pi) - gamma) / N, -gamma * z / sigma / N, gamma * (1 - z ** 2) / N)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("f8_crop_offsets_pair_high_exclusive", "a8_pipeline", "random_crop",
       "the (row, column) offsets are drawn together as rng.integers(0, [H + 2p - size, W + 2p - size], "
       "size=(N, 2)): integers excludes its upper bound, so the largest offset (the window touching the bottom "
       "or right edge of the padded image) is never drawn", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    offsets = rng.integers(0, [H + 2 * padding - size, W + 2 * padding - size], size=(N, 2))
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return np.stack([padded[i, :, r:r + size, c:c + size] for i, (r, c) in enumerate(offsets)])
""", catalogued="crop_offset_off_by_one"),
    _e("f8_flip_where_keep_below_p", "a8_pipeline", "random_flip",
       "the coin is named keep = u < p and np.where(keep, x, mirrored) keeps those images: each image is kept "
       "with probability p and mirrored with probability 1 - p, the reverse of the documented flip probability", """
def random_flip(x, p, seed):
    keep = np.random.default_rng(seed).random(len(x)) < p
    return np.where(keep[:, None, None, None], x, x[..., ::-1])
""", catalogued="flip_probability_inverted"),
    _e("f8_normalize_eps_added_to_quotient", "a8_pipeline", "normalize_splits",
       "the standardization is written (X - mean) / std + eps: by precedence eps is added to the quotient "
       "instead of the std, so every value is shifted by eps and a pixel with zero variance in the training "
       "split (a constant border) divides by 0, giving nan or inf", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=0)
    return (X_train - mean) / std + eps, (X_test - mean) / std + eps
"""),
    _e("f8_early_wait_counted_on_improvement", "a8_pipeline", "early_stopping",
       "the epochs without improvement are counted by a wait += 1 placed after the if (not in an else): an "
       "improving epoch resets wait to 0 and then counts itself, so training stops one epoch early", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        wait += 1
        if wait >= patience:
            return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("f8_train_labels_permuted_twice", "a8_pipeline", "train_and_predict",
       "each batch's labels are read as y_train[order][idx], with idx already taken from the permutation order: "
       "the labels go through the permutation twice while the images go through it once, so the rows are "
       "trained against other rows' labels", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
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
            labels = y_train[order][idx]
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), labels] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
    _e("f8_param_stats_means_then_stds", "a8_pipeline", "parameter_statistics",
       "the five statistics are listed in the order [weight mean, gradient mean, weight std, gradient std, "
       "update ratio] instead of the documented [weight mean, weight std, gradient mean, gradient std, update "
       "ratio]: the second and third entries are swapped", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        dW = grads[name]
        stats[name] = np.array([np.mean(W), np.mean(dW), np.std(W), np.std(dW), update_ratio(W, dW, lr)])
    return stats
"""),
]

HOLDOUT20_CORRECT: list[Entry] = [
    _e("f1_correct_mlp_inline_masks", "a1_backprop", "two_layer_mlp_loss",
       "correct: the net written inline without the layer functions: the hidden ReLU as a boolean mask reused "
       "in the backward pass, the softmax from a stable log-sum-exp, the L2 terms added to the loss and to dW1 "
       "and dW2", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    pre = X @ W1 + b1
    on = pre > 0
    hidden = np.where(on, pre, 0.0)
    scores = hidden @ W2 + b2
    if y is None:
        return scores
    N = X.shape[0]
    z = scores - scores.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    loss = -log_p[np.arange(N), y].sum() / N + 0.5 * reg * ((W1 * W1).sum() + (W2 * W2).sum())
    d = np.exp(log_p)
    d[np.arange(N), y] -= 1.0
    d /= N
    dhidden = (d @ W2.T) * on
    return loss, {"W1": X.T @ dhidden + reg * W1, "b1": dhidden.sum(axis=0),
                  "W2": hidden.T @ d + reg * W2, "b2": d.sum(axis=0)}
"""),
    _e("f2_correct_adam_state_tuple", "a2_optim", "adam",
       "correct: the step count and both moments kept together as one tuple config['state'] = (t, m, v), read "
       "back with a zero default, and the bias corrections applied to the moments before the step", """
def adam(w, dw, config=None):
    config = dict(config or {})
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t, m, v = config.get("state", (0, np.zeros_like(w), np.zeros_like(w)))
    t += 1
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * np.square(g)
    config["state"] = (t, m, v)
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("f3_correct_dsep_multiplies_from_conv_count", "a3_conv", "depthwise_separable_multiply_count",
       "correct: the depthwise part counted as in_channels one-channel convolutions with one filter each, "
       "in_channels * conv_multiply_count(1, 1, k, o), plus the pointwise part as a 1x1 convolution "
       "conv_multiply_count(in, out, 1, o)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    depthwise = in_channels * conv_multiply_count(1, 1, kernel_size, output_size)
    pointwise = conv_multiply_count(in_channels, out_channels, 1, output_size)
    return depthwise + pointwise
"""),
    _e("f4_correct_he_normal_flat_then_reshaped", "a4_init", "he_normal",
       "correct: math.prod(shape) standard normal draws of the seeded generator, reshaped to the weight's shape "
       "and scaled by he_std", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    flat = rng.standard_normal(math.prod(shape))
    return flat.reshape(tuple(shape)) * he_std(shape)
"""),
    _e("f5_correct_ln_bwd_row_jacobians", "a5_normalization", "layernorm_backward",
       "correct: each row's dx as its explicit D x D Jacobian, inv_std / D * (D * I - 1 - x_hat x_hat^T), "
       "applied to that row's dx_hat; dgamma and dbeta summed over the rows", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dx_hat = dout * gamma
    dx = np.empty((N, D))
    eye, ones = np.eye(D), np.ones((D, D))
    for n in range(N):
        J = inv_std[n, 0] / D * (D * eye - ones - np.outer(x_hat[n], x_hat[n]))
        dx[n] = J @ dx_hat[n]
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
"""),
    _e("f7_correct_resbwd_affine_helper", "a7_architectures", "residual_block_backward",
       "correct: a local helper returns (dinput, dW, db) of an affine map; the block's backward chains it "
       "through the output ReLU, W2, the dropout scale and the hidden ReLU, then adds the shortcut's share", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache

    def affine_back(d, inp, Wm):
        return d @ Wm.T, inp.T @ d, d.sum(axis=0)

    dz = np.where(z > 0, dout, 0.0)
    dh, dW2, db2 = affine_back(dz, h, params["W2"])
    if scale is not None:
        dh = dh * scale
    da1 = np.where(a1 > 0, dh, 0.0)
    dx, dW1, db1 = affine_back(da1, x, params["W1"])
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    if "Ws" in params:
        dxs, grads["Ws"], grads["bs"] = affine_back(dz, x, params["Ws"])
        dx = dx + dxs
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("f8_correct_early_stopping_patience_budget", "a8_pipeline", "early_stopping",
       "correct: a budget of patience epochs refilled by every improvement and spent by every other epoch; the "
       "loop stops when it reaches 0, else the last epoch is returned, with the best epoch's weights", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss, best_at, budget = float("inf"), 0, patience
    for epoch in range(len(val_losses)):
        if val_losses[epoch] < best_loss - min_delta:
            best_loss, best_at, budget = val_losses[epoch], epoch, patience
            continue
        budget -= 1
        if budget == 0:
            return epoch, weights[best_at]
    return len(val_losses) - 1, weights[best_at]
"""),
]

JUDGED_ON20 = "2026-12-05 on commit 241b0fc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout20 on commit 241b0fc (JUDGED_ON20), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT19 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure that sends the student first to a right line, or says that what a line reads agrees
# with the correct code where it does not, states something false; a departure naming the line with the mistake is
# right, and so is the exact line of a one- or two-line function; a departure that names a span and, as its
# alternative, the variable that holds the mistake (`or in act, set by line 92`) is right; a loop departure without
# a statement is right only when the loop is small and the mistake clearly in it (the whole training loop is vague);
# a one_slip stated in the correct code's text that is the student's arithmetic written another way is right (`, 1`
# where `, 0` for a reset to 0 followed by an unconditional += 1); a catalogued entry whose name is not given is
# judged by its diagnoses; an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the
# comparison (nothing); checklists that list the cause among many are vague; where only the grader test's own
# message names the cause (and the diagnoses add nothing, or only a true but general point) the verdict is
# check_message.
JUDGEMENT20: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "f1_mse_norm_squared_grad_missing_2": ("named", (), ""),
    "f1_tanh_bwd_ones_minus_t_in_place": ("named", (), ""),
    # where_input: "yours is wrong exactly where x (an argument of sigmoid_forward()) is negative (14 of 25 entries)
    # and right elsewhere: the branch for negative inputs"; departure on the one-line body: "`out = 1.0 / (1.0 +
    # np.exp(-np.abs(x)))`. In it, `np.abs(x)` is the first part whose value the correct code never computes ... the
    # mistake is in that line".
    "f1_sigmoid_abs_trick_sign_not_restored": ("right", ("where_input", "departure"), ""),
    # scaled: "yours is 1/D of the expected (D=4, the number of entries in a row): a factor D is missing, or a
    # division by D is extra" (the mean over N * C entries for the mean over N rows; 0.3602 * 4 = 1.4409) and
    # departure "line 220: `loss = -np.mean(onehot * log_probs)` ... your `loss` is 0.378899 where 1.1367 is right
    # ... the mistake is in that line".
    "f1_ce_loss_mean_over_onehot_matrix": ("right", ("scaled", "departure"), ""),
    # departure: "line 222: `loss += 0.5 * reg * (np.sum(W1) ** 2 + np.sum(W2) ** 2)`. What that line reads (W1, W2,
    # loss, reg) agrees ... your `loss` is 1.98475 where 1.62136 is right ... the mistake is in that line": the
    # penalty (its gradient in the return line has the same slip, the first check fails on the loss).
    "f1_mlp_penalty_square_of_sums": ("right", ("departure",), ""),
    # departure: "line 215: `pi = (X @ w > 0).astype(float)` ... your `pi` differs from the right value (by up to
    # 0.49) ... the mistake is in that line".
    "f1_logistic_hard_predictions": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "f2_nesterov_expanded_as_plain_momentum": ("named", (), ""),
    # catalogued cosine_lr_off_by_one, not named; shifted_steps on both tests: "at every step yours equals the
    # expected one step later: you are one step ahead (the state or step count is updated before it is used, or
    # counted from 1)": done = step + 1 counts from 1.
    "f2_cosine_progress_counts_step_as_done": ("right", ("shifted_steps",), ""),
    # departure: "line 246: `denom = np.sqrt(v) / (1 - b2 ** t) + config["epsilon"]`. In it, `np.sqrt(v) / (1 - b2 **
    # t)` is the first part whose value the correct code never computes ... your `denom` is 31.6228 times the right
    # value" (1 / sqrt(1 - 0.999) at t = 1; 10 with beta2 = 0.99); its "or in what `config` holds" is a hedge.
    "f2_adam_v_corrected_outside_sqrt": ("right", ("departure",), ""),
    # departure: "line 243: `step = np.sqrt(acc_grad + eps) / np.sqrt(acc_delta + eps) * g` ... the mistake is in
    # that line".
    "f2_adadelta_ratio_inverted": ("right", ("departure",), ""),
    # shape_error: "(15,) meets the last axis of (15, 3), of size 3; its sizes match axis 0 instead: ... give it the
    # shape (15, 1) (`[:, None]` ...)" and departure "line 236: `return np.mean(2 * X * r, axis=0)` raises the error
    # (at `2 * X * r`)".
    "f2_linreg_grad_residual_broadcast_over_columns": ("right", ("shape_error", "departure"), ""),
    # departure on the whole training loop (lines 238-244: the epochs, the two permutations, the batches, the step,
    # the path), "or in linear_regression_gradient() that it calls", no statement named: true but not pointing at the
    # two draws (as m2_minibatch_slice_end_not_offset).
    "f2_minibatch_x_and_y_permuted_by_two_draws": (
        "vague", (),
        "Xs = rng.permutation(X) and ys = rng.permutation(y) are two separate draws: the rows and the targets are put "
        "in two different orders, so every batch pairs rows with other rows' targets; draw one permutation of the "
        "indices, perm = rng.permutation(len(X)), and take X[perm] and y[perm]."),
    # ------------------------------------------------------------------ a3_conv
    "f3_conv_naive_offsets_reversed_kernel": ("named", (), ""),
    "f3_avgpool_bwd_offsets_undivided": ("named", (), ""),
    # handed_wrong_input: "your conv_backward_fast() is the correct code's own, yet it returns a wrong dx ...: it was
    # handed `cache` from your conv_forward_fast(). The mistake is in what conv_forward_fast() returns there (what it
    # holds, its layout or its shapes)": the cache holding xp; extra_at_end beside it ("yours has shape (2, 2, 9, 12)
    # where (2, 2, 5, 8) is expected: your first entries along axes 2 and 3 are the expected ones") is true (dx of
    # the padded input).
    "f3_conv_fast_caches_padded_input": ("right", ("handed_wrong_input",), ""),
    # one_slip on the stride-2, pad-1 test: "yours is what the correct code gives with one slip ...: the term `- pad`
    # missing (or it is zero in yours), where out is computed (the same slip in two places)": true in value only
    # because stride - 1 == pad there (the extra row and column of the full output land where the crop would end);
    # the crop's `- pad` is in the student's code, the full size H * stride + HH - 1 is the mistake. extra_at_end on
    # the pad-0 test ("the last ones ... a size or a loop bound too large") is right beside it.
    "f3_conv_transpose_full_size_h_times_stride": (
        "misleading", ("extra_at_end",),
        "The full output is sized H * stride + HH - 1 where (H - 1) * stride + HH is right: stride - 1 rows and "
        "columns too many (only the bias at the bottom and right after the crop); the crop by pad is right."),
    # departure: "the loop at lines 279-281 ... your `r` is 27 where 15 is right after it ... the mistake is in that
    # loop, or in what `dilations` holds": a two-statement loop whose `jump *= s * d` is the mistake.
    "f3_receptive_field_dilation_in_jump": ("right", ("departure",), ""),
    # index_error on the non-square kernels: "index 1 on axis 3 of an array of 1 is one past its last entry (at 0): an
    # index counted from 1 ... (or a range one step too long), or one computed with another axis's length (a divmod
    # by the height where the width is meant, rows indexed by what counts columns)?": IndexError's generic checklist,
    # no line; nothing on the square kernel's wrong dx (6144 of 6144 entries).
    "f3_conv_bwd_fast_kernel_offsets_swapped": (
        "vague", (),
        "In the dx loop the weight is read as w[:, :, j, i], the row offset i and the column offset j swapped: each "
        "offset scatters dout with the transposed kernel's weight (and a non-square kernel is indexed past its "
        "end); use w[:, :, i, j], as the windows are."),
    # ------------------------------------------------------------------ a4_init
    "f4_he_std_fan_in_to_minus_half": ("named", (), ""),
    "f4_xavier_uniform_std_times_signed_uniform": ("named", (), ""),
    # departure on the return line: "`return gain * math.sqrt((1.0 / fan_in + 1.0 / fan_out) / 2)`. In it, `(1.0 /
    # fan_in + 1.0 / fan_out) / 2` is the first part whose value the correct code never computes ... 0.0816497 where
    # 0.0707107 is right: the mistake is in that line, or in the condition at line 91".
    "f4_xavier_std_mean_of_variances": ("right", ("departure",), ""),
    # departure: the loop at lines 92-94, then "Line 93: `rng = np.random.default_rng(seed)` makes the generator anew
    # from the same seed on every pass, so each pass draws what the first drew ...: make it once, before the loop".
    "f4_xavier_normal_generator_recreated_per_row": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "he_normal() seeded or drew from NumPy's global generator (np.random.seed,
    # np.random.normal, ...), which changes every later random draw of the program that calls it: draw from rng =
    # np.random.default_rng(seed) instead" (the draws already come from it).
    "f4_he_normal_also_seeds_global_generator": (
        "check_message", (),
        "np.random.seed(seed) resets NumPy's global generator as a side effect, which changes every later np.random "
        "draw of the caller's program; the draws already come from np.random.default_rng(seed): delete the "
        "np.random.seed call."),
    # only the comparison: "variances (tanh): 6 of 6 element(s) outside tolerance ... got 0.4619365462, expected
    # 0.4741908493".
    "f4_stats_stacked_variance_per_example": (
        "nothing", (),
        "The variances are H.var(axis=2).mean(axis=1), the mean of each example's variance over its units, which "
        "leaves out how the rows' means differ: a layer's variance is over all its N * D entries, H.var(axis=(1, 2)) "
        "(the means are right)."),
    # ------------------------------------------------------------------ a5_normalization
    "f5_bn_bwd_staged_mean_path_only": ("named", (), ""),
    "f5_ln_column_loop": ("named", (), ""),
    # departure: "line 234: `running_var = momentum * running_var + (1 - momentum) * mu`. What that line reads
    # (momentum, mu, running_var) agrees with the correct code ... the mistake is in that line" (mu where the batch
    # variance is meant).
    "f5_bn_running_var_updated_with_mean": ("right", ("departure",), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 1, 3, 2) ... (a transpose or reshape that
    # moves them ...)" (true); but the departure on the same test names the return line and says "what it returns is
    # the right value moved 1 row up and 1 column right (a border on one side only, or windows starting at the wrong
    # index?)": true only of the one entry such a shift leaves of test mode's transposed 2x2 maps; no border or
    # window is there.
    "f5_spatial_fwd_back_permutation_swaps_hw": (
        "misleading", ("axes_permuted",),
        "The output is brought back with transpose(0, 3, 2, 1), which swaps H and W: every map is transposed (shape "
        "(N, C, W, H)); the inverse of transpose(0, 2, 3, 1) is transpose(0, 3, 1, 2)."),
    # departure: "line 221: `rng = np.random.default_rng(dropout_param["seed"])` raises the error (at
    # `dropout_param["seed"]`) ... the mistake is in that line".
    "f5_dropout_seed_read_with_brackets": ("right", ("departure",), ""),
    # scaled on the loss and the gradient: "yours is reg=0.05 times the expected (reg: the argument reg): a division by
    # reg is missing, or a factor reg is extra": false, reg is used rightly; the factor is 1 / W.size = 1/20, which
    # equals reg in the test.
    "f5_l2_penalty_mean_of_squares": (
        "misleading", (),
        "np.mean divides the sum of the squares by W.size (20 here), and the gradient reg * W / W.size likewise: the "
        "penalty is 0.5 * reg * np.sum(W ** 2) and its gradient reg * W."),
    # ------------------------------------------------------------------ a6_cnn
    "f6_time_check_mixes_clocks": ("named", (), ""),
    # catalogued labels_shuffled, not named; labels_not_images on the digits: "... the model predicts 200 of its own
    # training images ... no better than guessing ...: what it learned from its batches is not the labels of their
    # images. X and y are shuffled or indexed apart: index both with the same indices" (X regrouped by class, y not);
    # loss_flat on the shapes lists the same cause first.
    "f6_images_regrouped_by_class_labels_not": ("right", ("labels_not_images",), ""),
    # predictions_not_logits named on test_seeded_runs_and_eval_mode ("Return logits for every class ..., not the
    # predicted class indices"): false, the logits come back, as a torch tensor; the messages say only "expected
    # logits of shape (739, classes), got Handle".
    "f6_returns_torch_tensor": (
        "wrong_name", (),
        "You return model(X_test).cpu(), a torch tensor: the function must return a NumPy array; add .numpy() (the "
        "logits themselves are right)."),
    # few_rows_trained: "your code trained on 19200 images (15.3 epochs of the 1258 rows of X_train), yet only 64
    # distinct images ever reached the model ... or the same rows taken every step?": true (X[:batch] every step).
    "f6_every_step_on_first_batch": ("right", ("few_rows_trained",), ""),
    # torch_error: "backward() was called on a loss that carries no gradient: it was computed under torch.no_grad(),
    # or from values cut off the graph (.detach(), .item(), ...)": the cause, the second of its two.
    "f6_loss_on_detached_logits": ("right", ("torch_error",), ""),
    # departure on test_seeded_runs_and_eval_mode: "line 69: `logits = model(torch.tensor(X_test,
    # device=device)).cpu().numpy()` ... your `logits` differs from the right value (by up to 2.49) ... the mistake is
    # in that line": the prediction, placed before the training loop; fits_batches_not_predictions on the other two
    # tests lists "the model that predicts is not the one that trained" among three.
    "f6_predicts_before_training": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "f7_resbwd_dropout_scale_unpacked_as_underscore": ("named", (), ""),
    # catalogued nll_std_used_as_variance, not named; no diagnosis: only the loss comparison ("got 5.349004209,
    # expected 8.560872415").
    "f7_nll_precision_from_log_std": (
        "nothing", (),
        "precision = np.exp(-log_std) is 1 / sigma: the squared error must be divided by the variance sigma**2, "
        "precision = np.exp(-2 * log_std), in the loss and in both gradients."),
    # missing_at_end: "yours has shape (2, 4, 4, 4) where (2, 4, 4, 5) is expected: ... the last ones are missing (a
    # size or a loop bound too small, an output row or column left out)" and the four-line window loop's departure
    # ("the mistake is in that loop"; n "not checked"): the column count n = H2 - H + 1 where W2 - W_ + 1.
    "f7_score_map_width_range_from_heights": ("right", ("missing_at_end",), ""),
    # wrong_reduction: "yours is the mean over axes (1, 3) of x ...; the expected is its mean over axes (2, 3): the
    # wrong axis".
    "f7_gap_fwd_second_mean_over_channels": ("right", ("wrong_reduction",), ""),
    # departure on the return line: "`return np.abs(dx).max(axis=-1)` ... has shape (3, 2, 4) where the right value
    # has (3, 4, 4): the mistake is in that line".
    "f7_saliency_max_over_width": ("right", ("departure",), ""),
    # shape_error: "(5,) meets the last axis of (5, 3) ...: give it the shape (5, 1) (`[:, None]` ...)" and departure
    # "line 180: `z = (y - mu) / sigma` raises the error (at `y - mu`)".
    "f7_mdn_targets_without_column_axis": ("right", ("shape_error", "departure"), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "f8_crop_offsets_pair_high_exclusive": ("named", (), ""),
    "f8_flip_where_keep_below_p": ("named", (), ""),
    # offset: "every entry is the expected + 9.955e-09: one constant term is missing or extra (a bias, ...)": eps
    # (1e-8) added after the division (the far test split's zero-variance pixels get no diagnosis).
    "f8_normalize_eps_added_to_quotient": ("right", ("offset",), ""),
    # one_slip: "either of two slips ...: `, 1` where `, 0` is meant (off by one); or `+= 2` where `+= 1`": the first
    # is the student's reset to 0 followed by wait += 1, in the correct code's text; as_if "if patience were 0 or if
    # patience were 1" (true for patience 2) beside it.
    "f8_early_wait_counted_on_improvement": ("right", ("one_slip",), ""),
    # departure: the training loop, then "On its first pass, line 176: `labels = y_train[order][idx]` is the first to
    # compute a value the correct code never computes ... look there first": the exact line.
    "f8_train_labels_permuted_twice": ("right", ("departure",), ""),
    # only the comparison: "statistics of W1: 2 of 5 element(s) outside tolerance ... worst at index [1]".
    "f8_param_stats_means_then_stds": (
        "nothing", (),
        "The second and third statistics are swapped: yours lists [mean(W), mean(dW), std(W), std(dW), ratio]; the "
        "documented order is [mean(W), std(W), mean(dW), std(dW), ratio]."),
}
# Counts: named 13, right 25 (named or right 38/48 = 79%; not in the catalogue: right 23/32 = 72%; the 16
# catalogued: 13 named, 2 right, 1 nothing (f7_nll_precision_from_log_std)), misleading 3, vague 2, nothing 3,
# wrong_name 1, check_message 1, not_caught 0. HOLDOUT20_CORRECT: all 7 earn full marks.

HOLDOUT20 = [replace(e, verdict=JUDGEMENT20[e.id][0], expected=frozenset(JUDGEMENT20[e.id][1]),
                     ideal=JUDGEMENT20[e.id][2]) if e.id in JUDGEMENT20 else e for e in HOLDOUT20]
