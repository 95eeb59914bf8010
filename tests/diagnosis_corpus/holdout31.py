"""A thirty-first hold-out: student-style mistakes written without seeing the detectors.

Judged on commit dd8043d (JUDGED_ON31, JUDGEMENT31 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout31.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader
tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns full
marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT31 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT31_CORRECT right implementations
written unusually, which must earn full marks. Do not tune the detectors on these entries: they measure, they are not
a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT31: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qf1_relu_bwd_mask_relu_equals_x", "a1_backprop", "relu_backward",
       "the mask is built as np.maximum(x, 0) == x ('where the ReLU let x through'), which also holds where x is "
       "exactly 0: the gradient passes at x == 0, where the derivative is to be taken as 0 (x > 0 is the mask)", """
def relu_backward(dout, cache):
    x = cache
    passed = np.maximum(x, 0) == x      # where the ReLU left x unchanged
    return dout * passed
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("qf1_softmax_apply_along_axis_0", "a1_backprop", "softmax",
       "a stable per-row helper is applied with np.apply_along_axis(f, 0, scores), meant as 'row by row', but the "
       "axis given is the one the helper receives: axis 0 hands it the columns, so each class is normalized over "
       "the batch instead of each row over its classes (axis 1)", """
def softmax(scores):
    def stable_softmax(row):
        e = np.exp(row - row.max())
        return e / e.sum()
    return np.apply_along_axis(stable_softmax, 0, scores)    # row by row
""", catalogued="softmax_over_batch"),
    _e("qf1_affine_bwd_dw_averaged_over_batch", "a1_backprop", "affine_backward",
       "dw is the batch sum x_flat^T dout divided by the number of rows N ('average over the batch'): the 1/N of "
       "the mean loss is already inside dout, so dw is N times too small (dx and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    dx = (dout @ w.T).reshape(x.shape)
    dw = x_flat.T @ dout / N     # average over the batch
    db = dout.sum(axis=0)
    return dx, dw, db
"""),
    _e("qf1_bce_grad_reduced_to_scalar", "a1_backprop", "binary_cross_entropy_loss",
       "the loss is right, but dprobs is written np.mean((p - t) / (p (1 - p))), a mean that reduces the "
       "per-element gradients to one scalar, instead of dividing each element's gradient by the number of "
       "elements: dprobs must have the shape of probs", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    loss = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    dprobs = np.mean((p - t) / (p * (1 - p)))    # the loss is a mean, so is its gradient
    return loss, dprobs
"""),
    _e("qf1_tanh_fwd_in_place_out_x", "a1_backprop", "tanh_forward",
       "tanh is computed in place with np.tanh(x, out=x) ('no extra copy') and x itself returned as out and cache: "
       "the values and the backward pass are right, but the caller's input array is overwritten with its tanh", """
def tanh_forward(x):
    out = np.tanh(x, out=x)      # reuse the input buffer
    return out, out
"""),
    _e("qf1_normal_equations_covariance_half_scaled", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are written in their covariance form with X^T X / N on the left but X^T y left "
       "undivided on the right: the solution is N times the least-squares weights (both sides must be divided "
       "by N, or neither)", """
def linear_regression_closed_form(X, y):
    n = X.shape[0]
    cov = X.T @ X / n            # sample covariance of the features
    return np.linalg.solve(cov, X.T @ y)
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qf2_momentum_velocity_stored_after_return", "a2_optim", "sgd_momentum",
       "the line that stores the velocity, config['velocity'] = v, is placed after the return statement, where it "
       "never runs: config never holds the velocity, so every call starts from zero velocity (plain SGD steps)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w + v
    return next_w, config
    config["velocity"] = v       # keep the velocity for the next step
""", catalogued="velocity_not_stored"),
    _e("qf2_adam_stores_previous_moments", "a2_optim", "adam",
       "copy-paste slip in the write-back: config['m'], config['v'] = m_prev, v_prev stores the moments read at "
       "the start of the call (zeros on the first call) instead of the updated m and v, so the moments never "
       "accumulate and every step uses m = (1 - beta1) g, v = (1 - beta2) g**2", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m_prev = config.get("m", np.zeros_like(w))
    v_prev = config.get("v", np.zeros_like(w))
    m = b1 * m_prev + (1 - b1) * g
    v = b2 * v_prev + (1 - b2) * g * g
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    config["t"] = t
    config["m"], config["v"] = m_prev, v_prev
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_moments_not_stored"),
    _e("qf2_rmsprop_cache_running_mean", "a2_optim", "rmsprop",
       "the cache is the plain running average of all the squared gradients so far, cache += (g**2 - cache) / n "
       "with n the number of calls (every step weighted equally), instead of the exponential moving average "
       "decay_rate * cache + (1 - decay_rate) * g**2; decay_rate is set but never used", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    n = config.get("n", 0) + 1
    cache = config.get("cache", np.zeros_like(w))
    cache = cache + (g * g - cache) / n       # running mean of the squared gradients
    config["cache"], config["n"] = cache, n
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("qf2_adadelta_one_sqrt_without_parentheses", "a2_optim", "adadelta",
       "the ratio of the two RMS terms is put under one square root typed without parentheses, "
       "np.sqrt(acc_delta + eps / acc_grad + eps): Python reads acc_delta + (eps / acc_grad) + eps instead of "
       "(acc_delta + eps) / (acc_grad + eps), so every step is wrong", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps / acc_grad + eps) * g     # RMS[delta] / RMS[g] under one root
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("qf2_noise_std_power_on_step_only", "a2_optim", "gradient_noise_std",
       "the variance is typed eta / (1 + step ** gamma): the power gamma binds to step alone instead of to "
       "(1 + step), so every step after 0 gets another variance than eta / (1 + step)**gamma", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    variance = eta / (1 + step ** gamma)
    return math.sqrt(variance)
"""),
    _e("qf2_gd_asarray_shares_w0", "a2_optim", "gradient_descent",
       "w = np.asarray(w0, dtype=float) makes no copy of a float array, so the in-place steps w -= lr * grad write "
       "into the caller's w0: the path (copies appended) is right, but w0 is left at the last step's weights", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.asarray(w0, dtype=float)
    path = []
    for _ in range(steps):
        w -= learning_rate * linear_regression_gradient(w, X, y)
        path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qf3_output_size_and_for_or", "a3_conv", "conv_output_size",
       "the validity test is written `span < 0 and span % stride` where `or` is meant: it raises only when both "
       "hold, so a stride that does not tile the padded input is rounded down and a kernel larger than the "
       "input gives a size of 0 or less instead of a ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0 and span % stride != 0:   # kernel does not fit / stride does not tile
        raise ValueError(f"invalid configuration: {span} / {stride}")
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("qf3_receptive_field_top_down_without_stride", "a3_conv", "receptive_field",
       "the receptive field is computed from the top layer down, r = (r - 1) + d (k - 1) + 1, without the factor "
       "of the layer's stride, r = s (r - 1) + d (k - 1) + 1: each layer grows the field by d (k - 1) alone, as if "
       "every stride were 1", """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or [1] * len(kernel_sizes)
    r = 1
    for k, s, d in reversed(list(zip(kernel_sizes, strides, dilations))):
        r = (r - 1) + d * (k - 1) + 1     # field of this layer's input seen by one unit above
    return r
""", catalogued="receptive_field_ignores_stride"),
    _e("qf3_max_pool_fwd_out_like_subsampled_x", "a3_conv", "max_pool_forward",
       "the output is allocated by subsampling the input, np.zeros_like(x[:, :, ::s, ::s]), which has ceil(H / s) "
       "rows and columns instead of (H - pool_height) // s + 1: the loops also pool the windows that run past "
       "the border (cut short), so the output has extra rows and columns", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    out = np.zeros_like(x[:, :, ::s, ::s])        # one output per stride step
    for i in range(out.shape[2]):
        for j in range(out.shape[3]):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("qf3_depthwise_mults_with_out_channels", "a3_conv", "depthwise_separable_multiply_count",
       "the depthwise stage is counted with out_channels kernels, oh * ow * out * kh * kw, instead of one kernel "
       "per input channel, oh * ow * in * kh * kw (the pointwise stage right)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * out_channels * kh * kw
    pointwise = oh * ow * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("qf3_conv_bwd_db_mean_over_positions", "a3_conv", "conv_backward_naive",
       "db is averaged over the output positions, dout.mean(axis=(2, 3)).sum(axis=0) ('the bias is shared by "
       "every position'), instead of summed over the batch and every position: each output adds b once, so "
       "db = dout.sum(axis=(0, 2, 3)) (dx and dw right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.mean(axis=(2, 3)).sum(axis=0)     # shared over positions
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    rows = slice(i * stride, i * stride + HH)
                    cols = slice(j * stride, j * stride + WW)
                    dw[f] += xp[n, :, rows, cols] * dout[n, f, i, j]
                    dxp[n, :, rows, cols] += w[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qf3_pool_with_indices_returned_swapped", "a3_conv", "max_pool_with_indices",
       "the pooled values and the flat indices are both right, but returned in the wrong order, (indices, out) "
       "instead of (out, indices)", """
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
            idx[:, :, i, j] = (i * s + k // pw) * W + (j * s + k % pw)
    return idx, out
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qf4_uniform_rng_seeded_with_seed_call", "a4_init", "xavier_uniform",
       "the generator is made as np.random.default_rng(np.random.seed(seed)): np.random.seed seeds NumPy's global "
       "generator and returns None, so default_rng gets no seed and every call draws other weights (and the "
       "global generator is reseeded as a side effect)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(np.random.seed(seed))
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return rng.uniform(-a, a, size=shape)
""", catalogued="global_seed_in_xavier_uniform"),
    _e("qf4_stats_activation_deferred_to_next_layer", "a4_init", "activation_statistics",
       "the activation is applied at the top of the next iteration (skipped for the first layer), and the "
       "statistics are recorded right after the product: each layer's mean and variance are those of its "
       "pre-activation act(h) @ W, the last layer's activation never applied", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
         "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    means, variances = [], []
    h = X
    for i, W in enumerate(weights):
        if i > 0:
            h = f(h)           # activation of the previous layer
        h = h @ W
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
""", catalogued="statistics_before_activation"),
    _e("qf4_fans_kernel_slice_2_to_4", "a4_init", "compute_fans",
       "the kernel's size is taken as the product of the slice shape[2:4] (the two spatial axes of a 2-D kernel): "
       "right for 1-D (out, in, k) and 2-D kernels, but a 3-D kernel (out, in, kd, kh, kw) leaves out kw from both "
       "fans", """
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = math.prod(shape[2:4])       # kernel height x width
    return shape[1] * receptive, shape[0] * receptive
"""),
    _e("qf4_xavier_std_gain_default_sqrt2", "a4_init", "xavier_std",
       "the signature's default gain is math.sqrt(2) ('the ReLU gain') instead of the docstring's 1.0: every call "
       "that leaves gain out gets a std sqrt(2) times too large (calls that pass gain are right)", """
def xavier_std(shape, mode="fan_avg", gain=math.sqrt(2)):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    return gain * math.sqrt(1.0 / fan_in)
"""),
    _e("qf4_he_std_fan_in_size_over_last_axis", "a4_init", "he_std",
       "the fan-in is computed as the number of weights over the last axis, math.prod(shape) // shape[-1] (the "
       "weights feeding one output unit of a (D, M) layer): right for a linear weight, but for a conv weight "
       "(out, in, kh, kw) it is out * in * kh instead of in * kh * kw", """
def he_std(shape):
    fan_in = math.prod(shape) // shape[-1]      # weights feeding one output unit
    return math.sqrt(2.0 / fan_in)
"""),
    _e("qf4_xavier_normal_torch_keywords", "a4_init", "xavier_normal",
       "the draws are made with torch's keyword names, rng.normal(mean=0.0, std=std, size=shape): NumPy's "
       "Generator.normal takes loc and scale, so every call raises TypeError and no weights come back", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    return rng.normal(mean=0.0, std=std, size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qf5_dropout_test_mode_capitalized", "a5_normalization", "dropout_forward",
       "test mode is checked with mode == 'Test' (capitalized) while the mode given is 'test': the test never "
       "matches, so dropout masks and rescales the input in test mode too instead of returning x unchanged", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "Test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
""", catalogued="dropout_at_test_time"),
    _e("qf5_bn_std_from_norm_eps_outside", "a5_normalization", "batchnorm_forward",
       "train mode computes each feature's (biased) std as ||x - mu|| / sqrt(N) and adds eps to it, "
       "inv_std = 1 / (std + eps): eps is outside the square root instead of 1 / sqrt(var + eps), wrong for "
       "features of tiny variance (running averages and test mode right)", """
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
        centred = x - mu
        std = np.linalg.norm(centred, axis=0) / np.sqrt(N)     # biased std of each feature
        inv_std = 1.0 / (std + eps)
        x_hat = centred * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * std ** 2 * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("qf5_bn_bwd_dvar_inv_std_power_1_5", "a5_normalization", "batchnorm_backward",
       "a staged backward pass whose dvar writes the -3/2 power on the inverse std, -0.5 * inv_std ** 1.5, "
       "instead of on the variance: (var + eps)**(-3/2) is inv_std ** 3, so the path through the variance is "
       "wrong (dgamma, dbeta and the direct path right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 1.5     # (var + eps) ** -1.5
    dmu = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qf5_l2_grad_flattened", "a5_normalization", "l2_penalty",
       "the penalty is right, but the gradient is returned flattened, reg * W.ravel() ('a vector of parameters'), "
       "of shape (W.size,) instead of W's shape", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(W * W)
    grad = reg * W.ravel()
    return loss, grad
"""),
    _e("qf5_groupnorm_5d_stats_without_keepdims", "a5_normalization", "groupnorm_forward",
       "x is viewed as (N, groups, C // groups, H, W) and its statistics taken over the last three axes without "
       "keepdims, then given one trailing axis with [:, :, None] (enough for a 3-D view, not this 5-D one): the "
       "(N, groups, 1) statistics line up with the (C // groups, H, W) axes, so the forward pass raises (or "
       "normalizes with the wrong statistics)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, C // groups, H, W)
    mu = xg.mean(axis=(2, 3, 4))
    var = xg.var(axis=(2, 3, 4))
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = ((xg - mu[:, :, None]) * inv_std[:, :, None]).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std[:, :, None], groups)
"""),
    _e("qf5_dropout_bwd_no_test_mode_case", "a5_normalization", "dropout_backward",
       "the backward pass multiplies dout by the cache without checking for test mode, whose cache is None: "
       "dout * None raises TypeError where the gradient must pass through unchanged (train mode right)", """
def dropout_backward(dout, cache):
    mask = cache
    return dout * mask
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qf6_optimizer_step_without_parentheses", "a6_cnn", "train_and_predict",
       "opt.step is written without its parentheses: the method is looked up but never called, so the gradients "
       "are computed and cleared at every batch but never applied, and the network keeps its initial weights "
       "(an untrained model)", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qf6_returns_labels_sklearn_predict", "a6_cnn", "train_and_predict",
       "a well trained model, but the function ends like scikit-learn's predict, classes[logits.argmax(1)] with "
       "classes = np.unique(y_train): it returns one predicted label per test image, shape (M,), instead of the "
       "(M, n_classes) logits the grader takes the argmax of", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    classes = np.unique(y_train)
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, len(classes)),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(np.searchsorted(classes, y_train), device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return classes[logits.argmax(axis=1)]       # predict(), as in scikit-learn
""", catalogued="predictions_not_logits"),
    _e("qf6_ema_decay_too_slow_for_run", "a6_cnn", "train_and_predict",
       "the predictions come from an exponential moving average of the weights with decay 0.999, started from the "
       "initial weights, over a run of only a few hundred steps: 0.999**300 is about 0.74, so the averaged model is "
       "mostly its random initialization (with the trained batch-norm statistics copied in) and predicts poorly; "
       "the trained model itself is never used", """
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
    ema = copy.deepcopy(model)        # weight averaging, as in the big-model recipes
    decay = 0.999
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            with torch.no_grad():
                for pe, p in zip(ema.parameters(), model.parameters()):
                    pe.mul_(decay).add_(p, alpha=1 - decay)
                for be, b in zip(ema.buffers(), model.buffers()):
                    be.copy_(b)
    ema.eval()
    with torch.no_grad():
        return ema(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qf6_batches_by_view_needs_divisible_n", "a6_cnn", "train_and_predict",
       "the mini-batches are cut with torch.randperm(N).view(-1, 64), which only works when 64 divides the number "
       "of training images: for any other N view raises RuntimeError on the first epoch, so no logits come back "
       "(split(64) gives a shorter last batch instead)", """
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
    for _ in range(15):
        model.train()
        batches = torch.randperm(len(y), generator=g).view(-1, 64)     # one row per mini-batch
        for idx in batches:
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qf6_batch_labels_rebind_y", "a6_cnn", "train_and_predict",
       "the batch is unpacked as xb, y = X[idx], y[idx]: the name y, the tensor of all training labels, is rebound "
       "to the first batch's 64 labels, so the second batch indexes past it (IndexError) and training stops with "
       "no logits", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(X), generator=g).split(64):
            idx = idx.to(device)
            xb, y = X[idx], y[idx]
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qf6_torch_seed_called_for_logging", "a6_cnn", "train_and_predict",
       "the seed is logged with print(torch.seed()) right after torch.manual_seed(seed): torch.seed() does not "
       "return the seed set, it reseeds torch's generator from a non-deterministic source, so the initial weights "
       "differ from run to run and the same seed gives other logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    print("torch seed:", torch.seed())     # log the seed for the report
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
    for _ in range(15):
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
    _e("qf7_block_keep_prob_wrong_key", "a7_architectures", "residual_block_forward",
       "the keep probability is read as dropout.get('keep_prob', 1.0), a key the dropout dict does not have (it "
       "is 'p'): the default 1.0 is used, so the kept units are never divided by p (the cached scale is the bare "
       "0/1 mask)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        keep = dropout.get("keep_prob", 1.0)
        scale = dropout["mask"] / keep            # inverted dropout
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
""", catalogued="dropout_not_rescaled"),
    _e("qf7_block_bwd_dropout_bare_expression", "a7_architectures", "residual_block_backward",
       "the dropout scale is applied as a bare expression, `dh * scale`, whose result is thrown away (dh = dh * "
       "scale is meant): with dropout the gradient reaches the hidden units unmasked and unscaled", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh * scale                 # through the dropout
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
""", catalogued="dropout_mask_ignored_in_backward"),
    _e("qf7_saliency_relu_grad_times_activation", "a7_architectures", "saliency_map",
       "the ReLU's backward multiplies the upstream gradient by the ReLU's output relu(a1) (the derivative read "
       "off the output, as for the sigmoid) instead of by its 0/1 mask (a1 > 0): each hidden unit's gradient is "
       "scaled by its activation", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1.0
    dh = dscores @ params["W2"].T
    da1 = dh * h                         # ReLU derivative from its output
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("qf7_gap_bwd_divided_by_h_plus_w", "a7_architectures", "global_avg_pool_backward",
       "each position's share is dout / (H + W), the sum of the map's sides, instead of dout / (H * W), the number "
       "of positions the forward pass averaged over", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.zeros((N, C, H, W))
    dx += dout[:, :, None, None] / (H + W)
    return dx
"""),
    _e("qf7_gaussian_nll_log_std_clipped", "a7_architectures", "gaussian_nll",
       "log_std is clipped to [-2, 5] 'to keep exp() in a safe range' before the loss and gradients are computed: "
       "for standard deviations below exp(-2) the loss and both gradients are those of another std (and the "
       "gradient of a clipped entry would be 0 anyway)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    log_std = np.clip(log_std, -2.0, 5.0)     # keep exp() in a safe range
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("qf7_mdn_dmu_divided_by_variance", "a7_architectures", "mdn_nll",
       "dmu divides the standardized residual z = (y - mu) / sigma by the variance, -gamma * z / sigma**2 / N, "
       "instead of by sigma once more: (y - mu) / sigma**2 is z / sigma, so dmu is 1 / sigma times too large (the "
       "loss, dlogits and dlog_std right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma ** 2 / N          # d/dmu of 0.5 (y - mu)^2 / sigma^2
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qf8_cosine_floored_at_min_lr", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the cosine decays base_lr to 0, 0.5 * base_lr * (1 + cos(pi t)), and min_lr is only "
       "used as a floor, max(lr, min_lr): the curve must run from base_lr to min_lr, min_lr + (base_lr - min_lr) "
       "* (1 + cos(pi t)) / 2 (right only for min_lr = 0)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    lr = 0.5 * base_lr * (1 + math.cos(math.pi * t))
    return max(lr, min_lr)          # never below the floor
""", catalogued="min_lr_ignored"),
    _e("qf8_update_ratio_lr_cancels", "a8_pipeline", "update_ratio",
       "both norms are taken at once of lr * [dW, W] (the learning rate applied to the stacked arrays): lr scales "
       "the weights' norm too and cancels in the ratio, which is ||dW|| / ||W|| instead of ||lr * dW|| / ||W||", """
def update_ratio(W, dW, lr):
    both = lr * np.stack([dW, W]).reshape(2, -1)
    update_norm, weight_norm = np.linalg.norm(both, axis=1)
    return update_norm / weight_norm
""", catalogued="ratio_without_learning_rate"),
    _e("qf8_flip_where_coins_not_reshaped", "a8_pipeline", "random_flip",
       "one coin per image is drawn right, but the (N,) coins are passed to np.where as they are, "
       "np.where(flip, x[..., ::-1], x): NumPy lines them up with the last axis (the width), so it raises unless "
       "the width equals N; they must be flip[:, None, None, None]", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.random(x.shape[0]) < p
    return np.where(flip, x[..., ::-1], x)
"""),
    _e("qf8_log_uniform_exp_of_log10_bounds", "a8_pipeline", "log_uniform",
       "the exponent is drawn between log10(low) and log10(high) but raised with np.exp, base e: the values run "
       "from e**log10(low) to e**log10(high) (about 0.02 to 0.37 for 1e-4 .. 1e-1) instead of from low to high", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.uniform(np.log10(low), np.log10(high), size=n)
    return np.exp(exponents)
"""),
    _e("qf8_param_stats_fromkeys_shared_array", "a8_pipeline", "parameter_statistics",
       "the result dict is created with dict.fromkeys(params, np.zeros(5)), which gives every key the same array, "
       "and each parameter's statistics are written into it in place (stats[k][:] = ...): every key ends up "
       "holding the last parameter's statistics", """
def parameter_statistics(params, grads, lr):
    stats = dict.fromkeys(params, np.zeros(5))
    for name, W in params.items():
        g = grads[name]
        stats[name][:] = [W.mean(), W.std(), g.mean(), g.std(), update_ratio(W, g, lr)]
    return stats
"""),
    _e("qf8_train_permutation_per_batch", "a8_pipeline", "train_and_predict",
       "a new permutation is drawn for every mini-batch, rng.permutation(N)[start:start + 64], instead of one per "
       "epoch: the batches of an epoch are slices of different permutations, so some rows are visited twice in "
       "an epoch and others not at all, and the run is not the recipe's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        for start in range(0, len(X), 64):
            idx = rng.permutation(len(X))[start:start + 64]
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

HOLDOUT31_CORRECT: list[Entry] = [
    _e("qfk_correct_bce_xlogy", "a1_backprop", "binary_cross_entropy_loss",
       "correct: the loss with scipy.special.xlogy and xlog1py (t log p and (1 - t) log(1 - p)), the gradient "
       "(p - t) / (p - p**2) over the number of elements", """
def binary_cross_entropy_loss(probs, target):
    from scipy.special import xlog1py, xlogy
    p, t = probs, target
    loss = -np.mean(xlogy(t, p) + xlog1py(1 - t, -p))
    dprobs = (p - t) / (p - p * p) / p.size
    return loss, dprobs
"""),
    _e("qfk_correct_nesterov_expanded", "a2_optim", "nesterov_momentum",
       "correct: the Nesterov step expanded in terms of the old velocity, w + mu**2 v_prev - (1 + mu) lr g, which "
       "equals w - mu v_prev + (1 + mu) v; the new velocity stored", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    g = _gradient(w, dw, config)
    v_prev = config.get("velocity", 0.0)
    config["velocity"] = mu * v_prev - lr * g
    return w + mu * mu * v_prev - (1 + mu) * lr * g, config
"""),
    _e("qfk_correct_depthwise_mults_via_conv_count", "a3_conv", "depthwise_separable_multiply_count",
       "correct: the depthwise stage counted as a one-input-channel convolution with in_channels filters, "
       "conv_multiply_count(1, in, k, out_size), plus the 1x1 pointwise convolution conv_multiply_count(in, out, 1, "
       "out_size)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    depthwise = conv_multiply_count(1, in_channels, kernel_size, output_size)
    pointwise = conv_multiply_count(in_channels, out_channels, 1, output_size)
    return depthwise + pointwise
"""),
    _e("qfk_correct_activation_stats_generator", "a4_init", "activation_statistics",
       "correct: a generator yields each layer's output act(h @ W), and the (mean, variance) pairs are unzipped "
       "into two arrays", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2)), "tanh": np.tanh,
           "relu": lambda z: np.where(z > 0, z, 0.0), "linear": lambda z: z}[activation]

    def layers(h):
        for W in weights:
            h = act(h @ W)
            yield h

    pairs = [(h.mean(), h.var()) for h in layers(X)]
    means, variances = (np.array(column) for column in zip(*pairs))
    return means, variances
"""),
    _e("qfk_correct_dropout_choice", "a5_normalization", "dropout_forward",
       "correct: the scaled mask drawn directly with rng.choice([0, 1 / p], p=[1 - p, p]) for every unit, test "
       "mode returning x as it is", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode != "train":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.choice([0.0, 1.0 / p], size=x.shape, p=[1.0 - p, p])
    return x * mask, mask
"""),
    _e("qfk_correct_saliency_inf_norm", "a7_architectures", "saliency_map",
       "correct: the maximum over the channels of the absolute gradient written as the infinity norm along axis 1, "
       "the gradient gathered from W2's class columns through the ReLU mask", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    da1 = params["W2"][:, y].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.linalg.norm(dx, ord=np.inf, axis=1)
"""),
    _e("qfk_correct_crop_offsets_one_call", "a8_pipeline", "random_crop",
       "correct: the row and column offsets drawn in one rng.integers call of shape (2, N) whose upper bounds are "
       "a column [[rows + 1], [cols + 1]], each image padded and cut in a loop", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    highs = np.array([[H + 2 * padding - size + 1], [W + 2 * padding - size + 1]])
    rows, cols = rng.integers(0, highs, size=(2, N))
    crops = []
    for n in range(N):
        img = np.pad(x[n], ((0, 0), (padding, padding), (padding, padding)))
        crops.append(img[:, rows[n]:rows[n] + size, cols[n]:cols[n] + size])
    return np.stack(crops)
"""),
]

JUDGED_ON31 = "2026-12-06 on commit dd8043d"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout31 on commit dd8043d (JUDGED_ON31), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure that sends the student first to a right line, or
# says that what a line reads agrees with the correct code where it does not, states something false; a departure
# naming the line with the mistake is right, and so is the exact line of a one- or two-line function, and one that
# starts at a value the correct code never computes and names the wrong line in a short span (as
# l7_saliency_upstream_is_scores in JUDGEMENT24); a loop departure without a statement over the whole training loop
# is vague; first_step's checklist alone is vague (as i2_sgd_default_lr_1e3 in JUDGEMENT22); a shape_error that only
# explains NumPy's broadcasting error, with no remedy or place, is the comparison (nothing, as JUDGEMENT24); a check's
# message that says the cause with no name or diagnosis beside it is check_message (the in-place check's "or a write
# into another name for it", the seeded check's "seed torch ... and every other random source from `seed`");
# checklists that list the cause among many are vague, one of few causes, the entry's among them, tolerated, and
# hedges beside a right diagnosis tolerated. Decided here: a departure on `return gain * math.sqrt(2.0 / (fan_in +
# fan_out))` saying "what that line reads (fan_in, fan_out, gain) agrees with the correct code" where gain is the
# signature's wrong default (math.sqrt(2) for 1.0) is false, and points at two right lines: misleading;
# returned_other's "yours equals the expected statistics of W2: is the wrong variable returned?" where every key of
# a dict.fromkeys(params, np.zeros(5)) holds one shared array names a mechanism that is not there (as
# i4_stats_lists_aliased in JUDGEMENT22): misleading; the a6 index_error's "index 1013 into the 64 rows of an array
# ...: indices made for a longer array, used on this one (a permutation or batch indices of one set, the training
# rows, used on another of 64 rows, the test split or a batch?)" where the name y of the training labels is rebound
# to a batch's 64 labels states the relation (training-row indices on a 64-row batch, one of three) and is right,
# unlike the generic checklist of JUDGEMENT24 (a close call); predicted_by_untrained_model ("the model that made the
# predictions holds none of the weights the optimizer stepped ...: Predict with the model you trained") for
# predictions from an EMA copy of the model (decay 0.999 over a few hundred steps) is right: the trained model is
# never used; one_slip's "the term `- pw` missing" for an output allocated as np.zeros_like(x[:, :, ::s, ::s])
# (ceil(W / s) columns, 5 for W = 9, s = 2, where W // s + 1 = 5 too) says the size leaves out the window's width,
# which it does, beside departures that name the allocation line on three tests: right (a close call).
JUDGEMENT31: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qf1_relu_bwd_mask_relu_equals_x": ("named", (), ""),
    "qf1_softmax_apply_along_axis_0": ("named", (), ""),
    # scaled (test_affine_backward, N=2): "0.5 times the expected, which fits more than one cause: ... a factor 2 is
    # missing ...; or 1/N of the expected (N=2, the batch size): did you divide by the batch size where a sum is asked
    # for" (one of two); scaled on the MLP test ("1/N ... (N=6)"); departure (two tests): "`dw`, set by line 220: `dw
    # = x_flat.T @ dout / N` ... your `dw` is 0.166667 times the right value ...: the mistake is in that line" (1/3 on
    # the gradient check's 3 rows: true).
    "qf1_affine_bwd_dw_averaged_over_batch": ("right", ("scaled", "departure"), ""),
    # over_reduced: "yours is the sum over axis 0 of the expected (shape () for (6,)): keep that axis, no sum there"
    # (the mean of the per-element gradients is the sum of the expected, each divided by n: true).
    "qf1_bce_grad_reduced_to_scalar": ("right", ("over_reduced",), ""),
    # written_in_place: "line 216: `out = np.tanh(x, out=x)` writes into x, the caller's array: compute into a new
    # array ... and leave x as given".
    "qf1_tanh_fwd_in_place_out_x": ("right", ("written_in_place",), ""),
    # scaled (both tests): "every entry is N=20 times the expected, N being the batch size: did you forget to divide by
    # the batch size?" (N=10 on the exact fit: true; X^T y is the undivided side).
    "qf1_normal_equations_covariance_half_scaled": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qf2_momentum_velocity_stored_after_return": ("named", (), ""),
    "qf2_adam_stores_previous_moments": ("named", (), ""),
    # first_step (two tests): "your first update ... points the same way as the expected one and is 0.3162 times its
    # size: the first step's size is off (how the state starts: a moving average's first value, its decay, a bias
    # correction, a momentum term, the learning rate)" (sqrt(1 - 0.9); 0.1 with the default 0.99: true); a checklist of
    # five, the running mean and the unused decay_rate not said; only the comparison on the other two tests.
    "qf2_rmsprop_cache_running_mean": (
        "vague", (),
        "cache = cache + (g * g - cache) / n is the running mean of all the squared gradients (every step weighted "
        "equally, the first value g**2) and decay_rate is never used: the first step is lr * sign(g), sqrt(1 - "
        "decay_rate) times the expected (0.316 with 0.9, 0.1 with 0.99); use cache = decay_rate * cache + (1 - "
        "decay_rate) * g * g."),
    # departure (three tests): "`step`, set by line 243: `step = np.sqrt(acc_delta + eps / acc_grad + eps) * g`. What
    # that line reads (acc_delta, acc_grad, eps, g) agrees with the correct code ...: the mistake is in that line".
    "qf2_adadelta_one_sqrt_without_parentheses": ("right", ("departure",), ""),
    # departure (both tests): "`variance`, set by line 235: `variance = eta / (1 + step ** gamma)` ... your `variance`
    # is 0.15; with 0.204906 there instead ...: the mistake is in that line" (0.3 / 2 and 0.3 / 2**0.55 at step 1).
    "qf2_noise_std_power_on_step_only": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "gradient_descent changed its argument w0 in place (an augmented assignment
    # such as `w0 -= ...`, or a write into another name for it, changes the caller's array): compute into a new array
    # and leave w0 as given" (w is another name for w0).
    "qf2_gd_asarray_shares_w0": (
        "check_message", (),
        "w = np.asarray(w0, dtype=float) is w0 itself for a float array (no copy), so w -= learning_rate * ... writes "
        "every step into the caller's w0 (left at the last step's weights); copy it, w = np.array(w0, dtype=float)."),
    # ------------------------------------------------------------------ a3_conv
    "qf3_output_size_and_for_or": ("named", (), ""),
    "qf3_receptive_field_top_down_without_stride": ("named", (), ""),
    # departure (three tests): "`out`, set by line 283: `out = np.zeros_like(x[:, :, ::s, ::s])` ... your `out` has
    # shape (2, 3, 5, 5) where the right value has (2, 3, 4, 4). With the right `out` there, the rest of your function
    # returns the expected out: the mistake is in that line"; one_slip on the ties test (6 x 9, 2 x 3 windows, stride
    # 2): "the term `- pw` missing" (ceil(9 / 2) = 9 // 2 + 1 = 5 columns, the rows right by chance: a close call,
    # see above).
    "qf3_max_pool_fwd_out_like_subsampled_x": ("right", ("departure",), ""),
    # one_slip: "`out_channels` where `in_channels` is meant (the wrong variable)".
    "qf3_depthwise_mults_with_out_channels": ("right", ("one_slip",), ""),
    # scaled: "every entry is 1/H*W of the expected (H*W=16, the number of positions of a feature map): a factor H*W
    # is missing, or a division by H*W is extra" (4 x 4 outputs in both cases; on the second one of two causes).
    "qf3_conv_bwd_db_mean_over_positions": ("right", ("scaled",), ""),
    # returned_other (three tests): "yours equals the value[1] (what max_pool_with_indices() returns): is the wrong
    # variable returned?" (out and indices swapped).
    "qf3_pool_with_indices_returned_swapped": ("right", ("returned_other",), ""),
    # ------------------------------------------------------------------ a4_init
    "qf4_uniform_rng_seeded_with_seed_call": ("named", (), ""),
    "qf4_stats_activation_deferred_to_next_layer": ("named", (), ""),
    # departure (both tests): "`receptive`, set by line 93: `receptive = math.prod(shape[2:4])` ... your `receptive`
    # is 15 where 45 is right ...: the mistake is in that line" (9 where 45 for (28, 6, 3, 3, 5): true).
    "qf4_fans_kernel_slice_2_to_4": ("right", ("departure",), ""),
    # departure (both tests): "line 93: `return gain * math.sqrt(2.0 / (fan_in + fan_out))`. What that line reads
    # (fan_in, fan_out, gain) agrees with the correct code; what it returns is 0.1 where 0.0707107 is right: the
    # mistake is in that line, or in the condition at line 92": gain is the wrong default (math.sqrt(2)); both lines
    # named are right.
    "qf4_xavier_std_gain_default_sqrt2": (
        "misleading", (),
        "the signature's default gain=math.sqrt(2) where the docstring's 1.0 is meant: every call that leaves gain out "
        "gets sqrt(2) times the std (0.1 where 0.0707 for (300, 100)); the formulas are right; default gain=1.0."),
    # departure (three tests): "`fan_in`, set by line 91: `fan_in = math.prod(shape) // shape[-1]` ... your `fan_in` is
    # 3840 where 400 is right ...: the mistake is in that line" (1920 where 144, 168 where 36: true).
    "qf4_he_std_fan_in_size_over_last_axis": ("right", ("departure",), ""),
    # departure (four tests): "line 93: `return rng.normal(mean=0.0, std=std, size=shape)` raises the error (at
    # `rng.normal(mean=0.0, std=std, size=shape)`), though what that line reads (shape, std) agrees with the correct
    # code; the mistake is in that line" (TypeError: unexpected keyword argument 'mean').
    "qf4_xavier_normal_torch_keywords": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # named on the forward test; masked on the backward test ("0 at 9 of 30 entries ... and 1/p of the expected ...
    # at the others: ... dropout in test mode?"): true.
    "qf5_dropout_test_mode_capitalized": ("named", (), ""),
    # named on four tests; one_slip on the spatial test: "`np.sqrt(var) + eps` where `np.sqrt(var + eps)` is meant".
    "qf5_bn_std_from_norm_eps_outside": ("named", (), ""),
    # departure (both tests): "`dvar`, set by line 224: `dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std **
    # 1.5`. In it, `inv_std ** 1.5` is the first part whose value the correct code never computes ...: the mistake is
    # in that line".
    "qf5_bn_bwd_dvar_inv_std_power_1_5": ("right", ("departure",), ""),
    # reshaped: "your values are right but in shape (24,); reshape them to (6, 4)".
    "qf5_l2_grad_flattened": ("right", ("reshaped",), ""),
    # shape_error only: "the error: NumPy lines shapes up from their last axis, so (2, 2, 1) meets the last 3 axes of
    # (2, 2, 3, 3, 3), of sizes 3, 3, 3." (NumPy's broadcasting error explained; no place, no remedy).
    "qf5_groupnorm_5d_stats_without_keepdims": (
        "nothing", (),
        "mu and var, taken over axes (2, 3, 4) without keepdims, are (N, groups); [:, :, None] gives them one trailing "
        "axis, (2, 2, 1), which NumPy lines up with the last axes (C // groups, H, W) = (3, 3, 3) of the 5-D view and "
        "cannot broadcast; take them with keepdims=True (or index [:, :, None, None, None])."),
    # departure on the one-line body: "line 219: `return dout * mask` raises the error (at `dout * mask`) ...: the
    # mistake is in that line" (dout * None in test mode).
    "qf5_dropout_bwd_no_test_mode_case": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; no_optimizer_step (every test): "loss.backward() ran 300 times, but no
    # torch.optim optimizer's step() ran and the training loss did not fall: nothing changed the weights. Call
    # optimizer.step() after each backward()" (300 = 15 epochs of 20 batches; 225 and 45: true).
    "qf6_optimizer_step_without_parentheses": ("right", ("no_optimizer_step",), ""),
    # catalogued predictions_not_logits, not named; class_indices (two tests): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax"; the seeded test's own shape message.
    "qf6_returns_labels_sklearn_predict": ("right", ("class_indices",), ""),
    # predicted_by_untrained_model (every test): "the model that made the predictions holds none of the weights the
    # optimizer stepped (300 steps): it is not the model that trained (a new one built to predict, or the predictions
    # taken from another variable). Predict with the model you trained" (the EMA copy; see above).
    "qf6_ema_decay_too_slow_for_run": ("right", ("predicted_by_untrained_model",), ""),
    # no diagnosis: only torch's "RuntimeError: shape '[-1, 64]' is invalid for input of size 1258".
    "qf6_batches_by_view_needs_divisible_n": (
        "nothing", (),
        "torch.randperm(len(y)).view(-1, 64) needs the number of training images to be a multiple of 64: 1258 (900, "
        "180) is not, so view raises on the first epoch; cut the batches with .split(64), which leaves a shorter last "
        "batch."),
    # index_error (every test): "index 1013 into the 64 rows of an array (axis 0), beyond its end: indices made for a
    # longer array, used on this one (a permutation or batch indices of one set, the training rows, used on another of
    # 64 rows, the test split or a batch?), or an index computed with another array's length?" (see above).
    "qf6_batch_labels_rebind_y": ("right", ("index_error",), ""),
    # no diagnosis; the check's message: "two runs with seed 0 gave logits 0.62 apart ...: seed torch
    # (torch.manual_seed(seed)) and every other random source from `seed`" (torch.seed() reseeds torch from a
    # non-deterministic source before the model is built; as v6_torch_seeded_after_model_built).
    "qf6_torch_seed_called_for_logging": (
        "check_message", (),
        "print(torch.seed()) reseeds torch's generator from a non-deterministic source right after "
        "torch.manual_seed(seed) (it does not return the seed): the model's initial weights differ on every run; log "
        "the seed itself, print(seed) (or torch.initial_seed())."),
    # ------------------------------------------------------------------ a7_architectures
    "qf7_block_keep_prob_wrong_key": ("named", (), ""),
    "qf7_block_bwd_dropout_bare_expression": ("named", (), ""),
    # departure (every test): "line 178: `h = np.maximum(a1, 0)` computes `h`, a value the correct code never computes
    # ... at line 182, `da1 = dh * h`, your `da1` differs from the right value ...: the mistake is in how lines
    # 178-182 compute `da1`" (as l7_saliency_upstream_is_scores).
    "qf7_saliency_relu_grad_times_activation": ("right", ("departure",), ""),
    # departure (both tests): "`dx`, set by line 178: `dx += dout[:, :, None, None] / (H + W)` ... your `dx` is 2.22222
    # times the right value ...: the mistake is in that line" (20 / 9; 10 / 7 on the one-example test: true); scaled's
    # list of scales beside it is a hedge.
    "qf7_gap_bwd_divided_by_h_plus_w": ("right", ("departure",), ""),
    # departure: "`log_std`, set by line 177: `log_std = np.clip(log_std, -2.0, 5.0)` ... your `log_std` differs from
    # the right value (by up to 1.41) ...: the mistake is in that line".
    "qf7_gaussian_nll_log_std_clipped": ("right", ("departure",), ""),
    # departure (five tests): "`dmu`, set by line 186: `dmu = -gamma * z / sigma ** 2 / N`. In it, `sigma ** 2` is the
    # first part whose value the correct code never computes ... your `dmu` is the right value divided by `sigma` (a
    # factor `sigma` missing?) ...: the mistake is in that line".
    "qf7_mdn_dmu_divided_by_variance": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # named on the test without warm-up; departure on the other: "`lr`, set by line 168 ... your `lr` is 0.0996057;
    # with 0.0996136 there instead ...: the mistake is in that line" (true: min_lr 0.002 at t = 1/25).
    "qf8_cosine_floored_at_min_lr": ("named", (), ""),
    # named; scaled_where_wrong on parameter_statistics ("1/lr of the expected (lr=0.01 ...)": true).
    "qf8_update_ratio_lr_cancels": ("named", (), ""),
    # shape_error (both tests): "(1000,) meets the last axis of (1000, 1, 3, 5), of size 5; its sizes match axis 0
    # instead: to line it up there, give it the shape (1000, 1, 1, 1) (`[:, None, None, None]` ...)".
    "qf8_flip_where_coins_not_reshaped": ("right", ("shape_error",), ""),
    # departure (both tests): "line 167: `return np.exp(exponents)`. What that line reads (exponents) agrees with the
    # correct code; what it returns differs from the right value (by up to 0.268): the mistake is in that line" (e**-1
    # - 0.1 = 0.268: true).
    "qf8_log_uniform_exp_of_log10_bounds": ("right", ("departure",), ""),
    # returned_other (both tests): "yours equals the expected statistics of W2: is the wrong variable returned?" (b2 on
    # the other test): true observation, but no wrong variable is returned; every key holds one shared array.
    "qf8_param_stats_fromkeys_shared_array": (
        "misleading", (),
        "dict.fromkeys(params, np.zeros(5)) gives every key the same array, and stats[name][:] = ... writes each "
        "parameter's statistics into it: every key ends up holding the last parameter's statistics (W2's, b2's); "
        "give each key its own array, stats[name] = np.array([...])."),
    # departure (both tests): "the loop at lines 172-182 (`for _ in range(20):`) leaves `W` and `b` holding values the
    # correct code never computes ...: the mistake is in that loop": the whole training loop, no statement named.
    "qf8_train_permutation_per_batch": (
        "vague", (),
        "idx = rng.permutation(len(X))[start:start + 64] draws a new permutation for every mini-batch: an epoch's "
        "batches are slices of different permutations, so some rows are seen twice and others not at all; draw one "
        "permutation per epoch, before the batch loop, and slice it."),
}
# Counts: named 14, right 26 (named or right 40/48 = 83%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 14 named, qf6_optimizer_step_without_parentheses and qf6_returns_labels_sklearn_predict right by their
# diagnoses), misleading 2, vague 2, nothing 2, wrong_name 0, check_message 2, not_caught 0. HOLDOUT31_CORRECT: all 7
# earn full marks.

HOLDOUT31 = [replace(e, verdict=JUDGEMENT31[e.id][0], expected=frozenset(JUDGEMENT31[e.id][1]),
                     ideal=JUDGEMENT31[e.id][2]) if e.id in JUDGEMENT31 else e for e in HOLDOUT31]
