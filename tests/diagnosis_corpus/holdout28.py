"""A twenty-eighth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 54afeae (JUDGED_ON28, JUDGEMENT28 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout28.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT28 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT28_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT28: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qc1_logistic_nll_minus_applied_twice", "a1_backprop", "logistic_regression_gradient",
       "the minus sign of the negative log-likelihood is put in front of X^T (pi - y), which already is the NLL's "
       "gradient: -X^T (pi - y) = X^T (y - pi) is the log-likelihood's gradient, with the wrong sign for the NLL "
       "(X^T (pi - y) is meant)", """
def logistic_regression_gradient(w, X, y):
    pi, _ = sigmoid_forward(X @ w)
    # NLL = -sum(y log pi + (1 - y) log(1 - pi)), so its gradient carries the minus
    return -X.T @ (pi - y)
""", catalogued="logistic_gradient_sign_flipped"),
    _e("qc1_ce_onehot_subtracted_from_unused_copy", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot labels are subtracted from a copy, grad, but dscores is then built from probs (the wrong "
       "variable): dscores = softmax / N without the -1 at each row's correct class, where it must be "
       "(softmax - one_hot) / N (the loss, a stable log-sum-exp, right)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.sum(log_probs[np.arange(n), y]) / n
    probs = np.exp(log_probs)
    grad = probs.copy()
    grad[np.arange(n), y] -= 1      # subtract the one-hot labels
    dscores = probs / n
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    _e("qc1_affine_fwd_input_not_flattened", "a1_backprop", "affine_forward",
       "x is multiplied by w as it is, np.dot(x, w), without flattening each example to its D = d1 * ... * dk "
       "values first: right for a 2-D x, but for a (N, d1, ..., dk) input np.dot contracts the last axis dk with "
       "w's D rows and raises; out = x.reshape(N, -1) @ w + b", """
def affine_forward(x, w, b):
    out = np.dot(x, w) + b      # (N, D) @ (D, M) + (M,)
    cache = (x, w, b)
    return out, cache
