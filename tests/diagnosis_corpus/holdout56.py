"""A fifty-sixth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 7d489d9 (JUDGED_ON56, JUDGEMENT56 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout56.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT56 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT56_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT56: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("re1_relu_np_vectorize_int_dtype", "a1_backprop", "relu_forward",
       "the ReLU is written np.vectorize(lambda v: max(0, v)): np.vectorize fixes its output dtype from the first "
       "element's result, and where the first input is negative or 0 max returns the int 0, so the whole output is an "
       "integer array and every positive value is truncated (right only when the first input is positive)", """
def relu_forward(x):
    # elementwise max(0, v), the definition written literally
    relu = np.vectorize(lambda v: max(0, v))
    out = relu(x)
    cache = x
    return out, cache
"""),
    _e("re1_tanh_backward_missing_parentheses", "a1_backprop", "tanh_backward",
       "the chain rule is typed dout * 1 - t ** 2 without parentheses around (1 - t ** 2): Python reads it as "
       "dout - t**2, so dx = dout - t**2 instead of dout * (1 - t**2)", """
def tanh_backward(dout, cache):
    t = cache
    # d tanh / dx = 1 - tanh^2
    dx = dout * 1 - t ** 2
    return dx
"""),
    _e("re1_sigmoid_forward_out_is_x", "a1_backprop", "sigmoid_forward",
       "the stable two-branch sigmoid fills out = x, the caller's array itself, not a new one: the values (and the "
       "cached output) are right, but the caller's input x is overwritten with its sigmoid", """
def sigmoid_forward(x):
    pos = x >= 0
    neg = ~pos
    out = x  # fill the result in place of the input, branch by branch
    e = np.exp(x[neg])
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    out[neg] = e / (1.0 + e)
    cache = out
    return out, cache
"""),
    _e("re1_lstsq_pinv_coarse_rcond", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are solved with np.linalg.pinv(X^T X, rcond=1e-3) ('drop the tiny singular values'): "
       "for nearly collinear features X^T X has a singular value below 1e-3 of the largest, which pinv discards, so the "
       "weights are a truncated solution instead of the least-squares weights (right for well conditioned X)", """
def linear_regression_closed_form(X, y):
    # pseudo-inverse of the Gram matrix, cutting off numerically tiny singular values to be safe
    gram = X.T @ X
    w = np.linalg.pinv(gram, rcond=1e-3) @ (X.T @ y)
    return w
"""),
    _e("re1_relu_backward_sign_not_negative", "a1_backprop", "relu_backward",
       "the mask is np.sign(x) != -1 ('the input was not negative'): np.sign(0) is 0, so the gradient passes where x "
       "is exactly 0, where the derivative must be taken as 0", """
def relu_backward(dout, cache):
    x = cache
    # the gradient flows wherever the input was not negative
    mask = np.sign(x) != -1
    dx = np.where(mask, dout, 0.0)
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("re1_softmax_ce_logaddexp_reduce_no_n", "a1_backprop", "softmax_cross_entropy_loss",
       "a stable loss through np.logaddexp.reduce averaged over the rows (right), but dscores = softmax - one_hot "
       "(the -1 put in with np.add.at) is never divided by N: the gradient of the summed loss, N times too large", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    lse = np.logaddexp.reduce(scores, axis=1)
    loss = np.mean(lse - scores[np.arange(n), y])
    dscores = np.exp(scores - lse[:, None])
    np.add.at(dscores, (np.arange(n), y), -1.0)
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),

    # ------------------------------------------------------------------ a2_optim
    _e("re2_sgd_clips_gradient", "a2_optim", "sgd",
       "the gradient is clipped elementwise to [-1, 1] before the step ('keep the steps stable'): wherever a gradient "
       "entry exceeds 1 in magnitude the step is smaller than learning_rate * dw (plain SGD takes no clipping)", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    g = np.clip(_gradient(w, dw, config), -1.0, 1.0)
    next_w = w - config["learning_rate"] * g
    return next_w, config
"""),
    _e("re2_adadelta_adds_step", "a2_optim", "adadelta",
       "the update is written w + learning_rate * step, after the paper's x + delta_x, but here step is the scaled "
       "gradient without the paper's minus sign: every update climbs the loss instead of w - learning_rate * step", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    # x_{t+1} = x_t + delta x_t (Zeiler, Algorithm 1)
    next_w = w + config["learning_rate"] * step
    return next_w, config
"""),
    _e("re2_cosine_lr_bare_cosine", "a2_optim", "cosine_lr",
       "the schedule is min_lr + (base_lr - min_lr) * cos(pi * step / total_steps), the cosine without its 1 + and "
       "halving: it starts right but falls below min_lr after the middle and ends at 2 min_lr - base_lr (negative), "
       "instead of (1 + cos(pi t)) / 2", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / total_steps
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * progress)
"""),
    _e("re2_newton_reciprocal_of_hessian", "a2_optim", "newton_step",
       "H^-1 is written 1.0 / hessian, the elementwise reciprocal of the Hessian's entries, not its matrix inverse: "
       "the step (1 / H) @ grad is not the Newton step solve(H, grad)", """
def newton_step(w, grad, hessian):
    inv_h = 1.0 / hessian  # the inverse curvature
    return w - inv_h @ grad
