"""A forty-sixth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 8465cf9 (JUDGED_ON46, JUDGEMENT46 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout46.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements
of corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to
avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns
full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT46 holds the
mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT46_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT46: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qu1_softmax_apply_along_axis_columns", "a1_backprop", "softmax",
       "the softmax is applied with np.apply_along_axis(..., 0, scores), which hands the helper each column (one "
       "class over the whole batch), not each row: every class is normalized over the batch instead of every row "
       "over its classes (axis=1)", """
def softmax(scores):
    def _stable(v):
        e = np.exp(v - v.max())
        return e / e.sum()
    return np.apply_along_axis(_stable, 0, scores)
""", catalogued="softmax_over_batch"),
    _e("qu1_logistic_feature_loop_residual_reversed", "a1_backprop", "logistic_regression_gradient",
       "the gradient is built feature by feature, grad[d] = sum((y - pi) * X[:, d]): the residual is written "
       "y - pi, the gradient of the log-likelihood, so every entry has the wrong sign (the NLL's gradient is "
       "X^T (pi - y))", """
def logistic_regression_gradient(w, X, y):
    pi, _ = sigmoid_forward(X @ w)
    grad = np.zeros(X.shape[1])
    for d in range(X.shape[1]):
        grad[d] = np.sum((y - pi) * X[:, d])    # residual times feature d
    return grad
""", catalogued="logistic_gradient_sign_flipped"),
    _e("qu1_bce_mean_over_rows", "a1_backprop", "binary_cross_entropy_loss",
       "the loss and its gradient are divided by len(probs), the number of rows, instead of probs.size, the number "
       "of elements: right for a vector, but for a (N, D) matrix both are D times too large", """
def binary_cross_entropy_loss(probs, target):
    n = len(probs)                      # batch size
    ll = target * np.log(probs) + (1 - target) * np.log(1 - probs)
    loss = -np.sum(ll) / n
    dprobs = (probs - target) / (probs * (1 - probs)) / n
    return loss, dprobs
