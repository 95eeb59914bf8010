"""A forty-first hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 9ad71cc (JUDGED_ON41, JUDGEMENT41 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout41.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT41 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT41_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT41: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qp1_mse_grad_ndindex_loop_no_two", "a1_backprop", "mse_loss",
       "an element-by-element loop over np.ndindex accumulates the squared residuals (the loss right), but each "
       "entry of dpred is r / n, the residual over the element count: the factor 2 of d/dp (p - t)**2 is missing "
       "(2 r / n is meant)", """
def mse_loss(pred, target):
    n = pred.size
    loss = 0.0
    dpred = np.zeros_like(pred, dtype=float)
    for idx in np.ndindex(pred.shape):
        r = pred[idx] - target[idx]
        loss += r * r
        dpred[idx] = r / n          # d(r^2)/dpred, averaged over the elements
    return loss / n, dpred
""", catalogued="mse_gradient_missing_2"),
    _e("qp1_ce_take_along_axis_grad_without_onehot", "a1_backprop", "softmax_cross_entropy_loss",
       "a stable log-softmax whose correct-class entries are read with np.take_along_axis (the loss right), but "
       "dscores is exp(log_probs) / N, the softmax alone: the one-hot labels are never subtracted, so the -1 / N "
       "at each row's correct class is missing", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    logp = scores - scores.max(axis=1, keepdims=True)
    logp = logp - np.log(np.sum(np.exp(logp), axis=1, keepdims=True))
    loss = -np.take_along_axis(logp, y[:, None], axis=1).mean()
    dscores = np.exp(logp) / n      # gradient of the mean loss w.r.t. the scores
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    _e("qp1_mse_flattened_gradient_left_flat", "a1_backprop", "mse_loss",
       "pred and target are flattened with ravel() 'to work on vectors': the loss is right, but dpred is returned "
       "as the flat (N * D,) vector instead of being reshaped back to pred's shape (N, D)", """
def mse_loss(pred, target):
    p, t = pred.ravel(), target.ravel()     # work on flat vectors
    diff = p - t
    loss = diff @ diff / diff.size
    dpred = 2.0 * diff / diff.size
    return loss, dpred
"""),
    _e("qp1_linreg_closed_form_single_precision", "a1_backprop", "linear_regression_closed_form",
       "X and y are cast to float32 ('plenty for a 4-parameter fit') before the normal equations are formed and "
       "solved: X^T X squares X's condition number, so with nearly collinear features single precision loses the "
       "weights' digits; the solve must be done in float64", """
def linear_regression_closed_form(X, y):
    # single precision is plenty for a handful of weights, and faster
    Xf, yf = X.astype(np.float32), y.astype(np.float32)
    w = np.linalg.solve(Xf.T @ Xf, Xf.T @ yf)
    return w.astype(np.float64)
"""),
    _e("qp1_mlp_reg_default_nonzero", "a1_backprop", "two_layer_mlp_loss",
       "wrong default in the signature: reg=1e-3 instead of 0.0, so a call that leaves reg out adds the penalty "
       "0.5 * 1e-3 * (sum(W1**2) + sum(W2**2)) to the loss and 1e-3 * W to the weight gradients (right whenever "
       "reg is passed)", """
