"""A fifty-seventh hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 7d489d9 (JUDGED_ON57, JUDGEMENT57 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout57.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT57 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT57_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT57: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rf1_relu_forward_returns_array_only", "a1_backprop", "relu_forward",
       "relu_forward returns only the output array np.maximum(x, 0), not the documented (out, cache) pair: a caller's "
       "`out, cache = relu_forward(x)` tries to unpack the rows of the array (ValueError for any number of rows but "
       "2), and relu_backward never gets its cache (the values themselves are right)", """
def relu_forward(x):
    \"\"\"Elementwise max(0, x).\"\"\"
    # the positive part passes, the rest is clipped to zero
    return np.maximum(x, 0)
"""),
    _e("rf1_tanh_backward_local_derivative_only", "a1_backprop", "tanh_backward",
       "tanh_backward returns the local derivative 1 - t**2 alone, never multiplied by the upstream gradient dout: "
       "dx must be dout * (1 - t**2)", """
def tanh_backward(dout, cache):
    t = cache
    # d tanh(x) / dx = 1 - tanh(x)**2
    dx = 1 - t ** 2
    return dx
"""),
    _e("rf1_sigmoid_exp_over_one_plus_exp", "a1_backprop", "sigmoid_forward",
       "the sigmoid is written exp(x) / (1 + exp(x)) for every input: for x above about 709 np.exp overflows to inf "
       "and inf / inf is nan (the output and the cached s the backward pass reads), where the sigmoid is 1; right for "
       "moderate and negative inputs", """
def sigmoid_forward(x):
    e = np.exp(x)
    out = e / (1.0 + e)
    cache = out
    return out, cache
"""),
    _e("rf1_lstsq_rcond_drops_small_singular_values", "a1_backprop", "linear_regression_closed_form",
       "least squares with np.linalg.lstsq(X, y, rcond=1e-2): singular values below 1% of the largest are treated as "
       "zero, so for nearly collinear features (X's condition number about 1e3) a direction of the solution is "
       "dropped and the weights are wrong; rcond=None (machine precision) keeps them (well-conditioned X is right)", """
def linear_regression_closed_form(X, y):
    # least squares; rcond cuts off the numerically unreliable directions
    w, *_ = np.linalg.lstsq(X, y, rcond=1e-2)
    return w
"""),
    _e("rf1_sigmoid_backward_einsum_of_s", "a1_backprop", "sigmoid_backward",
       "the local derivative is taken to be the cached output s itself: dx is the elementwise product "
       "np.einsum('...,...->...', dout, s) = dout * s, the factor (1 - s) of s * (1 - s) missing", """
def sigmoid_backward(dout, cache):
    s = cache
    # chain rule, elementwise: upstream gradient times the local slope of the sigmoid
    dx = np.einsum("...,...->...", dout, s)
    return dx
""", catalogued="sigmoid_derivative_is_s"),
    _e("rf1_relu_backward_piecewise_at_zero", "a1_backprop", "relu_backward",
       "the local derivative is built with np.piecewise(x, [x < 0, x >= 0], [0.0, 1.0]): the second condition "
       "includes x == 0, so the gradient passes where the input is exactly 0, where it must be 0", """
def relu_backward(dout, cache):
    x = cache
    # step function: 0 on the negative side, 1 on the other
    local = np.piecewise(x, [x < 0, x >= 0], [0.0, 1.0])
    return dout * local
