"""A forty-fifth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 64fa1ff (JUDGED_ON45, JUDGEMENT45 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout45.

Written without reading the diagnosis code (grading/, sandbox/, their tests), the judgements of corpus.py and the
earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the
student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid duplicates).
Each entry was checked only by its score (every mistake loses points, every right variant earns full marks), never
by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT45 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT45_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT45: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qt1_tanh_bwd_polyval_drops_zero_coefficient", "a1_backprop", "tanh_backward",
       "the local slope 1 - t**2 is written as a polynomial in t with np.polyval, but its coefficients are given as "
       "[-1, 1] (the zero coefficient of t left out), which is -t + 1: dx = dout * (1 - t) instead of "
       "dout * (1 - t**2) (coefficients [-1, 0, 1])", """
def tanh_backward(dout, cache):
    t = cache
    # the local slope as a polynomial in t, highest power first: 1 - t^2
    local = np.polyval([-1.0, 1.0], t)
    return dout * local
""", catalogued="tanh_derivative_missing_square"),
    _e("qt1_mlp_layer_loop_penalty_only_in_loss", "a1_backprop", "two_layer_mlp_loss",
       "the net is written as a loop over its (W, b) layers: the L2 penalty 0.5 * reg * sum(W**2) of each weight "
       "is added to the loss, but the gradients are taken straight from the affine backward passes, without "
       "reg * W1 and reg * W2 (right only for reg = 0)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    layers = [("W1", "b1"), ("W2", "b2")]
    h, caches = X, []
    for i, (wk, bk) in enumerate(layers):
        h, c = affine_forward(h, params[wk], params[bk])
        caches.append(c)
        if i < len(layers) - 1:          # ReLU between the layers, not after the last one
            h, rc = relu_forward(h)
            caches.append(rc)
    scores = h
    if y is None:
        return scores
    loss, d = softmax_cross_entropy_loss(scores, y)
    for wk, _ in layers:
        loss += 0.5 * reg * np.sum(params[wk] ** 2)
    grads = {}
    for i in reversed(range(len(layers))):
        wk, bk = layers[i]
        d, grads[wk], grads[bk] = affine_backward(d, caches.pop())
        if i > 0:
            d = relu_backward(d, caches.pop())
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    _e("qt1_affine_fwd_caches_transposed_weight", "a1_backprop", "affine_forward",
       "out is right, but the cache stores w.T ('the matrix the backward pass multiplies dout by') in the place of "
       "w: affine_backward reads the documented (x, w, b) and computes dout @ w.T, which with the transposed "
       "weight is dout @ w, (N, M) @ (D, M): it raises (or is wrong when D == M)", """
def affine_forward(x, w, b):
    x_flat = x.reshape(x.shape[0], -1)
    out = x_flat @ w + b
    # keep w.T: the backward pass multiplies dout by it
    cache = (x, w.T, b)
    return out, cache
"""),
    _e("qt1_softmax_shift_written_max_minus_scores", "a1_backprop", "softmax",
       "the stabilizing shift is written np.exp(m - scores) with m the row maximum, instead of np.exp(scores - m): "
       "the function returns softmax(-scores), the smallest score getting the largest probability, and its "
       "exponents are >= 0, so rows spread over thousands overflow", """
def softmax(scores):
    m = scores.max(axis=1, keepdims=True)    # subtract the max so exp cannot overflow
    e = np.exp(m - scores)
    return e / e.sum(axis=1, keepdims=True)
"""),
    _e("qt1_linreg_cholesky_forward_substitution_only", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are factored with Cholesky, X^T X = L L^T, but only the forward substitution "
       "L z = X^T y is solved and z is returned as the weights: the back substitution L^T w = z is missing", """
def linear_regression_closed_form(X, y):
    A = X.T @ X
    L = np.linalg.cholesky(A)          # A = L L^T, L lower triangular
    w = np.linalg.solve(L, X.T @ y)    # solve the triangular system
    return w
