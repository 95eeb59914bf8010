"""A thirtieth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit dd8043d (JUDGED_ON30, JUDGEMENT30 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout30.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT30 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT30_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT30: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qe1_sigmoid_bwd_second_factor_discarded", "a1_backprop", "sigmoid_backward",
       "dx is set to dout * s and the second factor is written on a line of its own, dx * (1 - s), an expression "
       "whose result is thrown away: the function returns dout * s instead of dout * s * (1 - s)", """
def sigmoid_backward(dout, cache):
    s = cache
    dx = dout * s
    dx * (1 - s)  # chain rule: the other factor of s(1 - s)
    return dx
""", catalogued="sigmoid_derivative_is_s"),
    _e("qe1_mlp_reg_grad_lowercase_key", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty is in the loss, but its gradient is added only to the keys for which name.startswith('w') "
       "holds, and the keys are 'W1' and 'W2' (upper case): no key matches, so reg * W never reaches dW1 and dW2 "
       "(right only with reg = 0)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * sum(np.sum(params[k] ** 2) for k in ("W1", "W2"))
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    for name, g in grads.items():
        if name.startswith("w"):  # the weights get the L2 term, the biases do not
            g += reg * params[name]
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    _e("qe1_tanh_fwd_out_into_x", "a1_backprop", "tanh_forward",
       "tanh is computed with np.tanh(x, out=x) ('no temporary array') and x returned as out and cache: the values "
       "are right, but the caller's input array is overwritten with tanh(x)", """
def tanh_forward(x):
    np.tanh(x, out=x)  # in place: no temporary array
    return x, x
"""),
    _e("qe1_softmax_returns_log_probs", "a1_backprop", "softmax",
       "the stable log-softmax, shifted - log(sum(exp(shifted))), is returned (the log-probabilities the loss "
       "works with) instead of the probabilities exp of it: the rows are negative and do not sum to 1", """
