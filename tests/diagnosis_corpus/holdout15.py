"""A fifteenth hold-out (issue 17): student-style mistakes written without seeing the detectors.

Not judged yet (JUDGED_ON15 is empty): an independent helper that wrote neither the detectors nor these entries
is to judge it by reading the feedback of bench/diagnosis_corpus.py --set holdout15.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py and the earlier
hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the student
stubs, the reference implementations and the ids and causes of the earlier sets (to avoid duplicates). Each entry
was checked only by its score (every mistake loses points, every right variant earns full marks), never by
reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT15 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT15_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT15: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("p1_affine_db_loop_mean", "a1_backprop", "affine_backward",
       "db is accumulated row by row over the batch and then divided by the number of rows: the mean of dout over "
       "the batch instead of its sum (the 1/N of the loss is already inside dout; dx and dw right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    n = x.shape[0]
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(n, -1).T @ dout
    db = np.zeros(dout.shape[1])
    for row in dout:
        db += row
    db = db / n
    return dx, dw, db
""", catalogued="db_averaged"),
    _e("p1_logistic_sigmoid_of_features", "a1_backprop", "logistic_regression_gradient",
       "the sigmoid is applied to the features before the product with w, pi = sigmoid(X) @ w, instead of to the "
       "linear scores, pi = sigmoid(X @ w): pi is not the predicted probability, so the gradient is wrong", """
def logistic_regression_gradient(w, X, y):
    s, _ = sigmoid_forward(X)
    pi = s @ w
    return X.T @ (pi - y)
"""),
    _e("p1_ce_dscores_divided_by_classes", "a1_backprop", "softmax_cross_entropy_loss",
       "dscores is divided by the number of classes C = scores.shape[1] instead of the batch size N (the loss, a "
       "mean over the N rows, right): the gradient is N / C times too large or too small", """
def softmax_cross_entropy_loss(scores, y):
    n, c = scores.shape
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y] -= 1
    dscores /= c
    return loss, dscores
"""),
    _e("p1_lstsq_column_vector", "a1_backprop", "linear_regression_closed_form",
       "y is turned into a column, y.reshape(-1, 1), before the normal equations are solved: the weights come "
       "back with shape (D, 1) instead of (D,) (the values right)", """
def linear_regression_closed_form(X, y):
    Y = y.reshape(-1, 1)
    return np.linalg.solve(X.T @ X, X.T @ Y)
"""),
    _e("p1_affine_db_summed_over_units", "a1_backprop", "affine_backward",
       "db is summed over axis 1 (over the M output units of each example) instead of axis 0 (over the batch): "
       "shape (N,) instead of (M,), every value wrong (dx and dw right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    x2 = x.reshape(x.shape[0], -1)
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(x2.T, dout)
    db = np.sum(dout, axis=1)
    return dx, dw, db
"""),
    _e("p1_ce_logsumexp_unshifted", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is written as log(sum(exp(scores))) - scores[y] on the raw scores, with no row maximum subtracted: "
       "np.exp overflows for scores around 1000 (inf, then nan in the loss and dscores)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    lse = np.log(np.sum(np.exp(scores), axis=1))
    loss = np.mean(lse - scores[np.arange(n), y])
    dscores = np.exp(scores - lse[:, None])
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
""", catalogued="softmax_no_max_subtraction"),
    # ------------------------------------------------------------------ a2_optim
    _e("p2_rmsprop_eps_inside_sqrt", "a2_optim", "rmsprop",
       "epsilon is put inside the square root, g / sqrt(cache + epsilon), instead of being added to it, "
       "g / (sqrt(cache) + epsilon): with epsilon 1e-8 the denominator gets 1e-4 instead of 1e-8", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    cache = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * g * g
    config["cache"] = cache
    return w - config["learning_rate"] * g / np.sqrt(cache + config["epsilon"]), config
"""),
    _e("p2_exponential_lr_times_step", "a2_optim", "exponential_lr",
       "the decay is written base_lr * gamma * step, a product, instead of the power base_lr * gamma ** step: "
       "the rate is 0 at step 0 and grows linearly with the step", """
def exponential_lr(base_lr, step, gamma):
    decay = gamma * step
    return base_lr * decay
"""),
    _e("p2_momentum_velocity_compared", "a2_optim", "sgd_momentum",
       "the velocity is 'stored' with config['velocity'] == v, a comparison whose result is thrown away (== where "
       "= is meant): config never holds the velocity, so every call starts from zero and momentum never builds up",
       """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] == v
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("p2_cosine_floor_division", "a2_optim", "cosine_lr",
       "the schedule's progress is written step // total_steps, floor division: it is 0 for every step before "
       "total_steps, so the rate stays at base_lr and drops to min_lr only at the last step", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step // total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
"""),
    _e("p2_gd_gradient_at_w0", "a2_optim", "gradient_descent",
       "every step's gradient is evaluated at w0 (the wrong variable) instead of the current w: the path moves by "
       "the same vector every step, a straight line instead of gradient descent (the first step right)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    path = np.zeros((steps, len(w)))
    for k in range(steps):
        w = w - learning_rate * linear_regression_gradient(w0, X, y)
        path[k] = w
    return path
"""),
    _e("p2_adam_t_read_stored_after", "a2_optim", "adam",
       "the step count is read as t = config.get('t', 0) and the bias corrections use it before t + 1 is stored: "
       "the first step divides by 1 - beta**0 = 0, and every later step uses the count one behind", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0)
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    config["t"], config["m"], config["v"] = t + 1, m, v
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_t_incremented_after_use"),
    # ------------------------------------------------------------------ a3_conv
    _e("p3_avgpool_bwd_dout_without_axes", "a3_conv", "avg_pool_backward",
       "each window's share is dout[:, :, i, j] / area, an (N, C) array added to an (N, C, ph, pw) window without "
       "its two trailing axes: broadcasting aligns (N, C) with the window's (ph, pw), an error (or wrong values "
       "when the sizes happen to match); dout[:, :, i:i + 1, j:j + 1] is meant", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i, j] / (ph * pw)
    return dx