"""),
    _e("re2_step_lr_floor_divide_done", "a2_optim", "step_lr",
       "the decays are counted with np.floor_divide(done, step_size), done = step + 1 the steps completed once this "
       "one has run: the rate drops one step early, at step step_size - 1 instead of step_size", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    done = step + 1  # steps completed after this one
    n_decays = np.floor_divide(done, step_size)
    return float(base_lr * np.power(gamma, n_decays))
""", catalogued="step_lr_off_by_one"),
    _e("re2_adam_helper_default_moments", "a2_optim", "adam",
       "the moments are computed by a helper whose previous moments default to 0 and which is called without them: "
       "m and v are written into config but never read back, so every step starts from zero moments", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)

    def moments(g, m=0.0, v=0.0):
        return (config["beta1"] * m + (1 - config["beta1"]) * g,
                config["beta2"] * v + (1 - config["beta2"]) * g ** 2)

    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m, v = moments(g)
    config.update(t=t, m=m, v=v)
    m_hat = m / (1 - config["beta1"] ** t)
    v_hat = v / (1 - config["beta2"] ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_moments_not_stored"),

    # ------------------------------------------------------------------ a3_conv
    _e("re3_multiply_count_output_read_as_input", "a3_conv", "conv_multiply_count",
       "output_size is read as the input's size: the positions are counted as (oh - kh + 1) * (ow - kw + 1), the "
       "valid convolution's output of that input, instead of oh * ow (the output size is given)", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    h, w = (output_size, output_size) if isinstance(output_size, int) else output_size
    positions = (h - kh + 1) * (w - kw + 1)  # where the kernel fits
    return positions * out_channels * in_channels * kh * kw
"""),
    _e("re3_backward_fast_dw_tensordot_order", "a3_conv", "conv_backward_fast",
       "dw is np.tensordot(windows, dout, ...) with the windows first: tensordot puts the free axes of its first "
       "argument first, so dw comes back (C, HH, WW, F) instead of (F, C, HH, WW) (dx and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    # contract the batch and the output positions: windows (N, C, Ho, Wo, HH, WW) with dout (N, F, Ho, Wo)
    dw = np.tensordot(windows, dout, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("re3_conv_transpose_input_ij_swapped", "a3_conv", "conv_transpose_forward",
       "the input pixel read for the block at (i * stride, j * stride) is x[:, :, j, i], its indices swapped: each "
       "block is scaled by the transposed input's pixel, so the output is built from x with its height and width "
       "exchanged (wrong values, and an index error on non-square inputs)", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            pixel = x[:, :, j, i]  # (N, C) values at this input position
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum("nc,cfhw->nfhw", pixel, w)
    out = full[:, :, pad:full.shape[2] - pad, pad:full.shape[3] - pad] + b[None, :, None, None]
    return out
"""),
    _e("re3_conv_naive_channel_loop_resets", "a3_conv", "conv_forward_naive",
       "the output is accumulated channel by channel but assigned with = inside the loop over the input channels: "
       "each output keeps only the last channel's window sum (plus the bias) instead of the sum over all C channels "
       "(right only for one input channel)", """
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
                    for c in range(C):
                        patch = xp[n, c, i * stride:i * stride + HH, j * stride:j * stride + WW]
                        out[n, f, i, j] = np.sum(patch * w[f, c]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("re3_avg_pool_backward_gather_undivided", "a3_conv", "avg_pool_backward",
       "the gradient is gathered per input pixel, the sum of dout over the windows that cover it (overlaps right), "
       "but never divided by the window's area ph * pw: dx is ph * pw times too large", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, H, W = x.shape
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for r in range(H):
        rows = [i for i in range(Ho) if i * s <= r < i * s + ph]
        for c in range(W):
            cols = [j for j in range(Wo) if j * s <= c < j * s + pw]
            if rows and cols:
                # every window that contains (r, c) sends its gradient back to it
                dx[:, :, r, c] = dout[:, :, rows][:, :, :, cols].sum(axis=(2, 3))
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("re3_output_size_assert", "a3_conv", "conv_output_size",
       "the configuration is checked with an assert for the kernel fitting only: a stride that does not tile the "
       "padded input is rounded down by np.floor_divide instead of raising ValueError (and a kernel too large raises "
       "AssertionError, not ValueError)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    assert span >= 0, "kernel larger than the padded input"
    return int(np.floor_divide(span, stride)) + 1
""", catalogued="output_size_not_rejected"),

    # ------------------------------------------------------------------ a4_init
    _e("re4_he_normal_size_from_fans", "a4_init", "he_normal",
       "the draws are made with size=compute_fans(shape), the (fan_in, fan_out) pair, as the matrix the layer maps "
       "through: for a conv weight (out, in, kh, kw) the weights come back 2-D, (in*kh*kw, out*kh*kw), instead of "
       "with the given shape (right for a linear weight)", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    fan_in, fan_out = compute_fans(shape)
    # a (fan_in x fan_out) matrix of N(0, 2 / fan_in) weights
    return rng.normal(0.0, he_std(shape), size=(fan_in, fan_out))
"""),
    _e("re4_xavier_uniform_not_centred", "a4_init", "xavier_uniform",
       "the draws are rng.uniform(0, 2a) with the right bound a = sqrt(3) * std, but the shift by -a is left out: "
       "the weights are U(0, 2a), all positive with mean a, instead of U(-a, a)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    # an interval of width 2a
    return rng.uniform(0.0, 2 * a, size=shape)
"""),
    _e("re4_xavier_uniform_bound_sqrt12", "a4_init", "xavier_uniform",
       "the bound is taken as sqrt(12) * std, from 'the std of a uniform of width w is w / sqrt(12)', but used as the "
       "half-width of U(-a, a): the interval is twice as wide as it should be (its width is sqrt(12) * std, a = "
       "sqrt(3) * std), so the draws' std is twice the Glorot std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    a = math.sqrt(12.0) * std  # uniform: std = width / sqrt(12)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
"""),
    _e("re4_activation_stats_lecun_tanh", "a4_init", "activation_statistics",
       "the 'tanh' activation is LeCun's scaled tanh, 1.7159 * tanh(2 z / 3) (from the efficient-backprop notes), "
       "instead of np.tanh: the tanh network's means and variances are those of another nonlinearity", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)),
            "tanh": lambda z: 1.7159 * np.tanh(2.0 * z / 3.0),
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    for W in weights:
        h = acts[activation](h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("re4_fans_conv_rule_for_linear", "a4_init", "compute_fans",
       "one rule for every layout, the convolution's (out, in, *kernel): fan_in = shape[1] * receptive and fan_out "
       "= shape[0] * receptive, with receptive 1 for a 2-D shape: right for conv weights, but a linear (D, M) weight "
       "gets fan_in = M and fan_out = D, swapped", """
def compute_fans(shape):
    out_units, in_units, *kernel = shape
    receptive = math.prod(kernel)  # 1 for a linear layer
    return in_units * receptive, out_units * receptive
""", catalogued="fans_swapped"),
    _e("re4_he_normal_python_random_seed", "a4_init", "he_normal",
       "the seed goes to Python's random module, random.seed(seed), but the draws come from np.random.normal, NumPy's "
       "global generator, which random.seed does not touch: the same seed gives other weights on every call", """
def he_normal(shape, seed):
    import random
    random.seed(seed)
    return np.random.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),

    # ------------------------------------------------------------------ a5_normalization
    _e("re5_spatial_bn_forces_train_mode", "a5_normalization", "spatial_batchnorm_forward",
       "bn_param['mode'] is set to 'train' before batchnorm_forward is called (left from checking the training "
       "path): in test mode the images are normalized with the batch's own statistics instead of the running "
       "averages, and the running averages are updated in test mode too", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    bn_param["mode"] = "train"
    flat = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out, cache = batchnorm_forward(flat, gamma, beta, bn_param)
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return out, cache
"""),
    _e("re5_spatial_bn_backward_reshape_c_rows", "a5_normalization", "spatial_batchnorm_backward",
       "dout is moved channels-last but then reshaped to (C, -1) and transposed, .reshape(C, -1).T: the reshape "
       "splits the channels-last data into C blocks of consecutive values, so the columns are no longer the channels "
       "(dx, dgamma and dbeta wrong); reshape(-1, C) is meant", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = dout.transpose(0, 2, 3, 1).reshape(C, -1).T
    dx, dgamma, dbeta = batchnorm_backward_alt(flat, cache)
    dx = dx.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return dx, dgamma, dbeta
"""),
    _e("re5_groupnorm_backward_gamma_per_group", "a5_normalization", "groupnorm_backward",
       "gamma is spread over the grouped (N, groups, C // groups * H * W) layout with np.tile(gamma.reshape(groups, -1), "
       "(1, H * W)), which cycles through the group's channels at every position, while the layout holds each "
       "channel's H * W positions one after the other (np.repeat is meant): dx_hat multiplies most positions by "
       "another channel's gamma (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = dout.reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    # one gamma per channel, spread over the group's values
    gamma_g = np.tile(gamma.reshape(groups, -1), (1, H * W))[None]
    dx_hat = g * gamma_g
    dx = inv_std / M * (M * dx_hat - dx_hat.sum(axis=2, keepdims=True) - xh * (dx_hat * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("re5_dropout_forward_mask_from_x_shape_0", "a5_normalization", "dropout_forward",
       "the keep mask is drawn once per example, rng.random((N, 1)) broadcast over the features ('drop whole "
       "examples'): each row is kept or dropped as a whole instead of every unit on its own", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random((x.shape[0],) + (1,) * (x.ndim - 1)) < p
    mask = np.broadcast_to(keep / p, x.shape).copy()
    out = x * mask
    return out, mask
"""),
    _e("re5_bn_dgamma_ones_weights", "a5_normalization", "batchnorm_backward",
       "dgamma and dbeta are contracted over the batch with a weight vector of 1 / N per row, np.full(N, 1 / N) @ "
       "..., which averages them instead of summing (the 1/N of the loss is already inside dout); dx right", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    weights = np.full(N, 1.0 / N)
    dbeta = weights @ dout
    dgamma = weights @ (dout * x_hat)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = (dx_hat * x_mu).sum(axis=0) * -0.5 * inv_std ** 3
    dmu = -(dx_hat * inv_std).sum(axis=0) - 2 * dvar * x_mu.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("re5_bn_eps_after_np_std", "a5_normalization", "batchnorm_forward",
       "the standard deviation is taken with np.std and eps added to it, inv_std = 1 / (x.std(axis=0) + eps), "
       "instead of 1 / sqrt(var + eps): eps outside the square root (running averages and test mode right)", """
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
        sd = x.std(axis=0)
        inv_std = 1.0 / (sd + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * sd ** 2 * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),

    # ------------------------------------------------------------------ a6_cnn
    _e("re6_noise_drawn_like_whole_training_set", "a6_cnn", "train_and_predict",
       "the Gaussian-noise augmentation is drawn with torch.randn_like(X), the shape of the whole training tensor, and "
       "added to the batch X[idx]: an (N, C, H, W) noise against a (64, C, H, W) batch does not broadcast, so the "
       "first training step raises and no logits come back", """
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
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            xb = X[idx] + 0.05 * torch.randn_like(X)  # light noise augmentation
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("re6_predicts_with_head_dropped", "a6_cnn", "train_and_predict",
       "the network trains right, but the test images go through model[:-1], the Sequential without its last layer "
       "('drop the softmax head', a Keras habit): that layer is the classifier nn.Linear itself, so the function "
       "returns the 32 pooled features of each image instead of its n_classes logits", """
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
    head_off = model[:-1]  # the raw scores, before the output activation
    with torch.no_grad():
        logits = head_off(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("re6_warmup_factor_never_capped", "a6_cnn", "train_and_predict",
       "a linear warm-up is written LambdaLR(lambda s: (s + 1) / warmup) with no min(1, ...): after the warm-up's "
       "20 steps the factor keeps growing, so by the end of the run Adam's rate is more than ten times the intended "
       "3e-3 and training becomes unstable", """
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
    epochs, batch, warmup = 15, 64, 20
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: (s + 1) / warmup)
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
    _e("re6_enumerate_unpacked_backwards", "a6_cnn", "train_and_predict",
       "the batch loop is written for idx, b in enumerate(batches), the pair unpacked the wrong way round: idx is the "
       "batch's number, so X[idx] is one image without a batch axis (C, H, W) and BatchNorm2d raises on the 3-D input "
       "at the first step: no logits come back", """
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
    start = time.monotonic()
    for epoch in range(epochs):
        model.train()
        batches = torch.randperm(len(y), generator=g).split(batch)
        for idx, b in enumerate(batches):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("re6_optimizer_on_state_dict_values", "a6_cnn", "train_and_predict",
       "the optimizer is built on model.state_dict().values() ('all the weights'): state_dict returns detached "
       "tensors (and the batch norms' buffers), which never receive a .grad, so Adam skips them all and the network's "
       "parameters never move: the model predicts from its initialization", """
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
    weights = [t for t in model.state_dict().values() if t.is_floating_point()]
    opt = torch.optim.Adam(weights, lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("re6_returns_where_column_of_max", "a6_cnn", "train_and_predict",
       "a trained model, but the last line returns np.where(logits == logits.max(axis=1, keepdims=True))[1], the "
       "column index of each row's maximum: one predicted class per test image, shape (M,), instead of the "
       "(M, n_classes) logits", """
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
    # the class of each test image: where its row reaches its maximum
    return np.where(logits == logits.max(axis=1, keepdims=True))[1]
""", catalogued="predictions_not_logits"),

    # ------------------------------------------------------------------ a7_architectures
    _e("re7_gap_backward_np_resize", "a7_architectures", "global_avg_pool_backward",
       "each map's share dout / (H * W) is spread with np.resize(share, (N, C, H, W)): np.resize repeats the flat "
       "(N * C) array cyclically to fill the new shape, so the H * W positions of a map get the shares of other maps "
       "instead of their own", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = dout / (H * W)
    return np.resize(share, (N, C, H, W))
"""),
    _e("re7_cam_summed_over_batch", "a7_architectures", "class_activation_map",
       "the class-weighted feature maps are summed over axis 0, the batch, instead of axis 1, the channels: the "
       "result is one (C, H, W) stack of maps summed over the examples instead of each example's (H, W) map", """
def class_activation_map(features, W, classes):
    weights = W[:, classes].T  # (N, C): each example's class column
    weighted = weights[:, :, None, None] * features
    return weighted.sum(axis=0)
"""),
    _e("re7_residual_second_layer_on_a1", "a7_architectures", "residual_block_forward",
       "wrong variable in the second affine layer: it multiplies a1, the first layer's pre-activation, instead of h "
       "(after the hidden ReLU and dropout): the hidden ReLU and the dropout never reach the output (and the cache's h "
       "is not the second layer's input)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = a1 @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("re7_mdn_z_sign_flipped", "a7_architectures", "mdn_nll",
       "the standardized residual is written z = (mu - y) / sigma, the difference the wrong way round: the loss (which "
       "only squares z) and dlogits, dlog_std are right, but dmu = -gamma z / sigma / N has the wrong sign", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (mu - y[:, None]) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("re7_gap_backward_stacked_copies", "a7_architectures", "global_avg_pool_backward",
       "dout is copied H * W times with np.stack([dout] * (H * W), axis=-1) and reshaped to (N, C, H, W), but never "
       "divided by H * W: every position gets the whole gradient of its map instead of dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    copies = np.stack([dout] * (H * W), axis=-1)
    return copies.reshape(N, C, H, W)
""", catalogued="gap_backward_not_divided_by_area"),
    _e("re7_cam_dot_with_class_sums", "a7_architectures", "class_activation_map",
       "the channel weights are np.dot(W, np.ones(K)), each channel's weights summed over all the classes, dotted "
       "with the features flattened channel-first: every example's map is the sum of all K class maps instead of its "
       "own class's column W[:, classes[n]]", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    channel_weights = np.dot(W, np.ones(W.shape[1]))
    maps = np.dot(channel_weights, features.transpose(1, 0, 2, 3).reshape(C, -1))
    return maps.reshape(N, H, Wd)
""", catalogued="cam_summed_over_classes"),

    # ------------------------------------------------------------------ a8_pipeline
    _e("re8_param_stats_methods_not_called", "a8_pipeline", "parameter_statistics",
       "the statistics are written W.mean, W.std, g.mean, g.std without their parentheses: the entries are the "
       "bound methods themselves, so each value is an object array of four methods and a number instead of five "
       "numbers", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([W.mean, W.std, g.mean, g.std, update_ratio(W, g, lr)], dtype=object)
    return stats
"""),
    _e("re8_random_crop_last_image_skipped", "a8_pipeline", "random_crop",
       "the crop loop runs over range(N - 1): the last image's window is never written, so its entry of the "
       "np.empty output is whatever memory held (the other crops right)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N - 1):
        r, c = rows[i], cols[i]
        out[i] = padded[i, :, r:r + size, c:c + size]
    return out
"""),
    _e("re8_train_w_step_uses_probs", "a8_pipeline", "train_and_predict",
       "the one-hot labels are subtracted in a copy, dscores, but the W step is written with probs, the softmax "
       "probabilities without the label term: W moves along X^T p / B, which never points towards the true classes "
       "(the bias step, with dscores, right)", """
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
            B = len(idx)
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            dscores = probs.copy()
            dscores[np.arange(B), y_train[idx]] -= 1
            dscores /= B
            W -= 0.1 * X[idx].T @ probs / B
            b -= 0.1 * dscores.sum(axis=0)
    return T @ W + b
"""),
    _e("re8_early_stopping_relative_min_delta", "a8_pipeline", "early_stopping",
       "min_delta is read as a relative improvement, loss < best * (1 - min_delta) (a fraction of the best loss, as "
       "some trainers' 'rel' threshold mode), instead of a loss difference, loss < best - min_delta: improvements are "
       "judged against the wrong threshold whenever the loss is not 1", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        # an improvement must beat the best by at least the fraction min_delta
        if loss < best * (1 - min_delta):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("re8_ratio_reciprocal_of_ratio", "a8_pipeline", "update_ratio",
       "the ratio is written np.reciprocal(lr * ||dW|| / ||W||) ('the number of updates it takes to move W by its "
       "own size'): that is ||W|| / ||lr * dW||, the inverse of the update-to-weight ratio asked for", """
def update_ratio(W, dW, lr):
    step_norm = abs(lr) * np.linalg.norm(dW)
    return float(np.reciprocal(step_norm / np.linalg.norm(W)))
""", catalogued="ratio_inverted"),
    _e("re8_log_grid_exp_of_ln10_exponents", "a8_pipeline", "log_grid",
       "the grid is np.exp(np.linspace(low, high, n) * np.log(10)), that is 10 ** linspace(low, high): the bounds are "
       "used as exponents, so the values run from 10**low to 10**high instead of from low to high", """
def log_grid(low, high, n):
    exponents = np.linspace(low, high, n)
    return np.exp(exponents * np.log(10.0))
""", catalogued="log_grid_bounds_as_exponents"),
]

HOLDOUT56_CORRECT: list[Entry] = [
    _e("rek_correct_softmax_einsum_rowsum", "a1_backprop", "softmax",
       "correct: each row shifted by its own maximum (np.amax with [:, None]), the row sums of the exponentials taken "
       "with einsum 'ij->i'", """
def softmax(scores):
    e = np.exp(scores - np.amax(scores, axis=1)[:, None])
    return e / np.einsum("ij->i", e)[:, None]
"""),
    _e("rek_correct_newton_solve_shifted_rhs", "a2_optim", "newton_step",
       "correct: the new weights solved directly from H w' = H w - grad (one np.linalg.solve, no inverse), which is "
       "w - H^-1 grad", """
def newton_step(w, grad, hessian):
    return np.linalg.solve(hessian, hessian @ w - grad)
"""),
    _e("rek_correct_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the room left by the dilated kernel split with divmod by the stride, ValueError for a negative room "
       "or a remainder, quotient + 1 otherwise", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    room = input_size + 2 * padding - (dilation * (kernel_size - 1) + 1)
    steps, leftover = divmod(room, stride)
    if room < 0 or leftover != 0:
        raise ValueError(f"invalid configuration: room {room}, stride {stride}")
    return steps + 1
"""),
    _e("rek_correct_he_std_ratio_of_roots", "a4_init", "he_std",
       "correct: He's std as sqrt(2) over the root of the fan-in, math.sqrt(2) / math.sqrt(fan_in)", """
def he_std(shape):
    fan_in = compute_fans(shape)[0]
    return math.sqrt(2.0) / math.sqrt(fan_in)
"""),
    _e("rek_correct_l2_penalty_vdot", "a5_normalization", "l2_penalty",
       "correct: the squared Frobenius norm as np.vdot(W, W) (flattening any shape) times 0.5 * reg, the gradient "
       "np.multiply(reg, W)", """
def l2_penalty(W, reg):
    return 0.5 * reg * float(np.vdot(W, W)), np.multiply(reg, W)
"""),
    _e("rek_correct_gap_backward_broadcast_copy", "a7_architectures", "global_avg_pool_backward",
       "correct: each map's share dout / (H * W) broadcast to (N, C, H, W) with np.broadcast_to and copied", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.broadcast_to((dout / (H * W))[:, :, None, None], (N, C, H, W)).copy()
"""),
    _e("rek_correct_log_grid_geomspace", "a8_pipeline", "log_grid",
       "correct: the log-spaced grid from low to high with np.geomspace (both ends included)", """
def log_grid(low, high, n):
    return np.geomspace(low, high, n)
"""),
]

JUDGED_ON56 = "2026-12-07 on commit 7d489d9"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout56 on commit 7d489d9 (JUDGED_ON56), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT55 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one that names the line that uses
# or holds a wrong value with, as its alternatives, what holds the mistake; a range departure over a whole body of
# two to five lines that ends on the line with the mistake is right (as JUDGEMENT42), and so is one whose first line
# holds it; a departure that sends the student to a right line as the line with the mistake states something false;
# a catalogued entry whose name is not given is judged by its diagnoses (not_rejected, as t3_output_size_truncates in
# JUDGEMENT5; optimizer_not_on_model, as rb6_init_swaps_in_new_parameters_after_optimizer in JUDGEMENT53;
# class_indices, as rb6_snapshot_majority_vote_classes); an error raised by Python, NumPy or torch, a shape
# comparison or an accuracy figure is the comparison (nothing); a check's message that says the cause, with no
# diagnosis, is check_message; an index_error checklist whose last cause is "rows indexed by what counts columns",
# beside a departure naming the line, is right by the departure (as JUDGEMENT52); a generic hedge beside a right
# diagnosis is tolerated. Decided here: the new [one_edit] sentence, "One change repairs it: written `w =
# np.linalg.pinv(gram, rcond=0.0) @ (X.T @ y)` ...", for a pseudo-inverse cut off at rcond=1e-3, proposes the fix of
# the true cause (the cutoff itself): right; integer_array's "yours is an array of integers (int64): the expected
# values with their fractions cut off (0.9152 became 0): is the result written into an array of integers (...), or
# converted with int() ...? Make it an array of floats" for np.vectorize(lambda v: max(0, v)), whose output dtype is
# fixed by the int 0 of the first result, gives the cause's effect exactly and its first question is what
# np.vectorize does (it writes the results into an int array): right (a close call); range departures "The mistake is
# in lines 235-236" and "in lines 177-178" over a whole two-line body whose second line holds the mistake (its first
# line truly said to compute a value the correct code never computes) are right, as the three- to five-line bodies
# of JUDGEMENT42 (a close call: on a two-line body the range is the whole function); as_if's "yours is what the
# correct spatial_batchnorm_forward() returns if bn_param['mode'] were 'train' ...: is bn_param['mode'] read?" for a
# mode overwritten with 'train' states the cause (the mode is 'train'), its question a hint: right (a close call);
# for a dropout mask drawn once per example, one check's own message says the cause ("along axes (1, 2, 3) ... your
# mask never changes: one coin per example ...") and another check's ("you keep a fraction 0.500 ... as a fair coin
# for each unit does whatever p (rng.integers(0, 2))") guesses a mechanism that is not there (2 of the 4 examples of
# the p = 0.3 test happen to be kept): with no diagnosis, the check's messages are not judged as diagnoses:
# check_message (a close call); kept_state's "Line 170: `out = np.empty(...)` makes an array whose entries are
# whatever memory held: every entry your code does not write afterwards differs from call to call (start from
# np.zeros ..., or write every entry)" for a crop loop over range(N - 1) names the mechanism (the last image's
# entries never written), its np.zeros alternative advice: right (a close call); torch_error's reworded "a batch norm
# for maps ... got 3D input: one image (C, H, W) without its batch axis (a convolution before it accepts a single
# image, a batch norm does not). Give the model batches ..." for X[idx] with idx the enumerate counter is true and
# points at model(X[idx]): right (the message JUDGEMENT53 asked for on rb6_per_image_loop_without_batch_axis);
# warmup_never_ends's "was still rising at the last of the 300 steps (0.045): the warm-up is longer than the training
# ... Count the warm-up in optimizer steps (batches), not in images" for a LambdaLR factor (s + 1) / 20 never capped
# at 1 has true numbers but a false explanation (the base rate 3e-3 is reached at step 20, as meant, and overshot to
# 15 times; nothing is counted in images): misleading.
JUDGEMENT56: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # integer_array: "yours is an array of integers (int64): the expected values with their fractions cut off (0.9152
    # became 0): is the result written into an array of integers (...), or converted with int() ...? Make it an array
    # of floats" (a decision, above); departure (gradient check): "`out`, set by line 218: `out = relu(x)` ...: the
    # mistake is in that line" (the line that calls the vectorized max; line 217 builds it).
    "re1_relu_np_vectorize_int_dtype": ("right", ("integer_array",), ""),
    # departure (both tests): "`dx`, set by line 218: `dx = dout * 1 - t ** 2` ... your `dx` differs from the right
    # value (by up to 1.63) ...: the mistake is in that line".
    "re1_tanh_backward_missing_parentheses": ("right", ("departure",), ""),
    # written_in_place: "line 218: `out = x  # ...` makes `out` another name for x, not a copy, so line 221: `out[neg]
    # = e / (1.0 + e)` writes into x, the caller's array: make a copy (out = x.copy()) or ... (np.where)".
    "re1_sigmoid_forward_out_is_x": ("right", ("written_in_place",), ""),
    # departure: "`w`, set by line 218: `w = np.linalg.pinv(gram, rcond=1e-3) @ (X.T @ y)` ... (by up to 9.92) ...: the
    # mistake is in that line. One change repairs it: written `w = np.linalg.pinv(gram, rcond=0.0) @ (X.T @ y)`, your
    # function returns the expected w ... on this test's call and on 2 other sets of arguments" (the cutoff removed: a
    # decision, above).
    "re1_lstsq_pinv_coarse_rcond": ("right", ("departure",), ""),
    "re1_relu_backward_sign_not_negative": ("named", (), ""),
    "re1_softmax_ce_logaddexp_reduce_no_n": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (three tests): "`g`, set by line 237: `g = np.clip(_gradient(w, dw, config), -1.0, 1.0)` ...: the
    # mistake is in that line, or in _gradient() that it calls, or in what `config` holds".
    "re2_sgd_clips_gradient": ("right", ("departure",), ""),
    # one_slip (five tests): "yours is what the correct code gives with one slip in adadelta(): `w +` where `w -` is
    # meant, where next_w is computed" (exact).
    "re2_adadelta_adds_step": ("right", ("one_slip",), ""),
    # departure (three tests): "line 235: `progress = step / total_steps` computes `progress`, a value the correct
    # code never computes ... up to line 236: `return min_lr + (base_lr - min_lr) * math.cos(math.pi * progress)` ...
    # The mistake is in lines 235-236" (the reference computes pi * step / total_steps inline: true; the two-line body,
    # the mistake in its second line: a decision, above).
    "re2_cosine_lr_bare_cosine": ("right", ("departure",), ""),
    # departure: "line 235: `inv_h = 1.0 / hessian` computes `inv_h`, a value the correct code never computes ... The
    # mistake is in lines 235-236" (the first line holds the mistake).
    "re2_newton_reciprocal_of_hessian": ("right", ("departure",), ""),
    "re2_step_lr_floor_divide_done": ("named", (), ""),
    "re2_adam_helper_default_moments": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure (both tests): "line 285: `return positions * out_channels * in_channels * kh * kw` ... what it returns
    # is 31104 where 86400 is right: the mistake is in that line, or in `positions`, set by line 284: `positions = (h -
    # kh + 1) * (w - kw + 1)`" (9 x 128 x 27 where 25 x 128 x 27: true).
    "re3_multiply_count_output_read_as_input": ("right", ("departure",), ""),
    # axes_permuted (both tests): "yours is the expected with its axes in the order (1, 2, 3, 0) (shape (3, 3, 3, 8)
    # for (8, 3, 3, 3)): the axes are mixed up (a transpose or reshape that moves them ...)" ((C, HH, WW, F): true).
    "re3_backward_fast_dw_tensordot_order": ("right", ("axes_permuted",), ""),
    # index_error (both tests): "index 4 on axis 2 of an array of 4 is one past its last entry ...: an index counted
    # from 1 ..., or one computed with another axis's length (..., rows indexed by what counts columns)?"; departure:
    # "line 288: `pixel = x[:, :, j, i]` raises the error ...: the mistake is in that operation (which index goes
    # where), or in the ranges the loops give `i` and `j`".
    "re3_conv_transpose_input_ij_swapped": ("right", ("departure",), ""),
    # departure (both tests): "the loop at lines 289-295 (`for n in range(N):`) leaves `out` holding values the correct
    # code never computes ...: the mistake is in that loop" (five headers around two lines, the `=` write among them,
    # as ql3_conv_fwd_bias_indexed_by_image in JUDGEMENT37).
    "re3_conv_naive_channel_loop_resets": ("right", ("departure",), ""),
    "re3_avg_pool_backward_gather_undivided": ("named", (), ""),
    # catalogued output_size_not_rejected, not named; not_rejected (conv_output_size(7, 3, 3, 0), (10, 3, 2, 0)):
    # "returns a value for this invalid input; it must raise ValueError: check the condition that rejects it";
    # wrong_exception (both tests): "raises AssertionError; the assignment asks for ValueError (an assert ...; reject
    # bad input with raise ValueError(...))" (both true).
    "re3_output_size_assert": ("right", ("not_rejected", "wrong_exception"), ""),
    # ------------------------------------------------------------------ a4_init
    # departure: "line 94: `return rng.normal(0.0, he_std(shape), size=(fan_in, fan_out))` ... what it returns has
    # shape (144, 360) where the right value has (40, 16, 3, 3): the mistake is in that line, or in he_std() ..., or in
    # `fan_in` and `fan_out`" (16 x 9 and 40 x 9: true).
    "re4_he_normal_size_from_fans": ("right", ("departure",), ""),
    # draws_shape (three tests): "every one of your xavier_uniform() draws ... is at least 0, where the correct code's
    # (uniform) take both signs: a draw between 0 and a bound where one between -bound and bound is meant?";
    # departure: "line 94: `return rng.uniform(0.0, 2 * a, size=shape)` ... the right value + 0.130931: the mistake is
    # in that line" (a = sqrt(3) * sqrt(2 / 350) = 0.130931 for (200, 150): true).
    "re4_xavier_uniform_not_centred": ("right", ("draws_shape", "departure"), ""),
    # scaled (three tests): "yours is twice the expected: a factor 2 too many" (uniform(-2a, 2a) from the same stream
    # is twice uniform(-a, a): exact; the bound is the function's one scale).
    "re4_xavier_uniform_bound_sqrt12": ("right", ("scaled",), ""),
    # departure: "the loop at lines 95-98 (`for W in weights:`) ...: the mistake is in that loop, or in what `acts`
    # holds. On its first pass, line 96: `h = acts[activation](h @ W)` is the first to compute a value the correct
    # code never computes ...: look there first" (the line that applies the table's tanh, the table its alternative).
    "re4_activation_stats_lecun_tanh": ("right", ("departure",), ""),
    # catalogued fans_swapped, not named; reversed (linear): "yours is the expected in reverse order along axis 0: two
    # values swapped (e.g. fan_in and fan_out) ..."; departure (five tests): "line 93: `return in_units * receptive,
    # out_units * receptive` ... 100 where 300 is right: the mistake is in that line, or in `in_units` and `out_units`,
    # set by line 91: `out_units, in_units, *kernel = shape`" (the conv layout read into a (300, 100) weight: true).
    "re4_fans_conv_rule_for_linear": ("right", ("reversed", "departure"), ""),
    "re4_he_normal_python_random_seed": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # as_if: "yours is what the correct spatial_batchnorm_forward() returns if bn_param['mode'] were 'train': the
    # branch for bn_param['mode'] = 'test' computes what 'train' asks for: is bn_param['mode'] read?" (a decision,
    # above).
    "re5_spatial_bn_forces_train_mode": ("right", ("as_if",), ""),
    # departure: "`flat`, set by line 219: `flat = dout.transpose(0, 2, 3, 1).reshape(C, -1).T`. In it,
    # `dout.transpose(0, 2, 3, 1).reshape(C, -1)` is the first part ...; your `flat` holds the right values in another
    # order (a reshape or transpose in the wrong order?) ...: the mistake is in that line".
    "re5_spatial_bn_backward_reshape_c_rows": ("right", ("departure",), ""),
    # no diagnosis: only the comparison, "dx: 108 of 108 element(s) outside tolerance ...: got -0.1149753623, expected
    # 3.429698523".
    "re5_groupnorm_backward_gamma_per_group": (
        "nothing", (),
        "gamma_g = np.tile(gamma.reshape(groups, -1), (1, H * W)) cycles through a group's channels at every "
        "position, but dout.reshape(N, groups, -1) holds each channel's H * W positions one after the other: dx_hat "
        "multiplies most entries by another channel's gamma, so all 108 entries of dx are wrong (dgamma and dbeta "
        "right); repeat each gamma H * W times, np.repeat(gamma.reshape(groups, -1), H * W, axis=1) (checked: exact), "
        "or multiply dout by gamma.reshape(1, C, 1, 1) before grouping."),
    # no diagnosis; the check's own message: "each unit kept or dropped on its own: along axes (1, 2, 3) of the input
    # your mask never changes: one coin per example: each example is kept or dropped whole; dropout draws one coin per
    # unit, e.g. rng.random(x.shape) < p"; the other check's "you keep a fraction 0.500 ... as a fair coin for each
    # unit does whatever p (rng.integers(0, 2))" guesses wrong (a decision, above).
    "re5_dropout_forward_mask_from_x_shape_0": (
        "check_message", (),
        "keep = rng.random((x.shape[0],) + (1,) * (x.ndim - 1)) < p draws one coin per example and broadcasts it over "
        "the example's units: each example is kept or dropped whole (2 of the 4 examples of the p = 0.3 test kept, a "
        "fraction 0.5 of the units, by chance); draw one coin per unit, rng.random(x.shape) < p."),
    "re5_bn_dgamma_ones_weights": ("named", (), ""),
    "re5_bn_eps_after_np_std": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # no diagnosis: only torch's error, "train_and_predict() raised RuntimeError: The size of tensor a (64) must match
    # the size of tensor b (1258) at non-singleton dimension 0" (900, 180 on the other tests).
    "re6_noise_drawn_like_whole_training_set": (
        "nothing", (),
        "the noise is drawn with torch.randn_like(X), the shape of the whole training tensor (1258 images on the "
        "digits), and added to the batch X[idx] of 64: the two do not broadcast, so the first step raises and no "
        "logits come back; draw the noise like the batch, xb = X[idx]; xb = xb + 0.05 * torch.randn_like(xb)."),
    # scores_reversed (digits): "... predicts 200 of those same training images ... at accuracy 0.00, far below
    # guessing's 0.03: its picks avoid the right class, which scores that rank the classes backwards give (... scores
    # negated, -log_softmax, ...)" (false: 32 columns of features, not reversed scores); learned_little (shapes):
    # "either it did not learn them (...), or what it predicts reaches it otherwise than what it trained on (...)";
    # departure (seeded): "line 75: `start = time.monotonic()` computes `start`, a value the correct code never
    # computes ..., and from it your `logits` (line 89); your `logits` has shape (150, 32) where the correct code's
    # `logits` has (150, 6) ... The mistake is most likely in line 75" (the shapes true, the line a right one).
    "re6_predicts_with_head_dropped": (
        "misleading", (),
        "the test images go through model[:-1], the Sequential without its last layer, and that layer is the "
        "classifier nn.Linear(32, n_classes) itself (there is no softmax layer to drop): the function returns the 32 "
        "pooled features of each image, (150, 32) where the (150, 6) logits are asked on the seeded test, so their "
        "argmax is a feature's index, not a class; predict with model itself."),
    # warmup_never_ends (digits): "the learning rate rose at every one of the first 60 steps, from 0.00015 to 0.009,
    # and was still rising at the last of the 300 steps (0.045): the warm-up is longer than the training, so the model
    # never trains at the rate meant. Count the warm-up in optimizer steps (batches), not in images" (the numbers true,
    # 3e-3 * (s + 1) / 20; the explanation and its remedy false: a decision, above).
    "re6_warmup_factor_never_capped": (
        "misleading", (),
        "the LambdaLR factor (s + 1) / warmup is never capped at 1: the rate reaches Adam's 3e-3 at step 20 as meant, "
        "but keeps rising, to 0.009 at step 60 and 0.045, 15 times the rate meant, at the last of the 300 steps; the "
        "warm-up is counted in steps and is not too long; write lambda s: min(1.0, (s + 1) / warmup)."),
    # torch_error (three tests): "a batch norm for maps (nn.BatchNorm2d, ...) got 3D input: one image (C, H, W) without
    # its batch axis (a convolution before it accepts a single image, a batch norm does not). Give the model batches:
    # model(X[i:i + 1]) or ... or the whole set at once" (X[idx], idx the enumerate counter: a decision, above).
    "re6_enumerate_unpacked_backwards": ("right", ("torch_error",), ""),
    # catalogued untrained_model, not named; optimizer_not_on_model (three tests): "no loss.backward() reaches the
    # weights the optimizer steps: after 299 of the 299 backward passes ... they still had no gradient, so its steps
    # change nothing. The optimizer was made for other parameters than those of the model trained (...): give it
    # model.parameters() of the model you train" (state_dict's detached tensors are other tensors: true).
    "re6_optimizer_on_state_dict_values": ("right", ("optimizer_not_on_model",), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax"; the seeded test gives only the shape.
    "re6_returns_where_column_of_max": ("right", ("class_indices",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (both tests): "line 177: `share = dout / (H * W)` computes `share`, a value the correct code never
    # computes ... up to line 178: `return np.resize(share, (N, C, H, W))` ... The mistake is in lines 177-178" (the
    # reference divides the broadcast product; the two-line body: a decision, above).
    "re7_gap_backward_np_resize": ("right", ("departure",), ""),
    # one_slip (three tests): "yours is what the correct code gives with one slip in class_activation_map(): 0 where 1
    # is meant: the statistic is taken over another axis" (sum(axis=0) where axis=1: exact).
    "re7_cam_summed_over_batch": ("right", ("one_slip",), ""),
    # departure (six tests): "`z`, set by line 183: `z = a1 @ params["W2"] + params["b2"] + shortcut`. In it, `a1 @
    # params["W2"]` is the first part whose value the correct code never computes ...: the mistake is in that line".
    "re7_residual_second_layer_on_a1": ("right", ("departure",), ""),
    # scaled (dmu, five tests): "every entry is the negative of the expected: a sign is flipped" (as a7_mdn_dmu_sign
    # in corpus.py).
    "re7_mdn_z_sign_flipped": ("right", ("scaled",), ""),
    "re7_gap_backward_stacked_copies": ("named", (), ""),
    "re7_cam_dot_with_class_sums": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # method_not_called (both tests): "line 168: `stats[name] = np.array([W.mean, W.std, ...], dtype=object)` uses
    # `W.mean`, the method itself, not its value: the parentheses are missing (`W.mean()`) ...".
    "re8_param_stats_methods_not_called": ("right", ("method_not_called",), ""),
    # two checks' "every crop is a window of the padded image: some crop is no 10 x 10 window ..." (nothing, as in
    # JUDGEMENT52); kept_state (rectangular): "returns other values each time it is called again ... Line 170: `out =
    # np.empty((N, C, size, size), dtype=x.dtype)` makes an array whose entries are whatever memory held: every entry
    # your code does not write afterwards differs from call to call (start from np.zeros ..., or write every entry);
    # else ..." (a decision, above).
    "re8_random_crop_last_image_skipped": ("right", ("kept_state",), ""),
    # departure: "the loop at lines 172-185 (`for _ in range(20):`) ...: the mistake is in that loop. On its first
    # pass, line 184: `W -= 0.1 * X[idx].T @ probs / B` is the first to compute a value the correct code never
    # computes ...: look there first"; the other tests give accuracy figures and a comparison.
    "re8_train_w_step_uses_probs": ("right", ("departure",), ""),
    # departure: "your loop at lines 166-173 ... after pass 3 (epoch = 2, loss = 11.37) they part: your `best` holds
    # 11.47 where the correct code's holds 11.37 ... line 169 ... (under line 168: `if loss < best * (1 -
    # min_delta):`), line 171 ...; the mistake is most likely in one of them or in the condition that decides whether
    # it runs" (the condition quoted).
    "re8_early_stopping_relative_min_delta": ("right", ("departure",), ""),
    "re8_ratio_reciprocal_of_ratio": ("named", (), ""),
    "re8_log_grid_exp_of_ln10_exponents": ("named", (), ""),
}
# Counts: named 12, right 31 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 12 named, and 4, re3_output_size_assert, re4_fans_conv_rule_for_linear,
# re6_optimizer_on_state_dict_values and re6_returns_where_column_of_max, right by their diagnoses), misleading 2,
# vague 0, nothing 2, wrong_name 0, check_message 1, not_caught 0. HOLDOUT56_CORRECT: all 7 earn full marks.

HOLDOUT56 = [replace(e, verdict=JUDGEMENT56[e.id][0], expected=frozenset(JUDGEMENT56[e.id][1]),
                     ideal=JUDGEMENT56[e.id][2]) if e.id in JUDGEMENT56 else e for e in HOLDOUT56]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,061 earlier ones (corpus.py and holdout.py-holdout55.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). Five of the 48 mistakes (one catalogued, four not)
# and four of the 7 right variants repeat an earlier entry.
# Without those five mistakes the set has 43 fresh ones (15 catalogued): named or right 38/43 = 88%, misleading 2
# (re6_predicts_with_head_dropped, re6_warmup_factor_never_capped), nothing 2 (re5_groupnorm_backward_gamma_per_group,
# re6_noise_drawn_like_whole_training_set), check_message 1 (re5_dropout_forward_mask_from_x_shape_0).
# (id -> the earlier entry it repeats)
REPEATED56: dict[str, str] = {
    "re5_bn_eps_after_np_std": "x5_bn_eps_added_to_std",
    "re6_enumerate_unpacked_backwards": "rb6_per_image_loop_without_batch_axis",
    "re7_cam_summed_over_batch": "qj7_cam_summed_over_batch_axis",
    "re7_mdn_z_sign_flipped": "a7_mdn_dmu_sign",
    "re8_early_stopping_relative_min_delta": "k8_early_stopping_min_delta_relative",
    "rek_correct_output_size_divmod": "w3_correct_output_size_divmod",
    "rek_correct_l2_penalty_vdot": "p5_correct_l2_vdot",
    "rek_correct_gap_backward_broadcast_copy": "e7_correct_gap_bwd_broadcast_copy",
    "rek_correct_log_grid_geomspace": "x8_correct_log_grid_geomspace",
}
