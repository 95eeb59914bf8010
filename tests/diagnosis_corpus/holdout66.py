"""A sixty-sixth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit e22dce2 (JUDGED_ON66, JUDGEMENT66 at the end) by an independent helper that wrote neither the detectors
nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout66.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT66 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT66_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT66: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("ro1_relu_fwd_identity_sign_slipped", "a1_backprop", "relu_forward",
       "the ReLU is written from the identity max(0, x) = x - min(x, 0) with the sign slipped, x + min(x, 0): "
       "negative inputs come out as 2x instead of 0 (positive inputs and the cached x are right)",
       """
def relu_forward(x):
    # identity from the notes: max(0, x) = x - min(x, 0)
    out = x + np.minimum(x, 0)
    cache = x
    return out, cache
"""),
    _e("ro1_tanh_fwd_inverse_tanh", "a1_backprop", "tanh_forward",
       "the forward pass calls np.arctanh, the inverse hyperbolic tangent, instead of np.tanh: inputs beyond +-1 "
       "give NaN and every other output is wrong (the cache holds that wrong output too)",
       """
def tanh_forward(x):
    out = np.arctanh(x)  # hyperbolic tangent of every entry
    cache = out
    return out, cache
"""),
    _e("ro1_tanh_bwd_sigmoid_route_inner_factor_lost", "a1_backprop", "tanh_backward",
       "the derivative is taken through tanh(x) = 2 sigmoid(2x) - 1 with s = (t + 1) / 2, but the inner factor 2 "
       "of sigmoid(2x)'s chain rule is lost: 2 s (1 - s) instead of 4 s (1 - s), so dx is half of dout * (1 - t**2)",
       """
def tanh_backward(dout, cache):
    t = cache
    # tanh(x) = 2 * sigmoid(2x) - 1, so the sigmoid of 2x is recovered from the output
    s = (t + 1) / 2
    # derivative of 2 * sigmoid(.) - 1 is 2 * sigmoid'(.) = 2 * s * (1 - s)
    local = 2 * s * (1 - s)
    return dout * local
"""),
    _e("ro1_affine_fwd_squeeze_as_flatten", "a1_backprop", "affine_forward",
       "each example is 'flattened' with np.squeeze, which only drops axes of length 1: a (N, d1, ..., dk) input "
       "keeps its shape, so the product with w (D, M) fails (right only when x is already 2-D)",
       """
