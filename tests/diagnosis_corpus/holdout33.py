"""A thirty-third hold-out: student-style mistakes written without seeing the detectors.

Judged on commit f49a2a0 (JUDGED_ON33, JUDGEMENT33 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout33.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader
tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns full
marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT33 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT33_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT33: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qh1_relu_bwd_where_passes_input_values", "a1_backprop", "relu_backward",
       "np.where(x > 0, dout, x) keeps dout where the input was positive but returns the input x itself (not 0) "
       "where it was not: the blocked positions carry the negative inputs instead of a zero gradient", """
def relu_backward(dout, cache):
    x = cache
    # gradient flows only where the unit was active
    dx = np.where(x > 0, dout, x)
    return dx
"""),
    _e("qh1_logistic_tanh_sigmoid_argument_not_halved", "a1_backprop", "logistic_regression_gradient",
       "the sigmoid is written through tanh as 0.5 * (1 + tanh(z)) without halving the argument: that is "
       "sigmoid(2z), so pi is too steep; the identity is sigmoid(z) = 0.5 * (1 + tanh(z / 2))", """
def logistic_regression_gradient(w, X, y):
    z = X @ w
    pi = 0.5 * (1.0 + np.tanh(z))   # stable sigmoid via tanh
    return X.T @ (pi - y)
"""),
    _e("qh1_numgrad_minus_point_left_unshifted", "a1_backprop", "eval_numerical_gradient",
       "x[i] is set back to its value before the second evaluation instead of to value - h, so the quotient is "
       "(f(x + h e_i) - f(x)) / 2h: half a one-sided difference (every derivative about halved); the centred "
       "difference evaluates f at x - h e_i", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape, dtype=float)
    for i in np.ndindex(x.shape):
        keep = float(x[i])
        x[i] = keep + h
        up = f(x)
        x[i] = keep
        down = f(x)
        grad[i] = (up - down) / (2 * h)
    return grad
"""),
    _e("qh1_mlp_reg_grad_keeps_the_half", "a1_backprop", "two_layer_mlp_loss",
       "the penalty 0.5 * reg * sum(W**2) is differentiated as 0.5 * reg * W (the 1/2 kept): the weight gradients "
       "get half the regularization they need; d/dW of 0.5 * reg * ||W||^2 is reg * W", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, c1 = affine_forward(X, W1, b1)
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    half = 0.5 * reg
    loss = data_loss + half * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    dW1 += half * W1
    dW2 += half * W2
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    _e("qh1_sigmoid_bwd_in_place_copy_of_s", "a1_backprop", "sigmoid_backward",
       "the local derivative is taken to be the cached output s itself (a copy of s multiplied in place by dout), "
       "so dx = dout * s; the derivative of the sigmoid is s * (1 - s)", """
def sigmoid_backward(dout, cache):
    grad = np.array(cache, dtype=float)   # s = sigmoid(x)
    grad *= dout
    return grad
""", catalogued="sigmoid_derivative_is_s"),
    _e("qh1_mse_grad_scaled_ones_without_two", "a1_backprop", "mse_loss",
       "the gradient is built as a constant 1 / size array times the residual, which drops the factor 2 of the "
       "square's derivative: d/dp mean((p - t)^2) = 2 (p - t) / size", """
def mse_loss(pred, target):
    resid = pred - target
    count = np.prod(resid.shape)
    loss = np.sum(resid * resid) / count
    dpred = np.full(resid.shape, 1.0 / count) * resid
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    # ------------------------------------------------------------------ a2_optim
    _e("qh2_rmsprop_cache_plain_running_sum", "a2_optim", "rmsprop",
       "the squared gradients are added to the cache with no decay (cache + g*g, which is Adagrad's accumulator), so "
       "the step size only shrinks; RMSProp keeps cache = decay_rate * cache + (1 - decay_rate) * g**2", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    sq = np.square(g)
    cache = config.get("cache")
    cache = sq if cache is None else cache + sq
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
""", catalogued="rmsprop_without_decay"),
    _e("qh2_cosine_lr_steps_one_based", "a2_optim", "cosine_lr",
       "the step is converted to a 1-based count before the cosine, so the schedule is one step ahead: step 0 "
       "already gives less than base_lr and the last step overshoots; the progress is step / total_steps", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    k = step + 1                       # human-readable step number
    frac = k / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * frac))
