"""A fifty-eighth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 57315c1 (JUDGED_ON58, JUDGEMENT58 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout58.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT58 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT58_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT58: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rg1_relu_python_builtin_max", "a1_backprop", "relu_forward",
       "the ReLU is written with Python's builtin max(x, 0), the scalar max(0, x) of the formula applied to a whole "
       "array: the builtin compares the array with 0 and asks for its truth value, which raises ValueError (ambiguous "
       "truth value) for any array of more than one element; the elementwise np.maximum(x, 0) is meant", """
def relu_forward(x):
    # ReLU(x) = max(0, x)
    out = max(x, 0)
    cache = x
    return out, cache
"""),
    _e("rg1_tanh_math_module", "a1_backprop", "tanh_forward",
       "tanh is computed with math.tanh(x) from Python's math module, which takes one scalar: for an array of more "
       "than one element it raises TypeError (only length-1 arrays can be converted to Python scalars); the elementwise "
       "np.tanh(x) is meant", """
def tanh_forward(x):
    import math
    out = math.tanh(x)
    cache = out
    return out, cache
"""),
    _e("rg1_sigmoid_backward_matrix_product", "a1_backprop", "sigmoid_backward",
       "the chain rule is written as a matrix product, np.dot(dout, (s * (1 - s)).T), instead of the elementwise product "
       "dout * s * (1 - s): dx is an (N, N) array of dot products between rows of dout and rows of the local derivative "
       "(a shape error when N differs from D, wrong values when they are equal)", """
def sigmoid_backward(dout, cache):
    s = cache
    local = s * (1 - s)  # d sigmoid / dx
    # chain rule: upstream gradient times local jacobian
    dx = np.dot(dout, local.T)
    return dx
"""),
    _e("rg1_tanh_backward_sigmoid_formula", "a1_backprop", "tanh_backward",
       "the local derivative is copied from sigmoid_backward, t * (1 - t), where tanh's is 1 - t**2: dx = dout * t * "
       "(1 - t), which is 0 where the output is 0 (the slope of tanh there is 1) and wrong everywhere else", """
def tanh_backward(dout, cache):
    t = cache
    dx = dout * t * (1 - t)
    return dx
"""),
    _e("rg1_tanh_backward_arctanh_then_one_minus_tanh", "a1_backprop", "tanh_backward",
       "the input is recovered from the cached output as x = arctanh(t) and the local derivative written 1 - tanh(x), "
       "which is 1 - t: the square of tanh(x) in 1 - tanh(x)**2 is missing", """
def tanh_backward(dout, cache):
    t = cache
    x = np.arctanh(np.clip(t, -1 + 1e-15, 1 - 1e-15))  # recover the input
    dx = dout * (1 - np.tanh(x))
    return dx
""", catalogued="tanh_derivative_missing_square"),
    _e("rg1_mse_power_rule_without_coefficient", "a1_backprop", "mse_loss",
       "the gradient is written with the power rule as diff ** (p - 1) / size for the exponent p = 2, the "
       "coefficient p in front dropped: dpred = (pred - target) / size instead of 2 (pred - target) / size (the loss "
       "right)", """
