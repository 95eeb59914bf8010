"""A fiftieth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit b53a1dc (JUDGED_ON50, JUDGEMENT50 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout50. 36 mistakes: the
writer's 48 less 12 whose causes repeat earlier entries' on the same function (found by the writer after scoring;
taken out before the bench: a cause the detectors were improved on is not held out).

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT50 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT50_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT50: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qy1_affine_bwd_dx_tensordot_flat", "a1_backprop", "affine_backward",
       "dx is computed with np.tensordot(dout, w, axes=(1, 1)), shape (N, D), and never reshaped back to the shape of "
       "x: for x with more than two dimensions dx has the wrong shape (dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    # contract over the M outputs
    dx = np.tensordot(dout, w, axes=(1, 1))
    dw = np.tensordot(x_flat, dout, axes=(0, 0))
    db = np.sum(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("qy1_mlp_reg_in_loss_only_comprehension", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty 0.5 * reg * sum(W**2) of W1 and W2 is added to the loss through a generator over the weight keys, "
       "but the grads dict is built from the layer backward passes alone: dW1 and dW2 miss reg * W1 and reg * W2", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * sum(np.vdot(params[k], params[k]) for k in ("W1", "W2"))
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    grads = {k: g for k, g in zip(("W1", "b1", "W2", "b2"), (dW1, db1, dW2, db2))}
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    _e("qy1_ce_labels_made_a_column", "a1_backprop", "softmax_cross_entropy_loss",
       "y is turned into a column, y[:, None], before indexing: log_probs[np.arange(n), y_col] broadcasts to an (N, N) "
       "block (every row's log-probability at every example's label), so the loss is the mean over N * N entries and "
       "the one-hot subtraction dscores[np.arange(n), y_col] -= 1 writes 1 into every row at every label", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    y_col = y[:, None]  # labels as a column vector
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(log_probs[np.arange(n), y_col])
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y_col] -= 1
    dscores /= n
    return loss, dscores
"""),
    _e("qy1_ce_log_of_mean_probability", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is -log of the mean probability of the correct classes, -log(mean(p_y)), instead of the mean of "
       "-log p_y: the mean is taken inside the log (dscores right)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(shifted)
    probs /= probs.sum(axis=1, keepdims=True)
    correct = probs[np.arange(n), y]
    loss = -np.log(np.mean(correct))
    dscores = probs.copy()
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
"""),
    _e("qy1_mse_residual_gram", "a1_backprop", "mse_loss",
       "the sum of squares is written diff.T @ diff / diff.size, which is the scalar only for a vector: for a 2-D pred "
       "(N, D) it is the (D, D) matrix of column inner products over the size, not the mean of the squares (dpred right)",
       """
def mse_loss(pred, target):
    diff = pred - target
    loss = diff.T @ diff / diff.size
    dpred = 2.0 * diff / diff.size
    return loss, dpred
"""),
    _e("qy1_logistic_grad_with_weight_term", "a1_backprop", "logistic_regression_gradient",
       "the gradient adds w itself, X^T (pi - y) + w, the gradient of an L2 penalty 0.5 ||w||^2 that the "
       "negative log-likelihood asked for does not have", """
def logistic_regression_gradient(w, X, y):
    pi, _ = sigmoid_forward(X @ w)
    # gradient of the NLL plus the usual weight penalty
    return X.T @ (pi - y) + w
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qy2_minibatch_rng_made_each_epoch", "a2_optim", "minibatch_sgd",
       "rng = np.random.default_rng(seed) is created inside the epoch loop: every epoch draws the same permutation, so "
       "the rows are visited in one order for all epochs instead of a new rng.permutation(N) each epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    w = np.array(w0, dtype=float)
    n = len(X)
    path = []
    for epoch in range(epochs):
        rng = np.random.default_rng(seed)
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("qy2_rmsprop_cache_np_add", "a2_optim", "rmsprop",
       "the squared gradients are accumulated with np.add(cache, np.square(g)) and decay_rate is read but never used: "
       "the cache is Adagrad's running sum, not the decaying average decay_rate * cache + (1 - decay_rate) * g**2", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = np.add(cache, np.square(g))
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
""", catalogued="rmsprop_without_decay"),
    _e("qy2_momentum_decoupled_weight_decay", "a2_optim", "sgd_momentum",
       "weight decay is decoupled (AdamW style): the velocity is built from the raw dw and lr * weight_decay * w is "
       "subtracted from w afterwards, instead of adding weight_decay * w to the gradient that feeds the velocity "
       "(right without weight decay)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    lr, mu = config["learning_rate"], config["momentum"]
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * dw
    config["velocity"] = v
    # decay applied directly to the weights
    next_w = w + v - lr * config.get("weight_decay", 0.0) * w
    return next_w, config
"""),
    _e("qy2_minibatch_grad_scaled_by_batch_share", "a2_optim", "minibatch_sgd",
       "each batch's gradient is multiplied by len(idx) / N 'so that one epoch adds up to one full-batch step': the "
       "steps are N / batch_size times too small (the batch's mean-squared-error gradient is to be used as it is)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    n = X.shape[0]
    path = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            g = linear_regression_gradient(w, X[idx], y[idx]) * len(idx) / n
            w = w - learning_rate * g
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qy2_step_lr_rounded", "a2_optim", "step_lr",
       "the number of decays is round(step / step_size) instead of the floor step // step_size: the rate drops half a "
       "period early (at step 4 for step_size 7) and every later decay too", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = round(step / step_size)
    return base_lr * gamma ** n_decays
"""),
    _e("qy2_noise_std_power_on_ratio", "a2_optim", "gradient_noise_std",
       "the std is written (eta / (1 + step)) ** (gamma / 2): the exponent covers eta as well, where the variance is "
       "eta / (1 + step)**gamma and the std its square root, sqrt(eta) / (1 + step)**(gamma / 2)", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    return math.pow(eta / (1 + step), gamma / 2)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qy3_receptive_field_reversed_no_jump", "a3_conv", "receptive_field",
       "the receptive field is grown from the last layer down, r += d * (k - 1) per layer, with the strides never "
       "multiplied in: each layer widens the field by its own span only, as if every stride were 1", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    r = 1
    # walk back from the top unit to the input
    for k, d in zip(reversed(kernel_sizes), reversed(dilations)):
        r = r + d * (k - 1)
    return r
""", catalogued="receptive_field_ignores_stride"),
    _e("qy3_avg_pool_bwd_repeat_not_divided", "a3_conv", "avg_pool_backward",
       "each output's gradient is spread over its window with np.repeat and added whole: it is never divided by the "
       "window size ph * pw, so dx is ph * pw times too large", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            block = np.repeat(np.repeat(dout[:, :, i:i + 1, j:j + 1], ph, axis=2), pw, axis=3)
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += block
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qy3_param_count_groups_divide_out", "a3_conv", "conv_param_count",
       "with groups the weights are counted as (out_channels // groups) * (in_channels // groups) * kh * kw, dividing "
       "the filters by the groups as well: a grouped conv has out_channels filters of in_channels // groups channels "
       "each (right for groups 1)", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    per_group = (out_channels // groups) * (in_channels // groups) * kh * kw
    weights = per_group  # one block of weights per group
    return weights + (out_channels if bias else 0)
"""),
    _e("qy3_conv_bwd_naive_dout_indices_swapped", "a3_conv", "conv_backward_naive",
       "the upstream gradient of output position (i, j) is read as dout[n, f, j, i], its row and column indices "
       "swapped: each window gets the gradient of the transposed position (an IndexError where Ho != Wo; db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    g = dout[n, f, j, i]
                    dw[f] += xp[n, :, r:r + HH, c:c + WW] * g
                    dxp[n, :, r:r + HH, c:c + WW] += w[f] * g
    db = dout.sum(axis=(0, 2, 3))
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("qy3_transposed_size_output_padding_strided", "a3_conv", "transposed_conv_output_size",
       "output_padding is put inside the strided term, (input_size - 1 + output_padding) * stride, instead of added "
       "once at the end: with output_padding and stride > 1 the size is (stride - 1) * output_padding too large "
       "(right without output_padding)", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (input_size - 1 + output_padding) * stride - 2 * padding + dilation * (kernel_size - 1) + 1
"""),
    _e("qy3_max_pool_bwd_argmax_over_channels", "a3_conv", "max_pool_backward",
       "the loop runs over images and positions but not channels: each window is taken over all channels at once, "
       "x[n, :, rows, cols], and its single argmax over every channel gets the gradient, so only one channel per "
       "window receives dout (the one holding the largest value) and with that channel's dout only", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for i in range(Ho):
            for j in range(Wo):
                window = x[n, :, i * s:i * s + ph, j * s:j * s + pw]
                c, r, q = np.unravel_index(np.argmax(window), window.shape)
                dx[n, c, i * s + r, j * s + q] += dout[n, c, i, j]
    return dx
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qy4_uniform_bound_std_from_formula", "a4_init", "xavier_uniform",
       "the uniform bound a is the Glorot standard deviation itself (gain * sqrt(2 / (fan_in + fan_out)), or the fan_in "
       "form) written out inline: U(-a, a) has variance a**2 / 3, so the draws' std is sqrt(3) times too small", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    limit = gain / math.sqrt(n)
    rng = np.random.default_rng(seed)
    return rng.uniform(low=-limit, high=limit, size=shape)
""", catalogued="uniform_bound_is_std"),
    _e("qy4_stats_of_preactivations_list", "a4_init", "activation_statistics",
       "the statistics of each layer are taken of the pre-activation z = h @ W, before the activation is applied "
       "(h = act(z) is carried on correctly)", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
         "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    stats = []
    h = X
    for W in weights:
        z = h @ W
        stats.append((np.mean(z), np.var(z)))
        h = f(z)
    means, variances = zip(*stats)
    return np.array(means), np.array(variances)
""", catalogued="statistics_before_activation"),
    _e("qy4_activation_on_input_first", "a4_init", "activation_statistics",
       "the activation is applied to the input X before the first layer as well (h = act(X), then h = act(h @ W) per "
       "layer): every layer sees an activated input, where the experiment starts from h = X", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    h = act(X)
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qy5_layernorm_via_transpose_wrong_axis", "a5_normalization", "layernorm_forward",
       "the statistics are taken on x.T over axis 1 (meant as 'each row'), which is over the batch for each feature: "
       "mean and variance per feature over the N rows instead of per row over its D features", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T  # (D, N)
    mu = xt.mean(axis=1, keepdims=True).T
    var = xt.var(axis=1, keepdims=True).T
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("qy5_dropout_bwd_boolean_mask", "a5_normalization", "dropout_backward",
       "the backward pass turns the cached mask into a 0/1 keep mask, cache != 0, and multiplies dout by it: the "
       "1 / p scale of the kept units is lost, so dx is p times too small where units were kept", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    keep = cache != 0
    return np.where(keep, dout, 0.0)
""", catalogued="dropout_backward_drops_scale"),
    _e("qy5_bn_bwd_x_mu_times_inv_std", "a5_normalization", "batchnorm_backward",
       "the centred input is recovered from the cache as x_hat * inv_std instead of x_hat / inv_std (x - mu = x_hat * "
       "std): dvar and dx use a wrongly scaled x - mu (dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat * inv_std  # undo the normalisation
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * np.mean(x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qy6_deepcopy_after_optimizer", "a6_cnn", "train_and_predict",
       "a 'clean copy' of the network, copy.deepcopy(model), is made after the optimizer was built on the original's "
       "parameters, and the copy is the one trained on and predicted with: backward fills the copy's gradients while "
       "opt.step() moves the original's (which have none), so the returned logits are those of an untrained network", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import copy
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    c = X_train.shape[1]
    net = nn.Sequential(
        nn.Conv2d(c, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    model = copy.deepcopy(net)  # keep the freshly initialised net around
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
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
    _e("qy6_returns_argmax_numpy", "a6_cnn", "train_and_predict",
       "a well trained model, but the function returns np.argmax(logits, axis=1), the predicted class of each test "
       "image (shape (M,)), instead of the (M, n_classes) logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test)).numpy()
    return np.argmax(logits, axis=1)
""", catalogued="predictions_not_logits"),
    _e("qy6_debug_subset_left_in", "a6_cnn", "train_and_predict",
       "a debugging line that trains on the first 150 training images only (X_train[:150], y_train[:150], 'quick "
       "run') is left in: the network sees a small fraction of the data and its test accuracy falls well short", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    X_train, y_train = X_train[:150], y_train[:150]  # quick run while debugging
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qy6_train_images_cast_to_uint8", "a6_cnn", "train_and_predict",
       "the training images are stored as 8-bit integers, X_train.astype(np.uint8) ('like image files, a quarter of "
       "the memory'), and turned back into floats for the network: the cast truncates every pixel to an integer (the "
       "float pixels lose their fractional part, most of them becoming 0 or 1), while the test images are fed as the "
       "floats they are, so the network learns from destroyed images and predicts on other inputs", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    images = X_train.astype(np.uint8)  # store like image files, a quarter of the memory
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X = torch.tensor(images).float()
    y = torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qy6_big_batches_drop_last", "a6_cnn", "train_and_predict",
       "the batches are made by a DataLoader with batch_size=512 and drop_last=True ('bigger batches are faster'): "
       "with about a thousand training images an epoch is one or two steps and the remainder is never seen, so 15 "
       "epochs give some 15-30 optimizer steps and the network is badly undertrained", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    ds = torch.utils.data.TensorDataset(torch.tensor(X_train), torch.tensor(y_train))
    loader = torch.utils.data.DataLoader(ds, batch_size=512, shuffle=True, drop_last=True,
                                         generator=torch.Generator().manual_seed(seed))
    for _ in range(15):
        model.train()
        for xb, yb in loader:
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qy6_train_images_transposed_only", "a6_cnn", "train_and_predict",
       "the training images are transposed to (N, C, W, H) with X.transpose(2, 3) ('PIL gives width first') while the "
       "test images are fed as (N, C, H, W): the network learns mirrored-diagonal digits and shapes and predicts on "
       "upright ones", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X = torch.tensor(X_train).transpose(2, 3).contiguous()  # images as (width, height)
    y = torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
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
    _e("qy7_gap_bwd_broadcast_to", "a7_architectures", "global_avg_pool_backward",
       "dout is spread over each map with np.broadcast_to(dout[:, :, None, None], (N, C, H, W)) and copied, but never "
       "divided by H * W: the forward pass averaged, so dx is H * W times too large", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.broadcast_to(dout[:, :, None, None], (N, C, H, W)).copy()
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qy7_gaussian_nll_sigma_as_variance", "a7_architectures", "gaussian_nll",
       "sigma = exp(log_std) is used as the variance in the squared term, 0.5 * r**2 / sigma, instead of sigma**2 = "
       "exp(2 log_std), with gradients to match that loss", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    r = y - mu
    per_entry = 0.5 * np.log(2 * np.pi) + log_std + 0.5 * r * r / sigma
    loss = per_entry.sum() / N
    dmu = -(r / sigma) / N
    dlog_std = (1 - 0.5 * r * r / sigma) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("qy7_cam_rescaled_to_unit_range", "a7_architectures", "class_activation_map",
       "each class activation map is min-max rescaled to [0, 1] ('as the paper displays it'): cam - min over max - min "
       "per example, instead of the raw weighted sum sum_c W[c, k] * features[n, c]", """
def class_activation_map(features, W, classes):
    cams = np.einsum("nchw,cn->nhw", features, W[:, classes])
    lo = cams.min(axis=(1, 2), keepdims=True)
    hi = cams.max(axis=(1, 2), keepdims=True)
    return (cams - lo) / (hi - lo + 1e-12)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qy8_flip_np_flip_rows", "a8_pipeline", "random_flip",
       "the chosen images are mirrored with np.flip(..., axis=-2), the rows (upside down), instead of the last axis, "
       "the columns (left-right)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    out = np.array(x, copy=True)
    for i in np.flatnonzero(rng.random(len(x)) < p):
        out[i] = np.flip(x[i], axis=-2)
    return out
""", catalogued="flip_vertical"),
    _e("qy8_cosine_to_zero_only", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the cosine is base_lr * 0.5 * (1 + cos(pi t)): it decays to 0, min_lr is never used, "
       "instead of min_lr + (base_lr - min_lr) * (1 + cos(pi t)) / 2", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / max(1, total_steps - warmup_steps)
    return base_lr * 0.5 * (1.0 + math.cos(math.pi * progress))
""", catalogued="min_lr_ignored"),
    _e("qy8_early_stop_returns_best_epoch", "a8_pipeline", "early_stopping",
       "when patience runs out the function returns the best epoch as the stop epoch (with its weights, right): "
       "the epoch after which training stops is the one where the patience ran out, not the best one", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = float("inf")
    best_epoch = 0
    bad = 0
    for e, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, e, 0
        else:
            bad += 1
            if bad >= patience:
                return best_epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
]

HOLDOUT50_CORRECT: list[Entry] = [
    _e("qyk_correct_lstsq_y_at_x", "a1_backprop", "linear_regression_closed_form",
       "correct: the normal equations solved with the right-hand side written y @ X (which equals X^T y)", """
def linear_regression_closed_form(X, y):
    gram = X.T @ X
    return np.linalg.solve(gram, y @ X)
"""),
    _e("qyk_correct_step_lr_floor", "a2_optim", "step_lr",
       "correct: the number of decays as math.floor(step / step_size), the rate as a product in a loop", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    lr = base_lr
    for _ in range(math.floor(step / step_size)):
        lr *= gamma
    return lr
"""),
    _e("qyk_correct_avg_pool_windows", "a3_conv", "avg_pool_forward",
       "correct: every pooling window viewed with sliding_window_view, every stride-th kept, and averaged", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    return windows.mean(axis=(-2, -1)), (x, pool_param)
"""),
    _e("qyk_correct_xavier_normal_scaled", "a4_init", "xavier_normal",
       "correct: standard normal draws from the seeded generator scaled by the Glorot std", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    z = np.random.default_rng(seed).standard_normal(size=shape)
    return xavier_std(shape, mode, gain) * z
"""),
    _e("qyk_correct_bn_alt_means", "a5_normalization", "batchnorm_backward_alt",
       "correct: the simplified batch-norm gradient written with means over the batch, "
       "inv_std * (dx_hat - mean(dx_hat) - x_hat * mean(dx_hat * x_hat))", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    dx_hat = dout * gamma
    dx = inv_std * (dx_hat - dx_hat.mean(axis=0) - x_hat * (dx_hat * x_hat).mean(axis=0))
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
"""),
    _e("qyk_correct_gap_reshape_mean", "a7_architectures", "global_avg_pool_forward",
       "correct: each map flattened with reshape(N, C, -1) and averaged over its last axis, the shape cached", """
def global_avg_pool_forward(x):
    N, C = x.shape[:2]
    return x.reshape(N, C, -1).mean(axis=-1), x.shape
"""),
    _e("qyk_correct_log_uniform_natural", "a8_pipeline", "log_uniform",
       "correct: exponents drawn uniformly between the natural logs of the bounds and exponentiated with np.exp", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    return np.exp(rng.uniform(math.log(low), math.log(high), n))
"""),
]

JUDGED_ON50 = "2026-12-06 on commit b53a1dc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout50 on commit b53a1dc (JUDGED_ON50), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT49 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that are
# not there (a coincidence of the test's values included); a departure naming the line with the mistake is right, and so
# is one that names the line that uses or holds a wrong value with, as its alternatives, what holds the mistake; a
# departure over a whole two- or three-line body is right; a departure that sends the student first to a right line,
# declaring what holds the mistake agreeing, states something false; a loop departure without a statement is right only
# when the loop is small and the mistake clearly in it (the 8-line four-deep loop of
# qx3_max_pool_bwd_argmax_of_magnitudes in JUDGEMENT49); a catalogued entry whose name is not given is judged by its
# diagnoses; a catalogued name that is not the entry's is wrong_name (as qd4_he_normal_generator_kept_on_function in
# JUDGEMENT29, even where part of its message holds); an error raised by Python, NumPy or torch, a shape comparison, or
# an accuracy figure is the comparison (nothing); checklists that list the cause among many are vague (learned_little's
# alone), but one of few causes, the entry's among them, is tolerated (fits_batches_not_predictions' "another layout"
# for training images transposed, as l6_test_images_transposed in JUDGEMENT24 and o6_train_images_transposed in
# JUDGEMENT25). Decided here: close's "yours is within a relative 0.0003456 of the expected everywhere ...: a small
# numerical difference (lower precision, ...), or a part of the computation whose effect is small left out or added" for
# labels made a column, whose loss lands near the right one on the MLP test only by the test's values (1.462 where
# 1.441, 1357 where 1257, 2.842 where 2.689 on the other three tests; the gradients, never checked there, off by
# relative errors of 3 to 160 on inputs drawn as the test's), is true in its number but explains it by mechanisms that
# are not there: misleading (a close call: the same checklist was vague where the mistake's effect is truly small, as
# qc8_warmup_branch_ends_one_early in JUDGEMENT28); a departure on `config["velocity"] = v` (line 240) that declares v
# agreeing "(v: your own, and right values come of it elsewhere)" where v, built from the raw dw on line 239, is the
# value that lacks the weight decay, and whose only alternative is "what `config` holds", sends the student to a right
# line: misleading (a close call: that line does hold the first wrong value); counted_argument's "yours is 3 fewer than
# the expected: exactly patience (the argument patience): something counted once per patience is missing (e.g. a bias
# per channel)" where the stop epoch returned is the best epoch, exactly patience epochs before the epoch where the
# patience ran out, on every test (not a coincidence of sizes, unlike k8_crop_offsets_as_shift_within_padding in
# JUDGEMENT12), points at the cause; the template's example (a bias per channel) is tolerated as not_reduced's "e.g. db
# = dout.sum(axis=0)" is: right (a close call); few_rows_trained's "only 305 distinct images ever reached the model ...:
# most of X_train is never trained on. A part of the rows kept for a quick run ..., the same rows taken every step, or
# batches that overlap" where every row is trained on but the uint8 cast collapses the images into duplicates, beside
# labels_not_images' "X and y are shuffled or indexed apart", is misleading; untrained_model named on the seeded test
# for a DataLoader with batch_size=512 and drop_last=True, where that test's 180 images give no batch at all (so "never
# trained (no optimizer steps)" holds there) but whose remedy, a loop over mini-batches with zero_grad, backward and
# step, is already in the code: wrong_name (a close call).
JUDGEMENT50: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qy1_affine_bwd_dx_tensordot_flat": ("named", (), ""),
    "qy1_mlp_reg_in_loss_only_comprehension": ("named", (), ""),
    # close (MLP loss test, loss and loss (reg left out)): "yours is within a relative 0.0003456 of the expected
    # everywhere, but the check asks for 1e-07: a small numerical difference (lower precision, a cruder approximation
    # ...), or a part of the computation whose effect is small left out or added (a bias never updated, a small term, a
    # last step)" (1.62248 where 1.62136: true, by the test's values; the loss tests are 1.462 where 1.441, 1357 where
    # 1257, and the gradients, not checked there, are far off; a close call, above); the other three tests give only
    # the comparison.
    "qy1_ce_labels_made_a_column": (
        "misleading", (),
        "y_col = y[:, None] makes the labels a column: log_probs[np.arange(n), y_col] is an (N, N) block, every row's "
        "log-probability at every example's label, so the loss is the mean over N * N entries (1.462 where 1.441, 1357 "
        "where 1257 on the large scores), and dscores[np.arange(n), y_col] -= 1 subtracts 1 in every row at every "
        "label present; index with y itself, log_probs[np.arange(n), y]."),
    # no diagnosis: only the comparisons, "loss: ... got 1.387696185, expected 1.44091584" and on the large scores
    # "got 1.386294361, expected 1256.727058".
    "qy1_ce_log_of_mean_probability": (
        "nothing", (),
        "the loss is -np.log(np.mean(correct)), -log of the mean probability of the correct classes, where the mean "
        "of -log p_y is asked: the mean is taken inside the log, which can only lower the loss (1.388 where 1.441; "
        "ln 4 = 1.386 where 1256.7 on the large scores); write -np.mean(np.log(correct)) (dscores is right)."),
    # no diagnosis: "loss: shape (3, 3) differs from the expected ()" and the arguments check's "not checked: mse_loss
    # returned nothing it computed".
    "qy1_mse_residual_gram": (
        "nothing", (),
        "diff.T @ diff is the sum of squares only for a vector: for a 2-D pred of shape (N, 3) it is the (3, 3) matrix "
        "of the columns' inner products, so the loss comes back with shape (3, 3) where a scalar is asked; write "
        "np.sum(diff ** 2) / diff.size, or np.mean(diff ** 2) (dpred is right)."),
    # departure: "line 218: `return X.T @ (pi - y) + w` ... what it returns is the right value + `w` (a term `w` extra,
    # or of the wrong sign?): the mistake is in that line".
    "qy1_logistic_grad_with_weight_term": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qy2_minibatch_rng_made_each_epoch": ("named", (), ""),
    "qy2_rmsprop_cache_np_add": ("named", (), ""),
    # departure (weight-decay test): "the first value of yours that the correct code never computes is
    # `config['velocity']`, set by line 240: `config["velocity"] = v`. What that line reads (v; ...) agrees with the
    # correct code (v: your own, and right values come of it elsewhere); ... differs from the right value (by up to
    # 0.00855) ...: the mistake is in that line, or in what `config` holds": v (line 239, from the raw dw) is what
    # lacks the decay, not agreeing; line 240 is right (a close call, above).
    "qy2_momentum_decoupled_weight_decay": (
        "misleading", (),
        "line 239 builds the velocity from the raw dw, v = mu * v - lr * dw, and line 242 subtracts lr * weight_decay "
        "* w from w afterwards (AdamW's decoupled decay): the first step's w is right, but the velocity carried to the "
        "next step lacks -lr * weight_decay * w (off by up to 0.00855), so later steps part; feed the velocity the "
        "decayed gradient, _gradient(w, dw, config), and return w + v."),
    # departure (both tests): "after pass 1 (start = 0) they part ... In that pass your loop changes `w` by 0.333333
    # times the correct code's change of `w` [0.3 on the uneven test] ... line 244: `w = w - learning_rate * g` ...: the
    # mistake is in one of them or in a value they read in that pass (a rate, a divisor, a sign)" (g, scaled by
    # len(idx) / n: the batch's share of the rows).
    "qy2_minibatch_grad_scaled_by_batch_share": ("right", ("departure",), ""),
    # departure (default settings): "line 236: `return base_lr * gamma ** n_decays` ... 0.0411175 where 0.411175 is
    # right: the mistake is in that line, or in `n_decays`, set by line 235: `n_decays = round(step / step_size)`";
    # scaled_where_wrong (two tests): "only 12 of your 30 entries are wrong (at [4], [5], [6], ...), and there yours
    # is 0.5 times the expected ...: a factor gamma is extra ..." (steps 4-6, 11-13, 18-20, 25-27: true).
    "qy2_step_lr_rounded": ("right", ("departure",), ""),
    # scaled (both tests): "every entry is 1.311 times the expected ...: look for a missing or extra scale (..., a
    # square root)" (0.3 ** -0.225 = 1.311: true); departure: "line 235: `return math.pow(eta / (1 + step), gamma /
    # 2)` ... 0.718139 where 0.547723 is right: the mistake is in that line" (the one-line body).
    "qy2_noise_std_power_on_ratio": ("right", ("departure", "scaled"), ""),
    # ------------------------------------------------------------------ a3_conv
    "qy3_receptive_field_reversed_no_jump": ("named", (), ""),
    "qy3_avg_pool_bwd_repeat_not_divided": ("named", (), ""),
    # departure (three tests): "line 285: `return weights + (out_channels if bias else 0)` ... 1216 where 4672 is right:
    # the mistake is in that line, or in `weights`, set by line 284: `weights = per_group`" (one group's weights where
    # groups of them are; 12 where 30, 480 where 960: true).
    "qy3_param_count_groups_divide_out": ("right", ("departure",), ""),
    # departure (both tests): "the loop at lines 290-297 (`for n in range(N):`) leaves `dxp` holding values the correct
    # code never computes ...: the mistake is in that loop": four headers around four statements, `g = dout[n, f, j,
    # i]` among them (as the 8-line loop of qx3_max_pool_bwd_argmax_of_magnitudes in JUDGEMENT49; a close call).
    "qy3_conv_bwd_naive_dout_indices_swapped": ("right", ("departure",), ""),
    # departure: "line 282: `return (input_size - 1 + output_padding) * stride - ...` ... 11 where 10 is right: the
    # mistake is in that line" (the one-line body; (5, 3, 2, 1, 1): true).
    "qy3_transposed_size_output_padding_strided": ("right", ("departure",), ""),
    # departure (four tests): "the loop at lines 286-291 (`for n in range(N):`) leaves `dx` holding values ...: the
    # mistake is in that loop": three headers, three statements, the all-channel argmax among them; zero_pattern beside
    # it: "yours is 0 at 47 of 486 entries where the expected is not: ... (a mask of the wrong entries, a loop or window
    # that does not cover them ...)", a checklist.
    "qy3_max_pool_bwd_argmax_over_channels": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "qy4_uniform_bound_std_from_formula": ("named", (), ""),
    "qy4_stats_of_preactivations_list": ("named", (), ""),
    # departure (both tests): "`h`, set by line 94: `h = act(X)`. What that line reads (X) agrees ...; with the right
    # `h` there, the rest of your function returns the expected means (tanh): the mistake is in that line".
    "qy4_activation_on_input_first": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qy5_layernorm_via_transpose_wrong_axis": ("named", (), ""),
    "qy5_dropout_bwd_boolean_mask": ("named", (), ""),
    # one_slip (both tests): "`x_hat * inv_std` where `x_hat / inv_std` is meant".
    "qy5_bn_bwd_x_mu_times_inv_std": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; optimizer_not_on_model (three tests): "no loss.backward() reaches the
    # weights the optimizer steps: after 299 of the 299 backward passes ... they still had no gradient ... The
    # optimizer was made for other parameters than those of the model trained (another model, or a second copy ...):
    # give it model.parameters() of the model you train" (20 batches x 15 epochs less the first: true; 224, 44 alike).
    "qy6_deepcopy_after_optimizer": ("right", ("optimizer_not_on_model",), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax".
    "qy6_returns_argmax_numpy": ("right", ("class_indices",), ""),
    # few_rows_trained (both tests): "your code trained on 2250 images (1.8 epochs of the 1258 rows of X_train), yet
    # only 150 distinct images ever reached the model ...: most of X_train is never trained on. A part of the rows kept
    # for a quick run (X_train[:150] left in?), ..." (3 batches of 150 x 15 epochs: true).
    "qy6_debug_subset_left_in": ("right", ("few_rows_trained",), ""),
    # few_rows_trained (digits, seeded): "only 305 distinct images ever reached the model ...: most of X_train is never
    # trained on. A part of the rows kept for a quick run (X_train[:305] left in?), the same rows taken every step, or
    # batches that overlap ...?": every row is trained on, the cast makes them duplicates; labels_not_images (shapes):
    # "X and y are shuffled or indexed apart: index both with the same indices": false (a close call, above).
    "qy6_train_images_cast_to_uint8": (
        "misleading", (),
        "images = X_train.astype(np.uint8) cuts every float pixel to a whole number (the 1258 digit images collapse to "
        "305 distinct ones): the network trains on these destroyed images while the test images reach it as the "
        "floats they are; train on X_train itself, torch.tensor(X_train), with no cast."),
    # untrained_model named on the seeded test ("The model is never trained (no optimizer steps) ... Loop over
    # mini-batches: zero_grad, loss.backward(), optimizer.step()"): its 180 images give no batch of 512 with
    # drop_last=True, but the loop is in the code (a close call, above); learned_little's checklist on the digits and
    # the shapes ("enough steps: the loop cut short, on the clock or by an early return; ...").
    "qy6_big_batches_drop_last": (
        "wrong_name", (),
        "DataLoader(batch_size=512, drop_last=True): an epoch of the 1258 digit images is 2 steps (234 images never "
        "seen), of the 900 shapes 1 step, of 180 images none at all, so 15 epochs give 30, 15 and 0 optimizer steps "
        "and the network is barely trained (0.84 on the digits, 0.54 on the shapes); use batches of 64, or "
        "drop_last=False."),
    # fits_batches_not_predictions (digits, shapes): "the training loss fell from 2.10 to 0.05 (the model fits its
    # training batches), yet it predicts 200 of those same training images ... at accuracy 0.10: what reaches the model
    # when it predicts differs from what it trained on (... or another layout), or ...": the first of three, "another
    # layout" the transpose (as o6_train_images_transposed in JUDGEMENT25).
    "qy6_train_images_transposed_only": ("right", ("fits_batches_not_predictions",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "qy7_gap_bwd_broadcast_to": ("named", (), ""),
    # catalogued nll_std_used_as_variance, not named; departure: "`sigma`, set by line 177: `sigma = np.exp(log_std)`
    # ... your `sigma` is, entry by entry, the square root of the right value. With the right `sigma` (the correct
    # code's `var`) there, the rest of your function returns the expected loss: the mistake is in that line (...?), or
    # in what the lines after it do with its value" (sigma used where the variance is meant); the small-std test gives
    # only the comparison.
    "qy7_gaussian_nll_sigma_as_variance": ("right", ("departure",), ""),
    # departure (three tests): "what your lines before line 177 compute agrees ...; line 177: `lo = cams.min(axis=(1,
    # 2), keepdims=True)` computes `lo`, a value the correct code never computes ... up to line 179: `return (cams - lo)
    # / (hi - lo + 1e-12)` ... The mistake is in lines 177-179" (the three rescaling lines after the right einsum).
    "qy7_cam_rescaled_to_unit_range": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qy8_flip_np_flip_rows": ("named", (), ""),
    "qy8_cosine_to_zero_only": ("named", (), ""),
    # counted_argument (both tests): "yours is 3 fewer than the expected: exactly patience (the argument patience):
    # something counted once per patience is missing (e.g. a bias per channel)" (2 fewer with patience 2: the best
    # epoch returned, patience epochs before the stop; a close call, above).
    "qy8_early_stop_returns_best_epoch": ("right", ("counted_argument",), ""),
}
# Counts: named 13, right 17 (named or right 30/36 = 83%; not in the catalogue: right 14/20 = 70%; the 16
# catalogued: 13 named, the other 3, qy6_deepcopy_after_optimizer, qy6_returns_argmax_numpy and
# qy7_gaussian_nll_sigma_as_variance, right by their diagnoses), misleading 3, vague 0, nothing 2, wrong_name 1,
# check_message 0, not_caught 0. HOLDOUT50_CORRECT: all 7 earn full marks.

HOLDOUT50 = [replace(e, verdict=JUDGEMENT50[e.id][0], expected=frozenset(JUDGEMENT50[e.id][1]),
                     ideal=JUDGEMENT50[e.id][2]) if e.id in JUDGEMENT50 else e for e in HOLDOUT50]
