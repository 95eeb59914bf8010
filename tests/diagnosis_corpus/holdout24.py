"""A 24th hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 000e40a (JUDGED_ON24, JUDGEMENT24 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout24.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT24 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT24_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT24: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("l1_affine_fwd_flatten_by_last_axis", "a1_backprop", "affine_forward",
       "each input is flattened with x.reshape(-1, x.shape[-1]) (the last axis taken as the row length): right for a "
       "2-D x, but a (N, d1, ..., dk) x becomes N * d1 * ... * d(k-1) rows of length dk, so the product with w fails "
       "or mixes examples", """
def affine_forward(x, w, b):
    # flatten everything but the feature axis
    rows = x.reshape(-1, x.shape[-1])
    out = rows @ w + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("l1_affine_bwd_dw_outer_product_of_sums", "a1_backprop", "affine_backward",
       "dw is 'vectorized' as the outer product of the batch sums, np.outer(x_flat.sum(0), dout.sum(0)), instead of "
       "the sum over the batch of the per-example outer products x_flat.T @ dout: right only for a batch of one row "
       "(dx and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    x_flat = x.reshape(x.shape[0], -1)
    dx = np.dot(dout, w.T).reshape(x.shape)
    # dW = x^T dout, summed over the batch
    dw = np.outer(x_flat.sum(axis=0), dout.sum(axis=0))
    db = dout.sum(axis=0)
    return dx, dw, db
"""),
    _e("l1_ce_grad_minus_one_on_whole_label_columns", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot is subtracted as dscores[:, y] -= 1, which indexes whole columns: every row loses 1 at every "
       "class that is some row's label (once per distinct label), instead of only at its own label "
       "(dscores[np.arange(N), y]); the loss is right", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    z = scores - np.max(scores, axis=1, keepdims=True)
    logZ = np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    logp = z - logZ
    loss = -np.sum(logp[np.arange(N), y]) / N
    dscores = np.exp(logp)
    dscores[:, y] -= 1
    dscores /= N
    return loss, dscores
"""),
    _e("l1_linreg_solves_gram_of_rows", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are set up with the (N, N) Gram matrix of the rows, w = X.T @ solve(X @ X.T, y) (the "
       "minimum-norm formula for N <= D): for N > D, X X^T is singular, so the solve fails or returns noise instead of "
       "solve(X.T @ X, X.T @ y)", """
def linear_regression_closed_form(X, y):
    G = X @ X.T
    alpha = np.linalg.solve(G, y)
    w = X.T @ alpha
    return w
"""),
    _e("l1_mse_grad_over_count_factor_two_lost", "a1_backprop", "mse_loss",
       "the gradient is written as the residual over the element count, (pred - target) / n, the factor 2 of "
       "d/dp (p - t)**2 lost (the loss, a mean of squares, right)", """
def mse_loss(pred, target):
    n = np.prod(pred.shape)
    r = np.subtract(pred, target)
    loss = float(np.sum(r * r) / n)
    dpred = r / n
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    _e("l1_ce_onehot_gradient_not_over_n", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is the mean over the rows, but dscores = softmax - one_hot is returned without the division by N: "
       "the gradient of the summed loss, N times too large", """
def softmax_cross_entropy_loss(scores, y):
    N, C = scores.shape
    onehot = np.zeros((N, C))
    onehot[np.arange(N), y] = 1.0
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(np.sum(log_probs * onehot, axis=1))
    dscores = np.exp(log_probs) - onehot
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    # ------------------------------------------------------------------ a2_optim
    _e("l2_momentum_velocity_kept_in_local", "a2_optim", "sgd_momentum",
       "the velocity is computed into a local variable and used for the step, but never written back to "
       "config['velocity']: every call starts again from zero velocity (plain SGD)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    velocity = config.get("velocity")
    if velocity is None:
        velocity = np.zeros_like(w)
    velocity = config["momentum"] * velocity - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w + velocity
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("l2_step_lr_counts_steps_from_one", "a2_optim", "step_lr",
       "the schedule counts the steps from 1 (n_decays = (step + 1) // step_size): the rate drops one step early, at "
       "step step_size - 1 instead of step_size", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = (step + 1) // step_size   # steps done so far
    lr = base_lr
    for _ in range(n_decays):
        lr *= gamma
    return lr
""", catalogued="step_lr_off_by_one"),
    _e("l2_adam_t_stored_incremented_again", "a2_optim", "adam",
       "the step count is incremented for use (t = stored t + 1) and then stored as t + 1, so it grows by 2 per call: "
       "from the second call on the bias corrections use a too large t (the moments right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    beta1, beta2 = config["beta1"], config["beta2"]
    grad = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = beta1 * config.get("m", np.zeros_like(w)) + (1 - beta1) * grad
    v = beta2 * config.get("v", np.zeros_like(w)) + (1 - beta2) * grad * grad
    mhat = m / (1 - beta1 ** t)
    vhat = v / (1 - beta2 ** t)
    next_w = w - config["learning_rate"] * mhat / (np.sqrt(vhat) + config["epsilon"])
    config["m"], config["v"] = m, v
    config["t"] = t + 1
    return next_w, config
"""),
    _e("l2_rmsprop_cache_of_raw_dw", "a2_optim", "rmsprop",
       "the squared-gradient cache accumulates the raw dw**2 while the step uses the decayed gradient g = dw + "
       "weight_decay * w: with weight decay the step is divided by the root mean square of a different gradient "
       "(right without decay)", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    decay = config["decay_rate"]
    cache = config.get("cache", np.zeros_like(w))
    cache = decay * cache + (1 - decay) * dw * dw
    config["cache"] = cache
    g = _gradient(w, dw, config)
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("l2_cosine_progress_over_total_minus_one", "a2_optim", "cosine_lr",
       "the progress is step / (total_steps - 1) ('the last step index'): min_lr is reached at step total_steps - 1 "
       "and every rate in between is a little low (step total_steps overshoots past min_lr back up)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / (total_steps - 1)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
"""),
    _e("l2_minibatch_batch_count_plus_one", "a2_optim", "minibatch_sgd",
       "the number of batches per epoch is n // batch_size + 1: when batch_size divides N the last batch is empty, "
       "its gradient a 0 / 0 (nan) that poisons the weights, and one update too many is recorded", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    history = []
    n = len(X)
    n_batches = n // batch_size + 1
    for epoch in range(epochs):
        perm = rng.permutation(n)
        for k in range(n_batches):
            batch = perm[k * batch_size:(k + 1) * batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            history.append(w.copy())
    return np.array(history)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("l3_conv_bwd_windows_at_unit_steps", "a3_conv", "conv_backward_naive",
       "the windows of the backward pass start at (i, j) instead of (i * stride, j * stride): with stride > 1 dw and "
       "dx gather and scatter at the wrong input positions (db and stride 1 right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    pad = conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Hout, Wout = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    dx_pad = np.zeros(x_pad.shape)
    dw = np.zeros(w.shape)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for r in range(Hout):
                for c in range(Wout):
                    g = dout[n, f, r, c]
                    dw[f] += g * x_pad[n, :, r:r + HH, c:c + WW]
                    dx_pad[n, :, r:r + HH, c:c + WW] += g * w[f]
    dx = dx_pad[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="backward_ignores_stride"),
    _e("l3_receptive_field_adds_kernel_growth_only", "a3_conv", "receptive_field",
       "each layer adds d * (k - 1) to the receptive field, never multiplied by the product of the strides of the "
       "layers below (the jump): right only for stride-1 stacks", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1 for _ in kernel_sizes]
    rf = 1
    for layer, k in enumerate(kernel_sizes):
        rf = rf + dilations[layer] * (k - 1)
    return rf
""", catalogued="receptive_field_ignores_stride"),
    _e("l3_conv_fast_stride_on_kernel_axes", "a3_conv", "conv_forward_fast",
       "the stride is applied to the last two axes of the sliding_window_view, [..., ::stride, ::stride], which are "
       "the kernel offsets, not the window positions (axes 2 and 3): with stride > 1 every window position is kept "
       "and the kernel is subsampled, so the product with w fails or is wrong", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))      # (N, C, Ho, Wo, HH, WW)
    win = win[..., ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", win, w) + b.reshape(1, -1, 1, 1)
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("l3_multiply_count_output_squared", "a3_conv", "conv_multiply_count",
       "the output size is squared, output_size ** 2, as if it were always an int: a (oh, ow) pair raises a "
       "TypeError instead of giving oh * ow (the kernel pair is unpacked right)", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    if isinstance(kernel_size, int):
        kernel_size = (kernel_size, kernel_size)
    per_output = in_channels * kernel_size[0] * kernel_size[1]
    return per_output * out_channels * output_size ** 2
"""),
    _e("l3_dsep_multiply_depthwise_counted_dense", "a3_conv", "depthwise_separable_multiply_count",
       "the depthwise stage is counted like a standard conv from in_channels to in_channels (each of the in_channels "
       "filters over all in_channels inputs), oh*ow*C*C*kh*kw, instead of one kernel per channel, oh*ow*C*kh*kw "
       "(the pointwise stage right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    depthwise = conv_multiply_count(in_channels, in_channels, kernel_size, output_size)
    pointwise = conv_multiply_count(in_channels, out_channels, 1, output_size)
    return depthwise + pointwise
"""),
    _e("l3_conv_naive_bias_added_per_channel", "a3_conv", "conv_forward_naive",
       "the convolution loops over the input channels and adds the bias inside that loop, once per channel: each "
       "output gets C * b[f] instead of b[f] (right only for one input channel)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for c in range(C):
                for i in range(H_out):
                    for j in range(W_out):
                        patch = x_pad[n, c, i * stride:i * stride + HH, j * stride:j * stride + WW]
                        out[n, f, i, j] += np.sum(patch * w[f, c]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    # ------------------------------------------------------------------ a4_init
    _e("l4_xavier_std_without_root", "a4_init", "xavier_std",
       "the square root is left out in both modes: gain * 2 / (fan_in + fan_out) and gain / fan_in, the variance "
       "returned where the standard deviation is asked for", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2.0 if mode == "fan_avg" else float(fan_in)
    var = 1.0 / n
    return gain * var
""", catalogued="variance_used_as_std"),
    _e("l4_fans_read_from_the_ends", "a4_init", "compute_fans",
       "the fans are read as (last axis, first axis) for both layouts: (M, D) for a linear (D, M) weight, and for a "
       "conv weight out_channels * receptive as fan_in, in_channels * receptive as fan_out (swapped)", """
def compute_fans(shape):
    shape = tuple(shape)
    receptive = 1
    for k in shape[2:]:
        receptive *= k
    fan_out_axis, fan_in_axis = shape[0], shape[1]
    if len(shape) == 2:
        return shape[-1], shape[0]
    return fan_out_axis * receptive, fan_in_axis * receptive
""", catalogued="fans_swapped"),
    _e("l4_he_normal_absolute_values", "a4_init", "he_normal",
       "the normal draws are passed through np.abs ('negative weights would be killed by the ReLU'): the weights "
       "are a half-normal, all positive, with mean about 0.8 * std and a variance about 0.36 of he_std**2", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(loc=0.0, scale=he_std(shape), size=shape)
    return np.abs(w)
"""),
    _e("l4_stats_tanh_as_sigmoid_not_doubled", "a4_init", "activation_statistics",
       "tanh is written through the sigmoid as 2 * sigmoid(z) - 1, which is tanh(z / 2) (the identity is "
       "2 * sigmoid(2 z) - 1): the 'tanh' layers are less saturated than they should be "
       "(the other activations right)", """
def activation_statistics(X, weights, activation):
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))
    table = {"sigmoid": sig, "tanh": lambda z: 2.0 * sig(z) - 1.0,
             "relu": lambda z: np.where(z > 0, z, 0.0), "linear": lambda z: z}
    f = table[activation]
    h = X
    mean_per_layer, var_per_layer = [], []
    for W in weights:
        h = f(h @ W)
        mean_per_layer.append(h.mean())
        var_per_layer.append(h.var())
    return np.array(mean_per_layer), np.array(var_per_layer)
"""),
    _e("l4_uniform_centred_draws_times_bound", "a4_init", "xavier_uniform",
       "the uniform draws are centred, rng.random(shape) - 0.5, and multiplied by the bound a = sqrt(3) * std: that "
       "is U(-a/2, a/2), with half the range and a quarter of the variance (the factor 2 of 2 * (u - 0.5) lost)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    limit = np.sqrt(3.0) * xavier_std(shape, mode=mode, gain=gain)
    return (rng.random(shape) - 0.5) * limit
"""),
    _e("l4_xavier_std_modes_swapped", "a4_init", "xavier_std",
       "the two branches are swapped: mode 'fan_avg' returns gain * sqrt(1 / fan_in) and 'fan_in' returns gain * "
       "sqrt(2 / (fan_in + fan_out)) (right only when fan_in == fan_out)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        denom = (fan_in + fan_out) / 2
    else:
        denom = fan_in
    return gain / math.sqrt(denom)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("l5_bn_eps_added_to_std", "a5_normalization", "batchnorm_forward",
       "in train mode eps is added to the standard deviation, 1 / (std + eps), instead of inside the square root, "
       "1 / sqrt(var + eps): features with a tiny variance are blown up (test mode and running averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mean = np.mean(x, axis=0)
        centered = x - mean
        var = np.mean(centered ** 2, axis=0)
        std = np.sqrt(var)
        inv_std = 1.0 / (std + eps)
        x_hat = centered * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mean
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("l5_dropout_bwd_mask_as_bool", "a5_normalization", "dropout_backward",
       "the cached mask (kept units 1 / p) is turned into booleans before it multiplies dout: the kept units' "
       "gradient loses its 1 / p scale", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    keep = cache.astype(bool)
    return np.where(keep, dout, 0.0)
""", catalogued="dropout_backward_drops_scale"),
    _e("l5_bn_gamma_beta_swapped", "a5_normalization", "batchnorm_forward",
       "the scale and shift are swapped in train mode, out = beta * x_hat + gamma: the output is scaled by beta and "
       "shifted by gamma (the cache and running averages right, test mode right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    out, cache = None, None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = beta * x_hat + gamma
        cache = (x_hat, gamma, inv_std)
        n = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * x.var(axis=0, ddof=1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("l5_bn_bwd_dmu_sign_flipped", "a5_normalization", "batchnorm_backward",
       "in the staged backward pass the direct term of dmu is taken with a plus sign, +sum(dx_hat * inv_std), "
       "instead of -sum(dx_hat * inv_std) (d(x - mu)/dmu = -1): dx is off by 2 * mean(dx_hat) * inv_std per feature "
       "(dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    xmu = x_hat / inv_std
    dvar = np.sum(dxhat * xmu, axis=0) * (-0.5) * inv_std ** 3
    dmu = np.sum(dxhat * inv_std, axis=0) + dvar * np.mean(-2.0 * xmu, axis=0)
    dx = dxhat * inv_std + dvar * 2.0 * xmu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("l5_l2_returns_gradient_first", "a5_normalization", "l2_penalty",
       "the pair is returned in the wrong order, (gradient, penalty) instead of (penalty, gradient) (both values "
       "right)", """
def l2_penalty(W, reg):
    penalty = 0.5 * reg * np.sum(W * W)
    dW = reg * W
    return dW, penalty
"""),
    _e("l5_gn_cache_xhat_left_grouped", "a5_normalization", "groupnorm_forward",
       "x_hat is stored in the cache in its grouped (N, groups, C // groups * H * W) shape, only the output reshaped "
       "back: out is right, but the backward pass multiplies dout (N, C, H, W) with a differently shaped x_hat", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mean = xg.mean(axis=2, keepdims=True)
    var = xg.var(axis=2, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (xg - mean) * inv_std
    out = gamma[None, :, None, None] * x_hat.reshape(N, C, H, W) + beta[None, :, None, None]
    cache = (x_hat, gamma, inv_std, groups)
    return out, cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("l6_labels_shuffled_in_place_with_numpy", "a6_cnn", "train_and_predict",
       "the labels are shuffled on their own with np.random.shuffle(y) ('shuffle the training set') while the images "
       "keep their order: every image is trained on a random label, so the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    np.random.seed(seed)
    torch.manual_seed(seed)
    y_train = y_train.copy()
    np.random.shuffle(y_train)          # shuffle the training data
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.from_numpy(X_train), torch.from_numpy(y_train)
    for epoch in range(5):
        model.train()
        for idx in torch.randperm(len(y)).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.from_numpy(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("l6_adam_weight_decay_one", "a6_cnn", "train_and_predict",
       "Adam is given weight_decay=1.0 ('turn weight decay on'): an L2 coefficient of 1 pulls every weight to zero "
       "far harder than the data pulls, so the network stays near chance", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=1.0)
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
    _e("l6_full_batch_fifteen_steps", "a6_cnn", "train_and_predict",
       "the batch size is set to the whole training set (batch = len(X_train)), so the 15 epochs are only 15 "
       "gradient steps: the network is far from trained when it predicts", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    batch = len(X)   # the data set is small, use it all at once
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(15):
        model.train()
        perm = torch.randperm(len(y))
        for start in range(0, len(y), batch):
            idx = perm[start:start + batch]
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("l6_step_lr_stepped_every_batch", "a6_cnn", "train_and_predict",
       "a StepLR(step_size=1, gamma=0.5) meant to halve the rate every epoch is stepped after every batch: after a "
       "few dozen batches the learning rate is about 0 and training stalls", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)   # halve every epoch
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("l6_test_images_transposed", "a6_cnn", "train_and_predict",
       "the test images are passed through np.transpose(X_test, (0, 1, 3, 2)) ('to the same layout as the training "
       "tensor'), which swaps their height and width: the model, trained on upright images, predicts on mirrored "
       "and rotated ones", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    test = np.ascontiguousarray(np.transpose(X_test, (0, 1, 3, 2)))   # N, C, H, W
    with torch.no_grad():
        return model(torch.tensor(test)).numpy()
"""),
    _e("l6_label_smoothing_as_keep_fraction", "a6_cnn", "train_and_predict",
       "cross_entropy is called with label_smoothing=0.9 (read as 'keep 90% on the true class'): 90% of the target "
       "mass is spread uniformly, so the true class's target is barely above the others and the logits carry "
       "little signal", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx], label_smoothing=0.9)
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("l7_resbwd_dx_residual_branch_only", "a7_architectures", "residual_block_backward",
       "dx is only the gradient through the residual branch, da1 @ W1.T: the shortcut's share (dz for the identity, "
       "dz @ Ws.T for a projection) is never added, though the projection's own weight gradients are", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    grads = {}
    dz = dout.copy()
    dz[z <= 0] = 0
    grads["W2"] = h.T @ dz
    grads["b2"] = np.sum(dz, axis=0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh *= scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = np.sum(da1, axis=0)
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = np.sum(dz, axis=0)
    dx = da1 @ params["W1"].T
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    _e("l7_gap_bwd_broadcast_undivided", "a7_architectures", "global_avg_pool_backward",
       "the upstream gradient is broadcast to every position with np.broadcast_to and copied, but never divided by "
       "H * W, the area the forward pass averaged over", """
def global_avg_pool_backward(dout, cache):
    shape = cache
    dx = np.broadcast_to(dout[..., np.newaxis, np.newaxis], shape).copy()
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("l7_resblock_dropout_on_second_layer", "a7_architectures", "residual_block_forward",
       "the dropout mask is applied to the second affine layer's output h @ W2 + b2 (before the shortcut is added) "
       "instead of to the hidden ReLU output h: the wrong units are dropped, and the (N, H) mask does not fit when "
       "M != H", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    branch = h @ params["W2"] + params["b2"]
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        branch = branch * scale
    if "Ws" in params:
        shortcut = x @ params["Ws"] + params["bs"]
    else:
        shortcut = x
    z = branch + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("l7_saliency_upstream_is_scores", "a7_architectures", "saliency_map",
       "the backward pass starts from the scores themselves (dscores = scores, the gradient of 0.5 * ||scores||**2) "
       "instead of a one-hot at each example's class y[n]: the saliency mixes every class, weighted by its score", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    a1 = flat @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scores = h @ params["W2"] + params["b2"]
    dscores = scores.copy()
    dh = dscores @ params["W2"].T
    da1 = dh * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
"""),
    _e("l7_nll_dlogstd_not_over_n", "a7_architectures", "gaussian_nll",
       "dlog_std is 1 - r**2 / var without the division by N, though the loss is a mean over the rows (dmu is "
       "divided): the log-std gradient is N times too large", """
def gaussian_nll(y, mu, log_std):
    N = len(y)
    inv_var = np.exp(-2.0 * log_std)
    diff = y - mu
    per_row = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * diff ** 2 * inv_var, axis=1)
    loss = per_row.mean()
    dmu = -diff * inv_var / N
    dlog_std = 1.0 - diff ** 2 * inv_var
    return loss, dmu, dlog_std
"""),
    _e("l7_mdn_dmu_times_std", "a7_architectures", "mdn_nll",
       "dmu multiplies the standardized residual z by the standard deviation, -gamma * z * sigma / N, instead of "
       "dividing by it (d/dmu of 0.5 z**2 is -z / sigma): right only where sigma = 1 "
       "(loss, dlogits, dlog_std right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_comp = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    mx = log_comp.max(axis=1, keepdims=True)
    log_lik = mx + np.log(np.sum(np.exp(log_comp - mx), axis=1, keepdims=True))
    loss = -np.mean(log_lik)
    resp = np.exp(log_comp - log_lik)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z * sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("l8_crop_offsets_high_exclusive", "a8_pipeline", "random_crop",
       "the offsets are drawn with rng.integers(0, H + 2 * padding - size), whose upper bound is excluded: the last "
       "offset (the window at the bottom / right border) is never drawn", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    top = rng.integers(0, H + 2 * padding - size, size=N)
    left = rng.integers(0, W + 2 * padding - size, size=N)
    xp = np.pad(x, [(0, 0), (0, 0), (padding, padding), (padding, padding)], mode="constant")
    crops = []
    for n in range(N):
        crops.append(xp[n, :, top[n]:top[n] + size, left[n]:left[n] + size])
    return np.stack(crops)
""", catalogued="crop_offset_off_by_one"),
    _e("l8_early_min_delta_unused", "a8_pipeline", "early_stopping",
       "the improvement test is loss < best: min_delta is accepted as an argument but never used, so any decrease, "
       "however small, resets the patience", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_idx = 0
    bad_epochs = 0
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss:
            best_loss = val_losses[i]
            best_idx = i
            bad_epochs = 0
        else:
            bad_epochs += 1
        if bad_epochs == patience:
            return i, weights[best_idx]
    return len(val_losses) - 1, weights[best_idx]
""", catalogued="min_delta_ignored"),
    _e("l8_warmup_from_zero_ratio", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is the fraction step / warmup_steps of base_lr: step 0 gets a rate of 0 and base_lr is reached "
       "one step late ((step + 1) / warmup_steps intended); the cosine part right", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        frac = step / warmup_steps
        return frac * base_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    cosine = 0.5 * (1 + math.cos(math.pi * progress))
    return min_lr + (base_lr - min_lr) * cosine
""", catalogued="warmup_starts_at_zero"),
    _e("l8_normalize_returns_splits_swapped", "a8_pipeline", "normalize_splits",
       "the normalized splits are returned in the wrong order, (X_test, X_train) instead of (X_train, X_test) "
       "(statistics from the training split, both splits normalized right)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mu = np.mean(X_train, axis=0)
    tr = X_train - mu
    te = X_test - mu
    if mode == "standardize":
        sd = np.std(X_train, axis=0) + eps
        tr = tr / sd
        te = te / sd
    return te, tr
"""),
    _e("l8_param_stats_update_ratio_left_out", "a8_pipeline", "parameter_statistics",
       "each entry holds the four moments only, [mean W, std W, mean dW, std dW]: the fifth statistic, "
       "update_ratio(W, dW, lr), is forgotten (lr unused)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W, dW = params[name], grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(dW), np.std(dW)])
    return stats
"""),
    _e("l8_train_classes_from_max_label", "a8_pipeline", "train_and_predict",
       "the number of classes is taken as y_train.max() (the largest label) instead of y_train.max() + 1: W has one "
       "column too few, and the one-hot step at the last class indexes past it (IndexError)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    K = int(np.max(y_train))
    W = np.zeros((X.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    N = X.shape[0]
    for epoch in range(20):
        order = rng.permutation(N)
        for s in range(0, N, 64):
            batch = order[s:s + 64]
            xb, yb = X[batch], y_train[batch]
            logits = xb @ W + b
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1
            p /= len(batch)
            W -= 0.1 * (xb.T @ p)
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT24_CORRECT: list[Entry] = [
    _e("l1_correct_relu_bwd_heaviside_zero", "a1_backprop", "relu_backward",
       "correct: the local derivative as np.heaviside(x, 0.0), the step function with value 0 at exactly 0", """
def relu_backward(dout, cache):
    return dout * np.heaviside(cache, 0.0)
"""),
    _e("l2_correct_momentum_velocity_updated_on_copy", "a2_optim", "sgd_momentum",
       "correct: the stored velocity copied (np.array), decayed with *= and decreased with -= on that copy, then "
       "stored back", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = np.array(config.get("velocity", np.zeros_like(w)), dtype=float)
    v *= config["momentum"]
    v -= config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
"""),
    _e("l3_correct_maxpool_fwd_as_strided", "a3_conv", "max_pool_forward",
       "correct: the pooling windows built with numpy's as_strided (window strides s times the row and column "
       "strides), the maximum over the last two axes", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    xc = np.ascontiguousarray(x)
    sn, sc, sh, sw = xc.strides
    windows = np.lib.stride_tricks.as_strided(
        xc, shape=(N, C, Ho, Wo, ph, pw), strides=(sn, sc, sh * s, sw * s, sh, sw), writeable=False)
    out = windows.max(axis=(4, 5)).astype(float)
    return out, (x, pool_param)
"""),
    _e("l4_correct_fans_star_unpacking", "a4_init", "compute_fans",
       "correct: the conv shape unpacked as out_c, in_c, *kernel and the receptive field as int(np.prod(kernel))", """
def compute_fans(shape):
    if len(shape) == 2:
        d, m = shape
        return d, m
    out_c, in_c, *kernel = shape
    receptive = int(np.prod(kernel))
    return in_c * receptive, out_c * receptive
"""),
    _e("l5_correct_l2_penalty_tensordot", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as a full tensordot of W with itself (axes=W.ndim)", """
def l2_penalty(W, reg):
    sq = float(np.tensordot(W, W, axes=W.ndim))
    return 0.5 * reg * sq, reg * W
"""),
    _e("l7_correct_gap_fwd_einsum", "a7_architectures", "global_avg_pool_forward",
       "correct: the per-map sums as einsum('nchw->nc') divided by the area H * W, the shape cached", """
def global_avg_pool_forward(x):
    N, C, H, W = x.shape
    return np.einsum("nchw->nc", x) / (H * W), x.shape
"""),
    _e("l8_correct_update_ratio_root_sums", "a8_pipeline", "update_ratio",
       "correct: both Frobenius norms written as square roots of sums of squares, |lr| taken out of the numerator", """
def update_ratio(W, dW, lr):
    return abs(lr) * math.sqrt(float(np.sum(dW * dW))) / math.sqrt(float(np.sum(W * W)))
"""),
]

JUDGED_ON24 = "2026-12-05 on commit 000e40a"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout24 on commit 000e40a (JUDGED_ON24), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT23 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one naming the line that uses a
# wrong value with, as its alternative, the variable that holds the mistake; a one_slip stated in the correct code's
# text that is the student's arithmetic written another way is right; a catalogued entry whose name is not given is
# judged by its diagnoses; an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the
# comparison (nothing); checklists that list the cause among many are vague, one of few causes tolerated; where only
# the grader test's own message names the cause the verdict is check_message. New here: a departure shown for one
# output (grads['W1']) whose "by up to" is that of the first call of a function called twice (the second layer's dw
# in a two-layer net: 0.825 and 1.51, where grads['W1'] is off by 0.513 and 1.91) is true (recomputed on the tests'
# seeded inputs); shape_error's "NumPy matches (5, 4) and (5, 8) axis by axis, and they differ at axis 1" only
# restates NumPy's broadcasting error (nothing); few_steps' "your code took 15 optimizer steps while training on
# 18870 images (15.0 epochs ...): one step for every 1258 images, a whole epoch or more. Take one step per
# mini-batch (zero_grad, backward, step inside the batch loop)" is right where the batch is the whole training set
# (one step per 1258 images is the cause; the parenthetical is advice, not a claim about the code); loss_flat's "the
# model learned nothing from its batches" with its three guesses (labels apart from their images, steps that do not
# reach the weights, a learning rate too small) is misleading where the model learns (0.66 and 0.61 accuracy) and
# the loss is held up by something else (weight_decay=1.0, label_smoothing=0.9); index_error's generic checklist ("an
# index counted from 1 ..., or a range one step too long, or one computed with another axis's length?") where the
# index is right and the array one column too short is vague, as f3_conv_bwd_fast_kernel_offsets_swapped in
# JUDGEMENT20; handed_wrong_input's closing "Your groupnorm_forward() returns a tuple at [1] ...; the correct one
# returns a tuple of 4 items there", where the student's is a tuple of 4 items too, says nothing false (right);
# missing_term's "+2 x b ...: it is added 2 times too many (e.g. a bias added inside a loop over channels, or not
# added at all)" states the cause first and is right.
JUDGEMENT24: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # no diagnosis: only the error, "affine_forward() raised ValueError: matmul: Input operand 1 has a mismatch in its
    # core dimension 0 ... (size 20 is different from 5)".
    "l1_affine_fwd_flatten_by_last_axis": (
        "nothing", (),
        "x.reshape(-1, x.shape[-1]) takes the last axis as the row length: a (N, d1, ..., dk) x becomes rows of dk = 5 "
        "values where w expects rows of D = 20 (the product of all the axes but the first), so the product with w "
        "fails; flatten each example, x.reshape(x.shape[0], -1)."),
    # departure (every test): "`dw`, set by line 219: `dw = np.outer(x_flat.sum(axis=0), dout.sum(axis=0))`. What that
    # line reads (dout, x_flat) agrees with the correct code; your `dw` differs from the right value (by up to 4.09)
    # ... the mistake is in that line" (0.825 and 1.51 on the MLP tests: the second layer's dw, the first call).
    "l1_affine_bwd_dw_outer_product_of_sums": ("right", ("departure",), ""),
    # departure (every test): "`dscores`, set by line 221: `dscores[:, y] -= 1`. What that line reads (dscores, y)
    # agrees ...; your `dscores` differs from the right value (by up to 1) ... the mistake is in that line".
    "l1_ce_grad_minus_one_on_whole_label_columns": ("right", ("departure",), ""),
    # no diagnosis: only the comparison ("w: 4 of 4 element(s) outside tolerance ...: got 0.5, expected 1.124594681").
    "l1_linreg_solves_gram_of_rows": (
        "nothing", (),
        "w = X.T @ solve(X @ X.T, y) solves with the (20, 20) Gram matrix of the rows, of rank 4 for 20 points in 4 "
        "dimensions: it is singular, so what comes back is noise (0.5 where 1.12); solve the normal equations "
        "np.linalg.solve(X.T @ X, X.T @ y)."),
    "l1_mse_grad_over_count_factor_two_lost": ("named", (), ""),
    "l1_ce_onehot_gradient_not_over_n": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    "l2_momentum_velocity_kept_in_local": ("named", (), ""),
    "l2_step_lr_counts_steps_from_one": ("named", (), ""),
    # departure (every test): "`config['t']`, set by line 249: `config["t"] = t + 1`. What that line reads (t; ...)
    # agrees with the correct code; your `config['t']` is 2 where 1 is right ... the mistake is in that line, or in
    # what `config` holds".
    "l2_adam_t_stored_incremented_again": ("right", ("departure",), ""),
    # departure: "`cache`, set by line 241: `cache = decay * cache + (1 - decay) * dw * dw`. In it, `(1 - decay) * dw *
    # dw` is the first part whose value the correct code never computes ... the mistake is in that line" (as
    # d2_adagrad_cache_of_raw_dw in JUDGEMENT18).
    "l2_rmsprop_cache_of_raw_dw": ("right", ("departure",), ""),
    # no diagnosis: only the trajectories ("lr leaves the expected trajectory at step 2 of 21: ... got 0.09932488452,
    # expected 0.09939057286").
    "l2_cosine_progress_over_total_minus_one": (
        "nothing", (),
        "progress = step / (total_steps - 1) reaches min_lr at step total_steps - 1, not total_steps: every rate after "
        "the first is a little low (0.0993249 where 0.0993906 at step 1); the progress is step / total_steps."),
    # one_slip: "`n + 1` where `n` is meant (off by one)": range(0, n + 1, batch_size) gives the same extra, empty
    # batch as n // batch_size + 1 batches (8 updates where 6), the student's arithmetic written another way.
    "l2_minibatch_batch_count_plus_one": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a3_conv
    "l3_conv_bwd_windows_at_unit_steps": ("named", (), ""),
    "l3_receptive_field_adds_kernel_growth_only": ("named", (), ""),
    # only the error on the first test; departure on the non-square test: "`win`, set by line 286: `win = win[...,
    # ::stride, ::stride]` ... your `win` has shape (2, 2, 11, 11, 2, 3) where the right value has (2, 2, 6, 6, 3, 5)
    # ... the mistake is in that line".
    "l3_conv_fast_stride_on_kernel_axes": ("right", ("departure",), ""),
    # departure: "line 285: `return per_output * out_channels * output_size ** 2` raises the error (at `output_size **
    # 2`) ...; the mistake is in that line".
    "l3_multiply_count_output_squared": ("right", ("departure",), ""),
    # departure: "line 284: `return depthwise + pointwise` ... returns 11625 where 10275 is right: the mistake is in
    # that line, or in `depthwise`, set by line 282: `depthwise = conv_multiply_count(in_channels, in_channels, ...)`,
    # or in `pointwise`" (675 + 9600 right, 2025 + 9600 yours: the depthwise line).
    "l3_dsep_multiply_depthwise_counted_dense": ("right", ("departure",), ""),
    # missing_term: "yours differs from the expected by +2 x b (an argument of conv_forward_naive()), spread along its
    # axis: it is added 2 times too many (e.g. a bias added inside a loop over channels, ...)" (C = 3; +1 x b where
    # C = 2); the loop departure beside it ("the loop at lines 289-295 ... by up to 5.11") is true.
    "l3_conv_naive_bias_added_per_channel": ("right", ("missing_term",), ""),
    # ------------------------------------------------------------------ a4_init
    "l4_xavier_std_without_root": ("named", (), ""),
    "l4_fans_read_from_the_ends": ("named", (), ""),
    # departure: "line 92: `return np.abs(w)`. What that line reads (w) agrees with the correct code; what it returns
    # differs from the right value (by up to 0.773): the mistake is in that line".
    "l4_he_normal_absolute_values": ("right", ("departure",), ""),
    # loop departure: "the loop at lines 96-99 ... the mistake is in that loop, or in `f`, set by line 93: `f =
    # table[activation]`. On its first pass, line 97: `h = f(h @ W)` is the first to compute a value the correct code
    # never computes, though what it reads then (W, h) agrees": the line that uses f, and f, which holds the mistake.
    "l4_stats_tanh_as_sigmoid_not_doubled": ("right", ("departure",), ""),
    # scaled: "yours is half the expected: a factor 2 is missing (...; a range from 0 to a is half as wide as one from
    # -a to a)"; on the gain-2 test "fits more than one cause: half the expected ...; or 1/gain" (two causes).
    "l4_uniform_centred_draws_times_bound": ("right", ("scaled",), ""),
    # one_slip (every test): "`mode != "fan_avg"` where `mode == "fan_avg"` is meant": the branches swapped.
    "l4_xavier_std_modes_swapped": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "l5_bn_eps_added_to_std": ("named", (), ""),
    "l5_dropout_bwd_mask_as_bool": ("named", (), ""),
    # departure (three tests): "`out`, set by line 230: `out = beta * x_hat + gamma` ... (by up to 6.07) ... the
    # mistake is in that line, or in the condition at line 225".
    "l5_bn_gamma_beta_swapped": ("right", ("departure",), ""),
    # one_slip: "either of two slips ...: `N - dmu` where `N + dmu` is meant, where dx is computed; or a `-` missing":
    # dmu's sign reversed in dx, or the minus of -(dx_hat * inv_std).sum missing (the cause).
    "l5_bn_bwd_dmu_sign_flipped": ("right", ("one_slip",), ""),
    # departure: "line 220: `return dW, penalty` ... has shape (6, 4) where the right value has () (its part 1 is what
    # the correct code returns as part 2: are the parts returned in another order?)".
    "l5_l2_returns_gradient_first": ("right", ("departure",), ""),
    # handed_wrong_input: "your groupnorm_backward() is the correct code's own, yet it raises an error here: it was
    # handed `cache` from your groupnorm_forward(). The mistake is in what groupnorm_forward() returns there (what it
    # holds, its layout or its shapes)"; the error names the shapes (2,6,3,3) (2,2,27).
    "l5_gn_cache_xhat_left_grouped": ("right", ("handed_wrong_input",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled not named; loss_flat on both accuracy tests: "the training loss stayed at about 2.26
    # over 100 steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its
    # images (...), steps that do not reach the model's weights (...), or a learning rate too small?": the first of
    # three, the cause.
    "l6_labels_shuffled_in_place_with_numpy": ("right", ("loss_flat",), ""),
    # loss_flat on both accuracy tests: "the training loss stayed at about 2.06 over 300 steps ...: the model learned
    # nothing from its batches. A batch's labels not those of its images ..., steps that do not reach the model's
    # weights ..., or a learning rate too small for them to move?": it learned some (0.66 digits, 0.45 shapes); none
    # of the three is there.
    "l6_adam_weight_decay_one": (
        "misleading", (),
        "loss_flat says the model learned nothing and blames labels, lost steps or a small rate (false); ideal: Adam's "
        "weight_decay=1.0 adds 1.0 * w to every gradient, a pull to zero far stronger than the data's, so the loss "
        "stays at 2.06 and the accuracy at 0.66; use a small coefficient (1e-4) or none."),
    # few_steps on both accuracy tests: "your code took 15 optimizer steps while training on 18870 images (15.0 epochs
    # of the 1258 of X_train): one step for every 1258 images, a whole epoch or more. Take one step per mini-batch".
    "l6_full_batch_fifteen_steps": ("right", ("few_steps",), ""),
    # learning_rate_collapsed: "the learning rate fell from 0.003 to 2.34e-05 by step 8 of 300 (and to 5.59e-12 within
    # the first 30) ... A scheduler meant to decay it every few epochs is stepped every batch (scheduler.step() belongs
    # after each epoch)" (0.003 * 0.5**7, 0.003 * 0.5**29: exact).
    "l6_step_lr_stepped_every_batch": ("right", ("learning_rate_collapsed",), ""),
    # fits_batches_not_predictions on both accuracy tests: "the training loss fell from 2.11 to 0.04 ..., yet it
    # predicts 200 of those same training images ... at accuracy 0.09: what reaches the model when it predicts differs
    # from what it trained on (the images scaled or standardized ..., or another layout), ...": the first of three,
    # "another layout" the transpose.
    "l6_test_images_transposed": ("right", ("fits_batches_not_predictions",), ""),
    # loss_flat on the shapes test: "the training loss stayed at about 1.38 over 225 steps (ln 4 = 1.39 ...): the
    # model learned nothing from its batches. A batch's labels not those of its images ..., or a learning rate too
    # small?": it learned (0.61 on shapes, the digits passed); the smoothed targets keep the loss near ln 4.
    "l6_label_smoothing_as_keep_fraction": (
        "misleading", (),
        "loss_flat says the model learned nothing and blames labels, lost steps or a small rate (false); ideal: "
        "label_smoothing=0.9 moves 90% of each target to the uniform distribution (the true class 0.325 of 4 where "
        "0.25 is uniform), so the loss cannot fall much below ln 4 and the logits carry little signal; "
        "label_smoothing is the fraction taken off the true class: 0.1 (or none) is meant."),
    # ------------------------------------------------------------------ a7_architectures
    "l7_resbwd_dx_residual_branch_only": ("named", (), ""),
    "l7_gap_bwd_broadcast_undivided": ("named", (), ""),
    # shape_error only: "the error: NumPy matches (5, 4) and (5, 8) axis by axis, and they differ at axis 1 (4 against
    # 8) where neither is 1" (NumPy's broadcasting error restated).
    "l7_resblock_dropout_on_second_layer": (
        "nothing", (),
        "the dropout scale, sized (N, H) for the hidden h (8 units), multiplies the branch output h @ W2 + b2 (N, M), "
        "4 wide: the shapes do not fit ((5, 4) and (5, 8)), and where they do the wrong units are dropped; multiply "
        "h by the scale before h @ W2."),
    # departure (every test): "line 179: `h = np.maximum(a1, 0)` computes `h`, a value the correct code never computes
    # ... at line 181, `dscores = scores.copy()`, your `dscores` differs from the right value (by up to 4.05), and with
    # the correct code's `dscores` (one-hot: a single 1 in each row) there, the rest of your function returns the
    # expected saliency: the mistake is in how lines 179-181 compute `dscores`" (the correct code never computes h).
    "l7_saliency_upstream_is_scores": ("right", ("departure",), ""),
    # scaled (both tests): "every entry is N=6 times the expected, N being the batch size: did you forget to divide by
    # the batch size?" (N=8 on the small-std test).
    "l7_nll_dlogstd_not_over_n": ("right", ("scaled",), ""),
    # one_slip (every test): "`z *` where `z /` is meant, where dmu is computed".
    "l7_mdn_dmu_times_std": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "l8_crop_offsets_high_exclusive": ("named", (), ""),
    "l8_early_min_delta_unused": ("named", (), ""),
    "l8_warmup_from_zero_ratio": ("named", (), ""),
    # departure (every test): "line 172: `return te, tr` ... has shape (15, 2, 3, 3) where the right value has (40, 2,
    # 3, 3) (its part 1 is what the correct code returns as part 2: are the parts returned in another order?)".
    "l8_normalize_returns_splits_swapped": ("right", ("departure",), ""),
    # fewer_steps: "yours has 4 rows (steps) where 5 are expected, and your first 4 match the expected's: steps are
    # missing (a last, shorter batch of each epoch dropped, or a loop that stops early)": no steps, batches or loop;
    # a statistic is left out (as j8_log_grid_n_minus_one_points in JUDGEMENT23).
    "l8_param_stats_update_ratio_left_out": (
        "misleading", (),
        "each entry holds four statistics, [mean W, std W, mean dW, std dW], where five are asked: the fifth, "
        "update_ratio(W, dW, lr), is left out (lr is never used); append it."),
    # index_error only (every test): "index 2 on axis 1 of an array of 2 is one past its last entry (at 1): an index
    # counted from 1 where Python counts from 0 (or a range one step too long), or one computed with another axis's
    # length ...?": IndexError's generic checklist, no line; the index (the label) is right, the array too short.
    "l8_train_classes_from_max_label": (
        "vague", (),
        "K = int(np.max(y_train)) takes the largest label for the number of classes: labels 0..K are K + 1 classes, "
        "so W has one column too few and p[np.arange(len(batch)), yb] indexes past it at the last class; use "
        "int(np.max(y_train)) + 1."),
}
# Counts: named 15, right 25 (named or right 40/48 = 83%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 15 named, the other, l6_labels_shuffled_in_place_with_numpy, right by its diagnosis), misleading 3,
# vague 1, nothing 4, wrong_name 0, check_message 0, not_caught 0. HOLDOUT24_CORRECT: all 7 earn full marks.

HOLDOUT24 = [replace(e, verdict=JUDGEMENT24[e.id][0], expected=frozenset(JUDGEMENT24[e.id][1]),
                     ideal=JUDGEMENT24[e.id][2]) if e.id in JUDGEMENT24 else e for e in HOLDOUT24]
