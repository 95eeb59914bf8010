"""A fifty-ninth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 57315c1 (JUDGED_ON59, JUDGEMENT59 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout59.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT59 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT59_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT59: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rh1_sigmoid_bwd_dout_for_s", "a1_backprop", "sigmoid_backward",
       "the second factor of the local derivative is written with the wrong variable, (1 - dout) instead of (1 - s): "
       "dx = dout * s * (1 - dout) where dout * s * (1 - s) is meant (right only where dout equals s)", """
def sigmoid_backward(dout, cache):
    s = cache
    # chain rule: upstream * sigma * (1 - sigma)
    dx = dout * s * (1 - dout)
    return dx
"""),
    _e("rh1_tanh_bwd_sign_flipped", "a1_backprop", "tanh_backward",
       "the local derivative is written t**2 - 1, the negative of tanh's derivative 1 - t**2: dx = -dout * (1 - t**2), "
       "the gradient with its sign flipped everywhere", """
def tanh_backward(dout, cache):
    t = cache
    # d/dx tanh(x) = sech^2(x) = tanh^2(x) - 1
    local = t ** 2 - 1
    return dout * local
"""),
    _e("rh1_numgrad_arithmetic_restore", "a1_backprop", "eval_numerical_gradient",
       "each entry is moved with x[i] += h, x[i] -= 2 * h and put back with x[i] += h instead of from its saved value: "
       "the differences are right, but floating-point rounding leaves some entries of x a few ulps away from where "
       "they were, so x is not returned unchanged", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        x[i] += h
        fp = f(x)
        x[i] -= 2 * h
        fm = f(x)
        x[i] += h  # back to where it was
        grad[i] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("rh1_closed_form_square_subsystem", "a1_backprop", "linear_regression_closed_form",
       "to get a square system for np.linalg.solve only the first D rows are kept, solve(X[:D], y[:D]): the weights "
       "interpolate D of the points exactly instead of minimizing the squared error over all N rows (right only when "
       "the data fit exactly)", """
def linear_regression_closed_form(X, y):
    D = X.shape[1]
    # solve() needs a square matrix: use D equations for D unknowns
    return np.linalg.solve(X[:D], y[:D])
"""),
    _e("rh1_dx_rows_listcomp", "a1_backprop", "affine_backward",
       "dx is built row by row as np.array([w @ dout[n] for n in range(N)]), the (N, D) gradient of the flattened input, "
       "and never reshaped back to x's shape (N, d1, ..., dk) (dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_rows = x.reshape(N, -1)
    # gradient for each example separately
    dx = np.array([w @ dout[n] for n in range(N)])
    dw = x_rows.T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("rh1_tanh_bwd_einsum_one_minus_t", "a1_backprop", "tanh_backward",
       "dx is the elementwise einsum of dout with (1 - t): the local derivative is 1 - t instead of 1 - t**2", """
def tanh_backward(dout, cache):
    t = cache
    return np.einsum("...,...->...", dout, 1 - t)
""", catalogued="tanh_derivative_missing_square"),
    # ------------------------------------------------------------------ a2_optim
    _e("rh2_gd_inline_half_gradient", "a2_optim", "gradient_descent",
       "the gradient is written inline as X^T (X w - y) / N, the gradient of half the mean squared error (the factor 2 "
       "lost): every step is half as long as lr times the MSE's gradient, so the path falls behind", """
def gradient_descent(X, y, w0, learning_rate, steps):
    N = X.shape[0]
    w = np.array(w0, dtype=float)
    path = np.zeros((steps, w.size))
    for t in range(steps):
        residual = X @ w - y
        w = w - learning_rate * (X.T @ residual) / N
        path[t] = w
    return path
"""),
    _e("rh2_exp_lr_recursive_base_case", "a2_optim", "exponential_lr",
       "the schedule is written recursively with the base case at step 1 (returning base_lr) instead of step 0: every "
       "step >= 1 gets base_lr * gamma**(step - 1), one decay short, and step 0 recurses through negative steps until "
       "RecursionError", """
def exponential_lr(base_lr, step, gamma):
    # lr_t = gamma * lr_{t-1}
    if step == 1:
        return base_lr
    return gamma * exponential_lr(base_lr, step - 1, gamma)