"""),
    _e("qt1_logistic_grad_extra_sigmoid_slope", "a1_backprop", "logistic_regression_gradient",
       "the residual pi - y, which already is the derivative of the negative log-likelihood with respect to the "
       "score z = X w, is multiplied by the sigmoid's slope pi (1 - pi) once more ('the chain rule through the "
       "sigmoid', as for a squared error): X^T ((pi - y) pi (1 - pi)) instead of X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    z = X @ w
    pi, _ = sigmoid_forward(z)
    # chain rule: dL/dpi * dpi/dz, then dz/dw = X
    dz = (pi - y) * pi * (1 - pi)
    return X.T @ dz
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qt2_adam_moments_popped_never_put_back", "a2_optim", "adam",
       "the moments are taken out of config with config.pop('m', zeros) and config.pop('v', zeros) and never "
       "written back (only t is): every call starts again from m = v = 0, so each step uses the moments of its "
       "own gradient alone", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    m = config.pop("m", np.zeros_like(w))
    v = config.pop("v", np.zeros_like(w))
    t = config.get("t", 0) + 1
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g * g
    config["t"] = t
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_moments_not_stored"),
    _e("qt2_step_lr_periods_done_after_step", "a2_optim", "step_lr",
       "the number of decays is the quotient of divmod(step + 1, step_size), the periods completed once this step "
       "has run: the rate drops one step early (at step step_size - 1 instead of step_size); it is "
       "step // step_size", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    # how many whole periods are done once this step has run
    periods, _ = divmod(step + 1, step_size)
    return base_lr * gamma ** periods
""", catalogued="step_lr_off_by_one"),
    _e("qt2_sgd_anneals_rate_in_config", "a2_optim", "sgd",
       "after each step sgd multiplies config['learning_rate'] by 0.95 ('anneal a little every step') and returns "
       "that config: the rule is plain SGD with a constant rate, so from the second call on every step is too "
       "small", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    next_w = w - config["learning_rate"] * _gradient(w, dw, config)
    config["learning_rate"] *= 0.95   # anneal a little every step
    return next_w, config
"""),
    _e("qt2_linreg_grad_product_of_means", "a2_optim", "linear_regression_gradient",
       "the mean over the rows of 2 r_i x_i (r = X w - y) is factored into 2 * mean(r) * mean(x), the product of "
       "the two means, which is not the mean of the products: the gradient is 2 X^T r / N", """
def linear_regression_gradient(w, X, y):
    r = X @ w - y
    return 2 * np.mean(r) * np.mean(X, axis=0)
"""),
    _e("qt2_minibatch_last_batch_wrapped_around", "a2_optim", "minibatch_sgd",
       "a last batch shorter than batch_size is filled up with rows from the start of the epoch's permutation "
       "('keep every batch full'): when batch_size does not divide N the last update of each epoch uses rows "
       "already visited, where the last batch must hold only the remaining rows", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    n = X.shape[0]
    path = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            if len(idx) < batch_size:   # keep every batch full: wrap around
                idx = np.concatenate([idx, order[:batch_size - len(idx)]])
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qt2_adam_default_beta2_099", "a2_optim", "adam",
       "wrong default: beta2 defaults to 0.99 instead of the docstring's 0.999, so a call without config['beta2'] "
       "keeps a shorter average of the squared gradients (and another bias correction 1 - 0.99**t)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.99)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    config.update(t=t, m=m, v=v)
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qt3_max_pool_bwd_kron_uniform_share", "a3_conv", "max_pool_backward",
       "each window's gradient is spread over the whole window with np.kron(dout[:, :, i:i+1, j:j+1], "
       "ones((ph, pw)) / (ph * pw)), an equal share to every input (average pooling's backward pass), instead of "
       "going to the window's maximum only", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    share = np.ones((ph, pw)) / (ph * pw)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += np.kron(dout[:, :, i:i + 1, j:j + 1], share)
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("qt3_conv_fwd_naive_zero_border_concatenated_top_left", "a3_conv", "conv_forward_naive",
       "the zero border is built by concatenating 2 * pad rows of zeros above x and 2 * pad columns of zeros to its "
       "left: the padded size is right, but all the padding sits on the top and left sides instead of pad rows and "
       "columns on every side, so every window is shifted by pad", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    # zero border: 2 * pad extra rows and columns in all
    xp = np.concatenate([np.zeros((N, C, 2 * pad, W)), x], axis=2)
    xp = np.concatenate([np.zeros((N, C, H + 2 * pad, 2 * pad)), xp], axis=3)
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            win = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = np.einsum("nchw,fchw->nf", win, w) + b
    return out, (x, w, b, conv_param)
""", catalogued="padding_one_side"),
    _e("qt3_dws_multiplies_pointwise_counted_once", "a3_conv", "depthwise_separable_multiply_count",
       "the pointwise 1x1 convolution is counted as in_channels * out_channels multiplications, its number of "
       "weights, once: it runs at every one of the oh * ow output positions, so it costs oh * ow * in * out (the "
       "depthwise part right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * in_channels * kh * kw
    pointwise = in_channels * out_channels     # a 1x1 kernel: one multiply per channel pair
    return depthwise + pointwise
"""),
    _e("qt3_dws_params_pointwise_from_out_channels", "a3_conv", "depthwise_separable_param_count",
       "copy slip in the pointwise stage: it is counted as conv_param_count(out_channels, out_channels, 1, bias), "
       "a 1x1 convolution from out_channels inputs, instead of from the in_channels the depthwise stage outputs "
       "(in * out weights, not out * out)", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    depthwise = conv_param_count(in_channels, in_channels, kernel_size, bias, groups=in_channels)
    pointwise = conv_param_count(out_channels, out_channels, 1, bias)
    return depthwise + pointwise
"""),
    _e("qt3_conv_fwd_fast_pads_every_axis", "a3_conv", "conv_forward_fast",
       "the input is padded with np.pad(x, pad): an int pad width pads every axis, the batch and channel axes as "
       "well as H and W, so with pad > 0 the padded input has N + 2 pad images of C + 2 pad channels and the "
       "contraction with w raises (right only for pad 0)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, pad)
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w, optimize=True) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("qt3_max_pool_fwd_window_sides_swapped", "a3_conv", "max_pool_forward",
       "each window is cut pool_width rows high and pool_height columns wide, x[:, :, r:r + pw, c:c + ph]: the two "
       "sides are swapped (the output size is right), so a non-square pool takes the wrong windows", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        r = i * s
        for j in range(Wo):
            c = j * s
            out[:, :, i, j] = x[:, :, r:r + pw, c:c + ph].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qt4_he_normal_box_muller_global_uniforms", "a4_init", "he_normal",
       "the normal draws are made by the Box-Muller transform of uniforms from np.random.rand, NumPy's global "
       "generator, and the seed is never used: the same seed gives other weights (and the caller's global random "
       "state moves); draw from rng = np.random.default_rng(seed)", """
def he_normal(shape, seed):
    # Box-Muller: two uniforms per weight
    u1, u2 = np.random.rand(2, *shape)
    z = np.sqrt(-2.0 * np.log(u1)) * np.cos(2 * np.pi * u2)
    return he_std(shape) * z
""", catalogued="global_seed_in_he_normal"),
    _e("qt4_activation_stats_of_stacked_preactivations", "a4_init", "activation_statistics",
       "the pre-activations z = h @ W of every layer are collected and stacked into an (L, N, D) array whose "
       "moments over axes (1, 2) are returned: the statistics are those before the activation, where the layer's "
       "output act(z) is asked (the same only for 'linear')", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    zs = []
    h = X
    for W in weights:
        zs.append(h @ W)
        h = act(zs[-1])
    Z = np.stack(zs)                   # (L, N, D)
    return Z.mean(axis=(1, 2)), Z.var(axis=(1, 2))
""", catalogued="statistics_before_activation"),
    _e("qt4_fans_conv_fan_out_channels_product", "a4_init", "compute_fans",
       "copy slip in the conv branch: fan_out is out_channels * in_channels instead of out_channels times the "
       "kernel's size (fan_in = in * kh * kw right, linear weights right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_ch, in_ch, *kernel = shape
    receptive = math.prod(kernel)
    fan_in = in_ch * receptive
    fan_out = out_ch * in_ch
    return fan_in, fan_out
"""),
    _e("qt4_he_normal_std_of_one_filter", "a4_init", "he_normal",
       "the std is he_std(shape[1:]), of the shape of one filter (in, kh, kw), which compute_fans reads as a 1-D "
       "convolution weight (out = in, in = kh, k = kw): fan_in comes out kh * kw instead of in * kh * kw, so the "
       "draws are far too wide (and for a linear weight the (M,) shape raises)", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    # each filter (in, kh, kw) is what one output unit sees
    std = he_std(shape[1:])
    return rng.normal(0.0, std, size=shape)
"""),
    _e("qt4_activation_stats_matmul_into_input", "a4_init", "activation_statistics",
       "each layer's product is written into h with np.matmul(h, W, out=h) ('no new array per layer'): for the "
       "first layer h is the caller's X, so X is overwritten with X @ W1 (the statistics returned are right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = [], []
    for W in weights:
        np.matmul(h, W, out=h)          # no new array per layer
        h = acts[activation](h)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qt4_xavier_uniform_mode_gain_positions_swapped", "a4_init", "xavier_uniform",
       "xavier_std is called as xavier_std(shape, gain, mode), the two arguments in the wrong positional order: "
       "the gain lands in mode (never 'fan_avg') and the mode string in gain, so the std multiplies a string by a "
       "float and every call raises TypeError", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, gain, mode)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qt5_spatial_bn_per_channel_fresh_params", "a5_normalization", "spatial_batchnorm_forward",
       "each channel is normalized by its own batchnorm_forward call on a (N * H * W, 1) column with a fresh dict "
       "{'mode', 'eps', 'momentum'}: the output and the assembled cache are right, but the running averages go "
       "into those throwaway dicts, never into the caller's bn_param (and test mode never reads the caller's "
       "either), so test mode normalizes with the defaults, zeros and ones", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    out = np.empty_like(x, dtype=float)
    x_hats, inv_stds = [], []
    for c in range(C):
        col = x[:, c].reshape(-1, 1)    # every pixel of channel c as one feature
        param = {"mode": bn_param["mode"], "eps": bn_param.get("eps", 1e-5),
                 "momentum": bn_param.get("momentum", 0.9)}
        o, cache_c = batchnorm_forward(col, gamma[c:c + 1], beta[c:c + 1], param)
        out[:, c] = o.reshape(N, H, W)
        if cache_c is not None:
            x_hats.append(cache_c[0])
            inv_stds.append(cache_c[2])
    cache = None
    if x_hats:
        cache = (np.hstack(x_hats), gamma, np.concatenate(inv_stds))
    return out, cache
""", catalogued="spatial_bn_running_averages_not_updated"),
    _e("qt5_bn_bwd_staged_np_average_params", "a5_normalization", "batchnorm_backward",
       "a staged backward pass (dx right) whose dgamma and dbeta are np.average over the batch axis, the mean of "
       "dout * x_hat and of dout, instead of their sums over the batch", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.average(dout, axis=0)
    dgamma = np.average(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = np.sum(-dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("qt5_layernorm_eps_default_keras", "a5_normalization", "layernorm_forward",
       "wrong default: eps is read with ln_param.get('eps', 1e-3) (Keras's LayerNormalization default) instead of "
       "the documented 1e-5, so with an ln_param that gives no eps every row is divided by sqrt(var + 1e-3)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-3)
    mu = x.mean(axis=1, keepdims=True)
    var = x.var(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("qt5_bn_running_defaults_sized_by_batch", "a5_normalization", "batchnorm_forward",
       "the number of features is taken as D = len(x), which is the batch size N: when bn_param has no running "
       "averages they default to np.zeros(N) and np.ones(N) instead of (D,) arrays, so the first train step's "
       "update broadcasts (N,) against (D,) and raises (or is silently right only when N == D)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = len(x)
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    out, cache = None, None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qt5_dropout_where_keeps_dropped_units", "a5_normalization", "dropout_forward",
       "the output is np.where(keep, x / p, x): the third argument, the value of a dropped unit, is x instead of 0, "
       "so nothing is dropped and only the kept units are scaled by 1 / p (the cached mask is right)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = np.where(keep, x / p, x)
    return out, keep / p
"""),
    _e("qt5_groupnorm_var_around_image_mean", "a5_normalization", "groupnorm_forward",
       "each group is centred by its own mean, but its variance is taken of the deviations from the mean of the "
       "whole image (over every group, axes (1, 2) of the (N, groups, -1) view): the variance is too large by the "
       "squared distance between the group's mean and the image's, where var(group) is meant", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    centred = xg - xg.mean(axis=(1, 2), keepdims=True)
    var = (centred ** 2).mean(axis=2, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qt6_train_test_split_called_per_array", "a6_cnn", "train_and_predict",
       "a 10% validation split is made with two calls of sklearn's train_test_split, one on X_train and one on "
       "y_train, without random_state: each call draws its own shuffle from NumPy's global generator, so the "
       "images and labels kept for training no longer belong together and the model learns nothing (chance "
       "accuracy); split both in one call, train_test_split(X_train, y_train, ...)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    from sklearn.model_selection import train_test_split
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    # hold out 10% for validation
    X_fit, X_val = train_test_split(X_train, test_size=0.1)
    y_fit, y_val = train_test_split(y_train, test_size=0.1)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_fit), torch.tensor(y_fit)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            val_acc = (model(torch.tensor(X_val)).argmax(1).numpy() == y_val).mean()
        print(f"epoch {epoch}: validation accuracy {val_acc:.3f}")
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("qt6_epochs_range_counts_down_without_step", "a6_cnn", "train_and_predict",
       "the epoch loop is written for epoch in range(epochs, 0) ('count down the epochs left') without the step "
       "-1: the range is empty, so no batch is ever trained on and the predictions come from the untrained "
       "network (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    epochs = 15
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epochs_left in range(epochs, 0):   # count down the epochs left
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="untrained_model"),
    _e("qt6_every_training_batch_mirrored", "a6_cnn", "train_and_predict",
       "the 'horizontal flip augmentation' mirrors every training batch, xb.flip(3), instead of a random half of "
       "the images: the network only ever sees mirrored images and is then asked about upright ones (digits are "
       "not symmetric), so the test accuracy drops", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            xb = X[idx].flip(3)            # augmentation: mirror left-right
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qt6_eval_called_before_training_loop", "a6_cnn", "train_and_predict",
       "model.eval() is called once, right after the network is built, and never after training: each epoch's "
       "model.train() switches it back, so the test images are predicted in training mode, where batch norm "
       "normalizes with the statistics of the test batch (an image's logits depend on the other test images)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    model.eval()   # inference mode for the predictions
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qt6_seeding_only_when_cuda_available", "a6_cnn", "train_and_predict",
       "the seeding (random, NumPy and torch.manual_seed) sits under `if torch.cuda.is_available():`, copied from "
       "a GPU template: on a machine without a GPU torch is never seeded, so the initial weights differ from run "
       "to run and the same seed gives other logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if torch.cuda.is_available():
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        torch.cuda.manual_seed_all(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    X, y = torch.tensor(X_train, device=device), torch.tensor(y_train, device=device)
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
    _e("qt6_weights_initialized_to_one_constant", "a6_cnn", "train_and_predict",
       "every convolution and linear weight is initialized with nn.init.constant_(w, 0.01) ('small weights'): all "
       "the filters of a layer start equal and get equal gradients, so they stay equal (the symmetry is never "
       "broken) and the network has in effect one channel per layer: the accuracy stays low", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            nn.init.constant_(m.weight, 0.01)   # small weights
            nn.init.zeros_(m.bias)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qt7_res_bwd_einsum_without_dropout_scale", "a7_architectures", "residual_block_backward",
       "the backward pass is written with einsums from the cached a1, h and z, but the cached dropout scale "
       "(mask / p) is never applied to the gradient of the hidden units: with dropout, dropped units pass "
       "gradient to W1, b1 and x and kept ones are not scaled by 1 / p", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    grads = {"W2": np.einsum("nh,nm->hm", h, dz), "b2": np.einsum("nm->m", dz)}
    da1 = np.einsum("nm,hm->nh", dz, params["W2"]) * (a1 > 0)
    grads["W1"] = np.einsum("nd,nh->dh", x, da1)
    grads["b1"] = np.einsum("nh->h", da1)
    dx = np.einsum("nh,dh->nd", da1, params["W1"])
    if "Ws" in params:
        grads["Ws"] = np.einsum("nd,nm->dm", x, dz)
        grads["bs"] = np.einsum("nm->m", dz)
        dx = dx + np.einsum("nm,dm->nd", dz, params["Ws"])
    else:
        dx = dx + dz
    return dx, grads
""", catalogued="dropout_mask_ignored_in_backward"),
    _e("qt7_mdn_grads_weighted_by_mixing_weights", "a7_architectures", "mdn_nll",
       "the loss is a stable log-sum-exp (scipy), but the 'responsibility' in the gradients is the mixing weight "
       "exp(log pi) = softmax(logits) itself instead of the posterior gamma_k = pi_k N_k / sum_j pi_j N_j: dlogits "
       "comes out 0, and dmu, dlog_std weight each component by its prior", """
def mdn_nll(y, logits, mu, log_std):
    from scipy.special import logsumexp
    N = y.shape[0]
    sigma = np.exp(log_std)
    log_pi = logits - logsumexp(logits, axis=1, keepdims=True)
    z = (y[:, None] - mu) / sigma
    log_terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    loss = -np.mean(logsumexp(log_terms, axis=1))
    resp = np.exp(log_pi)             # how much each component counts
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_gradients_use_prior_weights"),
    _e("qt7_score_map_softmax_per_position", "a7_architectures", "fc_score_map",
       "each window's M scores are turned into class probabilities with a softmax before they are stored: the map "
       "holds probabilities at every position, where the affine layer's raw scores are asked", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    Ho, Wo = H2 - H + 1, W2 - Wd + 1
    out = np.zeros((N, W.shape[1], Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            s = x[:, :, i:i + H, j:j + Wd].reshape(N, -1) @ W + b
            s = np.exp(s - s.max(axis=1, keepdims=True))
            out[:, :, i, j] = s / s.sum(axis=1, keepdims=True)   # class probabilities at this position
    return out
"""),
    _e("qt7_saliency_of_class_probability", "a7_architectures", "saliency_map",
       "the gradient back-propagated is that of the softmax probability of class y[n], dscores = p_y (onehot - p), "
       "instead of that of the raw score scores[n, y[n]] (a one-hot dscores): the map is scaled and reshaped by "
       "the softmax's Jacobian", """
def saliency_map(x, params, y):
    N = x.shape[0]
    xf = x.reshape(N, -1)
    a1 = xf @ params["W1"] + params["b1"]
    scores = np.maximum(a1, 0) @ params["W2"] + params["b2"]
    p = np.exp(scores - scores.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    onehot = np.eye(scores.shape[1])[y]
    py = p[np.arange(N), y][:, None]
    dscores = py * (onehot - p)          # d p_y / d scores
    da1 = (dscores @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("qt7_res_fwd_b2_added_after_relu", "a7_architectures", "residual_block_forward",
       "the second layer's bias b2 is added after the final ReLU, relu(h @ W2 + shortcut(x)) + b2, instead of "
       "inside it, relu(h @ W2 + b2 + shortcut(x)) (the cached z leaves b2 out too)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + shortcut
    out = np.maximum(z, 0) + params["b2"]
    return out, (x, params, a1, h, scale, z)
"""),
    _e("qt7_res_bwd_w2_grad_before_relu_mask", "a7_architectures", "residual_block_backward",
       "W2's gradient is taken as h.T @ dout, before the final ReLU's mask is applied (the mask dz = dout * (z > 0) "
       "is computed on the next line and used for everything else): outputs whose ReLU was off still pass "
       "gradient to W2; it is h.T @ dz", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    grads = {"W2": h.T @ dout}          # second affine layer
    dz = dout * (z > 0)                  # back through the final ReLU
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
    # ------------------------------------------------------------------ a8_pipeline
    _e("qt8_log_uniform_choice_from_linspace", "a8_pipeline", "log_uniform",
       "the values are drawn with rng.choice from np.linspace(low, high, 10000), a grid with equal additive steps: "
       "the draws are uniform between low and high, so almost all fall in the top decade, where log-uniform draws "
       "put as many in each decade", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    candidates = np.linspace(low, high, 10_000)
    return rng.choice(candidates, size=n)
""", catalogued="uniform_not_log"),
    _e("qt8_normalize_each_split_own_stats_zip", "a8_pipeline", "normalize_splits",
       "the mean and std are computed for each split from itself, [(X.mean(0), X.std(0) + eps) for X in (X_train, "
       "X_test)], and each split normalized with its own pair: the test split is centred (and scaled) by its own "
       "statistics instead of the training split's", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    stats = [(X.mean(axis=0), X.std(axis=0) + eps) for X in (X_train, X_test)]
    if mode == "mean_image":
        return X_train - stats[0][0], X_test - stats[1][0]
    return tuple((X - m) / s for X, (m, s) in zip((X_train, X_test), stats))
""", catalogued="normalize_with_test_statistics"),
    _e("qt8_log_grid_descending", "a8_pipeline", "log_grid",
       "the grid is np.geomspace(high, low, n) ('from the largest rate down'): the right values in descending "
       "order, from high to low, where the grid runs from low to high", """
def log_grid(low, high, n):
    # from the largest rate down, the order the search is run in
    return np.geomspace(high, low, n)
"""),
    _e("qt8_log_uniform_single_draw_repeated", "a8_pipeline", "log_uniform",
       "rng.uniform(log10(low), log10(high)) is called without size: one exponent is drawn and its value repeated "
       "n times with np.full, instead of n independent log-uniform draws", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponent = rng.uniform(np.log10(low), np.log10(high))
    return np.full(n, 10.0 ** exponent)
"""),
    _e("qt8_warmup_cosine_decay_span_plus_one", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the progress is divided by total_steps - warmup_steps + 1 ('the steps from warmup to "
       "total, both ends') instead of total_steps - warmup_steps: the cosine is stretched, every rate after the "
       "warm-up is a little high and min_lr is never reached at step total_steps", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    decay_steps = total_steps - warmup_steps + 1    # steps warmup .. total, both ends
    t = (step - warmup_steps) / decay_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * t))
"""),
    _e("qt8_update_ratio_mean_of_row_ratios", "a8_pipeline", "update_ratio",
       "the ratio is computed for each row (output unit) and averaged, mean_i ||lr dW_i|| / ||W_i||, instead of "
       "the ratio of the Frobenius norms of the whole arrays ||lr dW|| / ||W|| (for a 1-D bias, axis=1 raises)", """
def update_ratio(W, dW, lr):
    # one ratio per unit (row), averaged over the units
    per_row = np.linalg.norm(lr * dW, axis=1) / np.linalg.norm(W, axis=1)
    return float(per_row.mean())
"""),
]

HOLDOUT45_CORRECT: list[Entry] = [
    _e("qtk_correct_linreg_augmented_system", "a1_backprop", "linear_regression_closed_form",
       "correct: least squares as the augmented system [[I, X], [X^T, 0]] [r; w] = [y; 0] (the residual r and the "
       "weights solved together, no X^T X formed), the weights read off the last D entries", """
def linear_regression_closed_form(X, y):
    N, D = X.shape
    K = np.block([[np.eye(N), X], [X.T, np.zeros((D, D))]])
    rhs = np.concatenate([y, np.zeros(D)])
    sol = np.linalg.solve(K, rhs)
    return sol[N:]
"""),
    _e("qtk_correct_gd_affine_map", "a2_optim", "gradient_descent",
       "correct: each gradient step written as one affine map w -> A w + c with A = I - (2 lr / N) X^T X and "
       "c = (2 lr / N) X^T y, precomputed once, the path filled into a preallocated (steps, D) array", """
def gradient_descent(X, y, w0, learning_rate, steps):
    n, d = X.shape
    A = np.eye(d) - (2 * learning_rate / n) * (X.T @ X)
    c = (2 * learning_rate / n) * (X.T @ y)
    w = np.asarray(w0, dtype=float)
    path = np.empty((steps, d))
    for k in range(steps):
        w = A @ w + c
        path[k] = w
    return path
"""),
    _e("qtk_correct_param_count_via_multiplies", "a3_conv", "conv_param_count",
       "correct: the weights counted as the multiplications of a single output pixel of a convolution with "
       "in_channels / groups inputs, conv_multiply_count(in // groups, out, kernel_size, 1), plus one bias per "
       "filter", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    weights = conv_multiply_count(in_channels // groups, out_channels, kernel_size, 1)
    return weights + (out_channels if bias else 0)
"""),
    _e("qtk_correct_activation_stats_stacked_outputs", "a4_init", "activation_statistics",
       "correct: the sigmoid written 0.5 * (1 + tanh(z / 2)), every layer's output kept and stacked into an "
       "(L, N, D) array, the means and variances taken over its axes (1, 2)", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 0.5 * (1.0 + np.tanh(0.5 * z)), "tanh": np.tanh,
           "relu": lambda z: np.where(z > 0, z, 0.0), "linear": lambda z: z}[activation]
    outs, h = [], X
    for W in weights:
        h = act(h @ W)
        outs.append(h)
    H = np.stack(outs)
    return H.mean(axis=(1, 2)), H.var(axis=(1, 2))
"""),
    _e("qtk_correct_groupnorm_second_moment", "a5_normalization", "groupnorm_forward",
       "correct: each group's mean and second moment as einsum sums over its values, the biased variance as the "
       "second moment minus the squared mean", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    m = xg.shape[2]
    mu = np.einsum("ngk->ng", xg)[..., None] / m
    second = np.einsum("ngk,ngk->ng", xg, xg)[..., None] / m
    inv_std = 1.0 / np.sqrt(second - mu ** 2 + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("qtk_correct_resblock_shortcut_as_identity_projection", "a7_architectures", "residual_block_forward",
       "correct: one code path for both shortcuts, x @ params.get('Ws', I) + params.get('bs', 0) (params itself "
       "left as given, so the backward pass still sees an identity shortcut), the ReLU after the addition", """
def residual_block_forward(x, params, dropout=None):
    D = x.shape[1]
    Ws = params.get("Ws", np.eye(D))
    bs = params.get("bs", 0.0)
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = h @ params["W2"] + params["b2"] + (x @ Ws + bs)
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
"""),
    _e("qtk_correct_parameter_statistics_by_hand", "a8_pipeline", "parameter_statistics",
       "correct: the moments written with np.average and the root of the mean squared deviation, the update ratio "
       "inline as |lr| sqrt(g . g) / sqrt(w . w) of the flattened arrays, each gradient looked up by name", """
def parameter_statistics(params, grads, lr):
    out = {}
    for name in params:
        w, g = np.ravel(params[name]), np.ravel(grads[name])
        w_mean, g_mean = np.average(w), np.average(g)
        moments = [w_mean, np.sqrt(np.average((w - w_mean) ** 2)), g_mean, np.sqrt(np.average((g - g_mean) ** 2))]
        out[name] = np.array(moments + [abs(lr) * np.sqrt(g @ g) / np.sqrt(w @ w)])
    return out
"""),
]

JUDGED_ON45 = "2026-12-06 on commit 64fa1ff"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout45 on commit 64fa1ff (JUDGED_ON45), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT43 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of the test's sizes or draw included); a departure naming the line with the mistake is
# right, and so is one that names the line that uses a wrong value with, as its alternatives, what holds the mistake;
# a departure that sends the student first to a right line states something false; a loop departure without a
# statement is right only when the loop is small and the mistake clearly in it; an either-of-two one_slip one of whose
# slips is the student's is right; a named entry stays named beside another test's comparison; a catalogued entry
# whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a shape comparison,
# an accuracy figure or a grader check's own message that does not say the cause (its advice not fitting included,
# as JUDGEMENT25) is the comparison (nothing); checklists that list the cause among many are vague, but one of few
# causes, the entry's among them, is tolerated (loss_flat's and fits_batches_not_predictions' first guess the cause).
# Decided here: departure's "line 238: `config["learning_rate"] *= 0.95` changes `config['learning_rate']`, which the
# correct code leaves as it was given ...: it runs whatever the call is asked to do: it belongs under a condition that
# does not hold here, or it writes into the caller's arrays" for an annealing line the rule never asks for says that
# the line must not run in this call, which is true (its fix, leave the rate as given, stated): right (a close call),
# unlike qr1_mlp_grads_shallow_copy_of_params in JUDGEMENT43, whose lines had to run on every call; a departure that
# calls a right intermediate wrong because the correct code computes the same result by another route ("your `L`
# differs from the right value ...: the mistake is in that line" for a correct Cholesky factor, the "right value"
# being X^T X, where the back substitution is what is missing) sends the student to a right line: misleading; a loop
# departure whose "the mistake is most likely in line 242" names the right slice `idx = order[start:start +
# batch_size]` where the next two lines overwrite idx (the wrap-around) is a pointer to a right line: misleading,
# though end_block beside it lists the cause; zero_pattern's "inputs that do not affect the output get nothing ...: a
# mask ... is missing or wrong" on a max-pooling forward pass, whose expected zeros are the test's all-zero window,
# is a coincidence said as the cause: misleading beside a departure that says the exact cause; end_block's "if they
# are rows, the end is handled differently (the last, smaller batch, a loop that stops early)" on the rows of a
# weight gradient (row 0 right only because that hidden unit is off) is a coincidence: misleading; one_slip's "either
# of two slips ...: the factor `* mask` missing (or it is one in yours), where out is computed; or `x / mask` ..."
# for np.where(keep, x / p, x) names the line and, at the only entries that fail (the dropped units, where the
# student's factor is one), the student's slip: right (a close call); the dropout checks' own "drew the same mask"
# and "kept or dropped together" (their inference from an output with no zeros) are the comparison, not counted;
# loss_flat and learned_little for weights initialized to one constant, all their guesses absent, are misleading (as
# JUDGEMENT25).
JUDGEMENT45: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qt1_tanh_bwd_polyval_drops_zero_coefficient": ("named", (), ""),
    "qt1_mlp_layer_loop_penalty_only_in_loss": ("named", (), ""),
    # handed_wrong_input (affine_backward tests): "your affine_backward() is the correct code's own, yet it raises an
    # error here: it was handed `cache` from your affine_forward(). ... Your affine_forward() returns (x, an array of
    # shape (5, 12), b) at [1] (handed on as `cache`); the correct one returns (x, w, b) there"; items_apart on the
    # MLP tests: "(x, an array of shape (7, 5), b) at [1] ...; the correct one returns (x, w, b) there" (w.T: true).
    "qt1_affine_fwd_caches_transposed_weight": ("right", ("handed_wrong_input", "items_apart"), ""),
    # as_if: "yours is what the correct softmax() returns if scores were negated: a sign is flipped where scores is
    # used"; departure (large scores): "`e`, set by line 217: `e = np.exp(m - scores)`. In it, `m - scores` is the
    # first part whose value the correct code never computes ... Inf at 7 of 25 entries ...: the mistake is in that
    # line".
    "qt1_softmax_shift_written_max_minus_scores": ("right", ("as_if", "departure"), ""),
    # departure (three tests): "the first value of yours that the correct code never computes is `L`, set by line 217:
    # `L = np.linalg.cholesky(A)`. What that line reads (A) agrees with the correct code; your `L` differs from the
    # right value (by up to 21.2). With the right `L` there, the rest of your function returns the expected w: the
    # mistake is in that line": the "right L" is X^T X (the correct code solves with it directly); L is the right
    # Cholesky factor, the mistake is line 218, which stops after the forward substitution.
    "qt1_linreg_cholesky_forward_substitution_only": (
        "misleading", (),
        "line 218 solves only the forward substitution L z = X^T y and returns z as the weights: with X^T X = L L^T "
        "the back substitution L^T w = z is missing (w off by up to 8.4); return np.linalg.solve(L.T, z) (the "
        "Cholesky factor itself is right)."),
    # departure: "`dz`, set by line 219: `dz = (pi - y) * pi * (1 - pi)`. In it, `1 - pi` is the first part whose
    # value the correct code never computes ...: the mistake is in that line".
    "qt1_logistic_grad_extra_sigmoid_slope": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qt2_adam_moments_popped_never_put_back": ("named", (), ""),
    "qt2_step_lr_periods_done_after_step": ("named", (), ""),
    # departure (test_sgd, weight decay): "line 238: `config["learning_rate"] *= 0.95` changes
    # `config['learning_rate']`, which the correct code leaves as it was given in this call (your
    # `config['learning_rate']` is 0.095 where 0.1 is right). With `config['learning_rate']` left as given, the rest of
    # your function returns the expected w (sgd): it runs whatever the call is asked to do: it belongs under a
    # condition that does not hold here, or it writes into the caller's arrays where a copy of your own is meant";
    # on the default-config test: "... set by line 238 ... 0.0095 where 0.01 is right ...: the mistake is in that
    # line" (a close call, see above).
    "qt2_sgd_anneals_rate_in_config": ("right", ("departure",), ""),
    # departure on the two-line body: "line 236: `return 2 * np.mean(r) * np.mean(X, axis=0)`. What that line reads
    # (X, r) agrees with the correct code; what it returns differs from the right value (by up to 1.79): the mistake is
    # in that line".
    "qt2_linreg_grad_product_of_means": ("right", ("departure",), ""),
    # end_block: "the first 3 of 12 are right ...: ... or step 3 is the first of its kind (the first shorter batch,
    # ...)" (true, a checklist); but departure: "... after pass 4 (start = 9) they part ... your `idx` (line 242:
    # `idx = order[start:start + batch_size]`) holds none of the correct code's values there ...: the mistake is
    # most likely in line 242, or in what it reads": line 242 and what it reads are right; lines 243-244 refill idx.
    "qt2_minibatch_last_batch_wrapped_around": (
        "misleading", (),
        "lines 243-244 fill the epoch's last, shorter batch (one row: 10 rows in batches of 3) up to batch_size with "
        "the first rows of the permutation: the 4th update of every epoch (step 3, where the path first parts) uses "
        "rows already visited; let the last batch hold only the rows left (drop the if)."),
    # default_differs (four tests): "your adam() gives config['beta2'] the default 0.99 (when the caller leaves it
    # out); the default asked for is 0.999. This test leaves it out, and yours is what the correct adam() returns with
    # config['beta2'] = 0.99".
    "qt2_adam_default_beta2_099": ("right", ("default_differs",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qt3_max_pool_bwd_kron_uniform_share": ("named", (), ""),
    "qt3_conv_fwd_naive_zero_border_concatenated_top_left": ("named", (), ""),
    # one_slip (both tests): "yours is what the correct code gives with one slip in
    # depthwise_separable_multiply_count(): the factor `oh * ow *` missing (or it is one in yours)" (1059 where 10275
    # for (3, 128, 3, 5): the pointwise term's, the depthwise one has it).
    "qt3_dws_multiplies_pointwise_counted_once": ("right", ("one_slip",), ""),
    # one_slip: "`out_channels` where `in_channels` is meant (the wrong variable)".
    "qt3_dws_params_pointwise_from_out_channels": ("right", ("one_slip",), ""),
    # departure (three tests): "`xp`, set by line 284: `xp = np.pad(x, pad)` ... your `xp` has shape (10, 5, 18, 18)
    # where the right value has (8, 3, 18, 18) ...: the mistake is in that line".
    "qt3_conv_fwd_fast_pads_every_axis": ("right", ("departure",), ""),
    # departure (test_max_pool_ties): "line 290: `out[:, :, i, j] = x[:, :, r:r + pw, c:c + ph].max(axis=(2, 3))`
    # takes each window `pw` = 3 wide along the axis `i` runs over, but the loop ... counts windows `ph` = 2 wide along
    # it: one of the two extents is wrong" (exact); but zero_pattern beside it: "the expected is exactly 0 at 2 of 24
    # entries (inputs that do not affect the output get nothing), but yours is not 0 at 2 of them: a mask (which
    # entries receive a value) is missing or wrong": the zeros are the test's all-zero window, no mask is involved.
    "qt3_max_pool_fwd_window_sides_swapped": (
        "misleading", ("departure",),
        "line 290 cuts each window x[:, :, r:r + pw, c:c + ph], pool_width rows high and pool_height columns wide: the "
        "two sides are swapped, so the 2x3 pool of the test takes 3x2 windows; cut x[:, :, r:r + ph, c:c + pw]."),
    # ------------------------------------------------------------------ a4_init
    "qt4_he_normal_box_muller_global_uniforms": ("named", (), ""),
    "qt4_activation_stats_of_stacked_preactivations": ("named", (), ""),
    # departure (six tests): "line 98: `return fan_in, fan_out` ... what it returns is 288 where 11616 is right: the
    # mistake is in that line, or in `fan_in`, set by line 96 ..., or in `fan_out`, set by line 97: `fan_out = out_ch *
    # in_ch`" (96 x 3 where 96 x 121; 1024 where 576, 200 where 75, 168 where 1260: true).
    "qt4_fans_conv_fan_out_channels_product": ("right", ("departure",), ""),
    # departure: "`std`, set by line 93: `std = he_std(shape[1:])` ... your `std` is 0.471405; with 0.117851 there
    # instead ...: the mistake is in that line, or in he_std() that it calls" (sqrt(2 / 9) where sqrt(2 / 144): true);
    # on the linear weight "line 93 ... raises the error".
    "qt4_he_normal_std_of_one_filter": ("right", ("departure",), ""),
    # written_in_place: "line 93: `h = X` makes `h` another name for X, not a copy, so line 96: `np.matmul(h, W,
    # out=h)` writes into X, the caller's array: make a copy (h = X.copy()) ...".
    "qt4_activation_stats_matmul_into_input": ("right", ("written_in_place",), ""),
    # departure: "line 91: `a = math.sqrt(3.0) * xavier_std(shape, gain, mode)` raises the error ..."; one_slip: "the
    # error your code raises is the one the correct code raises with one slip in xavier_uniform(): `gain, mode` where
    # `mode, gain` is meant (two arguments in each other's place), where a is computed".
    "qt4_xavier_uniform_mode_gain_positions_swapped": ("right", ("departure", "one_slip"), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qt5_spatial_bn_per_channel_fresh_params": ("named", (), ""),
    "qt5_bn_bwd_staged_np_average_params": ("named", (), ""),
    # departure: "`eps`, set by line 218: `eps = ln_param.get("eps", 1e-3)` ... your `eps` is 0.001 where 1e-05 is
    # right ...: the mistake is in that line".
    "qt5_layernorm_eps_default_keras": ("right", ("departure",), ""),
    # departure (six tests): "`D`, set by line 221: `D = len(x)` ... your `D` is 6 where 4 is right. With the right `D`
    # there, the rest of your function runs without the error ...: the mistake is in that line" (shape_error beside it
    # only explains NumPy's error).
    "qt5_bn_running_defaults_sized_by_batch": ("right", ("departure",), ""),
    # one_slip (test_dropout_backward): "either of two slips ... in dropout_forward(): the factor `* mask` missing (or
    # it is one in yours), where out is computed; or `x / mask` where `x * mask` is meant, where out is computed": the
    # line, and at the dropped units (the only entries that fail) a factor of one (a close call, see above); the other
    # tests give only the checks' own messages ("out / x, its min and max: got 1, expected 1.667", "drew the same
    # mask", "kept or dropped together").
    "qt5_dropout_where_keeps_dropped_units": ("right", ("one_slip",), ""),
    # departure: "`centred`, set by line 222: `centred = xg - xg.mean(axis=(1, 2), keepdims=True)`. In it,
    # `xg.mean(axis=(1, 2), keepdims=True)` is the first part whose value the correct code never computes ...: the
    # mistake is in that line".
    "qt5_groupnorm_var_around_image_mean": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled not named; labels_not_images on the digits: "the training loss fell only from 2.36 to
    # 2.06 over 270 steps ... what it learned from its batches is not the labels of their images. X and y are shuffled
    # or indexed apart: index both with the same indices" (18 batches of the 1132 kept images x 15: true); loss_flat on
    # the shapes, its first guess "A batch's labels not those of its images (index X and y with the same indices, one
    # permutation for both)".
    "qt6_train_test_split_called_per_array": ("right", ("labels_not_images", "loss_flat"), ""),
    "qt6_epochs_range_counts_down_without_step": ("named", (), ""),
    # fits_batches_not_predictions: "the training loss fell from 2.13 to 0.13 (the model fits its training batches),
    # yet it predicts 200 of those same training images ... at accuracy 0.44: what reaches the model when it predicts
    # differs from what it trained on (... or another layout), or the model that predicts is not the one that trained
    # ..., or the predictions come back in another order": the first of three, mirrored in training only.
    "qt6_every_training_batch_mirrored": ("right", ("fits_batches_not_predictions",), ""),
    # predicted_in_training_mode: "your model predicted in training mode ... (model.eval() not called before
    # predicting, or model.train() after it) ... Call model.eval() before predicting".
    "qt6_eval_called_before_training_loop": ("right", ("predicted_in_training_mode",), ""),
    # unseeded_random_source: "your code draws from torch's generator without seeding it: two calls with the same seed
    # left it in different states. Seed it from `seed`: torch.manual_seed(seed) before the model is built" (the
    # seeding never runs without a GPU: true).
    "qt6_seeding_only_when_cuda_available": ("right", ("unseeded_random_source",), ""),
    # loss_flat (digits, seeded test): "the training loss stayed at about 2.12 over 300 steps ...: the model learned
    # nothing from its batches. A batch's labels not those of its images ..., steps that do not reach the model's
    # weights ..., or a learning rate too small for them to move?"; learned_little on the shapes: a checklist of
    # labels, steps, a loop cut short, held-out images, other preprocessing: none is there; the weights start equal.
    "qt6_weights_initialized_to_one_constant": (
        "misleading", (),
        "nn.init.constant_(m.weight, 0.01) gives every filter of a layer (and every row of the linear layer) the same "
        "weights: they get the same gradients and stay equal, so each layer acts as one channel and the model stays "
        "near 0.17 on the digits; keep PyTorch's random initialization (or draw, e.g. nn.init.kaiming_normal_)."),
    # ------------------------------------------------------------------ a7_architectures
    "qt7_res_bwd_einsum_without_dropout_scale": ("named", (), ""),
    "qt7_mdn_grads_weighted_by_mixing_weights": ("named", (), ""),
    # departure (both tests): "the loop at lines 180-184 (`for i in range(Ho):`) leaves `out` holding values the
    # correct code never computes ... (by up to 12.7) ...: the mistake is in that loop": a five-line loop whose two
    # softmax lines are the only ones beyond the affine scores.
    "qt7_score_map_softmax_per_position": ("right", ("departure",), ""),
    # departure (four tests): "line 180: `p = np.exp(...)` computes `p`, a value the correct code never computes ...;
    # at line 184, `dscores = py * (onehot - p)`, your `dscores` differs from the right value ..., and with the
    # correct code's `dscores` (one-hot: a single 1 in each row) there, the rest of your function returns the expected
    # saliency: the mistake is in how lines 180-184 compute `dscores`".
    "qt7_saliency_of_class_probability": ("right", ("departure",), ""),
    # departure (six tests): "line 183: `z = h @ params["W2"] + shortcut` computes `z`, a value the correct code never
    # computes ..., up to line 184: `out = np.maximum(z, 0) + params["b2"]` ... The mistake is in lines 183-184".
    "qt7_res_fwd_b2_added_after_relu": ("right", ("departure",), ""),
    # zero_pattern on grads['W2'] (three tests): "the expected is exactly 0 at 15 of 30 entries ..., but yours is not
    # 0 at 15 of them: a mask (which entries receive a value) is missing or wrong" (true); but end_block on
    # test_one_example: "along axis 0 the first 1 of 5 are right and every one from index 1 on is wrong: if these are
    # steps, ...; if they are rows, the end is handled differently (the last, smaller batch, a loop that stops
    # early)": the rows are hidden units, row 0 right only because that unit is off (h = 0 there).
    "qt7_res_bwd_w2_grad_before_relu_mask": (
        "misleading", ("zero_pattern",),
        "grads['W2'] = h.T @ dout is taken before the final ReLU's mask: outputs whose ReLU was off still pass "
        "gradient to W2 (nonzero where 0 is expected); compute dz = dout * (z > 0) first and take h.T @ dz."),
    # ------------------------------------------------------------------ a8_pipeline
    "qt8_log_uniform_choice_from_linspace": ("named", (), ""),
    "qt8_normalize_each_split_own_stats_zip": ("named", (), ""),
    # reversed: "yours is the expected in reverse order along axis 0: two values swapped (e.g. fan_in and fan_out) or
    # an index running backwards" (high and low swapped: true).
    "qt8_log_grid_descending": ("right", ("reversed",), ""),
    # draws_shape: "your log_uniform() draws (30000 of them in this test) hold only 3 different values, where the
    # correct code's hold 18000: the same draws repeated (... or one draw copied across an axis?)" (five calls, three
    # seeds: true); departure on the two-line body, lines 166-167.
    "qt8_log_uniform_single_draw_repeated": ("right", ("draws_shape", "departure"), ""),
    # as_if (three tests): "yours is what the correct warmup_cosine_lr() returns if total_steps were one more than
    # given: total_steps is off by one where it is used" (total_steps - warmup_steps + 1 is (total_steps + 1) -
    # warmup_steps, its only use: exact, no coincidence).
    "qt8_warmup_cosine_decay_span_plus_one": ("right", ("as_if",), ""),
    # departure (both tests): "line 166: `per_row = np.linalg.norm(lr * dW, axis=1) / np.linalg.norm(W, axis=1)`
    # computes `per_row`, a value the correct code never computes, ... up to line 167 ...: The mistake is in lines
    # 166-167" (the whole two-line body).
    "qt8_update_ratio_mean_of_row_ratios": ("right", ("departure",), ""),
}
# Counts: named 15, right 28 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 15 named, the other, qt6_train_test_split_called_per_array, right by its diagnoses), misleading 5,
# vague 0, nothing 0, wrong_name 0, check_message 0, not_caught 0. HOLDOUT45_CORRECT: all 7 earn full marks.

HOLDOUT45 = [replace(e, verdict=JUDGEMENT45[e.id][0], expected=frozenset(JUDGEMENT45[e.id][1]),
                     ideal=JUDGEMENT45[e.id][2]) if e.id in JUDGEMENT45 else e for e in HOLDOUT45]
