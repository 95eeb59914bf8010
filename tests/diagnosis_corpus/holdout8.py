"""An eighth hold-out (issue 17): student-style mistakes written without seeing the detectors.

Judged once (JUDGEMENT8 below) on commit 1a18e80 by an independent helper that wrote neither the detectors nor
these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout8 (68% named or right then).

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py, holdout.py ..
holdout7.py, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the
student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns
full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT8 holds
the mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT8_CORRECT
right implementations written unusually, which must earn full marks. Do not tune the detectors on these
entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT8: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("w1_affine_db_keepdims", "a1_backprop", "affine_backward",
       "db is summed over the batch with keepdims=True: shape (1, M) instead of the bias's (M,) (dx and dw "
       "right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    n = x.shape[0]
    x_rows = x.reshape(n, -1)
    dx = np.dot(dout, w.T).reshape(*x.shape)
    dw = np.dot(x_rows.T, dout)
    db = np.sum(dout, axis=0, keepdims=True)
    return dx, dw, db
"""),
    _e("w1_tanh_bwd_dout_minus_dout_t", "a1_backprop", "tanh_backward",
       "the local derivative is written 1 - t, as dout - dout * t on a copy of dout, instead of 1 - t**2 "
       "(dout * (1 - t * t))", """
def tanh_backward(dout, cache):
    t = cache
    dx = dout.copy()
    dx -= dout * t  # d tanh / dx = 1 - tanh
    return dx
""", catalogued="tanh_derivative_missing_square"),
    _e("w1_mse_grad_err_over_size_prod", "a1_backprop", "mse_loss",
       "dpred is (pred - target) / size with the size taken as np.prod(shape): the factor 2 of the square's "
       "derivative is missing (the loss right)", """
def mse_loss(pred, target):
    err = np.subtract(pred, target)
    count = np.prod(pred.shape)
    loss = np.square(err).sum() / count
    dpred = err / count
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    _e("w1_ce_logsumexp_onehot_no_div_n", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is a stable log-sum-exp averaged over the rows, but dscores = softmax - one_hot is never "
       "divided by N: the gradient of the summed loss, N times too large", """
def softmax_cross_entropy_loss(scores, y):
    N, C = scores.shape
    m = np.max(scores, axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.sum(np.exp(scores - m), axis=1))
    loss = np.mean(lse - scores[np.arange(N), y])
    one_hot = np.zeros_like(scores)
    one_hot[np.arange(N), y] = 1.0
    dscores = np.exp(scores - lse[:, None]) - one_hot
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    _e("w1_mlp_relu_on_scores", "a1_backprop", "two_layer_mlp_loss",
       "a ReLU is applied after the second affine layer too (affine - ReLU - affine - ReLU): the class scores "
       "are clipped at 0 before the softmax (and dscores masked in the backward pass); the scores are the raw "
       "output of the second affine layer", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    z1, c1 = affine_forward(X, W1, b1)
    h1, r1 = relu_forward(z1)
    z2, c2 = affine_forward(h1, W2, b2)
    scores, r2 = relu_forward(z2)  # every layer gets its nonlinearity
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dz2 = relu_backward(dscores, r2)
    dh1, dW2, db2 = affine_backward(dz2, c2)
    dz1 = relu_backward(dh1, r1)
    _, dW1, db1 = affine_backward(dz1, c1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("w1_logistic_weighted_rows_sum_axis1", "a1_backprop", "logistic_regression_gradient",
       "each row x_i is weighted by its residual pi_i - y_i, but the weighted rows are summed over axis 1 (the "
       "features of each row) instead of axis 0 (over the rows): shape (N,) instead of (D,)", """
def logistic_regression_gradient(w, X, y):
    p = 1.0 / (1.0 + np.exp(-X.dot(w)))
    residual = p - y
    return np.sum(X * residual[:, None], axis=1)
"""),
    _e("w1_numgrad_restore_by_arithmetic", "a1_backprop", "eval_numerical_gradient",
       "each x[i] is put back by arithmetic (+h, then -2h, then +h) instead of writing back its saved old "
       "value: floating-point rounding leaves entries a few ulps off, so x is not left exactly as it was "
       "(the gradient itself is right)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for idx in np.ndindex(*x.shape):
        x[idx] += h
        fxph = f(x)
        x[idx] -= 2 * h
        fxmh = f(x)
        x[idx] += h  # back to where it was
        grad[idx] = (fxph - fxmh) / (2 * h)
    return grad
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("w2_adam_moments_used_uncorrected", "a2_optim", "adam",
       "the moments m and v are updated, stored and t counted, but the step uses m / (sqrt(v) + eps) itself: "
       "the bias corrections m / (1 - beta1**t) and v / (1 - beta2**t) are missing", """
def adam(w, dw, config=None):
    if config is None:
        config = {}
    config = dict(config)
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    grad = _gradient(w, dw, config)
    m = config.get("m", np.zeros_like(w))
    v = config.get("v", np.zeros_like(w))
    t = config.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * (grad * grad)
    step = lr * m / (np.sqrt(v) + eps)  # the running averages estimate the moments
    config["m"], config["v"], config["t"] = m, v, t
    return w - step, config
""", catalogued="adam_no_bias_correction"),
    _e("w2_step_lr_steps_from_one", "a2_optim", "step_lr",
       "the step is counted from 1 (step + 1) before the number of decays int((step + 1) / step_size) is "
       "taken: the rate decays one step early (at step_size - 1, 2 * step_size - 1, ...)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    steps_done = step + 1  # counting this step too
    n_decays = int(steps_done / step_size)
    return base_lr * gamma ** n_decays
""", catalogued="step_lr_off_by_one"),
    _e("w2_nesterov_plus_mu_vprev", "a2_optim", "nesterov_momentum",
       "the look-back term has the wrong sign: next_w = w + momentum * v_prev + (1 + momentum) * v instead of "
       "w - momentum * v_prev + (1 + momentum) * v (the first step, with v_prev = 0, right)", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - lr * _gradient(w, dw, config)
    next_w = w + mu * v_prev + (1 + mu) * v
    config["velocity"] = v
    return next_w, config
"""),
    _e("w2_adadelta_learning_rate_dropped", "a2_optim", "adadelta",
       "Adadelta written as in Zeiler's paper, with no learning rate: next_w = w + delta instead of "
       "w - learning_rate * step; right only for the default learning_rate 1.0", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    Eg2 = config.get("acc_grad", np.zeros_like(w))
    Edx2 = config.get("acc_delta", np.zeros_like(w))
    Eg2 = rho * Eg2 + (1 - rho) * g ** 2
    delta = -np.sqrt(Edx2 + eps) / np.sqrt(Eg2 + eps) * g  # Adadelta needs no learning rate
    Edx2 = rho * Edx2 + (1 - rho) * delta ** 2
    config["acc_grad"], config["acc_delta"] = Eg2, Edx2
    return w + delta, config
"""),
    _e("w2_gd_path_starts_with_w0", "a2_optim", "gradient_descent",
       "the path starts with w0 itself: steps + 1 rows (w0, then the weights after each step) instead of the "
       "steps rows of the weights after each update", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    history = [w]
    for _ in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        history.append(w)
    return np.stack(history)
"""),
    _e("w2_minibatch_global_np_random", "a2_optim", "minibatch_sgd",
       "the rows are shuffled with the legacy global generator (np.random.seed(seed), np.random.permutation) "
       "instead of rng = np.random.default_rng(seed) and rng.permutation(N): another random stream, so the "
       "batches and the path are not the specified ones", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    np.random.seed(seed)
    w = w0.astype(float).copy()
    n = len(X)
    path = []
    for epoch in range(epochs):
        perm = np.random.permutation(n)
        Xs, ys = X[perm], y[perm]
        for i in range(0, n, batch_size):
            xb, yb = Xs[i:i + batch_size], ys[i:i + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, xb, yb)
            path.append(w.copy())
    return np.array(path)
"""),
    _e("w2_linreg_grad_y_minus_pred", "a2_optim", "linear_regression_gradient",
       "the residual is taken as y - X w instead of X w - y: the MSE gradient has the wrong sign (an ascent "
       "direction, so gradient_descent, which calls it, diverges too)", """
def linear_regression_gradient(w, X, y):
    N = len(y)
    residual = y - X.dot(w)
    return 2.0 / N * X.T.dot(residual)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("w3_maxpool_bwd_full_share_loops", "a3_conv", "max_pool_backward",
       "a loop over images, channels and windows that gives every input of a window an equal share "
       "dout / (ph * pw) (average pooling's backward) instead of sending the window's gradient to its maximum "
       "only", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    share = np.full((ph, pw), dout[n, c, i, j] / (ph * pw))
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += share
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("w3_output_size_true_division_int", "a3_conv", "conv_output_size",
       "the formula is computed with true division and truncated with int(): a stride that does not tile the "
       "padded input, or a kernel larger than it, gives a number instead of raising ValueError (valid "
       "configurations right)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective_kernel = dilation * (kernel_size - 1) + 1
    return int((input_size - effective_kernel + 2 * padding) / stride + 1)
""", catalogued="output_size_not_rejected"),
    _e("w3_conv_fast_pad_rows_only", "a3_conv", "conv_forward_fast",
       "np.pad's width is ((0, 0), (0, 0), (pad, pad), (0, 0)): only the rows are zero-padded, never the "
       "columns, so the output is 2 * pad / stride columns too narrow and its columns are shifted (right when "
       "pad is 0)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (0, 0)), mode="constant")
    Hp, Wp = x_pad.shape[2], x_pad.shape[3]
    Ho = (Hp - HH) // stride + 1
    Wo = (Wp - WW) // stride + 1
    cols = np.empty((N, C, HH, WW, Ho, Wo))
    for u in range(HH):
        for v in range(WW):
            cols[:, :, u, v] = x_pad[:, :, u:u + stride * Ho:stride, v:v + stride * Wo:stride]
    out = np.tensordot(cols, w, axes=([1, 2, 3], [1, 2, 3]))  # (N, Ho, Wo, F)
    out = out.transpose(0, 3, 1, 2) + b.reshape(1, F, 1, 1)
    return out, (x, w, b, conv_param)
"""),
    _e("w3_transposed_size_no_dilation", "a3_conv", "transposed_conv_output_size",
       "the size is written stride * (in - 1) + kernel_size - 2 * padding + output_padding: the dilation is "
       "ignored (the kernel spans dilation * (kernel_size - 1) + 1 pixels)", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return stride * (input_size - 1) + kernel_size - 2 * padding + output_padding
"""),
    _e("w3_maxpool_fwd_square_windows", "a3_conv", "max_pool_forward",
       "square pools assumed: pool_height is used for both sides of the window (pool_width never read), so "
       "non-square pools take the wrong windows (and output width)", """
def max_pool_forward(x, pool_param):
    size, s = pool_param["pool_height"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = (H - size) // s + 1
    Wo = (W - size) // s + 1
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            patch = x[:, :, i * s:i * s + size, j * s:j * s + size]
            out[:, :, i, j] = np.amax(patch, axis=(-2, -1))
    return out, (x, pool_param)
"""),
    _e("w3_unpool_indices_into_whole_array", "a3_conv", "max_unpool",
       "the per-plane flat indices (row * W + col) are used as indices into the whole flattened (N, C, H, W) "
       "output, without the offset (n * C + c) * H * W of their plane: every value lands in the first plane "
       "and the others stay zero", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.zeros(N * C * H * W)
    out[indices.ravel()] = x.ravel()
    return out.reshape(N, C, H, W)
"""),
    _e("w3_receptive_field_jump_too_early", "a3_conv", "receptive_field",
       "the jump (the product of the strides) is multiplied by the layer's own stride before the layer's "
       "growth d * (k - 1) * jump is added: each layer is scaled by the strides up to and including its own "
       "instead of those of the layers below it (right when every stride is 1)", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    rf = 1
    jump = 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        jump = jump * s
        rf = rf + (k - 1) * d * jump
    return rf
"""),
    _e("w3_conv_bwd_fast_einsum_cf", "a3_conv", "conv_backward_fast",
       "a loop over kernel offsets, right for dw and db, but dx's einsum reads the (F, C) kernel slice "
       "w[:, :, u, v] with subscripts 'cf' instead of 'fc': the filter and channel axes are swapped (an error "
       "when F != C, the transposed kernel matrix when F == C)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2], dout.shape[3]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for u in range(HH):
        for v in range(WW):
            rows = slice(u, u + stride * Ho, stride)
            cols = slice(v, v + stride * Wo, stride)
            dw[:, :, u, v] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] += np.einsum("nfhw,cf->nchw", dout, w[:, :, u, v])
    db = dout.sum(axis=(0, 2, 3))
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("w3_multiply_count_bias_counted", "a3_conv", "conv_multiply_count",
       "one more multiplication per output value is counted for the bias (in * kh * kw + 1 per output, as in "
       "the parameter count): the bias is added, not multiplied, so a conv makes oh * ow * out * in * kh * kw "
       "multiplications", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    per_output = in_channels * kh * kw + 1  # the weights and the bias
    return per_output * out_channels * oh * ow
"""),
    # ------------------------------------------------------------------ a4_init
    _e("w4_fans_linear_torch_layout", "a4_init", "compute_fans",
       "a linear weight's shape is read in torch's nn.Linear layout (out_features, in_features): for 2-D "
       "shapes fan_in and fan_out come back swapped, where the course's layout is (D, M) = (fan_in, fan_out) "
       "(conv shapes right)", """
def compute_fans(shape):
    shape = tuple(shape)
    if len(shape) == 2:
        fan_out, fan_in = shape  # (out_features, in_features), as nn.Linear stores it
        return fan_in, fan_out
    out_c, in_c, *kernel = shape
    k = int(np.prod(kernel))
    return in_c * k, out_c * k
"""),
    _e("w4_he_normal_drawn_uniform", "a4_init", "he_normal",
       "the He weights are drawn from U(-sqrt(3) std, sqrt(3) std) (kaiming_uniform) instead of the normal "
       "N(0, he_std**2) asked for: the std is right, the distribution's shape (bounded, kurtosis 1.8) is not", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    std = he_std(shape)
    limit = np.sqrt(3.0) * std  # keeps the variance at std**2
    return rng.uniform(low=-limit, high=limit, size=shape)
"""),
    _e("w4_stats_sigmoid_tanh_without_half", "a4_init", "activation_statistics",
       "the sigmoid is written through tanh as 0.5 * (1 + tanh(z)), which is sigmoid(2 z): the identity is "
       "0.5 * (1 + tanh(z / 2)) (tanh, ReLU and linear layers right)", """
def activation_statistics(X, weights, activation):
    def act(z):
        if activation == "sigmoid":
            return 0.5 * (1.0 + np.tanh(z))
        if activation == "tanh":
            return np.tanh(z)
        if activation == "relu":
            return z * (z > 0)
        return z
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    h = X
    for l, W in enumerate(weights):
        h = act(h.dot(W))
        means[l] = np.mean(h)
        variances[l] = np.var(h)
    return means, variances
"""),
    _e("w4_stats_of_stored_preactivations", "a4_init", "activation_statistics",
       "the pre-activations h @ W of every layer are collected in a list and the mean and variance are taken "
       "of them, not of the layer's output act(h @ W)", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)), "tanh": np.tanh,
         "relu": lambda a: np.maximum(0.0, a), "linear": lambda a: a}[activation]
    pre = []
    h = X
    for W in weights:
        a = h @ W
        pre.append(a)
        h = f(a)
    return np.array([a.mean() for a in pre]), np.array([a.var() for a in pre])
""", catalogued="statistics_before_activation"),
    # ------------------------------------------------------------------ a5_normalization
    _e("w5_ln_sums_over_rows", "a5_normalization", "layernorm_forward",
       "the mean and variance are computed by summing over axis 0 and dividing by N: statistics of each "
       "feature over the batch (batch norm's) instead of each row's over its D features", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    N = x.shape[0]
    mean = x.sum(axis=0) / N
    centered = x - mean
    var = (centered ** 2).sum(axis=0) / N
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = centered * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("w5_bn_std_ddof1", "a5_normalization", "batchnorm_forward",
       "the batch is normalized with the unbiased std np.std(x, axis=0, ddof=1): batch norm normalizes with the "
       "biased batch variance (ddof=0); only the running variance takes the unbiased one (the running averages "
       "and test mode right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu = np.mean(x, axis=0)
        sigma = np.std(x, axis=0, ddof=1)
        inv_std = 1.0 / np.sqrt(sigma ** 2 + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * sigma ** 2
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        cache = None
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_unbiased_variance"),
    _e("w5_bn_bwd_returns_dbeta_dgamma", "a5_normalization", "batchnorm_backward",
       "a right staged backward pass whose return swaps the last two gradients: (dx, dbeta, dgamma) instead of "
       "(dx, dgamma, dbeta)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    x_mu = x_hat / inv_std
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    divar = np.sum(dxhat * x_mu, axis=0)
    dxmu1 = dxhat * inv_std
    dsqrtvar = -divar * inv_std ** 2
    dvar = 0.5 * inv_std * dsqrtvar
    dsq = np.ones_like(dout) / N * dvar
    dxmu2 = 2 * x_mu * dsq
    dx1 = dxmu1 + dxmu2
    dmu = -np.sum(dx1, axis=0)
    dx2 = np.ones_like(dout) / N * dmu
    dx = dx1 + dx2
    return dx, dbeta, dgamma
"""),
    _e("w5_spatial_bwd_reshape_without_transpose", "a5_normalization", "spatial_batchnorm_backward",
       "dout is flattened with reshape(-1, C) without moving the channels last first (transpose(0, 2, 3, 1)), "
       "and dx is reshaped straight back to (N, C, H, W): the rows of dout do not line up with the cached "
       "channels-last x_hat, so dx, dgamma and dbeta are wrong", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    dout_flat = dout.reshape(-1, C)
    dx_flat, dgamma, dbeta = batchnorm_backward(dout_flat, cache)
    dx = dx_flat.reshape(N, C, H, W)
    return dx, dgamma, dbeta
"""),
    _e("w5_gn_cache_inv_std_squeezed", "a5_normalization", "groupnorm_forward",
       "out is right, but the cache holds inv_std with shape (N, groups), without the trailing axis of the "
       "documented (N, groups, 1): the backward pass broadcasts it against the (N, groups, M) values along the "
       "wrong axes (an error, or wrong values when M == groups)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    grouped = x.reshape(N, groups, C // groups * H * W)
    mean = grouped.mean(axis=2)
    var = grouped.var(axis=2)
    inv_std = 1.0 / np.sqrt(var + eps)  # one per (example, group)
    x_hat = (grouped - mean[:, :, None]) * inv_std[:, :, None]
    x_hat = x_hat.reshape(N, C, H, W)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("w5_l2_grad_two_reg", "a5_normalization", "l2_penalty",
       "the penalty 0.5 * reg * sum(W**2) is right, but its gradient is taken as 2 * reg * W (the square's 2 "
       "kept, the 0.5 forgotten) instead of reg * W", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(np.square(W))
    grad = 2 * reg * W
    return loss, grad
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("w6_returns_torch_max_indices", "a6_cnn", "train_and_predict",
       "a trained model, but the function returns the predicted class indices (torch.max(outputs.data, 1)[1], "
       "the tutorial's accuracy code) instead of the logits (len(X_test), n_classes)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    num_classes = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, num_classes)).to(device)
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    criterion = nn.CrossEntropyLoss()
    inputs = torch.as_tensor(X_train, device=device)
    labels = torch.as_tensor(y_train, device=device)
    for epoch in range(4):
        net.train()
        for batch in torch.randperm(len(labels)).split(64):
            batch = batch.to(device)
            optimizer.zero_grad()
            loss = criterion(net(inputs[batch]), labels[batch])
            loss.backward()
            optimizer.step()
    net.eval()
    with torch.no_grad():
        outputs = net(torch.as_tensor(X_test, device=device))
        _, predicted = torch.max(outputs.data, 1)
    return predicted.cpu().numpy()
""", catalogued="predictions_not_logits"),
    _e("w6_return_inside_epoch_loop", "a6_cnn", "train_and_predict",
       "the prediction and its return are indented inside the epoch loop: the function returns after the "
       "first of its epochs, with an undertrained model", """
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
    epochs, batch = 12, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(epochs):
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
    _e("w6_first_conv_one_input_channel", "a6_cnn", "train_and_predict",
       "the first convolution is built for 1 input channel (nn.Conv2d(1, ...), as for MNIST) instead of "
       "X_train.shape[1]: the 1-channel digits train, images with 3 channels raise in the first layer", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, classes)).to(device)
    X = torch.from_numpy(np.ascontiguousarray(X_train)).to(device)
    y = torch.from_numpy(np.ascontiguousarray(y_train)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=gen).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.from_numpy(np.ascontiguousarray(X_test)).to(device)).cpu().numpy()
"""),
    _e("w6_test_images_not_standardized", "a6_cnn", "train_and_predict",
       "the training images are standardized per channel with their mean and std, but X_test is fed to the "
       "model raw: the test inputs are in other units than the model learned on (apply the training "
       "statistics to X_test too)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    mean = X_train.mean(axis=(0, 2, 3), keepdims=True)
    std = X_train.std(axis=(0, 2, 3), keepdims=True) + 1e-6
    X = torch.tensor((X_train - mean) / std, dtype=torch.float32, device=device)
    y = torch.tensor(y_train, device=device)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, dtype=torch.float32, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("w7_gap_bwd_broadcast_to_undivided", "a7_architectures", "global_avg_pool_backward",
       "dout is broadcast over H and W with np.broadcast_to and copied, without dividing by H * W: each "
       "position gets the whole dout instead of its share dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.broadcast_to(dout.reshape(N, C, 1, 1), (N, C, H, W)).copy()
""", catalogued="gap_backward_not_divided_by_area"),
    _e("w7_resblock_relu_branch_then_add", "a7_architectures", "residual_block_forward",
       "the block's output is relu(h @ W2 + b2) + shortcut(x) (F(x) + x with F ending in its ReLU): the ReLU "
       "belongs after the addition, relu(h @ W2 + b2 + shortcut(x))", """
def residual_block_forward(x, params, dropout=None):
    def relu(v):
        return np.where(v > 0, v, 0.0)
    pre1 = x.dot(params["W1"]) + params["b1"]
    hidden = relu(pre1)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        hidden = hidden * scale
    branch = hidden.dot(params["W2"]) + params["b2"]
    if "Ws" in params:
        skip = x.dot(params["Ws"]) + params["bs"]
    else:
        skip = x
    out = relu(branch) + skip  # F(x) + x
    return out, (x, params, pre1, hidden, scale, branch)
""", catalogued="relu_before_addition"),
    _e("w7_cam_einsum_output_hw_swapped", "a7_architectures", "class_activation_map",
       "each example's class column is picked right, but the einsum's output subscripts are 'nwh' instead of "
       "'nhw': every map comes back transposed ((N, W, H); wrong values even for square maps)", """
def class_activation_map(features, W, classes):
    w_n = W[:, classes]  # (C, N): each example's class column
    return np.einsum("nchw,cn->nwh", features, w_n)
"""),
    _e("w7_saliency_abs_after_channel_max", "a7_architectures", "saliency_map",
       "the absolute value is taken after the maximum over the channels, |max_c g|, instead of before it, "
       "max_c |g|: where the largest-magnitude gradient of a pixel is negative, a smaller value is returned "
       "(the gradient itself right)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    hidden_pre = flat @ params["W1"] + params["b1"]
    upstream = params["W2"][:, y].T  # d scores[n, y[n]] / d hidden, (N, H)
    dhidden = upstream * (hidden_pre > 0)
    grad = (dhidden @ params["W1"].T).reshape(x.shape)
    return np.abs(grad.max(axis=1))
"""),
    _e("w7_resbwd_dW1_from_hidden", "a7_architectures", "residual_block_backward",
       "W1's gradient is taken as h.T @ da1 (the second layer's input, copied from the W2 line) instead of the "
       "block's input x: x.T @ da1 (dx, b1 and the other gradients right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {}
    grads["W2"] = h.T @ dz
    grads["b2"] = np.sum(dz, axis=0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = h.T @ da1
    grads["b1"] = np.sum(da1, axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = np.sum(dz, axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("w8_log_grid_equal_steps", "a8_pipeline", "log_grid",
       "the grid is built by equal additive steps low + i * (high - low) / (n - 1): linearly spaced, where a "
       "log-scale grid has a constant ratio between neighbours (np.geomspace(low, high, n))", """
def log_grid(low, high, n):
    step = (high - low) / (n - 1)
    return np.array([low + i * step for i in range(n)])
""", catalogued="linear_grid"),
    _e("w8_train_standardizes_train_only", "a8_pipeline", "train_and_predict",
       "the training rows are standardized inline with their per-pixel mean and std, but the test rows are "
       "never normalized: X_test @ W + b is computed on inputs in other units than W was trained on (the "
       "training statistics must be applied to both splits)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        mu = X.mean(axis=0)
        sd = X.std(axis=0) + 1e-8
        X = (X - mu) / sd
    n, d = X.shape
    k = int(y_train.max()) + 1
    W = np.zeros((d, k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(n)
        for s in range(0, n, 64):
            batch = perm[s:s + 64]
            xb, yb = X[batch], y_train[batch]
            z = xb @ W + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1.0
            p /= len(batch)
            W -= 0.1 * (xb.T @ p)
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
""", catalogued="test_split_not_normalized"),
    _e("w8_log_uniform_linear_draws", "a8_pipeline", "log_uniform",
       "the values are drawn uniformly between low and high (low + (high - low) * u): almost all fall in the "
       "top decade, where the exponent must be uniform, 10 ** rng.uniform(log10(low), log10(high))", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    return low + (high - low) * u
""", catalogued="uniform_not_log"),
    _e("w8_early_restores_global_argmin", "a8_pipeline", "early_stopping",
       "the stopping epoch is right, but the restored weights are those of np.argmin over all the validation "
       "losses, the epochs after the stop and improvements smaller than min_delta included, instead of the "
       "best epoch up to the stop (as min_delta counts it)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=float)
    best = np.inf
    bad_epochs = 0
    stop = len(losses) - 1
    for epoch, loss in enumerate(losses):
        if loss < best - min_delta:
            best = loss
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                stop = epoch
                break
    return stop, weights[int(np.argmin(losses))]
"""),
    _e("w8_crop_pads_bottom_right_only", "a8_pipeline", "random_crop",
       "np.pad with (0, 2 * padding) on H and W: the padded image has the right size, but all the zeros are "
       "below and to the right, so the windows are not windows of the image zero-padded on every side", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (0, 2 * padding), (0, 2 * padding)))
    top = rng.integers(0, H + 2 * padding - size + 1, size=N)
    left = rng.integers(0, W + 2 * padding - size + 1, size=N)
    return np.stack([padded[n, :, top[n]:top[n] + size, left[n]:left[n] + size] for n in range(N)])
"""),
]

HOLDOUT8_CORRECT: list[Entry] = [
    _e("w1_correct_linreg_pinv", "a1_backprop", "linear_regression_closed_form",
       "correct: the least-squares weights as the Moore-Penrose pseudo-inverse times y, np.linalg.pinv(X) @ y", """
def linear_regression_closed_form(X, y):
    return np.linalg.pinv(X) @ y
"""),
    _e("w2_correct_nesterov_v_plus_mu_difference", "a2_optim", "nesterov_momentum",
       "correct: the Nesterov step written w + v + momentum * (v - v_prev), algebraically "
       "w - momentum * v_prev + (1 + momentum) * v", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    old_v = config.get("velocity", np.zeros_like(w))
    new_v = mu * old_v - lr * _gradient(w, dw, config)
    config["velocity"] = new_v
    return w + new_v + mu * (new_v - old_v), config
"""),
    _e("w3_correct_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the padded room left by the dilated kernel split with divmod by the stride, ValueError when "
       "the room is negative or the remainder is not 0", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    extent = dilation * (kernel_size - 1) + 1
    room = input_size + 2 * padding - extent
    steps, leftover = divmod(room, stride)
    if room < 0 or leftover != 0:
        raise ValueError("the kernel does not tile the padded input")
    return steps + 1
"""),
    _e("w4_correct_xavier_std_mean_fan", "a4_init", "xavier_std",
       "correct: gain / sqrt(n) with n the mean of the fans (fan_in + fan_out) / 2 for fan_avg, fan_in "
       "otherwise", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return gain / math.sqrt(n)
"""),
    _e("w5_correct_ln_bwd_via_bn_alt_transposed", "a5_normalization", "layernorm_backward",
       "correct: layer norm's dx computed as batch norm's simplified backward of the transposed problem "
       "(dout * gamma transposed, x_hat.T, unit gamma, inv_std.T), transposed back", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    # layer norm is batch norm of x.T: reuse the simplified formula on the transposed gradient
    dxt, _, _ = batchnorm_backward_alt((dout * gamma).T, (x_hat.T, np.ones(dout.shape[0]), inv_std.T))
    return dxt.T, dgamma, dbeta
"""),
    _e("w7_correct_cam_tensordot_loop", "a7_architectures", "class_activation_map",
       "correct: a loop over the examples contracting each class column W[:, k] with the example's (C, H, W) "
       "features by np.tensordot", """
def class_activation_map(features, W, classes):
    maps = []
    for n, k in enumerate(classes):
        maps.append(np.tensordot(W[:, k], features[n], axes=(0, 0)))
    return np.array(maps)
"""),
    _e("w8_correct_flip_per_image_loop", "a8_pipeline", "random_flip",
       "correct: a loop over the images drawing one rng.random() each, np.flip(x[n], axis=-1) where it is "
       "below p, into a new array", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    out = np.empty_like(x)
    for n in range(x.shape[0]):
        out[n] = np.flip(x[n], axis=-1) if rng.random() < p else x[n]
    return out
"""),
]

JUDGED_ON8 = "2026-12-03 on commit 1a18e80"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout8 on commit 1a18e80 (JUDGED_ON8), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT7 and JUDGEMENT6: a diagnosis with a false statement
# anywhere is judged misleading, and so is a relation whose observation is true but whose explanation of it names a
# mechanism that is not there (v1_bce_negative_class_term_missing); a "departure" naming a line that is not where the
# mistake is, is misleading; a loop departure is right when its "look there first" names the statement that goes
# wrong, or when the loop is small and the mistake clearly in it; an error raised by Python, NumPy or torch is the
# comparison, not the check's message; a generic hedge (end_block's "if these are steps ... if they are rows ...")
# beside a right diagnosis is tolerated; a false second diagnosis beside the right catalogued name does not undo the
# name. A catalogued name given to an entry that is not catalogued is judged by its message: wrong_name when it
# states a cause that is not the entry's, right when its message is true of the entry and says the cause.
JUDGEMENT8: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # reshaped (three tests): "your values are right but your shape is (1, 5) where (5,) is expected: an axis of
    # length 1 too many or missing (keepdims=True, [:, None], or a missing reshape)" is right, but the single-row test
    # names db_not_summed ("db is dout itself: the bias gradient must be summed over the batch"): false, db is summed
    # (with one row the keepdims sum equals dout)
    "w1_affine_db_keepdims": ("wrong_name", ("reshaped",), (
        "db_not_summed named on the single-row test (false: db is summed, with keepdims=True); ideal, as reshaped "
        "says on the other tests: db's values are right but its shape is (1, M) where (M,): drop keepdims=True")),
    "w1_tanh_bwd_dout_minus_dout_t": ("named", (), ""),
    "w1_mse_grad_err_over_size_prod": ("named", (), ""),
    "w1_ce_logsumexp_onehot_no_div_n": ("named", (), ""),
    # clipped_at_zero on scores: "its 11 negative entries replaced by 0 ... a ReLU where none belongs?"; departure
    # names `scores, r2 = relu_forward(z2)` ("the mistake is in that line, or in relu_forward() that it calls")
    "w1_mlp_relu_on_scores": ("right", ("clipped_at_zero", "departure"), ""),
    # reduced_other_axis: "X ... of shape (8, 3) without axis 1; the expected (3,) is it without axis 0: a sum or mean
    # over the wrong axis (axis=1 where axis=0 is asked for)?"
    "w1_logistic_weighted_rows_sum_axis1": ("right", ("reduced_other_axis",), ""),
    # only the check's message: "x unchanged: eval_numerical_gradient must leave x as it found it: put each x[i] back
    # after its two evaluations of f": it points at the restoring of x[i], which the student does, but not at why it
    # fails (the arithmetic +h, -2h, +h rounds), as v6_torch_seeded_after_model_built
    "w1_numgrad_restore_by_arithmetic": ("check_message", (), (
        "(the check's message points at the restore) x is left a few ulps off its old values: x[i] is put back by "
        "arithmetic (+h, -2h, +h), which rounds; save old = x[i] and write it back, x[i] = old")),
    # a2_optim
    "w2_adam_moments_used_uncorrected": ("named", (), ""),
    "w2_step_lr_steps_from_one": ("named", (), ""),
    # one_slip: "`w + mu` where `w - mu` is meant, where next_w is computed"; state_not_kept beside it ("the first step
    # matches ... its state ... used wrongly once it is no longer its first value") is true: v_prev is used wrongly
    "w2_nesterov_plus_mu_vprev": ("right", ("one_slip", "state_not_kept"), ""),
    # as_if: "if config['learning_rate'] were 1: config['learning_rate'] is ignored (used as if it were one)"
    "w2_adadelta_learning_rate_dropped": ("right", ("as_if",), ""),
    # loop departure on lines 237-239 (`for _ in range(steps):`): "your `history` has shape (11, 3) where the right
    # value has (10, 3) after it ... the mistake is in that loop, or in linear_regression_gradient()": false, the loop
    # is right; the extra row is `history = [w]` on the line before it
    "w2_gd_path_starts_with_w0": ("misleading", (), (
        "departure puts the mistake in the loop (false: it is the line before it); ideal: your path has one row too "
        "many and its first row is w0 itself, the rest right: history starts as [w0]; record only the weights after "
        "each step (history = [])")),
    # loop departure on the 7-line epoch loop with "line 240: `perm = np.random.permutation(n)` is the first to
    # compute a value the correct code never computes ...: look there first" (the global generator); end_block on the
    # uneven test is the generic hedge
    "w2_minibatch_global_np_random": ("right", ("departure",), ""),
    # scaled: "every entry is the negative of the expected: a sign is flipped"; departure names
    # `residual = y - X.dot(w)` ("-1 times the right value ... the mistake is in that line")
    "w2_linreg_grad_y_minus_pred": ("right", ("scaled", "departure"), ""),
    # a3_conv
    "w3_maxpool_bwd_full_share_loops": ("named", (), ""),
    "w3_output_size_true_division_int": ("named", (), ""),
    # departure names the np.pad line ("your `x_pad` has shape (8, 3, 18, 16) where the right value has (8, 3, 18,
    # 18) ... the mistake is in that line"): right; but cropped beside it explains its true observation (the expected
    # without a border of 1 on axis 3) as "a border is cropped off that belongs to the result (a padding removed
    # twice, or from the wrong array)": false, nothing is cropped or removed, the columns are never padded
    "w3_conv_fast_pad_rows_only": ("misleading", ("departure",), (
        "cropped blames a crop or a padding removed twice (false); ideal, as the departure says: x_pad is not padded "
        "along the columns ((pad, pad) on axis 2 only, (0, 0) on axis 3), so out is 2 * pad columns too narrow: pad "
        "the last axis too")),
    # as_if: "if dilation were 1: dilation is ignored (used as if it were one)"
    "w3_transposed_size_no_dilation": ("right", ("as_if",), ""),
    # loop departure on the 4-line window loop, no statement named: "the mistake is in that loop"; the window slice
    # `x[:, :, i * s:i * s + size, j * s:j * s + size]` in it uses pool_height for the width (small loop, the mistake
    # clearly in it; close call)
    "w3_maxpool_fwd_square_windows": ("right", ("departure",), ""),
    # zero_pattern: "yours is 0 at 60 of 288 entries where the expected is not: nothing reaches them, or what reached
    # them was overwritten (a mask ..., a loop or window that does not cover them ..., or = where ... +=)": true, but
    # it never says that every plane but the first is empty
    "w3_unpool_indices_into_whole_array": ("vague", (), (
        "only the first (n, c) plane receives values (the last write wins there) and every other plane is 0: the "
        "per-plane indices row * W + col are used into the whole flattened (N, C, H, W) array; add each plane's "
        "offset (n * C + c) * H * W, or unpool plane by plane")),
    "w3_receptive_field_jump_too_early": ("nothing", (), (
        "25 where 19 with strides [2, 1, 2, 1] (right when every stride is 1): each layer's growth (k - 1) * d is "
        "multiplied by a jump that already includes its own stride; add the growth first, then jump *= s")),
    # only NumPy's ValueError from the einsum
    "w3_conv_bwd_fast_einsum_cf": ("nothing", (), (
        "the einsum 'nfhw,cf->nchw' cannot broadcast (8, 8, 16, 16) with (8, 3): the kernel slice w[:, :, u, v] has "
        "shape (F, C), so its subscripts are 'fc', not 'cf'")),
    # departure names `return per_output * out_channels * oh * ow` ("the number per_output ... not checked ... 89600
    # where 86400 is right: the mistake is in that line"): false, the extra multiplication is the + 1 in per_output on
    # the line above (unlike v3_dsep_params_depthwise_bias_missing, it cannot be fixed in the return line)
    "w3_multiply_count_bias_counted": ("misleading", (), (
        "departure puts the mistake in the return line (false: it is per_output's + 1); ideal: 3200 too many, exactly "
        "out_channels * oh * ow (one per output value): the bias is counted as a multiplication; it is added, so "
        "per output there are in_channels * kh * kw multiplications")),
    # a4_init
    # not catalogued (conv shapes are right), but fans_swapped's message ("fan_in and fan_out are swapped: for a linear
    # weight (D, M) fan_in is D, ...") is given only on the linear test, where it is true and is the cause; as_if on
    # he_std: "if shape[0] were shape[1] (256): one entry of shape is used where another is meant" (close call)
    "w4_fans_linear_torch_layout": ("right", ("as_if",), ""),
    # square_root on the kurtosis (1.80 where 3, within 0.25 of sqrt(3)): "a standard deviation where a variance is
    # asked for, or a square root taken over more than it should cover?": false, the draws are uniform
    "w4_he_normal_drawn_uniform": ("misleading", (), (
        "square_root blames a standard deviation taken for a variance (false: a coincidence, sqrt(3) ~ 1.8); ideal: "
        "the draws' std is right but their kurtosis is 1.8, a uniform distribution's (a normal's is 3): the weights "
        "are drawn from U(-sqrt(3) std, sqrt(3) std); draw rng.normal(0, std, shape)")),
    # loop departure (sigmoid test only): "line 102: `h = act(h.dot(W))` is the first to compute a value the correct
    # code never computes, though what it reads then (W, h) agrees: look there first": with W and h right, only the
    # local act() called there is left (its sigmoid branch); it names neither act nor sigmoid (close call)
    "w4_stats_sigmoid_tanh_without_half": ("right", ("departure",), ""),
    "w4_stats_of_stored_preactivations": ("named", (), ""),
    # a5_normalization
    "w5_ln_sums_over_rows": ("named", (), ""),
    # named on four tests; the departure on the spatial test names the inv_std line, not np.std(..., ddof=1)
    "w5_bn_std_ddof1": ("named", (), ""),
    # returned_other on dgamma and dbeta: "yours equals the value[2] (what batchnorm_backward() returns): is the wrong
    # variable returned?"
    "w5_bn_bwd_returns_dbeta_dgamma": ("right", ("returned_other",), ""),
    "w5_spatial_bwd_reshape_without_transpose": ("nothing", (), (
        "dout.reshape(-1, C) without moving the channels last: its rows do not line up with the cached (N * H * W, "
        "C) x_hat; transpose(0, 2, 3, 1) before the reshape, and back (0, 3, 1, 2) after")),
    # only NumPy's ValueError from the solution's groupnorm_backward on the student's cache
    "w5_gn_cache_inv_std_squeezed": ("nothing", (), (
        "out is right, but groupnorm_backward cannot use your cache: its inv_std has shape (2, 2), (N, groups), "
        "where (N, groups, 1) is documented; keep the trailing axis (inv_std[:, :, None]) in the cache")),
    # scaled: "every entry is twice the expected: a factor 2 too many" (the grad line, 2 * reg * W)
    "w5_l2_grad_two_reg": ("right", ("scaled",), ""),
    # a6_cnn
    "w6_returns_torch_max_indices": ("named", (), ""),
    "w6_return_inside_epoch_loop": ("nothing", (), (
        "the model trains for one epoch only (low accuracy on every test): the prediction and its return are "
        "indented inside the epoch loop; dedent them after it")),
    # only torch's RuntimeError ("weight of size [16, 1, 3, 3], expected input[64, 3, 32, 32] to have 1 channels")
    "w6_first_conv_one_input_channel": ("nothing", (), (
        "the first Conv2d is built for 1 input channel and the generated images have 3: use X_train.shape[1] "
        "input channels")),
    # only the checks' messages: low accuracy, "the model did not learn" (accuracy 0.13), though its training is right
    "w6_test_images_not_standardized": ("nothing", (), (
        "X_train is standardized with its per-channel mean and std but X_test is fed raw: the test inputs are in "
        "other units than the model learned on; apply (X_test - mean) / std with the training statistics")),
    # a7_architectures
    "w7_gap_bwd_broadcast_to_undivided": ("named", (), ""),
    "w7_resblock_relu_branch_then_add": ("named", (), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 2, 1) ...: the axes are mixed up (a
    # transpose or reshape that moves them ...)" (the one-line einsum's output subscripts)
    "w7_cam_einsum_output_hw_swapped": ("right", ("axes_permuted",), ""),
    # departure names the return line `return np.abs(grad.max(axis=1))` and its part `grad.max(axis=1)` as the first
    # wrong value (the max taken before the absolute value)
    "w7_saliency_abs_after_channel_max": ("right", ("departure",), ""),
    # one_slip: "`h` where `x` is meant (the wrong variable), where grads['W1'] is computed" (the projection test: "a1
    # or h where x", a hedge that holds it)
    "w7_resbwd_dW1_from_hidden": ("right", ("one_slip",), ""),
    # a8_pipeline
    "w8_log_grid_equal_steps": ("named", (), ""),
    "w8_train_standardizes_train_only": ("named", (), ""),
    "w8_log_uniform_linear_draws": ("named", (), ""),
    "w8_early_restores_global_argmin": ("nothing", (), (
        "the stopping epoch is right but the restored weights are not the best epoch's up to the stop: they come "
        "from np.argmin over every loss (epochs after the stop, improvements under min_delta); restore the epoch "
        "that set best in the loop")),
    # departure (rectangular test) names the np.pad line: "your `padded` is the right value moved 2 rows up and 2
    # columns left (a border on one side only, or windows starting at the wrong index?) ... the mistake is in that
    # line"; the other tests give the check's message only
    "w8_crop_pads_bottom_right_only": ("right", ("departure",), ""),
}
# Counts (1a18e80): named 16, right 16 (named or right 32/47 = 68%; not in the catalogue: right 16/31 = 52%; the 16
# catalogued: 16 named), misleading 4, vague 1, nothing 8, wrong_name 1, check_message 1, not_caught 0.
# HOLDOUT8_CORRECT: all seven full marks.

HOLDOUT8 = [replace(e, verdict=JUDGEMENT8[e.id][0], expected=frozenset(JUDGEMENT8[e.id][1]), ideal=JUDGEMENT8[e.id][2])
            if e.id in JUDGEMENT8 else e for e in HOLDOUT8]