"""),
    _e("qu1_ce_grad_from_unshifted_scores", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is the stable log-sum-exp of the max-shifted scores, but dscores is built from np.exp of the raw, "
       "unshifted scores: for scores of magnitude 1000 the exponentials overflow and dscores is NaN (the gradient "
       "must use the shifted scores too)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    m = scores.max(axis=1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(scores - m), axis=1, keepdims=True))
    loss = np.mean(lse[:, 0] - scores[np.arange(n), y])
    e = np.exp(scores)
    dscores = e / e.sum(axis=1, keepdims=True)
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
"""),
    _e("qu1_mlp_mse_on_one_hot", "a1_backprop", "two_layer_mlp_loss",
       "the data loss is mse_loss of the scores against one-hot labels (regression onto the one-hot vectors) "
       "instead of softmax_cross_entropy_loss of the scores and y: the loss value and every gradient are those of "
       "another loss", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, c1 = affine_forward(X, W1, b1)
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    targets = np.zeros_like(scores)
    targets[np.arange(len(y)), y] = 1.0
    loss, dscores = mse_loss(scores, targets)
    loss += 0.5 * reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("qu1_tanh_cache_output_and_input_pair", "a1_backprop", "tanh_forward",
       "out = tanh(x) is right, but the cache is the pair (out, x) 'for the backward pass' where tanh_backward "
       "reads the cache as the output array t itself: 1 - t**2 is taken of a (2, ...) stack of the output and the "
       "input, so dx has the wrong shape and values", """
def tanh_forward(x):
    out = np.tanh(x)
    return out, (out, x)
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qu2_adam_ema_helper_no_correction", "a2_optim", "adam",
       "the moments are kept with an ema(old, new, beta) helper and t is counted, but the step divides the raw "
       "first moment by the root of the raw second one: the bias corrections m / (1 - beta1**t) and "
       "v / (1 - beta2**t) are never applied, so the first steps are far too small", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)

    def ema(old, new, beta):
        return beta * old + (1.0 - beta) * new

    g = _gradient(w, dw, config)
    zeros = np.zeros_like(w)
    config["t"] = config.get("t", 0) + 1
    config["m"] = ema(config.get("m", zeros), g, config["beta1"])
    config["v"] = ema(config.get("v", zeros), g * g, config["beta2"])
    step = config["m"] / (np.sqrt(config["v"]) + config["epsilon"])
    return w - config["learning_rate"] * step, config
""", catalogued="adam_no_bias_correction"),
    _e("qu2_rmsprop_stacked_sum_no_decay", "a2_optim", "rmsprop",
       "the cache is updated as np.sum([cache, g**2], axis=0), the old cache plus the new squared gradient: "
       "decay_rate is set but never used, so this is Adagrad's growing sum instead of the moving average "
       "decay_rate * cache + (1 - decay_rate) * g**2", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = np.sum([cache, g ** 2], axis=0)      # running squared gradient
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
""", catalogued="rmsprop_without_decay"),
    _e("qu2_exponential_lr_running_product", "a2_optim", "exponential_lr",
       "the rate is kept between calls in a module-level dict and multiplied by gamma once per call ('cheaper than "
       "a power'): it is base_lr * gamma**(number of earlier calls), right only when the function is called for "
       "steps 0, 1, 2, ... in order; the rate must be base_lr * gamma**step from the step alone", """
_EXP_STATE = {}


def exponential_lr(base_lr, step, gamma):
    key = (base_lr, gamma)
    if step == 0 or key not in _EXP_STATE:
        _EXP_STATE[key] = base_lr
    else:
        _EXP_STATE[key] *= gamma
    return _EXP_STATE[key]
"""),
    _e("qu2_newton_direction_normalized", "a2_optim", "newton_step",
       "the Newton direction H^-1 grad is solved right but divided by its norm ('a unit direction'): the step has "
       "length 1 whatever the curvature, instead of the full Newton step w - H^-1 grad that lands on the minimum "
       "of a quadratic", """
def newton_step(w, grad, hessian):
    direction = np.linalg.solve(hessian, grad)
    direction = direction / np.linalg.norm(direction)
    return w - direction
"""),
    _e("qu2_momentum_velocity_zeros_len", "a2_optim", "sgd_momentum",
       "the velocity starts as np.zeros(len(w)), one entry per row: right for a weight vector, but for a weight "
       "matrix (D, M) the (D,) zeros broadcast against the (D, M) gradient along the wrong axis (or raise); it "
       "must be np.zeros_like(w)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    if "velocity" not in config:
        config["velocity"] = np.zeros(len(w))
    v = config["momentum"] * config["velocity"] - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
"""),
    _e("qu2_cosine_lr_warm_restart_modulo", "a2_optim", "cosine_lr",
       "the progress is taken as (step % total_steps) / total_steps, SGDR's warm restart: at step total_steps the "
       "schedule restarts at base_lr instead of reaching min_lr (the cosine runs once, t = step / total_steps)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    t = (step % total_steps) / total_steps      # position in the cycle
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * t))
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qu3_avg_pool_bwd_einsum_ones_block", "a3_conv", "avg_pool_backward",
       "each window's gradient is spread with an outer product einsum('nc,hw->nchw', dout[:, :, i, j], ones) "
       "and added to the window (overlaps summed right), but the ones are never divided by the window's area: "
       "each input gets dout instead of dout / (pool_height * pool_width)", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    block = np.ones((ph, pw))            # every input of the window took part in the average
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += np.einsum("nc,hw->nchw", dout[:, :, i, j], block)
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qu3_conv_naive_np_flip_filters", "a3_conv", "conv_forward_naive",
       "the filters are flipped once with np.flip(w, axis=(2, 3)) before the loops over the output positions ('a "
       "convolution flips its kernel'): a true convolution, where the layer computes the cross-correlation "
       "sum(window * w[f]) with w as given", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    kernel = np.flip(w, axis=(2, 3))
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.empty((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            patch = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = np.einsum("nchw,fchw->nf", patch, kernel) + b
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("qu3_conv_bwd_fast_dw_unpadded_windows", "a3_conv", "conv_backward_fast",
       "dw contracts dout with the windows of the unpadded x instead of the zero-padded xp the forward pass slid "
       "over: with pad > 0 the windows are misaligned and fewer than the outputs (dx and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    windows = sliding_window_view(x, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, windows, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 2, 3))
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("qu3_output_size_missing_plus_one", "a3_conv", "conv_output_size",
       "the configuration is checked right, but the size returned is the number of strides that fit, "
       "span // stride, without the + 1 for the first window: every output size is one too small", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    extent = dilation * (kernel_size - 1) + 1
    span = input_size + 2 * padding - extent
    if span < 0 or span % stride != 0:
        raise ValueError("invalid convolution configuration")
    return span // stride
"""),
    _e("qu3_unpool_buffer_sized_from_pooled_input", "a3_conv", "max_unpool",
       "the output planes are allocated with the pooled input's own height and width, x.shape[2] * x.shape[3], "
       "instead of output_shape: the flat indices of the larger plane fall outside the buffer (or land at the "
       "wrong place) and the result is reshaped to the wrong size", """
def max_unpool(x, indices, output_shape):
    N, C, H, W = x.shape
    out = np.zeros((N, C, H * W))
    flat_idx = indices.reshape(N, C, -1)
    for n in range(N):
        for c in range(C):
            out[n, c, flat_idx[n, c]] = x[n, c].ravel()
    return out.reshape(N, C, H, W)
"""),
    _e("qu3_conv_transpose_pads_instead_of_crop", "a3_conv", "conv_transpose_forward",
       "pad is applied as in a forward convolution: the full output is zero-padded by pad on every side "
       "(np.pad) instead of cropped by pad, so the output is 4 * pad rows and columns too large and shifted", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum("nc,cfhw->nfhw", x[:, :, i, j], w)
    full = np.pad(full, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    return full + b[None, :, None, None]
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qu4_he_std_reciprocal_root", "a4_init", "he_std",
       "He's std is written np.sqrt(np.reciprocal(fan_in)), the root of 1 / fan_in (LeCun's std): the factor 2 "
       "that compensates the ReLU zeroing half of its inputs is missing, sqrt(2 / fan_in)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return float(np.sqrt(np.reciprocal(float(fan_in))))
""", catalogued="relu_factor_2_missing"),
    _e("qu4_stats_pairs_zipped_from_preactivation", "a4_init", "activation_statistics",
       "each layer's (mean, var) pair is recorded from z = h @ W, before the activation is applied to give the "
       "next h, and the pairs are unzipped with zip(*stats): the statistics are the pre-activations', not those "
       "of the layer's output act(h @ W)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    stats = []
    h = X
    for W in weights:
        z = h @ W
        stats.append((z.mean(), z.var()))
        h = f(z)
    means, variances = zip(*stats)
    return np.array(means), np.array(variances)
""", catalogued="statistics_before_activation"),
    _e("qu4_xavier_normal_seeded_by_shape", "a4_init", "xavier_normal",
       "the generator is seeded from the weight's shape, default_rng(hash(shape) % 2**32) ('a layer of the same "
       "shape always gets the same weights'), and the seed argument is never used: every seed gives the same "
       "draws; the generator must be default_rng(seed)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(abs(hash(tuple(shape))) % (2 ** 32))
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
"""),
    _e("qu4_stats_last_layer_left_linear", "a4_init", "activation_statistics",
       "the activation is applied to every layer but the last ('the output layer is linear'), whose output h @ W "
       "is measured without it: the last mean and variance are those of a linear layer, where every layer, the "
       "last included, is h = act(h @ W)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    last = len(weights) - 1
    for i, W in enumerate(weights):
        h = h @ W
        if i < last:              # no nonlinearity on the output layer
            h = acts[activation](h)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qu4_xavier_std_fans_multiplied", "a4_init", "xavier_std",
       "in mode fan_avg the fans are multiplied instead of added: gain * sqrt(2 / (fan_in * fan_out)) instead of "
       "gain * sqrt(2 / (fan_in + fan_out)) (mode fan_in right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        return gain * math.sqrt(1.0 / fan_in)
    return gain * math.sqrt(2.0 / (fan_in * fan_out))
"""),
    _e("qu4_he_normal_std_of_one_filter_shape", "a4_init", "he_normal",
       "the std is taken as he_std(shape[1:]), the shape of one output unit's weights ('the fan-in is the size of "
       "one filter'): compute_fans reads that shorter shape with the wrong layout (a conv filter (in, kh, kw) "
       "gives fan_in kh * kw, a linear column (M,) raises), where he_std(shape) is meant", """
def he_normal(shape, seed):
    per_unit = tuple(shape[1:])          # weights feeding one output unit
    return np.random.default_rng(seed).normal(0.0, he_std(per_unit), size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qu5_bn_rms_of_deviations_plus_eps", "a5_normalization", "batchnorm_forward",
       "train mode computes each feature's standard deviation as the root of the mean squared deviation and adds "
       "eps to it, inv_std = 1 / (sqrt(mean((x - mu)**2)) + eps): eps belongs inside the square root, "
       "1 / sqrt(var + eps), which matters for features with a tiny variance", """
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
        mu = np.mean(x, axis=0)
        dev = x - mu
        var = np.mean(dev ** 2, axis=0)
        inv_std = 1.0 / (np.sqrt(var) + eps)
        x_hat = dev * inv_std
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
""", catalogued="bn_eps_outside_sqrt"),
    _e("qu5_dropout_helper_drop_rate", "a5_normalization", "dropout_forward",
       "a helper _bernoulli_mask(shape, rate, rng) is written with Keras's meaning of the rate, the fraction to "
       "drop: units are kept where the draw exceeds p and scaled by 1 / (1 - p), so p acts as the drop "
       "probability where it is the keep probability (mask = (u < p) / p)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None

    def _bernoulli_mask(shape, rate, rng):
        keep = rng.random(shape) > rate
        return keep / (1.0 - rate)

    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = _bernoulli_mask(x.shape, p, rng)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("qu5_dropout_bwd_divides_by_mask", "a5_normalization", "dropout_backward",
       "the backward pass divides dout by the cached mask ('undo what the forward pass did') instead of "
       "multiplying by it: the kept units' gradient is dout * p instead of dout / p, and the dropped units, "
       "where the mask is 0, get inf or nan instead of 0", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    with np.errstate(divide="ignore", invalid="ignore"):
        return dout / cache
"""),
    _e("qu5_spatial_bn_cache_with_shape", "a5_normalization", "spatial_batchnorm_forward",
       "out is right, but the cache returned is the pair (batchnorm cache, x.shape) 'so the backward pass knows "
       "the shape', where the documented cache is batchnorm_forward's own cache: spatial_batchnorm_backward hands "
       "it to batchnorm_backward_alt, which cannot unpack (x_hat, gamma, inv_std) from it", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    flat = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out, bn_cache = batchnorm_forward(flat, gamma, beta, bn_param)
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return out, (bn_cache, x.shape)
"""),
    _e("qu5_l2_penalty_keepdims", "a5_normalization", "l2_penalty",
       "the sum of squares is taken with keepdims=True: the penalty comes back as a (1, 1) array instead of a "
       "scalar (the gradient reg * W right)", """
def l2_penalty(W, reg):
    sq = np.sum(W * W, keepdims=True)
    return 0.5 * reg * sq, reg * W
"""),
    _e("qu5_bn_bwd_batch_size_from_gamma", "a5_normalization", "batchnorm_backward",
       "in the staged backward pass the batch size is taken as N = len(gamma), the number of features D, instead "
       "of dout.shape[0]: the two averaged terms dvar * 2 (x - mu) / N and dmu / N are scaled by N / D "
       "(dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = len(gamma)
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = (dx_hat * x_mu).sum(axis=0) * -0.5 * inv_std ** 3
    dmu = -(dx_hat * inv_std).sum(axis=0) - 2 * dvar * x_mu.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qu6_label_smoothing_flag_true", "a6_cnn", "train_and_predict",
       "the loss is nn.CrossEntropyLoss(label_smoothing=True), the smoothing switched 'on' with a flag: torch "
       "reads True as the smoothing amount 1.0, so every target is the uniform distribution over the classes and "
       "the labels carry no signal (label_smoothing=0.1, a fraction, or no smoothing)", """
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
    criterion = nn.CrossEntropyLoss(label_smoothing=True)   # regularize with label smoothing
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = criterion(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qu6_permutation_over_image_length", "a6_cnn", "train_and_predict",
       "the shuffled order is torch.randperm(len(X[0])): len of the first image is its number of channels (1 or "
       "3), not the number of images len(X), so each epoch trains on one batch of the first one to three images "
       "only and the model never sees the rest of the training set", """
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
    for epoch in range(15):
        model.train()
        perm = torch.randperm(len(X[0]), generator=g)     # new order of the samples every epoch
        for start in range(0, len(perm), 64):
            idx = perm[start:start + 64].to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qu6_freeze_loop_over_all_parameters", "a6_cnn", "train_and_predict",
       "after the first epoch the convolutional part is meant to be frozen, but the loop sets requires_grad = False "
       "on model.parameters(), the classifier's included: from the second epoch no parameter requires a gradient "
       "and loss.backward() raises (freeze model[:-1].parameters() only, or nothing)", """
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
    for epoch in range(15):
        if epoch == 1:
            # features are learned after one epoch: freeze the backbone, fine-tune the head
            for p in model.parameters():
                p.requires_grad = False
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
    _e("qu6_returns_negative_log_probabilities", "a6_cnn", "train_and_predict",
       "a well trained model, but the function returns -log_softmax(logits) ('the per-class losses'), the negative "
       "log-probabilities: their largest entry is the least likely class, so taking the argmax of what is "
       "returned picks the wrong class (return the logits, or log-probabilities without the minus)", """
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
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device))
        nll = -torch.log_softmax(logits, dim=1)     # cross-entropy of each class
    return nll.cpu().numpy()
"""),
    _e("qu6_predicted_class_per_image_loop", "a6_cnn", "train_and_predict",
       "a well trained model, but the test images are predicted one at a time in a loop that keeps "
       "int(model(x[None]).argmax()), so the function returns the predicted class of each image, an (M,) integer "
       "array, instead of the (M, classes) logits", """
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
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    preds = []
    with torch.no_grad():
        for x in torch.tensor(X_test, device=device):
            preds.append(int(model(x[None]).argmax()))     # predicted digit
    return np.array(preds)
""", catalogued="predictions_not_logits"),
    _e("qu6_ema_weights_decay_one", "a6_cnn", "train_and_predict",
       "the predictions come from an exponential moving average of the weights (a deepcopy of the model made "
       "before training) updated with decay 1.0 ('keep all of the history'): ema = 1.0 * ema + 0.0 * p never "
       "moves, so the returned logits are those of the untrained initial network (decay 0.99 or so, or predict "
       "with the trained model)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import copy
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
    ema = copy.deepcopy(model)
    decay = 1.0                      # average over the whole run
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            with torch.no_grad():
                for pe, p in zip(ema.parameters(), model.parameters()):
                    pe.mul_(decay).add_(p, alpha=1 - decay)
    ema.eval()
    with torch.no_grad():
        return ema(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    # ------------------------------------------------------------------ a7_architectures
    _e("qu7_nll_head_read_as_log_variance_precision", "a7_architectures", "gaussian_nll",
       "the head is read as a log-variance: the precision is written exp(-log_std) and the normalizer "
       "0.5 * log_std (with the matching gradients), where exp(log_std) is the standard deviation: the variance "
       "is exp(2 * log_std) and the normalizer contributes log_std", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    prec = np.exp(-log_std)              # 1 / variance
    r = y - mu
    per = 0.5 * math.log(2 * math.pi) + 0.5 * log_std + 0.5 * r ** 2 * prec
    loss = per.sum() / N
    dmu = -r * prec / N
    dlog_std = (0.5 - 0.5 * r ** 2 * prec) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("qu7_saliency_loop_linear_path", "a7_architectures", "saliency_map",
       "each example's input gradient is taken as W1 @ W2[:, y[n]] in a loop, the path through both weight "
       "matrices without the hidden ReLU's mask (a1 > 0): units whose input was negative pass gradient back as if "
       "the net were linear", """
def saliency_map(x, params, y):
    N = x.shape[0]
    W1, W2 = params["W1"], params["W2"]
    grads = np.empty((N, W1.shape[0]))
    for n in range(N):
        grads[n] = W1 @ W2[:, y[n]]          # d score_y / d x
    return np.abs(grads.reshape(x.shape)).max(axis=1)
""", catalogued="saliency_relu_mask_missing"),
    _e("qu7_cam_example_index_as_class", "a7_architectures", "class_activation_map",
       "loop-variable slip: example n's map weights the feature maps with W[:, n], the column of the class whose "
       "number is the example's index, instead of W[:, classes[n]], the column of its own class", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    cams = np.zeros((N, H, Wd))
    for n in range(N):
        w = W[:, n]
        cams[n] = np.tensordot(w, features[n], axes=(0, 0))
    return cams
"""),
    _e("qu7_mdn_log_p_without_keepdims", "a7_architectures", "mdn_nll",
       "the stable log-sum-exp log_p is taken without keepdims, shape (N,): the loss is right, but the "
       "responsibilities exp(terms - log_p) broadcast the (N,) vector along the K components (an error, or "
       "wrong gradients when N == K) instead of subtracting each row's log_p", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1)
    log_p = top + np.log(np.exp(terms - top[:, None]).sum(axis=1))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qu7_residual_dropout_on_block_input", "a7_architectures", "residual_block_forward",
       "the dropout mask is applied to the block's input x (x * mask / p) before the first affine layer, instead "
       "of to the hidden units h after the ReLU: the (N, H) mask does not fit the (N, D) input (an error, or the "
       "wrong units dropped when D == H), and the shortcut sees the dropped input", """
def residual_block_forward(x, params, dropout=None):
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        x = x * scale                       # drop some inputs of the block
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, None, z)
"""),
    _e("qu7_saliency_squeezed", "a7_architectures", "saliency_map",
       "the saliency is right, but it is returned through np.squeeze ('drop the channel axis'): squeeze drops "
       "every axis of length 1, so for a batch of one image the result is (H, W) instead of (1, H, W)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    sal = np.abs(dx).max(axis=1, keepdims=True)
    return np.squeeze(sal)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qu8_warmup_linear_helper_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written with a helper _lerp(0, base_lr, step / warmup_steps): the ramp starts at 0 at step "
       "0 and reaches base_lr only one step after the warm-up ends, where it must be base_lr * (step + 1) / "
       "warmup_steps (the cosine part right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    def _lerp(a, b, frac):
        return a + (b - a) * frac

    if step < warmup_steps:
        return _lerp(0.0, base_lr, step / warmup_steps)
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * t))
""", catalogued="warmup_starts_at_zero"),
    _e("qu8_flip_scalar_coin_np_where", "a8_pipeline", "random_flip",
       "the coin is a single draw, rng.random() < p, passed to np.where(coin, x[..., ::-1], x): the scalar "
       "condition broadcasts over the whole batch, so either every image is mirrored or none, where each image "
       "tosses its own coin (rng.random(N) < p)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coin = rng.random() < p
    return np.where(coin, x[..., ::-1], x)
""", catalogued="flip_whole_batch"),
    _e("qu8_update_ratio_lr_under_root", "a8_pipeline", "update_ratio",
       "the update's norm is written np.sqrt(lr * np.sum(dW ** 2)): the learning rate is put under the square "
       "root, so the ratio is sqrt(lr) * ||dW|| / ||W|| instead of lr * ||dW|| / ||W||", """
def update_ratio(W, dW, lr):
    update_norm = np.sqrt(lr * np.sum(dW ** 2))
    weight_norm = np.sqrt(np.sum(W ** 2))
    return update_norm / weight_norm
"""),
    _e("qu8_early_stop_improvement_is_increase", "a8_pipeline", "early_stopping",
       "the monitored value is treated as an accuracy (higher is better): best starts at -inf and an epoch "
       "improves when loss > best + min_delta, so the best epoch is the one with the largest validation loss and "
       "training stops while the loss is falling", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, bad_epochs = -math.inf, 0, 0
    for epoch, value in enumerate(val_losses):
        if value > best + min_delta:        # new best score
            best, best_epoch, bad_epochs = value, epoch, 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("qu8_train_flatten_by_channel_count", "a8_pipeline", "train_and_predict",
       "the inputs are 'flattened' with reshape(-1, X_train.shape[1]), rows of C values (one per pixel) instead "
       "of one row of C * H * W values per image (reshape(len(X), -1)): the rows no longer match the labels and "
       "the weights have the wrong size", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    D = X_train.shape[1]
    X = X_train.reshape(-1, D)
    T = X_test.reshape(-1, D)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((D, classes)), np.zeros(classes)
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
"""),
    _e("qu8_param_stats_ratio_from_last_key", "a8_pipeline", "parameter_statistics",
       "the update ratio is computed in a first loop over the parameters into one variable, ratio, that each "
       "key overwrites: every entry's fifth statistic is the last parameter's update ratio instead of its own "
       "update_ratio(W, grads[k], lr)", """
def parameter_statistics(params, grads, lr):
    for name, W in params.items():
        ratio = update_ratio(W, grads[name], lr)
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(g), np.std(g), ratio])
    return stats