def mse_loss(pred, target):
    p = 2
    diff = pred - target
    loss = np.sum(np.abs(diff) ** p) / diff.size
    # d/dpred |diff|^p = diff^(p-1) for p = 2
    dpred = diff ** (p - 1) / diff.size
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    # ------------------------------------------------------------------ a2_optim
    _e("rg2_sgd_normalized_gradient", "a2_optim", "sgd",
       "the gradient is divided by its norm before the step ('normalized gradient descent, so the step size does not "
       "depend on the scale of the gradient'): every step has length learning_rate, w - lr * g / ||g||, instead of the "
       "vanilla step w - lr * g, which is longer or shorter with the gradient", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    g = _gradient(w, dw, config)
    # normalize so the step size does not depend on the gradient scale
    g = g / (np.linalg.norm(g) + 1e-12)
    next_w = w - config["learning_rate"] * g
    return next_w, config
"""),
    _e("rg2_exponential_lr_log1p_misused", "a2_optim", "exponential_lr",
       "gamma**step is computed as exp(step * log1p(gamma)), np.log1p taken for a more precise log: log1p(gamma) is "
       "log(1 + gamma), so the rate is base_lr * (1 + gamma)**step, which grows every step (step 0 right) instead of "
       "decaying as base_lr * gamma**step", """
def exponential_lr(base_lr, step, gamma):
    # gamma**step in log space; log1p for accuracy
    return base_lr * np.exp(step * np.log1p(gamma))
"""),
    _e("rg2_adagrad_cache_mean_over_steps", "a2_optim", "adagrad",
       "the accumulated squared gradients are divided by the number of steps taken ('so the cache does not grow "
       "without bound'): the step divides by the root of the mean of the squared gradients instead of the root of "
       "their sum, so from the second step on every step is sqrt(t) times larger than Adagrad's", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    cache = config.get("cache", np.zeros_like(w)) + g ** 2
    config["cache"] = cache
    config["t"] = t
    # average the accumulated squares so the denominator stays bounded
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache / t) + config["epsilon"])
    return next_w, config
"""),
    _e("rg2_gradient_descent_standardizes_features", "a2_optim", "gradient_descent",
       "the features are standardized before the descent ('feature scaling makes gradient descent converge faster'), "
       "X = (X - mean) / std per column: the descent runs on another problem, so the path of weights differs from that "
       "of gradient descent on the given X (and its weights belong to the scaled features)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    # feature scaling first, GD converges much better
    X = (X - X.mean(axis=0)) / X.std(axis=0)
    w = np.array(w0, dtype=float)
    path = np.empty((steps, w.size))
    for i in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        path[i] = w
    return path
"""),
    _e("rg2_minibatch_rng_deepcopied_each_epoch", "a2_optim", "minibatch_sgd",
       "each epoch's order is drawn from copy.deepcopy(rng) ('so drawing the order does not advance the generator'): "
       "every copy starts from the same state, so every epoch draws the same permutation and the rows are visited in "
       "the first epoch's order for all epochs instead of a new rng.permutation(N) each epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    import copy
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    n = X.shape[0]
    for _ in range(epochs):
        # draw on a copy so the generator's own stream is left untouched
        order = copy.deepcopy(rng).permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("rg2_adam_moments_written_back_by_loop_rebinding", "a2_optim", "adam",
       "the moments are 'written back' with a loop over the stored arrays, for old, new in zip(state, (m, v)): old = "
       "new, which only rebinds the loop variable: config never holds m and v (only t is stored), so every step starts "
       "from zero moments", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    state = [config.get("m", np.zeros_like(w)), config.get("v", np.zeros_like(w))]
    t = config.get("t", 0) + 1
    m = b1 * state[0] + (1 - b1) * g
    v = b2 * state[1] + (1 - b2) * g * g
    # save the new moments into the state
    for old, new in zip(state, (m, v)):
        old = new
    config["t"] = t
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_moments_not_stored"),
    # ------------------------------------------------------------------ a3_conv
    _e("rg3_transposed_size_from_forward_formula", "a3_conv", "transposed_conv_output_size",
       "the size is computed with the forward convolution's formula, (W + 2P - D(K - 1) - 1) // S + 1 (plus "
       "output_padding): a transposed convolution maps the other way, (W - 1) S - 2P + D(K - 1) + output_padding + 1, "
       "so its output grows with the stride where this one shrinks", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    # same arithmetic as the convolution, the transposed layer just swaps input and output roles
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    return span // stride + 1 + output_padding
"""),
    _e("rg3_max_unpool_shape_tuple_not_unpacked", "a3_conv", "max_unpool",
       "the result is reshaped with out.reshape(N, C, output_shape), the (H, W) tuple passed as one argument "
       "without unpacking it (*output_shape): NumPy raises TypeError ('tuple' object cannot be interpreted as an "
       "integer), so nothing is returned", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.zeros((N, C, H * W))
    for n in range(N):
        for c in range(C):
            np.put(out[n, c], indices[n, c].ravel(), x[n, c].ravel())
    return out.reshape(N, C, output_shape)
"""),
    _e("rg3_max_pool_same_padding", "a3_conv", "max_pool_forward",
       "the input is padded by pool_height // 2 and pool_width // 2 on every side (with -inf) before pooling, the "
       "'same' pooling habit of Keras: the windows are shifted and the output has 1 + (H + 2 (ph // 2) - ph) // s rows "
       "instead of the documented 1 + (H - ph) // s (windows inside the input only)", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    # pad so the windows are centered on the pixels; -inf never wins the max
    xp = np.pad(x, ((0, 0), (0, 0), (ph // 2, ph // 2), (pw // 2, pw // 2)), constant_values=-np.inf)
    Hp, Wp = xp.shape[2:]
    Ho, Wo = (Hp - ph) // s + 1, (Wp - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = xp[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("rg3_depthwise_pass_per_output_channel", "a3_conv", "depthwise_separable_multiply_count",
       "the depthwise stage is counted once per output channel, oh * ow * in * kh * kw * out ('each output channel "
       "gets its own depthwise pass'), instead of once, oh * ow * in * kh * kw: the depthwise filters are shared by "
       "every output channel, so the count is out_channels times too large in its first term (the pointwise term "
       "right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * in_channels * kh * kw * out_channels
    pointwise = oh * ow * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rg3_conv_backward_fast_dx_offset_assigned", "a3_conv", "conv_backward_fast",
       "in the loop over the kernel offsets each offset's contribution to dx is assigned (=) to its strided slice "
       "instead of added: the slices of different offsets overlap (stride smaller than the kernel), so each write "
       "replaces the earlier offsets' contributions and dx keeps only the last offset's share there", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dw = np.zeros_like(w)
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            rows = slice(i, i + stride * Ho, stride)
            cols = slice(j, j + stride * Wo, stride)
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] = np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    db = dout.sum(axis=(0, 2, 3))
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="dx_assigned_not_accumulated"),
    _e("rg3_output_size_error_built_not_raised", "a3_conv", "conv_output_size",
       "the invalid configurations are detected, but the line is ValueError(...) without raise: the exception object "
       "is built and thrown away, so a stride that does not tile the padded input is rounded down and returned (and a "
       "kernel larger than the input gives a size of 0 or less) instead of raising", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0:
        ValueError("kernel larger than the padded input")
    if span % stride != 0:
        ValueError(f"stride {stride} does not tile the input")
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    # ------------------------------------------------------------------ a4_init
    _e("rg4_stats_recorded_at_top_of_loop", "a4_init", "activation_statistics",
       "the mean and variance are recorded at the top of each iteration, before the layer is applied: the first entry "
       "is the statistics of the input X, each later entry those of the previous layer's output, and the last layer's "
       "output is never measured (the L entries are shifted one layer back)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    h = X
    means, variances = [], []
    for W in weights:
        means.append(np.mean(h))
        variances.append(np.var(h))
        h = f(h @ W)
    return np.array(means), np.array(variances)
"""),
    _e("rg4_he_normal_relu_gain_applied_again", "a4_init", "he_normal",
       "the N(0, he_std**2) draws are multiplied by sqrt(2) once more ('the ReLU gain'), although he_std already holds "
       "the factor 2 of sqrt(2 / fan_in): the weights' std is sqrt(4 / fan_in) = 2 / sqrt(fan_in), sqrt(2) times too "
       "large", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    gain = math.sqrt(2.0)  # ReLU gain
    return gain * rng.normal(0.0, he_std(shape), size=shape)
"""),
    _e("rg4_xavier_uniform_std_arguments_swapped", "a4_init", "xavier_uniform",
       "xavier_std is called positionally as xavier_std(shape, gain, mode), the gain and the mode swapped: the mode "
       "parameter receives the gain (never 'fan_avg', so the fan_in branch is taken) and the gain receives the mode "
       "string, so multiplying by it raises TypeError (can't multiply sequence by non-int of type 'float')", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, gain, mode)
    a = math.sqrt(3.0) * std
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
"""),
    _e("rg4_xavier_normal_drawn_in_fans_shape", "a4_init", "xavier_normal",
       "the draws are made with size=compute_fans(shape), the (fan_in, fan_out) matrix 'the layer maps through': right "
       "for a linear (D, M) weight, but a convolution weight (out, in, kh, kw) comes back as a 2-D (in*kh*kw, "
       "out*kh*kw) array, neither the asked shape nor the right number of weights", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    return rng.normal(0.0, std, size=compute_fans(shape))
"""),
    _e("rg4_xavier_normal_module_level_generator", "a4_init", "xavier_normal",
       "the draws come from one module-level generator, _RNG = np.random.default_rng(0), made once at import ('one "
       "generator for the whole program'), and the seed argument is never used: every call continues that stream, so "
       "two calls with the same seed give different weights", """
_RNG = np.random.default_rng(0)


def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    return _RNG.normal(0.0, std, size=shape)
""", catalogued="global_seed"),
    _e("rg4_stats_of_recomputed_product", "a4_init", "activation_statistics",
       "the statistics are taken inline of the product h @ W, np.mean(h @ W) and np.var(h @ W), computed again for them "
       "before h = act(h @ W): they are the pre-activation's moments, not those of the layer's output act(h @ W)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = np.zeros(len(weights)), np.zeros(len(weights))
    for layer, W in enumerate(weights):
        means[layer] = np.mean(h @ W)
        variances[layer] = np.var(h @ W)
        h = acts[activation](h @ W)
    return means, variances
""", catalogued="statistics_before_activation"),
    # ------------------------------------------------------------------ a5_normalization
    _e("rg5_spatial_bn_backward_count_is_images", "a5_normalization", "spatial_batchnorm_backward",
       "the simplified batch-norm formula is written out on the (N * H * W, C) rows, but its count is read off the 4-D "
       "dout as N = dout.shape[0], the number of images, instead of the N * H * W rows each channel's statistics were "
       "taken over: the two mean terms of dx are H * W times too large (dgamma and dbeta right)", """
def spatial_batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, C, H, W = dout.shape
    d = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dgamma = (d * x_hat).sum(axis=0)
    dbeta = d.sum(axis=0)
    dx_hat = d * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0))
    dx = dx.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return dx, dgamma, dbeta
"""),
    _e("rg5_bn_alt_count_is_array_size", "a5_normalization", "batchnorm_backward_alt",
       "the count of the simplified formula is taken as N = dout.size, the number of entries N * D, instead of the "
       "batch size dout.shape[0] that each feature's statistics were taken over: the two mean terms are divided by D "
       "times too many values, so dx is wrong for more than one feature (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.size  # number of values the statistics average over
    dx_hat = dout * gamma
    dx = (inv_std / N) * (N * dx_hat - np.sum(dx_hat, axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0))
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
"""),
    _e("rg5_groupnorm_param_grads_keepdims", "a5_normalization", "groupnorm_backward",
       "dx is right, but dgamma and dbeta are summed with keepdims=True ('the same broadcast shape as gamma in the "
       "forward pass'): they come back (1, C, 1, 1) instead of the (C,) shape of gamma and beta", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    g = gamma.reshape(1, C, 1, 1)
    dgamma = np.sum(dout * x_hat, axis=(0, 2, 3), keepdims=True)
    dbeta = np.sum(dout, axis=(0, 2, 3), keepdims=True)
    dx_hat = (dout * g).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    dx = inv_std / M * (M * dx_hat - dx_hat.sum(axis=2, keepdims=True) - xh * (dx_hat * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("rg5_dropout_backward_test_mode_local_derivative", "a5_normalization", "dropout_backward",
       "in test mode (cache None) the backward pass returns np.ones_like(dout), the local derivative of the identity, "
       "instead of dout itself: the chain rule's upstream gradient is dropped, so the test-mode dx is all ones (train "
       "mode right)", """
def dropout_backward(dout, cache):
    if cache is None:
        # test mode: dropout is the identity, its derivative is 1
        return np.ones_like(dout)
    return dout * cache
"""),
    _e("rg5_spatial_bn_backward_param_grads_averaged", "a5_normalization", "spatial_batchnorm_backward",
       "dx is right (batchnorm_backward_alt on the channels-last rows), but dgamma and dbeta are then divided by the "
       "N * H * W rows ('the mean over every position of the channel'): they must be summed, as the 1/N of the loss is "
       "already in dout", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    rows = np.moveaxis(dout, 1, -1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(rows, cache)
    count = rows.shape[0]
    dgamma, dbeta = dgamma / count, dbeta / count
    dx = np.moveaxis(dx.reshape(N, H, W, C), -1, 1)
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("rg5_layernorm_backward_shape_unpacked_reversed", "a5_normalization", "layernorm_backward",
       "the shape of dout is unpacked as D, N = dout.shape, the two sizes swapped: the 'D' of the simplified formula is "
       "the batch size N, so layer norm's backward divides by the number of rows instead of the D features each row's "
       "statistics were taken over (right only when N == D)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D, N = dout.shape
    dx_hat = dout * gamma
    dx = inv_std / D * (D * dx_hat - np.sum(dx_hat, axis=1, keepdims=True)
                        - x_hat * np.sum(dx_hat * x_hat, axis=1, keepdims=True))
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
""", catalogued="layernorm_backward_uses_batch_size"),
    # ------------------------------------------------------------------ a6_cnn
    _e("rg6_training_generator_never_iterated", "a6_cnn", "train_and_predict",
       "the training loop is written as a generator function run_epochs() that yields each epoch's mean loss (for "
       "logging), and it is called as a plain statement, run_epochs(), without iterating over it: calling a generator "
       "function only creates the generator, none of its body runs, so no optimizer step is ever taken and the "
       "untrained network's logits are returned (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()

    def run_epochs(epochs=15, batch=64):
        # yields the mean loss of every epoch so I can print the curve
        for _ in range(epochs):
            model.train()
            total, count = 0.0, 0
            for idx in torch.randperm(len(y), generator=g).split(batch):
                opt.zero_grad()
                loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
                loss.backward()
                opt.step()
                total += loss.item() * len(idx)
                count += len(idx)
            yield total / count
            if time.monotonic() - start > 0.8 * time_budget_s:
                return

    run_epochs()

    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test)).numpy()
    return logits