"""),
    _e("qc1_bce_loss_dot_products_not_averaged", "a1_backprop", "binary_cross_entropy_loss",
       "the loss is written as two dot products, t @ log p + (1 - t) @ log(1 - p), which sum over the elements: "
       "the division by their number is missing, so the loss is p.size times the mean cross-entropy (dprobs, "
       "divided by the size, right)", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    # cross-entropy of the two classes as dot products
    loss = -(t @ np.log(p) + (1 - t) @ np.log(1 - p))
    dprobs = (p - t) / (p * (1 - p)) / p.size
    return loss, dprobs
"""),
    _e("qc1_lstsq_residuals_returned", "a1_backprop", "linear_regression_closed_form",
       "np.linalg.lstsq returns (solution, residuals, rank, singular values) and item [1] is returned: the sum of "
       "squared residuals, an array of shape (1,), instead of the least-squares weights, item [0]", """
def linear_regression_closed_form(X, y):
    # lstsq solves min ||Xw - y||^2 without forming X^T X
    w = np.linalg.lstsq(X, y, rcond=None)[1]
    return w
"""),
    _e("qc1_mlp_first_bias_after_relu", "a1_backprop", "two_layer_mlp_loss",
       "the first bias is added after the ReLU, h = relu(X W1) + b1, instead of inside it, relu(X W1 + b1): the "
       "scores, the loss and every gradient are those of another network (the gradients are consistent with it: "
       "db1 is summed before the mask)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    z1 = X @ W1
    h = np.maximum(z1, 0) + b1      # hidden layer
    scores = h @ W2 + b2
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dW2 = h.T @ dscores + reg * W2
    db2 = dscores.sum(axis=0)
    dh = dscores @ W2.T
    db1 = dh.sum(axis=0)
    dz1 = dh * (z1 > 0)
    dW1 = X.T @ dz1 + reg * W1
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qc2_cosine_from_fraction_remaining", "a2_optim", "cosine_lr",
       "the schedule is written from the fraction of the schedule still to go after this step, "
       "(total_steps - step - 1) / total_steps, with (1 - cos(pi r)) / 2: the current step is counted as done, "
       "so step 0 is already below base_lr and min_lr is reached at step total_steps - 1 instead of total_steps "
       "(the fraction still to go is (total_steps - step) / total_steps)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    remaining = (total_steps - step - 1) / total_steps   # fraction of the schedule still to go
    return min_lr + (base_lr - min_lr) * (1 - math.cos(math.pi * remaining)) / 2
""", catalogued="cosine_lr_off_by_one"),
    _e("qc2_adam_counter_starts_at_minus_one", "a2_optim", "adam",
       "the step count is kept 0-based, config.get('t', -1) + 1, so the first step uses t = 0 and the bias "
       "corrections divide by 1 - beta**0 = 0 (inf / nan weights); the docstring's t starts at 0 and is "
       "incremented before use, so the first step has t = 1", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    lr, eps = config["learning_rate"], config["epsilon"]
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", -1) + 1      # step index, from 0
    t = config["t"]
    config["m"] = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    config["v"] = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    m_hat = config["m"] / (1 - b1 ** t)
    v_hat = config["v"] / (1 - b2 ** t)
    next_w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    _e("qc2_adam_bias_correction_multiplied", "a2_optim", "adam",
       "the bias corrections multiply the moments by (1 - beta**t) instead of dividing them by it: m_hat and v_hat "
       "shrink the early moments further instead of enlarging them, so the first steps are far off (the moments, "
       "t and the state right)", """
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
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    m_hat = m * (1 - b1 ** t)   # bias-corrected moments
    v_hat = v * (1 - b2 ** t)
    config.update(t=t, m=m, v=v)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
"""),
    _e("qc2_exponential_lr_loop_from_one", "a2_optim", "exponential_lr",
       "the decay is applied in a loop over range(1, step), which runs step - 1 times: from step 1 on the rate is "
       "base_lr * gamma**(step - 1), one decay behind (range(step) is meant; steps 0 and 1 both give base_lr)", """
def exponential_lr(base_lr, step, gamma):
    lr = base_lr
    for _ in range(1, step):     # one decay per step taken
        lr *= gamma
    return lr
"""),
    _e("qc2_linreg_gradient_mean_of_vector", "a2_optim", "linear_regression_gradient",
       "the 1/N of the mean squared error is written np.mean(X.T @ residual): X^T r has already summed over the "
       "rows, so np.mean averages its D entries into one scalar instead of dividing the (D,) gradient by N "
       "(gradient_descent and minibatch_sgd, which call it, follow it)", """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return 2 * np.mean(X.T @ residual)
"""),
    _e("qc2_adagrad_divides_by_previous_cache", "a2_optim", "adagrad",
       "the step divides by the root of the cache before this step's squared gradient is added (the cache is "
       "updated after the step): the first step divides by epsilon alone, a step of about lr * g / 1e-10, and "
       "every later one by the previous sum; the cache must include g**2 before the division", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = cache + g ** 2
    return next_w, config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qc3_param_count_groups_divide_filters", "a3_conv", "conv_param_count",
       "each group is counted as out_channels / groups filters over all in_channels inputs, times groups: the "
       "groups cancel and the count is out * in * kh * kw, a dense convolution's; each filter of a group sees "
       "only in_channels / groups channels", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    filters_per_group = out_channels // groups
    weights_per_group = filters_per_group * in_channels * kh * kw
    return groups * weights_per_group + (out_channels if bias else 0)
""", catalogued="param_count_ignores_groups"),
    _e("qc3_output_size_counts_window_starts", "a3_conv", "conv_output_size",
       "the output size is counted as the number of window starts, len(range(0, padded - span + 1, stride)), "
       "with no check: a stride that does not tile the padded input is rounded down, and a kernel larger than it "
       "gives 0, where both must raise ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    padded = input_size + 2 * padding
    span = dilation * (kernel_size - 1) + 1
    starts = range(0, padded - span + 1, stride)    # every position the kernel can start at
    return len(starts)
""", catalogued="output_size_not_rejected"),
    _e("qc3_fast_filters_flattened_channels_last", "a3_conv", "conv_forward_fast",
       "im2col's rows are laid out (C, HH, WW), but the filters are flattened after transpose(0, 2, 3, 1), in "
       "(HH, WW, C) order: each window value is multiplied by another channel's and offset's weight "
       "(w.reshape(F, -1) matches the rows)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    # im2col: one row per output position, columns ordered (C, HH, WW)
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    cols = windows.transpose(0, 2, 3, 1, 4, 5).reshape(N * Ho * Wo, C * HH * WW)
    w_rows = w.transpose(0, 2, 3, 1).reshape(F, -1)      # one row per filter
    out = (cols @ w_rows.T + b).reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2)
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("qc3_transpose_crop_uses_input_size", "a3_conv", "conv_transpose_forward",
       "the crop's end is written with H and W, the input's height and width, instead of the full output's: "
       "full[:, :, pad:H - pad, pad:W - pad] keeps a small corner of the (H - 1) * stride + HH by "
       "(W - 1) * stride + WW output (full.shape[2] - pad and full.shape[3] - pad are meant)", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum(
                "nc,cfhw->nfhw", x[:, :, i, j], w)
    out = full[:, :, pad:H - pad, pad:W - pad]    # crop the padding
    return out + b[None, :, None, None]
"""),
    _e("qc3_max_pool_bwd_window_argmax_as_plane_index", "a3_conv", "max_pool_backward",
       "the window's flat argmax k (0 .. ph * pw - 1) is used as a flat index into the whole (H, W) plane, "
       "dx[n, c].flat[k]: every gradient lands among the plane's first entries instead of at the window's "
       "maximum; k must be unravelled in the window and offset by (i * stride, j * stride)", """
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
                    k = np.argmax(window)           # where the max is
                    dx[n, c].flat[k] += dout[n, c, i, j]
    return dx
"""),
    _e("qc3_unpool_size_twice_pooled", "a3_conv", "max_unpool",
       "the unpooled size is taken as twice the pooled size ('2x2 pooling halves each side') instead of the "
       "output_shape given: right when the pooling tiled its input (8 x 6), but a 7 x 5 plane pooled to 3 x 2 is "
       "unpooled to 6 x 4, and its flat indices, counted on the 7 x 5 plane, fall outside it", """
def max_unpool(x, indices, output_shape):
    N, C, Hp, Wp = x.shape
    H, W = 2 * Hp, 2 * Wp          # 2x2 pooling halved each side
    out = np.zeros((N, C, H * W))
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].ravel()] = x[n, c].ravel()
    return out.reshape(N, C, H, W)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qc4_he_normal_scipy_rvs_global", "a4_init", "he_normal",
       "the draws are made with scipy.stats.norm.rvs without random_state, which draws from NumPy's global "
       "generator: the seed argument is never used, so the same seed gives other weights (and the global stream "
       "is consumed); draw from np.random.default_rng(seed) (or pass it as random_state)", """
def he_normal(shape, seed):
    from scipy import stats
    std = he_std(shape)
    return stats.norm.rvs(loc=0.0, scale=std, size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qc4_uniform_bound_sqrt_of_variance", "a4_init", "xavier_uniform",
       "the bound is derived from the target variance as sqrt(var), the 3 of Var U(-a, a) = a**2 / 3 dropped: "
       "a is the std itself, so the draws' variance is a third of the target (a = sqrt(3 * var))", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    var = xavier_std(shape, mode, gain) ** 2       # target variance
    a = math.sqrt(var)                              # bound of U(-a, a)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
""", catalogued="uniform_bound_is_std"),
    _e("qc4_xavier_normal_shape_unpacked", "a4_init", "xavier_normal",
       "the shape is unpacked into normal()'s arguments, rng.normal(0, std, *shape) (np.random.randn's habit of "
       "taking the dimensions one by one): Generator.normal takes one size argument, so a 2-D or 4-D shape "
       "raises TypeError; pass size=shape", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    return rng.normal(0.0, std, *shape)
"""),
    _e("qc4_actstats_next_layer_gets_preactivation", "a4_init", "activation_statistics",
       "each layer's output act(h @ W) is measured, but the next layer is fed the pre-activation z = h @ W "
       "(h = z where h = act(z) is meant): the activations never reach the following layers, so from the second "
       "layer on the statistics are those of act applied to a purely linear stack (the first layer, and every "
       "layer of the linear activation, right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    h = X
    means, variances = [], []
    for W in weights:
        z = h @ W
        a = f(z)
        means.append(a.mean())
        variances.append(a.var())
        h = z
    return np.array(means), np.array(variances)
"""),
    _e("qc4_fans_kernel_first_times_last", "a4_init", "compute_fans",
       "the kernel's size is written kernel[0] * kernel[-1] ('kh * kw'): right for 2-D kernels, but a 1-D kernel "
       "(k,) counts k**2 and a 3-D one (kd, kh, kw) leaves kh out; the kernel's size is the product of every axis "
       "after the first two", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
    else:
        out_c, in_c, *kernel = shape
        k = kernel[0] * kernel[-1]      # kh * kw
        fan_in, fan_out = in_c * k, out_c * k
    return fan_in, fan_out
"""),
    _e("qc4_uniform_mapped_to_minus_a_zero", "a4_init", "xavier_uniform",
       "U[0, 1) draws are mapped with u * a - a, which gives [-a, 0): the interval's width is a instead of 2a "
       "((2u - 1) * a is meant), so every weight is negative, the mean is -a / 2 and the spread half the "
       "target's", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(shape)     # U[0, 1)
    return u * a - a                                   # map to [-a, a)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qc5_dropout_reads_train_flag", "a5_normalization", "dropout_forward",
       "the mode is read from a 'train' flag, dropout_param.get('train', True) (torch's module.training habit), "
       "a key the caller never sets: mode 'test' is never looked at, so the mask is applied at test time too, "
       "where test mode must return x unchanged", """
def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    training = dropout_param.get("train", True)     # like module.training
    if not training:
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
""", catalogued="dropout_at_test_time"),
    _e("qc5_bn_bwd_centring_jacobian_only", "a5_normalization", "batchnorm_backward",
       "dx is taken through the Jacobian of the centring alone, inv_std * (I - 1/N) applied to each feature's "
       "dx_hat, as if inv_std were a constant: the path through the batch variance, which also depends on x, is "
       "left out (the term - inv_std * x_hat * mean(dx_hat * x_hat) is missing; dgamma and dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx_hat = dout * gamma
    centring = np.eye(N) - np.ones((N, N)) / N      # d(x - mu)/dx
    dx = (centring @ dx_hat) * inv_std              # x_hat = (x - mu) * inv_std
    return dx, dgamma, dbeta
""", catalogued="bn_backward_drops_variance_path"),
    _e("qc5_bn_test_mode_batch_variance", "a5_normalization", "batchnorm_forward",
       "test mode centres with running_mean but divides by the test batch's own variance, x.var(axis=0), "
       "instead of running_var: the output depends on the test batch (train mode, its cache and the running "
       "averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
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
        x_hat = (x - running_mean) / np.sqrt(x.var(axis=0) + eps)
        out = gamma * x_hat + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qc5_groupnorm_stats_pool_the_batch", "a5_normalization", "groupnorm_forward",
       "the mean and variance are taken over axes (0, 2) of the (N, groups, -1) view: each group's statistics "
       "pool every image of the batch instead of one mean and variance per image and group (axis 2 only); "
       "inv_std comes out (1, groups, 1)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=(0, 2), keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=(0, 2), keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    cache = (x_hat, gamma, inv_std, groups)
    return out, cache
"""),
    _e("qc5_layernorm_gamma_beta_as_columns", "a5_normalization", "layernorm_forward",
       "gamma and beta (D,) are made columns, gamma[:, None] of shape (D, 1) ('one per feature'), before they "
       "scale and shift the (N, D) x_hat: a column broadcasts along the rows, so it lines up with the N examples "
       "instead of the D features (an error when N != D); the (D,) vectors broadcast along the features as they "
       "are", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.mean(x, axis=1, keepdims=True)
    var = np.var(x, axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    out = gamma[:, None] * x_hat + beta[:, None]     # one scale and shift per feature
    return out, (x_hat, gamma, inv_std)
"""),
    _e("qc5_groupnorm_bwd_group_sums_without_keepdims", "a5_normalization", "groupnorm_backward",
       "the per-group sums of dx_hat and dx_hat * x_hat are taken without keepdims, shape (N, groups): against "
       "the (N, groups, M) terms they broadcast along the last axis (an error here) instead of being "
       "(N, groups, 1) (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    dx_hat = (dout * gamma.reshape(1, C, 1, 1)).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    sum_dxhat = dx_hat.sum(axis=2)
    sum_dxhat_xhat = (dx_hat * xh).sum(axis=2)
    dx = inv_std / M * (M * dx_hat - sum_dxhat - xh * sum_dxhat_xhat)
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qc6_sklearn_shuffle_called_per_array", "a6_cnn", "train_and_predict",
       "the training set is 'shuffled' with two separate calls, X_train = shuffle(X_train) and y_train = "
       "shuffle(y_train) (sklearn.utils.shuffle without random_state, drawing from NumPy's global generator): each "
       "call draws its own permutation, so the labels no longer belong to their images and the model learns "
       "nothing; shuffle(X_train, y_train) permutes both together", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    from sklearn.utils import shuffle
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    # shuffle the training set once
    X_train = shuffle(X_train)
    y_train = shuffle(y_train)
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
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="labels_shuffled"),
    _e("qc6_predictions_one_image_at_a_time", "a6_cnn", "train_and_predict",
       "a trained model, but the test images are predicted one at a time and only each one's predicted class, "
       "int(model(img[None]).argmax()), is kept: the function returns an (M,) array of class indices instead of "
       "the (M, classes) logits", """
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
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    predictions = []
    with torch.no_grad():
        for img in torch.tensor(X_test, device=device):
            predictions.append(int(model(img[None]).argmax()))
    return np.array(predictions)
""", catalogued="predictions_not_logits"),
    _e("qc6_layers_kept_in_python_list", "a6_cnn", "train_and_predict",
       "the network's layers are kept in a plain Python list, self.layers = [...], instead of nn.ModuleList or "
       "nn.Sequential: nn.Module never registers them, so model.parameters() is empty and torch.optim.Adam raises "
       "'optimizer got an empty parameter list' (nothing is trained or predicted)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    class SmallCNN(nn.Module):
        def __init__(self, channels, n_classes):
            super().__init__()
            self.layers = [
                nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
                nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
            ]

        def forward(self, x):
            for layer in self.layers:
                x = layer(x)
            return x

    model = SmallCNN(X_train.shape[1], int(y_train.max()) + 1).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qc6_functional_dropout_active_at_test", "a6_cnn", "train_and_predict",
       "the classifier's dropout is written nn.functional.dropout(x, p=0.5) in forward, whose training argument "
       "defaults to True: model.eval() does not reach it, so half the pooled features are dropped (and the rest "
       "doubled) at random when the test images are predicted; training=self.training (or an nn.Dropout module) "
       "is meant", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1

    class Net(nn.Module):
        def __init__(self, channels):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
                nn.AdaptiveAvgPool2d(1), nn.Flatten())
            self.fc = nn.Linear(32, n_classes)

        def forward(self, x):
            x = self.features(x)
            x = nn.functional.dropout(x, p=0.5)    # regularize the classifier
            return self.fc(x)

    model = Net(X_train.shape[1]).to(device)
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
    _e("qc6_batch_generator_seed_method", "a6_cnn", "train_and_predict",
       "the batch-order generator is set up with g = torch.Generator(); g.seed(): Generator.seed() takes no "
       "argument and seeds it from a non-deterministic source, so every run draws other mini-batches and the same "
       "seed gives other logits; g.manual_seed(seed) is meant", """
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
    g = torch.Generator()
    g.seed()                          # seed the shuffling generator
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
    _e("qc6_early_stop_test_inverted", "a6_cnn", "train_and_predict",
       "the early-stopping test is inverted, `if epoch_loss < prev_loss: break` ('stop once the loss stops "
       "improving' needs >=): the first epoch always improves on inf, so training stops after one epoch with an "
       "undertrained model", """
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
    prev_loss = float("inf")
    for epoch in range(30):
        model.train()
        total = 0.0
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        epoch_loss = total / len(y)
        if epoch_loss < prev_loss:      # stop once the loss stops improving
            break
        prev_loss = epoch_loss
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qc7_score_map_windows_reversed", "a7_architectures", "fc_score_map",
       "each window is reversed along both spatial axes before it is multiplied by W ('a convolution flips'): "
       "that is a true convolution, the kernel flipped, where the affine layer slid over the input correlates, "
       "window times W as it is", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            window = x[:, :, i:i + H, j:j + Wd][:, :, ::-1, ::-1]    # convolution flips
            out[:, :, i, j] = window.reshape(N, -1) @ W + b
    return out
""", catalogued="score_map_kernel_flipped"),
    _e("qc7_saliency_relu_mask_computed_unused", "a7_architectures", "saliency_map",
       "the ReLU's mask is computed (relu_mask = a1 > 0) but never applied: the gradient goes back through every "
       "hidden unit, dhidden @ W1.T, instead of (dhidden * relu_mask) @ W1.T", """
def saliency_map(x, params, y):
    N = x.shape[0]
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    a1 = x.reshape(N, -1) @ W1 + b1
    relu_mask = (a1 > 0).astype(float)
    dscores = np.zeros((N, W2.shape[1]))
    dscores[np.arange(N), y] = 1.0
    dhidden = dscores @ W2.T          # back through the second layer
    dx = dhidden @ W1.T               # back through the first layer
    dx = dx.reshape(x.shape)
    return np.max(np.abs(dx), axis=1)
""", catalogued="saliency_relu_mask_missing"),
    _e("qc7_saliency_relu_of_upstream_gradient", "a7_architectures", "saliency_map",
       "the ReLU's backward is written as a ReLU of the upstream gradient, np.maximum(dscores @ W2.T, 0), instead "
       "of masking it with the forward pass's activation (a1 > 0): negative gradients are cut and hidden units "
       "that were off pass theirs", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    a1 = flat @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    dh = dscores @ params["W2"].T
    da1 = np.maximum(dh, 0)            # backward through the ReLU
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("qc7_cam_class_columns_not_transposed", "a7_architectures", "class_activation_map",
       "the class columns W[:, classes] have shape (C, N) and are multiplied into the (N, C, H, W) features "
       "without being transposed to (N, C): the example and channel axes do not line up (an error when N != C, "
       "maps of the wrong shape for one example)", """
def class_activation_map(features, W, classes):
    weights = W[:, classes]                       # each example's class column
    cam = (weights[:, :, None, None] * features).sum(axis=1)
    return cam
"""),
    _e("qc7_mdn_logsumexp_over_batch", "a7_architectures", "mdn_nll",
       "the mixture's log-sum-exp is taken over axis 0, the batch, instead of axis 1, each row's K components: "
       "log_p is (1, K), each component's log-total over the rows, so the loss and the responsibilities "
       "gamma = exp(terms - log_p) are wrong", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=0, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=0, keepdims=True))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qc7_residual_branch_relu_and_outer_relu", "a7_architectures", "residual_block_forward",
       "the residual branch ends in a ReLU of its own, F(x) = relu(h @ W2 + b2), and the block applies the ReLU "
       "again after the addition: relu(relu(h W2 + b2) + shortcut) instead of relu(h W2 + b2 + shortcut) (the "
       "cached z is that wrong sum, so the backward pass follows it)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    f = np.maximum(h @ params["W2"] + params["b2"], 0)     # residual branch F(x)
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = f + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qc8_flip_coin_drawn_without_size", "a8_pipeline", "random_flip",
       "the coin is drawn with rng.random() without a size: one number, so flip is a single boolean and "
       "out[flip] = x[flip][..., ::-1] mirrors the whole batch or none of it; each image needs its own coin, "
       "rng.random(len(x)) < p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.random() < p
    out = x.copy()
    out[flip] = x[flip][..., ::-1]
    return out
""", catalogued="flip_whole_batch"),
    _e("qc8_early_stopping_np_diff_previous_epoch", "a8_pipeline", "early_stopping",
       "the improvements are precomputed with np.diff(losses, prepend=inf): each epoch is compared with the "
       "previous epoch's loss instead of the best so far, so a slow recovery after a worse epoch resets the "
       "patience (and moves the 'best' epoch) though it never beats the best", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=float)
    # how much each epoch lowered the loss
    drops = -np.diff(losses, prepend=np.inf)
    wait, best_epoch = 0, 0
    for epoch, drop in enumerate(drops):
        if drop > min_delta:
            best_epoch, wait = epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(losses) - 1, weights[best_epoch]
""", catalogued="improvement_against_previous_epoch"),
    _e("qc8_update_ratio_of_new_weights", "a8_pipeline", "update_ratio",
       "the numerator is the norm of the weights after the step, ||W - lr * dW||, instead of the norm of the step "
       "itself, ||lr * dW||: the ratio is about 1 whatever the learning rate", """
def update_ratio(W, dW, lr):
    W_new = W - lr * dW            # weights after the SGD step
    return np.linalg.norm(W_new) / np.linalg.norm(W)
"""),
    _e("qc8_warmup_branch_ends_one_early", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up branch is guarded by step < warmup_steps - 1 ('the last warm-up index'): the last warm-up "
       "step, warmup_steps - 1, falls into the cosine with a negative progress t = -1 / (total - warmup) and gets "
       "a rate a little below base_lr instead of base_lr * warmup_steps / warmup_steps = base_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps - 1:       # warm-up steps 0 .. warmup_steps - 1
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
    _e("qc8_train_onehot_subtracted_from_columns", "a8_pipeline", "train_and_predict",
       "the one-hot labels are subtracted with probs[:, y_train[idx]] -= 1, which indexes whole columns: every "
       "row loses 1 at every class that occurs among the batch's labels, instead of only at its own label "
       "(probs[np.arange(len(idx)), y_train[idx]])", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            xb, yb = X[idx], y_train[idx]
            s = xb @ W + b
            s -= s.max(axis=1, keepdims=True)
            probs = np.exp(s)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[:, yb] -= 1          # softmax - one-hot
            grad = probs / len(idx)
            W -= 0.1 * xb.T @ grad
            b -= 0.1 * grad.sum(axis=0)
    return T @ W + b
"""),
    _e("qc8_param_stats_of_the_update", "a8_pipeline", "parameter_statistics",
       "the gradient's mean and std are taken of the update lr * dW instead of the gradient dW: both entries are "
       "lr times too small (the weights' statistics and the update ratio right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        step = lr * grads[name]              # the SGD update
        stats[name] = np.array([W.mean(), W.std(), step.mean(), step.std(), update_ratio(W, grads[name], lr)])
    return stats
"""),
]

HOLDOUT28_CORRECT: list[Entry] = [
    _e("qck_correct_softmax_pairwise_differences", "a1_backprop", "softmax",
       "correct: each probability as 1 / sum_j exp(s_j - s_i), from the (N, C, C) pairwise differences of each "
       "row's scores (a difference that overflows to inf gives the probability 0 it has)", """
def softmax(scores):
    diffs = scores[:, None, :] - scores[:, :, None]      # [n, i, j] = s_j - s_i
    with np.errstate(over="ignore"):
        return 1.0 / np.exp(diffs).sum(axis=2)
"""),
    _e("qck_correct_exponential_lr_reduce", "a2_optim", "exponential_lr",
       "correct: base_lr multiplied by gamma once per step with functools.reduce over range(step)", """
def exponential_lr(base_lr, step, gamma):
    from functools import reduce
    return reduce(lambda lr, _: lr * gamma, range(step), base_lr)
"""),
    _e("qck_correct_depthwise_params_counted_directly", "a3_conv", "depthwise_separable_param_count",
       "correct: the depthwise weights in * kh * kw and the pointwise in * out counted directly, a bias per "
       "channel of each stage when bias is set (the kernel size an int or a pair)", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    kh, kw = np.broadcast_to(kernel_size, (2,))
    depthwise = in_channels * int(kh) * int(kw) + (in_channels if bias else 0)
    pointwise = in_channels * out_channels + (out_channels if bias else 0)
    return depthwise + pointwise
"""),
    _e("qck_correct_zero_grad_after_step", "a6_cnn", "train_and_predict",
       "correct: the reference recipe with the gradients cleared after each optimizer step (backward, step, "
       "zero_grad) instead of before the backward pass", """
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
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            opt.zero_grad()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qck_correct_l2_penalty_norm_squared", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as the squared Frobenius norm np.linalg.norm(W) ** 2 (any shape, flattened), "
       "the gradient reg * W", """
def l2_penalty(W, reg):
    sq = np.linalg.norm(W) ** 2
    return 0.5 * reg * sq, reg * W
"""),
    _e("qck_correct_gap_reshape_mean", "a7_architectures", "global_avg_pool_forward",
       "correct: each map flattened to its H * W values with reshape(N, C, -1) and averaged over the last axis, "
       "the input's shape cached", """
def global_avg_pool_forward(x):
    N, C = x.shape[:2]
    return x.reshape(N, C, -1).mean(axis=-1), x.shape
"""),
    _e("qck_correct_softmax_regression_weights_by_class", "a8_pipeline", "train_and_predict",
       "correct: the recipe with the weights stored one row per class, W (classes, D), scores X @ W.T + b, the "
       "one-hot labels from np.eye", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        X, T = normalize_splits(X, T)
    k = int(y_train.max()) + 1
    W = np.zeros((k, X.shape[1]))
    b = np.zeros(k)
    onehot = np.eye(k)[y_train]
    rng = np.random.default_rng(seed)
    for _ in range(20):
        perm = rng.permutation(X.shape[0])
        for batch in np.array_split(perm, np.arange(64, X.shape[0], 64)):
            z = X[batch] @ W.T + b
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
            g = (p - onehot[batch]) / len(batch)
            W = W - 0.1 * g.T @ X[batch]
            b = b - 0.1 * g.sum(axis=0)
    return T @ W.T + b
"""),
]

JUDGED_ON28 = "2026-12-05 on commit 54afeae"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout28 on commit 54afeae (JUDGED_ON28), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of shapes or values included); a departure that sends the student first to a right
# line, or says that what a line reads agrees with the correct code where it does not, states something false; a
# departure naming the line with the mistake is right, and so is one ending "the mistake is in how lines a-b compute
# x" over a span of two or three lines that holds it (as l7_saliency_upstream_is_scores in JUDGEMENT24); a loop
# departure without a statement is right only when the loop is small and the mistake clearly in it; a one_slip
# stated in the correct code's text that is the student's arithmetic written another way is right; a catalogued name
# given to an entry that is not catalogued is judged by its description (right when it is true of the entry and says
# the cause, as JUDGEMENT8); a catalogued entry whose name is not given is judged by its diagnoses; an error raised by
# Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing); checklists that list
# the cause among many (learned_little, close) are vague, but one of few causes, the entry's among them, is tolerated;
# index_error's generic checklist where the index is right and the array too short is vague (JUDGEMENT24); the seeded
# check's "seed torch ... and every other random source from `seed`" alone is check_message (JUDGEMENT15). Decided
# here: relu_before_addition ("The ReLU is applied to the residual branch before the addition; in the block it comes
# after it: out = relu(h @ W2 + b2 + shortcut(x))") named for a branch that ends in a ReLU of its own with the outer
# ReLU kept is true of the code and gives the fix: right, beside departures on the branch's line (a close call: the
# catalogued mistake drops the outer ReLU, the entry keeps it); a departure on a one-example call that takes the
# student's log_p as agreeing with the correct code because it equals another of its values there (the log-sum-exp
# over one row is the row itself: log_p = terms when N = 1) and so names the right line after it (`loss =
# -log_p.mean()`, "the mistake is in that line") is misleading, though the same relation is exact on the other
# tests; a departure on `return fan_in, fan_out` saying it "returns values the correct code computes on the way ...
# 72 where 24 is right. A step after them is left out ... Line 91: `if len(shape) == 2:` did not hold ...: is that
# the step left out?" under a 3-D shape whose right fan_in is 360 (24 is the 1-D call's), where no step is left out
# and the kernel's size is computed wrong, is misleading beside a right scaled; torch_error's "model.parameters() is a
# generator, used up once iterated" where the layers kept in a Python list are never registered names only a
# mechanism that is not there: misleading; reduced_other_axis's "a sum or mean over the wrong axis (axis=0 where
# axis=1 is asked for)?" where the sum is over the right axis and the shape comes of an untransposed (C, N) weight
# broadcast against (N, C, H, W) is misleading (as qa1_mlp_db1_copied_from_db2 in JUDGEMENT26); missing_at_end's
# "yours is the expected's first entries along axes 2 and 3 ...: the last ones are missing (a size or a loop bound too
# small, ...)" for a crop ended at the input's H and W is right (the first of few causes, as extra_at_end in
# JUDGEMENT27, a close call); one_number_per_row's "a value computed once per row (a whole row handled at once, as
# x[i] is ...?)" for probs[:, yb] -= 1 (whole columns where one entry a row is meant: every class gets the same
# gradient, so every row of logits is one number) is a true observation that does not point at the line: vague;
# trained_briefly's "the training loop ended early (a return or break inside it, ...)" for an inverted early-stopping
# test that breaks after the first epoch is right (the first of few).
JUDGEMENT28: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qc1_logistic_nll_minus_applied_twice": ("named", (), ""),
    # named on the two softmax tests; the departures on the MLP tests name line 223, `dscores = probs / n` ("What that
    # line reads (n, probs) agrees ...: the mistake is in that line"): true.
    "qc1_ce_onehot_subtracted_from_unused_copy": ("named", (), ""),
    # shape_error: "a matrix product needs the last axis of the left (5, of (3, 4, 5)) to match the first axis of the
    # right (20, of (20, 6))"; departure: "line 216: `out = np.dot(x, w) + b` raises the error ...: the mistake is in
    # that line" (x not flattened there).
    "qc1_affine_fwd_input_not_flattened": ("right", ("departure",), ""),
    # one_slip: "a sum where a mean is meant (sum() for mean()), where loss is computed": the dot products sum.
    "qc1_bce_loss_dot_products_not_averaged": ("right", ("one_slip",), ""),
    # departure (both tests): "`w`, set by line 217: `w = np.linalg.lstsq(X, y, rcond=None)[1]` ... your `w` has shape
    # (1,) where the right value has (4,) ...: the mistake is in that line".
    "qc1_lstsq_residuals_returned": ("right", ("departure",), ""),
    # only the comparison on the scores test; departure on the other two: "line 217: `z1 = X @ W1` computes `z1`, a
    # value the correct code never computes (true: affine_forward adds b1 at once) ... the mistake is in how lines
    # 217-219 compute `scores`": the three lines hold line 218, `h = np.maximum(z1, 0) + b1`.
    "qc1_mlp_first_bias_after_relu": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qc2_cosine_from_fraction_remaining": ("named", (), ""),
    "qc2_adam_counter_starts_at_minus_one": ("named", (), ""),
    # departure (four tests): "line 245: `m_hat = m * (1 - b1 ** t)` (your `m_hat` is 0.01 times the right value) and
    # line 246: `v_hat = v * (1 - b2 ** t)` (... 1e-06 times ...): the mistake is in those two lines" ((1 - beta)**2 at
    # t = 1: 0.01 and 1e-06; 0.04 and 0.0001 with betas 0.8 and 0.99: checked).
    "qc2_adam_bias_correction_multiplied": ("right", ("departure",), ""),
    # shifted_steps: "each step of yours along axis 0 equals the expected's previous one: you are one step behind"
    # (true: gamma**(step - 1) from step 1 on), as h2_exponential_lr_off_by_one.
    "qc2_exponential_lr_loop_from_one": ("right", ("shifted_steps",), ""),
    # departure on the one-line body (three tests): "line 236: `return 2 * np.mean(X.T @ residual)` ... what it
    # returns has shape () where the right value has (3,): the mistake is in that line".
    "qc2_linreg_gradient_mean_of_vector": ("right", ("departure",), ""),
    # departure (three tests): "`next_w`, set by line 240: `next_w = w - config["learning_rate"] * g /
    # (np.sqrt(cache) + config["epsilon"])` ... your `next_w` is the right value - 3e+09 * `g` ...: the mistake is in
    # that line" (lr / 1e-10 on the first step: 3e9, 1e8 and 1e9 for lr 0.3, 0.01 and 0.1: checked); the line that
    # divides by the cache before g**2 is added.
    "qc2_adagrad_divides_by_previous_cache": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qc3_param_count_groups_divide_filters": ("named", (), ""),
    "qc3_output_size_counts_window_starts": ("named", (), ""),
    # departure (both tests): "`w_rows`, set by line 291: `w_rows = w.transpose(0, 2, 3, 1).reshape(F, -1)` ... your
    # `w_rows` holds the right values in another order (a reshape or transpose in the wrong order?) ...: the mistake is
    # in that line".
    "qc3_fast_filters_flattened_channels_last": ("right", ("departure",), ""),
    # only the shape comparison on the padded test; missing_at_end on the unpadded one: "yours has shape (2, 2, 4, 5)
    # where (2, 2, 9, 11) is expected: yours is the expected's first entries along axes 2 and 3 ...: the last ones are
    # missing (a size or a loop bound too small, an output row or column left out)": the crop's end H, W is the size
    # too small (checked: full[:, :, 0:4, 0:5]; a close call).
    "qc3_transpose_crop_uses_input_size": ("right", ("missing_at_end",), ""),
    # departure (four tests): "the loop at lines 286-292 (`for n in range(N):`) leaves `dx` holding values the correct
    # code never computes ...: the mistake is in that loop": the function's only loop, three statements deep, the
    # scatter line in it; zero_pattern beside it ("nothing reaches them ... a loop or window that does not cover them
    # such as a stride not applied ...") is true (the window's offset is not applied).
    "qc3_max_pool_bwd_window_argmax_as_plane_index": ("right", ("departure",), ""),
    # index_error: "index 27 on axis 2 of an array of 24, beyond its end: is the index computed with another axis's
    # length or another array's, or counted past the end?": the index is right (7 x 5 = 35 entries); the buffer, 6 x 4
    # = 24, is too short (the generic checklist, as JUDGEMENT24).
    "qc3_unpool_size_twice_pooled": (
        "vague", (),
        "out is sized 2 * Hp by 2 * Wp (6 x 4 = 24 entries a plane) instead of the output_shape given (7 x 5): a 7 x 5 "
        "plane pooled to 3 x 2 does not come back at twice its pooled size, and its flat indices, counted on the 7 x 5 "
        "plane, reach 27, past the 24; size out from output_shape."),
    # ------------------------------------------------------------------ a4_init
    "qc4_he_normal_scipy_rvs_global": ("named", (), ""),
    "qc4_uniform_bound_sqrt_of_variance": ("named", (), ""),
    # departure (three tests): "line 93: `return rng.normal(0.0, std, *shape)` raises the error (at ...) ...: the
    # mistake is in that line".
    "qc4_xavier_normal_shape_unpacked": ("right", ("departure",), ""),
    # end_block: "the first 1 of 6 are right and every one from index 1 on is wrong: ... what is carried from one step
    # ... to the next goes wrong" (the first of its causes); departure: "the loop at lines 96-101 ... On its first
    # pass, line 101: `h = z` is the first to part from the correct code ... Look there first".
    "qc4_actstats_next_layer_gets_preactivation": ("right", ("departure", "end_block"), ""),
    # scaled on (25, 8, 3): "every entry is kh*kw=3 times the expected ...: a factor kh*kw is extra" (72 where 24, 225
    # where 75: true); but departure labelled (25, 8, 3, 5, 3): "line 97: `return fan_in, fan_out` returns values the
    # correct code computes on the way, not the ones it returns: what it returns is 72 where 24 is right. A step after
    # them is left out ... Line 91: `if len(shape) == 2:` did not hold in this call ...: is that the step left out?":
    # 360 is right for that shape, the correct code never computes 72, no step is left out and line 91 is right.
    "qc4_fans_kernel_first_times_last": (
        "misleading", ("scaled",),
        "k = kernel[0] * kernel[-1] multiplies the first and the last kernel axes: right for a 2-D kernel, but a 1-D "
        "kernel (3,) counts 3 * 3 = 9 (fan_in 72 where 24) and a 3-D one (3, 5, 3) leaves the 5 out (72 where 360); "
        "the kernel's size is math.prod(kernel), every axis after the first two."),
    # scaled (three tests): "yours is half the expected: a factor 2 is missing (...; a range from 0 to a is half as
    # wide as one from -a to a)"; on the gain-2 test "fits more than one cause: half ...; or 1/gain" (two causes, as
    # l4_uniform_centred_draws_times_bound).
    "qc4_uniform_mapped_to_minus_a_zero": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # named on the test-mode test; masked beside it on the backward test ("a mask (and a scale) is applied where the
    # expected applies none (dropout in test mode? ...)"): true.
    "qc5_dropout_reads_train_flag": ("named", (), ""),
    "qc5_bn_bwd_centring_jacobian_only": ("named", (), ""),
    # no diagnosis: only the comparisons on the three test-mode tests.
    "qc5_bn_test_mode_batch_variance": (
        "nothing", (),
        "test mode divides by np.sqrt(x.var(axis=0) + eps), the test batch's own variance, where running_var is meant "
        "(the mean is the running one): the output depends on the batch it comes in, not on the statistics gathered in "
        "training; divide by np.sqrt(running_var + eps)."),
    # departure: "line 221: `mu = xg.mean(axis=(0, 2), keepdims=True)` computes `mu`, a value the correct code never
    # computes ... the mistake is in how lines 221-223 compute `x_hat`": the line with the mistake first (222, the
    # variance, beside it).
    "qc5_groupnorm_stats_pool_the_batch": ("right", ("departure",), ""),
    # shape_error: "NumPy matches (7, 1) and (4, 7) axis by axis, and they differ at axis 0 (7 against 4)"; departure:
    # "line 223: `out = gamma[:, None] * x_hat + beta[:, None]` raises the error ...: the mistake is in that line".
    "qc5_layernorm_gamma_beta_as_columns": ("right", ("departure",), ""),
    # shape_error: "(2, 2) meets the last 2 axes of (2, 2, 27) ...; its sizes match axes 0-1 instead: to line it up
    # there, give it the shape (2, 2, 1) (`[:, :, None]`, or keepdims=True in the sum, mean or max that made it)".
    "qc5_groupnorm_bwd_group_sums_without_keepdims": ("right", ("shape_error",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled, not named; labels_not_images on the digits: "the training loss fell only from 2.37
    # to 2.08 over 300 steps ... X and y are shuffled or indexed apart: index both with the same indices"; loss_flat on
    # the shapes ("stayed at about 1.34 over 195 steps"), the first of its three causes.
    "qc6_sklearn_shuffle_called_per_array": ("right", ("labels_not_images", "loss_flat"), ""),
    # catalogued predictions_not_logits, not named; class_indices (both accuracy tests): "what your function returns,
    # shape (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked
    # ...: return what the model outputs, before any argmax".
    "qc6_predictions_one_image_at_a_time": ("right", ("class_indices",), ""),
    # torch_error (every test): "the optimizer was given no parameters: model.parameters() is a generator, used up once
    # iterated (by a count or a print of the parameters, or a first optimizer built from it): pass model.parameters()
    # afresh ...": nothing iterates it; it is empty because the layers sit in a plain list.
    "qc6_layers_kept_in_python_list": (
        "misleading", (),
        "self.layers = [...] is a plain Python list, which nn.Module does not register: model.parameters() is empty "
        "and torch.optim.Adam raises 'optimizer got an empty parameter list'; keep the layers in nn.ModuleList (or "
        "nn.Sequential)."),
    # learned_little (both accuracy tests): "predicts the training images it was given no better than new ones (0.81
    # ...; 0.77 ...): either it did not learn them (...) or what it predicts reaches it otherwise than what it trained
    # on (the images preprocessed differently ...)": a true observation, the checklist without the cause (as
    # p6_dropout_rate_as_keep_probability).
    "qc6_functional_dropout_active_at_test": (
        "vague", (),
        "nn.functional.dropout(x, p=0.5) in forward defaults to training=True, which model.eval() does not reach: half "
        "the 32 pooled features are dropped (the rest doubled) at random when the images are predicted (0.81 on "
        "training images, 0.77 on the test); pass training=self.training, or use an nn.Dropout module."),
    # no diagnosis; the check's message: "two runs with seed 0 gave logits 0.08 apart ...: seed torch
    # (torch.manual_seed(seed)) and every other random source from `seed`": the batch generator is that source.
    "qc6_batch_generator_seed_method": (
        "check_message", (),
        "g.seed() seeds the batch-order generator from a non-deterministic source (Generator.seed() takes no seed): "
        "every run draws other mini-batches, so the same seed gives other logits; seed it with g.manual_seed(seed)."),
    # trained_briefly (every test): "your code trained on 1258 images (1.0 epochs ..., 20 optimizer steps) and returned
    # after 3.5 s of its 60 s budget: the training loop ended early (a return or break inside it, ...)" (15 and 3 steps
    # on the others: checked).
    "qc6_early_stop_test_inverted": ("right", ("trained_briefly",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "qc7_score_map_windows_reversed": ("named", (), ""),
    "qc7_saliency_relu_mask_computed_unused": ("named", (), ""),
    # departure (four tests): "`da1`, set by line 183: `da1 = np.maximum(dh, 0)`. What that line reads (dh) agrees
    # ...: the mistake is in that line".
    "qc7_saliency_relu_of_upstream_gradient": ("right", ("departure",), ""),
    # one_slip: "a transpose (.T) missing, where weights is computed" (right); departure on line 177 beside the error;
    # but reduced_other_axis on the one-example test: "yours has shape (3, 2, 5), features ... of shape (1, 3, 2, 5)
    # without axis 0; the expected (1, 2, 5) is it without axis 1: a sum or mean over the wrong axis (axis=0 where
    # axis=1 is asked for)?": the sum is over axis 1; the (3, 3, 2, 5) product comes of the (3, 1) column broadcast.
    "qc7_cam_class_columns_not_transposed": (
        "misleading", ("one_slip",),
        "weights = W[:, classes] is (C, N), one column per example: multiplied into the (N, C, H, W) features it lines "
        "the channels up with the examples (an error when N != C, a (C, H, W) map for one example); transpose it, "
        "W[:, classes].T, (N, C)."),
    # departure (four tests): "line 182: `top = terms.max(axis=0, keepdims=True)` ... your `log_p` has shape (1, 3)
    # where the right value has (5, 1): taken over axis 0 ... the mistake is in how lines 182-183 compute `log_p`"
    # (right); but on the one-example test: "`loss`, set by line 184: `loss = -log_p.mean()` ... What that line reads
    # (log_p) agrees with the correct code; your `loss` is 7.74015 where 1.55353 is right ...: the mistake is in that
    # line": a right line; log_p there is terms itself (the log-sum-exp over one row), not the correct log_p.
    "qc7_mdn_logsumexp_over_batch": (
        "misleading", (),
        "the max and the log-sum-exp of lines 182-183 are taken over axis 0, the batch: log_p is (1, K), each "
        "component's log-total over the rows, where each row's log-sum-exp over its K components, (N, 1), is meant "
        "(with one example it is terms itself, so the loss is -mean(terms)); take them over axis 1."),
    # relu_before_addition named on the one-example test (not in the catalogue; its description, "The ReLU is applied
    # to the residual branch before the addition; ... out = relu(h @ W2 + b2 + shortcut(x))", is true of the code and
    # gives the fix); departure on the five others: "`f`, set by line 182: `f = np.maximum(h @ params["W2"] +
    # params["b2"], 0)` ...: the mistake is in that line" (a close call, see above).
    "qc7_residual_branch_relu_and_outer_relu": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qc8_flip_coin_drawn_without_size": ("named", (), ""),
    "qc8_early_stopping_np_diff_previous_epoch": ("named", (), ""),
    # departure (both tests): "`W_new`, set by line 165: `W_new = W - lr * dW`. What that line reads (W, dW, lr) agrees
    # ...; with the right `W_new` there, the rest ... returns the expected ratio: the mistake is in that line".
    "qc8_update_ratio_of_new_weights": ("right", ("departure",), ""),
    # only the comparison on the first test (0.0996136 where 0.1 at index 4); close on the other: "within a relative
    # 0.0009014 ...: a small numerical difference (lower precision, ...), or a part of the computation whose effect is
    # small left out or added (a bias never updated, a small term, a last step)": the checklist (as JUDGEMENT15).
    "qc8_warmup_branch_ends_one_early": (
        "vague", (),
        "the warm-up branch is guarded by step < warmup_steps - 1: the last warm-up step, warmup_steps - 1, falls into "
        "the cosine with a negative progress, -1 / (total_steps - warmup_steps), and gets 0.0996 where base_lr 0.1 is "
        "meant; guard it with step < warmup_steps."),
    # one_number_per_row (two tests): "each of your 12 rows holds one number repeated, where the expected varies along
    # the row: a value computed once per row (a whole row handled at once, as x[i] is when x has two axes, where each
    # entry is meant?)": true, but no line; the accuracy tests give only the checks' messages (0.015, 0.062).
    "qc8_train_onehot_subtracted_from_columns": (
        "vague", (),
        "probs[:, yb] -= 1 indexes whole columns: every row loses 1 at every class among the batch's labels (all of "
        "them in a batch of 64), so every class gets the same gradient, W's columns stay equal and each row of logits "
        "is one number repeated (accuracy 0.015); subtract at probs[np.arange(len(idx)), yb]."),
    # scaled_where_wrong (both tests): "only 2 of your 5 entries are wrong (at [2], [3]), and there yours is lr=0.003
    # times the expected ...: a division by lr is missing, or a factor lr is extra".
    "qc8_param_stats_of_the_update": ("right", ("scaled_where_wrong",), ""),
}
# Counts: named 14, right 24 (named or right 38/48 = 79%; not in the catalogue: right 22/32 = 69%; the 16
# catalogued: 14 named, qc6_sklearn_shuffle_called_per_array and qc6_predictions_one_image_at_a_time right by their
# diagnoses), misleading 4, vague 4, nothing 1, wrong_name 0, check_message 1, not_caught 0. HOLDOUT28_CORRECT: all 7
# earn full marks.

HOLDOUT28 = [replace(e, verdict=JUDGEMENT28[e.id][0], expected=frozenset(JUDGEMENT28[e.id][1]),
                     ideal=JUDGEMENT28[e.id][2]) if e.id in JUDGEMENT28 else e for e in HOLDOUT28]
