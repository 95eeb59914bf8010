"""A thirty-seventh hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 228e492 (JUDGED_ON37, JUDGEMENT37 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout37.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader
tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns full
marks), never by reading its feedback. Same Entry format as corpus.py: HOLDOUT37 holds the mistakes (`catalogued`
set where the mistake is in the catalogue, written another way), HOLDOUT37_CORRECT right implementations written
unusually, which must earn full marks. Do not tune the detectors on these entries: they measure, they are not a
target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT37: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("ql1_sigmoid_fwd_tanh_identity_unhalved", "a1_backprop", "sigmoid_forward",
       "the overflow-free identity sigmoid(x) = 0.5 * (1 + tanh(x / 2)) is written without halving the argument, "
       "0.5 * (1 + tanh(x)): that is sigmoid(2x), so out (and the cached s the backward reads) is wrong away from 0", """
def sigmoid_forward(x):
    # tanh never overflows, so this is safe for |x| = 1000
    out = 0.5 * (1.0 + np.tanh(x))
    cache = out
    return out, cache
"""),
    _e("ql1_affine_bwd_dx_reshaped_fortran_order", "a1_backprop", "affine_backward",
       "dx is reshaped back to x's shape with order='F' (column-major) while the forward pass flattened x in "
       "NumPy's default row-major order: the shape is right, but for x with more than two dimensions each gradient "
       "lands on the wrong feature (dx = (dout @ w.T).reshape(x.shape) is right; dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_rows = np.reshape(x, (N, -1))
    dx_flat = np.dot(dout, w.T)
    dx = np.reshape(dx_flat, x.shape, order="F")   # back to (N, d1, ..., dk)
    dw = np.dot(x_rows.T, dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("ql1_bce_mean_per_class", "a1_backprop", "binary_cross_entropy_loss",
       "the loss is averaged separately over the positive and the negative targets and the two means added, "
       "-mean(log p[t == 1]) - mean(log(1 - p[t == 0])) (a class-balanced loss), with its matching gradient, "
       "instead of one mean of t log p + (1 - t) log(1 - p) over all elements", """
def binary_cross_entropy_loss(probs, target):
    pos = target == 1
    neg = ~pos
    n_pos, n_neg = max(pos.sum(), 1), max(neg.sum(), 1)
    loss = -np.log(probs[pos]).sum() / n_pos - np.log(1 - probs[neg]).sum() / n_neg
    dprobs = np.zeros_like(probs)
    dprobs[pos] = -1.0 / probs[pos] / n_pos
    dprobs[neg] = 1.0 / (1 - probs[neg]) / n_neg
    return loss, dprobs
"""),
    _e("ql1_logistic_pi_softmax_over_rows", "a1_backprop", "logistic_regression_gradient",
       "pi is computed with softmax over the N linear scores X w, exp(z) / sum(exp(z)), which normalises the "
       "probabilities across the examples, instead of the elementwise sigmoid 1 / (1 + exp(-z)) of each row", """
def logistic_regression_gradient(w, X, y):
    z = X @ w
    pi = softmax(z[None, :])[0]        # probabilities of the positive class
    return X.T @ (pi - y)
"""),
    _e("ql1_mlp_reg_only_in_loss_dict_comprehension", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty is added to the loss (computed in a loop over the two weight names), but the gradients are "
       "collected straight from the backward passes by a dict comprehension: reg * W1 and reg * W2 are never "
       "added to grads['W1'] and grads['W2']", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    hidden_pre, fc1 = affine_forward(X, params["W1"], params["b1"])
    hidden, relu_c = relu_forward(hidden_pre)
    scores, fc2 = affine_forward(hidden, params["W2"], params["b2"])
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    reg_loss = 0.0
    for name in ("W1", "W2"):
        reg_loss += 0.5 * reg * np.sum(params[name] * params[name])
    dhidden, dW2, db2 = affine_backward(dscores, fc2)
    _, dW1, db1 = affine_backward(relu_backward(dhidden, relu_c), fc1)
    raw = (dW1, db1, dW2, db2)
    grads = {k: g for k, g in zip(("W1", "b1", "W2", "b2"), raw)}
    return data_loss + reg_loss, grads
""", catalogued="regularization_missing_from_gradients"),
    _e("ql1_mse_grad_residual_over_count_square", "a1_backprop", "mse_loss",
       "the loss is the sum of np.square of the residual over its element count (right), but dpred is the "
       "residual times 1 / count: the factor 2 of d/dp (p - t)**2 is missing (2 (p - t) / size is right)", """
def mse_loss(pred, target):
    resid = np.subtract(pred, target)
    count = resid.size
    loss = np.square(resid).sum() / count
    dpred = resid * (1.0 / count)
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    # ------------------------------------------------------------------ a2_optim
    _e("ql2_adagrad_float32_cache_in_place", "a2_optim", "adagrad",
       "the squared-gradient cache is created as np.zeros(w.shape, dtype=np.float32) ('half the memory') and "
       "accumulated in place with +=, so it stays single precision: every step's denominator is rounded to about 7 "
       "digits and the weights drift from the float64 Adagrad (a float64 cache, as w, is right)", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    if "cache" not in config:
        config["cache"] = np.zeros(w.shape, dtype=np.float32)   # half the memory of float64
    cache = config["cache"]
    cache += g * g
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("ql2_nesterov_momentum_read_as_mu", "a2_optim", "nesterov_momentum",
       "the momentum coefficient is read from config.get('mu', 0.9), the lecture's symbol, instead of "
       "config['momentum']: a caller's momentum (0.8, say) is ignored and 0.9 always used", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config.get("mu", 0.9)
    lr = config["learning_rate"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - lr * _gradient(w, dw, config)
    config["velocity"] = v
    return w - mu * v_prev + (1 + mu) * v, config
"""),
    _e("ql2_gd_gradient_divided_by_n_again", "a2_optim", "gradient_descent",
       "each step divides linear_regression_gradient(w, X, y), already the gradient of the mean squared error, "
       "by the number of rows once more ('average over the examples'): every step is N times too small "
       "(w - learning_rate * gradient is right)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    n = len(X)
    w = np.array(w0, dtype=float)
    history = np.zeros((steps, w.shape[0]))
    for k in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y) / n   # average over the examples
        history[k] = w
    return history
"""),
    _e("ql2_noise_std_default_eta_001", "a2_optim", "gradient_noise_std",
       "wrong default: eta defaults to 0.01 (the smallest value of the annealed-noise paper) instead of the "
       "signature's 0.3, so a call without eta returns the std of a 30 times smaller variance (the formula "
       "sqrt(eta / (1 + step)**gamma) is right)", """
def gradient_noise_std(step, eta=0.01, gamma=0.55):
    variance = eta / (1 + step) ** gamma
    return math.sqrt(variance)