""", catalogued="untrained_model"),
    _e("rg6_from_numpy_view_shuffled_labels_copied", "a6_cnn", "train_and_predict",
       "the tensors are made with X = torch.from_numpy(X_train), which shares the array's memory, and y = "
       "torch.tensor(y_train), which copies it; the NumPy arrays are then shuffled in place together "
       "(X_train[:] = X_train[perm], y_train[:] = y_train[perm]): the shuffle shows through in X but not in the copied "
       "y, so every image is trained with another image's label and the model learns nothing (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X_train = np.ascontiguousarray(X_train, dtype=np.float32)
    y_train = np.array(y_train, dtype=np.int64)
    X = torch.from_numpy(X_train)  # no copy, saves memory
    y = torch.tensor(y_train)
    # shuffle the training set once (together, same permutation)
    perm = np.random.permutation(len(y_train))
    X_train[:] = X_train[perm]
    y_train[:] = y_train[perm]
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for s in range(0, len(y), batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[s:s + batch]), y[s:s + batch]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("rg6_sgd_dampening_one", "a6_cnn", "train_and_predict",
       "SGD is built with momentum=0.9 and dampening=1.0, read as 'no damping' (a factor of 1), but torch multiplies "
       "each new gradient by 1 - dampening = 0 in the momentum buffer: after the first step (whose buffer is the raw "
       "gradient) the buffer only decays and no later gradient ever reaches the weights, so the network moves once "
       "along the first batch's gradient and is otherwise untrained (dampening=0, the default, is meant)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    epochs, batch = 15, 64
    # classic momentum SGD, no damping
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, dampening=1.0)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rg6_strided_conv_padding_same", "a6_cnn", "train_and_predict",
       "the max-pooling layers are replaced by stride-2 convolutions ('all-convolutional net') that keep "
       "padding='same': torch does not support padding='same' for strided convolutions and raises ValueError when the "
       "network is built, so nothing is trained and no logits come back (padding=1 with stride=2 is meant)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    # all-convolutional: downsample with strided convs instead of pooling
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding="same"), nn.BatchNorm2d(16), nn.ReLU(),
        nn.Conv2d(16, 16, 3, stride=2, padding="same"), nn.BatchNorm2d(16), nn.ReLU(),
        nn.Conv2d(16, 32, 3, padding="same"), nn.BatchNorm2d(32), nn.ReLU(),
        nn.Conv2d(32, 32, 3, stride=2, padding="same"), nn.BatchNorm2d(32), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rg6_lr_range_test_schedule_left_in", "a6_cnn", "train_and_predict",
       "the learning-rate range test used to pick the rate is left in as the schedule: a LambdaLR multiplies the base "
       "rate 1e-6 by 10 ** (step / 50), stepped after every batch, so the rate grows tenfold every 50 batches: the "
       "first epochs train at rates far too small to move the weights and the last ones at rates of 0.01 to 1, where "
       "Adam's steps are unstable, so the returned network predicts badly (a fixed or decaying rate around 3e-3 is "
       "meant)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=1e-6)
    # LR finder: sweep the rate up exponentially and watch where the loss is lowest
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 10 ** (step / 50))
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
    _e("rg6_test_loader_yields_tuples", "a6_cnn", "train_and_predict",
       "a well trained model, but the test images are predicted through DataLoader(TensorDataset(Xt), batch_size=256), "
       "whose batches are 1-tuples (a TensorDataset yields a tuple per item even with one tensor), and the batch is "
       "passed as it is, model(batch): the first convolution gets a list instead of a tensor and raises TypeError, so "
       "no logits come back (unpack it, for (xb,) in loader)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    from torch.utils.data import DataLoader, TensorDataset
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    train_loader = DataLoader(TensorDataset(torch.tensor(X_train), torch.tensor(y_train)), batch_size=64,
                              shuffle=True, generator=torch.Generator().manual_seed(seed))
    epochs = 15
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for xb, yb in train_loader:
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    test_loader = DataLoader(TensorDataset(torch.tensor(X_test)), batch_size=256)
    outs = []
    with torch.no_grad():
        for batch in test_loader:
            outs.append(model(batch))
    return torch.cat(outs).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("rg7_fc_to_conv_swapaxes_first_last", "a7_architectures", "fc_to_conv",
       "W is reshaped to (C, H, W, M) right, but the filter axis is brought to the front with swapaxes(0, 3), which "
       "swaps the first and last axes only: the filters come out (M, H, W, C), channels last, instead of (M, C, H, W) "
       "(a shape error or scrambled filters unless C == W)", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    w = W.reshape(C, H, W_, M).swapaxes(0, 3)  # filters first
    return np.ascontiguousarray(w), b.copy()
"""),
    _e("rg7_mdn_z_divided_by_log_std", "a7_architectures", "mdn_nll",
       "the standardized residual is written z = (y - mu) / log_std, divided by the log of the standard deviation "
       "instead of the standard deviation exp(log_std): every component's density (and the gradients built from z) is "
       "wrong (and undefined where log_std is 0)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / log_std
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    _e("rg7_gap_divided_by_example_size", "a7_architectures", "global_avg_pool_forward",
       "each feature map's sum is divided by np.prod(x.shape[1:]), the size of one whole example C * H * W, instead of "
       "the map's area H * W: every pooled feature is C times too small", """
def global_avg_pool_forward(x):
    sums = x.sum(axis=(2, 3))
    area = np.prod(x.shape[1:])  # number of values averaged
    return sums / area, x.shape
"""),
    _e("rg7_score_map_window_flattened_whole_batch", "a7_architectures", "fc_score_map",
       "each window is flattened with window.flatten(), which flattens the whole (N, C, H, W) batch of windows into one "
       "vector of N * C * H * W values instead of one row per image (reshape(N, -1)): the product with the (C*H*W, M) "
       "weight raises for any batch of more than one image", """
def fc_score_map(x, W, b, in_shape):
    C, H, W_ = in_shape
    N, _, H2, W2 = x.shape
    out = np.zeros((N, W.shape[1], H2 - H + 1, W2 - W_ + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            window = x[:, :, i:i + H, j:j + W_]
            out[:, :, i, j] = window.flatten() @ W + b
    return out
"""),
    _e("rg7_gaussian_nll_density_without_sqrt_2pi", "a7_architectures", "gaussian_nll",
       "the loss is written as minus the log of the Gaussian density taken as exp(-0.5 z**2) / sigma, the normalizer "
       "1 / sqrt(2 pi) of the density left out: every output's loss is 0.5 * log(2 pi) too small (the gradients "
       "right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    z = (y - mu) / sigma
    density = np.exp(-0.5 * z ** 2) / sigma
    loss = -np.sum(np.log(density)) / N
    dmu = -z / sigma / N
    dlog_std = (1 - z ** 2) / N
    return loss, dmu, dlog_std
""", catalogued="nll_constant_dropped"),
    _e("rg7_residual_relu_on_branch_and_sum", "a7_architectures", "residual_block_forward",
       "the second layer's output is rectified before the shortcut is added, branch = relu(h @ W2 + b2), and the sum "
       "rectified again, out = relu(branch + shortcut): the ReLU belongs after the addition only, so wherever h @ W2 + "
       "b2 is negative the block outputs relu(shortcut) instead of relu(h @ W2 + b2 + shortcut)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    branch = np.maximum(h @ params["W2"] + params["b2"], 0)
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = branch + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
""", catalogued="relu_before_addition"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rg8_update_ratio_fro_norm_on_vectors", "a8_pipeline", "update_ratio",
       "the norms are taken with np.linalg.norm(..., 'fro'), the Frobenius norm asked for by name: right for a weight "
       "matrix, but NumPy rejects ord='fro' for a 1-D array (ValueError: invalid norm order for vectors), so the ratio "
       "of a bias vector raises (and parameter_statistics with it); the default norm (ord=None) is the Frobenius norm "
       "for matrices and the 2-norm for vectors", """
def update_ratio(W, dW, lr):
    return np.linalg.norm(lr * dW, "fro") / np.linalg.norm(W, "fro")
"""),
    _e("rg8_parameter_statistics_returns_matrix", "a8_pipeline", "parameter_statistics",
       "the five statistics of each parameter are right, but they are stacked into one (K, 5) array, a row per "
       "parameter in the dict's order ('easier to print as a table'), instead of the dict keyed by the parameter names "
       "that the docstring asks for", """
def parameter_statistics(params, grads, lr):
    rows = []
    for name, W in params.items():
        g = grads[name]
        rows.append([np.mean(W), np.std(W), np.mean(g), np.std(g), update_ratio(W, g, lr)])
    return np.array(rows)
"""),
    _e("rg8_train_legacy_global_seed", "a8_pipeline", "train_and_predict",
       "the visiting order is drawn from NumPy's legacy global generator, np.random.seed(seed) then "
       "np.random.permutation(N) each epoch, instead of rng = np.random.default_rng(seed): the two generators give "
       "other permutations for the same seed, so the batches, and the trained weights and logits, differ from the "
       "recipe's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    np.random.seed(seed)
    for _ in range(20):
        order = np.random.permutation(len(X))
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
    return T @ W + b
"""),
    _e("rg8_log_grid_whole_decade_exponents", "a8_pipeline", "log_grid",
       "the log10 exponents are spaced right but rounded to whole numbers before 10 is raised to them ('clean values "
       "like 1e-3, 1e-2'): the grid only holds powers of ten, with repeated values wherever there are more points than "
       "decades, and its ends are not low and high unless they are powers of ten", """
def log_grid(low, high, n):
    exponents = np.linspace(np.log10(low), np.log10(high), n)
    return 10.0 ** np.round(exponents)
"""),
    _e("rg8_crop_windows_from_unpadded_view", "a8_pipeline", "random_crop",
       "the windows are taken from sliding_window_view(x, (size, size), axis=(2, 3)) of the image itself, with offsets "
       "drawn from its (H - size + 1) x (W - size + 1) positions: padding is never applied, so no crop reaches past the "
       "border into the zero padding and the offsets' range is wrong", """
def random_crop(x, size, padding, seed):
    from numpy.lib.stride_tricks import sliding_window_view
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    windows = sliding_window_view(x, (size, size), axis=(2, 3))  # (N, C, H-size+1, W-size+1, size, size)
    rows = rng.integers(0, windows.shape[2], size=N)
    cols = rng.integers(0, windows.shape[3], size=N)
    return np.stack([windows[i, :, rows[i], cols[i]] for i in range(N)])
""", catalogued="crop_without_padding"),
    _e("rg8_early_stopping_consecutive_pairs", "a8_pipeline", "early_stopping",
       "the epochs are walked as consecutive pairs, zip(val_losses, val_losses[1:]), and an epoch counts as an "
       "improvement when its loss is below the previous epoch's minus min_delta: each epoch is compared with the one "
       "before it instead of the best so far, so a loss that recovers without beating the best resets the patience "
       "(and the best epoch moves to it)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_epoch, wait = 0, 0
    for epoch, (prev, loss) in enumerate(zip(val_losses, val_losses[1:]), start=1):
        if loss < prev - min_delta:
            best_epoch, wait = epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="improvement_against_previous_epoch"),
]

HOLDOUT58_CORRECT: list[Entry] = [
    _e("rgk_correct_tanh_from_logistic_overflow_ignored", "a1_backprop", "tanh_forward",
       "correct: tanh written as 2 / (1 + exp(-2x)) - 1 under np.errstate(over='ignore'): for large negative x exp "
       "overflows to inf, 2 / inf is 0 and the result -1, so it stays finite; the output cached", """
def tanh_forward(x):
    with np.errstate(over="ignore"):
        out = 2.0 / (1.0 + np.exp(-2.0 * x)) - 1.0
    cache = out
    return out, cache
"""),
    _e("rgk_correct_rmsprop_incremental_average", "a2_optim", "rmsprop",
       "correct: the moving average written in its incremental form, cache + (1 - decay_rate) * (g**2 - cache), which "
       "equals decay_rate * cache + (1 - decay_rate) * g**2", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = cache + (1 - config["decay_rate"]) * (g * g - cache)
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config
"""),
    _e("rgk_correct_transposed_size_as_inverse_forward", "a3_conv", "transposed_conv_output_size",
       "correct: the size written as the input of the forward convolution solved from its output, stride * (W - 1) "
       "plus the dilated kernel's extent dilation * (K - 1) + 1, less the padding on both sides, plus output_padding", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    extent = dilation * (kernel_size - 1) + 1
    return stride * (input_size - 1) + extent - 2 * padding + output_padding
"""),
    _e("rgk_correct_he_std_log_space", "a4_init", "he_std",
       "correct: He's std computed in log space, exp((log 2 - log fan_in) / 2), which is sqrt(2 / fan_in), fan_in "
       "from compute_fans", """
def he_std(shape):
    fan_in = compute_fans(shape)[0]
    return math.exp(0.5 * (math.log(2.0) - math.log(fan_in)))
"""),
    _e("rgk_correct_bn_alt_gamma_factored_out", "a5_normalization", "batchnorm_backward_alt",
       "correct: gamma factored out of the simplified formula, dx = gamma * inv_std / N * (N dout - sum(dout) - x_hat "
       "sum(dout x_hat)): in batch norm the sums run over the batch, along which gamma is constant per feature, so it "
       "factors out exactly", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx = gamma * inv_std / N * (N * dout - dout.sum(axis=0) - x_hat * (dout * x_hat).sum(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
"""),
    _e("rgk_correct_gap_backward_broadcast_copy", "a7_architectures", "global_avg_pool_backward",
       "correct: each map's share dout / (H * W) spread with np.broadcast_to onto (N, C, H, W) and copied into a "
       "writable array", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = (dout / (H * W)).reshape(N, C, 1, 1)
    return np.broadcast_to(share, (N, C, H, W)).copy()
"""),
    _e("rgk_correct_warmup_cosine_half_angle", "a8_pipeline", "warmup_cosine_lr",
       "correct: after the warm-up the cosine factor (1 + cos(pi t)) / 2 written as cos(pi t / 2)**2, the warm-up as "
       "(step + 1) / warmup_steps of base_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * t / 2) ** 2
"""),
]

