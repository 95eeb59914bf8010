"""A thirty-sixth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit b783ae9 (JUDGED_ON36, JUDGEMENT36 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout36.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT36 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT36_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT36: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qk1_softmax_column_loop", "a1_backprop", "softmax",
       "the softmax is written as a loop over the columns: each class's scores are shifted by that column's maximum "
       "and normalized by the column's sum, so every class is normalized over the batch (axis 0) instead of each "
       "row over its classes (axis 1)", """
def softmax(scores):
    probs = np.empty_like(scores, dtype=float)
    for j in range(scores.shape[1]):
        col = scores[:, j] - scores[:, j].max()   # stable: shift before exp
        e = np.exp(col)
        probs[:, j] = e / e.sum()
    return probs
""", catalogued="softmax_over_batch"),
    _e("qk1_logistic_loglik_terms_expanded", "a1_backprop", "logistic_regression_gradient",
       "the gradient is derived term by term from the log-likelihood y log pi + (1 - y) log(1 - pi): "
       "X^T (y (1 - pi)) - X^T ((1 - y) pi) = X^T (y - pi), the gradient of the log-likelihood, so the sign is "
       "wrong for the negative log-likelihood, whose gradient is X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    pi, _ = sigmoid_forward(X @ w)
    # d/dw of y log(pi) + (1 - y) log(1 - pi), with dpi/dz = pi (1 - pi)
    pos = X.T @ (y * (1 - pi))
    neg = X.T @ ((1 - y) * pi)
    return pos - neg
""", catalogued="logistic_gradient_sign_flipped"),
    _e("qk1_sigmoid_fwd_tanh_not_halved", "a1_backprop", "sigmoid_forward",
       "the overflow-free identity is misremembered: 0.5 * (1 + tanh(x)) is sigmoid(2 x); the sigmoid is "
       "0.5 * (1 + tanh(x / 2)), so every output (and the cached s the backward pass uses) is wrong", """
def sigmoid_forward(x):
    # tanh never overflows: sigma(x) = (1 + tanh(x)) / 2
    out = 0.5 * (1.0 + np.tanh(x))
    return out, out
"""),
    _e("qk1_sigmoid_bwd_s_times_s_minus_one", "a1_backprop", "sigmoid_backward",
       "the local derivative is written s * (s - 1), the negative of the sigmoid's derivative s * (1 - s): "
       "dx = -dout * s * (1 - s), the gradient with its sign flipped everywhere", """
def sigmoid_backward(dout, cache):
    s = cache
    ds = s * (s - 1)    # derivative of the logistic function
    return dout * ds
"""),
    _e("qk1_linreg_weights_rounded", "a1_backprop", "linear_regression_closed_form",
       "the least-squares weights are rounded to 4 decimals before they are returned ('clean numbers, like the "
       "printed answer'): np.round(w, 4) changes each weight by up to 5e-5, where the exact solution of the "
       "normal equations is asked for", """
def linear_regression_closed_form(X, y):
    w = np.linalg.solve(X.T @ X, X.T @ y)
    return np.round(w, 4)     # clean numbers, like the printed answer
"""),
    _e("qk1_affine_fwd_caches_output", "a1_backprop", "affine_forward",
       "out is right, but the cache is built from the output, (out, w, b), where affine_backward reads the input "
       "x as its first item: dw = x^T dout is computed from the outputs and dx is reshaped to the output's shape, "
       "so the backward pass on this cache fails or is wrong", """
def affine_forward(x, w, b):
    x2d = x.reshape(x.shape[0], -1)
    out = x2d @ w + b
    cache = (out, w, b)   # keep what we computed for the backward pass
    return out, cache
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qk2_rmsprop_hypot_root_state", "a2_optim", "rmsprop",
       "the state kept is the root of the accumulated squares, updated with np.hypot(rms, g) = sqrt(rms**2 + g**2): "
       "decay_rate is never applied, so the 'RMS' is the root of the plain running sum of squared gradients "
       "(Adagrad's accumulator) instead of sqrt(decay_rate * cache + (1 - decay_rate) * g**2)", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    # keep the root mean square itself, updated without squaring large numbers
    rms = np.hypot(config.get("rms", np.zeros_like(w)), g)
    config["rms"] = rms
    next_w = w - config["learning_rate"] * g / (rms + config["epsilon"])
    return next_w, config
""", catalogued="rmsprop_without_decay"),
    _e("qk2_step_lr_while_counts_current_step", "a2_optim", "step_lr",
       "the decays are counted by a while loop over the steps completed, taken as step + 1 (the current step "
       "included): the loop multiplies by gamma (step + 1) // step_size times, so the rate drops one step early "
       "(at step step_size - 1 instead of step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    lr = base_lr
    done = step + 1          # steps completed, this one included
    while done >= step_size:
        lr *= gamma
        done -= step_size
    return lr
""", catalogued="step_lr_off_by_one"),
    _e("qk2_exponential_lr_float32", "a2_optim", "exponential_lr",
       "the rate is computed in float32 ('as torch stores it'), np.float32(base_lr) * np.float32(gamma)**step: "
       "single-precision rounding (about 1e-7 relative) where base_lr * gamma**step is meant in double precision", """
def exponential_lr(base_lr, step, gamma):
    lr = np.float32(base_lr) * np.power(np.float32(gamma), step, dtype=np.float32)
    return float(lr)
"""),
    _e("qk2_newton_hessian_symmetrized_without_half", "a2_optim", "newton_step",
       "the Hessian is symmetrized 'against rounding' as hessian + hessian.T without the 1/2: the system solved "
       "is 2H d = grad, so the step is half the Newton step w - H^-1 grad", """
def newton_step(w, grad, hessian):
    H = hessian + hessian.T          # make sure the Hessian is symmetric
    return w - np.linalg.solve(H, grad)
"""),
    _e("qk2_cosine_progress_over_total_plus_one", "a2_optim", "cosine_lr",
       "the progress is divided by total_steps + 1 ('the number of steps, 0 to total_steps') instead of "
       "total_steps: the schedule is stretched, every rate after step 0 is too high and min_lr is never reached at "
       "step total_steps", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    n_points = total_steps + 1          # steps 0 .. total_steps
    progress = step / n_points
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
"""),
    _e("qk2_adagrad_epsilon_default_keras", "a2_optim", "adagrad",
       "wrong default: epsilon defaults to 1e-7 (Keras's Adagrad) instead of the docstring's 1e-10, so every call "
       "without config['epsilon'] divides by sqrt(cache) + 1e-7", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-7)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w)) + g * g
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qk3_param_count_from_torch_shapes", "a3_conv", "conv_param_count",
       "the parameters are counted from the tensor shapes of nn.Conv2d, but the weight's shape is written "
       "(out, in, kh, kw) with every input channel: with groups each filter sees in_channels / groups channels, "
       "weight (out, in // groups, kh, kw); groups is never used", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)
    shapes = [(out_channels, in_channels, kh, kw)]       # Conv2d.weight
    if bias:
        shapes.append((out_channels,))                   # Conv2d.bias
    return sum(int(np.prod(s)) for s in shapes)