def affine_forward(x, w, b):
    # squeeze the extra axes so that every example is a single row
    rows = np.squeeze(x)
    out = rows.dot(w) + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("ro1_sigmoid_bwd_ndindex_loop_local_is_s", "a1_backprop", "sigmoid_backward",
       "an element-by-element loop over np.ndindex takes the local derivative as the cached output s itself: "
       "dx = dout * s, the factor (1 - s) of the sigmoid's derivative s (1 - s) is missing",
       """
def sigmoid_backward(dout, cache):
    s = cache
    dx = np.zeros_like(dout, dtype=float)
    for idx in np.ndindex(s.shape):
        local = s[idx]  # slope of the sigmoid at this unit
        dx[idx] = dout[idx] * local
    return dx
""", catalogued="sigmoid_derivative_is_s"),
    _e("ro1_relu_bwd_double_loop_ge_zero", "a1_backprop", "relu_backward",
       "a double loop over the rows and columns copies dout[i, j] wherever x[i, j] >= 0: where the input is "
       "exactly 0 the gradient passes, where the derivative must be taken as 0 (x > 0)",
       """
def relu_backward(dout, cache):
    x = cache
    dx = np.zeros_like(dout)
    n_rows, n_cols = x.shape
    for i in range(n_rows):
        for j in range(n_cols):
            if x[i, j] >= 0:  # unit was on
                dx[i, j] = dout[i, j]
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    # ------------------------------------------------------------------ a2_optim
    _e("ro2_noise_std_eta_gamma_roles_swapped", "a2_optim", "gradient_noise_std",
       "eta and gamma swap roles in the formula: the variance is written gamma / (1 + step)**eta instead of "
       "eta / (1 + step)**gamma (the defaults in the signature are right)",
       """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    # annealed noise: variance decays like (1 + t)^-eta, scaled by gamma
    variance = gamma / (1 + step) ** eta
    return math.sqrt(variance)
"""),
    _e("ro2_sgd_steps_along_gradient_sign", "a2_optim", "sgd",
       "the step uses only the sign of the gradient, w - lr * sign(dw + decay * w) ('so large gradients cannot "
       "blow up the step'), instead of the gradient itself: every weight moves by exactly lr",
       """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    g = _gradient(w, dw, config)
    # only the direction matters, so big gradients cannot blow up the step
    next_w = w - config["learning_rate"] * np.sign(g)
    return next_w, config
"""),
    _e("ro2_adagrad_cache_stored_before_accumulating", "a2_optim", "adagrad",
       "the cache is put into config before this step's squares are added, and cache = cache + g * g then rebinds "
       "the local name only: config keeps the zeros forever, so every step divides by |g| instead of the root of "
       "the accumulated squares",
       """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    config["cache"] = cache
    cache = cache + g * g
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("ro2_gd_coordinates_updated_one_by_one", "a2_optim", "gradient_descent",
       "each step updates the weights one coordinate at a time, each partial derivative taken from the residual of "
       "the coordinates already moved in this step (Gauss-Seidel style), instead of all coordinates at once from "
       "the same w: the path is not that of full-batch gradient descent",
       """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = w0.astype(float).copy()
    N, D = X.shape
    path = []
    for _ in range(steps):
        # theta_j := theta_j - alpha * dJ/dtheta_j, for every j
        for j in range(D):
            residual = X @ w - y
            grad_j = 2 * X[:, j] @ residual / N
            w[j] = w[j] - learning_rate * grad_j
        path.append(w.copy())
    return np.array(path)
"""),
    _e("ro2_minibatch_new_order_drawn_but_old_used", "a2_optim", "minibatch_sgd",
       "a permutation is drawn before the loop and a new one each later epoch into `order`, but the batches are "
       "always cut from `perm`, the first one: every epoch visits the rows in the same order",
       """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    n = X.shape[0]
    perm = rng.permutation(n)
    path = []
    for epoch in range(epochs):
        if epoch > 0:
            order = rng.permutation(n)  # reshuffle for the new epoch
        for start in range(0, n, batch_size):
            batch = perm[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("ro2_adam_step_count_starts_at_zero_in_except", "a2_optim", "adam",
       "the step count is kept with try: config['t'] += 1 / except KeyError: config['t'] = 0, so the first step "
       "uses t = 0 (the bias corrections divide by 1 - beta**0 = 0) and every later step uses t one less than "
       "its count",
       """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    try:
        config["t"] += 1
    except KeyError:  # first call: set up the state
        config["t"] = 0
        config["m"] = np.zeros_like(w)
        config["v"] = np.zeros_like(w)
    t = config["t"]
    m = b1 * config["m"] + (1 - b1) * g
    v = b2 * config["v"] + (1 - b2) * g ** 2
    config["m"], config["v"] = m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    # ------------------------------------------------------------------ a3_conv
    _e("ro3_multiply_count_output_height_twice", "a3_conv", "conv_multiply_count",
       "copy slip in the number of output positions: oh * oh, the output height twice, instead of oh * ow "
       "(right for square outputs, wrong for a (oh, ow) pair with oh != ow)",
       """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    per_value = in_channels * kh * kw  # one dot product per output value
    n_values = out_channels * oh * oh
    return per_value * n_values
"""),
    _e("ro3_avgpool_fwd_window_starts_range_exclusive", "a3_conv", "avg_pool_forward",
       "the window starts are range(0, H - ph, stride), whose stop is exclusive: the last window position "
       "(start H - ph) is dropped whenever it is reachable, so the output has one row and one column too few",
       """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    tops = list(range(0, H - ph, s))
    lefts = list(range(0, W - pw, s))
    out = np.zeros((N, C, len(tops), len(lefts)))
    for a, r in enumerate(tops):
        for c_, c in enumerate(lefts):
            out[:, :, a, c_] = x[:, :, r:r + ph, c:c + pw].mean(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("ro3_transposed_size_padding_scaled_by_stride", "a3_conv", "transposed_conv_output_size",
       "the padding is taken to live on the strided grid and subtracted as 2 * padding * stride instead of "
       "2 * padding: right for stride 1 or no padding, too small otherwise",
       """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    spread = (input_size - 1) * stride  # the inputs are spread out by the stride
    span = dilation * (kernel_size - 1) + 1
    # padding is counted in strided units as well
    return spread + span - 2 * padding * stride + output_padding
"""),
    _e("ro3_pool_indices_as_row_col_pairs", "a3_conv", "max_pool_with_indices",
       "the pooled values are right, but each maximum's position is returned as a (row, col) pair, an array of "
       "shape (N, C, Ho, Wo, 2), instead of the flat index row * W + col shaped like out",
       """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    where = np.zeros((N, C, Ho, Wo, 2), dtype=np.int64)  # (row, col) of every maximum
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = win.argmax(axis=2)
            out[:, :, i, j] = win.max(axis=2)
            where[:, :, i, j, 0] = i * s + k // pw
            where[:, :, i, j, 1] = j * s + k % pw
    return out, where
"""),
    _e("ro3_receptive_field_smallest_input_search_no_stride", "a3_conv", "receptive_field",
       "the field is found by growing an input until the stack leaves one output unit, but each layer is applied "
       "as n - d * (k - 1), a stride-1 convolution: the strides are never used, so the answer is 1 + sum d (k - 1)",
       """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or [1] * len(kernel_sizes)
    # smallest input that still gives one output unit at the top
    size = 1
    while True:
        n = size
        for k, d in zip(kernel_sizes, dilations):
            n = n - d * (k - 1)  # valid convolution shrinks the map
        if n >= 1:
            return size
        size += 1
""", catalogued="receptive_field_ignores_stride"),
    _e("ro3_maxpool_bwd_whole_gradient_to_every_input", "a3_conv", "max_pool_backward",
       "each window's whole upstream gradient is added to every input of the window ('any of them could be the "
       "max'), neither divided nor routed: the max-pool gradient goes only to the position of the window's maximum",
       """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            # every input of the window may have been the max: send the gradient to each of them
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i:i + 1, j:j + 1]
    return dx
""", catalogued="max_pool_gradient_spread"),
    # ------------------------------------------------------------------ a4_init
    _e("ro4_xavier_uniform_unit_draws_times_bound_minus_half", "a4_init", "xavier_uniform",
       "the bound a = sqrt(3) * std is right, but the unit draws are mapped with u * a - a / 2, which is "
       "U(-a/2, a/2): the interval has half the width (its std is half the target) where 2 a u - a was meant",
       """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    u = rng.random(shape)  # U[0, 1)
    return u * a - a / 2  # centred on zero
"""),
    _e("ro4_xavier_normal_default_gain_tanh", "a4_init", "xavier_normal",
       "wrong default in the signature: gain=5/3 (the tanh gain) instead of 1.0, so a call that leaves gain out "
       "draws with 5/3 times the Glorot std",
       """
def xavier_normal(shape, seed, mode="fan_avg", gain=5 / 3):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, std, size=shape)
"""),
    _e("ro4_he_std_leaky_relu_slope", "a4_init", "he_std",
       "the std is written for a leaky ReLU of slope 0.01, sqrt(2 / (1 + 0.01**2)) / sqrt(fan_in), instead of "
       "the ReLU's sqrt(2 / fan_in): off by a factor 1 / sqrt(1.0001)",
       """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    negative_slope = 0.01  # leaky ReLU as in the lecture
    gain = math.sqrt(2.0 / (1 + negative_slope ** 2))
    return gain / math.sqrt(fan_in)
"""),
    _e("ro4_he_normal_std_of_kernel_as_matrix", "a4_init", "he_normal",
       "the conv kernel is viewed as the matrix (out, in * kh * kw) and its std taken as he_std of that 2-D shape, "
       "whose linear fans read fan_in = out: a conv weight gets sqrt(2 / out_channels) instead of sqrt(2 / (in * kh "
       "* kw)) (linear weights right)",
       """
def he_normal(shape, seed):
    # a conv kernel is just the matrix (out, in * kh * kw) it multiplies by
    as_matrix = (shape[0], int(np.prod(shape[1:])))
    std = he_std(as_matrix)
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
"""),
    _e("ro4_xavier_uniform_python_random_module", "a4_init", "xavier_uniform",
       "the draws come one by one from Python's random.uniform, the random module's global generator, which the "
       "seed never reaches: the same seed gives other weights on every call",
       """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    import random
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    n = int(np.prod(shape))
    values = [random.uniform(-a, a) for _ in range(n)]
    return np.array(values).reshape(shape)
""", catalogued="global_seed_in_xavier_uniform"),
    _e("ro4_he_normal_delegates_to_xavier_fan_in", "a4_init", "he_normal",
       "he_normal is delegated to xavier_normal in mode 'fan_in' without the ReLU gain sqrt(2): the draws have "
       "LeCun's std 1 / sqrt(fan_in), the factor 2 of He's variance missing",
       """
def he_normal(shape, seed):
    # He initialization = Xavier with the fan_in mode
    return xavier_normal(shape, seed, mode="fan_in")
""", catalogued="relu_factor_2_missing"),
    # ------------------------------------------------------------------ a5_normalization
    _e("ro5_dropout_bwd_scaled_by_observed_keep_fraction", "a5_normalization", "dropout_backward",
       "the kept units are recovered from the cached mask, but the gradient is rescaled by the fraction of units "
       "that happened to survive, kept.mean(), instead of using the cached scale 1 / p: dx = dout * mask01 / p_hat",
       """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    kept = cache != 0
    keep_rate = kept.mean()  # the share of units that survived
    return dout * kept / keep_rate
"""),
    _e("ro5_bn_alt_inv_std_read_as_std", "a5_normalization", "batchnorm_backward_alt",
       "the cache's third item, inv_std = 1 / sqrt(var + eps), is read as the standard deviation and divided by: "
       "dx is the bracket of the simplified formula times sqrt(var + eps) / N instead of times inv_std / N "
       "(dgamma and dbeta right)",
       """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    g = dout * gamma
    dx = (N * g - g.sum(axis=0) - x_hat * (g * x_hat).sum(axis=0)) / (N * std)
    return dx, dgamma, dbeta
"""),
    _e("ro5_spatial_bn_gamma_beta_swapped_in_call", "a5_normalization", "spatial_batchnorm_forward",
       "batchnorm_forward is called with beta and gamma in each other's place, batchnorm_forward(rows, beta, "
       "gamma, bn_param): the output is beta * x_hat + gamma (and the cache holds beta as the scale)",
       """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.transpose(0, 2, 3, 1).reshape(-1, C)  # channels last
    out, cache = batchnorm_forward(rows, beta, gamma, bn_param)
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return out, cache
"""),
    _e("ro5_ln_bwd_param_grads_averaged_over_batch", "a5_normalization", "layernorm_backward",
       "dx is right, but dgamma and dbeta are averaged over the batch (mean over axis 0) instead of summed: "
       "both are N times too small",
       """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dx_hat = dout * gamma
    row_sum = dx_hat.sum(axis=1, keepdims=True)
    row_proj = (dx_hat * x_hat).sum(axis=1, keepdims=True)
    dx = inv_std / D * (D * dx_hat - row_sum - x_hat * row_proj)
    dgamma = (dout * x_hat).mean(axis=0)
    dbeta = dout.mean(axis=0)
    return dx, dgamma, dbeta
"""),
    _e("ro5_bn_root_split_over_sum", "a5_normalization", "batchnorm_forward",
       "the root of var + eps is split over the sum, sqrt(var) + sqrt(eps): eps is added outside the square root "
       "(as sqrt(eps), about 3e-3) in train and test mode, instead of 1 / sqrt(var + eps)",
       """
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
        mu = np.mean(x, axis=0)
        var = np.mean((x - mu) ** 2, axis=0)
        inv_std = 1.0 / (np.sqrt(var) + np.sqrt(eps))
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / (np.sqrt(running_var) + np.sqrt(eps)) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("ro5_dropout_floor_trick_keeps_one_minus_p", "a5_normalization", "dropout_forward",
       "the mask is drawn with the floor trick floor(u + keep) / keep, but keep is set to 1 - p (p read as the "
       "drop rate): each unit is kept with probability 1 - p and scaled by 1 / (1 - p), where p is the keep "
       "probability",
       """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = 1 - p  # p is the dropout rate
    mask = np.floor(rng.random(x.shape) + keep) / keep  # 1 / keep with probability keep, else 0
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    # ------------------------------------------------------------------ a6_cnn
    _e("ro6_optimizer_built_on_buffers", "a6_cnn", "train_and_predict",
       "the optimizer is built on model.buffers() (batch norm's running statistics and counters) instead of "
       "model.parameters(): those tensors never receive gradients, so opt.step() changes nothing and the network "
       "predicts with its initial weights",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    c_in = X_train.shape[1]
    net = nn.Sequential(
        nn.Conv2d(c_in, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    optimizer = torch.optim.Adam(net.buffers(), lr=3e-3)
    gen = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        net.train()
        for idx in torch.randperm(len(y), generator=gen).split(64):
            idx = idx.to(device)
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(net(X[idx]), y[idx])
            loss.backward()
            optimizer.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    net.eval()
    with torch.no_grad():
        out = net(torch.tensor(X_test, device=device))
    return out.cpu().numpy()
""", catalogued="untrained_model"),
    _e("ro6_labels_permuted_twice", "a6_cnn", "train_and_predict",
       "the training set is shuffled once with one permutation, X[perm] and y[perm], and the label line is "
       "repeated when the labels are moved to the device (y = y[perm] again): the labels are permuted twice and "
       "no longer belong to their images",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    # shuffle the data set once so the classes are mixed
    perm = torch.randperm(len(y_train))
    X = torch.tensor(X_train)[perm]
    y = torch.tensor(y_train)[perm]
    X = X.to(device)
    y = y[perm].to(device)
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
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="labels_shuffled"),
    _e("ro6_steplr_gamma_ten_grows_rate", "a6_cnn", "train_and_predict",
       "the step schedule is built with StepLR(step_size=3, gamma=10), gamma read as 'divide by 10': torch "
       "multiplies the rate by gamma, so the learning rate grows tenfold every 3 epochs (3e-3 up to 30) and the "
       "training diverges",
       """
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
    # decay the learning rate by 10 every 3 epochs
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=10)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
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
    _e("ro6_labels_shifted_to_start_at_one", "a6_cnn", "train_and_predict",
       "the labels are shifted up by one ('classes numbered from 1') before training, y_train + 1, with the "
       "number of outputs read from the shifted labels: the network learns class k in column k + 1, so every "
       "returned logit column is one class off (and there is one column too many)",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    labels = y_train + 1  # classes are numbered 1..K
    n_classes = int(labels.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(labels, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    steps = 15 * ((len(y) + 63) // 64)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
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
    _e("ro6_balanced_set_one_image_per_class", "a6_cnn", "train_and_predict",
       "the training set is 'balanced' with np.unique(y_train, return_index=True), whose indices are each "
       "class's first occurrence only: the network trains on one image per class instead of the whole set",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    # balance the classes: take the same number of images of every class
    classes, first = np.unique(y_train, return_index=True)
    X_bal, y_bal = X_train[first], y_train[first]
    n_classes = int(classes.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_bal, device=device)
    y = torch.tensor(y_bal, device=device)
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
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("ro6_images_subsampled_every_other_pixel", "a6_cnn", "train_and_predict",
       "both splits are subsampled to every other pixel, X[:, :, ::2, ::2] ('half the size, four times faster'): "
       "the 8x8 digits become 4x4 and the network learns from a quarter of each image's pixels, so the accuracy "
       "falls",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    # downsample to speed things up
    X_small = np.ascontiguousarray(X_train[:, :, ::2, ::2])
    T_small = np.ascontiguousarray(X_test[:, :, ::2, ::2])
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_small.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_small, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    steps = 15 * ((len(y) + 63) // 64)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(T_small, device=device)).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("ro7_score_map_windows_flattened_column_major", "a7_architectures", "fc_score_map",
       "each window is flattened with flatten(order='F') (column-major, a MATLAB habit) while W's rows follow "
       "the row-major (C, H, W) order of the affine layer's inputs: the weights meet the wrong pixels",
       """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            patch = x[:, :, i:i + H, j:j + Wd]
            rows = np.stack([p.flatten(order="F") for p in patch])  # one flattened window per image
            out[:, :, i, j] = rows @ W + b
    return out
"""),
    _e("ro7_cam_classes_read_one_based", "a7_architectures", "class_activation_map",
       "the class index is read as 1-based, W[:, classes[n] - 1]: every map uses the weights of the class before "
       "the asked one (class 0 wraps around to the last column)",
       """
def class_activation_map(features, W, classes):
    maps = []
    for n in range(features.shape[0]):
        w_k = W[:, classes[n] - 1]  # column of class k (classes counted from 1)
        maps.append(np.tensordot(w_k, features[n], axes=(0, 0)))
    return np.array(maps)
"""),
    _e("ro7_resbwd_projection_weight_grad_transposed", "a7_architectures", "residual_block_backward",
       "with a projection shortcut the weight gradient is written dz.T @ x, shape (M, D), the transpose of "
       "x.T @ dz (D, M) (every other gradient and dx right)",
       """
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
        grads["Ws"] = dz.T @ x
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("ro7_gaussian_residual_mu_minus_y_sign", "a7_architectures", "gaussian_nll",
       "the residual is written mu - y but dmu keeps the formula for y - mu, -r / var / N: dmu has the wrong sign "
       "(the loss and dlog_std, which only see r**2, are right)",
       """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = mu - y  # prediction error
    loss = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("ro7_gap_bwd_position_loop_undivided", "a7_architectures", "global_avg_pool_backward",
       "a loop over the H x W positions writes each map's upstream gradient dout[:, :] into every position "
       "without dividing it by H * W, the number of values the forward pass averaged",
       """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.zeros((N, C, H, W))
    for i in range(H):
        for j in range(W):
            dx[:, :, i, j] = dout  # each position contributed to the pooled value
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("ro7_resbwd_shortcut_term_bare_expression", "a7_architectures", "residual_block_backward",
       "the shortcut's share of dx is written as bare expressions, dx + dz (identity) and dx + dz @ Ws.T "
       "(projection), whose results are thrown away: dx keeps only the residual branch's gradient",
       """
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
    # the shortcut adds its own gradient
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx + dz @ params["Ws"].T
    else:
        dx + dz
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("ro8_log_uniform_bounds_logged_in_two_bases", "a8_pipeline", "log_uniform",
       "copy slip in the exponent's bounds: the lower one is np.log(low), the natural log, and the upper one "
       "np.log10(high), the base-10 log, and the draw is raised with np.exp: the values run from low to "
       "exp(log10(high)) instead of high (for high = 0.1, up to 0.37)",
       """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    lo_exp = np.log(low)
    hi_exp = np.log10(high)
    return np.exp(rng.uniform(lo_exp, hi_exp, size=n))
"""),
    _e("ro8_standardize_divides_before_centring", "a8_pipeline", "normalize_splits",
       "in standardize mode the splits are divided by the training std before the mean is subtracted, "
       "X / (std + eps) - mean, instead of (X - mean) / (std + eps): the mean is taken off in the wrong units "
       "('mean_image' mode right)",
       """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mu = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mu, X_test - mu
    sd = X_train.std(axis=0) + eps
    return X_train / sd - mu, X_test / sd - mu
"""),
    _e("ro8_flip_by_transposing_image", "a8_pipeline", "random_flip",
       "a chosen image is 'mirrored' by transposing its two spatial axes, img.transpose(0, 2, 1), which reflects "
       "it about the diagonal instead of reversing its columns (and fails for non-square images)",
       """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(x.shape[0]) < p
    out = x.copy()
    for n in np.flatnonzero(coins):
        out[n] = x[n].transpose(0, 2, 1)  # mirror the image
    return out
"""),
    _e("ro8_train_batches_drawn_with_replacement", "a8_pipeline", "train_and_predict",
       "each epoch draws its batches with replacement, rng.choice(N, 64) for ceil(N / 64) steps, instead of "
       "walking one permutation in consecutive batches: some rows are visited twice and others not at all, and the "
       "weights differ from the recipe's",
       """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    K = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], K)), np.zeros(K)
    rng = np.random.default_rng(seed)
    n = len(X)
    steps = (n + 63) // 64
    for epoch in range(20):
        for _ in range(steps):
            idx = rng.choice(n, 64)  # a random mini-batch
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
    _e("ro8_crop_offsets_clipped_below_room", "a8_pipeline", "random_crop",
       "the offsets are drawn from 0 to the room inclusive, then 'kept inside' with np.minimum(offset, room - 1): "
       "the largest offset (the window at the bottom or right edge) is never used and room - 1 comes up twice "
       "as often",
       """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    room_h = H + 2 * padding - size
    room_w = W + 2 * padding - size
    rows = rng.integers(0, room_h + 1, size=N)
    cols = rng.integers(0, room_w + 1, size=N)
    rows = np.minimum(rows, room_h - 1)  # keep the window inside the padded image
    cols = np.minimum(cols, room_w - 1)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
""", catalogued="crop_offset_off_by_one"),
    _e("ro8_warmup_ramp_ends_on_last_warmup_step", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written base_lr * step / (warmup_steps - 1) so that it reaches base_lr on its last step: "
       "step 0 gets a learning rate of 0 (a wasted step) and every warm-up rate differs from base_lr * (step + 1) "
       "/ warmup_steps",
       """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        # linear ramp that hits base_lr at the last warm-up step
        return base_lr * step / (warmup_steps - 1)
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
]

HOLDOUT66_CORRECT: list[Entry] = [
    _e("rok_correct_softmax_scipy_logsumexp", "a1_backprop", "softmax",
       "right: each row's probabilities as exp(scores - logsumexp(scores)) with scipy.special.logsumexp over the "
       "classes (keepdims), which never overflows or underflows to an empty row",
       """
def softmax(scores):
    from scipy.special import logsumexp
    log_norm = logsumexp(scores, axis=1, keepdims=True)
    return np.exp(scores - log_norm)
"""),
    _e("rok_correct_nesterov_lookahead_form", "a2_optim", "nesterov_momentum",
       "right: Nesterov written in the look-ahead form next_w = w + mu * v_new - lr * g, which equals "
       "w - mu * v_prev + (1 + mu) * v_new since v_new = mu * v_prev - lr * g",
       """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    g = _gradient(w, dw, config)
    velocity = mu * config.get("velocity", np.zeros_like(w)) - lr * g
    config["velocity"] = velocity
    # look ahead along the new velocity, then take the gradient step
    next_w = w + mu * velocity - lr * g
    return next_w, config
"""),
    _e("rok_correct_conv_output_size_divmod", "a3_conv", "conv_output_size",
       "right: the dilated kernel's extent computed first, the room left split with divmod by the stride, and "
       "ValueError raised for a negative room or a nonzero remainder",
       """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    extent = dilation * (kernel_size - 1) + 1
    room = input_size + 2 * padding - extent
    steps, leftover = divmod(room, stride)
    if room < 0 or leftover != 0:
        raise ValueError(f"kernel does not tile the input: room {room}, stride {stride}")
    return steps + 1
"""),
    _e("rok_correct_xavier_uniform_scaled_unit_draws", "a4_init", "xavier_uniform",
       "right: U(-a, a) with a = sqrt(3) * xavier_std written as a * (2 u - 1) for u from the seeded "
       "generator's rng.random",
       """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    bound = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(size=shape)
    return bound * (2.0 * u - 1.0)
"""),
    _e("rok_correct_groupnorm_array_split_loop", "a5_normalization", "groupnorm_forward",
       "right: the channels split into groups with np.array_split, each group normalized over its channels and "
       "pixels in a loop, the inverse stds collected into the documented (N, groups, 1) array",
       """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    pieces, inv = [], []
    for block in np.array_split(x, groups, axis=1):
        mean = block.mean(axis=(1, 2, 3), keepdims=True)
        var = block.var(axis=(1, 2, 3), keepdims=True)
        istd = 1.0 / np.sqrt(var + eps)
        pieces.append((block - mean) * istd)
        inv.append(istd.reshape(N, 1))
    x_hat = np.concatenate(pieces, axis=1)
    inv_std = np.stack(inv, axis=1)  # (N, groups, 1)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("rok_correct_gap_backward_broadcast_share", "a7_architectures", "global_avg_pool_backward",
       "right: each map's share dout / (H * W) broadcast to the input's shape with np.broadcast_to and copied "
       "into a writable array",
       """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = dout / (H * W)
    return np.broadcast_to(share[:, :, np.newaxis, np.newaxis], (N, C, H, W)).copy()
"""),
    _e("rok_correct_random_crop_window_view_gather", "a8_pipeline", "random_crop",
       "right: every size x size window of the padded batch viewed with sliding_window_view and each image's "
       "window gathered by fancy indexing at its seeded (row, col) offset",
       """
def random_crop(x, size, padding, seed):
    from numpy.lib.stride_tricks import sliding_window_view
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = sliding_window_view(padded, (size, size), axis=(2, 3))  # (N, C, H', W', size, size)
    return windows[np.arange(N), :, rows, cols].copy()
"""),
]

