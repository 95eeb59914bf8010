"""A fifty-fifth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 61cbdf6 (JUDGED_ON55, JUDGEMENT55 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout55.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT55 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT55_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT55: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rd1_relu_mask_from_minimum", "a1_backprop", "relu_backward",
       "the gradient is zeroed only where np.minimum(x, 0) is non-zero, that is where x < 0: at an input of exactly 0 "
       "the upstream gradient passes through (derivative 1), where the derivative at 0 is to be taken as 0", """
def relu_backward(dout, cache):
    x = cache
    dx = dout.copy()
    # the ReLU clipped exactly the part min(x, 0); no gradient flows there
    dx[np.minimum(x, 0) != 0] = 0
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("rd1_logistic_negative_class_form", "a1_backprop", "logistic_regression_gradient",
       "the gradient is written for the probability of class 0, q = sigmoid(-X w), against the class-0 labels 1 - y: "
       "X^T (q - (1 - y)) = X^T (y - pi), the gradient of the log-likelihood, with the wrong sign for the negative "
       "log-likelihood X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    # probability of the other class, and its indicator
    q, _ = sigmoid_forward(-(X @ w))
    y0 = 1 - y
    return X.T @ (q - y0)
""", catalogued="logistic_gradient_sign_flipped"),
    _e("rd1_tanh_sigmoid_tuple", "a1_backprop", "tanh_forward",
       "tanh is written through the identity tanh(x) = 2 sigmoid(2x) - 1, but sigmoid_forward returns the pair (out, "
       "cache) and the pair itself is used: 2 * (out, cache) repeats the tuple and subtracting 1 from it raises "
       "TypeError, so no output comes back (out, _ = sigmoid_forward(2 * x) is meant)", """
def tanh_forward(x):
    # tanh(x) = 2 * sigmoid(2x) - 1, reusing the stable sigmoid
    out = 2 * sigmoid_forward(2 * x) - 1
    cache = out
    return out, cache
"""),
    _e("rd1_affine_np_inner", "a1_backprop", "affine_forward",
       "the product is written np.inner(x_flat, w): np.inner contracts the last axis of both arrays, so it pairs the D "
       "features of x with the M columns of w (x_flat @ w.T): it raises when D != M and gives wrong scores when D == M; "
       "the product is x_flat @ w (np.dot)", """
def affine_forward(x, w, b):
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    # inner product of every example with every weight vector
    out = np.inner(x_flat, w) + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("rd1_sigmoid_neg_branch_denominator", "a1_backprop", "sigmoid_forward",
       "the stable two-branch sigmoid divides exp(x) by 1 + exp(-x) in the branch for negative inputs (the denominator "
       "copied from the positive branch) instead of 1 + exp(x): every negative input gets exp(x) * sigmoid(x), far below "
       "sigmoid(x) = exp(x) / (1 + exp(x)) (and np.exp(-x) overflows for large negative inputs); positive inputs right", """
def sigmoid_forward(x):
    out = np.zeros_like(x, dtype=float)
    pos = x >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    # for x < 0 use exp(x) on top so nothing overflows
    out[neg] = np.exp(x[neg]) / (1.0 + np.exp(-x[neg]))
    cache = out
    return out, cache
"""),
    _e("rd1_mse_grad_mean_residual", "a1_backprop", "mse_loss",
       "the loss is right, but dpred gives every entry the same value, 2 * mean(pred - target) / size (the average "
       "residual, 'the gradient of a mean is the mean of the gradients'), instead of each entry's own 2 (p_i - t_i) / size", """
def mse_loss(pred, target):
    diff = pred - target
    loss = np.mean(diff ** 2)
    dpred = np.full(pred.shape, 2 * diff.mean() / diff.size)
    return loss, dpred
"""),
    _e("rd2_minibatch_cached_order", "a2_optim", "minibatch_sgd",
       "each epoch asks a helper for its order, but the helper is memoized with functools.lru_cache ('no need to "
       "redraw for the same N'): the first call draws rng.permutation(N) and every later epoch gets that same cached "
       "order, so the rows are shuffled once for all epochs instead of with a new permutation each epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    import functools

    rng = np.random.default_rng(seed)

    @functools.lru_cache(maxsize=None)
    def epoch_order(n_rows):
        return rng.permutation(n_rows)

    w = np.array(w0, dtype=float)
    path = []
    n = len(X)
    for _ in range(epochs):
        order = epoch_order(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("rd2_cosine_squared_form_shifted", "a2_optim", "cosine_lr",
       "the schedule is written with the identity (1 + cos(pi t)) / 2 = cos(pi t / 2)**2, but with the progress t = "
       "(step + 1) / total_steps: the schedule is shifted one step early, so step 0 gives less than base_lr and min_lr "
       "is reached at step total_steps - 1", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    # progress after this step, in (0, 1]
    t = (step + 1) / total_steps
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * t / 2) ** 2
""", catalogued="cosine_lr_off_by_one"),
    _e("rd2_noise_std_floor_division", "a2_optim", "gradient_noise_std",
       "the variance is written eta // (1 + step) ** gamma with floor division: for eta below (1 + step)**gamma (eta = "
       "0.3 by default) the quotient floors to 0.0, so the function returns 0 instead of sqrt(eta / (1 + step)**gamma)", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    variance = eta // (1 + step) ** gamma
    return math.sqrt(variance)
"""),
    _e("rd2_linreg_grad_sum_all", "a2_optim", "linear_regression_gradient",
       "each row's term 2 r_i x_i is built right with the residual given a trailing axis, but the sum over the rows is "
       "written np.sum(...) without axis=0: it adds up every entry into one scalar instead of the (D,) gradient "
       "2 X^T (X w - y) / N (and gradient_descent steps every weight by that same number)", """
def linear_regression_gradient(w, X, y):
    n = X.shape[0]
    r = X @ w - y
    return 2 * np.sum(r[:, None] * X) / n
"""),
    _e("rd2_adam_raw_dw_no_decay", "a2_optim", "adam",
       "both moments are built from the raw dw and _gradient(w, dw, config) is never called: config['weight_decay'] is "
       "ignored, so with weight decay the Adam step misses the L2 term weight_decay * w (right only without weight "
       "decay)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2, eps = config["beta1"], config["beta2"], config["epsilon"]
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * dw
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * dw * dw
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    config["t"], config["m"], config["v"] = t, m, v
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + eps)
    return next_w, config
"""),
    _e("rd2_exponential_lr_int_power", "a2_optim", "exponential_lr",
       "gamma ** step is computed as np.power(int(gamma * 100), step) / 100 ** step ('integer powers are exact'): gamma "
       "is truncated to two decimals, so 0.955 or 0.999 decays as 0.95 or 0.99, and the int64 power overflows (wraps "
       "around) once 100 * gamma raised to step passes 2**63, e.g. 99**10, giving wrong rates for large steps", """
def exponential_lr(base_lr, step, gamma):
    num = int(gamma * 100)
    return base_lr * float(np.power(num, step)) / 100 ** step
"""),
    _e("rd3_pad_then_roll", "a3_conv", "conv_forward_naive",
       "the input is padded right with np.pad and then shifted with np.roll(xp, pad, axis=(2, 3)) ('to centre the "
       "windows'): the image moves down and right by pad, so all 2 * pad zero rows and columns sit above and to the left "
       "of it instead of pad on every side (right only for pad 0)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    xp = np.roll(xp, pad, axis=(2, 3))
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    out[n, f, i, j] = np.sum(xp[n, :, hs:hs + HH, ws:ws + WW] * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="padding_one_side"),
    _e("rd3_output_size_shifted_floor", "a3_conv", "conv_output_size",
       "the size is written (span + stride) // stride with span = W + 2P - D(K - 1) - 1 ('the + 1 folded into the "
       "division'), which equals span // stride + 1 rounded down: a configuration whose span is not divisible by the "
       "stride is accepted instead of raising ValueError (and no check rejects a kernel that does not fit)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    return (span + stride) // stride
""", catalogued="output_size_not_rejected"),
    _e("rd3_transpose_bias_unreshaped", "a3_conv", "conv_transpose_forward",
       "the bias (F,) is added to the cropped (N, F, H', W') output as it is, out + b: broadcasting lines it up with the "
       "last axis, the width, instead of the filter axis, so it raises when W' != F and adds b[j] to column j when they "
       "are equal (b[None, :, None, None] is meant)", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for i in range(H):
        for j in range(W):
            contrib = np.einsum("nc,cfhw->nfhw", x[:, :, i, j], w)
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += contrib
    out = full[:, :, pad:Hf - pad, pad:Wf - pad] + b
    return out
"""),
    _e("rd3_separable_mults_int_output", "a3_conv", "depthwise_separable_multiply_count",
       "the output size is taken to be an int, positions = output_size ** 2 ('square maps'): an (oh, ow) pair raises "
       "TypeError (a tuple cannot be squared) instead of counting oh * ow positions (the kernel handled as int or pair)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    positions = output_size ** 2
    depthwise = positions * in_channels * kh * kw
    pointwise = positions * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rd3_backward_fast_unpadded_windows", "a3_conv", "conv_backward_fast",
       "dw is contracted with sliding windows of the unpadded x instead of the padded xp: right for pad 0, but with "
       "padding every window is shifted by pad (and the count of windows no longer matches dout's Ho x Wo), so dw is "
       "wrong or the contraction raises (dx and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(x, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    windows = windows[:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwij->fcij", dout, windows)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("rd3_unpool_plane_row_index", "a3_conv", "max_unpool",
       "each plane's values are written with out[n, c][indices[n, c]] = x[n, c] into the 2-D (H, W) plane: the flat "
       "indices row * W + col are then taken as row numbers, so whole rows are filled (or an index past H raises) "
       "instead of single positions; the plane must be flattened (or the index unravelled) first", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    out = np.zeros((N, C) + tuple(output_shape))
    for n in range(N):
        for c in range(C):
            out[n, c][indices[n, c]] = x[n, c]
    return out
"""),
    _e("rd4_he_as_xavier_equal_fans", "a4_init", "he_std",
       "He's std is written as Glorot's with both fans set to fan_in, xavier_std((fan_in, fan_in)) = sqrt(2 / (2 "
       "fan_in)) = sqrt(1 / fan_in): the factor 2 that ReLU layers need is lost, the std is sqrt(2 / fan_in) / sqrt(2)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    # He = Glorot where both sides have the fan-in
    return xavier_std((fan_in, fan_in))
""", catalogued="relu_factor_2_missing"),
    _e("rd4_he_normal_cached_rng", "a4_init", "he_normal",
       "the generators are cached in a module-level dict by seed ('no need to rebuild them'): the first call with a "
       "seed draws right, but a second call with the same seed continues that generator's stream and returns other "
       "draws; rng = np.random.default_rng(seed) must be made in each call", """
_HE_RNGS = {}


def he_normal(shape, seed):
    if seed not in _HE_RNGS:
        _HE_RNGS[seed] = np.random.default_rng(seed)
    rng = _HE_RNGS[seed]
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("rd4_xavier_uniform_channel_fans", "a4_init", "xavier_uniform",
       "the std is computed for shape[:2], the two channel axes only ('the fans are the channels'): right for a linear "
       "(D, M) weight, but a conv weight (out, in, kh, kw) is then read as a linear (out, in) one, so its fans miss the "
       "kernel's size kh * kw (and the fan order is torch's) and the bound is too large", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    a = math.sqrt(3.0) * xavier_std(tuple(shape[:2]), mode, gain)
    return rng.uniform(-a, a, size=shape)
"""),
    _e("rd4_xavier_geometric_mean_fan", "a4_init", "xavier_std",
       "mode fan_avg averages the fans with their geometric mean, n = sqrt(fan_in * fan_out), and returns gain / sqrt(n), "
       "instead of their arithmetic mean (fan_in + fan_out) / 2, gain * sqrt(2 / (fan_in + fan_out)): right only when "
       "fan_in == fan_out (mode fan_in right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        n = math.sqrt(fan_in * fan_out)  # average fan
    else:
        n = fan_in
    return gain / math.sqrt(n)
"""),
    _e("rd4_he_std_kernel_only_fan", "a4_init", "he_std",
       "the fan-in is taken as math.prod(shape[2:]), the kernel's size alone, without the input channels: a conv "
       "weight gets sqrt(2 / (kh * kw)) instead of sqrt(2 / (in * kh * kw)), and a linear (D, M) weight (an empty "
       "product, 1) gets sqrt(2)", """
def he_std(shape):
    fan_in = math.prod(shape[2:])
    return math.sqrt(2.0 / fan_in)
"""),
    _e("rd4_he_std_fan_from_axis0", "a4_init", "he_std",
       "the fan-in is read straight off the weight's first axis, shape[0], without compute_fans: right for a linear "
       "(D, M) weight, but for a convolution (out, in, kh, kw) that is the number of output channels, with no kernel "
       "size, instead of in * kh * kw", """
def he_std(shape):
    fan_in = shape[0]
    return math.sqrt(2.0 / fan_in)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("rd5_dropout_where_unscaled", "a5_normalization", "dropout_forward",
       "train mode keeps each unit with probability p through np.where(u < p, x, 0.0): the dropped units are right, but "
       "the kept ones are never divided by p (inverted dropout scales them by 1 / p so that test mode can return x)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    u = rng.random(x.shape)
    out = np.where(u < p, x, 0.0)
    mask = (u < p).astype(x.dtype)
    return out, mask
""", catalogued="dropout_no_scaling"),
    _e("rd5_dropout_backward_heaviside", "a5_normalization", "dropout_backward",
       "the gradient is dout * np.heaviside(mask, 0), the step function of the cached mask: that is its 0/1 keep "
       "pattern, so the kept units' gradient loses the 1 / p scale the forward pass applied (dx = dout * mask)", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    # gradient flows only through the units that were kept
    return dout * np.heaviside(cache, 0.0)
""", catalogued="dropout_backward_drops_scale"),
    _e("rd5_bn_test_multiplies_std", "a5_normalization", "batchnorm_forward",
       "test mode multiplies the centred input by the running standard deviation, (x - running_mean) * sqrt(running_var "
       "+ eps), instead of dividing by it (train mode stores inv_std = 1 / sqrt(var + eps) and the test line copies its "
       "'* inv'): test outputs are scaled by running_var + eps instead of normalized (train mode right)", """
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
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        x_hat = (x - running_mean) * np.sqrt(running_var + eps)
        out = gamma * x_hat + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("rd5_spatial_bn_reshape_c_rows", "a5_normalization", "spatial_batchnorm_forward",
       "the channels are moved last right, transpose(0, 2, 3, 1), but the result is reshaped to (C, -1) instead of "
       "(-1, C): the rows are no longer the channels (each 'row' mixes positions and channels) and batchnorm_forward "
       "gets a (C, N * H * W) batch whose feature axis does not match gamma (C,), so it raises or normalizes the wrong "
       "values", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    x_cl = x.transpose(0, 2, 3, 1).reshape(C, -1)
    out_flat, cache = batchnorm_forward(x_cl.T, gamma, beta, bn_param)
    out = out_flat.T.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return out, cache
"""),
    _e("rd5_layernorm_affine_first", "a5_normalization", "layernorm_forward",
       "gamma and beta are applied to x before the row statistics are taken, y = gamma * x + beta and then "
       "(y - mean) / std: the scale and shift are normalized away (a per-feature gamma still changes the row's "
       "statistics), instead of normalizing x first and then computing gamma * x_hat + beta", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    y = gamma * x + beta
    mu = y.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(y.var(axis=1, keepdims=True) + eps)
    x_hat = (y - mu) * inv_std
    out = x_hat
    cache = (x_hat, gamma, inv_std)
    return out, cache
"""),
    _e("rd5_layernorm_backward_gamma_column", "a5_normalization", "layernorm_backward",
       "dx_hat is written dout * gamma[:, None], gamma made a (D, 1) column ('one scale per feature, like the rows of "
       "the stats'): against the (N, D) dout it broadcasts into an error when N != D, and multiplies row i by gamma[i] "
       "when N == D, instead of the (D,) gamma along each row", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dx_hat = dout * gamma[:, None]
    dx = inv_std / D * (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
"""),
    _e("rd6_val_split_zero_slice", "a6_cnn", "train_and_predict",
       "the code holds out a validation split of n_val = int(val_frac * N) images with X[:-n_val], and val_frac is set "
       "to 0.0 for the final run: X[:-0] is X[:0], an empty training set, so the batch loop never runs and the "
       "untrained network's logits are returned (chance accuracy)", """
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
    # validation split (set val_frac = 0.1 while tuning; final run trains on everything)
    val_frac = 0.0
    n_val = int(val_frac * len(y))
    X_fit, y_fit = X[:-n_val], y[:-n_val]
    X_val, y_val = X[-n_val:], y[-n_val:]
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    steps = max(1, epochs * ((len(y_fit) + batch - 1) // batch))
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(len(y_fit), generator=g).to(device)
        for s in range(0, len(y_fit), batch):
            idx = perm[s:s + batch]
            opt.zero_grad()
            nn.functional.cross_entropy(model(X_fit[idx]), y_fit[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("rd6_same_seed_torch_numpy_perms", "a6_cnn", "train_and_predict",
       "the training set is shuffled once with the images permuted by torch.randperm after torch.manual_seed(seed) and "
       "the labels by np.random.permutation after np.random.seed(seed), as if the same seed gave the same permutation "
       "in both libraries: the two orders differ, so every image is trained with another image's label and the model "
       "learns nothing (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    N = len(y_train)
    # shuffle images and labels with the same seed so they stay aligned
    torch.manual_seed(seed)
    X = torch.tensor(X_train)[torch.randperm(N)].to(device)
    np.random.seed(seed)
    y = torch.tensor(y_train[np.random.permutation(N)]).to(device)
    torch.manual_seed(seed)
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((N + batch - 1) // batch))
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for s in range(0, N, batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[s:s + batch]), y[s:s + batch]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="labels_shuffled"),
    _e("rd6_linearlr_start_factor_zero", "a6_cnn", "train_and_predict",
       "a linear warm-up is built with torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.0, ...) ('start from a "
       "learning rate of 0'): torch requires 0 < start_factor <= 1 and raises ValueError when the scheduler is built, "
       "so nothing is trained and no logits come back (a small positive start_factor such as 0.01 is meant)", """
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
    per_epoch = (len(y) + batch - 1) // batch
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    # warm up linearly from 0 over the first epoch, then cosine decay
    warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.0, end_factor=1.0, total_iters=per_epoch)
    cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt, (epochs - 1) * per_epoch)
    sched = torch.optim.lr_scheduler.SequentialLR(opt, [warm, cos], milestones=[per_epoch])
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
    _e("rd6_optimizer_given_module", "a6_cnn", "train_and_predict",
       "the optimizer is built as torch.optim.Adam(model, lr=3e-3), given the nn.Sequential module itself instead of "
       "model.parameters(): iterating the module yields its layers, not tensors, so Adam raises TypeError ('optimizer "
       "can only optimize Tensors') before any training and no logits come back", """
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
    optimizer = torch.optim.Adam(model, lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            optimizer.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("rd6_predict_without_batch_axis", "a6_cnn", "train_and_predict",
       "the model trains right, but the test images are predicted one at a time as model(Xt[i]), a (C, H, W) image "
       "without its batch axis: the convolution accepts an unbatched image but nn.BatchNorm2d needs 4-D input and "
       "raises, so no logits come back (model(Xt[i:i + 1]), or the whole batch at once)", """
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
    Xt = torch.tensor(X_test, device=device)
    rows = []
    with torch.no_grad():
        for i in range(len(Xt)):
            rows.append(model(Xt[i]).reshape(-1).cpu().numpy())
    return np.stack(rows)
"""),
    _e("rd6_second_conv_channels_swapped", "a6_cnn", "train_and_predict",
       "the second convolution is written nn.Conv2d(32, 16, 3, padding=1), its in and out channels swapped, where it "
       "receives the 16 maps of the first block and must make 32 (nn.Conv2d(16, 32, ...)): the first forward pass "
       "raises a channel mismatch, so nothing is trained and no logits come back", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 16, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
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
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("rd7_nll_density_without_sigma", "a7_architectures", "gaussian_nll",
       "the loss is written as -log of the Gaussian density exp(-0.5 r**2 / var) / sqrt(2 pi), the density's 1 / sigma "
       "factor left out: the log_std term of the normalizer is missing (the loss too small by the sum of log_std) and "
       "dlog_std is -r**2 / var / N instead of (1 - r**2 / var) / N (dmu right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    density = np.exp(-0.5 * r ** 2 / var) / np.sqrt(2 * np.pi)
    loss = -np.sum(np.log(density)) / N
    dmu = -r / var / N
    dlog_std = -(r ** 2) / var / N
    return loss, dmu, dlog_std
""", catalogued="nll_log_std_term_dropped"),
    _e("rd7_cam_full_of_pooled_score", "a7_architectures", "class_activation_map",
       "for each example the feature maps are averaged to one value per channel, weighted by the class's column of W, "
       "and the resulting class score fills the whole map with np.full((H, W), score): every map is constant instead "
       "of the per-position weighted sum of the feature maps", """
def class_activation_map(features, W, classes):
    N, C, H, W_ = features.shape
    cams = np.empty((N, H, W_))
    for n in range(N):
        pooled = features[n].reshape(C, -1).mean(axis=1)
        score = pooled @ W[:, classes[n]]
        cams[n] = np.full((H, W_), score)
    return cams
""", catalogued="cam_from_pooled_features"),
    _e("rd7_gap_backward_area_with_channels", "a7_architectures", "global_avg_pool_backward",
       "the area each pooled gradient is spread over is computed as np.prod(cache[1:]), C * H * W (every value of one "
       "example), instead of np.prod(cache[2:]) = H * W: dx is C times too small", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    area = np.prod(cache[1:])
    dx = np.broadcast_to(dout[:, :, None, None], (N, C, H, W)) / area
    return dx
"""),
    _e("rd7_fc_to_conv_flipped", "a7_architectures", "fc_to_conv",
       "the filters are unflattened right, W.T.reshape(M, C, H, W), but then flipped over both spatial axes ('a "
       "convolution flips its kernel'): the network's convolutions correlate, so the equivalent filter is the "
       "unflipped one, and the flipped filters give other scores", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    w = W.T.reshape(M, C, H, W_)
    w = w[:, :, ::-1, ::-1].copy()
    return w, b.copy()
"""),
    _e("rd7_nll_variance_from_precision", "a7_architectures", "gaussian_nll",
       "the variance is written np.exp(-2 * log_std), which is the precision 1 / sigma**2: the squared error is "
       "multiplied by sigma**2 instead of divided by it, in the loss and in both gradients (the log_std term right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(-2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 + r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("rd7_residual_shortcut_from_hidden", "a7_architectures", "residual_block_forward",
       "wrong variable in the shortcut: it is taken from the hidden units h (after the first layer's ReLU) instead of "
       "the block's input x, so the identity shortcut adds h (which only works when H == M, and gives other values) and "
       "the projection computes h @ Ws, which raises for H != D; out = relu(h W2 + b2 + shortcut(x))", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    skip = h
    if "Ws" in params:
        skip = skip @ params["Ws"] + params["bs"]
    z = h @ params["W2"] + params["b2"] + skip
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rd8_ratio_reciprocal", "a8_pipeline", "update_ratio",
       "the two norms are computed right, but the ratio returned is np.linalg.norm(W) / np.linalg.norm(lr * dW), the "
       "weights' norm over the update's: the inverse of the update-to-weight ratio ||lr * dW|| / ||W||", """
def update_ratio(W, dW, lr):
    w_norm = np.linalg.norm(W)
    u_norm = np.linalg.norm(lr * dW)
    scale = w_norm / u_norm
    return scale
""", catalogued="ratio_inverted"),
    _e("rd8_flip_one_coin_repeated", "a8_pipeline", "random_flip",
       "one random number is drawn and repeated for every image, np.repeat(rng.random(1) < p, N): the whole batch is "
       "flipped or kept together instead of each image being flipped on its own with probability p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    N = x.shape[0]
    flip = np.repeat(rng.random(1) < p, N)
    out = x.copy()
    out[flip] = out[flip][:, :, :, ::-1]
    return out
""", catalogued="flip_whole_batch"),
    _e("rd8_train_returns_train_logits", "a8_pipeline", "train_and_predict",
       "the model is trained right, but the last line returns X @ W + b, the scores of the (standardized) training rows, "
       "instead of T @ W + b for the test rows: the logits have one row per training example, not per test example", """
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
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return X @ W + b
"""),
    _e("rd8_warmup_precedence", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is typed base_lr * (step + 1) / warmup_steps without parentheses as base_lr * step + 1 / "
       "warmup_steps: Python computes base_lr * step plus 1 / warmup_steps, so every warm-up step gets a wrong rate "
       "(1 / warmup_steps at step 0 instead of base_lr / warmup_steps); the cosine part right", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * step + 1 / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
    _e("rd8_normalize_stats_after_rebind", "a8_pipeline", "normalize_splits",
       "X_train is rebound to its standardized version first, and the test split is then standardized with "
       "X_train.mean(axis=0) and X_train.std(axis=0) read again: those are now about 0 and 1, so the test split is "
       "left almost as it was instead of standardized with the training statistics (the training split right)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    if mode == "mean_image":
        X_train = X_train - X_train.mean(axis=0)
        X_test = X_test - X_train.mean(axis=0)
        return X_train, X_test
    X_train = (X_train - X_train.mean(axis=0)) / (X_train.std(axis=0) + eps)
    X_test = (X_test - X_train.mean(axis=0)) / (X_train.std(axis=0) + eps)
    return X_train, X_test
"""),
    _e("rd8_stats_mean_over_rows", "a8_pipeline", "parameter_statistics",
       "the means are written np.sum(A) / len(A): len of a weight matrix is its number of rows, not of entries, so for "
       "a 2-D (D, M) weight (and its gradient) the 'mean' is M times too large (right for 1-D biases); np.mean divides "
       "by A.size", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([np.sum(W) / len(W), W.std(), np.sum(g) / len(g), g.std(),
                                update_ratio(W, g, lr)])
    return stats
"""),
]

HOLDOUT55_CORRECT: list[Entry] = [
    _e("rdk_correct_softmax_logaddexp", "a1_backprop", "softmax",
       "correct: the softmax as exp(scores - logsumexp) with the log-sum-exp of each row from np.logaddexp.reduce "
       "(stable for large scores)", """
def softmax(scores):
    lse = np.logaddexp.reduce(scores, axis=1, keepdims=True)
    return np.exp(scores - lse)
"""),
    _e("rdk_correct_noise_std_half_power", "a2_optim", "gradient_noise_std",
       "correct: the standard deviation as sqrt(eta) times (1 + step) raised to -gamma / 2 with math.pow", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    return math.sqrt(eta) * math.pow(1 + step, -0.5 * gamma)
"""),
    _e("rdk_correct_avg_pool_offset_sums", "a3_conv", "avg_pool_forward",
       "correct: the window sums accumulated over the ph x pw offsets inside the window, each offset's strided slice "
       "of x holding that offset's value for every window, then divided by the window's area", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    total = np.zeros((N, C, Ho, Wo))
    for u in range(ph):
        for v in range(pw):
            total += x[:, :, u:u + s * (Ho - 1) + 1:s, v:v + s * (Wo - 1) + 1:s]
    return total / (ph * pw), (x, pool_param)
"""),
    _e("rdk_correct_xavier_uniform_interp", "a4_init", "xavier_uniform",
       "correct: U[0, 1) draws of the seeded generator mapped linearly onto [-a, a] with np.interp, a = sqrt(3) * "
       "xavier_std(shape, mode, gain)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(shape)
    return np.interp(u, [0.0, 1.0], [-a, a])
"""),
    _e("rdk_correct_spatial_bn_reshape_swap", "a5_normalization", "spatial_batchnorm_forward",
       "correct: the channels-last batch built as x.reshape(N, C, H * W).transpose(0, 2, 1).reshape(-1, C) (the same "
       "rows as transpose(0, 2, 3, 1)), the output brought back the same way in reverse", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.reshape(N, C, H * W).transpose(0, 2, 1).reshape(-1, C)
    out_rows, cache = batchnorm_forward(rows, gamma, beta, bn_param)
    out = out_rows.reshape(N, H * W, C).transpose(0, 2, 1).reshape(N, C, H, W)
    return out, cache
"""),
    _e("rdk_correct_gap_backward_einsum_ones", "a7_architectures", "global_avg_pool_backward",
       "correct: dx as einsum('nc,nchw->nchw') of dout with an (N, C, H, W) array filled with 1 / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = np.full((N, C, H, W), 1.0 / (H * W))
    return np.einsum("nc,nchw->nchw", dout, share)
"""),
    _e("rdk_correct_normalize_keepdims", "a8_pipeline", "normalize_splits",
       "correct: the per-pixel statistics of the training split taken with keepdims=True ((1, ...) arrays that "
       "broadcast over the rows), the 'mean_image' mode dividing by ones", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = np.mean(X_train, axis=0, keepdims=True)
    if mode == "mean_image":
        scale = np.ones_like(mean)
    else:
        scale = np.std(X_train, axis=0, keepdims=True) + eps
    return (X_train - mean) / scale, (X_test - mean) / scale
"""),
]


JUDGED_ON55 = "2026-12-07 on commit 61cbdf6"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout55 on commit 61cbdf6 (JUDGED_ON55), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT53 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one that names the line that uses
# or holds a wrong value with, as its alternatives, what holds the mistake; a departure over a whole two- or
# three-line span whose first line holds the mistake is right; a departure that sends the student to a right line as
# the line with the mistake states something false; a catalogued entry whose name is not given is judged by its
# diagnoses (loss_flat's first of three guesses, labels apart from their images, as ra6_roll_shift_on_batch_axis in
# JUDGEMENT52); an error raised by Python, NumPy or torch, a shape comparison, a shape_error or einsum_sizes that only
# restates NumPy's error, or an accuracy figure is the comparison (nothing), torch's own "Starting multiplicative
# factor expected to be greater than 0" and "optimizer can only optimize Tensors" included (as the LBFGS closure
# error in JUDGEMENT52 and JUDGEMENT53); checklists that list the cause among many are vague, but one of few causes,
# the entry's among them, is tolerated; scaled's generic "look for a missing or extra scale (a 1/N, a 2, ...)" beside
# a departure that names the line is tolerated; one_index's "an edge case (the first or last element, a boundary of a
# loop, or where two windows overlap ...)" where none of these is there names only mechanisms that are not there:
# misleading (as u1_numgrad_relative_step in JUDGEMENT6 and qq7_resblock_bwd_grads_alias_params in JUDGEMENT42);
# torch_error's "a batch norm for maps ... got 3D input: after the flatten ... normalize with nn.BatchNorm1d ...;
# BatchNorm2d belongs after a convolution" for an image predicted without its batch axis is misleading (as
# rb6_per_image_loop_without_batch_axis in JUDGEMENT53). Decided here: a shape_error for np.inner(x_flat, w) that
# restates NumPy's own framing ("the right (6, of (6, 20))", NumPy: "shapes (3,20) and (6,20) not aligned") and whose
# "the right one transposed (.T) would fit" is the true repair (np.inner(a, b) is a @ b.T), beside a departure naming
# the line, states nothing false: right by the departure (a close call: w itself is (20, 6)); a shape_error whose "to
# line it up with axis 1, give it the shape (2, 1, 1) (`[:, None, None]` ...)" is the repair of a bias added
# unreshaped to (N, F, H, W) is right (as the shape_error of ra5_layernorm_backward_transposed_batchnorm_gamma in
# JUDGEMENT52); torch_error's "a convolution built for 32 input channels got input of shape [64, 16, 4, 4] with 16
# ... Either its in_channels is not the images' (a number written in the code ...), or the images reaching it are not
# those it was built for (a conversion ...)" for a second convolution written Conv2d(32, 16) names the conv and its
# in_channels first of two causes: right; departures on `z = h @ W2 + b2 + skip` and `skip = skip @ Ws + bs` ("what
# that line reads (h, params, skip) agrees with the correct code ...: the mistake is in that line") where the mistake
# is `skip = h` two and three lines above (skip holds a value the correct code computes, h, but not its shortcut, x)
# send the student to right lines: misleading; returned_input's "the computation is missing, or its result is not
# what you return" and the return line's "A step after them is left out, or did not run here. Line 165: `if mode ==
# "mean_image":` did not hold in this call ...: is that the step left out?" for a test split standardized with the
# statistics of the already standardized training split (nothing left out, the mean_image branch rightly skipped)
# are false, beside a departure that names the line: misleading (as ra6_ensemble_trains_leftover_model in
# JUDGEMENT52, a right diagnosis beside a false one).
JUDGEMENT55: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "rd1_relu_mask_from_minimum": ("named", (), ""),
    "rd1_logistic_negative_class_form": ("named", (), ""),
    # departure (three tests): "line 217: `out = 2 * sigmoid_forward(2 * x) - 1` raises the error (at `2 *
    # sigmoid_forward(2 * x) - 1`), though what that line reads (x) agrees ...: the mistake is in that line, or in
    # sigmoid_forward() that it calls" (the tuple returned by sigmoid_forward used as a number, in that line).
    "rd1_tanh_sigmoid_tuple": ("right", ("departure",), ""),
    # departure (five tests): "line 219: `out = np.inner(x_flat, w) + b` raises the error (at `np.inner(x_flat, w)`)
    # ...; `w` has shape (20, 6); `x_flat` has shape (3, 20): the mistake is in that line"; shape_error (two tests):
    # "a matrix product needs the last axis of the left (20, of (3, 20)) to match the first axis of the right (6, of
    # (6, 20)): the right one transposed (.T) would fit" (NumPy's own framing of np.inner; a close call, above).
    "rd1_affine_np_inner": ("right", ("departure",), ""),
    # only the comparisons on two tests ("13 of 25 ... got 0.08867843102, expected 0.256732864"); one_index (large
    # inputs): "only one entry of 28 is wrong, at index [6, 0]: an edge case (the first or last element, a boundary of
    # a loop, or where two windows overlap and one contribution overwrites another: = for +=)": true of that test
    # (the +-700 inputs underflow to 0 either way, [6, 0] is its one moderate negative input), but no edge case,
    # loop or window is there: every negative input is wrong (a decision, above).
    "rd1_sigmoid_neg_branch_denominator": (
        "misleading", (),
        "the branch for negative inputs divides exp(x) by 1 + exp(-x), the positive branch's denominator, where "
        "1 + exp(x) is meant: every negative input gets exp(x) * sigmoid(x) (0.0887 where 0.2567 at [1, 0]: the 13 "
        "negative entries of 25 are wrong, the positive ones right; on the large-input test only [6, 0], the one "
        "moderate negative input, as exp(-700) underflows to 0 either way); write out[neg] = np.exp(x[neg]) / (1.0 + "
        "np.exp(x[neg]))."),
    # departure: "`dpred`, set by line 218: `dpred = np.full(pred.shape, 2 * diff.mean() / diff.size)` ... your
    # `dpred` differs from the right value (by up to 0.602) ...: the mistake is in that line".
    "rd1_mse_grad_mean_residual": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "rd2_minibatch_cached_order": ("named", (), ""),
    "rd2_cosine_squared_form_shifted": ("named", (), ""),
    # departure (both tests): "line 236: `return math.sqrt(variance)` ... what it returns is 0 where 0.547723 is
    # right: the mistake is in that line, or in `variance`, set by line 235: `variance = eta // (1 + step) ** gamma`"
    # (0.3 // 1 = 0 at step 0, sqrt(0.3) = 0.547723: true).
    "rd2_noise_std_floor_division": ("right", ("departure",), ""),
    # departure (three tests): "line 237: `return 2 * np.sum(r[:, None] * X) / n` ... what it returns has shape ()
    # where the right value has (3,): the mistake is in that line".
    "rd2_linreg_grad_sum_all": ("right", ("departure",), ""),
    # as_if: "yours is what the correct adam() returns if config['weight_decay'] were 0: config['weight_decay'] is
    # left out of the computation" (exact).
    "rd2_adam_raw_dw_no_decay": ("right", ("as_if",), ""),
    # departure (both tests): "line 236: `return base_lr * float(np.power(num, step)) / 100 ** step` ... what it
    # returns is -0.00202564 where 0.0348678 is right: the mistake is in that line, or in `num`, set by line 235: `num
    # = int(gamma * 100)`" (90 ** 10 wraps around in int64: -0.00202564, checked; 0.1 * 0.9 ** 10 = 0.0348678).
    "rd2_exponential_lr_int_power": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "rd3_pad_then_roll": ("named", (), ""),
    "rd3_output_size_shifted_floor": ("named", (), ""),
    # shape_error (both tests): "NumPy lines shapes up from their last axis, so (2,) meets the last axis of (2, 2, 7,
    # 9), of size 9; its sizes match axis 0 or 1 instead: to line it up with axis 1, give it the shape (2, 1, 1)
    # (`[:, None, None]` ...)" (the bias b (F,) added unreshaped; the one (2,) array added: a decision, above).
    "rd3_transpose_bias_unreshaped": ("right", ("shape_error",), ""),
    # departure (both tests): "line 283: `positions = output_size ** 2` raises the error (at `output_size ** 2`) ...:
    # the mistake is in that line".
    "rd3_separable_mults_int_output": ("right", ("departure",), ""),
    # einsum_sizes restates the error; departure: "`windows`, set by line 288: `windows = sliding_window_view(x, (HH,
    # WW), axis=(2, 3))[:, :, ::stride, ::stride]` ... your `windows` has shape (8, 3, 14, 14, 3, 3) where the right
    # value has (8, 3, 16, 16, 3, 3) ...: the mistake is in that line" (x where the padded xp is meant).
    "rd3_backward_fast_unpadded_windows": ("right", ("departure",), ""),
    # no diagnosis: only NumPy's error, "max_unpool() raised ValueError: shape mismatch: value array of shape (4,3)
    # could not be broadcast to indexing result of shape (4,3,6)" (three tests).
    "rd3_unpool_plane_row_index": (
        "nothing", (),
        "out[n, c][indices[n, c]] = x[n, c] indexes the 2-D (H, W) plane with the flat indices row * W + col, which "
        "NumPy takes as row numbers: each index selects a whole row (an indexing result of shape (4, 3, 6) for the "
        "(4, 3) values), so the assignment raises (and a flat index past H would be out of range); write the values "
        "at the flat positions, np.put(out[n, c], indices[n, c], x[n, c]), or unravel the indices with "
        "np.unravel_index(indices[n, c], output_shape)."),
    # ------------------------------------------------------------------ a4_init
    "rd4_he_as_xavier_equal_fans": ("named", (), ""),
    "rd4_he_normal_cached_rng": ("named", (), ""),
    # scaled (conv draws, the one test lost): "yours is sqrt(kh*kw)=3 times the expected (sqrt(kh*kw): the square
    # root of the receptive field size of shape): a division by sqrt(kh*kw) is missing, or a factor sqrt(kh*kw) is
    # extra" (fan_avg of (47, 25) is 72 where 72 * 9: exactly 3 times; the kernel's size left out of the fans).
    "rd4_xavier_uniform_channel_fans": ("right", ("scaled",), ""),
    # no diagnosis: only the comparisons ("xavier_std (300, 100) fan_avg: ... got 0.07598356857, expected
    # 0.07071067812"; the uniform bounds; the gain and 1-D/3-D kernels).
    "rd4_xavier_geometric_mean_fan": (
        "nothing", (),
        "in mode fan_avg, n is sqrt(fan_in * fan_out), the geometric mean of the fans, where their arithmetic mean "
        "(fan_in + fan_out) / 2 is asked: 0.0760 where 0.0707 for (300, 100) (right only when the two fans are "
        "equal, and in mode fan_in); n = (fan_in + fan_out) / 2, the std gain / sqrt(n)."),
    # departure (four tests): "`fan_in`, set by line 91: `fan_in = math.prod(shape[2:])` ... your `fan_in` is 1 where
    # 512 is right ...: the mistake is in that line" (9 where 144 for (40, 16, 3, 3): true).
    "rd4_he_std_kernel_only_fan": ("right", ("departure",), ""),
    # departure (three tests): "`fan_in`, set by line 91: `fan_in = shape[0]` ... your `fan_in` is 48 where 400 is
    # right ...: the mistake is in that line" (16 * 5 * 5 for (48, 16, 5, 5): true).
    "rd4_he_std_fan_from_axis0": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "rd5_dropout_where_unscaled": ("named", (), ""),
    "rd5_dropout_backward_heaviside": ("named", (), ""),
    # one_slip (three tests): "yours is what the correct code gives with one slip in batchnorm_forward(): `*` where
    # `/` is meant, where out is computed" (exact).
    "rd5_bn_test_multiplies_std": ("right", ("one_slip",), ""),
    # departure: "line 219: `x_cl = x.transpose(0, 2, 3, 1).reshape(C, -1)` computes `x_cl`, a value the correct code
    # never computes ... up to line 221 ... The mistake is in lines 219-221" (three lines, the first the mistake).
    "rd5_spatial_bn_reshape_c_rows": ("right", ("departure",), ""),
    # no diagnosis: only the comparison, "out: 28 of 28 element(s) outside tolerance ...: got -0.6422095335,
    # expected 2.875629689".
    "rd5_layernorm_affine_first": (
        "nothing", (),
        "gamma and beta are applied before the row statistics are taken (y = gamma * x + beta, then (y - mean) / "
        "std) and the normalized y is returned as it is: the scale and shift are normalized away (-0.642 where 2.876 "
        "at [2, 2]); normalize x first, x_hat = (x - mean) / std over each row, then out = gamma * x_hat + beta."),
    # departure: "line 220: `dx_hat = dout * gamma[:, None]` raises the error ...; `dout` has shape (4, 7); `gamma` has
    # shape (7,): the mistake is in that line"; shape_error beside it restates NumPy's error.
    "rd5_layernorm_backward_gamma_column": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    "rd6_val_split_zero_slice": ("named", (), ""),
    # catalogued labels_shuffled, not named; loss_flat (digits, shapes): "the training loss stayed at about 2.12 over
    # 300 steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its
    # images (index X and y with the same indices, one permutation for both), steps that do not reach ..., or a
    # learning rate too small ...?" (the first of three guesses, as in JUDGEMENT52); the seeded test gives its check.
    "rd6_same_seed_torch_numpy_perms": ("right", ("loss_flat",), ""),
    # no diagnosis: only torch's error, "train_and_predict() raised ValueError: Starting multiplicative factor expected
    # to be greater than 0 and less or equal to 1." (three tests).
    "rd6_linearlr_start_factor_zero": (
        "nothing", (),
        "LinearLR(opt, start_factor=0.0, ...) is refused by torch, which needs 0 < start_factor <= 1: building the "
        "warm-up scheduler raises ValueError before any training, so no logits come back; start from a small "
        "positive factor (start_factor=0.01, or 1 / per_epoch)."),
    # no diagnosis: only torch's error, "train_and_predict() raised TypeError: optimizer can only optimize Tensors, but
    # one of the params is torch.nn.modules.conv.Conv2d" (three tests).
    "rd6_optimizer_given_module": (
        "nothing", (),
        "torch.optim.Adam(model, lr=3e-3) is given the nn.Sequential itself: iterating it yields its layers (the "
        "first a Conv2d), not tensors, so Adam raises TypeError before any training and no logits come back; pass "
        "model.parameters()."),
    # torch_error (three tests): "a batch norm for maps (nn.BatchNorm2d, which takes (N, C, H, W)) got 3D input: after
    # the flatten (between linear layers) normalize with nn.BatchNorm1d(features); BatchNorm2d belongs after a
    # convolution": it is after a convolution; the 3-D input is a test image without its batch axis (as in
    # JUDGEMENT53).
    "rd6_predict_without_batch_axis": (
        "misleading", (),
        "training is right, but the test images are predicted one at a time as model(Xt[i]), a (C, H, W) image "
        "without its batch axis: the Conv2d accepts an unbatched image, but the nn.BatchNorm2d after it (where it "
        "belongs) needs (N, C, H, W) and raises, so no logits come back; keep the batch axis, model(Xt[i:i + 1]), "
        "or predict the test set at once, model(Xt)."),
    # torch_error (three tests): "a convolution built for 32 input channels got input of shape [64, 16, 4, 4] with 16
    # ... Either its in_channels is not the images' (a number written in the code ...), or the images reaching it are
    # not those it was built for (a conversion ...)" (the first of two causes, a decision, above).
    "rd6_second_conv_channels_swapped": ("right", ("torch_error",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "rd7_nll_density_without_sigma": ("named", (), ""),
    "rd7_cam_full_of_pooled_score": ("named", (), ""),
    # scaled (both tests): "every entry is 0.3333 times the expected (one common factor) ... look for a missing or
    # extra scale (a 1/N, a 2, ...)"; departure: "`dx`, set by line 178 ... your `dx` is 0.333333 times the right value
    # ...: the mistake is in that line, or in `area`, set by line 177: `area = np.prod(cache[1:])`" (C = 3: true).
    "rd7_gap_backward_area_with_channels": ("right", ("departure",), ""),
    # reversed: "yours is the expected flipped along its last two axes (rotated by 180 degrees): a kernel flipped";
    # departure (two tests): "`w`, set by line 179: `w = w[:, :, ::-1, ::-1].copy()` ... your `w` is the right value
    # rotated by 180 degrees over its last two axes (a kernel flipped?) ...: the mistake is in that line".
    "rd7_fc_to_conv_flipped": ("right", ("reversed", "departure"), ""),
    # departure (both tests): "`var`, set by line 177: `var = np.exp(-2 * log_std)` ... your `var` differs from the
    # right value (by up to 10.1) ...: the mistake is in that line".
    "rd7_nll_variance_from_precision": ("right", ("departure",), ""),
    # departure (five tests): "line 185: `z = h @ params["W2"] + params["b2"] + skip` raises the error ..., though what
    # that line reads (h, params, skip) agrees with the correct code; `h` has shape (4, 7); `skip` has shape (4, 7):
    # the mistake is in that line"; (projection tests) "line 184: `skip = skip @ params["Ws"] + params["bs"]` raises
    # the error ..., though what that line reads (params, skip) agrees ...: the mistake is in that line, or in the
    # condition at line 183"; shape_error restates NumPy's error: the mistake is line 182, `skip = h` (a decision,
    # above).
    "rd7_residual_shortcut_from_hidden": (
        "misleading", (),
        "line 182, `skip = h`, takes the shortcut from the hidden units h (N, H) where the block's input x (N, D) is "
        "meant: the identity shortcut adds h, (4, 7), to the (4, 5) output, and the projection computes h @ Ws with "
        "Ws made for D rows, so both raise (lines 184 and 185 are right for a skip that holds x); write skip = x."),
    # ------------------------------------------------------------------ a8_pipeline
    "rd8_ratio_reciprocal": ("named", (), ""),
    "rd8_flip_one_coin_repeated": ("named", (), ""),
    # one_slip: "yours is what the correct code gives with either of two slips (the test cannot tell which) in
    # train_and_predict(): `X` where `T` is meant (the wrong variable); or `X_train` where `X_test` is meant" (the
    # first exact); the other tests give the shape comparisons.
    "rd8_train_returns_train_logits": ("right", ("one_slip",), ""),
    # departure (both tests): "line 166: `return base_lr * step + 1 / warmup_steps`. In it, `1 / warmup_steps` is the
    # first part whose value the correct code never computes ... what it returns is 0.2 where 0.02 is right: the
    # mistake is in that line, or in the condition at line 165".
    "rd8_warmup_precedence": ("right", ("departure",), ""),
    # departure (far test split): "`X_test`, set by line 170: `X_test = (X_test - X_train.mean(axis=0)) /
    # (X_train.std(axis=0) + eps)` ...: the mistake is in that line" (right); but returned_input: "yours is X_test
    # ..., unchanged: the computation is missing, or its result is not what you return", and departure (four tests):
    # "line 171: `return X_train, X_test` returns values the correct code computes on the way ... A step after them
    # is left out, or did not run here. Line 165: `if mode == "mean_image":` did not hold in this call ...: is that
    # the step left out?" (false: a decision, above).
    "rd8_normalize_stats_after_rebind": (
        "misleading", (),
        "line 169 rebinds X_train to the standardized training split, and line 170 then reads its mean and std, now "
        "about 0 and 1: the test split comes back almost as given (in mean_image mode too, lines 166-167), far from "
        "its standardization with the training statistics (off by up to 7.75e+08 on the far test split); nothing is "
        "left out and the mean_image branch rightly did not run: take the mean and std of the raw X_train once, "
        "before rebinding it, and use them for both splits."),
    # no diagnosis: only the comparisons, "statistics of W1: 2 of 5 element(s) outside tolerance ...: got
    # 0.03001136605, expected 0.006002273209" (5 times) and "got -0.1648352947, expected -0.04120882368" (4 times).
    "rd8_stats_mean_over_rows": (
        "nothing", (),
        "the means are np.sum(A) / len(A), and len of the 2-D weight W1 (and of its gradient) is its number of rows, "
        "not of entries: both means are M times too large (0.0300 where 0.0060, M = 5; 4 times on the other test; "
        "right for the 1-D biases); use A.mean(), np.sum(A) / A.size."),
}
# Counts: named 15, right 23 (named or right 38/48 = 79%; not in the catalogue: right 22/32 = 69%; the 16
# catalogued: 15 named, and rd6_same_seed_torch_numpy_perms right by its loss_flat), misleading 4, vague 0, nothing
# 6, wrong_name 0, check_message 0, not_caught 0. HOLDOUT55_CORRECT: all 7 earn full marks.

HOLDOUT55 = [replace(e, verdict=JUDGEMENT55[e.id][0], expected=frozenset(JUDGEMENT55[e.id][1]),
                     ideal=JUDGEMENT55[e.id][2]) if e.id in JUDGEMENT55 else e for e in HOLDOUT55]


# Repeats: while the bench ran, an independent helper that saw neither the feedback nor the verdicts compared each
# entry with the 2,951 earlier ones (corpus.py and holdout.py-holdout53.py) and found these repeat an earlier entry's
# cause on the same function (a catalogued one: written the same way): five of the 48 mistakes (three not catalogued,
# two catalogued) and one of the 7 right variants (a close call, rdk_correct_gap_backward_einsum_ones). Without those
# five mistakes the set has 43 fresh ones (14 catalogued): named or right 34/43 = 79%, misleading 4
# (rd1_sigmoid_neg_branch_denominator, rd6_predict_without_batch_axis, rd7_residual_shortcut_from_hidden,
# rd8_normalize_stats_after_rebind), nothing 5 (rd3_unpool_plane_row_index, rd5_layernorm_affine_first,
# rd6_linearlr_start_factor_zero, rd6_optimizer_given_module, rd8_stats_mean_over_rows).
# (id -> the earlier entry it repeats)
REPEATED55: dict[str, str] = {
    "rd1_affine_np_inner": "o1_affine_fwd_torch_weight_layout",
    "rd2_cosine_squared_form_shifted": "u2_cosine_step_plus_one",
    "rd3_backward_fast_unpadded_windows": "qu3_conv_bwd_fast_dw_unpadded_windows",
    "rd4_xavier_geometric_mean_fan": "i4_xavier_std_geometric_mean_fans",
    "rd5_dropout_where_unscaled": "a5_dropout_no_scale_where",
    "rdk_correct_gap_backward_einsum_ones": "qkk_correct_gap_bwd_einsum_outer",
}