JUDGED_ON58 = "2026-12-07 on commit 57315c1"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout58 on commit 57315c1 (JUDGED_ON58), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT57 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one that names the line that uses
# or holds a wrong value with, as its alternatives, what holds the mistake, and a range over two or three lines that
# ends on the line with the mistake; the one_edit sentence is right where its change is the fix of the cause and
# misleading where it is a change elsewhere that only makes up for it (the brief's rule); first_step's checklist
# beside a right departure is a tolerated hedge (as ra2_adagrad_leaky_cache in JUDGEMENT52); a catalogued entry whose
# name is not given is judged by its diagnoses; returned_none for a non-dict where the test reads a dict (None for
# every key) is right (as rf7_residual_backward_grads_as_tuple in JUDGEMENT57); shifted_steps' "(the value before the
# update is returned, ...)" for a value recorded one step early is right (as rf2_gd_path_row_index_minus_one);
# warmup_never_ends' "Count the warm-up in optimizer steps (batches), not in images" where nothing is counted in
# images is misleading (as re6_warmup_factor_never_capped in JUDGEMENT56). Decided here (new in this set): the new
# [raised_here] message (the line that raised, what the failing operation was handed) is right where what it shows
# is the cause: `batch` "a list of 1 item (a float32 tensor of shape (256, 1, 8, 8))" for a DataLoader's 1-tuples
# passed to the model; `window.flatten()` "a float64 array of shape (96,)" against W (48, 5) for a whole batch
# flattened into one vector (a close call: no sentence says why, but the operand at fault and its shape are named);
# the exact call `nn.Conv2d(16, 16, 3, stride=2, padding="same")` located under torch's own "padding='same' is not
# supported for strided convolutions" (a close call: torch says why, the grader where; its "line 66: `model =
# nn.Sequential( ...`" gives the line of the failing call inside a statement begun at line 64: tolerated);
# `xavier_std(shape, gain, mode)` with "`gain` is a number (1); `mode` is a string" beside a departure whose one
# change swaps the two back; but its "`out.reshape` is your function ndarray.reshape" calls NumPy's method the
# student's function: a false statement, misleading strictly (a close call, as a wrong number in JUDGEMENT35; the
# rest of it, output_shape "a tuple of 2 items" beside NumPy's "'tuple' object cannot be interpreted as an integer",
# would be right). Close calls: one_edit's "without `config["t"] = t` at line 242, your function returns the
# expected w" for Adagrad's cache divided by t at line 244 is a compensation (t then stays 1 and cache / t is cache),
# not the fix of the cause: misleading; one_edit's "written `dgamma, dbeta = dgamma, dbeta / count`" repairs the
# dgamma it is about (dbeta's average said by wrong_reduction beside it): right; loss_flat's three guesses for SGD
# with dampening=1.0, of which "steps that do not reach the model's weights" is the effect (no gradient after the
# first reaches them) though its examples (other parameters, gradients cleared) are not there and dampening is not
# said, beside learned_little's checklist: vague (unlike ql6_reset_parameters_every_epoch in JUDGEMENT37, where none
# of the three was there); warmup_never_ends for a learning-rate range test left in as the schedule (1e-6 times 10 **
# (step / 50)): its numbers true and "longer than the training" apt, but its remedy names only images counted as
# steps: misleading (as re6_warmup_factor_never_capped); entries_of_others' "One quantity is computed again in
# another's place (a line copied and not changed?)" for exponents rounded to whole decades: misleading; a departure
# over lines 223-224 for the spatial batch norm's count N = dout.shape[0], ending on the formula that uses it as the
# count (line 219's unpacking is right: N is the image count the reshape at line 225 needs): right; scaled's "a
# factor 2 too many inside a square root" for he_std's draws times sqrt(2) (sqrt(4 / fan_in)): right.
JUDGEMENT58: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # truth_value_error (four tests): "in relu_forward(), line 217: `out = max(x, 0)` raises the error at `max(x, 0)`.
    # There, `x` is a float64 array of shape (6, 7); `0` is a number (0). ... or in one of Python's own functions that
    # compares (max(z, 0), min, sorted: NumPy's np.maximum(z, 0) works entry by entry)"; departure (three tests): "line
    # 217 ... raises the error ...: the mistake is in that line, or in what `x` was set to".
    "rg1_relu_python_builtin_max": ("right", ("truth_value_error", "departure"), ""),
    # math_on_array (three tests): "line 217: `out = math.tanh(x)` calls the math module, whose functions take one
    # number, not an array ...: use NumPy's function of the same name ..., which works entry by entry".
    "rg1_tanh_math_module": ("right", ("math_on_array",), ""),
    # departure: "line 217: `local = s * (1 - s)` computes `local`, a value the correct code never computes ... up to
    # line 219: `dx = np.dot(dout, local.T)` ... The mistake is in lines 217-219" (the reference writes dout * s * (1 -
    # s) inline; the range ends on the np.dot); on the large inputs: "at line 219 ... your `dx` has shape (7, 7) where
    # the right value has (7, 4)" (x is (7, 4): true).
    "rg1_sigmoid_backward_matrix_product": ("right", ("departure",), ""),
    # local_derivative (both tests): "yours divided by dout is cache * (1 - cache) at every entry, the expected is 1 -
    # cache**2: the local derivative is written wrong".
    "rg1_tanh_backward_sigmoid_formula": ("right", ("local_derivative",), ""),
    "rg1_tanh_backward_arctanh_then_one_minus_tanh": ("named", (), ""),
    "rg1_mse_power_rule_without_coefficient": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (three tests): "`g`, set by line 239: `g = g / (np.linalg.norm(g) + 1e-12)` ... your `g` is 0.191012
    # times the right value ...: the mistake is in that line. One change repairs it: written `g = g`" (the
    # normalization removed: the fix); first_step's checklist beside it (a hedge).
    "rg2_sgd_normalized_gradient": ("right", ("departure",), ""),
    # departure (both tests): "line 236: `return base_lr * np.exp(step * np.log1p(gamma))`. In it, `np.exp(step *
    # np.log1p(gamma))` is the first part ... what it returns is 0.19 where 0.09 is right: the mistake is in that line"
    # (0.1 * 1.9 where 0.1 * 0.9: true).
    "rg2_exponential_lr_log1p_misused": ("right", ("departure",), ""),
    # one_edit (four tests): "without `config["t"] = t` at line 242, your function returns the expected w (adagrad)
    # on this test's call and on 5 other sets of arguments: the mistake is most likely in that step (is it meant to be
    # there?)": true, but a compensation (t then stays 1); the mistake is the division at line 244 (a decision, above).
    "rg2_adagrad_cache_mean_over_steps": (
        "misleading", (),
        "line 244 divides the accumulated squares by t, the number of steps (np.sqrt(cache / t)): the step divides by "
        "the root of their mean, not of their sum, so from the second step on each step is sqrt(t) times Adagrad's; "
        "storing t (line 242) is not the mistake; write g / (np.sqrt(cache) + eps)."),
    # departure: "`X`, set by line 236: `X = (X - X.mean(axis=0)) / X.std(axis=0)` ... your `X` differs from the right
    # value (by up to 0.921). With the right `X` there, the rest of your function returns the expected path: the
    # mistake is in that line".
    "rg2_gradient_descent_standardizes_features": ("right", ("departure",), ""),
    "rg2_minibatch_rng_deepcopied_each_epoch": ("named", (), ""),
    "rg2_adam_moments_written_back_by_loop_rebinding": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure: "line 284: `return span // stride + 1 + output_padding` ... what it returns is 4 where 10 is right:
    # the mistake is in that line, or in `span`, set by line 283: `span = input_size + 2 * padding - dilation *
    # (kernel_size - 1) - 1`" (case (5, 3, 2, 1, 1): 4 // 2 + 1 + 1 against 4 * 2 - 2 + 2 + 1 + 1: true; the two-line
    # body, both lines the forward formula).
    "rg3_transposed_size_from_forward_formula": ("right", ("departure",), ""),
    # raised_here (three tests): "line 288: `return out.reshape(N, C, output_shape)` raises the error at
    # `out.reshape(N, C, output_shape)`. There, `out.reshape` is your function ndarray.reshape; `N` is a number (2);
    # `C` is a number (3); `output_shape` is a tuple of 2 items (a number (8), a number (6))" (NumPy's method called
    # the student's function: a decision, above).
    "rg3_max_unpool_shape_tuple_not_unpacked": (
        "misleading", ("raised_here",),
        "line 288 hands reshape the (H, W) tuple output_shape, (8, 6), as one argument after N and C: NumPy's "
        "ndarray.reshape takes the sizes as separate integers (or all in one tuple), so it raises TypeError ('tuple' "
        "object cannot be interpreted as an integer) and nothing is returned; unpack it, out.reshape(N, C, "
        "*output_shape)."),
    # departure (four tests): "`xp`, set by line 285: `xp = np.pad(x, ((0, 0), (0, 0), (ph // 2, ph // 2), (pw // 2,
    # pw // 2)), constant_values=-np.inf)` ... your `xp` has shape (2, 3, 11, 11) where the right value has (2, 3, 9,
    # 9). With the right `xp` there, the rest of your function returns the expected out: the mistake is in that line"
    # ((1, 2, 8, 11) for the (1, 2, 6, 9) ties input with a 2 x 3 window: true).
    "rg3_max_pool_same_padding": ("right", ("departure",), ""),
    # one_edit (both tests): "line 284 reads `depthwise = oh * ow * in_channels * kh * kw * out_channels`; written
    # `depthwise = oh * ow * in_channels * kh * kw`, your function returns the expected ... on this test's call and on
    # 8 other sets of arguments" (the fix itself).
    "rg3_depthwise_pass_per_output_channel": ("right", ("one_edit",), ""),
    # catalogued dx_assigned_not_accumulated, not named; the stride-1 test gives only the comparison; strided (one
    # image, 3 x 2 kernel, stride 2): "only the indices 0 modulo 2 along axis 2 are wrong (every 2nd position), the
    # others are right: check how the stride is used ... and what overlapping windows add up" (rows 2 and 4, where the
    # offsets 0 and 2 overlap; the columns do not: true); departure: "the loop at lines 290-295 (`for i in
    # range(HH):`) leaves `dxp` holding values the correct code never computes ...: the mistake is in that loop" (the
    # offset loop, its `=` write among six lines, as re3_conv_naive_channel_loop_resets in JUDGEMENT56).
    "rg3_conv_backward_fast_dx_offset_assigned": ("right", ("strided", "departure"), ""),
    "rg3_output_size_error_built_not_raised": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # shifted_steps (three tests): "each entry of yours along axis 0 equals the expected's previous one: you are one
    # step behind (the value before the update is returned, or the count starts one too early)" (entry k the
    # statistics of layer k - 1's output: true; a decision, above).
    "rg4_stats_recorded_at_top_of_loop": ("right", ("shifted_steps",), ""),
    # scaled (both tests): "yours is sqrt(2) times the expected: a factor 2 too many inside a square root" (sqrt(2) *
    # sqrt(2 / fan_in) = sqrt(4 / fan_in), the same stream: exact).
    "rg4_he_normal_relu_gain_applied_again": ("right", ("scaled",), ""),
    # raised_here (four tests): "line 91: `std = xavier_std(shape, gain, mode)` raises the error at `xavier_std(shape,
    # gain, mode)`. There, `xavier_std` is your function xavier_std; ... `gain` is a number (1); `mode` is a string"
    # (xavier_std is the submission's own); departure: "... One change repairs it: written `std = xavier_std(shape,
    # mode, gain)`, your function runs without the error and returns the expected values" (the fix).
    "rg4_xavier_uniform_std_arguments_swapped": ("right", ("raised_here", "departure"), ""),
    # departure: "line 93: `return rng.normal(0.0, std, size=compute_fans(shape))` ... what it returns has shape (225,
    # 423) where the right value has (47, 25, 3, 3): the mistake is in that line, or in compute_fans() that it calls"
    # (25 * 9 and 47 * 9: true).
    "rg4_xavier_normal_drawn_in_fans_shape": ("right", ("departure",), ""),
    "rg4_xavier_normal_module_level_generator": ("named", (), ""),
    "rg4_stats_of_recomputed_product": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "line 223: `dx_hat = d * gamma` computes `dx_hat`, a value the correct code never computes ... at line
    # 224, `dx = inv_std / N * (N * dx_hat - ...)`, your `dx` differs from the right value (by up to 8.83) ...: the
    # mistake is in how lines 223-224 compute `dx`" (line 224 uses the image count N as the count: a close call,
    # above).
    "rg5_spatial_bn_backward_count_is_images": ("right", ("departure",), ""),
    # departure (both tests): "`N`, set by line 219: `N = dout.size` ... your `N` is 24 where 6 is right ...: the
    # mistake is in that line" (120 where 40 on the spatial test: true).
    "rg5_bn_alt_count_is_array_size": ("right", ("departure",), ""),
    # reshaped: "your values are right but your shape is (1, 6, 1, 1) where (6,) is expected: an axis of length 1 too
    # many or missing (keepdims=True, ...)".
    "rg5_groupnorm_param_grads_keepdims": ("right", ("reshaped",), ""),
    # departure: "line 220: `return np.ones_like(dout)` ... what it returns is the right value divided by `dout` (a
    # factor `dout` missing?): the mistake is in that line, or in the condition at line 218 ...: `if cache is None:`".
    "rg5_dropout_backward_test_mode_local_derivative": ("right", ("departure",), ""),
    # catalogued bn_dgamma_averaged, not named; wrong_reduction: "yours is the mean over axes (0, 2, 3) of dout ...; the
    # expected is its sum: average where the sum is asked for" (dbeta); departure: "`dgamma`, set by line 222: `dgamma,
    # dbeta = dgamma / count, dbeta / count` ... your `dgamma` is 0.025 times the right value ...: the mistake is in
    # that line. One change repairs it: written `dgamma, dbeta = dgamma, dbeta / count`" (1 / 40 rows: true; a close
    # call, above).
    "rg5_spatial_bn_backward_param_grads_averaged": ("right", ("wrong_reduction", "departure"), ""),
    "rg5_layernorm_backward_shape_unpacked_reversed": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    "rg6_training_generator_never_iterated": ("named", (), ""),
    # catalogued labels_shuffled, not named; labels_not_images (digits, shapes): "the training loss fell only from 2.35
    # to 2.02 over 300 steps ... what it learned from its batches is not the labels of their images. X and y are
    # shuffled or indexed apart: index both with the same indices" (X shuffled through the shared memory, y not).
    "rg6_from_numpy_view_shuffled_labels_copied": ("right", ("labels_not_images",), ""),
    # loss_flat (digits): "the training loss stayed at about 2.46 over 300 steps (...; learning rate 0.05): the model
    # learned nothing from its batches. A batch's labels not those of its images (...), steps that do not reach the
    # model's weights (the optimizer given other parameters, or the gradients cleared between backward() and step()),
    # or a learning rate too small for them to move?"; learned_little's checklist on the shapes (a decision, above).
    "rg6_sgd_dampening_one": (
        "vague", (),
        "torch.optim.SGD(..., momentum=0.9, dampening=1.0) multiplies each new gradient by 1 - dampening = 0 in the "
        "momentum buffer: only the first step's gradient (the buffer's start) moves the weights, decaying by 0.9 a "
        "step, and no later gradient reaches them, so the loss stays at about 2.46 and the accuracy at chance (0.09 "
        "on the digits); dampening=1.0 is not 'no damping': leave it at its default 0."),
    # raised_here (three tests): "line 66: `model = nn.Sequential( ...` raises the error at `nn.Conv2d(16, 16, 3,
    # stride=2, padding="same")`. There, `nn.Conv2d` is the class Conv2d itself ...; `16` is a number (16); ..."
    # under torch's "padding='same' is not supported for strided convolutions" (line 66 holds that call: a decision,
    # above).
    "rg6_strided_conv_padding_same": ("right", ("raised_here",), ""),
    # warmup_never_ends (digits): "the learning rate rose at every one of the first 60 steps, from 1e-06 to 1.51e-05,
    # and was still rising at the last of the 300 steps (0.955): the warm-up is longer than the training ... Count the
    # warm-up in optimizer steps (batches), not in images" (1e-6 * 10 ** (59 / 50) and 10 ** (299 / 50): true; the
    # remedy false: a decision, above); loss_flat (seeded): "... the learning rate was at most 7.59e-06 ...: 45 steps
    # that small barely move the weights. A warm-up or schedule that keeps the rate near zero (its length counted in
    # images where steps are meant?), or a rate set too small" (true of those 45 steps).
    "rg6_lr_range_test_schedule_left_in": (
        "misleading", ("loss_flat",),
        "the LambdaLR of the learning-rate range test is left in: Adam's base rate 1e-6 is multiplied by 10 ** (step "
        "/ 50) after every batch, 1.5e-5 at step 60, 3e-3 near step 174 and 0.955 at the last of the 300 steps: the "
        "first epochs barely move the weights and the last ones take steps far too large (0.488 on the digits); it is "
        "not a warm-up counted in images; drop the scheduler and train at a fixed rate around 3e-3."),
    # raised_here (three tests): "line 87: `outs.append(model(batch))` raises the error at `model(batch)`. There,
    # `model` is an nn.Sequential(); `batch` is a list of 1 item (a float32 tensor of shape (256, 1, 8, 8))" (the
    # DataLoader's 1-tuple, collated as a list: the cause).
    "rg6_test_loader_yields_tuples": ("right", ("raised_here",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # axes_permuted (two tests): "yours is the expected with its axes in the order (0, 2, 3, 1) (shape (5, 4, 4, 3) for
    # (5, 3, 4, 4)): the axes are mixed up (a transpose or reshape that moves them ...)" ((M, H, W, C): true);
    # departure: "`w`, set by line 178: `w = W.reshape(C, H, W_, M).swapaxes(0, 3)` ... with the same entries in
    # another order ...: the mistake is in that line".
    "rg7_fc_to_conv_swapaxes_first_last": ("right", ("axes_permuted", "departure"), ""),
    # departure (five tests): "`z`, set by line 180: `z = (y[:, None] - mu) / log_std` ... your `z` differs from the
    # right value (by up to 325). With the right `z` there, the rest of your function returns the expected loss: the
    # mistake is in that line".
    "rg7_mdn_z_divided_by_log_std": ("right", ("departure",), ""),
    # scaled: "every entry is H*W/D = 20/60 times the expected (...): a division by D where one by H*W is meant" (C = 3:
    # true); one_edit: "line 177 reads `area = np.prod(x.shape[1:])`; written `area = np.prod(x.shape[2:])`, your
    # function returns the expected pooled ..." (the fix).
    "rg7_gap_divided_by_example_size": ("right", ("scaled", "one_edit"), ""),
    # raised_here (both tests): "line 182: `out[:, :, i, j] = window.flatten() @ W + b` raises the error at
    # `window.flatten() @ W`. There, `window.flatten()` is a float64 array of shape (96,); `W` is a float64 array of
    # shape (48, 5)" (two images' windows in one vector: a decision, above).
    "rg7_score_map_window_flattened_whole_batch": ("right", ("raised_here",), ""),
    "rg7_gaussian_nll_density_without_sqrt_2pi": ("named", (), ""),
    "rg7_residual_relu_on_branch_and_sum": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure (both tests): "line 165: `return np.linalg.norm(lr * dW, "fro") / np.linalg.norm(W, "fro")` raises the
    # error (at `np.linalg.norm(lr * dW, "fro")`) ...; `W` has shape (5,); `dW` has shape (5,): the mistake is in that
    # line" (the one-line body, beside NumPy's "Invalid norm order 'fro' for vectors").
    "rg8_update_ratio_fro_norm_on_vectors": ("right", ("departure",), ""),
    # returned_none (both tests): "yours is None: is a `return` missing, or a value never stored where it is read back
    # (an entry of a dict ...)?" (the test reads the (K, 5) array as {}: None for every name; as JUDGEMENT57).
    "rg8_parameter_statistics_returns_matrix": ("right", ("returned_none",), ""),
    # departure (both tests): "the loop at lines 172-183 (`for _ in range(20):`) ...: the mistake is in that loop. On
    # its first pass, line 173: `order = np.random.permutation(len(X))` is the first to compute a value the correct
    # code never computes ...: look there first" (the legacy global generator's draw).
    "rg8_train_legacy_global_seed": ("right", ("departure",), ""),
    # entries_of_others: "your [1] is the expected [2], your [3] is the expected [2], your [5] is the expected [6]; the
    # others are right. One quantity is computed again in another's place (a line copied and not changed?)" (the
    # observation true, checked; the explanation not there: the exponents -4.5, -3.5, -2.5 rounded half to even).
    "rg8_log_grid_whole_decade_exponents": (
        "misleading", (),
        "np.round rounds the exponents to whole decades before 10 is raised to them: -4.5, -3.5 and -2.5 become -4, "
        "-4 and -2 (half to even), so entries 1, 3 and 5 are 1e-4, 1e-4 and 1e-2 where 3.16e-5, 3.16e-4 and 3.16e-3 "
        "are asked (the whole decades right); raise 10 to the unrounded exponents."),
    "rg8_crop_windows_from_unpadded_view": ("named", (), ""),
    "rg8_early_stopping_consecutive_pairs": ("named", (), ""),
}
# Counts: named 13, right 30 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 13 named, and 3, rg3_conv_backward_fast_dx_offset_assigned, rg5_spatial_bn_backward_param_grads_averaged
# and rg6_from_numpy_view_shuffled_labels_copied, right by their diagnoses), misleading 4, vague 1, nothing 0,
# wrong_name 0, check_message 0, not_caught 0. HOLDOUT58_CORRECT: all 7 earn full marks.

HOLDOUT58 = [replace(e, verdict=JUDGEMENT58[e.id][0], expected=frozenset(JUDGEMENT58[e.id][1]),
                     ideal=JUDGEMENT58[e.id][2]) if e.id in JUDGEMENT58 else e for e in HOLDOUT58]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,171 earlier ones (corpus.py and holdout.py-holdout57.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 6 of the 48 mistakes and 5 of the 7 right
# variants repeat an earlier entry.
# Fresh mistakes (not repeats): 37 of 42 named or right (88%); all 48: 43 (90%).
# (id -> the earlier entry it repeats)
REPEATED58: dict[str, str] = {
    "rg3_conv_backward_fast_dx_offset_assigned": "qj3_conv_bwd_fast_offset_scatter_assigned",
    "rg4_stats_recorded_at_top_of_loop": "q4_stats_of_layer_input",
    "rg4_he_normal_relu_gain_applied_again": "d4_he_normal_relu_gain_twice",
    "rg4_xavier_uniform_std_arguments_swapped": "qt4_xavier_uniform_mode_gain_positions_swapped",
    "rg4_stats_of_recomputed_product": "p4_actstats_records_preactivation",
    "rg7_residual_relu_on_branch_and_sum": "qc7_residual_branch_relu_and_outer_relu",
    "rgk_correct_rmsprop_incremental_average": "qxk_correct_rmsprop_incremental_ema",
    "rgk_correct_transposed_size_as_inverse_forward": "o3_correct_transposed_size_span",
    "rgk_correct_bn_alt_gamma_factored_out": "qpk_correct_bn_alt_gamma_factored_einsum",
    "rgk_correct_gap_backward_broadcast_copy": "e7_correct_gap_bwd_broadcast_copy",
    "rgk_correct_warmup_cosine_half_angle": "n8_correct_warmup_cosine_half_angle_squared",
}
