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

from dataclasses import replace

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

JUDGED_ON15 = "2026-12-04 on commit f0f66f0"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout15 on commit f0f66f0 (JUDGED_ON15), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT14 (and JUDGEMENT13 .. JUDGEMENT8): a diagnosis with a
# false statement anywhere is misleading, and so is one whose observation is true but whose explanation of it names
# only mechanisms that are not there (scaled's "N where N - 1 (unbiased)" for a division by the number of classes,
# zero_pattern's masks, loops and overwrites for the zeros of exp(scores - inf)); a false diagnosis beside right ones
# makes the entry misleading (as n5_bn_alt_gamma_left_out), except a generic hedge or "either of two slips" where one
# of its few slips is the entry's; a one_slip that states a slip the student's code does not have ("the term `+
# config["epsilon"]` missing" where it is inside the square root) is misleading, but "a step never made: nothing done
# by `...`" where the student's write is lost is right (as a8_train_no_batch_mean); a departure naming a line where
# the mistake is not, or saying that a value it reads agrees where it does not (mode, from the signature's default),
# is misleading, but one that names the line that uses a wrong value and then "or in `x`, set by line N" (the
# mistake) is right; a loop departure without a statement is right only when the loop is small and the mistake
# clearly in it; a catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python,
# NumPy or torch is the comparison, not the check's message, and a check's message that says the cause with no name
# or diagnosis beside it is check_message (the seeded check's "seed ... every other random source from `seed`" as
# v6_torch_seeded_after_model_built; the a8 flip check's "turned 180 degrees"); checklists that list the cause among
# many (close's "an epsilon placed differently", learned_little) are vague.
JUDGEMENT15: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    "p1_affine_db_loop_mean": ("named", (), ""),
    # only the comparison ("grad: 3 of 3 element(s) outside tolerance")
    "p1_logistic_sigmoid_of_features": ("nothing", (), (
        "pi = sigmoid(X) @ w applies the sigmoid to the features, not to the scores: the predicted probability is "
        "sigmoid(X @ w); compute the scores first, then the sigmoid")),
    # scaled on the first test: "every entry is N/(N-1) times the expected (N=5, the batch size): N where N - 1
    # (unbiased) is asked for, or the reverse" (false: the factor is N / C = 5 / 4, the division by the number of
    # classes); departure names `return loss, dscores` ("What that line reads (loss, dscores) agrees ...; what it
    # returns is 2 times the right value: the mistake is in that line"): dscores was already divided by c the line
    # before, the return line is right
    "p1_ce_dscores_divided_by_classes": ("misleading", (), (
        "scaled blames N for N - 1 (unbiased) and departure the return line (both false); ideal: dscores /= c divides "
        "by the number of classes C = scores.shape[1] where the loss is a mean over the N rows: dscores is N / C times "
        "the expected (5/4 here, 2 in the MLP); divide by n")),
    # reshaped: "your values are right but your shape is (4, 1) where (4,) is expected"
    "p1_lstsq_column_vector": ("right", ("reshaped",), ""),
    # wrong_reduction: "yours is the sum over axis 1 of dout ...; the expected is its sum over axis 0"; departure names
    # line 219 `db = np.sum(dout, axis=1)`; reduced_other_axis on the gradient check ("params['W2'] of shape (5, 3)
    # without axis 0 ...: a sum or mean over the wrong axis (axis=0 where axis=1 is asked for)?") is a shape
    # coincidence with W2, loose but not false (a close call)
    "p1_affine_db_summed_over_units": ("right", ("wrong_reduction", "departure"), ""),
    # catalogued softmax_no_max_subtraction not named; non_finite on the loss is right ("numbers this large overflow
    # ...; shift each row by its own maximum before np.exp"), but zero_pattern on dscores beside it: "yours is 0 at 3
    # of 20 entries ...: nothing reaches them, or what reached them was overwritten (a mask of the wrong entries, a
    # loop or window that does not cover them ..., or = where contributions must add up with +=)": none of these; the
    # zeros are exp(scores - lse) with lse inf
    "p1_ce_logsumexp_unshifted": ("misleading", ("non_finite",), (
        "zero_pattern blames a mask, a loop or an overwrite (none is there) beside non_finite's right overflow; ideal: "
        "softmax_no_max_subtraction: np.exp(scores) overflows to inf for scores near 1000, so the loss is inf and "
        "dscores = exp(scores - inf) is 0; subtract each row's maximum before np.exp")),
    # a2_optim
    # one_slip: "either of two slips ...: the term `+ config["epsilon"]` missing (or it is zero in yours), where next_w
    # is computed; or `-` where `+` is meant" (both false: epsilon is added, inside the square root); close on the two
    # other tests lists "an epsilon placed differently" among its causes
    "p2_rmsprop_eps_inside_sqrt": ("misleading", (), (
        "one_slip says epsilon is missing or a sign flipped (false: it is inside the square root); ideal: "
        "np.sqrt(cache + epsilon) adds epsilon under the square root, so the denominator is sqrt(cache + 1e-8) "
        "instead of sqrt(cache) + 1e-8; add epsilon after the square root")),
    # one_slip: "`(gamma * step)` where `gamma ** step` is meant"
    "p2_exponential_lr_times_step": ("right", ("one_slip",), ""),
    # catalogued velocity_not_stored not named; departure names line 240 `config["velocity"] == v` as raising the
    # KeyError ("the mistake is in that line, or in what `config` holds"): the line with == for =
    "p2_momentum_velocity_compared": ("right", ("departure",), ""),
    # departure names the return line "or in `progress`, set by line 235: `progress = step // total_steps`"
    "p2_cosine_floor_division": ("right", ("departure",), ""),
    # end_block: "the first 1 of 10 are right ...: if these are steps, what is carried from one step ... to the next
    # goes wrong"; loop departure on the two-statement loop (lines 237-239) whose update is the mistake
    "p2_gd_gradient_at_w0": ("right", ("end_block", "departure"), ""),
    "p2_adam_t_read_stored_after": ("named", (), ""),
    # a3_conv
    # shape_error on the overlapping test: "(2, 2) meets the last 2 axes of (2, 2, 3, 2) ...: give it the shape (2,
    # 2, 1, 1) (`[:, :, None, None]` ...)"; loop departure on the one-statement window loop (lines 281-283): "the
    # right values in another order" (true: N = C = ph = pw = 2 there)
    "p3_avgpool_bwd_dout_without_axes": ("right", ("shape_error", "departure"), ""),
    # departure names `return 2 * macs` ("172800 where 86400 is right")
    "p3_multiply_count_as_flops": ("right", ("departure",), ""),
    # catalogued padding_one_side not named; shifted: "the expected moved 1 row up and 1 column left ...: the padding
    # is on one side only"
    "p3_fast_conv_padded_bottom_right": ("right", ("shifted",), ""),
    # one_slip: "a step never made: nothing done by `out[n, c, indices[n, c].ravel()]`" (the write, lost into the
    # flatten() copy), as a8_train_no_batch_mean
    "p3_unpool_writes_into_flatten_copy": ("right", ("one_slip",), ""),
    # catalogued flipped_kernel not named; as_if: "if w were flipped along its last two axes ...: a kernel flipped";
    # departure names `kernel = w[:, :, ::-1, ::-1]`
    "p3_fast_conv_kernel_flipped": ("right", ("as_if", "departure"), ""),
    # loop departure on the two-statement loop (lines 280-282) whose `jump = s` is the mistake ("or in what
    # `dilations` holds", a hedge)
    "p3_receptive_jump_last_stride": ("right", ("departure",), ""),
    # a4_init
    # catalogued relu_factor_2_missing not named; scaled: "1/sqrt(2) times the expected: a factor 2 is missing inside
    # a square root (as in sqrt(2 / fan_in))"
    "p4_he_normal_lecun_std": ("right", ("scaled",), ""),
    # only the comparison on both tests
    "p4_actstats_input_standardized": ("nothing", (), (
        "X is standardized, (X - X.mean()) / X.std(), before the first layer: the experiment is asked on X as given, "
        "so every layer's statistics are those of another input; feed X itself")),
    # departure names `return gain * (2.0 / (fan_in + fan_out)) ** 1 / 2` (and the fan_in line) ("0.0025 where
    # 0.0707107 is right")
    "p4_xavier_std_power_precedence": ("right", ("departure",), ""),
    "p4_actstats_records_preactivation": ("named", (), ""),
    # departure names line 90 `std = xavier_std(shape, mode=mode, gain=gain)`: "What that line reads (gain, mode,
    # shape) agrees with the correct code ...: the mistake is in that line, or in xavier_std() that it calls": mode
    # is 'fan_in' (the signature's default) where the correct code's is 'fan_avg'; neither that line nor xavier_std()
    # is wrong
    "p4_xavier_normal_default_fan_in": ("misleading", (), (
        "departure says mode agrees and blames the std line or xavier_std() (false); ideal: the signature's default "
        "mode='fan_in' gives sqrt(1 / fan_in) (0.0707 for (200, 150)) where Glorot's sqrt(2 / (fan_in + fan_out)) "
        "(0.0756) is asked by default; make the default 'fan_avg'")),
    # departure names `return variances, means` ("its part 1 is what the correct code returns as part 2: are the parts
    # returned in another order?")
    "p4_actstats_returns_swapped": ("right", ("departure",), ""),
    # a5_normalization
    # only the comparison (running_mean, test-mode out)
    "p5_bn_running_init_from_first_batch": ("nothing", (), (
        "without running averages in bn_param they start as the first batch's mean and variance, so the first update "
        "gives the batch statistics themselves; start them at zeros and ones (0.1 * mean, 0.9 + 0.1 * var after one "
        "batch)")),
    # catalogued bn_eps_outside_sqrt not named; close on the three tests: "a small numerical difference (... an
    # epsilon placed differently), or a part of the computation whose effect is small left out or added": a checklist
    "p5_bn_test_eps_outside_sqrt": ("vague", (), (
        "bn_eps_outside_sqrt: test mode divides by np.sqrt(running_var) + eps; eps belongs inside the square root, "
        "np.sqrt(running_var + eps), as in train mode")),
    # one_slip: "either of two slips ...: `shape[1]` where `shape[0]` is meant ..., where N is computed; or `shape[
    # -1]` ..."; departure names `N = dout.shape[1]` ("your `N` is 3 where 40 is right")
    "p5_bn_alt_count_from_features": ("right", ("one_slip", "departure"), ""),
    # close only: "an epsilon placed differently" among its causes, a checklist
    "p5_ln_eps_added_to_std": ("vague", (), (
        "each row is divided by x.std(axis=1) + eps, eps added to the std, where 1 / sqrt(var + eps) is asked for; "
        "take inv_std = 1 / np.sqrt(x.var(axis=1, keepdims=True) + eps)")),
    # departure names `penalty = 0.5 * reg * np.sum(np.abs(W))`, `np.abs(W)` its first wrong part
    "p5_l2_penalty_written_l1": ("right", ("departure",), ""),
    "p5_dropout_bwd_sign_of_mask": ("named", (), ""),
    # a6_cnn
    # predicted_in_training_mode: "your model predicted in training mode ... (model.eval() not called before
    # predicting ...)"
    "p6_eval_attribute_not_called": ("right", ("predicted_in_training_mode",), ""),
    # learned_little on both accuracy tests: the checklist
    "p6_dropout_rate_as_keep_probability": ("vague", (), (
        "nn.Dropout(0.9) drops 90% of the 32 pooled features at every training step (torch's argument is the "
        "probability of dropping), so the classifier hardly learns; pass the drop probability, nn.Dropout(0.1)")),
    # only torch's error ("ValueError: Tried to step 286 times. The specified number of total steps is 285"), the
    # comparison
    "p6_onecycle_steps_per_epoch_floored": ("nothing", (), (
        "steps_per_epoch = len(y) // batch leaves out the last, shorter batch of each epoch, so OneCycleLR is stepped "
        "once more than its total steps and raises; use math.ceil(len(y) / batch), the number of batches split() "
        "gives")),
    # no name or diagnosis; the check's message: "two runs with seed 3 gave logits 0.28 apart ...: seed torch ... and
    # every other random source from `seed`": the shuffle generator, seeded once and cached on the function, is the
    # random source not seeded on this call (as v6_torch_seeded_after_model_built)
    "p6_shuffle_generator_cached_on_function": ("check_message", (), (
        "train_and_predict.gen is made and seeded only on the first call; later calls continue its stream, so the "
        "same seed gives other batches; make the generator on every call, torch.Generator().manual_seed(seed)")),
    # catalogued labels_shuffled not named; labels_not_images on the digits test ("X and y are shuffled or indexed
    # apart: index both with the same indices"), loss_flat on the shapes test (true: two random_split draws)
    "p6_random_split_images_and_labels_apart": ("right", ("labels_not_images", "loss_flat"), ""),
    # learned_little on both accuracy tests: the checklist (its "preprocessed differently at test time" is not it:
    # both splits go through the same normalize)
    "p6_inputs_l2_normalized_over_channels": ("vague", (), (
        "nn.functional.normalize divides each pixel's vector by its L2 norm over dim 1, the channels: a one-channel "
        "image becomes the sign of each pixel, so most of the information is lost; standardize with the training "
        "mean and std")),
    # a7_architectures
    # scaled: "every entry is the negative of the expected: a sign is flipped"
    "p7_mdn_dlog_std_sign_flipped": ("right", ("scaled",), ""),
    # departure names line 183 `shortcut = np.maximum(x @ params["Ws"] + params["bs"], 0)`
    "p7_res_projection_shortcut_relu": ("right", ("departure",), ""),
    # where_input: "wrong exactly where cache[5] ... is negative ...: the branch for negative inputs" (z, the output
    # ReLU's input); departure names line 191 `dx = dx + dout`
    "p7_res_bwd_identity_takes_dout": ("right", ("where_input", "departure"), ""),
    "p7_gap_bwd_repeated_not_divided": ("named", (), ""),
    # axes_permuted: "the expected with its axes in the order (0, 1, 3, 2) ...: the axes are mixed up", as
    # n7_gap_bwd_height_width_swapped
    "p7_fc_score_map_indices_swapped": ("right", ("axes_permuted",), ""),
    # squared: "yours is the square of the expected: a variance where a standard deviation is asked for? (std =
    # sqrt(var))": its question names a variance that is not there, but the observation is the cause itself (the map
    # is (dx ** 2).max where |dx| is asked): a close call
    "p7_saliency_squared_gradient": ("right", ("squared",), ""),
    # a8_pipeline
    # no name or diagnosis; the check's message says it: "309 of 1000 images are neither; image 3 of yours is its
    # input turned 180 degrees"
    "p8_flip_mirrors_both_axes": ("check_message", (), (
        "x[chosen][..., ::-1, ::-1] reverses the rows as well as the columns, a 180-degree rotation; mirror the last "
        "axis only, [..., ::-1]")),
    "p8_log_grid_arange_linear": ("named", (), ""),
    # catalogued patience_off_by_one not named; as_if on the first test is right ("if patience were one more than
    # given: patience is off by one where it is used"), but as_if on the min_delta test: "if patience were 5 = 10 //
    # patience: the number of parts (patience) and the size of each part (a dimension // patience) are mixed up"
    # (false: no division by patience anywhere; 5 and 3 give the same stop on those losses)
    "p8_early_patience_checked_first": ("misleading", (), (
        "as_if's second reading blames parts and sizes mixed up in a // patience (false) beside the right 'patience "
        "off by one'; ideal: patience_off_by_one: the test wait >= patience is made at the top of the next epoch, so "
        "training stops one epoch late; test it right after wait += 1")),
    "p8_early_best_set_every_epoch": ("named", (), ""),
    # departure names the warm-up return line `return min_lr + (base_lr - min_lr) * (step + 1) / warmup_steps`
    "p8_warmup_ramps_from_min_lr": ("right", ("departure",), ""),
    # departure names line 168 `X, T = normalize_splits(X, T, "mean_image")` ("or in normalize_splits() that it
    # calls, or in the condition at line 167", hedges)
    "p8_train_mean_image_only": ("right", ("departure",), ""),
}
# Counts (f0f66f0): named 7, right 26 (named or right 33/48 = 69%; not in the catalogue: right 21/33 = 64%; the 15
# catalogued: 7 named, 5 right, 2 misleading, 1 vague), misleading 5, vague 4, nothing 4, wrong_name 0,
# check_message 2, not_caught 0.
# HOLDOUT15_CORRECT: all seven full marks.

HOLDOUT15 = [replace(e, verdict=JUDGEMENT15[e.id][0], expected=frozenset(JUDGEMENT15[e.id][1]),
                     ideal=JUDGEMENT15[e.id][2]) if e.id in JUDGEMENT15 else e for e in HOLDOUT15]