""", catalogued="param_count_ignores_groups"),
    _e("qk3_maxpool_bwd_einsum_even_share", "a3_conv", "max_pool_backward",
       "each window's upstream gradient is spread over the whole window as an outer product with a uniform "
       "share 1 / (ph * pw), instead of going to the window's maximum only (the other inputs do not affect the "
       "output)", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    share = np.full((ph, pw), 1.0 / (ph * pw))      # each input of the window gets its part
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += np.einsum("nc,hw->nchw", dout[:, :, i, j], share)
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("qk3_conv_bwd_dw_reset_per_image", "a3_conv", "conv_backward_naive",
       "dw = np.zeros_like(w) is created inside the loop over the images: each image starts the filters' gradient "
       "again, so the dw returned is the last image's alone instead of the sum over the batch (dx and db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    db = np.zeros(F)
    for n in range(N):
        dw = np.zeros_like(w)          # gradient of the filters for this image
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Ho):
                for j in range(Wo):
                    r0, c0 = i * stride, j * stride
                    dw[f] += xp[n, :, r0:r0 + HH, c0:c0 + WW] * dout[n, f, i, j]
                    dxp[n, :, r0:r0 + HH, c0:c0 + WW] += w[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qk3_pool_indices_over_whole_image", "a3_conv", "max_pool_with_indices",
       "the flat index counts the whole (C, H, W) image, c * H * W + row * W + col (torch's return_indices "
       "misremembered), instead of the position in the channel's own H x W plane, row * W + col: every channel "
       "after the first gets its indices offset by c * H * W", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for c in range(C):
        for i in range(Ho):
            for j in range(Wo):
                win = x[:, c, i * s:i * s + ph, j * s:j * s + pw].reshape(N, -1)
                k = win.argmax(axis=1)
                out[:, c, i, j] = win.max(axis=1)
                # flat index of the maximum in the image
                idx[:, c, i, j] = c * H * W + (i * s + k // pw) * W + (j * s + k % pw)
    return out, idx
"""),
    _e("qk3_avgpool_fwd_square_window", "a3_conv", "avg_pool_forward",
       "the window is taken to be square: pool_height is used for both sides (pool_width never read), so a "
       "ph x pw window with ph != pw is averaged over ph x ph inputs and the output width is computed with ph", """
def avg_pool_forward(x, pool_param):
    k, s = pool_param["pool_height"], pool_param["stride"]   # square pooling window
    N, C, H, W = x.shape
    Ho, Wo = (H - k) // s + 1, (W - k) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].mean(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("qk3_transposed_size_input_times_stride", "a3_conv", "transposed_conv_output_size",
       "the upsampled extent is taken as input_size * stride ('each input pixel becomes stride pixels') instead of "
       "(input_size - 1) * stride: every size is stride too large", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    upsampled = input_size * stride                 # each input pixel becomes `stride` pixels
    span = dilation * (kernel_size - 1) + 1
    return upsampled - 2 * padding + span - 1 + output_padding
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qk4_he_normal_generator_seeded_from_global", "a4_init", "he_normal",
       "the generator is seeded with a number drawn from NumPy's global generator, "
       "default_rng(np.random.randint(...)), instead of with this call's seed: the same seed gives different "
       "weights and the caller's global random state is advanced", """
def he_normal(shape, seed):
    # a fresh generator for every call
    rng = np.random.default_rng(np.random.randint(0, 2 ** 31 - 1))
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qk4_he_std_unit_variance_rule", "a4_init", "he_std",
       "He's std is written from the 'keep the variance' rule Var(w) = 1 / fan_in, (1 / fan_in) ** 0.5: the factor "
       "2 that ReLU layers need (sqrt(2 / fan_in)) is missing", """
def he_std(shape):
    fan_in = compute_fans(shape)[0]
    var = 1.0 / fan_in      # keep Var(z) equal to Var(x) through the layer
    return var ** 0.5
""", catalogued="relu_factor_2_missing"),
    _e("qk4_xavier_std_float32", "a4_init", "xavier_std",
       "the std is computed in float32 ('the weights are float32 anyway'): the returned value carries single-"
       "precision rounding (about 1e-8 relative) instead of the float64 gain * sqrt(2 / (fan_in + fan_out)) or "
       "gain * sqrt(1 / fan_in)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = np.float32(fan_in + fan_out) / np.float32(2) if mode == "fan_avg" else np.float32(fan_in)
    return np.float32(gain) / np.sqrt(n)
"""),
    _e("qk4_actstats_keepdims_moments", "a4_init", "activation_statistics",
       "each layer's mean and variance are taken with keepdims=True, arrays of shape (1, 1): the returned "
       "arrays are (L, 1, 1) instead of (L,)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean(keepdims=True))
        variances.append(h.var(keepdims=True))
    return np.array(means), np.array(variances)
"""),
    _e("qk4_he_normal_positive_offset", "a4_init", "he_normal",
       "0.01 is added to every weight ('so the ReLUs start active', the bias-initialization trick misapplied to "
       "the weights): the draws have mean 0.01 instead of 0", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, he_std(shape), size=shape)
    return w + 0.01   # small positive offset so the ReLUs start active