def two_layer_mlp_loss(X, params, y=None, reg=1e-3):
    h, cache1 = affine_forward(X, params["W1"], params["b1"])
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    W1, W2 = params["W1"], params["W2"]
    loss += 0.5 * reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    da, dW2, db2 = affine_backward(dscores, cache2)
    dh = relu_backward(da, cache_relu)
    _, dW1, db1 = affine_backward(dh, cache1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("qp1_softmax_rows_divided_by_l2_norm", "a1_backprop", "softmax",
       "the row maximum is subtracted and exponentiated right, but each row is 'normalized' by its Euclidean norm, "
       "np.linalg.norm(e, axis=1): the rows have unit length instead of summing to 1 (divide by e.sum(axis=1, "
       "keepdims=True))", """
def softmax(scores):
    z = scores - np.max(scores, axis=1, keepdims=True)
    e = np.exp(z)
    # normalize each row
    return e / np.linalg.norm(e, axis=1, keepdims=True)
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qp2_momentum_negated_descent_direction", "a2_optim", "sgd_momentum",
       "the gradient is first turned into the descent direction d = -dw and then subtracted again as if it were the "
       "gradient, v = momentum * v - lr * d = momentum * v + lr * dw: every step climbs the gradient", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    direction = -_gradient(w, dw, config)          # the descent direction
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * direction
    config["velocity"] = v
    return w + v, config
""", catalogued="momentum_sign_flipped"),
    _e("qp2_step_lr_decays_at_last_step_of_period", "a2_optim", "step_lr",
       "the decays are counted as the steps s in 0..step with s % step_size == step_size - 1 ('decay at the end of "
       "each period'): that counts the current step as completed, (step + 1) // step_size, so the rate drops one "
       "step early (at step step_size - 1 instead of step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    # one decay at the end of every period: steps step_size - 1, 2 * step_size - 1, ...
    decays = sum(1 for s in range(step + 1) if s % step_size == step_size - 1)
    return base_lr * gamma ** decays
""", catalogued="step_lr_off_by_one"),
    _e("qp2_rmsprop_scalar_mean_square", "a2_optim", "rmsprop",
       "the cache is a running average of np.mean(g**2), one scalar for the whole weight array ('the RMS of the "
       "gradient'), instead of each weight's own decayed squared gradient: every weight's step is divided by the "
       "same number", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    # running mean square of the gradient
    ms = rho * config.get("cache", 0.0) + (1 - rho) * np.mean(g ** 2)
    config["cache"] = ms
    next_w = w - config["learning_rate"] * g / (np.sqrt(ms) + config["epsilon"])
    return next_w, config
"""),
    _e("qp2_nesterov_stores_weight_change_as_velocity", "a2_optim", "nesterov_momentum",
       "the first step is right, but the velocity stored for the next call is the weight change next_w - w "
       "('how far the weights moved'), which for Nesterov is -momentum * v_prev + (1 + momentum) * v, not the "
       "new velocity v = momentum * v_prev - lr * dw: from the second step on the velocity is wrong", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w - mu * v_prev + (1 + mu) * v
    config["velocity"] = next_w - w     # the velocity is how far the weights moved
    return next_w, config
"""),
    _e("qp2_minibatch_generator_without_seed", "a2_optim", "minibatch_sgd",
       "the generator is created with np.random.default_rng() without the seed argument: each call visits the rows "
       "in other orders, so the path is not the one rng = np.random.default_rng(seed) gives (nor reproducible)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng()
    w = w0.astype(float).copy()
    path = []
    n = X.shape[0]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qp2_exponential_lr_floored", "a2_optim", "exponential_lr",
       "the rate is clamped from below, max(base_lr * gamma**step, 1e-2) ('never let the rate vanish'): once "
       "base_lr * gamma**step falls under 0.01 the function returns 0.01 instead of the decayed rate", """
def exponential_lr(base_lr, step, gamma):
    MIN_LR = 1e-2                     # never let the rate vanish
    return max(base_lr * gamma ** step, MIN_LR)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qp3_conv_fwd_kernel_flipud_fliplr", "a3_conv", "conv_forward_naive",
       "each filter channel is flipped with np.flipud(np.fliplr(...)) 'as in the signal-processing definition' "
       "before the windows are multiplied with it: a true convolution instead of the cross-correlation the layers "
       "compute (no kernel flip)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    out = np.zeros((N, F, Ho, Wo))
    for f in range(F):
        # the kernel of a convolution, as in signal processing: flipped in both directions
        kern = np.stack([np.flipud(np.fliplr(w[f, c])) for c in range(C)])
        for i in range(Ho):
            for j in range(Wo):
                patch = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                out[:, f, i, j] = np.sum(patch * kern, axis=(1, 2, 3)) + b[f]
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("qp3_receptive_field_recursive_without_stride", "a3_conv", "receptive_field",
       "the field is written recursively, the field of the layers below plus the last layer's d * (k - 1): the "
       "strides are sliced along but never used, so each layer's growth is not multiplied by the product of the "
       "strides of the layers below it", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    if not kernel_sizes:
        return 1
    # the last layer widens the field of the layers below it by its dilated kernel
    below = receptive_field(kernel_sizes[:-1], strides[:-1], dilations[:-1])
    return below + dilations[-1] * (kernel_sizes[-1] - 1)
""", catalogued="receptive_field_ignores_stride"),
    _e("qp3_output_size_fit_check_undilated", "a3_conv", "conv_output_size",
       "the 'kernel fits' check compares the undilated kernel_size with the padded input: a dilated kernel that "
       "spans more than the input (dilation * (kernel_size - 1) + 1 > size + 2 * padding) passes it, its negative "
       "span divides by stride 1, and a size of 0 or less is returned instead of a ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    padded = input_size + 2 * padding
    if kernel_size > padded:
        raise ValueError("the kernel is larger than the padded input")
    span = padded - dilation * (kernel_size - 1) - 1
    if span % stride != 0:
        raise ValueError("the stride does not tile the padded input")
    return span // stride + 1
"""),
    _e("qp3_conv_bwd_naive_same_padding_assumed", "a3_conv", "conv_backward_naive",
       "the padding is taken as (HH - 1) // 2, the 'same' padding of the kernel, instead of conv_param['pad']: "
       "right when the layer used same padding (pad 1 with a 3x3 kernel), but with pad 0 (or pad 2) the windows are "
       "cut from a differently padded input, so dx and dw are wrong", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride = conv_param["stride"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    pad = (HH - 1) // 2               # 'same' padding for an odd kernel
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    rows = slice(i * stride, i * stride + HH)
                    cols = slice(j * stride, j * stride + WW)
                    dw[f] += xp[n, :, rows, cols] * dout[n, f, i, j]
                    dxp[n, :, rows, cols] += w[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qp3_conv_bwd_fast_slice_stop_last_index", "a3_conv", "conv_backward_fast",
       "in the loop over the kernel offsets dx's strided slice stops at i + stride * (Ho - 1), the index of the last "
       "row it should reach: Python's stop is exclusive, so the slice has Ho - 1 rows (and Wo - 1 columns) and the "
       "(N, C, Ho, Wo) share does not fit (the stop must be i + stride * (Ho - 1) + 1, or i + stride * Ho)", """
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
            # rows i, i + stride, ..., i + stride * (Ho - 1)
            dxp[:, :, i:i + stride * (Ho - 1):stride, j:j + stride * (Wo - 1):stride] += np.einsum(
                "nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qp3_max_unpool_scatter_adds", "a3_conv", "max_unpool",
       "each value is scattered with np.add.at into its plane: where overlapping pooling windows share a maximum its "
       "index comes several times and the value is added once per window, where unpooling places it once "
       "(plain assignment, out[n, c, idx] = values)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.zeros((N, C, H * W))
    for n in range(N):
        for c in range(C):
            # scatter the pooled values back to where they came from
            np.add.at(out[n, c], indices[n, c].ravel(), x[n, c].ravel())
    return out.reshape(N, C, H, W)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qp4_he_normal_module_level_generator", "a4_init", "he_normal",
       "the generator is a module-level variable created on the first call with that call's seed and kept for the "
       "whole run: later calls continue its stream, so the same seed does not give the same weights (make "
       "np.random.default_rng(seed) in each call)", """
_HE_RNG = None


def he_normal(shape, seed):
    global _HE_RNG
    if _HE_RNG is None:               # one generator for the whole run
        _HE_RNG = np.random.default_rng(seed)
    return _HE_RNG.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qp4_xavier_uniform_interp_to_std", "a4_init", "xavier_uniform",
       "the seeded U[0, 1) draws are mapped with np.interp onto [-std, std]: the uniform's bound is the standard "
       "deviation itself, so the draws' variance is std**2 / 3 (the bound must be sqrt(3) * std)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(shape)
    # map [0, 1) linearly onto [-std, std)
    return np.interp(u, [0.0, 1.0], [-std, std])
""", catalogued="uniform_bound_is_std"),
    _e("qp4_activation_stats_extra_fan_in_scaling", "a4_init", "activation_statistics",
       "each layer's pre-activation is divided by sqrt(fan_in), h @ W / sqrt(W.shape[0]) ('keep the scale of the "
       "pre-activations'): the experiment is asked on the weights as given, h = act(h @ W), so every layer's "
       "statistics are those of other weights", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    h, means, variances = X, [], []
    for W in weights:
        z = h @ W / np.sqrt(W.shape[0])      # keep the scale of the pre-activations
        h = act(z)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qp4_compute_fans_reads_argument_as_array", "a4_init", "compute_fans",
       "the argument is taken for the weight array itself, shape = np.shape(shape) ('accept an array as well'): a "
       "shape tuple such as (784, 100) becomes the shape (2,) of a 1-D array, which is not a linear layout, and "
       "the conv branch then indexes past its end (IndexError)", """
def compute_fans(shape):
    shape = np.shape(shape)          # accept a weight array as well
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive
"""),
    _e("qp4_xavier_normal_seed_zero_unseeded", "a4_init", "xavier_normal",
       "the generator is made with default_rng(seed if seed else None) ('no seed, a fresh draw'): seed 0 is falsy, "
       "so two calls with seed 0 draw different weights; 0 is a seed like any other", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed if seed else None)   # no seed: a fresh draw
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
"""),
    _e("qp4_he_std_bias_counted_in_fan_in", "a4_init", "he_std",
       "the bias is counted as one more input, sqrt(2 / (fan_in + 1)): He's std is sqrt(2 / fan_in) with fan_in "
       "from compute_fans (the weights feeding a unit), so every std is slightly too small", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    # the bias is one more input to every unit
    return math.sqrt(2.0 / (fan_in + 1))
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qp5_bn_variance_from_statistics_module", "a5_normalization", "batchnorm_forward",
       "each feature's variance is statistics.variance(column), the sample variance over N - 1: train mode "
       "normalizes with the unbiased variance where batch norm uses the biased one (x.var(axis=0)); only the "
       "running variance takes the unbiased one", """
def batchnorm_forward(x, gamma, beta, bn_param):
    import statistics
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    out, cache = None, None
    if mode == "train":
        mu = x.mean(axis=0)
        var = np.array([statistics.variance(col) for col in x.T])   # variance of each feature
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
    _e("qp5_dropout_drops_exact_share_with_choice", "a5_normalization", "dropout_forward",
       "p is read as the share of units to drop: round(p * size) units chosen with rng.choice(..., replace=False) "
       "are zeroed and the rest scaled by 1 / (1 - p), so about 1 - p of the units are kept where p is the "
       "probability of keeping one", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    dropped = rng.choice(x.size, size=int(round(p * x.size)), replace=False)
    mask = np.full(x.size, 1.0 / (1 - p))
    mask[dropped] = 0.0
    mask = mask.reshape(x.shape)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("qp5_spatial_bn_output_permuted_forward_again", "a5_normalization", "spatial_batchnorm_forward",
       "the (N * H * W, C) output is reshaped to (N, H, W, C) right, but brought back with transpose(0, 2, 3, 1), "
       "the permutation that moved the channels last, instead of its inverse (0, 3, 1, 2): out comes back "
       "(N, W, C, H) instead of (N, C, H, W)", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    order = (0, 2, 3, 1)                      # channels last
    flat = x.transpose(order).reshape(-1, C)
    out, cache = batchnorm_forward(flat, gamma, beta, bn_param)
    out = out.reshape(N, H, W, C).transpose(order)      # and back
    return out, cache
"""),
    _e("qp5_layernorm_scalar_statistics", "a5_normalization", "layernorm_forward",
       "the mean and variance are x.mean() and x.var() over the whole (N, D) batch ('the whole layer'), one scalar "
       "pair, instead of each row's over its D features (axis=1, keepdims=True): the rows are not normalized on "
       "their own", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean()                       # statistics of the whole layer
    inv_std = 1.0 / np.sqrt(x.var() + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("qp5_bn_bwd_staged_dgamma_from_dx_hat", "a5_normalization", "batchnorm_backward",
       "a staged backward pass (dx and dbeta right) whose dgamma is summed from dx_hat * x_hat, where dx_hat = dout * "
       "gamma already carries gamma: dgamma comes out gamma times sum(dout * x_hat) instead of sum(dout * x_hat)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dx_hat * x_hat, axis=0)
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2.0 * dvar * np.mean(x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qp5_groupnorm_eps_without_default", "a5_normalization", "groupnorm_forward",
       "eps is read as gn_param['eps'], without the documented default 1e-5: the gn_param the caller gives is an "
       "empty dict, so the lookup raises KeyError (gn_param.get('eps', 1e-5) is meant)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param["eps"]
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qp6_returns_top1_of_argsort", "a6_cnn", "train_and_predict",
       "the model trains right, but the function returns np.argsort(-logits, axis=1)[:, 0], the top-ranked class of "
       "each test image (shape (M,), integers), instead of the (M, n_classes) logits the grader takes the argmax "
       "of", """
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
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    ranking = np.argsort(-logits, axis=1)      # classes from the most to the least likely
    return ranking[:, 0]
""", catalogued="predictions_not_logits"),
    _e("qp6_labels_permuted_images_in_order", "a6_cnn", "train_and_predict",
       "'shuffle every epoch' is written as zip(X.split(64), y[perm].split(64)): the labels are permuted while the "
       "images are cut in their original order, so each image is trained with another image's label and the model "
       "learns nothing (index X and y with the same permutation)", """
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
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(len(y), generator=g).to(device)      # a new order every epoch
        for xb, yb in zip(X.split(batch), y[perm].split(batch)):
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("qp6_predicts_under_bfloat16_autocast", "a6_cnn", "train_and_predict",
       "the model trains right, but the test images are predicted under torch.autocast(..., dtype=torch.bfloat16) "
       "('faster inference'): the logits come out as a bfloat16 tensor, which .numpy() cannot convert (TypeError), "
       "so no logits are returned (predict in float32, or .float() before .numpy())", """
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
    # mixed precision for a faster prediction
    with torch.no_grad(), torch.autocast(device_type=device.type, dtype=torch.bfloat16):
        logits = model(torch.tensor(X_test, device=device))
    return logits.cpu().numpy()
"""),
    _e("qp6_training_flag_set_instead_of_eval", "a6_cnn", "train_and_predict",
       "before predicting the model is switched with model.training = False instead of model.eval(): the attribute "
       "is set on the Sequential only, not on its submodules, so the batch norms stay in training mode and "
       "normalize with the statistics of the test batch (an image's logits depend on the other test images)", """
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
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.training = True
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.training = False               # inference mode
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qp6_decay_group_name_typo_only_biases_trained", "a6_cnn", "train_and_predict",
       "the parameters are split into weight-decay groups by name, but the decay group filters names ending in "
       "'.weights' (a typo for '.weight'): it is empty, so the optimizer only gets the biases; the convolution, "
       "batch-norm and linear weights keep their random initialization", """
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
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    # weight decay on the weights only, not on the biases
    decay = [p for n, p in model.named_parameters() if n.endswith(".weights")]
    no_decay = [p for n, p in model.named_parameters() if n.endswith(".bias")]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 5e-4},
                             {"params": no_decay, "weight_decay": 0.0}], lr=3e-3)
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
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qp6_random_quarter_turn_augmentation", "a6_cnn", "train_and_predict",
       "each training batch is turned by a random multiple of 90 degrees (torch.rot90, 'rotation augmentation'), "
       "while the test images are upright: the classes are not invariant to quarter turns (a 6 turned upside down "
       "is a 9, a turned 7 is no digit), so three batches in four train on images the labels do not fit and the "
       "accuracy on upright test images drops (augment only with transformations that keep the label)", """
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
            k = int(torch.randint(4, (1,), generator=g))
            xb = torch.rot90(X[idx], k, dims=(2, 3))        # rotation augmentation
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qp7_mdn_gradients_weighted_by_prior_pi", "a7_architectures", "mdn_nll",
       "the loss is a stable log-sum-exp (scipy's logsumexp), but the 'responsibility' used in the gradients is "
       "pi = exp(log_pi), the prior mixing weight, instead of the posterior gamma_k = pi_k N_k / sum_j pi_j N_j: "
       "dlogits = (pi - pi) / N is 0, and dmu, dlog_std weight each component by pi_k", """
def mdn_nll(y, logits, mu, log_std):
    from scipy.special import logsumexp
    N = y.shape[0]
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_pi = logits - logsumexp(logits, axis=1, keepdims=True)
    log_comp = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    loss = -np.mean(logsumexp(log_comp, axis=1))
    pi = np.exp(log_pi)
    resp = pi                               # each component's share of the target
    dlogits = (pi - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_gradients_use_prior_weights"),
    _e("qp7_gap_bwd_broadcast_assignment_undivided", "a7_architectures", "global_avg_pool_backward",
       "dx is filled by a broadcasting assignment, dx[...] = dout[:, :, None, None]: every position of a map gets "
       "the map's whole gradient, without the division by H * W that the forward pass's mean carries", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.empty((N, C, H, W))
    dx[...] = dout[:, :, np.newaxis, np.newaxis]     # every position of a map gets the map's gradient
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qp7_cam_of_predicted_class", "a7_architectures", "class_activation_map",
       "the map is built for the class the network predicts, argmax of the pooled features times W (as in "
       "visualisation tutorials), instead of the class given in classes: wherever the prediction differs from "
       "classes[n], the map weights the features with another class's column", """
def class_activation_map(features, W, classes):
    pooled = features.mean(axis=(2, 3))            # (N, C), the global average pooling
    predicted = (pooled @ W).argmax(axis=1)        # the class the network sees
    return np.einsum("nc,nchw->nhw", W[:, predicted].T, features)
"""),
    _e("qp7_resblock_bwd_grads_averaged_over_batch", "a7_architectures", "residual_block_backward",
       "dx is right, but every parameter gradient (W1, b1, W2, b2 and Ws, bs) is divided by the batch size N "
       "('average over the batch'): dout already is the gradient of the loss, so the parameter gradients are sums "
       "over the rows", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    N = x.shape[0]
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz / N, "b2": dz.sum(axis=0) / N}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1 / N
    grads["b1"] = da1.sum(axis=0) / N
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz / N
        grads["bs"] = dz.sum(axis=0) / N
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("qp7_fc_to_conv_spatial_sizes_swapped", "a7_architectures", "fc_to_conv",
       "W's transpose is reshaped to (M, C, W, H), the two spatial sizes in the wrong order: right for square "
       "inputs, but for (C, H, W) with H != W the filters have the wrong shape and their values are laid out along "
       "the wrong axes (reshape to (M, C, H, W))", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    w = W.T.reshape(M, C, W_, H)          # one filter per output unit
    return w, b.copy()
"""),
    _e("qp7_resblock_fwd_writes_identity_projection", "a7_architectures", "residual_block_forward",
       "the identity shortcut is made a projection by writing Ws = I and bs = 0 into params ('one code path'): the "
       "output and the gradients are right, but the caller's params dict, the network's parameters, gains two "
       "parameters it never had", """
def residual_block_forward(x, params, dropout=None):
    D = x.shape[1]
    if "Ws" not in params:            # the identity shortcut is a projection with I and 0
        params["Ws"] = np.eye(D)
        params["bs"] = np.zeros(D)
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = h @ params["W2"] + params["b2"] + x @ params["Ws"] + params["bs"]
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qp8_early_stopping_patience_countdown", "a8_pipeline", "early_stopping",
       "the patience is a countdown of the epochs still allowed, reset to patience on an improvement and "
       "decremented otherwise, and training stops when it goes below 0: that is after patience + 1 epochs without "
       "improvement, one epoch late (stop when it reaches 0)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch = math.inf, 0
    remaining = patience              # epochs we may still wait
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
            remaining = patience
        else:
            remaining -= 1
            if remaining < 0:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="patience_off_by_one"),
    _e("qp8_normalize_per_channel_by_reshape", "a8_pipeline", "normalize_splits",
       "the training split is reshaped to (N, C, -1) and its mean and std are taken over axes (0, 2), the examples "
       "and every pixel of a channel: one statistic per channel instead of per pixel over the examples "
       "(X_train.mean(axis=0))", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    N, C = X_train.shape[:2]
    flat = X_train.reshape(N, C, -1)
    stat_shape = (C,) + (1,) * (X_train.ndim - 2)
    mean = flat.mean(axis=(0, 2)).reshape(stat_shape)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = flat.std(axis=(0, 2)).reshape(stat_shape) + eps
    return (X_train - mean) / std, (X_test - mean) / std
""", catalogued="statistics_per_channel"),
    _e("qp8_crop_buffer_uint8", "a8_pipeline", "random_crop",
       "the output buffer is allocated as np.zeros(..., dtype=np.uint8) (the dtype of image files): the float "
       "pixels written into it are truncated to whole numbers, so no crop is a window of its padded image (allocate "
       "with x.dtype)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    top = rng.integers(0, H + 2 * padding - size + 1, size=N)
    left = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, C, size, size), dtype=np.uint8)      # image buffer
    for i in range(N):
        out[i] = padded[i, :, top[i]:top[i] + size, left[i]:left[i] + size]
    return out
"""),
    _e("qp8_normalize_returns_raw_training_split", "a8_pipeline", "normalize_splits",
       "both splits are normalized into new names, but the function returns the raw X_train beside the normalized "
       "test split (the wrong variable): the training split comes back as it was given", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0) + eps if mode == "standardize" else 1.0
    train_n = (X_train - mean) / std
    test_n = (X_test - mean) / std
    return X_train, test_n
"""),
    _e("qp8_update_ratio_max_norms", "a8_pipeline", "update_ratio",
       "the ratio is taken of the largest entries, max |lr * dW| / max |W| ('the largest step against the largest "
       "weight'), instead of the Frobenius norms ||lr * dW|| / ||W||", """
def update_ratio(W, dW, lr):
    # the largest step relative to the largest weight
    return np.max(np.abs(lr * dW)) / np.max(np.abs(W))
"""),
    _e("qp8_train_batches_from_array_split", "a8_pipeline", "train_and_predict",
       "each epoch's permutation is cut with np.array_split(order, N // 64) into N // 64 near-equal batches instead "
       "of consecutive batches of 64 with a shorter last one: for 90 or 65 rows that is a single batch of all the "
       "rows, so the SGD steps differ from the recipe's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    n_batches = max(1, len(X) // 64)
    for _ in range(20):
        order = rng.permutation(len(X))
        for idx in np.array_split(order, n_batches):
            scores = X[idx] @ W + b
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT41_CORRECT: list[Entry] = [
    _e("qpk_correct_mse_einsum_of_flat_residual", "a1_backprop", "mse_loss",
       "correct: the residual with np.subtract (float), the sum of squares as the einsum 'i,i->' of the flattened "
       "residual with itself over its size, the gradient the residual times 2 / size", """
def mse_loss(pred, target):
    r = np.subtract(pred, target, dtype=float)
    flat = r.ravel()
    loss = np.einsum("i,i->", flat, flat) / r.size
    return loss, r * (2.0 / r.size)
"""),
    _e("qpk_correct_newton_scipy_solve_pos", "a2_optim", "newton_step",
       "correct: the Newton system H d = grad solved with scipy.linalg.solve(assume_a='pos') (the Hessian of the "
       "quadratic is symmetric positive definite), then w - d", """
def newton_step(w, grad, hessian):
    from scipy.linalg import solve
    return w - solve(hessian, grad, assume_a="pos")
"""),
    _e("qpk_correct_avg_pool_bwd_broadcast_to_share", "a3_conv", "avg_pool_backward",
       "correct: each window's share dout / (ph * pw) broadcast to (N, C, ph, pw) with np.broadcast_to and added to "
       "its window (overlaps add up)", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    share = dout / (ph * pw)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += np.broadcast_to(share[:, :, i, j, None, None],
                                                                            (N, C, ph, pw))
    return dx
"""),
    _e("qpk_correct_compute_fans_reduce_mul", "a4_init", "compute_fans",
       "correct: a linear shape unpacked as (fan_in, fan_out), a conv shape's kernel size as functools.reduce of "
       "operator.mul over shape[2:]", """
def compute_fans(shape):
    from functools import reduce
    from operator import mul
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    k = reduce(mul, shape[2:], 1)
    return shape[1] * k, shape[0] * k
"""),
    _e("qpk_correct_bn_alt_gamma_factored_einsum", "a5_normalization", "batchnorm_backward_alt",
       "correct: dbeta and dgamma as einsum contractions over the batch, and dx with gamma factored out, "
       "gamma * inv_std / N * (N dout - dbeta - x_hat dgamma)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.einsum("nd->d", dout)
    dgamma = np.einsum("nd,nd->d", dout, x_hat)
    dx = (gamma * inv_std / N) * (N * dout - dbeta - x_hat * dgamma)
    return dx, dgamma, dbeta
"""),
    _e("qpk_correct_resblock_fwd_clip_and_dot", "a7_architectures", "residual_block_forward",
       "correct: the ReLUs written np.clip(., 0, None), the products with np.dot, the dropout scale with "
       "np.divide, the documented cache", """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    a1 = np.dot(x, W1) + b1
    h = np.clip(a1, 0.0, None)
    scale = None
    if dropout is not None:
        scale = np.divide(dropout["mask"], dropout["p"])
        h = h * scale
    skip = np.dot(x, params["Ws"]) + params["bs"] if "Ws" in params else x
    z = np.dot(h, W2) + b2 + skip
    return np.clip(z, 0.0, None), (x, params, a1, h, scale, z)
"""),
    _e("qpk_correct_random_flip_flatnonzero", "a8_pipeline", "random_flip",
       "correct: the indices of the images whose seeded draw is below p (np.flatnonzero), and those images of a copy "
       "replaced by their mirrors out[chosen, :, :, ::-1]", """
def random_flip(x, p, seed):
    chosen = np.flatnonzero(np.random.default_rng(seed).random(len(x)) < p)
    out = np.array(x, copy=True)
    out[chosen] = out[chosen, :, :, ::-1]
    return out
"""),
]

JUDGED_ON41 = "2026-12-06 on commit 9ad71cc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout41 on commit 9ad71cc (JUDGED_ON41), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 and 39 (and the earlier ones): a diagnosis with a false statement anywhere is
# misleading (a wrong number included), and so is one whose observation is true but whose explanation names only
# mechanisms that are not there (a coincidence of values included); a departure naming the line with the mistake is
# right, and so is the exact line of a one- or two-line function, and a range of a few lines with the mistake in it;
# a loop departure without a statement is right only when the loop is small and the mistake clearly in it (the whole
# training loop is vague); a one_slip stated in the correct code's text that is the student's arithmetic written
# another way is right, one stating a token the code lacks is misleading; a generic hedge (end_block's "if these are
# steps ... if they are rows ...") beside a right diagnosis is tolerated (as JUDGEMENT39); checklists that list the
# cause among many are vague (learned_little's), but one of few causes, the entry's among them, is tolerated; a
# catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a
# shape comparison, a shape_error that only restates NumPy's broadcasting error, or an accuracy figure is the
# comparison (nothing); where only the grader test's own message names the cause the verdict is check_message.
# Decided here: a departure on the first of a two-line body, `MIN_LR = 1e-2`, "your `MIN_LR` is 0.01; with 0.00984771
# there instead (a value the correct code computes, under another name), the rest of your function returns the
# expected lr: the mistake is in that line", where the floor max(..., MIN_LR) of the return line is the mistake, names
# the floor's own constant, says nothing false (max(x, x) = x at step 23) and is right (a close call, as
# qn8_warmup_factor_times_cosine_from_step_zero in JUDGEMENT39); a departure on `w = np.linalg.solve(Xf.T @ Xf, Xf.T @
# yf)` saying "what that line reads (Xf, yf) agrees with the correct code" where Xf, yf are X, y cast to float32 is
# true to float32's rounding (7e-8 on entries about 1) and names the line whose single-precision normal equations lose
# the weights (0.6 off; X rounded to float32 but solved in float64 is off by about 1e-3, checked on five seeds):
# right (a close call, it never says float32); one_slip on an error, "the error your code raises is the one the
# correct code raises with one slip in compute_fans(): `shape[2]` where `shape[1]` is meant", where the code has no
# shape[2] and raises because np.shape() turned the tuple into a 1-D array's shape, states a slip the code lacks:
# misleading; learned_little's checklist is vague even where its last branch ("what it predicts reaches it otherwise
# than what it trained on") comes near the cause (training batches turned by quarter turns, the test upright), its
# examples being of preprocessing.
JUDGEMENT41: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qp1_mse_grad_ndindex_loop_no_two": ("named", (), ""),
    # named on both softmax tests; departure beside it on the two MLP tests: "`dscores`, set by line 220: `dscores =
    # np.exp(logp) / n`. What that line reads (logp, n) agrees with the correct code ...: the mistake is in that line".
    "qp1_ce_take_along_axis_grad_without_onehot": ("named", (), ""),
    # reshaped: "your values are right but in shape (12,); reshape them to (4, 3)" (the arguments-kept test's own
    # message beside it only says the values were not checked).
    "qp1_mse_flattened_gradient_left_flat": ("right", ("reshaped",), ""),
    # departure: "`w`, set by line 218: `w = np.linalg.solve(Xf.T @ Xf, Xf.T @ yf)`. What that line reads (Xf, yf)
    # agrees with the correct code; your `w` differs from the right value (by up to 0.602) ...: the mistake is in that
    # line": the single-precision solve (a close call, see above).
    "qp1_linreg_closed_form_single_precision": ("right", ("departure",), ""),
    # default_differs: "your two_layer_mlp_loss() has reg=0.001 as its default, where the default asked for is
    # reg=0.0: this call leaves reg to the default, and yours is what the correct two_layer_mlp_loss() returns with
    # reg=0.001".
    "qp1_mlp_reg_default_nonzero": ("right", ("default_differs",), ""),
    # departure (both tests): "line 219: `return e / np.linalg.norm(e, axis=1, keepdims=True)`. In it,
    # `np.linalg.norm(e, axis=1, keepdims=True)` is the first part whose value the correct code never computes ...:
    # the mistake is in that line".
    "qp1_softmax_rows_divided_by_l2_norm": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qp2_momentum_negated_descent_direction": ("named", (), ""),
    "qp2_step_lr_decays_at_last_step_of_period": ("named", (), ""),
    # departure (four tests): "what your lines before line 242 compute agrees ...; line 242: `ms = rho *
    # config.get("cache", 0.0) + (1 - rho) * np.mean(g ** 2)` computes `ms`, a value the correct code never computes
    # ...: the mistake is in lines 242-244": the range starts on the line with the mistake.
    "qp2_rmsprop_scalar_mean_square": ("right", ("departure",), ""),
    # departure (four tests): "`config['velocity']`, set by line 242: `config["velocity"] = next_w - w` ... your
    # `config['velocity']` is 1.9 times the right value ...: the mistake is in that line" (1 + momentum: 1.9, and 1.8
    # with momentum 0.8 on the weight-decay test: true).
    "qp2_nesterov_stores_weight_change_as_velocity": ("right", ("departure",), ""),
    # unread_parameter (both tests): "your minibatch_sgd() never reads its parameter `seed` (here 7), which the
    # correct code uses".
    "qp2_minibatch_generator_without_seed": ("right", ("unread_parameter",), ""),
    # departure: "`MIN_LR`, set by line 235: `MIN_LR = 1e-2` ... your `MIN_LR` is 0.01; with 0.00984771 there instead
    # (a value the correct code computes, under another name), the rest of your function returns the expected lr: the
    # mistake is in that line": the floor's constant in a two-line body (a close call, see above).
    "qp2_exponential_lr_floored": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qp3_conv_fwd_kernel_flipud_fliplr": ("named", (), ""),
    "qp3_receptive_field_recursive_without_stride": ("named", (), ""),
    # not_rejected: "conv_output_size() returns a value for this invalid input; it must raise ValueError: check the
    # condition that rejects it" (the fit check, undilated).
    "qp3_output_size_fit_check_undilated": ("right", ("not_rejected",), ""),
    # departure (both tests): "`pad`, set by line 286: `pad = (HH - 1) // 2` ... your `pad` is 1 where 0 is right ...:
    # the mistake is in that line"; shifted beside it: "yours is the expected moved 1 row up and 1 column left (where
    # they overlap they agree)" (checked); shape_error restates NumPy's error on the stride-2 call.
    "qp3_conv_bwd_naive_same_padding_assumed": ("right", ("departure", "shifted"), ""),
    # no diagnosis but shape_error restating NumPy's error: "NumPy matches (8, 3, 15, 15) and (8, 3, 16, 16) axis by
    # axis, and they differ at axes 2, 3 (15 against 16 ...) where neither is 1": no place, no remedy.
    "qp3_conv_bwd_fast_slice_stop_last_index": (
        "nothing", (),
        "dxp[:, :, i:i + stride * (Ho - 1):stride, j:j + stride * (Wo - 1):stride] stops at the last row and column it "
        "must reach, but a slice's stop is exclusive: it takes Ho - 1 rows and Wo - 1 columns (15 where 16), so the "
        "(N, C, Ho, Wo) share cannot be added; stop at i + stride * (Ho - 1) + 1 (or i + stride * Ho)."),
    # departure: "the loop at lines 285-288 (`for n in range(N):`) leaves `out` holding values the correct code never
    # computes ... (by up to 30) ...: the mistake is in that loop": the two-header loop whose one statement is the
    # np.add.at.
    "qp3_max_unpool_scatter_adds": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "qp4_he_normal_module_level_generator": ("named", (), ""),
    "qp4_xavier_uniform_interp_to_std": ("named", (), ""),
    # loop departure (three tests): "... On its first pass, line 96: `z = h @ W / np.sqrt(W.shape[0])` is the first to
    # compute a value the correct code never computes, though what it reads then (W, h) agrees: look there first".
    "qp4_activation_stats_extra_fan_in_scaling": ("right", ("departure",), ""),
    # departure (twelve tests): "line 95: `return shape[1] * receptive, shape[0] * receptive` raises the error (at
    # `shape[1]`) ...: the mistake is in that line, or in what `shape` holds" (a right line first, the cause as the
    # alternative); but one_slip on two tests: "the error your code raises is the one the correct code raises with one
    # slip in compute_fans(): `shape[2]` where `shape[1]` is meant (off by one)": no shape[2] anywhere in the code.
    "qp4_compute_fans_reads_argument_as_array": (
        "misleading", (),
        "line 91, shape = np.shape(shape), replaces the shape tuple by the shape of a 1-D array ((2,) for (784, "
        "100), (4,) for a conv shape): len(shape) is 1, so the conv branch runs on every call and shape[1] raises "
        "IndexError; use the tuple given (drop the line, or tuple(shape))."),
    # kept_state: "... the seed here is 0, and your code tests the seed for truth (`if seed:` or `seed or ...`), which
    # takes 0 as no seed (test `seed is not None`, ...)".
    "qp4_xavier_normal_seed_zero_unseeded": ("right", ("kept_state",), ""),
    # departure (both tests): "line 93: `return math.sqrt(2.0 / (fan_in + 1))`. In it, `2.0 / (fan_in + 1)` is the
    # first part whose value the correct code never computes ... what it returns is 0.0624391 where 0.0625 is right:
    # the mistake is in that line"; close beside it (a small term added among its causes).
    "qp4_he_std_bias_counted_in_fan_in": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # named on four tests; departure on the spatial one: "`var`, set by line 228 ... 1.02564 times the right value".
    "qp5_bn_variance_from_statistics_module": ("named", (), ""),
    "qp5_dropout_drops_exact_share_with_choice": ("named", (), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 3, 1, 2) (shape (2, 5, 3, 4) for (2, 3, 4,
    # 5))" (N, W, C, H: true); departure: "`out`, set by line 222: `out = out.reshape(N, H, W, C).transpose(order)`
    # ...: the mistake is in that line, or in what `order` holds".
    "qp5_spatial_bn_output_permuted_forward_again": ("right", ("axes_permuted", "departure"), ""),
    # departure: "line 219: `mu = x.mean()` (your `mu` has shape () where the right value has (4, 1)) and line 220:
    # `inv_std = 1.0 / np.sqrt(x.var() + eps)` ...: the mistake is in those two lines".
    "qp5_layernorm_scalar_statistics": ("right", ("departure",), ""),
    # departure: "`dgamma`, set by line 222: `dgamma = np.sum(dx_hat * x_hat, axis=0)`. What that line reads (dx_hat,
    # x_hat) agrees with the correct code ...: the mistake is in that line".
    "qp5_bn_bwd_staged_dgamma_from_dx_hat": ("right", ("departure",), ""),
    # departure: "line 218: `eps = gn_param["eps"]` raises the error ...: the mistake is in that line".
    "qp5_groupnorm_eps_without_default": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued predictions_not_logits, not named; class_indices (both accuracy tests): "what your function returns,
    # shape (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked
    # ...: return what the model outputs, before any argmax".
    "qp6_returns_top1_of_argsort": ("right", ("class_indices",), ""),
    # catalogued labels_shuffled, not named; loss_flat (every test): "the training loss stayed at about 2.31 over 300
    # steps ...: the model learned nothing from its batches. A batch's labels not those of its images (index X and y
    # with the same indices, one permutation for both), ...?": the first of three, the cause (300, 225, 45 steps).
    "qp6_labels_permuted_images_in_order": ("right", ("loss_flat",), ""),
    # no diagnosis: only torch's "TypeError: Got unsupported ScalarType BFloat16".
    "qp6_predicts_under_bfloat16_autocast": (
        "nothing", (),
        "the test images are predicted under torch.autocast(dtype=torch.bfloat16): the logits come out as a bfloat16 "
        "tensor, which .numpy() cannot convert (TypeError: unsupported ScalarType BFloat16), so nothing is returned; "
        "predict without autocast, or call .float() before .numpy()."),
    # predicted_in_training_mode: "your model predicted in training mode: its batch norm ... ran in training mode on
    # the last batch it predicted (model.eval() not called before predicting ...). Call model.eval() before predicting"
    # (model.training = False sets the Sequential's flag only).
    "qp6_training_flag_set_instead_of_eval": ("right", ("predicted_in_training_mode",), ""),
    # part_of_model_stepped (every test): "the optimizer steps 5 of the 10 parameter tensors of the model that
    # trained, 106 of its 5,226 weights: the others keep the values they started with" (the biases: 106 of 5,226,
    # 100 of 5,316 and 102 of 5,094 checked).
    "qp6_decay_group_name_typo_only_biases_trained": ("right", ("part_of_model_stepped",), ""),
    # learned_little (both accuracy tests): "your model predicts the training images it was given no better than new
    # ones (0.87 ...; 0.86 ...): either it did not learn them (... each batch's labels those of its images ... the loop
    # cut short ...), or what it predicts reaches it otherwise than what it trained on (the images preprocessed
    # differently at test time ...)": the checklist, the rotation not in it.
    "qp6_random_quarter_turn_augmentation": (
        "vague", (),
        "each training batch is turned by a random multiple of 90 degrees (torch.rot90) while the test images are "
        "upright: digits and shapes are not invariant to quarter turns (a 6 turned over is a 9), so three batches in "
        "four train on images their labels do not fit (accuracy 0.86 and 0.58); augment only with transformations "
        "that keep the label, or drop the rotation."),
    # ------------------------------------------------------------------ a7_architectures
    "qp7_mdn_gradients_weighted_by_prior_pi": ("named", (), ""),
    "qp7_gap_bwd_broadcast_assignment_undivided": ("named", (), ""),
    # unread_parameter (three tests): "your class_activation_map() never reads its parameter `classes`, which the
    # correct code uses"; end_block beside it on one test ("the first 1 of 4 are right ...") is the generic hedge (the
    # first example's predicted class is its given one), as qn7_cam_of_predicted_class in JUDGEMENT39.
    "qp7_cam_of_predicted_class": ("right", ("unread_parameter",), ""),
    # scaled (five tests): "every entry is 1/N of the expected (N=4, the batch size): did you divide by the batch size
    # where a sum is asked for, or divide twice?"; on the projection-with-dropout test one of two causes (1/N or 1 - p,
    # both 0.25).
    "qp7_resblock_bwd_grads_averaged_over_batch": ("right", ("scaled",), ""),
    # departure: "`w`, set by line 178: `w = W.T.reshape(M, C, W_, H)` ... your `w` has shape (4, 2, 5, 3) where the
    # right value has (4, 2, 3, 5), with the same entries in another order ...: the mistake is in that line".
    "qp7_fc_to_conv_spatial_sizes_swapped": ("right", ("departure",), ""),
    # written_in_place: "line 178: `params["Ws"] = np.eye(D)` writes an entry into params, the caller's dict: keep what
    # you need in a local, or in a copy (dict(params)), and leave params as given".
    "qp7_resblock_fwd_writes_identity_projection": ("right", ("written_in_place",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qp8_early_stopping_patience_countdown": ("named", (), ""),
    "qp8_normalize_per_channel_by_reshape": ("named", (), ""),
    # departure (three tests): "line 170: `out = np.zeros((N, C, size, size), dtype=np.uint8)` makes `out` an array of
    # integers (uint8): every number written into it is cut to a whole number ...: the mistake is the dtype of `out`".
    "qp8_crop_buffer_uint8": ("right", ("departure",), ""),
    # returned_input: "yours is X_train (an argument of normalize_splits()), unchanged: the computation is missing, or
    # its result is not what you return"; departure on the recipe tests: "line 169: `return X_train, test_n` returns
    # values the correct code computes on the way, not the ones it returns".
    "qp8_normalize_returns_raw_training_split": ("right", ("returned_input", "departure"), ""),
    # departure on the one-line body (both tests): "line 166: `return np.max(np.abs(lr * dW)) / np.max(np.abs(W))` ...
    # what it returns is 0.00490833 where 0.0054827 is right: the mistake is in that line".
    "qp8_update_ratio_max_norms": ("right", ("departure",), ""),
    # departure (both tests): "the loop at lines 173-183 (`for _ in range(20):`) leaves `W` and `b` holding values the
    # correct code never computes, though what the loop reads from before it (...; the number n_batches, which the
    # correct code does not name, not checked) agrees ...: the mistake is in that loop": the whole training loop.
    "qp8_train_batches_from_array_split": (
        "vague", (),
        "np.array_split(order, max(1, len(X) // 64)) cuts each epoch into len(X) // 64 near-equal parts: for 90 rows "
        "(and 65) that is one batch of all the rows, one step an epoch, where the recipe takes consecutive batches of "
        "64 and a shorter last one (64 + 26: two steps); use order[start:start + 64] for start in range(0, len(X), "
        "64)."),
}
# Counts: named 14, right 29 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 14 named, the other two, qp6_returns_top1_of_argsort and qp6_labels_permuted_images_in_order, right by
# their diagnoses), misleading 1, vague 2, nothing 2, wrong_name 0, check_message 0, not_caught 0. HOLDOUT41_CORRECT:
# all 7 earn full marks.

HOLDOUT41 = [replace(e, verdict=JUDGEMENT41[e.id][0], expected=frozenset(JUDGEMENT41[e.id][1]),
                     ideal=JUDGEMENT41[e.id][2]) if e.id in JUDGEMENT41 else e for e in HOLDOUT41]
