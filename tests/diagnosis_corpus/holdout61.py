"""A sixty-first hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 5d91694 (JUDGED_ON61, JUDGEMENT61 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout61.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT61 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT61_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT61: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rj1_relu_mask_reversed_less_equal", "a1_backprop", "relu_backward",
       "the mask is written np.less_equal(0, x), that is 0 <= x: the gradient passes where the input is exactly 0, "
       "where the derivative is to be taken as 0", """
def relu_backward(dout, cache):
    x = cache
    # pass the gradient wherever the input was in the ReLU's linear part
    passed = np.less_equal(0, x)
    dx = dout * passed
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("rj1_numgrad_double_forward_step", "a1_backprop", "eval_numerical_gradient",
       "each entry is evaluated at x + 2h and x and the quotient (f(x + 2h e_i) - f(x)) / (2h) taken: a one-sided "
       "(forward) difference of step 2h centred at x + h, accurate to O(h) only, instead of the centred "
       "(f(x + h e_i) - f(x - h e_i)) / (2h)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for i in np.ndindex(x.shape):
        old = x[i]
        fx = f(x)
        x[i] = old + 2 * h
        f_far = f(x)
        x[i] = old
        # a 2h-wide interval, divided by its width
        grad[i] = (f_far - fx) / (2 * h)
    return grad
""", catalogued="one_sided_difference"),
    _e("rj1_softmax_ce_np_put_flat_indices", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot subtraction is written np.put(dscores, y, probs_at_labels - 1): np.put takes FLAT indices into the "
       "(N, C) array, so the labels y index the first row's entries (and the next rows' where a label exceeds C), "
       "instead of entry (i, y_i) of each row: the gradient of every row but the first keeps its plain probabilities "
       "(the loss is right)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    probs = np.exp(log_probs)
    dscores = probs.copy()
    # subtract 1 at the correct class of each example
    np.put(dscores, y, probs[np.arange(n), y] - 1)
    dscores /= n
    return loss, dscores
"""),
    _e("rj1_sigmoid_backward_overwrites_cache", "a1_backprop", "sigmoid_backward",
       "the local derivative is built in the cached array itself, s *= 1 - s (then dx = dout * s): dx is right, but the "
       "cache, which is the very output array sigmoid_forward returned to the caller, is overwritten with s (1 - s), so "
       "the forward output is corrupted and a second backward pass on the same cache is wrong", """
def sigmoid_backward(dout, cache):
    s = cache
    # turn s into its derivative without an extra temporary
    s *= 1 - s
    dx = dout * s
    return dx
"""),
    _e("rj1_tanh_rounded_to_4_decimals", "a1_backprop", "tanh_forward",
       "the output is rounded to 4 decimals, np.round(np.tanh(x), 4) ('tidy numbers when printed'), and the rounded "
       "array is also the cache: out is off by up to 5e-5 from tanh(x) (and saturates to exactly +-1 for |x| above "
       "about 5.3), and tanh_backward's 1 - t**2 is computed from the rounded values", """
def tanh_forward(x):
    out = np.round(np.tanh(x), 4)
    cache = out
    return out, cache
"""),
    _e("rj1_closed_form_y_times_pinv", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are solved with np.linalg.solve(X.T @ X, X.T) (the matrix (X^T X)^-1 X^T, shape (D, N)) "
       "and then multiplied by y with np.dot(y, ...) in the wrong order: y @ (D, N) needs len(y) == D, so it raises for "
       "N != D (and for N == D gives y^T (X^T X)^-1 X^T, the wrong vector)", """
def linear_regression_closed_form(X, y):
    # pseudo-inverse from the normal equations, then apply it to y
    pinv = np.linalg.solve(X.T @ X, X.T)
    w = np.dot(y, pinv)
    return w
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("rj2_velocity_popped_not_put_back", "a2_optim", "sgd_momentum",
       "the velocity is read with config.pop('velocity', zeros) and the new velocity is never written back into config: "
       "every call starts from a zero velocity, so momentum never builds up (each step is plain SGD)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v_prev = config.pop("velocity", np.zeros_like(w))
    v = config["momentum"] * v_prev - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w + v
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("rj2_minibatch_orders_broadcast_one_perm", "a2_optim", "minibatch_sgd",
       "the epoch orders are drawn up front as np.broadcast_to(rng.permutation(n), (epochs, n)): broadcasting repeats the "
       "ONE permutation in every row, so every epoch visits the rows in the first epoch's order instead of a fresh permutation "
       "per epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    n = X.shape[0]
    orders = np.broadcast_to(rng.permutation(n), (epochs, n))  # one row per epoch
    for order in orders:
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("rj2_adadelta_delta_updated_before_step", "a2_optim", "adadelta",
       "the acc_delta accumulator is decayed (rho * acc_delta) before the step is computed and then the step^2 term is "
       "added, so the step uses rho * acc_delta instead of the previous acc_delta: every step is scaled by "
       "sqrt(rho * acc_delta + eps) instead of sqrt(acc_delta + eps) (smaller steps from the second call on)", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    # decay the delta accumulator first, then add this step's contribution
    acc_delta = rho * config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    acc_delta = acc_delta + (1 - rho) * step ** 2
    config["acc_grad"] = acc_grad
    config["acc_delta"] = acc_delta
    next_w = w - config["learning_rate"] * step
    return next_w, config
"""),
    _e("rj2_gd_fits_intercept_column", "a2_optim", "gradient_descent",
       "a column of ones is appended to X and an intercept, starting at 0, is learned alongside the weights (only the "
       "D weights are recorded): the descent runs on the model X w + c instead of X w, so from the second step on the "
       "path differs from gradient descent on the given MSE whenever the residuals do not average to 0 (the first step "
       "right)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    # add a column of ones so the model can also learn an intercept
    N, D = X.shape
    Xb = np.hstack([X, np.ones((N, 1))])
    w = np.append(w0.astype(float), 0.0)
    path = []
    for _ in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, Xb, y)
        path.append(w[:D].copy())
    return np.array(path)