"""),
    _e("qk4_xavier_uniform_default_mode_fan_in", "a4_init", "xavier_uniform",
       "wrong default in the signature: mode='fan_in' instead of 'fan_avg', so a call without mode draws from "
       "U(-a, a) with a = sqrt(3 / fan_in) instead of sqrt(6 / (fan_in + fan_out))", """
def xavier_uniform(shape, seed, mode="fan_in", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qk5_ln_bwd_means_over_rows", "a5_normalization", "layernorm_backward",
       "the simplified formula is written with means, but their count is x_hat.shape[0], the number of rows N, "
       "instead of the number of features D over which each row's statistics were taken", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    n = x_hat.shape[0]                    # number of values averaged
    g = dout * gamma
    mean_g = g.sum(axis=1, keepdims=True) / n
    mean_gx = (g * x_hat).sum(axis=1, keepdims=True) / n
    dx = inv_std * (g - mean_g - x_hat * mean_gx)
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
""", catalogued="layernorm_backward_uses_batch_size"),
    _e("qk5_bn_test_normalizes_with_batch_average", "a5_normalization", "batchnorm_forward",
       "test mode normalizes the test batch with its own np.average and np.std ('the same way as in training') "
       "instead of running_mean and running_var: a test example's output depends on the rest of its batch", """
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
        # normalize the test batch the same way as in training
        mu_t = np.average(x, axis=0)
        sd_t = np.std(x, axis=0)
        out = gamma * (x - mu_t) / np.sqrt(sd_t ** 2 + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_test_uses_batch_statistics"),
    _e("qk5_ln_fwd_caches_std", "a5_normalization", "layernorm_forward",
       "out is right, but the cache holds std = sqrt(var + eps) where the documented layout (x_hat, gamma, inv_std) "
       "has its inverse: the backward pass multiplies by the std instead of dividing by it", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    std = np.sqrt(x.var(axis=1, keepdims=True) + eps)
    x_hat = (x - mu) / std
    out = gamma * x_hat + beta
    cache = (x_hat, gamma, std)
    return out, cache
"""),
    _e("qk5_spatial_bn_bwd_swapaxes_rows", "a5_normalization", "spatial_batchnorm_backward",
       "dout is moved channels-last with swapaxes(1, 3), (N, W, H, C), so its rows are ordered by width then "
       "height, while the forward cache's x_hat rows are (N, H, W)-ordered: the gradient of each pixel is paired "
       "with another pixel's x_hat (dx and dgamma wrong; dbeta right)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    d2 = dout.swapaxes(1, 3).reshape(-1, C)     # channels last
    dx, dgamma, dbeta = batchnorm_backward_alt(d2, cache)
    dx = dx.reshape(N, W, H, C).swapaxes(1, 3)
    return dx, dgamma, dbeta
"""),
    _e("qk5_gn_bwd_group_size_groups_times_pixels", "a5_normalization", "groupnorm_backward",
       "the number of values per group is taken as groups * H * W (the number of groups read as the channels per "
       "group) instead of C // groups * H * W: the two mean terms of dx are divided by the wrong count", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = groups * H * W      # values per group
    dx = inv_std / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qk5_bn_bwd_param_grads_keepdims", "a5_normalization", "batchnorm_backward",
       "dgamma and dbeta are summed over the batch with keepdims=True: shape (1, D) instead of gamma's and "
       "beta's (D,) (dx right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0, keepdims=True)
    dgamma = np.sum(dout * x_hat, axis=0, keepdims=True)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * x_mu.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qk6_flip_copies_interleaved_labels_tiled", "a6_cnn", "train_and_predict",
       "the training set is doubled with mirrored copies interleaved with the originals, torch.stack([X, "
       "X.flip(3)], 1).view(2N, ...) (image i at rows 2i and 2i + 1), but the labels are doubled with y.repeat(2), "
       "which tiles them (y_0 .. y_N-1, y_0 .. y_N-1): row j gets label y[j % N], so the images and labels are "
       "paired at random and the model learns nothing (repeat_interleave matches the interleaved images)", """
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
    # augmentation: every image followed by its mirror image
    X = torch.stack([X, X.flip(3)], dim=1).view(-1, *X.shape[1:])
    y = y.repeat(2)
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
    _e("qk6_forward_under_no_grad_loss_requires_grad", "a6_cnn", "train_and_predict",
       "each batch's forward pass runs under torch.no_grad() ('to save memory') and the loss is then made a leaf "
       "with loss.requires_grad_() to silence backward's error: backward reaches no parameter, every grad stays "
       "None, opt.step() changes nothing, and the untrained network's logits are returned (chance accuracy)", """
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
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            with torch.no_grad():          # no need to keep activations around
                logits = model(X[idx])
            loss = nn.functional.cross_entropy(logits, y[idx])
            loss.requires_grad_()          # 'element 0 of tensors does not require grad' otherwise
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("qk6_tta_flip_replaces_test_images", "a6_cnn", "train_and_predict",
       "test-time augmentation slip: the test images are mirrored left-right, Xt = Xt.flip(3), and only the "
       "mirrored images are predicted, instead of averaging the logits of the images and of their mirrors: the "
       "model trained on unmirrored images classifies mirrored digits and shapes", """
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
    Xt = torch.tensor(X_test, device=device)
    with torch.no_grad():
        Xt = Xt.flip(3)                    # test-time augmentation: horizontal flip
        logits = model(Xt).cpu().numpy()
    return logits
"""),
    _e("qk6_bn_running_stats_reset_before_predict", "a6_cnn", "train_and_predict",
       "before predicting, every batch norm's running statistics are reset (reset_running_stats(), meant as "
       "'a clean state for inference'): in eval mode the layers then normalize with mean 0 and variance 1 instead "
       "of the statistics gathered in training, so the test activations are on the wrong scale", """
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
    for m in model.modules():              # clean batch-norm state for inference
        if isinstance(m, nn.BatchNorm2d):
            m.reset_running_stats()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qk6_sgd_nesterov_without_momentum", "a6_cnn", "train_and_predict",
       "the optimizer is built as torch.optim.SGD(..., lr=0.05, nesterov=True) without a momentum: torch's "
       "Nesterov needs momentum > 0 (and zero dampening), so building the optimizer raises ValueError and no "
       "logits come back (SGD(..., momentum=0.9, nesterov=True) is meant)", """
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
    opt = torch.optim.SGD(model.parameters(), lr=0.05, nesterov=True)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qk6_single_epoch_left_from_debugging", "a6_cnn", "train_and_predict",
       "the number of epochs is left at 1 from a quick debugging run (epochs = 1 with the recipe otherwise "
       "intact, the cosine schedule built for that one epoch): about twenty optimizer steps on the digits, far "
       "too few for the network to reach the accuracy 15 epochs give", """
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
    epochs, batch = 1, 64      # quick run while debugging
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
    # ------------------------------------------------------------------ a7_architectures
    _e("qk7_saliency_loop_sums_every_class", "a7_architectures", "saliency_map",
       "the input gradient is accumulated in a loop over every class k (W2[:, k] through the ReLU mask and W1): "
       "the gradient of the sum of all class scores instead of scores[n, y[n]] alone (y is never used)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    K = params["W2"].shape[1]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    mask = a1 > 0
    grad = np.zeros((N, params["W1"].shape[0]))
    for k in range(K):                                   # back-propagate each class score
        dh = np.tile(params["W2"][:, k], (N, 1)) * mask
        grad += dh @ params["W1"].T
    return np.abs(grad.reshape(x.shape)).max(axis=1)
""", catalogued="saliency_of_all_scores"),
    _e("qk7_nll_exp_log_std_named_variance", "a7_architectures", "gaussian_nll",
       "exp(log_std) is taken as the variance sigma^2 (the head read as a log-variance): the loss is "
       "0.5 log(2 pi exp(log_std)) + 0.5 r^2 / exp(log_std), with the gradients of that loss, instead of "
       "log_std + 0.5 r^2 / exp(2 log_std) (the variance is the square of exp(log_std))", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(log_std)            # sigma^2
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi * var) + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (0.5 - 0.5 * r ** 2 / var) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("qk7_score_map_window_columns_span_height", "a7_architectures", "fc_score_map",
       "each window's column slice spans H, the classifier's height, x[:, :, i:i + H, j:j + H], instead of its "
       "width: right for square classifiers, but a (C, H, W) classifier with H != W gets windows of the wrong "
       "size (the flattened window no longer matches W's rows)", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    Ho, Wo = H2 - H + 1, W2 - Wd + 1
    out = np.empty((N, W.shape[1], Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            patch = x[:, :, i:i + H, j:j + H]
            out[:, :, i, j] = patch.reshape(N, -1) @ W + b
    return out
"""),
    _e("qk7_cam_class_weights_normalized", "a7_architectures", "class_activation_map",
       "each example's class weights W[:, classes[n]] are divided by their sum ('weights that sum to 1') before "
       "weighting the feature maps: the CAM is sum_c W[c, k] features[c] / sum_c W[c, k], rescaled (and its "
       "sign flipped where the weights sum to a negative number)", """
def class_activation_map(features, W, classes):
    w = W[:, classes].T                            # (N, C) weights of each example's class
    w = w / w.sum(axis=1, keepdims=True)           # normalize the weights to sum to 1
    return np.einsum("nc,nchw->nhw", w, features)
"""),
    _e("qk7_resblock_dropout_scaled_by_kept_fraction", "a7_architectures", "residual_block_forward",
       "inverted dropout rescales the kept units by 1 / mask.mean(), the fraction of units this mask happens to "
       "keep, instead of 1 / p, the keep probability given: the scale is off whenever the mask keeps other than "
       "exactly a fraction p (the backward pass on this cache uses the same wrong scale)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        keep = dropout["mask"]
        scale = keep / keep.mean()        # rescale by the fraction actually kept
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    return out, cache
"""),
    _e("qk7_resblock_bwd_bias_grads_keepdims", "a7_architectures", "residual_block_backward",
       "the bias gradients are summed over the batch with keepdims=True: grads['b1'], grads['b2'] (and "
       "grads['bs']) have shape (1, H) / (1, M) instead of the biases' (H,) / (M,) (dx and the weight gradients "
       "right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0, keepdims=True)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0, keepdims=True)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0, keepdims=True)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qk8_update_ratio_root_of_vdot_ratio_inverted", "a8_pipeline", "update_ratio",
       "the ratio is written as the square root of a ratio of squared norms, but upside down: "
       "sqrt(<W, W> / <lr dW, lr dW>) = ||W|| / ||lr * dW||, the inverse of the update-to-weight ratio", """
def update_ratio(W, dW, lr):
    step = lr * dW
    return float(np.sqrt(np.vdot(W, W) / np.vdot(step, step)))
""", catalogued="ratio_inverted"),
    _e("qk8_normalize_einsum_channel_statistics", "a8_pipeline", "normalize_splits",
       "the mean and std are built with einsum('nc...->c'), which sums over the examples and every pixel of a "
       "channel: one mean and one std per channel instead of per pixel over the examples only "
       "(X_train.mean(axis=0))", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    C = X_train.shape[1]
    count = X_train.size // C
    shape = (1, C) + (1,) * (X_train.ndim - 2)
    mean = (np.einsum("nc...->c", X_train) / count).reshape(shape)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    var = np.einsum("nc...->c", (X_train - mean) ** 2) / count
    std = np.sqrt(var).reshape(shape) + eps
    return (X_train - mean) / std, (X_test - mean) / std
""", catalogued="statistics_per_channel"),
    _e("qk8_log_uniform_lower_bound_dropped", "a8_pipeline", "log_uniform",
       "the exponent is a unit draw scaled by the upper bound's exponent only, u * log10(high): the values are "
       "log-uniform between 1 and high instead of between low and high (log10(low) + u * (log10(high) - "
       "log10(low)))", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    return 10.0 ** (u * np.log10(high))
"""),
    _e("qk8_crop_padded_with_mean_value", "a8_pipeline", "random_crop",
       "the images are padded with the batch's mean value, np.pad(..., constant_values=x.mean()) ('so the border "
       "is not black'), instead of zeros: every window that reaches into the padding gets mean-valued borders", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    fill = float(x.mean())          # pad with the average intensity
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), constant_values=fill)
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
"""),
    _e("qk8_cosine_progress_counts_current_step", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the cosine's progress is (step - warmup_steps + 1) / (total_steps - warmup_steps), the "
       "current step counted as done: the decay runs one step ahead (the first step after the warm-up is already "
       "below base_lr, min_lr is reached one step early)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    done = step - warmup_steps + 1          # decay steps taken, this one included
    t = done / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
    _e("qk8_param_stats_std_per_column_averaged", "a8_pipeline", "parameter_statistics",
       "the two standard deviations are taken per column (np.std(..., axis=0)) and averaged, the mean of the "
       "columns' stds instead of the std of all the entries (np.std): for a weight matrix the spread between the "
       "columns is left out", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([W.mean(), W.std(axis=0).mean(), g.mean(), g.std(axis=0).mean(),
                                update_ratio(W, g, lr)])
    return stats
"""),
]

HOLDOUT36_CORRECT: list[Entry] = [
    _e("qkk_correct_numgrad_nditer_readwrite", "a1_backprop", "eval_numerical_gradient",
       "correct: x walked with np.nditer in readwrite mode, each entry written through the iterator's 0-d view "
       "(old + h, old - h, then old again) and the centred difference over 2h stored at its multi-index", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    with np.nditer(x, flags=["multi_index"], op_flags=["readwrite"]) as it:
        for v in it:
            i = it.multi_index
            old = float(v)
            v[...] = old + h
            fp = f(x)
            v[...] = old - h
            fm = f(x)
            v[...] = old
            grad[i] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("qkk_correct_adam_stacked_moments", "a2_optim", "adam",
       "correct: both moments kept in one stacked array config['moments'] of shape (2, *w.shape), updated out of "
       "place with the betas broadcast as a (2, 1, ...) column and the squared gradient stacked under the "
       "gradient; t counted before use", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    betas = np.array([config["beta1"], config["beta2"]]).reshape((2,) + (1,) * np.ndim(w))
    moments = config.get("moments", np.zeros((2,) + np.shape(w)))
    moments = betas * moments + (1 - betas) * np.stack([g, g * g])
    t = config.get("t", 0) + 1
    m_hat, v_hat = moments / (1 - betas ** t)
    config["moments"], config["t"] = moments, t
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("qkk_correct_output_size_is_integer", "a3_conv", "conv_output_size",
       "correct: the quotient of the room left by the dilated kernel and the stride taken with true division and "
       "tested with float.is_integer(); a negative room or a fractional quotient raises ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    room = input_size + 2 * padding - (dilation * (kernel_size - 1) + 1)
    q = room / stride
    if room < 0 or not float(q).is_integer():
        raise ValueError(f"kernel {kernel_size} with stride {stride} does not tile {input_size} + 2 * {padding}")
    return int(q) + 1
"""),
    _e("qkk_correct_xavier_uniform_flat_then_reshaped", "a4_init", "xavier_uniform",
       "correct: math.prod(shape) draws from U(-a, a) of the seeded generator, a = sqrt(3) * xavier_std, reshaped "
       "to the weight's shape", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    flat = np.random.default_rng(seed).uniform(-a, a, size=math.prod(shape))
    return flat.reshape(shape)
"""),
    _e("qkk_correct_dropout_where_scaled", "a5_normalization", "dropout_forward",
       "correct: the keep decisions u < p from the seeded generator, the output np.where(keep, x / p, 0.0), the "
       "cache the scaled mask keep / p; test mode returns x and None", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    keep = np.random.default_rng(dropout_param.get("seed")).random(x.shape) < p
    out = np.where(keep, x / p, 0.0)
    return out, keep / p
"""),
    _e("qkk_correct_gap_bwd_einsum_outer", "a7_architectures", "global_avg_pool_backward",
       "correct: dout spread over each map as the outer product einsum('nc,hw->nchw') with a constant H x W "
       "array of 1 / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = np.full((H, W), 1.0 / (H * W))
    return np.einsum("nc,hw->nchw", dout, share)
"""),
    _e("qkk_correct_update_ratio_tensordot", "a8_pipeline", "update_ratio",
       "correct: the squared Frobenius norms as full tensordot contractions of dW and W with themselves, the "
       "ratio |lr| * sqrt(<dW, dW> / <W, W>)", """
def update_ratio(W, dW, lr):
    num = np.tensordot(dW, dW, axes=np.ndim(dW))
    den = np.tensordot(W, W, axes=np.ndim(W))
    return abs(lr) * float(np.sqrt(num / den))
"""),
]

JUDGED_ON36 = "2026-12-06 on commit b783ae9"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout36 on commit b783ae9 (JUDGED_ON36), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is the exact line of a one- or
# two-line function, and one that names the line that uses a wrong value with, as its alternatives, the variables
# that hold the mistake; a loop departure without a statement is right only when the loop is small and the mistake
# clearly in it; a catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python,
# NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing); checklists that list the
# cause among many are vague, but one of few causes, the entry's among them, is tolerated (loss_flat's "a batch's
# labels not those of its images" first of three, as qe6_balanced_labels_tiled_not_repeated; trained_briefly's "or
# runs too few epochs"; fits_batches_not_predictions' "what reaches the model when it predicts differs from what it
# trained on", as j6_test_standardized_after_train_overwritten); where only the grader test's own message names the
# cause the verdict is check_message (the crop's "no 10 x 10 window of its image zero-padded by 2", as
# qg8_crop_reflect_padding). Decided here: a loop departure on the 8-line triple loop of max_pool_with_indices that
# says `idx` (set by one line of it, the one with the mistake) differs after it "by up to 96" (2 x 48, the last
# channel's offset c * H * W on the (2, 3, 8, 6) input: true) and that out and everything the loop reads agree is
# right (a close call: the loop is small and the one line that sets idx holds the mistake); reshaped's "your shape is
# (6, 1, 1) where (6,) is expected: an axis of length 1 too many or missing (keepdims=True, ...)" where two such axes
# are too many quotes both shapes exactly and names keepdims=True first: right (a close call); a catalogued entry whose
# code raises before the catalogued mistake can act (einsum('nc...->c') refused by NumPy 2.4 on a 4-D input: "output
# has more dimensions than subscripts given ... no '...' ellipsis") is right by a departure that names the line that
# raises; torch's own "ValueError: Nesterov momentum requires a momentum and zero dampening" states the cause, but as
# an error raised by torch it is the comparison (nothing); fits_batches_not_predictions and learned_little for batch
# norm's running statistics reset after training are misleading as g6_batchnorm_momentum_zero in JUDGEMENT21 (the same
# images reach the same trained weights; learned_little's "did not learn them ... or the images preprocessed
# differently at test time" names neither).
JUDGEMENT36: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qk1_softmax_column_loop": ("named", (), ""),
    "qk1_logistic_loglik_terms_expanded": ("named", (), ""),
    # departure (three tests): "`out`, set by line 217: `out = 0.5 * (1.0 + np.tanh(x))`. What that line reads (x)
    # agrees with the correct code; your `out` differs from the right value (by up to 0.15) ...: the mistake is in that
    # line".
    "qk1_sigmoid_fwd_tanh_not_halved": ("right", ("departure",), ""),
    # scaled (both tests): "every entry is the negative of the expected: a sign is flipped" (a three-line function).
    "qk1_sigmoid_bwd_s_times_s_minus_one": ("right", ("scaled",), ""),
    # departure: "line 217: `return np.round(w, 4)`. What that line reads (w) agrees with the correct code; what it
    # returns differs from the right value (by up to 1.63e-05): the mistake is in that line".
    "qk1_linreg_weights_rounded": ("right", ("departure",), ""),
    # handed_wrong_input (two tests): "your affine_backward() is the correct code's own, yet it raises an error here:
    # it was handed `cache` from your affine_forward() ... Your affine_forward() returns (an array of shape (2, 5), w,
    # b) at [1] ...; the correct one returns (x, w, b) there"; items_apart on the MLP tests says the same.
    "qk1_affine_fwd_caches_output": ("right", ("handed_wrong_input", "items_apart"), ""),
    # ------------------------------------------------------------------ a2_optim
    "qk2_rmsprop_hypot_root_state": ("named", (), ""),
    "qk2_step_lr_while_counts_current_step": ("named", (), ""),
    # float32: "your values are float32 numbers: a precision issue, not a wrong formula ...; compute in float64".
    "qk2_exponential_lr_float32": ("right", ("float32",), ""),
    # as_if: "yours is what the correct newton_step() returns if grad were halved or if hessian were doubled: a factor 2
    # missing where grad is used ...; or a factor 2 too many where hessian is used": the second of two, H + H.T = 2H.
    "qk2_newton_hessian_symmetrized_without_half": ("right", ("as_if",), ""),
    # as_if (both tests): "yours is what the correct cosine_lr() returns if total_steps were one more than given:
    # total_steps is off by one where it is used" (n_points = total_steps + 1).
    "qk2_cosine_progress_over_total_plus_one": ("right", ("as_if",), ""),
    # default_differs (three tests): "your adagrad() gives config['epsilon'] the default 1e-07 ...; the default asked
    # for is 1e-10".
    "qk2_adagrad_epsilon_default_keras": ("right", ("default_differs",), ""),
    # ------------------------------------------------------------------ a3_conv
    # named on two tests; one_slip on the depthwise-separable count: "the factor `// groups` missing" (true).
    "qk3_param_count_from_torch_shapes": ("named", (), ""),
    "qk3_maxpool_bwd_einsum_even_share": ("named", (), ""),
    # no diagnosis: only the comparison ("dw (stride 2, pad 1): 108 of 108 element(s) outside tolerance").
    "qk3_conv_bwd_dw_reset_per_image": (
        "nothing", (),
        "dw = np.zeros_like(w) at line 291 is inside the loop over the images: each image starts the filters' gradient "
        "again, so the dw returned is the last image's alone where the sum over the batch is asked (dx and db right); "
        "create dw once, before the loop over n."),
    # departure (three tests): "the loop at lines 287-294 (`for c in range(C):`) leaves `idx` holding values the correct
    # code never computes, though what the loop reads from before it ... agrees ...; your `idx` differs from the right
    # value (by up to 96) ...: the mistake is in that loop" (96 = 2 x 8 x 6: true; idx set by one line of the loop, the
    # one with c * H * W; a close call, see above).
    "qk3_pool_indices_over_whole_image": ("right", ("departure",), ""),
    # unread_parameter: "your avg_pool_forward() never reads pool_param['pool_width'] (here 2) ..."; as_if: "... if
    # pool_param['pool_width'] were pool_param['pool_height'] = 3: pool_width is not used: pool_height in its place".
    "qk3_avgpool_fwd_square_window": ("right", ("unread_parameter", "as_if"), ""),
    # departure: "line 284: `return upsampled - 2 * padding + span - 1 + output_padding` ... what it returns is 11
    # where 10 is right: the mistake is in that line, or in `span` ..., or in `upsampled`, set by line 282: `upsampled
    # = input_size * stride`" (for (5, 3, 2, 1, 1): 10 - 2 + 3 - 1 + 1 = 11 where 8 - 2 + 2 + 1 + 1 = 10: true; the
    # variable with the mistake among the alternatives, as qa3_depthwise_params_pointwise_grouped).
    "qk3_transposed_size_input_times_stride": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "qk4_he_normal_generator_seeded_from_global": ("named", (), ""),
    # named on two tests; scaled on the draws: "yours is 1/sqrt(2) times the expected: a factor 2 is missing inside a
    # square root (as in sqrt(2 / fan_in))".
    "qk4_he_std_unit_variance_rule": ("named", (), ""),
    # float32 (three tests): "your values are float32 numbers: a precision issue, not a wrong formula ...".
    "qk4_xavier_std_float32": ("right", ("float32",), ""),
    # reshaped (three tests): "your values are right but your shape is (6, 1, 1) where (6,) is expected: an axis of
    # length 1 too many or missing (keepdims=True, ...)": two such axes, both shapes exact (a close call, see above).
    "qk4_actstats_keepdims_moments": ("right", ("reshaped",), ""),
    # departure (both draw tests): "line 93: `return w + 0.01`. What that line reads (w) agrees with the correct code;
    # what it returns is the right value + 0.01: the mistake is in that line".
    "qk4_he_normal_positive_offset": ("right", ("departure",), ""),
    # default_differs: "your xavier_uniform() has mode='fan_in' as its default, where the default asked for is
    # mode='fan_avg' ...".
    "qk4_xavier_uniform_default_mode_fan_in": ("right", ("default_differs",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qk5_ln_bwd_means_over_rows": ("named", (), ""),
    # named on two tests; only the comparison on the spatial test.
    "qk5_bn_test_normalizes_with_batch_average": ("named", (), ""),
    # handed_wrong_input: "your layernorm_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your layernorm_forward(). The mistake is in what layernorm_forward() returns there".
    "qk5_ln_fwd_caches_std": ("right", ("handed_wrong_input",), ""),
    # no diagnosis: only the comparison ("dx: 120 of 120 element(s) outside tolerance").
    "qk5_spatial_bn_bwd_swapaxes_rows": (
        "nothing", (),
        "dout.swapaxes(1, 3) orders the rows (N, W, H) where the forward's x_hat rows are (N, H, W) "
        "(transpose(0, 2, 3, 1)): each pixel's gradient meets another pixel's x_hat, so dx and dgamma are wrong (dbeta "
        "right); use dout.transpose(0, 2, 3, 1).reshape(-1, C) and bring dx back with transpose(0, 3, 1, 2)."),
    # departure: "`M`, set by line 224: `M = groups * H * W`. What that line reads (H, W, groups) agrees ...; your `M`
    # is 18 where 27 is right ...: the mistake is in that line" (2 groups x 9 pixels where 3 channels x 9: true).
    "qk5_gn_bwd_group_size_groups_times_pixels": ("right", ("departure",), ""),
    # reshaped: "your values are right but your shape is (1, 4) where (4,) is expected: ... (keepdims=True, ...)".
    "qk5_bn_bwd_param_grads_keepdims": ("right", ("reshaped",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled not named; loss_flat (digits, shapes): "the training loss stayed at about 2.16 over 600
    # steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its images
    # (...), steps that do not reach the model's weights (...), or a learning rate too small ...?": the first of three,
    # the cause (600 = 15 epochs of the 40 batches of the 2516 doubled images; 435 = 15 x 29 on the 1800 shapes: true),
    # as qe6_balanced_labels_tiled_not_repeated.
    "qk6_flip_copies_interleaved_labels_tiled": ("right", ("loss_flat",), ""),
    # catalogued untrained_model not named; loss_detached (every test): "loss.backward() ran on losses cut off from
    # your model: of the first 20, 20 reach no weight through their graph ... computed from outputs taken out of the
    # graph (.detach(), .item(), .numpy(), under torch.no_grad()), has no path back to them".
    "qk6_forward_under_no_grad_loss_requires_grad": ("right", ("loss_detached",), ""),
    # fits_batches_not_predictions (digits; the shapes pass): "the training loss fell from 2.11 to 0.12 ..., yet it
    # predicts 200 of those same training images ... at accuracy 0.39: what reaches the model when it predicts differs
    # from what it trained on (...), or the model that predicts is not the one that trained (...), or the predictions
    # come back in another order": the first of three, the cause (the mirrored images reach it).
    "qk6_tta_flip_replaces_test_images": ("right", ("fits_batches_not_predictions",), ""),
    # fits_batches_not_predictions (digits): "what reaches the model when it predicts differs from what it trained on
    # (the images scaled or standardized ...), or the model that predicts is not the one that trained (its weights drawn
    # again after training, a new model built to predict), or the predictions come back in another order": the same
    # images reach the same trained weights, only the batch norms' buffers are reset; learned_little (shapes): "either
    # it did not learn them (...) or ... the images preprocessed differently at test time": neither (as
    # g6_batchnorm_momentum_zero in JUDGEMENT21).
    "qk6_bn_running_stats_reset_before_predict": (
        "misleading", (),
        "reset_running_stats() after training sets every batch norm's running mean and variance back to 0 and 1: in "
        "eval mode the layers normalize with those instead of the statistics gathered in training, so the model that "
        "fits its batches predicts its own training images at 0.12; drop the reset."),
    # no diagnosis: only torch's error, "train_and_predict() raised ValueError: Nesterov momentum requires a momentum
    # and zero dampening" (the cause in torch's words; see above).
    "qk6_sgd_nesterov_without_momentum": (
        "nothing", (),
        "torch.optim.SGD(model.parameters(), lr=0.05, nesterov=True) leaves momentum at its default 0: Nesterov needs "
        "momentum > 0 (and zero dampening), so building the optimizer raises before any training; pass momentum=0.9."),
    # trained_briefly (every test): "your code trained on 1258 images (1.0 epochs of the 1258 of X_train, 20 optimizer
    # steps) and returned after 0.4 s of its 60 s budget: the training loop ended early (...) or runs too few epochs"
    # (20, 15 and 3 = ceil(n / 64): true); the second of two, epochs = 1.
    "qk6_single_epoch_left_from_debugging": ("right", ("trained_briefly",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "qk7_saliency_loop_sums_every_class": ("named", (), ""),
    "qk7_nll_exp_log_std_named_variance": ("named", (), ""),
    # no diagnosis: only NumPy's error, "fc_score_map() raised ValueError: matmul: Input operand 1 has a mismatch in its
    # core dimension 0 ... (size 30 is different from 18)".
    "qk7_score_map_window_columns_span_height": (
        "nothing", (),
        "patch = x[:, :, i:i + H, j:j + H] (line 182) spans the columns over H, the classifier's height, where its "
        "width Wd belongs: for a (C, H, W) classifier with H != W each flattened window has C * H * H values (18) "
        "where W has C * H * Wd rows (30), and the matmul raises; slice j:j + Wd."),
    # departure (three tests): "`w`, set by line 177: `w = w / w.sum(axis=1, keepdims=True)`. What that line reads (w)
    # agrees with the correct code; your `w` differs from the right value (by up to 3.83) ...: the mistake is in that
    # line"; scaled on the one-example test: "every entry is -6.189 times the expected (one common factor) ..." (1 / the
    # weights' sum, one example: true).
    "qk7_cam_class_weights_normalized": ("right", ("departure", "scaled"), ""),
    # departure (both tests): "`scale`, set by line 181: `scale = keep / keep.mean()`. In it, `keep.mean()` is the
    # first part whose value the correct code never computes ...; your `scale` is 1.09091 times the right value ...: the
    # mistake is in that line, or in the condition at line 179" (p = 0.6 over a kept fraction of 0.55: true).
    "qk7_resblock_dropout_scaled_by_kept_fraction": ("right", ("departure",), ""),
    # reshaped (six tests): "your values are right but your shape is (1, 7) where (7,) is expected: ... (keepdims=True,
    # ...)" for grads['b1'], grads['b2'] (and grads['bs']).
    "qk7_resblock_bwd_bias_grads_keepdims": ("right", ("reshaped",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # named on test_update_ratio; departure on the statistics test: "line 166 ... what it returns is 1071.54 where
    # 0.000933239 is right: the mistake is in that line" (the reciprocal: true).
    "qk8_update_ratio_root_of_vdot_ratio_inverted": ("named", (), ""),
    # catalogued statistics_per_channel not named; the code raises on the 4-D test (NumPy refuses einsum('nc...->c')
    # there); departure: "line 168: `mean = (np.einsum("nc...->c", X_train) / count).reshape(shape)` raises the error
    # (at `np.einsum("nc...->c", X_train)`) ...; `X_train` has shape (40, 2, 3, 3): the mistake is in that line, or in
    # what `shape` holds" (see above).
    "qk8_normalize_einsum_channel_statistics": ("right", ("departure",), ""),
    # unread_parameter: "your log_uniform() never reads its parameter `low` (here 0.0001), which the correct code uses".
    "qk8_log_uniform_lower_bound_dropped": ("right", ("unread_parameter",), ""),
    # no diagnosis; the check's message (three tests): "every crop is a window of the padded image: some crop is no 10
    # x 10 window of its image zero-padded by 2 on each side": the zero padding asked, the one thing changed (as
    # qg8_crop_reflect_padding in JUDGEMENT32, a close call).
    "qk8_crop_padded_with_mean_value": (
        "check_message", (),
        "np.pad(..., constant_values=x.mean()) fills the padding with the batch's mean intensity where zeros are "
        "asked: every crop that reaches past the border holds mean-valued pixels instead of zeros; pad with zeros "
        "(np.pad's default constant_values=0)."),
    # shifted_steps (three tests): "each entry of yours along axis 0 equals the expected's next one: an off-by-one (the
    # index or step count starts one too late, e.g. step + 1)" (done = step - warmup_steps + 1).
    "qk8_cosine_progress_counts_current_step": ("right", ("shifted_steps",), ""),
    # no diagnosis: only the comparison ("statistics of W1: 2 of 5 element(s) outside tolerance ... got 0.1663948017,
    # expected 0.1754645911").
    "qk8_param_stats_std_per_column_averaged": (
        "nothing", (),
        "W.std(axis=0).mean() and g.std(axis=0).mean() (line 168) average the columns' standard deviations where the "
        "std of all the entries is asked: the spread between the columns' means is left out (0.166 where 0.175 for "
        "W1); use W.std() and g.std()."),
}
# Counts: named 13, right 28 (named or right 41/48 = 85%; not in the catalogue: right 25/32 = 78%; the 16
# catalogued: 13 named, the other three, qk6_flip_copies_interleaved_labels_tiled,
# qk6_forward_under_no_grad_loss_requires_grad and qk8_normalize_einsum_channel_statistics, right by their diagnoses),
# misleading 1, vague 0, nothing 5, wrong_name 0, check_message 1, not_caught 0. HOLDOUT36_CORRECT: all 7 earn full
# marks.

HOLDOUT36 = [replace(e, verdict=JUDGEMENT36[e.id][0], expected=frozenset(JUDGEMENT36[e.id][1]),
                     ideal=JUDGEMENT36[e.id][2]) if e.id in JUDGEMENT36 else e for e in HOLDOUT36]