"""),
    _e("rh2_nesterov_decay_at_lookahead", "a2_optim", "nesterov_momentum",
       "the weight decay is evaluated at the look-ahead point, _gradient(w + momentum * v_prev, dw, config), instead of "
       "at w: with weight_decay > 0 the L2 term weight_decay * (w + momentum * v_prev) is too large by "
       "weight_decay * momentum * v_prev (right without weight decay)", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v_prev = config.get("velocity", np.zeros_like(w))
    # Nesterov: everything is evaluated at the look-ahead position
    w_ahead = w + mu * v_prev
    v = mu * v_prev - config["learning_rate"] * _gradient(w_ahead, dw, config)
    config["velocity"] = v
    next_w = w - mu * v_prev + (1 + mu) * v
    return next_w, config
"""),
    _e("rh2_step_lr_decays_at_start", "a2_optim", "step_lr",
       "the number of decays is step // step_size + 1 (the first period counted as already decayed): the rate is "
       "base_lr * gamma already at step 0 and gamma times too small at every step", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    epoch_block = step // step_size + 1  # which block of step_size steps we are in
    return base_lr * gamma ** epoch_block
"""),
    _e("rh2_velocity_written_into_default", "a2_optim", "sgd_momentum",
       "the new velocity is written in place into the array config.get('velocity', zeros) returned, vel[...] = v: when "
       "config has no velocity that is a fresh zeros array config does not hold, so the velocity is never stored and "
       "every call starts from zero velocity (plain SGD)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    vel = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * vel - config["learning_rate"] * _gradient(w, dw, config)
    vel[...] = v  # update the stored velocity in place, no new allocation
    next_w = w + v
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("rh2_adam_t_minus_one_exponent", "a2_optim", "adam",
       "t is incremented and stored first, but the bias corrections are written with the exponent t - 1 ('the steps "
       "taken before this one'): the first step divides by 1 - beta**0 = 0, so the weights become inf/nan", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    n_prev = config["t"] - 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    config["m"], config["v"] = m, v
    m_hat = m / (1 - np.power(b1, n_prev))
    v_hat = v / (1 - np.power(b2, n_prev))
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_t_incremented_after_use"),
    # ------------------------------------------------------------------ a3_conv
    _e("rh3_dsep_mults_out_squared", "a3_conv", "depthwise_separable_multiply_count",
       "copy slip in the pointwise term: it is counted as oh * ow * out_channels * out_channels instead of "
       "oh * ow * in_channels * out_channels (the depthwise term right): wrong whenever in_channels != out_channels", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * in_channels * kh * kw
    pointwise = oh * ow * out_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rh3_conv_bwd_crop_top_left", "a3_conv", "conv_backward_naive",
       "the padded gradient is cropped as dxp[:, :, :H, :W], the top-left H x W corner, instead of "
       "dxp[:, :, pad:pad + H, pad:pad + W]: with pad > 0 dx is shifted by pad rows and columns (right for pad 0)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    dw[f] += xp[n, :, hs:hs + HH, ws:ws + WW] * dout[n, f, i, j]
                    dxp[n, :, hs:hs + HH, ws:ws + WW] += w[f] * dout[n, f, i, j]
    # drop the padding
    dx = dxp[:, :, :H, :W]
    return dx, dw, db
"""),
    _e("rh3_unpool_unravel_pooled_shape", "a3_conv", "max_unpool",
       "each flat index row * W + col is decoded with np.unravel_index(..., x.shape[2:]), the pooled map's shape, "
       "instead of output_shape: the rows and columns come out wrong (or raise as out of bounds) and the values land "
       "in the wrong places of the unpooled map", """
def max_unpool(x, indices, output_shape):
    N, C, Hp, Wp = x.shape
    out = np.zeros((N, C) + tuple(output_shape))
    rows, cols = np.unravel_index(indices, x.shape[2:])
    for n in range(N):
        for c in range(C):
            out[n, c, rows[n, c], cols[n, c]] = x[n, c]
    return out
"""),
    _e("rh3_transpose_conv_last_row_skipped", "a3_conv", "conv_transpose_forward",
       "the loops over the input pixels run over range(H - 1) and range(W - 1) (the full output's (H - 1) * stride "
       "term read into the loop bounds): the last row and column of input pixels are never scattered, so the bottom and "
       "right parts of the output miss their contributions", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for i in range(H - 1):
        for j in range(W - 1):
            block = np.tensordot(x[:, :, i, j], w, axes=([1], [0]))  # (N, F, HH, WW)
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += block
    out = full[:, :, pad:Hf - pad, pad:Wf - pad] + b.reshape(1, -1, 1, 1)
    return out
"""),
    _e("rh3_output_size_strict_flag", "a3_conv", "conv_output_size",
       "the ValueError is raised only under a new keyword strict=False that no caller sets: an invalid configuration "
       "(a stride that does not tile the padded input, or a kernel that does not fit) returns the rounded-down "
       "span // stride + 1 instead of being rejected", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1, strict=False):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if strict and (span < 0 or span % stride != 0):
        raise ValueError("kernel does not tile the input")
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("rh3_avg_bwd_expand_dims_no_area", "a3_conv", "avg_pool_backward",
       "each window's upstream gradient is given a window axis with np.expand_dims and added whole to all its inputs: "
       "the division by the window's area ph * pw is missing, so dx is ph * pw times too large", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    for i in range(Ho):
        for j in range(Wo):
            g = np.expand_dims(dout[:, :, i, j], axis=(2, 3))
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += g
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    # ------------------------------------------------------------------ a4_init
    _e("rh4_he_normal_std_cached", "a4_init", "he_normal",
       "the std is computed on the first call and cached on the function (he_normal.std) 'to save recomputing it': "
       "every later call, whatever its shape, draws with the first shape's he_std, so other shapes get the wrong "
       "spread", """
def he_normal(shape, seed):
    if not hasattr(he_normal, "std"):
        he_normal.std = he_std(shape)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, he_normal.std, size=shape)