JUDGED_ON66 = "2026-12-07 on commit e22dce2"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout66 (JUDGED_ON66), the full messages from its
# --json output (/tmp/h66/results.json, not the bench's truncated lines), by an independent helper that did not write
# the detectors or the entries and did not read the detector code (autograder/grading/, autograder/sandbox/):
# judgements, not measurements, and stale as soon as the catalogues or detectors change. id -> (verdict, relations
# that are right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not
# named/right)). Numbers were checked against the entries' sources, the solution modules and the grader tests where
# they could be: sqrt(0.55) = 0.74162 and sqrt(0.3) = 0.547723 for the noise std at step 0 (where gamma / (1 + 0) **
# eta is gamma itself); 34560 and 11520 for conv_multiply_count(4, 16, (3, 5), (6, 2)); 8 and 10 for
# transposed_conv_output_size(5, 3, 2, 1, 1); sqrt(2 / 40) = 0.223607 and sqrt(2 / 144) = 0.117851 for the (40, 16, 3,
# 3) He draws; 0.02 = 0.1 / 5 for the first warm-up step; the a6 step and image counts (20 x 15 = 300 steps on the
# digits, 15 x 15 = 225 on the shapes, 3 x 15 = 45 seeded; 10, 4 and 6 classes x 15 epochs = 150, 60 and 90 images);
# StepLR(step_size=3, gamma=10) from 3e-3 reaches 30 for epochs 13-15; the CAM test's features repeated for classes
# 0-3 (so "each entry equals the expected's previous one" holds, cyclically); and log_uniform run (np.log(low),
# np.log10(high), np.exp) against the solution: its draws are exactly the correct ones for high = 1/e = 0.368, and
# high = 1, 0.9 or 0.5 match only within the check's matching tolerance (decade shares 0.278-0.284 against 0.25, 0.25
# and 0.27; quarter-decade shares 0.281/0.287/0.224/0.208 against 0.242/0.268/0.248/0.241 for high = 1).
# Same standards as JUDGEMENT65 and JUDGEMENT64 (and the earlier ones): a diagnosis with a false statement anywhere is
# misleading (a wrong number included, and a right diagnosis beside a false one), and so is one whose observation is
# true but whose explanation names only mechanisms that are not there (a coincidence of the test's values included,
# as JUDGEMENT50); a departure naming the line with the mistake is right, and so is a range over two to four lines that
# holds it, a loop of up to six lines whose statement holds it, a longer loop whose "on its first pass, line N ...:
# look there first" names the line with the mistake (as rn4_actstats_tanh_typed_np_tan in JUDGEMENT65), and one that
# names the line that uses a wrong value with, as its alternatives, what holds the mistake; a departure that declares
# the value with the mistake agreeing and blames a right line is misleading (as rl3_maxpool_out_size_true_division in
# JUDGEMENT63 and rn7_mdn_weights_exponentiated_not_normalized in JUDGEMENT65); a catalogued entry whose name is not
# given is judged by its diagnoses; one of few causes, the entry's among them, is tolerated (loss_flat's first of three
# guesses, as rn6_batch_labels_sliced_by_position in JUDGEMENT65; scaled's "fits more than one cause"); scaled's "half
# the expected: a factor 2 is missing (the derivative of a square carries a 2; a range ...)" states the relation, its
# parenthesis examples, not claims (as qm1_numgrad_half_steps_full_width_quotient in JUDGEMENT38); few_rows_trained's
# "only K distinct images ever reached the model ... A part of the rows kept ..." where only K rows are kept is right
# (as qu6_permutation_over_image_length in JUDGEMENT46 and rc6_weighted_sampler_class_weights in JUDGEMENT54);
# shifted_steps for an index one off is right (as qc2_exponential_lr_loop_from_one in JUDGEMENT28); a raised_here is
# judged as a departure that names a line; a one_slip stated in the correct code's text that is the student's
# arithmetic written another way is right; a check's "not checked: ... returned nothing it computed" beside other
# feedback is not judged as a diagnosis; as_if's values that match only within the check's matching tolerance, not
# exactly, are misleading (as rn8_flip_coin_as_percentage in JUDGEMENT65); an error raised by Python, NumPy or torch,
# a shape comparison or an accuracy figure alone is nothing.
# Decided here (new in this set): optimizer_setting, a kind first seen in this set's feedback: "Adam stepped with
# learning rate 30: Adam moves each weight by about the rate at every step ... far too large ...; its rates are usually
# 1e-4 to 1e-2" for StepLR(step_size=3, gamma=10) on an Adam built with lr=3e-3 (the rate grows tenfold every 3 epochs:
# 3e-3, 0.03, 0.3, 3, then 30 for the last three epochs) is true and names the relation that is the cause, a rate grown
# far too large, with a number the student never wrote, which only the scheduler can have made; it does not name the
# scheduler: right (a close call; as trained_in_eval_mode's right count and remedy for `model.train` without its
# parentheses in JUDGEMENT65, the line itself not shown); optimizer_not_on_model's "no loss.backward() reaches the
# weights the optimizer steps ... The optimizer was made for other parameters than those of the model trained (another
# model, or a second copy built by calling the constructor again): give it model.parameters() of the model you train"
# for Adam built on net.buffers() (batch norm's running statistics, never given a gradient: the counts 299, 224 and 44
# exact) states what is there, an optimizer over tensors that are not the trained model's parameters, and its remedy is
# the fix, its parenthesis examples that are not: right (a close call; rn6_optimizer_holds_first_model_instance in
# JUDGEMENT65 had the mechanism itself); scores_reversed, whose text now adds "or labels turned into other classes
# consistently" to its reversed scores, for labels shifted to y_train + 1 (the model learns class k in column k + 1,
# accuracy 0.00 on the training images it fits): the second of its two guesses is the cause, tolerated as one of few
# (unlike re6_predicts_with_head_dropped in JUDGEMENT56, whose text had no such guess and whose case had neither), and
# the seeded test's departure "line 63: `n_classes = int(labels.max()) + 1` sets `n_classes` to 7, where the correct
# code's `n_classes` is 6: what your `n_classes` counts is not what the correct code's counts (the values a statistic
# runs over, ...)" is true, shows the shifted `labels` it reads, and is the cause's own "one column too many": right (a
# close call); a departure "line 218: `out = rows.dot(w) + b` raises the error ..., though what that line reads (b,
# rows, w) agrees with the correct code; ... `rows` has shape (3, 4, 5) ...: the mistake is in that line" for rows =
# np.squeeze(x) at line 217 (a no-op on the (3, 4, 5) input, where a flattened (3, 20) is meant) declares the
# unflattened value agreeing (it equals x in value) and blames the product: misleading beside shape_error's right
# "`rows` is set at line 217: `rows = np.squeeze(x)`. The error: a matrix product needs the last axis of the left (5
# ...) to match the first axis of the right (20 ...)" (a close call: a reshape added at line 218 would repair it too,
# exactly as int() added to the np.zeros line in rl3_maxpool_out_size_true_division, JUDGEMENT63, whose raised_here
# also showed the float); a departure "line 237: `return math.sqrt(variance)`. What that line reads (variance) agrees
# with the correct code; what it returns is 0.74162 where 0.547723 is right: the mistake is in that line" for eta and
# gamma swapped in line 236 (at step 0, gamma / 1 ** eta is gamma, 0.55, a value the correct code holds: a coincidence
# of the first step) declares the value with the mistake agreeing and blames the right square root: misleading, though
# the defaults test's departure names line 236 (as rn7_mdn_weights_exponentiated_not_normalized in JUDGEMENT65); as_if's
# "yours is what the correct log_uniform() returns if high were 1 or if high were 1 - high = 0.9 or if high were 0.5
# ...; or high and one minus high are mixed up (a keep probability read as a drop probability?)" for bounds logged in
# two bases (the draws are exactly those of high = 1/e; the three values match only within the matching tolerance, and
# no 1 - high is there): misleading (its hint "look at what high is combined with where it is used" points at
# np.log10(high), but as rn8_flip_coin_as_percentage in JUDGEMENT65).
# Close calls: departure's loop at lines 238-244 of gradient_descent (seven lines, one a comment: two headers and four
# statements) for coordinates updated one by one: the mistake is the inner loop's structure itself, which any departure
# can only place in that loop: right (as rn3_avgpool_window_end_inclusive in JUDGEMENT65); one_slip's "the term `+ 1`
# missing (the same slip in two places)" for window starts range(0, H - ph, s) (the fix is range(0, H - ph + 1, s),
# twice; on these tests (H - ph) is a multiple of the stride, where the student's count equals the correct one's
# without + 1): right; adagrad's one_slip "the term `config.get("cache", np.zeros_like(w)) +` missing (or it is zero in
# yours), where config['cache'] is computed" and as_if "if config['cache'] were all zeros ... and at the order of the
# lines that use it", beside state_not_kept, for a cache stored before this step's squares are added (config keeps the
# zeros: the stored cache is exactly zero): right; shifted_steps's "each entry of yours along axis 0 equals the
# expected's previous one: you are one step behind (the value before the update is returned, or the count starts one
# too early)" for W[:, classes[n] - 1] on the test that asks classes 0-3 of one repeated example: true (cyclically),
# its second guess the index one early, beside one_edit's fix on the other two tests: right; few_rows_trained's "only
# 10 distinct images ever reached the model, each about 15 times ... A part of the rows kept for a quick run
# (X_train[:10] left in?), ..." for X_train[first] with np.unique's first occurrences (one image per class: exactly 10
# rows kept, though not the first 10): right; scaled's "every entry is 0.9698 times the expected (one common factor)
# ...: look for a missing or extra scale (a 1/N, a 2, ...)" beside a departure on lines 221-222 (`keep_rate =
# kept.mean()`): right by the departure, the scaled examples not claims.
JUDGEMENT66: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (five tests): "`out`, set by line 217: `out = x + np.minimum(x, 0)`. What that line reads (x) agrees
    # ...: the mistake is in that line. One change repairs it: written `out = x - np.minimum(x, 0)`" (the fix).
    "ro1_relu_fwd_identity_sign_slipped": ("right", ("departure",), ""),
    # departure (both tests): "`out`, set by line 216: `out = np.arctanh(x)` ... your `out` is NaN at 9 of 30 entries
    # where the right value is finite ...: the mistake is in that line (another function, or other arguments, than
    # meant?)"; the inputs check's own "not checked: ... returned nothing it computed" is not judged.
    "ro1_tanh_fwd_inverse_tanh": ("right", ("departure",), ""),
    # scaled (both tests): "every entry is half the expected: a factor 2 is missing (the derivative of a square
    # carries a 2; ...)" (the inner factor 2 of sigmoid(2x)'s chain rule: the relation exactly, its parenthesis
    # examples, as JUDGEMENT38).
    "ro1_tanh_bwd_sigmoid_route_inner_factor_lost": ("right", ("scaled",), ""),
    # departure: "line 218: `out = rows.dot(w) + b` raises the error (at `rows.dot(w)`), though what that line reads
    # (b, rows, w) agrees with the correct code; ... `rows` has shape (3, 4, 5) ...: the mistake is in that line"
    # (rows, the unflattened value with the mistake, declared agreeing: a decision, above); shape_error beside it:
    # "`rows` is set at line 217: `rows = np.squeeze(x)`. The error: a matrix product needs the last axis of the left
    # (5, of (3, 4, 5)) to match the first axis of the right (20, of (20, 6))" (right).
    "ro1_affine_fwd_squeeze_as_flatten": (
        "misleading", ("shape_error",),
        "line 217, rows = np.squeeze(x), drops only axes of length 1: the (3, 4, 5) input keeps its shape instead of "
        "becoming the (3, 20) rows the (20, 6) weights need, so rows.dot(w) at line 218 raises ValueError (the 2-D "
        "inputs of the MLP pass only because squeeze leaves them alone); flatten each example, rows = "
        "x.reshape(x.shape[0], -1)."),
    "ro1_sigmoid_bwd_ndindex_loop_local_is_s": ("named", (), ""),
    "ro1_relu_bwd_double_loop_ge_zero": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (test_gradient_noise_std): "what your function returns, at line 237: `return math.sqrt(variance)`. What
    # that line reads (variance) agrees with the correct code; what it returns is 0.74162 where 0.547723 is right: the
    # mistake is in that line" (variance = gamma = 0.55 at step 0, a coincidence; the square root is right: a decision,
    # above); the defaults test: "`variance`, set by line 236: `variance = gamma / (1 + step) ** eta` ... your
    # `variance` is 0.55; with 0.3 there instead ...: the mistake is in that line" (right).
    "ro2_noise_std_eta_gamma_roles_swapped": (
        "misleading", (),
        "line 236, variance = gamma / (1 + step) ** eta, swaps the roles of the two settings: the variance is eta / (1 "
        "+ step) ** gamma, so it starts at gamma = 0.55 where eta = 0.3 (std 0.742 where 0.548 at step 0) and decays "
        "with exponent 0.3 where 0.55; write variance = eta / (1 + step) ** gamma (the square root at line 237 is "
        "right)."),
    # departure (three tests): "`next_w`, set by line 239: `next_w = w - config["learning_rate"] * np.sign(g)`. In it,
    # `np.sign(g)` is the first part whose value the correct code never computes ...: the mistake is in that line, or
    # in what `config` holds".
    "ro2_sgd_steps_along_gradient_sign": ("right", ("departure",), ""),
    # state_not_kept (four tests): "your first step matches, then your weights leave the expected path for good ...:
    # its state in config ... is probably not kept, not updated, or used wrongly"; one_slip: "the term
    # `config.get("cache", np.zeros_like(w)) +` missing (or it is zero in yours), where config['cache'] is computed";
    # as_if: "if config['cache'] were all zeros ...: look at ... the order of the lines that use it" (all true: the
    # stored cache stays zero; a close call, above).
    "ro2_adagrad_cache_stored_before_accumulating": ("right", ("state_not_kept", "one_slip", "as_if"), ""),
    # departure: "the loop at lines 238-244 (`for _ in range(steps):  # theta_j := theta_j - alpha * dJ/dtheta_j, for
    # every j`) leaves `path` holding values the correct code never computes, though what the loop reads from before
    # it ... agrees ...: the mistake is in that loop" (a close call, above).
    "ro2_gd_coordinates_updated_one_by_one": ("right", ("departure",), ""),
    "ro2_minibatch_new_order_drawn_but_old_used": ("named", (), ""),
    "ro2_adam_step_count_starts_at_zero_in_except": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # as_if: "yours is what the correct conv_multiply_count() returns if output_size[1] were output_size[0]: one entry
    # of output_size is used where another is meant" (34560 where 11520: exact); one_edit: "line 285 reads `n_values =
    # out_channels * oh * oh`; written `n_values = out_channels * ow * oh` ..." (the fix).
    "ro3_multiply_count_output_height_twice": ("right", ("as_if", "one_edit"), ""),
    # one_slip (both tests): "the term `+ 1` missing (the same slip in two places)" (range(0, H - ph + 1, s) twice: a
    # close call, above).
    "ro3_avgpool_fwd_window_starts_range_exclusive": ("right", ("one_slip",), ""),
    # departure: "line 285: `return spread + span - 2 * padding * stride + output_padding` ... 8 where 10 is right: the
    # mistake is in that line ... One change repairs it: written `return spread + span - 2 * padding + output_padding`"
    # (the fix).
    "ro3_transposed_size_padding_scaled_by_stride": ("right", ("departure",), ""),
    # no diagnosis: only the shape comparisons, "indices: shape (2, 3, 4, 3, 2) differs from the expected (2, 3, 4, 3)"
    # (three tests).
    "ro3_pool_indices_as_row_col_pairs": (
        "nothing", (),
        "the pooled values are right, but each maximum's position is stored as a (row, col) pair in a trailing axis "
        "of 2, indices of shape (N, C, Ho, Wo, 2), where the flat index within the H x W map, row * W + col, shaped "
        "like out, is asked (and what max_unpool reads); store where[:, :, i, j] = (i * s + k // pw) * W + j * s + k "
        "% pw in an (N, C, Ho, Wo) array."),
    "ro3_receptive_field_smallest_input_search_no_stride": ("named", (), ""),
    # catalogued max_pool_gradient_spread, not named; zero_pattern (four tests): "the expected is exactly 0 at 413 of
    # 486 entries ..., but yours is not 0 at 413 of them: a mask (which entries receive a value) is missing or wrong"
    # (the argmax mask is missing: true); departure: "the loop at lines 286-289 (`for i in range(Ho):`) leaves `dx`
    # holding values the correct code never computes ...: the mistake is in that loop" (four lines, one statement).
    "ro3_maxpool_bwd_whole_gradient_to_every_input": ("right", ("zero_pattern", "departure"), ""),
    # ------------------------------------------------------------------ a4_init
    # scaled (three tests): "yours is half the expected: a factor 2 is missing (...; a range from 0 to a is half as wide
    # as one from -a to a)" (u * a - a / 2 is half of 2 a u - a: exact); on the gain-2 test "fits more than one cause:
    # half ...; or 1/gain ..." (the first, the cause; one of two).
    "ro4_xavier_uniform_unit_draws_times_bound_minus_half": ("right", ("scaled",), ""),
    # departure (both tests): "this call leaves `gain` to its default, and your default is 1.6666666666666667 (line 90:
    # `def xavier_normal(shape, seed, mode="fan_avg", gain=5 / 3):`) where the correct code's is 1.0 ...: The mistake is
    # the default in that line".
    "ro4_xavier_normal_default_gain_tanh": ("right", ("departure",), ""),
    # departure (both tests): "line 92: `negative_slope = 0.01` computes `negative_slope`, a value the correct code
    # never computes ... up to line 94 ... The mistake is in lines 92-94" (the range begins on the mistake).
    "ro4_he_std_leaky_relu_slope": ("right", ("departure",), ""),
    # departure: "`std`, set by line 93: `std = he_std(as_matrix)` ... your `std` is 0.223607; with 0.117851 there
    # instead ...: the mistake is in that line, or in he_std() that it calls, or in what `as_matrix` holds" (sqrt(2 /
    # 40) where sqrt(2 / 144): true).
    "ro4_he_normal_std_of_kernel_as_matrix": ("right", ("departure",), ""),
    "ro4_xavier_uniform_python_random_module": ("named", (), ""),
    # catalogued relu_factor_2_missing, not named; scaled (both tests): "yours is 1/sqrt(2) times the expected: a
    # factor 2 is missing inside a square root (as in sqrt(2 / fan_in))" (He's 2 itself: exact).
    "ro4_he_normal_delegates_to_xavier_fan_in": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "line 221: `keep_rate = kept.mean()` computes `keep_rate`, a value the correct code never computes
    # ... The mistake is in lines 221-222"; scaled beside it: "every entry is 0.9698 times the expected ...: look for a
    # missing or extra scale" (true; its examples not claims: a close call, above).
    "ro5_dropout_bwd_scaled_by_observed_keep_fraction": ("right", ("departure",), ""),
    # departure (both tests): "`dx`, set by line 223: `dx = (...) / (N * std)` ...: the mistake is in that line. One
    # change repairs it: written `dx = (...) / (N / std)`" (the fix: std holds inv_std).
    "ro5_bn_alt_inv_std_read_as_std": ("right", ("departure",), ""),
    # one_slip: "`beta, gamma` where `gamma, beta` is meant (two arguments in each other's place)" (exact).
    "ro5_spatial_bn_gamma_beta_swapped_in_call": ("right", ("one_slip",), ""),
    # scaled (dgamma): "every entry is 1/N of the expected (N=4, the batch size): did you divide by the batch size where
    # a sum is asked for"; wrong_reduction (dbeta): "the mean over axis 0 of dout ...; the expected is its sum".
    "ro5_ln_bwd_param_grads_averaged_over_batch": ("right", ("scaled", "wrong_reduction"), ""),
    # catalogued bn_eps_outside_sqrt, not named; departure (seven tests): "`inv_std`, set by line 229: `inv_std = 1.0 /
    # (np.sqrt(var) + np.sqrt(eps))`. In it, `np.sqrt(var) + np.sqrt(eps)` is the first part whose value the correct
    # code never computes ...: the mistake is in that line, or in the condition at line 225" and, in test mode, the
    # same on line 236 (both lines with the mistake; 59.6 on the test with one feature of tiny variance).
    "ro5_bn_root_split_over_sum": ("right", ("departure",), ""),
    "ro5_dropout_floor_trick_keeps_one_minus_p": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; optimizer_not_on_model (three tests): "after 299 of the 299 backward passes
    # that followed one of its steps they still had no gradient ... The optimizer was made for other parameters than
    # those of the model trained (...): give it model.parameters() of the model you train" (a decision, above).
    "ro6_optimizer_built_on_buffers": ("right", ("optimizer_not_on_model",), ""),
    # catalogued labels_shuffled, not named; loss_flat (digits, shapes): "the training loss stayed at about 2.14 over
    # 300 steps ...: A batch's labels not those of its images (index X and y with the same indices, one permutation for
    # both), ..." (the first of three guesses, the cause); the seeded test gives only the check's message.
    "ro6_labels_permuted_twice": ("right", ("loss_flat",), ""),
    # optimizer_setting (three tests): "Adam stepped with learning rate 30: ... steps of 30 are far too large for a
    # network's weights; its rates are usually 1e-4 to 1e-2" (a decision, above).
    "ro6_steplr_gamma_ten_grows_rate": ("right", ("optimizer_setting",), ""),
    # scores_reversed (digits, shapes): "... predicts 200 of those same training images ... at accuracy 0.00, far below
    # guessing's 0.09: its picks avoid the right class, which scores that rank the classes backwards give (...), or
    # labels turned into other classes consistently"; departure (seeded): "line 63: `n_classes = int(labels.max()) +
    # 1` sets `n_classes` to 7, where the correct code's `n_classes` is 6 ..." (a decision, above).
    "ro6_labels_shifted_to_start_at_one": ("right", ("scores_reversed",), ""),
    # few_rows_trained (three tests): "your code trained on 150 images (0.1 epochs of the 1258 rows of X_train), yet
    # only 10 distinct images ever reached the model, each about 15 times ... A part of the rows kept ..." (4 on the
    # shapes, 6 seeded: true; a close call, above).
    "ro6_balanced_set_one_image_per_class": ("right", ("few_rows_trained",), ""),
    # no diagnosis: only the accuracy, "digits accuracy: accuracy 0.861 (full points at 0.95, none below 0.80)".
    "ro6_images_subsampled_every_other_pixel": (
        "nothing", (),
        "X_train[:, :, ::2, ::2] and X_test[:, :, ::2, ::2] keep every other pixel of each row and column: the 8 x 8 "
        "digits become 4 x 4, so the network sees a quarter of each image's pixels and its accuracy falls (0.861 "
        "where 0.95 earns full points); train and predict on the images as given."),
    # ------------------------------------------------------------------ a7_architectures
    # departure: "`rows`, set by line 183: `rows = np.stack([p.flatten(order="F") for p in patch])`. What that line
    # reads (patch) agrees ...; your `rows` holds the right values in another order ...: the mistake is in that line";
    # the rectangular test: "the loop at lines 180-184 ...: the mistake is in that loop" (five lines).
    "ro7_score_map_windows_flattened_column_major": ("right", ("departure",), ""),
    # one_edit (two tests): "line 178 reads `w_k = W[:, classes[n] - 1]`; written `w_k = W[:, classes[n]]` ..." (the
    # fix); shifted_steps (every-class test): "each entry of yours along axis 0 equals the expected's previous one: you
    # are one step behind (..., or the count starts one too early)" (a close call, above).
    "ro7_cam_classes_read_one_based": ("right", ("one_edit", "shifted_steps"), ""),
    # transposed (both tests): "yours is the expected transposed (shape (6, 4) for (4, 6)): a .T too many or missing,
    # or the operands of a product in the other order (x.T @ dout vs dout.T @ x)" (exact).
    "ro7_resbwd_projection_weight_grad_transposed": ("right", ("transposed",), ""),
    # scaled (dmu, both tests): "every entry is the negative of the expected: a sign is flipped" (dmu only: exact).
    "ro7_gaussian_residual_mu_minus_y_sign": ("right", ("scaled",), ""),
    "ro7_gap_bwd_position_loop_undivided": ("named", (), ""),
    "ro7_resbwd_shortcut_term_bare_expression": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # as_if: "yours is what the correct log_uniform() returns if high were 1 or if high were 1 - high = 0.9 or if high
    # were 0.5 ...; or high and one minus high are mixed up (a keep probability read as a drop probability?)"; the
    # quarter-decade test: "if high were 0.5" (exact only for high = 1/e; a decision, above).
    "ro8_log_uniform_bounds_logged_in_two_bases": (
        "misleading", (),
        "the exponent's bounds are taken in two bases, np.log(low) (natural) and np.log10(high) (base 10), and the "
        "draw is raised with np.exp: the upper bound log10(0.1) = -1 is read as a natural log, so the draws run from "
        "1e-4 to exp(-1) = 0.368 instead of 0.1 (exactly the correct draws for high = 1/e); take both bounds in the "
        "base the draw is raised in, 10 ** rng.uniform(np.log10(low), np.log10(high), size=n)."),
    # departure (six tests): "what your function returns, at line 169: `return X_train / sd - mu, X_test / sd - mu`.
    # What that line reads (X_test, X_train, mu, sd) agrees ...: the mistake is in that line".
    "ro8_standardize_divides_before_centring": ("right", ("departure",), ""),
    # raised_here (both tests): "line 169: `out[n] = x[n].transpose(0, 2, 1)` raises the error at `out[n]`. There,
    # `out` is a float64 array of shape (1000, 1, 3, 5) ..." (the line with the mistake, on non-square images).
    "ro8_flip_by_transposing_image": ("right", ("raised_here",), ""),
    # departure (both tests): "the loop at lines 174-184 ...: the mistake is in that loop. On its first pass, line 176:
    # `idx = rng.choice(n, 64)` is the first to compute a value the correct code never computes ...: look there first".
    "ro8_train_batches_drawn_with_replacement": ("right", ("departure",), ""),
    "ro8_crop_offsets_clipped_below_room": ("named", (), ""),
    # catalogued warmup_starts_at_zero, not named; departure (both tests): "line 167: `return base_lr * step /
    # (warmup_steps - 1)` ... 0 where 0.02 is right: the mistake is in that line, or in the condition at line 165".
    "ro8_warmup_ramp_ends_on_last_warmup_step": ("right", ("departure",), ""),
}
# Counts: named 10, right 33 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16 catalogued:
# 10 named, 6 right by their diagnoses (ro3_maxpool_bwd_whole_gradient_to_every_input,
# ro4_he_normal_delegates_to_xavier_fan_in, ro5_bn_root_split_over_sum, ro6_optimizer_built_on_buffers,
# ro6_labels_permuted_twice, ro8_warmup_ramp_ends_on_last_warmup_step)), misleading 3, vague 0, nothing 2,
# wrong_name 0, check_message 0, not_caught 0. HOLDOUT66_CORRECT: all 7 earn full marks.

