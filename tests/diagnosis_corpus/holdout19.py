"""A nineteenth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 5e45bd2 (JUDGED_ON19, JUDGEMENT19 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout19.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py, sandbox/training_probe.py), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to
avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant
earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT19
holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT19_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors
on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT19: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("e1_affine_dx_reshaped_to_rows", "a1_backprop", "affine_backward",
       "dx is 'reshaped back' with reshape(N, -1), the same call that flattened x in the forward pass: it stays "
       "(N, D) instead of taking x's shape (N, d1, ..., dk) (dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_rows = x.reshape(N, -1)
    dx = np.dot(dout, w.T).reshape(N, -1)
    dw = np.dot(x_rows.T, dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("e1_relu_bwd_sign_plus_one_clipped", "a1_backprop", "relu_backward",
       "the local derivative is built from the sign, clip(sign(x) + 1, 0, 1): 1 for x > 0 and 0 for x < 0, but 1 "
       "at exactly 0 (sign 0 plus 1), where the derivative must be taken as 0 (x > 0)", """
def relu_backward(dout, cache):
    x = cache
    local = np.clip(np.sign(x) + 1, 0, 1)
    return dout * local
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("e1_ce_log_normalizer_over_batch", "a1_backprop", "softmax_cross_entropy_loss",
       "each row is shifted by its own maximum, but the exponentials are summed over axis 0 (each class over the "
       "batch) instead of axis 1 (each row over its classes): the log-normalizer is not the row's log-sum-exp, so "
       "loss and dscores are wrong", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    shifted = scores - np.max(scores, axis=1, keepdims=True)
    exp_scores = np.exp(shifted)
    log_probs = shifted - np.log(np.sum(exp_scores, axis=0, keepdims=True))
    loss = -np.mean(log_probs[np.arange(N), y])
    dscores = np.exp(log_probs)
    dscores[np.arange(N), y] -= 1
    return loss, dscores / N
"""),
    _e("e1_numgrad_basis_vector_not_cleared", "a1_backprop", "eval_numerical_gradient",
       "each entry's direction is written into one step array, step.flat[i] = h, that is never cleared: the i-th "
       "difference shifts entries 0..i together, so grad[i] is the sum of the partial derivatives of the first "
       "i + 1 entries (the first entry right, x itself untouched)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    step = np.zeros_like(x, dtype=float)
    for i in range(x.size):
        step.flat[i] = h
        grad.flat[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
"""),
    _e("e1_mlp_penalty_averaged_over_batch", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty and its gradients are divided by the batch size N (the 'per example' convention of some "
       "courses): 0.5 * reg * sum(W**2) / N and reg * W / N instead of the documented 0.5 * reg * sum(W**2) and "
       "reg * W (right with reg = 0)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    z1, fc1 = affine_forward(X, W1, b1)
    a1, r1 = relu_forward(z1)
    scores, fc2 = affine_forward(a1, W2, b2)
    if y is None:
        return scores
    N = X.shape[0]
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    reg_loss = 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2)) / N
    da1, dW2, db2 = affine_backward(dscores, fc2)
    dz1 = relu_backward(da1, r1)
    _, dW1, db1 = affine_backward(dz1, fc1)
    grads = {"W1": dW1 + reg * W1 / N, "b1": db1, "W2": dW2 + reg * W2 / N, "b2": db2}
    return data_loss + reg_loss, grads
"""),
    _e("e1_linreg_inverse_times_y_elementwise", "a1_backprop", "linear_regression_closed_form",
       "the normal-equation solution is written inv(X^T X) @ X^T * y: `*` multiplies elementwise, broadcasting y "
       "along the columns of the (D, N) matrix inv(X^T X) X^T, so a (D, N) array comes back instead of its (D,) "
       "product with y (@ y is meant)", """
