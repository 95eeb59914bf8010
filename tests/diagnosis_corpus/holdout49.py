"""A forty-ninth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 75409a3 (JUDGED_ON49, JUDGEMENT49 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout49.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT49 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT49_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT49: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qx1_affine_bwd_db_accumulated_per_row", "a1_backprop", "affine_backward",
       "db is built by a loop that adds each example's dout[n] into its own row db[n] of an (N, M) buffer (zeros_like(dout)) "
       "instead of into one (M,) accumulator: db is dout itself, never summed over the batch (dx and dw right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    dx = (dout @ w.T).reshape(x.shape)
    dw = x_flat.T @ dout
    # every example contributes its upstream gradient to the bias
    db = np.zeros_like(dout)
    for n in range(N):
        db[n] += dout[n]
    return dx, dw, db
""", catalogued="db_not_summed"),
    _e("qx1_ce_scores_shifted_by_label_score", "a1_backprop", "softmax_cross_entropy_loss",
       "each row is shifted by the score of its correct class, s - s_y, instead of by the row maximum: the loss "
       "log(sum(exp(s_j - s_y))) is right in exact arithmetic, but where another class scores more than about 709 above "
       "the label's (scores of magnitude 1000) np.exp overflows to inf and the loss and dscores become inf/nan", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    # shift by the correct-class score: the loss is then log(sum_j exp(s_j - s_y))
    shifted = scores - scores[np.arange(n), y][:, None]
    e = np.exp(shifted)
    sums = e.sum(axis=1, keepdims=True)
    loss = np.mean(np.log(sums))
    dscores = e / sums
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
""", catalogued="softmax_no_max_subtraction"),
    _e("qx1_logistic_label_subtracted_after_product", "a1_backprop", "logistic_regression_gradient",
       "the parentheses of X^T (pi - y) are misplaced: X.T @ pi - y multiplies X^T by pi first and then subtracts the (N,) "
       "labels from the (D,) product, which fails to broadcast (N != D) instead of giving X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    z = X @ w
    pi, _ = sigmoid_forward(z)
    grad = X.T @ pi - y
    return grad
"""),
    _e("qx1_linreg_one_slope_per_feature", "a1_backprop", "linear_regression_closed_form",
       "each weight is fitted on its own feature, w_d = (x_d . y) / (x_d . x_d), the diagonal of X^T X only: the "
       "correlations between the features (the off-diagonal of X^T X) are ignored, so the weights are not the "
       "least-squares solution of (X^T X) w = X^T y unless the columns of X are orthogonal", """
def linear_regression_closed_form(X, y):
    # least squares for each coefficient: minimise sum (y - w_d x_d)^2 over w_d
    num = X.T @ y
    den = np.sum(X * X, axis=0)
    w = num / den
    return w
"""),
    _e("qx1_sigmoid_fwd_exact_zero_in_neither_branch", "a1_backprop", "sigmoid_forward",
       "the stable two-branch sigmoid fills an np.zeros_like array with masks x > 0 and x < 0: an input of exactly 0 "
       "belongs to neither branch and keeps 0 instead of sigmoid(0) = 0.5 (the cached output is wrong there too)", """
def sigmoid_forward(x):
    out = np.zeros_like(x, dtype=float)
    pos = x > 0
    neg = x < 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[neg])
    out[neg] = ex / (1.0 + ex)
    cache = out
    return out, cache
"""),
    _e("qx1_mlp_penalty_squares_added_across_weights", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty is written 0.5 * reg * np.sum(W1 ** 2 + W2 ** 2): the two squared weight matrices are added "
       "elementwise before the sum, which fails to broadcast for W1 (D, H) and W2 (H, C) of different shapes, instead of "
       "np.sum(W1 ** 2) + np.sum(W2 ** 2)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, cache1 = affine_forward(X, W1, b1)
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * np.sum(W1 ** 2 + W2 ** 2)
    da, dW2, db2 = affine_backward(dscores, cache2)
    dh = relu_backward(da, cache_relu)
    _, dW1, db1 = affine_backward(dh, cache1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qx2_step_lr_loop_counts_one_based_steps", "a2_optim", "step_lr",
       "the decay is applied in a loop over the 1-based step numbers 1 .. step + 1, multiplying by gamma at each multiple "
       "of step_size: the rate drops at 0-based step step_size - 1, one step early, instead of base_lr * gamma ** "
       "(step // step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    lr = base_lr
    for s in range(1, step + 2):   # count the steps done so far, this one included
        if s % step_size == 0:
            lr *= gamma
    return lr
""", catalogued="step_lr_off_by_one"),
    _e("qx2_cosine_progress_clamped_step_plus_one", "a2_optim", "cosine_lr",
       "the progress is min(step + 1, total_steps) / total_steps, the current step counted as done (clamped so the end "
       "does not overshoot): the schedule is one step ahead, step 0 is already below base_lr and min_lr is reached at "
       "step total_steps - 1; the progress is step / total_steps", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    done = min(step + 1, total_steps)
    progress = done / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + np.cos(np.pi * progress))
""", catalogued="cosine_lr_off_by_one"),
    _e("qx2_minibatch_one_index_array_reshuffled", "a2_optim", "minibatch_sgd",
       "one index array np.arange(N) is made before the epochs and shuffled in place with rng.shuffle at every epoch: "
       "each epoch permutes the previous epoch's order, so from the second epoch on the order is a composition of "
       "permutations instead of the fresh rng.permutation(N) the recipe asks for (the first epoch right)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    order = np.arange(n)
    w = np.array(w0, dtype=float)
    path = []
    for epoch in range(epochs):
        rng.shuffle(order)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qx2_linreg_gradient_residual_times_untransposed_X", "a2_optim", "linear_regression_gradient",
       "the residual is multiplied by X itself, np.dot(X, X @ w - y), instead of by its transpose X^T (or r @ X): an "
       "(N, D) matrix times an (N,) vector does not line up when N != D, so the gradient fails (and gradient_descent, "
       "which calls it, too)", """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return 2 * np.dot(X, residual) / len(y)
"""),
    _e("qx2_adam_v_hat_corrected_with_beta1", "a2_optim", "adam",
       "the second moment is bias-corrected with beta1 instead of beta2, v_hat = v / (1 - beta1**t) (copy-paste of the "
       "m_hat line): in the first steps v_hat is far too small, so the steps are too large (every other part right)", """
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
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * (g * g)
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b1 ** t)
    config["t"], config["m"], config["v"] = t, m, v
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("qx2_newton_gradient_dotted_with_solution", "a2_optim", "newton_step",
       "the Newton system is solved for the inverse Hessian, np.linalg.solve(H, I), and the gradient is then multiplied "
       "elementwise by it, H^-1 * grad (broadcast along the rows), instead of the matrix-vector product H^-1 @ grad: each "
       "column j of H^-1 is scaled by grad[j] and the result is a (D, D) array, not the (D,) step", """
def newton_step(w, grad, hessian):
    H_inv = np.linalg.solve(hessian, np.eye(hessian.shape[0]))
    return w - H_inv * grad
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qx3_conv_fast_np_flip_kernel", "a3_conv", "conv_forward_fast",
       "the kernel is flipped with np.flip(w, axis=(2, 3)) before the windows are contracted with it ('a convolution "
       "flips its kernel'): the layer computes a true convolution instead of the cross-correlation every deep-learning "
       "layer computes", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    kernel = np.flip(w, axis=(2, 3))
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", win, kernel) + b.reshape(1, F, 1, 1)
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("qx3_conv_bwd_naive_unpad_helper_negative_stop", "a3_conv", "conv_backward_naive",
       "the padding is dropped with a helper slice(pad, -pad) on both spatial axes: with pad = 0 that is slice(0, 0), "
       "empty, so dx comes back with no rows and columns instead of x's shape (right whenever pad > 0)", """
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
        for i in range(Ho):
            for j in range(Wo):
                r, c = i * stride, j * stride
                patch = xp[n, :, r:r + HH, c:c + WW]
                for f in range(F):
                    dw[f] += patch * dout[n, f, i, j]
                    dxp[n, :, r:r + HH, c:c + WW] += w[f] * dout[n, f, i, j]
    inner = slice(pad, -pad)
    dx = dxp[:, :, inner, inner]
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("qx3_max_pool_bwd_argmax_of_magnitudes", "a3_conv", "max_pool_backward",
       "each window's gradient goes to np.argmax(np.abs(window)), the input of largest magnitude: in a window whose most "
       "negative value is larger in magnitude than its maximum the gradient goes to that minimum instead of to the "
       "window's maximum", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    k = np.argmax(np.abs(window))       # the strongest activation of the window
                    r, q = divmod(k, pw)
                    dx[n, c, i * s + r, j * s + q] += dout[n, c, i, j]
    return dx
"""),
    _e("qx3_dsep_params_bias_on_pointwise_only", "a3_conv", "depthwise_separable_param_count",
       "the depthwise stage's biases are left out: the count is in_channels * k * k (no bias) plus the pointwise conv with "
       "its out_channels biases, so with bias=True it is in_channels too small (both convolutions have biases)", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    depthwise = in_channels * kh * kw
    pointwise = in_channels * out_channels + (out_channels if bias else 0)
    return depthwise + pointwise
"""),
    _e("qx3_avg_pool_forward_sum_over_window", "a3_conv", "avg_pool_forward",
       "each window is reduced with .sum(axis=(2, 3)) instead of .mean(axis=(2, 3)): the output is the window's sum, "
       "pool_height * pool_width times its average", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = 1 + (H - ph) // s
    Wo = 1 + (W - pw) // s
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = np.sum(x[:, :, i * s:i * s + ph, j * s:j * s + pw], axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("qx3_conv_bwd_fast_kernel_offsets_swapped_in_dx", "a3_conv", "conv_backward_fast",
       "in the loop over the kernel offsets, dx at offset (i, j) is given the weights of offset (j, i), w[:, :, j, i]: "
       "the kernel is transposed in the input gradient only, wrong for every non-symmetric kernel (and an index error "
       "for a non-square one); dw and db right", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwij->fcij", dout, windows)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, j, i])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qx4_he_normal_standard_normal_over_root_fan_in", "a4_init", "he_normal",
       "the draws are standard normals divided by sqrt(fan_in), rng.standard_normal(shape) / sqrt(fan_in): the std is "
       "sqrt(1 / fan_in), without He's factor 2 for ReLU layers (sqrt(2 / fan_in))", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    fan_in, _ = compute_fans(shape)
    return rng.standard_normal(shape) / np.sqrt(fan_in)
""", catalogued="relu_factor_2_missing"),
    _e("qx4_fans_conv_unpacked_out_first_both", "a4_init", "compute_fans",
       "for a conv weight the channel counts are unpacked as out_c, in_c = shape[:2] but fan_in is then written with "
       "out_c: fan_in = out_channels * kh * kw instead of in_channels * kh * kw (fan_out right; linear shapes right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_c, in_c = shape[:2]
    kernel = int(np.prod(shape[2:]))
    fan_in = out_c * kernel
    fan_out = out_c * kernel
    return fan_in, fan_out
""", catalogued="conv_fan_in_wrong_axis"),
    _e("qx4_xavier_std_gain_under_root", "a4_init", "xavier_std",
       "the gain is put under the square root, sqrt(gain * 2 / (fan_in + fan_out)) (and sqrt(gain / fan_in)): the std "
       "scales with sqrt(gain) instead of gain (right only for gain 1)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        var = gain * 2.0 / (fan_in + fan_out)
    else:
        var = gain / fan_in
    return math.sqrt(var)
"""),
    _e("qx4_xavier_uniform_drawn_transposed_shape", "a4_init", "xavier_uniform",
       "the draws are made with size=shape[::-1] ('(fan_out, fan_in) like torch') and returned as they are: the weights "
       "have the reversed shape, (150, 200) for a (200, 150) weight, instead of the shape asked for", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    bound = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return rng.uniform(low=-bound, high=bound, size=tuple(shape)[::-1])
"""),
    _e("qx4_act_stats_relu_via_abs", "a4_init", "activation_statistics",
       "the ReLU is written np.abs(z) ('keeps the magnitude, drops the sign'): negative pre-activations are mirrored to "
       "positive values instead of set to 0, so the ReLU layers' means and variances are those of |z| (tanh, sigmoid and "
       "linear right)", """
def activation_statistics(X, weights, activation):
    def act(z):
        if activation == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z))
        if activation == "tanh":
            return np.tanh(z)
        if activation == "relu":
            return np.abs(z)
        return z
    means, variances = [], []
    h = X
    for W in weights:
        h = act(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("qx4_he_std_fan_in_without_kernel", "a4_init", "he_std",
       "fan_in is taken as shape[1] directly ('the number of inputs is the second axis'): right for a conv weight's "
       "channel count only without its kernel size, and for a linear (D, M) weight it is M, the fan_out: sqrt(2 / fan_in) "
       "needs compute_fans(shape)[0]", """
def he_std(shape):
    fan_in = shape[1]
    return math.sqrt(2.0 / fan_in)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qx5_bn_alt_param_grads_np_average", "a5_normalization", "batchnorm_backward_alt",
       "dgamma and dbeta are taken with np.average over the batch axis instead of summed: both are N times too small "
       "(dx right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.average(dout, axis=0)
    dgamma = np.average(dout * x_hat, axis=0)
    g = dout * gamma
    dx = (inv_std / N) * (N * g - g.sum(axis=0) - x_hat * np.sum(g * x_hat, axis=0))
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("qx5_bn_bwd_only_mean_path", "a5_normalization", "batchnorm_backward",
       "the backward pass goes through the centring only: dx = inv_std * (dx_hat - mean(dx_hat)), as if inv_std were a "
       "constant; the path through the batch variance (the term - x_hat * mean(dx_hat * x_hat)) is missing", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    # x_hat = (x - mu) * inv_std: the mean is subtracted, so its gradient is centred
    dxc = dx_hat * inv_std
    dx = dxc - dxc.mean(axis=0)
    return dx, dgamma, dbeta
""", catalogued="bn_backward_drops_variance_path"),
    _e("qx5_bn_running_var_fed_batch_mean", "a5_normalization", "batchnorm_forward",
       "copy-paste slip in the running averages: running_var is updated with the batch mean, momentum * running_var + "
       "(1 - momentum) * mu * N / (N - 1), instead of with the batch variance (out, the cache and running_mean right)", """
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
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * mu * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qx5_layernorm_fwd_row_mean_without_keepdims", "a5_normalization", "layernorm_forward",
       "each row's mean is taken without keepdims, x.mean(axis=1) of shape (N,): subtracted from the (N, D) x it "
       "broadcasts along the features (row i's mean taken off column i), an error when N != D and wrong values when "
       "N == D (the variance right)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1)
    var = x.var(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("qx5_l2_gradient_transposed_weights", "a5_normalization", "l2_penalty",
       "the gradient is written reg * W.T: the transpose of the right gradient reg * W, of shape (M, D) instead of W's "
       "(D, M) (the loss right)", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(W * W)
    dW = reg * W.T
    return loss, dW
"""),
    _e("qx5_gn_bwd_dgamma_over_batch_only", "a5_normalization", "groupnorm_backward",
       "dgamma and dbeta are summed over the batch axis only, axis=0, leaving (C, H, W) arrays, instead of over the "
       "batch and the spatial axes (0, 2, 3) to the (C,) parameters' shape (dx right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    dx = inv_std * (g - g.mean(axis=2, keepdims=True) - xh * (g * xh).mean(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qx6_cnn_clock_mixed_monotonic_and_wall", "a6_cnn", "train_and_predict",
       "the start time is read with time.monotonic() but the budget is checked at the top of every epoch with "
       "time.time() - start: the wall clock is about 1.7e9 s ahead of the monotonic one, so the check breaks out before "
       "the first epoch and the model is never trained (chance accuracy)", """
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
        if time.time() - start > 0.8 * time_budget_s:
            break
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qx6_cnn_returns_topk_indices", "a6_cnn", "train_and_predict",
       "a trained model, but the function returns logits.topk(1).indices.squeeze(1), the predicted class of each test "
       "image, instead of the (len(X_test), n_classes) logits", """
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
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device))
    return logits.topk(1, dim=1).indices.squeeze(1).cpu().numpy()
""", catalogued="predictions_not_logits"),
    _e("qx6_cnn_model_built_before_seeding", "a6_cnn", "train_and_predict",
       "the network is built (and its weights initialized) before torch.manual_seed(seed) is called: the initial "
       "weights come from whatever state torch's global generator is in, so two runs with the same seed give different "
       "logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    # make the run reproducible
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y)).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qx6_cnn_test_batches_concatenated_on_class_axis", "a6_cnn", "train_and_predict",
       "the test images are predicted in chunks of 64 and the chunks' logits are joined with np.concatenate(..., axis=1): "
       "the chunks are put side by side along the class axis (or fail when the last chunk is shorter) instead of stacked "
       "along the rows (axis=0)", """
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
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    outs = []
    with torch.no_grad():
        for start in range(0, len(X_test), 64):
            chunk = torch.tensor(X_test[start:start + 64], device=device)
            outs.append(model(chunk).cpu().numpy())
    return np.concatenate(outs, axis=1)
"""),
    _e("qx6_cnn_dropout_keep_probability_as_torch_p", "a6_cnn", "train_and_predict",
       "nn.Dropout(0.9) is added before the classifier, meant as 'keep 90%' (the course's dropout p is the keep "
       "probability), but torch's p is the probability of dropping: 90% of the pooled features are zeroed at every "
       "training step, so the network barely learns", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.9), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
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
    _e("qx6_cnn_adam_lr_typed_3e5", "a6_cnn", "train_and_predict",
       "the learning rate is typed 3e-5 instead of 3e-3: in 15 epochs of small batches Adam moves the weights about a "
       "hundred times too little, so the network is still far from trained when the epochs end", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-5)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
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
    _e("qx7_cam_pooled_weighted_broadcast_back", "a7_architectures", "class_activation_map",
       "the feature maps are pooled first, the class-weighted sum of the pooled features (the class score without bias) "
       "is computed, and that number is broadcast to an H x W map: every map is constant instead of "
       "sum_c W[c, k] * features[n, c] at each position", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    pooled = features.mean(axis=(2, 3))                       # (N, C), what the classifier sees
    score = np.einsum("nc,cn->n", pooled, W[:, classes])      # weighted by the class's weights
    return np.broadcast_to(score[:, None, None], (N, H, Wd)).copy()
""", catalogued="cam_from_pooled_features"),
    _e("qx7_resblock_relu_on_branch_then_add", "a7_architectures", "residual_block_forward",
       "the second ReLU is applied to the residual branch, relu(h @ W2 + b2), and the shortcut added after it: the "
       "block's output is not rectified after the addition (out = relu(h @ W2 + b2 + shortcut(x)))", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    branch = np.maximum(h @ params["W2"] + params["b2"], 0)
    if "Ws" in params:
        shortcut = x @ params["Ws"] + params["bs"]
    else:
        shortcut = x
    out = branch + shortcut
    z = out
    return out, (x, params, a1, h, scale, z)
""", catalogued="relu_before_addition"),
    _e("qx7_score_map_window_flattened_channels_last", "a7_architectures", "fc_score_map",
       "each window is flattened channels-last, window.transpose(0, 2, 3, 1).reshape(N, -1), while the affine layer's "
       "rows follow the (C, H, W) order of x.reshape(N, -1): the window's values meet the wrong weights", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            window = x[:, :, i:i + H, j:j + Wd].transpose(0, 2, 3, 1).reshape(N, -1)
            out[:, :, i, j] = window @ W + b
    return out
"""),
    _e("qx7_saliency_back_through_W1_untransposed", "a7_architectures", "saliency_map",
       "the hidden gradient is carried back to the input with da1 @ W1 instead of da1 @ W1.T: an (N, H) array times the "
       "(D, H) weight does not line up (D != H), so no input gradient comes out", """
def saliency_map(x, params, y):
    N = x.shape[0]
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    a1 = x.reshape(N, -1) @ W1 + b1
    onehot = np.eye(W2.shape[1])[y]
    da1 = (onehot @ W2.T) * (a1 > 0)
    dx = (da1 @ W1).reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
"""),
    _e("qx7_gaussian_nll_dlogstd_missing_one", "a7_architectures", "gaussian_nll",
       "dlog_std is written -r**2 / var / N: the derivative of the log_std term itself (1 per entry) is left out, so "
       "the gradient only pushes the standard deviation up (loss and dmu right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    inv_var = np.exp(-2.0 * log_std)
    r = y - mu
    per_entry = 0.5 * np.log(2 * np.pi) + log_std + 0.5 * r * r * inv_var
    loss = per_entry.sum() / N
    dmu = -r * inv_var / N
    dlog_std = -(r * r) * inv_var / N
    return loss, dmu, dlog_std
"""),
    _e("qx7_resbwd_projection_bias_grad_over_units", "a7_architectures", "residual_block_backward",
       "for a projection shortcut the bias gradient is summed over axis 1 (each row's output units), "
       "dz.sum(axis=1) of shape (N,), instead of over the batch, dz.sum(axis=0) of shape (M,) (every other gradient right)", """
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
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=1)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qx8_crop_pad_result_unused", "a8_pipeline", "random_crop",
       "the padded images are computed but the windows are cut from x itself, with offsets drawn from 0 to H - size (the "
       "unpadded image's range): no window ever reaches into the zero padding", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, C, size, size), dtype=x.dtype)
    for n in range(N):
        r = rng.integers(0, H - size + 1)
        c = rng.integers(0, W - size + 1)
        out[n] = x[n, :, r:r + size, c:c + size]
    return out