"""),
    _e("rh4_xavier_uniform_width_a", "a4_init", "xavier_uniform",
       "the [0, 1) draws are mapped onto the interval with u * a - a / 2, which is U(-a/2, a/2), an interval of width a "
       "instead of 2a ((2u - 1) * a is meant): the weights' spread is half the intended one", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(shape)
    # centre the unit draws on 0 and scale them to the bound
    return u * a - a / 2
"""),
    _e("rh4_he_std_channels_only", "a4_init", "he_std",
       "the fans are computed from shape[:2], the two channel axes only ('the fan-in is the number of input "
       "channels'): right for a linear (D, M) weight, but for a conv weight (out, in, kh, kw) the (out, in) pair is read "
       "as a linear weight, so fan_in is out_channels without the kernel's size and the std is far too large", """
def he_std(shape):
    fan_in, _ = compute_fans(tuple(shape[:2]))
    return math.sqrt(2.0 / fan_in)
"""),
    _e("rh4_stats_pop_front_consumes_list", "a4_init", "activation_statistics",
       "the layers are taken with weights.pop(0) in a while loop: the statistics are right, but the caller's list of "
       "weights is emptied by the call", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0.0), "linear": lambda z: z}[activation]
    h = X
    means, variances = [], []
    while weights:
        W = weights.pop(0)
        h = act(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("rh4_he_normal_divided_by_sqrt2", "a4_init", "he_normal",
       "the draws use he_std(shape) / sqrt(2) ('ReLU halves the variance, so undo it'): that is sqrt(1 / fan_in), the "
       "factor 2 of He's std sqrt(2 / fan_in) removed", """
def he_normal(shape, seed):
    std = he_std(shape) / math.sqrt(2.0)  # half of the units are zeroed by the ReLU
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
""", catalogued="relu_factor_2_missing"),
    _e("rh4_fans_dict_order", "a4_init", "compute_fans",
       "the fans are collected in a dict written {'out': ..., 'in': ...} and returned as tuple(fans.values()): "
       "insertion order makes that (fan_out, fan_in), the two swapped, for linear and conv weights alike", """
def compute_fans(shape):
    if len(shape) == 2:
        fans = {"out": shape[1], "in": shape[0]}
    else:
        k = int(np.prod(shape[2:]))
        fans = {"out": shape[0] * k, "in": shape[1] * k}
    return tuple(fans.values())
""", catalogued="fans_swapped"),
    # ------------------------------------------------------------------ a5_normalization
    _e("rh5_bn_alt_count_is_size", "a5_normalization", "batchnorm_backward_alt",
       "the batch size of the simplified formula is read as x_hat.size, the N * D entries of the cache, instead of its "
       "N rows: dx = inv_std / (N D) * (N D dx_hat - sum - x_hat * sum) keeps the full dx_hat term but shrinks the two "
       "batch-mean terms by a factor D (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    m = x_hat.size  # number of normalized values
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    g = dout * gamma
    dx = inv_std / m * (m * g - g.sum(axis=0) - x_hat * (g * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
"""),
    _e("rh5_layernorm_eps_on_std", "a5_normalization", "layernorm_forward",
       "eps is added to each row's standard deviation, inv_std = 1 / (x.std(axis=1) + eps), instead of inside the "
       "square root, 1 / sqrt(var + eps): rows whose variance is small (comparable to eps) are normalized differently, "
       "and the cached inv_std is off with them", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.mean(x, axis=1, keepdims=True)
    sd = np.std(x, axis=1, keepdims=True)
    inv_std = 1.0 / (sd + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("rh5_groupnorm_bwd_inv_std_squeezed", "a5_normalization", "groupnorm_backward",
       "the cached inv_std (N, groups, 1) is squeezed to (N, groups) 'to drop the 1' before the formula: against the "
       "(N, groups, M) grouped gradient it broadcasts along the last axis instead of per group, so dx raises (or is "
       "wrong when the shapes happen to line up)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    inv_std = inv_std.squeeze(-1)
    dgamma = np.sum(dout * x_hat, axis=(0, 2, 3))
    dbeta = np.sum(dout, axis=(0, 2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[-1]
    dx = inv_std / M * (M * g - g.sum(axis=-1, keepdims=True) - xh * (g * xh).sum(axis=-1, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("rh5_bn_bwd_variance_over_n_minus_1", "a5_normalization", "batchnorm_backward",
       "in the staged backward pass the variance node's derivative is taken as 2 (x - mu) / (N - 1), the unbiased "
       "variance's (the N - 1 of the running average carried over), instead of 2 (x - mu) / N: the term of dx through "
       "the variance is N / (N - 1) times too large (dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    xc = x_hat / inv_std  # x - mu
    dvar = np.sum(dxhat * xc, axis=0) * (-0.5) * inv_std ** 3
    dmu = -np.sum(dxhat * inv_std, axis=0)
    dx = dxhat * inv_std + dvar * 2.0 * xc / (N - 1) + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("rh5_bn_mode_first_letter", "a5_normalization", "batchnorm_forward",
       "the mode is tested by its first letter, mode[0] == 't' ('t' for train): 'test' starts with 't' as well, so test "
       "mode takes the training branch, normalizing the test batch with its own statistics (and updating the running "
       "averages) instead of using running_mean and running_var", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode[0] == "t":  # train
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
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
    _e("rh5_layernorm_bwd_np_size_axis0", "a5_normalization", "layernorm_backward",
       "the row length is read as np.size(dout, 0), the number of rows N, where the number of features D "
       "(np.size(dout, 1)) is meant: the simplified formula's counts use N instead of D (right only when N == D)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = np.size(dout, 0)
    g = dout * gamma
    dx = (inv_std / D) * (D * g - np.sum(g, axis=1, keepdims=True) - x_hat * np.sum(g * x_hat, axis=1, keepdims=True))
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
""", catalogued="layernorm_backward_uses_batch_size"),
    # ------------------------------------------------------------------ a6_cnn
    _e("rh6_budget_check_without_start", "a6_cnn", "train_and_predict",
       "the time budget is checked at the top of every epoch as time.monotonic() > 0.8 * time_budget_s, the clock's "
       "absolute reading (seconds since the machine booted) with the start time never subtracted: the test is true "
       "before the first epoch, the loop breaks at once and the untrained network's logits are returned", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        # stay inside the budget (keep 20% for prediction)
        if time.monotonic() > 0.8 * time_budget_s:
            break
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="untrained_model"),
    _e("rh6_returns_class_ranking", "a6_cnn", "train_and_predict",
       "a well trained model, but the function returns np.argsort(logits, axis=1)[:, ::-1], each test image's classes "
       "ranked from most to least likely: an (M, n_classes) array of class indices, not scores, so the argmax the "
       "grader takes over a row is the position of the highest class index, not the predicted class", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        scores = model(torch.tensor(X_test)).numpy()
    # top-k style output: every class, best first
    ranking = np.argsort(scores, axis=1)[:, ::-1]
    return np.ascontiguousarray(ranking)
""", catalogued="predictions_not_logits"),
    _e("rh6_same_padding_with_stride", "a6_cnn", "train_and_predict",
       "the max-pooling layers are replaced by stride-2 convolutions written nn.Conv2d(..., stride=2, padding='same') "
       "(the Keras habit): torch does not support padding='same' for strided convolutions and raises ValueError when "
       "the network is built, so no logits come back", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    c = X_train.shape[1]
    # all-convolutional net: downsample with strided convs instead of pooling
    model = nn.Sequential(
        nn.Conv2d(c, 16, 3, stride=2, padding="same"), nn.BatchNorm2d(16), nn.ReLU(),
        nn.Conv2d(16, 32, 3, stride=2, padding="same"), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rh6_view_hardcoded_8x8", "a6_cnn", "train_and_predict",
       "the images are reshaped with .view(-1, C, 8, 8), the digits' size written in the code: on the 32x32 shapes each "
       "image becomes 16 tiles of 8x8 treated as separate images, so the batches pair tiles of other images with the "
       "labels and the test logits have 16 rows per image (wrong shape); on the 8x8 digits it changes nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    C = X_train.shape[1]
    X = torch.tensor(X_train).view(-1, C, 8, 8)
    y = torch.tensor(y_train)
    Xt = torch.tensor(X_test).view(-1, C, 8, 8)
    model = nn.Sequential(
        nn.Conv2d(C, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(Xt).numpy()
"""),
    _e("rh6_adam_linear_scaling_rule", "a6_cnn", "train_and_predict",
       "the learning rate is scaled by the batch size with the linear scaling rule, lr = 3e-3 * batch (0.192), a rule "
       "for SGD applied to Adam, whose step is already about lr per weight: every step moves the weights by about 0.2, "
       "training is unstable and the accuracy falls far short", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    epochs, batch = 15, 64
    base_lr = 3e-3
    lr = base_lr * batch  # linear scaling rule (Goyal et al.)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rh6_mse_on_class_index", "a6_cnn", "train_and_predict",
       "the loss is nn.functional.mse_loss(logits, y[idx].float()), a regression onto the class index: the (B,) target "
       "is broadcast against the (B, n_classes) logits along the class axis, so the first batch raises a size mismatch "
       "(B != n_classes) and nothing is returned; cross_entropy with the integer labels is needed", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            out = model(X[idx])
            loss = nn.functional.mse_loss(out, y[idx].float())
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("rh7_saliency_onehot_over_n", "a7_architectures", "saliency_map",
       "the upstream one-hot gradient is divided by N ('the loss is a mean over the batch'): each example's saliency is "
       "the gradient of scores[n, y[n]] / N, N times too small", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    a1 = flat @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1.0 / N
    dh = dscores @ params["W2"].T
    da1 = np.where(a1 > 0, dh, 0.0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
"""),
    _e("rh7_resblock_bwd_b2_axis1", "a7_architectures", "residual_block_backward",
       "the second layer's bias gradient is summed over axis 1, dz.sum(axis=1), each row's output units, instead of "
       "over the batch (axis 0): grads['b2'] has shape (N,) instead of (M,) (every other gradient right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=1)}
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
    _e("rh7_mdn_no_gauss_constant", "a7_architectures", "mdn_nll",
       "each component's log-density leaves out the constant -0.5 * log(2 pi): the loss is 0.5 * log(2 pi) (about "
       "0.919) below the mixture's negative log-likelihood (the gradients right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -np.mean(log_p)
    resp = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("rh7_score_map_windows_hw_swapped", "a7_architectures", "fc_score_map",
       "each window is flattened after swapaxes(2, 3), in (C, W, H) order, while the affine layer's rows are in "
       "(C, H, W) order: every score pairs the weights with transposed pixels (right only for windows whose maps are "
       "symmetric)", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            patch = x[:, :, i:i + H, j:j + Wd].swapaxes(2, 3)
            out[:, :, i, j] = patch.reshape(N, -1) @ W + b
    return out
"""),
    _e("rh7_relu_branch_inplace_mask", "a7_architectures", "residual_block_forward",
       "the residual branch is rectified in place, branch *= branch > 0, before the shortcut is added, and the sum is "
       "returned without the final ReLU: out = relu(F(x)) + shortcut(x) instead of relu(F(x) + shortcut(x))", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    branch = h @ params["W2"] + params["b2"]
    branch *= branch > 0
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = branch + shortcut
    out = z
    return out, (x, params, a1, h, scale, z)
""", catalogued="relu_before_addition"),
    _e("rh7_gap_bwd_edge_pad", "a7_architectures", "global_avg_pool_backward",
       "each pooled gradient is spread over its map by edge-padding the (N, C, 1, 1) dout to (N, C, H, W) with "
       "np.pad(mode='edge'): every position gets the whole dout, never divided by H * W", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    d = dout.reshape(N, C, 1, 1)
    return np.pad(d, ((0, 0), (0, 0), (0, H - 1), (0, W - 1)), mode="edge")
""", catalogued="gap_backward_not_divided_by_area"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rh8_ratio_fro_on_vectors", "a8_pipeline", "update_ratio",
       "the norms are taken with np.linalg.norm(..., 'fro'), which NumPy only accepts for 2-D arrays: the ratio is "
       "right for weight matrices but raises ValueError for a bias vector (or any array that is not 2-D)", """
def update_ratio(W, dW, lr):
    return np.linalg.norm(lr * dW, "fro") / np.linalg.norm(W, "fro")
"""),
    _e("rh8_normalize_eps_train_only", "a8_pipeline", "normalize_splits",
       "eps is added to the std only where the training split is divided, (X_train - mean) / (std + eps), while the "
       "test split is divided by the bare std: a pixel constant over the training images (std 0) gives inf/nan in the "
       "test split, and every test value differs slightly", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=0)
    return (X_train - mean) / (std + eps), (X_test - mean) / std
"""),
    _e("rh8_warmup_linear_decay_after", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the rate decays linearly, min_lr + (base_lr - min_lr) * (1 - t), instead of along the cosine "
       "(1 + cos(pi t)) / 2: the ends (base_lr at t = 0, min_lr at t = 1) and the middle are right, every other step "
       "is off", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    # anneal from base_lr down to min_lr
    return min_lr + (base_lr - min_lr) * (1 - t)
"""),
    _e("rh8_softmax_reg_perm_of_test", "a8_pipeline", "train_and_predict",
       "copy slip in the epoch's order: rng.permutation(len(T)), the number of test rows, instead of len(X): each epoch "
       "visits only the first len(T) training rows (or indexes past the end when the test split is larger), so the "
       "weights differ from the specified run", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    K = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], K)), np.zeros(K)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(T))
        for start in range(0, len(order), 64):
            idx = order[start:start + 64]
            s = X[idx] @ W + b
            s = s - s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
    _e("rh8_early_stop_wait_after_test", "a8_pipeline", "early_stopping",
       "the counter of epochs without improvement is tested before it is incremented (if wait >= patience: stop; then "
       "wait += 1): the epoch that brings the count to patience does not stop, so training stops one epoch late", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
            continue
        if wait >= patience:
            return epoch, weights[best_epoch]
        wait += 1
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="patience_off_by_one"),
    _e("rh8_crop_offsets_one_call_pairs", "a8_pipeline", "random_crop",
       "both offsets are drawn in one call, rng.integers([0, 0], [H + 2p - size, W + 2p - size], size=(N, 2)), whose "
       "upper bounds are exclusive: the largest row and column offsets are never drawn (one short of the range)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    highs = [H + 2 * padding - size, W + 2 * padding - size]
    offsets = rng.integers([0, 0], highs, size=(N, 2))
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for n, (r, c) in enumerate(offsets):
        out[n] = xp[n, :, r:r + size, c:c + size]
    return out
""", catalogued="crop_offset_off_by_one"),
]

HOLDOUT59_CORRECT: list[Entry] = [
    _e("rhk_correct_affine_bwd_tensordot", "a1_backprop", "affine_backward",
       "correct: dx, dw and db as np.tensordot contractions (dx reshaped back to x's shape, db by einsum)", """
def affine_backward(dout, cache):
    x, w, b = cache
    rows = x.reshape(x.shape[0], -1)
    dx = np.tensordot(dout, w, axes=(1, 1)).reshape(x.shape)
    dw = np.tensordot(rows, dout, axes=(0, 0))
    db = np.einsum("nm->m", dout)
    return dx, dw, db
"""),
    _e("rhk_correct_adagrad_scalar_default", "a2_optim", "adagrad",
       "correct: the cache defaults to the scalar 0.0 and is accumulated with np.add into a new array (broadcast on the "
       "first call), the step written with np.divide", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    eps = config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = np.add(config.get("cache", 0.0), g * g)
    config["cache"] = cache
    return w - lr * np.divide(g, np.sqrt(cache) + eps), config
"""),
    _e("rhk_correct_dsep_params_two_calls", "a3_conv", "depthwise_separable_param_count",
       "correct: the depthwise stage as in_channels one-channel convolutions with one filter each, counted by "
       "conv_param_count(1, 1, ...) times in_channels, plus the 1x1 pointwise convolution", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    per_channel = conv_param_count(1, 1, kernel_size, bias)
    return in_channels * per_channel + conv_param_count(in_channels, out_channels, (1, 1), bias)
"""),
    _e("rhk_correct_xavier_normal_scaled_std_normal", "a4_init", "xavier_normal",
       "correct: the seeded generator's standard normal draws scaled by xavier_std (the same draws as normal(0, std))", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    z = np.random.default_rng(seed).standard_normal(size=shape)
    return xavier_std(shape, mode, gain) * z
"""),
    _e("rhk_correct_groupnorm_loop_over_groups", "a5_normalization", "groupnorm_forward",
       "correct: group norm written as a loop over the groups, each block of C // groups channels normalized per image "
       "over its channels and pixels, the per-group inv_std collected into (N, groups, 1)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    cg = C // groups
    x_hat = np.empty(x.shape)
    inv_std = np.empty((N, groups, 1))
    for g in range(groups):
        block = x[:, g * cg:(g + 1) * cg]
        mu = block.mean(axis=(1, 2, 3), keepdims=True)
        var = block.var(axis=(1, 2, 3), keepdims=True)
        inv = 1.0 / np.sqrt(var + eps)
        x_hat[:, g * cg:(g + 1) * cg] = (block - mu) * inv
        inv_std[:, g, 0] = inv[:, 0, 0, 0]
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("rhk_correct_gap_bwd_double_repeat", "a7_architectures", "global_avg_pool_backward",
       "correct: dout / (H * W) repeated along new H and W axes with np.repeat", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = (dout / (H * W))[:, :, None, None]
    return np.repeat(np.repeat(share, H, axis=2), W, axis=3)
"""),
    _e("rhk_correct_warmup_cos_squared", "a8_pipeline", "warmup_cosine_lr",
       "correct: the cosine part written with the half-angle identity (1 + cos(pi t)) / 2 = cos(pi t / 2)**2", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * math.cos(0.5 * math.pi * t) ** 2
"""),
]

JUDGED_ON59 = "2026-12-07 on commit 57315c1"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout59 on commit 57315c1 (JUDGED_ON59), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT57 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there, and a right diagnosis beside a false one; a departure naming the line with the mistake is right, and
# so is one that names the line that uses a wrong value while saying the number it reads there was "not checked" (as
# qe3_avg_pool_area_as_sum_of_sides in JUDGEMENT30); a loop departure without a statement is right only when the
# loop is small and the mistake clearly in it (as rb2_gd_annealed_lr in JUDGEMENT53); a catalogued entry whose name
# is not given is judged by its diagnoses; checklists that list the cause among many are vague (learned_little's,
# as qp6_random_quarter_turn_augmentation in JUDGEMENT41), but one of few causes, the entry's among them, is
# tolerated; an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison
# (nothing); a check's own message that says the cause, with no diagnosis, is check_message (the numerical
# gradient's "x unchanged" message for x put back by arithmetic, as w1_numgrad_restore_by_arithmetic in JUDGEMENT8);
# the one_edit sentence is right where its change is the fix of the cause and misleading where it is right only on
# the inputs tried. Decided here (new in this set): the new [raised_here] diagnosis is judged as a departure that
# names a line: on a RecursionError, "line 238: `return gamma * exponential_lr(base_lr, step - 1, gamma)` raises
# the error at `exponential_lr(base_lr, step - 1, gamma)`. There, ... `step - 1` is a number (-993)" shows the
# recursion running far below step 0, past its base case `step == 1`: right (a close call: it never names the base
# case); on torch's "padding='same' is not supported for strided convolutions", raised_here's "raises the error at
# `nn.Conv2d(c, 16, 3, stride=2, padding="same")`" names the one call whose arguments torch refuses (its "nn.Conv2d
# is the class Conv2d itself (not an object made from it)" a true description): right (a close call; where only
# torch's words say the cause, as rf6_module_forward_misspelt in JUDGEMENT57, it is nothing); a raised_here whose
# only explanation is a broadcast ("(64,) meets the last axis of (64, 10) ...: to line it up there, give it the
# shape (64, 1)") for mse_loss taken between the logits and the class index names a mechanism that is not there
# (a missing axis) and a remedy that would make the wrong loss run (every logit regressed onto the class index):
# misleading (a close call: the line is the one with the mistake, but unlike qs1_affine_fwd_einsum_implicit_output
# in JUDGEMENT44 no diagnosis beside it says the mistake is in that line; a shape_error remedy that is the repair,
# keepdims for a squeezed inv_std, is right); one_edit's "written `return base_lr`, your function returns the
# expected lr on this test's call and on 6 other sets of arguments" for a step_lr that counts one decay too many is
# right only before the first decay: misleading (the note's own example); one_edit's "written
# `patch = x[:, :, i:i + H, j:j + Wd].swapaxes(3, 3)`" is a swap of an axis with itself, the swapaxes removed: the
# fix, right; a departure on `std = X_train.std(axis=0)` ("your `std` is the right value - 1e-08 ... the rest of
# your function returns the expected test split: the mistake is in that line") where the student adds eps at the
# training split's division and forgets it at the test split's names eps missing from the std the test split is
# divided by, the reference's own place for it, and says nothing false: right (a close call, as the MIN_LR
# departure in JUDGEMENT41); a loop departure on a transposed convolution's four-line loop nest whose header,
# `for i in range(H - 1):`, holds the mistake, whose inner part ends "the mistake is most likely in one of them, in
# the lines that compute what they read in that pass (...), or in the condition that decides whether it runs" (the
# loop bound), is right (as re8_early_stopping_relative_min_delta in JUDGEMENT56); integer_logits' "a cast
# (.astype(int), .long(), torch.int64) cut every score to its whole part" and clipped_logits' "a ReLU (or a clamp)
# after the last layer clips the scores" for a returned ranking of class indices name casts and clips that are not
# there: misleading.
JUDGEMENT59: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (both tests): "`dx`, set by line 218: `dx = dout * s * (1 - dout)`. In it, `1 - dout` is the first
    # part whose value the correct code never computes ... (by up to 3.91) ...: the mistake is in that line. One
    # change repairs it: written `dx = dout * s * (1 - cache)` ..." (cache is s: the fix; 3.91 and 4.76 the tests'
    # largest errors).
    "rh1_sigmoid_bwd_dout_for_s": ("right", ("departure",), ""),
    # scaled (both tests): "every entry is the negative of the expected: a sign is flipped" (t**2 - 1: exact).
    "rh1_tanh_bwd_sign_flipped": ("right", ("scaled",), ""),
    # no diagnosis; the check's message: "x unchanged: eval_numerical_gradient must leave x as it found it: put each
    # x[i] back after its two evaluations of f": it points at the restoring of x[i], which the student does, not at
    # why it fails (as w1_numgrad_restore_by_arithmetic in JUDGEMENT8).
    "rh1_numgrad_arithmetic_restore": (
        "check_message", (),
        "x[i] is put back by arithmetic (+h, -2h, +h), which rounds: some entries of x come back a few ulps off their "
        "old values, so x is not left as given (the gradient itself is right); save old = x[i] before moving it and "
        "write it back, x[i] = old."),
    # departure (both tests): "what your function returns, at line 218: `return np.linalg.solve(X[:D], y[:D])` ...
    # (the number D ... not checked) ... (by up to 0.106) ...: the mistake is in that line" (the one-line body; 0.106
    # and 111 the tests' largest errors).
    "rh1_closed_form_square_subsystem": ("right", ("departure",), ""),
    "rh1_dx_rows_listcomp": ("named", (), ""),
    "rh1_tanh_bwd_einsum_one_minus_t": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure: "the loop at lines 238-241 (`for t in range(steps):`) leaves `path` holding values the correct code
    # never computes ... (by up to 0.283) ...: the mistake is in that loop" (three statements, the step without its
    # factor 2 among them: as rb2_gd_annealed_lr in JUDGEMENT53).
    "rh2_gd_inline_half_gradient": ("right", ("departure",), ""),
    # raised_here (both tests): "line 238: `return gamma * exponential_lr(base_lr, step - 1, gamma)` raises the error
    # at `exponential_lr(base_lr, step - 1, gamma)`. There, ... `step - 1` is a number (-993) ..." beside Python's
    # RecursionError: the recursion ran past its base case (a decision, above).
    "rh2_exp_lr_recursive_base_case": ("right", ("raised_here",), ""),
    # departure: "`w_ahead`, set by line 241: `w_ahead = w + mu * v_prev` ...; your `w_ahead` is the right value + 0.8
    # * `v_prev` ...: the mistake is in that line. One change repairs it: written `w_ahead = w` ..." (momentum 0.8 in
    # the test: true; the decay's gradient then taken at w, as the reference does: the fix).
    "rh2_nesterov_decay_at_lookahead": ("right", ("departure",), ""),
    # scaled (gamma 0.5): "0.5 times the expected ...: gamma=0.5 times ...: a division by gamma is missing, or a factor
    # gamma is extra; or 1-gamma=0.5 ..." (two causes, the first right: tolerated); but departure (default gamma):
    # "what it returns is 0.0411175 where 0.411175 is right: the mistake is in that line, or in `epoch_block`, set by
    # line 235 ... One change repairs it: written `return base_lr`, your function returns the expected lr on this
    # test's call and on 6 other sets of arguments": right only before the first decay (a decision, above).
    "rh2_step_lr_decays_at_start": (
        "misleading", (),
        "epoch_block = step // step_size + 1 counts one decay too many: the rate is base_lr * gamma already at step 0 "
        "(0.05 where 0.1 with gamma 0.5; 0.0411 where 0.411 with the default 0.1) and gamma times too small at every "
        "step; decay step // step_size times, base_lr * gamma ** (step // step_size) (returning base_lr is right only "
        "before the first decay)."),
    "rh2_velocity_written_into_default": ("named", (), ""),
    "rh2_adam_t_minus_one_exponent": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # one_slip (both tests): "yours is what the correct code gives with one slip in
    # depthwise_separable_multiply_count(): `out_channels` where `in_channels` is meant (the wrong variable)" (exact).
    "rh3_dsep_mults_out_squared": ("right", ("one_slip",), ""),
    # shifted: "yours is the expected moved 1 row down and 1 column right (where they overlap they agree): the padding
    # is on one side only, or a window starts at the wrong index" (pad 1; 2 rows and columns on the pad-2 test: true;
    # the crop starts at 0, as ql3_convT_crop_two_pad_from_end in JUDGEMENT37).
    "rh3_conv_bwd_crop_top_left": ("right", ("shifted",), ""),
    # raised_here (three tests): "line 284: `rows, cols = np.unravel_index(indices, x.shape[2:])` raises the error at
    # `np.unravel_index(indices, x.shape[2:])`. There, `indices` is a int64 array of shape (2, 3, 4, 3)" (the pooled
    # (8, 6) input: true); departure (shared maxima): "... raises the error ...; `indices` has shape (2, 2, 3, 3); `x`
    # has shape (2, 2, 3, 3): the mistake is in that line" (the line with the mistake).
    "rh3_unpool_unravel_pooled_shape": ("right", ("raised_here", "departure"), ""),
    # departure (both tests): "the loop at lines 287-290 (`for i in range(H - 1):`) leaves `full` holding values the
    # correct code never computes ...: the mistake is in that loop. Inside it, ... after pass 5 they part ...; the
    # mistake is most likely in one of them, in ... line 289 ..., or in the condition that decides whether it runs"
    # (W = 5: four passes of yours per row, pass 5 of the reference the last column: true; a decision, above).
    "rh3_transpose_conv_last_row_skipped": ("right", ("departure",), ""),
    "rh3_output_size_strict_flag": ("named", (), ""),
    "rh3_avg_bwd_expand_dims_no_area": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # kept_across_calls: "line 92: `he_normal.std = he_std(shape)` keeps `he_normal.std` from one call to the next,
    # outside the function's arguments: a later call, given other data (...), finds and uses what an earlier call
    # made. Make it anew in every call (a local) ..." (exact).
    "rh4_he_normal_std_cached": ("right", ("kept_across_calls",), ""),
    # scaled (three tests): "yours is half the expected: a factor 2 is missing (...; a range from 0 to a is half as
    # wide as one from -a to a)" (u * a - a / 2 is half of (2u - 1) * a on the same draws: exact, an interval of width
    # a); on the gain-2 test "or 1/gain of the expected" beside it (two causes: tolerated).
    "rh4_xavier_uniform_width_a": ("right", ("scaled",), ""),
    # departure (three tests): "`fan_in`, set by line 91: `fan_in, _ = compute_fans(tuple(shape[:2]))` ...; your
    # `fan_in` is 48 where 400 is right ...: the mistake is in that line, or in compute_fans() that it calls" ((48, 16,
    # 5, 5): 16 x 25; 40 where 144, 28 where 36: true).
    "rh4_he_std_channels_only": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "weights left as given: activation_statistics changed the weights it was
    # given in place: leave them as given" (the list of weights emptied by pop: the cause's effect, said by the check).
    "rh4_stats_pop_front_consumes_list": (
        "check_message", (),
        "weights.pop(0) in the while loop takes the layers out of the caller's list: the statistics are right, but "
        "the list of weights the caller passed is empty after the call; iterate over it without changing it, for W "
        "in weights."),
    # catalogued relu_factor_2_missing, not named; scaled (both tests): "yours is 1/sqrt(2) times the expected: a
    # factor 2 is missing inside a square root (as in sqrt(2 / fan_in))" (exact).
    "rh4_he_normal_divided_by_sqrt2": ("right", ("scaled",), ""),
    "rh4_fans_dict_order": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure (both tests): "`dx`, set by line 223: `dx = inv_std / m * (m * g - ...)`. What that line reads (g,
    # inv_std, x_hat; the number m, which the correct code does not name, not checked) ... (by up to 3.51) ...: the
    # mistake is in that line" (m = x_hat.size at line 219, the number flagged: as
    # qe3_avg_pool_area_as_sum_of_sides in JUDGEMENT30, a close call).
    "rh5_bn_alt_count_is_size": ("right", ("departure",), ""),
    # one_slip: "`np.sqrt(x.var(axis=1, keepdims=True)) + eps` where `np.sqrt(x.var(axis=1, keepdims=True) + eps)` is
    # meant (the term added after the function ...), where inv_std is computed" (exact).
    "rh5_layernorm_eps_on_std": ("right", ("one_slip",), ""),
    # shape_error: "line 226 ... `inv_std / M` is a float64 array of shape (2, 2); ... (2, 2, 27) ...: give it the shape
    # (2, 2, 1) (`[:, :, None]`, or keepdims=True ...)" (the repair); departure: "`inv_std`, set by line 220: `inv_std
    # = inv_std.squeeze(-1)` ... has shape (2, 2) where the right value has (2, 2, 1): the same values, with an axis of
    # length 1 missing ...: the mistake is in that line".
    "rh5_groupnorm_bwd_inv_std_squeezed": ("right", ("shape_error", "departure"), ""),
    # departure: "`dx`, set by line 226 ... In it, `dvar * 2.0 * xc / (N - 1)` is the first part whose value the
    # correct code never computes ...: the mistake is in that line. One change repairs it: written `... / (N) ...`"
    # (the fix); one_slip (two rows): "the factor `/ N` missing (or it is one in yours) ...; or `- 1.0` where `- 0.5`
    # ..." (N - 1 = 1 there: the first true, the test cannot tell them apart).
    "rh5_bn_bwd_variance_over_n_minus_1": ("right", ("departure", "one_slip"), ""),
    "rh5_bn_mode_first_letter": ("named", (), ""),
    "rh5_layernorm_bwd_np_size_axis0": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    "rh6_budget_check_without_start": ("named", (), ""),
    # catalogued predictions_not_logits, not named; integer_logits (digits, shapes): "your logits are integers
    # (int64): a cast (.astype(int), .long(), torch.int64) cut every score to its whole part ..." (no cast: a ranking of
    # class indices); clipped_logits (shapes): "never negative, and 25% of them are exactly 0: a ReLU (or a clamp)
    # after the last layer clips the scores" (the 0 is class 0's place in each row of 4: no clip; a decision, above).
    "rh6_returns_class_ranking": (
        "misleading", (),
        "np.argsort(scores, axis=1)[:, ::-1] returns each test image's classes ranked best first, an (M, n_classes) "
        "array of class indices (int64), not the scores: the argmax taken over a row is the column that holds the "
        "highest class index, not the predicted class (0.085 on the digits); return the scores themselves."),
    # raised_here (three tests): "line 65: `model = nn.Sequential( ...` raises the error at `nn.Conv2d(c, 16, 3,
    # stride=2, padding="same")`. There, `nn.Conv2d` is the class Conv2d itself ...; `c` is a number (1) ..." beside
    # torch's "padding='same' is not supported for strided convolutions" (line 65 the Conv2d line of the statement:
    # true; a decision, above).
    "rh6_same_padding_with_stride": ("right", ("raised_here",), ""),
    # no diagnosis: only the shape comparison, "expected logits of shape (500, classes), got shape (8000, 4) float32"
    # (the digits, 8 x 8, pass).
    "rh6_view_hardcoded_8x8": (
        "nothing", (),
        "X_train and X_test are reshaped with .view(-1, C, 8, 8), the digits' size written into the code: each 32 x "
        "32 shapes image becomes 16 tiles of 8 x 8 taken as separate images, so 8000 rows of logits come back for 500 "
        "images (and the training batches pair tiles with other images' labels); use the images as given, in their "
        "own (N, C, H, W) shape."),
    # learned_little (digits): "your model predicts the training images it was given no better than new ones (0.66
    # ...; 0.61 ...): either it did not learn them (...labels..., enough steps..., all of the training images used
    # ...), or ... (the images preprocessed differently at test time ...)": the checklist, the learning rate not in it.
    "rh6_adam_linear_scaling_rule": (
        "vague", (),
        "lr = base_lr * batch = 3e-3 * 64 = 0.192: the linear scaling rule, made for SGD, applied to Adam, whose "
        "steps are already about lr per weight: every step moves the weights by about 0.2, so training is unstable "
        "and the model reaches 0.61 on the digits; keep Adam's lr at 3e-3."),
    # raised_here (three tests): "line 75: `loss = nn.functional.mse_loss(out, y[idx].float())` ... `out` is a float32
    # tensor of shape (64, 10); `y[idx].float()` ... (64,) ... do not broadcast ...: to line it up there, give it the
    # shape (64, 1) (`[:, None]` ...). `out` is set at line 74" (true, but a missing axis is not the cause and the
    # remedy would make the wrong loss run: a decision, above).
    "rh6_mse_on_class_index": (
        "misleading", (),
        "mse_loss(out, y[idx].float()) regresses the (64, n_classes) logits onto the class index: the (64,) target "
        "lines up with the class axis, so the first batch raises (10 against 64), and a target reshaped to (64, 1) "
        "would only train every logit toward the class number; a classifier's loss is cross_entropy(out, y[idx]) "
        "with the integer labels."),
    # ------------------------------------------------------------------ a7_architectures
    # scaled: "every entry is 1/N of the expected (N=3, the batch size): did you divide by the batch size where a sum is
    # asked for ...?" (N=4 on the other; on the N=2 test 1/N the second of three causes: tolerated).
    "rh7_saliency_onehot_over_n": ("right", ("scaled",), ""),
    # reduced_other_axis (six tests): "yours has shape (4,), dout ... of shape (4, 5) without axis 1; the expected (5,)
    # is it without axis 0: a sum or mean over the wrong axis (axis=1 where axis=0 is asked for)?" (dz has dout's
    # shape: exact).
    "rh7_resblock_bwd_b2_axis1": ("right", ("reduced_other_axis",), ""),
    # named_offset (five tests): "yours is the expected - 0.5 * log(2 pi) (the Gaussian's normalizing constant): that
    # constant term is missing" (exact).
    "rh7_mdn_no_gauss_constant": ("right", ("named_offset",), ""),
    # departure: "`patch`, set by line 182: `patch = x[:, :, i:i + H, j:j + Wd].swapaxes(2, 3)` ... holds the right
    # values in another order ...: the mistake is in that line ... written `....swapaxes(3, 3)` ..."; one_edit
    # (rectangular): the same change (a swap of an axis with itself: the swap removed, the fix; a decision, above).
    "rh7_score_map_windows_hw_swapped": ("right", ("departure", "one_edit"), ""),
    "rh7_relu_branch_inplace_mask": ("named", (), ""),
    "rh7_gap_bwd_edge_pad": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure (both tests): "line 165: `return np.linalg.norm(lr * dW, "fro") / np.linalg.norm(W, "fro")` raises the
    # error (at `np.linalg.norm(lr * dW, "fro")`) ...; `W` has shape (5,) ...: the mistake is in that line" (the
    # one-line body, a 1-D bias).
    "rh8_ratio_fro_on_vectors": ("right", ("departure",), ""),
    # departure: "`std`, set by line 168: `std = X_train.std(axis=0)` ...; your `std` is the right value - 1e-08. With
    # the right `std` there, the rest of your function returns the expected test split: the mistake is in that line"
    # (a decision, above).
    "rh8_normalize_eps_train_only": ("right", ("departure",), ""),
    # departure (three tests): "what your function returns, at line 169: `return min_lr + (base_lr - min_lr) * (1 -
    # t)`. In it, `(base_lr - min_lr) * (1 - t)` is the first part whose value the correct code never computes ...:
    # the mistake is in that line" (the linear decay).
    "rh8_warmup_linear_decay_after": ("right", ("departure",), ""),
    # one_slip (both tests): "`T` where `X` is meant (the wrong variable), where order is computed" (exact).
    "rh8_softmax_reg_perm_of_test": ("right", ("one_slip",), ""),
    "rh8_early_stop_wait_after_test": ("named", (), ""),
    "rh8_crop_offsets_one_call_pairs": ("named", (), ""),
}
# Counts: named 14, right 27 (named or right 41/48 = 85%; not in the catalogue: right 26/32 = 81%; the 16
# catalogued: 14 named, rh4_he_normal_divided_by_sqrt2 right by its diagnosis, rh6_returns_class_ranking
# misleading), misleading 3, vague 1, nothing 1, wrong_name 0, check_message 2, not_caught 0. HOLDOUT59_CORRECT: all
# 7 earn full marks.