"""),
]

HOLDOUT46_CORRECT: list[Entry] = [
    _e("quk_correct_softmax_log_normalizer", "a1_backprop", "softmax",
       "correct: the probabilities as exp(shifted - log(sum(exp(shifted)))) with each row shifted by its own "
       "maximum, the log-normalizer subtracted in log space", """
def softmax(scores):
    shifted = scores - np.max(scores, axis=1, keepdims=True)
    log_norm = np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    return np.exp(shifted - log_norm)
"""),
    _e("quk_correct_noise_std_negative_power", "a2_optim", "gradient_noise_std",
       "correct: the standard deviation as (eta * (1 + step) ** -gamma) ** 0.5, the variance written with a "
       "negative power", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    variance = eta * (1.0 + step) ** (-gamma)
    return variance ** 0.5
"""),
    _e("quk_correct_receptive_field_cumprod_jumps", "a3_conv", "receptive_field",
       "correct: the jump of each layer as the cumulative product of the strides before it (np.cumprod of "
       "[1] + strides[:-1]), the field 1 plus the sum of d * (k - 1) * jump", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    jumps = np.cumprod([1] + list(strides[:-1]))
    return int(1 + sum(d * (k - 1) * j for k, d, j in zip(kernel_sizes, dilations, jumps)))
"""),
    _e("quk_correct_xavier_uniform_affine_map", "a4_init", "xavier_uniform",
       "correct: the seeded U[0, 1) draws mapped affinely to [-a, a) with a = sqrt(3) * xavier_std, "
       "a * (2 u - 1)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(size=shape)
    return a * (2.0 * u - 1.0)
"""),
    _e("quk_correct_spatial_bn_bwd_moveaxis", "a5_normalization", "spatial_batchnorm_backward",
       "correct: the channels moved last with np.moveaxis, the (N * H * W, C) gradient from batchnorm_backward_alt "
       "moved back with np.moveaxis", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = np.moveaxis(dout, 1, -1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(flat, cache)
    return np.moveaxis(dx.reshape(N, H, W, C), -1, 1), dgamma, dbeta
"""),
    _e("quk_correct_gap_forward_einsum", "a7_architectures", "global_avg_pool_forward",
       "correct: each map's sum as the einsum 'nchw->nc' divided by H * W, the input's shape as the cache", """
def global_avg_pool_forward(x):
    N, C, H, W = x.shape
    return np.einsum("nchw->nc", x) / (H * W), x.shape
"""),
    _e("quk_correct_log_grid_ratio_powers", "a8_pipeline", "log_grid",
       "correct: low times the ratio high / low raised to n evenly spaced exponents from 0 to 1", """
def log_grid(low, high, n):
    return low * (high / low) ** np.linspace(0.0, 1.0, n)
"""),
]

JUDGED_ON46 = "2026-12-06 on commit 8465cf9"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout46 on commit 8465cf9 (JUDGED_ON46), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT45 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure naming the line with the mistake is right, and so is
# one that names the line that uses a wrong value with, as its alternatives, what holds the mistake; a departure that
# sends the student first to a right line states something false; a named entry stays named beside another test's
# true diagnosis; a catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python,
# NumPy or torch, a shape comparison, an accuracy figure or a check's message that says what is wrong but not why is
# the comparison (nothing); checklists that list the cause among many are vague, but one of few causes, the entry's
# among them, is tolerated (scaled's "fits more than one cause: N-1=3 times ... or D=3 times" where D is the cause;
# as_if's "if val_losses were all zeros or if val_losses were negated" where the negation is exact); loss_flat and
# fits_batches_not_predictions whose guesses are all absent are misleading (as JUDGEMENT45). Decided here:
# unread_parameter's "never reads its parameter `output_shape` (here (8, 6))" is the cause, but said with (8, 6) on
# the tests that pass (7, 5) and (7, 7) it quotes a wrong number: misleading (a close call); a departure saying that
# what a line reads (t) agrees with the correct code where the student's t is 0 and the correct code's step /
# total_steps is 1 (0 coinciding with another value there) states something false and sends the student to a right
# line: misleading; a departure on xavier_normal's return line whose "what that line reads (gain, mode, shape)
# agrees" leaves out rng, and whose alternatives (that line, xavier_std()) do not hold the mistake (the generator
# seeded from hash(shape) on the line before), points at a right line: misleading; a loop departure ending on "On its
# first pass, line 96: `h = h @ W` ... Look there first" where line 96 is the correct code's own h @ W (its activation
# applied on the next lines) and the mistake is line 97's `if i < last:` sends the student first to a right line:
# misleading (as qt2_minibatch_last_batch_wrapped_around in JUDGEMENT45); torch_error's "backward() was called on a
# loss that carries no gradient: it was computed under torch.no_grad(), or from values cut off the graph (.detach(),
# .item(), NumPy arrays, a new torch.tensor(...))" where every parameter was set requires_grad = False (grad mode on,
# no value detached) names only mechanisms that are not there: misleading (a close call, unlike
# qs6_grad_disabled_for_epoch_accuracy in JUDGEMENT44, where grad mode was off); few_rows_trained's "only 1 distinct
# images ever reached the model, each about 15 times" (3 on the three-channel shapes) with "the same rows taken every
# step" among its three guesses, for randperm(len(X[0])) counting the first image's channels, is true and points at
# the batch order: right (a close call); not_reduced's "as an array where shape () is asked: a reduction over the
# rows never taken ..., or a value left in an array: reduce it" for np.sum(..., keepdims=True) states the cause as the
# second of two: right (a close call); reshaped's "an axis of length 1 too many or missing (keepdims=True, [:, None],
# ..., or a missing reshape)" for np.squeeze dropping the batch axis of a one-image batch states the relation: right
# (a close call, as qs7_cam_einsum_implicit_output in JUDGEMENT44); padded's "the expected is yours without a border
# of 2 on each side: the padding is kept; crop it off the result" for a transposed convolution padded by pad where it
# is cropped by pad (2 = the pad added plus the pad not cropped) names the relation: right (a close call); a departure
# on `gamma = np.exp(terms - log_p)` saying that what it reads (log_p, terms) agrees, log_p's values right in shape
# (N,) where the correct code keeps (N, 1), beside shape_error's "give it the shape (5, 1) (`[:, None]`, or
# keepdims=True in the sum ... that made it)", names the line where the shapes meet and the cause: right (a close
# call); index_error's "indices made for a longer array, used on this one ..., or an index computed with another
# array's length?" where the inputs are reshaped to rows of C values (X_train.reshape(-1, C) has N * H * W rows, its
# permutation indexes y_train) is true but does not point at the reshape: vague.
JUDGEMENT46: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qu1_softmax_apply_along_axis_columns": ("named", (), ""),
    "qu1_logistic_feature_loop_residual_reversed": ("named", (), ""),
    # scaled (loss, dprobs): "yours is 3 times the expected, which fits more than one cause: N-1=3 times the expected
    # (N=4, the batch size): a division by N - 1 is missing; or D=3 times the expected (D: the number of entries in a
    # row): a division by D is missing, or a factor D is extra" (a (4, 3) matrix divided by 4 where by 12: the second).
    "qu1_bce_mean_over_rows": ("right", ("scaled",), ""),
    # departure: "`e`, set by line 220: `e = np.exp(scores)` ... your `e` is Inf at 5 of 20 entries where the right
    # value is finite (an overflow: np.exp of more than 709 is Inf) ...: the mistake is in that line".
    "qu1_ce_grad_from_unshifted_scores": ("right", ("departure",), ""),
    # no diagnosis: only the comparisons, "loss: ... got 1.053309155, expected 1.621362034".
    "qu1_mlp_mse_on_one_hot": (
        "nothing", (),
        "the data loss is mse_loss(scores, one-hot targets), a regression onto the one-hot vectors, where the "
        "softmax cross-entropy of the scores and y is asked: the loss (1.053 where 1.621) and every gradient are those "
        "of another loss; use loss, dscores = softmax_cross_entropy_loss(scores, y)."),
    # handed_wrong_input (three tests): "your tanh_backward() is the correct code's own, yet it raises an error here:
    # it was handed `cache` from your tanh_forward() ... Your tanh_forward() returns a tuple at [1] ...; the correct
    # one returns an array of shape (5, 6) there".
    "qu1_tanh_cache_output_and_input_pair": ("right", ("handed_wrong_input",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qu2_adam_ema_helper_no_correction": ("named", (), ""),
    "qu2_rmsprop_stacked_sum_no_decay": ("named", (), ""),
    # kept_state: "your exponential_lr() returns other values each time it is called again with the same arguments
    # ...: it keeps something from one call to the next outside what it is given and returns (a global, ...)" (the
    # module-level _EXP_STATE: true).
    "qu2_exponential_lr_running_product": ("right", ("kept_state",), ""),
    # departure: "`direction`, set by line 236: `direction = direction / np.linalg.norm(direction)` ... your
    # `direction` is 0.202792 times the right value ...: the mistake is in that line".
    "qu2_newton_direction_normalized": ("right", ("departure",), ""),
    # departure: "`config['velocity']`, set by line 239: `config["velocity"] = np.zeros(len(w))` ... has shape (3,)
    # where the right value has (3, 4) ...: the mistake is in that line"; shape_error beside it explains NumPy's error.
    "qu2_momentum_velocity_zeros_len": ("right", ("departure",), ""),
    # departure on test_cosine_lr and the out-of-order test: "line 236: `return ...` ... the mistake is in that line, or
    # in `t`, set by line 235: `t = (step % total_steps) / total_steps`" (right); but on test_cosine_lr_to_zero: "What
    # that line reads (base_lr, min_lr, t) agrees with the correct code; what it returns is 0.698 where 0 is right: the
    # mistake is in that line": false, at step == total_steps the student's t is 0 where step / total_steps is 1.
    "qu2_cosine_lr_warm_restart_modulo": (
        "misleading", (),
        "line 235 takes t = (step % total_steps) / total_steps, a warm restart: at step total_steps t is 0, not 1, and "
        "the rate returns to base_lr (0.1 where min_lr 0.001) instead of ending at min_lr; take t = step / total_steps "
        "(line 236 is right)."),
    # ------------------------------------------------------------------ a3_conv
    "qu3_avg_pool_bwd_einsum_ones_block": ("named", (), ""),
    "qu3_conv_naive_np_flip_filters": ("named", (), ""),
    # departure (both tests): "`windows`, set by line 287: `windows = sliding_window_view(x, (HH, WW), ...)` ... your
    # `windows` has shape (8, 3, 14, 14, 3, 3) where the right value has (8, 3, 16, 16, 3, 3) ...: the mistake is in
    # that line" (the windows of x where those of the padded xp are meant).
    "qu3_conv_bwd_fast_dw_unpadded_windows": ("right", ("departure",), ""),
    # one_slip: "yours is what the correct code gives with one slip in conv_output_size(): the term `+ 1` missing";
    # departure (dilation 2): "line 286: `return span // stride` ... 12 where 13 is right: the mistake is in that line".
    "qu3_output_size_missing_plus_one": ("right", ("one_slip", "departure"), ""),
    # unread_parameter (three tests): "your max_unpool() never reads its parameter `output_shape` (here (8, 6)), which
    # the correct code uses" (the cause), but "(here (8, 6))" on the tests that pass (7, 5) and (7, 7): a wrong number;
    # index_error beside it is the generic checklist ("an index counted from 1 ... or one computed with another axis's
    # length"), the index right and the buffer too small.
    "qu3_unpool_buffer_sized_from_pooled_input": (
        "misleading", (),
        "out is allocated with the pooled plane's size H * W (12 for a 4x3 pooled map) and reshaped to (N, C, H, W), "
        "and output_shape is never read: the flat indices count the (8, 6) input plane, so index 12 falls outside the "
        "buffer; allocate np.zeros((N, C, output_shape[0] * output_shape[1])) and reshape to (N, C, *output_shape)."),
    # padded: "yours has shape (2, 2, 11, 13) where (2, 2, 7, 9) is expected, and the expected is yours without a
    # border of 2 on each side (axes 2 and 3): the padding is kept; crop it off the result" (a close call, above).
    "qu3_conv_transpose_pads_instead_of_crop": ("right", ("padded",), ""),
    # ------------------------------------------------------------------ a4_init
    # named on test_he_std; scaled on the draw tests: "yours is 1/sqrt(2) times the expected: a factor 2 is missing
    # inside a square root (as in sqrt(2 / fan_in))" (true).
    "qu4_he_std_reciprocal_root": ("named", (), ""),
    "qu4_stats_pairs_zipped_from_preactivation": ("named", (), ""),
    # departure (three tests): "line 92: `return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)`. What that
    # line reads (gain, mode, shape) agrees with the correct code; what it returns differs ...: the mistake is in that
    # line, or in xavier_std() that it calls": a right line and a right function; rng, set by line 91 from
    # hash(shape), is not mentioned.
    "qu4_xavier_normal_seeded_by_shape": (
        "misleading", (),
        "line 91 seeds the generator from the weight's shape, default_rng(abs(hash(tuple(shape))) % 2**32), and never "
        "reads seed: every seed gives the same weights (two seeds, identical draws); seed it with "
        "np.random.default_rng(seed) (line 92 is right)."),
    # departure (both tests): "the loop at lines 95-100 ... the mistake is in that loop, or in what `acts` holds. On its
    # first pass, line 96: `h = h @ W` is the first to part from the correct code ... Look there first": line 96 is
    # right (the activation follows on line 98); the mistake is line 97's `if i < last:`, only the last layer differs.
    "qu4_stats_last_layer_left_linear": (
        "misleading", (),
        "line 97, `if i < last:`, skips the activation on the last layer: its mean and variance are those of h @ W, "
        "where every layer, the last included, is h = act(h @ W) (the last tanh mean 0.0074 where 0.0058, the last "
        "sigmoid mean 0.077 where 0.522); apply the activation on every layer."),
    # departure (six tests): "line 94: `return gain * math.sqrt(2.0 / (fan_in * fan_out))`. In it, `2.0 / (fan_in *
    # fan_out)` is the first part whose value the correct code never computes ... 0.00816497 where 0.0707107 is right:
    # the mistake is in that line" (sqrt(2 / 30000) where sqrt(2 / 400): true).
    "qu4_xavier_std_fans_multiplied": ("right", ("departure",), ""),
    # departure (two tests): "line 92: `return np.random.default_rng(seed).normal(0.0, he_std(per_unit), size=shape)`
    # raises the error (at `he_std(per_unit)`) ...; the mistake is in that line, or in he_std() that it calls, or in
    # what `per_unit` holds"; only the comparison on the conv draws (0.468 = sqrt(2 / 9) where 0.118).
    "qu4_he_normal_std_of_one_filter_shape": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # named on four tests; one_slip on the spatial one: "`np.sqrt(var) + eps` where `np.sqrt(var + eps)` is meant".
    "qu5_bn_rms_of_deviations_plus_eps": ("named", (), ""),
    "qu5_dropout_helper_drop_rate": ("named", (), ""),
    # one_slip: "yours is what the correct code gives with one slip in dropout_backward(): `dout / cache` where `dout *
    # cache` is meant".
    "qu5_dropout_bwd_divides_by_mask": ("right", ("one_slip",), ""),
    # handed_wrong_input: "... it was handed `cache` from your spatial_batchnorm_forward() ... returns a tuple of 2
    # items at [1] (handed on as `cache`); the correct one returns a tuple of 3 items there".
    "qu5_spatial_bn_cache_with_shape": ("right", ("handed_wrong_input",), ""),
    # not_reduced: "yours (shape (1, 1)) holds the expected value, but as an array where shape () is asked: a reduction
    # over the rows (a sum or mean) never taken, which one row does not show, or a value left in an array: reduce it"
    # (the second; a close call, above).
    "qu5_l2_penalty_keepdims": ("right", ("not_reduced",), ""),
    # one_slip (both tests): "either of two slips ...: `shape[1]` where `shape[0]` is meant (off by one), where N is
    # computed; or `shape[ -1]` where `shape[0]` is meant": len(gamma) is D, x.shape[1] written another way.
    "qu5_bn_bwd_batch_size_from_gamma": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # loss_flat (three tests): "the training loss stayed at about 2.30 over 300 steps (ln 10 = 2.30 ...): the model
    # learned nothing from its batches. A batch's labels not those of its images ..., steps that do not reach the
    # model's weights ..., or a learning rate too small for them to move?": none is there.
    "qu6_label_smoothing_flag_true": (
        "misleading", (),
        "nn.CrossEntropyLoss(label_smoothing=True) reads True as the smoothing amount 1.0: every target becomes the "
        "uniform distribution over the classes, so the loss is lowest at uniform predictions (ln 10 = 2.30 on the "
        "digits) and the labels carry no signal (accuracy 0.087); use label_smoothing=0.1, or leave it out."),
    # few_rows_trained (three tests): "your code trained on 15 images (0.0 epochs of the 1258 rows of X_train), yet
    # only 1 distinct images ever reached the model, each about 15 times ... A part of the rows kept for a quick run
    # (X_train[:1] left in?), the same rows taken every step, or batches that overlap ...?" (3 distinct on the
    # three-channel shapes: true; a close call, above).
    "qu6_permutation_over_image_length": ("right", ("few_rows_trained",), ""),
    # torch_error (three tests): "backward() was called on a loss that carries no gradient: it was computed under
    # torch.no_grad(), or from values cut off the graph (.detach(), .item(), NumPy arrays, a new torch.tensor(...))":
    # neither; every parameter was set requires_grad = False at epoch 1 (a close call, above).
    "qu6_freeze_loop_over_all_parameters": (
        "misleading", (),
        "the freeze loop at epoch 1 sets requires_grad = False on model.parameters(), the classifier's included: no "
        "parameter requires a gradient, so the first backward() of the second epoch raises (element 0 of tensors does "
        "not require grad); freeze model[:-1].parameters() only, or do not freeze."),
    # fits_batches_not_predictions (digits, shapes): "the training loss fell from 2.11 to 0.04 ..., yet it predicts 200
    # of those same training images ... at accuracy 0.00: what reaches the model when it predicts differs from what it
    # trained on ..., or the model that predicts is not the one that trained ..., or the predictions come back in
    # another order": none is there; the returned scores are negated log-probabilities.
    "qu6_returns_negative_log_probabilities": (
        "misleading", (),
        "the function returns -log_softmax(logits), the negative log-probabilities: their largest entry is the least "
        "likely class, so the argmax of what is returned picks it (accuracy 0.00 on images the model fits); return "
        "the logits (or log_softmax without the minus)."),
    # class_indices (digits, shapes): "what your function returns, shape (739,), holds one whole number from 0 to 9 per
    # image: the predicted classes, where the logits are asked, one column per class ...: return what the model
    # outputs, before any argmax" (catalogued predictions_not_logits, not named).
    "qu6_predicted_class_per_image_loop": ("right", ("class_indices",), ""),
    "qu6_ema_weights_decay_one": ("named", (), ""),
    # ------------------------------------------------------------------ a7_architectures
    "qu7_nll_head_read_as_log_variance_precision": ("named", (), ""),
    "qu7_saliency_loop_linear_path": ("named", (), ""),
    # unread_parameter (both tests): "your class_activation_map() never reads its parameter `classes`, which the correct
    # code uses: what the caller passes there is ignored (a value computed another way in its place?)" (W[:, n]).
    "qu7_cam_example_index_as_class": ("right", ("unread_parameter",), ""),
    # departure (five tests): "line 185: `gamma = np.exp(terms - log_p)` raises the error (at `terms - log_p`) ...;
    # `log_p` has shape (5,); `terms` has shape (5, 3): the mistake is in that line"; shape_error: "give it the shape
    # (5, 1) (`[:, None]`, or keepdims=True in the sum, mean or max that made it)" (a close call, above).
    "qu7_mdn_log_p_without_keepdims": ("right", ("departure", "shape_error"), ""),
    # departure (both tests): "line 179: `x = x * scale` raises the error ...; `scale` has shape (5, 8); `x` has shape
    # (5, 4): the mistake is in that line, or in the condition at line 177".
    "qu7_residual_dropout_on_block_input": ("right", ("departure",), ""),
    # reshaped: "your values are right but your shape is (3, 3) where (1, 3, 3) is expected: an axis of length 1 too
    # many or missing (keepdims=True, [:, None], ..., or a missing reshape)" (np.squeeze; a close call, above).
    "qu7_saliency_squeezed": ("right", ("reshaped",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qu8_warmup_linear_helper_from_zero": ("named", (), ""),
    "qu8_flip_scalar_coin_np_where": ("named", (), ""),
    # departure (both tests): "`update_norm`, set by line 165: `update_norm = np.sqrt(lr * np.sum(dW ** 2))` ... your
    # `update_norm` is 0.0742407; with 0.00742407 there instead ...: the mistake is in that line" (sqrt(lr) = 10 lr).
    "qu8_update_ratio_lr_under_root": ("right", ("departure",), ""),
    # as_if: "yours is what the correct early_stopping() returns if val_losses were negated: a sign is flipped where
    # val_losses is used"; on the min_delta test "if val_losses were all zeros or if val_losses were negated" (the
    # second exact).
    "qu8_early_stop_improvement_is_increase": ("right", ("as_if",), ""),
    # index_error (four tests): "index 685 into the 90 rows of an array (axis 0), beyond its end: indices made for a
    # longer array, used on this one (a permutation or batch indices of one set, the training rows, used on another of
    # 90 rows, the test split or a batch?), or an index computed with another array's length?": true (the permutation
    # of X's 810 rows indexes y_train's 90), but the reshape that makes those rows is not named.
    "qu8_train_flatten_by_channel_count": (
        "vague", (),
        "X_train.reshape(-1, X_train.shape[1]) makes rows of C values, one per pixel (810 rows of 1 for 90 images of "
        "1x3x3), where one row of C * H * W values per image is meant: the permutation of those rows indexes y_train "
        "past its 90 labels (IndexError) and W has C rows; flatten with X_train.reshape(len(X_train), -1)."),
    # no diagnosis: only the comparisons, "statistics of W1: ... worst at index [4]: got 0.000114210588, expected
    # 0.0001355203555".
    "qu8_param_stats_ratio_from_last_key": (
        "nothing", (),
        "the first loop leaves ratio holding the last parameter's update ratio, and the second loop puts that one "
        "value into every entry: the fifth statistic of W1 is another parameter's (0.000114 where 0.000136); compute "
        "update_ratio(W, grads[name], lr) inside the loop that builds stats[name]."),
}
# Counts: named 15, right 23 (named or right 38/48 = 79%; not in the catalogue: right 22/32 = 69%; the 16
# catalogued: 15 named, the other, qu6_predicted_class_per_image_loop, right by its diagnosis), misleading 7, vague 1,
# nothing 2, wrong_name 0, check_message 0, not_caught 0. HOLDOUT46_CORRECT: all 7 earn full marks.

HOLDOUT46 = [replace(e, verdict=JUDGEMENT46[e.id][0], expected=frozenset(JUDGEMENT46[e.id][1]),
                     ideal=JUDGEMENT46[e.id][2]) if e.id in JUDGEMENT46 else e for e in HOLDOUT46]
