"""A sixty-seventh hold-out: student-style mistakes written without seeing the detectors.

Judged on commit e22dce2 (JUDGED_ON67, JUDGEMENT67 at the end) by an independent helper that wrote neither the detectors
nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout67.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT67 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT67_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT67: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rp1_relu_bwd_boolean_index_flattens", "a1_backprop", "relu_backward",
       "the gradient is selected with a boolean index, dx = dout[x > 0], which returns only the entries where the "
       "input was positive as a flat 1-D array, instead of an array shaped like dout with zeros where x <= 0 "
       "(dout * (x > 0) or np.where(x > 0, dout, 0)).",
       """
def relu_backward(dout, cache):
    x = cache
    # keep the gradient only where the unit was active
    dx = dout[x > 0]
    return dx
"""),
    _e("rp1_bce_loss_one_minus_t_unparenthesized", "a1_backprop", "binary_cross_entropy_loss",
       "the parentheses around (1 - t) are left out in the loss: t * log(p) + 1 - t * log(1 - p) is read as "
       "t log p + 1 - t log(1 - p), so the negative class's term has the wrong sign and factor and a constant 1 "
       "is added; the loss is -mean(t log p + (1 - t) log(1 - p)) (dprobs, written separately, is right).",
       """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    n = p.size
    # log-likelihood of each element
    ll = t * np.log(p) + 1 - t * np.log(1 - p)
    loss = -np.sum(ll) / n
    dprobs = (-t / p + (1 - t) / (1 - p)) / n
    return loss, dprobs
"""),
    _e("rp1_affine_bwd_dx_through_pinv", "a1_backprop", "affine_backward",
       "dx is computed by 'undoing' the layer with the pseudo-inverse of the weights, dout @ pinv(w), instead of "
       "the chain rule dout @ w.T: the gradient with respect to the input is the transpose of the weight matrix "
       "applied to dout, not its inverse (dw and db are right).",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_rows = x.reshape(N, -1)
    # go back through the layer: out = x w, so x = out w^+
    dx = (dout @ np.linalg.pinv(w)).reshape(x.shape)
    dw = x_rows.T @ dout
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("rp1_sigmoid_bwd_output_clipped", "a1_backprop", "sigmoid_backward",
       "the cached output is clipped to [1e-7, 1 - 1e-7] 'so that the gradient never vanishes' before s * (1 - s) "
       "is taken: where the sigmoid saturates (s exactly 0 or 1, e.g. inputs of magnitude 50 or more) dx is "
       "about 1e-7 * dout instead of 0, and dx is not the gradient of the forward pass.",
       """
def sigmoid_backward(dout, cache):
    s = np.clip(cache, 1e-7, 1 - 1e-7)  # avoid dead gradients at saturation
    dx = dout * s * (1 - s)
    return dx
"""),
    _e("rp1_softmax_python_builtin_sum", "a1_backprop", "softmax",
       "the exponentials are normalized with Python's builtin sum(e), which adds the rows of a 2-D array (it "
       "iterates over axis 0): each class is divided by its sum over the batch, not each row by its sum over the "
       "classes (e.sum(axis=1, keepdims=True)).",
       """
def softmax(scores):
    shifted = scores - np.max(scores, axis=1, keepdims=True)
    e = np.exp(shifted)
    probs = e / sum(e)
    return probs
