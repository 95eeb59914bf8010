"""A forty-third hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 305f3a4 (JUDGED_ON43, JUDGEMENT43 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout43.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT43 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT43_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT43: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qr1_softmax_logaddexp_reduce_over_batch", "a1_backprop", "softmax",
       "the softmax is written in log space, exp(scores - log_norm), but the log-normalizer np.logaddexp.reduce is "
       "taken over axis 0 (each class over the batch) instead of axis 1: every column sums to 1 instead of every row",
       """
def softmax(scores):
    # log-space softmax: subtract the log of the normalizer, then exponentiate (never overflows)
    log_norm = np.logaddexp.reduce(scores, axis=0, keepdims=True)
    return np.exp(scores - log_norm)
""", catalogued="softmax_over_batch"),
    _e("qr1_relu_bwd_mask_abs_equals_x", "a1_backprop", "relu_backward",
       "the mask is built as np.abs(x) == x ('x is its own absolute value where the ReLU let it through'), which "
       "also holds where x is exactly 0: the gradient passes at x == 0, where the derivative is to be taken as 0 "
       "(x > 0)", """
def relu_backward(dout, cache):
    x = cache
    passed = np.abs(x) == x      # x is its own absolute value where the ReLU let it through
    return dout * passed
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("qr1_lstsq_svd_vt_not_transposed", "a1_backprop", "linear_regression_closed_form",
       "least squares from the thin SVD X = U diag(s) V^T, but the weights are Vt @ (U^T y / s) with the factor "
       "numpy returns as Vt (that is V^T) instead of V = Vt.T: w = V^T diag(1/s) U^T y is not the least-squares "
       "solution V diag(1/s) U^T y", """
def linear_regression_closed_form(X, y):
    # thin SVD: X = U diag(s) Vt, so the least-squares weights are V diag(1/s) U^T y
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    return Vt @ (U.T @ y / s)
"""),
    _e("qr1_bce_returns_gradient_first", "a1_backprop", "binary_cross_entropy_loss",
       "loss and dprobs are both right, but they are returned as (dprobs, loss) instead of the documented "
       "(loss, dprobs): the caller's `loss, dprobs = ...` gets the gradient array as the loss and the scalar as "
       "the gradient", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    n = p.size
    dprobs = (p - t) / (p * (1 - p)) / n
    loss = -np.sum(t * np.log(p) + (1 - t) * np.log1p(-p)) / n
    return dprobs, loss
"""),
    _e("qr1_mlp_grads_shallow_copy_of_params", "a1_backprop", "two_layer_mlp_loss",
       "grads is made as params.copy(), a shallow copy whose values are the caller's weight arrays: the in-place "
       "grads['W1'] *= reg and += dW1 (likewise W2) overwrite params['W1'] and params['W2'] with the gradients, so "
       "the L2 penalty added to the loss afterwards, 0.5 * reg * sum(params[W]**2), is that of the gradients "
       "(wrong for reg > 0; the gradients themselves right, the caller's weights lost)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, cache1 = affine_forward(X, params["W1"], params["b1"])
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    da, dW2, db2 = affine_backward(dscores, cache2)
    _, dW1, db1 = affine_backward(relu_backward(da, cache_relu), cache1)
    grads = params.copy()              # same keys as params
    for name, g in (("W1", dW1), ("W2", dW2)):
        grads[name] *= reg             # the L2 part, reg * W ...
        grads[name] += g               # ... plus the data part
    grads["b1"], grads["b2"] = db1, db2
    loss += 0.5 * reg * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))
    return loss, grads
"""),
    _e("qr1_numgrad_bumps_scalar_copy", "a1_backprop", "eval_numerical_gradient",
       "each entry is read into xi = x[idx], a NumPy scalar (a copy), and xi += h / xi -= 2 * h change only that "
       "copy: x itself is never perturbed, so f(x + h) and f(x - h) are the same value and every derivative comes "
       "out 0 (x[idx] must be written, x[idx] = old + h)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        xi = x[idx]            # the entry to perturb
        xi += h
        f_plus = f(x)
        xi -= 2 * h
        f_minus = f(x)
        xi += h                # back to where it was
        grad[idx] = (f_plus - f_minus) / (2 * h)
    return grad
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qr2_step_lr_counts_multiples_with_range", "a2_optim", "step_lr",
       "the decays are counted as len(range(step_size, step + 2, step_size)), the multiples of step_size up to "
       "step + 1, which is (step + 1) // step_size: the rate drops one step early (at step step_size - 1 instead "
       "of step_size); it is base_lr * gamma ** (step // step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    # one decay for every multiple of step_size reached so far
    decays = len(range(step_size, step + 2, step_size))
    return base_lr * gamma ** decays
""", catalogued="step_lr_off_by_one"),
    _e("qr2_momentum_inplace_adds_step", "a2_optim", "sgd_momentum",
       "the velocity is copied and updated in place, v *= momentum; v += learning_rate * g, and the step is w + v: "
       "the learning-rate term is added instead of subtracted (v = momentum * v - learning_rate * dw), so every "
       "step climbs the gradient", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = np.array(config.get("velocity", np.zeros_like(w)), dtype=float)   # own copy of the velocity
    v *= config["momentum"]
    v += config["learning_rate"] * _gradient(w, dw, config)               # accumulate this step
    config["velocity"] = v
    return w + v, config
""", catalogued="momentum_sign_flipped"),
    _e("qr2_noise_std_returns_a_draw", "a2_optim", "gradient_noise_std",
       "the variance eta / (1 + step)**gamma is right, but the function returns a draw of the noise, "
       "np.random.normal(0, sqrt(variance)), instead of its standard deviation sqrt(variance) (a random number, "
       "from NumPy's global generator)", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    variance = eta / (1 + step) ** gamma
    return np.random.normal(0.0, math.sqrt(variance))   # the annealed noise for this step
"""),
    _e("qr2_newton_solved_in_float32", "a2_optim", "newton_step",
       "the Newton system is solved in single precision ('plenty for a 5x5 system'): H and grad are cast to "
       "float32 before np.linalg.solve, so the step carries rounding errors of about 1e-7 relative instead of "
       "float64's 1e-16 (the formula w - H^-1 grad right)", """
def newton_step(w, grad, hessian):
    # single precision is plenty for a small system
    H = hessian.astype(np.float32)
    g = grad.astype(np.float32)
    return w - np.linalg.solve(H, g)
"""),
    _e("qr2_minibatch_array_split_into_batch_size_parts", "a2_optim", "minibatch_sgd",
       "each epoch's permutation is cut with np.array_split(order, batch_size), whose second argument is the "
       "number of parts: batch_size batches of about N / batch_size rows instead of consecutive batches of "
       "batch_size rows (4 batches of 3 rows where 3 of 4 are meant)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    path = []
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for idx in np.array_split(order, batch_size):
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qr2_adam_second_moment_of_raw_dw", "a2_optim", "adam",
       "the first moment uses g = dw + weight_decay * w, but the second moment accumulates the raw dw * dw: with "
       "weight decay v is not the running mean of the squared gradient the step uses (right without weight "
       "decay)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * dw * dw
    config["t"], config["m"], config["v"] = t, m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qr3_conv_fwd_pad_by_concatenating_in_front", "a3_conv", "conv_forward_naive",
       "the zero border is built with np.concatenate, 2 * pad zero rows put in front of the image (axis 2) and "
       "2 * pad zero columns in front of that (axis 3): the padded size is right, but all the zeros are above and "
       "to the left of the image instead of pad on every side", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    # zero border: 2 * pad extra rows and columns
    xp = np.concatenate([np.zeros((N, C, 2 * pad, W)), x], axis=2)
    xp = np.concatenate([np.zeros((N, C, H + 2 * pad, 2 * pad)), xp], axis=3)
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    return out, (x, w, b, conv_param)
""", catalogued="padding_one_side"),
    _e("qr3_output_size_returns_none_when_invalid", "a3_conv", "conv_output_size",
       "an invalid configuration (a stride that does not tile the padded input, or a kernel larger than it) is "
       "detected but answered with return None instead of raising ValueError: the caller gets no error", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0 or span % stride != 0:
        return None          # no valid output size for this configuration
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("qr3_conv_fast_np_pad_every_axis", "a3_conv", "conv_forward_fast",
       "the input is padded with np.pad(x, pad), which pads every axis, the batch and the channels too: with "
       "pad > 0 the padded input has C + 2 * pad channels and the contraction with the (F, C, HH, WW) filters "
       "raises (right only for pad 0); only H and W are to be padded, ((0, 0), (0, 0), (pad, pad), (pad, pad))", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, pad)                     # zero border
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w, optimize=True) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("qr3_conv_bwd_naive_crop_width_by_height", "a3_conv", "conv_backward_naive",
       "the padding is cropped with dxp[:, :, pad:pad + H, pad:pad + H]: the column slice uses the height H "
       "(square inputs assumed) instead of the width W, so for an input wider than high (with padding) dx keeps "
       "too few columns (dw and db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.sum(dout, axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    dw[f] += dout[n, f, i, j] * xp[n, :, hs:hs + HH, ws:ws + WW]
                    dxp[n, :, hs:hs + HH, ws:ws + WW] += dout[n, f, i, j] * w[f]
    dx = dxp[:, :, pad:pad + H, pad:pad + H]    # drop the border
    return dx, dw, db
"""),
    _e("qr3_avg_pool_fwd_reshape_into_blocks", "a3_conv", "avg_pool_forward",
       "the maps are cut into blocks with x[:, :, :Ho * ph, :Wo * pw].reshape(N, C, Ho, ph, Wo, pw) and each block "
       "averaged: that assumes windows that tile the input (stride == pool size); with overlapping windows "
       "(stride < pool size) or windows that do not tile it, the reshape raises", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    # cut the maps into ph x pw blocks and average each block
    blocks = x[:, :, :Ho * ph, :Wo * pw].reshape(N, C, Ho, ph, Wo, pw)
    return blocks.mean(axis=(3, 5)), (x, pool_param)
"""),
    _e("qr3_conv_transpose_columns_loop_over_height", "a3_conv", "conv_transpose_forward",
       "the loop over the input columns is written `for j in range(H)`, the input's height, instead of range(W): "
       "for an input wider than high the last W - H columns of x are never scattered into the output (right for "
       "square inputs)", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for i in range(H):
        for j in range(H):
            contrib = np.einsum("nc,cfhw->nfhw", x[:, :, i, j], w)
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += contrib
    out = full[:, :, pad:Hf - pad, pad:Wf - pad]
    return out + b[None, :, None, None]
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qr4_he_std_variance_halved_for_relu", "a4_init", "he_std",
       "He's variance 2 / fan_in is computed and then halved ('ReLU zeroes half of the units'), var /= 2, before "
       "the square root: the std is sqrt(1 / fan_in), without the factor 2 that He's sqrt(2 / fan_in) has to "
       "compensate the ReLU", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    var = 2.0 / fan_in
    var /= 2          # ReLU zeroes half of the units
    return math.sqrt(var)
""", catalogued="relu_factor_2_missing"),
    _e("qr4_uniform_zero_to_two_std_shifted", "a4_init", "xavier_uniform",
       "the draws are U(0, 2 std) shifted down by std, i.e. U(-std, std): the bound of the uniform is the standard "
       "deviation itself, so the draws' std is std / sqrt(3); the bound must be a = sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    # U(0, 2 std) shifted down by std is centred on 0
    return rng.uniform(0.0, 2.0 * std, size=shape) - std
""", catalogued="uniform_bound_is_std"),
    _e("qr4_xavier_normal_drawn_in_reversed_shape", "a4_init", "xavier_normal",
       "the draws are made with size=tuple(reversed(shape)) ('(fan_out, fan_in), as nn.Linear stores it') and "
       "returned as they are: a (D, M) weight comes back (M, D) and a conv weight with its axes reversed (the std "
       "right)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, std, size=tuple(reversed(shape)))   # (fan_out, fan_in), as nn.Linear stores it
"""),
    _e("qr4_act_stats_layers_written_into_X", "a4_init", "activation_statistics",
       "h = X and each layer's output is written back with h[:] = act(h @ W) ('reuse the buffer, every layer has "
       "the same width'): the statistics are right for square weights, but the caller's X is overwritten with the "
       "last layer's output (and non-square layers raise)", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    h = X
    means, variances = np.zeros(len(weights)), np.zeros(len(weights))
    for l, W in enumerate(weights):
        h[:] = act(h @ W)          # reuse the buffer: every layer has the same width
        means[l], variances[l] = h.mean(), h.var()
    return means, variances
"""),
    _e("qr4_fans_kernel_size_first_times_last_axis", "a4_init", "compute_fans",
       "the kernel's size is written shape[2] * shape[-1] ('kernel height times kernel width'): right for 2-D "
       "kernels (out, in, kh, kw), but a 1-D kernel (out, in, k) gets k * k and a 3-D one (out, in, kd, kh, kw) "
       "kd * kw instead of the product of every axis after the first two", """
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = shape[2] * shape[-1]       # kernel height times kernel width
    return shape[1] * receptive, shape[0] * receptive
"""),
    _e("qr4_xavier_std_fan_in_mode_reads_axis0", "a4_init", "xavier_std",
       "mode 'fan_in' is answered with gain / sqrt(shape[0]) ('the inputs are the first axis'), while mode fan_avg "
       "uses compute_fans: right for a linear (D, M) weight, but for a conv weight (out, in, kh, kw) shape[0] is "
       "out_channels, not fan_in = in * kh * kw", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    if mode == "fan_in":
        return gain / math.sqrt(shape[0])          # the inputs are the first axis
    fan_in, fan_out = compute_fans(shape)
    return gain * math.sqrt(2.0 / (fan_in + fan_out))
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qr5_spatial_bn_restores_bn_param", "a5_normalization", "spatial_batchnorm_forward",
       "bn_param is saved before batchnorm_forward and restored after it ('leave the caller's settings as they "
       "were'): the running averages batchnorm_forward wrote are thrown away, so they never move and test mode "
       "normalizes with the initial zeros and ones", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    saved = dict(bn_param)            # leave the caller's settings as they were
    flat = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out, cache = batchnorm_forward(flat, gamma, beta, bn_param)
    bn_param.clear()
    bn_param.update(saved)
    return out.reshape(N, H, W, C).transpose(0, 3, 1, 2), cache
""", catalogued="spatial_bn_running_averages_not_updated"),
    _e("qr5_bn_test_mode_zscore_of_batch", "a5_normalization", "batchnorm_forward",
       "test mode standardizes the test batch with scipy.stats.zscore(x, axis=0), its own mean and standard "
       "deviation, instead of running_mean and running_var: a test output depends on the other test examples "
       "(train mode right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    from scipy import stats
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu, var = x.mean(axis=0), x.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        n = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    elif mode == "test":
        out = gamma * stats.zscore(x, axis=0) + beta      # standardize the batch
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_test_uses_batch_statistics"),
    _e("qr5_bn_alt_returns_dbeta_before_dgamma", "a5_normalization", "batchnorm_backward_alt",
       "the three gradients are right but returned as (dx, dbeta, dgamma) instead of the documented "
       "(dx, dgamma, dbeta): the caller's dgamma is beta's gradient and its dbeta gamma's", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    g = dout * gamma
    dx = (inv_std / N) * (N * g - g.sum(axis=0) - x_hat * np.sum(g * x_hat, axis=0))
    return dx, dbeta, dgamma
"""),
    _e("qr5_ln_bwd_dgamma_from_dx_hat", "a5_normalization", "layernorm_backward",
       "dgamma is summed from dx_hat * x_hat, where dx_hat = dout * gamma (the variable at hand for dx) already "
       "carries gamma: dgamma comes out gamma times too large; it is sum over the batch of dout * x_hat (dx and "
       "dbeta right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    dx_hat = dout * gamma
    dgamma = np.sum(dx_hat * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx = inv_std * (dx_hat - dx_hat.mean(axis=1, keepdims=True)
                    - x_hat * (dx_hat * x_hat).mean(axis=1, keepdims=True))
    return dx, dgamma, dbeta
"""),
    _e("qr5_l2_penalty_never_summed", "a5_normalization", "l2_penalty",
       "the penalty is 0.5 * reg * W ** 2, the elementwise squares never summed: an array of W's shape instead "
       "of the scalar 0.5 * reg * sum(W**2) (the gradient reg * W right)", """
def l2_penalty(W, reg):
    penalty = 0.5 * reg * W ** 2
    return penalty, reg * W
"""),
    _e("qr5_dropout_test_mode_returns_x_alone", "a5_normalization", "dropout_forward",
       "test mode returns x alone ('nothing to drop') instead of the pair (x, None): the caller's `out, cache = "
       "dropout_forward(...)` unpacks the rows of x (train mode right)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x                  # nothing to drop at test time
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qr6_manual_sgd_sub_not_in_place", "a6_cnn", "train_and_predict",
       "a hand-written SGD step p.sub(lr * p.grad) under torch.no_grad(): Tensor.sub returns a new tensor and "
       "leaves p as it was (p.sub_ or p -= ... is the in-place update), so the weights never move from their "
       "initialization and the model is untrained", """
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
    lr = 0.05
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            model.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            with torch.no_grad():
                for p in model.parameters():
                    p.sub(lr * p.grad)          # SGD step
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qr6_first_image_dropped_labels_from_end", "a6_cnn", "train_and_predict",
       "the first training image is dropped ('a blank calibration frame') with X_train[1:], but the labels are "
       "cut at the other end, y_train[:-1]: every image is paired with the label of the image before it, so the "
       "labels are shuffled apart from their images and the model learns nothing", """
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
    # the first image of the set is a blank calibration frame: leave it out
    X = torch.tensor(X_train[1:], device=device)
    y = torch.tensor(y_train[:-1], device=device)
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
    _e("qr6_full_batch_fifteen_steps", "a6_cnn", "train_and_predict",
       "the batch size is set to the whole training set ('it fits in memory: full-batch gradient descent') while "
       "the 15 epochs and Adam's 3e-3 are kept: one optimizer step per epoch, 15 steps in all, far too few for "
       "the network to learn (an undertrained model)", """
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
    epochs, batch = 15, len(y)        # the whole set fits in memory: full-batch gradient descent
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qr6_cutout_written_into_training_tensor", "a6_cnn", "train_and_predict",
       "cutout augmentation is written X[idx, :, r:r + 4, c:c + 4] = 0: an assignment through advanced indexing "
       "writes into the training tensor itself, so the blanked squares accumulate epoch after epoch until the "
       "training images are almost all zeros (a cutout must blank a copy of the batch, xb = X[idx].clone())", """
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
    H, W = X.shape[2], X.shape[3]
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            # cutout: blank a 4x4 square of the batch's images
            r, c = np.random.randint(0, H - 3), np.random.randint(0, W - 3)
            X[idx, :, r:r + 4, c:c + 4] = 0.0
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qr6_self_training_on_test_batch", "a6_cnn", "train_and_predict",
       "after training, the model is fine-tuned for 3 epochs on the test images with its own argmax predictions "
       "as labels (pseudo-labelling, 'semi-supervised'): the returned logits depend on which test images are "
       "asked together (and errors are reinforced), where each prediction must depend on its own image only", """
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
    Xt = torch.tensor(X_test, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    # semi-supervised: fine-tune on the test images with the model's own predictions as labels
    model.eval()
    with torch.no_grad():
        pseudo = model(Xt).argmax(dim=1)
    for _ in range(3):
        model.train()
        for idx in torch.randperm(len(Xt), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(Xt[idx]), pseudo[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(Xt).cpu().numpy()
"""),
    _e("qr6_model_double_test_float32", "a6_cnn", "train_and_predict",
       "the network is converted with model.double() and trained on float64 tensors ('more precise'), but the "
       "test images are turned into a float32 tensor: the prediction raises (input type float, weights double) "
       "and no logits come back", """
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
    ).to(device).double()                # float64 for a more precise training
    X = torch.tensor(X_train, device=device, dtype=torch.float64)
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
    # ------------------------------------------------------------------ a7_architectures
    _e("qr7_cam_tensordot_then_sum_classes", "a7_architectures", "class_activation_map",
       "the channel axis of W (C, K) is contracted with the features by np.tensordot, giving one map per class "
       "(K, N, H, W), and the maps are summed over the K classes: each example's CAM mixes every class instead of "
       "using its own class's column W[:, classes[n]] (classes never used)", """
def class_activation_map(features, W, classes):
    # contract the channel axis: one map per class, (K, N, H, W)
    maps = np.tensordot(W, features, axes=([0], [1]))
    return maps.sum(axis=0)
""", catalogued="cam_summed_over_classes"),
    _e("qr7_res_bwd_einsum_without_dropout_scale", "a7_architectures", "residual_block_backward",
       "a backward pass written with einsum and np.where masks that unpacks the cached dropout scale but never "
       "multiplies dh by it: with dropout the gradient reaches the dropped hidden units and misses the 1 / p of "
       "the kept ones (right without dropout)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    grads = {"W2": np.einsum("nh,nm->hm", h, dz), "b2": dz.sum(axis=0)}
    dh = np.einsum("nm,hm->nh", dz, params["W2"])
    da1 = np.where(a1 > 0, dh, 0.0)
    grads["W1"] = np.einsum("nd,nh->dh", x, da1)
    grads["b1"] = da1.sum(axis=0)
    dx = np.einsum("nh,dh->nd", da1, params["W1"])
    if "Ws" in params:
        grads["Ws"] = np.einsum("nd,nm->dm", x, dz)
        grads["bs"] = dz.sum(axis=0)
        dx = dx + np.einsum("nm,dm->nd", dz, params["Ws"])
    else:
        dx = dx + dz
    return dx, grads
""", catalogued="dropout_mask_ignored_in_backward"),
    _e("qr7_score_map_bias_never_added", "a7_architectures", "fc_score_map",
       "each window is flattened in (C, H, W) order and multiplied by W (right), but the bias b is never added: "
       "every score of the map is short by its class's bias", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    out = np.empty((N, W.shape[1], H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            out[:, :, i, j] = x[:, :, i:i + H, j:j + Wd].reshape(N, -1) @ W
    return out
"""),
    _e("qr7_gaussian_constant_log2_times_pi", "a7_architectures", "gaussian_nll",
       "the constant 0.5 * log(2 pi) is typed 0.5 * math.log(2) * math.pi, which is 0.5 * pi * log 2 (1.089) "
       "instead of 0.5 * log(2 pi) (0.919): every output's term of the loss is off by 0.17 (the gradients right)",
       """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    const = 0.5 * math.log(2) * math.pi       # 0.5 log(2 pi)
    inv_var = np.exp(-2 * log_std)
    r = y - mu
    loss = np.sum(const + log_std + 0.5 * r * r * inv_var) / N
    dmu = -r * inv_var / N
    dlog_std = (1 - r * r * inv_var) / N
    return loss, dmu, dlog_std
"""),
    _e("qr7_mdn_loss_left_per_row", "a7_architectures", "mdn_nll",
       "the loss is returned as -log_p, the (N, 1) column of each target's negative log-likelihood, never averaged "
       "over the rows: a per-row array instead of the scalar mean (the gradients, divided by N, right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    resp = np.exp(terms - log_p)
    loss = -log_p                 # negative log-likelihood of each target
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qr7_res_bwd_relu_applied_to_dout", "a7_architectures", "residual_block_backward",
       "the backward pass through the output ReLU is written dz = np.maximum(dout, 0), a ReLU of the upstream "
       "gradient, instead of masking it with the forward pre-activation, dz = dout * (z > 0): negative gradients "
       "are cut everywhere and positive ones pass where the ReLU was off", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.maximum(dout, 0)          # back through the output ReLU
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
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
    # ------------------------------------------------------------------ a8_pipeline
    _e("qr8_warmup_ramp_linspace_without_endpoint", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up rates are tabulated with np.linspace(0, base_lr, warmup_steps, endpoint=False) and indexed by "
       "step: base_lr * step / warmup_steps, which starts at 0 and never reaches base_lr, instead of "
       "base_lr * (step + 1) / warmup_steps (the cosine part right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        ramp = np.linspace(0.0, base_lr, warmup_steps, endpoint=False)   # warmup_steps rates up to base_lr
        return float(ramp[step])
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
    _e("qr8_early_stop_restores_weights_of_each_epoch", "a8_pipeline", "early_stopping",
       "restored = weights[epoch] is set at the top of every epoch, before the improvement test, and the loop "
       "breaks on the stop: the weights returned are those of the stopping epoch (or the last one), not of the "
       "best epoch (the stop epoch right)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, wait, restored = math.inf, 0, None
    for epoch, loss in enumerate(val_losses):
        restored = weights[epoch]          # the model after this epoch
        if loss < best - min_delta:
            best, wait = loss, 0
        else:
            wait += 1
            if wait >= patience:
                break
    return epoch, restored
""", catalogued="early_stopping_keeps_last_weights"),
    _e("qr8_log_grid_returns_the_logarithms", "a8_pipeline", "log_grid",
       "the natural logarithms of the bounds are spaced with np.linspace and returned as they are: the grid holds "
       "n equally spaced exponents from log(low) to log(high) (negative numbers), np.exp of them never taken", """
def log_grid(low, high, n):
    # equally spaced on a log scale
    return np.linspace(np.log(low), np.log(high), n)
"""),
    _e("qr8_normalize_mode_test_or_string", "a8_pipeline", "normalize_splits",
       "the mode is tested with `if mode == 'mean_image' or 'mean':`, which is always true (the non-empty string "
       "'mean' is truthy): every call only subtracts the mean image, and mode 'standardize' never divides by the "
       "per-pixel std", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "mean_image" or "mean":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=0) + eps
    return (X_train - mean) / std, (X_test - mean) / std
"""),
    _e("qr8_warmup_floor_division", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is typed base_lr * (step + 1) // warmup_steps: Python's floor division of base_lr * (step + 1) "
       "by warmup_steps gives 0.0 for every warm-up step but the last (a rate below 1), instead of the true "
       "division base_lr * (step + 1) / warmup_steps (the cosine part right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) // warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
    _e("qr8_crop_index_grids_swapped", "a8_pipeline", "random_crop",
       "every window is gathered at once by advanced indexing, but the row indices rows + k are broadcast along "
       "the last output axis and the column indices cols + k along the third: crop[n, c, i, j] is "
       "padded[n, c, rows[n] + j, cols[n] + i], the transpose of the window (the offsets right)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    k = np.arange(size)
    r = (rows[:, None] + k)[:, None, None, :]      # (N, 1, 1, size)
    c = (cols[:, None] + k)[:, None, :, None]      # (N, 1, size, 1)
    n = np.arange(N)[:, None, None, None]
    ch = np.arange(C)[None, :, None, None]
    return padded[n, ch, r, c]
"""),
]

HOLDOUT43_CORRECT: list[Entry] = [
    _e("qrk_correct_lstsq_pinv_of_transpose", "a1_backprop", "linear_regression_closed_form",
       "correct: the least-squares weights as y @ pinv(X^T), the transpose of pinv(X) @ y (pinv(X^T) = pinv(X)^T)",
       """
def linear_regression_closed_form(X, y):
    return y @ np.linalg.pinv(X.T)
"""),
    _e("qrk_correct_exponential_lr_product_of_factors", "a2_optim", "exponential_lr",
       "correct: gamma**step as the product of an array of step copies of gamma (the empty product 1 at step 0)",
       """
def exponential_lr(base_lr, step, gamma):
    return base_lr * float(np.prod(np.full(step, gamma, dtype=float)))
"""),
    _e("qrk_correct_unpool_np_put_per_plane", "a3_conv", "max_unpool",
       "correct: a zero (N, C, H * W) buffer, each plane's values written at their flat indices with np.put on "
       "the plane (a view of the buffer), then reshaped to (N, C, H, W)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.zeros((N, C, H * W))
    for n in range(N):
        for c in range(C):
            np.put(out[n, c], indices[n, c], x[n, c])
    return out.reshape(N, C, H, W)
"""),
    _e("qrk_correct_l2_penalty_trace_of_gram", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as the trace of the Gram matrix W^T W (W viewed as rows of its first axis), "
       "the gradient reg * W", """
def l2_penalty(W, reg):
    M = W.reshape(W.shape[0], -1)
    return 0.5 * reg * float(np.trace(M.T @ M)), reg * W
"""),
    _e("qrk_correct_logsoftmax_head_with_cross_entropy", "a6_cnn", "train_and_predict",
       "correct: the network ends with nn.LogSoftmax(dim=1) and is trained with cross_entropy, whose log-softmax "
       "of log-probabilities changes nothing (log-probabilities are their own log-softmax); the log-probabilities "
       "returned as logits (same argmax)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes), nn.LogSoftmax(dim=1),
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qrk_correct_gaussian_nll_log_variance_form", "a7_architectures", "gaussian_nll",
       "correct: the loss written with the log-variance 2 log_std, 0.5 * (log(2 pi) + log_var + r**2 exp(-log_var)) "
       "summed and divided by N, the gradients through the chain rule d log_var / d log_std = 2", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    log_var = 2.0 * log_std
    r = y - mu
    per_output = 0.5 * (np.log(2 * np.pi) + log_var + r ** 2 * np.exp(-log_var))
    dlog_var = 0.5 * (1.0 - r ** 2 * np.exp(-log_var))
    return per_output.sum() / N, -r * np.exp(-log_var) / N, 2.0 * dlog_var / N
"""),
    _e("qrk_correct_log_grid_base_two", "a8_pipeline", "log_grid",
       "correct: np.logspace over the base-2 logarithms of the bounds with base=2 (the same geometric grid as "
       "base 10)", """
def log_grid(low, high, n):
    return np.logspace(np.log2(low), np.log2(high), n, base=2.0)
"""),
]

JUDGED_ON43 = "2026-12-06 on commit 305f3a4"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout43 on commit 305f3a4 (JUDGED_ON43), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of the test's sizes or draw included); a departure naming the line with the mistake is
# right, and so is one that names the line that uses a wrong value with, as its alternatives, what holds the mistake;
# a loop departure on eval_numerical_gradient naming the quotient line "or a value they read in that pass" where
# grad is all zeros is right (as qi1_numgrad_perturbs_copy_evaluates_x in JUDGEMENT34); an either-of-two one_slip
# one of whose slips is the student's is right; a named entry stays named beside another test's diagnosis; a
# catalogued entry whose name is not given is judged by its diagnoses; few_steps' advice where the batch is the whole
# training set is right (as JUDGEMENT24); an error raised by Python, NumPy or torch, a shape comparison, an accuracy
# figure or a check's message that does not say the cause is the comparison (nothing); checklists that list the cause
# among many are vague, but one of few causes, the entry's among them, is tolerated. Decided here: a departure saying
# "line 226: `grads[name] *= reg` changes `params['W1']` ... which the correct code leaves as they were given ...:
# they run whatever the call is asked to do: they belong under a condition that does not hold here" where grads =
# params.copy() is a shallow copy (the lines must run on every call, only not into the caller's arrays) names a
# mechanism that is not there: misleading (a close call: the line and the change are named right); a departure saying
# "the mistake is the dtype of `H`: keep float64. With `H` holding the same values as float64 there, the rest of your
# function returns the expected next_w" where grad is cast to float32 too on the next line (keeping H alone float64
# still fails rtol 1e-9: checked on 1000 quadratics of the test's form, none passes) is false: misleading (a close
# call); kept_state's generic "it keeps something from one call to the next ... or draws random numbers without the
# seed it is given; keep state only where the assignment asks (in config)" for a function that returns a random draw
# of the noise (no seed among its arguments) where its standard deviation is asked is true but does not point at the
# cause: vague; a departure naming a right return line "or the condition at line 166 that decides whether it runs:
# `if mode == "mean_image" or "mean":`" (the condition, always true, holds the mistake), beside an as_if saying the
# values are those of mode 'mean_image', names the mistake among its alternatives: right (a close call);
# scaled_per_feature's "a per-feature statistic ... computed over the wrong axes ..., or one number used where one
# per feature is asked for" where the factor is x's second row taken as dropout's mask (the forward returns x alone,
# the test takes [1] of it), and on grads['W1'] where dz is wrong and the per-column ratio a coincidence of the
# test's three rows, names only mechanisms that are not there: misleading; broadcast_copies' "it was computed right
# and then broadcast against an array of shape (1, 1)" for a per-row loss never averaged (N = 1 there) is false:
# misleading; predictions_shuffled's "the predictions then come back in that shuffled order" where X_test is
# permuted only for fine-tuning on pseudo-labels and predicted in order is false: misleading; reshaped's "your values
# are right but in shape (150, 200); reshape them to (200, 150)" for draws made with size=reversed(shape) is right
# (the same draws in C order: reshape gives the expected).
JUDGEMENT43: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qr1_softmax_logaddexp_reduce_over_batch": ("named", (), ""),
    "qr1_relu_bwd_mask_abs_equals_x": ("named", (), ""),
    # no diagnosis on the three tests: only the comparisons ("w: 4 of 4 element(s) outside tolerance ...").
    "qr1_lstsq_svd_vt_not_transposed": (
        "nothing", (),
        "Vt @ (U.T @ y / s) multiplies by Vt, which np.linalg.svd returns as V^T: the least-squares weights are "
        "V diag(1/s) U^T y, so the weights come out wrong (off by up to 3.24); use Vt.T @ (U.T @ y / s)."),
    # departure: "line 220: `return dprobs, loss`. What that line reads (dprobs, loss) agrees with the correct code;
    # what it returns has shape (6,) where the right value has () (its part 1 is what the correct code returns as part
    # 2: are the parts returned in another order?): the mistake is in that line".
    "qr1_bce_returns_gradient_first": ("right", ("departure",), ""),
    # departure (both tests): "line 226: `grads[name] *= reg` changes `params['W1']`, and a later line `params['W2']`,
    # which the correct code leaves as they were given in this call (your `params['W1']` is 0.1 times the right
    # value). With `params['W1']` and `params['W2']` left as given, the rest of your function returns the expected
    # loss: they run whatever the call is asked to do: they belong under a condition that does not hold here": the
    # change is named right (0.1 and 0.2 = reg: true), but no condition is missing; grads aliases params.
    "qr1_mlp_grads_shallow_copy_of_params": (
        "misleading", (),
        "grads = params.copy() is a shallow copy: grads['W1'] and grads['W2'] are the caller's weight arrays, so "
        "grads[name] *= reg and += g overwrite params['W1'] and params['W2'] with reg * W + dW, and the L2 penalty "
        "added afterwards is that of these arrays (loss 1.186 where 1.621); build grads as a new dict (grads = {}, "
        "grads[name] = reg * params[name] + g)."),
    # departure: "your loop at lines 217-224 ... after pass 1 they part: your `grad` is all zeros where the correct
    # code's is not ... line 224: `grad[idx] = (f_plus - f_minus) / (2 * h)`; the mistake is in one of them or in a
    # value they read in that pass": f_plus and f_minus, both f(x) (x never bumped); all zeros says they are equal.
    "qr1_numgrad_bumps_scalar_copy": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qr2_step_lr_counts_multiples_with_range": ("named", (), ""),
    "qr2_momentum_inplace_adds_step": ("named", (), ""),
    # kept_state (both tests): "your gradient_noise_std() returns other values each time it is called again with the
    # same arguments ...: it keeps something from one call to the next ... (a global, an attribute set on the
    # function, a mutable default argument such as config={}), or draws random numbers without the seed it is given;
    # keep state only where the assignment asks (in config)": true that it draws, but not that a draw is returned
    # where the standard deviation is asked (-0.19 where 0.548).
    "qr2_noise_std_returns_a_draw": (
        "vague", (),
        "the return line returns np.random.normal(0, sqrt(variance)), one random draw of the noise (-0.19 where "
        "0.548, another at each call), where its standard deviation is asked; return math.sqrt(variance)."),
    # departure: "line 236: `H = hessian.astype(np.float32)` makes `H` an array of float32 numbers ... With `H`
    # holding the same values as float64 there, the rest of your function returns the expected next_w: the mistake
    # is the dtype of `H`: keep float64": false, line 237 casts grad to float32 too, and float64 H alone still fails.
    "qr2_newton_solved_in_float32": (
        "misleading", (),
        "hessian and grad are both cast to float32 (lines 236 and 237) before np.linalg.solve: the step keeps about 7 "
        "significant digits (relative error 6.6e-08 where 1e-9 is allowed); solve with hessian and grad as given, in "
        "float64 (keeping only H float64 still leaves grad's rounding)."),
    # as_if: "yours is what the correct minibatch_sgd() returns if batch_size were 3 = 12 // batch_size: the number of
    # parts (batch_size) and the size of each part (a dimension // batch_size) are mixed up"; departure on the uneven
    # test: the five-line loop at lines 238-242, the array_split line in it.
    "qr2_minibatch_array_split_into_batch_size_parts": ("right", ("as_if", "departure"), ""),
    # departure: "`v`, set by line 244: ... In it, `(1 - b2) * dw * dw` is the first part whose value the correct code
    # never computes ...: the mistake is in that line, or in what `config` holds".
    "qr2_adam_second_moment_of_raw_dw": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qr3_conv_fwd_pad_by_concatenating_in_front": ("named", (), ""),
    # named on test_invalid_configurations_are_rejected; not_rejected's generic "check the condition that rejects it"
    # on the dilated test (the condition is right, None returned where an error is raised).
    "qr3_output_size_returns_none_when_invalid": ("named", (), ""),
    # departure (three tests): "`xp`, set by line 284: `xp = np.pad(x, pad)` ... your `xp` has shape (10, 5, 18, 18)
    # where the right value has (8, 3, 18, 18) ...: the mistake is in that line".
    "qr3_conv_fast_np_pad_every_axis": ("right", ("departure",), ""),
    # one_slip: "either of two slips (the test cannot tell which) ...: the term `pad +` missing ..., where dx is
    # computed; or `H` where `W` is meant (the wrong variable), where dx is computed": the second is the student's
    # (W = pad + H on the test, hence the first).
    "qr3_conv_bwd_naive_crop_width_by_height": ("right", ("one_slip",), ""),
    # departure (both tests): "line 286: `blocks = x[:, :, :Ho * ph, :Wo * pw].reshape(N, C, Ho, ph, Wo, pw)` raises
    # the error ...; `x` has shape (2, 2, 6, 5): the mistake is in that line".
    "qr3_avg_pool_fwd_reshape_into_blocks": ("right", ("departure",), ""),
    # one_slip (both tests): "either of two slips ...: `H` where `W` is meant (the wrong variable); or `W - 1` where
    # `W` is meant (off by one)": the first is the student's.
    "qr3_conv_transpose_columns_loop_over_height": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a4_init
    "qr4_he_std_variance_halved_for_relu": ("named", (), ""),
    "qr4_uniform_zero_to_two_std_shifted": ("named", (), ""),
    # reshaped (three tests): "your values are right but in shape (150, 200); reshape them to (200, 150) (e.g.
    # .reshape(...) on it, or on the input it is computed from)" (the draws of size (150, 200) in C order are those of
    # (200, 150): true).
    "qr4_xavier_normal_drawn_in_reversed_shape": ("right", ("reshaped",), ""),
    # written_in_place: "line 93: `h = X` makes `h` another name for X, not a copy, so line 96: `h[:] = act(h @ W)`
    # ... writes into X, the caller's array: make a copy (h = X.copy()) ...".
    "qr4_act_stats_layers_written_into_X": ("right", ("written_in_place",), ""),
    # departure: "`receptive`, set by line 93: `receptive = shape[2] * shape[-1]` ... your `receptive` is 9 where 3 is
    # right" (36 where 6 on (28, 6, 6)); scaled on (28, 6, 3, 3, 5): "sqrt(3) times the expected: ... or a count under
    # a square root 3 times too small (a size of 3 left out of a product)" (15 where 45, the middle 3 left out: true).
    "qr4_fans_kernel_size_first_times_last_axis": ("right", ("departure", "scaled"), ""),
    # departure (both tests): "line 92: `return gain / math.sqrt(shape[0])` ... what it returns is 0.145865 where
    # 0.0666667 is right: the mistake is in that line, or in the condition at line 91" (1 / sqrt(47) where 1 / 15:
    # true).
    "qr4_xavier_std_fan_in_mode_reads_axis0": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qr5_spatial_bn_restores_bn_param": ("named", (), ""),
    # catalogued bn_test_uses_batch_statistics not named; departure (three tests): "`out`, set by line 236: `out = gamma
    # * stats.zscore(x, axis=0) + beta`. In it, `gamma * stats.zscore(x, axis=0)` is the first part whose value the
    # correct code never computes ...: the mistake is in that line".
    "qr5_bn_test_mode_zscore_of_batch": ("right", ("departure",), ""),
    # departure (both tests): "line 224: `return dx, dbeta, dgamma` ... (its part 2 is what the correct code returns
    # as part 3: are the parts returned in another order?): the mistake is in that line".
    "qr5_bn_alt_returns_dbeta_before_dgamma": ("right", ("departure",), ""),
    # departure: "`dgamma`, set by line 220: `dgamma = np.sum(dx_hat * x_hat, axis=0)` ...: the mistake is in that
    # line".
    "qr5_ln_bwd_dgamma_from_dx_hat": ("right", ("departure",), ""),
    # not_reduced: "the expected is the sum over all entries of yours (shape (6, 4) for ()): take the sum".
    "qr5_l2_penalty_never_summed": ("right", ("not_reduced",), ""),
    # values_returned (test_dropout_test_mode): "your function returns one value (an array of shape (20, 10)) where 2
    # are asked ...: it is the right value 0, but the others are left out" (true); but scaled_per_feature on
    # test_dropout_backward_test_mode: "yours is the expected times a factor that is the same for every row but
    # differs from feature to feature (from -1.448 to -1.009): a per-feature statistic (a standard deviation, a norm)
    # computed over the wrong axes ...": the factor is x's second row, taken by the test's [1] as the mask.
    "qr5_dropout_test_mode_returns_x_alone": (
        "misleading", ("values_returned",),
        "test mode returns x alone where the pair (x, None) is asked: the caller's out, cache = dropout_forward(...) "
        "unpacks x's rows (it raises for 20 rows, and [1] is x's second row, which dropout_backward then takes for "
        "the mask: dx is dout times that row); return x, None."),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model not named; no_optimizer_step (every test): "loss.backward() ran 300 times, but no
    # torch.optim optimizer's step() ran and the training loss did not fall: nothing changed the weights. Call
    # optimizer.step() ... (or, updating the weights by hand, change them in place under torch.no_grad(): p -= lr *
    # p.grad; `p = p - lr * p.grad` only rebinds a name)" (300, 225, 45: true).
    "qr6_manual_sgd_sub_not_in_place": ("right", ("no_optimizer_step",), ""),
    # catalogued labels_shuffled not named; labels_not_images on the digits: "... what it learned from its batches is
    # not the labels of their images. X and y are shuffled or indexed apart: index both with the same indices";
    # loss_flat on the shapes (the first of its three guesses, the cause).
    "qr6_first_image_dropped_labels_from_end": ("right", ("labels_not_images", "loss_flat"), ""),
    # few_steps (both accuracy tests): "your code took 15 optimizer steps while training on 18870 images (15.0 epochs
    # of the 1258 of X_train): one step for every 1258 images, a whole epoch or more. Take one step per mini-batch".
    "qr6_full_batch_fifteen_steps": ("right", ("few_steps",), ""),
    # loss_flat on the digits: "the training loss stayed at about 2.10 ... though the model predicts 46% of the test
    # images right ...: it learned, yet the loss it minimizes barely fell. A term added to the loss that outweighs the
    # data's ..., targets made nearly uniform ..., or a loss computed from something other than the model's scores
    # for its batch's labels?"; on the seeded test "the model learned nothing from its batches. A batch's labels not
    # those of its images ..., steps that do not reach the model's weights ..., or a learning rate too small?": none
    # of these; the training images themselves are erased.
    "qr6_cutout_written_into_training_tensor": (
        "misleading", (),
        "X[idx, :, r:r + 4, c:c + 4] = 0.0 writes through the index into the training tensor X itself: the blanked "
        "squares accumulate, one per image every epoch, until most of each training image is zeros, so the loss "
        "stays near 2.1 and the model reaches only 0.46; blank a copy of the batch, xb = X[idx].clone(), and train on "
        "xb."),
    # predictions_shuffled: "your code drew a permutation of the 5 rows of X_test (a DataLoader with shuffle=True over
    # X_test?): the predictions then come back in that shuffled order, not in the order of X_test's rows, so each row
    # of what you return is another image's": false, the permutation only orders the fine-tuning batches and
    # model(Xt) predicts in order; the logits depend on the other test images through the pseudo-label training.
    "qr6_self_training_on_test_batch": (
        "misleading", (),
        "after training, the model is fine-tuned for 3 epochs on X_test with its own argmax predictions as labels: "
        "the logits returned depend on which test images are passed together (0.37 off for 5 images predicted alone); "
        "predict the test images once with the trained model in eval mode, never training on them."),
    # no diagnosis: only torch's "RuntimeError: Input type (float) and bias type (double) should be the same".
    "qr6_model_double_test_float32": (
        "nothing", (),
        "the model is converted with .double() and trained on float64 tensors, but torch.tensor(X_test) keeps the "
        "test images float32: the prediction raises (input float, weights double); build the test tensor with "
        "dtype=torch.float64 (or keep the model float32)."),
    # ------------------------------------------------------------------ a7_architectures
    "qr7_cam_tensordot_then_sum_classes": ("named", (), ""),
    "qr7_res_bwd_einsum_without_dropout_scale": ("named", (), ""),
    # unread_parameter: "your fc_score_map() never reads its parameter `b`"; missing_term: "differs from the expected
    # by -1 x b ...: it is added 1 time too few (... or not added at all)"; as_if: "if b were all zeros: b is not
    # added".
    "qr7_score_map_bias_never_added": ("right", ("unread_parameter", "missing_term", "as_if"), ""),
    # departure (both tests): "`const`, set by line 177: `const = 0.5 * math.log(2) * math.pi` ... your `const` is
    # 1.08879; with 0.918939 there instead ..., the rest of your function returns the expected loss: the mistake is
    # in that line" (0.5 pi log 2 and 0.5 log(2 pi): checked).
    "qr7_gaussian_constant_log2_times_pi": ("right", ("departure",), ""),
    # not_reduced (four tests): "the expected is the mean over all entries of yours (shape (5, 1) for ()): take the
    # mean" (true); but broadcast_copies on test_one_example: "yours (shape (1, 1)) holds the expected value 1 times
    # over ...: it was computed right and then broadcast against an array of shape (1, 1), something it is added to
    # or multiplied with having that shape (a running average or a default started with np.zeros_like(x) ...?)":
    # nothing is broadcast; the per-row loss is never averaged (N = 1).
    "qr7_mdn_loss_left_per_row": (
        "misleading", ("not_reduced",),
        "loss = -log_p is the (N, 1) column of each target's negative log-likelihood, never averaged over the rows: "
        "return the scalar mean, -log_p.mean() (the gradients, divided by N, are right)."),
    # departure (six tests): "`dz`, set by line 177: `dz = np.maximum(dout, 0)` ...: the mistake is in that line"
    # (right); but scaled_per_feature on grads['W1'] (projection test): "yours is the expected times a factor that is
    # the same for every row but differs from feature to feature (from -23.97 to 7.477): a per-feature statistic ...
    # computed over the wrong axes ...": a coincidence of the test's draw (3 rows; it holds for 4 of 200 draws of the
    # test's sizes), no statistic.
    "qr7_res_bwd_relu_applied_to_dout": (
        "misleading", ("departure",),
        "dz = np.maximum(dout, 0) is a ReLU of the upstream gradient: it drops the negative gradients everywhere and "
        "passes the positive ones where the output ReLU was off; mask with the forward pre-activation, dz = dout * "
        "(z > 0)."),
    # ------------------------------------------------------------------ a8_pipeline
    "qr8_warmup_ramp_linspace_without_endpoint": ("named", (), ""),
    "qr8_early_stop_restores_weights_of_each_epoch": ("named", (), ""),
    # logged: "yours is the natural log of the expected at every entry (np.exp of yours is the expected): ... Return
    # their exp (or skip the log)".
    "qr8_log_grid_returns_the_logarithms": ("right", ("logged",), ""),
    # as_if: "yours is what the correct normalize_splits() returns if mode were 'mean_image': your code reads mode, yet
    # its values are those the correct code gives with mode set so: look at what mode is combined with where it is
    # used"; departure (three tests): "line 167: `return X_train - mean, X_test - mean` ...: the mistake is in that
    # line, or in the condition at line 166 that decides whether it runs: `if mode == "mean_image" or "mean":`" (the
    # condition holds the mistake; a close call, see above).
    "qr8_normalize_mode_test_or_string": ("right", ("as_if", "departure"), ""),
    # departure (both tests): "line 166: `return base_lr * (step + 1) // warmup_steps` ... what it returns is 0 where
    # 0.02 is right: the mistake is in that line, or in the condition at line 165".
    "qr8_warmup_floor_division": ("right", ("departure",), ""),
    # no diagnosis: only the checks' "every crop is a window of the padded image: some crop is no 10 x 10 window of
    # its image zero-padded by 2 on each side" (what is wrong, not why).
    "qr8_crop_index_grids_swapped": (
        "nothing", (),
        "r = (rows[:, None] + k)[:, None, None, :] puts the row indices along the last output axis and c the column "
        "indices along the third: crop[n, c, i, j] is padded[n, c, rows[n] + j, cols[n] + i], each window transposed; "
        "index with r = (rows[:, None] + k)[:, None, :, None] and c = (cols[:, None] + k)[:, None, None, :]."),
}
# Counts: named 13, right 24 (named or right 37/48 = 77%; not in the catalogue: right 21/32 = 66%; the 16
# catalogued: 13 named, the other 3, qr5_bn_test_mode_zscore_of_batch, qr6_manual_sgd_sub_not_in_place and
# qr6_first_image_dropped_labels_from_end, right by their diagnoses), misleading 7, vague 1, nothing 3, wrong_name 0,
# check_message 0, not_caught 0. HOLDOUT43_CORRECT: all 7 earn full marks.

HOLDOUT43 = [replace(e, verdict=JUDGEMENT43[e.id][0], expected=frozenset(JUDGEMENT43[e.id][1]),
                     ideal=JUDGEMENT43[e.id][2]) if e.id in JUDGEMENT43 else e for e in HOLDOUT43]