""", catalogued="relu_derivative_at_zero_is_one"),
    # ------------------------------------------------------------------ a2_optim
    _e("rf2_nesterov_torch_buffer_without_lookahead", "a2_optim", "nesterov_momentum",
       "Nesterov written in torch's buffer form, buf = momentum * buf + g, but the step uses the buffer itself, "
       "w - lr * buf (torch's plain momentum), instead of the look-ahead w - lr * (g + momentum * buf): this is the "
       "plain momentum update, not Nesterov's", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    # momentum buffer as in torch.optim.SGD
    buf = config.get("velocity", np.zeros_like(w))
    buf = config["momentum"] * buf + g
    config["velocity"] = buf
    next_w = w - config["learning_rate"] * buf
    return next_w, config
""", catalogued="nesterov_as_plain_momentum"),
    _e("rf2_momentum_velocity_dict_union_discarded", "a2_optim", "sgd_momentum",
       "the velocity is 'stored' with the expression config | {'velocity': v}, which builds a new dict and throws it "
       "away (|= or an assignment updates config): config never holds the velocity, so every call starts from zero "
       "and momentum never builds up", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    config | {"velocity": v}
    next_w = w + v
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("rf2_noise_std_power_chain_without_parentheses", "a2_optim", "gradient_noise_std",
       "the square root is written as a trailing ** 0.5 without parentheses, eta / (1 + step) ** gamma ** 0.5: Python's "
       "** is right-associative, so this is eta / (1 + step) ** sqrt(gamma), no square root of the variance at all "
       "(step 0 returns eta instead of sqrt(eta))", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    # std = sqrt(variance), variance = eta / (1 + step)**gamma
    return eta / (1 + step) ** gamma ** 0.5
"""),
    _e("rf2_newton_lstsq_tuple_subtracted", "a2_optim", "newton_step",
       "the Newton system is solved with np.linalg.lstsq(hessian, grad, rcond=None) but its whole return value, the "
       "tuple (solution, residuals, rank, singular values), is subtracted from w instead of its first item: NumPy "
       "cannot turn the ragged tuple into an array and raises", """
def newton_step(w, grad, hessian):
    # solve H d = grad without forming the inverse
    return w - np.linalg.lstsq(hessian, grad, rcond=None)
"""),
    _e("rf2_gd_path_row_index_minus_one", "a2_optim", "gradient_descent",
       "the path is preallocated and the weights after step i are written into path[i - 1]: the first step lands in "
       "the last row (index -1) and every later step one row too early, so the rows are rotated by one instead of "
       "path[i] holding the weights after step i + 1", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    path = np.empty((steps, w.shape[0]))
    for i in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        path[i - 1] = w
    return path
"""),
    _e("rf2_adagrad_cache_sized_by_len", "a2_optim", "adagrad",
       "the squared-gradient cache starts as np.zeros(len(w)), one entry per row: right for a weight vector, but for "
       "a (3, 4) weight matrix zeros(3) + g**2 cannot broadcast against the (3, 4) gradient and the rule raises; the "
       "cache must have w's shape (np.zeros_like(w))", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros(len(w)))
    cache = cache + g ** 2
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("rf3_multiply_count_output_shrunk_by_kernel", "a3_conv", "conv_multiply_count",
       "output_size is read as the input size of a valid convolution: the maps are shrunk again by the kernel, "
       "(oh - kh + 1) x (ow - kw + 1) positions, instead of counting output_size positions as given", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    h, w = (output_size, output_size) if isinstance(output_size, int) else output_size
    # a valid convolution: the maps lose kernel - 1 rows and columns
    oh, ow = h - kh + 1, w - kw + 1
    return oh * ow * out_channels * in_channels * kh * kw
"""),
    _e("rf3_depthwise_count_one_channel", "a3_conv", "depthwise_separable_multiply_count",
       "the depthwise stage is counted as a single kh x kw filter per position, oh * ow * kh * kw: the factor "
       "in_channels is missing (one filter per input channel, oh * ow * in * kh * kw); the pointwise stage is right", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * kh * kw  # one k x k kernel slides over the map
    pointwise = oh * ow * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rf3_max_pool_output_indices_swapped", "a3_conv", "max_pool_forward",
       "the maximum of window (i, j) is stored at out[:, :, j, i], the row and column indices swapped: the pooled map "
       "comes out transposed (and a non-square output raises IndexError)", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            out[:, :, j, i] = window.max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("rf3_conv_backward_fast_db_averaged_over_pixels", "a3_conv", "conv_backward_fast",
       "db is averaged over the output positions and summed over the batch, dout.mean(axis=(2, 3)).sum(axis=0): the "
       "bias is added at every output position, so its gradient is the sum over the batch and all Ho x Wo positions "
       "(dx and dw right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, windows, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.mean(axis=(2, 3)).sum(axis=0)
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("rf3_output_size_is_integer_not_called", "a3_conv", "conv_output_size",
       "the divisibility test is written `not (span / stride).is_integer` without calling the method: a bound method "
       "is always truthy, so the test never fires and a stride that does not tile the padded input is rounded down "
       "by span // stride instead of raising ValueError (a kernel larger than the input still raises)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0 or not (span / stride).is_integer:
        raise ValueError(f"invalid configuration: {span} / {stride}")
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("rf3_fast_conv_offset_loop_mirrored_taps", "a3_conv", "conv_forward_fast",
       "the vectorized forward loops over the kernel offsets (u, v) and multiplies each strided slice of the padded "
       "input by the tap w[:, :, HH - 1 - u, WW - 1 - v]: the kernel is flipped (a true convolution) where the layer "
       "computes cross-correlation with w[:, :, u, v]", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for u in range(HH):
        for v in range(WW):
            patch = xp[:, :, u:u + stride * Ho:stride, v:v + stride * Wo:stride]
            # the convolution pairs the first input of the window with the last tap of the kernel
            out += np.einsum("nchw,fc->nfhw", patch, w[:, :, HH - 1 - u, WW - 1 - v])
    out += b[None, :, None, None]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="flipped_kernel"),
    # ------------------------------------------------------------------ a4_init
    _e("rf4_relu_mapped_to_uncalled_maximum", "a4_init", "activation_statistics",
       "the activation table maps 'relu' to np.maximum itself instead of a function of one argument "
       "(lambda z: np.maximum(z, 0)): act(h @ W) calls the two-input ufunc with one array and raises TypeError, so "
       "every ReLU network fails (sigmoid, tanh and linear right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": np.maximum, "linear": lambda z: z}
    act = acts[activation]
    h, means, variances = X, [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("rf4_he_normal_restandardized_draws", "a4_init", "he_normal",
       "the N(0, he_std**2) draws are 'cleaned up' with (w - w.mean()) / w.std(): dividing by their own std rescales "
       "them to unit standard deviation, so the He scale sqrt(2 / fan_in) is lost (the weights have std 1)", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, he_std(shape), size=shape)
    # remove the sampling noise: exactly zero mean, exactly unit spread
    return (w - w.mean()) / w.std()
"""),
    _e("rf4_xavier_normal_scale_with_uniform_sqrt3", "a4_init", "xavier_normal",
       "the normal's scale is sqrt(3) * xavier_std (the factor that turns the std into the bound of xavier_uniform, "
       "copied over): the draws have a standard deviation sqrt(3) times too large; N(0, xavier_std**2) is asked", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    scale = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return np.random.default_rng(seed).normal(0.0, scale, size=shape)
"""),
    _e("rf4_xavier_uniform_two_halves_added", "a4_init", "xavier_uniform",
       "the draws are built as the sum of a negative half and a positive half, U(-a, 0) + U(0, a): the sum of two "
       "uniforms is triangular on (-a, a), with variance a**2 / 6 (half the asked xavier_std**2) and almost no draws "
       "near the bounds, instead of one uniform draw U(-a, a)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    # a negative half and a positive half, so that the weights are centred on zero
    return rng.uniform(-a, 0.0, size=shape) + rng.uniform(0.0, a, size=shape)
"""),
    _e("rf4_stats_into_preallocated_table_before_act", "a4_init", "activation_statistics",
       "each layer's mean and variance are written into a preallocated (2, L) table from z = h @ W, before the "
       "activation is applied (h = act(z) only feeds the next layer): the statistics are those of the "
       "pre-activations, not of the layer's output", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    stats = np.empty((2, len(weights)))
    h = X
    for layer, W in enumerate(weights):
        z = h @ W
        stats[:, layer] = z.mean(), z.var()
        h = f(z)
    return stats[0], stats[1]
""", catalogued="statistics_before_activation"),
    _e("rf4_uniform_random_sign_times_std", "a4_init", "xavier_uniform",
       "the draws are a random sign times rng.random(shape) * std: that is U(-std, std), the bound is the standard "
       "deviation itself instead of sqrt(3) * std, so the variance is std**2 / 3", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    magnitude = rng.random(shape) * std
    sign = rng.choice([-1.0, 1.0], size=shape)
    return sign * magnitude
""", catalogued="uniform_bound_is_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("rf5_spatial_bn_backward_channels_moved_to_front", "a5_normalization", "spatial_batchnorm_backward",
       "the (N * H * W, C) gradient is reshaped to (N, H, W, C) right but moved back with np.moveaxis(dx, -1, 0), "
       "which puts the channels in front of the batch, (C, N, H, W), instead of at axis 1 (N, C, H, W) "
       "(dgamma and dbeta right)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = np.moveaxis(dout, 1, -1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(flat, cache)
    dx = np.moveaxis(dx.reshape(N, H, W, C), -1, 0)
    return dx, dgamma, dbeta
"""),
    _e("rf5_spatial_bn_cache_x_hat_in_image_layout", "a5_normalization", "spatial_batchnorm_forward",
       "out is right, but the cache's x_hat is reshaped back to the image layout (N, C, H, W) 'like out': the "
       "documented cache is batchnorm_forward's on the (N * H * W, C) batch, so the backward pass multiplies a "
       "(N * H * W, C) gradient with a 4-D x_hat and fails", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    out, cache = batchnorm_forward(x.transpose(0, 2, 3, 1).reshape(-1, C), gamma, beta, bn_param)
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    if cache is not None:
        x_hat, g, inv_std = cache
        # keep the normalized input in the layout of the images, like out
        cache = (x_hat.reshape(N, H, W, C).transpose(0, 3, 1, 2), g, inv_std)
    return out, cache
"""),
    _e("rf5_layernorm_backward_variance_term_added", "a5_normalization", "layernorm_backward",
       "sign slip in the simplified formula: the variance term is added, + x_hat * sum(dx_hat * x_hat), instead of "
       "subtracted: dx = inv_std / D * (D dx_hat - sum(dx_hat) - x_hat sum(dx_hat x_hat)) (dgamma and dbeta right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dx_hat = dout * gamma
    dx = inv_std / D * (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        + x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
"""),
    _e("rf5_dropout_mask_redrawn_for_cache", "a5_normalization", "dropout_forward",
       "the output is masked with one draw, x * (rng.random(x.shape) < p) / p, and the mask kept for the backward "
       "pass is a second draw from the same generator: the cached mask is not the one applied to out, so "
       "dropout_backward passes the gradient through other units than those that were kept (out itself is right)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    out = x * (rng.random(x.shape) < p) / p
    mask = (rng.random(x.shape) < p) / p  # kept for the backward pass
    return out, mask
"""),
    _e("rf5_dropout_backward_safe_divide_keep", "a5_normalization", "dropout_backward",
       "the cached mask (kept units 1 / p) is turned into a 0/1 keep pattern with np.divide(mask, mask, where=mask "
       "!= 0) before it multiplies dout: the kept units' gradient loses its 1 / p scale (dx = dout * mask is right)", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    # the units that were kept: mask / mask is 1 there, 0 where the unit was dropped
    kept = np.divide(cache, cache, out=np.zeros_like(cache), where=cache != 0)
    return dout * kept
""", catalogued="dropout_backward_drops_scale"),
    _e("rf5_layernorm_stats_from_column_covariance", "a5_normalization", "layernorm_forward",
       "the statistics are np.average(x, axis=0) and the diagonal of np.cov(x, rowvar=False, bias=True): each "
       "feature's mean and variance over the batch (batch norm's), not each row's over its D features", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.average(x, axis=0)
    var = np.diag(np.cov(x, rowvar=False, bias=True))
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    cache = (x_hat, gamma, inv_std)
    return out, cache
""", catalogued="layernorm_stats_over_batch"),
    # ------------------------------------------------------------------ a6_cnn
    _e("rf6_best_epoch_accuracy_floor_division", "a6_cnn", "train_and_predict",
       "the best epoch is picked on a 20% validation split by accuracy computed as correct // len(yv), integer "
       "division, which is 0 unless every validation image is right: no epoch beats best_acc = 0, so the state "
       "copied before training is loaded back and the untrained network predicts", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import copy
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
    # hold out 20% to keep the weights of the best epoch
    perm = np.random.default_rng(seed).permutation(len(y_train))
    n_val = max(1, len(y_train) // 5)
    X = torch.tensor(X_train[perm[n_val:]], device=device)
    y = torch.tensor(y_train[perm[n_val:]], device=device)
    Xv = torch.tensor(X_train[perm[:n_val]], device=device)
    yv = torch.tensor(y_train[perm[:n_val]], device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    best_acc, best_state = 0, copy.deepcopy(model.state_dict())
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            correct = (model(Xv).argmax(dim=1) == yv).sum().item()
        acc = correct // len(yv)
        if acc > best_acc:
            best_acc, best_state = acc, copy.deepcopy(model.state_dict())
    model.load_state_dict(best_state)
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("rf6_returns_column_of_row_maximum", "a6_cnn", "train_and_predict",
       "a well trained model, but the function returns np.nonzero(logits == logits.max(axis=1, keepdims=True))[1], "
       "the column index where each row reaches its maximum, one class index per test image (shape (M,)), instead of "
       "the (M, n_classes) logits", """
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
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    # the class of each image: the column where its row reaches the maximum
    best = logits == logits.max(axis=1, keepdims=True)
    return np.nonzero(best)[1]
""", catalogued="predictions_not_logits"),
    _e("rf6_tta_views_averaged_over_images", "a6_cnn", "train_and_predict",
       "test-time augmentation: the logits of the test images and of their mirrored copies are stacked into a "
       "(2, M, classes) tensor and averaged with mean(dim=1), over the test images, instead of dim=0, over the two "
       "views: the function returns a (2, classes) array instead of (M, classes)", """
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
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        Xt = torch.tensor(X_test, device=device)
        # test-time augmentation: average the plain and the mirrored view
        views = torch.stack([model(Xt), model(Xt.flip(3))])
        logits = views.mean(dim=1).cpu().numpy()
    return logits
"""),
    _e("rf6_std_taken_per_image_axes", "a6_cnn", "train_and_predict",
       "the inputs are standardized with a per-channel mean over axes (0, 2, 3) but a std over axes (1, 2, 3), one "
       "value per training image (N, 1, 1, 1): the training images are divided by their own std, and applying that "
       "(N, 1, 1, 1) std to the M test images cannot broadcast, so the prediction raises after training", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    # standardize with the training statistics
    mean = X_train.mean(axis=(0, 2, 3), keepdims=True)
    std = X_train.std(axis=(1, 2, 3), keepdims=True) + 1e-6
    X_train = ((X_train - mean) / std).astype(np.float32)
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
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    X_test = ((X_test - mean) / std).astype(np.float32)
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("rf6_flip_mask_not_broadcast_to_images", "a6_cnn", "train_and_predict",
       "a random horizontal flip of half the batch is written torch.where(flip, xb.flip(3), xb) with flip of shape "
       "(B,): broadcasting lines the mask up with the last axis (the width), not the batch, so the first batch raises "
       "a size mismatch (64 against the image width) and no logits come back (the mask needs shape (B, 1, 1, 1))", """
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
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            xb = X[idx]
            # augmentation: mirror a random half of the batch
            flip = (torch.rand(len(idx), generator=g) < 0.5).to(device)
            xb = torch.where(flip, xb.flip(3), xb)
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("rf6_module_forward_misspelt", "a6_cnn", "train_and_predict",
       "the network is a custom nn.Module whose forward method is misspelt foward: nn.Module's call finds no forward "
       "and raises NotImplementedError on the first batch, so nothing is trained and no logits come back", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2))
            self.pool = nn.AdaptiveAvgPool2d(1)
            self.head = nn.Linear(32, n_classes)

        def foward(self, x):
            return self.head(self.pool(self.features(x)).flatten(1))

    model = Net().to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("rf7_residual_second_bias_missing", "a7_architectures", "residual_block_forward",
       "the second affine layer's bias b2 is never added: out = relu(h @ W2 + shortcut(x)) instead of "
       "relu(h @ W2 + b2 + shortcut(x)) (the cached z lacks it too)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("rf7_fc_to_conv_filter_count_from_rows", "a7_architectures", "fc_to_conv",
       "the number of filters is read from W.shape[0], the C*H*W input rows, instead of W.shape[1], the M outputs: "
       "W.T.reshape(W.shape[0], C, H, W) asks for C*H*W filters of C*H*W values and raises (unless M equals C*H*W)", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    # one filter per output unit, each the size of the input
    w = W.T.reshape(W.shape[0], C, H, W_)
    return w, b.copy()
"""),
    _e("rf7_residual_backward_grads_as_tuple", "a7_architectures", "residual_block_backward",
       "every gradient is right, but they are returned as a tuple (dW1, db1, dW2, db2[, dWs, dbs]) in the CS231n "
       "habit instead of the documented dict keyed like params: grads['W1'] fails for the caller", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    dW2, db2 = h.T @ dz, dz.sum(axis=0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    dW1, db1 = x.T @ da1, da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    grads = (dW1, db1, dW2, db2)
    if "Ws" in params:
        grads = grads + (x.T @ dz, dz.sum(axis=0))
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("rf7_gap_backward_floor_division", "a7_architectures", "global_avg_pool_backward",
       "each position's share is computed with floor division, dout // (H * W): the float gradients are floored to "
       "whole numbers (mostly 0 or -1) instead of divided, dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = dout // (H * W)
    return np.ones((N, C, H, W)) * share[:, :, None, None]
"""),
    _e("rf7_gap_backward_zero_stride_view", "a7_architectures", "global_avg_pool_backward",
       "the upstream gradient is spread over every position with an as_strided view of dout whose H and W strides "
       "are 0 (copied): each position gets the map's whole gradient, never divided by H * W", """
def global_avg_pool_backward(dout, cache):
    from numpy.lib.stride_tricks import as_strided
    N, C, H, W = cache
    dout = np.ascontiguousarray(dout, dtype=float)
    # every position of a map reads the gradient of its map: zero strides along H and W
    spread = as_strided(dout, shape=(N, C, H, W), strides=dout.strides + (0, 0))
    return spread.copy()
""", catalogued="gap_backward_not_divided_by_area"),
    _e("rf7_saliency_last_of_sorted_channels", "a7_architectures", "saliency_map",
       "the gradient is right, but the saliency is np.sort(dx, axis=1)[:, -1], the largest signed gradient over the "
       "channels: the absolute value is never taken, so a strongly negative gradient counts for nothing (max_c |dx|)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    # the strongest channel at each pixel: the last one once the channels are sorted
    return np.sort(dx, axis=1)[:, -1]
""", catalogued="saliency_without_abs"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rf8_log_uniform_sorted", "a8_pipeline", "log_uniform",
       "the log-uniform draws are right but returned sorted (np.sort, 'smallest learning rate first'): a random "
       "search needs them in the order drawn, independent of each other", """
def log_uniform(low, high, n, seed):
    draws = 10 ** np.random.default_rng(seed).uniform(np.log10(low), np.log10(high), size=n)
    return np.sort(draws)  # tidy search log: smallest value first
"""),
    _e("rf8_parameter_statistics_per_column", "a8_pipeline", "parameter_statistics",
       "the means and stds are taken with axis=0, one per column of a weight matrix: for a 2-D weight the five "
       "entries are arrays of different lengths and np.array of them raises (a 1-D bias is right); the statistics "
       "are over every entry (np.mean, np.std without an axis)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for k, W in params.items():
        g = grads[k]
        stats[k] = np.array([W.mean(axis=0), W.std(axis=0), g.mean(axis=0), g.std(axis=0),
                             update_ratio(W, g, lr)])
    return stats
"""),
    _e("rf8_mean_image_as_scalar_mean", "a8_pipeline", "normalize_splits",
       "mode 'mean_image' subtracts X_train.mean(), one scalar (the mean of every pixel of every image), instead of "
       "the per-pixel mean image X_train.mean(axis=0) (standardize right)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    if mode == "mean_image":
        m = X_train.mean()
        return X_train - m, X_test - m
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0) + eps
    return (X_train - mean) / std, (X_test - mean) / std
"""),
    _e("rf8_recipe_batches_of_32", "a8_pipeline", "train_and_predict",
       "the recipe is followed except the mini-batch size, 32 (a default habit) instead of the 64 asked: twice the "
       "steps per epoch on other batches, so the trained weights and the test logits differ from the recipe's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    batch = 32
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            idx = order[start:start + batch]
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
    _e("rf8_ratio_weights_over_gradient_over_lr", "a8_pipeline", "update_ratio",
       "the ratio is written ||W|| / ||dW|| / lr, the weights' norm over the update's norm lr * ||dW||: the inverse "
       "of ||lr * dW|| / ||W||", """
def update_ratio(W, dW, lr):
    return np.linalg.norm(W) / np.linalg.norm(dW) / lr
""", catalogued="ratio_inverted"),
    _e("rf8_log_grid_mgrid_complex_step", "a8_pipeline", "log_grid",
       "the grid is np.mgrid[low:high:n * 1j], n points from low to high with equal additive steps (the complex step "
       "count makes mgrid a linspace): linearly spaced, not equally spaced on a log scale", """
def log_grid(low, high, n):
    # n points from low to high, both ends included
    return np.mgrid[low:high:n * 1j]
""", catalogued="linear_grid"),
]

HOLDOUT57_CORRECT: list[Entry] = [
    _e("rfk_correct_sigmoid_min_and_abs", "a1_backprop", "sigmoid_forward",
       "correct: the sigmoid as exp(min(x, 0)) / (1 + exp(-|x|)), which is 1 / (1 + e^-x) for x >= 0 and "
       "e^x / (1 + e^x) for x < 0 and never overflows, the output cached", """
def sigmoid_forward(x):
    out = np.exp(np.minimum(x, 0)) / (1.0 + np.exp(-np.abs(x)))
    cache = out
    return out, cache
"""),
    _e("rfk_correct_exponential_lr_reciprocal_power", "a2_optim", "exponential_lr",
       "correct: base_lr divided by (1 / gamma) ** step, which equals base_lr * gamma ** step", """
def exponential_lr(base_lr, step, gamma):
    return base_lr / (1.0 / gamma) ** step
"""),
    _e("rfk_correct_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the span split with divmod by the stride; a negative quotient (kernel larger than the padded input) "
       "or a remainder raises ValueError, otherwise quotient + 1", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    q, r = divmod(input_size + 2 * padding - dilation * (kernel_size - 1) - 1, stride)
    if q < 0 or r:
        raise ValueError("the kernel does not tile the padded input")
    return q + 1
"""),
    _e("rfk_correct_xavier_std_table_negative_power", "a4_init", "xavier_std",
       "correct: the fan n looked up in a dict by mode ((fan_in + fan_out) / 2 or fan_in), the std as gain * n ** -0.5", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = {"fan_avg": (fan_in + fan_out) / 2.0, "fan_in": float(fan_in)}[mode]
    return gain * n ** -0.5
"""),
    _e("rfk_correct_l2_inner_of_flattened", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as np.inner of the flattened W with itself (any shape), the gradient W * reg", """
def l2_penalty(W, reg):
    flat = np.ravel(W)
    return 0.5 * reg * np.inner(flat, flat), W * reg
"""),
    _e("rfk_correct_fc_to_conv_moveaxis_contiguous", "a7_architectures", "fc_to_conv",
       "correct: W reshaped to (C, H, W, M), its last axis moved first with np.moveaxis and made contiguous", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    w = np.ascontiguousarray(np.moveaxis(W.reshape(C, H, W_, -1), -1, 0))
    return w, b.copy()
"""),
    _e("rfk_correct_log_uniform_base_two", "a8_pipeline", "log_uniform",
       "correct: the exponent drawn uniformly between the base-2 logs of the bounds and raised with np.exp2 (the same "
       "log-uniform distribution as base 10)", """
def log_uniform(low, high, n, seed):
    return np.exp2(np.random.default_rng(seed).uniform(np.log2(low), np.log2(high), size=n))
"""),
]

JUDGED_ON57 = "2026-12-07 on commit 7d489d9"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout57 on commit 7d489d9 (JUDGED_ON57), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT55 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there, and a right diagnosis beside a false one; a departure naming the line with the mistake is right, and
# so is one over a whole two- or three-line span whose first line holds the mistake; a departure that sends the
# student to a right line as the line with the mistake states something false (as rd7_residual_shortcut_from_hidden
# in JUDGEMENT55); a loop departure over the whole training loop without a statement is vague (as
# qp8_train_batches_from_array_split in JUDGEMENT41, where the number it reads, set before the loop, was "not
# checked" too); a catalogued entry whose name is not given is judged by its diagnoses (not_rejected as
# n3_output_size_rounded_to_nearest in JUDGEMENT14, class_indices as o6_returns_argmax_of_trained_net in JUDGEMENT25);
# an error raised by Python, NumPy or torch, a shape comparison, a shape_error that only restates NumPy's error, or
# an accuracy figure is the comparison (nothing), a false grader gloss on such an error noted but still nothing (as
# i6_cross_entropy_arguments_swapped in JUDGEMENT22); one_index's "the last channel, row or column is handled
# differently (a loop bound, an index off by one)" where no loop or index is there names only mechanisms that are
# not there (as rd1_sigmoid_neg_branch_denominator in JUDGEMENT55); axes_permuted "(0, 1, 3, 2) ... a transpose or
# reshape that moves them" for row and column indices swapped in an assignment is right (as
# p7_fc_score_map_indices_swapped in JUDGEMENT15); returned_none's "a value never stored where it is read back (an
# entry of a dict ...)" for grads the caller reads by key is right (as z7_resbwd_grads_keyed_with_d_prefix in
# JUDGEMENT11); index_error's generic checklist beside a right diagnosis is not judged against it. Decided here (new
# in this set): the one_edit sentence ("line N reads ...; written ..., your function returns the expected ... on this
# test's call and on K other sets of arguments") is right where the line holds the mistake and the change is its fix:
# `//` to `/` (rf7_gap_backward_floor_division); `rcond=0.0` where the entry's fix is rcond=None
# (rf1_lstsq_rcond_drops_small_singular_values: X is documented of full column rank, where both keep every singular
# value; checked: 3.2e-08 from the reference where rcond=1e-2 is off by 39.5 on a like X); `b.shape[0]` for
# `W.shape[0]` (rf7_fc_to_conv_filter_count_from_rows: b holds the M outputs on every call, the filter count, as
# W.shape[1] does): each a fix of the cause, not a compensation elsewhere. Close calls: a departure's "what it returns
# has shape (6, 7) where the right value has (2, 6, 7)" for relu_forward returning out alone is what np.shape gives
# the pair (out, cache) of two (6, 7) arrays, beside values_returned's exact "it is the right out, but cache is left
# out": right; shifted_steps's "each entry of yours along axis 0 equals the expected's next one: an off-by-one (the
# index or step count starts one too late, e.g. step + 1)" for path[i - 1] = w (rows 0-8 hold the expected's rows
# 1-9, the last row the expected's first) names the off-by-one index, its parenthesis a hedge: right; returned_none
# for grads returned as a tuple (the test reads a non-dict as {}: None for every key; no dict at all, where z7 had
# one under other keys): right; a departure on `return np.sort(draws)` whose "holds the right values in another order
# (a reshape or transpose in the wrong order?)" guesses another reordering, the line itself the sort: right; a
# departure at `cache = cache + g ** 2` ("the mistake is in that line") where the mistake is the line above, the
# cache started as np.zeros(len(w)), beside a shape_error whose "give it the shape (3, 1)" would mend the matrix case
# only (a vector w would get a (D, D) cache; checked): misleading (JUDGEMENT48's tolerance of a shape_error remedy
# holds beside a departure that names the line); torch's NotImplementedError "Module [Net] is missing the required
# "forward" function" under the grader's gloss "which has no such operation for the arguments given (check their
# types and order)" (false: nothing is wrong with the arguments) for a forward spelt foward: nothing, torch's own
# words naming the missing method not being the grader's diagnosis.
JUDGEMENT57: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # values_returned (relu_backward_at_zero): "your function returns one value (an array of shape (4, 5)) where 2 are
    # asked: (out, cache): it is the right out, but cache is left out. Return all of them, in that order"; departure
    # (five tests): "line 218: `return np.maximum(x, 0)` ... what it returns has shape (6, 7) where the right value has
    # (2, 6, 7): the mistake is in that line" (np.shape of the pair (out, x): a close call, above).
    "rf1_relu_forward_returns_array_only": ("right", ("values_returned", "departure"), ""),
    # unread_parameter (both tests): "your tanh_backward() never reads its parameter `dout`, which the correct code
    # uses: what the caller passes there is ignored (a value computed another way in its place?)" (right); but
    # one_index (large inputs): "only index 4 along axis 0 is wrong (of 5): the last channel, row or column is handled
    # differently (a loop bound, an index off by one)": true of the test (rows 0-3 have |x| >= 700, where 1 - t**2 is
    # 0 and dout * 0 is 0 too), but no loop or index is there (a decision, above).
    "rf1_tanh_backward_local_derivative_only": (
        "misleading", ("unread_parameter",),
        "dx = 1 - t ** 2 is tanh's local derivative alone: dout is never read, so the upstream gradient never "
        "multiplies it and dx is wrong wherever dout is not 1 (on the large-input test only the last row, the one of "
        "moderate inputs, as 1 - t**2 is 0 where |x| >= 700 and dout * 0 is 0 either way); dx = dout * (1 - t ** 2)."),
    # departure (large inputs): "line 216: `e = np.exp(x)` computes `e`, a value the correct code never computes ...
    # up to line 218: `cache = out` ... The mistake is in lines 216-218" (three lines, the first the overflowing exp).
    "rf1_sigmoid_exp_over_one_plus_exp": ("right", ("departure",), ""),
    # departure: "`w`, set by line 217: `w, *_ = np.linalg.lstsq(X, y, rcond=1e-2)` ... your `w` differs from the right
    # value (by up to 9.92) ...: the mistake is in that line. One change repairs it: written `w, *_ =
    # np.linalg.lstsq(X, y, rcond=0.0)`, your function returns the expected w ... on 2 other sets of arguments" (the
    # cut-off removed: a fix of the cause; a decision, above).
    "rf1_lstsq_rcond_drops_small_singular_values": ("right", ("departure",), ""),
    "rf1_sigmoid_backward_einsum_of_s": ("named", (), ""),
    "rf1_relu_backward_piecewise_at_zero": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    "rf2_nesterov_torch_buffer_without_lookahead": ("named", (), ""),
    "rf2_momentum_velocity_dict_union_discarded": ("named", (), ""),
    # departure (both tests): "line 236: `return eta / (1 + step) ** gamma ** 0.5` ... what it returns is 0.3 where
    # 0.547723 is right (the square of the right value: a variance where a standard deviation is meant?): the mistake
    # is in that line" (step 0: eta = 0.3 = 0.547723**2, the variance returned unrooted: checked).
    "rf2_noise_std_power_chain_without_parentheses": ("right", ("departure",), ""),
    # departure: "line 236: `return w - np.linalg.lstsq(hessian, grad, rcond=None)` raises the error (at `w -
    # np.linalg.lstsq(hessian, grad, rcond=None)`) ...: the mistake is in that line" (the one-line body).
    "rf2_newton_lstsq_tuple_subtracted": ("right", ("departure",), ""),
    # shifted_steps: "each entry of yours along axis 0 equals the expected's next one: an off-by-one (the index or step
    # count starts one too late, e.g. step + 1)" (rows 0-8 of path[i - 1]; a close call, above).
    "rf2_gd_path_row_index_minus_one": ("right", ("shifted_steps",), ""),
    # departure (matrices): "line 240: `cache = cache + g ** 2` raises the error (at `cache + g ** 2`), though what
    # that line reads (g) agrees ...; `g` has shape (3, 4): the mistake is in that line" (a right line: the cache was
    # started as np.zeros(len(w)) at line 239); shape_error: "(3,) meets the last axis of (3, 4) ...: to line it up
    # there, give it the shape (3, 1) (`[:, None]` ...)": a repair for matrices only (a decision, above).
    "rf2_adagrad_cache_sized_by_len": (
        "misleading", (),
        "line 239 starts the cache as np.zeros(len(w)), one entry per row: shape (3,) for the (3, 4) weight matrix, so "
        "cache + g ** 2 at line 240 cannot broadcast and raises (right only for a vector w; a (3, 1) cache would give "
        "a vector a (D, D) one); start it with w's shape, np.zeros_like(w)."),
    # ------------------------------------------------------------------ a3_conv
    # departure (both tests): "`oh`, set by line 285: `oh, ow = h - kh + 1, w - kw + 1` ... your `oh` is 3 where 5 is
    # right ...: the mistake is in that line, or in `h` and `w`, set by line 283" (5 - 3 + 1; 4 for kernel 2: true).
    "rf3_multiply_count_output_shrunk_by_kernel": ("right", ("departure",), ""),
    # one_slip (both tests): "yours is what the correct code gives with one slip in
    # depthwise_separable_multiply_count(): the factor `in_channels *` missing (or it is one in yours)" (exact).
    "rf3_depthwise_count_one_channel": ("right", ("one_slip",), ""),
    # axes_permuted (three tests): "yours is the expected with its axes in the order (0, 1, 3, 2) ...: the axes are
    # mixed up (a transpose or reshape that moves them ...)" (out[:, :, j, i]: the pooled map transposed);
    # index_error's checklist on the non-square ties test ends on "rows indexed by what counts columns".
    "rf3_max_pool_output_indices_swapped": ("right", ("axes_permuted",), ""),
    # scaled (stride 1, pad 1): "every entry is 0.003906 times the expected, which fits more than one cause: 1/H*W of
    # the expected (H*W=256 ...) ...; or N/D = 8/2048 ..." (16 x 16 outputs: true); wrong_reduction (the one-image
    # stride-2 case): "yours is the mean over axes (0, 2, 3) of dout ...; the expected is its sum" (N = 1: true);
    # scaled (pad 2): "1/H*W of the expected (H*W=70 ...)" (7 x 10 outputs: true).
    "rf3_conv_backward_fast_db_averaged_over_pixels": ("right", ("scaled", "wrong_reduction"), ""),
    # catalogued output_size_not_rejected, not named; not_rejected: "conv_output_size() returns a value for this
    # invalid input; it must raise ValueError: check the condition that rejects it" (as
    # n3_output_size_rounded_to_nearest in JUDGEMENT14).
    "rf3_output_size_is_integer_not_called": ("right", ("not_rejected",), ""),
    # catalogued flipped_kernel, not named; as_if (non-square test): "yours is what the correct conv_forward_fast()
    # returns if w were flipped along its last two axes (rotated by 180 degrees): a kernel flipped: a convolution in the
    # mathematical sense, where the layers of a network compute a cross-correlation (no flip)"; the other test gives
    # only the comparison.
    "rf3_fast_conv_offset_loop_mirrored_taps": ("right", ("as_if",), ""),
    # ------------------------------------------------------------------ a4_init
    # no diagnosis: only Python's "activation_statistics() raised TypeError: maximum() takes from 2 to 3 positional
    # arguments but 1 was given".
    "rf4_relu_mapped_to_uncalled_maximum": (
        "nothing", (),
        "the activation table maps 'relu' to np.maximum itself, a ufunc of two inputs: act(h @ W) calls it with one "
        "array and raises TypeError, so no statistics come back for a ReLU network (tanh, sigmoid and linear right); "
        "map 'relu' to a function of one argument, lambda z: np.maximum(z, 0)."),
    # departure (both tests): "line 94: `return (w - w.mean()) / w.std()` ... what it returns differs from the right
    # value (by up to 3.25): the mistake is in that line" (seed 11: 3.248, checked).
    "rf4_he_normal_restandardized_draws": ("right", ("departure",), ""),
    # scaled (three tests): "yours is sqrt(3) times the expected: a uniform's bound taken for its standard deviation
    # (U(-a, a) has standard deviation a / sqrt(3)), or a count under a square root 3 times too small ..." (the first:
    # the uniform's sqrt(3) copied into the normal's scale).
    "rf4_xavier_normal_scale_with_uniform_sqrt3": ("right", ("scaled",), ""),
    # draws_shape (three tests): "yours reach 2.44 of their standard deviations where the correct code's reach 1.74
    # (kurtosis 2.4 where 1.8) ..." (a triangular distribution: sqrt(6) = 2.449, kurtosis 2.4: true); departure:
    # "line 94: `return rng.uniform(-a, 0.0, size=shape) + rng.uniform(0.0, a, size=shape)` ...: the mistake is in
    # that line".
    "rf4_xavier_uniform_two_halves_added": ("right", ("draws_shape", "departure"), ""),
    "rf4_stats_into_preallocated_table_before_act": ("named", (), ""),
    "rf4_uniform_random_sign_times_std": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # axes_permuted: "yours is the expected with its axes in the order (1, 0, 2, 3) (shape (3, 2, 4, 5) for (2, 3, 4,
    # 5)): the axes are mixed up (a transpose or reshape that moves them ...)" (moveaxis(dx, -1, 0): true).
    "rf5_spatial_bn_backward_channels_moved_to_front": ("right", ("axes_permuted",), ""),
    # handed_wrong_input: "your spatial_batchnorm_backward() is the correct code's own, yet it raises an error here: it
    # was handed `cache` from your spatial_batchnorm_forward() ... returns (an array of shape (2, 3, 4, 5), gamma, ...)
    # at [1] ...; the correct one returns (an array of shape (40, 3), gamma, ...)" (N * H * W = 40: true).
    "rf5_spatial_bn_cache_x_hat_in_image_layout": ("right", ("handed_wrong_input",), ""),
    # one_slip: "`+ x_hat` where `- x_hat` is meant, where dx is computed" (exact).
    "rf5_layernorm_backward_variance_term_added": ("right", ("one_slip",), ""),
    # handed_wrong_input: "your dropout_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your dropout_forward(). The mistake is in what dropout_forward() returns there (what it
    # holds, ...)" (the cached mask, a second draw).
    "rf5_dropout_mask_redrawn_for_cache": ("right", ("handed_wrong_input",), ""),
    "rf5_dropout_backward_safe_divide_keep": ("named", (), ""),
    "rf5_layernorm_stats_from_column_covariance": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    "rf6_best_epoch_accuracy_floor_division": ("named", (), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax" (as o6_returns_argmax_of_trained_net in JUDGEMENT25).
    "rf6_returns_column_of_row_maximum": ("right", ("class_indices",), ""),
    # no diagnosis: only the shape comparisons, "expected logits of shape (739, classes), got shape (2, 10) float32"
    # (and (2, 4), (2, 6)).
    "rf6_tta_views_averaged_over_images": (
        "nothing", (),
        "the plain and mirrored logits are stacked into a (2, M, classes) tensor and averaged with mean(dim=1), over "
        "the test images, not over the two views: the function returns (2, classes) ((2, 10) where (739, 10)); "
        "average over the views, views.mean(dim=0)."),
    # shape_error (three tests) only restates NumPy's broadcasting error: "NumPy matches (739, 1, 8, 8) and (1258, 1,
    # 1, 1) axis by axis, and they differ at axis 0 (739 against 1258) where neither is 1".
    "rf6_std_taken_per_image_axes": (
        "nothing", (),
        "the std is taken over axes (1, 2, 3), one value per training image ((1258, 1, 1, 1)), where the mean is per "
        "channel over (0, 2, 3): each training image is divided by its own spread, and dividing the 739 test images "
        "by the 1258 training stds cannot broadcast, so the prediction raises after training; take the std over axes "
        "(0, 2, 3) too, one per channel."),
    # no diagnosis: only torch's "train_and_predict() raised RuntimeError: The size of tensor a (64) must match the size
    # of tensor b (8) at non-singleton dimension 3" (32 on the shapes).
    "rf6_flip_mask_not_broadcast_to_images": (
        "nothing", (),
        "the flip mask, (torch.rand(len(idx)) < 0.5), has shape (B,): torch.where lines it up with the last axis of "
        "the (B, C, H, W) batch, the width, so the first batch raises (64 against a width of 8) and nothing is "
        "trained; give the mask one entry per image on the batch axis, flip[:, None, None, None]."),
    # no diagnosis: torch's "Module [Net] is missing the required "forward" function" under the grader's gloss
    # "raised NotImplementedError inside a library it called, which has no such operation for the arguments given
    # (check their types and order)" (false: a decision, above).
    "rf6_module_forward_misspelt": (
        "nothing", (),
        "the network's forward method is spelt foward: nn.Module's call finds no forward and raises "
        "NotImplementedError on the first batch (nothing is wrong with the arguments), so nothing is trained and no "
        "logits come back; name the method forward."),
    # ------------------------------------------------------------------ a7_architectures
    # unread_parameter (six tests): "never reads params['b2'] ... (a formula without it?)"; as_if: "... if
    # params['b2'] were all zeros: params['b2'] is not added"; one_slip: "the term `params["b2"] +` missing".
    "rf7_residual_second_bias_missing": ("right", ("unread_parameter", "as_if", "one_slip"), ""),
    # departure (two tests): "line 178: `w = W.T.reshape(W.shape[0], C, H, W_)` raises the error ...: the mistake is in
    # that line. One change repairs it: written `w = W.T.reshape(b.shape[0], C, H, W_)` ..." (b holds M entries: a
    # decision, above); one_slip (rectangular): "`shape[0]` where `shape[1]` is meant (off by one), where w is
    # computed" (exact).
    "rf7_fc_to_conv_filter_count_from_rows": ("right", ("departure", "one_slip"), ""),
    # returned_none (six tests): "yours is None: is a `return` missing, or a value never stored where it is read back
    # (an entry of a dict such as bn_param or config that your function should set)?" (a close call, above).
    "rf7_residual_backward_grads_as_tuple": ("right", ("returned_none",), ""),
    # one_edit (both tests): "line 177 reads `share = dout // (H * W)`; written `share = dout / (H * W)`, your function
    # returns the expected dx on this test's call and on 2 other sets of arguments: the mistake is most likely in that
    # line" (the fix itself).
    "rf7_gap_backward_floor_division": ("right", ("one_edit",), ""),
    "rf7_gap_backward_zero_stride_view": ("named", (), ""),
    "rf7_saliency_last_of_sorted_channels": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure: "line 166: `return np.sort(draws)` ... what it returns holds the right values in another order (a
    # reshape or transpose in the wrong order?): the mistake is in that line" (a close call, above).
    "rf8_log_uniform_sorted": ("right", ("departure",), ""),
    # no diagnosis: only NumPy's "parameter_statistics() raised ValueError: setting an array element with a sequence.
    # The requested array has an inhomogeneous shape after 1 dimensions ..." (both tests).
    "rf8_parameter_statistics_per_column": (
        "nothing", (),
        "the statistics are taken with axis=0, one per column of a 2-D weight (and of its gradient): with the scalar "
        "update ratio the five entries have different lengths and np.array raises ValueError (a 1-D bias is right); "
        "take each over every entry, W.mean(), W.std(), g.mean(), g.std()."),
    # departure: "line 166: `m = X_train.mean()` computes `m`, a value the correct code never computes ... up to line
    # 167: `return X_train - m, X_test - m` ... The mistake is in lines 166-167" (two lines, the first the mistake).
    "rf8_mean_image_as_scalar_mean": ("right", ("departure",), ""),
    # departure (both tests): "the loop at lines 173-184 (`for _ in range(20):`) leaves `W` and `b` holding values the
    # correct code never computes, though what the loop reads from before it (W, X, b, y_train; the number batch, which
    # the correct code does not name, not checked) agrees ...: the mistake is in that loop": the whole training loop.
    "rf8_recipe_batches_of_32": (
        "vague", (),
        "batch = 32 (line 172) halves the recipe's mini-batch of 64: twice the steps per epoch, on other batches, so "
        "W ends elsewhere (off by up to 0.0421; 0.056 with 65 examples) and so do the logits; use batches of 64."),
    "rf8_ratio_weights_over_gradient_over_lr": ("named", (), ""),
    "rf8_log_grid_mgrid_complex_step": ("named", (), ""),
}
# Counts: named 13, right 26 (named or right 39/48 = 81%; not in the catalogue: right 23/32 = 72%; the 16
# catalogued: 13 named, 3, rf3_output_size_is_integer_not_called, rf3_fast_conv_offset_loop_mirrored_taps and
# rf6_returns_column_of_row_maximum, right by their diagnoses), misleading 2, vague 1, nothing 6, wrong_name 0,
# check_message 0, not_caught 0. HOLDOUT57_CORRECT: all 7 earn full marks.

HOLDOUT57 = [replace(e, verdict=JUDGEMENT57[e.id][0], expected=frozenset(JUDGEMENT57[e.id][1]),
                     ideal=JUDGEMENT57[e.id][2]) if e.id in JUDGEMENT57 else e for e in HOLDOUT57]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,061 earlier ones (corpus.py and holdout.py-holdout55.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). Two of the 48 mistakes (both catalogued, written
# as an earlier entry was) and two of the 7 right variants repeat an earlier entry.
# Without those two mistakes the set has 46 fresh ones (14 catalogued): named or right 37/46 = 80%, misleading 2
# (rf1_tanh_backward_local_derivative_only, rf2_adagrad_cache_sized_by_len), vague 1 (rf8_recipe_batches_of_32),
# nothing 6 (rf4_relu_mapped_to_uncalled_maximum, rf6_tta_views_averaged_over_images, rf6_std_taken_per_image_axes,
# rf6_flip_mask_not_broadcast_to_images, rf6_module_forward_misspelt, rf8_parameter_statistics_per_column).
# (id -> the earlier entry it repeats)
REPEATED57: dict[str, str] = {
    "rf4_stats_into_preallocated_table_before_act": "p4_actstats_records_preactivation",
    "rf8_ratio_weights_over_gradient_over_lr": "rd8_ratio_reciprocal",
    "rfk_correct_output_size_divmod": "qbk_correct_output_size_divmod",
    "rfk_correct_fc_to_conv_moveaxis_contiguous": "n7_correct_fc_to_conv_reshape_then_moveaxis",
}