""", catalogued="cosine_lr_off_by_one"),
    _e("qh2_adadelta_acc_grad_stored_under_other_key", "a2_optim", "adadelta",
       "the gradient accumulator is read from config['acc_grad'] but written back as config['cache'], so every "
       "call starts it from zero again (acc_delta is kept); both accumulators must persist under the keys read", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    Eg = config.get("acc_grad", np.zeros_like(w))
    Ed = config.get("acc_delta", np.zeros_like(w))
    Eg = rho * Eg + (1 - rho) * g * g
    delta = np.sqrt(Ed + eps) / np.sqrt(Eg + eps) * g
    Ed = rho * Ed + (1 - rho) * delta * delta
    config["cache"] = Eg
    config["acc_delta"] = Ed
    return w - config["learning_rate"] * delta, config
"""),
    _e("qh2_exponential_lr_rounded_for_logging", "a2_optim", "exponential_lr",
       "the learning rate is rounded to 4 decimals (round(..., 4), meant for printing) before it is returned: small "
       "rates become 0 or lose their digits; return base_lr * gamma ** step unrounded", """
def exponential_lr(base_lr, step, gamma):
    lr = base_lr * gamma ** step
    return round(lr, 4)
"""),
    _e("qh2_linreg_grad_missing_factor_two", "a2_optim", "linear_regression_gradient",
       "the gradient of the mean squared error is written without the factor 2 (X^T (Xw - y) / N, the gradient of "
       "half the MSE); the gradient of mean((Xw - y)^2) is 2 X^T (Xw - y) / N", """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return X.T @ residual / len(y)
"""),
    _e("qh2_newton_solves_with_transposed_system", "a2_optim", "newton_step",
       "the Newton direction is solved from grad^T H (np.linalg.solve(hessian.T @ hessian, grad)): the normal "
       "equations of H instead of H itself, H^-2 g; the step is H^-1 g = np.linalg.solve(hessian, grad)", """
def newton_step(w, grad, hessian):
    # least-squares solve for robustness
    direction = np.linalg.solve(hessian.T @ hessian, grad)
    return w - direction
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qh3_receptive_field_sums_dilated_kernels", "a3_conv", "receptive_field",
       "each layer adds d * (k - 1) to the receptive field without the jump (the product of the strides below it), "
       "so strides have no effect; the growth of layer l is d_l (k_l - 1) times the product of earlier strides", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1 for _ in kernel_sizes]
    rf = 1
    for layer, k in enumerate(kernel_sizes):
        rf += dilations[layer] * (k - 1)   # each layer widens the view by its span
    return rf
""", catalogued="receptive_field_ignores_stride"),
    _e("qh3_avgpool_bwd_broadcast_without_area", "a3_conv", "avg_pool_backward",
       "each window's upstream gradient is broadcast unchanged onto all its inputs (np.broadcast_to), without "
       "dividing by the window's area ph * pw: the gradient is ph * pw times too large", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    for i in range(Ho):
        for j in range(Wo):
            g = np.broadcast_to(dout[:, :, i, j][:, :, None, None], (N, C, ph, pw))
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += g
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qh3_conv_fast_input_subsampled_before_windows", "a3_conv", "conv_forward_fast",
       "the stride is applied to the padded input (xp[:, :, ::stride, ::stride]) before the windows are cut, so "
       "the kernel slides over a subsampled image; the windows of every position are cut first and then every "
       "stride-th window is kept", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    xs = xp[:, :, ::stride, ::stride]
    win = sliding_window_view(xs, (HH, WW), axis=(2, 3))
    out = np.einsum("nchwij,fcij->nfhw", win, w) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("qh3_maxpool_bwd_overlap_assigned", "a3_conv", "max_pool_backward",
       "the gradient of each window is written to its maximum with = instead of +=: where overlapping windows "
       "share a maximum, the later window's gradient overwrites the earlier one instead of adding to it", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = win.argmax(axis=2)
            r, q = i * s + k // pw, j * s + k % pw
            n_idx, c_idx = np.meshgrid(np.arange(N), np.arange(C), indexing="ij")
            dx[n_idx, c_idx, r, q] = dout[:, :, i, j]
    return dx
"""),
    _e("qh3_output_size_dilated_extent_d_times_k_minus_one", "a3_conv", "conv_output_size",
       "the dilated kernel's extent is taken as d * k - 1 pixels (subtracted from the padded input) instead of "
       "d (k - 1) + 1: right only for d = 1, one output or a rejection off for a dilated kernel", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    extent = dilation * kernel_size - 1
    span = input_size + 2 * padding - extent
    if span < 0 or span % stride != 0:
        raise ValueError("kernel and stride do not tile the input")
    return span // stride + 1
"""),
    _e("qh3_separable_multiplies_pointwise_times_kernel", "a3_conv", "depthwise_separable_multiply_count",
       "the pointwise 1x1 convolution's multiplications are counted with the depthwise kernel's kh * kw as well "
       "(in * out * kh * kw per position); a 1x1 conv does in * out multiplications per output position", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    positions = oh * ow
    depthwise = positions * in_channels * kh * kw
    pointwise = positions * in_channels * out_channels * kh * kw
    return depthwise + pointwise
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qh4_uniform_bound_std_from_unit_draws", "a4_init", "xavier_uniform",
       "the uniform draws are mapped to (-std, std) ((2u - 1) * std): the bound is the standard deviation itself, so "
       "the variance is std**2 / 3; U(-a, a) needs a = sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    u = rng.random(shape)              # in [0, 1)
    return (2.0 * u - 1.0) * std
""", catalogued="uniform_bound_is_std"),
    _e("qh4_fans_conv_both_from_first_axis", "a4_init", "compute_fans",
       "for a convolution weight both fans are built from shape[0] (the output channels) times the kernel size; "
       "fan_in uses the input channels, shape[1] * kernel size", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    channels, kernel = shape[0], shape[2:]
    k = 1
    for s in kernel:
        k *= s
    return channels * k, channels * k
""", catalogued="conv_fan_in_wrong_axis"),
    _e("qh4_xavier_std_inverse_fans_added", "a4_init", "xavier_std",
       "the fan_avg std is written as gain * sqrt(1 / fan_in + 1 / fan_out) (the inverse fans added) instead of "
       "gain * sqrt(2 / (fan_in + fan_out)); the fan_in mode is right", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(1.0 / fan_in + 1.0 / fan_out)
    return gain * math.sqrt(1.0 / fan_in)
"""),
    _e("qh4_he_std_fan_in_torch_layout", "a4_init", "he_std",
       "fan_in is taken as the product of every axis after the first (torch's (out, in, ...) layout): right for "
       "convolutions, but for a linear weight (D, M) that is M, the fan_out; use compute_fans(shape)[0]", """
def he_std(shape):
    fan_in = int(np.prod(shape[1:]))
    return math.sqrt(2.0 / fan_in)
"""),
    _e("qh4_uniform_bound_root_of_three_std", "a4_init", "xavier_uniform",
       "the bound is written math.sqrt(3.0 * std), the square root of three standard deviations, instead of "
       "math.sqrt(3.0) * std: the spread has the wrong scale", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    a = math.sqrt(3.0 * std)
    return np.random.default_rng(seed).uniform(low=-a, high=a, size=shape)
"""),
    _e("qh4_actstats_mean_method_not_called", "a4_init", "activation_statistics",
       "h.mean and h.var are appended without calling them (bound methods, not numbers), so the returned arrays "
       "hold method objects; append h.mean() and h.var()", """
def activation_statistics(X, weights, activation):
    funcs = {"sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)), "tanh": np.tanh,
             "relu": lambda z: np.maximum(0, z), "linear": lambda z: z}
    act = funcs[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean)
        variances.append(h.var)
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qh5_ln_bwd_means_over_rows_count", "a5_normalization", "layernorm_backward",
       "the row means of the backward formula are divided by the batch size N = x_hat.shape[0] instead of by the "
       "D features each row's statistics were taken over", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    n_items = x_hat.shape[0]          # number of samples
    g = dout * gamma
    mean_g = g.sum(axis=1, keepdims=True) / n_items
    mean_gx = (g * x_hat).sum(axis=1, keepdims=True) / n_items
    dx = inv_std * (g - mean_g - x_hat * mean_gx)
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    return dx, dgamma, dbeta
""", catalogued="layernorm_backward_uses_batch_size"),
    _e("qh5_dropout_keep_fraction_one_minus_p", "a5_normalization", "dropout_forward",
       "the keep fraction is computed as 1 - p (p read as the drop rate): units are kept with probability 1 - p "
       "and scaled by 1 / (1 - p); p is the keep probability, mask = (u < p) / p", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    keep = 1.0 - p
    u = np.random.default_rng(dropout_param.get("seed")).random(x.shape)
    mask = (u < keep) / keep
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("qh5_bn_running_var_tracks_std", "a5_normalization", "batchnorm_forward",
       "the running variance is updated with the batch standard deviation (x.std(axis=0), corrected by N / (N - 1)) "
       "instead of the variance, so test mode divides by the square root of a standard deviation", """
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
        sd = x.std(axis=0)
        inv_std = 1.0 / np.sqrt(sd ** 2 + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * sd * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qh5_bn_alt_dgamma_times_gamma", "a5_normalization", "batchnorm_backward_alt",
       "dgamma is summed from dx_hat * x_hat, where dx_hat = dout * gamma already carries gamma: dgamma comes out "
       "gamma times too large; it is sum(dout * x_hat, axis=0)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dxh = dout * gamma
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(dxh * x_hat, axis=0)
    dx = (inv_std / N) * (N * dxh - dxh.sum(axis=0) - x_hat * np.sum(dxh * x_hat, axis=0))
    return dx, dgamma, dbeta
"""),
    _e("qh5_dropout_fwd_caches_boolean_mask", "a5_normalization", "dropout_forward",
       "the forward output is scaled by 1 / p, but the cache is the boolean keep mask without the 1 / p, so "
       "dropout_backward (dout * cache) passes the kept gradients unscaled; cache the scaled mask", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    out = np.where(keep, x / p, 0.0)
    return out, keep
"""),
    _e("qh5_gn_bwd_dbeta_per_group", "a5_normalization", "groupnorm_backward",
       "dgamma and dbeta are summed over the batch and the pixels of each group (grouped layout, shape (groups,)) "
       "instead of per channel over N, H and W (shape (C,)); dx is right", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    d_g = dout.reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    dgamma = (d_g * xh).sum(axis=(0, 2))
    dbeta = d_g.sum(axis=(0, 2))
    dx_hat = (dout * gamma.reshape(1, C, 1, 1)).reshape(N, groups, -1)
    M = xh.shape[2]
    dx = inv_std / M * (M * dx_hat - dx_hat.sum(axis=2, keepdims=True)
                        - xh * (dx_hat * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qh6_cnn_grad_accumulation_never_steps", "a6_cnn", "train_and_predict",
       "gradients are accumulated and the optimizer is meant to step every 4 batches, but the test n_seen % accum == accum is never true (a remainder is below accum), so opt.step() never runs and the model stays untrained; step when n_seen % accum == 0", """
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
    accum, n_seen = 4, 0
    opt.zero_grad()
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            # accumulate gradients over 4 mini-batches, then step
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx]) / accum
            loss.backward()
            n_seen += 1
            if n_seen % accum == accum:
                opt.step()
                sched.step()
                opt.zero_grad()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("qh6_cnn_returns_argmax_column", "a6_cnn", "train_and_predict",
       "the trained model's logits are reduced to the predicted class index per image, returned as an (M, 1) column instead of the (M, n_classes) logits the grader takes the argmax of", """
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
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits.argmax(axis=1)[:, None]  # predicted class per image
""", catalogued="predictions_not_logits"),
    _e("qh6_cnn_plateau_scheduler_fed_batch_accuracy", "a6_cnn", "train_and_predict",
       "ReduceLROnPlateau in mode='min' is stepped every batch with the batch accuracy, which rises as the model learns and so counts as no improvement: the learning rate is divided by 10 every few batches and training stalls; feed it a loss (or use mode='max'), once per epoch", """
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
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.1, patience=2)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            out = model(X[idx])
            nn.functional.cross_entropy(out, y[idx]).backward()
            opt.step()
            acc = (out.argmax(1) == y[idx]).float().mean().item()
            sched.step(acc)   # lower the lr when the batch accuracy stops improving
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qh6_cnn_labels_as_int32", "a6_cnn", "train_and_predict",
       "the labels are made an int32 tensor, which cross_entropy does not accept as class indices (it needs int64, torch.long): the first loss raises and nothing is returned", """
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
    y = torch.tensor(y_train, dtype=torch.int32, device=device)  # labels fit in 32 bits
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
    _e("qh6_cnn_train_images_scaled_test_not", "a6_cnn", "train_and_predict",
       "only the training images are divided by 255 (assumed 0-255 pixels); the test images are fed unscaled, so the model sees test inputs on another scale than it was trained on; scale both the same way", """
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
    X = torch.tensor(X_train / 255.0, dtype=torch.float32, device=device)  # pixels to [0, 1]
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
    _e("qh6_cnn_classes_counted_as_len_labels", "a6_cnn", "train_and_predict",
       "the number of outputs is len(y_train), the number of training labels, instead of the number of classes int(y_train.max()) + 1: the logits have one column per training image", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = len(y_train)  # one output per label
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
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qh7_cam_weights_summed_over_classes", "a7_architectures", "class_activation_map",
       "the class weights are summed over all K classes (W.sum(axis=1)) before weighting the feature maps, so every "
       "example gets the same all-class map; the CAM of example n uses only column classes[n] of W", """
def class_activation_map(features, W, classes):
    w_all = W.sum(axis=1)                         # (C,)
    return np.tensordot(features, w_all, axes=([1], [0]))
""", catalogued="cam_summed_over_classes"),
    _e("qh7_mdn_grads_weighted_by_mixing_probs", "a7_architectures", "mdn_nll",
       "the gradients weight each component by its prior mixing probability softmax(logits)_k instead of its "
       "responsibility gamma_k = pi_k N_k / sum_j pi_j N_j (so dlogits is zero and dmu, dlog_std are wrong)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    comp = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    c = comp.max(axis=1, keepdims=True)
    log_p = c + np.log(np.exp(comp - c).sum(axis=1, keepdims=True))
    pi = np.exp(log_pi)
    w = pi                                        # weight of each component
    dlogits = (pi - w) / N
    dmu = -w * z / sigma / N
    dlog_std = w * (1 - z * z) / N
    return -np.mean(log_p), dlogits, dmu, dlog_std
""", catalogued="mdn_gradients_use_prior_weights"),
    _e("qh7_resbwd_projection_weights_from_dout", "a7_architectures", "residual_block_backward",
       "the projection shortcut's gradients (Ws, bs) and its dx term are taken from dout, the gradient above the "
       "final ReLU, instead of dz = dout * (z > 0), the gradient after the mask (the residual branch is right)", """
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
        grads["Ws"] = x.T @ dout
        grads["bs"] = dout.sum(axis=0)
        dx = dx + dout @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("qh7_gaussian_nll_mean_over_all_entries", "a7_architectures", "gaussian_nll",
       "the loss and the gradients are averaged over all N * D entries (np.mean, / r.size) instead of summed over "
       "the D outputs and averaged over the N rows: everything is D times too small", """
def gaussian_nll(y, mu, log_std):
    var = np.exp(2 * log_std)
    r = y - mu
    per_entry = 0.5 * np.log(2 * np.pi) + log_std + 0.5 * r ** 2 / var
    loss = per_entry.mean()
    dmu = -r / var / r.size
    dlog_std = (1 - r ** 2 / var) / r.size
    return loss, dmu, dlog_std
"""),
    _e("qh7_gap_bwd_divides_by_channel_count", "a7_architectures", "global_avg_pool_backward",
       "the upstream gradient is spread over the map but divided by C (the number of channels, cache[1]) instead "
       "of by the map's area H * W", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.empty((N, C, H, W))
    dx[...] = (dout / C)[:, :, None, None]
    return dx
"""),
    _e("qh7_score_map_bias_per_window_row", "a7_architectures", "fc_score_map",
       "the bias is added once per row of windows (after the inner loop over j, to out[:, :, i, j] of the last j "
       "only) instead of to every window's scores", """
def fc_score_map(x, W, b, in_shape):
    C, H, W_ = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - W_ + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            out[:, :, i, j] = x[:, :, i:i + H, j:j + W_].reshape(N, -1) @ W
        out[:, :, i, j] += b
    return out
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qh8_crop_offsets_one_pair_for_all", "a8_pipeline", "random_crop",
       "a single (row, column) offset pair is drawn (rng.integers(..., size=2)) and used for every image of the "
       "batch; each image needs its own offsets (N rows and N columns)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    top, left = rng.integers(0, H + 2 * padding - size + 1, size=2)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return xp[:, :, top:top + size, left:left + size].copy()
""", catalogued="crop_same_offset_for_batch"),
    _e("qh8_early_stopping_plain_less_than_best", "a8_pipeline", "early_stopping",
       "an epoch counts as an improvement whenever its loss is below the best (loss < best), min_delta never used; "
       "an improvement must beat the best by more than min_delta (loss < best - min_delta)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_epoch = 0
    bad_epochs = 0
    for e in range(1, len(val_losses)):
        if val_losses[e] < val_losses[best_epoch]:
            best_epoch, bad_epochs = e, 0
        else:
            bad_epochs += 1
            if bad_epochs == patience:
                return e, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="min_delta_ignored"),
    _e("qh8_normalize_std_with_bessel_correction", "a8_pipeline", "normalize_splits",
       "the per-pixel std is the sample std (ddof=1, divided by N - 1) instead of np.std's population std "
       "(divided by N): the standardized splits come out scaled by sqrt((N - 1) / N)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mu = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mu, X_test - mu
    sd = X_train.std(axis=0, ddof=1)   # unbiased estimate
    return (X_train - mu) / (sd + eps), (X_test - mu) / (sd + eps)
"""),
    _e("qh8_train_weights_small_random_init", "a8_pipeline", "train_and_predict",
       "W starts from small random values (0.01 * standard normal, from the same rng) instead of zeros, which also "
       "shifts every later permutation drawn from rng: the run is not the specified one", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    k = int(y_train.max()) + 1
    rng = np.random.default_rng(seed)
    W = 0.01 * rng.standard_normal((X.shape[1], k))
    b = np.zeros(k)
    for _ in range(20):
        order = rng.permutation(len(X))
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
    _e("qh8_warmup_cosine_progress_from_remaining", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the progress is measured over total_steps (t = (step - warmup) / total_steps) rather "
       "than over the post-warm-up length total_steps - warmup_steps: the cosine never reaches min_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    done = step - warmup_steps
    t = done / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * t))
"""),
    _e("qh8_param_stats_std_of_update_not_gradient", "a8_pipeline", "parameter_statistics",
       "the gradient's mean and std are reported for the update lr * grad (the learning rate multiplied in), not "
       "for the gradient itself; the update ratio is right", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W = params[name]
        step = lr * grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(step), np.std(step),
                                update_ratio(W, grads[name], lr)])
    return stats
"""),
]

HOLDOUT33_CORRECT: list[Entry] = [
    _e("qhk_correct_softmax_scipy_logsumexp", "a1_backprop", "softmax",
       "right: exp(scores - logsumexp(scores, axis=1, keepdims=True)) from scipy.special, stable for large scores", """
def softmax(scores):
    from scipy.special import logsumexp
    return np.exp(scores - logsumexp(scores, axis=1, keepdims=True))
"""),
    _e("qhk_correct_nesterov_lookahead_form", "a2_optim", "nesterov_momentum",
       "right: next_w = w + mu * v_new - lr * g, algebraically the same as w - mu * v_prev + (1 + mu) * v_new", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    lr, mu = config["learning_rate"], config["momentum"]
    g = _gradient(w, dw, config)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * g
    config["velocity"] = v
    return w + mu * v - lr * g, config
"""),
    _e("qhk_correct_param_count_total_over_groups", "a3_conv", "conv_param_count",
       "right: out * in * kh * kw // groups weights (in / groups per filter) plus out biases, kernel given as int or "
       "pair", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    ks = np.broadcast_to(np.asarray(kernel_size), (2,))
    weights = out_channels * in_channels * int(ks[0]) * int(ks[1]) // groups
    return int(weights + (out_channels if bias else 0))
"""),
    _e("qhk_correct_actstats_tanh_from_sigmoid", "a4_init", "activation_statistics",
       "right: tanh written as 2 * sigmoid(2z) - 1 and relu as (z + |z|) / 2, statistics with np.mean and np.var", """
def activation_statistics(X, weights, activation):
    sig = lambda z: 1.0 / (1.0 + np.exp(-z))
    def act(z):
        if activation == "sigmoid":
            return sig(z)
        if activation == "tanh":
            return 2.0 * sig(2.0 * z) - 1.0
        if activation == "relu":
            return 0.5 * (z + np.abs(z))
        return z
    h = X
    out = np.zeros((2, len(weights)))
    for l, W in enumerate(weights):
        h = act(h @ W)
        out[0, l], out[1, l] = np.mean(h), np.var(h)
    return out[0], out[1]
"""),
    _e("qhk_correct_layernorm_via_batchnorm_on_transpose", "a5_normalization", "layernorm_forward",
       "right: layer norm as batch norm of x.T (unit gamma, zero beta, a throw-away bn_param), x_hat transposed "
       "back, inv_std reshaped to (N, 1)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    N = x.shape[0]
    _, (xh_t, _, inv) = batchnorm_forward(x.T, np.ones(N), np.zeros(N), {"mode": "train", "eps": eps})
    x_hat = xh_t.T
    return gamma * x_hat + beta, (x_hat, gamma, inv.reshape(N, 1))
"""),
    _e("qhk_correct_fc_to_conv_reshape_then_transpose", "a7_architectures", "fc_to_conv",
       "right: W reshaped to (C, H, W, M) (its rows are the flattened input) and the filter axis moved first", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    w = W.reshape(C, H, W_, -1).transpose(3, 0, 1, 2).copy()
    return w, np.array(b, copy=True)
"""),
    _e("qhk_correct_log_uniform_natural_log", "a8_pipeline", "log_uniform",
       "right: exp of a uniform draw between the natural logs of the bounds, the same draws as 10 ** uniform(log10)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    return np.exp(rng.uniform(math.log(low), math.log(high), size=n))
"""),
]