""", catalogued="softmax_over_batch"),
    _e("rp1_affine_db_identity_jacobian", "a1_backprop", "affine_backward",
       "db is written as the chain rule through the bias's Jacobian, dout @ np.eye(M), which is dout itself, an "
       "(N, M) array: the bias is added to every row, so its gradient is dout summed over the batch, "
       "dout.sum(axis=0) of shape (M,).",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    xf = x.reshape(x.shape[0], -1)
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(xf.T, dout)
    # d out / d b is the identity matrix
    db = dout @ np.eye(b.shape[0])
    return dx, dw, db
""", catalogued="db_not_summed"),
    # ------------------------------------------------------------------ a2_optim
    _e("rp2_momentum_read_from_beta_key", "a2_optim", "sgd_momentum",
       "the momentum coefficient is read from config.get('beta', 0.9), the lecture's name for it, instead of "
       "config['momentum'] (the key the docstring defines and the caller sets): any momentum the caller gives "
       "other than 0.9 is ignored.",
       """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    beta = config.get("beta", 0.9)
    lr = config["learning_rate"]
    v = config.get("velocity", np.zeros_like(w))
    v = beta * v - lr * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
"""),
    _e("rp2_noise_std_gamma_as_base", "a2_optim", "gradient_noise_std",
       "the base and the exponent of the annealing are swapped: the variance is written eta / gamma ** (1 + step) "
       "instead of eta / (1 + step) ** gamma, so it grows geometrically (gamma < 1) instead of decaying slowly.",
       """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    variance = eta / gamma ** (1 + step)
    return math.sqrt(variance)
"""),
    _e("rp2_adagrad_step_uses_raw_dw", "a2_optim", "adagrad",
       "the cache accumulates the squares of the gradient with weight decay, g = _gradient(w, dw, config), but the "
       "step divides the raw dw by its root: the weight-decay term weight_decay * w never reaches the update "
       "(it only enlarges the denominator).",
       """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = cache + g * g
    config["cache"] = cache
    step = config["learning_rate"] * dw / (np.sqrt(cache) + config["epsilon"])
    return w - step, config
"""),
    _e("rp2_adam_moments_sized_by_len", "a2_optim", "adam",
       "the moments start as np.zeros(len(w)), one entry per row of w: right for a weight vector, but for a "
       "weight matrix (D, M) they broadcast wrongly (or raise) instead of having w's shape (np.zeros_like(w)).",
       """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    if "m" not in config:
        config["m"] = np.zeros(len(w))
        config["v"] = np.zeros(len(w))
        config["t"] = 0
    config["t"] += 1
    t = config["t"]
    m = b1 * config["m"] + (1 - b1) * g
    v = b2 * config["v"] + (1 - b2) * g ** 2
    config["m"], config["v"] = m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("rp2_adam_hats_computed_update_reads_config", "a2_optim", "adam",
       "the bias-corrected m_hat and v_hat are computed but the update line divides config['m'] by the root of "
       "config['v'], the raw moments just stored: the bias correction is never applied, so the first steps are "
       "far too small.",
       """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = config["beta1"] * config.get("m", np.zeros_like(w)) + (1 - config["beta1"]) * g
    v = config["beta2"] * config.get("v", np.zeros_like(w)) + (1 - config["beta2"]) * g * g
    config["t"], config["m"], config["v"] = t, m, v
    m_hat = m / (1 - config["beta1"] ** t)
    v_hat = v / (1 - config["beta2"] ** t)
    next_w = w - config["learning_rate"] * config["m"] / (np.sqrt(config["v"]) + config["epsilon"])
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    _e("rp2_momentum_negated_learning_rate", "a2_optim", "sgd_momentum",
       "the learning rate is stored negated, lr = -learning_rate ('we step against the gradient'), and then used "
       "in the docstring's v = momentum * v - lr * dw: the two minus signs cancel, v = momentum * v + "
       "learning_rate * dw, and w + v climbs the gradient.",
       """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    lr = -config["learning_rate"]  # negative: descend
    mu = config["momentum"]
    v = config.get("velocity", np.zeros_like(w))
    v = mu * v - lr * _gradient(w, dw, config)
    config["velocity"] = v
    next_w = w + v
    return next_w, config
""", catalogued="momentum_sign_flipped"),
    # ------------------------------------------------------------------ a3_conv
    _e("rp3_param_count_kernel_squared_tuple", "a3_conv", "conv_param_count",
       "the kernel size is squared, kernel_size ** 2, as if it were always an int: for a (kh, kw) pair the power "
       "of a tuple raises TypeError; the kernel's area is kh * kw.",
       """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    per_filter = (in_channels // groups) * kernel_size ** 2
    total = out_channels * per_filter
    if bias:
        total += out_channels
    return total
"""),
    _e("rp3_receptive_field_dilation_default_scalar", "a3_conv", "receptive_field",
       "the missing dilations default to the scalar 1 (dilations = dilations or 1) instead of a list of ones: zip "
       "over kernel_sizes, strides and an int raises TypeError whenever no dilations are given.",
       """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or 1
    rf = 1
    jump = 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        rf = rf + (k - 1) * d * jump
        jump = jump * s
    return rf
"""),
    _e("rp3_conv_bwd_fast_dw_averaged_over_positions", "a3_conv", "conv_backward_fast",
       "dw is divided by the number of output positions Ho * Wo ('each filter is shared by every position, so its "
       "gradient is their average'): the shared weight's gradient is the sum of the contributions of every "
       "position, not their mean (dx and db are right).",
       """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    cols = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    # the same filter is used at all Ho * Wo positions: average their contributions
    dw = np.einsum("nfhw,nchwij->fcij", dout, cols) / (Ho * Wo)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("rp3_transposed_size_padding_times_stride", "a3_conv", "transposed_conv_output_size",
       "the padding is multiplied by the stride, - 2 * padding * stride, as if it were applied on the strided "
       "(upsampled) grid: a transposed convolution crops 2 * padding output pixels, whatever the stride.",
       """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    upsampled = (input_size - 1) * stride
    kernel_span = dilation * (kernel_size - 1) + 1
    return upsampled - 2 * padding * stride + kernel_span + output_padding
"""),
    _e("rp3_maxpool_bwd_repeat_even_share", "a3_conv", "max_pool_backward",
       "each window's gradient is upsampled with np.repeat over the window and divided by its area, an even share "
       "to every input of the window (average pooling's backward), instead of going to the window's maximum only.",
       """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros_like(x)
    Ho, Wo = dout.shape[2], dout.shape[3]
    for i in range(Ho):
        for j in range(Wo):
            g = dout[:, :, i:i + 1, j:j + 1]
            block = np.repeat(np.repeat(g, ph, axis=2), pw, axis=3) / (ph * pw)
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += block
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("rp3_flipped_kernel_index_arithmetic", "a3_conv", "conv_forward_naive",
       "each tap of the window is multiplied by the kernel read backwards, w[f, :, HH - 1 - u, WW - 1 - v] "
       "('convolution flips the kernel', as in signal processing): this is a true convolution, while the layer "
       "computes cross-correlation with w[f, :, u, v].",
       """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    acc = b[f]
                    for u in range(HH):
                        for v in range(WW):
                            acc += np.dot(xp[n, :, i * stride + u, j * stride + v], w[f, :, HH - 1 - u, WW - 1 - v])
                    out[n, f, i, j] = acc
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="flipped_kernel"),
    # ------------------------------------------------------------------ a4_init
    _e("rp4_actstats_first_50_rows", "a4_init", "activation_statistics",
       "the statistics are taken on a sample, the first 50 rows of X only ('enough to estimate a mean'): the means "
       "and variances asked for are those of every row of h, so with more than 50 examples they differ.",
       """
def activation_statistics(X, weights, activation):
    funcs = {
        "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
        "tanh": np.tanh,
        "relu": lambda z: np.maximum(0, z),
        "linear": lambda z: z,
    }
    act = funcs[activation]
    h = X[:50]  # a sample of the batch is enough for the statistics
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("rp4_xavier_std_mode_startswith", "a4_init", "xavier_std",
       "the mode is tested with mode.startswith('fan'), which is true for 'fan_in' as well as 'fan_avg': mode "
       "'fan_in' gets Glorot's fan_avg std gain * sqrt(2 / (fan_in + fan_out)) instead of gain * sqrt(1 / fan_in).",
       """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode.startswith("fan"):
        var = 2.0 / (fan_in + fan_out)
    else:
        var = 1.0 / fan_in
    return gain * math.sqrt(var)
"""),
    _e("rp4_he_normal_per_filter_matrix", "a4_init", "he_normal",
       "the weights are drawn as a matrix of one row per output unit, size=(shape[0], prod(shape[1:])) ('each "
       "filter flattened'), and returned without being reshaped to the asked shape: a convolution weight comes back "
       "2-D (out, in * kh * kw) instead of (out, in, kh, kw).",
       """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    rows = shape[0]
    cols = int(np.prod(shape[1:]))
    return rng.normal(0.0, he_std(shape), size=(rows, cols))
"""),
    _e("rp4_actstats_layers_restandardized", "a4_init", "activation_statistics",
       "after each layer's statistics are recorded, h is standardized, (h - mean) / std, before it goes into the next "
       "layer ('to keep the signal stable'): the experiment is about how the statistics drift from layer to layer, "
       "so every layer after the first is measured on the wrong input.",
       """
def activation_statistics(X, weights, activation):
    if activation == "sigmoid":
        act = lambda z: 1 / (1 + np.exp(-z))
    elif activation == "tanh":
        act = np.tanh
    elif activation == "relu":
        act = lambda z: np.maximum(z, 0)
    else:
        act = lambda z: z
    h = X
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    for i, W in enumerate(weights):
        h = act(h @ W)
        means[i] = h.mean()
        variances[i] = h.var()
        h = (h - h.mean()) / (h.std() + 1e-8)
    return means, variances
"""),
    _e("rp4_fans_np_delete_wrong_axis", "a4_init", "compute_fans",
       "fan_in of a convolution weight is meant as 'every axis but the output channels', but it is written "
       "np.prod(np.delete(shape, 1)), which deletes axis 1 (the input channels) instead of axis 0: fan_in comes out "
       "as out_channels * kh * kw instead of in_channels * kh * kw.",
       """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    # fan_in: everything except the output channels
    fan_in = int(np.prod(np.delete(np.array(shape), 1)))
    fan_out = int(shape[0] * np.prod(shape[2:]))
    return fan_in, fan_out
""", catalogued="conv_fan_in_wrong_axis"),
    _e("rp4_xavier_normal_seed_mixed_with_clock", "a4_init", "xavier_normal",
       "the generator is seeded with seed ^ time.time_ns() ('seeded, but different on every run'): the same seed "
       "gives different weights from one call to the next; the draws must come from "
       "np.random.default_rng(seed) alone.",
       """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    import time
    rng = np.random.default_rng(seed ^ time.time_ns())
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
""", catalogued="global_seed"),
    # ------------------------------------------------------------------ a5_normalization
    _e("rp5_layernorm_gamma_beta_swapped", "a5_normalization", "layernorm_forward",
       "the scale and the shift are swapped: out = beta * x_hat + gamma instead of gamma * x_hat + beta (the "
       "statistics and the cache are right).",
       """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mean = np.mean(x, axis=1, keepdims=True)
    var = np.var(x, axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    out = beta * x_hat + gamma
    return out, (x_hat, gamma, inv_std)
"""),
    _e("rp5_bn_momentum_read_from_decay_key", "a5_normalization", "batchnorm_forward",
       "the running averages' momentum is read from bn_param.get('decay', 0.9) (TensorFlow's name) instead of "
       "bn_param['momentum']: a momentum the caller sets is ignored, so the running averages move at the wrong rate.",
       """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    decay = bn_param.get("decay", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = decay * running_mean + (1 - decay) * mu
        running_var = decay * running_var + (1 - decay) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("rp5_dropout_bwd_cache_compared_with_none", "a5_normalization", "dropout_backward",
       "the test-mode case is detected with `if cache == None:`: for the train-mode cache, an array, == compares "
       "elementwise and `if` on the resulting array raises ValueError (truth value ambiguous), so no gradient comes "
       "back in train mode; the test is `cache is None`.",
       """
def dropout_backward(dout, cache):
    if cache == None:  # test mode: nothing was dropped
        return dout
    dx = dout * cache
    return dx
"""),
    _e("rp5_bn_bwd_dvar_from_x_hat", "a5_normalization", "batchnorm_backward",
       "in the staged backward pass the centred input x - mu is taken to be the cached x_hat itself (dvar and the "
       "variance term use x_hat where x_hat / inv_std is meant): those terms are off by the factor inv_std, so dx "
       "is wrong (dgamma and dbeta are right).",
       """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    xmu = x_hat  # the centred input
    dvar = np.sum(dx_hat * xmu, axis=0) * -0.5 * inv_std ** 3
    dmu = np.sum(-dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * xmu, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * xmu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("rp5_bn_running_update_guarded_by_eval", "a5_normalization", "batchnorm_forward",
       "the running averages are updated under `if mode != 'eval':` (torch's word for test mode): the mode given "
       "here is 'test', so a test batch updates running_mean and running_var too; they must change in train mode "
       "only.",
       """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    N = x.shape[0]
    batch_mean = x.mean(axis=0)
    batch_var = x.var(axis=0)
    cache = None
    if mode == "train":
        inv_std = 1 / np.sqrt(batch_var + eps)
        x_hat = (x - batch_mean) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    if mode != "eval":  # no updates while evaluating
        running_mean = momentum * running_mean + (1 - momentum) * batch_mean
        running_var = momentum * running_var + (1 - momentum) * batch_var * N / (N - 1)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_running_updated_in_test_mode"),
    _e("rp5_bn_branch_on_training_flag", "a5_normalization", "batchnorm_forward",
       "the branch is chosen with bn_param.get('training', True), torch's module flag, instead of bn_param['mode']: "
       "the dict has no 'training' key, so every call takes the training path and a test batch is normalized with "
       "its own mean and variance (and moves the running averages) instead of with running_mean and running_var.",
       """
def batchnorm_forward(x, gamma, beta, bn_param):
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if bn_param.get("training", True):
        mu = np.mean(x, axis=0)
        var = np.mean((x - mu) ** 2, axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    else:
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_test_uses_batch_statistics"),
    # ------------------------------------------------------------------ a6_cnn
    _e("rp6_stops_when_batch_loss_below_threshold", "a6_cnn", "train_and_predict",
       "training stops as soon as one mini-batch's loss falls below 0.5 ('good enough'): a single lucky batch ends "
       "the run after a fraction of an epoch, long before the model has learned the task; train for the planned "
       "epochs (or stop on a validation criterion).",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    k = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, k)).to(dev)
    X = torch.tensor(X_train, device=dev)
    y = torch.tensor(y_train, device=dev)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    done = False
    for epoch in range(15):
        net.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(dev)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(net(X[idx]), y[idx])
            loss.backward()
            opt.step()
            if loss.item() < 0.5:  # converged
                done = True
                break
        if done:
            break
    net.eval()
    with torch.no_grad():
        return net(torch.tensor(X_test, device=dev)).cpu().numpy()
"""),
    _e("rp6_batchnorm_module_reused", "a6_cnn", "train_and_predict",
       "one nn.BatchNorm2d module object is created once and put after both convolutions ('the same layer'): it has "
       "16 channels, so the second convolution's 32 channels cannot go through it and every forward pass raises; "
       "each place in the network needs its own normalization layer.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    bn = nn.BatchNorm2d(16)
    relu = nn.ReLU()
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), bn, relu, nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), bn, relu, nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("rp6_global_pool_before_convolutions", "a6_cnn", "train_and_predict",
       "the nn.AdaptiveAvgPool2d(1) is placed first, right after the input ('make any image size work'): every image "
       "is reduced to the mean of each channel before the convolutions see it, so the network gets no spatial "
       "information and cannot tell the classes apart; the global pooling belongs after the convolutions.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.AdaptiveAvgPool2d(1),
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.Flatten(), nn.Linear(32, n_classes)).to(device)
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("rp6_test_logits_sorted_by_confidence", "a6_cnn", "train_and_predict",
       "the model trains right, but the returned logits are reordered by confidence, most confident first "
       "(logits[np.argsort(-logits.max(axis=1))], 'easier to inspect'): row i no longer belongs to test image i, so "
       "the predictions are compared with the wrong labels; keep the rows in the order of X_test.",
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
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
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
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    order = np.argsort(-logits.max(axis=1))  # most confident predictions first
    return logits[order]
"""),
    _e("rp6_scheduler_stepped_optimizer_never", "a6_cnn", "train_and_predict",
       "each batch calls sched.step() where opt.step() belongs (the scheduler taken for the thing that updates the "
       "weights): the gradients are computed but the optimizer never takes a step, so the model stays at its "
       "random initialization and predicts at chance.",
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
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            sched.step()  # update with the scheduled learning rate
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("rp6_oversampling_labels_drawn_separately", "a6_cnn", "train_and_predict",
       "to balance the classes the training set is resampled with two separate rng.choice calls, one for the images "
       "and one for the labels: the drawn labels do not belong to the drawn images, so the model learns from "
       "pairs that carry no information; draw one index array and use it for both.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    rng = np.random.default_rng(seed)
    # resample the training set (with replacement) to even out the classes
    n = len(y_train)
    Xs = X_train[rng.choice(n, size=n, replace=True)]
    ys = y_train[rng.choice(n, size=n, replace=True)]
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    X = torch.tensor(Xs, device=device)
    y = torch.tensor(ys, device=device)
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
    # ------------------------------------------------------------------ a7_architectures
    _e("rp7_resblock_bwd_relu_mask_from_dout", "a7_architectures", "residual_block_backward",
       "the final ReLU's backward mask is taken from the upstream gradient, dz = np.where(dout > 0, dout, 0), "
       "instead of from the pre-activation z (dout * (z > 0)): negative gradients are dropped and gradients of "
       "inactive outputs pass through.",
       """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(dout > 0, dout, 0.0)  # relu backward
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
        dx += dz @ params["Ws"].T
    else:
        dx += dz
    return dx, grads
"""),
    _e("rp7_resblock_fwd_caches_h_before_dropout", "a7_architectures", "residual_block_forward",
       "out is right, but the cache keeps the hidden activations from before the dropout mask was applied: the "
       "backward pass computes W2's gradient from the undropped h, so with dropout dW2 counts units the forward "
       "pass zeroed (and misses the 1 / p scale).",
       """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    h_kept = h
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h_kept = h * scale
    if "Ws" in params:
        shortcut = x @ params["Ws"] + params["bs"]
    else:
        shortcut = x
    z = h_kept @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("rp7_cam_feature_map_indexed_by_class", "a7_architectures", "class_activation_map",
       "the map of example n is taken as its feature map number classes[n], features[n, classes[n]], the class index "
       "used as a channel index, with no class weights: the CAM is sum_c W[c, k] * features[n, c], a weighted sum "
       "over every channel.",
       """
def class_activation_map(features, W, classes):
    N = features.shape[0]
    cams = features[np.arange(N), classes]  # the class's own map
    return cams
"""),
    _e("rp7_gap_backward_divided_by_width_only", "a7_architectures", "global_avg_pool_backward",
       "each position's share is dout divided by the map's width W only (the last axis of the cache's shape), "
       "not by its area H * W: the gradient is H times too large.",
       """
def global_avg_pool_backward(dout, cache):
    shape = cache
    area = shape[-1]
    dx = np.zeros(shape)
    dx += dout[:, :, np.newaxis, np.newaxis] / area
    return dx
"""),
    _e("rp7_saliency_mask_abs_nonzero", "a7_architectures", "saliency_map",
       "the ReLU's mask is written np.abs(a1) > 0 ('where the unit did something'), which is true for every unit "
       "whose input is not exactly zero, negative ones included: the gradient passes through inactive hidden "
       "units; the mask is a1 > 0.",
       """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    a1 = flat @ params["W1"] + params["b1"]
    active = np.abs(a1) > 0
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1.0
    dh = dscores @ params["W2"].T
    da1 = dh * active
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
""", catalogued="saliency_relu_mask_missing"),
    _e("rp7_resblock_bwd_dropout_looked_up_in_params", "a7_architectures", "residual_block_backward",
       "the backward pass applies the dropout scale only under `if 'mask' in params:`, looking for the dropout in "
       "the parameter dict, where it never is (the scale is the cache's fifth item): with dropout the gradient dh "
       "is never multiplied by mask / p.",
       """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if "mask" in params:  # dropout was used in the forward pass
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
""", catalogued="dropout_mask_ignored_in_backward"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rp8_crop_output_allocated_like_input", "a8_pipeline", "random_crop",
       "the output is allocated with np.zeros_like(x), the input's (N, C, H, W) shape, instead of "
       "(N, C, size, size): each size x size window cannot be stored in an H x W slot (the assignment raises "
       "when size != H), so no crops come back.",
       """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros_like(x)
    for n in range(N):
        r = rng.integers(0, H + 2 * padding - size + 1)
        c = rng.integers(0, W + 2 * padding - size + 1)
        out[n] = xp[n, :, r:r + size, c:c + size]
    return out
"""),
    _e("rp8_log_uniform_values_rounded", "a8_pipeline", "log_uniform",
       "the drawn values are rounded to 3 decimals ('clean numbers for the logs'), np.round(10 ** e, 3): every value "
       "below 5e-4 becomes 0 and the small ones collapse onto a few multiples of 0.001, so the draws are no longer "
       "log-uniform between low and high.",
       """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.uniform(np.log10(low), np.log10(high), size=n)
    return np.round(10.0 ** exponents, 3)
"""),
    _e("rp8_warmup_divided_by_warmup_plus_one", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written base_lr * (step + 1) / (warmup_steps + 1), one step too many in the denominator: "
       "the rate never reaches base_lr during the warm-up (the last warm-up step gives base_lr * w / (w + 1)); "
       "it is base_lr * (step + 1) / warmup_steps.",
       """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / (warmup_steps + 1)
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
"""),
    _e("rp8_log_grid_integer_dtype", "a8_pipeline", "log_grid",
       "the grid is made with np.geomspace(low, high, n, dtype=int) (copied from a grid of batch sizes): every "
       "value is truncated to an integer, so learning rates or weight decays below 1 all become 0.",
       """
def log_grid(low, high, n):
    return np.geomspace(low, high, num=n, dtype=int)
"""),
    _e("rp8_crop_padded_then_cropped_back", "a8_pipeline", "random_crop",
       "the images are zero-padded, but the padded images are then cut back to their central H x W before the "
       "random windows are drawn (offsets 0 to H - size): the padding is thrown away again, so no window ever "
       "reaches past the border.",
       """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    # back to the image area
    img = padded[:, :, padding:padding + H, padding:padding + W]
    rows = rng.integers(0, H - size + 1, size=N)
    cols = rng.integers(0, W - size + 1, size=N)
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = img[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
""", catalogued="crop_without_padding"),
    _e("rp8_normalize_each_split_zscored", "a8_pipeline", "normalize_splits",
       "each split is standardized on its own with scipy.stats.zscore(X, axis=0) (and centred with its own mean in "
       "mode 'mean_image'): the test split is normalized with the test split's statistics instead of the training "
       "split's.",
       """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    from scipy.stats import zscore
    if mode == "mean_image":
        return X_train - X_train.mean(axis=0), X_test - X_test.mean(axis=0)
    return zscore(X_train, axis=0), zscore(X_test, axis=0)
""", catalogued="normalize_with_test_statistics"),
]

HOLDOUT67_CORRECT: list[Entry] = [
    _e("rpk_correct_relu_fwd_mask_product", "a1_backprop", "relu_forward",
       "right: the ReLU as x times its boolean mask (x > 0), the input cached", """
def relu_forward(x):
    out = x * (x > 0)
    cache = x
    return out, cache
"""),
    _e("rpk_correct_linreg_gradient_einsum", "a2_optim", "linear_regression_gradient",
       "right: the MSE gradient as an einsum of the rows with their residuals, times 2 / N", """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return 2.0 * np.einsum("nd,n->d", X, residual) / len(y)
"""),
    _e("rpk_correct_maxpool_fwd_sliding_windows", "a3_conv", "max_pool_forward",
       "right: every stride-th window from sliding_window_view, reduced with max over its two window axes", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = windows.max(axis=(-2, -1))
    return out, (x, pool_param)
"""),
    _e("rpk_correct_he_normal_standard_normal_scaled", "a4_init", "he_normal",
       "right: standard normal draws of the seeded generator scaled by he_std", """
def he_normal(shape, seed):
    z = np.random.default_rng(seed).standard_normal(size=shape)
    return z * he_std(shape)
"""),
    _e("rpk_correct_layernorm_fwd_via_transpose", "a5_normalization", "layernorm_forward",
       "right: layer norm written as batch-norm-style column statistics of x.T, transposed back", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T
    mu = xt.mean(axis=0)
    var = ((xt - mu) ** 2).mean(axis=0)
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = (xt - mu).T * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("rpk_correct_cam_einsum_selected_rows", "a7_architectures", "class_activation_map",
       "right: each example's class weights picked as rows of W.T and contracted with its features by einsum", """
def class_activation_map(features, W, classes):
    class_weights = W.T[classes]  # (N, C)
    return np.einsum("nchw,nc->nhw", features, class_weights)
"""),
    _e("rpk_correct_flip_binomial_coins", "a8_pipeline", "random_flip",
       "right: one Bernoulli(p) coin per image from the seeded generator's binomial, the chosen images mirrored with "
       "np.flip on the last axis in a copy", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.binomial(1, p, size=len(x)).astype(bool)
    out = np.array(x, copy=True)
    out[coins] = np.flip(x[coins], axis=-1)
    return out
"""),
]

JUDGED_ON67 = "2026-12-07 on commit e22dce2"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout67 on commit e22dce2 (JUDGED_ON67), the
# full messages from its --json output (/tmp/h67/results.json, not the bench's truncated lines), by an independent
# helper that did not write the detectors or the entries and did not read the detector code (autograder/grading/,
# autograder/sandbox/): judgements, not measurements, and stale as soon as the catalogues or detectors change. id ->
# (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where the
# verdict is not named/right)). Numbers were checked against the entries' sources and the grader tests
# (solutions/<assignment>/tests), and by running code where that settles them: xmu = x_hat / inv_std repairs the
# staged batch-norm backward exactly (max error 9e-15, 2229 without it); the output positions Ho * Wo of the conv
# backward cases are 256 (16 x 16, pad 1), 16 (4 x 4, stride 2) and 36 (6 x 6, 3 x 5 kernel, stride 2, pad 2); the
# global-average-pool maps are (2, 3, 4, 5) and (1, 3, 2, 5) (H = 4 and 2: "4 times", "twice"); 0.3 / 0.55 =
# 0.545455 and sqrt of it 0.7385; 2 / (225 + 423) = 0.00308642 against 1 / 225, 2 / 301 = 0.00664452 against 1 /
# 92; (5 - 1) * 2 - 2 * 1 * 2 + 3 + 1 = 8 where 10; the warm-up ratios 5/6 and 3/4 (0.0166667 where 0.02, 0.243341
# where 0.324455); 64 steps = 3.2 passes of 20 batches over the 1258 digits; 300, 225 and 45 backward passes = 15
# epochs of 20, 15 and 3 batches; 101 values = the multiples of 0.001 from 0 to 0.1; momentum 0.8 in the tests that
# give one. Same standards as JUDGEMENT65 and JUDGEMENT64 (and the earlier ones): a diagnosis with a false statement
# anywhere is misleading (a wrong number included, and a right diagnosis beside a false one), and so is one whose
# observation is true but whose explanation names only mechanisms that are not there (a coincidence of the test's
# values included, as JUDGEMENT50); a departure naming the line with the mistake is right, and so is a range over two
# to four lines that holds it, a loop of up to six lines whose statement holds it, and one that names the line that
# uses a wrong value with, as its alternatives, what holds the mistake; a catalogued entry whose name is not given is
# judged by its diagnoses; one of few causes, the entry's among them, is tolerated (loss_flat's first of three,
# fits_batches_not_predictions' third, as rn6_tta_flip_on_batch_axis in JUDGEMENT65), and so is a generic hedge
# beside a right diagnosis (end_block's "if these are steps ... if they are rows ...", as JUDGEMENT39); a raised_here
# is judged as a departure that names a line, and is right where what it shows is the cause (as
# rg6_test_loader_yields_tuples in JUDGEMENT58); a shape_error remedy that is the repair is right (JUDGEMENT59); a
# one_slip whose change is the fix is right; an error raised by Python, NumPy or torch, a shape comparison or an
# accuracy figure alone is nothing; the checks' own messages are not judged where a diagnosis stands beside them.
# Decided here (new in this set, each with its precedent): zero_pattern's "yours is 0 at 6 of 10 entries where the
# expected is not: nothing reaches them, what reached them was overwritten (a mask of the wrong entries, a loop or
# window that does not cover them ..., or = where contributions must add up with +=), or a floor division" on the
# one-example class activation map, where the zeros are the ReLU zeros of the one feature map picked
# (features[n, classes[n]], no weights, no sum over the channels): the zeros are something else than every mechanism
# it lists, misleading beside a right departure on line 177 and an exact unread_parameter `W` (a close call: its "=
# where contributions must add up" is near, but the student writes no accumulation at all; as JUDGEMENT35's rule,
# qj3_avgpool_fwd_floor_division there, and t7_cam_min_max_normalized in JUDGEMENT5 on the same test; unlike
# qy3_max_pool_bwd_argmax_over_channels in JUDGEMENT50, where "a mask of the wrong entries" was there); draws_shape's
# "your log_uniform() draws (30000 of them in this test) hold only 101 different values ...: the same draws repeated
# (a generator made anew from the same seed for each row or call, or one draw copied across an axis?)" for draws
# rounded to 3 decimals explains a true count by repetition mechanisms that are not there: misleading beside a right
# departure on the return line (as rk8_log_uniform_integer_exponents in JUDGEMENT62); loss_flat's three guesses
# (labels apart from their images, steps that do not reach the weights, a rate too small) as the only diagnosis of a
# network whose nn.AdaptiveAvgPool2d(1) comes first, none of them there: misleading (as l6_adam_weight_decay_one in
# JUDGEMENT24 and n6_all_weights_zero_initialized in JUDGEMENT14); torch_error's "a batch norm built for 16 channels
# (num_features=16) got input with 32: build it for the channels of the layer before it (32: that convolution's
# out_channels ...)" for one nn.BatchNorm2d(16) object placed after both convolutions: every word true, and it names
# the module at fault, the batch norm after the 32-channel convolution, and the repair for that place (its own
# 32-channel layer), though it does not say the module is shared: right (a close call; as
# qw6_second_batchnorm_channel_count_copied in JUDGEMENT48 and qn6_first_batchnorm_sized_by_input_channels in
# JUDGEMENT39). Close calls: raised_here's "line 285: `for k, s, d in zip(kernel_sizes, strides, dilations):` raises
# the error at `zip(...)`. There, `kernel_sizes` is a list of 3 items ...; `dilations` is an int (1)" shows the
# defaulted scalar, the cause, at the zip that refuses it (line 282, `dilations = dilations or 1`, not named): right
# (as rg6_test_loader_yields_tuples in JUDGEMENT58; unlike rm5_spatial_bn_fwd_gamma_reshaped_for_images in
# JUDGEMENT64, whose raised_here showed only a symptom two steps away); shape_error's "(3,) meets the last axis of
# (3, 4) ...: give it the shape (3, 1)" for Adam's moments made as np.zeros(len(w)) is true and its remedy repairs
# (zeros of (3, 1) broadcast to (3, 4) on the first step and are stored at w's shape), beside a departure on line 248
# "or in what `config` holds" (the line that uses the wrong moments, its alternative what holds them): right;
# state_not_kept's "what it carries from one call to the next ... is probably not kept, not updated, or used wrongly
# once it is no longer its first value" for a momentum read from config['beta'] (the velocity decayed by 0.9 where 0.8
# is asked: used wrongly, true) beside the exact unread_parameter and as_if: right (as ql2_nesterov_momentum_read_as_mu
# in JUDGEMENT37 and c2_momentum_velocity_setdefault in JUDGEMENT17); the rectangular crop's departure "your `out` has
# shape (600, 1, 6, 11) where the right value has (600, 1, 6, 6): the right value with 5 more columns before it
# (something added at the start?)" adds a question read off two zero-filled allocations to a departure that names the
# line with the mistake and "other arguments, than meant?" (np.zeros_like(x) for (N, C, size, size)): a hedge beside
# a right diagnosis, right (the other two tests' departure and raised_here are clean); scaled's "0.003906 times the
# expected, which fits more than one cause: 1/H*W ... (H*W=256, the number of positions of a feature map) ...; or N/D
# = 8/2048" for dw divided by Ho * Wo: the first reading exact, the second an alternative (one of few causes); the
# others quote 16 and 36, Ho * Wo of their cases: right; integer_array's examples (np.zeros(n, dtype=int), int(),
# astype(int)) do not include np.geomspace(..., dtype=int), but its observation ("the expected values with their
# fractions cut off (0.01 became 0)") and remedy ("make it an array of floats") are the cause: right (as
# rb7_score_map_squeezed in JUDGEMENT53, a mechanism not among its examples); fits_batches_not_predictions' third
# guess, "the predictions come back in another order than the images (rows shuffled to predict them)", for logits
# sorted by confidence: exact, right (as rn6_tta_flip_on_batch_axis in JUDGEMENT65); the a4 loop departure "the loop
# at lines 102-106 ...: the mistake is in that loop" (five lines, the re-standardization its last statement) beside
# end_block's hedge: right; handed_wrong_input for a cache holding h from before the dropout: right (as
# qe7_residual_fwd_sum_into_x in JUDGEMENT30; the same cause was judged right by zero_pattern in
# u7_resblock_cache_h_before_dropout, JUDGEMENT6).
JUDGEMENT67: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (five tests): "`dx`, set by line 218: `dx = dout[x > 0]`. What that line reads (dout, x) agrees ...;
    # your `dx` has shape (18,) where the right value has (6, 7) ...: the mistake is in that line".
    "rp1_relu_bwd_boolean_index_flattens": ("right", ("departure",), ""),
    # departure: "line 219: `ll = t * np.log(p) + 1 - t * np.log(1 - p)` computes `ll`, a value the correct code never
    # computes ... The mistake is in lines 219-220"; on the matrix test "... set by line 219 ...: the mistake is in that
    # line".
    "rp1_bce_loss_one_minus_t_unparenthesized": ("right", ("departure",), ""),
    # departure (four tests): "`dx`, set by line 220: `dx = (dout @ np.linalg.pinv(w)).reshape(x.shape)`. In it,
    # `np.linalg.pinv(w)` is the first part whose value the correct code never computes ...: the mistake is in that
    # line".
    "rp1_affine_bwd_dx_through_pinv": ("right", ("departure",), ""),
    # departure (both tests): "`s`, set by line 216: `s = np.clip(cache, 1e-7, 1 - 1e-7)` ... (by up to 1e-07) ...: the
    # mistake is in that line (another function, or other arguments, than meant?), or in what the lines after it do".
    "rp1_sigmoid_bwd_output_clipped": ("right", ("departure",), ""),
    # catalogued softmax_over_batch, not named; normalized_axis (both tests): "yours sums to 1 along axis 0; the
    # expected sums to 1 along axis 1: normalized over the wrong axis (e.g. a softmax's sum over the batch where each
    # row, over the classes, is asked: axis=1, keepdims=True)" (Python's sum(e) adds the rows: exact).
    "rp1_softmax_python_builtin_sum": ("right", ("normalized_axis",), ""),
    "rp1_affine_db_identity_jacobian": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # unread_parameter: "your sgd_momentum() never reads config['momentum'] (here 0.8) ...: that setting is ignored";
    # as_if: "yours is what the correct sgd_momentum() returns if config['momentum'] were 0.9"; state_not_kept beside
    # them (true: the velocity is used wrongly once it is not 0; a close call, above).
    "rp2_momentum_read_from_beta_key": ("right", ("unread_parameter", "as_if"), ""),
    # departure (both tests): "`variance`, set by line 235: `variance = eta / gamma ** (1 + step)` ...; your `variance`
    # is 0.545455; with 0.3 there instead ...: the mistake is in that line" (0.3 / 0.55: true).
    "rp2_noise_std_gamma_as_base": ("right", ("departure",), ""),
    # departure: "`step`, set by line 242: ... In it, `config["learning_rate"] * dw` is the first part whose value the
    # correct code never computes ...: the mistake is in that line, or in what `config` holds" (the raw dw: exact).
    "rp2_adagrad_step_uses_raw_dw": ("right", ("departure",), ""),
    # departure (matrices): "line 248: `m = b1 * config["m"] + (1 - b1) * g` raises the error ...; `g` has shape (3, 4):
    # the mistake is in that line, or in what `config` holds"; shape_error beside it: "(3,) meets the last axis of (3,
    # 4) ...: give it the shape (3, 1)" (true, a repair; a close call, above).
    "rp2_adam_moments_sized_by_len": ("right", ("departure",), ""),
    "rp2_adam_hats_computed_update_reads_config": ("named", (), ""),
    "rp2_momentum_negated_learning_rate": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure: "line 282: `per_filter = (in_channels // groups) * kernel_size ** 2` raises the error (at
    # `kernel_size ** 2`) ...: the mistake is in that line".
    "rp3_param_count_kernel_squared_tuple": ("right", ("departure",), ""),
    # raised_here: "line 285: `for k, s, d in zip(kernel_sizes, strides, dilations):` raises the error at `zip(...)`.
    # There, `kernel_sizes` is a list of 3 items ...; `dilations` is an int (1)" (the defaulted scalar: a close call,
    # above).
    "rp3_receptive_field_dilation_default_scalar": ("right", ("raised_here",), ""),
    # scaled (both tests): "every entry is 0.003906 times the expected ...: 1/H*W of the expected (H*W=256, the
    # number of positions of a feature map): a factor H*W is missing, or a division by H*W is extra; or N/D = 8/2048
    # ..."; "1/H*W (H*W=16)", "(H*W=36)" on the others (Ho * Wo checked; a close call, above).
    "rp3_conv_bwd_fast_dw_averaged_over_positions": ("right", ("scaled",), ""),
    # departure: "line 284: `return upsampled - 2 * padding * stride + kernel_span + output_padding` ... 8 where 10 is
    # right ... One change repairs it: written `return upsampled - 2 * padding + kernel_span + output_padding`" (the
    # fix).
    "rp3_transposed_size_padding_times_stride": ("right", ("departure",), ""),
    "rp3_maxpool_bwd_repeat_even_share": ("named", (), ""),
    "rp3_flipped_kernel_index_arithmetic": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # departure (three tests): "`h`, set by line 98: `h = X[:50]` ...; your `h` has shape (50, 40) where the right value
    # has (100, 40) ...: the mistake is in that line".
    "rp4_actstats_first_50_rows": ("right", ("departure",), ""),
    # as_if: "yours is what the correct xavier_std() returns if mode were 'fan_avg'"; departure: "`var`, set by line 93:
    # `var = 2.0 / (fan_in + fan_out)` ... 0.00308642; with 0.00444444 there ...: the mistake is in that line, or in
    # the condition at line 92 ...: `if mode.startswith("fan"):`" (checked).
    "rp4_xavier_std_mode_startswith": ("right", ("as_if", "departure"), ""),
    # reshaped: "your values are right but in shape (40, 144); reshape them to (40, 16, 3, 3)" (the same draws in the
    # same order: exact).
    "rp4_he_normal_per_filter_matrix": ("right", ("reshaped",), ""),
    # departure (three tests): "the loop at lines 102-106 (`for i, W in enumerate(weights):`) leaves `means` holding
    # values the correct code never computes ...: the mistake is in that loop"; end_block's hedge beside it ("what is
    # carried from one step ... to the next goes wrong"; a close call, above).
    "rp4_actstats_layers_restandardized": ("right", ("departure",), ""),
    "rp4_fans_np_delete_wrong_axis": ("named", (), ""),
    "rp4_xavier_normal_seed_mixed_with_clock": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "`out`, set by line 223: `out = beta * x_hat + gamma` ...: the mistake is in that line".
    "rp5_layernorm_gamma_beta_swapped": ("right", ("departure",), ""),
    # unread_parameter: "never reads bn_param['momentum'] (here 0.8) ...: that setting is ignored"; as_if: "... if
    # bn_param['momentum'] were 0.9" (exact).
    "rp5_bn_momentum_read_from_decay_key": ("right", ("unread_parameter", "as_if"), ""),
    # truth_value_error: "line 218: `if cache == None:` raises the error at `cache == None`. There, `cache` is a float64
    # array of shape (30, 20) ...: to ask whether it was given, compare with None, `if y is None:`" (the line and the
    # fix).
    "rp5_dropout_bwd_cache_compared_with_none": ("right", ("truth_value_error",), ""),
    # one_slip (both tests): "the factor `/ inv_std` missing (or it is one in yours)" (xmu = x_hat / inv_std repairs
    # it: checked).
    "rp5_bn_bwd_dvar_from_x_hat": ("right", ("one_slip",), ""),
    "rp5_bn_running_update_guarded_by_eval": ("named", (), ""),
    "rp5_bn_branch_on_training_flag": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # break_on_a_batch: "line 80: `if loss.item() < 0.5:` leaves the training (line 82) the first time one mini-batch's
    # value passes that threshold: your code trained 3.2 passes ... (64 optimizer steps ...)" (checked).
    "rp6_stops_when_batch_loss_below_threshold": ("right", ("break_on_a_batch",), ""),
    # torch_error (three tests): "a batch norm built for 16 channels (num_features=16) got input with 32: build it for
    # the channels of the layer before it (32: that convolution's out_channels ...)" (the shared module not said: a
    # decision, above).
    "rp6_batchnorm_module_reused": ("right", ("torch_error",), ""),
    # loss_flat (three tests): "the training loss stayed at about 2.27 over 300 steps (ln 10 = 2.30 ...): the model
    # learned nothing from its batches. A batch's labels not those of its images ..., steps that do not reach the
    # model's weights ..., or a learning rate too small for them to move?" (none of the three: a decision, above).
    "rp6_global_pool_before_convolutions": (
        "misleading", (),
        "the Sequential begins with nn.AdaptiveAvgPool2d(1): every image is averaged to one value per channel before "
        "any convolution, so the 3x3 convolutions see 1 x 1 inputs and the network gets only the channel means, "
        "which cannot tell the classes apart (loss about 2.27 against ln 10 on the digits); the labels, the steps and "
        "the rate are right; put the global pooling after the last convolution, just before nn.Flatten()."),
    # fits_batches_not_predictions (digits, shapes): "... the training loss fell from 2.11 to 0.04 ..., yet it predicts
    # 200 of those same training images ... at accuracy 0.13: ..., or the predictions come back in another order than
    # the images (rows shuffled to predict them)" (the third, exact: a close call, above).
    "rp6_test_logits_sorted_by_confidence": ("right", ("fits_batches_not_predictions",), ""),
    # catalogued untrained_model, not named; no_optimizer_step (three tests): "loss.backward() ran 300 times, but no
    # torch.optim optimizer's step() ran ...: Call optimizer.step() after each backward()" (300, 225, 45: checked).
    "rp6_scheduler_stepped_optimizer_never": ("right", ("no_optimizer_step",), ""),
    # catalogued labels_shuffled, not named; labels_not_images (digits): "what it learned from its batches is not the
    # labels of their images. X and y are shuffled or indexed apart: index both with the same indices"; loss_flat
    # (shapes): its first guess, the labels.
    "rp6_oversampling_labels_drawn_separately": ("right", ("labels_not_images", "loss_flat"), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (six tests): "`dz`, set by line 177: `dz = np.where(dout > 0, dout, 0.0)` ...: the mistake is in that
    # line (another function, or other arguments, than meant?) ...".
    "rp7_resblock_bwd_relu_mask_from_dout": ("right", ("departure",), ""),
    # handed_wrong_input (both dropout tests): "your residual_block_backward() is the correct code's own, yet it
    # returns a wrong grads['W2'] here: it was handed `cache` from your residual_block_forward(). The mistake is in
    # what residual_block_forward() returns there (what it holds ...)".
    "rp7_resblock_fwd_caches_h_before_dropout": ("right", ("handed_wrong_input",), ""),
    # departure: "line 177: `cams = features[np.arange(N), classes]` raises the error ...: the mistake is in that line"
    # and unread_parameter: "never reads its parameter `W`" (both right); index_error's "one computed with another
    # axis's length (... rows indexed by what counts columns)?" among its guesses (tolerated); but zero_pattern on
    # test_one_example: "yours is 0 at 6 of 10 entries where the expected is not: nothing reaches them, what reached
    # them was overwritten (a mask ..., a loop or window ..., or = where contributions must add up with +=), or a floor
    # division" (the picked ReLU map's own zeros: a decision, above).
    "rp7_cam_feature_map_indexed_by_class": (
        "misleading", ("departure", "unread_parameter"),
        "line 177 returns features[n, classes[n]], feature map number classes[n]: the class index is used as a "
        "channel index and W is never read, where the CAM is the class's weighted sum over every channel, "
        "sum_c W[c, classes[n]] * features[n, c] (one unweighted map comes back, 0 wherever that ReLU map is 0, and "
        "an IndexError where a class number reaches the channel count); compute np.einsum('nchw,nc->nhw', features, "
        "W.T[classes])."),
    # departure: "`dx`, set by line 179: `dx += dout[:, :, np.newaxis, np.newaxis] / area` ... 4 times the right value
    # ...: the mistake is in that line, or in `area`, set by line 177: `area = shape[-1]`"; scaled: "4 times", "twice"
    # (H = 4 and 2: true).
    "rp7_gap_backward_divided_by_width_only": ("right", ("departure", "scaled"), ""),
    "rp7_saliency_mask_abs_nonzero": ("named", (), ""),
    "rp7_resblock_bwd_dropout_looked_up_in_params": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure (two tests): "`out`, set by line 168: `out = np.zeros_like(x)` ...; your `out` has shape (800, 2, 12,
    # 12) where the right value has (800, 2, 10, 10) ...: the mistake is in that line (another function, or other
    # arguments, than meant?)"; raised_here: "... `out` is set at line 168: `out = np.zeros_like(x)`" (the
    # rectangular test's "something added at the start?": a close call, above).
    "rp8_crop_output_allocated_like_input": ("right", ("departure", "raised_here"), ""),
    # departure (both tests): "line 167: `return np.round(10.0 ** exponents, 3)` ... (by up to 0.0005): the mistake is
    # in that line" (right); but draws_shape: "... hold only 101 different values, where the correct code's hold 18000:
    # the same draws repeated (a generator made anew from the same seed for each row or call, or one draw copied across
    # an axis?)" (the count true, the mechanisms not there: a decision, above).
    "rp8_log_uniform_values_rounded": (
        "misleading", ("departure",),
        "line 167 rounds every draw to 3 decimals, np.round(10.0 ** exponents, 3): draws below 5e-4 become 0, outside "
        "[low, high], and the rest collapse onto the 101 multiples of 0.001 from 0 to 0.1, so the shares of the "
        "decades are wrong; nothing is redrawn or repeated; return 10.0 ** exponents unrounded."),
    # scaled: "0.8333 times the expected (one common factor)" (5/6); departure (both tests): "line 166: `return
    # base_lr * (step + 1) / (warmup_steps + 1)` ... 0.0166667 where 0.02 ... One change repairs it: written `return
    # base_lr * (step + 1) / (warmup_steps)`" (the fix).
    "rp8_warmup_divided_by_warmup_plus_one": ("right", ("departure", "scaled"), ""),
    # integer_array: "yours is an array of integers (int64): the expected values with their fractions cut off (0.01
    # became 0) ...? Make it an array of floats" (the dtype=int of np.geomspace not among its examples: a close call,
    # above).
    "rp8_log_grid_integer_dtype": ("right", ("integer_array",), ""),
    "rp8_crop_padded_then_cropped_back": ("named", (), ""),
    "rp8_normalize_each_split_zscored": ("named", (), ""),
}
# Counts: named 13, right 32 (named or right 45/48 = 94%; not in the catalogue: right 29/32 = 91%; the 16
# catalogued: 13 named, 3, rp1_softmax_python_builtin_sum, rp6_scheduler_stepped_optimizer_never and
# rp6_oversampling_labels_drawn_separately, right by their diagnoses), misleading 3, vague 0, nothing 0, wrong_name
# 0, check_message 0, not_caught 0. HOLDOUT67_CORRECT: all 7 earn full marks.

HOLDOUT67 = [replace(e, verdict=JUDGEMENT67[e.id][0], expected=frozenset(JUDGEMENT67[e.id][1]),
                     ideal=JUDGEMENT67[e.id][2]) if e.id in JUDGEMENT67 else e for e in HOLDOUT67]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,611 earlier ones (corpus.py and holdout.py-holdout65.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 15 of the 48 mistakes and 6 of the
# 7 right variants repeat.
# Fresh mistakes (the 33 that repeat no earlier entry): named or right 30/33 = 91%.
# (id -> the earlier entry it repeats)
REPEATED67: dict[str, str] = {
    # borderline: db = dout times the bias's identity local derivative (eye matmul vs ones product), never summed: same
    # (N, M) dout
    "rp1_affine_db_identity_jacobian": "t1_db_chain_rule_literal",
    # cache of g = dw + wd*w, step divides the raw dw: same code, same values
    "rp2_adagrad_step_uses_raw_dw": "j2_adagrad_step_raw_dw",
    # borderline: bias correction computed into unused variables, update uses raw m / (sqrt(v) + eps)
    "rp2_adam_hats_computed_update_reads_config": "g2_adam_corrected_step_size_unused",
    # one factor negated (lr here, g there) and put into v = mu*v - lr*g: double minus, v = mu*v + lr*g
    "rp2_momentum_negated_learning_rate": "qo2_momentum_descent_direction_negated_twice",
    # per-window loop spreading dout[:, :, i:i+1, j:j+1] / (ph*pw) over the window (np.repeat vs np.kron)
    "rp3_maxpool_bwd_repeat_even_share": "qt3_max_pool_bwd_kron_uniform_share",
    # kernel read as w[..., HH-1-u, WW-1-v] by index arithmetic: true convolution
    "rp3_flipped_kernel_index_arithmetic": "f3_conv_naive_offsets_reversed_kernel",
    # 'every axis but out_channels' drops axis 1 instead (np.delete vs slice): fan_in = out*kh*kw
    "rp4_fans_np_delete_wrong_axis": "rn4_fans_slice_skips_in_channels",
    # break at the first mini-batch loss < 0.5 with a done flag: same code
    "rp6_stops_when_batch_loss_below_threshold": "qz6_stop_when_batch_loss_small",
    # sched.step() where opt.step() belongs: weights never move
    "rp6_scheduler_stepped_optimizer_never": "qe6_scheduler_stepped_instead_of_optimizer",
    # borderline: images and labels reordered by two separate draws of one generator (choice vs shuffle), pairs broken
    "rp6_oversampling_labels_drawn_separately": "m6_images_and_labels_shuffled_by_two_draws",
    # output ReLU's backward as ReLU of dout (np.where(dout > 0, dout, 0) == np.maximum(dout, 0))
    "rp7_resblock_bwd_relu_mask_from_dout": "qr7_res_bwd_relu_applied_to_dout",
    # dropped h under another name, the undropped h cached: same code
    "rp7_resblock_fwd_caches_h_before_dropout": "u7_resblock_cache_h_before_dropout",
    # output buffer zeros_like(x) vs empty_like(x): (N, C, H, W) instead of (N, C, size, size)
    "rp8_crop_output_allocated_like_input": "qa8_crop_output_buffer_like_input",
    # base_lr * (step + 1) / (warmup_steps + 1): same formula
    "rp8_warmup_divided_by_warmup_plus_one": "qi8_warmup_ramp_over_warmup_plus_one",
    # borderline: a library standardizer fitted on each split separately (scipy zscore vs sklearn StandardScaler);
    # zscore also gives nan on constant columns
    "rp8_normalize_each_split_zscored": "qi8_normalize_standard_scaler_per_split",
    # borderline: same out = x * (x > 0); only the cache differs (the input, the standard one)
    "rpk_correct_relu_fwd_mask_product": "qdk_correct_relu_fwd_caches_output",
    # einsum('nd,n->d', X, residual) * 2 / N: same code
    "rpk_correct_linreg_gradient_einsum": "rik_correct_linreg_gradient_einsum_residual",
    # sliding_window_view[:, :, ::s, ::s].max(axis=(-2, -1)): identical code
    "rpk_correct_maxpool_fwd_sliding_windows": "rkk_correct_max_pool_sliding_window",
    # default_rng(seed).standard_normal(shape) * he_std(shape): same code
    "rpk_correct_he_normal_standard_normal_scaled": "qbk_correct_he_normal_standard_scaled",
    # column statistics of x.T, transposed back, inv_std[:, None]: same code
    "rpk_correct_layernorm_fwd_via_transpose": "rjk_correct_layernorm_via_transpose",
    # W.T[classes] contracted by einsum over c (operand order swapped)
    "rpk_correct_cam_einsum_selected_rows": "qwk_correct_a7_cam_einsum_gathered_weights",
}