HOLDOUT66 = [replace(e, verdict=JUDGEMENT66[e.id][0], expected=frozenset(JUDGEMENT66[e.id][1]),
                     ideal=JUDGEMENT66[e.id][2]) if e.id in JUDGEMENT66 else e for e in HOLDOUT66]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,611 earlier ones (corpus.py and holdout.py-holdout65.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 5 of the 48 mistakes and 7 of the
# 7 right variants repeat.
# Fresh mistakes (the 43 that repeat no earlier entry): named or right 39/43 = 91%.
# (id -> the earlier entry it repeats)
REPEATED66: dict[str, str] = {
    # np.squeeze leaves (N, d1, ..., dk) as it is, so x is multiplied unflattened: the same failure as np.dot(x, w)
    "ro1_affine_fwd_squeeze_as_flatten": "qc1_affine_fwd_input_not_flattened",
    # output positions counted as oh * oh (width replaced by height): identical counts for ints and pairs
    "ro3_multiply_count_output_height_twice": "qi3_multiply_count_output_pair_first_entry",
    # identical code, u * a - a / 2 = U(-a/2, a/2)
    "ro4_xavier_uniform_unit_draws_times_bound_minus_half": "rh4_xavier_uniform_width_a",
    # he_std of a 2-D view (out, ...) of the conv shape, fan_in read as out_channels: same sqrt(2 / out), linear right
    "ro4_he_normal_std_of_kernel_as_matrix": "g4_he_normal_std_of_channel_axes",
    # dmu comes out (y - mu) / var / N, sign flipped; loss and dlog_std right
    "ro7_gaussian_residual_mu_minus_y_sign": "x7_gaussian_nll_dmu_sign",
    # same exp(scores - scipy logsumexp(axis=1, keepdims=True))
    "rok_correct_softmax_scipy_logsumexp": "qhk_correct_softmax_scipy_logsumexp",
    # same look-ahead form w + mu * v_new - lr * g
    "rok_correct_nesterov_lookahead_form": "ok_a2_nesterov_lookahead_form",
    # same extent / room / divmod / ValueError code
    "rok_correct_conv_output_size_divmod": "w3_correct_output_size_divmod",
    # same (2u - 1) * sqrt(3) * xavier_std from rng.random
    "rok_correct_xavier_uniform_scaled_unit_draws": "v4_correct_xavier_uniform_scaled_random",
    # same loop over groups normalizing each channel block over (C/g, H, W); array_split only replaces the slicing
    "rok_correct_groupnorm_array_split_loop": "t5_correct_gn_group_loop",
    # same dout / (H * W) broadcast_to (N, C, H, W) and copied
    "rok_correct_gap_backward_broadcast_share": "e7_correct_gap_bwd_broadcast_copy",
    # same sliding_window_view of the padded batch gathered by fancy indexing at the seeded offsets
    "rok_correct_random_crop_window_view_gather": "y8_correct_crop_sliding_windows",
}
