"""A thirty-fifth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit de4c3af (JUDGED_ON35, JUDGEMENT35 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout35.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT35 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT35_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT35: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qj1_numgrad_identity_rows_forward_difference", "a1_backprop", "eval_numerical_gradient",
       "each entry is perturbed by adding h times a row of np.eye(x.size) to a flat copy of x (x itself never "
       "written), but only the +h side is evaluated and compared with f(x) taken once before the loop: the "
       "one-sided (f(x + h e_i) - f(x)) / h, accurate to O(h), instead of the centred "
       "(f(x + h e_i) - f(x - h e_i)) / 2h", """
def eval_numerical_gradient(f, x, h=1e-5):
    # one basis direction per row of the identity: x itself is never written
    flat = x.astype(float).ravel()
    E = np.eye(flat.size)
    fx = f(x)
    grad = np.empty(flat.size)
    for i in range(flat.size):
        grad[i] = (f((flat + h * E[i]).reshape(x.shape)) - fx) / h
    return grad.reshape(x.shape)
""", catalogued="one_sided_difference"),
    _e("qj1_mlp_inline_einsum_penalty_in_loss_only", "a1_backprop", "two_layer_mlp_loss",
       "the net written inline with einsum: the L2 penalty 0.5 * reg * (sum(W1**2) + sum(W2**2)) is added to the "
       "loss, but dW1 and dW2 are the data gradients alone: reg * W1 and reg * W2 are never added to them (right "
       "only with reg = 0)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    z1 = np.einsum("nd,dh->nh", X, W1) + b1
    a1 = np.where(z1 > 0, z1, 0.0)
    scores = np.einsum("nh,hc->nc", a1, W2) + b2
    if y is None:
        return scores
    n = X.shape[0]
    s = scores - scores.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    data_loss = -logp[np.arange(n), y].mean()
    reg_loss = 0.5 * reg * (np.einsum("ij,ij->", W1, W1) + np.einsum("ij,ij->", W2, W2))
    dscores = np.exp(logp)
    dscores[np.arange(n), y] -= 1
    dscores /= n
    dW2 = np.einsum("nh,nc->hc", a1, dscores)
    db2 = dscores.sum(axis=0)
    da1 = np.einsum("nc,hc->nh", dscores, W2)
    dz1 = da1 * (z1 > 0)
    dW1 = np.einsum("nd,nh->dh", X, dz1)
    db1 = dz1.sum(axis=0)
    return data_loss + reg_loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
""", catalogued="regularization_missing_from_gradients"),
    _e("qj1_affine_fwd_bias_trick_ones_prepended", "a1_backprop", "affine_forward",
       "the bias trick is written with the column of ones put first, hstack([ones, x_flat]), but b stacked as the "
       "last row of the weights, vstack([w, b]): the rows no longer line up, so the constant 1 multiplies w[0], "
       "each feature j multiplies w[j + 1] and the last feature multiplies b (the ones column must go where b's row "
       "is)", """
def affine_forward(x, w, b):
    N = x.shape[0]
    xf = x.reshape(N, -1)
    # bias trick: a constant feature of 1 and b as one more row of weights
    x_aug = np.hstack([np.ones((N, 1)), xf])
    w_aug = np.vstack([w, b])
    out = x_aug @ w_aug
    return out, (x, w, b)
"""),
    _e("qj1_sigmoid_bwd_cache_indexed_as_tuple", "a1_backprop", "sigmoid_backward",
       "the cache is unpacked as if it were a tuple, s = cache[0], but sigmoid_forward's cache is the output array "
       "s itself: cache[0] is its first row, which broadcasts over every row of dout, so each row's local "
       "derivative is that of row 0 instead of s * (1 - s) of its own", """
def sigmoid_backward(dout, cache):
    s = cache[0]          # the cached sigmoid output
    return dout * s * (1 - s)
"""),
    _e("qj1_relu_fwd_abs_identity_not_halved", "a1_backprop", "relu_forward",
       "ReLU written from the identity max(0, x) = (x + |x|) / 2 without the division by 2: out = x + |x| is twice "
       "the ReLU for positive inputs (the cache, x, right)", """
def relu_forward(x):
    out = x + np.abs(x)     # relu(x) = (x + |x|) / 2
    return out, x
"""),
    _e("qj1_linreg_gradient_descent_not_converged", "a1_backprop", "linear_regression_closed_form",
       "the least-squares weights are approached by 200 steps of gradient descent on the mean squared error (lr "
       "0.01, from zeros) instead of solving the normal equations X^T X w = X^T y: the iterate is still far from "
       "the solution (about 2% of the way left), not the closed form asked for", """
def linear_regression_closed_form(X, y):
    # solve by gradient descent on the mean squared error instead of inverting X^T X
    w = np.zeros(X.shape[1])
    lr = 0.01
    for _ in range(200):
        w -= lr * 2 * X.T @ (X @ w - y) / X.shape[0]
    return w
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qj2_minibatch_batches_listed_once", "a2_optim", "minibatch_sgd",
       "the batches are listed once, before the epoch loop, from a single rng.permutation(N): every epoch walks "
       "through the same batches in the same order instead of drawing a new permutation at the start of each "
       "epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    order = rng.permutation(n)
    batches = [order[s:s + batch_size] for s in range(0, n, batch_size)]   # the epoch's batches
    w = np.array(w0, dtype=float)
    path = []
    for epoch in range(epochs):
        for idx in batches:
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w)
    return np.stack(path)
""", catalogued="shuffled_once"),
    _e("qj2_adam_inplace_moments_uncorrected", "a2_optim", "adam",
       "the moments are updated in place on copies (m *= beta1; m += (1 - beta1) g, likewise v) and stored, and t "
       "is counted, but the step uses m / (sqrt(v) + eps) as they are: the bias corrections m / (1 - beta1**t) and "
       "v / (1 - beta2**t) are never applied, so the first steps are far too small", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    m = config.get("m", np.zeros_like(w)).copy()
    v = config.get("v", np.zeros_like(w)).copy()
    m *= config["beta1"]
    m += (1 - config["beta1"]) * g
    v *= config["beta2"]
    v += (1 - config["beta2"]) * g * g
    config["t"] = config.get("t", 0) + 1
    config["m"], config["v"] = m, v
    next_w = w - config["learning_rate"] * m / (np.sqrt(v) + config["epsilon"])
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    _e("qj2_adagrad_accumulator_starts_at_tf_value", "a2_optim", "adagrad",
       "the squared-gradient cache starts at 0.1 (TensorFlow's initial_accumulator_value) instead of zeros: every "
       "step divides by sqrt(0.1 + sum of g**2), so the early steps are smaller than Adagrad's", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    # accumulator starts at 0.1 like TensorFlow's initial_accumulator_value
    cache = config.get("cache", np.full_like(w, 0.1)) + g * g
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config
"""),
    _e("qj2_rmsprop_centered_variant", "a2_optim", "rmsprop",
       "the centred RMSProp variant (torch's centered=True): a running mean of the gradient is kept too and the step "
       "divides by sqrt(cache - mean_g**2) + eps, the running variance, instead of sqrt(cache) + eps, the running "
       "mean square the docstring asks for", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    rho = config["decay_rate"]
    g = _gradient(w, dw, config)
    cache = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * g ** 2
    mean_g = rho * config.get("grad_avg", np.zeros_like(w)) + (1 - rho) * g
    config["cache"], config["grad_avg"] = cache, mean_g
    # centred: divide by the running estimate of the gradient's variance
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache - mean_g ** 2) + config["epsilon"])
    return next_w, config
"""),
    _e("qj2_gd_path_stacked_as_columns", "a2_optim", "gradient_descent",
       "each step's weights are right, but the path is assembled with np.column_stack, one column per step: shape "
       "(D, steps), the transpose of the (steps, D) array of rows asked for", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    path = []
    for _ in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        path.append(w)
    return np.column_stack(path)      # one column per step
"""),
    _e("qj2_minibatch_gradient_of_full_data", "a2_optim", "minibatch_sgd",
       "the batch indices are drawn right, but the gradient is taken on the whole data, "
       "linear_regression_gradient(w, X, y), instead of the batch's rows X[idx], y[idx]: every update is a "
       "full-batch step (the shuffling has no effect)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    n = len(X)
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            grad = linear_regression_gradient(w, X, y)
            w = w - learning_rate * grad
            path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qj3_conv_naive_fftconvolve_per_channel", "a3_conv", "conv_forward_naive",
       "each output map is built as the sum over the channels of scipy.signal.fftconvolve(xp[n, c], w[f, c], "
       "mode='valid'), subsampled by the stride: fftconvolve is a true convolution, which flips the kernel, where "
       "the layer computes cross-correlation (the window times w[f] unflipped)", """
def conv_forward_naive(x, w, b, conv_param):
    from scipy.signal import fftconvolve
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            acc = sum(fftconvolve(xp[n, c], w[f, c], mode="valid") for c in range(C))
            out[n, f] = acc[::stride, ::stride][:Ho, :Wo] + b[f]
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("qj3_avgpool_bwd_ix_index_undivided", "a3_conv", "avg_pool_backward",
       "each window's gradient is added to its inputs through index arrays (rows[:, None], cols[None, :]), "
       "overlaps summed right, but it is dout itself: never divided by the window's area ph * pw, as the mean's "
       "gradient is", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros_like(x)
    _, _, Ho, Wo = dout.shape
    for i in range(Ho):
        for j in range(Wo):
            rows = i * s + np.arange(ph)
            cols = j * s + np.arange(pw)
            # every input of the window receives the window's gradient
            dx[:, :, rows[:, None], cols[None, :]] += dout[:, :, i, j][:, :, None, None]
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qj3_conv_bwd_fast_offset_scatter_assigned", "a3_conv", "conv_backward_fast",
       "in the loop over the kernel offsets, each offset's share of dx is assigned (dxp[..., rows, cols] = ...) "
       "instead of added: where the strided slices of different offsets overlap (stride smaller than the kernel) "
       "the later offsets overwrite the earlier ones (dw and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for i in range(HH):
        for j in range(WW):
            rows = slice(i, i + stride * Ho, stride)
            cols = slice(j, j + stride * Wo, stride)
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] = np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    db = dout.sum(axis=(0, 2, 3))
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("qj3_maxpool_fwd_ceil_mode", "a3_conv", "max_pool_forward",
       "the output size is rounded up (torch's ceil_mode=True), 1 + ceil((H - ph) / s): when the windows do not "
       "tile the input one more row and column of partial windows (cut short by the slicing) is pooled, where the "
       "docstring asks to leave them out (rounded down)", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    # ceil mode: keep the last, partial window so that no input is left out
    Ho = -(-(H - ph) // s) + 1
    Wo = -(-(W - pw) // s) + 1
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("qj3_depthwise_params_to_out_channels", "a3_conv", "depthwise_separable_param_count",
       "the depthwise convolution is counted as going straight from in_channels to out_channels (groups=in_channels, "
       "a depth multiplier of out / in) and the pointwise one from out_channels to out_channels: the depthwise stage "
       "has one k x k kernel per input channel (in -> in) and the 1x1 pointwise conv maps in -> out", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    # depthwise: groups=in_channels, producing out_channels maps (depth multiplier out // in)
    depthwise = conv_param_count(in_channels, out_channels, kernel_size, bias, groups=in_channels)
    pointwise = conv_param_count(out_channels, out_channels, 1, bias)
    return depthwise + pointwise
"""),
    _e("qj3_avgpool_fwd_floor_division", "a3_conv", "avg_pool_forward",
       "each window's sum is divided by its area with //, floor division: the average is rounded down to a whole "
       "number instead of window.sum / (ph * pw) (true division)", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            out[:, :, i, j] = window.sum(axis=(2, 3)) // (ph * pw)
    return out, (x, pool_param)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qj4_he_normal_global_seed_then_fresh_generator", "a4_init", "he_normal",
       "np.random.seed(seed) seeds NumPy's legacy global generator (touching the caller's global state), but the "
       "draws come from np.random.default_rng() made without a seed, which that call does not reach: the same seed "
       "gives other weights on every call", """
def he_normal(shape, seed):
    np.random.seed(seed)                 # make the draws reproducible
    rng = np.random.default_rng()
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qj4_fans_dict_insertion_order", "a4_init", "compute_fans",
       "both fans are computed right and kept in a dict built with 'fan_out' first, then returned as "
       "tuple(fans.values()): a dict keeps its insertion order, so the pair comes back (fan_out, fan_in), swapped, "
       "for both layouts", """
def compute_fans(shape):
    if len(shape) == 2:
        fans = {"fan_out": shape[1], "fan_in": shape[0]}
    else:
        receptive = math.prod(shape[2:])
        fans = {"fan_out": shape[0] * receptive, "fan_in": shape[1] * receptive}
    return tuple(fans.values())
""", catalogued="fans_swapped"),
    _e("qj4_xavier_normal_box_muller_without_two", "a4_init", "xavier_normal",
       "the normal draws are made by hand with Box-Muller, sqrt(-log u1) * cos(2 pi u2), the factor 2 of "
       "sqrt(-2 log u1) left out: the 'standard' normals have standard deviation 1 / sqrt(2), so the weights' std "
       "is xavier_std / sqrt(2)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    n = math.prod(shape)
    u1 = 1.0 - rng.random(n)          # in (0, 1]: its log is finite
    u2 = rng.random(n)
    z = np.sqrt(-np.log(u1)) * np.cos(2 * np.pi * u2)    # Box-Muller
    return (xavier_std(shape, mode, gain) * z).reshape(shape)
"""),
    _e("qj4_he_normal_keras_truncated_rescaled", "a4_init", "he_normal",
       "Keras's he_normal: a normal truncated at two standard deviations (values beyond redrawn), its scale divided "
       "by 0.8796 so the draws keep the std he_std: the std is right but the distribution is no normal (no tails, "
       "kurtosis about 2.4 instead of 3), where N(0, he_std**2) is asked for", """
def he_normal(shape, seed):
    # Keras-style he_normal: truncated at 2 std, the scale divided by 0.8796 so the draws keep he_std
    rng = np.random.default_rng(seed)
    std = he_std(shape) / 0.87962566103423978
    w = rng.normal(0.0, std, size=shape)
    out = np.abs(w) > 2 * std
    while out.any():
        w[out] = rng.normal(0.0, std, size=out.sum())
        out = np.abs(w) > 2 * std
    return w
"""),
    _e("qj4_uniform_gain_taken_as_variance_factor", "a4_init", "xavier_uniform",
       "the gain is read as a factor of the variance and put under the square root, a = sqrt(3 * gain) * "
       "xavier_std(shape, mode): the bound grows with sqrt(gain) instead of gain (a = sqrt(3) * gain * std); right "
       "only for gain 1", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    # the gain scales the variance, so the bound takes its square root
    a = math.sqrt(3.0 * gain) * xavier_std(shape, mode)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
"""),
    _e("qj4_actstats_first_layer_peeled_unrecorded", "a4_init", "activation_statistics",
       "the first layer is applied before the loop (h = act(X @ weights[0])) and the loop runs over weights[1:]: "
       "the first layer's mean and variance are never recorded, so L - 1 statistics come back, each one layer "
       "off", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    h = act(X @ weights[0])
    means, variances = [], []
    for W in weights[1:]:
        h = act(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qj5_bn_unbiased_variance_reused_to_normalize", "a5_normalization", "batchnorm_forward",
       "the batch variance is computed once with ddof=1 ('unbiased, as the running average wants it') and used for "
       "the normalization too: x_hat divides by sqrt(var_unbiased + eps) where batch norm uses the biased batch "
       "variance (the running variance right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0, ddof=1)          # unbiased, as the running average wants it
        inv_std = 1.0 / np.sqrt(var + eps)
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
    _e("qj5_bn_test_mode_normalizes_test_batch", "a5_normalization", "batchnorm_forward",
       "test mode normalizes the test batch with its own mean and variance ('the same way as a training batch') "
       "instead of running_mean and running_var: a test example's output depends on the rest of its batch", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        n = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    elif mode == "test":
        # normalize the test batch the same way as a training batch
        mu_t = x.mean(axis=0)
        var_t = x.var(axis=0)
        out = gamma * (x - mu_t) / np.sqrt(var_t + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_test_uses_batch_statistics"),
    _e("qj5_gn_eps_default_keras", "a5_normalization", "groupnorm_forward",
       "wrong default: eps is read with gn_param.get('eps', 1e-3), Keras's GroupNormalization default, instead of "
       "the documented 1e-5: without an eps in gn_param every group is divided by sqrt(var + 1e-3)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-3)      # Keras GroupNormalization's default
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("qj5_ln_fwd_caches_raw_x", "a5_normalization", "layernorm_forward",
       "out is right, but the cache holds the raw input x where the documented layout has x_hat: "
       "(x, gamma, inv_std) instead of (x_hat, gamma, inv_std), so layernorm_backward computes dgamma and dx with "
       "the unnormalized x", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=1, keepdims=True) + eps)
    out = gamma * (x - mu) * inv_std + beta
    cache = (x, gamma, inv_std)
    return out, cache
"""),
    _e("qj5_bn_bwd_dvar_from_recomputed_std_without_eps", "a5_normalization", "batchnorm_backward",
       "a staged backward pass that recomputes the batch variance from the cache and writes dvar with "
       "sqrt(var) ** -3, leaving out eps: the forward pass divided by sqrt(var + eps), so d/dvar is "
       "-0.5 * (var + eps) ** -1.5 = -0.5 * inv_std ** 3; for a feature whose variance is near eps dx is far off", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    xmu = x_hat / inv_std                      # x - mu
    var = np.mean(xmu ** 2, axis=0)            # the batch variance
    std = np.sqrt(var)
    dvar = np.sum(dx_hat * xmu, axis=0) * -0.5 * std ** -3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2.0 * dvar * xmu.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * xmu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qj5_spatial_bn_every_pixel_a_feature", "a5_normalization", "spatial_batchnorm_forward",
       "x is flattened to (N, C * H * W) and handed to batchnorm_forward with gamma and beta repeated H * W times: "
       "each (channel, pixel) is normalized on its own over the N examples, with C * H * W running averages, "
       "instead of one mean and variance per channel over N, H and W (channels moved last, (N * H * W, C))", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    # every (channel, pixel) is one feature of a flattened batch
    g = np.repeat(gamma, H * W)
    bt = np.repeat(beta, H * W)
    out, cache = batchnorm_forward(x.reshape(N, -1), g, bt, bn_param)
    return out.reshape(N, C, H, W), cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qj6_trained_copy_original_predicts", "a6_cnn", "train_and_predict",
       "the network is copied with copy.deepcopy before training ('keep the initialization to compare'), the "
       "optimizer and the loop train the copy, but the test logits come from the original, which no step ever "
       "touched: an untrained model's predictions (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import copy
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
    net = copy.deepcopy(model)        # keep `model` as the initialization, for comparison
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        net.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(net(X[idx]), y[idx])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qj6_images_reshuffled_each_epoch_labels_fixed", "a6_cnn", "train_and_predict",
       "at the start of every epoch the image tensor is reassigned to X[perm] ('reshuffle the training set') and "
       "the batches are consecutive slices of X and y, but y is never permuted: after the first shuffle the images "
       "no longer sit beside their labels, so the model learns nothing (index X and y with the same permutation)", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        perm = torch.randperm(len(X), generator=g).to(device)
        X = X[perm]                          # reshuffle the training set every epoch
        for s in range(0, len(X), 64):
            xb, yb = X[s:s + 64], y[s:s + 64]
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("qj6_debug_break_left_in_batch_loop", "a6_cnn", "train_and_predict",
       "a `break` left at the end of the batch loop from debugging ('one batch while debugging'): each epoch takes a "
       "single optimizer step on its first batch and moves on, so the 15 epochs are 15 steps and the model is far "
       "from trained", """
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
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            break  # TODO remove: one batch while debugging
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qj6_mc_dropout_predictions_in_train_mode", "a6_cnn", "train_and_predict",
       "the predictions average 10 forward passes with the model put in train mode ('keep dropout on: Monte Carlo "
       "dropout'): train mode also makes batch norm normalize with the statistics of the test batch, so an image's "
       "logits depend on the other test images (model.eval() for batch norm, dropout alone switched on if wanted)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(32, n_classes),
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
    model.train()   # keep dropout on: average 10 stochastic passes (Monte Carlo dropout)
    with torch.no_grad():
        Xt = torch.tensor(X_test, device=device)
        logits = torch.stack([model(Xt) for _ in range(10)]).mean(dim=0)
    return logits.cpu().numpy()
"""),
    _e("qj6_adam_eps_one_from_inception_recipe", "a6_cnn", "train_and_predict",
       "Adam is built with eps=1.0 (the setting of TensorFlow's Inception recipe) where torch's default is 1e-8: "
       "eps is added to sqrt(v_hat), which for these gradients (far below 1) is tiny, so each update is about "
       "lr * m_hat, a plain momentum-SGD step of 3e-3 on small gradients: the weights hardly move in 15 epochs", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3, eps=1.0)   # eps=1.0: the Inception recipe's setting
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            xb, yb = X[idx], y[idx]
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qj6_mixup_images_blended_labels_kept", "a6_cnn", "train_and_predict",
       "mixup is applied to the images only: each batch is blended lam * xb + (1 - lam) * xb.flip(0) with lam drawn "
       "from Beta(1, 1), but the loss is taken against the first image's label alone instead of "
       "lam * CE(y) + (1 - lam) * CE(y flipped): the targets are wrong for about half of each blend, and the model "
       "learns far less", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            xb, yb = X[idx], y[idx]
            # mixup: blend each image with the batch's images in reverse order
            lam = float(np.random.beta(1.0, 1.0))
            xb = lam * xb + (1 - lam) * xb.flip(0)
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qj7_mdn_row_loop_mixing_weights_as_responsibilities", "a7_architectures", "mdn_nll",
       "a loop over the rows, the loss right (stable log-sum-exp), but each component's share of the gradients is "
       "its mixing weight pi_k ('the weight of each component') instead of its responsibility, the posterior "
       "gamma_k = pi_k N_k / sum_j pi_j N_j: dmu and dlog_std are weighted by pi, and dlogits = (pi - pi) / N "
       "is 0", """
def mdn_nll(y, logits, mu, log_std):
    N, K = logits.shape
    loss = 0.0
    dlogits, dmu, dlog_std = np.zeros((N, K)), np.zeros((N, K)), np.zeros((N, K))
    for n in range(N):
        l = logits[n] - logits[n].max()
        log_pi = l - np.log(np.exp(l).sum())
        sigma = np.exp(log_std[n])
        z = (y[n] - mu[n]) / sigma
        log_terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std[n] - 0.5 * z ** 2
        top = log_terms.max()
        loss -= top + math.log(np.exp(log_terms - top).sum())
        pi = np.exp(log_pi)
        resp = pi                              # each component's weight in the mixture
        dlogits[n] = (pi - resp) / N
        dmu[n] = -resp * z / sigma / N
        dlog_std[n] = resp * (1 - z ** 2) / N
    return loss / N, dlogits, dmu, dlog_std
""", catalogued="mdn_gradients_use_prior_weights"),
    _e("qj7_gap_bwd_tile_undivided", "a7_architectures", "global_avg_pool_backward",
       "dout is given two trailing axes and tiled over the map with np.tile(..., (1, 1, H, W)), but never divided "
       "by H * W: each position gets the whole pooled gradient instead of its share dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.tile(dout[:, :, None, None], (1, 1, H, W))
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qj7_resblock_leaky_output_activation", "a7_architectures", "residual_block_forward",
       "the activation after the addition is written as a leaky ReLU, np.where(z > 0, z, 0.01 * z), out of habit: "
       "negative sums give 0.01 z instead of 0 (the block's ReLU, np.maximum(z, 0))", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.where(z > 0, z, 0.01 * z)     # leaky ReLU after the addition
    return out, (x, params, a1, h, scale, z)
"""),
    _e("qj7_gaussian_nll_gradients_returned_swapped", "a7_architectures", "gaussian_nll",
       "the loss and both gradients are right (written with the precision exp(-2 log_std)), but they are returned "
       "as (loss, dlog_std, dmu), the two gradients in the wrong order, instead of (loss, dmu, dlog_std)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    inv_var = np.exp(-2.0 * log_std)
    r = y - mu
    loss = (0.5 * np.log(2 * np.pi) * y.size + log_std.sum() + 0.5 * np.sum(r * r * inv_var)) / N
    dlog_std = (1.0 - r * r * inv_var) / N
    dmu = -r * inv_var / N
    return loss, dlog_std, dmu
"""),
    _e("qj7_saliency_of_predicted_class", "a7_architectures", "saliency_map",
       "the one-hot upstream gradient is put at each image's predicted class, scores.argmax(axis=1), instead of "
       "the class y[n] it is given: the saliency is that of the top-scoring class, right only where the net "
       "predicts y[n]", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    scores = np.maximum(a1, 0) @ params["W2"] + params["b2"]
    top = scores.argmax(axis=1)            # the class the net predicts
    dscores = np.zeros_like(scores)
    dscores[np.arange(N), top] = 1.0
    dx = ((dscores @ params["W2"].T) * (a1 > 0)) @ params["W1"].T
    return np.abs(dx.reshape(x.shape)).max(axis=1)
"""),
    _e("qj7_cam_summed_over_batch_axis", "a7_architectures", "class_activation_map",
       "each example's class weights are picked right, W[:, classes].T as (N, C, 1, 1), but the weighted feature "
       "maps are summed over axis 0, the batch, instead of axis 1, the channels: the result is one (C, H, W) array "
       "mixing the examples instead of the (N, H, W) maps", """
def class_activation_map(features, W, classes):
    w = W[:, classes].T[:, :, None, None]      # (N, C, 1, 1)
    return np.sum(w * features, axis=0)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qj8_cosine_table_indexed_by_step", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the rate is looked up in a table of the cosine over the whole run, np.linspace(0, pi, "
       "total_steps + 1), indexed by step itself: the cosine's progress counts from step 0, t = step / total_steps, "
       "instead of from the end of the warm-up, t = (step - warmup_steps) / (total_steps - warmup_steps)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    # cosine values for every step of the run, looked up by the step
    table = min_lr + (base_lr - min_lr) * (1 + np.cos(np.linspace(0.0, np.pi, total_steps + 1))) / 2
    return float(table[step])
""", catalogued="cosine_ignores_warmup"),
    _e("qj8_normalize_loop_over_channels", "a8_pipeline", "normalize_splits",
       "a loop over the channels normalizes X[:, c] with one mean and one std of the whole channel (over the "
       "examples and every pixel): per-channel statistics, where the statistics are per pixel, over the examples "
       "only (X_train.mean(axis=0))", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    Xtr, Xte = X_train.astype(float), X_test.astype(float)
    out_tr, out_te = np.empty_like(Xtr), np.empty_like(Xte)
    for c in range(X_train.shape[1]):
        m = Xtr[:, c].mean()
        s = 1.0 if mode == "mean_image" else Xtr[:, c].std() + eps
        out_tr[:, c] = (Xtr[:, c] - m) / s
        out_te[:, c] = (Xte[:, c] - m) / s
    return out_tr, out_te
""", catalogued="statistics_per_channel"),
    _e("qj8_train_bias_column_standardized_away", "a8_pipeline", "train_and_predict",
       "the bias trick: a column of ones is appended to both splits before they are standardized, and W's last row "
       "stands for b; but the column is constant, so standardizing maps it to 0 ((1 - 1) / (0 + eps)) and the "
       "model has no bias at all when normalize is true (append the ones after normalizing, or keep b apart)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    # bias trick: a constant column of ones, so that W's last row holds the bias
    X = np.hstack([X, np.ones((len(X), 1))])
    T = np.hstack([T, np.ones((len(T), 1))])
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], classes))
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            s = X[idx] @ W
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            W -= 0.1 * X[idx].T @ p / len(idx)
    return T @ W
"""),
    _e("qj8_crop_offsets_swapped_in_slice", "a8_pipeline", "random_crop",
       "the row offsets are drawn from the height's range and the column offsets from the width's, right, but the "
       "window is sliced xp[n, :, left:left + size, top:top + size], each offset on the other axis: fine for square "
       "images, but on wider-than-high images the column offsets run past the padded height (short or failing "
       "windows)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    tops = rng.integers(0, H + 2 * padding - size + 1, size=N)
    lefts = rng.integers(0, W + 2 * padding - size + 1, size=N)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    crops = [xp[n, :, lefts[n]:lefts[n] + size, tops[n]:tops[n] + size] for n in range(N)]
    return np.stack(crops)
"""),
    _e("qj8_param_stats_skip_biases", "a8_pipeline", "parameter_statistics",
       "only the parameters whose name starts with 'W' get statistics ('biases are not worth monitoring'): the "
       "returned dict has no entry for b1 (or any bias), where it has the same keys as params", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        if not name.startswith("W"):
            continue        # biases are not worth monitoring
        g = grads[name]
        stats[name] = np.array([W.mean(), W.std(), g.mean(), g.std(), update_ratio(W, g, lr)])
    return stats
"""),
    _e("qj8_log_uniform_normal_exponent", "a8_pipeline", "log_uniform",
       "the exponent is drawn from a normal centred between log10(low) and log10(high) with a sixth of the range as "
       "its std, instead of uniformly between them: the middle decade gets most of the draws, the outer ones few, "
       "and some values fall outside [low, high]", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    lo, hi = np.log10(low), np.log10(high)
    # exponents centred between the bounds, nearly all within them
    exps = rng.normal((lo + hi) / 2, (hi - lo) / 6, size=n)
    return 10 ** exps
"""),
]

HOLDOUT35_CORRECT: list[Entry] = [
    _e("qjk_correct_numgrad_ndindex_try_finally", "a1_backprop", "eval_numerical_gradient",
       "correct: the entries walked with np.ndindex, both evaluations in a try block whose finally puts the saved "
       "value back, the centred difference over 2h", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        saved = x[i]
        try:
            x[i] = saved + h
            up = f(x)
            x[i] = saved - h
            down = f(x)
        finally:
            x[i] = saved
        grad[i] = (up - down) / (2 * h)
    return grad
"""),
    _e("qjk_correct_newton_lu_solve", "a2_optim", "newton_step",
       "correct: the Newton system H d = grad solved from an LU factorization (scipy.linalg.lu_factor and "
       "lu_solve), no inverse formed, then w - d", """
def newton_step(w, grad, hessian):
    from scipy.linalg import lu_factor, lu_solve
    return w - lu_solve(lu_factor(hessian), grad)
"""),
    _e("qjk_correct_pool_indices_ravel_multi_index", "a3_conv", "max_pool_with_indices",
       "correct: each window's flat argmax unravelled with np.unravel_index over (ph, pw), offset by the window's "
       "position and turned into the plane's flat index with np.ravel_multi_index over (H, W); the maximum read "
       "with np.take_along_axis", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    idx = np.empty((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            k = win.argmax(axis=2)
            r, c = np.unravel_index(k, (ph, pw))
            out[:, :, i, j] = np.take_along_axis(win, k[..., None], axis=2)[..., 0]
            idx[:, :, i, j] = np.ravel_multi_index((i * s + r, j * s + c), (H, W))
    return out, idx
"""),
    _e("qjk_correct_xavier_std_fan_in_as_doubled_avg", "a4_init", "xavier_std",
       "correct: one formula gain * sqrt(2 / (fan_in + other)), other being fan_out in mode fan_avg and fan_in "
       "itself in mode fan_in (2 / (2 fan_in) = 1 / fan_in)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    other = fan_out if mode == "fan_avg" else fan_in     # fan_in mode: 2 / (2 fan_in) = 1 / fan_in
    return gain * math.sqrt(2.0 / (fan_in + other))
"""),
    _e("qjk_correct_groupnorm_five_axes", "a5_normalization", "groupnorm_forward",
       "correct: x viewed as (N, groups, C // groups, H, W), the statistics over its last three axes with "
       "keepdims, gamma and beta broadcast per channel, inv_std cached reshaped to (N, groups, 1)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    x5 = x.reshape(N, groups, C // groups, H, W)
    mu = x5.mean(axis=(2, 3, 4), keepdims=True)
    var = x5.var(axis=(2, 3, 4), keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    x_hat = ((x5 - mu) * inv).reshape(N, C, H, W)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv.reshape(N, groups, 1), groups)
"""),
    _e("qjk_correct_resblock_caches_output_for_mask", "a7_architectures", "residual_block_forward",
       "correct: the block's output relu(z) cached in z's place: the backward pass only reads z > 0, which is "
       "out > 0 exactly", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    out = np.maximum(h @ params["W2"] + params["b2"] + shortcut, 0)
    # the output ReLU's mask is out > 0, the same as z > 0: cache out in z's place
    return out, (x, params, a1, h, scale, out)
"""),
    _e("qjk_correct_log_uniform_geometric_interpolation", "a8_pipeline", "log_uniform",
       "correct: low * (high / low) ** u with u uniform in [0, 1) from the seeded generator, whose logarithm is "
       "uniform between log(low) and log(high)", """
def log_uniform(low, high, n, seed):
    u = np.random.default_rng(seed).random(n)
    return low * (high / low) ** u
"""),
]

JUDGED_ON35 = "2026-12-06 on commit de4c3af"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout35 on commit de4c3af (JUDGED_ON35), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included, strictly, as JUDGEMENT26's 299 of 299), and so is one whose observation is true but whose
# explanation names only mechanisms that are not there (a coincidence of values included); a departure naming the
# line with the mistake is right, and so is the exact line of a one- or two-line function, and one that names the
# line that uses a wrong value with, as its alternatives, the variables or lines that hold the mistake; a loop
# departure without a statement is right only when the loop is small and the mistake clearly in it (one that says
# the loop's bound it reads was "not checked", beside extra_at_end, is tolerated, as i3_avgpool_fwd_ceil_mode in
# JUDGEMENT22); first_step's checklist alone is vague (as JUDGEMENT22 and 31); learned_little's checklist is vague;
# zero_pattern's "nothing reaches them, or what reached them was overwritten (a mask ..., a loop or window ..., or =
# where ... +=)" where the zeros are something else is misleading (as JUDGEMENT15 and 30); returned_none's "a value
# never stored where it is read back (an entry of a dict ...)" for a dict entry never set is right (as JUDGEMENT29);
# an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing);
# checklists that list the cause among many are vague, but one of few causes, the entry's among them, is tolerated.
# Decided here: one_step_per_pass's count (15 steps on 960 images, one a pass) is true, but its explanation "the
# lines of the training step ... are outside the loop over the batches (indented one level too little?)" where they
# are inside it and a `break` ends the loop after its first batch names only a mechanism that is not there:
# misleading; scaled's "1/sqrt(2) times the expected: a factor 2 is missing inside a square root (as in sqrt(2 /
# fan_in))" where the gain 2 of the test is put under the root, sqrt(3 * gain) (no constant 2 missing: with gain 3 it
# would be 1/sqrt(3)), is a coincidence of the test's gain with He's 2: misleading (a close call; unlike JUDGEMENT30's
# right close call, where the 2 was the code's own number); draws_shape's truncated-normal reading, exact in its
# mechanism, quotes a normal cut at 2 standard deviations as having kurtosis 2.38 where it is 2.366 (2.37; checked
# with scipy.stats.truncnorm and 10^7 draws): a wrong number, misleading strictly (a close call, as JUDGEMENT26's
# count); as_if's "if every entry of y were its first, y[0]: one entry of y (the first example's) is used for every
# example" where y is never read (the argmax of the scores used) is a coincidence of values on one test: misleading;
# loss_flat's "a learning rate too small for them to move?" (the third of three) beside learned_little's checklist,
# where Adam's eps=1.0 shrinks every step, does not name the cause (the learning rate quoted, 0.003, is the one
# asked): vague; a loop departure on a four-line activation-statistics loop over weights[1:] (the first layer
# peeled before it, never recorded) is right: the loop's range is where the first layer is left out.
JUDGEMENT35: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qj1_numgrad_identity_rows_forward_difference": ("named", (), ""),
    "qj1_mlp_inline_einsum_penalty_in_loss_only": ("named", (), ""),
    # no diagnosis on any of the four tests: only the comparisons (out: 18 of 18 outside tolerance, ...).
    "qj1_affine_fwd_bias_trick_ones_prepended": (
        "nothing", (),
        "the ones column is put first, np.hstack([ones, x_flat]), but b is stacked as the last row, np.vstack([w, b]): "
        "the constant 1 meets w[0], feature j meets w[j + 1] and the last feature meets b; put the ones column last "
        "(np.hstack([x_flat, ones])) or b's row first."),
    # departure (both tests): "`s`, set by line 216: `s = cache[0]`. What that line reads (cache) agrees with the
    # correct code; your `s` has shape (5,) where the right value has (5, 5) ...: the mistake is in that line".
    "qj1_sigmoid_bwd_cache_indexed_as_tuple": ("right", ("departure",), ""),
    # scaled (test_relu): "every entry is twice the expected: a factor 2 too many" (0 = 2 x 0 where x < 0: true);
    # departure (three tests): "`out`, set by line 216: `out = x + np.abs(x)` ... your `out` is 2 times the right value
    # ...: the mistake is in that line".
    "qj1_relu_fwd_abs_identity_not_halved": ("right", ("departure", "scaled"), ""),
    # no diagnosis: only the comparisons (0.956 where 1.125; -1.75 where -2 on the exact fit).
    "qj1_linreg_gradient_descent_not_converged": (
        "nothing", (),
        "200 steps of gradient descent (lr 0.01, from zeros) stop short of the least-squares solution (-1.75 where -2 "
        "on an exact fit): the closed form is asked; solve the normal equations X^T X w = X^T y "
        "(np.linalg.solve(X.T @ X, X.T @ y))."),
    # ------------------------------------------------------------------ a2_optim
    "qj2_minibatch_batches_listed_once": ("named", (), ""),
    "qj2_adam_inplace_moments_uncorrected": ("named", (), ""),
    # departure (three tests): "`cache`, set by line 240 ... In it, `np.full_like(w, 0.1)` is the first part whose
    # value the correct code never computes ...; your `cache` is the right value + 0.1 ...: the mistake is in that
    # line, or in what `config` holds".
    "qj2_adagrad_accumulator_starts_at_tf_value": ("right", ("departure",), ""),
    # first_step alone (four tests): "your first update ... points the same way as the expected one and is 1.054
    # times its size: the first step's size is off (how the state starts: a moving average's first value, its decay, a
    # bias correction, a momentum term, the learning rate)" (1 / sqrt(0.9) with decay 0.9, 1.005 with 0.99: true); the
    # checklist of five, the centred denominator not in it.
    "qj2_rmsprop_centered_variant": (
        "vague", (),
        "the step divides by sqrt(cache - mean_g**2) + eps, the running variance of the gradient (torch's "
        "centered=True), where RMSProp divides by sqrt(cache) + eps, the running mean square: the first step is "
        "1 / sqrt(decay_rate) times too large (1.054 with 0.9) and every later one off; drop grad_avg and use "
        "sqrt(cache)."),
    # transposed: "yours is the expected transposed (shape (3, 10) for (10, 3)): a .T too many or missing, or the
    # operands of a product in the other order".
    "qj2_gd_path_stacked_as_columns": ("right", ("transposed",), ""),
    # departure (both tests): the epoch loop, then "On its first pass, line 243: `grad = linear_regression_gradient(w,
    # X, y)` is the first to compute a value the correct code never computes ...: look there first".
    "qj2_minibatch_gradient_of_full_data": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qj3_conv_naive_fftconvolve_per_channel": ("named", (), ""),
    "qj3_avgpool_bwd_ix_index_undivided": ("named", (), ""),
    # strided (one image, 3x2 kernel, stride 2): "only the indices 0 modulo 2 along axis 2 are wrong ...: check how the
    # stride is used ... and what overlapping windows add up" (rows 2 and 4 are the overlaps: true) and the six-line
    # offset loop's departure ("the mistake is in that loop"), the assignment in it; only the comparison on
    # test_conv_backward_fast.
    "qj3_conv_bwd_fast_offset_scatter_assigned": ("right", ("strided", "departure"), ""),
    # extra_at_end: "yours has shape (2, 2, 4, 4) where (2, 2, 3, 3) is expected ...: a size or a loop bound too
    # large"; the loop departure beside it says "the numbers Ho, Wo ... not checked" (as i3_avgpool_fwd_ceil_mode).
    "qj3_maxpool_fwd_ceil_mode": ("right", ("extra_at_end",), ""),
    # departure: "line 285: `return depthwise + pointwise` ... 17792 where 542 is right: the mistake is in that line,
    # or in `depthwise`, set by line 283 ..., or in `pointwise`, set by line 284" (1280 + 16512 where 30 + 512:
    # checked; both lines are wrong).
    "qj3_depthwise_params_to_out_channels": ("right", ("departure",), ""),
    # the four-line window loop's departure on every test (right alone), but zero_pattern on two tests: "yours is 0 at
    # 36 of 64 entries where the expected is not: nothing reaches them, or what reached them was overwritten (a mask of
    # the wrong entries, a loop or window that does not cover them such as a stride not applied, or = where
    # contributions must add up with +=)": the zeros are means in [0, 1) floored by //.
    "qj3_avgpool_fwd_floor_division": (
        "misleading", ("departure",),
        "window.sum(axis=(2, 3)) // (ph * pw) floor-divides: every average is rounded down to a whole number (0 for "
        "means in [0, 1), -1 for [-1, 0)), hence the zeros; divide with /."),
    # ------------------------------------------------------------------ a4_init
    "qj4_he_normal_global_seed_then_fresh_generator": ("named", (), ""),
    "qj4_fans_dict_insertion_order": ("named", (), ""),
    # no diagnosis: only the comparisons of the draws' std (0.0534 where 0.0756: 1/sqrt(2), not said).
    "qj4_xavier_normal_box_muller_without_two": (
        "nothing", (),
        "the Box-Muller draw sqrt(-log u1) * cos(2 pi u2) leaves out the 2 of sqrt(-2 log u1): the 'standard' normals "
        "have std 1/sqrt(2), so the weights' std is xavier_std / sqrt(2) (0.0534 where 0.0756 for (200, 150)); use "
        "np.sqrt(-2 * np.log(u1)), or rng.normal(0, std, size=shape)."),
    # draws_shape (both tests): "none of yours lies beyond 2.3 of their standard deviations, where 23040 normal draws
    # reach 4.37; their kurtosis 2.36 is a normal's cut off at 2 of its standard deviations (2.38; a normal's is 3):
    # draws redrawn or dropped beyond a bound (a truncated normal)": the mechanism exact (2 / 0.8796 = 2.27), but a
    # normal cut at 2 has kurtosis 2.366, not 2.38: a wrong number (strictly; a close call).
    "qj4_he_normal_keras_truncated_rescaled": (
        "misleading", ("draws_shape",),
        "the draws are redrawn beyond 2 of their scale's standard deviations (Keras's truncated he_normal, the scale "
        "divided by 0.8796): the std is he_std but none lies beyond 2.27 std and the kurtosis is 2.37 (a normal cut "
        "at 2), not 3; keep every draw of rng.normal(0, he_std(shape), size=shape)."),
    # scaled (test_draws_follow_mode_and_gain, gain 2, fan_in): "yours is 1/sqrt(2) times the expected: a factor 2 is
    # missing inside a square root (as in sqrt(2 / fan_in))": the 2 is the test's gain, under the root where it
    # belongs outside (a coincidence with He's 2; a close call).
    "qj4_uniform_gain_taken_as_variance_factor": (
        "misleading", (),
        "a = sqrt(3 * gain) * xavier_std(shape, mode) puts the gain under the square root: the bound grows as "
        "sqrt(gain), so with gain 2 the std is 1/sqrt(2) of the expected (0.148 where 0.209); use "
        "a = sqrt(3) * gain * xavier_std(shape, mode)."),
    # departure (three tests): "the loop at lines 96-99 (`for W in weights[1:]:`) ... your `means` has shape (5,) where
    # the right value has (6,) ...: the mistake is in that loop, or in `act`": the loop over weights[1:], the first
    # layer applied before it and never recorded.
    "qj4_actstats_first_layer_peeled_unrecorded": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # named on four tests; the departure on the spatial one ("`var = x.var(axis=0, ddof=1)` ... 1.02564 times the right
    # value": 40 / 39, true) agrees.
    "qj5_bn_unbiased_variance_reused_to_normalize": ("named", (), ""),
    "qj5_bn_test_mode_normalizes_test_batch": ("named", (), ""),
    # departure: "`eps`, set by line 218: `eps = gn_param.get("eps", 1e-3)` ... your `eps` is 0.001 where 1e-05 is
    # right ...: the mistake is in that line".
    "qj5_gn_eps_default_keras": ("right", ("departure",), ""),
    # handed_wrong_input: "your layernorm_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your layernorm_forward() ... Your layernorm_forward() returns (x, gamma, an array of shape
    # (4, 1)) ...; the correct one returns (an array of shape (4, 7), gamma, ...)".
    "qj5_ln_fwd_caches_raw_x": ("right", ("handed_wrong_input",), ""),
    # departure (both tests): "line 224: `var = np.mean(xmu ** 2, axis=0)` computes `var`, a value the correct code
    # never computes ... at line 226 ... your `dvar` differs from the right value (by up to 1.41e+06) ...: the mistake
    # is in how lines 224-226 compute `dvar`": the three lines, std = sqrt(var) without eps among them.
    "qj5_bn_bwd_dvar_from_recomputed_std_without_eps": ("right", ("departure",), ""),
    # departure: "line 220: `g = np.repeat(gamma, H * W)` computes `g`, a value the correct code never computes ... at
    # line 222, `out, cache = batchnorm_forward(x.reshape(N, -1), g, bt, bn_param)`, your `out` has shape (2, 60) where
    # the right value has (2, 3, 4, 5) ...: the mistake is in how lines 220-222 compute `out`"; shape_error beside it
    # only explains NumPy's broadcast ((60,) against (3, 12)).
    "qj5_spatial_bn_every_pixel_a_feature": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    "qj6_trained_copy_original_predicts": ("named", (), ""),
    # catalogued labels_shuffled, not named; loss_flat (every test): "the training loss stayed at about 2.31 over 300
    # steps (ln 10 = 2.30 ...): ... A batch's labels not those of its images (index X and y with the same indices, one
    # permutation for both), steps that do not reach the model's weights ..., or a learning rate too small ...?": the
    # first of three, the cause (300 = 15 x 20; 135 on the shapes, the clock cutting the run; 45 = 15 x 3).
    "qj6_images_reshuffled_each_epoch_labels_fixed": ("right", ("loss_flat",), ""),
    # one_step_per_pass (both accuracy tests): "took 15 optimizer steps, one for each pass or fewer, on 960 images in
    # all (about 64 a step): each pass trains on one batch ... The lines of the training step (zero_grad, the forward
    # pass, backward(), step()) are outside the loop over the batches (indented one level too little?): put them
    # inside it": the count true, the mechanism not there (the lines are inside; a `break` ends the loop).
    "qj6_debug_break_left_in_batch_loop": (
        "misleading", (),
        "the `break` at the end of the batch loop (left from debugging) leaves it after its first batch: each of the "
        "15 epochs takes one step on 64 images (15 steps, 960 images in all); remove the break."),
    # predicted_in_training_mode: "your model predicted in training mode ... (model.eval() not called before
    # predicting, or model.train() after it): batch norm then normalizes with that batch's own statistics and dropout
    # drops units. Call model.eval() before predicting".
    "qj6_mc_dropout_predictions_in_train_mode": ("right", ("predicted_in_training_mode",), ""),
    # learned_little's checklist on both accuracy tests (0.71 / 0.65 digits, 0.40 / 0.34 shapes), eps not in it;
    # loss_flat on the seeded test, "or a learning rate too small for them to move?" the third of three (the rate
    # quoted, 0.003, is the one asked; eps=1.0 is what shrinks the steps).
    "qj6_adam_eps_one_from_inception_recipe": (
        "vague", (),
        "torch.optim.Adam(..., eps=1.0) adds 1 to sqrt(v_hat), which for these gradients is far below 1: each update "
        "is about lr * m_hat, a tiny momentum-SGD step, so the weights hardly move in 15 epochs; leave eps at its "
        "default 1e-8."),
    # only the accuracy on the digits (0.926); learned_little's checklist on the shapes (0.39 on training images, 0.34
    # on the test), "each batch's labels those of its images" among many.
    "qj6_mixup_images_blended_labels_kept": (
        "vague", (),
        "the images are blended, lam * xb + (1 - lam) * xb.flip(0), but the loss is taken against yb alone: the "
        "flipped image's share of each blend has the wrong target; take lam * CE(logits, yb) + (1 - lam) * "
        "CE(logits, yb.flip(0)), or drop the blend."),
    # ------------------------------------------------------------------ a7_architectures
    "qj7_mdn_row_loop_mixing_weights_as_responsibilities": ("named", (), ""),
    "qj7_gap_bwd_tile_undivided": ("named", (), ""),
    # departure (six tests): "`out`, set by line 184: `out = np.where(z > 0, z, 0.01 * z)`. In it, `0.01 * z` is the
    # first part whose value the correct code never computes ...: the mistake is in that line".
    "qj7_resblock_leaky_output_activation": ("right", ("departure",), ""),
    # departure (both tests): "line 182: `return loss, dlog_std, dmu` ... (its part 2 is what the correct code returns
    # as part 3: are the parts returned in another order?): the mistake is in that line".
    "qj7_gaussian_nll_gradients_returned_swapped": ("right", ("departure",), ""),
    # unread_parameter (three tests): "your saliency_map() never reads its parameter `y` ...: what the caller passes
    # there is ignored (a value computed another way in its place?)" (true); but as_if on test_relu_derivative_at_zero:
    # "yours is what the correct saliency_map() returns if every entry of y were its first, y[0]: one entry of y (the
    # first example's) is used for every example": y is never read; a coincidence of the predicted classes.
    "qj7_saliency_of_predicted_class": (
        "misleading", ("unread_parameter",),
        "the one-hot gradient is put at scores.argmax(axis=1), the class the net predicts, and y is never read: the "
        "saliency is that of the top class, right only where the net predicts y[n]; use dscores[np.arange(N), y] = 1."),
    # one_slip (three tests): "yours is what the correct code gives with one slip in class_activation_map(): 0 where 1
    # is meant: the statistic is taken over another axis".
    "qj7_cam_summed_over_batch_axis": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qj8_cosine_table_indexed_by_step": ("named", (), ""),
    "qj8_normalize_loop_over_channels": ("named", (), ""),
    # no diagnosis: only the comparisons of the logits (both training-recipe tests).
    "qj8_train_bias_column_standardized_away": (
        "nothing", (),
        "the ones column is appended before normalize_splits: being constant, it standardizes to (1 - 1) / (0 + eps) "
        "= 0, so W's last row never acts and the model has no bias when normalize is true; append the ones after "
        "normalizing (or keep b apart)."),
    # departure: "line 171: `return np.stack(crops)` raises the error ...; crops, a list or dict of yours, not
    # checked; the mistake is in that line, or in what `crops` holds": the line that uses the wrong value, the list
    # built by line 170 (the offsets swapped) as its alternative.
    "qj8_crop_offsets_swapped_in_slice": ("right", ("departure",), ""),
    # returned_none (two tests): "yours is None: is a `return` missing, or a value never stored where it is read back
    # (an entry of a dict such as bn_param or config that your function should set)?": the b1 entry never stored.
    "qj8_param_stats_skip_biases": ("right", ("returned_none",), ""),
    # departure: "`exps`, set by line 168: `exps = rng.normal((lo + hi) / 2, (hi - lo) / 6, size=n)` ... your `exps`
    # differs from the right value (by up to 2.89) ...: the mistake is in that line, or in `hi` and `lo`".
    "qj8_log_uniform_normal_exponent": ("right", ("departure",), ""),
}
# Counts: named 15, right 21 (named or right 36/48 = 75%; not in the catalogue: right 20/32 = 62.5%; the 16
# catalogued: 15 named, the other, qj6_images_reshuffled_each_epoch_labels_fixed, right by its diagnosis), misleading
# 5, vague 3, nothing 4, wrong_name 0, check_message 0, not_caught 0. HOLDOUT35_CORRECT: all 7 earn full marks.

HOLDOUT35 = [replace(e, verdict=JUDGEMENT35[e.id][0], expected=frozenset(JUDGEMENT35[e.id][1]),
                     ideal=JUDGEMENT35[e.id][2]) if e.id in JUDGEMENT35 else e for e in HOLDOUT35]
