"""A thirteenth hold-out (issue 17): student-style mistakes written without seeing the detectors.

Judged once (JUDGEMENT13 below) on commit 2f1779c by an independent helper that wrote neither the detectors nor
these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout13 (69% named or right then).

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, torch_errors.py, training.py, sandbox/locals_trace.py), its tests, the judgements of
corpus.py, holdout.py .. holdout12.py, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to
avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant
earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT13
holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT13_CORRECT right implementations written unusually, which must earn full marks. Do not tune the
detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT13: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("m1_affine_bias_as_column", "a1_backprop", "affine_forward",
       "the bias is reshaped to a column, b.reshape(-1, 1) of shape (M, 1), before it is added to the (N, M) "
       "product: it broadcasts along the rows instead of the columns, a broadcasting error when N != M (and b[i] "
       "added to the whole row i when N == M); b broadcasts as it is, shape (M,)", """
def affine_forward(x, w, b):
    N = x.shape[0]
    x_rows = x.reshape(N, -1)
    out = np.dot(x_rows, w) + b.reshape(-1, 1)
    cache = (x, w, b)
    return out, cache
"""),
    _e("m1_affine_dx_reshape_result_discarded", "a1_backprop", "affine_backward",
       "dx.reshape(x.shape) is written as a statement on its own: reshape returns a new array and leaves dx as "
       "it was, so dx comes back (N, D) instead of x's shape (dx = dx.reshape(x.shape) is meant; dw and db right)",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    x2d = x.reshape(x.shape[0], -1)
    dx = dout.dot(w.T)
    dx.reshape(x.shape)
    dw = x2d.T.dot(dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("m1_ce_one_hot_eye_of_batch_size", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot labels are built as np.eye(N)[y], rows of the N x N identity (N the batch size), instead "
       "of np.eye(C)[y] with C = scores.shape[1] classes: the (N, N) one-hot does not match the (N, C) "
       "log-probabilities, a broadcasting error whenever N != C (the log-sum-exp itself right)", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    shifted = scores - np.max(scores, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    one_hot = np.eye(N)[y]
    loss = -np.sum(one_hot * log_probs) / N
    dscores = (np.exp(log_probs) - one_hot) / N
    return loss, dscores
"""),
    _e("m1_bce_loss_target_and_probs_swapped", "a1_backprop", "binary_cross_entropy_loss",
       "the loss swaps the roles of the probabilities and the targets: -mean(p log t + (1 - p) log(1 - t)) "
       "takes the log of the 0/1 targets (log 0 = -inf, so the loss is nan) instead of -mean(t log p + "
       "(1 - t) log(1 - p)); dprobs right", """
def binary_cross_entropy_loss(probs, target):
    n = probs.size
    loss = -np.sum(probs * np.log(target) + (1 - probs) * np.log(1 - target)) / n
    dprobs = (probs - target) / (probs * (1 - probs)) / n
    return loss, dprobs
"""),
    _e("m1_numgrad_rows_perturbed_together", "a1_backprop", "eval_numerical_gradient",
       "the loop runs over range(len(x)), the rows of x, and x[i] is a whole row: each row is shifted by +h and "
       "-h at once, so every entry of grad[i] gets the sum of the partial derivatives of its row (the same "
       "number along the row) instead of its own; the loop must visit every entry (np.nditer or np.ndindex); x "
       "is restored", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for i in range(len(x)):
        old = x[i].copy()
        x[i] = old + h
        fxph = f(x)
        x[i] = old - h
        fxmh = f(x)
        x[i] = old
        grad[i] = (fxph - fxmh) / (2 * h)
    return grad
"""),
    _e("m1_mlp_reg_grads_overwritten_by_backprop", "a1_backprop", "two_layer_mlp_loss",
       "grads is first filled with the L2 gradients reg * W1 and reg * W2, then the backward pass assigns "
       "dW1 and dW2 into the same keys (grads['W2'], ... = affine_backward(...)), replacing them instead of "
       "adding to them: the penalty is in the loss but not in the gradients", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    hidden, fc1_cache = affine_forward(X, W1, b1)
    hidden, relu_cache = relu_forward(hidden)
    scores, fc2_cache = affine_forward(hidden, W2, b2)
    if y is None:
        return scores
    grads = {"W1": reg * W1, "W2": reg * W2}
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss = data_loss + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dhidden, grads["W2"], grads["b2"] = affine_backward(dscores, fc2_cache)
    dhidden = relu_backward(dhidden, relu_cache)
    _, grads["W1"], grads["b1"] = affine_backward(dhidden, fc1_cache)
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    # ------------------------------------------------------------------ a2_optim
    _e("m2_sgd_updates_w_in_place", "a2_optim", "sgd",
       "the step is taken in place, w -= learning_rate * dw, and w itself is returned: the caller's weights are "
       "overwritten, and a trajectory that keeps the returned arrays holds the same array at every step (all "
       "equal to the last weights); next_w = w - learning_rate * dw, a new array, is meant", """
def sgd(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    w -= config["learning_rate"] * _gradient(w, dw, config)
    return w, config
"""),
    _e("m2_adadelta_step_before_acc_grad_update", "a2_optim", "adadelta",
       "the step is computed with the accumulated squared gradient of the previous calls, before acc_grad is "
       "updated with this step's dw**2: step = sqrt(acc_delta + eps) / sqrt(acc_grad_old + eps) * dw (the "
       "first step is dw itself); acc_grad is updated first, then used", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = config.get("acc_grad", np.zeros_like(w))
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    acc_grad = rho * acc_grad + (1 - rho) * g ** 2
    acc_delta = rho * acc_delta + (1 - rho) * step ** 2
    config["acc_grad"], config["acc_delta"] = acc_grad, acc_delta
    return w - config["learning_rate"] * step, config
"""),
    _e("m2_step_lr_rounds_to_nearest", "a2_optim", "step_lr",
       "the number of decays is round(step / step_size), rounded to the nearest integer instead of down "
       "(step // step_size): the rate drops half a period early (from step 4 with step_size 7)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = round(step / step_size)
    return base_lr * gamma ** n_decays
"""),
    _e("m2_minibatch_slice_end_not_offset", "a2_optim", "minibatch_sgd",
       "each batch is sliced perm[start:batch_size]: the end of the slice is batch_size itself, not start + "
       "batch_size, so the first batch is right and every later one is empty, whose mean gradient is 0 / 0 "
       "(nan weights from the second update on)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    N = X.shape[0]
    w = np.array(w0, dtype=float)
    history = []
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for start in range(0, N, batch_size):
            batch = perm[start:batch_size]
            X_batch, y_batch = X[batch], y[batch]
            w = w - learning_rate * linear_regression_gradient(w, X_batch, y_batch)
            history.append(w)
    return np.array(history)
"""),
    _e("m2_cosine_lr_steps_counted_from_one", "a2_optim", "cosine_lr",
       "the steps are taken to count from 1: the progress is (step - 1) / total_steps, so step 0 gives the "
       "rate the schedule has at step 1 (below base_lr) and step total_steps stays above min_lr: the schedule "
       "runs one step late", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = (step - 1) / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
""", catalogued="cosine_lr_off_by_one"),
    _e("m2_adam_moments_read_under_other_keys", "a2_optim", "adam",
       "the moments are stored in config['m'] and config['v'] but read back from config['m1'] and "
       "config['m2'], keys that never exist: every call starts from zero moments (t is stored and advances)",
       """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    beta1, beta2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    m = config.get("m1", np.zeros_like(w))
    v = config.get("m2", np.zeros_like(w))
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g ** 2
    config["m"], config["v"] = m, v
    m_hat = m / (1 - beta1 ** config["t"])
    v_hat = v / (1 - beta2 ** config["t"])
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_moments_not_stored"),
    # ------------------------------------------------------------------ a3_conv
    _e("m3_transposed_size_span_missing_plus_one", "a3_conv", "transposed_conv_output_size",
       "the dilated kernel's span is written dilation * (kernel_size - 1), without its + 1 (a kernel spans "
       "dilation * (kernel_size - 1) + 1 pixels): every output size is one short", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    effective_kernel = dilation * (kernel_size - 1)
    return (input_size - 1) * stride - 2 * padding + effective_kernel + output_padding
"""),
    _e("m3_param_count_groups_divides_both_channels", "a3_conv", "conv_param_count",
       "with groups, both channel counts are divided by groups, (in / groups) * (out / groups) * kh * kw, as "
       "if there were one group: each of the out filters sees in / groups channels, so the weights are out * "
       "(in / groups) * kh * kw (groups times more than counted); right for groups = 1", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, kernel_size)
    kh, kw = kernel_size
    weights = (in_channels // groups) * (out_channels // groups) * kh * kw
    return weights + (out_channels if bias else 0)
"""),
    _e("m3_conv_naive_windows_from_unpadded_x", "a3_conv", "conv_forward_naive",
       "x is zero-padded into x_pad and the output size counts the padding, but the windows are sliced from "
       "the unpadded x: every window is shifted by pad (and those past the border are cut short and broadcast); "
       "right only when pad is 0", """
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
                    hs, ws = i * stride, j * stride
                    out[n, f, i, j] = np.sum(x[n, :, hs:hs + HH, ws:ws + WW] * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("m3_pool_indices_window_offset_without_stride", "a3_conv", "max_pool_with_indices",
       "the flat index of each maximum is (i + r) * W + (j + q): the window's position is taken as (i, j), the "
       "output's, instead of (i * stride, j * stride), so with stride 2 every index but the first window's "
       "points at the wrong input pixel (the pooled values right)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    H_out, W_out = 1 + (H - ph) // s, 1 + (W - pw) // s
    out = np.zeros((N, C, H_out, W_out))
    indices = np.zeros((N, C, H_out, W_out), dtype=int)
    for n in range(N):
        for c in range(C):
            for i in range(H_out):
                for j in range(W_out):
                    window = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    r, q = np.unravel_index(np.argmax(window), window.shape)
                    out[n, c, i, j] = window[r, q]
                    indices[n, c, i, j] = (i + r) * W + (j + q)
    return out, indices
"""),
    _e("m3_avgpool_output_size_true_division", "a3_conv", "avg_pool_forward",
       "the output size is computed with true division, (H - ph) / stride + 1, a float: np.zeros((N, C, H_out, "
       "W_out)) raises TypeError ('float' object cannot be interpreted as an integer); Python 3 needs // here", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    H_out = (H - ph) / s + 1
    W_out = (W - pw) / s + 1
    out = np.zeros((N, C, H_out, W_out))
    for i in range(int(H_out)):
        for j in range(int(W_out)):
            region = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            out[:, :, i, j] = np.mean(region, axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("m3_conv_bwd_scalar_loops_dx_assigned", "a3_conv", "conv_backward_naive",
       "a loop over images, filters and output positions, dw and db accumulated right, but each window's "
       "share of dx is assigned, dx_pad[n, :, window] = w[f] * dout[n, f, i, j], instead of added (+=): "
       "overlapping windows, and the filters after the first, overwrite what was there", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, H_out, W_out = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    dx_pad = np.zeros_like(x_pad)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(H_out):
                for j in range(W_out):
                    hs, ws = i * stride, j * stride
                    dw[f] += x_pad[n, :, hs:hs + HH, ws:ws + WW] * dout[n, f, i, j]
                    dx_pad[n, :, hs:hs + HH, ws:ws + WW] = w[f] * dout[n, f, i, j]
    dx = dx_pad[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="dx_assigned_not_accumulated"),
    # ------------------------------------------------------------------ a4_init
    _e("m4_fans_receptive_field_as_tuple", "a4_init", "compute_fans",
       "the receptive field of a conv weight is taken as the slice shape[2:], a tuple (kh, kw), and multiplied "
       "by the channel counts: in_channels * (kh, kw) repeats the tuple in_channels times instead of "
       "multiplying by kh * kw (math.prod(shape[2:])), so both fans come back as long tuples (linear weights "
       "right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
    else:
        out_channels, in_channels = shape[0], shape[1]
        receptive_field = shape[2:]
        fan_in = in_channels * receptive_field
        fan_out = out_channels * receptive_field
    return fan_in, fan_out
"""),
    _e("m4_he_std_fan_in_from_trailing_axes", "a4_init", "he_std",
       "the fan-in is computed inline as np.prod(shape[1:]), the conv weight's formula (in * kh * kw), for "
       "every shape: for a linear weight (D, M) that is M, the fan-out, instead of D (compute_fans(shape)[0]); "
       "conv weights right", """
def he_std(shape):
    fan_in = int(np.prod(shape[1:]))
    return math.sqrt(2.0 / fan_in)
"""),
    _e("m4_xavier_normal_size_from_first_two_axes", "a4_init", "xavier_normal",
       "the draws are made with size=shape[0] * shape[1] and reshaped to shape: a 2-D weight is assumed, so "
       "for a conv weight (out, in, kh, kw) only out * in values are drawn and the reshape raises ValueError "
       "(size=shape is meant; linear weights right)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, std, size=shape[0] * shape[1]).reshape(shape)
"""),
    _e("m4_uniform_centred_draws_scaled_by_std", "a4_init", "xavier_uniform",
       "the draws are rng.random(shape) - 0.5, centred on [-0.5, 0.5), scaled by 2 * std: U(-std, std), whose "
       "variance is std**2 / 3; the bound must be sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return 2 * std * (rng.random(shape) - 0.5)
""", catalogued="uniform_bound_is_std"),
    _e("m4_xavier_uniform_seeded_rng_unused", "a4_init", "xavier_uniform",
       "rng = np.random.default_rng(seed) is created but the weights are drawn with np.random.uniform, the "
       "legacy global generator: the seed is never used, so the same seed gives other weights (the bound "
       "sqrt(3) * std right)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    limit = np.sqrt(3.0) * xavier_std(shape, mode, gain)
    weights = np.random.uniform(low=-limit, high=limit, size=shape)
    return weights
""", catalogued="global_seed_in_xavier_uniform"),
    _e("m4_stats_relu_written_leaky", "a4_init", "activation_statistics",
       "the 'relu' branch is a leaky ReLU, np.where(z > 0, z, 0.01 * z), out of habit: negative inputs give "
       "0.01 z instead of 0, so the ReLU layers' means and variances are off (tanh, sigmoid and linear right)",
       """
def activation_statistics(X, weights, activation):
    h = X
    means, variances = [], []
    for W in weights:
        z = h.dot(W)
        if activation == "sigmoid":
            h = 1.0 / (1.0 + np.exp(-z))
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "relu":
            h = np.where(z > 0, z, 0.01 * z)
        else:
            h = z
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("m5_bn_statistics_over_features_axis1", "a5_normalization", "batchnorm_forward",
       "train mode takes the mean and variance over axis=1 with keepdims (each row over its D features, layer "
       "norm's statistics) instead of axis=0 (each feature over the batch): every example is normalized on its "
       "own, and the running averages, updated with these (N, 1) statistics, broadcast to (N, D) arrays", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    out, cache = None, None
    if mode == "train":
        sample_mean = np.mean(x, axis=1, keepdims=True)
        sample_var = np.var(x, axis=1, keepdims=True)
        inv_std = 1.0 / np.sqrt(sample_var + eps)
        x_hat = (x - sample_mean) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        n = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * sample_mean
        running_var = momentum * running_var + (1 - momentum) * sample_var * n / (n - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("m5_bn_bwd_dmu_not_divided_by_n", "a5_normalization", "batchnorm_backward",
       "a staged backward pass whose last line adds dmu itself to dx instead of dmu / N: the mean is an average "
       "over the N rows, so each row gets dmu / N of its gradient (dgamma and dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    xmu = x_hat / inv_std
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    dvar = np.sum(dxhat * xmu, axis=0) * -0.5 * inv_std ** 3
    dmu = np.sum(-dxhat * inv_std, axis=0) + dvar * np.mean(-2.0 * xmu, axis=0)
    dx = dxhat * inv_std + dvar * 2.0 * xmu / N + dmu
    return dx, dgamma, dbeta
"""),
    _e("m5_spatial_bwd_dx_reshaped_without_transpose", "a5_normalization", "spatial_batchnorm_backward",
       "dout is moved channels-last right, but the (N * H * W, C) gradient from batchnorm_backward_alt is "
       "reshaped straight to (N, C, H, W) without the inverse transpose (reshape(N, H, W, C).transpose(0, 3, 1, "
       "2)): dx's values land on the wrong channels and positions (dgamma and dbeta right)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    dout_flat = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dx_flat, dgamma, dbeta = batchnorm_backward_alt(dout_flat, cache)
    dx = dx_flat.reshape(N, C, H, W)
    return dx, dgamma, dbeta
"""),
    _e("m5_gn_statistics_across_the_batch", "a5_normalization", "groupnorm_forward",
       "x is reshaped to (groups, -1), without the batch axis: each 'group' is a consecutive block of the whole "
       "batch (with 2 images and 2 groups, one image each), so the statistics mix or split the images instead "
       "of being taken per image over each group of C // groups channels, reshape(N, groups, -1); the cache's "
       "inv_std is (groups, 1) instead of (N, groups, 1)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(groups, -1)
    mu = xg.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(xg.var(axis=1, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    cache = (x_hat, gamma, inv_std, groups)
    return out, cache
"""),
    _e("m5_dropout_vanilla_scaled_at_test", "a5_normalization", "dropout_forward",
       "vanilla (not inverted) dropout: train mode multiplies by the 0/1 keep mask without dividing by p, and "
       "test mode multiplies x by p; inverted dropout scales the kept units by 1 / p in training and returns x "
       "unchanged at test time", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "train":
        rng = np.random.default_rng(dropout_param.get("seed"))
        mask = rng.random(x.shape) < p
        out = x * mask
    else:
        mask = None
        out = x * p
    return out, mask
""", catalogued="dropout_no_scaling"),
    _e("m5_ln_centres_x_in_place", "a5_normalization", "layernorm_forward",
       "each row is centred in place, x -= x.mean(axis=1, keepdims=True): out and the cache are right, but the "
       "caller's x is overwritten with the centred values (x - mean into a new array is meant)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    x -= x.mean(axis=1, keepdims=True)
    var = (x ** 2).mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = x * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("m6_numpy_of_tensor_requiring_grad", "a6_cnn", "train_and_predict",
       "a well trained model, but the test logits are computed outside torch.no_grad() and converted with "
       ".cpu().numpy(): the output requires grad, so numpy() raises RuntimeError ('Can't call numpy() on "
       "Tensor that requires grad'); predict under torch.no_grad() or call .detach() first", """
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
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            optimizer.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    logits = model(torch.tensor(X_test, device=device))
    return logits.cpu().numpy()
"""),
    _e("m6_summed_loss_with_sgd_diverges", "a6_cnn", "train_and_predict",
       "the cross-entropy is written by hand and summed over the batch (-log_softmax[range(B), y].sum()) "
       "instead of averaged, and trained with SGD at lr 0.1 with momentum 0.9, a rate meant for the mean loss: "
       "every step is 64 times too large, training blows up and the model ends at chance accuracy",
       """
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
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            log_probs = torch.log_softmax(model(X[idx]), dim=1)
            loss = -log_probs[torch.arange(len(idx), device=device), y[idx]].sum()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("m6_step_called_before_backward", "a6_cnn", "train_and_predict",
       "each iteration calls optimizer.zero_grad(), then optimizer.step(), then loss.backward(): the step finds "
       "no gradients (zero_grad has just cleared them) and the gradients computed after it are cleared before "
       "the next step, so the weights never move from their initialization (an untrained model); backward() "
       "comes before step()", """
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
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            optimizer.zero_grad()
            optimizer.step()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("m6_batch_index_used_as_offset", "a6_cnn", "train_and_predict",
       "the batches are sliced X[i:i + 64] with i the batch's index (range(n_batches)), not its offset i * 64: "
       "consecutive batches overlap by 63 rows and only the first n_batches + 63 training images are ever seen "
       "(fewer than a hundred of the digits), so the model is trained on a small fraction of the data", """
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
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    batch_size = 64
    n_batches = (len(y) + batch_size - 1) // batch_size
    for epoch in range(15):
        model.train()
        for i in range(n_batches):
            xb, yb = X[i:i + batch_size], y[i:i + batch_size]
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("m6_test_chunks_remainder_dropped", "a6_cnn", "train_and_predict",
       "a well trained model, but the test set is predicted in chunks of 256 over range(len(X_test) // 256): "
       "the last, partial chunk is never predicted, so fewer rows than len(X_test) come back (and a test set "
       "smaller than 256 gives no chunk at all, torch.cat of an empty list raises)", """
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
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            optimizer.step()
    model.eval()
    Xt = torch.tensor(X_test, device=device)
    chunks = []
    with torch.no_grad():
        for k in range(len(Xt) // 256):
            chunks.append(model(Xt[k * 256:(k + 1) * 256]).cpu())
    return torch.cat(chunks).numpy()
"""),
    _e("m6_images_and_labels_shuffled_by_two_draws", "a6_cnn", "train_and_predict",
       "each epoch the images and the labels are shuffled by two calls rng.shuffle(X_np) and rng.shuffle(y_np) "
       "on the same generator, as if they drew the same order: the second call continues the random stream and "
       "draws another permutation, so the images no longer match their labels and the model learns nothing "
       "(one permutation indexing both is needed)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    X_np, y_np = X_train.copy(), y_train.copy()
    for epoch in range(15):
        rng.shuffle(X_np)
        rng.shuffle(y_np)
        X = torch.tensor(X_np, device=device)
        y = torch.tensor(y_np, device=device)
        model.train()
        for start in range(0, len(y), 64):
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[start:start + 64]), y[start:start + 64])
            loss.backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("m7_resbwd_projection_dx_term_missing", "a7_architectures", "residual_block_backward",
       "the identity shortcut adds dz to dx (in the else branch), but the projection branch only fills "
       "grads['Ws'] and grads['bs']: with a projection shortcut dx misses dz @ Ws.T, the gradient reaching x "
       "through the shortcut (the identity case and every parameter gradient right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {}
    grads["W2"] = h.T @ dz
    grads["b2"] = np.sum(dz, axis=0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = np.sum(da1, axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = np.sum(dz, axis=0)
    else:
        dx = dx + dz
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    _e("m7_fc_to_conv_dot_t_reverses_every_axis", "a7_architectures", "fc_to_conv",
       "W is reshaped to (C, H, W, M) and transposed with .T to bring the filter axis first, but .T reverses "
       "every axis: the filters come back (M, W, H, C) instead of (M, C, H, W) (transpose(3, 0, 1, 2) is "
       "meant)", """
def fc_to_conv(W, b, in_shape):
    C, H, W_in = in_shape
    M = W.shape[1]
    w = W.reshape(C, H, W_in, M).T
    return w, b.copy()
"""),
    _e("m7_score_map_weight_matrix_shadowed", "a7_architectures", "fc_score_map",
       "in_shape is unpacked as C, H, W = in_shape, which rebinds W, the name of the weight matrix, to the "
       "input width: fc_to_conv(W, b, in_shape) is then given an int and raises (AttributeError) instead of "
       "converting the weights; another name for the width is needed", """
def fc_score_map(x, W, b, in_shape):
    C, H, W = in_shape
    N, _, H2, W2 = x.shape
    w, bias = fc_to_conv(W, b, in_shape)
    M = w.shape[0]
    out = np.zeros((N, M, H2 - H + 1, W2 - W + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W + 1):
            window = x[:, :, i:i + H, j:j + W]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3])) + bias
    return out
"""),
    _e("m7_gap_forward_keepdims", "a7_architectures", "global_avg_pool_forward",
       "the means are taken with keepdims=True: the output is (N, C, 1, 1) instead of (N, C) (the cache, the "
       "input's shape, right)", """
def global_avg_pool_forward(x):
    out = np.mean(x, axis=(2, 3), keepdims=True)
    return out, x.shape
"""),
    _e("m7_saliency_upstream_w2_rows_summed", "a7_architectures", "saliency_map",
       "the hidden layer's upstream gradient is W2.sum(axis=1), the same for every example: the gradient of the "
       "sum of all class scores, y never used, instead of W2[:, y[n]] for each example's own class", """
def saliency_map(x, params, y):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    hidden_in = x_flat @ W1 + b1
    upstream = W2.sum(axis=1)
    dhidden = upstream * (hidden_in > 0)
    dx = (dhidden @ W1.T).reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
""", catalogued="saliency_of_all_scores"),
    _e("m7_mdn_logsumexp_max_not_added_back", "a7_architectures", "mdn_nll",
       "the log-sum-exp over the components subtracts each row's largest term before np.exp but never adds it "
       "back: log_lik = log(sum exp(terms - m)) instead of m + log(sum exp(terms - m)), so the loss is off by "
       "the mean of the rows' maxima (the responsibilities, and so the gradients, right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    z = (y[:, None] - mu) / sigma
    log_terms = log_pi - log_std - 0.5 * np.log(2 * np.pi) - 0.5 * z ** 2
    m = log_terms.max(axis=1, keepdims=True)
    log_lik = np.log(np.sum(np.exp(log_terms - m), axis=1, keepdims=True))
    loss = -np.mean(log_lik)
    gamma = np.exp(log_terms - m - log_lik)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("m8_crop_generator_recreated_per_image", "a8_pipeline", "random_crop",
       "rng = np.random.default_rng(seed) is created inside the loop over the images: every image draws the "
       "same first two numbers, so the whole batch is cut at one offset instead of each image at its own", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), mode="constant")
    crops = np.zeros((N, C, size, size), dtype=x.dtype)
    for n in range(N):
        rng = np.random.default_rng(seed)
        top = rng.integers(0, H + 2 * padding - size + 1)
        left = rng.integers(0, W + 2 * padding - size + 1)
        crops[n] = padded[n, :, top:top + size, left:left + size]
    return crops
""", catalogued="crop_same_offset_for_batch"),
    _e("m8_flip_mask_multiplies_mirrored_batch", "a8_pipeline", "random_flip",
       "the flip is written arithmetically, coin[:, None, None, None] * x[..., ::-1], without the other term "
       "(1 - coin) * x: the chosen images are mirrored, but every image not chosen becomes all zeros instead of "
       "staying as it was", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coin = (rng.random(x.shape[0]) < p).astype(x.dtype)
    return coin[:, None, None, None] * x[..., ::-1]
"""),
    _e("m8_normalize_mean_image_test_not_centred", "a8_pipeline", "normalize_splits",
       "the training split is centred before the mode is looked at, but the test split is centred only in the "
       "standardize branch: mode 'mean_image' returns the test split unchanged, without the training mean "
       "subtracted (standardize right)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean_image = np.mean(X_train, axis=0)
    X_train = X_train - mean_image
    if mode == "mean_image":
        return X_train, X_test
    std = np.std(X_train, axis=0)
    X_test = (X_test - mean_image) / (std + eps)
    return X_train / (std + eps), X_test
"""),
    _e("m8_early_stopping_min_delta_added", "a8_pipeline", "early_stopping",
       "an improvement is tested as loss < best + min_delta: min_delta is added instead of subtracted, so a "
       "loss up to min_delta worse than the best still counts as an improvement (and becomes the new best); "
       "right when min_delta is 0", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_epoch = 0
    epochs_without_improvement = 0
    for epoch in range(len(val_losses)):
        if val_losses[epoch] < best_loss + min_delta:
            best_loss = val_losses[epoch]
            best_epoch = epoch
            epochs_without_improvement = 0
        else:
            epochs_without_improvement += 1
        if epochs_without_improvement >= patience:
            return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("m8_log_grid_ten_to_linspace_of_bounds", "a8_pipeline", "log_grid",
       "the grid is 10 ** np.linspace(low, high, n): the bounds are used as exponents, so it runs from 10**low "
       "to 10**high (about 1 for bounds like 1e-5 and 1e-2), where their logarithms are to be spaced: 10 ** "
       "np.linspace(log10(low), log10(high), n)", """
def log_grid(low, high, n):
    exponents = np.linspace(low, high, n)
    return 10.0 ** exponents
""", catalogued="log_grid_bounds_as_exponents"),
    _e("m8_train_test_split_reshaped_with_train_length", "a8_pipeline", "train_and_predict",
       "copy-paste slip in the flattening: the test split is reshaped with the training split's length, "
       "X_test.reshape(n_train, -1), which raises ValueError when the sizes do not divide (and gives rows that "
       "are not test images when they do); X_test.reshape(len(X_test), -1) is meant", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    n_train = X_train.shape[0]
    X = X_train.reshape(n_train, -1)
    T = X_test.reshape(n_train, -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    n_classes = int(np.max(y_train)) + 1
    W = np.zeros((X.shape[1], n_classes))
    b = np.zeros(n_classes)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        order = rng.permutation(n_train)
        for start in range(0, n_train, 64):
            rows = order[start:start + 64]
            scores = X[rows] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(rows)), y_train[rows]] -= 1
            probs /= len(rows)
            W -= 0.1 * X[rows].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT13_CORRECT: list[Entry] = [
    _e("m1_correct_affine_backward_tensordot", "a1_backprop", "affine_backward",
       "correct: dx and dw as np.tensordot contractions (over M, then over the batch), db as a row of ones times "
       "dout", """
def affine_backward(dout, cache):
    x, w, b = cache
    x_rows = x.reshape(x.shape[0], -1)
    dx = np.tensordot(dout, w, axes=(1, 1)).reshape(x.shape)
    dw = np.tensordot(x_rows, dout, axes=(0, 0))
    db = np.ones(dout.shape[0]) @ dout
    return dx, dw, db
"""),
    _e("m2_correct_noise_std_exp_log", "a2_optim", "gradient_noise_std",
       "correct: sqrt(eta / (1 + step)**gamma) computed in log space, exp(0.5 * (log(eta) - gamma * "
       "log1p(step)))", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    return math.exp(0.5 * (math.log(eta) - gamma * math.log1p(step)))
"""),
    _e("m3_correct_conv_transpose_zero_insertion", "a3_conv", "conv_transpose_forward",
       "correct: the transposed convolution as a plain cross-correlation: stride - 1 zeros inserted between the "
       "input pixels, a border of kernel - 1 zeros, the kernel flipped, then the full output cropped by pad and "
       "the bias added", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    dilated = np.zeros((N, C, (H - 1) * stride + 1, (W - 1) * stride + 1))
    dilated[:, :, ::stride, ::stride] = x
    padded = np.pad(dilated, ((0, 0), (0, 0), (HH - 1, HH - 1), (WW - 1, WW - 1)))
    kernel = w[:, :, ::-1, ::-1]
    windows = sliding_window_view(padded, (HH, WW), axis=(2, 3))
    full = np.einsum("nchwij,cfij->nfhw", windows, kernel)
    Hf, Wf = full.shape[2], full.shape[3]
    return full[:, :, pad:Hf - pad, pad:Wf - pad] + b[None, :, None, None]
"""),
    _e("m4_correct_stats_expit_dispatch", "a4_init", "activation_statistics",
       "correct: the activation picked from a dict (scipy.special.expit for the sigmoid, np.clip for the ReLU), "
       "the moments with np.average", """
def activation_statistics(X, weights, activation):
    from scipy.special import expit
    act = {"sigmoid": expit, "tanh": np.tanh, "relu": lambda z: np.clip(z, 0, None),
           "linear": np.positive}[activation]
    means, variances = [], []
    h = X
    for W in weights:
        h = act(np.matmul(h, W))
        m = np.average(h)
        means.append(m)
        variances.append(np.average(np.square(h - m)))
    return np.array(means), np.array(variances)
"""),
    _e("m5_correct_groupnorm_via_layernorm", "a5_normalization", "groupnorm_forward",
       "correct: each (image, group) flattened to a row of a (N * groups, -1) matrix and normalized by "
       "layernorm_forward with unit scale and no shift; its x_hat and inv_std reshaped to the documented cache, "
       "gamma and beta applied per channel", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    N, C, H, W = x.shape
    rows = x.reshape(N * groups, -1)
    M = rows.shape[1]
    _, (x_hat_rows, _, inv_std_rows) = layernorm_forward(rows, np.ones(M), np.zeros(M),
                                                         {"eps": gn_param.get("eps", 1e-5)})
    x_hat = x_hat_rows.reshape(N, C, H, W)
    out = x_hat * gamma[:, None, None] + beta[:, None, None]
    return out, (x_hat, gamma, inv_std_rows.reshape(N, groups, 1), groups)
"""),
    _e("m7_correct_mdn_scipy_logsumexp", "a7_architectures", "mdn_nll",
       "correct: the mixture's log-likelihood with scipy.special.log_softmax and logsumexp, the responsibilities "
       "as exp(log_joint - log_lik), the standardized residual written with exp(-log_std)", """
def mdn_nll(y, logits, mu, log_std):
    from scipy.special import log_softmax, logsumexp, softmax
    N = len(y)
    log_pi = log_softmax(logits, axis=1)
    z = (y[:, None] - mu) * np.exp(-log_std)
    log_joint = log_pi - log_std - 0.5 * z ** 2 - 0.5 * np.log(2 * np.pi)
    log_lik = logsumexp(log_joint, axis=1, keepdims=True)
    resp = np.exp(log_joint - log_lik)
    loss = -log_lik.sum() / N
    dlogits = (softmax(logits, axis=1) - resp) / N
    dmu = -resp * z * np.exp(-log_std) / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("m8_correct_update_ratio_vdot", "a8_pipeline", "update_ratio",
       "correct: |lr| times the square root of the ratio of the squared Frobenius norms, each np.vdot of an "
       "array with itself", """
def update_ratio(W, dW, lr):
    return abs(lr) * math.sqrt(np.vdot(dW, dW) / np.vdot(W, W))
"""),
]

JUDGED_ON13 = "2026-12-04 on commit 2f1779c"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout13 on commit 2f1779c (JUDGED_ON13), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT12 (and JUDGEMENT11 .. JUDGEMENT8): a diagnosis with a
# false statement anywhere is misleading, and so is one whose observation is true but whose explanation of it names
# only mechanisms that are not there (as_if's "config['rho'] is ignored" where rho is used, rescaled_per_example's
# normalization for rows that are constant); a departure naming a line where the mistake is not, is misleading, but
# one that names the line that uses a wrong value and then "or in `n_decays`, set by line N" (the mistake) is right;
# a loop departure without a statement is right only when the loop is small and the mistake clearly in it (the
# one-statement window loop, not the whole training loop); a generic hedge beside a right diagnosis is tolerated; a
# catalogued entry whose name is not given is judged by its diagnoses (right where one points at the cause); an
# error raised by Python, NumPy or torch is the comparison, not the check's message; a6's diagnoses read from the
# training are judged by whether the fitting, the steps and the cause they state are there; a checklist that lists
# the cause among many is vague.
JUDGEMENT13: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # departure names line 217 `out = np.dot(x_rows, w) + b.reshape(-1, 1)` raising ("the mistake is in that line");
    # shape_error beside it: "NumPy matches (3, 6) and (6, 1) ... differ at axis 0" (true)
    "m1_affine_bias_as_column": ("right", ("departure", "shape_error"), ""),
    "m1_affine_dx_reshape_result_discarded": ("named", (), ""),
    # departure on the large-scores test names `one_hot = np.eye(N)[y]` raising IndexError ("the mistake is in that
    # line"); index_error's hedge beside it ("an index counted from 1 ..., or one computed with another axis's
    # length?") is generic; shape_error on the first test is true
    "m1_ce_one_hot_eye_of_batch_size": ("right", ("departure",), ""),
    # departure names line 216, the loss line ("your `loss` is inf where 1.38849 is right")
    "m1_bce_loss_target_and_probs_swapped": ("right", ("departure",), ""),
    # rescaled_per_example: "yours is, for each of the 3 examples, the expected times a number plus a number ...: a
    # normalization of each example (min-max, or by its mean and std) applied where none is asked, or one left out?":
    # true only as 0 times the expected plus a constant (each row's entries all equal the sum of its row's partial
    # derivatives); no normalization is there
    "m1_numgrad_rows_perturbed_together": ("misleading", (), (
        "rescaled_per_example blames a normalization of each example (none is there); ideal: every entry of a row of "
        "grad is the same number, the sum of the row's partial derivatives: x[i] is a whole row, so the loop over "
        "range(len(x)) shifts every entry of the row at once; visit each entry (np.ndindex(x.shape))")),
    "m1_mlp_reg_grads_overwritten_by_backprop": ("named", (), ""),
    # a2_optim
    # no name or diagnosis; the check's message says it: "sgd changed its argument w in place (e.g. `w += v` or
    # `w -= lr * dw` writes into the caller's array): compute the new weights into a new array"
    "m2_sgd_updates_w_in_place": ("check_message", (), (
        "w -= learning_rate * dw writes the step into the caller's w, which is then returned: every returned array "
        "is the same one; compute next_w = w - learning_rate * dw")),
    # as_if: "yours is what the correct adadelta() returns if config['rho'] were 1: config['rho'] is ignored (used as
    # if it were one)": the values fit (acc_delta and acc_grad grow alike, so every step is dw itself, as with rho 1),
    # but rho is used; one_slip on the default-config test: "a factor missing, where step is computed": no factor is
    # missing; the cause is the order of the lines
    "m2_adadelta_step_before_acc_grad_update": ("misleading", (), (
        "as_if says rho is ignored and one_slip that a factor is missing (both false); ideal: the step divides by "
        "acc_grad before this call's dw ** 2 is added to it, so acc_grad and acc_delta stay equal and every step is "
        "dw itself; update acc_grad first, then compute the step")),
    # departure names the return line "or in `n_decays`, set by line 235: `n_decays = round(step / step_size)`"
    "m2_step_lr_rounds_to_nearest": ("right", ("departure",), ""),
    # loop departure on the whole training loop (lines 239-245: the epochs, the permutation, the slice, the step, the
    # history), "or in linear_regression_gradient() that it calls", no statement named; history NaN (true)
    "m2_minibatch_slice_end_not_offset": ("vague", (), (
        "every batch after the first is empty: perm[start:batch_size] ends at batch_size, not start + batch_size, "
        "and the mean gradient of no rows is 0 / 0 (nan); slice perm[start:start + batch_size]")),
    # catalogued cosine_lr_off_by_one not named; shifted_steps on both tests: "each step of yours ... equals the
    # expected's previous one: you are one step behind (the value before the update is returned, or the count starts
    # one too early)" (true: (step - 1) / total_steps)
    "m2_cosine_lr_steps_counted_from_one": ("right", ("shifted_steps",), ""),
    "m2_adam_moments_read_under_other_keys": ("named", (), ""),
    # a3_conv
    # one_slip: "the term `+ 1` missing"
    "m3_transposed_size_span_missing_plus_one": ("right", ("one_slip",), ""),
    # departure names the return line "or in `weights`, set by line 280: `weights = (in_channels // groups) *
    # (out_channels // groups) * kh * kw`" (12 where 30 is right on the depthwise test: true)
    "m3_param_count_groups_divides_both_channels": ("right", ("departure",), ""),
    # loop departure on the window loop (lines 284-289: four loop headers, then `hs, ws = ...` and the one line that
    # computes out[n, f, i, j]), whose reads it lists (x, not x_pad); shape_error on the other test is true
    "m3_conv_naive_windows_from_unpadded_x": ("right", ("departure",), ""),
    # one_slip: "the factor `* s` missing (or it is one in yours), where idx[:, :, i, j] is computed (the same slip in
    # two places)"
    "m3_pool_indices_window_offset_without_stride": ("right", ("one_slip",), ""),
    # one_slip: "the error ... the correct code raises with one slip ...: `/ s` where `// s` is meant"
    "m3_avgpool_output_size_true_division": ("right", ("one_slip",), ""),
    # catalogued dx_assigned_not_accumulated not named; only the comparison (dx off on both tests)
    "m3_conv_bwd_scalar_loops_dx_assigned": ("nothing", (), (
        "dx_assigned_not_accumulated: dx_pad[n, :, window] = w[f] * dout[n, f, i, j] assigns each window's share, "
        "so overlapping windows and later filters overwrite it; add it with +=")),
    # a4_init
    # only the comparison: "the grader could not use your return value (ValueError: ... inhomogeneous shape ...);
    # check the number and kind of values your function returns" (generic), then TypeErrors "'float' and 'tuple'"
    # raised in the functions that use the fans
    "m4_fans_receptive_field_as_tuple": ("nothing", (), (
        "for a conv weight the fans come back as tuples: shape[2:] is the tuple (kh, kw), and in_channels * (kh, kw) "
        "repeats it; multiply by the receptive field's size, math.prod(shape[2:])")),
    # as_if: "yours is what the correct he_std() returns if shape[0] were shape[1] (256): one entry of shape is used
    # where another is meant" (true: np.prod(shape[1:]) is M for (D, M))
    "m4_he_std_fan_in_from_trailing_axes": ("right", ("as_if",), ""),
    # departure names the only line, `return rng.normal(0.0, std, size=shape[0] * shape[1]).reshape(shape)`, raising
    "m4_xavier_normal_size_from_first_two_axes": ("right", ("departure",), ""),
    "m4_uniform_centred_draws_scaled_by_std": ("named", (), ""),
    "m4_xavier_uniform_seeded_rng_unused": ("named", (), ""),
    # loop departure, then "On its first pass, line 99: `h = np.where(z > 0, z, 0.01 * z)` is the first to compute a
    # value the correct code never computes ...: look there first"
    "m4_stats_relu_written_leaky": ("right", ("departure",), ""),
    # a5_normalization
    # shape_error on the train-then-test test alone: "NumPy matches (5, 4) and (8, 4) ... differ at axis 0" (true:
    # the running mean became (8, 4)); the rest the comparison (running_mean shape (5, 3) for (3,))
    "m5_bn_statistics_over_features_axis1": ("vague", (), (
        "the mean and variance are taken over axis 1, each row's own features (layer norm's statistics), so out is "
        "wrong and the running averages become (N, D); batch norm's statistics are over the batch, axis 0")),
    # one_slip: "the factor `/ N` missing (or it is one in yours), where dx is computed"
    "m5_bn_bwd_dmu_not_divided_by_n": ("right", ("one_slip",), ""),
    # departure names `dx = dx_flat.reshape(N, C, H, W)`: "the right values in another order (a reshape or transpose
    # in the wrong order?)"
    "m5_spatial_bwd_dx_reshaped_without_transpose": ("right", ("departure",), ""),
    # as_if: "yours is what the correct groupnorm_forward() returns if groups were 1: groups is ignored (used as if it
    # were one)": the values fit (2 images and 2 groups: each row of x.reshape(groups, -1) is one whole image), but
    # groups is used, as the number of rows over the whole batch
    "m5_gn_statistics_across_the_batch": ("misleading", (), (
        "as_if says groups is ignored (false: it is used); ideal: x.reshape(groups, -1) leaves out the batch axis, "
        "so each row is a block of the whole batch (here one whole image, as if groups were 1); reshape to (N, "
        "groups, -1) so each image's groups are normalized apart")),
    "m5_dropout_vanilla_scaled_at_test": ("named", (), ""),
    # no name or diagnosis; the check's message says it: "layernorm_forward changed its argument x in place (e.g. ...
    # `x -= ...`, writes into the caller's array)"
    "m5_ln_centres_x_in_place": ("check_message", (), (
        "x -= x.mean(axis=1, keepdims=True) centres the caller's x in place; compute xc = x - mean, a new array")),
    # a6_cnn
    # torch_error: "numpy() was called on a tensor that requires grad: predict under torch.no_grad(), or call
    # .detach() first"
    "m6_numpy_of_tensor_requiring_grad": ("right", ("torch_error",), ""),
    # labels_not_images on the digits test: "the training loss fell only from 360.98 to 166.06 over 300 steps (ln 10
    # = 2.30, what guessing gives) ...: X and y are shuffled or indexed apart": false (they are indexed together; the
    # losses are sums over 64 images); loss_rose on the two others ("jumped from 101 ... to 1.09e+03: the steps are
    # too large (learning rate 0.1)") is near the cause
    "m6_summed_loss_with_sgd_diverges": ("misleading", ("loss_rose",), (
        "labels_not_images says X and y are indexed apart (false); ideal: the loss is summed over the batch, so its "
        "gradients and SGD's steps at lr 0.1 are 64 times those of the mean loss and training blows up; take the "
        "mean (.mean()) or divide the rate")),
    # catalogued untrained_model not named; zero_gradients_at_step on all three tests: "at 300 of its 300 optimizer
    # steps every gradient was zero: the gradients are cleared between loss.backward() and optimizer.step()" (true:
    # the next iteration's zero_grad() comes before its step())
    "m6_step_called_before_backward": ("right", ("zero_gradients_at_step",), ""),
    # fits_batches_not_predictions on the shapes test: "the training loss fell from 1.26 to 0.02 ..., yet it predicts
    # 200 of those same training images ... at accuracy 0.57: what reaches the model when it predicts differs from
    # what it trained on (...), or the model that predicts is not the one that trained (...)": the 200 images are
    # spread over the whole training set, most never trained on, and neither cause is there
    "m6_batch_index_used_as_offset": ("misleading", (), (
        "fits_batches_not_predictions blames other inputs at prediction or another model (both false); ideal: the "
        "batches are X[i:i + 64] with i the batch's number, not its offset: they overlap by 63 rows and only the "
        "first n_batches + 63 images are ever trained on; slice X[i * 64:(i + 1) * 64]")),
    # no name or diagnosis; the check's message says it: "expected logits of shape (739, classes), got shape (512,
    # 10)" (fewer rows than test images come back: 2 chunks of 256), as k6_returns_max_values_not_logits
    "m6_test_chunks_remainder_dropped": ("check_message", (), (
        "range(len(X_test) // 256) leaves out the last, partial chunk: 512 of 739 rows come back (and none, so "
        "torch.cat raises, for fewer than 256 images); loop over range(0, len(X_test), 256)")),
    # catalogued labels_shuffled not named; loss_flat: "the training loss stayed at about 2.31 over 300 steps ...: the
    # model learned nothing from its batches, as when a batch's labels are not those of its images: index X and y
    # with the same indices (one permutation for both)"
    "m6_images_and_labels_shuffled_by_two_draws": ("right", ("loss_flat",), ""),
    # a7_architectures
    "m7_resbwd_projection_dx_term_missing": ("named", (), ""),
    # axes_permuted: "the expected with its axes in the order (0, 3, 2, 1)" (true: .T gives (M, W, H, C)); departure
    # names `w = W.reshape(C, H, W_in, M).T` ("the same entries in another order")
    "m7_fc_to_conv_dot_t_reverses_every_axis": ("right", ("axes_permuted", "departure"), ""),
    # departure names `w, bias = fc_to_conv(W, b, in_shape)`: "what that line reads (W, b, in_shape) agrees with the
    # correct code ...: the mistake is in that line, or in fc_to_conv() that it calls": W is the int width there
    # (rebound by `C, H, W = in_shape` two lines above, the mistake), the weight matrix in the correct code
    "m7_score_map_weight_matrix_shadowed": ("misleading", (), (
        "departure says W agrees with the correct code and the mistake is in the fc_to_conv line or in fc_to_conv() "
        "(false); ideal: `C, H, W = in_shape` rebinds W, the weight matrix, to the input width, so fc_to_conv gets "
        "an int; name the width otherwise (W_in)")),
    # reshaped: "your values are right but your shape is (2, 3, 1, 1) where (2, 3) is expected: ... (keepdims=True"
    "m7_gap_forward_keepdims": ("right", ("reshaped",), ""),
    "m7_saliency_upstream_w2_rows_summed": ("named", (), ""),
    # departure names `loss = -np.mean(log_lik)` ("your loss is -0.0377659 where 5.27137 is right"), whose log_lik is
    # a value the correct code computes (the log-sum before the maximum is added back); the student's gamma reads
    # log_lik as shifted, so the loss line is where m is to be added back
    "m7_mdn_logsumexp_max_not_added_back": ("right", ("departure",), ""),
    # a8_pipeline
    "m8_crop_generator_recreated_per_image": ("named", (), ""),
    # no name or diagnosis; the check's message "every output image must be its input or the input with its last
    # axis reversed" does not say that the images not chosen come back all zeros
    "m8_flip_mask_multiplies_mirrored_batch": ("nothing", (), (
        "the images not chosen come back all zeros: coin * x[..., ::-1] keeps only the flipped ones; add (1 - coin) "
        "* x, or pick with np.where(coin, x[..., ::-1], x)")),
    # returned_input: "yours is X_test (an argument of normalize_splits()), unchanged: the computation is missing"
    "m8_normalize_mean_image_test_not_centred": ("right", ("returned_input",), ""),
    # min_delta_ignored named: "min_delta is ignored ... (loss < best - min_delta)": false, min_delta is used (added)
    "m8_early_stopping_min_delta_added": ("wrong_name", (), (
        "min_delta_ignored says min_delta is ignored (false: it is added); ideal: loss < best + min_delta counts a "
        "loss up to min_delta worse than the best as an improvement; subtract it, loss < best - min_delta")),
    "m8_log_grid_ten_to_linspace_of_bounds": ("named", (), ""),
    # departure names `T = X_test.reshape(n_train, -1)` raising ("`X_test` has shape (12, 1, 3, 3)")
    "m8_train_test_split_reshaped_with_train_length": ("right", ("departure",), ""),
}
# Counts (2f1779c): named 10, right 23 (named or right 33/48 = 69%; not in the catalogue: right 20/34 = 59%; the 14
# catalogued: 10 named, 3 right, 1 nothing), misleading 6, vague 2, nothing 3, wrong_name 1, check_message 3,
# not_caught 0.
# HOLDOUT13_CORRECT: all seven full marks.

HOLDOUT13 = [replace(e, verdict=JUDGEMENT13[e.id][0], expected=frozenset(JUDGEMENT13[e.id][1]),
                     ideal=JUDGEMENT13[e.id][2]) if e.id in JUDGEMENT13 else e for e in HOLDOUT13]