""", catalogued="crop_without_padding"),
    _e("qx8_log_uniform_exp_ln10_of_raw_bounds", "a8_pipeline", "log_uniform",
       "the exponent is drawn uniformly between low and high themselves and turned into 10 ** e as exp(e * ln 10): the "
       "bounds are not logged first (log10(low), log10(high)), so the values lie between 10**low and 10**high", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    e = rng.uniform(low, high, size=n)
    return np.exp(e * np.log(10.0))
""", catalogued="exponent_not_logged"),
    _e("qx8_log_grid_exponents_raised_to_ten", "a8_pipeline", "log_grid",
       "the exponents are spaced right, np.linspace(log10(low), log10(high), n), but turned back with e ** 10, the power "
       "the wrong way round, instead of 10 ** e: the values are the tenth powers of the exponents, not 10 to them", """
def log_grid(low, high, n):
    exps = np.linspace(np.log10(low), np.log10(high), n)
    return exps ** 10
"""),
    _e("qx8_normalize_mode_or_string_always_true", "a8_pipeline", "normalize_splits",
       "the mode test is written if mode == 'standardize' or 'std': the non-empty string 'std' is always true, so mode "
       "'mean_image' divides by the std as well instead of only subtracting the mean image", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = np.mean(X_train, axis=0)
    Xtr, Xte = X_train - mean, X_test - mean
    if mode == "standardize" or "std":
        std = np.std(X_train, axis=0) + eps
        Xtr, Xte = Xtr / std, Xte / std
    return Xtr, Xte
"""),
    _e("qx8_train_weights_reset_every_epoch", "a8_pipeline", "train_and_predict",
       "W and b are set to zeros inside the epoch loop (the initialisation indented one level too deep): every epoch "
       "starts again from zero, so the returned model has trained for one epoch only instead of 20", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        W = np.zeros((X.shape[1], classes))
        b = np.zeros(classes)
        order = rng.permutation(X.shape[0])
        for start in range(0, X.shape[0], 64):
            idx = order[start:start + 64]
            s = X[idx] @ W + b
            s = s - s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
    _e("qx8_param_stats_grad_stats_of_weights", "a8_pipeline", "parameter_statistics",
       "copy-paste slip: the gradient's mean and std are taken of the weights again, W.mean() and W.std(), instead of "
       "grads[k].mean() and grads[k].std() (the weights' statistics and the ratio right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        dW = grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(W), np.std(W), update_ratio(W, dW, lr)])
    return stats
"""),
]

