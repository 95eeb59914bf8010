"""A fifty-first hold-out: student-style mistakes written without seeing the detectors.

Judged on commit b53a1dc (JUDGED_ON51, JUDGEMENT51 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout51.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT51 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT51_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT51: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qz1_relu_bwd_signbit", "a1_backprop", "relu_backward",
       "the gradient is blocked with np.signbit(x), which is true only for negative numbers (and -0.0): at an input of "
       "exactly +0.0 the gradient passes, where the derivative is to be taken as 0 (the mask must be x > 0)", """
def relu_backward(dout, cache):
    x = cache
    # block the gradient wherever the input was negative
    dx = np.where(np.signbit(x), 0.0, dout)
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("qz1_numgrad_forward_flat", "a1_backprop", "eval_numerical_gradient",
       "each entry is reached through x.flat and nudged up by h only, the quotient taken against f at the restored x "
       "(re-evaluated for every entry): a one-sided difference (f(x + h e_i) - f(x)) / h, accurate to O(h), instead of "
       "the centred (f(x + h e_i) - f(x - h e_i)) / 2h", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        fxh = f(x)
        x.flat[i] = old
        fx = f(x)
        grad.flat[i] = (fxh - fx) / h
    return grad
""", catalogued="one_sided_difference"),
    _e("qz1_sigmoid_bwd_inplace", "a1_backprop", "sigmoid_backward",
       "the upstream gradient is multiplied in place, dout *= s * (1 - s), and dout itself returned: dx is right, but "
       "the caller's dout array is overwritten with dx", """
def sigmoid_backward(dout, cache):
    s = cache
    # chain rule, no temporary array needed
    dout *= s * (1 - s)
    return dout
"""),
    _e("qz1_mlp_reg_grad_weights_crossed", "a1_backprop", "two_layer_mlp_loss",
       "copy slip in the regularized gradients: dW1 gets reg * W2 and dW2 gets reg * W1 (each layer's L2 gradient taken "
       "from the other layer's weights): the shapes (D, H) and (H, C) do not match, so the sum raises (or is wrong when "
       "D == H == C), where dW1 + reg * W1 and dW2 + reg * W2 are meant", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, c1 = affine_forward(X, W1, b1)
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da, dW2, db2 = affine_backward(dscores, c2)
    dh = relu_backward(da, cr)
    _, dW1, db1 = affine_backward(dh, c1)
    dW1 += reg * W2
    dW2 += reg * W1
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    _e("qz1_affine_fwd_reshape_d_rows", "a1_backprop", "affine_forward",
       "the inputs are flattened with x.reshape(w.shape[0], -1), the row count taken from the weight (D) instead of "
       "the batch: x becomes a (D, N) array (its entries regrouped, not transposed), so the product with w (D, M) "
       "fails unless N == D, where it gives wrong values; the flattening is x.reshape(N, -1)", """
def affine_forward(x, w, b):
    D = w.shape[0]
    x_flat = x.reshape(D, -1)
    out = x_flat.T @ w + b
    return out, (x, w, b)
"""),
    _e("qz1_tanh_fwd_float32", "a1_backprop", "tanh_forward",
       "tanh is computed on a float32 copy of x ('half the memory') and returned in float32: out, and the cached t that "
       "tanh_backward reads, are accurate to about 1e-7 relative instead of float64's precision", """
def tanh_forward(x):
    out = np.tanh(x.astype(np.float32))
    cache = out
    return out, cache
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qz2_momentum_setdefault_rebind", "a2_optim", "sgd_momentum",
       "the velocity is fetched with config.setdefault('velocity', zeros), which stores the zeros array, and the new "
       "velocity is then bound to the local name v (a new array): config keeps the zeros, so every call starts from "
       "zero velocity and momentum never builds up", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.setdefault("velocity", np.zeros_like(w))  # v refers to the stored velocity
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w + v
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("qz2_nesterov_store_then_read", "a2_optim", "nesterov_momentum",
       "the new velocity is written into config first and v_prev is read from config afterwards, so v_prev is the new "
       "velocity too: w - mu * v + (1 + mu) * v is w + v, the plain momentum step", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v = mu * config.get("velocity", np.zeros_like(w)) - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    v_prev = config["velocity"]
    next_w = w - mu * v_prev + (1 + mu) * v
    return next_w, config
""", catalogued="nesterov_as_plain_momentum"),
    _e("qz2_cosine_quarter_period", "a2_optim", "cosine_lr",
       "the schedule is min_lr + (base_lr - min_lr) * cos(pi / 2 * step / total_steps), a quarter cosine period, "
       "instead of (1 + cos(pi * step / total_steps)) / 2, half a period: both start at base_lr and end at min_lr, "
       "but every step in between is too high (at the middle 0.71 of the range instead of 0.5)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / total_steps
    return min_lr + (base_lr - min_lr) * math.cos(math.pi / 2 * progress)
"""),
    _e("qz2_step_lr_floordiv_precedence", "a2_optim", "step_lr",
       "the decay is written base_lr * gamma ** step // step_size without parentheses: Python reads it as "
       "(base_lr * gamma ** step) // step_size, a float floor division of the per-step-decayed rate (0.0 for rates "
       "below step_size), instead of base_lr * gamma ** (step // step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    return base_lr * gamma ** step // step_size
"""),
    _e("qz2_adagrad_stores_root", "a2_optim", "adagrad",
       "the square root of the accumulated squares is stored in config['cache'] ('saves a sqrt next time'), but the "
       "next call adds g**2 to that root as if it were the sum of squares: from the second step on the "
       "denominator is sqrt(sqrt(S) + g**2) instead of sqrt(S + g**2)", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w)) + g * g
    root = np.sqrt(cache)
    config["cache"] = root
    next_w = w - config["learning_rate"] * g / (root + config["epsilon"])
    return next_w, config
"""),
    _e("qz2_adadelta_delta_acc_of_grad", "a2_optim", "adadelta",
       "copy slip in the second accumulator: acc_delta averages the squared gradient g**2, like acc_grad, instead of "
       "the squared step step**2: the numerator sqrt(acc_delta + eps) tracks the gradients' scale, not the updates'", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * g ** 2
    return w - config["learning_rate"] * step, config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qz3_output_size_int_div", "a3_conv", "conv_output_size",
       "the size is computed as int((W - D(K - 1) - 1 + 2P) / S) + 1 with no check: a division that is not whole is "
       "silently truncated and a kernel that does not fit gives a size <= 0 or a truncated one, where a ValueError "
       "must be raised", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective = dilation * (kernel_size - 1) + 1
    return int((input_size + 2 * padding - effective) / stride) + 1
""", catalogued="output_size_not_rejected"),
    _e("qz3_avgpool_bwd_ones", "a3_conv", "avg_pool_backward",
       "each window's upstream gradient is copied onto every input of the window, np.ones((ph, pw)) * dout, without "
       "the division by the window's area ph * pw: dx is ph * pw times too large", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    ones = np.ones((ph, pw))
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += ones * dout[n, c, i, j]
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qz3_pool_indices_window_local", "a3_conv", "max_pool_with_indices",
       "the index stored for each output is the argmax k inside its own flattened window (0 .. ph * pw - 1), not its "
       "position in the input plane (row * W + col with row = i * stride + k // pw, col = j * stride + k % pw)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            idx[:, :, i, j] = window.argmax(axis=2)
            out[:, :, i, j] = window.max(axis=2)
    return out, idx
"""),
    _e("qz3_receptive_default_dilation_short", "a3_conv", "receptive_field",
       "without dilations the default is written dilations or [1], a one-item list: zip stops after the first layer, "
       "so only the first kernel is counted (the whole stack is counted only when dilations are given)", """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or [1]
    r, jump = 1, 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r += d * (k - 1) * jump
        jump *= s
    return r
"""),
    _e("qz3_depthwise_count_no_groups", "a3_conv", "depthwise_separable_param_count",
       "the depthwise stage is counted as conv_param_count(in, in, k, bias) without groups=in_channels: a full "
       "in x in convolution (in * in * kh * kw weights) instead of one kh x kw filter per input channel", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    depthwise = conv_param_count(in_channels, in_channels, kernel_size, bias)
    pointwise = conv_param_count(in_channels, out_channels, 1, bias)
    return depthwise + pointwise
"""),
    _e("qz3_avgpool_fwd_ho_from_stride", "a3_conv", "avg_pool_forward",
       "the output size is taken as H // stride (and W // stride), ignoring the pool size: windows that run past the "
       "input are kept (NumPy's slices cut them short and they are averaged over what is left), where the output has "
       "(H - pool_height) // stride + 1 rows", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = H // s, W // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].mean(axis=(2, 3))
    return out, (x, pool_param)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qz4_uniform_scaled_by_std", "a4_init", "xavier_uniform",
       "the draws are U(-1, 1) scaled by xavier_std: a uniform on (-std, std), whose variance is std**2 / 3, instead "
       "of the bound sqrt(3) * std that gives the variance std**2", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    return rng.uniform(-1.0, 1.0, size=shape) * xavier_std(shape, mode, gain)
""", catalogued="uniform_bound_is_std"),
    _e("qz4_he_normal_np_random_seed", "a4_init", "he_normal",
       "the seed is given to NumPy's global generator, np.random.seed(seed), and the draws made with np.random.normal: "
       "the weights change the global random state (and do not come from np.random.default_rng(seed))", """
def he_normal(shape, seed):
    np.random.seed(seed)
    return np.random.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qz4_actstats_var_ddof1", "a4_init", "activation_statistics",
       "the variance of each layer's activations is the sample variance, np.var(h, ddof=1) (divided by the number of "
       "entries minus one), instead of np.var's population variance asked for", """
def activation_statistics(X, weights, activation):
    funcs = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
             "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = funcs[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h, ddof=1))
    return np.array(means), np.array(variances)
"""),
    _e("qz4_xavier_normal_flat_draws", "a4_init", "xavier_normal",
       "the number of weights is drawn as size=math.prod(shape) and never reshaped: the draws come back as a flat "
       "vector of prod(shape) values instead of an array of the weight's shape (their distribution right)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    n_weights = math.prod(shape)
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=n_weights)
"""),
    _e("qz4_he_std_glorot_times_sqrt2", "a4_init", "he_std",
       "He's std is taken as sqrt(2) times Glorot's fan_avg std, sqrt(2) * sqrt(2 / (fan_in + fan_out)) = "
       "sqrt(4 / (fan_in + fan_out)), instead of sqrt(2 / fan_in): the same only when fan_in == fan_out", """
def he_std(shape):
    # ReLU halves the variance: Glorot's std times sqrt(2)
    return math.sqrt(2.0) * xavier_std(shape)
"""),
    _e("qz4_compute_fans_numpy_prod_ints", "a4_init", "compute_fans",
       "the kernel's size is computed as np.prod(shape[2:-1]), the slice stopping one axis early: a 2-D kernel "
       "(out, in, kh, kw) counts kh only, a 1-D kernel counts 1 and a 3-D one kd * kh, instead of the product of "
       "every kernel axis shape[2:]", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_c, in_c = shape[0], shape[1]
    kernel = int(np.prod(shape[2:-1]))
    return in_c * kernel, out_c * kernel
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qz5_ln_bwd_batch_count", "a5_normalization", "layernorm_backward",
       "the count in the simplified formula is N, the number of rows (dout.shape[0]), though layer norm's statistics "
       "run over the D features of each row: dx = inv_std / N * (N dx_hat - sum - x_hat * sum) where D belongs", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    g = dout * gamma
    sum_g = np.sum(g, axis=1, keepdims=True)
    sum_gx = np.sum(g * x_hat, axis=1, keepdims=True)
    dx = (inv_std / N) * (N * g - sum_g - x_hat * sum_gx)
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    return dx, dgamma, dbeta
""", catalogued="layernorm_backward_uses_batch_size"),
    _e("qz5_dropout_binomial_drop", "a5_normalization", "dropout_forward",
       "the mask is drawn as rng.binomial(1, 1 - p) and scaled by 1 / (1 - p): p is used as the probability of "
       "dropping a unit, though it is the probability of keeping one", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.binomial(1, 1 - p, size=x.shape) / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("qz5_dropout_fwd_cache_unscaled_mask", "a5_normalization", "dropout_forward",
       "out = x * mask / p is right, but the cache is the 0/1 keep mask without the 1 / p: dropout_backward, which "
       "multiplies dout by the cache, then gives dout * mask instead of dout * mask / p", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = x * keep / p
    return out, keep
"""),
    _e("qz5_bn_bwd_dvar_half_missing", "a5_normalization", "batchnorm_backward",
       "the derivative of the variance node drops the 1/2 of d(var + eps)^(-1/2) = -1/2 (var + eps)^(-3/2): dvar is "
       "twice too large, so the variance path's share of dx (and through dmu the mean path's) is doubled", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    xmu = x_hat / inv_std
    dvar = -np.sum(dx_hat * xmu, axis=0) * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * np.mean(xmu, axis=0)
    dx = dx_hat * inv_std + 2 * dvar * xmu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qz5_gn_bwd_gamma_not_reshaped", "a5_normalization", "groupnorm_backward",
       "dx_hat = dout * gamma multiplies by the (C,) gamma without reshaping it to (1, C, 1, 1): it broadcasts along "
       "the last axis, the image width, so it raises when W != C and scales the wrong axis when W == C", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dbeta = dout.sum(axis=(0, 2, 3))
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dx_hat = (dout * gamma).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    dx = inv_std / M * (M * dx_hat - dx_hat.sum(axis=2, keepdims=True)
                        - xh * (dx_hat * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qz5_bn_fwd_running_from_xhat", "a5_normalization", "batchnorm_forward",
       "the running averages are updated with the statistics of the normalized x_hat (mean about 0, variance about 1) "
       "instead of those of the batch x: running_mean decays towards 0 and running_var towards 1, so test mode "
       "normalizes with the wrong statistics (train mode right)", """
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
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * x_hat.mean(axis=0)
        running_var = momentum * running_var + (1 - momentum) * x_hat.var(axis=0) * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qz6_dataset_getitem_off_by_one", "a6_cnn", "train_and_predict",
       "a custom Dataset's __getitem__ returns (X[i], y[i - 1]): every image is paired with the previous image's label "
       "(the first with the last's), so the labels are shifted apart from their images and the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)

    class Digits(torch.utils.data.Dataset):
        def __init__(self, X, y):
            self.X = torch.tensor(X)
            self.y = torch.tensor(y)

        def __len__(self):
            return len(self.X)

        def __getitem__(self, i):
            return self.X[i], self.y[i - 1]

    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    loader = torch.utils.data.DataLoader(Digits(X_train, y_train), batch_size=64, shuffle=True,
                                         generator=torch.Generator().manual_seed(seed))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for xb, yb in loader:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("qz6_predictions_collected_labels", "a6_cnn", "train_and_predict",
       "a well trained model, but the prediction loop collects preds.extend(out.argmax(1).tolist()) for each test "
       "batch and returns np.array(preds): one predicted class per test image (shape (M,)) instead of the logits "
       "(M, classes)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    preds = []
    Xt = torch.tensor(X_test)
    with torch.no_grad():
        for start in range(0, len(Xt), 256):
            out = model(Xt[start:start + 256])
            preds.extend(out.argmax(1).tolist())
    return np.array(preds)
""", catalogued="predictions_not_logits"),
    _e("qz6_validation_eval_never_back", "a6_cnn", "train_and_predict",
       "model.train() is called once before the epoch loop, and the per-epoch validation on a held-out 10% calls "
       "model.eval() and never switches back: from the second epoch on the network trains in eval mode (batch norm "
       "normalizes each batch with its running statistics, which then stop being updated)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    perm = torch.randperm(len(y))
    n_val = len(y) // 10
    Xv, yv = X[perm[:n_val]], y[perm[:n_val]]
    Xf, yf = X[perm[n_val:]], y[perm[n_val:]]
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    model.train()
    for epoch in range(15):
        for idx in torch.randperm(len(yf)).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(Xf[idx]), yf[idx]).backward()
            opt.step()
        # validation accuracy
        model.eval()
        with torch.no_grad():
            acc = (model(Xv).argmax(1) == yv).float().mean().item()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qz6_one_batch_per_epoch", "a6_cnn", "train_and_predict",
       "each epoch draws a permutation and trains on its first 64 indices only, perm[:64], with no loop over the rest: "
       "15 epochs are 15 optimizer steps on 960 images in all, so the network is far from trained", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    batch_size = 64
    for epoch in range(15):
        model.train()
        perm = torch.randperm(len(y))
        idx = perm[:batch_size]
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qz6_mc_dropout_train_mode_predict", "a6_cnn", "train_and_predict",
       "for Monte-Carlo dropout the test logits are averaged over 10 passes with model.train() on: batch norm is in "
       "training mode too, so it normalizes the test images with the test batch's own statistics (and updates its "
       "running ones): an image's logits depend on the other test images, where the model must predict in eval mode", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.2), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    # Monte-Carlo dropout: keep dropout active and average several passes
    model.train()
    Xt = torch.tensor(X_test)
    with torch.no_grad():
        logits = torch.stack([model(Xt) for _ in range(10)]).mean(0)
    return logits.numpy()
"""),
    _e("qz6_stop_when_batch_loss_small", "a6_cnn", "train_and_predict",
       "training stops at the first mini-batch whose loss falls below 0.5 ('converged'): one easy batch ends the run "
       "within the first epochs, so the network is undertrained", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    )
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    done = False
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            if loss.item() < 0.5:
                done = True
                break
        if done:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qz7_gap_bwd_broadcast", "a7_architectures", "global_avg_pool_backward",
       "dout is broadcast over each map with np.broadcast_to(dout[:, :, None, None], (N, C, H, W)) and returned as is: "
       "every pixel gets the whole gradient of its map's mean instead of dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.broadcast_to(dout[:, :, None, None], (N, C, H, W)).copy()
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qz7_saliency_amax_signed", "a7_architectures", "saliency_map",
       "the saliency is np.amax(dx, axis=1), the largest signed gradient over the channels, instead of the largest "
       "absolute value: strongly negative gradients are lost", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    pre = flat @ params["W1"] + params["b1"]
    mask = (pre > 0).astype(float)
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1.0
    dpre = (dscores @ params["W2"].T) * mask
    dx = (dpre @ params["W1"].T).reshape(x.shape)
    return np.amax(dx, axis=1)
""", catalogued="saliency_without_abs"),
    _e("qz7_resblock_bwd_bs_from_da1", "a7_architectures", "residual_block_backward",
       "with a projection shortcut, bs's gradient is summed from da1 (the first layer's pre-activation gradient, "
       "width H) instead of dz, the gradient at the addition where bs enters (width M): grads['bs'] is wrong (and "
       "has the wrong shape when H != M)", """
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
        grads["bs"] = da1.sum(axis=0)
        dx += dz @ params["Ws"].T
    else:
        dx += dz
    return dx, grads
"""),
    _e("qz7_cam_normalized", "a7_architectures", "class_activation_map",
       "each image's map is min-max normalized to [0, 1] ('a heatmap for display'): the class activation map "
       "sum_c W[c, k] features[n, c] itself is asked for, not a rescaled one", """
def class_activation_map(features, W, classes):
    cams = np.einsum("nchw,cn->nhw", features, W[:, classes])
    lo = cams.min(axis=(1, 2), keepdims=True)
    hi = cams.max(axis=(1, 2), keepdims=True)
    return (cams - lo) / (hi - lo + 1e-12)
"""),
    _e("qz7_mdn_log_softmax_over_rows", "a7_architectures", "mdn_nll",
       "the mixture weights' log-softmax is taken over axis 0, across the N examples, instead of axis 1, across the K "
       "components of each row: each row's weights do not sum to 1, so the loss and every gradient are wrong", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    m = logits.max(axis=0, keepdims=True)
    log_pi = logits - m - np.log(np.exp(logits - m).sum(axis=0, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    loss = -log_p.mean()
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qz7_score_map_channels_last", "a7_architectures", "fc_score_map",
       "each window is flattened channels-last, window.transpose(0, 2, 3, 1).reshape(N, -1), while the affine "
       "layer's rows are in (C, H, W) order: the pixels meet the wrong weights (right only for one channel)", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            window = x[:, :, i:i + H, j:j + Wd]
            out[:, :, i, j] = window.transpose(0, 2, 3, 1).reshape(N, -1) @ W + b
    return out
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qz8_flip_unselected", "a8_pipeline", "random_flip",
       "the draw picks the images to keep, keep = rng.random(N) < p, and the others are mirrored: each image is "
       "flipped with probability 1 - p instead of p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    keep = rng.random(x.shape[0]) < p
    out = x.copy()
    out[~keep] = out[~keep][..., ::-1]
    return out
""", catalogued="flip_probability_inverted"),
    _e("qz8_es_improvement_positive_drop", "a8_pipeline", "early_stopping",
       "an epoch counts as an improvement whenever the loss drops at all below the best, best - loss > 0: min_delta is "
       "never used, where the drop must exceed min_delta", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = float("inf")
    best_epoch = 0
    bad_epochs = 0
    for epoch in range(len(val_losses)):
        if best - val_losses[epoch] > 0:
            best = val_losses[epoch]
            best_epoch = epoch
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="min_delta_ignored"),
    _e("qz8_crop_same_row_col_offset", "a8_pipeline", "random_crop",
       "one offset is drawn per image and used for both the rows and the columns (cols = rows): every crop lies on "
       "the diagonal of the padded image, instead of independent row and column offsets (and on a rectangular image "
       "the column range is that of the rows)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    offsets = rng.integers(0, H + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i, o in enumerate(offsets):
        out[i] = padded[i, :, o:o + size, o:o + size]
    return out
"""),
    _e("qz8_cosine_without_half_shift", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the decay is written min_lr + (base_lr - min_lr) * cos(pi * t), without the (1 + cos) / 2: "
       "the rate falls to 2 * min_lr - base_lr (negative for min_lr 0) at the end instead of min_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * t)
"""),
    _e("qz8_paramstats_std_ddof1", "a8_pipeline", "parameter_statistics",
       "the weights' and gradients' standard deviations are taken with ddof=1 (the sample std) instead of np.std's "
       "default population std", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([W.mean(), W.std(ddof=1), g.mean(), g.std(ddof=1), update_ratio(W, g, lr)])
    return stats
"""),
    _e("qz8_train_one_permutation", "a8_pipeline", "train_and_predict",
       "rng.permutation(N) is drawn once, before the epoch loop, and every epoch visits the rows in that same order, "
       "where the recipe draws a new permutation each epoch", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], classes))
    b = np.zeros(classes)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(X))
    for epoch in range(20):
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            s = X[idx] @ W + b
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT51_CORRECT: list[Entry] = [
    _e("qzk_correct_softmax_logsumexp", "a1_backprop", "softmax",
       "correct: the softmax as exp(scores - logsumexp(scores)) per row, the log-sum-exp from the row maximum", """
def softmax(scores):
    m = np.max(scores, axis=1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(scores - m), axis=1, keepdims=True))
    return np.exp(scores - lse)
"""),
    _e("qzk_correct_momentum_velocity_from_step", "a2_optim", "sgd_momentum",
       "correct: the step written w + momentum * v_prev - lr * g, the new velocity stored as next_w - w", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v_prev = config.get("velocity", np.zeros_like(w))
    next_w = w + config["momentum"] * v_prev - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = next_w - w
    return next_w, config
"""),
    _e("qzk_correct_maxpool_sliding_windows", "a3_conv", "max_pool_forward",
       "correct: every window as a sliding_window_view over H and W, subsampled by the stride, maxed over its last two "
       "axes", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = windows.max(axis=(-2, -1)).astype(float)
    return out, (x, pool_param)
"""),
    _e("qzk_correct_xavier_std_mean_fan", "a4_init", "xavier_std",
       "correct: Glorot's std as gain / sqrt(n) with n the mean fan (fan_in + fan_out) / 2 in mode fan_avg, fan_in "
       "otherwise", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return gain / math.sqrt(n)
"""),
    _e("qzk_correct_bn_alt_means", "a5_normalization", "batchnorm_backward_alt",
       "correct: the simplified formula written with batch means, inv_std * (g - mean(g) - x_hat * mean(g * x_hat))", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    g = dout * gamma
    dx = inv_std * (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
"""),
    _e("qzk_correct_fc_to_conv_transpose_last", "a7_architectures", "fc_to_conv",
       "correct: W reshaped to (C, H, W, M) and its last axis moved to the front with transpose(3, 0, 1, 2)", """
def fc_to_conv(W, b, in_shape):
    C, H, Wd = in_shape
    w = W.reshape(C, H, Wd, -1).transpose(3, 0, 1, 2).copy()
    return w, np.array(b, dtype=float)
"""),
    _e("qzk_correct_log_grid_geomspace", "a8_pipeline", "log_grid",
       "correct: the grid from np.geomspace(low, high, n), a geometric progression with both ends included", """
def log_grid(low, high, n):
    return np.geomspace(low, high, n)
"""),
]
JUDGED_ON51 = "2026-12-06 on commit b53a1dc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout51 on commit b53a1dc (JUDGED_ON51), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT49 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure naming the line with the mistake is right, and so is one that names the line that uses
# or holds a wrong value with, as its alternatives, what holds the mistake; a departure over a whole two- or
# three-line body is right (as qw2_cosine_lr_half_floor_division in JUDGEMENT48, the same `progress = step /
# total_steps` first line); a loop departure without a statement is right only when the loop is small and the
# mistake clearly in it; a catalogued entry whose name is not given is judged by its diagnoses; an error raised by
# Python, NumPy or torch, a shape comparison, a shape_error that only restates NumPy's broadcasting error, or an
# accuracy figure is the comparison (nothing); a check's own message that says the cause is check_message (the
# global-generator check, as qv8_log_uniform_legacy_global_generator in JUDGEMENT47); checklists that list the cause
# among many are vague, but one of few causes, the entry's among them, is tolerated (scaled's "a uniform's bound
# taken for its standard deviation ..., or a count under a square root 3 times too small (a size of 3 left out of a
# product)" where the second is exact; loss_flat's first of three guesses, labels apart from their images); the
# crop whose one offset serves rows and columns is right by returned_other and the two-line loop departure (as
# qv8_crop_one_offset_for_rows_and_columns in JUDGEMENT47); predicted_in_training_mode for Monte-Carlo dropout is
# right (as qj6_mc_dropout_predictions_in_train_mode in JUDGEMENT35). Decided here: one_step_per_pass's "15 optimizer
# steps ... on 960 images in all ...: each pass trains on one batch, not on all of its rows. The lines of the training
# step ... are outside the loop over the batches (indented one level too little?): put them inside it" where the code
# has no loop over the batches at all (perm[:64], one batch an epoch) is true: the step is outside any loop over the
# batches, the indentation is a question and a loop over the batches around the step is the repair: right (a close
# call, unlike qj6_debug_break_left_in_batch_loop in JUDGEMENT35, whose lines were inside the loop, a break ending
# it); trained_briefly's "your code trained on 1133 images (0.9 epochs of the 1258 of X_train, 270 optimizer steps)
# ...: the training loop ended early (a return or break inside it, or a time check that holds from the start) or runs
# too few epochs" where 10% is held out for validation and all 15 epochs run (as the reference's 15: 270 steps of 64
# are about 14 passes over X_train, not 0.9) names only mechanisms that are not there, beside an exact
# trained_in_eval_mode: misleading (as qv2_adadelta_eps_missing_from_denominator_root in JUDGEMENT47); a training-loop
# departure that names the cause ("Line 173 draws `rng.permutation(len(X))` once, before your loops ...: the mistake
# is most likely that the draw is made outside that loop") but whose pass map on the 65-row test, "(in your passes
# 4, 5, 6 what it holds in its passes 1, 1, 1)", is false (checked: with seed 0 and batches of 64 and 1 they are 2,
# 1, 2; the 90-row test's "2, 1, 2" is right) quotes wrong numbers: misleading (a close call, as
# qu3_unpool_buffer_sized_from_pooled_input in JUDGEMENT46, the cause named beside a wrong number); a loop departure
# on receptive_field's zip ("makes 1 pass where the correct code's makes 3 ...: the range ends early (its last 2 items
# are never looked at); the mistake is most likely in the range of `for k, s, d in zip(kernel_sizes, strides,
# dilations):`, or in what it counts") names the line that uses the short list with, as its alternative, what it
# counts, dilations among them (the one-item default): right (a close call); a departure on `x_flat = x.reshape(D,
# -1)` ("your `x_flat` holds the right values in another order (a reshape or transpose in the wrong order?) ...: the
# mistake is in that line"), the flat (20, 3) where the later .T wants x.reshape(N, -1).T, names the line and the
# mechanism: right; a departure on adagrad's `config["cache"] = root` ("your `config['cache']` is the right value
# divided by `root`") is exact (S / sqrt(S) = sqrt(S)): right.
JUDGEMENT51: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qz1_relu_bwd_signbit": ("named", (), ""),
    "qz1_numgrad_forward_flat": ("named", (), ""),
    # written_in_place: "line 218: `dout *= s * (1 - s)` writes into dout, the caller's array ...: compute into a new
    # array ... and leave dout as given".
    "qz1_sigmoid_bwd_inplace": ("right", ("written_in_place",), ""),
    # departure (both tests): "line 227: `dW1 += reg * W2` raises the error ...; `W2` has shape (7, 3); `dW1` has shape
    # (5, 7): the mistake is in that line"; shape_error beside it restates NumPy's error.
    "qz1_mlp_reg_grad_weights_crossed": ("right", ("departure",), ""),
    # departure (four tests): "`x_flat`, set by line 217: `x_flat = x.reshape(D, -1)` ... your `x_flat` holds the right
    # values in another order (a reshape or transpose in the wrong order?) ...: the mistake is in that line" (a close
    # call, above).
    "qz1_affine_fwd_reshape_d_rows": ("right", ("departure",), ""),
    # float32: "your relative errors are spread up to 9.812e-07, as float32 rounding makes them: a precision issue, not
    # a wrong formula: something computes in float32 ...; compute in float64".
    "qz1_tanh_fwd_float32": ("right", ("float32",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qz2_momentum_setdefault_rebind": ("named", (), ""),
    "qz2_nesterov_store_then_read": ("named", (), ""),
    # departure (three tests): "line 235: `progress = step / total_steps` computes `progress`, a value the correct code
    # never computes ... up to line 236: `return ... math.cos(math.pi / 2 * progress)` ... The mistake is in lines
    # 235-236": the whole two-line body.
    "qz2_cosine_quarter_period": ("right", ("departure",), ""),
    # departure (three tests): "line 235: `return base_lr * gamma ** step // step_size`. What that line reads ...
    # agrees ...; what it returns is 0 where 0.1 is right: the mistake is in that line" (0.1 // step_size is 0.0).
    "qz2_step_lr_floordiv_precedence": ("right", ("departure",), ""),
    # departure (four tests): "`config['cache']`, set by line 241: `config["cache"] = root` ... your
    # `config['cache']` is the right value divided by `root` (a factor `root` missing?) ...: the mistake is in that
    # line, or in what `config` holds" (the root stored where the sum of squares is meant).
    "qz2_adagrad_stores_root": ("right", ("departure",), ""),
    # departure (five tests): "`config['acc_delta']`, set by line 245: `config["acc_delta"] = rho * acc_delta + (1 -
    # rho) * g ** 2` ... differs from the right value (by up to 8.97) ...: the mistake is in that line".
    "qz2_adadelta_delta_acc_of_grad": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qz3_output_size_int_div": ("named", (), ""),
    "qz3_avgpool_bwd_ones": ("named", (), ""),
    # departure (three tests): "the loop at lines 287-291 (`for i in range(Ho):`) leaves `idx` holding values the
    # correct code never computes ... (by up to 44) ...: the mistake is in that loop": two headers and three
    # statements, one of them the only one that sets idx.
    "qz3_pool_indices_window_local": ("right", ("departure",), ""),
    # departure: "your loop at lines 284-286 (`for k, s, d in zip(kernel_sizes, strides, dilations):`) makes 1 pass
    # where the correct code's makes 3 ...: the range ends early (its last 2 items are never looked at); the mistake
    # is most likely in the range of `for ...`, or in what it counts" (dilations = [1]; a close call, above).
    "qz3_receptive_default_dilation_short": ("right", ("departure",), ""),
    # departure: "line 284: `return depthwise + pointwise` ... 596 where 542 is right: the mistake is in that line, or
    # in `depthwise`, set by line 282: `depthwise = conv_param_count(in_channels, in_channels, kernel_size, bias)`, or
    # in `pointwise` ..." (84 + 512 where 30 + 512 for (3, 128, 3): true; as qx3_dsep_params_bias_on_pointwise_only).
    "qz3_depthwise_count_no_groups": ("right", ("departure",), ""),
    # departure (both tests): "`Ho`, set by line 284: `Ho, Wo = H // s, W // s` ... your `Ho` is 6 where 4 is right
    # ...: the mistake is in that line" (H 6, pool 3, stride 1; 4 where 3 for 8x8, pool 3, stride 2: true).
    "qz3_avgpool_fwd_ho_from_stride": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "qz4_uniform_scaled_by_std": ("named", (), ""),
    # catalogued global_seed_in_he_normal, not named; no diagnosis, only the check's own message (both tests):
    # "he_normal() seeded or drew from NumPy's global generator (np.random.seed, np.random.normal, ...), which changes
    # every later random draw ...: leave it alone ... and draw only from rng = np.random.de[fault_rng(seed)]".
    "qz4_he_normal_np_random_seed": (
        "check_message", (),
        "global_seed_in_he_normal: np.random.seed(seed) and np.random.normal draw from NumPy's legacy global "
        "generator: other values than the seeded np.random.default_rng(seed) gives, and the program's global random "
        "state is reseeded; draw with rng = np.random.default_rng(seed), rng.normal(0.0, he_std(shape), size=shape)."),
    # one_slip (three tests): "yours is what the correct code gives with one slip in activation_statistics(): ddof=1
    # where none is meant: the standard deviation or variance divides by N - 1 ... where N is asked for".
    "qz4_actstats_var_ddof1": ("right", ("one_slip",), ""),
    # reshaped (three tests): "your values are right but in shape (30000,); reshape them to (200, 150) (e.g.
    # .reshape(...) on it, or on the input it is computed from)".
    "qz4_xavier_normal_flat_draws": ("right", ("reshaped",), ""),
    # departure (four tests): "line 92: `return math.sqrt(2.0) * xavier_std(shape)` ... what it returns is 0.0721688
    # where 0.0625 is right: the mistake is in that line, or in xavier_std() that it calls. ... it calls
    # compute_fans(), which your function never calls: is compute_fans() the one meant there?" (sqrt(4 / 768) where
    # sqrt(2 / 512); 0.140028 where 0.235702 for (28, 6, 6): true).
    "qz4_he_std_glorot_times_sqrt2": ("right", ("departure",), ""),
    # departure (six tests): "`kernel`, set by line 95: `kernel = int(np.prod(shape[2:-1]))` ... your `kernel` is 11
    # where 121 is right ...: the mistake is in that line"; scaled (draws): "yours is sqrt(3) times the expected: a
    # uniform's bound taken for its standard deviation ..., or a count under a square root 3 times too small (a size
    # of 3 left out of a product)" (the second: kw = 3 left out).
    "qz4_compute_fans_numpy_prod_ints": ("right", ("departure", "scaled"), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qz5_ln_bwd_batch_count": ("named", (), ""),
    "qz5_dropout_binomial_drop": ("named", (), ""),
    # handed_wrong_input: "your dropout_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your dropout_forward(). The mistake is in what dropout_forward() returns there".
    "qz5_dropout_fwd_cache_unscaled_mask": ("right", ("handed_wrong_input",), ""),
    # one_slip: "`- 1.0` where `- 0.5` is meant (another number)" (the reference's `* -0.5 * inv_std ** 3`); on the
    # two-row test "either of two slips ...: the factor `/ N` missing ...; or `- 1.0` where `- 0.5` is meant".
    "qz5_bn_bwd_dvar_half_missing": ("right", ("one_slip",), ""),
    # departure: "line 222: `dx_hat = (dout * gamma).reshape(N, groups, -1)` raises the error (at `dout * gamma`) ...;
    # `dout` has shape (2, 6, 3, 3); `gamma` has shape (6,): the mistake is in that line"; shape_error: "give it the
    # shape (6, 1, 1) (`[:, None, None]` ...)" (a repair).
    "qz5_gn_bwd_gamma_not_reshaped": ("right", ("departure", "shape_error"), ""),
    # departure (two tests): "two lines compute values the correct code never computes ...: line 233: `running_mean =
    # ... x_hat.mean(axis=0)` ... and line 234: `running_var = ... x_hat.var(axis=0) * N / (N - 1)` ...: the mistake
    # is in those two lines"; the spatial test gives only the comparison.
    "qz5_bn_fwd_running_from_xhat": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled, not named; labels_not_images (digits): "the training loss fell only from 2.35 to
    # 2.07 ..., and the model predicts 200 of its own training images ... no better than guessing (accuracy 0.07):
    # what it learned from its batches is not the labels of their images. X and y are shuffled or indexed apart:
    # index both with the same indices"; loss_flat (shapes) with the cause as the first of three guesses.
    "qz6_dataset_getitem_off_by_one": ("right", ("labels_not_images", "loss_flat"), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax".
    "qz6_predictions_collected_labels": ("right", ("class_indices",), ""),
    # trained_in_eval_mode (both tests): "ran in eval mode for 252 of its 270 training steps ...: call model.train()
    # before the training loop" (true: 14 of 15 epochs of 18 steps); but trained_briefly beside it on both: "your code
    # trained on 1133 images (0.9 epochs of the 1258 of X_train, 270 optimizer steps) ...: the training loop ended
    # early (a return or break inside it, or a time check ...) or runs too few epochs": 10% held out, all 15 epochs
    # run (a close call, above).
    "qz6_validation_eval_never_back": (
        "misleading", ("trained_in_eval_mode",),
        "model.train() is called once, before the epoch loop, and the validation at the end of each epoch calls "
        "model.eval() and never switches back: from the second epoch on the network trains in eval mode (252 of its "
        "270 steps on the digits), batch norm normalizing each batch with running statistics it no longer updates; "
        "call model.train() at the start of each epoch (the 10% held out and the 15 epochs are not the mistake)."),
    # one_step_per_pass (digits, shapes): "your code drew 15 permutations ... and took 15 optimizer steps ... on 960
    # images in all (about 64 a step): each pass trains on one batch, not on all of its rows. The lines of the
    # training step ... are outside the loop over the batches (indented one level too little?): put them inside it"
    # (no batch loop at all; a close call, above).
    "qz6_one_batch_per_epoch": ("right", ("one_step_per_pass",), ""),
    # predicted_in_training_mode: "your model predicted in training mode: its batch norm or dropout layers ran in
    # training mode on the last batch it predicted (... or model.train() after it): batch norm then normalizes with
    # that batch's own statistics ... Call model.eval() before predicting".
    "qz6_mc_dropout_train_mode_predict": ("right", ("predicted_in_training_mode",), ""),
    # no diagnosis: only the accuracy figure, "digits accuracy: accuracy 0.939 (full points at 0.95, none below 0.80)".
    "qz6_stop_when_batch_loss_small": (
        "nothing", (),
        "`if loss.item() < 0.5: done = True; break` ends the whole training at the first mini-batch whose loss falls "
        "below 0.5: one easy batch stops the run within the first epochs, so the model is undertrained (digits "
        "accuracy 0.939 where full points need 0.95); remove the early exit and train all 15 epochs."),
    # ------------------------------------------------------------------ a7_architectures
    "qz7_gap_bwd_broadcast": ("named", (), ""),
    "qz7_saliency_amax_signed": ("named", (), ""),
    # departure (both tests): "`grads['bs']`, set by line 188: `grads["bs"] = da1.sum(axis=0)` ... has shape (5,) where
    # the right value has (6,) ...: the mistake is in that line, or in what `grads` holds, or in the condition at line
    # 186" (as qv7_residual_bwd_projection_bias_from_da1 in JUDGEMENT47).
    "qz7_resblock_bwd_bs_from_da1": ("right", ("departure",), ""),
    # departure (three tests): "what your lines before line 177 compute agrees ...; line 177: `lo = cams.min(axis=(1,
    # 2), keepdims=True)` computes `lo`, a value the correct code never computes ... up to line 179: `return (cams -
    # lo) / (hi - lo + 1e-12)` ... The mistake is in lines 177-179": the three lines of the rescaling.
    "qz7_cam_normalized": ("right", ("departure",), ""),
    # departure (five tests): "line 177: `m = logits.max(axis=0, keepdims=True)` computes `m`, a value the correct code
    # never computes ... at line 178 ... your `log_pi` differs from the right value (by up to 2.55) ...: the mistake
    # is in how lines 177-178 compute `log_pi`"; on one example "your `log_pi` is -0 times the right value" (a row's
    # log-softmax over axis 0 of one row is 0: true).
    "qz7_mdn_log_softmax_over_rows": ("right", ("departure",), ""),
    # departure (both tests): "the loop at lines 180-183 (`for i in range(H2 - H + 1):`) leaves `out` holding values
    # the correct code never computes ... (by up to 26.6) ...: the mistake is in that loop": two headers, one window
    # slice and the flatten-and-multiply line.
    "qz7_score_map_channels_last": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qz8_flip_unselected": ("named", (), ""),
    "qz8_es_improvement_positive_drop": ("named", (), ""),
    # the check's own "the row and column offsets are equal in 100% of the images: draw them independently" on two
    # tests; on the rectangular one returned_other: "yours equals the expected offsets down from 0 to 4 ...: is the
    # wrong variable returned?" and departure on the two-line loop at lines 170-171 (as
    # qv8_crop_one_offset_for_rows_and_columns in JUDGEMENT47).
    "qz8_crop_same_row_col_offset": ("right", ("departure", "returned_other"), ""),
    # departure (three tests): "line 168: `return min_lr + (base_lr - min_lr) * math.cos(math.pi * t)`. In it,
    # `(base_lr - min_lr) * math.cos(math.pi * t)` is the first part whose value the correct code never computes ...;
    # what it returns is 0.0992272 where 0.0996136 is right: the mistake is in that line" (0.1 (1 - 2u) where 0.1 (1 -
    # u), u = (1 - cos) / 2: true).
    "qz8_cosine_without_half_shift": ("right", ("departure",), ""),
    # one_slip (both tests): "ddof=1 where none is meant: the standard deviation or variance divides by N - 1 ... (the
    # same slip in two places)".
    "qz8_paramstats_std_ddof1": ("right", ("one_slip",), ""),
    # departure (both tests): "Line 173 draws `rng.permutation(len(X))` once, before your loops; the correct code draws
    # its permutation anew on every pass of your `for epoch in range(20):` ...: the mistake is most likely that the
    # draw is made outside that loop" (the cause), then "your `idx` (line 176 ...) holds what the correct code's `idx`
    # holds in its pass 1 (in your passes 4, 5, 6 what it holds in its passes 1, 1, 1) ...; the mistake is most likely
    # in line 176": on the 65-row test the passes are 2, 1, 2 (checked), and line 176 is the reference's own (a close
    # call, above).
    "qz8_train_one_permutation": (
        "misleading", (),
        "line 173 draws order = rng.permutation(len(X)) once, before the epoch loop: every epoch visits the rows in "
        "the first epoch's order, where the recipe draws a new permutation each epoch (the runs part at the second "
        "epoch's first batch; W off by up to 0.131); move the draw inside `for epoch in range(20):` (line 176, idx = "
        "order[start:start + 64], is right)."),
}
# Counts: named 13, right 31 (named or right 44/48 = 92%; not in the catalogue: right 29/32 = 91%; the 16
# catalogued: 13 named, 2, qz6_dataset_getitem_off_by_one and qz6_predictions_collected_labels, right by their
# diagnoses, and qz4_he_normal_np_random_seed check_message), misleading 2, vague 0, nothing 1, wrong_name 0,
# check_message 1, not_caught 0. HOLDOUT51_CORRECT: all 7 earn full marks.

HOLDOUT51 = [replace(e, verdict=JUDGEMENT51[e.id][0], expected=frozenset(JUDGEMENT51[e.id][1]),
                     ideal=JUDGEMENT51[e.id][2]) if e.id in JUDGEMENT51 else e for e in HOLDOUT51]
