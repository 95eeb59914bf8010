"""A forty-eighth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 75409a3 (JUDGED_ON48, JUDGEMENT48 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout48.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT48 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT48_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT48: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qw1_relu_fwd_cache_input_and_output", "a1_backprop", "relu_forward",
       "out = max(0, x) is right, but the cache is the pair (x, out) 'both kept for the backward pass', where "
       "relu_backward reads the cache as the input array x itself: dout * (cache > 0) then broadcasts the stacked "
       "(2, N, D) pair, so dx comes back with the wrong shape (2, N, D) and values", """
def relu_forward(x):
    out = np.maximum(x, 0)
    # keep both the input and the output around for the backward pass
    cache = (x, out)
    return out, cache
"""),
    _e("qw1_ce_labels_used_as_one_hot", "a1_backprop", "softmax_cross_entropy_loss",
       "the integer labels y (N,) are used as if they were a one-hot matrix (N, C): the loss is "
       "-sum(y * log_probs) / N and dscores = (probs - y) / N, so y broadcasts against the (N, C) arrays along the "
       "classes (a broadcasting error when N != C); the correct class's entry must be picked with "
       "log_probs[np.arange(N), y] and 1 subtracted there", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    probs = np.exp(log_probs)
    # cross-entropy between the targets and the predicted distribution
    loss = -np.sum(y * log_probs) / n
    dscores = (probs - y) / n
    return loss, dscores
"""),
    _e("qw1_numgrad_default_step_too_coarse", "a1_backprop", "eval_numerical_gradient",
       "the default step is changed to h = 1e-2 ('1e-5 is lost in rounding noise'): the centred difference has a "
       "truncation error of order h**2 * f''' / 6, about 1e-5 relative here, far above the 1e-6 a gradient check "
       "needs (the loop, the 2h division and the restoring of x are right)", """
def eval_numerical_gradient(f, x, h=1e-2):
    # a larger step keeps the difference well above floating-point noise
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(*x.shape):
        saved = x[idx]
        x[idx] = saved + h
        fp = f(x)
        x[idx] = saved - h
        fm = f(x)
        x[idx] = saved
        grad[idx] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("qw1_mlp_relu_backward_given_affine_cache", "a1_backprop", "two_layer_mlp_loss",
       "the caches are mixed up in the backward pass: relu_backward is handed the first affine layer's cache "
       "(X, W1, b1) instead of the ReLU's own cache (its input h), so `cache > 0` compares a tuple of arrays with 0 "
       "and raises; with labels no loss or gradient comes back (the scores without labels are right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, fc1_cache = affine_forward(X, W1, b1)
    a, relu_cache = relu_forward(h)
    scores, fc2_cache = affine_forward(a, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss = data_loss + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da, dW2, db2 = affine_backward(dscores, fc2_cache)
    dh = relu_backward(da, fc1_cache)
    _, dW1, db1 = affine_backward(dh, fc1_cache)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("qw1_db_rowwise_loop_stores_rows", "a1_backprop", "affine_backward",
       "db is built by a loop over the examples that stores each row's gradient, db[i] = dout[i], in an (N, M) array "
       "instead of adding it into one (M,) vector: db is dout itself, never summed over the batch (dx and dw right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    dx = (dout @ w.T).reshape(x.shape)
    dw = x_flat.T @ dout
    # every example contributes its upstream gradient to the bias
    db = np.zeros_like(dout)
    for i in range(N):
        db[i] = dout[i]
    return dx, dw, db
""", catalogued="db_not_summed"),
    _e("qw1_softmax_normalizer_ones_matmul_over_batch", "a1_backprop", "softmax",
       "the row sums are written as a product with a matrix of ones, np.ones((N, N)) @ e, which adds up each column "
       "over the batch (it should be e @ np.ones((C, C)), the sum over each row's classes): every class is "
       "normalized over the batch instead of every row over its classes", """
def softmax(scores):
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    n = scores.shape[0]
    # sum via a matrix of ones so that the normalizer already has the right shape
    totals = np.ones((n, n)) @ e
    return e / totals
""", catalogued="softmax_over_batch"),
    # ------------------------------------------------------------------ a2_optim
    _e("qw2_adam_bias_correction_caret", "a2_optim", "adam",
       "the powers in the bias corrections are typed with ^, Python's bitwise exclusive or, instead of **: "
       "beta1 ^ t with a float beta raises TypeError, so adam never returns a step (m, v and t right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    beta1, beta2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = beta1 * config.get("m", np.zeros_like(w)) + (1 - beta1) * g
    v = beta2 * config.get("v", np.zeros_like(w)) + (1 - beta2) * g * g
    m_hat = m / (1 - beta1 ^ t)
    v_hat = v / (1 - beta2 ^ t)
    config["t"], config["m"], config["v"] = t, m, v
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
"""),
    _e("qw2_step_lr_default_gamma_half", "a2_optim", "step_lr",
       "wrong default in the signature: gamma=0.5 (the value of the public test) instead of the documented 0.1, so a "
       "call that leaves gamma out halves the rate every step_size steps instead of dividing it by 10 (right when "
       "gamma is passed)", """
def step_lr(base_lr, step, step_size, gamma=0.5):
    # number of completed decay periods
    n_decays = step // step_size
    return base_lr * gamma ** n_decays
"""),
    _e("qw2_cosine_lr_half_floor_division", "a2_optim", "cosine_lr",
       "the halving of (1 + cos(pi t)) is typed with //, floor division: the factor is 1 at step 0 and 0 for every "
       "step after it (1 + cos < 2), so the rate drops from base_lr straight to min_lr instead of following the "
       "cosine", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / total_steps
    factor = (1 + math.cos(math.pi * progress)) // 2
    return min_lr + (base_lr - min_lr) * factor
"""),
    _e("qw2_minibatch_targets_indexed_by_epoch_order", "a2_optim", "minibatch_sgd",
       "wrong variable in the batch: the rows are X[idx] but the targets are y[order], the whole epoch's permutation "
       "instead of the batch's indices idx: the residual X[idx] @ w - y[order] pairs a batch of rows with N targets "
       "(a shape error unless the batch is the whole set)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = len(X)
    w = np.array(w0, dtype=float)
    history = []
    for epoch in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            grad = linear_regression_gradient(w, X[idx], y[order])
            w = w - learning_rate * grad
            history.append(w.copy())
    return np.array(history)
"""),
    _e("qw2_momentum_returns_fresh_hyperparameter_dict", "a2_optim", "sgd_momentum",
       "the function returns a fresh dict holding only the hyperparameters (learning_rate, momentum, weight_decay) "
       "'to keep config clean': the velocity computed is never in the returned config, so every call starts again "
       "from zero velocity and momentum never builds up", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w + v
    # hand back the settings for the next call
    new_config = {"learning_rate": config["learning_rate"], "momentum": config["momentum"],
                  "weight_decay": config.get("weight_decay", 0.0)}
    return next_w, new_config
""", catalogued="velocity_not_stored"),
    _e("qw2_adam_hats_aliased_to_moments", "a2_optim", "adam",
       "the bias corrections are skipped with m_hat, v_hat = m, v ('they only matter in the first steps'): the step "
       "divides the raw moments, so the first steps are far too small (m, v and t are stored right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    config["m"] = config["beta1"] * config.get("m", np.zeros_like(w)) + (1 - config["beta1"]) * g
    config["v"] = config["beta2"] * config.get("v", np.zeros_like(w)) + (1 - config["beta2"]) * g ** 2
    # bias correction only matters early on
    m_hat, v_hat = config["m"], config["v"]
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    # ------------------------------------------------------------------ a3_conv
    _e("qw3_pool_indices_argmax_over_whole_batch", "a3_conv", "max_pool_with_indices",
       "each window's maximum position is found with window.argmax() without an axis: on the (N, C, ph * pw) stack it "
       "returns one flat position over every image and channel together, so the same (and mostly wrong, often out of "
       "range) row and column offsets k // pw, k % pw are used for every image and channel; the argmax must be taken "
       "per plane, axis=2 (the pooled values are right)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = (H - ph) // s + 1
    Wo = (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            out[:, :, i, j] = window.max(axis=2)
            k = window.argmax()
            r, q = k // pw, k % pw
            idx[:, :, i, j] = (i * s + r) * W + (j * s + q)
    return out, idx
"""),
    _e("qw3_fast_conv_output_height_width_swapped", "a3_conv", "conv_forward_fast",
       "the tensordot result (N, Ho, Wo, F) is brought to channels-first with transpose(0, 3, 2, 1) instead of "
       "(0, 3, 1, 2): the output rows and columns are swapped, (N, F, Wo, Ho), which is wrong for non-square outputs "
       "and transposes each map even for square ones", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    # windows: (N, C, Ho, Wo, HH, WW)
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    prod = np.tensordot(win, w, axes=([1, 4, 5], [1, 2, 3]))  # (N, Ho, Wo, F)
    out = prod.transpose(0, 3, 2, 1) + b.reshape(1, F, 1, 1)
    return out, (x, w, b, conv_param)
"""),
    _e("qw3_multiply_count_one_output_channel", "a3_conv", "conv_multiply_count",
       "the multiplications are counted for one output map only, oh * ow * in_channels * kh * kw: the factor "
       "out_channels is missing (each of the out_channels filters makes its own map)", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    # each output value is a dot product over in_channels * kh * kw inputs
    per_value = in_channels * kh * kw
    return oh * ow * per_value
"""),
    _e("qw3_conv_bwd_dx_scatters_flipped_kernel", "a3_conv", "conv_backward_naive",
       "each output's gradient is scattered into its window with the kernel flipped over both spatial axes, "
       "w[f, :, ::-1, ::-1] ('the backward of a convolution is a convolution with the flipped kernel'): the flip "
       "belongs to the gather form (a full convolution of dout); scattering window by window needs w[f] as it is, so "
       "dx is wrong (dw and db right)", """
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
    w_rot = w[:, :, ::-1, ::-1]  # backprop through a convolution uses the rotated kernel
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r0, c0 = i * stride, j * stride
                    dw[f] += xp[n, :, r0:r0 + HH, c0:c0 + WW] * dout[n, f, i, j]
                    dxp[n, :, r0:r0 + HH, c0:c0 + WW] += w_rot[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qw3_param_count_dense_weight_array_size", "a3_conv", "conv_param_count",
       "the weights are counted as the size of a dense weight array np.empty((out, in, kh, kw)) 'the shape of "
       "Conv2d.weight': groups is accepted but never divides the input channels, so a grouped convolution is counted "
       "with in_channels inputs per filter instead of in_channels / groups", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    # count exactly what a Conv2d stores: a weight tensor and a bias vector
    weight = np.empty((out_channels, in_channels, kh, kw))
    n = weight.size
    if bias:
        n += out_channels
    return int(n)
""", catalogued="param_count_ignores_groups"),
    _e("qw3_conv_kernel_reversed_as_flat_vector", "a3_conv", "conv_forward_naive",
       "each filter is flattened per channel and its kh * kw taps reversed, w.reshape(F, C, -1)[:, :, ::-1], before "
       "the dot product with the window: that is the kernel flipped over both spatial axes (a true convolution), "
       "where the layer computes cross-correlation with w as it is", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    # convolution: the kernel taps run backwards over the window
    kern = w.reshape(F, C, HH * WW)[:, :, ::-1]
    out = np.zeros((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            patch = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW].reshape(N, C, HH * WW)
            out[:, :, i, j] = np.einsum("nck,fck->nf", patch, kern) + b
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="flipped_kernel"),
    # ------------------------------------------------------------------ a4_init
    _e("qw4_he_std_gain_two_not_root_two", "a4_init", "he_std",
       "He's std is delegated to Glorot's fan_in std with gain 2, xavier_std(shape, 'fan_in', 2.0) = 2 / sqrt(fan_in), "
       "where the ReLU gain is sqrt(2) (the factor 2 belongs to the variance): the std is sqrt(2) times too large", """
def he_std(shape):
    # He = Glorot fan_in with the ReLU gain of 2
    return xavier_std(shape, mode="fan_in", gain=2.0)
"""),
    _e("qw4_fans_in_channels_read_from_the_end", "a4_init", "compute_fans",
       "for a convolution weight the input channels are read as shape[-3], counted from the end as in an image batch "
       "(C, H, W), instead of shape[1]: right for 2-D kernels (out, in, kh, kw), but a 1-D kernel (out, in, k) reads "
       "out_channels and a 3-D one (out, in, kd, kh, kw) reads the kernel depth kd as the input channels (fan_out "
       "right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    receptive = int(np.prod(shape[2:]))
    in_channels = shape[-3]
    return in_channels * receptive, shape[0] * receptive
"""),
    _e("qw4_xavier_normal_std_of_reversed_shape", "a4_init", "xavier_normal",
       "the std is computed for the reversed shape, xavier_std(shape[::-1], mode, gain) ('torch stores (out, in)'), "
       "while the draws have the given shape: for a linear weight the fans are swapped, so mode 'fan_in' uses "
       "1 / fan_out, and for a conv weight the reversed (kw, kh, in, out) is read as a conv shape with in and out "
       "taken as the kernel (fan_avg of a square linear shape right)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    # torch keeps weights as (out, in): look the fans up in that order
    std = xavier_std(tuple(shape)[::-1], mode, gain)
    return rng.normal(0.0, std, size=shape)
"""),
    _e("qw4_stats_skip_last_weight_as_output_layer", "a4_init", "activation_statistics",
       "the loop runs over weights[:-1], the last weight treated as an output layer that is not part of the experiment: "
       "only L - 1 layers are applied and measured, so the two arrays have L - 1 entries instead of one per weight", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    h = X
    means, variances = [], []
    # hidden layers only; the last matrix is the output layer
    for W in weights[:-1]:
        h = f(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qw4_xavier_std_returns_variance_variable", "a4_init", "xavier_std",
       "the variance 2 / (fan_in + fan_out) (or 1 / fan_in) is computed and its square root taken into std, but the "
       "function returns gain * var, the variance, instead of gain * std", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        var = 2.0 / (fan_in + fan_out)
    else:
        var = 1.0 / fan_in
    std = math.sqrt(var)
    return gain * var
""", catalogued="variance_used_as_std"),
    _e("qw4_uniform_unit_draws_scaled_by_std", "a4_init", "xavier_uniform",
       "the draws are U(-1, 1) scaled by the std, rng.uniform(-1, 1) * std: that is U(-std, std), whose variance is "
       "std**2 / 3; the bound must be sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    # uniform in [-1, 1], then scaled to the target spread
    return rng.uniform(-1.0, 1.0, size=shape) * std
""", catalogued="uniform_bound_is_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("qw5_groupnorm_bwd_count_channels_per_group", "a5_normalization", "groupnorm_backward",
       "the number of values each group's statistics are taken over is counted as C // groups, the channels of a "
       "group, instead of (C // groups) * H * W, every value of the group: dx = inv_std / M * (M dx_hat - sum - "
       "x_hat sum) is computed with too small an M (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dbeta = dout.sum(axis=(0, 2, 3))
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dxh = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    # number of elements normalized together in a group
    M = C // groups
    dx = inv_std / M * (M * dxh - dxh.sum(axis=2, keepdims=True) - xh * (dxh * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qw5_bn_alt_sums_over_features", "a5_normalization", "batchnorm_backward_alt",
       "the sums of the simplified formula are taken over axis 1 with keepdims (each row's features, layer norm's "
       "axis) instead of over the batch, axis 0: dx = inv_std / N * (N dx_hat - sum_d dx_hat - x_hat sum_d(dx_hat "
       "x_hat)) mixes batch norm's N and inv_std with per-row sums (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    g = dout * gamma
    s1 = g.sum(axis=1, keepdims=True)
    s2 = (g * x_hat).sum(axis=1, keepdims=True)
    dx = inv_std / N * (N * g - s1 - x_hat * s2)
    return dx, dgamma, dbeta
"""),
    _e("qw5_bn_train_normalizes_with_updated_running_stats", "a5_normalization", "batchnorm_forward",
       "in train mode the running averages are updated first and the batch is then normalized with them ('the "
       "freshest estimate'), instead of with the batch's own mean and biased variance: the training output is "
       "(x - running_mean) / sqrt(running_var + eps), mostly the initial 0 and 1, and the cache's x_hat and inv_std "
       "are those of the running statistics (test mode and the running averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
        # normalize with the up-to-date estimates
        inv_std = 1.0 / np.sqrt(running_var + eps)
        x_hat = (x - running_mean) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qw5_layernorm_bwd_inv_std_left_out", "a5_normalization", "layernorm_backward",
       "the simplified formula is written without its factor inv_std: dx = (D dx_hat - sum(dx_hat) - x_hat "
       "sum(dx_hat x_hat)) / D, so each row's dx is sqrt(var + eps) times too large (dgamma and dbeta right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dx_hat = dout * gamma
    dx = (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
          - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True)) / D
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
"""),
    _e("qw5_dropout_keep_where_above_p", "a5_normalization", "dropout_forward",
       "the units are kept where rng.random(x.shape) > p and scaled by 1 / (1 - p): p is read as the probability of "
       "dropping a unit, where it is the probability of keeping it (units kept with probability 1 - p)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) > p
    mask = keep / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("qw5_bn_bwd_param_grads_einsum_over_n", "a5_normalization", "batchnorm_backward",
       "dgamma and dbeta are written as einsum contractions over the batch and then divided by N ('average over the "
       "batch'): they are the means of the per-example gradients instead of their sums (dx right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dgamma = np.einsum("nd,nd->d", dout, x_hat) / N
    dbeta = np.einsum("nd->d", dout) / N
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * np.mean(x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    # ------------------------------------------------------------------ a6_cnn
    _e("qw6_optimizer_built_on_another_model", "a6_cnn", "train_and_predict",
       "the optimizer is built on the parameters of a second, freshly made network (make_model() called again inside "
       "torch.optim.Adam(...)), so the steps update that copy while the model that computes the loss and predicts "
       "is never trained: its predictions are those of an untrained network", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]

    def make_model():
        return nn.Sequential(
            nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))

    model = make_model()
    opt = torch.optim.Adam(make_model().parameters(), lr=3e-3)
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="untrained_model"),
    _e("qw6_labels_reordered_by_random_keys", "a6_cnn", "train_and_predict",
       "'shuffle the training set' is written as y = y[torch.argsort(torch.rand(N))] on the label tensor alone (a "
       "random order from sorting random keys), while the images keep their order: every image is trained against "
       "another image's label, so the model learns nothing about the images", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    # shuffle once so the classes are mixed
    keys = torch.rand(len(y))
    y = y[torch.argsort(keys)]
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("qw6_second_batchnorm_channel_count_copied", "a6_cnn", "train_and_predict",
       "copy-paste slip in the network: the first nn.BatchNorm2d is given 32 features (the second block's) while the "
       "convolution before it makes 16 channels: the first forward pass raises (running_mean should contain 16 "
       "elements, not 32), so no logits come back", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qw6_adam_momentum_passed_positionally", "a6_cnn", "train_and_predict",
       "the optimizer is written torch.optim.Adam(model.parameters(), 3e-3, 0.9), the SGD(params, lr, momentum) habit: "
       "Adam's third positional argument is betas, a pair, so 0.9 is taken as betas and Adam raises when it reads "
       "betas[0] (on construction or at the first step): no training, no logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), 3e-3, 0.9)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qw6_training_tensor_built_from_test_images", "a6_cnn", "train_and_predict",
       "copy slip: the training tensor is built from X_test instead of X_train, X = torch.tensor(X_test), while the "
       "labels are y_train: the batches pair test images with training labels (and indices past the test set's "
       "length raise), so the network never learns the training images' classes", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_test), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qw6_learning_rate_typo_3e_6", "a6_cnn", "train_and_predict",
       "the learning rate is typed 3e-6 instead of 3e-3: Adam's steps are a thousand times too small, so after ten "
       "epochs the weights have hardly moved from their initialization and the accuracy stays far below what the "
       "network reaches", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-6)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qw7_resblock_bwd_w2_not_transposed", "a7_architectures", "residual_block_backward",
       "the gradient reaching the hidden layer is dz @ W2 instead of dz @ W2.T: with W2 of shape (H, M) the product "
       "(N, M) @ (H, M) raises whenever H != M (and is the wrong map when H == M), so dx and the first layer's "
       "gradients are never computed right", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"]
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
    _e("qw7_mdn_dmu_not_divided_by_n", "a7_architectures", "mdn_nll",
       "dmu is -gamma * z / sigma without the division by N, though the loss is the mean over the rows (dlogits and "
       "dlog_std are divided): the means' gradient is that of the summed loss, N times too large", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qw7_gaussian_nll_log_std_doubled_in_place", "a7_architectures", "gaussian_nll",
       "log_std is turned into the log-variance in place, log_std *= 2 ('reuse the array'): the loss and gradients are "
       "right (written for log_var), but the caller's log_std array is overwritten with twice its values", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    log_var = log_std
    log_var *= 2
    var = np.exp(log_var)
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + 0.5 * log_var + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("qw7_saliency_input_gradient_transposed_then_reshaped", "a7_architectures", "saliency_map",
       "the input gradient is computed as W1 @ da1.T, the (D, N) transpose of the (N, D) gradient, and reshaped "
       "straight to x.shape without transposing it back: the values of different examples and positions are "
       "interleaved before the maximum over the channels", """
def saliency_map(x, params, y):
    N = x.shape[0]
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    pre = x.reshape(N, -1) @ W1 + b1
    onehot = np.zeros((N, W2.shape[1]))
    onehot[np.arange(N), y] = 1.0
    dpre = (onehot @ W2.T) * (pre > 0)
    grad = (W1 @ dpre.T).reshape(x.shape)
    return np.abs(grad).max(axis=1)
"""),
    _e("qw7_fc_to_conv_flatten_then_reshape", "a7_architectures", "fc_to_conv",
       "the weight is flattened and reshaped straight to (M, C, H, W), W.flatten().reshape(M, C, H, W): the (C*H*W, M) "
       "matrix is stored row by row, so filter m is not column m of W; it must be transposed first, "
       "W.T.reshape(M, C, H, W)", """
def fc_to_conv(W, b, in_shape):
    C, H, Wd = in_shape
    M = W.shape[1]
    w = W.flatten().reshape(M, C, H, Wd)
    return w, b.copy()
""", catalogued="fc_weight_reshaped_in_wrong_order"),
    _e("qw7_cam_einsum_sums_all_classes", "a7_architectures", "class_activation_map",
       "the map is written as the einsum 'ck,nchw->nhw' of the whole W with the features: the class axis k is summed "
       "too, so every example gets the sum of the maps of all K classes instead of the map of its own class "
       "W[:, classes[n]]", """
def class_activation_map(features, W, classes):
    # weight each feature map by its class weight and add them up
    return np.einsum("ck,nchw->nhw", W, features)
""", catalogued="cam_summed_over_classes"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qw8_param_stats_keyed_by_position", "a8_pipeline", "parameter_statistics",
       "the result is keyed by position, {i: ... for i, (W, dW) in enumerate(zip(params.values(), grads.values()))}: "
       "the keys are 0, 1, ... instead of the parameter names (and each weight is paired with a gradient by position)", """
def parameter_statistics(params, grads, lr):
    out = {}
    for i, (W, dW) in enumerate(zip(params.values(), grads.values())):
        out[i] = np.array([W.mean(), W.std(), dW.mean(), dW.std(), update_ratio(W, dW, lr)])
    return out
"""),
    _e("qw8_train_weight_step_uses_raw_rows", "a8_pipeline", "train_and_predict",
       "the scores are computed from the standardized rows, but the weight step uses the raw flattened rows, "
       "W -= 0.1 * X_raw[idx].T @ probs (the variable from before normalization): with normalize=True W is updated "
       "with a gradient in the uncalibrated units, which is not the gradient of the loss being trained (right when "
       "normalize is false)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X_raw = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    X = X_raw
    if normalize:
        X, T = normalize_splits(X_raw, T, "standardize")
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
            W -= 0.1 * X_raw[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
    _e("qw8_flip_coins_counted_by_width", "a8_pipeline", "random_flip",
       "the coins are drawn with size x.shape[-1], one per column of an image, instead of x.shape[0], one per image: "
       "the boolean mask has the wrong length for indexing the batch (an IndexError unless W == N, and then image n "
       "is flipped by column n's coin)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.random(x.shape[-1]) < p
    out = x.copy()
    out[flip] = x[flip][..., ::-1]
    return out
"""),
    _e("qw8_warmup_quarter_cosine", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the decay is written min_lr + (base_lr - min_lr) * cos(pi t / 2), a quarter period of the "
       "cosine, instead of (1 + cos(pi t)) / 2 (which equals cos(pi t / 2) squared): the rate starts and ends right "
       "but stays too high in between (the warm-up right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    # goes from 1 at t = 0 down to 0 at t = 1
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * t / 2)
"""),
    _e("qw8_early_stop_epochs_since_best_exceed", "a8_pipeline", "early_stopping",
       "training stops when epoch - best_epoch > patience, one epoch after the `patience` epochs in a row without an "
       "improvement (>= is meant): it stops one epoch late", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_epoch = 0
    for epoch, loss in enumerate(val_losses):
        if loss < best_loss - min_delta:
            best_loss = loss
            best_epoch = epoch
        elif epoch - best_epoch > patience:
            return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="patience_off_by_one"),
    _e("qw8_log_grid_arange_steps", "a8_pipeline", "log_grid",
       "the grid is built as low + (high - low) * np.arange(n) / (n - 1): equal steps of the values themselves, a "
       "linear grid, instead of equal steps of their logarithms (a constant ratio between neighbours)", """
def log_grid(low, high, n):
    step = (high - low) / (n - 1)
    return low + step * np.arange(n)
""", catalogued="linear_grid"),
]

HOLDOUT48_CORRECT: list[Entry] = [
    _e("qwk_correct_a1_affine_tensordot_unflattened", "a1_backprop", "affine_forward",
       "correct: the product contracted on the unflattened input with np.tensordot against w reshaped to "
       "(d1, ..., dk, M), the bias added by broadcasting", """
def affine_forward(x, w, b):
    feat_shape = x.shape[1:]
    w_nd = w.reshape(feat_shape + (w.shape[1],))
    out = np.tensordot(x, w_nd, axes=len(feat_shape)) + b
    return out, (x, w, b)
"""),
    _e("qwk_correct_a2_adagrad_reciprocal", "a2_optim", "adagrad",
       "correct: the cache accumulated with np.square, the step written as g times np.reciprocal of sqrt(cache) + "
       "epsilon", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config["cache"] + np.square(g) if "cache" in config else np.square(g)
    config["cache"] = cache
    scale = np.reciprocal(np.sqrt(cache) + config["epsilon"])
    return w - config["learning_rate"] * g * scale, config
"""),
    _e("qwk_correct_a3_separable_mults_from_dense_counts", "a3_conv", "depthwise_separable_multiply_count",
       "correct: the depthwise stage as a dense in -> in count divided by in_channels (each filter sees one channel), "
       "plus the pointwise stage as a dense 1x1 count", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    depthwise = conv_multiply_count(in_channels, in_channels, kernel_size, output_size) // in_channels
    pointwise = conv_multiply_count(in_channels, out_channels, 1, output_size)
    return depthwise + pointwise
"""),
    _e("qwk_correct_a4_uniform_from_unit_interval", "a4_init", "xavier_uniform",
       "correct: U(-a, a) with a = sqrt(3) * std drawn as (2 * rng.random(shape) - 1) * a", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(shape)
    return (2.0 * u - 1.0) * a
"""),
    _e("qwk_correct_a5_layernorm_via_transpose", "a5_normalization", "layernorm_forward",
       "correct: layer norm written as batch-norm statistics of the transposed input (each row becomes a column), "
       "transposed back, inv_std kept as an (N, 1) column", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T
    mu = xt.mean(axis=0)
    var = ((xt - mu) ** 2).mean(axis=0)
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = (xt - mu).T * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("qwk_correct_a7_cam_einsum_gathered_weights", "a7_architectures", "class_activation_map",
       "correct: each example's class column gathered as W.T[classes] (N, C) and contracted with its features by the "
       "einsum 'nc,nchw->nhw'", """
def class_activation_map(features, W, classes):
    cls_w = W.T[np.asarray(classes)]
    return np.einsum("nc,nchw->nhw", cls_w, features)
"""),
    _e("qwk_correct_a8_log_uniform_natural_log", "a8_pipeline", "log_uniform",
       "correct: the exponent drawn uniformly between the natural logarithms of the bounds and exponentiated with "
       "np.exp (the same distribution as base 10)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    return np.exp(rng.uniform(math.log(low), math.log(high), size=n))
"""),
]

JUDGED_ON48 = "2026-12-06 on commit 75409a3"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout48 on commit 75409a3 (JUDGED_ON48), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT47 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of the test's sizes or arguments included); a departure naming the line with the
# mistake is right, and so is one that names the line that uses a wrong value with, as its alternatives, what holds
# the mistake; a departure over a whole two- or three-line body is right (as qn2_cosine_min_lr_read_as_fraction in
# JUDGEMENT39, the same `progress = step / total_steps` first line); a loop departure without a statement over the
# whole training loop is vague (as qf8_train_permutation_per_batch in JUDGEMENT31, ql8_train_sgd_with_momentum_habit
# in JUDGEMENT37); a catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python,
# NumPy or torch, a shape comparison, a shape_error that only restates NumPy's broadcasting error, or an accuracy
# figure is the comparison (nothing); shape_error's remedy advice that would not mend the code, beside a departure that
# names the line, is right (as qs1_affine_fwd_einsum_implicit_output in JUDGEMENT44); returned_none's "a value never
# stored where it is read back (an entry of a dict ...)" for a dict whose entries are under other keys is right (as
# z7_resbwd_grads_keyed_with_d_prefix in JUDGEMENT11 and qd1_mlp_grads_keyed_with_d_prefix in JUDGEMENT29); loss_flat
# with the cause as its first of three guesses (labels apart from their images) or its last of two (a rate set too
# small, the rate 3e-06 quoted) is tolerated; torch_error that turns torch's error into the cause and its remedy is
# right (as qv6_pool_widened_classifier_not_resized in JUDGEMENT47). Decided here: a departure on compute_fans whose
# "With the right `in_channels` (the correct code's `receptive`) there" names, as the correct code's counterpart of
# in_channels (shape[1]), its receptive field, equal only because the test drew k = in = 6 for (28, 6, 6), beside
# another test's "(its part 1 is what the correct code returns as part 2: are the parts returned in another order?)"
# (shape[-3] = out for every 1-D kernel), both pointing at line 95 in the end, states a coincidence of the test's sizes
# as a correspondence: misleading (a close call, as qv4_xavier_uniform_bound_sqrt6_over_n in JUDGEMENT47, whose
# coincidence on one test outweighed exact diagnoses beside it); index_error's "indices made for a longer array, used
# on this one (a permutation or batch indices of one set, the training rows, used on another of 739 rows, the test
# split ...?)" where X was built from X_test and the permutation counts y_train is the situation itself: right (a
# close call, unlike qu8_train_flatten_by_channel_count in JUDGEMENT46, whose cause, a reshape, was not named);
# one_slip's "`sqrt(4.0 /` where `sqrt(2.0 /` is meant ...; your code writes 2.0 there, yet it acts as another number
# in yours: look at what it is combined with" for a gain of 2.0 multiplied outside the root is right; as_if's "if
# cache[1] were flipped along its last two axes ...: a kernel flipped: a convolution in the mathematical sense, where
# the layers of a network compute a cross-correlation (no flip)" for a backward that scatters with the rotated kernel
# is right (dw and db do not read w); the check's own "(is normalize=False left unnormalized?)" beside a vague loop
# departure is a check's message, not a diagnosis, and leaves the verdict vague.
JUDGEMENT48: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # handed_wrong_input (four tests): "your relu_backward() is the correct code's own, yet it raises an error here: it
    # was handed `cache` from your relu_forward() ... Your relu_forward() returns a tuple at [1] ...; the correct one
    # returns an array of shape (6, 7) there" (the MLP tests give only the TypeError).
    "qw1_relu_fwd_cache_input_and_output": ("right", ("handed_wrong_input",), ""),
    # departure (six tests): "line 221: `loss = -np.sum(y * log_probs) / n` raises the error (at `y * log_probs`) ...;
    # `log_probs` has shape (5, 4); `y` has shape (5,): the mistake is in that line"; on the gradient check (N = C, no
    # error) "The mistake is in lines 221-222" (both use y as one-hot: true); shape_error beside it: "give it the shape
    # (5, 1) (`[:, None]` ...)", advice that would not mend it (a close call, above).
    "qw1_ce_labels_used_as_one_hot": ("right", ("departure",), ""),
    # default_differs: "your eval_numerical_gradient() has h=0.01 as its default, where the default asked for is
    # h=1e-05: this call leaves h to the default, and yours is what the correct eval_numerical_gradient() returns with
    # h=0.01".
    "qw1_numgrad_default_step_too_coarse": ("right", ("default_differs",), ""),
    # departure (both tests): "line 225: `dh = relu_backward(da, fc1_cache)` raises the error ...: the mistake is in
    # that line, or in relu_backward() that it calls, or in what `fc1_cache` holds" (fc1_cache where relu_cache).
    "qw1_mlp_relu_backward_given_affine_cache": ("right", ("departure",), ""),
    "qw1_db_rowwise_loop_stores_rows": ("named", (), ""),
    # catalogued softmax_over_batch, not named; normalized_axis (both tests): "yours sums to 1 along axis 0; the
    # expected sums to 1 along axis 1: normalized over the wrong axis (e.g. a softmax's sum over the batch where each
    # row, over the classes, is asked ...)" (np.ones((N, N)) @ e sums each column: true).
    "qw1_softmax_normalizer_ones_matmul_over_batch": ("right", ("normalized_axis",), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (six tests): "line 245: `m_hat = m / (1 - beta1 ^ t)` raises the error (at `1 - beta1 ^ t`) ...: the
    # mistake is in that line".
    "qw2_adam_bias_correction_caret": ("right", ("departure",), ""),
    # default_differs: "your step_lr() has gamma=0.5 as its default, where the default asked for is gamma=0.1: this
    # call leaves gamma to the default".
    "qw2_step_lr_default_gamma_half": ("right", ("default_differs",), ""),
    # departure (three tests): "line 235: `progress = step / total_steps` computes `progress`, a value the correct code
    # never computes ... up to line 237 ...: The mistake is in lines 235-237": the whole three-line body, the // of line
    # 236 in it (as qn2_cosine_min_lr_read_as_fraction in JUDGEMENT39).
    "qw2_cosine_lr_half_floor_division": ("right", ("departure",), ""),
    # no diagnosis but shape_error restating NumPy's error: "NumPy matches (4,) and (12,) axis by axis, and they differ
    # at axis 0 (4 against 12) where neither is 1": no place, no remedy.
    "qw2_minibatch_targets_indexed_by_epoch_order": (
        "nothing", (),
        "grad = linear_regression_gradient(w, X[idx], y[order]) pairs the batch's rows (4) with the targets of the "
        "whole epoch's permutation (12): the residual's shapes (4,) and (12,) cannot meet; take the batch's targets, "
        "y[idx]."),
    "qw2_momentum_returns_fresh_hyperparameter_dict": ("named", (), ""),
    "qw2_adam_hats_aliased_to_moments": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # one_slip (three tests): "yours is what the correct code gives with one slip in max_pool_with_indices(): a
    # reduction over all entries where one over axis=2 is meant" (window.argmax() without axis).
    "qw3_pool_indices_argmax_over_whole_batch": ("right", ("one_slip",), ""),
    # axes_permuted (both tests): "yours is the expected with its axes in the order (0, 1, 3, 2) ...: the axes are mixed
    # up (a transpose or reshape that moves them ...)" (transpose(0, 3, 2, 1) where (0, 3, 1, 2): true).
    "qw3_fast_conv_output_height_width_swapped": ("right", ("axes_permuted",), ""),
    # as_if (both tests): "yours is what the correct conv_multiply_count() returns if out_channels were 1: out_channels
    # is ignored (used as if it were one)".
    "qw3_multiply_count_one_output_channel": ("right", ("as_if",), ""),
    # as_if (both tests): "yours is what the correct conv_backward_naive() returns if cache[1] were flipped along its
    # last two axes (rotated by 180 degrees): a kernel flipped: a convolution in the mathematical sense, where the
    # layers of a network compute a cross-correlation (no flip)" (w_rot used for dx; dw and db do not read w).
    "qw3_conv_bwd_dx_scatters_flipped_kernel": ("right", ("as_if",), ""),
    "qw3_param_count_dense_weight_array_size": ("named", (), ""),
    "qw3_conv_kernel_reversed_as_flat_vector": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # one_slip (two tests): "`sqrt(4.0 /` where `sqrt(2.0 /` is meant (another number); your code writes 2.0 there,
    # yet it acts as another number in yours: look at what it is combined with" (2.0 * sqrt(1 / fan_in) = sqrt(4 /
    # fan_in): true); scaled on the draws: "sqrt(2) times the expected: a factor 2 too many inside a square root".
    "qw4_he_std_gain_two_not_root_two": ("right", ("one_slip", "scaled"), ""),
    # departure (test_compute_fans_1d_and_3d_kernels): "line 96 ... returns 75 where 24 is right (its part 1 is what
    # the correct code returns as part 2: are the parts returned in another order?): the mistake is in that line, or in
    # `in_channels`, set by line 95" (for (25, 8, 3) shape[-3] is out: out * k = fan_out, no order swapped); departure
    # (test_stds_of_1d_and_3d_kernels): "your `in_channels` is 28 where 6 is right. With the right `in_channels` (the
    # correct code's `receptive`) there ...: the mistake is in that line": the counterpart is shape[1]; the receptive
    # field k equals it only because the test drew (28, 6, 6) (a close call, above).
    "qw4_fans_in_channels_read_from_the_end": (
        "misleading", (),
        "line 95 reads the input channels as shape[-3], counted from the end: for a 1-D kernel (out, in, k) that is "
        "out_channels (28 where 6 for (28, 6, 6); fan_in 75 where 24 for (25, 8, 3)), for a 3-D kernel (out, in, kd, "
        "kh, kw) the depth kd (right for 2-D kernels only); use shape[1] (fan_out is right)."),
    # departure (both tests): "`std`, set by line 93: `std = xavier_std(tuple(shape)[::-1], mode, gain)` ... your `std`
    # is 0.016843; with 0.0666667 there instead ...: the mistake is in that line, or in xavier_std() that it calls"
    # (sqrt(1 / (3 * 25 * 47)) for the reversed (3, 3, 25, 47) where sqrt(1 / 225): true).
    "qw4_xavier_normal_std_of_reversed_shape": ("right", ("departure",), ""),
    # fewer_steps (three tests): "yours has 5 entries where 6 are expected, and your first 5 match the expected's: the
    # last one is missing (a value left out of what you return, or a loop or range that stops one short)".
    "qw4_stats_skip_last_weight_as_output_layer": ("right", ("fewer_steps",), ""),
    "qw4_xavier_std_returns_variance_variable": ("named", (), ""),
    "qw4_uniform_unit_draws_scaled_by_std": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "`M`, set by line 225: `M = C // groups` ... your `M` is 3 where 27 is right. With the right `M` there,
    # the rest of your function returns the expected dx: the mistake is in that line".
    "qw5_groupnorm_bwd_count_channels_per_group": ("right", ("departure",), ""),
    # departure (both tests): "line 223: `s1 = g.sum(axis=1, keepdims=True)` computes `s1`, a value the correct code
    # never computes ... up to line 225 ...: The mistake is in lines 223-225" (the two sums over axis 1, the dx line).
    "qw5_bn_alt_sums_over_features": ("right", ("departure",), ""),
    # departure (two tests): "line 232: `inv_std = 1.0 / np.sqrt(running_var + eps)` computes `inv_std`, a value the
    # correct code never computes, from values that agree with it ... at line 233, `x_hat = (x - running_mean) *
    # inv_std`, your `x_hat` differs ...: the mistake is in how lines 232-233 compute `x_hat`"; handed_wrong_input on
    # the two backward tests: "it was handed `cache` from your batchnorm_forward()" (true).
    "qw5_bn_train_normalizes_with_updated_running_stats": ("right", ("departure", "handed_wrong_input"), ""),
    # departure: "`dx`, set by line 221: `dx = (D * dx_hat - ... ) / D`. What that line reads (D, dx_hat, x_hat) agrees
    # ...; your `dx` differs from the right value (by up to 0.878) ...: the mistake is in that line".
    "qw5_layernorm_bwd_inv_std_left_out": ("right", ("departure",), ""),
    "qw5_dropout_keep_where_above_p": ("named", (), ""),
    "qw5_bn_bwd_param_grads_einsum_over_n": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; optimizer_not_on_model (three tests): "no loss.backward() reaches the
    # weights the optimizer steps: after 199 of the 199 backward passes ... they still had no gradient ... The optimizer
    # was made for other parameters than those of the model trained (another model, or a second copy built by calling
    # the constructor again): give it model.parameters() of the model you train" (exact).
    "qw6_optimizer_built_on_another_model": ("right", ("optimizer_not_on_model",), ""),
    # catalogued labels_shuffled, not named; loss_flat (digits, shapes): "the training loss stayed at about 2.18 over
    # 200 steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its images
    # (index X and y with the same indices, one permutation for both), ...?" (the first of three guesses); the seeded
    # test gives only the check's "a model that learned (accuracy 0.09)".
    "qw6_labels_reordered_by_random_keys": ("right", ("loss_flat",), ""),
    # torch_error (three tests): "a batch norm built for 32 channels (num_features=32) got input with 16: build it for
    # the channels of the layer before it (16: that convolution's out_channels ...)".
    "qw6_second_batchnorm_channel_count_copied": ("right", ("torch_error",), ""),
    # no diagnosis: only Python's "train_and_predict() raised TypeError: 'float' object is not subscriptable".
    "qw6_adam_momentum_passed_positionally": (
        "nothing", (),
        "torch.optim.Adam(model.parameters(), 3e-3, 0.9) passes 0.9 as Adam's third positional argument, betas (a "
        "pair): Adam's constructor reads betas[0] and raises TypeError ('float' object is not subscriptable) before "
        "any training; write Adam(model.parameters(), lr=3e-3) (betas=(0.9, 0.999) if they are meant)."),
    # index_error (three tests): "index 1041 into the 739 rows of an array (axis 0), beyond its end: indices made for a
    # longer array, used on this one (a permutation or batch indices of one set, the training rows, used on another of
    # 739 rows, the test split or a batch?), or ..." (X = torch.tensor(X_test) indexed by a permutation of len(y_train);
    # a close call, above).
    "qw6_training_tensor_built_from_test_images": ("right", ("index_error",), ""),
    # loss_flat (three tests): "the training loss stayed at about 2.45 over 200 steps ..., and the learning rate was at
    # most 3e-06 at the steps recorded ...: 200 steps that small barely move the weights. A warm-up or schedule that
    # keeps the rate near zero ..., or a rate set too small" (the second of two, the rate quoted).
    "qw6_learning_rate_typo_3e_6": ("right", ("loss_flat",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (four tests): "line 179: `dh = dz @ params["W2"]` raises the error ...; `dz` has shape (4, 5);
    # `params['W2']` has shape (7, 5): the mistake is in that line, or in what `params` holds"; one_slip (two tests):
    # "the error your code raises is the one the correct code raises with one slip ...: a transpose (.T) missing".
    "qw7_resblock_bwd_w2_not_transposed": ("right", ("departure", "one_slip"), ""),
    # scaled (four tests): "every entry is N=5 times the expected, N being the batch size: did you forget to divide by
    # the batch size?" (N = 4, 6, 4 on the others).
    "qw7_mdn_dmu_not_divided_by_n": ("right", ("scaled",), ""),
    # written_in_place: "line 177: `log_var = log_std` makes `log_var` another name for log_std, not a copy, so line
    # 178: `log_var *= 2` writes into log_std, the caller's array: make a copy ...".
    "qw7_gaussian_nll_log_std_doubled_in_place": ("right", ("written_in_place",), ""),
    # departure (three tests): "`grad`, set by line 182: `grad = (W1 @ dpre.T).reshape(x.shape)` ... your `grad` holds
    # the right values in another order (a reshape or transpose in the wrong order?) ...: the mistake is in that line".
    "qw7_saliency_input_gradient_transposed_then_reshaped": ("right", ("departure",), ""),
    "qw7_fc_to_conv_flatten_then_reshape": ("named", (), ""),
    "qw7_cam_einsum_sums_all_classes": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # returned_none (both tests): "yours is None: is a `return` missing, or a value never stored where it is read back
    # (an entry of a dict such as bn_param or config that your function should set)?": the 'W1' ... entries are never
    # stored (they are under 0, 1, ...), as z7_resbwd_grads_keyed_with_d_prefix in JUDGEMENT11.
    "qw8_param_stats_keyed_by_position": ("right", ("returned_none",), ""),
    # departure (test_training_recipe): "the loop at lines 173-184 (`for _ in range(20):`) leaves `W` and `b` holding
    # values the correct code never computes ... (by up to 74.7) ...: the mistake is in that loop": the whole training
    # loop, no statement named; the accuracy checks' own "(is normalize=False left unnormalized?)" is beside the point.
    "qw8_train_weight_step_uses_raw_rows": (
        "vague", (),
        "line 183, W -= 0.1 * X_raw[idx].T @ probs, steps W with the raw flattened rows while the scores come from the "
        "standardized X[idx]: that is not the gradient of the loss being trained (W off by up to 74.7, accuracy 0.248 "
        "with normalization); use X[idx].T @ probs."),
    # no diagnosis: only NumPy's "IndexError: boolean index did not match indexed array along axis 0; size of axis is
    # 1000 but size of corresponding boolean axis is 5".
    "qw8_flip_coins_counted_by_width": (
        "nothing", (),
        "flip = rng.random(x.shape[-1]) < p draws one coin per column of an image (5) where one per image (1000) is "
        "asked: the mask cannot index the batch (IndexError); draw flip = rng.random(len(x)) < p."),
    # departure (three tests): "line 169: `return min_lr + (base_lr - min_lr) * math.cos(math.pi * t / 2)` ... what it
    # returns is 0.0998066 where 0.0996136 is right: the mistake is in that line" (cos where cos squared: true).
    "qw8_warmup_quarter_cosine": ("right", ("departure",), ""),
    "qw8_early_stop_epochs_since_best_exceed": ("named", (), ""),
    "qw8_log_grid_arange_steps": ("named", (), ""),
}
# Counts: named 13, right 30 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 13 named, the other 3, qw1_softmax_normalizer_ones_matmul_over_batch,
# qw6_optimizer_built_on_another_model and qw6_labels_reordered_by_random_keys, right by their diagnoses),
# misleading 1, vague 1, nothing 3, wrong_name 0, check_message 0, not_caught 0. HOLDOUT48_CORRECT: all 7 earn full
# marks.

HOLDOUT48 = [replace(e, verdict=JUDGEMENT48[e.id][0], expected=frozenset(JUDGEMENT48[e.id][1]),
                     ideal=JUDGEMENT48[e.id][2]) if e.id in JUDGEMENT48 else e for e in HOLDOUT48]