JUDGED_ON33 = "2026-12-06 on commit f49a2a0"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout33 on commit f49a2a0 (JUDGED_ON33), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure that sends the student first to a right line, or says that what a line reads agrees
# with the correct code where it does not, states something false, unless it names, as its alternatives, the
# variables that hold the mistake (qa3_depthwise_params_pointwise_grouped in JUDGEMENT26); a departure naming the
# line with the mistake is right, and so is the exact line of a one- or two-line function; a loop departure without a
# statement is right only when the loop is small and the mistake clearly in it (a numerical-gradient loop that is the
# function's body included, as z1_numgrad_backward_difference in JUDGEMENT11); scaled's bare factor on a short
# function whose one computing line holds the wrong scale is right (as v7_gap_bwd_divides_then_multiplies in
# JUDGEMENT7); checklists that list the cause among many are vague, but one of few causes, the entry's among them,
# is tolerated; an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison
# (nothing); a named entry stays named when another test's diagnosis is off (as v1_softmax_global_max_column_sums in
# JUDGEMENT7). Decided here: the check's "expected a NumPy array, got a NumPy array that does not hold numbers (dtype
# object?)" where the entries are bound methods appended uncalled (h.mean for h.mean()) compares the kind of the
# values, as a shape comparison does, and says neither what they are nor why: nothing (a close call beside
# check_message); not_rejected's generic "check the condition that rejects it" where the condition is right and the
# span it tests is one too large (the extent d * k - 1 for d (k - 1) + 1) is advice, not a false statement, and the
# departure beside it names the extent line among its alternatives: right (a close call); learning_rate_collapsed's
# "the learning rate fell from 0.003 to 3e-06 by step 12 of 300 ...: a scheduler meant to decay it every few epochs
# is stepped every batch ..., or its decay is too strong" for ReduceLROnPlateau(mode='min') stepped every batch with
# the batch accuracy states one of the two faults there (stepped every batch; the rising accuracy read as no
# improvement in mode 'min' is not said) and nothing false (3e-9 is the floor its eps=1e-8 leaves): right (a close
# call); a departure on `logits = model(...)` that says "what that line reads (X_test) agrees with the correct code
# ...: the mistake is in that line" where the model was built with n_classes = len(y_train) outputs sends the
# student to a right line: misleading; the departure on qh8_crop_offsets_one_pair_for_all's rectangular test
# (`xp = np.pad(...)` called the mistake, the padded batch compared with the correct code's crops) is false, but the
# entry is named on its two other tests (kept named, noted). The cause of
# qh3_output_size_dilated_extent_d_times_k_minus_one misstates where the code is right: d * k - 1 equals d (k - 1) +
# 1 for d = 2 only, and is one short at d = 1 (conv_output_size(32, 5, 1, 2) gives 33 where 32); judged on the code.
JUDGEMENT33: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (four tests): "`dx`, set by line 218: `dx = np.where(x > 0, dout, x)`. What that line reads (dout, x)
    # agrees with the correct code; your `dx` differs from the right value (by up to 2.68) ...: the mistake is in that
    # line": the one computing line.
    "qh1_relu_bwd_where_passes_input_values": ("right", ("departure",), ""),
    # as_if: "yours is what the correct logistic_regression_gradient() returns if w were doubled: a factor 2 too many
    # where w is used (inside a function of it)": 0.5 * (1 + tanh(z)) = sigmoid(2z) = sigmoid(X (2w)), exact.
    "qh1_logistic_tanh_sigmoid_argument_not_halved": ("right", ("as_if",), ""),
    # departure: "the loop at lines 217-223 (`for i in np.ndindex(x.shape):`) leaves `grad` holding values the correct
    # code never computes, though what the loop reads from before it (f, h, x) agrees ... (by up to 0.721) ...: the
    # mistake is in that loop": a six-statement loop that is the function's body (close call, as
    # z1_numgrad_backward_difference).
    "qh1_numgrad_minus_point_left_unshifted": ("right", ("departure",), ""),
    # missing_term: "yours differs from the expected by -0.05 x params['W2'] ...: a term proportional to it is missing
    # or extra (e.g. a regularization term reg * W)" (-0.5 reg W with reg 0.1; -0.1 with reg 0.2: true); departure:
    # "line 227: `dW1 += half * W1` ... and line 228: `dW2 += half * W2` ...: the mistake is in those two lines".
    "qh1_mlp_reg_grad_keeps_the_half": ("right", ("missing_term", "departure"), ""),
    "qh1_sigmoid_bwd_in_place_copy_of_s": ("named", (), ""),
    "qh1_mse_grad_scaled_ones_without_two": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    "qh2_rmsprop_cache_plain_running_sum": ("named", (), ""),
    "qh2_cosine_lr_steps_one_based": ("named", (), ""),
    # as_if (three tests): "yours is what the correct adadelta() returns if config['acc_grad'] were all zeros: your
    # code reads config['acc_grad'] but never stores its new value back into config, so each call starts again from
    # the value it was given" (it is stored under 'cache'); state_not_kept beside it is true.
    "qh2_adadelta_acc_grad_stored_under_other_key": ("right", ("as_if", "state_not_kept"), ""),
    # departure: "line 236: `return round(lr, 4)`. What that line reads (lr) agrees with the correct code; what it
    # returns is 0.0656 where 0.06561 is right: the mistake is in that line".
    "qh2_exponential_lr_rounded_for_logging": ("right", ("departure",), ""),
    # scaled: "every entry is half the expected: a factor 2 is missing (the derivative of a square carries a 2; ...)";
    # one_slip: "the factor `2 *` missing"; departure on the paths: "line 236: `return X.T @ residual / len(y)` ...
    # 0.5 times the right value: the mistake is in that line".
    "qh2_linreg_grad_missing_factor_two": ("right", ("scaled", "one_slip", "departure"), ""),
    # departure: "`direction`, set by line 236: `direction = np.linalg.solve(hessian.T @ hessian, grad)`. In it,
    # `hessian.T @ hessian` is the first part whose value the correct code never computes ...: the mistake is in that
    # line".
    "qh2_newton_solves_with_transposed_system": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qh3_receptive_field_sums_dilated_kernels": ("named", (), ""),
    "qh3_avgpool_bwd_broadcast_without_area": ("named", (), ""),
    # no diagnosis: only the shape comparisons, "out (stride 2, pad 0): shape (2, 4, 3, 4) differs from the expected
    # (2, 4, 4, 4)" and "out (fast): shape (2, 3, 5, 4) differs from the expected (2, 3, 6, 6)".
    "qh3_conv_fast_input_subsampled_before_windows": (
        "nothing", (),
        "xs = xp[:, :, ::stride, ::stride] subsamples the padded input before the windows are cut, so the kernel "
        "slides with step 1 over every stride-th pixel ((2, 4, 3, 4) where (2, 4, 4, 4) with stride 2): cut the "
        "windows of the whole padded input, sliding_window_view(xp, (HH, WW), axis=(2, 3)), then keep every "
        "stride-th window, win[:, :, ::stride, ::stride]."),
    # departure (four tests): "the loop at lines 286-292 (`for i in range(Ho):`) ... your `dx` differs from the right
    # value (by up to 2.15) after it ...: the mistake is in that loop": a small loop with one write to dx, the `=`;
    # one_index on the ties test: "only one entry of 108 is wrong ...: an edge case (..., or where two windows overlap
    # and one contribution overwrites another: = for +=)": the cause, among three.
    "qh3_maxpool_bwd_overlap_assigned": ("right", ("departure", "one_index"), ""),
    # departure: "`span`, set by line 283: `span = input_size + 2 * padding - extent`. What that line reads
    # (input_size, padding; the number extent, ... not checked) agrees ...; your `span` is 32 where 31 is right ...:
    # the mistake is in that line, or in `extent`, set by line 282: `extent = dilation * kernel_size - 1`" (true: the
    # extent line among the alternatives); not_rejected: "returns a value for this invalid input ...: check the
    # condition that rejects it" (10, 3, 2, 0 gives 5: true; the condition is right, the span one too large; close
    # call, see above).
    "qh3_output_size_dilated_extent_d_times_k_minus_one": ("right", ("departure",), ""),
    # departure (both tests): "line 287: `return depthwise + pointwise` ... what it returns is 87075 where 10275 is
    # right: the mistake is in that line, or in `depthwise`, set by line 285 ..., or in `pointwise`, set by line 286:
    # `pointwise = positions * in_channels * out_channels * kh * kw`" (675 + 86400 where 675 + 9600: checked).
    "qh3_separable_multiplies_pointwise_times_kernel": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "qh4_uniform_bound_std_from_unit_draws": ("named", (), ""),
    # named on the two fans tests; one_slip on the others: "`shape[0]` where `shape[1]` is meant (off by one)".
    "qh4_fans_conv_both_from_first_axis": ("named", (), ""),
    # departure (six tests): "line 93: `return gain * math.sqrt(1.0 / fan_in + 1.0 / fan_out)`. In it, `1.0 / fan_in +
    # 1.0 / fan_out` is the first part whose value the correct code never computes ... 0.11547 where 0.0707107 is
    # right: the mistake is in that line, or in the condition at line 92" (sqrt(1/300 + 1/100): checked).
    "qh4_xavier_std_inverse_fans_added": ("right", ("departure",), ""),
    # departure: "`fan_in`, set by line 91: `fan_in = int(np.prod(shape[1:]))` ... your `fan_in` is 256 where 512 is
    # right ...: the mistake is in that line".
    "qh4_he_std_fan_in_torch_layout": ("right", ("departure",), ""),
    # departure (three tests): "`a`, set by line 92: `a = math.sqrt(3.0 * std)` ... your `a` is 0.476213 where
    # 0.130931 is right ...: the mistake is in that line" (sqrt(3 x 0.0756) and sqrt(3) x 0.0756: checked).
    "qh4_uniform_bound_root_of_three_std": ("right", ("departure",), ""),
    # no diagnosis; the checks' message: "means (tanh): expected a NumPy array, got a NumPy array that does not hold
    # numbers (dtype object?)": the kind of the values, not what they are (close call, see above).
    "qh4_actstats_mean_method_not_called": (
        "nothing", (),
        "means.append(h.mean) and variances.append(h.var) append the bound methods, not their values: np.array of "
        "them is an array of method objects (dtype object) where numbers are asked; call them, h.mean() and "
        "h.var()."),
    # ------------------------------------------------------------------ a5_normalization
    "qh5_ln_bwd_means_over_rows_count": ("named", (), ""),
    "qh5_dropout_keep_fraction_one_minus_p": ("named", (), ""),
    # departure (two tests): "`running_var`, set by line 234: `running_var = momentum * running_var + (1 - momentum) *
    # sd * N / (N - 1)` ...: the mistake is in that line, or in the condition at line 225": the std where the variance
    # belongs (only the comparison on the spatial test).
    "qh5_bn_running_var_tracks_std": ("right", ("departure",), ""),
    # departure (both tests): "`dgamma`, set by line 222: `dgamma = np.sum(dxh * x_hat, axis=0)`. What that line reads
    # (dxh, x_hat) agrees with the correct code ...: the mistake is in that line".
    "qh5_bn_alt_dgamma_times_gamma": ("right", ("departure",), ""),
    # handed_wrong_input: "your dropout_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your dropout_forward(). The mistake is in what dropout_forward() returns there".
    "qh5_dropout_fwd_caches_boolean_mask": ("right", ("handed_wrong_input",), ""),
    # no diagnosis: only the shape comparison, "dgamma: shape (2,) differs from the expected (6,)".
    "qh5_gn_bwd_dbeta_per_group": (
        "nothing", (),
        "dgamma and dbeta are summed over axes (0, 2) of the grouped (N, groups, C / groups * H * W) arrays: one "
        "number per group, shape (2,) where one per channel, (6,), is asked (dx is right); sum dout * x_hat and dout "
        "over axes (0, 2, 3) of the (N, C, H, W) arrays."),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; no_optimizer_step (every test): "loss.backward() ran 300 times, but no
    # torch.optim optimizer's step() ran and the training loss did not fall: nothing changed the weights. Call
    # optimizer.step() after each backward() ..." (300 = 15 epochs of 20 batches; 225 and 45: true; the step under
    # the never-true n_seen % accum == accum).
    "qh6_cnn_grad_accumulation_never_steps": ("right", ("no_optimizer_step",), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739, 1), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax"; the seeded test's own message ("the model did not learn").
    "qh6_cnn_returns_argmax_column": ("right", ("class_indices",), ""),
    # learning_rate_collapsed (digits, shapes): "the learning rate fell from 0.003 to 3e-06 by step 12 of 300 (and to
    # 3e-09 within the first 30) ...: a scheduler meant to decay it every few epochs is stepped every batch
    # (scheduler.step() belongs after each epoch), or its decay is too strong": one of the two faults (close call).
    "qh6_cnn_plateau_scheduler_fed_batch_accuracy": ("right", ("learning_rate_collapsed",), ""),
    # torch_error (every test): "the labels given to the loss are not int64: cross-entropy wants class indices as
    # torch.long (torch.tensor(y, dtype=torch.long))".
    "qh6_cnn_labels_as_int32": ("right", ("torch_error",), ""),
    # fits_batches_not_predictions (shapes): "the training loss fell from 1.40 to 0.64 ..., yet it predicts 200 of
    # those same training images ... at accuracy 0.28: what reaches the model when it predicts differs from what it
    # trained on (the images scaled or standardized for training but not for predicting, ...), or ...": the first of
    # three, the cause; learned_little (digits): "either it did not learn them (...), or ... (the images preprocessed
    # differently at test time: standardized with other statistics, or not at all)": the second of two.
    "qh6_cnn_train_images_scaled_test_not": ("right", ("fits_batches_not_predictions", "learned_little"), ""),
    # the check's message is right ("the training labels are 0-5, so the logits have 6 columns, got 180: take the
    # number of classes from the labels (int(y_train.max()) + 1)"), but departure beside it: "`logits`, set by line
    # 88: `logits = model(torch.tensor(X_test, device=device)).cpu().numpy()`. What that line reads (X_test) agrees
    # with the correct code; your `logits` has shape (150, 180) where the right value has (150, 6) ...: the mistake is
    # in that line": a right line; the width is set by n_classes = len(y_train).
    "qh6_cnn_classes_counted_as_len_labels": (
        "misleading", (),
        "n_classes = len(y_train) counts the training images (180 here), not the classes: the last layer is "
        "nn.Linear(32, 180) and the logits have 180 columns where 6 are asked (the line that runs the model is "
        "right); use n_classes = int(y_train.max()) + 1."),
    # ------------------------------------------------------------------ a7_architectures
    "qh7_cam_weights_summed_over_classes": ("named", (), ""),
    "qh7_mdn_grads_weighted_by_mixing_probs": ("named", (), ""),
    # zero_pattern on grads['Ws'], grads['bs'] (both tests): "the expected is exactly 0 at 8 of 24 entries ..., but
    # yours is not 0 at 8 of them: a mask (which entries receive a value) is missing or wrong": the output ReLU's mask
    # missing from the shortcut's gradients (as qb7_residual_bwd_db2_before_output_relu).
    "qh7_resbwd_projection_weights_from_dout": ("right", ("zero_pattern",), ""),
    # scaled (loss, dmu, dlog_std): "0.5 times the expected, which fits more than one cause: half the expected: a
    # factor 2 is missing (...); or 1/D of the expected (D=2, the number of entries in a row): a factor D is missing,
    # or a division by D is extra": the second of two.
    "qh7_gaussian_nll_mean_over_all_entries": ("right", ("scaled",), ""),
    # scaled: "every entry is 6.667 times the expected (one common factor): ... look for a missing or extra scale"
    # (H * W / C = 20 / 3; 10 / 3 on the one-example test: true); a four-line function whose one computing line
    # divides by C (close call, as v7_gap_bwd_divides_then_multiplies).
    "qh7_gap_bwd_divides_by_channel_count": ("right", ("scaled",), ""),
    # departure (both tests): "the loop at lines 180-183 (`for i in range(H2 - H + 1):`) ... the mistake is in that
    # loop": a four-line loop, the bias line in it (as e7_score_map_bias_added_inside_loop).
    "qh7_score_map_bias_per_window_row": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # named on two tests; departure on the rectangular test: "`xp`, set by line 168: `xp = np.pad(...)` ... your `xp`
    # has shape (600, 1, 10, 15) where the right value has (600, 1, 6, 6) ...: the mistake is in that line": false
    # (the padding is right; the crops compared with the padded batch), see above.
    "qh8_crop_offsets_one_pair_for_all": ("named", (), ""),
    "qh8_early_stopping_plain_less_than_best": ("named", (), ""),
    # departure: "`sd`, set by line 168: `sd = X_train.std(axis=0, ddof=1)` ... your `sd` is 1.01274 times the right
    # value ...: the mistake is in that line" (sqrt(40 / 39): checked); one_slip: "ddof=1 where none is meant: the
    # standard deviation or variance divides by N - 1 ... where N is asked for"; scaled beside them (0.9874: true).
    "qh8_normalize_std_with_bessel_correction": ("right", ("departure", "one_slip"), ""),
    # no diagnosis: only the comparisons of the logits.
    "qh8_train_weights_small_random_init": (
        "nothing", (),
        "W = 0.01 * rng.standard_normal((D, k)) starts the weights from random values where the recipe starts from "
        "zeros, and the draw consumes rng, so every later permutation differs too: the logits are not the specified "
        "run's (off by up to 0.87); start from W = np.zeros((D, k))."),
    # one_slip: "the term `- warmup_steps` missing (or it is zero in yours), where t is computed" (the denominator);
    # on the other settings "either of two slips (the test cannot tell which)", the same first (min_lr 0 there).
    "qh8_warmup_cosine_progress_from_remaining": ("right", ("one_slip",), ""),
    # scaled_where_wrong: "only 2 of your 5 entries are wrong (at [2], [3]), and there yours is lr=0.003 times the
    # expected ...: a division by lr is missing, or a factor lr is extra (the others are right ...)".
    "qh8_param_stats_std_of_update_not_gradient": ("right", ("scaled_where_wrong",), ""),
}
# Counts: named 14, right 29 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 14 named, qh6_cnn_grad_accumulation_never_steps and qh6_cnn_returns_argmax_column right by their
# diagnoses), misleading 1, vague 0, nothing 4, wrong_name 0, check_message 0, not_caught 0. HOLDOUT33_CORRECT: all 7
# earn full marks.

HOLDOUT33 = [replace(e, verdict=JUDGEMENT33[e.id][0], expected=frozenset(JUDGEMENT33[e.id][1]),
                     ideal=JUDGEMENT33[e.id][2]) if e.id in JUDGEMENT33 else e for e in HOLDOUT33]