HOLDOUT59 = [replace(e, verdict=JUDGEMENT59[e.id][0], expected=frozenset(JUDGEMENT59[e.id][1]),
                     ideal=JUDGEMENT59[e.id][2]) if e.id in JUDGEMENT59 else e for e in HOLDOUT59]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,171 earlier ones (corpus.py and holdout.py-holdout57.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 12 of the 48 mistakes (5 of them catalogued) and 5
# of the 7 right variants repeat an earlier entry.
# Fresh mistakes (not repeats): 30 of 36 named or right (83%); all 48: 41 (85%).
# (id -> the earlier entry it repeats)
REPEATED59: dict[str, str] = {
    "rh1_numgrad_arithmetic_restore": "w1_numgrad_restore_by_arithmetic",
    "rh2_nesterov_decay_at_lookahead": "qi2_nesterov_weight_decay_at_lookahead",
    "rh3_avg_bwd_expand_dims_no_area": "a3_avgpool_bwd_no_area",
    "rh4_xavier_uniform_width_a": "l4_uniform_centred_draws_times_bound",
    "rh4_he_std_channels_only": "rd4_he_std_fan_from_axis0",
    "rh4_fans_dict_order": "qj4_fans_dict_insertion_order",
    "rh5_layernorm_eps_on_std": "p5_ln_eps_added_to_std",
    "rh5_bn_bwd_variance_over_n_minus_1": "e5_bn_bwd_variance_path_over_n_minus_one",
    "rh5_layernorm_bwd_np_size_axis0": "a5_ln_bwd_uses_N",
    "rh7_resblock_bwd_b2_axis1": "q7_resbwd_db2_axis1",
    "rh8_early_stop_wait_after_test": "e8_patience_checked_in_elif",
    "rh8_crop_offsets_one_call_pairs": "f8_crop_offsets_pair_high_exclusive",
    "rhk_correct_affine_bwd_tensordot": "m1_correct_affine_backward_tensordot",
    "rhk_correct_xavier_normal_scaled_std_normal": "qyk_correct_xavier_normal_scaled",
    "rhk_correct_groupnorm_loop_over_groups": "qlk_correct_groupnorm_loop_over_groups",
    "rhk_correct_gap_bwd_double_repeat": "qgk_correct_gap_bwd_repeat",
    "rhk_correct_warmup_cos_squared": "n8_correct_warmup_cosine_half_angle_squared",
}
