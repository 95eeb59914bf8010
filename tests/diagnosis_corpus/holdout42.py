"""A forty-second hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 305f3a4 (JUDGED_ON42, JUDGEMENT42 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout42.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT42 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT42_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT42: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qq1_relu_bwd_mask_x_equals_abs", "a1_backprop", "relu_backward",
       "the mask is written x == np.abs(x), 'the inputs the ReLU left unchanged', which is x >= 0: the gradient "
       "passes where the input is exactly 0, where the derivative is to be taken as 0 (x > 0)", """
def relu_backward(dout, cache):
    x = cache
    passes = x == np.abs(x)   # the ReLU left these inputs unchanged
    return np.where(passes, dout, 0.0)
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("qq1_softmax_l1_normalized_over_batch", "a1_backprop", "softmax",
       "the row maximum is subtracted right, but the exponentials are normalized with np.linalg.norm(e, ord=1, "
       "axis=0, keepdims=True), the L1 norm of each column: each class is normalized over the batch instead of "
       "each row over its classes (axis=1), so the rows do not sum to 1", """
def softmax(scores):
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    # unit L1 norm: the probabilities sum to one
    return e / np.linalg.norm(e, ord=1, axis=0, keepdims=True)
""", catalogued="softmax_over_batch"),
    _e("qq1_sigmoid_fwd_cache_output_and_input", "a1_backprop", "sigmoid_forward",
       "out is right (the stable two-branch sigmoid), but the cache is the pair (out, x) 'to keep both for the "
       "backward pass', where sigmoid_backward reads the cache as the output array s itself: dout * s * (1 - s) "
       "then broadcasts the stacked (2, ...) pair and dx comes back with the wrong shape and values", """
def sigmoid_forward(x):
    out = np.empty_like(x, dtype=float)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    cache = (out, x)   # keep both for the backward pass
    return out, cache
"""),
    _e("qq1_mse_loss_np_var_of_residual", "a1_backprop", "mse_loss",
       "the loss is written np.var(pred - target), 'the mean squared deviation', which subtracts the residuals' "
       "mean before squaring: it is mean((r - mean(r))**2), not the mean squared error mean(r**2) (dpred right)",
       """
def mse_loss(pred, target):
    diff = pred - target
    loss = np.var(diff)            # mean of the squared differences
    dpred = 2 * diff / diff.size
    return loss, dpred
"""),
    _e("qq1_linreg_cholesky_lower_factor_twice", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are solved through the Cholesky factor X^T X = L L^T, but the second triangular "
       "solve uses L again instead of its transpose: w solves L L w = X^T y, not L L^T w = X^T y", """
def linear_regression_closed_form(X, y):
    A = X.T @ X
    L = np.linalg.cholesky(A)            # A = L L^T
    z = np.linalg.solve(L, X.T @ y)      # forward substitution
    w = np.linalg.solve(L, z)            # back substitution
    return w
"""),
    _e("qq1_logistic_softplus_for_sigmoid", "a1_backprop", "logistic_regression_gradient",
       "pi is computed as np.logaddexp(0, X w) = log(1 + e^z), the softplus term of the loss, instead of its "
       "derivative, the probability sigmoid(X w): the residual pi - y and so the gradient X^T (pi - y) are wrong",
       """
def logistic_regression_gradient(w, X, y):
    z = X @ w
    pi = np.logaddexp(0, z)   # stable log(1 + e^z)
    return X.T @ (pi - y)
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qq2_momentum_state_subdict_never_attached", "a2_optim", "sgd_momentum",
       "the velocity is kept in a nested dict state = config.get('state', {}), but that dict is created fresh "
       "when the key is missing and never put into config: the velocity written into it is lost, so every call "
       "starts again from zero velocity (plain SGD with step lr)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    state = config.get("state", {})
    v = state.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    state["velocity"] = v
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("qq2_adam_beta_powers_updated_after_use", "a2_optim", "adam",
       "the powers beta1**t and beta2**t are kept as running products in config, starting at 1, and multiplied "
       "by beta only after the bias corrections have used them: each step corrects with the previous step's power, "
       "so the first step divides by 1 - 1 = 0 (nan weights)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    # running powers beta**t instead of a step counter
    b1t = config.get("beta1_t", 1.0)
    b2t = config.get("beta2_t", 1.0)
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    m_hat = m / (1 - b1t)
    v_hat = v / (1 - b2t)
    config.update(m=m, v=v, beta1_t=b1t * b1, beta2_t=b2t * b2)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    _e("qq2_sgd_decay_shrinks_updated_weights", "a2_optim", "sgd",
       "the weight decay is applied as a shrink factor (1 - lr * weight_decay) on the weights after the gradient "
       "step, (w - lr dw)(1 - lr wd), instead of being added to the gradient, w - lr (dw + wd w): the two differ "
       "by lr**2 wd dw, so with weight decay every step is off", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    lr, wd = config["learning_rate"], config.get("weight_decay", 0.0)
    next_w = w - lr * dw
    next_w = next_w * (1 - lr * wd)   # weight decay: shrink the weights a little
    return next_w, config
"""),
    _e("qq2_newton_triangular_solve", "a2_optim", "newton_step",
       "the Newton system is solved with scipy.linalg.solve_triangular(hessian, grad, lower=True) ('H is "
       "symmetric, a triangular solve is enough'): only the lower triangle of H is used, as if its upper part "
       "were 0, so the direction is not H^-1 grad", """
def newton_step(w, grad, hessian):
    from scipy.linalg import solve_triangular
    # the Hessian is symmetric, so one triangle holds all of it
    return w - solve_triangular(hessian, grad, lower=True)
"""),
    _e("qq2_gd_float32_data", "a2_optim", "gradient_descent",
       "X, y and w0 are cast to float32 ('single precision is plenty'): every product and step is rounded to "
       "about 7 digits, so the path drifts from the float64 one by far more than rounding in double precision",
       """
def gradient_descent(X, y, w0, learning_rate, steps):
    X, y, w = (np.asarray(a, dtype=np.float32) for a in (X, y, w0))
    path = []
    for _ in range(steps):
        w = w - np.float32(learning_rate) * linear_regression_gradient(w, X, y)
        path.append(w.copy())
    return np.array(path)
"""),
    _e("qq2_minibatch_array_split_batch_size_as_count", "a2_optim", "minibatch_sgd",
       "each epoch's permutation is cut with np.array_split(order, batch_size), whose second argument is the "
       "number of parts: batch_size batches of about N / batch_size rows instead of batches of batch_size rows",
       """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    for _ in range(epochs):
        order = rng.permutation(X.shape[0])
        for idx in np.array_split(order, batch_size):
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qq3_output_size_trims_leftover_pixels", "a3_conv", "conv_output_size",
       "a configuration whose span is not a multiple of the stride is 'fixed' by trimming the leftover pixels "
       "(span -= span % stride, as torch drops them) and a kernel larger than the padded input is never checked: "
       "nothing raises ValueError, the size is rounded down instead", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    leftover = span % stride
    if leftover:
        span -= leftover      # the last pixels are not reached by any window: drop them
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("qq3_conv_naive_manual_pad_top_left_placement", "a3_conv", "conv_forward_naive",
       "the padded input is built by hand as a zero array of (H + 2P, W + 2P) with the image copied into "
       "xp[:, :, :H, :W]: the size is right, but the image sits at the top-left corner, so all 2P zero rows and "
       "columns are below and right of it instead of P on every side (xp[:, :, P:P + H, P:P + W] is meant)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    xp[:, :, :H, :W] = x
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    out[n, f, i, j] = np.sum(xp[n, :, r:r + HH, c:c + WW] * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="padding_one_side"),
    _e("qq3_multiply_count_int_output_as_pixel_count", "a3_conv", "conv_multiply_count",
       "an int output_size is read as the number of output pixels (oh * ow = output_size) instead of the side of a "
       "square output map (output_size x output_size): an int output is counted output_size times too few "
       "(a (oh, ow) pair right)", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    if isinstance(output_size, int):
        pixels = output_size                 # already the number of output positions
    else:
        pixels = output_size[0] * output_size[1]
    return pixels * out_channels * in_channels * kh * kw
"""),
    _e("qq3_conv_fast_tensordot_kernel_axes_crossed", "a3_conv", "conv_forward_fast",
       "the windows (N, C, Ho, Wo, HH, WW) are contracted with the filters over axes [1, 4, 5] of the windows and "
       "[1, 3, 2] of w: the window's row offset is paired with the kernel's column axis and vice versa, so each "
       "window meets the transposed kernel (an error for non-square kernels)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.tensordot(windows, w, axes=([1, 4, 5], [1, 3, 2]))   # (N, Ho, Wo, F)
    out = out.transpose(0, 3, 1, 2) + b[None, :, None, None]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("qq3_conv_transpose_as_conv_without_zero_insertion", "a3_conv", "conv_transpose_forward",
       "the transposed convolution is computed as a cross-correlation of x with the flipped, channel-swapped "
       "kernel and a zero border of kernel - 1 - pad, but without inserting stride - 1 zeros between the input "
       "pixels: that is only the transposed convolution for stride 1; with stride s the output is too small and "
       "its values wrong", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    # transposed conv = ordinary conv with the flipped kernel and a 'full' border
    k = w.transpose(1, 0, 2, 3)[:, :, ::-1, ::-1]
    ph, pw = HH - 1 - pad, WW - 1 - pad
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    Ho, Wo = xp.shape[2] - HH + 1, xp.shape[3] - WW + 1
    out = np.zeros((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = np.einsum("nchw,fchw->nf", xp[:, :, i:i + HH, j:j + WW], k)
    return out + b[None, :, None, None]
"""),
    _e("qq3_unpool_nearest_neighbour_upsampling", "a3_conv", "max_unpool",
       "unpooling is written as nearest-neighbour upsampling: each pooled value is repeated over a 2 x 2 block "
       "(np.repeat along both axes) and the indices are never read, so every position of a window gets the value "
       "instead of only the maximum's (and output_shape is ignored: the size is always twice the pooled one)", """
def max_unpool(x, indices, output_shape):
    # undo the 2x2 pooling: every pooled value goes back over its window
    up = np.repeat(np.repeat(x, 2, axis=2), 2, axis=3)
    return up
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qq4_xavier_std_returns_variance_helper", "a4_init", "xavier_std",
       "a nested helper computes Glorot's variance, 2 / (fan_in + fan_out) (or 1 / fan_in), and its result times "
       "the gain is returned as it is: the standard deviation is the square root of that variance, "
       "gain * sqrt(2 / (fan_in + fan_out))", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    def glorot_variance(fan_in, fan_out):
        # Var[W] = 2 / (n_in + n_out) keeps the signal's variance through the layer
        if mode == "fan_avg":
            return 2.0 / (fan_in + fan_out)
        return 1.0 / fan_in
    fan_in, fan_out = compute_fans(shape)
    return gain * glorot_variance(fan_in, fan_out)
""", catalogued="variance_used_as_std"),
    _e("qq4_actstats_recorded_by_passthrough_hook", "a4_init", "activation_statistics",
       "the statistics are recorded by a pass-through 'hook', watch(a), wrapped around the layer's product, "
       "act(watch(h @ W)): the hook sees the pre-activation h @ W, so the means and variances are those before the "
       "nonlinearity instead of those of the layer's output act(h @ W)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    means, variances = [], []

    def watch(a):
        # log what flows through the layer and pass it on unchanged
        means.append(a.mean())
        variances.append(a.var())
        return a

    h = X
    for W in weights:
        h = acts[activation](watch(h @ W))
    return np.array(means), np.array(variances)
""", catalogued="statistics_before_activation"),
    _e("qq4_he_std_kaiming_uniform_bound", "a4_init", "he_std",
       "He's std is written sqrt(6 / fan_in), the bound of torch's kaiming_uniform_ (sqrt(3) times the std), "
       "instead of the standard deviation sqrt(2 / fan_in): every He std is sqrt(3) times too large", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    # kaiming: gain sqrt(2) and sqrt(3 / fan_in)
    return math.sqrt(6.0 / fan_in)
"""),
    _e("qq4_compute_fans_returns_generator", "a4_init", "compute_fans",
       "the fans are computed right but returned as a generator expression, (n * receptive for n in (in, out)), "
       "instead of a tuple: unpacking it works once, but it is no pair of numbers (np.asarray of it is a 0-d "
       "object array, and a second read finds it used up)", """
def compute_fans(shape):
    if len(shape) == 2:
        return (n for n in shape)
    receptive = math.prod(shape[2:])
    return (n * receptive for n in (shape[1], shape[0]))
"""),
    _e("qq4_actstats_weight_index_off_by_one", "a4_init", "activation_statistics",
       "the layers are walked by index and each applies weights[i - 1]: the first layer uses the last weight "
       "matrix (index -1) and every other layer the one before its own, so the network runs W_L, W_1, ..., "
       "W_{L-1} (square weights raise no error) and every statistic is of another network", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    L = len(weights)
    means, variances = np.zeros(L), np.zeros(L)
    h = X
    for i in range(L):
        h = acts[activation](h @ weights[i - 1])
        means[i], variances[i] = h.mean(), h.var()
    return means, variances
"""),
    _e("qq4_xavier_uniform_float16_draws", "a4_init", "xavier_uniform",
       "the uniform draws are cast to float16 ('the weights are stored in half precision'): each weight is "
       "rounded to about 3 significant digits, so draws near the bound round past sqrt(3) * std and the "
       "weights are no longer U(-a, a) as computed", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    w = np.random.default_rng(seed).uniform(-a, a, size=shape)
    return w.astype(np.float16)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qq5_layernorm_apply_along_axis_zero", "a5_normalization", "layernorm_forward",
       "each example is meant to be standardized on its own with np.apply_along_axis(standardize, 0, x), but "
       "axis 0 hands the helper the columns: every feature is standardized over the batch (batch norm's "
       "statistics, inv_std of shape (1, D)) instead of every row over its D features", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)

    def standardize(v):
        return (v - v.mean()) / np.sqrt(v.var() + eps)

    x_hat = np.apply_along_axis(standardize, 0, x)      # one example at a time
    inv_std = 1 / np.sqrt(x.var(axis=0, keepdims=True) + eps)
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("qq5_dropout_zeroes_copy_without_rescale", "a5_normalization", "dropout_forward",
       "the dropped units are zeroed in a copy of x by boolean indexing, out[~keep] = 0, and the kept ones are "
       "left as they are: inverted dropout also divides the kept units by p (and the cache is the 0/1 keep mask, "
       "without the 1 / p)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = x.copy()
    out[~keep] = 0.0
    return out, keep
""", catalogued="dropout_no_scaling"),
    _e("qq5_bn_bwd_dvar_positive_half", "a5_normalization", "batchnorm_backward",
       "a staged backward pass whose dvar is written with +0.5 * inv_std**3: d/dvar (var + eps)**(-1/2) is "
       "-0.5 (var + eps)**(-3/2), so the variance path enters dx with the wrong sign (dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    xc = x_hat / inv_std                        # x - mu
    dvar = np.sum(dx_hat * xc, axis=0) * 0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * xc.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2 * xc / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qq5_groupnorm_channels_last_before_grouping", "a5_normalization", "groupnorm_forward",
       "x is moved channels-last, transpose(0, 2, 3, 1), before the reshape to (N, groups, -1) (the spatial "
       "batch norm habit): each 'group' is a block of consecutive (row, column, channel) values, half of the "
       "image's rows with every channel, instead of C // groups consecutive channels over all of H and W", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.transpose(0, 2, 3, 1).reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, H, W, C).transpose(0, 3, 1, 2)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("qq5_groupnorm_bwd_sums_over_whole_example", "a5_normalization", "groupnorm_backward",
       "the simplified backward formula takes its sums over each whole example, all C * H * W values (M = C H W, "
       "layer norm over the image), though the statistics were per group: the mean terms mix the groups and "
       "each group's own inv_std is applied to sums over the others (dgamma, dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = dout * gamma.reshape(1, C, 1, 1)
    M = C * H * W
    s1 = g.sum(axis=(1, 2, 3), keepdims=True)
    s2 = (g * x_hat).sum(axis=(1, 2, 3), keepdims=True)
    scale = np.repeat(inv_std, C // groups, axis=1).reshape(N, C, 1, 1)
    dx = scale / M * (M * g - s1 - x_hat * s2)
    return dx, dgamma, dbeta
"""),
    _e("qq5_dropout_bwd_test_mode_zero_gradient", "a5_normalization", "dropout_backward",
       "the test-mode cache (None) is answered with np.zeros_like(dout) ('nothing was dropped, no mask to "
       "propagate'): in test mode the layer is the identity, so its gradient is dout itself, not zero", """
def dropout_backward(dout, cache):
    if cache is None:
        return np.zeros_like(dout)     # no mask: nothing to propagate
    return dout * cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qq6_swa_model_never_updated", "a6_cnn", "train_and_predict",
       "the predictions come from a torch.optim.swa_utils.AveragedModel(model) built before training, whose "
       "update_parameters(model) is never called: it keeps the copy of the initial weights it was made with, so "
       "the logits are those of an untrained network (the trained model itself is never used)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    from torch.optim.swa_utils import AveragedModel
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
    swa_model = AveragedModel(model)          # weight averaging for a smoother final model
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
    swa_model.eval()
    with torch.no_grad():
        return swa_model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qq6_labels_reordered_by_inverse_permutation", "a6_cnn", "train_and_predict",
       "the training set is shuffled once with X = X[perm] but the labels with y = y[np.argsort(perm)], the "
       "inverse permutation ('undo the order'): image i gets the label of another image, so the model learns "
       "nothing about the images' classes", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    perm = np.random.default_rng(seed).permutation(len(y_train))
    X_train, y_train = X_train[perm], y_train[np.argsort(perm)]
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for s in range(0, len(y), 64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[s:s + 64]), y[s:s + 64]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("qq6_eval_called_on_head_only", "a6_cnn", "train_and_predict",
       "before predicting, eval() is called on model[-1], the final nn.Linear ('the classifier head'), instead "
       "of on the whole model: the batch norm layers stay in training mode and normalize each test batch with "
       "its own statistics, so an image's logits depend on the other test images", """
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
    head = model[-1]
    head.eval()                     # inference mode for the classifier
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qq6_train_images_upsampled_test_not", "a6_cnn", "train_and_predict",
       "the training batches are upsampled to 32 x 32 with nn.functional.interpolate ('the network was designed "
       "for CIFAR-size inputs'), but the test images are predicted at their own size: the adaptive pooling lets "
       "them through, and the model sees test inputs at a scale it never trained on", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            xb = nn.functional.interpolate(X[idx], size=(32, 32), mode="bilinear", align_corners=False)
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qq6_grayscale_training_only", "a6_cnn", "train_and_predict",
       "the training images are converted to one grayscale channel, X_train.mean(axis=1, keepdims=True) ('color "
       "does not matter for shapes'), and the network is built for that one channel, but the test images are "
       "passed with all their channels: on 3-channel images the first convolution raises on the test batch (the "
       "1-channel digits are unaffected)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    X_train = X_train.mean(axis=1, keepdims=True)      # grayscale: faster, color is not needed
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qq6_hand_loss_log_softmax_over_batch", "a6_cnn", "train_and_predict",
       "the cross-entropy is written by hand as -log_softmax(logits, dim=0)[range(B), y].mean(): dim 0 is the "
       "batch, so each class's logits are normalized over the images of the batch instead of each image's "
       "logits over the classes (dim=1), and the loss no longer trains a classifier", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            logits = model(X[idx])
            log_probs = torch.log_softmax(logits, dim=0)
            loss = -log_probs[torch.arange(len(idx), device=device), y[idx]].mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qq7_gap_bwd_multiply_outer_undivided", "a7_architectures", "global_avg_pool_backward",
       "dout is spread over each map with np.multiply.outer(dout, np.ones((H, W))), the outer product with a map "
       "of ones, never divided by H * W: each position gets the map's whole gradient instead of dout / (H * W)",
       """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.multiply.outer(dout, np.ones((H, W)))
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qq7_saliency_per_example_w2_summed_over_classes", "a7_architectures", "saliency_map",
       "a loop over the examples builds each input gradient as W1 @ (mask * g), but g is W2.sum(axis=1), the "
       "row sums of W2 over every class, instead of the class column W2[:, y[n]]: the gradient of the sum of "
       "all the class scores, y never used", """
def saliency_map(x, params, y):
    N = x.shape[0]
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    flat = x.reshape(N, -1)
    out = np.zeros((N,) + x.shape[2:])
    for n in range(N):
        mask = (flat[n] @ W1 + b1) > 0
        g = W2.sum(axis=1)                 # d score / d hidden
        grad = (W1 @ (mask * g)).reshape(x.shape[1:])
        out[n] = np.abs(grad).max(axis=0)
    return out
""", catalogued="saliency_of_all_scores"),
    _e("qq7_resblock_bwd_grads_alias_params", "a7_architectures", "residual_block_backward",
       "grads = params binds the same dict instead of a new one: grads['W2'] = h.T @ dz replaces W2 in the "
       "cached params, and the next line back-propagates through that gradient (dz @ params['W2'].T) instead of "
       "the weight; the caller's params are overwritten with gradients too", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    grads = params                      # same keys as params
    dz = dout * (z > 0)
    grads["W2"] = h.T @ dz
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
    _e("qq7_saliency_of_class_probability", "a7_architectures", "saliency_map",
       "the gradient back-propagated is that of the class probability softmax(scores)[n, y[n]], dscores = "
       "p_y (one_hot - p), instead of that of the raw class score scores[n, y[n]] (a one-hot dscores)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    scores = np.maximum(a1, 0) @ params["W2"] + params["b2"]
    p = np.exp(scores - scores.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    onehot = np.eye(scores.shape[1])[y]
    py = p[np.arange(N), y][:, None]
    dscores = py * (onehot - p)           # d p_y / d scores
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("qq7_gaussian_nll_variance_floor", "a7_architectures", "gaussian_nll",
       "a floor is added to the variance, var = exp(2 log_std) + 1e-6 ('never divide by zero'), in the squared "
       "term and the gradients: for small standard deviations (var about 2.5e-3) the loss and the gradients "
       "move by a relative 4e-4; the NLL divides by exp(2 log_std) itself", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std) + 1e-6     # never divide by zero
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("qq7_mdn_expected_component_nll", "a7_architectures", "mdn_nll",
       "the loss is the mixing-weighted average of the components' negative log-likelihoods, "
       "sum_k pi_k (-log N_k) (with its consistent gradients), instead of the negative log of the mixture's "
       "likelihood, -log sum_k pi_k N_k: the log is taken inside the sum (Jensen's bound, not the NLL)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    pi = np.exp(shifted)
    pi /= pi.sum(axis=1, keepdims=True)
    z = (y[:, None] - mu) / np.exp(log_std)
    nll_k = 0.5 * math.log(2 * math.pi) + log_std + 0.5 * z ** 2     # each component's NLL
    per_row = (pi * nll_k).sum(axis=1, keepdims=True)
    loss = per_row.mean()
    dlogits = pi * (nll_k - per_row) / N
    dmu = -pi * z / np.exp(log_std) / N
    dlog_std = pi * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qq8_flip_flipud_per_plane", "a8_pipeline", "random_flip",
       "each chosen image is mirrored plane by plane with np.flipud(x[n, c]), which reverses a 2-D plane's "
       "first axis, its rows: the image is turned upside down instead of mirrored left-right (np.fliplr, or "
       "the last axis reversed)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    out = x.copy()
    for n in np.flatnonzero(rng.random(len(x)) < p):
        for c in range(x.shape[1]):
            out[n, c] = np.flipud(x[n, c])
    return out
""", catalogued="flip_vertical"),
    _e("qq8_warmup_recursive_increment_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written recursively, each step's rate the previous step's plus base_lr / warmup_steps, "
       "with the base case step 0 at rate 0: the ramp is base_lr * step / warmup_steps, starting at 0 and one "
       "step behind base_lr * (step + 1) / warmup_steps", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        if step == 0:
            return 0.0
        return warmup_cosine_lr(step - 1, base_lr, warmup_steps, total_steps, min_lr) + base_lr / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
    _e("qq8_crop_np_roll_wraps_around", "a8_pipeline", "random_crop",
       "the crop is written as a random shift with np.roll followed by a size x size cut: the offsets are "
       "right, but np.roll wraps the pixels that leave one border around to the other, so the border is filled "
       "with the opposite side of the image instead of the zero padding", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        shifted = np.roll(x[i], (padding - rows[i], padding - cols[i]), axis=(1, 2))
        out[i] = shifted[:, :size, :size]
    return out
"""),
    _e("qq8_log_grid_high_to_low", "a8_pipeline", "log_grid",
       "the grid is np.geomspace(high, low, n), from the largest value down ('learning rates from large to "
       "small'): the values are the right ones in reverse order, where the grid runs from low to high", """
def log_grid(low, high, n):
    return np.geomspace(high, low, n)     # try the large rates first
"""),
    _e("qq8_normalize_returns_statistics_too", "a8_pipeline", "normalize_splits",
       "the normalized splits are right, but the function returns four values, (X_train, X_test, mean, std) "
       "('the statistics are needed later'), where the documented result is the pair (X_train, X_test): a "
       "caller's two-name unpacking raises", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0) + eps if mode == "standardize" else np.ones_like(mean)
    return (X_train - mean) / std, (X_test - mean) / std, mean, std
"""),
    _e("qq8_train_normalize_flag_compared_with_mode_name", "a8_pipeline", "train_and_predict",
       "the normalize flag is tested with `if normalize == 'standardize':` (the mode's name), but the flag is a "
       "boolean: True never equals the string, so the inputs are never normalized, with normalize=True too",
       """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize == "standardize":
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            s = X[idx] @ W + b
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT42_CORRECT: list[Entry] = [
    _e("qqk_correct_logistic_expit_einsum", "a1_backprop", "logistic_regression_gradient",
       "correct: pi from scipy.special.expit (the logistic sigmoid, stable for any z), the gradient as the einsum "
       "'nd,n->d' of the rows of X with their residuals pi - y", """
def logistic_regression_gradient(w, X, y):
    from scipy.special import expit
    residual = expit(X @ w) - y
    return np.einsum("nd,n->d", X, residual)
"""),
    _e("qqk_correct_adadelta_lazy_delta_accumulator", "a2_optim", "adadelta",
       "correct: the step is kept in config and folded into acc_delta at the start of the next call (rho * "
       "acc_delta + (1 - rho) * prev_step**2, 0 on the first call), just before it is needed: the same "
       "accumulators and steps as updating acc_delta at the end of each call", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    zeros = np.zeros_like(w)
    # bring the squared-update average up to date with the previous step first
    acc_delta = rho * config.get("acc_delta", zeros) + (1 - rho) * config.get("prev_step", zeros) ** 2
    acc_grad = rho * config.get("acc_grad", zeros) + (1 - rho) * g ** 2
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config.update(acc_grad=acc_grad, acc_delta=acc_delta, prev_step=step)
    return w - config["learning_rate"] * step, config
"""),
    _e("qqk_correct_avgpool_bwd_add_at", "a3_conv", "avg_pool_backward",
       "correct: the (row, column) index of every input of every window built with broadcasting, and each "
       "window's share dout / (ph * pw) scattered onto them at once with np.add.at (overlaps add up)", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    rows = (np.arange(Ho) * s)[:, None, None, None] + np.arange(ph)[None, None, :, None]   # (Ho, 1, ph, 1)
    cols = (np.arange(Wo) * s)[None, :, None, None] + np.arange(pw)[None, None, None, :]   # (1, Wo, 1, pw)
    rows, cols = np.broadcast_arrays(rows, cols)                                            # (Ho, Wo, ph, pw)
    share = np.broadcast_to((dout / (ph * pw))[:, :, :, :, None, None], (N, C, Ho, Wo, ph, pw))
    dx = np.zeros_like(x)
    np.add.at(dx, (slice(None), slice(None), rows, cols), share)
    return dx
"""),
    _e("qqk_correct_actstats_stacked_moments", "a4_init", "activation_statistics",
       "correct: every layer's output act(h @ W) collected and stacked into one (L, N, D) array, the means and "
       "variances taken over its last two axes (all the entries of each layer)", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2)), "tanh": np.tanh,
           "relu": lambda z: np.where(z > 0, z, 0.0), "linear": lambda z: z}[activation]
    outputs, h = [], X
    for W in weights:
        h = act(h @ W)
        outputs.append(h)
    H = np.stack(outputs)
    return H.mean(axis=(1, 2)), H.var(axis=(1, 2))
"""),
    _e("qqk_correct_spatial_bn_swapaxes_rows", "a5_normalization", "spatial_batchnorm_forward",
       "correct: the (N * H * W, C) batch built as x.swapaxes(0, 1).reshape(C, -1).T, whose rows come in the same "
       "(n, h, w) order as x.transpose(0, 2, 3, 1).reshape(-1, C), and the output brought back the same way", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.swapaxes(0, 1).reshape(C, -1).T          # (N*H*W, C), one row per pixel
    out, cache = batchnorm_forward(rows, gamma, beta, bn_param)
    out = out.T.reshape(C, N, H, W).swapaxes(0, 1)
    return out, cache
"""),
    _e("qqk_correct_gaussian_nll_log_normalizer_folded", "a7_architectures", "gaussian_nll",
       "correct: the per-output NLL written as 0.5 * (log(2 pi) + 2 log_std + z**2) with z = (y - mu) / sigma, "
       "summed and divided by N, the gradients from z and sigma", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    z = (y - mu) / sigma
    loss = 0.5 * np.sum(np.log(2 * np.pi) + 2 * log_std + z * z) / N
    dmu = -z / sigma / N
    dlog_std = (1 - z * z) / N
    return loss, dmu, dlog_std
"""),
    _e("qqk_correct_update_ratio_math_hypot", "a8_pipeline", "update_ratio",
       "correct: both Frobenius norms as math.hypot of every entry (the Euclidean norm of the flattened arrays), "
       "|lr| taken out of the numerator", """
def update_ratio(W, dW, lr):
    return abs(lr) * math.hypot(*np.ravel(dW)) / math.hypot(*np.ravel(W))
"""),
]

JUDGED_ON42 = "2026-12-06 on commit 305f3a4"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout42 on commit 305f3a4 (JUDGED_ON42), the full
# messages from its --json output, by an independent helper that did not write the detectors or the entries and did not
# read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors change (the
# bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are right for it
# (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)). Same standards as
# JUDGEMENT27 and 39-41 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a wrong
# number included), and so is one whose observation is true but whose explanation names only mechanisms that are not
# there (a coincidence of values included); a departure naming the line with the mistake is right, and so is the exact
# line of a one- or two-line function, one that names the line that uses a wrong value with, as its alternatives, the
# variables that hold the mistake, and a range of a few lines with the mistake in it that declares nothing agreeing that
# is not; a loop departure without a statement is right only when the loop is small and the mistake clearly in it; a
# one_slip stated in the correct code's text that is the student's arithmetic written another way is right, one stating
# a token the code lacks in a line that is right is misleading; checklists that list the cause among many are vague
# (learned_little's), but one of few causes, the entry's among them, is tolerated; a catalogued entry whose name is not
# given is judged by its diagnoses; an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure
# is the comparison (nothing); a torch_error that blames a layer built right is misleading (as JUDGEMENT40);
# zero_pattern's "a mask ... is missing or wrong" where the expected is 0 by underflow is misleading (as JUDGEMENT30);
# where only the grader test's own message names the cause the verdict is check_message. Decided here: values_returned's
# "your function returns one value (a Handle) where 2 are asked: 2 values. Return all of them, in that order" for a
# generator expression returned in place of the pair names a kind of value the student never returns (the sandbox's
# stand-in for the generator) and says nothing of the generator: misleading (a close call: "one value" is true);
# one_slip's "`inv_std - dvar` where `inv_std + dvar` is meant, where dx is computed" where the student's dx line is the
# correct code's own and the sign is flipped on the dvar line (+0.5 where -0.5; the dmu term it also enters is 0, x_mu's
# mean being 0) gives the effect exactly but states a token the code lacks in a line that is right: misleading (a close
# call, as qa2_rmsprop_bias_correction_t_never_stored in JUDGEMENT26); non_finite's "a division by zero (or zero over
# zero), the log of zero, or the log or square root of a negative number ..., or an overflow" for Adam's bias
# corrections dividing by 1 - 1 = 0 on the first step gives the cause first of four, no place: right (a close call, as
# r7_mdn_softmax_unshifted in JUDGEMENT3); a range departure whose first line is right but truly said to compute a value
# the correct code never computes ("line 166 ... computes `std`": np.ones_like(mean) in mean_image mode; "line 217: `L =
# np.linalg.cholesky(A)`") and whose range ends on the line with the mistake, in a body of three to five lines, is right
# (as the three-line body of JUDGEMENT39); departure's "what it returns is -0 times the right value" for
# np.zeros_like(dout) is odd but true: right; scaled_per_feature, end_block and one_index on a backward pass whose grads
# dict is the params dict (a weight overwritten by its gradient before it is used) name only mechanisms that are not
# there: misleading.
JUDGEMENT42: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qq1_relu_bwd_mask_x_equals_abs": ("named", (), ""),
    # catalogued softmax_over_batch, not named; normalized_axis (both tests): "yours sums to 1 along axis 0; the
    # expected sums to 1 along axis 1: normalized over the wrong axis (e.g. a softmax's sum over the batch where each
    # row, over the classes, is asked: axis=1, keepdims=True)".
    "qq1_softmax_l1_normalized_over_batch": ("right", ("normalized_axis",), ""),
    # handed_wrong_input (three tests): "your sigmoid_backward() is the correct code's own, yet it raises an error here:
    # it was handed `cache` from your sigmoid_forward() ... Your sigmoid_forward() returns a tuple at [1] (handed on as
    # `cache`); the correct one returns an array of shape (5, 5) there" (1 - (out, x) raises TypeError: true).
    "qq1_sigmoid_fwd_cache_output_and_input": ("right", ("handed_wrong_input",), ""),
    # departure: "`loss`, set by line 217: `loss = np.var(diff)`. What that line reads (diff) agrees ...; your `loss`
    # is 2.66102 where 2.66167 is right ...: the mistake is in that line".
    "qq1_mse_loss_np_var_of_residual": ("right", ("departure",), ""),
    # departure (three tests): "line 217: `L = np.linalg.cholesky(A)` computes `L`, a value the correct code never
    # computes (true: it calls np.linalg.solve on X^T X), ... up to line 219: `w = np.linalg.solve(L, z)` ...: the
    # mistake is in lines 217-219": the range ends on the line with the mistake (a close call, see above).
    "qq1_linreg_cholesky_lower_factor_twice": ("right", ("departure",), ""),
    # departure: "`pi`, set by line 217: `pi = np.logaddexp(0, z)`. What that line reads (z) agrees ...; your `pi`
    # differs from the right value (by up to 1.05) ...: the mistake is in that line".
    "qq1_logistic_softplus_for_sigmoid": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qq2_momentum_state_subdict_never_attached": ("named", (), ""),
    # catalogued adam_t_incremented_after_use, not named; non_finite (four tests): "60 of 60 entries are NaN or Inf
    # where the expected values are finite: a division by zero (or zero over zero), the log of zero, or the log or
    # square root of a negative number ..., or an overflow": m / (1 - 1) on the first step, then inf / inf (checked):
    # the first of four causes, no place (a close call, see above).
    "qq2_adam_beta_powers_updated_after_use": ("right", ("non_finite",), ""),
    # departure: "line 238: `next_w = w - lr * dw` computes `next_w`, a value the correct code never computes, ... up
    # to line 239: `next_w = next_w * (1 - lr * wd)` ...: the mistake is in lines 238-239": the two lines of the
    # shrink-after-step.
    "qq2_sgd_decay_shrinks_updated_weights": ("right", ("departure",), ""),
    # departure on the one-line body: "line 237: `return w - solve_triangular(hessian, grad, lower=True)`. In it,
    # `solve_triangular(...)` is the first part whose value the correct code never computes ...: the mistake is in
    # that line".
    "qq2_newton_triangular_solve": ("right", ("departure",), ""),
    # float32: "your values are float32 numbers: a precision issue, not a wrong formula ...; compute in float64".
    "qq2_gd_float32_data": ("right", ("float32",), ""),
    # as_if: "yours is what the correct minibatch_sgd() returns if batch_size were 3 = 12 // batch_size: the number of
    # parts (batch_size) and the size of each part ... are mixed up" (checked: identical paths, 8 steps where 6);
    # departure on the uneven test: the five-line loop at lines 238-242, "(9, 2) where the right value has (12, 2)".
    "qq2_minibatch_array_split_batch_size_as_count": ("right", ("as_if",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qq3_output_size_trims_leftover_pixels": ("named", (), ""),
    # catalogued padding_one_side, not named; departure: "`xp`, set by line 286: `xp[:, :, :H, :W] = x` ... your `xp`
    # is the right value moved 1 row up and 1 column left (a border on one side only ...?) ...: the mistake is in that
    # line"; shifted on the pad-2, stride-2 call: "yours is the expected moved 1 row up and 1 column left ...: the
    # padding is on one side only" (2 pixels, one output step: true).
    "qq3_conv_naive_manual_pad_top_left_placement": ("right", ("departure", "shifted"), ""),
    # departure (both tests): "line 287: `return pixels * out_channels * in_channels * kh * kw` ... what it returns is
    # 17280 where 86400 is right: the mistake is in that line, or in `pixels`, set by line 284: `pixels =
    # output_size`" (5 x 128 x 27 where 25 x 128 x 27; 960 where 4800: true).
    "qq3_multiply_count_int_output_as_pixel_count": ("right", ("departure",), ""),
    # departure: "`out`, set by line 286: `out = np.tensordot(windows, w, axes=([1, 4, 5], [1, 3, 2]))` ... (by up to
    # 29.6) ...: the mistake is in that line"; on the 3x5 kernel "line 286 ... raises the error ...: the mistake is in
    # that line".
    "qq3_conv_fast_tensordot_kernel_axes_crossed": ("right", ("departure",), ""),
    # as_if (both tests): "yours is what the correct conv_transpose_forward() returns if conv_param['stride'] were 1:
    # your code reads conv_param['stride'] into `stride` but never uses `stride`" (the zeros between the pixels are
    # what the stride asks for).
    "qq3_conv_transpose_as_conv_without_zero_insertion": ("right", ("as_if",), ""),
    # unread_parameter (three tests): "your max_unpool() never reads its parameter `indices`, which the correct code
    # uses"; zero_pattern beside it: "the expected is exactly 0 at 216 of 288 entries ..., but yours is not 0 at 216 of
    # them: a mask ... is missing" (3 of every 2x2 window: true).
    "qq3_unpool_nearest_neighbour_upsampling": ("right", ("unread_parameter", "zero_pattern"), ""),
    # ------------------------------------------------------------------ a4_init
    # named on three tests; departure on the draw tests: "line 97: `return gain * glorot_variance(fan_in, fan_out)`
    # ... 0.00571429 where 0.0755929 is right (the square of the right value ...)" (2 / 350: true).
    "qq4_xavier_std_returns_variance_helper": ("named", (), ""),
    "qq4_actstats_recorded_by_passthrough_hook": ("named", (), ""),
    # departure: "line 93: `return math.sqrt(6.0 / fan_in)` ... 0.108253 where 0.0625 is right: the mistake is in that
    # line" (sqrt(6 / 512), sqrt(2 / 512): true); scaled on the draws: "sqrt(3) times the expected: a uniform's bound
    # taken for its standard deviation ..., or a count under a square root 3 times too small".
    "qq4_he_std_kaiming_uniform_bound": ("right", ("departure", "scaled"), ""),
    # values_returned (three tests): "your function returns one value (a Handle) where 2 are asked: 2 values. Return
    # all of them, in that order": the student returns a generator, never a Handle (the check's own message: "float()
    # argument must be ... not 'Handle'"), and nothing says generator or tuple (a close call, see above).
    "qq4_compute_fans_returns_generator": (
        "misleading", (),
        "return (n for n in shape) and (n * receptive for n in ...) return a generator expression, one lazy object, "
        "where the pair (fan_in, fan_out) is asked: the grader cannot read it as two numbers; return a tuple, "
        "tuple(shape) or (shape[1] * receptive, shape[0] * receptive)."),
    # no diagnosis: only the comparisons ("means (tanh): 6 of 6 element(s) outside tolerance ...").
    "qq4_actstats_weight_index_off_by_one": (
        "nothing", (),
        "h @ weights[i - 1] gives layer i the weights of layer i - 1, and the first layer weights[-1], the last "
        "matrix: the network run is W_L, W_1, ..., W_{L-1} (the square weights raise nothing), so every statistic "
        "is of another network; use weights[i]."),
    # departure (both tests): "line 93: `return w.astype(np.float16)`. What that line reads (w) agrees ...; what it
    # returns differs from the right value (by up to 6.1e-05): the mistake is in that line" (half of float16's spacing
    # near 0.13: true).
    "qq4_xavier_uniform_float16_draws": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qq5_layernorm_apply_along_axis_zero": ("named", (), ""),
    "qq5_dropout_zeroes_copy_without_rescale": ("named", (), ""),
    # one_slip (both tests): "yours is what the correct code gives with one slip in batchnorm_backward(): `inv_std -
    # dvar` where `inv_std + dvar` is meant, where dx is computed": the student's dx line reads `dx_hat * inv_std + dvar
    # * 2 * xc / N + dmu / N`, the correct code's own; the sign is flipped on the dvar line (a close call, see above).
    "qq5_bn_bwd_dvar_positive_half": (
        "misleading", (),
        "dvar = np.sum(dx_hat * xc, axis=0) * 0.5 * inv_std ** 3 has the wrong sign: d/dvar (var + eps)^(-1/2) is "
        "-0.5 (var + eps)^(-3/2), so the variance path enters dx negated (113.27 where 108.29); the dx line is right, "
        "write -0.5 in dvar."),
    # no diagnosis: only the comparison ("out: 108 of 108 element(s) outside tolerance ...").
    "qq5_groupnorm_channels_last_before_grouping": (
        "nothing", (),
        "x.transpose(0, 2, 3, 1) before reshape(N, groups, -1) makes each group a run of consecutive (row, column, "
        "channel) values, half of the image's pixels with all their channels, instead of C // groups consecutive "
        "channels over all of H and W; reshape x itself, x.reshape(N, groups, -1), and drop the transposes."),
    # departure: "line 223: `M = C * H * W` sets `M` to 54, where the correct code's `M` is 27 (yours is 2 times it)
    # ... The mistake is most likely in that line, or in the axes the sums beside it run over" (6 x 3 x 3 over 2
    # groups: true).
    "qq5_groupnorm_bwd_sums_over_whole_example": ("right", ("departure",), ""),
    # departure: "line 219: `return np.zeros_like(dout)` ... what it returns is -0 times the right value: the mistake
    # is in that line, or in the condition at line 218 ...: `if cache is None:`" (odd, but true).
    "qq5_dropout_bwd_test_mode_zero_gradient": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    "qq6_swa_model_never_updated": ("named", (), ""),
    # catalogued labels_shuffled, not named; labels_not_images (both accuracy tests): "the training loss fell only
    # from 2.35 to 2.04 over 300 steps ... what it learned from its batches is not the labels of their images. X and y
    # are shuffled or indexed apart: index both with the same indices" (300 and 225 steps: true).
    "qq6_labels_reordered_by_inverse_permutation": ("right", ("labels_not_images",), ""),
    # predicted_in_training_mode: "your model predicted in training mode: its batch norm or dropout layers ran in
    # training mode on the last batch it predicted (model.eval() not called before predicting ...). Call model.eval()
    # before predicting" (only the head was put in eval mode).
    "qq6_eval_called_on_head_only": ("right", ("predicted_in_training_mode",), ""),
    # learned_little on the digits: "your model predicts the training images it was given no better than new ones
    # (0.11 ...; 0.12 ...): either it did not learn them (...), or what it predicts reaches it otherwise than what it
    # trained on (the images preprocessed differently at test time: standardized with other statistics, or not at
    # all)": the checklist, the upsampling not in it.
    "qq6_train_images_upsampled_test_not": (
        "vague", (),
        "each training batch is upsampled to 32 x 32 with nn.functional.interpolate while the test images are "
        "predicted at their own 8 x 8: the adaptive pooling lets them through, but the model sees a scale it never "
        "trained on (accuracy 0.12); upsample the test images the same way, or train at the images' own size."),
    # torch_error on the shapes: "a convolution built for 1 input channel got input of shape [500, 3, 32, 32] with 3:
    # its in_channels must be the channels it is given (3; for the first layer, X_train.shape[1])": the layer is built
    # from X_train.shape[1], 1 after the grayscale conversion, as training needs; the test images keep 3 channels.
    "qq6_grayscale_training_only": (
        "misleading", (),
        "X_train is turned to one grayscale channel (mean over axis 1) and the network built for it, but X_test is "
        "predicted with all its channels: on the 3-channel shapes the first convolution raises on the test batch; "
        "convert X_test the same way (X_test.mean(axis=1, keepdims=True)), or keep the colour."),
    # learned_little on the shapes (the checklist); on the digits only the accuracy (0.933).
    "qq6_hand_loss_log_softmax_over_batch": (
        "vague", (),
        "the hand-written loss takes torch.log_softmax(logits, dim=0), over the 64 images of the batch, where each "
        "image's logits are normalized over the classes (dim=1): the loss no longer trains a classifier (0.32 on the "
        "shapes); use dim=1, or nn.functional.cross_entropy."),
    # ------------------------------------------------------------------ a7_architectures
    "qq7_gap_bwd_multiply_outer_undivided": ("named", (), ""),
    "qq7_saliency_per_example_w2_summed_over_classes": ("named", (), ""),
    # scaled_per_feature on grads['W1'] (projection test): "... a per-feature statistic (a standard deviation, a norm)
    # computed over the wrong axes ..., one used in place of another ..., or one number used where one per feature is
    # asked for"; end_block on grads['b1'] ("if these are steps ... if they are rows ..."); one_index on dx ("the last
    # channel, row or column is handled differently (a loop bound, an index off by one)"): none is there; elsewhere
    # only the comparisons.
    "qq7_resblock_bwd_grads_alias_params": (
        "misleading", (),
        "grads = params binds the same dict: grads['W2'] = h.T @ dz overwrites W2 with its gradient, and dh = dz @ "
        "params['W2'].T then back-propagates through that gradient (and W1, Ws likewise), so dx and the first layer's "
        "gradients are wrong and the caller's params are overwritten; make a new dict, grads = {}."),
    # departure (four tests): "line 179: `p = np.exp(...)` computes `p`, a value the correct code never computes ...;
    # at line 183, `dscores = py * (onehot - p)`, your `dscores` differs ... and with the correct code's `dscores`
    # (one-hot: a single 1 in each row) there, the rest ... returns the expected saliency: the mistake is in how lines
    # 179-183 compute `dscores`".
    "qq7_saliency_of_class_probability": ("right", ("departure",), ""),
    # departure (both tests): "`var`, set by line 177: `var = np.exp(2 * log_std) + 1e-6` ... your `var` is the right
    # value + 1e-06 ...: the mistake is in that line".
    "qq7_gaussian_nll_variance_floor": ("right", ("departure",), ""),
    # zero_pattern (dmu, dlog_std on the far-target tests): "the expected is exactly 0 at 6 of 12 entries ..., but yours
    # is not 0 at 6 of them: a mask (which entries receive a value) is missing or wrong": the expected zeros are
    # underflowed responsibilities, the student's gradients weighted by pi; rescaled_per_example on dlogits: "a
    # normalization of each example (min-max, or by its mean and std) applied where none is asked, or one left out?":
    # neither is there; the loss (13.76 where 5.27) only compared.
    "qq7_mdn_expected_component_nll": (
        "misleading", (),
        "the loss is sum_k pi_k (-log N_k), the log taken inside the mixture's sum (an upper bound: 13.76 where 5.27), "
        "where the NLL is -log sum_k pi_k N_k; take the log-sum-exp of log pi_k + log N_k, and weight dmu and dlog_std "
        "by the responsibilities pi_k N_k / sum_j pi_j N_j, not by pi_k."),
    # ------------------------------------------------------------------ a8_pipeline
    "qq8_flip_flipud_per_plane": ("named", (), ""),
    "qq8_warmup_recursive_increment_from_zero": ("named", (), ""),
    # departure (three tests): "the loop at lines 170-172 (`for i in range(N):`) leaves `out` holding values the
    # correct code never computes ... (by up to 1.5) ...: the mistake is in that loop": a two-statement loop, the
    # np.roll in it.
    "qq8_crop_np_roll_wraps_around": ("right", ("departure",), ""),
    # reversed: "yours is the expected in reverse order along axis 0: two values swapped (e.g. fan_in and fan_out) or
    # an index running backwards" (low and high swapped: true).
    "qq8_log_grid_high_to_low": ("right", ("reversed",), ""),
    # values_returned: "your function returns 4 values where 2 are asked: 2 values; return them in that order";
    # departure on the recipe tests: "line 167: `return (X_train - mean) / std, (X_test - mean) / std, mean, std` ...:
    # the mistake is in that line"; on test_normalize_splits "line 166 ... computes `std`, a value the correct code
    # never computes (np.ones_like(mean) in mean_image mode: true) ... The mistake is in lines 166-167" (see above).
    "qq8_normalize_returns_statistics_too": ("right", ("values_returned", "departure"), ""),
    # no diagnosis: only the comparisons and the check's "the accuracy with normalization is +0.000 from the one
    # without ... (is normalize=False left unnormalized?)", which does not say why.
    "qq8_train_normalize_flag_compared_with_mode_name": (
        "nothing", (),
        "`if normalize == 'standardize':` compares the boolean flag with the mode's name: True never equals the "
        "string, so the inputs are never normalized, with normalize=True too (accuracy 0.238, the same as without); "
        "test the flag itself, `if normalize:`."),
}
# Counts: named 12, right 26 (named or right 38/48 = 79%; not in the catalogue: right 22/32 = 69%; the 16
# catalogued: 12 named, the other four, qq1_softmax_l1_normalized_over_batch, qq2_adam_beta_powers_updated_after_use,
# qq3_conv_naive_manual_pad_top_left_placement and qq6_labels_reordered_by_inverse_permutation, right by their
# diagnoses), misleading 5, vague 2, nothing 3, wrong_name 0, check_message 0, not_caught 0. HOLDOUT42_CORRECT: all 7
# earn full marks.

HOLDOUT42 = [replace(e, verdict=JUDGEMENT42[e.id][0], expected=frozenset(JUDGEMENT42[e.id][1]),
                     ideal=JUDGEMENT42[e.id][2]) if e.id in JUDGEMENT42 else e for e in HOLDOUT42]