def softmax(scores):
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return shifted - log_norm
"""),
    _e("qe1_affine_dw_averaged_over_batch", "a1_backprop", "affine_backward",
       "dw is divided by the number of rows N ('average over the batch'): the 1/N of the mean loss is already "
       "inside dout, so dw = x_flat^T dout must be the plain sum over the batch (dx and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    dx = (dout @ w.T).reshape(x.shape)
    dw = x_flat.T @ dout / N  # average over the batch
    db = dout.sum(axis=0)
    return dx, dw, db
"""),
    _e("qe1_bce_probs_read_as_class_zero", "a1_backprop", "binary_cross_entropy_loss",
       "probs is read as the probability of class 0: the loss is -mean((1 - t) log p + t log(1 - p)) and dprobs "
       "its consistent gradient (-(1 - t) / p + t / (1 - p)) / n, the roles of the two classes swapped, where the "
       "loss is -mean(t log p + (1 - t) log(1 - p))", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    n = p.size
    # p: the probability of class 0
    loss = -np.sum((1 - t) * np.log(p) + t * np.log(1 - p)) / n
    dprobs = (-(1 - t) / p + t / (1 - p)) / n
    return loss, dprobs
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qe2_minibatch_order_default_argument", "a2_optim", "minibatch_sgd",
       "each epoch's batches come from an inner generator whose order is a default argument, "
       "order=rng.permutation(n): a default is evaluated once, when the inner function is defined, so every "
       "epoch visits the rows in that same first permutation instead of a new rng.permutation(N) per epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]

    def epoch_batches(order=rng.permutation(n)):
        for start in range(0, n, batch_size):
            yield order[start:start + batch_size]

    w = w0.astype(float).copy()
    path = []
    for _ in range(epochs):
        for idx in epoch_batches():
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("qe2_adam_local_t_bound_before_increment", "a2_optim", "adam",
       "t = config.setdefault('t', 0) binds the old count, then config['t'] += 1 increments the stored one only: "
       "the local t used in the bias corrections is still the old count, so the first step divides by "
       "1 - beta**0 = 0 (inf / nan weights) and every later one uses t - 1", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.setdefault("t", 0)
    config["t"] += 1  # count this step
    config["m"] = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    config["v"] = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    m_hat = config["m"] / (1 - b1 ** t)
    v_hat = config["v"] / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_t_incremented_after_use"),
    _e("qe2_adam_epsilon_default_keras", "a2_optim", "adam",
       "wrong default: epsilon defaults to 1e-7 (Keras's) instead of the docstring's 1e-8, so a call without "
       "config['epsilon'] divides by sqrt(v_hat) + 1e-7 (the weights drift from Adam's by about 1e-7 relative)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-7)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    config.update(t=t, m=m, v=v)
    m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("qe2_adadelta_accumulators_share_zeros", "a2_optim", "adadelta",
       "both accumulators default to the same zeros array (config.setdefault with one `zeros`) and are updated in "
       "place (*=, +=): acc_grad and acc_delta are one array, so the squared gradients and the squared steps are "
       "mixed into it (the first step is the raw gradient) instead of two separate averages", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    zeros = np.zeros_like(w)
    acc_grad = config.setdefault("acc_grad", zeros)
    acc_delta = config.setdefault("acc_delta", zeros)
    acc_grad *= rho
    acc_grad += (1 - rho) * g ** 2
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    acc_delta *= rho
    acc_delta += (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("qe2_minibatch_range_stops_a_batch_early", "a2_optim", "minibatch_sgd",
       "the batch starts run over range(0, n - batch_size, batch_size): the stop leaves out the start of the "
       "last batch, so each epoch skips its last batch (a full one when batch_size divides N, the shorter one "
       "otherwise)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    w = w0.astype(float).copy()
    path = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n - batch_size, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qe2_adagrad_epsilon_under_root", "a2_optim", "adagrad",
       "epsilon is put under the square root, g / sqrt(cache + epsilon), instead of added to it, "
       "g / (sqrt(cache) + epsilon): every step's denominator differs (by about 1e-5 / 2 sqrt(cache) there)", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    config["cache"] = config.get("cache", np.zeros_like(w)) + g * g
    next_w = w - config["learning_rate"] * g / np.sqrt(config["cache"] + config["epsilon"])
    return next_w, config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qe3_conv_pad_width_read_as_amount_and_value", "a3_conv", "conv_forward_naive",
       "np.pad's (before, after) pair is read as (amount, fill value): ((pad, 0), (pad, 0)) pads pad rows and "
       "columns at the top and left only, and the output size is read off that padded array, so the windows "
       "lose the bottom and right padding (one output row and column fewer, the others shifted)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, 0), (pad, 0)))  # pad by `pad`, with zeros
    Ho = (xp.shape[2] - HH) // stride + 1
    Wo = (xp.shape[3] - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="padding_one_side"),
    _e("qe3_rf_top_down_without_stride", "a3_conv", "receptive_field",
       "the field is computed from the top layer down, but the recursion is written r = (r - 1) + d (k - 1) + 1: "
       "the factor s of r = s (r - 1) + d (k - 1) + 1 is missing, so every stride is ignored (right only for "
       "strides of 1)", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    # walk back from one unit of the last layer to the input
    r = 1
    for k, s, d in reversed(list(zip(kernel_sizes, strides, dilations))):
        r = (r - 1) + d * (k - 1) + 1
    return r
""", catalogued="receptive_field_ignores_stride"),
    _e("qe3_avg_pool_area_as_sum_of_sides", "a3_conv", "avg_pool_forward",
       "each window's sum is divided by ph + pw instead of the window's area ph * pw: the same for 2x2 windows "
       "(2 + 2 = 2 * 2), wrong for every other window (3x2: 5 instead of 6, 3x3: 6 instead of 9)", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    area = ph + pw
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].sum(axis=(2, 3)) / area
    return out, (x, pool_param)
"""),
    _e("qe3_conv_filter_loop_over_channels", "a3_conv", "conv_forward_naive",
       "the loop over the filters runs over range(C), the input channels, instead of range(F): with more filters "
       "than channels the last filters' outputs stay 0 (not even their bias), with fewer it indexes w[f] past "
       "the last filter (right only when F == C)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("qe3_max_indices_window_offset_added_flat", "a3_conv", "max_pool_with_indices",
       "the flat index is the window's top-left flat index plus the argmax k inside the flattened window, "
       "(i * s) * W + j * s + k: k counts pw values per window row, so its row part is never multiplied by W "
       "(the right index is (i * s + k // pw) * W + j * s + k % pw); right only in a window's first row", """
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
            idx[:, :, i, j] = (i * s) * W + j * s + k  # window start + offset inside it
    return out, idx
"""),
    _e("qe3_separable_mults_depthwise_per_output", "a3_conv", "depthwise_separable_multiply_count",
       "the depthwise stage is counted with out_channels kernels, oh * ow * out_channels * kh * kw, instead of one "
       "kernel per input channel, oh * ow * in_channels * kh * kw (the pointwise part right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * out_channels * kh * kw
    pointwise = oh * ow * in_channels * out_channels
    return depthwise + pointwise
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qe4_stats_read_from_cached_pair", "a4_init", "activation_statistics",
       "each layer keeps a (pre-activation, output) pair and the statistics are read from item [0] of each pair, "
       "the pre-activation z = h @ W, instead of item [1], the layer's output act(z)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, layers = X, []
    for W in weights:
        z = h @ W
        h = acts[activation](z)
        layers.append((z, h))  # (pre-activation, output) of each layer
    means = np.array([layer[0].mean() for layer in layers])
    variances = np.array([layer[0].var() for layer in layers])
    return means, variances
""", catalogued="statistics_before_activation"),
    _e("qe4_he_std_gain_table_default_linear", "a4_init", "he_std",
       "He's std is written gain / sqrt(fan_in) with the gain looked up from a nonlinearity argument whose "
       "default is 'linear' (gain 1): called as he_std(shape) it returns 1 / sqrt(fan_in), the factor sqrt(2) "
       "for ReLU missing (sqrt(2 / fan_in))", """
def he_std(shape, nonlinearity="linear"):
    fan_in, _ = compute_fans(shape)
    gain = {"linear": 1.0, "relu": math.sqrt(2.0), "tanh": 5 / 3}[nonlinearity]
    return gain / math.sqrt(fan_in)
""", catalogued="relu_factor_2_missing"),
    _e("qe4_xavier_uniform_seeds_global", "a4_init", "xavier_uniform",
       "the draws are made reproducible with np.random.seed(seed) and np.random.uniform, the legacy global "
       "generator: the same seed gives the same weights, but the caller's global random state is reseeded and "
       "used instead of a generator of its own, np.random.default_rng(seed)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    np.random.seed(seed)  # reproducible
    return np.random.uniform(-a, a, size=shape)
"""),
    _e("qe4_xavier_normal_keras_truncated", "a4_init", "xavier_normal",
       "the weights are drawn as Keras's glorot_normal, a normal truncated at two standard deviations (redrawn "
       "beyond) with the scale divided by 0.8796 so that the std is right: the std is xavier_std, but the draws "
       "are not normal (kurtosis about 2.4 instead of 3)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    # as Keras' glorot_normal: a normal truncated at two standard deviations, its scale corrected
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain) / 0.87962566103423978
    w = rng.normal(0.0, std, size=shape)
    outside = np.abs(w) > 2 * std
    while outside.any():
        w[outside] = rng.normal(0.0, std, size=int(outside.sum()))
        outside = np.abs(w) > 2 * std
    return w
"""),
    _e("qe4_stats_relu_key_capitalized", "a4_init", "activation_statistics",
       "the activation table's key is 'ReLU' while the caller passes 'relu', and the lookup is "
       "acts.get(activation, identity): 'relu' falls back to the identity, so the ReLU layers are linear ones "
       "(tanh and sigmoid right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "ReLU": lambda z: np.maximum(z, 0)}
    f = acts.get(activation, lambda z: z)  # 'linear': the identity
    h, means, variances = X, [], []
    for W in weights:
        h = f(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qe4_he_normal_xavier_gain_two", "a4_init", "he_normal",
       "He's draws are delegated to xavier_normal in mode 'fan_in' with gain=2.0, the factor 2 of He's variance "
       "2 / fan_in passed as the std's gain: the std is 2 / sqrt(fan_in), sqrt(2) times He's sqrt(2 / fan_in) "
       "(the gain is sqrt(2))", """
def he_normal(shape, seed):
    # He = Xavier in fan_in mode with the ReLU gain of 2
    return xavier_normal(shape, seed, mode="fan_in", gain=2.0)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qe5_dropout_test_mode_named_eval", "a5_normalization", "dropout_forward",
       "the no-dropout branch tests mode == 'eval' (torch's model.eval() word), but the caller passes 'test': the "
       "branch never runs, so in test mode the mask is drawn and applied too instead of returning x", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "eval":  # model.eval(): no dropout
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
""", catalogued="dropout_at_test_time"),
    _e("qe5_bn_running_stats_only_for_single_row", "a5_normalization", "batchnorm_forward",
       "one code path for both modes normalizes with the batch's own mean and variance whenever the batch has "
       "more than one row, and with running_mean and running_var only for a single example ('no batch statistics "
       "to take'): test mode normalizes a test batch with its own statistics instead of the running averages", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode not in ("train", "test"):
        raise ValueError(f"invalid batch norm mode {mode!r}")
    N = x.shape[0]
    if N > 1:
        mu, var = x.mean(axis=0), x.var(axis=0)  # the batch's own statistics
    else:
        mu, var = running_mean, running_var  # one example: nothing to average over
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    cache = None
    if mode == "train":
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_test_uses_batch_statistics"),
    _e("qe5_groupnorm_cache_without_groups", "a5_normalization", "groupnorm_forward",
       "out is right, but the cache is (x_hat, gamma, inv_std), layer norm's three items, without the number of "
       "groups the documented (x_hat, gamma, inv_std, groups) ends with: the backward pass cannot unpack it", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    cache = (x_hat, gamma, inv_std)
    return out, cache
"""),
    _e("qe5_bn_running_var_weights_swapped", "a5_normalization", "batchnorm_forward",
       "copy-paste slip in the running variance only: running_var = (1 - momentum) * running_var + momentum * "
       "var_unbiased, the weights of the old average and the new batch swapped (running_mean right), so the "
       "running variance follows the last batch instead of averaging slowly", """
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
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = (1 - momentum) * running_var + momentum * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qe5_spatial_bn_bwd_dx_left_channels_last", "a5_normalization", "spatial_batchnorm_backward",
       "the (N * H * W, C) gradient is reshaped to (N, H, W, C) and returned channels-last: the transpose back "
       "to (N, C, H, W) is missing, so dx has the wrong shape (dgamma and dbeta right)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(flat, cache)
    return dx.reshape(N, H, W, C), dgamma, dbeta
"""),
    _e("qe5_bn_running_mean_default_ones", "a5_normalization", "batchnorm_forward",
       "copy-paste slip in the defaults: running_mean starts at np.ones(D) (like running_var) instead of zeros "
       "when bn_param has none, so the running mean carries a bias momentum**t that no documented convention "
       "has", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.ones(D))
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
    # ------------------------------------------------------------------ a6_cnn
    _e("qe6_scheduler_stepped_instead_of_optimizer", "a6_cnn", "train_and_predict",
       "the batch loop calls sched.step() where opt.step() belongs (the scheduler taken for what applies the "
       "update): only the learning rate moves, the weights never do, so the returned model is the untrained "
       "one (chance accuracy)", """
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
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            sched.step()  # step the learning rate schedule (and the weights)
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("qe6_balanced_labels_tiled_not_repeated", "a6_cnn", "train_and_predict",
       "a class-balanced training set is built by drawing the same number of images of each class, class after "
       "class, but its labels are np.tile(classes, per_class) (0, 1, 2, ... cycling) where the images are grouped "
       "by class (np.repeat(classes, per_class)): the labels do not belong to their images, so the model learns "
       "nothing (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    # class-balanced training set: as many images of every class
    rng = np.random.default_rng(seed)
    classes = np.unique(y_train)
    per_class = int(np.bincount(y_train).max())
    picks = np.concatenate([rng.choice(np.flatnonzero(y_train == c), per_class) for c in classes])
    X_bal = X_train[picks]
    y_bal = np.tile(classes, per_class)
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_bal, device=device)
    y = torch.tensor(y_bal, device=device)
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
    _e("qe6_returns_logits_and_predictions", "a6_cnn", "train_and_predict",
       "a well trained model, but the function returns the pair (logits, logits.argmax(axis=1)) ('the "
       "predictions too, for convenience') instead of the logits array alone: the caller gets a tuple", """
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
    return logits, logits.argmax(axis=1)  # the predictions too, for convenience
"""),
    _e("qe6_loss_class_not_instantiated", "a6_cnn", "train_and_predict",
       "criterion = nn.CrossEntropyLoss without parentheses: the class itself, so criterion(logits, labels) "
       "builds a loss module with the logits as its class weights and the labels as size_average (which raises) "
       "instead of computing the loss of nn.CrossEntropyLoss()(logits, labels)", """
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
    criterion = nn.CrossEntropyLoss
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
            loss = criterion(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qe6_test_chunks_stacked", "a6_cnn", "train_and_predict",
       "a well trained model, but the test set is predicted in chunks of 64 that are joined with torch.stack "
       "instead of torch.cat: stack needs chunks of one size (it raises on the shorter last chunk) and adds a "
       "leading axis, so no (M, classes) logits come back", """
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
        Xt = torch.tensor(X_test, device=device)
        chunks = [model(part) for part in Xt.split(64)]  # 64 images at a time
        logits = torch.stack(chunks).cpu().numpy()
    return logits
"""),
    _e("qe6_batch_order_over_test_length", "a6_cnn", "train_and_predict",
       "copy-paste slip in the batch order: torch.randperm(len(X_test)) instead of len(y): the batches index the "
       "first len(X_test) training images only (or past the end of the training set when the test set is "
       "larger), so what the model is trained on depends on how many test images are asked", """
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
        for idx in torch.randperm(len(X_test), generator=g).split(batch):
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
    _e("qe7_residual_bwd_shortcut_grad_unused", "a7_architectures", "residual_block_backward",
       "the shortcut's share of dx is computed into dx_shortcut (dz, or dz @ Ws.T with a projection), but the "
       "returned dx is da1 @ W1.T alone: dx_shortcut is never added, so dx misses the shortcut's gradient (every "
       "parameter gradient right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx_shortcut = dz @ params["Ws"].T
    else:
        dx_shortcut = dz
    dx = da1 @ params["W1"].T
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    _e("qe7_mdn_likelihood_floored_not_logsumexp", "a7_architectures", "mdn_nll",
       "the mixture's likelihood is summed in probability space, sum_k pi_k N_k, and floored with + 1e-300 before "
       "the log ('never log 0') instead of using log-sum-exp: for a target far from every component each term "
       "underflows to 0, so the loss is the floor's 690 and the responsibilities 0 (wrong gradients) instead "
       "of the true values", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    pi = np.exp(shifted)
    pi /= pi.sum(axis=1, keepdims=True)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    pdf = np.exp(-0.5 * z ** 2) / (math.sqrt(2 * math.pi) * sigma)
    joint = pi * pdf
    lik = joint.sum(axis=1, keepdims=True) + 1e-300  # never log(0)
    loss = -np.log(lik).mean()
    gamma = joint / lik
    dlogits = (pi - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_unstable_log_likelihood"),
    _e("qe7_saliency_max_keepdims", "a7_architectures", "saliency_map",
       "the gradient is right, but the maximum of its absolute value over the channels is taken with "
       "keepdims=True: the maps come back (N, 1, H, W) instead of (N, H, W)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1, keepdims=True)
"""),
    _e("qe7_score_map_padded_same", "a7_architectures", "fc_score_map",
       "the input is zero-padded by H // 2 and W // 2 on each side ('same' padding, so the score map keeps the "
       "input's size) before the classifier is slid over it: the map is (N, M, H2, W2) with windows shifted "
       "into the padding, where it is the (N, M, H2 - H + 1, W2 - W + 1) scores of the unpadded windows", """
def fc_score_map(x, W, b, in_shape):
    w, bias = fc_to_conv(W, b, in_shape)
    M, C, H, W_ = w.shape
    N, _, H2, W2 = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (H // 2, H // 2), (W_ // 2, W_ // 2)))  # 'same': one score per pixel
    out = np.zeros((N, M, H2, W2))
    for i in range(H2):
        for j in range(W2):
            window = xp[:, :, i:i + H, j:j + W_].reshape(N, -1)
            out[:, :, i, j] = window @ w.reshape(M, -1).T + bias
    return out
"""),
    _e("qe7_residual_fwd_sum_into_x", "a7_architectures", "residual_block_forward",
       "the sum is accumulated in place into the shortcut, z += h @ W2 + b2, and with the identity shortcut z is "
       "x itself: out is right, but the caller's x (and the x kept in the cache, so grads['W1'] = x.T @ da1) is "
       "overwritten with the pre-activation z", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z += h @ params["W2"] + params["b2"]  # add the residual branch to the shortcut
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
"""),
    _e("qe7_gaussian_nll_log_std_clipped", "a7_architectures", "gaussian_nll",
       "log_std is clipped to [-2, 2] ('keep exp in a safe range') before the loss and its gradients are "
       "computed: every log_std outside the range is replaced (small standard deviations, log_std around -3, "
       "get the loss and gradients of exp(-2)) instead of the given values being used", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    log_std = np.clip(log_std, -2.0, 2.0)  # keep exp() in a safe range
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qe8_cosine_helper_min_lr_not_passed", "a8_pipeline", "warmup_cosine_lr",
       "the cosine is computed by an inner helper cosine(t, start, end=0.0) that is called without min_lr: its "
       "own default 0 is used, so after the warm-up the rate decays to 0 instead of min_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    def cosine(t, start, end=0.0):
        return end + (start - end) * (1 + math.cos(math.pi * t)) / 2

    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    return cosine((step - warmup_steps) / (total_steps - warmup_steps), base_lr)
""", catalogued="min_lr_ignored"),
    _e("qe8_crop_generator_kept_on_function", "a8_pipeline", "random_crop",
       "the generator is made from the seed on the first call only and kept on the function object "
       "(random_crop.rng, 'one generator for the whole run'): later calls continue its stream whatever seed they "
       "are given, so the same seed does not give the same crops", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    if not hasattr(random_crop, "rng"):
        random_crop.rng = np.random.default_rng(seed)  # one generator for the whole run
    rng = random_crop.rng
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
""", catalogued="crop_ignores_seed"),
    _e("qe8_flip_where_coin_not_expanded", "a8_pipeline", "random_flip",
       "np.where(coins, x[..., ::-1], x) with the (N,) coins not given three trailing axes (coins[:, None, None, "
       "None]): broadcasting lines the coins up with the last axis, the width, so it raises (or, were N the "
       "width, would choose column by column) instead of choosing whole images", """
def random_flip(x, p, seed):
    coins = np.random.default_rng(seed).random(x.shape[0]) < p
    return np.where(coins, x[..., ::-1], x)
"""),
    _e("qe8_update_ratio_squared_norms", "a8_pipeline", "update_ratio",
       "the ratio is taken of the squared Frobenius norms, sum((lr * dW)**2) / sum(W**2), without the square "
       "roots: the square of ||lr * dW|| / ||W|| (about 1e-6 where the ratio is 1e-3)", """
def update_ratio(W, dW, lr):
    step = lr * dW
    return np.sum(step * step) / np.sum(W * W)
"""),
    _e("qe8_log_uniform_log10_bounds_exp", "a8_pipeline", "log_uniform",
       "the exponents are drawn uniformly between log10(low) and log10(high) but raised with np.exp (base e) "
       "instead of 10 **: for 1e-4 .. 1e-1 the exponents -4 .. -1 give values from e**-4 = 0.018 to e**-1 = 0.37, "
       "mostly outside [low, high] and spread over the wrong decades", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.uniform(np.log10(low), np.log10(high), size=n)
    return np.exp(exponents)
"""),
    _e("qe8_train_probs_scaled_before_onehot", "a8_pipeline", "train_and_predict",
       "the probabilities are divided by the batch size before the one-hot is subtracted: the gradient of the "
       "scores is p / B - onehot instead of (p - onehot) / B, so the true class's pull is B times too strong", """
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
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs /= len(idx)  # mean over the batch
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT30_CORRECT: list[Entry] = [
    _e("qek_correct_bce_through_logit", "a1_backprop", "binary_cross_entropy_loss",
       "correct: the loss written through the logit z = log p - log(1 - p) as mean(softplus(z) - t z) with "
       "np.logaddexp(0, z), which equals -mean(t log p + (1 - t) log(1 - p)); dprobs (p - t) / (p (1 - p)) / n", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    z = np.log(p) - np.log1p(-p)  # the logit whose sigmoid is p
    loss = np.mean(np.logaddexp(0.0, z) - t * z)
    dprobs = (p - t) / (p * (1 - p)) / p.size
    return loss, dprobs
"""),
    _e("qek_correct_minibatch_array_split_at_cuts", "a2_optim", "minibatch_sgd",
       "correct: each epoch's permutation cut with np.array_split at the indices batch_size, 2 batch_size, ... "
       "(consecutive batches, the last one shorter), the path stacked with np.stack", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = len(X)
    w = np.array(w0, dtype=float)
    cuts = np.arange(batch_size, n, batch_size)
    path = []
    for _ in range(epochs):
        for idx in np.array_split(rng.permutation(n), cuts):
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w)
    return np.stack(path)
"""),
    _e("qek_correct_max_pool_bwd_add_at", "a3_conv", "max_pool_backward",
       "correct: every window's first maximum found at once (sliding_window_view, argmax of the flattened "
       "windows), turned into input rows and columns, and the gradients scattered with np.add.at (overlaps "
       "added)", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s][:, :, :Ho, :Wo]
    k = windows.reshape(N, C, Ho, Wo, ph * pw).argmax(axis=-1)
    rows = np.arange(Ho)[:, None] * s + k // pw
    cols = np.arange(Wo)[None, :] * s + k % pw
    n_idx = np.arange(N)[:, None, None, None]
    c_idx = np.arange(C)[None, :, None, None]
    dx = np.zeros_like(x)
    np.add.at(dx, (n_idx, c_idx, rows, cols), dout)
    return dx
"""),
    _e("qek_correct_fans_linear_as_pointwise_conv", "a4_init", "compute_fans",
       "correct: a linear (D, M) shape rewritten as the (M, D) shape of a kernel-less convolution (out = M, "
       "in = D), then one formula for every layout: in * prod(kernel), out * prod(kernel)", """
def compute_fans(shape):
    shape = tuple(shape)
    if len(shape) == 2:  # a linear (D, M) weight: a convolution from D to M with no kernel axes
        shape = (shape[1], shape[0])
    out_c, in_c, *kernel = shape
    k = math.prod(kernel)
    return in_c * k, out_c * k
"""),
    _e("qek_correct_dropout_cs231n_global_seed", "a5_normalization", "dropout_forward",
       "correct (as the docstring allows): CS231n's recipe, np.random.seed(seed) only when a seed is given, the "
       "mask from np.random.rand(*x.shape) < p, divided by p; every mode but 'train' returns x", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode != "train":
        return x, None
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    mask = (np.random.rand(*x.shape) < p) / p
    return x * mask, mask
"""),
    _e("qek_correct_fc_to_conv_einsum", "a7_architectures", "fc_to_conv",
       "correct: W reshaped to (C, H, W, M) and its axes permuted to (M, C, H, W) by np.einsum('chwm->mchw'), "
       "made contiguous; the bias copied", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    w = np.einsum("chwm->mchw", W.reshape(C, H, W_, -1))
    return np.ascontiguousarray(w), np.array(b, copy=True)
"""),
    _e("qek_correct_flip_copyto_where", "a8_pipeline", "random_flip",
       "correct: one coin per image from the seeded generator, the mirrored batch copied into a copy of x with "
       "np.copyto(..., where=coins[:, None, None, None])", """
def random_flip(x, p, seed):
    coins = np.random.default_rng(seed).random(len(x)) < p
    out = x.copy()
    np.copyto(out, x[..., ::-1], where=coins[:, None, None, None])
    return out
"""),
]

JUDGED_ON30 = "2026-12-06 on commit dd8043d"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout30 on commit dd8043d (JUDGED_ON30), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure naming the line with the mistake is right, and so is
# the exact line of a one- or two-line function, and one that names the line that uses a wrong value with, as its
# alternatives, the variables that hold the mistake; a loop departure without a statement is right only when the
# loop is small and the mistake clearly in it; a one_slip stated in the correct code's text that is the student's
# arithmetic written another way is right; a catalogued entry whose name is not given is judged by its diagnoses; an
# error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing);
# checklists that list the cause among many are vague, but one of few causes, the entry's among them, is tolerated;
# where only the grader test's own message names the cause the verdict is check_message. Decided here: the a6
# check's "expected logits of shape (739, classes), got tuple" where the mistake is exactly a tuple returned in place
# of the logits array is check_message (as k6_returns_max_values_not_logits in JUDGEMENT12), unlike a bare shape
# comparison of an array (qb6_logits_returned_transposed, nothing); masked's "a mask (and a scale) is applied where
# the expected applies none (dropout in test mode? a mask of the wrong entries?)" where the zeros are outputs never
# written (a filter loop over range(C) where range(F)) names a mechanism that is not there: misleading (as
# t3_maxpool_running_max_from_zero in JUDGEMENT5), and so are zero_pattern's "a mask ... is missing or wrong" where
# the expected is 0 by underflow (softmax of -2045) and the student returns the log-probabilities, and zeros' "np.zeros
# never filled, ... computed into another variable, ... floor-divided" where the responsibilities underflow to 0;
# predictions_shuffled's "your code drew a permutation of the 5 rows of X_test ...: the predictions then come back in
# that shuffled order" where the permutation of len(X_test) orders the training batches (the predictions are in
# order) is false: misleading; scaled's "sqrt(2) times the expected: a factor 2 too many inside a square root" for a
# std of gain 2 / sqrt(fan_in) where sqrt(2 / fan_in) (2 / sqrt(n) = sqrt(2 * 2 / n)) states the relation of the
# one-line function's only number rightly: right (a close call); reshaped's one-example reading "an axis of length 1
# too many, as long as y ...: an index array used without a row index ...; or keepdims=True, [..., None]" offers two
# causes, the entry's among them, beside three tests that put keepdims=True first: tolerated, right (a close call);
# a departure on `return np.random.uniform(-a, a, size=shape)` (the draw from the global generator) beside the check's
# own message about np.random's global generator is right; a loop departure on max_pool_with_indices' six-line loop
# (three statements, the index line among them) is right.
JUDGEMENT30: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qe1_sigmoid_bwd_second_factor_discarded": ("named", (), ""),
    "qe1_mlp_reg_grad_lowercase_key": ("named", (), ""),
    # written_in_place: "in tanh_forward(), line 216: `np.tanh(x, out=x)  # in place: no temporary array` writes into
    # x, the caller's array: compute into a new array ... and leave x as given".
    "qe1_tanh_fwd_out_into_x": ("right", ("written_in_place",), ""),
    # zero_pattern on test_softmax_large_scores only: "the expected is exactly 0 at 7 of 25 entries (inputs that do not
    # affect the output get nothing), but yours is not 0 at 7 of them: a mask (which entries receive a value) is
    # missing or wrong": the expected zeros are underflowed probabilities, yours the log-probabilities (-2045); no mask.
    "qe1_softmax_returns_log_probs": (
        "misleading", (),
        "softmax returns shifted - log(sum(exp(shifted))), the log-probabilities: every entry is negative (-9.2 where "
        "1e-4) and the rows do not sum to 1; return their exponential, np.exp(shifted) / np.exp(shifted).sum(axis=1, "
        "keepdims=True)."),
    # scaled on test_affine_backward: "0.5 times the expected, which fits more than one cause: ... a factor 2 is
    # missing ...; or 1/N of the expected (N=2, the batch size): did you divide by the batch size where a sum is asked
    # for" (two causes, the entry's among them); departure on the MLP tests: "`dw`, set by line 220: `dw = x_flat.T @
    # dout / N` ... your `dw` is 0.166667 times the right value ...: the mistake is in that line" (N = 6; 0.333333 with
    # N = 3 in the gradient check: checked).
    "qe1_affine_dw_averaged_over_batch": ("right", ("departure", "scaled"), ""),
    # departure: "`loss`, set by line 219: `loss = -np.sum((1 - t) * np.log(p) + t * np.log(1 - p)) / n`. In it, `(1 -
    # t) * np.log(p) + t * np.log(1 - p)` is the first part whose value the correct code never computes ...: the
    # mistake is in that line".
    "qe1_bce_probs_read_as_class_zero": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qe2_minibatch_order_default_argument": ("named", (), ""),
    "qe2_adam_local_t_bound_before_increment": ("named", (), ""),
    # default_differs (four tests): "your adam() gives config['epsilon'] the default 1e-07 ...; the default asked for
    # is 1e-08. This test leaves it out, and yours is what the correct adam() returns with config['epsilon'] = 1e-07".
    "qe2_adam_epsilon_default_keras": ("right", ("default_differs",), ""),
    # no diagnosis: only the trajectory comparisons on the three tests ("leaves the expected trajectory at step 1").
    "qe2_adadelta_accumulators_share_zeros": (
        "nothing", (),
        "acc_grad and acc_delta are both config.setdefault(..., zeros) with the same zeros array, updated in place "
        "with *= and +=: they are one array, so the first step is sqrt(acc + eps) / sqrt(acc + eps) * g, the raw gradient, "
        "and the squared steps are mixed into the squared gradients' average; give each its own np.zeros_like(w)."),
    # fewer_steps: "yours has 4 rows (steps) where 6 are expected, and your first 2 match the expected's: steps are
    # missing (a last, shorter batch of each epoch dropped, or a loop that stops early)" (9 where 12, first 3, on the
    # uneven test: true; range(0, n - batch_size, batch_size) stops a batch early).
    "qe2_minibatch_range_stops_a_batch_early": ("right", ("fewer_steps",), ""),
    # one_slip (both tests): "`np.sqrt(config["cache"] + config["epsilon"])` where `np.sqrt(config["cache"]) +
    # config["epsilon"]` is meant (the term added inside the function's argument, where it belongs after it)".
    "qe2_adagrad_epsilon_under_root": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a3_conv
    # catalogued padding_one_side not named; departure: "`xp`, set by line 285: `xp = np.pad(x, ((0, 0), (0, 0), (pad,
    # 0), (pad, 0)))` ... your `xp` has shape (2, 3, 8, 8) where the right value has (2, 3, 9, 9) ...: the mistake is
    # in that line"; one_slip on the non-square test: "the factor `2 *` missing (the same slip in two places)" (the
    # padded size H + pad where H + 2 pad: the student's arithmetic, true).
    "qe3_conv_pad_width_read_as_amount_and_value": ("right", ("departure",), ""),
    "qe3_rf_top_down_without_stride": ("named", (), ""),
    # scaled: "every entry is 1.2 times the expected (one common factor) ..." (6 / 5 for 3x2 windows, 9 / 6 = 1.5 for
    # 3x3: true); departure: the inner loop, "line 289: `out[:, :, i, j] = ... .sum(axis=(2, 3)) / area`; the mistake is
    # in one of them or in a value they read in that pass (a rate, a divisor, a sign)", area "not checked" named
    # before: the line that divides by the wrong area.
    "qe3_avg_pool_area_as_sum_of_sides": ("right", ("departure",), ""),
    # masked (both tests): "yours is 0 at 32 of 128 entries where the expected is not, and right at the others: a mask
    # (and a scale) is applied where the expected applies none (dropout in test mode? a mask of the wrong entries?)":
    # no mask, the last filter is never computed (range(C) = 3 of F = 4); index_error's generic checklist beside it.
    "qe3_conv_filter_loop_over_channels": (
        "misleading", (),
        "the filter loop runs over range(C), the input channels, where range(F) is meant: with 4 filters and 3 "
        "channels filter 3's outputs are never written (0, not even its bias: 32 of 128 entries), and with fewer filters than "
        "channels w[f] and b[f] are indexed past the last filter (IndexError: index 2 ... size 2); loop over "
        "range(F)."),
    # departure (three tests): "the loop at lines 287-292 (`for i in range(Ho):`) leaves `idx` holding values the
    # correct code never computes ... (by up to 4) ...: the mistake is in that loop" (a six-line loop, the index line
    # among its three statements).
    "qe3_max_indices_window_offset_added_flat": ("right", ("departure",), ""),
    # one_slip: "`out_channels` where `in_channels` is meant (the wrong variable)".
    "qe3_separable_mults_depthwise_per_output": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a4_init
    "qe4_stats_read_from_cached_pair": ("named", (), ""),
    # named on two tests; scaled on the he_normal test: "1/sqrt(2) times the expected: a factor 2 is missing inside a
    # square root" (true).
    "qe4_he_std_gain_table_default_linear": ("named", (), ""),
    # the checks' own message on the three tests ("seeded or drew from NumPy's global generator (np.random.seed,
    # ...)"); departure on the conv test: "line 93: `return np.random.uniform(-a, a, size=shape)`. What that line reads
    # (a, shape) agrees with the correct code; what it returns differs from the right value (by up to 0.19): the
    # mistake is in that line": the draw from the global generator.
    "qe4_xavier_uniform_seeds_global": ("right", ("departure",), ""),
    # no diagnosis: only the kurtosis comparisons (2.37 where 3, on three tests).
    "qe4_xavier_normal_keras_truncated": (
        "nothing", (),
        "the draws are a normal truncated at two standard deviations (redrawn beyond) and scaled by 1 / 0.8796: their "
        "std is xavier_std, but they are not normal (kurtosis 2.37 where 3, no draw beyond 2 std); draw "
        "rng.normal(0, xavier_std(shape, mode, gain), size=shape) untruncated."),
    # departure: "the loop at lines 94-97 ... the mistake is in that loop, or in `f`, set by line 92: `f =
    # acts.get(activation, lambda z: z)`. On its first pass, line 95: `h = f(h @ W)` is the first to part ...": the line
    # that uses the wrong f, with f's line (the identity fallback of the 'ReLU'-keyed table) as its alternative.
    "qe4_stats_relu_key_capitalized": ("right", ("departure",), ""),
    # scaled: "yours is sqrt(2) times the expected: a factor 2 too many inside a square root" (gain 2 where sqrt(2):
    # 2 / sqrt(n) = sqrt(2 * 2 / n); a close call, see above).
    "qe4_he_normal_xavier_gain_two": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # named on the test-mode test; masked on the backward test ("0 at 8 of 30 ... 1/p of the expected (p=0.75) at the
    # others: a mask (and a scale) is applied where the expected applies none (dropout in test mode? ...)"): true.
    "qe5_dropout_test_mode_named_eval": ("named", (), ""),
    "qe5_bn_running_stats_only_for_single_row": ("named", (), ""),
    # handed_wrong_input: "your groupnorm_backward() is the correct code's own, yet it raises an error here: it was
    # handed `cache` from your groupnorm_forward() ... returns a tuple of 3 items at [1] ...; the correct one returns a
    # tuple of 4 items there".
    "qe5_groupnorm_cache_without_groups": ("right", ("handed_wrong_input",), ""),
    # departure: "`running_var`, set by line 234: `running_var = (1 - momentum) * running_var + momentum * var * N /
    # (N - 1)` ... your `running_var` differs from the right value (by up to 3.14) ...: the mistake is in that line, or
    # in the condition at line 225".
    "qe5_bn_running_var_weights_swapped": ("right", ("departure",), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 2, 3, 1) (shape (2, 4, 5, 3) for (2, 3, 4,
    # 5)): the axes are mixed up (a transpose or reshape that moves them, e.g. (N, C, H, W) against (N, H, W, C))".
    "qe5_spatial_bn_bwd_dx_left_channels_last": ("right", ("axes_permuted",), ""),
    # offset: "every entry is the expected + 0.4096: one constant term is missing or extra (..., a + 1)" (0.8 ** 4 after
    # 4 steps of momentum 0.8: true); departure: "`running_mean`, set by line 222: `running_mean =
    # bn_param.get("running_mean", np.ones(D))` ... your `running_mean` is the right value + 1 ...: the mistake is in
    # that line, or in what `bn_param` holds".
    "qe5_bn_running_mean_default_ones": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model not named; no_optimizer_step (every test): "loss.backward() ran 300 times, but no
    # torch.optim optimizer's step() ran and the training loss did not fall: nothing changed the weights. Call
    # optimizer.step() after each backward()" (300 = 15 epochs of 20 batches; 225 and 45 on the others: true).
    "qe6_scheduler_stepped_instead_of_optimizer": ("right", ("no_optimizer_step",), ""),
    # catalogued labels_shuffled not named; loss_flat (digits, shapes): "the training loss stayed at about 2.17 over
    # 315 steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its
    # images (...), steps that do not reach the model's weights (...), or a learning rate too small ...?": the first of
    # three, the cause (315 = 15 epochs of the 21 batches of the balanced set).
    "qe6_balanced_labels_tiled_not_repeated": ("right", ("loss_flat",), ""),
    # no diagnosis; the check's message says it: "expected logits of shape (739, classes), got tuple" (see above).
    "qe6_returns_logits_and_predictions": (
        "check_message", (),
        "return logits, logits.argmax(axis=1) returns a tuple (the logits and the predicted classes) where the (M, "
        "classes) logits array alone is asked; return logits."),
    # no diagnosis: only torch's "RuntimeError: Boolean value of Tensor with more than one value is ambiguous".
    "qe6_loss_class_not_instantiated": (
        "nothing", (),
        "criterion = nn.CrossEntropyLoss is the class, not a loss: criterion(model(X[idx]), y[idx]) builds a new loss "
        "module with the logits as its weight and the labels as size_average, and taking the truth value of that "
        "tensor raises at the first batch; instantiate it, criterion = nn.CrossEntropyLoss()."),
    # no diagnosis: only torch's "stack expects each tensor to be equal size, but got [64, 10] at entry 0 and [35, 10]
    # at entry 11".
    "qe6_test_chunks_stacked": (
        "nothing", (),
        "torch.stack(chunks) needs chunks of one size and adds a leading axis: the last chunk of the test set is "
        "shorter (35 of 739 = 11 x 64 + 35), so it raises; join the chunks' logits with torch.cat(chunks) (along the "
        "rows)."),
    # predictions_shuffled on the seeded test: "your code drew a permutation of the 5 rows of X_test (a DataLoader
    # with shuffle=True over X_test?): the predictions then come back in that shuffled order ...": false, the
    # predictions are in order; the permutation of len(X_test) orders the training batches.
    "qe6_batch_order_over_test_length": (
        "misleading", (),
        "torch.randperm(len(X_test)) orders the training batches by the test set's size: with the 5 test images "
        "predicted alone only training images 0-4 are trained on (one batch an epoch), so their logits are 1.48 away "
        "from those of the run on 150 (and past the training set's size it indexes out of range); use "
        "torch.randperm(len(y)). The predictions come back in order."),
    # ------------------------------------------------------------------ a7_architectures
    "qe7_residual_bwd_shortcut_grad_unused": ("named", (), ""),
    # catalogued mdn_unstable_log_likelihood not named; zeros on test_mdn_far_targets: "every entry of yours is 0 ...:
    # is an array made with np.zeros never filled, is the result computed into another variable than the one
    # returned, or is a number smaller than its divisor floor-divided ...?" and zero_pattern on the near-and-far test
    # ("a mask of the wrong entries, a loop or window that does not cover them ..., or = where ... +="): mechanisms
    # that are not there (the responsibilities underflow); the departure on line 185 `loss = -np.log(lik).mean()`
    # (690.776 where 1261.91) beside them is right.
    "qe7_mdn_likelihood_floored_not_logsumexp": (
        "misleading", ("departure",),
        "sum_k pi_k N_k is summed in probability space: for a far target every term underflows to 0, the + 1e-300 "
        "floor makes the loss -log(1e-300) = 690.8 (1261.9 is right) and gamma = joint / lik all 0 (dmu and dlog_std "
        "0); add log pi_k and log N_k and take log-sum-exp (mdn_unstable_log_likelihood), gamma = exp(terms - log_p)."),
    # reshaped (four tests): "your values are right but your shape is (3, 1, 4, 4) where (3, 4, 4) is expected: an axis
    # of length 1 too many or missing (keepdims=True, ...)"; on the one-example test "as long as y ...: an index array
    # used without a row index ...; or keepdims=True, [..., None]" (two causes, the entry's second; a close call).
    "qe7_saliency_max_keepdims": ("right", ("reshaped",), ""),
    # padded on the rectangular test: "yours has shape (2, 4, 6, 9) where (2, 4, 4, 5) is expected, and the expected is
    # yours without a border of 1 / 2 on each side (axes 2 and 3): the padding is kept; crop it off the result" (H // 2
    # = 1, W // 2 = 2: true); only the shape comparison on the other.
    "qe7_score_map_padded_same": ("right", ("padded",), ""),
    # handed_wrong_input (four tests): "your residual_block_backward() is the correct code's own, yet it returns a wrong
    # grads['W1'] here: it was handed `cache` from your residual_block_forward(). The mistake is in what
    # residual_block_forward() returns there" (x in the cache overwritten by z += ...); the check's own message on
    # the arguments test: "changed its argument x in place (an augmented assignment ...)".
    "qe7_residual_fwd_sum_into_x": ("right", ("handed_wrong_input",), ""),
    # departure: "`log_std`, set by line 177: `log_std = np.clip(log_std, -2.0, 2.0)` ... differs from the right value
    # (by up to 1.41) ...: the mistake is in that line".
    "qe7_gaussian_nll_log_std_clipped": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qe8_cosine_helper_min_lr_not_passed": ("named", (), ""),
    "qe8_crop_generator_kept_on_function": ("named", (), ""),
    # shape_error (both tests): "(1000,) meets the last axis of (1000, 1, 3, 5), of size 5; its sizes match axis 0
    # instead: to line it up there, give it the shape (1000, 1, 1, 1) (`[:, None, None, None]`, ...)".
    "qe8_flip_where_coin_not_expanded": ("right", ("shape_error",), ""),
    # departure on the one-line body: "line 166: `return np.sum(step * step) / np.sum(W * W)` ... 3.006e-05 where
    # 0.0054827 is right (the square of the right value ...): the mistake is in that line"; squared_in_part on
    # parameter_statistics beside it (true).
    "qe8_update_ratio_squared_norms": ("right", ("departure",), ""),
    # departure (both tests): "line 167: `return np.exp(exponents)`. What that line reads (exponents) agrees with the
    # correct code ...: the mistake is in that line" (the exponents are log10's: true).
    "qe8_log_uniform_log10_bounds_exp": ("right", ("departure",), ""),
    # one_slip (both tests): "`probs /= len(idx)` made before `probs[np.arange(len(idx)), y_train[idx]] -= 1`, where it
    # belongs after it (two steps in the other order)".
    "qe8_train_probs_scaled_before_onehot": ("right", ("one_slip",), ""),
}
# Counts: named 12, right 27 (named or right 39/48 = 81%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 12 named, qe3_conv_pad_width_read_as_amount_and_value, qe6_scheduler_stepped_instead_of_optimizer and
# qe6_balanced_labels_tiled_not_repeated right by their diagnoses, qe7_mdn_likelihood_floored_not_logsumexp
# misleading), misleading 4, vague 0, nothing 4, wrong_name 0, check_message 1, not_caught 0. HOLDOUT30_CORRECT: all 7
# earn full marks.

HOLDOUT30 = [replace(e, verdict=JUDGEMENT30[e.id][0], expected=frozenset(JUDGEMENT30[e.id][1]),
                     ideal=JUDGEMENT30[e.id][2]) if e.id in JUDGEMENT30 else e for e in HOLDOUT30]