"""),
    _e("p3_multiply_count_as_flops", "a3_conv", "conv_multiply_count",
       "the count is doubled, 2 * oh * ow * out * in * kh * kw, the FLOPs of the multiply-adds (one multiplication "
       "and one addition each), where the number of multiplications is asked for", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    macs = oh * ow * out_channels * in_channels * kh * kw
    return 2 * macs
"""),
    _e("p3_fast_conv_padded_bottom_right", "a3_conv", "conv_forward_fast",
       "the vectorized forward pads with ((0, 2 * pad), (0, 2 * pad)) on H and W: the padded size is right, but "
       "all the zeros go below and to the right of the image, so every window is shifted by pad pixels", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (0, 2 * pad), (0, 2 * pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w, optimize=True) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
""", catalogued="padding_one_side"),
    _e("p3_unpool_writes_into_flatten_copy", "a3_conv", "max_unpool",
       "the values are written into out[n, c].flatten()[indices], but flatten() returns a copy: the writes are "
       "lost and the output stays all zeros (ravel() or reshape gives a view)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    out = np.zeros((N, C) + tuple(output_shape))
    for n in range(N):
        for c in range(C):
            out[n, c].flatten()[indices[n, c].ravel()] = x[n, c].ravel()
    return out
"""),
    _e("p3_fast_conv_kernel_flipped", "a3_conv", "conv_forward_fast",
       "the vectorized forward contracts the windows with w[:, :, ::-1, ::-1], the filters flipped over both "
       "spatial axes (a true convolution), instead of w itself (cross-correlation, as the layers compute)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    kernel = w[:, :, ::-1, ::-1]
    out = np.tensordot(windows, kernel, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2)
    out = out + b[None, :, None, None]
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    _e("p3_receptive_jump_last_stride", "a3_conv", "receptive_field",
       "the jump is set to the current layer's stride (jump = s) instead of multiplied by it (jump *= s): each "
       "layer's growth uses only the previous layer's stride, not the product of all the earlier strides", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    r, jump = 1, 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r = r + d * (k - 1) * jump
        jump = s
    return r
"""),
    # ------------------------------------------------------------------ a4_init
    _e("p4_he_normal_lecun_std", "a4_init", "he_normal",
       "the std is written inline as sqrt(1 / fan_in), LeCun's: the factor 2 that He initialization needs for "
       "ReLU layers is missing (sqrt(2 / fan_in)), so the weights are sqrt(2) times too small", """
def he_normal(shape, seed):
    fan_in, _ = compute_fans(shape)
    std = np.sqrt(1.0 / fan_in)
    return np.random.default_rng(seed).normal(loc=0.0, scale=std, size=shape)
""", catalogued="relu_factor_2_missing"),
    _e("p4_actstats_input_standardized", "a4_init", "activation_statistics",
       "X is standardized first, (X - X.mean()) / X.std(), 'to start from unit variance': the experiment is asked "
       "on X as given, so every layer's mean and variance are those of another input", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = (X - X.mean()) / X.std()
    means, variances = [], []
    for W in weights:
        h = acts[activation](h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("p4_xavier_std_power_precedence", "a4_init", "xavier_std",
       "the square root is written as a power x ** 1/2, which Python reads as (x ** 1) / 2: both modes return "
       "gain times half the variance 2 / (fan_in + fan_out) (or 1 / fan_in) instead of its square root", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * (2.0 / (fan_in + fan_out)) ** 1 / 2
    return gain * (1.0 / fan_in) ** 1 / 2
"""),
    _e("p4_actstats_records_preactivation", "a4_init", "activation_statistics",
       "the statistics are taken of z = h @ W, the pre-activation, inside the loop before the activation is "
       "applied (h = act(z) comes after): the mean and variance are those of the layer's input to the "
       "nonlinearity, not of its output", """
def activation_statistics(X, weights, activation):
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    h = X
    for layer, W in enumerate(weights):
        z = h @ W
        means[layer], variances[layer] = z.mean(), z.var()
        if activation == "sigmoid":
            h = 1 / (1 + np.exp(-z))
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "relu":
            h = np.maximum(z, 0)
        else:
            h = z
    return means, variances
""", catalogued="statistics_before_activation"),
    _e("p4_xavier_normal_default_fan_in", "a4_init", "xavier_normal",
       "the signature's default is mode='fan_in' instead of 'fan_avg': called with the default mode the std is "
       "gain * sqrt(1 / fan_in), not Glorot's gain * sqrt(2 / (fan_in + fan_out))", """
def xavier_normal(shape, seed, mode="fan_in", gain=1.0):
    std = xavier_std(shape, mode=mode, gain=gain)
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
"""),
    _e("p4_actstats_returns_swapped", "a4_init", "activation_statistics",
       "the function returns (variances, means), the two arrays in the wrong order: the docstring asks for the "
       "means first, then the variances (each array right)", """
def activation_statistics(X, weights, activation):
    fns = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = fns[activation]
    h = X
    stats = []
    for W in weights:
        h = f(h @ W)
        stats.append((h.mean(), h.var()))
    means, variances = (np.array(col) for col in zip(*stats))
    return variances, means
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("p5_bn_running_init_from_first_batch", "a5_normalization", "batchnorm_forward",
       "when bn_param has no running averages they default to the first batch's mean and unbiased variance "
       "instead of zeros and ones: the first update gives the batch statistics themselves instead of "
       "0.1 * mean and 0.9 + 0.1 * var", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    out, cache = None, None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        running_mean = bn_param.get("running_mean", mu)
        running_var = bn_param.get("running_var", var * N / (N - 1))
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        running_mean = bn_param.get("running_mean", np.zeros(x.shape[1]))
        running_var = bn_param.get("running_var", np.ones(x.shape[1]))
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("p5_bn_test_eps_outside_sqrt", "a5_normalization", "batchnorm_forward",
       "test mode divides by np.sqrt(running_var) + eps, eps added to the standard deviation instead of inside "
       "the square root, sqrt(running_var + eps) (train mode right)", """
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
        mu = np.mean(x, axis=0)
        var = np.mean((x - mu) ** 2, axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        x_hat = (x - running_mean) / (np.sqrt(running_var) + eps)
        out = gamma * x_hat + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("p5_bn_alt_count_from_features", "a5_normalization", "batchnorm_backward_alt",
       "the batch size in the simplified formula is taken as dout.shape[1], the number of features D, instead of "
       "dout.shape[0], the number of rows N: dx is wrong whenever N != D (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[1]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    g = dout * gamma
    dx = inv_std / N * (N * g - g.sum(axis=0) - x_hat * (g * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
"""),
    _e("p5_ln_eps_added_to_std", "a5_normalization", "layernorm_forward",
       "each row is divided by its standard deviation plus eps, x.std(axis=1) + eps, instead of sqrt(var + eps): "
       "out and the cached inv_std differ from the documented 1 / sqrt(var + eps)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    std = x.std(axis=1, keepdims=True)
    inv_std = 1.0 / (std + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("p5_l2_penalty_written_l1", "a5_normalization", "l2_penalty",
       "the penalty is the L1 norm: 0.5 * reg * sum(|W|) with gradient reg * sign(W), instead of the L2 penalty "
       "0.5 * reg * sum(W**2) with gradient reg * W", """
def l2_penalty(W, reg):
    penalty = 0.5 * reg * np.sum(np.abs(W))
    grad = reg * np.sign(W)
    return penalty, grad
"""),
    _e("p5_dropout_bwd_sign_of_mask", "a5_normalization", "dropout_backward",
       "the gradient is dout * np.sign(mask): the sign of the cached mask is its 0/1 keep pattern, so the 1 / p "
       "scaling of the kept units is dropped from the backward pass", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    return dout * np.sign(cache)
""", catalogued="dropout_backward_drops_scale"),
    # ------------------------------------------------------------------ a6_cnn
    _e("p6_eval_attribute_not_called", "a6_cnn", "train_and_predict",
       "model.eval is written without its parentheses: the method is looked up but never called, so the model "
       "predicts in training mode and batch norm normalizes the test images with the statistics of the test "
       "batch (an image's logits depend on the other test images)", """
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
    model.train()
    for epoch in range(15):
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device))
    return logits.cpu().numpy()
"""),
    _e("p6_dropout_rate_as_keep_probability", "a6_cnn", "train_and_predict",
       "nn.Dropout(0.9) is meant to keep 90% of the features, but torch's argument is the probability of "
       "dropping one: 90% of the 32 pooled features are zeroed at every training step, so the classifier "
       "hardly learns (the model is underfit)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    keep_prob = 0.9
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(keep_prob), nn.Linear(32, n_classes),
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
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("p6_onecycle_steps_per_epoch_floored", "a6_cnn", "train_and_predict",
       "OneCycleLR is built with steps_per_epoch = len(y) // batch, but the epoch runs ceil(len(y) / batch) "
       "batches (the last one shorter): the scheduler is stepped more times than its total_steps and raises "
       "ValueError in the last epoch, so no logits come back", """
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
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, epochs=epochs, steps_per_epoch=len(y) // batch)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("p6_shuffle_generator_cached_on_function", "a6_cnn", "train_and_predict",
       "the batch-order generator is created once, seeded on the first call, and cached on the function object "
       "(train_and_predict.gen): later calls continue its stream, so a second run with the same seed visits "
       "other batches and gives other logits (not reproducible)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if not hasattr(train_and_predict, "gen"):
        train_and_predict.gen = torch.Generator().manual_seed(seed)
    g = train_and_predict.gen
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
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("p6_random_split_images_and_labels_apart", "a6_cnn", "train_and_predict",
       "a validation split is made with torch.utils.data.random_split called twice, once on the images and once "
       "on the labels, with the same generator object: the second call draws another permutation, so the "
       "training images are paired with other images' labels and the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    g = torch.Generator().manual_seed(seed)
    n_val = len(y_train) // 10
    sizes = [len(y_train) - n_val, n_val]
    train_images, _ = torch.utils.data.random_split(torch.tensor(X_train), sizes, generator=g)
    train_labels, _ = torch.utils.data.random_split(torch.tensor(y_train), sizes, generator=g)
    X = torch.stack([train_images[i] for i in range(len(train_images))]).to(device)
    y = torch.stack([train_labels[i] for i in range(len(train_labels))]).to(device)
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("p6_inputs_l2_normalized_over_channels", "a6_cnn", "train_and_predict",
       "the images are 'normalized' with nn.functional.normalize, which divides each pixel's vector by its L2 "
       "norm along dim 1, the channels: a 1-channel image becomes the sign of each pixel (+1, -1 or 0) and a "
       "3-channel one keeps only each pixel's colour direction, so most of the information is lost (standardizing "
       "with the training mean and std is meant)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    X = nn.functional.normalize(torch.tensor(X_train, device=device))
    X_te = nn.functional.normalize(torch.tensor(X_test, device=device))
    y = torch.tensor(y_train, device=device)
    model = nn.Sequential(
        nn.Conv2d(X.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(X_te).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("p7_mdn_dlog_std_sign_flipped", "a7_architectures", "mdn_nll",
       "dlog_std is written gamma * (z**2 - 1) / N, the derivative of the log-likelihood, instead of that of the "
       "negative log-likelihood gamma * (1 - z**2) / N: its sign is flipped (the loss, dlogits and dmu right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    std = np.exp(log_std)
    z = (y[:, None] - mu) / std
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / std / N
    dlog_std = gamma * (z * z - 1) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    _e("p7_res_projection_shortcut_relu", "a7_architectures", "residual_block_forward",
       "the projection shortcut is passed through a ReLU, relu(x @ Ws + bs), before the addition: the shortcut "
       "is linear, shortcut(x) = x @ Ws + bs (the identity shortcut right)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    if "Ws" in params:
        shortcut = np.maximum(x @ params["Ws"] + params["bs"], 0)
    else:
        shortcut = x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
"""),
    _e("p7_res_bwd_identity_takes_dout", "a7_architectures", "residual_block_backward",
       "with the identity shortcut dx adds dout, the gradient from before the final ReLU's mask, instead of dz "
       "= dout * (z > 0): the shortcut's gradient flows where the output ReLU was off (the projection case and "
       "the other gradients right)", """
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
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dout
    return dx, grads
"""),
    _e("p7_gap_bwd_repeated_not_divided", "a7_architectures", "global_avg_pool_backward",
       "dout is copied to every position with two np.repeat calls (along H, then W) but never divided by H * W: "
       "each input gets the whole gradient of its map's mean instead of its 1 / (H * W) share", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    grid = np.repeat(dout[:, :, None, None], H, axis=2)
    return np.repeat(grid, W, axis=3)
""", catalogued="gap_backward_not_divided_by_area"),
    _e("p7_fc_score_map_indices_swapped", "a7_architectures", "fc_score_map",
       "each window's scores are stored at out[:, :, j, i] instead of out[:, :, i, j] (the output allocated "
       "with the columns first): the score map is transposed, wrong for any window off the diagonal", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, W2 - Wd + 1, H2 - H + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            window = x[:, :, i:i + H, j:j + Wd].reshape(N, -1)
            out[:, :, j, i] = window @ W + b
    return out
"""),
    _e("p7_saliency_squared_gradient", "a7_architectures", "saliency_map",
       "the gradient is squared instead of taken in absolute value: the map is max_c (dx)**2 rather than "
       "max_c |dx| (the same ordering of pixels, other values)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    upstream = params["W2"][:, y].T
    dx = ((upstream * (a1 > 0)) @ params["W1"].T).reshape(x.shape)
    return (dx ** 2).max(axis=1)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("p8_flip_mirrors_both_axes", "a8_pipeline", "random_flip",
       "a chosen image is reversed along its last two axes, [..., ::-1, ::-1], a 180-degree rotation, instead of "
       "only the last one (left-right mirror)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    chosen = rng.random(len(x)) < p
    out = x.copy()
    out[chosen] = x[chosen][..., ::-1, ::-1]
    return out
"""),
    _e("p8_log_grid_arange_linear", "a8_pipeline", "log_grid",
       "the grid is built with np.arange from low to high in steps of (high - low) / (n - 1): equal additive "
       "steps, a linear grid, instead of equal ratios on a log scale", """
def log_grid(low, high, n):
    step = (high - low) / (n - 1)
    return np.arange(n) * step + low
""", catalogued="linear_grid"),
    _e("p8_early_patience_checked_first", "a8_pipeline", "early_stopping",
       "the patience test is made at the top of each epoch, before that epoch's loss is compared: training stops "
       "one epoch after the one that ended `patience` epochs without improvement", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if wait >= patience:
            return epoch, weights[best_epoch]
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="patience_off_by_one"),
    _e("p8_early_best_set_every_epoch", "a8_pipeline", "early_stopping",
       "best = loss is indented at the loop's level, so it is updated after every epoch, improved or not: each "
       "epoch is compared with the previous epoch's loss instead of the best so far", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = np.inf
    best_epoch = 0
    wait = 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best_epoch = epoch
            wait = 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
        best = loss
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="improvement_against_previous_epoch"),
    _e("p8_warmup_ramps_from_min_lr", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written min_lr + (base_lr - min_lr) * (step + 1) / warmup_steps, a ramp from min_lr, "
       "instead of base_lr * (step + 1) / warmup_steps (right when min_lr is 0; the cosine part right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return min_lr + (base_lr - min_lr) * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * t))
"""),
    _e("p8_train_mean_image_only", "a8_pipeline", "train_and_predict",
       "the inputs are normalized with normalize_splits(X, T, 'mean_image'): only centred, never divided by the "
       "per-pixel std that the recipe's 'standardize' asks for, so on inputs in uncalibrated units the SGD steps "
       "of learning rate 0.1 are far off scale", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "mean_image")
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
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT15_CORRECT: list[Entry] = [
    _e("p1_correct_affine_forward_rows_of_D", "a1_backprop", "affine_forward",
       "correct: x reshaped to (-1, D) with D read from w's rows (the same rows as (N, -1)), the product written "
       "with np.matmul and the bias added with np.add", """
def affine_forward(x, w, b):
    D = w.shape[0]
    out = np.add(np.matmul(x.reshape(-1, D), w), b)
    return out, (x, w, b)
"""),
    _e("p2_correct_newton_lstsq", "a2_optim", "newton_step",
       "correct: the Newton system H d = grad solved with np.linalg.lstsq (no inverse), then w - d", """
def newton_step(w, grad, hessian):
    direction, *_ = np.linalg.lstsq(hessian, grad, rcond=None)
    return w - direction
"""),
    _e("p3_correct_conv_fast_einsum", "a3_conv", "conv_forward_fast",
       "correct: the strided windows contracted with the filters by one einsum (optimize=True) straight into "
       "(N, F, Ho, Wo), the bias added as a (F, 1, 1) array", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    HH, WW = w.shape[2:]
    xp = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], mode="constant")
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", win, w, optimize=True) + b[:, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("p4_correct_he_std_as_scaled_xavier", "a4_init", "he_std",
       "correct: He's std as Glorot's fan_in std with gain sqrt(2), xavier_std(shape, 'fan_in', sqrt(2))", """
def he_std(shape):
    return xavier_std(shape, mode="fan_in", gain=math.sqrt(2.0))
"""),
    _e("p5_correct_l2_vdot", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as np.vdot(W, W) (every axis flattened), the gradient reg * W", """
def l2_penalty(W, reg):
    return 0.5 * reg * float(np.vdot(W, W)), reg * W
"""),
    _e("p7_correct_res_dropout_before_relu", "a7_architectures", "residual_block_forward",
       "correct: the dropout scale applied to the pre-activation, relu(a1 * scale), which equals relu(a1) * scale "
       "since the scale is never negative; the cache keeps the unscaled a1 and the dropped-out h", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    scale = None if dropout is None else dropout["mask"] / dropout["p"]
    h = np.maximum(a1 if scale is None else a1 * scale, 0)
    shortcut = x
    if "Ws" in params:
        shortcut = x @ params["Ws"] + params["bs"]
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
"""),
    _e("p8_correct_normalize_by_hand", "a8_pipeline", "normalize_splits",
       "correct: the per-pixel mean as a sum over the rows divided by N, the biased std as the root of the mean "
       "squared deviation, both splits normalized with the training statistics", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    n = X_train.shape[0]
    mean = X_train.sum(axis=0) / n
    centred_train, centred_test = X_train - mean, X_test - mean
    if mode == "mean_image":
        return centred_train, centred_test
    std = np.sqrt((centred_train ** 2).sum(axis=0) / n)
    return centred_train / (std + eps), centred_test / (std + eps)
"""),
]

JUDGED_ON15 = ""