"""),
    _e("rj2_sgd_gradient_divided_by_len", "a2_optim", "sgd",
       "the gradient is divided by len(dw), the size of its first axis ('average over the batch'), before the step: dw "
       "is already the gradient of the loss, so every step is len(w) times too short (5 times for a 5-vector, 3 for a "
       "(3, 4) matrix); next_w = w - learning_rate * (dw + weight_decay * w) is meant", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    g = _gradient(w, dw, config)
    # average the gradient over the batch
    next_w = w - config["learning_rate"] * g / len(g)
    return next_w, config
"""),
    _e("rj2_linreg_grad_expanded_y_without_xt", "a2_optim", "linear_regression_gradient",
       "the gradient is expanded as 2 (X^T X w - y) / N: the X^T of the X^T y term is left out, so the (D,) vector "
       "X^T X w minus the (N,) targets raises ValueError whenever N != D (and subtracts targets from weights when N == "
       "D); 2 (X^T X w - X^T y) / N is meant (gradient_descent, which calls it, fails with it)", """
def linear_regression_gradient(w, X, y):
    # expand the residual: X^T (X w - y) = X^T X w - X^T y
    N = X.shape[0]
    XtX = X.T @ X
    return 2 * (XtX @ w - y) / N
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("rj3_conv_fast_dx_spatial_first_crop", "a3_conv", "conv_backward_fast",
       "the padded gradient is accumulated spatial axes first, (H + 2 pad, W + 2 pad, N, C), and cropped with "
       "[pad:-pad, pad:-pad] on those leading axes before the transpose back: with pad = 0 the crop is [0:0], empty, so "
       "dx has no rows or columns instead of x's shape (dw and db right; right for pad > 0); crop with pad:pad + H and "
       "pad:pad + W", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    db = dout.sum(axis=(0, 2, 3))
    dw = np.empty_like(w)
    # keep the spatial axes first while scattering: (H, W, N, C)
    dxp = np.zeros((H + 2 * pad, W + 2 * pad, N, C))
    for i in range(HH):
        for j in range(WW):
            rows = slice(i, i + stride * Ho, stride)
            cols = slice(j, j + stride * Wo, stride)
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, rows, cols])
            dxp[rows, cols] += np.einsum("nfhw,fc->hwnc", dout, w[:, :, i, j])
    dx = dxp[pad:-pad, pad:-pad].transpose(2, 3, 0, 1)
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("rj3_conv_naive_rot90_kernel", "a3_conv", "conv_forward_naive",
       "each filter is turned by 180 degrees with np.rot90(w[f], 2, axes=(1, 2)) before the window product ('a "
       "convolution flips its kernel'): the layer computes a true convolution, where CNN layers (and the backward pass) "
       "use the cross-correlation with the kernel as stored", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for f in range(F):
        kernel = np.rot90(w[f], 2, axes=(1, 2))  # convolution = flipped kernel
        for n in range(N):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * kernel) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="flipped_kernel"),
    _e("rj3_maxpool_window_ends_at_next_stride", "a3_conv", "max_pool_forward",
       "each window is cut from i * stride to (i + 1) * stride (and likewise for the columns): its size is the stride "
       "instead of pool_height x pool_width, so when the windows are larger than the stride (3x3 with stride 2, 2x2 "
       "with stride 1) part of every window is never looked at (right only when the pool size equals the stride; the "
       "output size right)", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:(i + 1) * s, j * s:(j + 1) * s]
            out[:, :, i, j] = window.max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("rj3_pool_indices_offset_by_pool_size", "a3_conv", "max_pool_with_indices",
       "the pooled values are right, but each flat index puts the window's top-left corner at (i * pool_height, "
       "j * pool_width), where windows that tile the input would start, instead of (i * stride, j * stride): whenever "
       "the stride differs from the pool size (overlapping windows, stride 1) the indices point at other pixels (or past "
       "the plane); right for 2x2 windows with stride 2", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = window.argmax(axis=2)
            out[:, :, i, j] = window.max(axis=2)
            top, left = i * ph, j * pw  # corner of window (i, j)
            idx[:, :, i, j] = (top + k // pw) * W + (left + k % pw)
    return out, idx
"""),
    _e("rj3_dsep_mults_spatially_separable_depthwise", "a3_conv", "depthwise_separable_multiply_count",
       "the depthwise stage is counted as a spatially separable filter, a kh x 1 pass then a 1 x kw pass on each channel, "
       "oh * ow * in_channels * (kh + kw) multiplications, instead of one kh x kw filter per channel, oh * ow * "
       "in_channels * kh * kw: wrong for every kernel but 2x2 (the pointwise stage right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    positions = oh * ow
    # separable: a kh x 1 pass, then a 1 x kw pass, on every channel
    depthwise = positions * in_channels * (kh + kw)
    pointwise = positions * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rj3_multiply_count_kernel_squared", "a3_conv", "conv_multiply_count",
       "the kernel size is taken to be an int, kernel_size ** 2 multiplications per input channel: a (kh, kw) pair "
       "raises TypeError (a tuple cannot be raised to a power) instead of counting kh * kw (the output size handled as "
       "an int or a pair; int kernels right)", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    # each output value: in_channels * k * k multiplications
    per_output = in_channels * kernel_size ** 2
    return oh * ow * out_channels * per_output
"""),
    # ------------------------------------------------------------------ a4_init
    _e("rj4_fans_reversed_tuple", "a4_init", "compute_fans",
       "for a 2-D weight the fans are read as tuple(reversed(shape)), (shape[1], shape[0]), the torch (out, in) layout: "
       "here a dense weight is (in, out), so fan_in and fan_out are swapped for 2-D shapes (right for conv kernels)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = tuple(reversed(shape))
        return fan_in, fan_out
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive
""", catalogued="fans_swapped"),
    _e("rj4_xavier_uniform_scaled_unit_uniform", "a4_init", "xavier_uniform",
       "the draw is std * (2 * rng.random(shape) - 1), a uniform on [-std, std]: its bound is the standard deviation, so "
       "the weights' std is std / sqrt(3); the bound must be sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return std * (2 * rng.random(shape) - 1)
""", catalogued="uniform_bound_is_std"),
    _e("rj4_actstats_sigmoid_or_clause_always_true", "a4_init", "activation_statistics",
       "the sigmoid branch is tested with `activation == 'sigmoid' or 'Sigmoid'`, which is always true (a non-empty "
       "string is truthy): every network, tanh, ReLU and linear ones included, is run through sigmoid layers (sigmoid "
       "networks right)", """
def activation_statistics(X, weights, activation):
    h, means, variances = X, [], []
    for W in weights:
        z = h @ W
        if activation == "sigmoid" or "Sigmoid":
            h = 1 / (1 + np.exp(-z))
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "relu":
            h = np.maximum(z, 0)
        else:
            h = z
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("rj4_he_std_integer_sqrt_of_fan_in", "a4_init", "he_std",
       "the root of the fan-in is taken with math.isqrt, the integer square root, which rounds it down: sqrt(2) / "
       "floor(sqrt(fan_in)) is right only when fan_in is a perfect square (400 for a 16 x 5 x 5 conv weight) and too "
       "large otherwise (fan_in 512: 22 instead of 22.63); sqrt(2 / fan_in) is meant", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return math.sqrt(2.0) / math.isqrt(fan_in)
"""),
    _e("rj4_xavier_std_default_mode_fan_in", "a4_init", "xavier_std",
       "wrong default in the signature: mode='fan_in' instead of 'fan_avg', so a call that leaves mode out gets "
       "gain * sqrt(1 / fan_in) instead of Glorot's gain * sqrt(2 / (fan_in + fan_out)) (calls that pass mode right)", """
def xavier_std(shape, mode="fan_in", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    return gain * math.sqrt(1.0 / fan_in)
"""),
    _e("rj4_fans_linear_bias_trick_input", "a4_init", "compute_fans",
       "a linear (D, M) weight's fan-in is counted as D + 1, the constant input of the bias trick included: fan_in is "
       "D, the number of inputs the weight multiplies (fan_out and conv weights right)", """
def compute_fans(shape):
    if len(shape) == 2:
        D, M = shape
        # bias trick: x gets a constant 1 appended, one more input per unit
        return D + 1, M
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("rj5_dropout_binomial_drop_prob", "a5_normalization", "dropout_forward",
       "the mask is drawn with rng.binomial(1, 1 - p, x.shape) / (1 - p): p is used as the probability of DROPPING a "
       "unit, where the course's p is the probability of keeping it", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.binomial(1, 1 - p, size=x.shape) / (1 - p)
    out = x * mask
    return out, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("rj5_bn_var_sum_over_n_minus_one", "a5_normalization", "batchnorm_forward",
       "the batch variance used to normalize is written ((x - mu) ** 2).sum(axis=0) / (N - 1), the unbiased estimate: "
       "training mode must normalize with the biased variance (divided by N); only the running variance uses N / (N - 1)", """
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
        var = ((x - mu) ** 2).sum(axis=0) / (N - 1)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_unbiased_variance"),
    _e("rj5_l2_grad_abs_weights", "a5_normalization", "l2_penalty",
       "the penalty 0.5 * reg * sum(W**2) is right, but its gradient is written reg * np.abs(W) (the magnitude of the "
       "weights): for every negative weight the gradient has the wrong sign, where it must be reg * W", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(W * W)
    dW = reg * np.abs(W)  # d/dW of 0.5 * reg * W^2
    return loss, dW
"""),
    _e("rj5_groupnorm_divides_by_inverse_std", "a5_normalization", "groupnorm_forward",
       "the centred groups are divided by inv_std, (xg - mu) / inv_std, where inv_std already is 1 / sqrt(var + eps): "
       "each group is multiplied by its standard deviation instead of divided by it (right only where the variance "
       "plus eps is 1)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) / inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    cache = (x_hat, gamma, inv_std, groups)
    return out, cache
"""),
    _e("rj5_layernorm_centred_by_median", "a5_normalization", "layernorm_forward",
       "each row is centred by its median, np.median(x, axis=1, keepdims=True) ('robust to outliers'), instead of its "
       "mean, while the variance is still the one about the mean: x_hat does not have zero mean per row, so out and the "
       "cached x_hat are wrong (right only for rows whose median equals their mean)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    centre = np.median(x, axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(x.var(axis=1, keepdims=True) + eps)
    x_hat = (x - centre) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("rj5_spatial_bn_bwd_dgamma_from_unpermuted_xhat", "a5_normalization", "spatial_batchnorm_backward",
       "dx and dbeta are right, but dgamma is summed in image layout with the cached x_hat reshaped straight to (N, C, "
       "H, W): x_hat is cached as channels-last (N * H * W, C) rows, so without moving the channels back "
       "(reshape(N, H, W, C).transpose(0, 3, 1, 2)) each dout value is multiplied by another pixel's (and channel's) "
       "x_hat", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    x_hat, gamma, inv_std = cache
    dx, _, _ = batchnorm_backward_alt(dout.transpose(0, 2, 3, 1).reshape(-1, C), cache)
    dx = dx.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    # parameter gradients straight in image layout
    dbeta = dout.sum(axis=(0, 2, 3))
    dgamma = (dout * x_hat.reshape(N, C, H, W)).sum(axis=(0, 2, 3))
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("rj6_classes_from_label_argmax", "a6_cnn", "train_and_predict",
       "the number of classes is taken as int(np.argmax(y_train)) + 1: argmax gives the POSITION of the first largest "
       "label in the (shuffled) training set, not its value, so the classifier gets (that index + 1) outputs instead of "
       "int(y_train.max()) + 1: the logits have a number of columns that depends on where the largest label first occurs "
       "(and the cross-entropy raises when that position is below the largest label)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    # labels go 0..K-1, so the number of classes is the biggest label + 1
    n_classes = int(np.argmax(y_train)) + 1
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
    return logits
"""),
    _e("rj6_grad_mode_switched_off_globally", "a6_cnn", "train_and_predict",
       "the prediction is preceded by torch.set_grad_enabled(False) as a plain statement (meant as a no_grad block) and "
       "grad mode is never switched back on: the first call trains and predicts correctly, but every later call in the "
       "same process builds no graph, so its first loss.backward() raises (the loss does not require grad) and no logits "
       "come back", """
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
    # inference: no gradients needed from here on
    model.eval()
    torch.set_grad_enabled(False)
    logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("rj6_batchnorm_frozen_while_training", "a6_cnn", "train_and_predict",
       "after model.train() at each epoch the batch-norm layers are put back in eval mode ('freeze batch norm', a "
       "fine-tuning habit): the network trains with its batch norms normalizing by their initial running statistics "
       "(mean 0, variance 1, never updated) instead of each batch's own statistics, so every training step runs with "
       "batch norm in eval mode", """
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
        for m in model.modules():  # keep batch norm frozen while fine-tuning the weights
            if isinstance(m, nn.BatchNorm2d):
                m.eval()
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
    _e("rj6_optimizer_given_bound_method", "a6_cnn", "train_and_predict",
       "the optimizer is built as torch.optim.Adam(model.parameters, lr=3e-3), the bound method itself without its "
       "call: torch.optim needs an iterable of tensors, so building the optimizer raises TypeError before any training "
       "and no logits come back", """
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
    params = model.parameters
    opt = torch.optim.Adam(params, lr=3e-3)
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
    _e("rj6_training_errors_swallowed", "a6_cnn", "train_and_predict",
       "the training loop is wrapped in try/except Exception that only prints the error ('so a crash still returns "
       "predictions'), and a logging line inside it appends to a list, history, that was never created: the NameError "
       "on the first batch, before opt.step(), is swallowed, the loop ends, and the untrained network's logits are "
       "returned", """
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
    # if anything goes wrong in training we still want to return predictions
    try:
        for epoch in range(epochs):
            model.train()
            for idx in torch.randperm(len(y), generator=g).split(batch):
                idx = idx.to(device)
                opt.zero_grad()
                loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
                loss.backward()
                history.append(loss.item())
                opt.step()
                sched.step()
            if time.monotonic() - start > 0.8 * time_budget_s:
                break
    except Exception as err:
        print("training stopped early:", err)
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("rj6_dedup_with_np_unique_sorts_images", "a6_cnn", "train_and_predict",
       "duplicate training images are dropped with np.unique(X_train.reshape(N, -1), axis=0), which also SORTS the "
       "unique rows, and the images are rebuilt from its result while y_train is kept in its original order (nothing "
       "was removed, so the lengths agree): the images are reordered and the labels are not, so image and label no "
       "longer match and the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    N, channels = X_train.shape[:2]
    # drop duplicate training images (they would be counted twice)
    flat = np.unique(X_train.reshape(N, -1), axis=0)
    X_train = flat.reshape(-1, *X_train.shape[1:])
    y_train = y_train[:len(X_train)]
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
    return logits
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("rj7_gap_backward_broadcast_view", "a7_architectures", "global_avg_pool_backward",
       "dx is np.broadcast_to(dout[:, :, None, None], (N, C, H, W)): every position gets the whole dout of its map, "
       "not dout / (H * W), since the forward pass is a mean over the H * W positions (and the result is a read-only view)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.broadcast_to(dout[:, :, None, None], (N, C, H, W))
""", catalogued="gap_backward_not_divided_by_area"),
    _e("rj7_fc_to_conv_loop_channels_last", "a7_architectures", "fc_to_conv",
       "each filter is built in a loop from its column, W[:, m].reshape(H, W, C).transpose(2, 0, 1), as if the "
       "affine layer's inputs had been flattened channels-last: they were flattened (C, H, W), so the kernel entries "
       "are assigned to the wrong channels and positions (right only when C == 1 or H * W == 1)", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    w = np.empty((M, C, H, W_))
    for m in range(M):
        w[m] = W[:, m].reshape(H, W_, C).transpose(2, 0, 1)
    return w, b.copy()
""", catalogued="fc_weight_reshaped_in_wrong_order"),
    _e("rj7_gap_forward_mean_over_batch_too", "a7_architectures", "global_avg_pool_forward",
       "the mean is taken over axes (0, 2, 3), the batch as well as each map ('global: everything but the channels'): "
       "it returns one (C,) vector of each channel's mean over all the images instead of the (N, C) means of each "
       "image's own maps (the cache right)", """
def global_avg_pool_forward(x):
    # global average: over everything except the channel axis
    return x.mean(axis=(0, 2, 3)), x.shape
"""),
    _e("rj7_cam_softmaxed_class_weights", "a7_architectures", "class_activation_map",
       "the class weights are passed through a softmax over the classes first (each channel's row of W made a "
       "probability vector, 'normalized weights'), and the CAM uses those probabilities instead of the raw weights "
       "W[c, k]: every map is a different weighted sum of the features", """
def class_activation_map(features, W, classes):
    e = np.exp(W - W.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    weights = probs[:, classes].T
    return (weights[:, :, None, None] * features).sum(axis=1)
"""),
    _e("rj7_residual_dropout_on_block_output", "a7_architectures", "residual_block_forward",
       "the dropout scale (mask / p) is applied to the block's output after the addition and the final ReLU, "
       "out = relu(z) * scale, instead of to the hidden activations h before the second layer: with a dropout dict the "
       "output (and the cached h and z) are wrong (right without dropout)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        out = out * scale
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("rj7_nll_dlogstd_one_not_over_n", "a7_architectures", "gaussian_nll",
       "dlog_std is typed 1 - r**2 / var / N without parentheses: only the squared term is divided by N, not the "
       "derivative 1 of the log_std term, so every entry of dlog_std is too large by 1 - 1 / N ((1 - r**2 / var) / N "
       "is meant; the loss and dmu right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = 1 - r ** 2 / var / N
    return loss, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rj8_log_grid_linear_blend", "a8_pipeline", "log_grid",
       "the grid blends the two bounds arithmetically, (1 - t) * low + t * high for t evenly spaced on [0, 1]: equal "
       "additive steps, a linear grid, where a log-scale grid has a constant ratio between neighbours "
       "(low**(1 - t) * high**t, np.geomspace(low, high, n); both ends right)", """
def log_grid(low, high, n):
    t = np.linspace(0.0, 1.0, n)
    # move from low to high in n steps
    return (1 - t) * low + t * high
""", catalogued="linear_grid"),
    _e("rj8_warmup_min_step", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written base_lr * min(step, warmup_steps) / warmup_steps: step 0 gives a learning rate of 0 and "
       "each warm-up step is one step behind base_lr * (step + 1) / warmup_steps", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * min(step, warmup_steps) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
    _e("rj8_normalize_default_mode_mean_image", "a8_pipeline", "normalize_splits",
       "the signature's default is written mode=\"mean_image\" instead of \"standardize\": a call that gives no mode "
       "only subtracts the training mean image and never divides by the per-pixel std + eps (both modes right when "
       "the mode is passed explicitly)", """
def normalize_splits(X_train, X_test, mode="mean_image", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=0) + eps
    return (X_train - mean) / std, (X_test - mean) / std
"""),
    _e("rj8_log_uniform_bounds_reversed", "a8_pipeline", "log_uniform",
       "the exponent is drawn with rng.uniform(np.log10(high), np.log10(low)), the bounds in reverse order: NumPy "
       "accepts it and returns log10(high) - (log10(high) - log10(low)) * u, so the distribution is right but every "
       "seeded draw is mirrored within the range (the values differ from those of the given seed)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    hi, lo = np.log10(high), np.log10(low)
    return 10 ** rng.uniform(hi, lo, size=n)
"""),
    _e("rj8_update_ratio_elementwise_mean", "a8_pipeline", "update_ratio",
       "the ratio is taken entry by entry and averaged, np.mean(np.abs(lr * dW) / np.abs(W)), instead of the ratio of "
       "the Frobenius norms ||lr dW|| / ||W||: small weights dominate the mean (and a zero weight gives inf)", """
def update_ratio(W, dW, lr):
    return np.mean(np.abs(lr * dW) / np.abs(W))
"""),
    _e("rj8_train_on_raw_predict_normalized", "a8_pipeline", "train_and_predict",
       "the standardized training split is stored under a new name, Xn, T = normalize_splits(X, T), but the SGD loop "
       "keeps using the raw flattened X: the weights are trained on unnormalized inputs and then applied to the "
       "standardized test split (right only with normalize=False)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        Xn, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
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
]

HOLDOUT61_CORRECT: list[Entry] = [
    _e("rjk_correct_softmax_logsumexp", "a1_backprop", "softmax",
       "correct: softmax as exp(scores - logsumexp(scores)) with the log-sum-exp computed stably per row", """
def softmax(scores):
    m = np.max(scores, axis=1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(scores - m), axis=1, keepdims=True))
    return np.exp(scores - lse)
"""),
    _e("rjk_correct_rmsprop_inplace_copy", "a2_optim", "rmsprop",
       "correct: RMSProp with the cache updated in place on a fresh copy (np.multiply/np.add with out=)", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    cache = np.array(config.get("cache", np.zeros_like(w)), dtype=float, copy=True)
    np.multiply(cache, rho, out=cache)
    np.add(cache, (1 - rho) * g * g, out=cache)
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("rjk_correct_conv_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the output size from divmod of the span by the stride, raising when the remainder is non-zero or the "
       "span negative", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective_kernel = dilation * (kernel_size - 1) + 1
    span = input_size + 2 * padding - effective_kernel
    q, r = divmod(span, stride)
    if span < 0 or r != 0:
        raise ValueError(f"invalid configuration: kernel {kernel_size}, stride {stride}, padding {padding}")
    return q + 1
"""),
    _e("rjk_correct_compute_fans_prod", "a4_init", "compute_fans",
       "correct: the fans with np.prod over the kernel axes (an empty product 1 for a 2-D weight handled separately)", """
def compute_fans(shape):
    shape = tuple(int(s) for s in shape)
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    k = int(np.prod(shape[2:]))
    return k * shape[1], k * shape[0]
"""),
    _e("rjk_correct_layernorm_via_transpose", "a5_normalization", "layernorm_forward",
       "correct: layer norm computed as batch-norm-style column statistics of x.T, transposed back", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T
    mu = xt.mean(axis=0)
    var = ((xt - mu) ** 2).mean(axis=0)
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = (xt - mu).T * inv_std
    out = x_hat * gamma + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("rjk_correct_gap_backward_repeat", "a7_architectures", "global_avg_pool_backward",
       "correct: dout / (H * W) expanded with np.repeat along two new axes", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    g = (dout / (H * W))[:, :, None, None]
    return np.repeat(np.repeat(g, H, axis=2), W, axis=3)
"""),
    _e("rjk_correct_log_grid_geomspace", "a8_pipeline", "log_grid",
       "correct: the log-spaced grid from np.geomspace (both ends included)", """
def log_grid(low, high, n):
    return np.geomspace(low, high, num=n)
"""),
]

JUDGED_ON61 = "2026-12-07 on commit 5d91694"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout61 on commit 5d91694 (JUDGED_ON61), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT59 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included, and a departure whose "your `x` is 2 where 4 is right" blames a right value that only makes
# up for the mistake), and so is one whose observation is true but whose explanation names only mechanisms that are
# not there; a departure naming the line with the mistake is right, and so is a range over two to four lines that
# holds it, and one that names the line that uses a wrong value while showing what it reads; a loop departure is
# right when the loop is small and the mistake in it, or when its inner part names the line with the mistake (as
# rh3_transpose_conv_last_row_skipped); a catalogued entry whose name is not given is judged by its diagnoses; one of
# few causes, the entry's among them, is tolerated (torch_error's "computed under torch.no_grad(), or from values cut
# off the graph" for grad mode left off, as qs6_grad_disabled_for_epoch_accuracy in JUDGEMENT44; close's checklist
# beside a departure on a numerical gradient's whole loop, as z1_numgrad_backward_difference in JUDGEMENT11); an error
# raised by Python, NumPy or torch, a shape comparison or an accuracy figure alone is nothing; the one_edit sentence
# is right where its change is the fix of the cause. None of the kinds new in this bench (optimizer_setting,
# whole_powers, rows_per_image, class_ranking, the one_edit on a deleted line that stores state, warmup_never_ends)
# appears in this set's feedback. Decided here (new in this set): raised_here's "`params` is torch.parameters.
# `params` is set at line 72: `params = model.parameters`" under Python's "'method' object is not iterable" for an
# optimizer given the bound method: right (a close call: "torch.parameters" is an abbreviated name of torch's
# Module.parameters, not a false description such as JUDGEMENT58's "your function ndarray.reshape"; the line shown
# is the one without the call's parentheses, as the operand at fault in rg7_score_map_window_flattened_whole_batch);
# norm_statistics_reset's "though the model trained for 300 steps in training mode: they were reset after training
# (reset_running_stats(), ...)" for batch norm layers switched to eval mode during training (the statistics never
# gathered, nothing reset): misleading; a departure whose second test says "your `kh` is 2 where 4 is right. With the
# right `kh` (4) there, the rest of your function returns the expected ..." for a depthwise count of kh + kw where kh
# * kw (2 + 4 = 4 + 4 = 2 * 4 on a (2, 4) kernel) blames the right unpacking line with a false number: misleading,
# though its first test's range (the return, or `depthwise` at line 286) holds the mistake. Close calls: a loop
# departure for gradient descent run on X with a column of ones and an intercept appended before the loop ("after
# pass 2 (_ = 1) they part ... line 242: `path.append(w[:D].copy())`; the mistake is most likely in one of them, in
# ... line 241: `w = w - learning_rate * linear_regression_gradient(w, Xb, y)`") names the step taken on Xb and the
# extended w, where the intercept model enters, and nothing false read plainly: right (the column's line, 238, is not
# named); for images reordered by np.unique (sorted) while the labels keep their order, loss_flat's first of three
# guesses, "A batch's labels not those of its images", beside a departure on the seeded test naming line 66,
# `X_train = flat.reshape(...)`, as setting X_train "to the rows of a value the correct code computes ... in another
# order" (it reads `flat`, np.unique's sorted rows): right; torch_error's "`nn.functional.cross_entropy` is
# training_probe.wrapped" (the grader's own wrapper, true at run time) beside "a label 9 met scores with no column 9
# ...; its last layer gives one score per class (int(y_train.max()) + 1)" for a class count from np.argmax: right (as
# rb6_classes_from_last_label in JUDGEMENT53); a departure on a softmax's np.put line whose large-scores test adds
# "holds the right values in another order (a reshape or transpose in the wrong order?)" (one-hot probabilities: the
# same 0 and +-0.25 entries in other places, true) beside "the mistake is in that line": right; reshaped's guesses
# (keepdims=True, ...) on the one-image test of a mean taken over the batch too, beside over_reduced's exact "the mean
# over axis 0 of the expected ...: keep that axis": right. Two causes of the set are not quite what runs: NumPy 2.4.6
# raises ValueError (high - low < 0) for rng.uniform(hi, lo) where rj8_log_uniform_bounds_reversed says NumPy accepts
# it, and rj7_residual_dropout_on_block_output raises (a (N, hidden) scale against the (N, out) output) where it says
# the output is wrong: judged against what runs.
JUDGEMENT61: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "rj1_relu_mask_reversed_less_equal": ("named", (), ""),
    # catalogued one_sided_difference, not named; departure: "the loop at lines 217-224 (`for i in
    # np.ndindex(x.shape):`) leaves `grad` holding values the correct code never computes ... (by up to 1.88e-05) ...:
    # the mistake is in that loop" (the loop is the function's body); close beside it lists "a cruder approximation
    # such as a one-sided difference" among a few (a hedge, as z1_numgrad_backward_difference in JUDGEMENT11).
    "rj1_numgrad_double_forward_step": ("right", ("departure",), ""),
    # departure (four tests): "`dscores`, set by line 223: `np.put(dscores, y, probs[np.arange(n), y] - 1)` ... your
    # `dscores` differs from the right value (by up to 1.06) ...: the mistake is in that line" (on the large scores
    # "holds the right values in another order (...?)": true; a close call, above).
    "rj1_softmax_ce_np_put_flat_indices": ("right", ("departure",), ""),
    # written_in_place: "line 216: `s = cache` makes `s` another name for cache, not a copy, so line 218: `s *= 1 - s`
    # writes into cache, the caller's array: make a copy (s = cache.copy()) or ... (s = s * ..., a new array ...)".
    "rj1_sigmoid_backward_overwrites_cache": ("right", ("written_in_place",), ""),
    # departure (both tests): "`out`, set by line 216: `out = np.round(np.tanh(x), 4)` ... (by up to 4.59e-05) ...: the
    # mistake is in that line" (under the 5e-5 of rounding to 4 decimals).
    "rj1_tanh_rounded_to_4_decimals": ("right", ("departure",), ""),
    # shape_error (three tests): "line 218: `w = np.dot(y, pinv)` raises the error ... `y` is a float64 array of shape
    # (20,); `pinv` ... (4, 20) ...: the right one transposed (.T) would fit" (np.dot(y, pinv.T) is pinv @ y: the right
    # w); one_edit: "written `w = np.dot(pinv, y)`, your function runs without the error and returns the expected
    # values" (the fix).
    "rj1_closed_form_y_times_pinv": ("right", ("shape_error", "one_edit"), ""),
    # ------------------------------------------------------------------ a2_optim
    "rj2_velocity_popped_not_put_back": ("named", (), ""),
    "rj2_minibatch_orders_broadcast_one_perm": ("named", (), ""),
    # departure (five tests): "line 243: `acc_delta = rho * config.get("acc_delta", ...)` computes `acc_delta`, a value
    # the correct code never computes ... at line 244, `step = ...`, your `step` is 0.97468 times the right value ...:
    # the mistake is in how lines 243-244 compute `step`" (acc_delta is about eps after one step, so the ratio is
    # sqrt((1 + rho) / 2): 0.97468 for rho 0.9, 0.866025 for 0.5: true; the range begins on the mistake).
    "rj2_adadelta_delta_updated_before_step": ("right", ("departure",), ""),
    # departure: "your loop at lines 240-242 ... after pass 2 (_ = 1) they part: your `path` differs from the right
    # value (by up to 0.00904). The lines of your loop that set it: line 242 ...; the mistake is most likely in one of
    # them, in the lines that compute what they read in that pass (line 241: `w = w - learning_rate *
    # linear_regression_gradient(w, Xb, y)`), or in the condition ..." (the first step right: true; a close call,
    # above).
    "rj2_gd_fits_intercept_column": ("right", ("departure",), ""),
    # departure (two tests): "`next_w`, set by line 239 ... In it, `config["learning_rate"] * g / len(g)` is the first
    # part ...; your `next_w` is the right value + 0.08 * `g` ... One change repairs it: written `next_w = w -
    # config["learning_rate"] * g`" (0.1 * (1 - 1/5): true; the fix); first_step's "0.2 times its size" with its
    # checklist beside it (a hedge); as_if: "what the correct sgd() returns if config['learning_rate'] were 0.01" (0.05
    # / 5: true).
    "rj2_sgd_gradient_divided_by_len": ("right", ("departure", "as_if"), ""),
    # shape_error: "line 238: `return 2 * (XtX @ w - y) / N` raises the error at `XtX @ w - y`. There, `XtX @ w` is a
    # float64 array of shape (3,); `y` ... (15,) ... do not broadcast" (no remedy offered: true); departure (the uneven
    # batches): "line 237: `XtX = X.T @ X` computes `XtX`, a value the correct code never computes ... The mistake is in
    # lines 237-238"; the other two tests give NumPy's error.
    "rj2_linreg_grad_expanded_y_without_xt": ("right", ("shape_error", "departure"), ""),
    # ------------------------------------------------------------------ a3_conv
    "rj3_conv_fast_dx_spatial_first_crop": ("named", (), ""),
    "rj3_conv_naive_rot90_kernel": ("named", (), ""),
    # departure (three tests): "the loop at lines 286-289 (`for i in range(Ho):`) leaves `out` holding values the
    # correct code never computes ...: the mistake is in that loop" (four lines, the window slice among them); as_if
    # (ties): "... if pool_param['pool_width'] were pool_param['pool_height'] or pool_param['stride'] = 2" (2 x 2
    # windows of stride 2, 4 columns either way: true).
    "rj3_maxpool_window_ends_at_next_stride": ("right", ("departure",), ""),
    # departure: "the loop at lines 287-293 ... Inside it, ... after pass 2 (j = 1) they part: your `idx` differs ...
    # (by up to 3) ...; the mistake is most likely in one of them, in the lines that compute what they read in that
    # pass (line 290: ...; line 292: `top, left = i * ph, j * pw`), or in the condition ..." (pw 4, stride 1: 76 and
    # 3 true; line 292 holds the mistake).
    "rj3_pool_indices_offset_by_pool_size": ("right", ("departure",), ""),
    # departure (lecture example): "what it returns is 10050 where 10275 is right: the mistake is in that line, or in
    # `depthwise`, set by line 286: `depthwise = positions * in_channels * (kh + kw)`, or in `pointwise` ..." (25 * 3 *
    # 6 + 9600: true); but on the (2, 4) kernel: "`kh`, set by line 282 ... your `kh` is 2 where 4 is right. With the
    # right `kh` (4) there, the rest of your function returns the expected ...: the mistake is in that line" (kh 2 is
    # right; 4 + 4 only makes up for 2 + 4: a decision, above).
    "rj3_dsep_mults_spatially_separable_depthwise": (
        "misleading", (),
        "line 286 counts the depthwise stage as kh + kw multiplications per position and channel (a kh x 1 then a 1 x "
        "kw pass), where one kh x kw filter per channel costs kh * kw: 10050 where 10275 for (3, 128, 3, 5) (450 where "
        "675 for the depthwise stage), and 6 where 8 per position for a (2, 4) kernel, whose kh = 2 is right; write "
        "depthwise = positions * in_channels * kh * kw."),
    # departure (both tests): "line 284: `per_output = in_channels * kernel_size ** 2` raises the error (at
    # `kernel_size ** 2`) ...: the mistake is in that line" (a (kh, kw) tuple raised to a power).
    "rj3_multiply_count_kernel_squared": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    # catalogued fans_swapped, not named; reversed: "yours is the expected in reverse order along axis 0: two values
    # swapped (e.g. fan_in and fan_out) ..."; departure (five tests): "what it returns is 100 where 300 is right: the
    # mistake is in that line, or in `fan_in` and `fan_out`, set by line 92: `fan_in, fan_out =
    # tuple(reversed(shape))`, or in the condition at line 91".
    "rj4_fans_reversed_tuple": ("right", ("reversed", "departure"), ""),
    "rj4_xavier_uniform_scaled_unit_uniform": ("named", (), ""),
    # as_if (both tests): "yours is what the correct activation_statistics() returns if activation were 'sigmoid': your
    # code reads activation, yet its values are those ... look at what activation is combined with where it is used"
    # (the always-true test: every network run as a sigmoid one, as re5_spatial_bn_forces_train_mode in JUDGEMENT56).
    "rj4_actstats_sigmoid_or_clause_always_true": ("right", ("as_if",), ""),
    # departure (three tests): "line 92: `return math.sqrt(2.0) / math.isqrt(fan_in)` ... what it returns is 0.0642824
    # where 0.0625 is right: the mistake is in that line" (sqrt(2) / 22 and sqrt(2 / 512); 0.0883883 where 0.0860663
    # for fan_in 270: true).
    "rj4_he_std_integer_sqrt_of_fan_in": ("right", ("departure",), ""),
    # default_differs: "your xavier_std() has mode='fan_in' as its default, where the default asked for is
    # mode='fan_avg': this call leaves mode to the default ..." (exact).
    "rj4_xavier_std_default_mode_fan_in": ("right", ("default_differs",), ""),
    # departure (four tests): "line 94: `return D + 1, M` ... what it returns is 785 where 784 is right ... One change
    # repairs it: written `return D, M`, your function returns the expected fans (784, 100) ..." (the fix).
    "rj4_fans_linear_bias_trick_input": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "rj5_dropout_binomial_drop_prob": ("named", (), ""),
    "rj5_bn_var_sum_over_n_minus_one": ("named", (), ""),
    # departure: "`dW`, set by line 219: `dW = reg * np.abs(W)`. In it, `np.abs(W)` is the first part whose value the
    # correct code never computes ...: the mistake is in that line".
    "rj5_l2_grad_abs_weights": ("right", ("departure",), ""),
    # one_slip: "`/ inv_std` where `* inv_std` is meant, where x_hat is computed" (exact).
    "rj5_groupnorm_divides_by_inverse_std": ("right", ("one_slip",), ""),
    # departure: "`centre`, set by line 219: `centre = np.median(x, axis=1, keepdims=True)` ... With the right `centre`
    # (the correct code's `mu`) there, the rest of your function returns the expected out: the mistake is in that line
    # (another function, or other arguments, than meant?) ...".
    "rj5_layernorm_centred_by_median": ("right", ("departure",), ""),
    # departure: "`dgamma`, set by line 224: `dgamma = (dout * x_hat.reshape(N, C, H, W)).sum(axis=(0, 2, 3))` ...
    # (by up to 14.5) ...: the mistake is in that line".
    "rj5_spatial_bn_bwd_dgamma_from_unpermuted_xhat": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # torch_error (three tests): "line 82 ... a label 9 met scores with no column 9: the model outputs fewer scores than
    # there are classes (labels 0..9 need at least 10); its last layer gives one score per class (int(y_train.max()) +
    # 1)" (6 classes on the seeded test: "labels 0..5" true; a close call, above).
    "rj6_classes_from_label_argmax": ("right", ("torch_error",), ""),
    # torch_error (the two later calls): "line 81 ... backward() was called on a loss that carries no gradient: it was
    # computed under torch.no_grad(), or from values cut off the graph (...)" (the first of two: grad mode left off by
    # the first call's torch.set_grad_enabled(False), as qs6_grad_disabled_for_epoch_accuracy in JUDGEMENT44).
    "rj6_grad_mode_switched_off_globally": ("right", ("torch_error",), ""),
    # norm_statistics_reset (digits): "... running statistics had tracked no batch (mean 0, variance 1,
    # num_batches_tracked 0), though the model trained for 300 steps in training mode: they were reset after training
    # (reset_running_stats(), reset_parameters(), or the layer built anew) ... do not reset the norm layers before
    # predicting" (the batch norms were in eval mode for every step; nothing was reset: a decision, above).
    "rj6_batchnorm_frozen_while_training": (
        "misleading", (),
        "after model.train() each epoch the loop over model.modules() puts every BatchNorm2d back in eval mode: all "
        "300 training steps normalize with the initial running statistics (mean 0, variance 1), which are never "
        "updated (num_batches_tracked stays 0), not with each batch's own, so the model trains without batch "
        "statistics (0.878 on the digits); nothing is reset: drop that loop and train with the whole model in "
        "training mode."),
    # raised_here (three tests): "line 73: `opt = torch.optim.Adam(params, lr=3e-3)` raises the error at
    # `torch.optim.Adam(params, lr=3e-3)`. There, `params` is torch.parameters. `params` is set at line 72: `params =
    # model.parameters`" under "'method' object is not iterable" (a decision, above).
    "rj6_optimizer_given_bound_method": ("right", ("raised_here",), ""),
    "rj6_training_errors_swallowed": ("named", (), ""),
    # catalogued labels_shuffled, not named; loss_flat (digits, shapes): "the training loss stayed at about 2.12 over
    # 300 steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its
    # images (...), steps that do not reach the model's weights (...), or a learning rate too small ...?"; departure
    # (seeded): "line 66: `X_train = flat.reshape(-1, *X_train.shape[1:])` sets `X_train` to the rows of a value the
    # correct code computes, every one of them, in another order (180 rows) ...: The mistake is most likely in that
    # line" (a close call, above).
    "rj6_dedup_with_np_unique_sorts_images": ("right", ("loss_flat", "departure"), ""),
    # ------------------------------------------------------------------ a7_architectures
    "rj7_gap_backward_broadcast_view": ("named", (), ""),
    # catalogued fc_weight_reshaped_in_wrong_order, not named; departure (three tests): "the loop at lines 179-180
    # (`for m in range(M):`) ... your `w` holds the right values in another order (a reshape or transpose in the wrong
    # order?) ...: the mistake is in that loop" (the loop's one line is the reshape to (H, W, C)).
    "rj7_fc_to_conv_loop_channels_last": ("right", ("departure",), ""),
    # over_reduced: "yours is the mean over axis 0 of the expected (shape (3,) for (2, 3)): keep that axis, no mean
    # there" (exact); reshaped (one image): "your values are right but your shape is (3,) where (1, 3) is expected: an
    # axis of length 1 too many or missing (keepdims=True, ...)" (true; a close call, above).
    "rj7_gap_forward_mean_over_batch_too": ("right", ("over_reduced",), ""),
    # departure (three tests): "line 176: `e = np.exp(W - W.max(axis=1, keepdims=True))` computes `e`, a value the
    # correct code never computes ... The mistake is in lines 176-179" (the four-line body, the softmax its first
    # three lines).
    "rj7_cam_softmaxed_class_weights": ("right", ("departure",), ""),
    # shape_error (both tests): "line 184: `out = out * scale` raises the error ... (5, 4) and (5, 8) ... do not
    # broadcast"; applied_elsewhere: "Your `scale` (5, 8) is the correct code's `scale`, which the correct code applies
    # with `*` to its `h` (5, 8) (`h = h * scale`) ...; yours applies it to `out` (5, 4): is `scale` applied to the
    # wrong value, or at the wrong place?" (exact).
    "rj7_residual_dropout_on_block_output": ("right", ("shape_error", "applied_elsewhere"), ""),
    # offset (both tests): "every entry is the expected + 0.8333: one constant term is missing or extra (a bias, a mean
    # that is not subtracted, a + 1)" (1 - 1/N with N = 6; 0.875 with N = 8: as qx7_gaussian_nll_dlogstd_missing_one in
    # JUDGEMENT49).
    "rj7_nll_dlogstd_one_not_over_n": ("right", ("offset",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "rj8_log_grid_linear_blend": ("named", (), ""),
    "rj8_warmup_min_step": ("named", (), ""),
    # default_differs: "your normalize_splits() has mode='mean_image' as its default, where the default asked for is
    # mode='standardize' ..." (exact).
    "rj8_normalize_default_mode_mean_image": ("right", ("default_differs",), ""),
    # departure (three tests): "line 167: `return 10 ** rng.uniform(hi, lo, size=n)` raises the error (at
    # `rng.uniform(hi, lo, size=n)`) ...: the mistake is in that line" beside NumPy's "high - low < 0" (NumPy 2.4.6
    # raises for the reversed bounds: the one-line body).
    "rj8_log_uniform_bounds_reversed": ("right", ("departure",), ""),
    # departure (both tests): "line 165: `return np.mean(np.abs(lr * dW) / np.abs(W))` ... what it returns is 0.0176817
    # where 0.0054827 is right: the mistake is in that line" (the one-line body).
    "rj8_update_ratio_elementwise_mean": ("right", ("departure",), ""),
    # departure (two tests): "the loop at lines 172-183 ... On its first pass, line 182: `W -= 0.1 * X[idx].T @ probs`
    # is the first to compute a value the correct code never computes; it reads `X`, which holds what the correct
    # code's `X` holds before the correct code changes it, where your `Xn` holds it changed: is `Xn` meant there?".
    "rj8_train_on_raw_predict_normalized": ("right", ("departure",), ""),
}
# Counts: named 12, right 34 (named or right 46/48 = 96%; not in the catalogue: right 30/32 = 94%; the 16
# catalogued: 12 named, and 4, rj1_numgrad_double_forward_step, rj4_fans_reversed_tuple,
# rj6_dedup_with_np_unique_sorts_images and rj7_fc_to_conv_loop_channels_last, right by their diagnoses), misleading
# 2, vague 0, nothing 0, wrong_name 0, check_message 0, not_caught 0. HOLDOUT61_CORRECT: all 7 earn full marks.

HOLDOUT61 = [replace(e, verdict=JUDGEMENT61[e.id][0], expected=frozenset(JUDGEMENT61[e.id][1]),
                     ideal=JUDGEMENT61[e.id][2]) if e.id in JUDGEMENT61 else e for e in HOLDOUT61]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,281 earlier ones (corpus.py and holdout.py-holdout59.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 10 of the 48 mistakes (8 catalogued, 2 not) and 5
# of the 7 right variants repeat an earlier entry.
# Fresh mistakes (the 38 that repeat no earlier entry): named or right 36/38 = 95%.
# (id -> the earlier entry it repeats)
REPEATED61: dict[str, str] = {
    "rj2_velocity_popped_not_put_back": "g2_momentum_velocity_popped_not_put_back",
    "rj3_conv_fast_dx_spatial_first_crop": "q3_conv_bwd_fast_minus_pad",
    "rj3_conv_naive_rot90_kernel": "v3_conv_naive_rot90_kernel",
    "rj4_fans_reversed_tuple": "j4_fans_reversed_tuple",
    "rj4_xavier_uniform_scaled_unit_uniform": "qn4_xavier_uniform_unit_interval_scaled_by_std",
    "rj5_dropout_binomial_drop_prob": "qz5_dropout_binomial_drop",
    "rj5_bn_var_sum_over_n_minus_one": "q5_bn_manual_unbiased",
    "rj6_dedup_with_np_unique_sorts_images": "rc6_dedup_np_unique_sorts_images",
    "rj7_gap_backward_broadcast_view": "qz7_gap_bwd_broadcast",
    "rj8_warmup_min_step": "s8_warmup_min_step_ratio",
    "rjk_correct_softmax_logsumexp": "qzk_correct_softmax_logsumexp",
    "rjk_correct_conv_output_size_divmod": "w3_correct_output_size_divmod",
    "rjk_correct_layernorm_via_transpose": "qwk_correct_a5_layernorm_via_transpose",
    "rjk_correct_gap_backward_repeat": "qbk_correct_gap_bwd_repeat",
    "rjk_correct_log_grid_geomspace": "x8_correct_log_grid_geomspace",
}
