"""A sixteenth hold-out: student-style mistakes written without seeing the detectors.

Not judged yet (JUDGED_ON16 is empty): an independent helper that wrote neither the detectors nor these entries
is to judge it by reading the feedback of bench/diagnosis_corpus.py --set holdout16.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py and the earlier
hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the student
stubs, the reference implementations and the ids and causes of the earlier sets (to avoid duplicates). Each entry
was checked only by its score (every mistake loses points, every right variant earns full marks), never by
reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT16 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT16_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT16: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("b1_affine_db_squeeze", "a1_backprop", "affine_backward",
       "db is np.squeeze(dout): squeeze only drops axes of length 1, so db is the per-example (N, M) dout itself "
       "(right only for a batch of one row) instead of its sum over the batch, dout.sum(axis=0) (dx and dw right)",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(x.reshape(x.shape[0], -1).T, dout)
    db = np.squeeze(dout)
    return dx, dw, db
""", catalogued="db_not_summed"),
    _e("b1_softmax_einsum_column_sums", "a1_backprop", "softmax",
       "the normalizer is written np.einsum('ij->j', e), which sums over the rows i (the batch) and keeps the "
       "classes j: each class is normalized over the batch (column sums broadcast along the rows) instead of each "
       "row over its classes (einsum('ij->i', e)[:, None], or e.sum(axis=1, keepdims=True))", """
def softmax(scores):
    shifted = scores - np.max(scores, axis=1, keepdims=True)
    e = np.exp(shifted)
    totals = np.einsum("ij->j", e)
    return e / totals
""", catalogued="softmax_over_batch"),
    _e("b1_tanh_cache_input", "a1_backprop", "tanh_forward",
       "the cache holds the input x instead of the output t = tanh(x) that tanh_backward reads (it computes "
       "1 - t**2 from the cache): out is right, but the backward pass computes dout * (1 - x**2)", """
def tanh_forward(x):
    out = np.tanh(x)
    cache = x
    return out, cache
"""),
    _e("b1_ce_log_of_underflowed_prob", "a1_backprop", "softmax_cross_entropy_loss",
       "the probabilities come from the stable softmax (row maximum subtracted), but the loss takes np.log of the "
       "correct class's probability: for scores of magnitude 1000 it underflows to 0 and the loss is inf; the "
       "log-probability must be computed in log space, shifted - log(sum(exp(shifted))) (dscores right)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    probs = softmax(scores)
    loss = -np.mean(np.log(probs[np.arange(n), y]))
    dscores = probs.copy()
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
"""),
    _e("b1_bce_grad_precedence", "a1_backprop", "binary_cross_entropy_loss",
       "dprobs is written (p - t) / p * (1 - p) / n: without parentheses around p * (1 - p), Python divides by p "
       "and then multiplies by (1 - p), instead of dividing by p (1 - p) (the loss right)", """
def binary_cross_entropy_loss(probs, target):
    n = probs.size
    loss = -np.sum(target * np.log(probs) + (1 - target) * np.log(1 - probs)) / n
    dprobs = (probs - target) / probs * (1 - probs) / n
    return loss, dprobs
"""),
    _e("b1_mlp_cache_overwritten", "a1_backprop", "two_layer_mlp_loss",
       "the name `cache` is reused: the first affine layer's cache is overwritten by the second layer's, so the "
       "first layer's backward pass runs on the second layer's cache (a, W2, b2) instead of (X, W1, b1), which "
       "raises on the shapes (scores without labels right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    hidden, cache = affine_forward(X, W1, b1)
    hidden, relu_cache = relu_forward(hidden)
    scores, cache = affine_forward(hidden, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dhidden, dW2, db2 = affine_backward(dscores, cache)
    dhidden = relu_backward(dhidden, relu_cache)
    _, dW1, db1 = affine_backward(dhidden, cache)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("b2_sgd_decay_counted_twice", "a2_optim", "sgd",
       "the weight decay is added to the gradient by _gradient(w, dw, config) and then once more by hand "
       "(+ weight_decay * w): the step uses dw + 2 * weight_decay * w (right when weight_decay is 0)", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    decay = config.get("weight_decay", 0.0)
    grad = _gradient(w, dw, config) + decay * w
    next_w = w - config["learning_rate"] * grad
    return next_w, config
"""),
    _e("b2_momentum_double_negative", "a2_optim", "sgd_momentum",
       "the step is first written with its minus sign, step = -learning_rate * dw, and then subtracted again, "
       "v = momentum * v - step: v = momentum * v + learning_rate * dw, so w + v climbs the gradient", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    step = -config["learning_rate"] * _gradient(w, dw, config)
    v = config["momentum"] * config.get("velocity", np.zeros_like(w)) - step
    config["velocity"] = v
    return w + v, config
""", catalogued="momentum_sign_flipped"),
    _e("b2_adam_v_of_m_squared", "a2_optim", "adam",
       "the second moment accumulates the square of the just-updated first moment, (1 - beta2) * m**2, instead "
       "of the square of the gradient, (1 - beta2) * dw**2 (the wrong variable on that line; t, m and the bias "
       "corrections right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    t = config["t"]
    m = config["beta1"] * config.get("m", np.zeros_like(w)) + (1 - config["beta1"]) * g
    v = config["beta2"] * config.get("v", np.zeros_like(w)) + (1 - config["beta2"]) * m ** 2
    config["m"], config["v"] = m, v
    m_hat = m / (1 - config["beta1"] ** t)
    v_hat = v / (1 - config["beta2"] ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("b2_step_lr_modulo", "a2_optim", "step_lr",
       "the number of decays is step % step_size, the remainder, instead of step // step_size, the quotient: the "
       "rate decays at every step within a period and jumps back to base_lr at every multiple of step_size", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = step % step_size
    return base_lr * gamma ** n_decays
"""),
    _e("b2_newton_times_hessian", "a2_optim", "newton_step",
       "the gradient is multiplied by the Hessian, H @ grad, instead of by its inverse (solving H d = grad): the "
       "step is scaled by the curvature instead of divided by it", """
def newton_step(w, grad, hessian):
    direction = np.dot(hessian, grad)
    return w - direction
"""),
    _e("b2_minibatch_lazy_permutation", "a2_optim", "minibatch_sgd",
       "the permutation is drawn lazily, only while `order is None`: it is drawn in the first epoch and every "
       "later epoch reuses it, where a new rng.permutation(N) must be drawn at the start of every epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    history = []
    order = None
    for epoch in range(epochs):
        if order is None:
            order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            batch = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            history.append(w.copy())
    return np.array(history)
""", catalogued="shuffled_once"),
    # ------------------------------------------------------------------ a3_conv
    _e("b3_conv_bwd_fast_stride_dropped", "a3_conv", "conv_backward_fast",
       "the stride is ignored in both gradients: dw contracts dout with the first Ho x Wo window positions "
       "([:, :, :Ho, :Wo] instead of [:, :, ::stride, ::stride]) and dx is scattered into the contiguous slice "
       "[i:i + Ho] instead of [i:i + stride * Ho:stride] (right with stride 1; db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwij->fcij", dout, windows, optimize=True)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + Ho, j:j + Wo] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
""", catalogued="backward_ignores_stride"),
    _e("b3_receptive_field_reduce_no_jump", "a3_conv", "receptive_field",
       "the field is folded with functools.reduce as field + d * (k - 1) per layer: strides is never used, so "
       "each layer grows the field by d * (k - 1) instead of d * (k - 1) times the product of the strides of the "
       "layers below it", """
def receptive_field(kernel_sizes, strides, dilations=None):
    from functools import reduce
    dilations = dilations or [1] * len(kernel_sizes)
    return reduce(lambda field, kd: field + kd[1] * (kd[0] - 1), zip(kernel_sizes, dilations), 1)
""", catalogued="receptive_field_ignores_stride"),
    _e("b3_conv_fast_stride_on_batch_axes", "a3_conv", "conv_forward_fast",
       "the stride is applied with [::stride, ::stride] to the first two axes of the window array, the batch and "
       "the channels, instead of to the window positions (axes 2 and 3, [:, :, ::stride, ::stride]): right with "
       "stride 1; with stride 2 every other image and channel is dropped (an error against the C channels of w)",
       """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w, optimize=True) + b[:, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("b3_maxpool_bwd_global_max_mask", "a3_conv", "max_pool_backward",
       "each window's mask compares the (N, C, ph, pw) region with region.max(), the single largest value over "
       "the whole batch and every channel, instead of each window's own maximum (max over axes 2 and 3 with "
       "keepdims): only the image and channel holding that value get the window's gradient", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros_like(x)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            region = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            mask = region == region.max()
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += mask * dout[:, :, i:i + 1, j:j + 1]
    return dx
"""),
    _e("b3_convT_crop_minus_pad", "a3_conv", "conv_transpose_forward",
       "the full output is cropped with [pad:-pad], which is empty when pad is 0 (-0 is 0): right with padding, "
       "but without it the output has no rows or columns; crop with [pad:full_size - pad]", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for n in range(N):
        for c in range(C):
            for i in range(H):
                for j in range(W):
                    full[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += x[n, c, i, j] * w[c]
    return full[:, :, pad:-pad, pad:-pad] + b[None, :, None, None]
"""),
    _e("b3_pool_indices_row_col_swapped", "a3_conv", "max_pool_with_indices",
       "the window's flat argmax k is decoded as row = k % pool_width, col = k // pool_width, the two swapped "
       "(row-major order gives row = k // pool_width, col = k % pool_width): each index points at the transposed "
       "position inside its window (out right)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    idx = np.empty((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            flat = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            k = flat.argmax(axis=2)
            out[:, :, i, j] = flat.max(axis=2)
            row, col = k % pw, k // pw
            idx[:, :, i, j] = (i * s + row) * W + (j * s + col)
    return out, idx
"""),
    # ------------------------------------------------------------------ a4_init
    _e("b4_fans_receptive_slice_off_by_one", "a4_init", "compute_fans",
       "the receptive field of a conv weight is taken as np.prod(shape[1:3]), in_channels * kh, a slice one axis "
       "too early, instead of np.prod(shape[2:]) = kh * kw: both conv fans are wrong (linear fans right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    receptive_field = int(np.prod(shape[1:3]))
    return shape[1] * receptive_field, shape[0] * receptive_field
"""),
    _e("b4_xavier_std_is_uniform_limit", "a4_init", "xavier_std",
       "the std is written gain * sqrt(3 / n) (n the mean of the fans, or fan_in), which is the bound of "
       "Glorot's uniform distribution (sqrt(6 / (fan_in + fan_out)) for fan_avg), not its standard deviation "
       "gain * sqrt(1 / n): sqrt(3) times too large in both modes", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return gain * math.sqrt(3.0 / n)
"""),
    _e("b4_he_std_torch_default_slope", "a4_init", "he_std",
       "the gain is written as torch's kaiming default for a leaky ReLU with negative slope sqrt(5), "
       "sqrt(2 / (1 + a**2)) = sqrt(1 / 3), instead of the ReLU's sqrt(2) (a = 0): the std is "
       "sqrt(1 / (3 fan_in)) instead of sqrt(2 / fan_in)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    negative_slope = math.sqrt(5)
    gain = math.sqrt(2.0 / (1 + negative_slope ** 2))
    return gain / math.sqrt(fan_in)
"""),
    _e("b4_uniform_bound_from_fans_no_sqrt3", "a4_init", "xavier_uniform",
       "the uniform's bound is computed from the fans with the std's formula, gain * sqrt(2 / (fan_in + fan_out)) "
       "(or gain / sqrt(fan_in)), instead of sqrt(3) times it (Glorot's sqrt(6 / (fan_in + fan_out))): U(-a, a) "
       "has variance a**2 / 3, so the draws' std is std / sqrt(3)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        limit = gain * math.sqrt(2.0 / (fan_in + fan_out))
    else:
        limit = gain / math.sqrt(fan_in)
    rng = np.random.default_rng(seed)
    return rng.uniform(low=-limit, high=limit, size=shape)
""", catalogued="uniform_bound_is_std"),
    _e("b4_he_normal_fan_in_channels_only", "a4_init", "he_normal",
       "for a conv weight (out, in, kh, kw) the fan-in is taken as the number of input channels shape[1] alone, "
       "without the kernel area kh * kw: the std is sqrt(2 / in) instead of sqrt(2 / (in * kh * kw)) (linear "
       "weights right)", """
def he_normal(shape, seed):
    fan_in = shape[1] if len(shape) == 4 else shape[0]
    std = math.sqrt(2.0 / fan_in)
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
"""),
    _e("b4_stats_append_after_loop", "a4_init", "activation_statistics",
       "the two append calls are indented at the function's level, after the loop over the layers instead of "
       "inside it: only the last layer's mean and variance are recorded, arrays of shape (1,) instead of (L,)",
       """
def activation_statistics(X, weights, activation):
    funcs = {"sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)), "tanh": np.tanh,
             "relu": lambda a: np.maximum(0, a), "linear": lambda a: a}
    f = funcs[activation]
    means, variances = [], []
    h = X
    for W in weights:
        h = f(h @ W)
    means.append(np.mean(h))
    variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("b5_bn_centres_x_in_place", "a5_normalization", "batchnorm_forward",
       "in train mode the batch is centred in place, x -= mu (to save a copy): out, the cache and the running "
       "averages are right, but the caller's x is overwritten with the centred values", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        x -= mu
        var = (x ** 2).mean(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = x * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("b5_bn_alt_reuses_dgamma", "a5_normalization", "batchnorm_backward_alt",
       "the last term of the simplified formula reuses dgamma = sum(dout * x_hat) where sum(dx_hat * x_hat) is "
       "meant: the factor gamma of dx_hat = dout * gamma is missing there, so dx is wrong wherever gamma is not 1 "
       "(dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx_hat = dout * gamma
    dx = (inv_std / N) * (N * dx_hat - dx_hat.sum(axis=0) - x_hat * dgamma)
    return dx, dgamma, dbeta
"""),
    _e("b5_spatial_bn_param_rebuilt", "a5_normalization", "spatial_batchnorm_forward",
       "batchnorm_forward is handed a new dict holding only mode, eps and momentum: the running averages never "
       "come in from nor go back into the caller's bn_param, so test mode normalizes with the initial zeros and "
       "ones (train mode's out and cache right)", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    params = {"mode": bn_param["mode"], "eps": bn_param.get("eps", 1e-5),
              "momentum": bn_param.get("momentum", 0.9)}
    flat = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out, cache = batchnorm_forward(flat, gamma, beta, params)
    return out.reshape(N, H, W, C).transpose(0, 3, 1, 2), cache
""", catalogued="spatial_bn_running_averages_not_updated"),
    _e("b5_gn_stats_over_all_groups", "a5_normalization", "groupnorm_forward",
       "the mean and variance are taken over axes (1, 2) of the (N, groups, -1) view, over all the groups of an "
       "image at once (layer norm's statistics), instead of over axis 2 alone, each group on its own: groups "
       "only reshapes", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=(1, 2), keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=(1, 2), keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("b5_dropout_inplace_multiply", "a5_normalization", "dropout_forward",
       "the mask is applied in place, x *= mask, and x returned: out and the cached mask are right, but the "
       "caller's input is overwritten with the dropped-out values", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    x *= mask
    return x, mask
"""),
    _e("b5_dropout_bwd_bool_mask", "a5_normalization", "dropout_backward",
       "the cached mask (already scaled by 1 / p) is turned into booleans with cache.astype(bool) before it "
       "multiplies dout: the kept units' gradient loses its factor 1 / p (dx = dout * cache is right)", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    keep = cache.astype(bool)
    return dout * keep
""", catalogued="dropout_backward_drops_scale"),
    # ------------------------------------------------------------------ a6_cnn
    _e("b6_labels_sorted_in_place", "a6_cnn", "train_and_predict",
       "the number of classes is read as the last label after y_train.sort(), which sorts the caller's labels in "
       "place: the labels no longer belong to their images (a sorted column of labels against unsorted images), "
       "so the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    y_train.sort()
    n_classes = int(y_train[-1]) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("b6_while_condition_never_true", "a6_cnn", "train_and_predict",
       "the training loop is written while elapsed > 0.8 * time_budget_s (the comparison the wrong way round, "
       "meant as 'while there is time left'): the condition is false at the start, so no epoch ever runs and the "
       "untrained model's logits are returned", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
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
    epoch = 0
    while time.monotonic() - start > 0.8 * time_budget_s and epoch < 15:
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        epoch += 1
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("b6_warmup_counted_in_samples", "a6_cnn", "train_and_predict",
       "a linear warm-up meant to last 5 epochs is given 5 * len(y) steps, the number of images instead of the "
       "number of batches per epoch: the scheduler is stepped once per batch, so the learning rate never gets "
       "above about 5% of 3e-3 in the 15 epochs and the model stays undertrained", """
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
    warmup = 5 * len(y)  # five epochs of warm-up
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warmup))
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("b6_only_last_batch_trained", "a6_cnn", "train_and_predict",
       "the body of the batch loop (zero_grad, forward, backward, step) is dedented out of it: the loop only "
       "walks through the batches, and one optimizer step is taken per epoch, on the last (short) batch, so the "
       "model gets 15 steps in all and stays undertrained", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("b6_optimizer_on_classifier_only", "a6_cnn", "train_and_predict",
       "the optimizer is given model[-1].parameters(), the last linear layer's only (a fine-tuning habit): the "
       "convolutions and batch norms keep their random initial weights and only a linear classifier on random "
       "features is trained", """
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
    opt = torch.optim.Adam(model[-1].parameters(), lr=3e-3)
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
    _e("b6_test_loader_shuffled", "a6_cnn", "train_and_predict",
       "a well trained model, but the test images are predicted through a DataLoader built with shuffle=True: "
       "the rows of the returned logits come in a shuffled order, no longer that of X_test, so each row is "
       "scored against another image's label", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    test_set = torch.utils.data.TensorDataset(torch.tensor(X_test))
    loader = torch.utils.data.DataLoader(test_set, batch_size=256, shuffle=True)
    outputs = []
    with torch.no_grad():
        for (batch,) in loader:
            outputs.append(model(batch.to(device)).cpu())
    return torch.cat(outputs).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("b7_resblock_dropout_zeroed_inplace", "a7_architectures", "residual_block_forward",
       "with dropout the dropped hidden units are zeroed in place (h[mask == 0] = 0) but the kept ones are never "
       "divided by the keep probability p: h * mask instead of h * mask / p (the cached scale is the bare mask "
       "too)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"].astype(float)
        h[scale == 0] = 0.0
    if "Ws" in params:
        shortcut = x @ params["Ws"] + params["bs"]
    else:
        shortcut = x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
""", catalogued="dropout_not_rescaled"),
    _e("b7_resbwd_dW2_transposed", "a7_architectures", "residual_block_backward",
       "W2's gradient is written dz.T @ h, shape (M, H), the transpose of h.T @ dz (H, M), which has W2's shape "
       "(dx and every other gradient right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {}
    grads["W2"] = dz.T @ h
    grads["b2"] = dz.sum(axis=0)
    dh = dz @ params["W2"].T
    if scale is not None:
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
"""),
    _e("b7_gap_bwd_not_expanded", "a7_architectures", "global_avg_pool_backward",
       "each map's share dout / (H * W) is returned with shape (N, C, 1, 1), never broadcast over the H x W "
       "positions: dx must have the input's shape (N, C, H, W), each position holding the share", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return dout[:, :, np.newaxis, np.newaxis] / (H * W)
"""),
    _e("b7_cam_weights_reshaped_not_transposed", "a7_architectures", "class_activation_map",
       "the class columns W[:, classes], shape (C, N), are brought to (N, C) with reshape instead of a "
       "transpose: the weights of different examples and channels are mixed (right only when N or C is 1)", """
def class_activation_map(features, W, classes):
    N, C = features.shape[:2]
    w = W[:, classes].reshape(N, C)
    return np.einsum("nc,nchw->nhw", w, features)
"""),
    _e("b7_saliency_of_loss_gradient", "a7_architectures", "saliency_map",
       "the gradient back-propagated is that of the softmax cross-entropy loss, dscores = softmax(scores) - "
       "one_hot(y), instead of that of the class score scores[n, y[n]] alone (a one-hot dscores): the saliency "
       "of the loss, not of the class score", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    scores = np.maximum(a1, 0) @ params["W2"] + params["b2"]
    shifted = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    dscores = probs.copy()
    dscores[np.arange(N), y] -= 1
    da1 = (dscores @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("b7_mdn_resp_is_softmax_of_logits", "a7_architectures", "mdn_nll",
       "the responsibilities are taken as the mixing weights pi = softmax(logits) instead of the posterior "
       "gamma_k = pi_k N_k / sum_j pi_j N_j (already at hand as exp(log_joint - log_lik)): dlogits = pi - resp "
       "comes out 0, and dmu and dlog_std weight each component by its prior (the loss right)", """
def mdn_nll(y, logits, mu, log_std):
    N = len(y)
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_joint = log_pi - log_std - 0.5 * np.log(2 * np.pi) - 0.5 * z ** 2
    top = log_joint.max(axis=1, keepdims=True)
    log_lik = top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True))
    resp = np.exp(log_pi)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return -np.mean(log_lik), dlogits, dmu, dlog_std
""", catalogued="mdn_gradients_use_prior_weights"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("b8_crop_integers_high_only", "a8_pipeline", "random_crop",
       "the offsets are drawn with rng.integers(H + 2 * padding - size, size=N): with a single bound that bound "
       "is the exclusive high of 0 .. high - 1, so the largest offset (the window at the bottom or right edge of "
       "the padded image) is never drawn", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), mode="constant")
    top = rng.integers(H + 2 * padding - size, size=N)
    left = rng.integers(W + 2 * padding - size, size=N)
    return np.stack([padded[n, :, top[n]:top[n] + size, left[n]:left[n] + size] for n in range(N)])
""", catalogued="crop_offset_off_by_one"),
    _e("b8_flip_coin_per_pixel", "a8_pipeline", "random_flip",
       "the coins are drawn with shape x.shape, one per pixel, instead of one per image (x.shape[0]): each pixel "
       "independently takes the value of its mirror pixel, so the images come out scrambled, neither themselves "
       "nor mirrored", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(x.shape) < p
    return np.where(coins, x[..., ::-1], x)
"""),
    _e("b8_normalize_in_place", "a8_pipeline", "normalize_splits",
       "both splits are normalized in place (X_train -= mean, X_train /= std + eps, and the same for X_test) and "
       "returned: the values are right, but the caller's raw arrays are overwritten", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    X_train -= mean
    X_test -= mean
    if mode == "standardize":
        X_train /= std + eps
        X_test /= std + eps
    return X_train, X_test
"""),
    _e("b8_early_best_weights_every_epoch", "a8_pipeline", "early_stopping",
       "best_weights = weights[epoch] is written after the if/else, at the loop's level, instead of inside the "
       "improvement branch: it is replaced every epoch, so the weights of the stopping (or last) epoch are "
       "restored instead of the best epoch's (the stop epoch right)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_weights = None
    bad_epochs = 0
    for epoch in range(len(val_losses)):
        if val_losses[epoch] < best_loss - min_delta:
            best_loss = val_losses[epoch]
            bad_epochs = 0
        else:
            bad_epochs += 1
        best_weights = weights[epoch]
        if bad_epochs >= patience:
            return epoch, best_weights
    return len(val_losses) - 1, best_weights
""", catalogued="early_stopping_keeps_last_weights"),
    _e("b8_log_grid_natural_log_in_logspace", "a8_pipeline", "log_grid",
       "the grid is np.logspace(np.log(low), np.log(high), n): the bounds' exponents are taken with the natural "
       "log, but np.logspace raises 10 to them (its base is 10), so the grid runs from 10**ln(low) to "
       "10**ln(high) instead of from low to high; the log and the power must share a base", """
def log_grid(low, high, n):
    return np.logspace(np.log(low), np.log(high), n)
"""),
    _e("b8_train_rng_per_epoch", "a8_pipeline", "train_and_predict",
       "the generator is created inside the epoch loop, rng = np.random.default_rng(seed) at every epoch: every "
       "epoch draws the same first permutation, so the rows are visited in one order 20 times instead of in a new "
       "order each epoch", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        X, T = normalize_splits(X, T)
    n_classes = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], n_classes))
    b = np.zeros(n_classes)
    for epoch in range(20):
        rng = np.random.default_rng(seed)
        perm = rng.permutation(X.shape[0])
        for i in range(0, X.shape[0], 64):
            batch = perm[i:i + 64]
            s = X[batch] @ W + b
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), y_train[batch]] -= 1
            p /= len(batch)
            W -= 0.1 * (X[batch].T @ p)
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT16_CORRECT: list[Entry] = [
    _e("b1_correct_numgrad_flat_view", "a1_backprop", "eval_numerical_gradient",
       "correct: the entries perturbed through flat = x.reshape(-1), a view of the contiguous x (writing flat[i] "
       "writes x), each restored from its saved value, the gradient reshaped back to x's shape", """
def eval_numerical_gradient(f, x, h=1e-5):
    flat = x.reshape(-1)
    grad = np.zeros(flat.shape)
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + h
        up = f(x)
        flat[i] = saved - h
        down = f(x)
        flat[i] = saved
        grad[i] = (up - down) / (2 * h)
    return grad.reshape(x.shape)
"""),
    _e("b2_correct_gd_accumulate", "a2_optim", "gradient_descent",
       "correct: the path built with itertools.accumulate over range(steps), each step w - lr * gradient(w), "
       "from w0 as the initial value, which is then dropped", """
def gradient_descent(X, y, w0, learning_rate, steps):
    from itertools import accumulate

    def step(w, _):
        return w - learning_rate * linear_regression_gradient(w, X, y)

    path = list(accumulate(range(steps), step, initial=np.asarray(w0, dtype=float)))
    return np.array(path[1:])
"""),
    _e("b3_correct_receptive_field_prefix_products", "a3_conv", "receptive_field",
       "correct: 1 plus each layer's d * (k - 1) times the product of the strides of the layers before it "
       "(np.prod of the prefix strides[:i], 1 for the first layer)", """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations if dilations is not None else [1] * len(kernel_sizes)
    growth = [d * (k - 1) * int(np.prod(strides[:i])) for i, (k, d) in enumerate(zip(kernel_sizes, dilations))]
    return 1 + sum(growth)
"""),
    _e("b4_correct_he_normal_via_xavier_normal", "a4_init", "he_normal",
       "correct: He's normal draws delegated to xavier_normal in mode fan_in with gain sqrt(2), whose std "
       "sqrt(2) * sqrt(1 / fan_in) is He's sqrt(2 / fan_in)", """
def he_normal(shape, seed):
    return xavier_normal(shape, seed, mode="fan_in", gain=math.sqrt(2.0))
"""),
    _e("b5_correct_gn_bwd_via_layernorm", "a5_normalization", "groupnorm_backward",
       "correct: each (image, group) flattened to a row of a (N * groups, -1) matrix and its dx taken from "
       "layernorm_backward with unit gamma, the group's inv_std as the row's, gamma applied to dout first; "
       "dgamma by einsum", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = np.einsum("nchw,nchw->c", dout, x_hat)
    dbeta = dout.sum(axis=(0, 2, 3))
    rows = (dout * gamma[None, :, None, None]).reshape(N * groups, -1)
    xh = x_hat.reshape(N * groups, -1)
    dx, _, _ = layernorm_backward(rows, (xh, np.ones(xh.shape[1]), inv_std.reshape(N * groups, 1)))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("b7_correct_resbwd_stacked_weights", "a7_architectures", "residual_block_backward",
       "correct: ReLU masks with np.where, and with a projection shortcut dx as one product of the stacked "
       "gradients [da1, dz] with the stacked weights [W1.T; Ws.T]", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = np.where(a1 > 0, dh, 0.0)
    grads = {"W1": x.T @ da1, "b1": da1.sum(axis=0), "W2": h.T @ dz, "b2": dz.sum(axis=0)}
    if "Ws" in params:
        grads["Ws"], grads["bs"] = x.T @ dz, dz.sum(axis=0)
        dx = np.hstack([da1, dz]) @ np.vstack([params["W1"].T, params["Ws"].T])
    else:
        dx = da1 @ params["W1"].T + dz
    return dx, grads
"""),
    _e("b8_correct_flip_copyto", "a8_pipeline", "random_flip",
       "correct: one coin per image from the seeded generator, the mirrored batch np.flip(x, axis=-1) copied into "
       "a copy of x with np.copyto where the coin says so", """
def random_flip(x, p, seed):
    chosen = np.random.default_rng(seed).random(len(x)) < p
    out = np.array(x, copy=True)
    np.copyto(out, np.flip(x, axis=-1), where=chosen[:, None, None, None])
    return out
"""),
]

JUDGED_ON16 = "2026-12-04 on commit 0e4cb9d"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout16 on commit 0e4cb9d (JUDGED_ON16), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT15 (and JUDGEMENT14 .. JUDGEMENT8): a diagnosis with a
# false statement anywhere is misleading (a wrong number included: as_if's "shape[1] (32)" for a shape whose shape[1]
# is 3), and so is one whose observation is true but whose explanation of it names only mechanisms that are not there
# (loss_flat's labels apart from their images where they are indexed together, trained_briefly's loop ended early or
# too few epochs where all 15 epochs run, fits_batches_not_predictions' other inputs or another model where the rows
# come back shuffled); a one_slip stated in the correct code's text that is the student's arithmetic written another
# way is right (`p / (` where `p * (` is meant, for (p - t) / p * (1 - p), as x3_transposed_size_padding_added); a
# departure naming the line with the mistake is right, and so is the exact line of a one- or two-line function; a
# loop departure without a statement is right only when the loop is small and the mistake clearly in it (the whole
# training loop is vague, as k8_train_gradient_over_nominal_batch_size); a catalogued entry whose name is not given is
# judged by its diagnoses; an error raised by Python, NumPy or torch, a shape comparison or "N of M images are
# neither" is the comparison (nothing), as n8_flip_mirrors_channel_axis; checklists that list the cause among many
# (learned_little) are vague.
JUDGEMENT16: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # catalogued db_not_summed not named; not_reduced on the three tests: "the expected is the sum over axis 0 of yours
    # (shape (2, 5) for (5,)): take the sum (e.g. db = dout.sum(axis=0) ...)"
    "b1_affine_db_squeeze": ("right", ("not_reduced",), ""),
    # catalogued softmax_over_batch not named; normalized_axis: "yours sums to 1 along axis 0; the expected sums to 1
    # along axis 1: normalized over the wrong axis (e.g. a softmax's sum over the batch where each row ...)"
    "b1_softmax_einsum_column_sums": ("right", ("normalized_axis",), ""),
    # handed_wrong_input: "your tanh_backward() is the correct code's own, yet it returns a wrong dx here: it was handed
    # `cache` from your tanh_forward(). The mistake is in what tanh_forward() returns there (what it holds ...)"
    "b1_tanh_cache_input": ("right", ("handed_wrong_input",), ""),
    # departure names line 217 `loss = -np.mean(np.log(probs[np.arange(n), y]))` and its part `np.log(probs[...])`
    # ("your `loss` is inf where 1256.73 is right ... the mistake is in that line")
    "b1_ce_log_of_underflowed_prob": ("right", ("departure",), ""),
    # one_slip: "`p / (` where `p * (` is meant, where dprobs is computed": the correct code's (p - t) / (p * (1 - p))
    # with the slip is (p - t) / (p / (1 - p)), exactly the student's (p - t) / p * (1 - p): (1 - p) multiplies where
    # it must divide (a close call: the student's text has no `p / (`; as x3_transposed_size_padding_added)
    "b1_bce_grad_precedence": ("right", ("one_slip",), ""),
    # departure names line 225 `_, dW1, db1 = affine_backward(dhidden, cache)` as raising, "dhidden ... agrees ...: the
    # mistake is in that line, or in affine_backward() that it calls, or in what `cache` holds" (the cause: `cache`
    # holds the second layer's)
    "b1_mlp_cache_overwritten": ("right", ("departure",), ""),
    # a2_optim
    # departure names line 238 `grad = _gradient(w, dw, config) + decay * w` ("your `grad` is the right value + 0.1 *
    # `w`")
    "b2_sgd_decay_counted_twice": ("right", ("departure",), ""),
    "b2_momentum_double_negative": ("named", (), ""),
    # departure names the v line and its part `(1 - config["beta2"]) * m ** 2` ("your `v` is 0.01 times the right
    # value": m = 0.1 g at the first step, so m ** 2 = 0.01 g ** 2)
    "b2_adam_v_of_m_squared": ("right", ("departure",), ""),
    # departure names line 235 `n_decays = step % step_size` ("sets `n_decays` to 1; with 0 there (one less) ...
    # `n_decays` is off by one (...: check how it counts, or rounds)"): true at step 1, the first that differs, and
    # the line is the mistake (a close call: "off by one" describes that step, not the remainder for the quotient)
    "b2_step_lr_modulo": ("right", ("departure",), ""),
    # departure names line 235 `direction = np.dot(hessian, grad)` ("the mistake is in that line"), of a two-line
    # function
    "b2_newton_times_hessian": ("right", ("departure",), ""),
    "b2_minibatch_lazy_permutation": ("named", (), ""),
    # a3_conv
    # catalogued backward_ignores_stride not named; zero_pattern: "yours is 0 at 72 of 189 entries ...: nothing reaches
    # them ... (a mask of the wrong entries, a loop or window that does not cover them such as a stride not applied,
    # or = where ... +=)"; loop departure on the three-line dx loop (lines 287-289), whose one statement scatters into
    # [i:i + Ho] without the stride (dw's [:, :, :Ho, :Wo] is not mentioned; nothing false)
    "b3_conv_bwd_fast_stride_dropped": ("right", ("zero_pattern", "departure"), ""),
    "b3_receptive_field_reduce_no_jump": ("named", (), ""),
    # the first test gets only NumPy's einsum error; departure on the other names line 280 `windows =
    # sliding_window_view(...)[::stride, ::stride]` ("your `windows` has shape (1, 1, 11, 11, 3, 5) where the right
    # value has (2, 2, 6, 6, 3, 5) ... the mistake is in that line")
    "b3_conv_fast_stride_on_batch_axes": ("right", ("departure",), ""),
    # zero_pattern: "yours is 0 at 59 of 486 entries ... (a mask of the wrong entries, ...)"; loop departure on the
    # three-statement window loop (lines 280-284) whose `mask = region == region.max()` is the mistake
    "b3_maxpool_bwd_global_max_mask": ("right", ("zero_pattern", "departure"), ""),
    # empty: "yours is empty (shape (2, 2, 0, 0) ...): a slice selects nothing (a[p:-p] is empty when p is 0: use
    # a[p:p + H])"
    "b3_convT_crop_minus_pad": ("right", ("empty",), ""),
    # loop departure on the window loop (lines 282-288, five statements, only idx wrong: "leaves `idx` holding values
    # the correct code never computes"), as n1_numgrad_minus_step_from_shifted_x (a close call: no statement named)
    "b3_pool_indices_row_col_swapped": ("right", ("departure",), ""),
    # a4_init
    # as_if on (64, 32, 3, 5): "if shape[3] were shape[1] (32): one entry of shape is used where another is meant"
    # (right: prod(shape[1:3]) is prod(shape[2:]) with shape[1] for shape[3]); departure names the return line "or in
    # `receptive_field`, set by line 93" (right); but as_if on (96, 3, 11, 11): "if shape[2] were shape[1] (32) or if
    # shape[3] were shape[1] (32)": shape[1] is 3 there (with 32 the fans would be 1056, 33792), a false number
    "b4_fans_receptive_slice_off_by_one": ("misleading", ("as_if", "departure"), (
        "as_if gives shape[1] of (96, 3, 11, 11) as 32 (false: it is 3); ideal: np.prod(shape[1:3]) is in_channels * "
        "kh, a slice one axis too early: the receptive field is kh * kw = np.prod(shape[2:]), so the fans of (96, 3, "
        "11, 11) are (99, 3168) where (363, 11616) is right; slice shape[2:]")),
    # scaled on the draws: "yours is sqrt(3) times the expected: U(-a, a) has standard deviation a / sqrt(3)" (right)
    # and departure names the return line's `3.0 / n` (right); but as_if on the fan_in test: "if shape[0] were
    # shape[1] (100): one entry of shape is used where another is meant" (false: 3 / 300 = 1 / 100 by chance)
    "b4_xavier_std_is_uniform_limit": ("misleading", ("scaled", "departure"), (
        "as_if blames shape[0] used for shape[1] (false: 3 / 300 equals 1 / 100 by chance); ideal: gain * sqrt(3 / n) "
        "is the bound of Glorot's uniform distribution, not its standard deviation gain * sqrt(1 / n): every std is "
        "sqrt(3) times too large; drop the 3")),
    # only the comparison on both tests ("he_std (512, 256): got 0.0255, expected 0.0625")
    "b4_he_std_torch_default_slope": ("nothing", (), (
        "the gain sqrt(2 / (1 + a ** 2)) with a = sqrt(5) is sqrt(1 / 3), torch's leaky-ReLU default, not the ReLU's "
        "sqrt(2) (a = 0): the std is 1/sqrt(6) times the expected; He's std is sqrt(2 / fan_in)")),
    "b4_uniform_bound_from_fans_no_sqrt3": ("named", (), ""),
    # scaled: "yours is sqrt(kh*kw)=3 times the expected (... the receptive field size of shape): a division by
    # sqrt(kh*kw) is missing, or a factor sqrt(kh*kw) is extra" (the kernel area left out of the fan-in)
    "b4_he_normal_fan_in_channels_only": ("right", ("scaled",), ""),
    # only the comparison ("means (tanh): shape (1,) differs from the expected (6,)")
    "b4_stats_append_after_loop": ("nothing", (), (
        "the two appends are after the layer loop, not inside it: only the last layer's mean and variance are "
        "recorded, shape (1,) for (L,); indent them into the loop")),
    # a5_normalization
    # written_in_place: "line 228: `x -= mu` writes into x, the caller's array ..."
    "b5_bn_centres_x_in_place": ("right", ("written_in_place",), ""),
    # departure names the dx line 223, on the spatial test its part `x_hat * dgamma` ("the mistake is in that line")
    "b5_bn_alt_reuses_dgamma": ("right", ("departure",), ""),
    "b5_spatial_bn_param_rebuilt": ("named", (), ""),
    # as_if: "yours is what the correct groupnorm_forward() returns if groups were 1: your code reads groups, yet its
    # values are those the correct code gives with groups set so" (statistics over all groups at once)
    "b5_gn_stats_over_all_groups": ("right", ("as_if",), ""),
    # written_in_place: "line 223: `x *= mask` writes into x, the caller's array ..."
    "b5_dropout_inplace_multiply": ("right", ("written_in_place",), ""),
    "b5_dropout_bwd_bool_mask": ("named", (), ""),
    # a6_cnn
    # catalogued labels_shuffled not named; labels_not_images on the digits test ("what it learned from its batches is
    # not the labels of their images. X and y are shuffled or indexed apart") and loss_flat on the shapes test ("as
    # when a batch's labels are not those of its images"): the cause (y_train.sort() reorders the labels alone); the
    # advice "index both with the same indices" does not fit, as y6_augmented_labels_repeat_interleave
    "b6_labels_sorted_in_place": ("right", ("labels_not_images", "loss_flat"), ""),
    "b6_while_condition_never_true": ("named", (), ""),
    # learned_little's checklist on both accuracy tests; loss_flat on the seeded test: "the training loss stayed at
    # about 2.22 over 75 steps (...; learning rate 2e-06): the model learned nothing from its batches, as when a
    # batch's labels are not those of its images": they are indexed together; the rate is what is too small
    "b6_warmup_counted_in_samples": ("misleading", (), (
        "loss_flat blames labels apart from their images (false); ideal: the warm-up lasts 5 * len(y) scheduler "
        "steps, but the scheduler is stepped once per batch, so in 15 epochs the rate never gets above about 5% of "
        "3e-3 and the model hardly trains; count the warm-up in batches, 5 * ceil(len(y) / 64)")),
    # trained_briefly: "your code trained on 630 images (0.5 epochs of the 1258 ..., 15 optimizer steps) ...: the
    # training loop ended early (a return or break inside it, or a time check that holds from the start) or runs too
    # few epochs": the counts are true (15 last batches of 42), the mechanisms not: all 15 epochs run
    "b6_only_last_batch_trained": ("misleading", (), (
        "trained_briefly blames a loop ended early or too few epochs (false: all 15 epochs run); ideal: zero_grad, "
        "the forward, backward() and step() are dedented out of the batch loop, which only walks the batches: one "
        "step per epoch on the last, short batch, 15 in all; indent them into the batch loop")),
    # learned_little's checklist on the digits test; loss_flat on the shapes test: "... as when a batch's labels are
    # not those of its images: index X and y with the same indices": they are indexed together
    "b6_optimizer_on_classifier_only": ("misleading", (), (
        "loss_flat blames labels apart from their images (false); ideal: Adam is given model[-1].parameters(), the "
        "last linear layer's only: the convolutions and batch norms keep their random weights and only a linear "
        "classifier on random features is trained; pass model.parameters()")),
    # fits_batches_not_predictions on both accuracy tests: "the training loss fell from 2.11 to 0.04 ..., yet it
    # predicts 200 of those same training images ... at accuracy 0.12: what reaches the model when it predicts differs
    # from what it trained on (... scaled or standardized ..., other statistics, another layout), or the model that
    # predicts is not the one that trained": the fitting is there, neither cause is: the same model and images, the
    # rows of the logits returned in a shuffled order
    "b6_test_loader_shuffled": ("misleading", (), (
        "fits_batches_not_predictions blames other inputs or another model at prediction (false); ideal: the test "
        "DataLoader has shuffle=True, so the rows of the returned logits come in a shuffled order, not X_test's, and "
        "each is scored against another image's label; predict in order (shuffle=False, or model on X_test)")),
    # a7_architectures
    "b7_resblock_dropout_zeroed_inplace": ("named", (), ""),
    # transposed on six tests: "yours is the expected transposed ...: a .T too many or missing, or the operands of a
    # product in the other order (x.T @ dout vs dout.T @ x)"
    "b7_resbwd_dW2_transposed": ("right", ("transposed",), ""),
    # one_slip: "the factor `np.ones((N, C, H, W)) *` missing (or it is one in yours)": the broadcast over H x W
    "b7_gap_bwd_not_expanded": ("right", ("one_slip",), ""),
    # departure names line 177 `w = W[:, classes].reshape(N, C)` ("holds the right values in another order (a reshape
    # or transpose in the wrong order?)")
    "b7_cam_weights_reshaped_not_transposed": ("right", ("departure",), ""),
    # only the comparison on the four tests
    "b7_saliency_of_loss_gradient": ("nothing", (), (
        "dscores = softmax(scores) - one_hot(y) is the gradient of the cross-entropy loss; the saliency is that of the "
        "class score scores[n, y[n]] alone: back-propagate a one-hot dscores (1 at y[n], 0 elsewhere)")),
    "b7_mdn_resp_is_softmax_of_logits": ("named", (), ""),
    # a8_pipeline
    "b8_crop_integers_high_only": ("named", (), ""),
    # no name or diagnosis; the check's message: "every output image must be its input or the input with its last axis
    # reversed (left-right): 992 of 1000 images are neither", which does not say what they are (as
    # n8_flip_mirrors_channel_axis)
    "b8_flip_coin_per_pixel": ("nothing", (), (
        "rng.random(x.shape) draws one coin per pixel, so each pixel independently takes its mirror pixel's value and "
        "the images come out scrambled; draw one coin per image, rng.random(len(x)), broadcast over the other axes")),
    # written_in_place: "line 170: `X_train /= std + eps` writes into X_train, the caller's array (an augmented
    # assignment such as -= or += ...)", and the same for X_test (the -= lines before are not named; nothing false)
    "b8_normalize_in_place": ("right", ("written_in_place",), ""),
    "b8_early_best_weights_every_epoch": ("named", (), ""),
    # departure names the only line, `return np.logspace(np.log(low), np.log(high), n)`
    "b8_log_grid_natural_log_in_logspace": ("right", ("departure",), ""),
    # loop departure on the whole training loop (lines 172-184: the generator, the permutation, the batches, the
    # step), no statement named: true but not pointing at the generator made anew each epoch
    "b8_train_rng_per_epoch": ("vague", (), (
        "rng = np.random.default_rng(seed) is made inside the epoch loop, so every epoch draws the same permutation "
        "and the rows are visited in one order 20 times; create the generator once, before the loop")),
}
# Counts (0e4cb9d): named 11, right 26 (named or right 37/48 = 77%; not in the catalogue: right 22/33 = 67%; the 15
# catalogued: 11 named, 4 right), misleading 6, vague 1, nothing 4, wrong_name 0, check_message 0, not_caught 0.
# HOLDOUT16_CORRECT: all seven full marks.

HOLDOUT16 = [replace(e, verdict=JUDGEMENT16[e.id][0], expected=frozenset(JUDGEMENT16[e.id][1]),
                     ideal=JUDGEMENT16[e.id][2]) if e.id in JUDGEMENT16 else e for e in HOLDOUT16]