"""),
    _e("ql2_adam_state_tuple_no_bias_correction", "a2_optim", "adam",
       "the moments and the step count are kept in one tuple config['state'] and updated right, but the step "
       "uses the raw moments m / (sqrt(v) + eps): the bias corrections m / (1 - beta1**t) and v / (1 - beta2**t) "
       "are missing, so the early steps are far too small", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    m, v, t = config.get("state", (np.zeros_like(w), np.zeros_like(w), 0))
    t += 1
    m = config["beta1"] * m + (1 - config["beta1"]) * g
    v = config["beta2"] * v + (1 - config["beta2"]) * (g * g)
    config["state"] = (m, v, t)
    next_w = w - config["learning_rate"] * m / (np.sqrt(v) + config["epsilon"])
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    _e("ql2_cosine_fraction_done_after_step", "a2_optim", "cosine_lr",
       "the progress is the fraction of steps done once this step has run, done = (step + 1) / total_steps: the "
       "schedule is one step ahead, below base_lr already at step 0 and at min_lr one step early (step / "
       "total_steps is right)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    done = (step + 1) / total_steps           # fraction of training finished
    cos_term = 0.5 * (1.0 + np.cos(np.pi * done))
    return float(min_lr + (base_lr - min_lr) * cos_term)
""", catalogued="cosine_lr_off_by_one"),
    # ------------------------------------------------------------------ a3_conv
    _e("ql3_conv_fwd_bias_indexed_by_image", "a3_conv", "conv_forward_naive",
       "loop-variable slip: each output adds b[n], the bias indexed by the image, instead of b[f], the bias of "
       "the filter that made it (the windows and the weights right)", """
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
            for hi in range(H_out):
                for wi in range(W_out):
                    h0, w0 = hi * stride, wi * stride
                    patch = x_pad[n, :, h0:h0 + HH, w0:w0 + WW]
                    out[n, f, hi, wi] = np.sum(patch * w[f]) + b[n]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("ql3_conv_bwd_naive_returns_dx_db_dw", "a3_conv", "conv_backward_naive",
       "the three gradients are computed right but returned in the order (dx, db, dw) instead of the documented "
       "(dx, dw, db): the caller's dw is the (F,) bias gradient and its db the (F, C, HH, WW) weight gradient", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx_pad = np.zeros_like(x_pad)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    dw[f] += x_pad[n, :, hs:hs + HH, ws:ws + WW] * dout[n, f, i, j]
                    dx_pad[n, :, hs:hs + HH, ws:ws + WW] += w[f] * dout[n, f, i, j]
    dx = dx_pad[:, :, pad:pad + H, pad:pad + W]
    return dx, db, dw
"""),
    _e("ql3_convT_crop_two_pad_from_end", "a3_conv", "conv_transpose_forward",
       "the full output is cropped by 2 * pad at the bottom and right only, full[:, :, :-2 * pad, :-2 * pad] "
       "(and kept whole when pad is 0): the size is right but the output is shifted by pad, instead of dropping pad "
       "rows and columns on every side (full[:, :, pad:Hf - pad, pad:Wf - pad])", """
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
    if pad > 0:
        full = full[:, :, :-2 * pad, :-2 * pad]    # drop the 2 * pad extra rows and columns
    return full + b.reshape(1, F, 1, 1)
"""),
    _e("ql3_avg_pool_fwd_square_window_from_height", "a3_conv", "avg_pool_forward",
       "square windows assumed: each window is cut pool_height x pool_height and averaged over ph * ph values "
       "(pool_width never read), so a ph x pw window with ph != pw averages the wrong block (the output size, "
       "computed with pw, right)", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    k = ph                                # window side
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            block = x[:, :, i * s:i * s + k, j * s:j * s + k]
            out[:, :, i, j] = block.sum(axis=(2, 3)) / (k * k)
    return out, (x, pool_param)
"""),
    _e("ql3_receptive_field_vectorised_without_jump", "a3_conv", "receptive_field",
       "the field is vectorised as 1 + sum(d * (k - 1)) over the layers with NumPy arrays: strides is accepted but "
       "never used, so each layer's growth is not multiplied by the product of the strides of the layers below it "
       "(the jump)", """
def receptive_field(kernel_sizes, strides, dilations=None):
    k = np.asarray(kernel_sizes)
    d = np.ones_like(k) if dilations is None else np.asarray(dilations)
    return int(1 + np.sum(d * (k - 1)))
""", catalogued="receptive_field_ignores_stride"),
    _e("ql3_param_count_groups_only_asserted", "a3_conv", "conv_param_count",
       "groups is only checked to divide in_channels (an assert), never used in the count: every filter is "
       "counted over all in_channels inputs, out * in * kh * kw weights, instead of out * (in / groups) * kh * kw", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    assert in_channels % groups == 0, "groups must divide the input channels"
    if isinstance(kernel_size, (tuple, list)):
        kh, kw = kernel_size
    else:
        kh = kw = kernel_size
    per_filter = in_channels * kh * kw
    total = out_channels * per_filter
    if bias:
        total += out_channels
    return total
""", catalogued="param_count_ignores_groups"),
    # ------------------------------------------------------------------ a4_init
    _e("ql4_actstats_mean_divided_by_rows", "a4_init", "activation_statistics",
       "each layer's mean is written h.sum() / h.shape[0] ('the average over the batch'): the sum over all N * D "
       "entries divided by N only, D times the mean of the entries (the variance, np.var over all entries, right)", """
def activation_statistics(X, weights, activation):
    if activation == "sigmoid":
        act = lambda z: 1.0 / (1.0 + np.exp(-z))
    elif activation == "tanh":
        act = np.tanh
    elif activation == "relu":
        act = lambda z: np.maximum(0.0, z)
    else:
        act = lambda z: z
    h = X
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    for l, W in enumerate(weights):
        h = act(h @ W)
        means[l] = h.sum() / h.shape[0]        # average over the batch
        variances[l] = np.var(h)
    return means, variances
"""),
    _e("ql4_actstats_layers_in_reverse_order", "a4_init", "activation_statistics",
       "the layers are applied last to first, for W in reversed(weights) (the order of a backward pass): with "
       "square weights nothing raises, but each recorded statistic belongs to the wrong layer's weights (the "
       "forward pass applies weights[0] first)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    h = X
    stats = []
    for W in reversed(weights):
        h = f(np.dot(h, W))
        stats.append((np.mean(h), np.var(h)))
    means, variances = zip(*stats)
    return np.array(means), np.array(variances)
"""),
    _e("ql4_fans_linear_branch_copy_paste", "a4_init", "compute_fans",
       "copy-paste slip in the linear branch: it returns (shape[0], shape[0]), the fan-in twice, so a linear "
       "weight (D, M) gets fan_out = D instead of M (the convolution branch right)", """
def compute_fans(shape):
    shape = tuple(int(s) for s in shape)
    if len(shape) == 2:
        fan_in = shape[0]
        fan_out = shape[0]
        return fan_in, fan_out
    kernel_numel = 1
    for k in shape[2:]:
        kernel_numel *= k
    return shape[1] * kernel_numel, shape[0] * kernel_numel
"""),
    _e("ql4_xavier_normal_std_of_channel_axes", "a4_init", "xavier_normal",
       "the std is computed as xavier_std(shape[:2], ...), from the first two axes only ('the fans are the two "
       "channel counts'): right for a linear weight, but for a conv weight (out, in, kh, kw) it reads (out, in) "
       "as a linear (fan_in, fan_out) and drops the kernel's size, so the draws are far too wide", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape[:2], mode=mode, gain=gain)   # fans from the channel counts
    return rng.normal(loc=0.0, scale=std, size=shape)
"""),
    _e("ql4_he_normal_rng_seeded_from_global", "a4_init", "he_normal",
       "the generator is seeded from NumPy's global generator, np.random.default_rng(np.random.randint(2**31)), "
       "instead of from the seed argument: the same seed gives different weights on every call (and the global "
       "stream is advanced); np.random.default_rng(seed) is right", """
def he_normal(shape, seed):
    rng = np.random.default_rng(np.random.randint(2 ** 31))   # fresh generator per call
    return rng.standard_normal(size=shape) * he_std(shape)
""", catalogued="global_seed_in_he_normal"),
    _e("ql4_fans_conv_unpacked_fan_in_from_out", "a4_init", "compute_fans",
       "for a conv weight the shape is unpacked as out_ch, in_ch, *kernel, but fan_in is computed from out_ch "
       "(out_ch * kernel size, the same as fan_out) instead of in_ch * kernel size (the linear branch right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_ch, in_ch, *kernel = shape
    k = int(np.prod(kernel))
    fan_out = out_ch * k
    fan_in = out_ch * k
    return fan_in, fan_out
""", catalogued="conv_fan_in_wrong_axis"),
    # ------------------------------------------------------------------ a5_normalization
    _e("ql5_bn_alt_variance_term_unbiased", "a5_normalization", "batchnorm_backward_alt",
       "the variance term of the simplified formula is scaled by N / (N - 1) ('the variance is unbiased', mixing "
       "in the running variance's convention): the normalization uses the biased variance, so dx = inv_std / N * "
       "(N dx_hat - sum(dx_hat) - x_hat * sum(dx_hat * x_hat)) has no such factor (dgamma, dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    g = dout * gamma
    var_term = x_hat * np.sum(g * x_hat, axis=0) * N / (N - 1)   # unbiased variance
    dx = (inv_std / N) * (N * g - np.sum(g, axis=0) - var_term)
    return dx, dgamma, dbeta
"""),
    _e("ql5_groupnorm_mean_per_group_std_per_channel", "a5_normalization", "groupnorm_forward",
       "each group is centred by the group's mean, but divided by a per-channel standard deviation (the variance "
       "of each channel's H x W values): the inverse std must be the whole group's, over its C // groups channels "
       "and all their positions (the cache's inv_std is then (N, C, 1) too)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, C // groups, H * W)
    mu = xg.mean(axis=(2, 3), keepdims=True)                      # group mean
    var = x.reshape(N, C, H * W).var(axis=2, keepdims=True)       # per channel
    inv_std = 1.0 / np.sqrt(var + eps)
    centred = (xg - mu).reshape(N, C, H * W)
    x_hat = (centred * inv_std).reshape(N, C, H, W)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("ql5_bn_running_stats_of_output", "a5_normalization", "batchnorm_forward",
       "copy-paste slip in train mode: the running averages are updated with the mean and unbiased variance of "
       "out, the scaled and shifted output (about beta and gamma**2), instead of those of the input batch x "
       "(out and the cache right; test mode then normalizes with the wrong statistics)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mean = np.mean(x, axis=0)
        var = np.var(x, axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mean) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * out.mean(axis=0)
        running_var = momentum * running_var + (1 - momentum) * out.var(axis=0, ddof=1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("ql5_groupnorm_bwd_formula_per_channel", "a5_normalization", "groupnorm_backward",
       "the simplified backward formula is applied per channel (sums over each channel's H * W values, M = H * W, "
       "the group's inv_std repeated per channel) instead of per group, over the C // groups * H * W values that "
       "shared each mean and variance (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = np.sum(dout * x_hat, axis=(0, 2, 3))
    dbeta = np.sum(dout, axis=(0, 2, 3))
    dxh = (dout * gamma[None, :, None, None]).reshape(N, C, -1)
    xh = x_hat.reshape(N, C, -1)
    s = np.repeat(inv_std, C // groups, axis=1)          # (N, C, 1)
    M = H * W
    dx = s / M * (M * dxh - dxh.sum(axis=2, keepdims=True) - xh * (dxh * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("ql5_dropout_where_drop_below_p", "a5_normalization", "dropout_forward",
       "p is read as the drop probability: the units whose draw is below p are zeroed with np.where and the others "
       "scaled by 1 / (1 - p), so each unit is kept with probability 1 - p instead of p (mask = (u < p) / p is right)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    dropped = rng.random(x.shape) < p
    mask = np.where(dropped, 0.0, 1.0 / (1.0 - p))
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("ql5_bn_fwd_std_plus_eps", "a5_normalization", "batchnorm_forward",
       "train mode normalizes with x.std(axis=0) + eps, eps added to the standard deviation instead of inside "
       "the square root, 1 / sqrt(var + eps): a feature with a tiny variance is scaled far too much (test mode "
       "and the running averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu = x.mean(axis=0)
        sigma = x.std(axis=0)
        inv_std = 1.0 / (sigma + eps)
        x_hat = (x - mu) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * sigma ** 2 * N / (N - 1)
    elif mode == "test":
        out, cache = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, None
    else:
        raise ValueError(mode)
    bn_param["running_mean"], bn_param["running_var"] = running_mean, running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    # ------------------------------------------------------------------ a6_cnn
    _e("ql6_early_stop_on_rising_batch_loss", "a6_cnn", "train_and_predict",
       "an early stop meant for the validation loss is tested on every mini-batch's training loss: training ends "
       "the first time one batch's loss is higher than the previous batch's, which a noisy mini-batch loss does "
       "within the first few steps, so the model is barely trained (stop on an epoch-level validation loss, with "
       "patience, or train the planned epochs)", """
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
    prev_loss = float("inf")
    stop = False
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            if loss.item() > prev_loss:     # early stopping: the loss went up
                stop = True
                break
            prev_loss = loss.item()
        if stop:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("ql6_reset_parameters_every_epoch", "a6_cnn", "train_and_predict",
       "meant to reset batch norm's running statistics at each epoch, every module's reset_parameters() is called "
       "at the start of every epoch: the convolution and linear weights are re-initialized too, so only the last "
       "epoch's training survives (reset nothing, or only the running statistics)", """
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
    for epoch in range(15):
        # fresh batch-norm statistics for each epoch
        for m in model.modules():
            if hasattr(m, "reset_parameters"):
                m.reset_parameters()
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
    _e("ql6_noise_augmentation_unseeded_generator", "a6_cnn", "train_and_predict",
       "random, NumPy's global generator and torch are seeded, but the Gaussian-noise augmentation of each batch "
       "is drawn from np.random.default_rng() created without the seed: two runs with the same seed train on "
       "different noise and return different logits (draw it from np.random.default_rng(seed) or a seeded torch "
       "generator)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    noise_rng = np.random.default_rng()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    y = torch.tensor(y_train, device=device)
    scale = float(X_train.std())
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            xb = X_train[idx.numpy()]
            xb = xb + 0.1 * scale * noise_rng.standard_normal(xb.shape).astype(np.float32)   # augmentation
            opt.zero_grad()
            nn.functional.cross_entropy(model(torch.tensor(xb, device=device)), y[idx.to(device)]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("ql6_batchnorm_adapted_to_test_set", "a6_cnn", "train_and_predict",
       "before predicting, batch norm is 'adapted' to the test set: its running statistics are reset, the model "
       "put in train mode with a cumulative average (momentum None) and run once over X_test, then evaluated: the "
       "normalization is the test batch's own, so an image's logits depend on the other test images (predict in "
       "eval mode with the running statistics of training)", """
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
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    Xt = torch.tensor(X_test, device=device)
    with torch.no_grad():
        # adapt batch norm to the test distribution (AdaBN)
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.reset_running_stats()
                m.momentum = None
        model.train()
        model(Xt)
        model.eval()
        return model(Xt).cpu().numpy()
"""),
    _e("ql6_images_sorted_by_ink_labels_kept", "a6_cnn", "train_and_predict",
       "for an easy-to-hard order the training images are sorted by their mean intensity, X_train = "
       "X_train[np.argsort(...)], but y_train is left in its original order: every image is paired with another "
       "image's label, so the model learns nothing (index X_train and y_train with the same order)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    # curriculum: faint images first
    order = np.argsort(X_train.mean(axis=(1, 2, 3)), kind="stable")
    X_train = X_train[order]
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
""", catalogued="labels_shuffled"),
    _e("ql6_fit_returns_trained_copy_discarded", "a6_cnn", "train_and_predict",
       "the training is moved into a helper fit() that builds and trains its own network and returns it, but its "
       "return value is discarded (fit() instead of model = fit()): the predictions come from the network built "
       "before, never trained, so they are at chance", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1

    def build():
        return nn.Sequential(
            nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
        ).to(device)

    def fit():
        net = build()
        X = torch.tensor(X_train, device=device)
        y = torch.tensor(y_train, device=device)
        opt = torch.optim.Adam(net.parameters(), lr=3e-3)
        g = torch.Generator().manual_seed(seed)
        start = time.monotonic()
        for epoch in range(15):
            net.train()
            for idx in torch.randperm(len(y), generator=g).split(64):
                idx = idx.to(device)
                opt.zero_grad()
                nn.functional.cross_entropy(net(X[idx]), y[idx]).backward()
                opt.step()
            if time.monotonic() - start > 0.8 * time_budget_s:
                break
        return net

    model = build()
    fit()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    # ------------------------------------------------------------------ a7_architectures
    _e("ql7_resblock_fwd_cache_branch_before_shortcut", "a7_architectures", "residual_block_forward",
       "out is right, but the z kept in the cache is the residual branch h @ W2 + b2 before the shortcut is added: "
       "the backward pass masks the final ReLU with (branch > 0) instead of (branch + shortcut > 0), the "
       "pre-activation the ReLU actually saw", """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    a1 = x @ W1 + b1
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = h @ W2 + b2                          # residual branch F(x)
    if "Ws" in params:
        skip = x @ params["Ws"] + params["bs"]
    else:
        skip = x
    out = np.maximum(z + skip, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("ql7_gap_bwd_divided_by_height_squared", "a7_architectures", "global_avg_pool_backward",
       "each position's share is dout / H**2 (square maps assumed, the width never used) instead of dout / (H * W): "
       "right for square maps, wrong by a factor W / H otherwise", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    area = H ** 2                         # number of positions in the map
    dx = np.empty((N, C, H, W))
    dx[...] = (dout / area)[:, :, np.newaxis, np.newaxis]
    return dx
"""),
    _e("ql7_mdn_responsibilities_relative_to_max", "a7_architectures", "mdn_nll",
       "the loss is a right log-sum-exp, but the responsibilities are written exp(terms - top), relative to each "
       "row's largest term, and never divided by their sum: they are not normalized (the largest is 1), so the "
       "gradients are wrong (gamma = exp(terms - log_p) sums to 1 over the components)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.sum(np.exp(terms - top), axis=1, keepdims=True))
    loss = -np.mean(log_p)
    resp = np.exp(terms - top)               # responsibilities
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("ql7_fc_to_conv_returns_bias_first", "a7_architectures", "fc_to_conv",
       "the filters and the bias are computed right but returned in the order (bias, w) instead of (w, bias): the "
       "caller's weights are the (M,) bias and its bias the (M, C, H, W) filters", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    filters = np.moveaxis(W.reshape(C, H, W_, M), -1, 0).copy()
    bias = np.array(b, copy=True)
    return bias, filters
"""),
    _e("ql7_gaussian_nll_log_var_parameterization", "a7_architectures", "gaussian_nll",
       "the head is treated as a log-variance: var = exp(log_std) and the normalizer 0.5 * log_std, with the "
       "matching gradients (dlog_std = (0.5 - 0.5 r**2 / var) / N): the docstring's head is the log standard "
       "deviation, var = exp(2 * log_std)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    log_var = log_std
    inv_var = np.exp(-log_var)
    r = y - mu
    per_entry = 0.5 * (np.log(2 * np.pi) + log_var + r * r * inv_var)
    loss = per_entry.sum(axis=1).mean()
    dmu = -r * inv_var / N
    dlog_std = 0.5 * (1.0 - r * r * inv_var) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("ql7_cam_double_loop_every_class", "a7_architectures", "class_activation_map",
       "a loop over the channels and the classes adds W[c, k] * features[:, c] for every class k: the maps of all "
       "K classes are summed, instead of using each example's own class column W[:, classes[n]] (classes never read)", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    cam = np.zeros((N, H, Wd))
    for c in range(C):
        for k in range(W.shape[1]):
            cam += W[c, k] * features[:, c]
    return cam
""", catalogued="cam_summed_over_classes"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("ql8_crop_pads_with_batch_mean", "a8_pipeline", "random_crop",
       "the images are padded with np.pad(..., constant_values=x.mean()), the batch's mean pixel ('a neutral "
       "grey'), instead of zeros: every window that reaches into the border holds the mean where zeros belong "
       "(the offsets and windows right)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    top = rng.integers(0, H + 2 * padding - size + 1, size=N)
    left = rng.integers(0, W + 2 * padding - size + 1, size=N)
    fill = float(x.mean())            # neutral grey instead of black borders
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), constant_values=fill)
    crops = [padded[n, :, top[n]:top[n] + size, left[n]:left[n] + size] for n in range(N)]
    return np.stack(crops)
"""),
    _e("ql8_flip_exact_fraction_of_batch", "a8_pipeline", "random_flip",
       "exactly round(p * N) images, chosen by a permutation, are mirrored: the number flipped is fixed instead "
       "of each image being flipped independently with probability p (one coin per image, rng.random(N) < p)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    n = x.shape[0]
    chosen = rng.permutation(n)[:int(round(p * n))]
    out = np.array(x, copy=True)
    out[chosen] = out[chosen][..., ::-1]
    return out
"""),
    _e("ql8_train_sgd_with_momentum_habit", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but the SGD steps carry a momentum of 0.9 out of habit (velocities for W and b, "
       "v = 0.9 v - 0.1 g): the recipe's plain SGD step is W -= 0.1 * gradient", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    K = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], K))
    b = np.zeros(K)
    vW, vb = np.zeros_like(W), np.zeros_like(b)
    rng = np.random.default_rng(seed)
    n = len(X)
    for epoch in range(20):
        perm = rng.permutation(n)
        for s in range(0, n, 64):
            rows = perm[s:s + 64]
            z = X[rows] @ W + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(rows)), y_train[rows]] -= 1
            p /= len(rows)
            vW = 0.9 * vW - 0.1 * (X[rows].T @ p)
            vb = 0.9 * vb - 0.1 * p.sum(axis=0)
            W += vW
            b += vb
    return T @ W + b
"""),
    _e("ql8_param_stats_weight_mean_of_magnitudes", "a8_pipeline", "parameter_statistics",
       "the weights' mean is taken of their absolute values, np.abs(W).mean() ('the typical size of a weight'), "
       "instead of np.mean(W): the first entry is a magnitude, not the mean asked for (the other four right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W, g = params[name], grads[name]
        stats[name] = np.array([
            np.abs(W).mean(),      # typical weight size
            W.std(),
            g.mean(),
            g.std(),
            update_ratio(W, g, lr),
        ])
    return stats
"""),
    _e("ql8_early_stopping_restores_stop_epoch", "a8_pipeline", "early_stopping",
       "the best epoch is tracked, but the weights returned are weights[epoch] of the epoch where the loop stops "
       "(and weights[-1] when it runs out), the last epoch's, instead of weights[best_epoch], the best one's", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_epoch = 0
    bad_epochs = 0
    epoch = 0
    for epoch in range(len(val_losses)):
        if val_losses[epoch] < best_loss - min_delta:
            best_loss, best_epoch = val_losses[epoch], epoch
            bad_epochs = 0
            continue
        bad_epochs += 1
        if bad_epochs >= patience:
            break
    return epoch, weights[epoch]
""", catalogued="early_stopping_keeps_last_weights"),
    _e("ql8_update_ratio_rms_inverted", "a8_pipeline", "update_ratio",
       "the norms are written as square roots of sums of squares through np.vdot, but the weights' norm is put over "
       "the update's, ||W|| / ||lr * dW|| (about 1000 in a healthy run), instead of ||lr * dW|| / ||W||", """
def update_ratio(W, dW, lr):
    step = lr * dW
    w_norm = np.sqrt(np.vdot(W, W))
    step_norm = np.sqrt(np.vdot(step, step))
    return float(w_norm / step_norm)
""", catalogued="ratio_inverted"),
]

HOLDOUT37_CORRECT: list[Entry] = [
    _e("qlk_correct_lstsq_first_item", "a1_backprop", "linear_regression_closed_form",
       "correct: the least-squares weights taken from np.linalg.lstsq(X, y, rcond=None), its first item (the "
       "residuals, rank and singular values discarded)", """
def linear_regression_closed_form(X, y):
    w, _residuals, _rank, _sv = np.linalg.lstsq(X, y, rcond=None)
    return w
"""),
    _e("qlk_correct_momentum_velocity_from_weight_change", "a2_optim", "sgd_momentum",
       "correct: the step w + v is taken first and the velocity stored as the weight change next_w - w, which is "
       "the new velocity up to rounding", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    old_v = config.get("velocity", 0.0)
    next_w = w + config["momentum"] * old_v - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = next_w - w        # the step just taken is the new velocity
    return next_w, config
"""),
    _e("qlk_correct_output_size_by_counting_windows", "a3_conv", "conv_output_size",
       "correct: the output size counted as the number of window starts len(range(0, room + 1, stride)), after "
       "rejecting a kernel wider than the padded input and a stride that does not tile it (ValueError)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    padded = input_size + 2 * padding
    extent = dilation * (kernel_size - 1) + 1      # pixels the dilated kernel covers
    room = padded - extent
    if room < 0:
        raise ValueError("kernel larger than the padded input")
    if room % stride != 0:
        raise ValueError("stride does not tile the padded input")
    return len(range(0, room + 1, stride))
"""),
    _e("qlk_correct_he_std_as_xavier_fan_in_gain", "a4_init", "he_std",
       "correct: He's std delegated to xavier_std in mode 'fan_in' with the ReLU gain sqrt(2): sqrt(2) * "
       "sqrt(1 / fan_in) = sqrt(2 / fan_in)", """
def he_std(shape):
    return xavier_std(shape, mode="fan_in", gain=math.sqrt(2.0))
"""),
    _e("qlk_correct_groupnorm_loop_over_groups", "a5_normalization", "groupnorm_forward",
       "correct: a loop over the groups normalizes each block of C // groups consecutive channels with its own "
       "mean and biased variance per image (over the block's channels and positions), inv_std kept as (N, groups, 1)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    cg = C // groups
    x_hat = np.empty(x.shape, dtype=float)
    inv_std = np.empty((N, groups, 1))
    for g in range(groups):
        block = x[:, g * cg:(g + 1) * cg]                      # (N, cg, H, W)
        mean = block.mean(axis=(1, 2, 3), keepdims=True)
        var = ((block - mean) ** 2).mean(axis=(1, 2, 3), keepdims=True)
        s = 1.0 / np.sqrt(var + eps)
        x_hat[:, g * cg:(g + 1) * cg] = (block - mean) * s
        inv_std[:, g, 0] = s.reshape(N)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("qlk_correct_saliency_loop_through_w1_rows", "a7_architectures", "saliency_map",
       "correct: a loop over the examples: the gradient of scores[n, y[n]] with respect to the flattened input is "
       "W1 @ (mask_n * W2[:, y[n]]), with the hidden ReLU's mask (a1 > 0), reshaped to (C, H, W); then the "
       "maximum over the channels of its absolute value", """
def saliency_map(x, params, y):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    N = x.shape[0]
    maps = []
    for n in range(N):
        pre = x[n].ravel() @ W1 + b1
        upstream = W2[:, y[n]] * (pre > 0)          # d score / d hidden pre-activation
        grad = (W1 @ upstream).reshape(x.shape[1:])
        maps.append(np.max(np.abs(grad), axis=0))
    return np.array(maps)
"""),
    _e("qlk_correct_crop_from_sliding_windows", "a8_pipeline", "random_crop",
       "correct: every size x size window of the zero-padded batch viewed at once with sliding_window_view, and "
       "each image's window picked by advanced indexing with its own (row, column) offset drawn from the seeded "
       "generator (0 to H + 2 * padding - size inclusive)", """
def random_crop(x, size, padding, seed):
    from numpy.lib.stride_tricks import sliding_window_view
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    r = rng.integers(0, H + 2 * padding - size + 1, size=N)
    c = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = sliding_window_view(padded, (size, size), axis=(2, 3))   # (N, C, R, Cc, size, size)
    return windows[np.arange(N), :, r, c].copy()
"""),
]

JUDGED_ON37 = "2026-12-06 on commit 228e492"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout37 on commit 228e492 (JUDGED_ON37), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure that sends the student first to a right line, or
# says that what a line reads agrees with the correct code where it does not, states something false; a departure
# naming the line with the mistake is right, and so is the exact line of a one- or two-line function; a loop
# departure without a statement is right only when the loop is small and the mistake clearly in it (four loop headers
# around the write with the mistake, as d3_conv_naive_windows_not_strided in JUDGEMENT18; one that calls a number it
# reads "not checked" is tolerated, as JUDGEMENT35), the whole training loop is vague; first_step's checklist alone is
# vague and close's checklist is vague (as JUDGEMENT22, 31, 34, 35); a catalogued entry whose name is not given is
# judged by its diagnoses; a catalogue name given to an entry that is not in the catalogue, whose message states a
# mechanism the code lacks, is wrong_name (as JUDGEMENT29); an error raised by Python, NumPy or torch, a shape
# comparison or an accuracy figure is the comparison (nothing); where only the grader test's own message names the
# cause the verdict is check_message (the a6 check's "a prediction must not depend on the other test images (call
# model.eval() ..., so batch norm uses its running statistics; normalize with the training images' statistics)" where
# eval() is called and batch norm's running statistics are the test set's own, as e6_batchnorm_without_running_stats in
# JUDGEMENT19). Decided here: a departure of a new form, "what your lines before line 178 compute agrees with the
# correct code's values; line 178: `dx = np.empty((N, C, H, W))` ... The mistake is in lines 178-179", where line 177
# sets area = H ** 2 (16 where H * W = 20 is meant) and line 178 is right, declares the line with the mistake agreeing
# and sends the student first to a right line: misleading (a close call: line 179 reads area); a departure on
# `dlogits = (np.exp(log_pi) - resp) / N` saying "what that line reads (N, log_pi, resp) agrees with the correct code"
# where resp = np.exp(terms - top) equals a value the correct code computes inside its log-sum-exp but is not the
# responsibilities the line needs (gamma = exp(terms - log_p)), and dmu and dlog_std read the same resp: the value
# with the mistake declared right, misleading (a close call, unlike JUDGEMENT26's saliency max, where the values read
# were the ones needed); loss_flat's three guesses (labels apart from their images, steps that do not reach the
# weights, a learning rate too small) where every module's reset_parameters() re-initializes the weights each epoch
# name only mechanisms that are not there: misleading (beside learned_little's vague checklist); close's "lower
# precision" first in its list of six, beside first_step's checklist ("1 times its size"), for a float32 cache: vague,
# no place or dtype said; relu_before_addition ("the ReLU is applied to the residual branch before the addition") named
# where out is right and the cache keeps the pre-shortcut branch as the ReLU's input: wrong_name, the right
# handed_wrong_input beside it (the zeros checklist on the one-example test names mechanisms that are not there).
JUDGEMENT37: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (three tests): "`out`, set by line 217: `out = 0.5 * (1.0 + np.tanh(x))`. What that line reads (x)
    # agrees with the correct code; your `out` differs from the right value (by up to 0.15) ...: the mistake is in that
    # line".
    "ql1_sigmoid_fwd_tanh_identity_unhalved": ("right", ("departure",), ""),
    # departure: "line 220: `dx = np.reshape(dx_flat, x.shape, order="F")` ... your `dx` holds the right values in
    # another order (a reshape or transpose in the wrong order?) ...: the mistake is in that line"; axes_permuted on the
    # one-row test: "yours is the expected with its axes in the order (0, 3, 2, 1)" (checked: an F-order reshape of a
    # C-flattened (1, 12) row reverses the axes after the first).
    "ql1_affine_bwd_dx_reshaped_fortran_order": ("right", ("departure", "axes_permuted"), ""),
    # no diagnosis: only the comparison (loss 2.349 where 1.388).
    "ql1_bce_mean_per_class": (
        "nothing", (),
        "the loss is -mean(log p[t == 1]) - mean(log(1 - p[t == 0])), one mean per class added (a class-balanced "
        "loss: 2.349 where 1.388), with the gradient to match: binary cross-entropy is one mean of t log p + (1 - t) "
        "log(1 - p) over all elements; divide both sums (and dprobs) by probs.size."),
    # departure: "`pi`, set by line 217: `pi = softmax(z[None, :])[0]`. In it, `softmax(z[None, :])` is the first part
    # whose value the correct code never computes ...: the mistake is in that line, or in softmax() that it calls".
    "ql1_logistic_pi_softmax_over_rows": ("right", ("departure",), ""),
    "ql1_mlp_reg_only_in_loss_dict_comprehension": ("named", (), ""),
    "ql1_mse_grad_residual_over_count_square": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # first_step: "your first update ... points the same way as the expected one and is 1 times its size: the first
    # step's size is off (how the state starts: a moving average's first value, its decay, a bias correction, a
    # momentum term, the learning rate)" (relative 2.5e-07 off); close on the weight-decay test: "within a relative
    # 1.762e-06 ...: a small numerical difference (lower precision, a cruder approximation ..., an epsilon placed
    # differently), or a part of the computation whose effect is small left out or added (...)": the cause first in a
    # checklist of six, no place or dtype said.
    "ql2_adagrad_float32_cache_in_place": (
        "vague", (),
        "config['cache'] = np.zeros(w.shape, dtype=np.float32) keeps the sum of squared gradients in single precision "
        "(cache += g * g keeps its dtype): every step's denominator is rounded to about 7 digits, so w drifts from "
        "the float64 Adagrad (relative 2.5e-07 at the first step); make the cache np.zeros_like(w)."),
    # unread_parameter: "your nesterov_momentum() never reads config['momentum'] (here 0.8) ...: that setting is
    # ignored"; as_if: "yours is what the correct nesterov_momentum() returns if config['momentum'] were 0.9".
    "ql2_nesterov_momentum_read_as_mu": ("right", ("unread_parameter", "as_if"), ""),
    # departure: the loop at lines 238-240, and "On its first pass, line 239: `w = w - learning_rate *
    # linear_regression_gradient(w, X, y) / n` is the first to compute a value the correct code never computes ...:
    # look there first".
    "ql2_gd_gradient_divided_by_n_again": ("right", ("departure",), ""),
    # default_differs: "your gradient_noise_std() has eta=0.01 as its default, where the default asked for is eta=0.3".
    "ql2_noise_std_default_eta_001": ("right", ("default_differs",), ""),
    "ql2_adam_state_tuple_no_bias_correction": ("named", (), ""),
    "ql2_cosine_fraction_done_after_step": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure (both tests): "the loop at lines 289-295 (`for n in range(N):`) ... though what the loop reads from
    # before it (F, HH, N, WW, b, stride, w, x_pad; ...) agrees ...: the mistake is in that loop": four loop headers
    # around three statements, the `+ b[n]` write among them.
    "ql3_conv_fwd_bias_indexed_by_image": ("right", ("departure",), ""),
    # returned_other (both tests): "yours equals the value[2] (what conv_backward_naive() returns): is the wrong
    # variable returned?" (as w5_bn_bwd_returns_dbeta_dgamma in JUDGEMENT8).
    "ql3_conv_bwd_naive_returns_dx_db_dw": ("right", ("returned_other",), ""),
    # shifted: "yours is the expected moved 1 row down and 1 column right (where they overlap they agree): the padding
    # is on one side only, or a window starts at the wrong index" (pad 1 on both calls: true; the crop is taken from
    # one side only).
    "ql3_convT_crop_two_pad_from_end": ("right", ("shifted",), ""),
    # departure: "the loop at lines 287-290 (`for i in range(Ho):`) ... (Ho, Wo, s, x; the number k, which the correct
    # code does not name, not checked) ...: the mistake is in that loop": four lines, the window cut k x k in it.
    "ql3_avg_pool_fwd_square_window_from_height": ("right", ("departure",), ""),
    "ql3_receptive_field_vectorised_without_jump": ("named", (), ""),
    "ql3_param_count_groups_only_asserted": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # scaled (three tests): "every entry is D=40 times the expected (D: the number of entries in a row): a division by
    # D is missing, or a factor D is extra" (D=24, D=30 on the others).
    "ql4_actstats_mean_divided_by_rows": ("right", ("scaled",), ""),
    # no diagnosis: only the comparisons of the means.
    "ql4_actstats_layers_in_reverse_order": (
        "nothing", (),
        "for W in reversed(weights) applies the last layer's weights first: with square weights nothing raises, but "
        "the statistic recorded for layer l comes from other weights than weights[l]; iterate for W in weights."),
    # as_if: "yours is what the correct compute_fans() returns if shape[1] were shape[0]: one entry of shape is used
    # where another is meant"; one_slip (four tests): "`shape[0]` where `shape[1]` is meant".
    "ql4_fans_linear_branch_copy_paste": ("right", ("as_if", "one_slip"), ""),
    # departure: "`std`, set by line 92: `std = xavier_std(shape[:2], mode=mode, gain=gain)` ... your `std` is
    # 0.145865; with 0.0666667 there instead ...: the mistake is in that line, or in xavier_std() that it calls"
    # (1 / sqrt(47) where 1 / sqrt(25 * 9), mode fan_in: checked).
    "ql4_xavier_normal_std_of_channel_axes": ("right", ("departure",), ""),
    "ql4_he_normal_rng_seeded_from_global": ("named", (), ""),
    "ql4_fans_conv_unpacked_fan_in_from_out": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure (both tests): "`var_term`, set by line 223 ... your `var_term` is 1.2 times the right value ...: the
    # mistake is in that line" (N / (N - 1) with N = 6; 1.02564 = 40 / 39 on the spatial test).
    "ql5_bn_alt_variance_term_unbiased": ("right", ("departure",), ""),
    # no diagnosis: only NumPy's "groupnorm_backward() raised ValueError: operands could not be broadcast together
    # with shapes (2,6,1) (2,2,27)" and the comparison of out.
    "ql5_groupnorm_mean_per_group_std_per_channel": (
        "nothing", (),
        "var is taken per channel, x.reshape(N, C, H * W).var(axis=2), while the mean is the group's: each group must "
        "be divided by the std of all its C // groups channels and H * W positions, xg.var(axis=(2, 3)); inv_std is "
        "then (N, groups, 1), as groupnorm_backward expects (it raises on your (2, 6, 1))."),
    # departure (two tests): "line 232: `running_mean = ... out.mean(axis=0)` ... and line 233: `running_var = ...
    # out.var(axis=0, ddof=1)` ...: the mistake is in those two lines".
    "ql5_bn_running_stats_of_output": ("right", ("departure",), ""),
    # no diagnosis: only the comparison of dx.
    "ql5_groupnorm_bwd_formula_per_channel": (
        "nothing", (),
        "the simplified formula's sums run over each channel's H * W values (M = H * W), but each mean and variance "
        "was shared by the whole group: sum over its C // groups channels and H * W positions (M = C // groups * H * "
        "W), e.g. on dx_hat reshaped to (N, groups, -1)."),
    "ql5_dropout_where_drop_below_p": ("named", (), ""),
    "ql5_bn_fwd_std_plus_eps": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # trained_briefly (both tests): "your code trained on 128 images (0.1 epochs of the 1258 of X_train, 2 optimizer
    # steps) and returned after 0.4 s of its 60 s budget: the training loop ended early (a return or break inside it,
    # ...) or runs too few epochs" (320 images, 5 steps on the shapes): the break, the first of its causes.
    "ql6_early_stop_on_rising_batch_loss": ("right", ("trained_briefly",), ""),
    # learned_little on the digits (its checklist: labels, steps, the loop cut short, images held out, preprocessing);
    # loss_flat on the other two: "the training loss stayed at about 1.34 over 165 steps ...: the model learned nothing
    # from its batches. A batch's labels not those of its images ..., steps that do not reach the model's weights ...,
    # or a learning rate too small ...?": none of the three; the weights are re-initialized every epoch.
    "ql6_reset_parameters_every_epoch": (
        "misleading", (),
        "the loop calling reset_parameters() on every module at the start of each epoch re-initializes the "
        "convolutions' and the linear layer's weights too, not only batch norm's running statistics: each epoch "
        "starts from fresh random weights and only the last one's training survives (0.19 on the digits); remove it "
        "(or call reset_running_stats() on the BatchNorm2d layers only)."),
    # unseeded_random_source: "your code makes a generator with np.random.default_rng() and no seed ...: Pass it
    # `seed`: np.random.default_rng(seed)".
    "ql6_noise_augmentation_unseeded_generator": ("right", ("unseeded_random_source",), ""),
    # no diagnosis; the check's message: "a prediction must not depend on the other test images (call model.eval()
    # before predicting, so batch norm uses its running statistics; normalize with the training images' statistics)":
    # eval() is called; the running statistics were reset and recomputed on X_test.
    "ql6_batchnorm_adapted_to_test_set": (
        "check_message", (),
        "before predicting, batch norm's running statistics are reset and recomputed on X_test in train mode "
        "(momentum None), so eval mode normalizes with the test set's own statistics and an image's logits depend on "
        "the other test images (0.41 apart alone); drop the adaptation and predict with the training statistics."),
    # catalogued labels_shuffled, not named; labels_not_images on the digits: "the training loss fell only from 2.35
    # to 2.07 ... predicts 200 of its own training images ... no better than guessing ...: X and y are shuffled or
    # indexed apart: index both with the same indices"; loss_flat on the shapes lists the same cause first.
    "ql6_images_sorted_by_ink_labels_kept": ("right", ("labels_not_images", "loss_flat"), ""),
    "ql6_fit_returns_trained_copy_discarded": ("named", (), ""),
    # ------------------------------------------------------------------ a7_architectures
    # relu_before_addition named on five tests ("The ReLU is applied to the residual branch before the addition"):
    # false, out = relu(z + skip) is right; the cache keeps z, the branch before the shortcut. On the one-example test
    # handed_wrong_input ("... it was handed `cache` from your residual_block_forward(). The mistake is in what
    # residual_block_forward() returns there") is right, and zeros beside it ("an array made with np.zeros never
    # filled ... or floor-divided") names mechanisms that are not there.
    "ql7_resblock_fwd_cache_branch_before_shortcut": (
        "wrong_name", ("handed_wrong_input",),
        "out is right, but the cache keeps z = h @ W2 + b2, the branch before the shortcut, as the final ReLU's "
        "pre-activation: the backward masks with (z > 0) where the ReLU saw z + shortcut; cache z + skip."),
    # scaled: "every entry is 1.25 times the expected ...: look for a missing or extra scale (a 1/N, a 2, a learning
    # rate, a square root)" (W / H = 5 / 4; 2.5 = 5 / 2 on the one-example test: true, generic); departure: "what your
    # lines before line 178 compute agrees with the correct code's values; line 178: `dx = np.empty((N, C, H, W))`
    # computes `dx`, a value the correct code never computes ... The mistake is in lines 178-179": line 177's area = H
    # ** 2 (16 where 20) declared agreeing, and line 178 is right.
    "ql7_gap_bwd_divided_by_height_squared": (
        "misleading", (),
        "area = H ** 2 (line 177) assumes square maps: the map has H * W positions, so each position's share is dout / "
        "(H * W); yours is W / H times the expected (1.25 on 4 x 5 maps); use area = H * W."),
    # departure (four tests): "`dlogits`, set by line 186: `dlogits = (np.exp(log_pi) - resp) / N` ... What that line
    # reads (N, log_pi, resp) agrees with the correct code ...: the mistake is in that line": resp = exp(terms - top)
    # is a value of the correct code's log-sum-exp, not the responsibilities this line needs, and dmu and dlog_std
    # read it too.
    "ql7_mdn_responsibilities_relative_to_max": (
        "misleading", (),
        "resp = np.exp(terms - top) (line 185) is each term relative to its row's largest, never divided by the row's "
        "sum: the responsibilities are gamma = np.exp(terms - log_p), which sum to 1 over the components; dlogits, "
        "dmu and dlog_std all read resp."),
    # returned_input: "yours is b (an argument of fc_to_conv()), unchanged: the computation is missing, or its result
    # is not what you return"; departure: "line 180: `return bias, filters` ... (its part 1 is what the correct code
    # returns as part 2: are the parts returned in another order?): the mistake is in that line".
    "ql7_fc_to_conv_returns_bias_first": ("right", ("departure", "returned_input"), ""),
    "ql7_gaussian_nll_log_var_parameterization": ("named", (), ""),
    "ql7_cam_double_loop_every_class": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure on the rectangular test: "line 169: `fill = float(x.mean())` computes `fill`, a value the correct code
    # never computes ...: the mistake is in how lines 169-170 compute `padded`"; the checks' "zero-padded by 2" beside.
    "ql8_crop_pads_with_batch_mean": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "every seed flipped exactly 300 of the 1000 images: a fixed number chosen
    # (rng.choice(n, round(p * n), replace=False)) where each image is flipped on its own coin ...: draw one coin per
    # image, rng.random(n) < p".
    "ql8_flip_exact_fraction_of_batch": (
        "check_message", (),
        "rng.permutation(n)[:round(p * n)] flips exactly round(p * N) images (300 of 1000 on every seed): each image "
        "needs its own coin, flip = rng.random(N) < p."),
    # departure (both tests): "the loop at lines 175-188 (`for epoch in range(20):`) leaves `W` and `b` holding values
    # the correct code never computes ...: the mistake is in that loop": the whole training loop, no statement named.
    "ql8_train_sgd_with_momentum_habit": (
        "vague", (),
        "vW = 0.9 * vW - 0.1 * grad and W += vW (and vb, b likewise) add a momentum of 0.9 to the recipe's plain SGD "
        "step: the weights end elsewhere; step W -= 0.1 * grad_W and b -= 0.1 * grad_b."),
    # wrong_statistic (both tests): "your value [0] is the mean of the absolute values of params['W1'] ...,
    # np.mean(np.abs(params['W1'])), where its mean, np.mean(params['W1']), is asked".
    "ql8_param_stats_weight_mean_of_magnitudes": ("right", ("wrong_statistic",), ""),
    "ql8_early_stopping_restores_stop_epoch": ("named", (), ""),
    "ql8_update_ratio_rms_inverted": ("named", (), ""),
}
# Counts: named 15, right 21 (named or right 36/48 = 75%; not in the catalogue: right 20/32 = 63%; the 16
# catalogued: 15 named, the other, ql6_images_sorted_by_ink_labels_kept, right by its diagnosis), misleading 3, vague 2,
# nothing 4, wrong_name 1, check_message 2, not_caught 0. HOLDOUT37_CORRECT: all 7 earn full marks.

HOLDOUT37 = [replace(e, verdict=JUDGEMENT37[e.id][0], expected=frozenset(JUDGEMENT37[e.id][1]),
                     ideal=JUDGEMENT37[e.id][2]) if e.id in JUDGEMENT37 else e for e in HOLDOUT37]