HOLDOUT49_CORRECT: list[Entry] = [
    _e("qxk_correct_relu_bwd_copyto_where", "a1_backprop", "relu_backward",
       "correct: dx built as a zero array into which dout is copied where the cached input is positive, with "
       "np.copyto(dx, dout, where=x > 0) (dout itself untouched)", """
def relu_backward(dout, cache):
    x = cache
    dx = np.zeros_like(dout, dtype=float)
    np.copyto(dx, dout, where=x > 0)
    return dx
"""),
    _e("qxk_correct_rmsprop_incremental_ema", "a2_optim", "rmsprop",
       "correct: the RMSProp cache updated in the incremental form cache + (1 - rho) * (g**2 - cache), which equals "
       "rho * cache + (1 - rho) * g**2", """
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
    _e("qxk_correct_avg_pool_fwd_cumsum_free_einsum", "a3_conv", "avg_pool_forward",
       "correct: average pooling from sliding_window_view, every stride-th window (cut to the rounded-down count) "
       "averaged over its last two axes", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = windows.mean(axis=(-2, -1))
    return out, (x, pool_param)
"""),
    _e("qxk_correct_xavier_normal_standard_normal_scaled", "a4_init", "xavier_normal",
       "correct: standard normal draws from the seeded generator multiplied by xavier_std", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    z = rng.standard_normal(size=tuple(shape))
    return z * xavier_std(shape, mode=mode, gain=gain)
"""),
    _e("qxk_correct_layernorm_bwd_centered_projections", "a5_normalization", "layernorm_backward",
       "correct: dx as inv_std * (g - mean(g) - x_hat * mean(g * x_hat)) with row means (the 1/D folded into np.mean)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    g = dout * gamma
    dx = inv_std * (g - g.mean(axis=1, keepdims=True) - x_hat * (g * x_hat).mean(axis=1, keepdims=True))
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
"""),
    _e("qxk_correct_gap_bwd_broadcast_to_divided", "a7_architectures", "global_avg_pool_backward",
       "correct: each map's gradient dout / (H * W) expanded with np.broadcast_to and copied", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = dout / float(H * W)
    return np.broadcast_to(share[..., np.newaxis, np.newaxis], (N, C, H, W)).copy()
"""),
    _e("qxk_correct_update_ratio_sqrt_of_sums", "a8_pipeline", "update_ratio",
       "correct: the ratio as |lr| * sqrt(sum(dW**2)) / sqrt(sum(W**2))", """
def update_ratio(W, dW, lr):
    return abs(lr) * np.sqrt(np.sum(dW * dW)) / np.sqrt(np.sum(W * W))
"""),
]

JUDGED_ON49 = "2026-12-06 on commit 75409a3"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout49 on commit 75409a3 (JUDGED_ON49), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT47 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one that names the line that uses
# or holds a wrong value with, as its alternatives, what holds the mistake; a departure over a whole two- or
# three-line body is right; a departure that sends the student first to a right line states something false; a loop
# departure without a statement is right only when the loop is small and the mistake clearly in it; a catalogued
# entry whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a shape
# comparison, a shape_error that only restates NumPy's broadcasting error, or an accuracy figure is the comparison
# (nothing); checklists that list the cause among many are vague (learned_little's alone, as
# qp6_random_quarter_turn_augmentation in JUDGEMENT41), but one of few causes, the entry's among them, is tolerated
# (loss_flat's "or a rate set too small" second of two; index_error's "rows indexed by what counts columns" beside a
# departure saying "which index goes where"); non_finite's "numbers this large overflow ...; shift each row by its
# own maximum before np.exp" for a softmax shifted by the label's score is right (as the loss part of
# p1_ce_logsumexp_unshifted in JUDGEMENT15); offset's "every entry is the expected - 0.1667: one constant term is
# missing ... a + 1" for dlog_std without its 1 / N is right (as n7_nll_dlogstd_missing_one in JUDGEMENT14);
# not_reduced's "e.g. db = dout.sum(axis=0)" beside the exact axes is the hint's example (as x5_l2_penalty_summed_
# over_axis0 in JUDGEMENT9). Decided here: a departure on sigmoid's `out = np.zeros_like(x, dtype=float)` ("your `out`
# is 0 times the right value ...: the mistake is in that line (another function, or other arguments, than meant?), or
# in what the lines after it do with its value (a step left out?)") where the masks x > 0 and x < 0 leave x == 0 at
# the 0 of that line states nothing false and has the mistake as its alternative: right (a close call); a loop
# departure ending "line 102: `h = act(h @ W)` is the first to compute a value the correct code never computes, though
# what it reads then (W, h) agrees: look there first" where the mistake is in the nested act() that line calls (its
# relu branch, `return np.abs(z)`, line 97, outside the loop), which the departure neither lists among what the line
# reads nor gives as an alternative, sends the student to a right line and says "the mistake is in that loop":
# misleading (a close call, as qu4_xavier_normal_seeded_by_shape in JUDGEMENT46); axes_reordered's "the expected
# (47, 25, 3, 3) with its axes in reverse order: .T (or np.transpose with no axes) reverses every axis ... Swap only
# the axes meant" for draws made with size=shape[::-1] names a transpose that is not there and a remedy that does not
# repair them (checked: the draws reshaped equal the expected, transposed they do not), beside reshaped's right
# "reshape them to (200, 150)" on the other two tests: misleading; a loop departure on max_pool_backward's 8-line
# loop (four headers, four statements, the argmax line among them) that says only "your `dx` differs ... the mistake
# is in that loop" is right (a close call, as the 8-line triple loop of JUDGEMENT36); a departure on softmax
# regression's training loop whose "your `s` (line 177: `s = X[idx] @ W + b`) ... your loop takes its items in another
# order or from another place ...; the mistake is most likely in line 177" where the items are the right ones and W
# and b are reset to zeros at the top of each epoch (lines 172-173) names a mechanism that is not there and a right
# line: misleading (as qt2_minibatch_last_batch_wrapped_around in JUDGEMENT45).
JUDGEMENT49: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qx1_affine_bwd_db_accumulated_per_row": ("named", (), ""),
    # catalogued softmax_no_max_subtraction, not named; non_finite (loss, dscores): "this test's inputs reach 2672: if
    # your values are finite on smaller inputs, numbers this large overflow ... (np.exp is Inf above 709 ...; shift
    # each row by its own maximum before np.exp, or rescale)" (s - s_y overflows where another class is 709 above).
    "qx1_ce_scores_shifted_by_label_score": ("right", ("non_finite",), ""),
    # departure: "line 218: `grad = X.T @ pi - y` raises the error (at `X.T @ pi - y`), though what that line reads
    # (X, pi, y) agrees with the correct code ...: the mistake is in that line"; shape_error restates NumPy's error.
    "qx1_logistic_label_subtracted_after_product": ("right", ("departure",), ""),
    # departure (three tests): "what your lines before line 218 compute agrees ...; line 218: `den = np.sum(X * X,
    # axis=0)` computes `den`, a value the correct code never computes ... up to line 219: `w = num / den` ... The
    # mistake is in lines 218-219" (the two lines after the right num of a three-line body).
    "qx1_linreg_one_slope_per_feature": ("right", ("departure",), ""),
    # departure: "`out`, set by line 216: `out = np.zeros_like(x, dtype=float)` ... your `out` is 0 times the right
    # value ...: the mistake is in that line (...?), or in what the lines after it do with its value (a step left
    # out?)": the masks on lines 217-218 leave x == 0 at that 0 (a close call, above).
    "qx1_sigmoid_fwd_exact_zero_in_neither_branch": ("right", ("departure",), ""),
    # departure (both tests): "line 223: `loss += 0.5 * reg * np.sum(W1 ** 2 + W2 ** 2)` raises the error (at `W1 ** 2
    # + W2 ** 2`) ...; `W1` has shape (5, 7); `W2` has shape (7, 3): the mistake is in that line".
    "qx1_mlp_penalty_squares_added_across_weights": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qx2_step_lr_loop_counts_one_based_steps": ("named", (), ""),
    # catalogued cosine_lr_off_by_one, not named; shifted_steps (three tests): "at every step yours equals the expected
    # one step later: you are one step ahead (the state or step count is updated before it is used, or counted from
    # 1)" (as f2_cosine_progress_counts_step_as_done in JUDGEMENT20).
    "qx2_cosine_progress_clamped_step_plus_one": ("right", ("shifted_steps",), ""),
    # end_block: "the first 3 of 6 are right ...: if these are steps, either what is carried from one step (or epoch)
    # to the next goes wrong (state, a shuffle made once) or ..." (the order carried and reshuffled); departure
    # (uneven): "after pass 5 (start = 0) they part ... your `batch` (line 243: `batch = order[start:start +
    # batch_size]`) holds none of the correct code's values there ...: the mistake is most likely in line 243, or in
    # what it reads" (order, shuffled in place: right, as the departure part of qs8_train_reshuffles_previous_order).
    "qx2_minibatch_one_index_array_reshuffled": ("right", ("departure", "end_block"), ""),
    # departure (four tests): "line 236: `return 2 * np.dot(X, residual) / len(y)` raises the error (at `np.dot(X,
    # residual)`) ...: the mistake is in that line"; shape_error: "a matrix product needs the last axis of the left (3,
    # of (15, 3)) to match the only axis of the right (15, of (15,)): the left one transposed (.T) would fit".
    "qx2_linreg_gradient_residual_times_untransposed_X": ("right", ("departure", "shape_error"), ""),
    # one_slip (four tests): "`b1` where `b2` is meant (the wrong variable), where v_hat is computed"; departure
    # (matrices): "`v_hat`, set by line 246: `v_hat = v / (1 - b1 ** t)` ... 0.01 times the right value" (0.1 / 0.001
    # at t = 1: true).
    "qx2_adam_v_hat_corrected_with_beta1": ("right", ("one_slip", "departure"), ""),
    # departure: "line 235: `H_inv = np.linalg.solve(hessian, np.eye(hessian.shape[0]))` computes `H_inv`, a value the
    # correct code never computes ... up to line 236: `return w - H_inv * grad` ... The mistake is in lines 235-236":
    # the whole two-line body.
    "qx2_newton_gradient_dotted_with_solution": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    # catalogued flipped_kernel, not named; departure: "`kernel`, set by line 284: `kernel = np.flip(w, axis=(2, 3))`
    # ... the right value rotated by 180 degrees over its last two axes (a kernel flipped?) ...: the mistake is in that
    # line"; as_if: "... if w were flipped along its last two axes ...: a convolution in the mathematical sense, where
    # the layers of a network compute a cross-correlation".
    "qx3_conv_fast_np_flip_kernel": ("right", ("departure", "as_if"), ""),
    "qx3_conv_bwd_naive_unpad_helper_negative_stop": ("named", (), ""),
    # departure (three tests): "the loop at lines 286-293 (`for n in range(N):`) leaves `dx` holding values the
    # correct code never computes, though what the loop reads from before it ... agrees ...: the mistake is in that
    # loop": four headers around four statements, the argmax line among them (a close call, above).
    "qx3_max_pool_bwd_argmax_of_magnitudes": ("right", ("departure",), ""),
    # departure: "line 285: `return depthwise + pointwise` ... 539 where 542 is right: the mistake is in that line, or
    # in `depthwise`, set by line 283: `depthwise = in_channels * kh * kw`, or in `pointwise` ..." (27 + 3 biases + 384
    # + 128 = 542 for (3, 128, 3): true; the depthwise line is the alternative).
    "qx3_dsep_params_bias_on_pointwise_only": ("right", ("departure",), ""),
    # scaled (three tests): "every entry is ph*pw=4 times the expected (ph*pw: the pooling window's area): a division
    # by ph*pw is missing, or a factor ph*pw is extra" (6 and 9 on the others).
    "qx3_avg_pool_forward_sum_over_window": ("right", ("scaled",), ""),
    # departure (non-square): "line 294: `dxp[...] += np.einsum("nfhw,fc->nchw", dout, w[:, :, j, i])` raises the
    # error at `w[:, :, j, i]` ...: the mistake is in that operation (which index goes where), or in the ranges the
    # loops give `i` and `j`"; index_error: "index 1 on axis 3 of an array of 1 ...: an index counted from 1 ..., or
    # one computed with another axis's length (... rows indexed by what counts columns)?" (the last of three).
    "qx3_conv_bwd_fast_kernel_offsets_swapped_in_dx": ("right", ("departure", "index_error"), ""),
    # ------------------------------------------------------------------ a4_init
    # catalogued relu_factor_2_missing, not named; scaled (both tests): "yours is 1/sqrt(2) times the expected: a
    # factor 2 is missing inside a square root (as in sqrt(2 / fan_in))".
    "qx4_he_normal_standard_normal_over_root_fan_in": ("right", ("scaled",), ""),
    # named on two tests; one_slip on six: "`shape[0]` where `shape[1]` is meant (off by one)" (out_c for in_c).
    "qx4_fans_conv_unpacked_out_first_both": ("named", (), ""),
    # scaled: "yours is 1/sqrt(gain) times the expected (gain=2, the argument gain): gain taken under a square root
    # where it multiplies the result itself (sqrt(gain) where gain is meant) ..."; test_gain gives only the comparison.
    "qx4_xavier_std_gain_under_root": ("right", ("scaled",), ""),
    # reshaped (two tests): "your values are right but in shape (150, 200); reshape them to (200, 150) (... or on the
    # input it is computed from)" (the same stream of draws: true); but axes_reordered (conv): "yours has shape (3, 3,
    # 25, 47), the expected (47, 25, 3, 3) with its axes in reverse order: .T (or np.transpose with no axes) reverses
    # every axis ... Swap only the axes meant (np.swapaxes(a, 0, 1), or .transpose(1, 0, 2, 3))": no transpose in the
    # code, and no transpose repairs the draws (checked: reshaped they equal the expected, transposed they do not).
    "qx4_xavier_uniform_drawn_transposed_shape": (
        "misleading", ("reshaped",),
        "the draws are made with size=tuple(shape)[::-1]: the weights come back in the reversed shape, (150, 200) for "
        "a (200, 150) weight and (3, 3, 25, 47) for a (47, 25, 3, 3) conv weight; the stream of draws is the expected "
        "one (a reshape, not a transpose, gives the expected weights), so draw with size=tuple(shape)."),
    # departure: "the loop at lines 101-104 ... the mistake is in that loop. On its first pass, line 102: `h = act(h @
    # W)` is the first to compute a value the correct code never computes, though what it reads then (W, h) agrees:
    # look there first": line 102 is right; act(), defined before the loop, is neither listed nor an alternative; the
    # mistake is its relu branch, line 97 (a close call, above).
    "qx4_act_stats_relu_via_abs": (
        "misleading", (),
        "act's relu branch, line 97, returns np.abs(z): negative pre-activations are mirrored to positive values "
        "instead of set to 0, so the ReLU layers' means are those of |z| (up to 2.41 too large; tanh, sigmoid and "
        "linear right); return np.maximum(z, 0) there (line 102, h = act(h @ W), is right)."),
    # departure (three tests): "`fan_in`, set by line 91: `fan_in = shape[1]` ... 256 where 512 is right" ((512, 256);
    # 54 where 194, 6 where 36 for (28, 6, 6): true) "...: the mistake is in that line"; scaled (conv draws): "yours is
    # sqrt(kh*kw)=3 times the expected ...: a division by sqrt(kh*kw) is missing" (the kernel left out of fan_in).
    "qx4_he_std_fan_in_without_kernel": ("right", ("departure", "scaled"), ""),
    # ------------------------------------------------------------------ a5_normalization
    # catalogued bn_dgamma_averaged, not named; scaled: "every entry is 1/N of the expected (N=6, the batch size): did
    # you divide by the batch size where a sum is asked for ...?"; wrong_reduction (both tests): "yours is the mean over
    # axis 0 of dout ...; the expected is its sum"; departure (spatial): lines 220 and 221, each "0.025 times the right
    # value ...: the mistake is in those two lines".
    "qx5_bn_alt_param_grads_np_average": ("right", ("scaled", "wrong_reduction", "departure"), ""),
    "qx5_bn_bwd_only_mean_path": ("named", (), ""),
    # departure (two tests): "`running_var`, set by line 234: `running_var = momentum * running_var + (1 - momentum) *
    # mu * N / (N - 1)` ... differs from the right value (by up to 2.33) ...: the mistake is in that line, or in the
    # condition at line 225"; the spatial test gives only the comparison.
    "qx5_bn_running_var_fed_batch_mean": ("right", ("departure",), ""),
    # departure (both tests): "`mu`, set by line 219: `mu = x.mean(axis=1)` ... has shape (4,) where the right value has
    # (4, 1): the same values, with an axis of length 1 missing (keepdims=True left out?) ...: the mistake is in that
    # line"; shape_error: "give it the shape (4, 1) (`[:, None]`, or keepdims=True in the ... mean ... that made it)".
    "qx5_layernorm_fwd_row_mean_without_keepdims": ("right", ("departure", "shape_error"), ""),
    # transposed: "yours is the expected transposed (shape (4, 6) for (6, 4)): a .T too many or missing, ...".
    "qx5_l2_gradient_transposed_weights": ("right", ("transposed",), ""),
    # not_reduced: "the expected is the sum over axes (1, 2) of yours (shape (6, 3, 3) for (6,)): take the sum (e.g. db
    # = dout.sum(axis=0) ...)" (the example is the hint's; as qb5_groupnorm_bwd_dgamma_keeps_pixels in JUDGEMENT27).
    "qx5_gn_bwd_dgamma_over_batch_only": ("right", ("not_reduced",), ""),
    # ------------------------------------------------------------------ a6_cnn
    "qx6_cnn_clock_mixed_monotonic_and_wall": ("named", (), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax".
    "qx6_cnn_returns_topk_indices": ("right", ("class_indices",), ""),
    # seeded_too_late: "torch's generator was drawn from before torch.manual_seed(seed) ran (the model's weights
    # initialized ...): those draws differ from run to run. Seed first, before building the model".
    "qx6_cnn_model_built_before_seeding": ("right", ("seeded_too_late",), ""),
    # no diagnosis: only NumPy's error, "ValueError: all the input array dimensions except for the concatenation
    # axis must match exactly, but along dimension 0, the array at index 0 has size 64 and the array at index 11 has
    # size 35".
    "qx6_cnn_test_batches_concatenated_on_class_axis": (
        "nothing", (),
        "np.concatenate(outs, axis=1) joins the chunks' logits side by side along the class axis: the chunks of 64 "
        "rows and the shorter last one (35 rows on the digits) cannot be joined so (ValueError), and equal chunks "
        "would give (64, chunks * classes); stack them along the rows, np.concatenate(outs, axis=0)."),
    # learned_little (digits, shapes): "your model predicts the training images it was given no better than new ones
    # (0.84 ...; 0.82 ...): either it did not learn them (what one training step does ...; enough steps ...; all of
    # the training images used ...), or what it predicts reaches it otherwise ...": the checklist, dropout not in it.
    "qx6_cnn_dropout_keep_probability_as_torch_p": (
        "vague", (),
        "nn.Dropout(0.9) zeroes 90% of the 32 pooled features at every training step (torch's p is the probability "
        "of dropping, not of keeping): the classifier trains on a tenth of its inputs and learns little (0.82 on the "
        "digits, 0.60 on the shapes); use nn.Dropout(0.1), or leave it out."),
    # loss_flat (shapes, seeded): "the training loss stayed at about 1.42 over 225 steps (ln 4 = 1.39 ...), and the
    # learning rate was at most 3e-05 ...: 225 steps that small barely move the weights. A warm-up or schedule ..., or
    # a rate set too small" (the second of two); learned_little's checklist on the digits.
    "qx6_cnn_adam_lr_typed_3e5": ("right", ("loss_flat",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "qx7_cam_pooled_weighted_broadcast_back": ("named", (), ""),
    "qx7_resblock_relu_on_branch_then_add": ("named", (), ""),
    # departure: "`window`, set by line 182 ... `.transpose(0, 2, 3, 1)` is the first part whose value the correct code
    # never computes ...; your `window` holds the right values in another order (a reshape or transpose in the wrong
    # order?) ...: the mistake is in that line, or in `Wd`"; loop departure on the four-line loop at lines 180-183.
    "qx7_score_map_window_flattened_channels_last": ("right", ("departure",), ""),
    # departure (two tests): "line 181: `dx = (da1 @ W1).reshape(x.shape)` raises the error (at `da1 @ W1`) ...: the
    # mistake is in that line"; one_slip (two tests): "a transpose (.T) missing, where dx is computed".
    "qx7_saliency_back_through_W1_untransposed": ("right", ("departure", "one_slip"), ""),
    # offset (dlog_std, both tests): "every entry is the expected - 0.1667: one constant term is missing or extra (a
    # bias, a mean that is not subtracted, a + 1)" (1 / N with N = 6; 0.125 with N = 8).
    "qx7_gaussian_nll_dlogstd_missing_one": ("right", ("offset",), ""),
    # reduced_other_axis (grads['bs'], both tests): "yours has shape (3,), dout ... of shape (3, 6) without axis 1; the
    # expected (6,) is it without axis 0: a sum or mean over the wrong axis (axis=1 where axis=0 is asked for)?".
    "qx7_resbwd_projection_bias_grad_over_units": ("right", ("reduced_other_axis",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qx8_crop_pad_result_unused": ("named", (), ""),
    "qx8_log_uniform_exp_ln10_of_raw_bounds": ("named", (), ""),
    # departure: "line 165: `exps = np.linspace(np.log10(low), np.log10(high), n)` computes `exps`, a value the correct
    # code never computes, ... up to line 166: `return exps ** 10` ... The mistake is in lines 165-166": the whole
    # two-line body.
    "qx8_log_grid_exponents_raised_to_ten": ("right", ("departure",), ""),
    # as_if: "yours is what the correct normalize_splits() returns if mode were 'standardize': your code reads mode,
    # yet its values are those the correct code gives with mode set so: look at what mode is combined with where it is
    # used" (`or "std"`).
    "qx8_normalize_mode_or_string_always_true": ("right", ("as_if",), ""),
    # departure (both tests): "the loop at lines 171-184 ... the mistake is in that loop. Inside it, ... your `s` (line
    # 177: `s = X[idx] @ W + b`) holds what the correct code's `scores` holds in its pass 2: your loop takes its items
    # in another order or from another place ...; the mistake is most likely in line 177": the items are the right
    # ones and line 177 is right; W and b are reset at lines 172-173 (a close call, above).
    "qx8_train_weights_reset_every_epoch": (
        "misleading", (),
        "W and b are set to zeros at lines 172-173, inside the epoch loop: every epoch starts again from zero, so the "
        "logits returned are those of the last epoch's training alone (W off by up to 0.161); initialise W and b once, "
        "before `for epoch in range(20):`."),
    # no diagnosis: only the comparisons, "statistics of W1: 2 of 5 element(s) outside tolerance ...; worst at index
    # [3]: got 0.1754645911, expected 0.007843998213".
    "qx8_param_stats_grad_stats_of_weights": (
        "nothing", (),
        "entries 2 and 3 of each parameter's statistics are np.mean(W) and np.std(W) again (a copy of the first two), "
        "where the gradient's mean and std, np.mean(dW) and np.std(dW), are asked: 0.175, the std of W1, where "
        "0.0078; use dW there."),
}
# Counts: named 10, right 32 (named or right 42/48 = 88%; not in the catalogue: right 26/32 = 81%; the 16
# catalogued: 10 named, the other 6, qx1_ce_scores_shifted_by_label_score, qx2_cosine_progress_clamped_step_plus_one,
# qx3_conv_fast_np_flip_kernel, qx4_he_normal_standard_normal_over_root_fan_in, qx5_bn_alt_param_grads_np_average and
# qx6_cnn_returns_topk_indices, right by their diagnoses), misleading 3, vague 1, nothing 2, wrong_name 0,
# check_message 0, not_caught 0. HOLDOUT49_CORRECT: all 7 earn full marks.

HOLDOUT49 = [replace(e, verdict=JUDGEMENT49[e.id][0], expected=frozenset(JUDGEMENT49[e.id][1]),
                     ideal=JUDGEMENT49[e.id][2]) if e.id in JUDGEMENT49 else e for e in HOLDOUT49]