def linear_regression_closed_form(X, y):
    return np.linalg.inv(X.T @ X) @ X.T * y
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("e2_step_lr_counts_multiples_up_to_next_step", "a2_optim", "step_lr",
       "the decays are counted as the multiples of step_size among the steps 1 .. step + 1 (the steps taken to "
       "count from 1, the current one included): that is (step + 1) // step_size, so the rate drops at step "
       "step_size - 1, one step early", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    decays = sum(1 for s in range(1, step + 2) if s % step_size == 0)
    return base_lr * gamma ** decays
""", catalogued="step_lr_off_by_one"),
    _e("e2_adam_slots_rebound_never_stored", "a2_optim", "adam",
       "the moments are kept in a 'slots' dict read with config.get('slots', zeros) and rebuilt as a new dict at "
       "every step, which is never put back into config: every step starts from zero moments (t is stored and "
       "counts right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    slots = config.get("slots", {"m": np.zeros_like(w), "v": np.zeros_like(w)})
    config["t"] = config.get("t", 0) + 1
    t = config["t"]
    slots = {"m": b1 * slots["m"] + (1 - b1) * g, "v": b2 * slots["v"] + (1 - b2) * g * g}
    m_hat = slots["m"] / (1 - b1 ** t)
    v_hat = slots["v"] / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_moments_not_stored"),
    _e("e2_linreg_grad_mean_over_features", "a2_optim", "linear_regression_gradient",
       "each row's term 2 x_i r_i is averaged with np.mean(..., axis=1), over the features of the row, instead of "
       "axis=0, over the rows: an (N,) vector comes back instead of the (D,) gradient (gradient_descent, which "
       "calls it, fails with it)", """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return np.mean(2 * X * residual[:, None], axis=1)
"""),
    _e("e2_momentum_velocity_defaults_to_first_step", "a2_optim", "sgd_momentum",
       "the velocity's default on the first call is the first step itself, config.get('velocity', -lr * dw), to "
       "which momentum * v - lr * dw is then applied: the first step is (1 + momentum) times too large and the "
       "excess carries on through the velocity (it must start at zero)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    lr, mu = config["learning_rate"], config["momentum"]
    g = _gradient(w, dw, config)
    v = config.get("velocity", -lr * g)
    v = mu * v - lr * g
    config["velocity"] = v
    return w + v, config
"""),
    _e("e2_cosine_lr_missing_parentheses", "a2_optim", "cosine_lr",
       "the factor (1 + cos(pi t)) / 2 is typed without its parentheses, (base_lr - min_lr) * 1 + cos(pi t) / 2: "
       "Python adds cos(pi t) / 2 to base_lr instead of scaling the amplitude by it, so the rate starts at "
       "base_lr + 0.5 and ends at base_lr - 0.5", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / total_steps
    return min_lr + (base_lr - min_lr) * 1 + math.cos(math.pi * progress) / 2
"""),
    _e("e2_minibatch_rows_drawn_with_replacement", "a2_optim", "minibatch_sgd",
       "each epoch's order is drawn with rng.choice(N, size=N), which samples with replacement (its default): "
       "some rows come twice in an epoch and others never, where a shuffle, rng.permutation(N), visits every row "
       "once", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = len(y)
    w = np.array(w0, dtype=float)
    path = []
    for epoch in range(epochs):
        order = rng.choice(n, size=n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("e3_maxpool_bwd_offset_loop_even_share", "a3_conv", "max_pool_backward",
       "a loop over the offsets inside the window adds dout / (ph * pw) at every offset (average pooling's "
       "backward pass): each window's gradient is spread over its whole window instead of going to its maximum "
       "only", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    share = dout / (ph * pw)
    for u in range(ph):
        for v in range(pw):
            dx[:, :, u:u + s * Ho:s, v:v + s * Wo:s] += share
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("e3_conv_bwd_naive_crop_in_two_steps", "a3_conv", "conv_backward_naive",
       "the padding is cropped in two steps, [pad:, pad:] and then [:-pad, :-pad]: with pad 0 the second slice is "
       "[:0], empty, so dx has no rows or columns; crop with pad:pad + H and pad:pad + W (dw and db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    N, _, Ho, Wo = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx_pad = np.zeros_like(x_pad)
    dw = np.zeros_like(w)
    for i in range(Ho):
        for j in range(Wo):
            r, c = i * stride, j * stride
            patch = x_pad[:, :, r:r + HH, c:c + WW]
            dw += np.einsum("nf,nchw->fchw", dout[:, :, i, j], patch)
            dx_pad[:, :, r:r + HH, c:c + WW] += np.einsum("nf,fchw->nchw", dout[:, :, i, j], w)
    db = dout.sum(axis=(0, 2, 3))
    dx = dx_pad[:, :, pad:, pad:][:, :, :-pad, :-pad]
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("e3_transposed_size_output_padding_twice", "a3_conv", "transposed_conv_output_size",
       "output_padding is added on both sides, + 2 * output_padding, like the padding next to it: it adds rows "
       "on one side only (as torch's ConvTranspose2d), so every size with output_padding 1 comes out one too "
       "large", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (input_size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + 2 * output_padding + 1
"""),
    _e("e3_avgpool_bwd_repeat_assumes_tiling", "a3_conv", "avg_pool_backward",
       "each window's share dout / (ph * pw) is spread with np.repeat (ph times down, pw times across), which "
       "lays the windows side by side: right only when the stride equals the pool size; with overlapping windows "
       "(stride 1) the shares land on the wrong inputs or do not fit in dx", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw = pool_param["pool_height"], pool_param["pool_width"]
    spread = np.repeat(np.repeat(dout, ph, axis=2), pw, axis=3) / (ph * pw)
    dx = np.zeros_like(x)
    dx[:, :, :spread.shape[2], :spread.shape[3]] = spread
    return dx
"""),
    _e("e3_conv_fast_windows_width_first", "a3_conv", "conv_forward_fast",
       "the window shape is given to sliding_window_view as (WW, HH), width first, over axes (2, 3), the rows "
       "then the columns: right for square kernels, but a 3 x 1 kernel is matched with 1 x 3 windows (the einsum "
       "with the filters fails)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (WW, HH), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("e3_unpool_output_shape_read_as_width_height", "a3_conv", "max_unpool",
       "output_shape is unpacked as (width, height), W_out, H_out = output_shape, though it is (H, W): for a "
       "non-square plane the output comes back (W, H) and each flat index row * W + col lands at another "
       "position", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    W_out, H_out = output_shape
    out = np.zeros((N, C, H_out * W_out))
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].ravel()] = x[n, c].ravel()
    return out.reshape(N, C, H_out, W_out)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("e4_xavier_uniform_global_rand", "a4_init", "xavier_uniform",
       "the draws are (2 * np.random.rand(*shape) - 1) * a, from NumPy's global generator, which is never seeded: "
       "the seed argument is never used, so the same seed gives other weights (the bound sqrt(3) * std right)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return (2 * np.random.rand(*shape) - 1) * a
""", catalogued="global_seed_in_xavier_uniform"),
    _e("e4_he_std_leaky_gain_with_slope_one", "a4_init", "he_std",
       "the gain is written with the leaky-ReLU formula sqrt(2 / (1 + a**2)) and a = 1, taken as ReLU's slope: "
       "that gives gain 1, a linear layer's, so the std is sqrt(1 / fan_in); for ReLU the negative slope a is 0 "
       "and the gain sqrt(2)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    negative_slope = 1.0
    gain = math.sqrt(2.0 / (1 + negative_slope ** 2))
    return gain / math.sqrt(fan_in)
""", catalogued="relu_factor_2_missing"),
    _e("e4_xavier_std_integer_mean_fan", "a4_init", "xavier_std",
       "the mean fan of mode fan_avg is taken with floor division, (fan_in + fan_out) // 2: whenever the fans' "
       "sum is odd it loses half a unit, so the std is slightly too large (mode fan_in right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) // 2 if mode == "fan_avg" else fan_in
    return gain * math.sqrt(1.0 / n)
"""),
    _e("e4_stats_relu_abs_formula_without_half", "a4_init", "activation_statistics",
       "ReLU is written from the identity relu(z) = (z + |z|) / 2 but without the / 2: z + |z| is twice the "
       "ReLU, so every ReLU layer's output is doubled (the ReLU run's means and variances wrong; tanh and "
       "sigmoid right)", """
def activation_statistics(X, weights, activation):
    table = {"sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)), "tanh": np.tanh,
             "relu": lambda z: z + np.abs(z), "linear": lambda z: z}
    act = table[activation]
    means, variances = [], []
    h = X
    for W in weights:
        h = act(np.dot(h, W))
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("e4_he_normal_scaled_by_root_of_std", "a4_init", "he_normal",
       "the standard normal draws are scaled by np.sqrt(he_std(shape)), as if he_std returned the variance: the "
       "draws' std is sqrt(sqrt(2 / fan_in)), far too large, where the scale is he_std itself", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape) * np.sqrt(he_std(shape))
"""),
    _e("e4_stats_sigmoid_missing_parentheses", "a4_init", "activation_statistics",
       "the sigmoid is typed 1 / 1 + np.exp(-z), without the parentheses around the denominator: Python reads it "
       "as 1 + exp(-z), so the sigmoid layers output 1 + e^-z (tanh and ReLU right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / 1 + np.exp(-z), "tanh": np.tanh,
            "relu": lambda z: np.maximum(0, z), "linear": lambda z: z}
    out_means, out_vars = [], []
    h = X
    for layer in weights:
        h = acts[activation](h @ layer)
        out_means.append(h.mean())
        out_vars.append(h.var())
    return np.array(out_means), np.array(out_vars)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("e5_dropout_where_dropped_below_p", "a5_normalization", "dropout_forward",
       "the mask is np.where(u < p, 0, 1 / (1 - p)): the units whose draw falls below p are dropped, so p acts "
       "as the probability of dropping a unit (the kept ones scaled by 1 / (1 - p)), where it is the probability "
       "of keeping one", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    u = rng.random(x.shape)
    mask = np.where(u < p, 0.0, 1.0 / (1.0 - p))
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("e5_bn_shared_standardize_in_test", "a5_normalization", "batchnorm_forward",
       "one standardize helper serves both modes, and test mode calls it on the test batch: it normalizes with "
       "the batch's own mean and variance instead of running_mean and running_var (which are kept and updated "
       "right in train mode)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))

    def standardize(v):
        mu, var = v.mean(axis=0), v.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        return (v - mu) * inv_std, mu, var, inv_std

    if mode == "train":
        x_hat, mu, var, inv_std = standardize(x)
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
    elif mode == "test":
        x_hat = standardize(x)[0]
        out, cache = gamma * x_hat + beta, None
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_test_uses_batch_statistics"),
    _e("e5_bn_running_var_bessel_over_features", "a5_normalization", "batchnorm_forward",
       "Bessel's correction of the running variance is written with n = x.shape[-1], the number of features D, "
       "instead of the batch size N = x.shape[0]: running_var is updated with var * D / (D - 1) (out and the "
       "cache right)", """
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
        n = x.shape[-1]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("e5_bn_bwd_variance_path_over_n_minus_one", "a5_normalization", "batchnorm_backward",
       "the variance node's local gradient is taken as 2 (x - mu) / (N - 1), the unbiased variance's, though the "
       "batch is normalized with the biased variance (over N): dx's term through the variance is N / (N - 1) "
       "times too large (dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    xc = x_hat / inv_std
    dvar = np.sum(dx_hat * xc, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * xc, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * xc / (N - 1) + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("e5_dropout_mask_per_channel", "a5_normalization", "dropout_forward",
       "one coin is drawn per (example, channel), rng.random(x.shape[:2]), and broadcast over the remaining axes "
       "(spatial dropout, as nn.Dropout2d): on a 4-D input whole feature maps are kept or dropped together, where "
       "inverted dropout draws one coin per unit (right for 2-D inputs)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape[:2]) < p
    mask = np.broadcast_to(keep.reshape(keep.shape + (1,) * (x.ndim - 2)), x.shape) / p
    return x * mask, mask
"""),
    _e("e5_l2_sum_of_gram_matrix", "a5_normalization", "l2_penalty",
       "the sum of squares is written np.sum(W @ W.T), the sum of every entry of the Gram matrix, where its "
       "trace np.trace(W @ W.T) = sum(W**2) is meant: the products of different rows are added in (gradient "
       "right)", """
def l2_penalty(W, reg):
    return 0.5 * reg * np.sum(W @ W.T), reg * W
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("e6_returns_argmax_column", "a6_cnn", "train_and_predict",
       "a well trained model, but the prediction returns model(X_test).argmax(dim=1, keepdim=True), a column of "
       "class indices of shape (M, 1), instead of the logits (M, classes): the grader's argmax over that single "
       "column is 0 for every image", """
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
    model.eval()
    with torch.no_grad():
        preds = model(torch.tensor(X_test, device=device)).argmax(dim=1, keepdim=True)
    return preds.cpu().numpy()
""", catalogued="predictions_not_logits"),
    _e("e6_loss_rewrapped_as_leaf_tensor", "a6_cnn", "train_and_predict",
       "the loss is turned into a float with .item() (to log it) and wrapped back with torch.tensor(loss, "
       "requires_grad=True) so that .backward() stops raising: the new tensor is a leaf cut off from the network, "
       "no parameter ever gets a gradient and every optimizer step does nothing (an untrained model)", """
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
    history = []
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx]).item()
            history.append(loss)
            loss = torch.tensor(loss, requires_grad=True)
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("e6_cross_entropy_ignore_index_zero", "a6_cnn", "train_and_predict",
       "the loss is nn.CrossEntropyLoss(ignore_index=0), copied from a sequence model where 0 is the padding "
       "token: every image of class 0 is left out of the loss, and the other images only push class 0's logit "
       "down, so class 0 is never predicted", """
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
    criterion = nn.CrossEntropyLoss(ignore_index=0)
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
            criterion(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("e6_softmax_over_batch_axis", "a6_cnn", "train_and_predict",
       "the logits are turned into probabilities with torch.softmax(..., dim=0), over the test images instead "
       "of over the classes (dim=1): each class's column is normalized across the batch, so an image's scores "
       "depend on the other test images and their argmax can change", """
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
    model.eval()
    with torch.no_grad():
        probs = torch.softmax(model(torch.tensor(X_test, device=device)), dim=0)
    return probs.cpu().numpy()
"""),
    _e("e6_batchnorm_without_running_stats", "a6_cnn", "train_and_predict",
       "the batch norms are built with track_running_stats=False ('so the statistics always match the data'): "
       "without running statistics they normalize with the statistics of the batch even in eval mode, so a test "
       "image's logits depend on the other test images it is predicted with", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16, track_running_stats=False), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32, track_running_stats=False), nn.ReLU(),
        nn.MaxPool2d(2),
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
    _e("e6_hand_nll_without_minus", "a6_cnn", "train_and_predict",
       "the cross-entropy is written by hand as the mean log-probability of the true class, without its minus "
       "sign: minimizing it drives each image's true-class probability down, so the model learns to predict "
       "anything but the label", """
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
            log_probs = torch.log_softmax(model(X[idx]), dim=1)
            loss = log_probs[torch.arange(len(idx), device=device), y[idx]].mean()
            loss.backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("e7_resbwd_helper_shortcut_dx_forgotten", "a7_architectures", "residual_block_backward",
       "the backward pass walks the residual branch only, with a small linear_backward helper: dx is the first "
       "layer's input gradient, and the shortcut's share (dz for the identity, dz @ Ws.T for a projection, whose "
       "own gradients Ws, bs are right) is never added", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache

    def linear_backward(d, inp, W):
        return d @ W.T, inp.T @ d, d.sum(axis=0)

    dz = dout * (z > 0)
    grads = {}
    dh, grads["W2"], grads["b2"] = linear_backward(dz, h, params["W2"])
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    dx, grads["W1"], grads["b1"] = linear_backward(da1, x, params["W1"])
    if "Ws" in params:
        _, grads["Ws"], grads["bs"] = linear_backward(dz, x, params["Ws"])
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    _e("e7_gap_bwd_kron_undivided", "a7_architectures", "global_avg_pool_backward",
       "each pooled gradient is spread over its map with np.kron(dout[:, :, None, None], ones((H, W))) but never "
       "divided by H * W: the average's derivative is 1 / (H * W) at each position, so dx is H * W times too "
       "large", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.kron(dout[:, :, None, None], np.ones((H, W)))
""", catalogued="gap_backward_not_divided_by_area"),
    _e("e7_score_map_bias_added_inside_loop", "a7_architectures", "fc_score_map",
       "the bias is added to the whole output map, out += bias, inside the loop over the window positions (meant "
       "after it): each position gets it once for itself and once more for every later position, instead of "
       "exactly once (right when there is a single window)", """
def fc_score_map(x, W, b, in_shape):
    filters, bias = fc_to_conv(W, b, in_shape)
    M = filters.shape[0]
    C, H, W_ = in_shape
    N, _, H2, W2 = x.shape
    flat = filters.reshape(M, -1)
    out = np.zeros((N, M, H2 - H + 1, W2 - W_ + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            out[:, :, i, j] = x[:, :, i:i + H, j:j + W_].reshape(N, -1) @ flat.T
            out += bias[None, :, None, None]
    return out
"""),
    _e("e7_mdn_responsibilities_in_probability_space", "a7_architectures", "mdn_nll",
       "the loss uses a stable log-sum-exp, but the responsibilities are normalized in probability space, "
       "exp(terms) / sum(exp(terms)): for a target far from every component all the terms underflow to 0 and "
       "the gradients are 0 / 0 = nan (exp(terms - log_p) is meant)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    std = np.exp(log_std)
    z = (y[:, None] - mu) / std
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    weighted = np.exp(terms)
    gamma = weighted / weighted.sum(axis=1, keepdims=True)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / std / N
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    _e("e7_cam_einsum_class_index_unbound", "a7_architectures", "class_activation_map",
       "the class columns W[:, classes] (C, N) are contracted with the einsum subscripts 'ck,nchw->nhw', where k "
       "is not tied to the example n: every map is the sum of the maps of all the batch's classes instead of its "
       "own class's", """
def class_activation_map(features, W, classes):
    return np.einsum("ck,nchw->nhw", W[:, classes], features)
"""),
    _e("e7_nll_log_normalizer_without_half", "a7_architectures", "gaussian_nll",
       "the normalizer is written log(2 pi var), where the Gaussian's is log(sqrt(2 pi var)) = 0.5 log(2 pi var): "
       "the loss counts log(2 pi) and 2 log_std per output, and dlog_std is (2 - r**2 / var) / N with it (dmu "
       "right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(np.log(2 * np.pi * var) + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (2 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("e8_flip_choice_probabilities_reversed", "a8_pipeline", "random_flip",
       "the coins are drawn with rng.choice([True, False], p=[1 - p, p]): the probabilities are listed in the "
       "wrong order, so True (flip) comes with probability 1 - p and each image is mirrored with probability "
       "1 - p instead of p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.choice([True, False], size=len(x), p=[1 - p, p])
    out = x.copy()
    out[flip] = out[flip][..., ::-1]
    return out
""", catalogued="flip_probability_inverted"),
    _e("e8_warmup_interp_at_step", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is interpolated at step itself, np.interp(step, [0, warmup_steps], [0, base_lr]) = base_lr * "
       "step / warmup_steps: it starts at 0 and runs one step behind, where base_lr * (step + 1) / warmup_steps "
       "is asked (the cosine right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return float(np.interp(step, [0, warmup_steps], [0.0, base_lr]))
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * t))
""", catalogued="warmup_starts_at_zero"),
    _e("e8_patience_checked_in_elif", "a8_pipeline", "early_stopping",
       "the patience test sits in an elif before the count is incremented: an epoch without improvement first "
       "checks wait >= patience and only then counts itself, so training stops after patience + 1 epochs "
       "without improvement, one epoch late", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        elif wait >= patience:
            return epoch, weights[best_epoch]
        else:
            wait += 1
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="patience_off_by_one"),
    _e("e8_normalize_over_examples_and_channels", "a8_pipeline", "normalize_splits",
       "the mean and std are taken over axes (0, 1), the examples and the channels: one statistic per (row, "
       "column) position shared by the channels (and a single global one for flat features), where they are "
       "per pixel, over the examples only (axis 0)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=(0, 1))
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=(0, 1)) + eps
    return (X_train - mean) / std, (X_test - mean) / std
"""),
    _e("e8_param_stats_mean_abs_gradient", "a8_pipeline", "parameter_statistics",
       "the gradient's mean is taken of its absolute values, np.mean(np.abs(g)) (the magnitude training "
       "dashboards plot), instead of np.mean(g): the third statistic of every parameter is wrong (the others "
       "right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W, g = params[name], grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(np.abs(g)), np.std(g), update_ratio(W, g, lr)])
    return stats
"""),
    _e("e8_train_returns_probabilities", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but the test scores are passed through a softmax before they are returned: "
       "probabilities instead of the logits X_test @ W + b the docstring asks for (their argmax, and so the "
       "accuracy, unchanged)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    K = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(len(X))
        for s in range(0, len(X), 64):
            rows = perm[s:s + 64]
            z = X[rows] @ W + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(rows)), y_train[rows]] -= 1
            p /= len(rows)
            W -= 0.1 * X[rows].T @ p
            b -= 0.1 * p.sum(axis=0)
    scores = T @ W + b
    scores = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(scores)
    return e / e.sum(axis=1, keepdims=True)
"""),
]

HOLDOUT19_CORRECT: list[Entry] = [
    _e("e1_correct_logistic_rows_weighted_tanh_sigmoid", "a1_backprop", "logistic_regression_gradient",
       "correct: the sigmoid written as 0.5 * (1 + tanh(z / 2)), each row of X weighted by its residual pi - y "
       "and the weighted rows summed over axis 0", """
def logistic_regression_gradient(w, X, y):
    pi = 0.5 * (1.0 + np.tanh(0.5 * (X @ w)))
    return np.sum((pi - y)[:, None] * X, axis=0)
"""),
    _e("e2_correct_rmsprop_stores_root_mean_square", "a2_optim", "rmsprop",
       "correct: the state kept is the root of the moving average of the squares, rms = sqrt(rho * rms**2 + "
       "(1 - rho) * g**2), and the step divides by rms + epsilon", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    rho = config["decay_rate"]
    g = _gradient(w, dw, config)
    rms = np.sqrt(rho * config.get("rms", np.zeros_like(w)) ** 2 + (1 - rho) * g * g)
    config["rms"] = rms
    return w - config["learning_rate"] * g / (rms + config["epsilon"]), config
"""),
    _e("e3_correct_unpool_flat_rows_fancy_index", "a3_conv", "max_unpool",
       "correct: the (N, C) planes flattened to N * C rows of H * W values, every value written at once by "
       "advanced indexing with a column of row numbers and the flat indices, then reshaped to (N, C, H, W)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    flat = np.zeros((N * C, H * W))
    rows = np.arange(N * C)[:, None]
    flat[rows, indices.reshape(N * C, -1)] = x.reshape(N * C, -1)
    return flat.reshape(N, C, H, W)
"""),
    _e("e4_correct_fans_total_over_channel_counts", "a4_init", "compute_fans",
       "correct: a conv weight's fans as the total number of weights divided by one channel count, fan_in = "
       "total // out_channels and fan_out = total // in_channels; a linear weight's read directly", """
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    total = math.prod(shape)
    return total // shape[0], total // shape[1]
"""),
    _e("e5_correct_gn_bwd_loop_over_groups", "a5_normalization", "groupnorm_backward",
       "correct: a loop over the groups, each group's channels flattened per image to rows of M values and "
       "given layer norm's simplified backward with that group's inv_std; dgamma and dbeta summed over N, H, W",
       """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    G = C // groups
    dx = np.empty(dout.shape)
    dx_hat = dout * gamma.reshape(1, C, 1, 1)
    for g in range(groups):
        ch = slice(g * G, (g + 1) * G)
        d = dx_hat[:, ch].reshape(N, -1)
        xh = x_hat[:, ch].reshape(N, -1)
        M = d.shape[1]
        s = inv_std[:, g]
        part = s / M * (M * d - d.sum(axis=1, keepdims=True) - xh * (d * xh).sum(axis=1, keepdims=True))
        dx[:, ch] = part.reshape(N, G, H, W)
    return dx, (dout * x_hat).sum(axis=(0, 2, 3)), dout.sum(axis=(0, 2, 3))
"""),
    _e("e7_correct_gap_bwd_broadcast_copy", "a7_architectures", "global_avg_pool_backward",
       "correct: each share dout / (H * W) given two trailing axes and broadcast to (N, C, H, W) with "
       "np.broadcast_to, then copied into a writable array", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = (dout / (H * W))[:, :, np.newaxis, np.newaxis]
    return np.broadcast_to(share, (N, C, H, W)).copy()
"""),
    _e("e8_correct_normalize_fit_transform", "a8_pipeline", "normalize_splits",
       "correct: a fit step that computes the training split's per-pixel mean (and std + eps for standardize, 1 "
       "for mean_image) and returns the transform, applied to both splits", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    def fit(data):
        center = data.mean(axis=0)
        scale = data.std(axis=0) + eps if mode == "standardize" else 1.0
        return lambda a: (a - center) / scale

    transform = fit(X_train)
    return transform(X_train), transform(X_test)
"""),
]

JUDGED_ON19 = "2026-12-04 on commit 5e45bd2"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout19 on commit 5e45bd2 (JUDGED_ON19), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT18 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure that sends the student first to a right line, or says that what a line reads agrees
# with the correct code where it does not, states something false; a departure naming the line with the mistake is
# right, and so is the exact line of a one- or two-line function; a departure that names a span and, as its
# alternative, the variable that holds the mistake (`or in act, set by line 92`) is right; a loop departure without
# a statement is right only when the loop is small and the mistake clearly in it; a one_slip stated in the correct
# code's text that is the student's arithmetic written another way is right (`1 * (1` for the unparenthesized
# `1 / 1 + ...`); a catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python,
# NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing); checklists that list the cause
# among many are vague; where only the grader test's own message names the cause (and the diagnoses add nothing, or
# only a true but general point) the verdict is check_message.
JUDGEMENT19: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "e1_affine_dx_reshaped_to_rows": ("named", (), ""),
    "e1_relu_bwd_sign_plus_one_clipped": ("named", (), ""),
    # one_slip on all four tests: "0 where 1 is meant: the statistic is taken over another axis" (the sum of the
    # exponentials over axis 0 for axis 1).
    "e1_ce_log_normalizer_over_batch": ("right", ("one_slip",), ""),
    # departure: "the loop at lines 217-219 (`for i in range(x.size):`) ... though what the loop reads from before it
    # (f, h, step, x) agrees ... the mistake is in that loop": a two-statement loop, the missing reset of step.flat[i]
    # clearly belongs in it (it says no more than that).
    "e1_numgrad_basis_vector_not_cleared": ("right", ("departure",), ""),
    # missing_term "yours differs from the expected by -0.08333 x params['W1'] ... (e.g. a regularization term reg *
    # W)" (reg * W / N for reg * W: true) and departure "line 223: `reg_loss = ... / N` ... your reg_loss is 0.0807773
    # where 0.484664 is right ... the mistake is in that line" (1/6 of it).
    "e1_mlp_penalty_averaged_over_batch": ("right", ("missing_term", "departure"), ""),
    # not_reduced: "the expected is the sum over axis 1 of yours (shape (4, 20) for (4,)): take the sum": true (the
    # elementwise product summed over axis 1 is the matrix product with y) and the fix works; its "e.g. db =
    # dout.sum(axis=0)" is only an illustration.
    "e1_linreg_inverse_times_y_elementwise": ("right", ("not_reduced",), ""),
    # ------------------------------------------------------------------ a2_optim
    "e2_step_lr_counts_multiples_up_to_next_step": ("named", (), ""),
    "e2_adam_slots_rebound_never_stored": ("named", (), ""),
    # reduced_other_axis: "a sum or mean over the wrong axis (axis=1 where axis=0 is asked for)?" and departure on
    # the return line "has shape (4,) where the right value has (3,)".
    "e2_linreg_grad_mean_over_features": ("right", ("reduced_other_axis", "departure"), ""),
    # departure: "`v`, set by line 241: `v = mu * v - lr * g`. In it, `mu * v` is the first part ... (what it is
    # computed from agrees). What that line reads (g, lr, mu, v) agrees with the correct code; your v is 1.9 times the
    # right value ... the mistake is in that line": line 241 is the correct code's line, and the v it reads does not
    # agree (-lr * g where zeros are right): the mistake is line 240's default; it sends the student to a right line.
    "e2_momentum_velocity_defaults_to_first_step": (
        "misleading", (),
        "The velocity's default on the first call is config.get('velocity', -lr * g), the first step itself, so the "
        "first update is (1 + momentum) times too large and the excess carries on: the velocity must start at "
        "np.zeros_like(w)."),
    # departure on the two-line function's return line: "`return min_lr + (base_lr - min_lr) * 1 + math.cos(...) /
    # 2` ... 0.6 where 0.1 is right: the mistake is in that line".
    "e2_cosine_lr_missing_parentheses": ("right", ("departure",), ""),
    # departure: the epoch loop, then "On its first pass, line 240: `order = rng.choice(n, size=n)` is the first to
    # compute a value the correct code never computes ... look there first": the exact line.
    "e2_minibatch_rows_drawn_with_replacement": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "e3_maxpool_bwd_offset_loop_even_share": ("named", (), ""),
    "e3_conv_bwd_naive_crop_in_two_steps": ("named", (), ""),
    # departure on the one-line function: "`return ... + 2 * output_padding + 1` ... 11 where 10 is right".
    "e3_transposed_size_output_padding_twice": ("right", ("departure",), ""),
    # departure: "line 279: `spread = np.repeat(np.repeat(dout, ph, axis=2), pw, axis=3) / (ph * pw)` ... has shape
    # (2, 2, 12, 8) where the right value has (2, 2, 6, 5) ... the mistake is in that line".
    "e3_avgpool_bwd_repeat_assumes_tiling": ("right", ("departure",), ""),
    # departure: "line 280: `windows = sliding_window_view(xp, (WW, HH), axis=(2, 3))...` ... has shape (2, 3, 5, 3,
    # 1, 3) where the right value has (2, 3, 4, 4, 3, 1)": the line, the window axes visibly swapped.
    "e3_conv_fast_windows_width_first": ("right", ("departure",), ""),
    # reshaped: "your values are right but in shape (2, 3, 6, 8); reshape them to (2, 3, 8, 6)": true (the flat
    # indices land right; only H_out, W_out are swapped in the last reshape).
    "e3_unpool_output_shape_read_as_width_height": ("right", ("reshaped",), ""),
    # ------------------------------------------------------------------ a4_init
    "e4_xavier_uniform_global_rand": ("named", (), ""),
    "e4_he_std_leaky_gain_with_slope_one": ("named", (), ""),
    # departure: "line 92: `return gain * math.sqrt(1.0 / n)` ... 0.0707107 where 0.0706225 is right: the mistake is
    # in that line, or in `n`, set by line 91: `n = (fan_in + fan_out) // 2 ...`" (as d4_xavier_std_sum_of_fans_as_n);
    # close on test_gain is a true checklist beside it.
    "e4_xavier_std_integer_mean_fan": ("right", ("departure",), ""),
    # departure: "the loop at lines 95-98 ... the mistake is in that loop, or in `act`, set by line 92 ... line 96:
    # `h = act(np.dot(h, W))` ... look there first": act is the relu lambda z + np.abs(z) (on the relu run only).
    "e4_stats_relu_abs_formula_without_half": ("right", ("departure",), ""),
    # square_root: "yours is the square root of the expected: a standard deviation where a variance is asked for, or
    # a square root taken over more than it should cover?": true (sqrt of he_std), the extra root.
    "e4_he_normal_scaled_by_root_of_std": ("right", ("square_root",), ""),
    # one_slip: "`1 * (1` where `1 / (1` is meant": the student's `1 / 1 + np.exp(-z)` is 1 * (1 + exp(-z)).
    "e4_stats_sigmoid_missing_parentheses": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "e5_dropout_where_dropped_below_p": ("named", (), ""),
    "e5_bn_shared_standardize_in_test": ("named", (), ""),
    # one_slip is exact: "`shape[ -1]` where `shape[0]` is meant ..., where N is computed"; but the departure on
    # test_train_then_test_mode: "line 234: `running_var = ... var * n / (n - 1)`. What that line reads (momentum, n,
    # running_var, var) agrees with the correct code ... the mistake is in that line, or in the condition at line
    # 225": n (= D = 4) does not agree (N = 8 is right), and line 234 is right; the mistake is line 233.
    "e5_bn_running_var_bessel_over_features": (
        "misleading", ("one_slip",),
        "Line 233 sets n = x.shape[-1], the number of features D; Bessel's correction var * n / (n - 1) of the "
        "running variance needs the batch size N = x.shape[0]."),
    # departure: "line 226: `dx = ...` In it, `dvar * 2.0 * xc / (N - 1)` is the first part whose value the correct
    # code never computes": the exact term.
    "e5_bn_bwd_variance_path_over_n_minus_one": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "along axis 2 of the input your mask never changes (its units are kept or
    # dropped together ...); dropout draws one coin per unit, e.g. rng.random(x.shape) < p".
    "e5_dropout_mask_per_channel": (
        "check_message", (),
        "One coin is drawn per (example, channel), rng.random(x.shape[:2]), and broadcast over H and W, so whole "
        "feature maps are kept or dropped together: draw one coin per unit, rng.random(x.shape) < p."),
    # departure on the one-line function: "In it, `np.sum(W @ W.T)` is the first part whose value the correct code
    # never computes".
    "e5_l2_sum_of_gram_matrix": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued predictions_not_logits, not named; fits_batches_not_predictions: "what reaches the model when it
    # predicts differs from what it trained on (...), or the model that predicts is not the one that trained (...), or
    # the predictions come back in another order than the images": every mechanism absent (the model is fine, an (M,
    # 1) column of indices comes back); learned_little: "either it did not learn them ... or ... preprocessed
    # differently": neither.
    "e6_returns_argmax_column": (
        "misleading", (),
        "You return model(X_test).argmax(dim=1, keepdim=True), an (M, 1) column of class indices: the grader takes "
        "the argmax over the columns of what comes back, 0 for every image; return the logits (M, n_classes)."),
    # catalogued untrained_model, not named; optimizer_not_on_model: "no loss.backward() reaches the weights the
    # optimizer steps ... they still had no gradient" (true) "The optimizer was made for other parameters than those
    # of the model trained ...: give it model.parameters()": false, the optimizer has model.parameters(); the cut is
    # the .item() rewrapped in torch.tensor(loss, requires_grad=True).
    "e6_loss_rewrapped_as_leaf_tensor": (
        "misleading", (),
        "loss.item() turns the loss into a float and torch.tensor(loss, requires_grad=True) makes a new leaf cut off "
        "from the network: backward() reaches no parameter and the model is never trained; call backward() on the "
        "cross_entropy tensor and log loss.item() separately."),
    # only the accuracies (0.891, 0.717).
    "e6_cross_entropy_ignore_index_zero": (
        "nothing", (),
        "CrossEntropyLoss(ignore_index=0) leaves every image of class 0 out of the loss, so class 0 is never learned "
        "(only pushed down): drop ignore_index, there is no padding class here."),
    # no diagnosis; the check's comparison "the logits of 5 test images predicted alone are 28.67 ... from their
    # logits among all 150" with hints (model.eval() for batch norm, the training images' statistics) that are not
    # the cause; nothing says the softmax over dim=0.
    "e6_softmax_over_batch_axis": (
        "nothing", (),
        "torch.softmax(..., dim=0) normalizes each class's column over the test images, so an image's scores depend "
        "on the other images predicted with it: take the softmax over the classes (dim=1), or return the logits."),
    # no diagnosis; the check's message: "a prediction must not depend on the other test images (call model.eval()
    # before predicting, so batch norm uses its running statistics ...)": the model calls eval(); its batch norms
    # keep no running statistics.
    "e6_batchnorm_without_running_stats": (
        "check_message", (),
        "BatchNorm2d(..., track_running_stats=False) keeps no running statistics, so even in eval mode it normalizes "
        "with the test batch's own statistics: leave track_running_stats at its default (True)."),
    # loss_negative: "the training loss went below 0 (to -115) ... or it is a score to maximize, minimized": the
    # log-likelihood minimized without its minus sign.
    "e6_hand_nll_without_minus": ("right", ("loss_negative",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "e7_resbwd_helper_shortcut_dx_forgotten": ("named", (), ""),
    "e7_gap_bwd_kron_undivided": ("named", (), ""),
    # departure: "the loop at lines 182-185 (`for i in range(H2 - H + 1):`) ... the mistake is in that loop": a
    # four-line loop, the `out += bias` inside it.
    "e7_score_map_bias_added_inside_loop": ("right", ("departure",), ""),
    # departure: "line 184: `weighted = np.exp(terms)` ... your weighted is -0 times the right value (the correct
    # code's `dmu`) ... the mistake is in that line": the line, its exponentials underflowed to 0 (the `dmu` aside is
    # odd but true here: on far targets the responsibilities are one-hot and dmu is a multiple of them).
    "e7_mdn_responsibilities_in_probability_space": ("right", ("departure",), ""),
    # departure on the one-line function: "`return np.einsum("ck,nchw->nhw", W[:, classes], features)` ... differs
    # from the right value (by up to 6.26): the mistake is in that line".
    "e7_cam_einsum_class_index_unbound": ("right", ("departure",), ""),
    # departure: "line 179 ... In it, `np.log(2 * np.pi * var)` is the first part whose value the correct code never
    # computes"; offset "every entry is the expected + 0.1667" (dlog_std: 2 where 1, + 1/N with N = 6).
    "e7_nll_log_normalizer_without_half": ("right", ("departure", "offset"), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "e8_flip_choice_probabilities_reversed": ("named", (), ""),
    "e8_warmup_interp_at_step": ("named", (), ""),
    "e8_patience_checked_in_elif": ("named", (), ""),
    # departure: "line 165: `mean = X_train.mean(axis=(0, 1))` ... has shape (3, 3) where the right value has (2, 3,
    # 3) ... the mistake is in that line".
    "e8_normalize_over_examples_and_channels": ("right", ("departure",), ""),
    # only the comparison "statistics of W1: 1 of 5 element(s) outside tolerance ... worst at index [2]".
    "e8_param_stats_mean_abs_gradient": (
        "nothing", (),
        "The third statistic is np.mean(np.abs(g)), the gradient's mean magnitude; its mean np.mean(g) is asked (the "
        "other four statistics are right)."),
    # zero_pattern: "yours is 0 at 24 of 36 entries where the expected is not: nothing reaches them, or what reached
    # them was overwritten (a mask of the wrong entries, a loop or window ..., or = where +=)": every mechanism absent
    # (the values are softmax probabilities, small but not zeros).
    "e8_train_returns_probabilities": (
        "misleading", (),
        "The last lines pass the test scores through a softmax: probabilities come back where the logits "
        "T @ W + b are asked; return the scores themselves (their argmax, and the accuracy, are the same)."),
}
# Counts: named 15, right 23 (named or right 38/48 = 79%; not in the catalogue: right 23/31 = 74%; the 17
# catalogued: 15 named, 0 right, 2 misleading (e6_returns_argmax_column, e6_loss_rewrapped_as_leaf_tensor)),
# misleading 5, vague 0, nothing 3, wrong_name 0, check_message 2, not_caught 0. HOLDOUT19_CORRECT: all 7 earn full
# marks.

HOLDOUT19 = [replace(e, verdict=JUDGEMENT19[e.id][0], expected=frozenset(JUDGEMENT19[e.id][1]),
                     ideal=JUDGEMENT19[e.id][2]) if e.id in JUDGEMENT19 else e for e in HOLDOUT19]
