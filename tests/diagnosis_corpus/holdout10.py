"""A tenth hold-out (issue 17): student-style mistakes written without seeing the detectors.

Judged once (JUDGEMENT10 below) on commit 1c6ad06 by an independent helper that wrote neither the detectors nor
these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout10 (69% named or right then).

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py, holdout.py ..
holdout9.py, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the
student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns
full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT10 holds
the mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT10_CORRECT
right implementations written unusually, which must earn full marks. Do not tune the detectors on these
entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT10: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("y1_affine_flatten_fortran_order", "a1_backprop", "affine_forward",
       "each input is flattened with np.reshape(x, (N, -1), order='F'), column-major: the rows still hold one "
       "example each, but its (d1, ..., dk) features come out in another order (the first feature axis varying "
       "fastest), so they meet the wrong rows of w; the C order x.reshape(N, -1) is meant", """
def affine_forward(x, w, b):
    N = x.shape[0]
    x_rows = np.reshape(x, (N, -1), order="F")
    out = x_rows @ w + b
    return out, (x, w, b)
"""),
    _e("y1_sigmoid_bwd_missing_parentheses", "a1_backprop", "sigmoid_backward",
       "the parentheses around (1 - s) are missing: dout * s * 1 - s is read as dout * s - s, not "
       "dout * s * (1 - s)", """
def sigmoid_backward(dout, cache):
    s = cache
    dx = dout * s * 1 - s
    return dx
"""),
    _e("y1_numgrad_float32_working_copy", "a1_backprop", "eval_numerical_gradient",
       "the differences are taken on a float32 copy of x ('to save memory'): x + h and x - h are rounded to "
       "single precision (about 7 digits), so the step of 1e-5 is only known to about 1% and the centered "
       "differences are off far beyond the finite-difference accuracy (x itself is left unchanged)", """
def eval_numerical_gradient(f, x, h=1e-5):
    xf = x.astype(np.float32)
    grad = np.zeros(x.shape, dtype=np.float32)
    for i in np.ndindex(x.shape):
        old = xf[i]
        xf[i] = old + h
        fp = f(xf)
        xf[i] = old - h
        fm = f(xf)
        xf[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("y1_linreg_intercept_column_added", "a1_backprop", "linear_regression_closed_form",
       "a column of ones is prepended to X for an intercept the model does not have: D + 1 weights come back "
       "(the intercept first) instead of the D least-squares weights of X w = y", """
def linear_regression_closed_form(X, y):
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    w = np.linalg.solve(Xb.T @ Xb, Xb.T @ y)
    return w
"""),
    _e("y1_ce_rowloop_softmax_as_gradient", "a1_backprop", "softmax_cross_entropy_loss",
       "a per-row loop with a stable log-sum-exp (the loss right), but each row's gradient is the softmax "
       "itself, exp(s - lse) / N: the -1 at the correct class (softmax - one_hot) is never subtracted", """
def softmax_cross_entropy_loss(scores, y):
    N, C = scores.shape
    loss = 0.0
    dscores = np.zeros((N, C))
    for i in range(N):
        s = scores[i] - np.max(scores[i])
        lse = np.log(np.sum(np.exp(s)))
        loss += lse - s[y[i]]
        dscores[i] = np.exp(s - lse)
    return loss / N, dscores / N
""", catalogued="softmax_grad_missing_one_hot"),
    _e("y1_mlp_reg_gradient_expression_discarded", "a1_backprop", "two_layer_mlp_loss",
       "the L2 term is added to the loss, but its gradient is written as a bare expression, "
       "grads[name] + reg * params[name], whose result is thrown away (+ where += is meant): the gradients "
       "of W1 and W2 miss reg * W", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    grads = {}
    da, grads["W2"], grads["b2"] = affine_backward(dscores, c2)
    dh = relu_backward(da, cr)
    _, grads["W1"], grads["b1"] = affine_backward(dh, c1)
    for name in ("W1", "W2"):
        loss += 0.5 * reg * np.sum(params[name] ** 2)
        grads[name] + reg * params[name]
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    # ------------------------------------------------------------------ a2_optim
    _e("y2_sgd_reads_lr_key", "a2_optim", "sgd",
       "the step size is read from config.get('lr', 1e-2), torch's name for it, while the learning rate is "
       "given (and defaulted) under 'learning_rate': every call steps with 1e-2 whatever the caller asks", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    lr = config.get("lr", 1e-2)
    next_w = w - lr * _gradient(w, dw, config)
    return next_w, config
"""),
    _e("y2_exponential_lr_caret_power", "a2_optim", "exponential_lr",
       "the power is written with ^, Python's bitwise exclusive or, instead of **: base_lr * gamma ^ step is "
       "read as (base_lr * gamma) ^ step and raises TypeError for a float", """
def exponential_lr(base_lr, step, gamma):
    return base_lr * gamma ^ step
"""),
    _e("y2_newton_diagonal_hessian_only", "a2_optim", "newton_step",
       "only the diagonal of the Hessian is used, each coordinate divided by its own curvature H_ii "
       "(grad / np.diag(H)): right only for a diagonal H; the Newton step solves H d = grad with the full H", """
def newton_step(w, grad, hessian):
    return w - grad / np.diag(hessian)
"""),
    _e("y2_minibatch_shuffles_x_not_y", "a2_optim", "minibatch_sgd",
       "each epoch X (a copy) is shuffled in place with rng.shuffle and the batches are consecutive slices of "
       "X and y, but y is never shuffled with it: the batches pair rows of X with the targets of other rows", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    X = X.copy()
    w = w0.astype(float).copy()
    path = []
    for _ in range(epochs):
        rng.shuffle(X)
        for start in range(0, len(X), batch_size):
            Xb = X[start:start + batch_size]
            yb = y[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, Xb, yb)
            path.append(w.copy())
    return np.array(path)
"""),
    _e("y2_momentum_weights_minus_velocity", "a2_optim", "sgd_momentum",
       "the velocity is accumulated as documented, v = momentum * v - learning_rate * dw, but subtracted from "
       "the weights, next_w = w - v: every step goes uphill (the sign of the update flipped)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * _gradient(w, dw, config)
    config["velocity"] = v
    return w - v, config
""", catalogued="momentum_sign_flipped"),
    _e("y2_adam_step_count_incremented_last", "a2_optim", "adam",
       "t is stored with setdefault('t', 0) and incremented only at the end, after the update: the bias "
       "corrections use the old count, so the first step divides by 1 - beta**0 = 0 (nan weights)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("t", 0)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    config["m"] = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    config["v"] = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    m_hat = config["m"] / (1 - b1 ** config["t"])
    v_hat = config["v"] / (1 - b2 ** config["t"])
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    config["t"] += 1
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    # ------------------------------------------------------------------ a3_conv
    _e("y3_output_size_rejects_exact_fit", "a3_conv", "conv_output_size",
       "the room left by the kernel is rejected when it is 0 (room <= 0 instead of room < 0): a kernel that "
       "exactly fills its padded input, which gives one output, raises ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    room = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if room <= 0 or room % stride != 0:
        raise ValueError(f"kernel does not fit, or stride {stride} does not tile the input")
    return room // stride + 1
"""),
    _e("y3_conv_fast_float32_cast", "a3_conv", "conv_forward_fast",
       "the padded input and the filters are cast to float32 'for speed' before the einsum: the output is right "
       "to only about 1e-7 relative (single precision) instead of float64's accuracy", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad))).astype(np.float32)
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w.astype(np.float32), optimize=True)
    out = out + b.astype(np.float32)[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("y3_conv_bwd_crop_end_without_pad", "a3_conv", "conv_backward_naive",
       "the padded gradient is cropped with dxp[:, :, pad:H, pad:W]: the end of the slice forgets the offset "
       "(pad + H is meant), so dx loses pad rows and columns at the bottom and right (right only when pad is 0)",
       """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    dw[f] += dout[n, f, i, j] * xp[n, :, r:r + HH, c:c + WW]
                    dxp[n, :, r:r + HH, c:c + WW] += dout[n, f, i, j] * w[f]
    dx = dxp[:, :, pad:H, pad:W]
    return dx, dw, db
"""),
    _e("y3_maxpool_reshape_trick_ignores_stride", "a3_conv", "max_pool_forward",
       "max pooling written with the reshape trick (N, C, H // ph, ph, W // pw, pw).max(axis=(3, 5)), which "
       "only holds for windows that tile the input (stride == pool size): the stride is never used, so "
       "overlapping windows (3x3, stride 2) give H // 3 rows of the wrong maxima instead of (H - 3) // 2 + 1", """
def max_pool_forward(x, pool_param):
    ph, pw = pool_param["pool_height"], pool_param["pool_width"]
    N, C, H, W = x.shape
    Ho, Wo = H // ph, W // pw
    blocks = x[:, :, :Ho * ph, :Wo * pw].reshape(N, C, Ho, ph, Wo, pw)
    out = blocks.max(axis=(3, 5))
    return out, (x, pool_param)
"""),
    _e("y3_avgpool_bwd_repeat_undivided", "a3_conv", "avg_pool_backward",
       "each window's dout is spread over the window with np.repeat along the rows and the columns and added, "
       "but never divided by the window's area ph * pw: every input gets the window's whole gradient", """
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
    _e("y3_conv_bwd_offsets_dx_assigned", "a3_conv", "conv_backward_naive",
       "a loop over the kernel offsets (u, v) with strided slices: dw and db right, but each offset's share of "
       "dx is assigned (=) to the strided slice instead of added (+=), so where windows overlap the later "
       "offsets overwrite the earlier ones", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    for u in range(HH):
        for v in range(WW):
            rows = slice(u, u + stride * Ho, stride)
            cols = slice(v, v + stride * Wo, stride)
            dw[:, :, u, v] = np.einsum("nfhw,nchw->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] = np.einsum("nfhw,fc->nchw", dout, w[:, :, u, v])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, dout.sum(axis=(0, 2, 3))
""", catalogued="dx_assigned_not_accumulated"),
    # ------------------------------------------------------------------ a4_init
    _e("y4_stats_integer_result_arrays", "a4_init", "activation_statistics",
       "the result arrays are preallocated as np.array([0] * L), an integer array: every mean and variance "
       "written into it is truncated towards 0 (the statistics themselves right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    means = np.array([0] * len(weights))
    variances = np.array([0] * len(weights))
    h = X
    for layer, W in enumerate(weights):
        h = acts[activation](h @ W)
        means[layer] = h.mean()
        variances[layer] = h.var()
    return means, variances
"""),
    _e("y4_stats_tanh_falls_to_sigmoid", "a4_init", "activation_statistics",
       "the activation is chosen by an if/elif chain for 'relu' and 'linear' whose else branch is the "
       "sigmoid: 'tanh' falls into it, so tanh layers are computed with the sigmoid", """
def activation_statistics(X, weights, activation):
    h = X
    means, variances = [], []
    for W in weights:
        z = h @ W
        if activation == "relu":
            h = np.maximum(z, 0)
        elif activation == "linear":
            h = z
        else:
            h = 1 / (1 + np.exp(-z))
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("y4_xavier_normal_gain_passed_as_mode", "a4_init", "xavier_normal",
       "xavier_std is called as xavier_std(shape, gain): the gain lands in the mode parameter, so mode is "
       "never 'fan_avg' (the fan_in formula is always used), the gain stays at its default 1, and the mode "
       "asked for is dropped", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, gain)
    return rng.normal(0.0, std, size=shape)
"""),
    _e("y4_he_normal_flat_draws", "a4_init", "he_normal",
       "the weights are drawn as a flat vector of math.prod(shape) values and never reshaped: the right "
       "distribution, but shape (out * in * kh * kw,) instead of the weight's shape", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    count = math.prod(shape)
    return rng.normal(0.0, he_std(shape), size=count)
"""),
    _e("y4_xavier_uniform_random_sample", "a4_init", "xavier_uniform",
       "the draws come from np.random.random_sample, the legacy global generator, mapped to [-a, a): the "
       "seed argument is never used, so the same seed gives different weights (the bound right)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.random_sample(shape)
    return (2.0 * u - 1.0) * a
""", catalogued="global_seed_in_xavier_uniform"),
    _e("y4_xavier_std_returns_variance", "a4_init", "xavier_std",
       "the variance is computed, var = gain**2 * 2 / (fan_in + fan_out) (or gain**2 / fan_in), and returned "
       "as it is: the square root that turns it into the standard deviation is never taken", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        var = gain ** 2 * 2.0 / (fan_in + fan_out)
    else:
        var = gain ** 2 / fan_in
    return var
""", catalogued="variance_used_as_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("y5_ln_eps_read_without_default", "a5_normalization", "layernorm_forward",
       "eps is read as ln_param['eps'], without the documented default 1e-5: an ln_param without 'eps' (an "
       "empty dict) raises KeyError", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param["eps"]
    mu = x.mean(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(x.var(axis=1, keepdims=True) + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("y5_l2_grad_aliases_weights", "a5_normalization", "l2_penalty",
       "grad = W binds the same array, and grad *= reg scales W itself in place before the penalty is "
       "computed: the gradient reg * W is right, but the penalty is 0.5 * reg * sum((reg * W)**2) (and the "
       "caller's W is overwritten)", """
def l2_penalty(W, reg):
    grad = W
    grad *= reg
    penalty = 0.5 * reg * np.sum(W * W)
    return penalty, grad
"""),
    _e("y5_spatial_bn_per_image_statistics", "a5_normalization", "spatial_batchnorm_forward",
       "batchnorm_forward is called once per image on its (H * W, C) pixels: the statistics of each channel "
       "are taken over one image's H and W instead of over N, H and W together, the running averages are "
       "updated N times, and the cache returned is the last image's only", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    out = np.empty_like(x)
    for n in range(N):
        rows = x[n].reshape(C, H * W).T
        o, cache = batchnorm_forward(rows, gamma, beta, bn_param)
        out[n] = o.T.reshape(C, H, W)
    return out, cache
"""),
    _e("y5_bn_alt_variance_term_summed", "a5_normalization", "batchnorm_backward_alt",
       "dx is written with batch means, inv_std * (g - mean(g) - x_hat * S) with g = dout * gamma, but S is the "
       "sum over the batch of g * x_hat instead of its mean: the variance term is N times too large (dgamma "
       "and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    g = dout * gamma
    dx = inv_std * (g - g.mean(axis=0) - x_hat * (g * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
"""),
    _e("y5_bn_test_mode_reuses_train_branch", "a5_normalization", "batchnorm_forward",
       "test mode calls batchnorm_forward again in train mode on a copy of bn_param (to reuse the code): the "
       "test batch is normalized with its own mean and variance instead of running_mean and running_var (the "
       "caller's running averages are left as they were)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    if mode == "test":
        out, _ = batchnorm_forward(x, gamma, beta, dict(bn_param, mode="train"))
        return out, None
    if mode != "train":
        raise ValueError(f"invalid batch norm mode {mode!r}")
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    bn_param["running_mean"] = momentum * bn_param.get("running_mean", np.zeros(D)) + (1 - momentum) * mu
    bn_param["running_var"] = (momentum * bn_param.get("running_var", np.ones(D))
                               + (1 - momentum) * var * N / (N - 1))
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
""", catalogued="bn_test_uses_batch_statistics"),
    _e("y5_dropout_choice_weights_drop_first", "a5_normalization", "dropout_forward",
       "the mask is drawn with rng.choice([0.0, 1.0], p=[p, 1 - p]), which gives 0 (drop) with probability p, "
       "and is scaled by 1 / (1 - p): p is used as the probability of dropping a unit, not of keeping it", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.choice([0.0, 1.0], size=x.shape, p=[p, 1 - p]) / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    # ------------------------------------------------------------------ a6_cnn
    _e("y6_epoch_scheduler_stepped_per_batch", "a6_cnn", "train_and_predict",
       "a StepLR(step_size=5, gamma=0.1) meant to decay every 5 epochs is stepped after every mini-batch: the "
       "learning rate is 10 times smaller after 5 batches and below 1e-7 within the first epoch, so the model "
       "barely trains", """
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
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=5, gamma=0.1)
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
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("y6_one_optimizer_step_per_epoch", "a6_cnn", "train_and_predict",
       "the batch losses of an epoch are summed into one tensor and backward() and opt.step() run once per "
       "epoch, after the batch loop: 15 optimizer steps in all instead of one per mini-batch, an undertrained "
       "model", """
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
        opt.zero_grad()
        total = 0.0
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            total = total + nn.functional.cross_entropy(model(X[idx]), y[idx])
        total.backward()
        opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("y6_training_loop_under_no_grad", "a6_cnn", "train_and_predict",
       "the whole training loop is indented under torch.no_grad() (opened for the data tensors 'to save "
       "memory'): no graph is recorded, so loss.backward() raises RuntimeError (the loss does not require "
       "grad) on the first batch", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    with torch.no_grad():
        X = torch.tensor(X_train, device=device)
        y = torch.tensor(y_train, device=device)
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("y6_nll_loss_on_raw_logits", "a6_cnn", "train_and_predict",
       "the loss is nn.functional.nll_loss on the raw logits: nll_loss expects log-probabilities "
       "(log_softmax first, or cross_entropy), so the loss is -logit[y], unbounded below, and training only "
       "pushes each true class's logit up, without the softmax's competition between the classes", """
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
            loss = nn.functional.nll_loss(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("y6_manual_sgd_rebinds_loop_variable", "a6_cnn", "train_and_predict",
       "a hand-written SGD step, for p in model.parameters(): p = p - lr * p.grad, only rebinds the loop "
       "variable to a new tensor: the model's parameters are never changed, so the model stays at its "
       "initialization (p -= lr * p.grad, in place, is meant)", """
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
    lr = 0.05
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            model.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            with torch.no_grad():
                for p in model.parameters():
                    p = p - lr * p.grad
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("y6_augmented_labels_repeat_interleave", "a6_cnn", "train_and_predict",
       "the training set is doubled with a noisy copy of every image, X = cat([X, X_noisy]) (all the originals, "
       "then all the copies), but the labels with y.repeat_interleave(2) ([y0, y0, y1, y1, ...]): image i is "
       "paired with label i // 2, so images and labels no longer match (y.repeat(2) or cat([y, y]) is meant)",
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
    X = torch.cat([X, X + 0.05 * torch.randn_like(X)])
    y = y.repeat_interleave(2)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(10):
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
    # ------------------------------------------------------------------ a7_architectures
    _e("y7_gap_forward_squeezed", "a7_architectures", "global_avg_pool_forward",
       "the means are taken with keepdims and then np.squeeze'd, which drops every axis of length 1, not only "
       "H and W: for a batch of one image the output is (C,) instead of (1, C)", """
def global_avg_pool_forward(x):
    out = np.squeeze(x.mean(axis=(2, 3), keepdims=True))
    return out, x.shape
"""),
    _e("y7_gap_bwd_tile_instead_of_repeat", "a7_architectures", "global_avg_pool_backward",
       "np.tile(dout / (H * W), H * W) repeats each row's whole vector of C values H * W times (c0 c1 c2 c0 c1 "
       "c2 ...), so after the reshape to (N, C, H, W) each channel's map holds a cycle of every channel's "
       "gradient: np.repeat along axis 1 (each value H * W times in a row) was meant", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    spread = np.tile(dout / (H * W), H * W)
    return spread.reshape(N, C, H, W)
"""),
    _e("y7_cam_relu_applied", "a7_architectures", "class_activation_map",
       "the maps are passed through a ReLU, as Grad-CAM does: the negative evidence is cut to 0, where the "
       "CAM is the plain weighted sum sum_c W[c, k] * features[n, c]", """
def class_activation_map(features, W, classes):
    cams = np.einsum("nchw,cn->nhw", features, W[:, classes])
    return np.maximum(cams, 0)
"""),
    _e("y7_nll_constant_once_per_row", "a7_architectures", "gaussian_nll",
       "the constant 0.5 * log(2 pi) is added once per row, after the sum over the D outputs, instead of once "
       "per output: the loss is short by (D - 1) * 0.5 * log(2 pi) (the gradients right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    r = y - mu
    inv_var = np.exp(-2 * log_std)
    per_row = np.sum(log_std + 0.5 * r ** 2 * inv_var, axis=1) + 0.5 * np.log(2 * np.pi)
    loss = per_row.mean()
    dmu = -r * inv_var / N
    dlog_std = (1 - r ** 2 * inv_var) / N
    return loss, dmu, dlog_std
"""),
    _e("y7_resblock_dropout_where_unscaled", "a7_architectures", "residual_block_forward",
       "dropout is applied with np.where(mask > 0, h, 0): the dropped units are zeroed but the kept ones are "
       "never divided by the keep probability p (and the cached scale is the 0/1 mask)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = np.where(dropout["mask"] > 0, 1.0, 0.0)
        h = np.where(dropout["mask"] > 0, h, 0.0)
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
""", catalogued="dropout_not_rescaled"),
    _e("y7_resbwd_identity_shortcut_forgotten", "a7_architectures", "residual_block_backward",
       "the projection shortcut's gradients are added under if 'Ws' in params, but there is no else branch: "
       "with an identity shortcut dx misses dz, the gradient that reaches x through the shortcut (the "
       "projection case right)", """
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
        dx += dz @ params["Ws"].T
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("y8_flip_fair_coin_ignores_p", "a8_pipeline", "random_flip",
       "each image's coin is a fair one, rng.integers(0, 2): every image is mirrored with probability 1/2, "
       "whatever p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.integers(0, 2, size=len(x)).astype(bool)
    out = x.copy()
    out[coins] = np.flip(x[coins], axis=-1)
    return out
"""),
    _e("y8_early_best_epoch_one_based", "a8_pipeline", "early_stopping",
       "the epochs are counted from 1 (enumerate(..., start=1)); the stopping epoch is converted back to "
       "0-based but the best epoch is not: the weights restored are weights[best_epoch], those of the epoch "
       "after the best (an IndexError when the best epoch is the last)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = float("inf")
    best_epoch = 1
    bad = 0
    for epoch, loss in enumerate(val_losses, start=1):
        if loss < best - min_delta:
            best, best_epoch, bad = loss, epoch, 0
        else:
            bad += 1
            if bad >= patience:
                return epoch - 1, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("y8_ratio_norm_square_of_sum", "a8_pipeline", "update_ratio",
       "the update's norm is written np.sqrt(np.sum(lr * dW) ** 2): the parentheses close before the ** 2, so "
       "it is the absolute value of the sum of the entries, not the square root of the sum of their squares "
       "(the weights' norm right)", """
def update_ratio(W, dW, lr):
    update = np.sqrt(np.sum(lr * dW) ** 2)
    weights = np.sqrt(np.sum(W ** 2))
    return update / weights
"""),
    _e("y8_train_normalize_flag_tested_against_none", "a8_pipeline", "train_and_predict",
       "the normalization is guarded by if normalize is not None: normalize=False is not None either, so the "
       "inputs are always standardized, also when the caller turns normalization off", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize is not None:
        X, T = normalize_splits(X, T, "standardize")
    k = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(len(X))
        for s in range(0, len(X), 64):
            rows = perm[s:s + 64]
            z = X[rows] @ W + b
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(rows)), y_train[rows]] -= 1.0
            p /= len(rows)
            W -= 0.1 * (X[rows].T @ p)
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
    _e("y8_log_uniform_log_then_power", "a8_pipeline", "log_uniform",
       "the values are drawn uniformly between low and high and then passed through 10 ** np.log10(...), which "
       "gives them back unchanged: the draws are uniform, not log-uniform (almost all in the top decade)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    values = rng.uniform(low, high, size=n)
    return 10 ** np.log10(values)
""", catalogued="uniform_not_log"),
    _e("y8_warmup_linspace_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up rate is looked up in np.linspace(0, base_lr, warmup_steps): it is 0 at step 0 (and reaches "
       "base_lr at step warmup_steps - 1), where the rate is base_lr * (step + 1) / warmup_steps (the cosine "
       "right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        ramp = np.linspace(0.0, base_lr, warmup_steps)
        return float(ramp[step])
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
]

HOLDOUT10_CORRECT: list[Entry] = [
    _e("y1_correct_linreg_cholesky", "a1_backprop", "linear_regression_closed_form",
       "correct: the normal equations solved through the Cholesky factor of X^T X (L z = X^T y, then "
       "L^T w = z)", """
def linear_regression_closed_form(X, y):
    L = np.linalg.cholesky(X.T @ X)
    z = np.linalg.solve(L, X.T @ y)
    return np.linalg.solve(L.T, z)
"""),
    _e("y2_correct_exponential_lr_exp_log", "a2_optim", "exponential_lr",
       "correct: gamma**step written as exp(step * log(gamma))", """
def exponential_lr(base_lr, step, gamma):
    return base_lr * math.exp(step * math.log(gamma))
"""),
    _e("y3_correct_output_size_counts_windows", "a3_conv", "conv_output_size",
       "correct: the window starts listed with range(0, padded - span + 1, stride), the configuration rejected "
       "when there is none or the last window does not end at the padded input's edge, the count returned", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    padded = input_size + 2 * padding
    span = dilation * (kernel_size - 1) + 1
    starts = list(range(0, padded - span + 1, stride))
    if not starts or starts[-1] + span != padded:
        raise ValueError("the windows do not tile the padded input")
    return len(starts)
"""),
    _e("y4_correct_he_normal_box_muller", "a4_init", "he_normal",
       "correct: standard normal draws made by the Box-Muller transform of two uniform draws of the seeded "
       "generator, scaled by he_std", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    n = math.prod(shape)
    u1 = 1.0 - rng.random(n)
    u2 = rng.random(n)
    z = np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)
    return he_std(shape) * z.reshape(shape)
"""),
    _e("y5_correct_spatial_bn_moveaxis", "a5_normalization", "spatial_batchnorm_forward",
       "correct: the channels moved last and back with np.moveaxis instead of transpose", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = np.moveaxis(x, 1, -1).reshape(-1, C)
    out, cache = batchnorm_forward(rows, gamma, beta, bn_param)
    return np.moveaxis(out.reshape(N, H, W, C), -1, 1), cache
"""),
    _e("y7_correct_gap_bwd_repeat_reshape", "a7_architectures", "global_avg_pool_backward",
       "correct: each share dout / (H * W) repeated H * W times along the channel axis with np.repeat, then "
       "reshaped to (N, C, H, W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.repeat(dout / (H * W), H * W, axis=1).reshape(N, C, H, W)
"""),
    _e("y8_correct_crop_sliding_windows", "a8_pipeline", "random_crop",
       "correct: every window of the padded images as a sliding_window_view, each image's window picked by "
       "advanced indexing with offsets drawn by rng.integers(..., endpoint=True)", """
def random_crop(x, size, padding, seed):
    from numpy.lib.stride_tricks import sliding_window_view

    N = x.shape[0]
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    rows = rng.integers(0, padded.shape[2] - size, size=N, endpoint=True)
    cols = rng.integers(0, padded.shape[3] - size, size=N, endpoint=True)
    windows = sliding_window_view(padded, (size, size), axis=(2, 3))
    return windows[np.arange(N), :, rows, cols].copy()
"""),
]

JUDGED_ON10 = "2026-12-03 on commit 1c6ad06"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout10 on commit 1c6ad06 (JUDGED_ON10), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT9 (and JUDGEMENT8, JUDGEMENT7): a diagnosis with a false
# statement anywhere is misleading, and so is one whose observation is true but whose explanation of it names only
# mechanisms that are not there; a departure naming a line where the mistake is not, is misleading (the raise under a
# wrong condition, the body of a wrong guard, a loop fed by a wrong value set before it: the mistake is the line
# above, as v2_step_lr_ceil and w3_multiply_count_bias_counted); a generic hedge beside a right diagnosis is
# tolerated; a false second diagnosis beside the right catalogued name does not undo the name; an error raised by
# Python, NumPy or torch is the comparison, not the check's message; learned_little's checklist is vague. New here,
# a6's diagnoses read from what the training did, judged the same way: loss_flat ("the training loss stayed at about
# ... the model learned nothing from its batches, as when a batch's labels are not those of its images") is right
# where the labels are indeed apart from their images (its advice, one permutation for both, does not fit there, but
# the cause it states does) and misleading where they are not; fits_batches_not_predictions and no_optimizer_step are
# judged by whether the fitting, the steps and the cause they state are there; torch_error is right where the first
# cause it gives for torch's error is the entry's.
JUDGEMENT10: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # departure names `x_rows = np.reshape(x, (N, -1), order="F")` ("the right values in another order (a reshape or
    # transpose in the wrong order?) ... the mistake is in that line")
    "y1_affine_flatten_fortran_order": ("right", ("departure",), ""),
    # departure names `dx = dout * s * 1 - s` (up to 1.69 off, "the mistake is in that line")
    "y1_sigmoid_bwd_missing_parentheses": ("right", ("departure",), ""),
    # loop departure: "the loop at lines 217-224 ... though what the loop reads from before it (f, h, x) agrees with
    # the correct code ... the mistake is in that loop": false, the loop reads xf, the float32 copy made before it
    # (line 215), which is the mistake; the loop is the textbook one. The check's message ("your output is float32,
    # which loses precision ... compute and return float64") is true, but a float64 grad alone would not fix it
    "y1_numgrad_float32_working_copy": ("misleading", (), (
        "departure clears the lines before the loop and puts the mistake in the loop (false); ideal: the gradient is "
        "off by up to 0.6%, far beyond the finite-difference error: xf = x.astype(np.float32) rounds x + h and x - h "
        "to single precision (about 7 digits), so the step of 1e-5 is known only to about 1%; perturb a float64 "
        "copy (or x itself, restored) and return float64")),
    # only the comparison: "w: shape (5,) differs from the expected (4,)"
    "y1_linreg_intercept_column_added": ("nothing", (), (
        "w has one entry too many (D + 1 for D columns): a column of ones is prepended to X for an intercept the "
        "model does not have; solve the normal equations with X itself")),
    "y1_ce_rowloop_softmax_as_gradient": ("named", (), ""),
    "y1_mlp_reg_gradient_expression_discarded": ("named", (), ""),
    # a2_optim
    # departure names `lr = config.get("lr", 1e-2)` ("your lr is 0.01 where 0.1 is right ... the mistake is in that
    # line, or in what config holds"): right; but first_step beside it explains its true observation (the first update
    # 0.1 times the expected, 0.1 being the learning rate asked for) as "a division by learning_rate is missing, or a
    # factor learning_rate is extra": neither is there, a fixed 0.01 is used (a coincidence of 0.1, as
    # w4_he_normal_drawn_uniform's square_root)
    "y2_sgd_reads_lr_key": ("misleading", ("departure",), (
        "first_step blames a division by learning_rate missing or a factor learning_rate extra (false); ideal, as "
        "the departure says: every step uses 0.01, whatever learning rate is asked for: lr is read from "
        "config.get('lr', 1e-2), a key that is never set; read config['learning_rate']")),
    # departure names the one line, `return base_lr * gamma ^ step`, which raises the TypeError
    "y2_exponential_lr_caret_power": ("right", ("departure",), ""),
    # departure names the one line and its part `grad / np.diag(hessian)`
    "y2_newton_diagonal_hessian_only": ("right", ("departure",), ""),
    # only the comparison (path wrong on both tests)
    "y2_minibatch_shuffles_x_not_y": ("nothing", (), (
        "rng.shuffle(X) shuffles X's rows in place, but y is sliced unshuffled: each batch pairs rows of X with the "
        "targets of other rows; draw one permutation and index both X and y with it")),
    "y2_momentum_weights_minus_velocity": ("named", (), ""),
    "y2_adam_step_count_incremented_last": ("named", (), ""),
    # a3_conv
    # departure names line 279, `raise ValueError(...)`: "the mistake is in that line": false, it is the condition on
    # the line above, `if room <= 0 or ...`
    "y3_output_size_rejects_exact_fit": ("misleading", (), (
        "departure puts the mistake in the raise line (false: it is the condition above it); ideal: ValueError for "
        "a kernel that exactly fills the padded input (room 0, one output): `room <= 0` rejects it; reject only "
        "room < 0")),
    # departure names `out = np.einsum(..., windows, w.astype(np.float32), ...)` (one of the three casts) and the
    # check's message says "your output is float32, which loses precision ... compute and return float64"
    "y3_conv_fast_float32_cast": ("right", ("departure",), ""),
    # one_slip: "the term `pad +` missing (or it is zero in yours), where dx is computed (the same slip in two
    # places)" (dxp[:, :, pad:H, pad:W])
    "y3_conv_bwd_crop_end_without_pad": ("right", ("one_slip",), ""),
    # only the comparison: "out: shape (2, 3, 3, 3) differs from the expected (2, 3, 4, 4)" and two more shapes
    "y3_maxpool_reshape_trick_ignores_stride": ("nothing", (), (
        "out has H // pool_height rows where (H - pool_height) // stride + 1 are expected: the reshape into "
        "(H // ph, ph) blocks holds only for windows that tile the input (stride == pool size); the stride is never "
        "used; take the window starting at i * stride, j * stride")),
    "y3_avgpool_bwd_repeat_undivided": ("named", (), ""),
    # catalogued dx_assigned_not_accumulated not named; strided on the one-image test (3x2 kernel, stride 2): "only
    # the indices 0 modulo 2 along axis 2 are wrong (every 2nd position), the others are right: check how the stride
    # is used (window i starts at i * stride) and what overlapping windows add up": true (rows 2 and 4, where two
    # windows overlap, are the wrong ones) and its second check is the cause (close call: two checks, not a checklist
    # of many); the other two outputs get only the comparison
    "y3_conv_bwd_offsets_dx_assigned": ("right", ("strided",), ""),
    # a4_init
    # zeros: "every entry of yours is 0 ...: is an array made with np.zeros never filled, is the result computed into
    # another variable ..., or is a number ... floor-divided?": none is there; loop departure: "what the loop reads
    # from before it ... agrees ... the mistake is in that loop, or in what acts holds": false, it is the integer
    # arrays made before it; one_slip on the sigmoid test: "`z:0` where `z:1` is meant": no such slip in the source
    "y4_stats_integer_result_arrays": ("misleading", (), (
        "zeros, departure and one_slip each blame something that is not there; ideal: every mean and variance is "
        "truncated towards 0 (to 0 here): means and variances are "
        "np.array([0] * L), an integer array, so each float written into it is truncated; make them float arrays "
        "(np.zeros(L))")),
    # loop departure: "On its first pass, line 99: `h = 1 / (1 + np.exp(-z))` is the first to compute a value the
    # correct code never computes, though what it reads then (z) agrees: look there first" (the sigmoid run for tanh)
    "y4_stats_tanh_falls_to_sigmoid": ("right", ("departure",), ""),
    # departure names `std = xavier_std(shape, gain)` (0.0707 where 0.0756 is right, "or in xavier_std() that it
    # calls"); scaled on the fan_in, gain 2 test: "0.5 times the expected ... or 1/gain of the expected ...: a factor
    # gain is missing" (true: the gain is dropped into mode)
    "y4_xavier_normal_gain_passed_as_mode": ("right", ("departure",), ""),
    # departure names `return rng.normal(0.0, he_std(shape), size=count)`: shape (5760,) where (40, 16, 3, 3) "with
    # the same entries in another order", and `count = math.prod(shape)` (the same draws, as u4_he_normal_shape_reversed)
    "y4_he_normal_flat_draws": ("right", ("departure",), ""),
    "y4_xavier_uniform_random_sample": ("named", (), ""),
    "y4_xavier_std_returns_variance": ("named", (), ""),
    # a5_normalization
    # departure names `eps = ln_param["eps"]`, which raises the KeyError
    "y5_ln_eps_read_without_default": ("right", ("departure",), ""),
    # departure names `penalty = 0.5 * reg * np.sum(W * W)` and says "what that line reads (W, reg) agrees with the
    # correct code" and that `W * W` is computed from values that agree: false, W was scaled in place by `grad *= reg`
    # on the line above (grad = W is the same array); the penalty is reg ** 2 times the right one
    "y5_l2_grad_aliases_weights": ("misleading", (), (
        "departure says the penalty line reads the right W (false: W was already scaled); ideal: the penalty is "
        "reg ** 2 times the expected (0.00112 where 0.450): grad = W binds the same array, so grad *= reg scales W "
        "itself (the caller's too) before the penalty reads it; grad = reg * W")),
    # loop departure on the four-line loop that calls batchnorm_forward once per image ("the mistake is in that
    # loop, or in batchnorm_forward() that it calls"): small loop, the mistake is the loop itself
    "y5_spatial_bn_per_image_statistics": ("right", ("departure",), ""),
    # departure names the dx line (the variance term's .sum(axis=0))
    "y5_bn_alt_variance_term_summed": ("right", ("departure",), ""),
    "y5_bn_test_mode_reuses_train_branch": ("named", (), ""),
    "y5_dropout_choice_weights_drop_first": ("named", (), ""),
    # a6_cnn
    # loss_flat on both accuracy tests: "the training loss stayed at about 2.01 over 300 steps (ln 10 = 2.30 ...;
    # learning rate 0.003): the model learned nothing from its batches, as when a batch's labels are not those of its
    # images: index X and y with the same indices": the labels are those of their images; the learning rate is 0.003
    # only for the first 5 batches (the scheduler stepped per batch), and the model did learn some (0.40 accuracy)
    "y6_epoch_scheduler_stepped_per_batch": ("misleading", (), (
        "loss_flat blames labels apart from their images (false); ideal: the StepLR meant to decay every 5 epochs "
        "is stepped after every batch: the learning rate is 3e-4 after 5 batches and below 1e-7 within the first "
        "epoch, so the loss barely falls; call sched.step() once per epoch")),
    # learned_little on both accuracy tests (0.81 / 0.81 digits, 0.56 / 0.54 shapes): the checklist ("enough steps"
    # among six causes); the step count (15 in all) is not said
    "y6_one_optimizer_step_per_epoch": ("vague", (), (
        "opt.step() ran 15 times in all, once per epoch: the batch losses are summed and backward() and step() "
        "come after the batch loop; call backward() and step() (gradients zeroed before) for each batch")),
    # torch_error on every test: "backward() was called on a loss that carries no gradient: it was computed under
    # torch.no_grad(), or from values cut off the graph (...)" (the loop is under torch.no_grad())
    "y6_training_loop_under_no_grad": ("right", ("torch_error",), ""),
    # fits_batches_not_predictions: "the training loss fell from -0.58 to -186.80 (the model fits its training
    # batches), yet it predicts 200 of those same training images ... at accuracy 0.13: what reaches the model when it
    # predicts differs from what it trained on (the images scaled or standardized for training but not for
    # predicting ...)": false, the model does not fit its batches and nothing is preprocessed differently; a negative
    # loss falling without bound is the sign of nll_loss on raw logits
    "y6_nll_loss_on_raw_logits": ("misleading", (), (
        "fits_batches_not_predictions says the model fits its batches and blames preprocessing that differs at test "
        "time (false); ideal: the loss is negative and falls without bound (-0.58 to -186.8): nll_loss expects "
        "log-probabilities but is given the raw logits, so it only pushes each true class's logit up; use "
        "cross_entropy (or log_softmax first)")),
    # named untrained_model on the seeded test; no_optimizer_step on the accuracy tests ("loss.backward() ran 300
    # times, but no torch.optim optimizer's step() ran ... `p = p - lr * p.grad` only rebinds a name"): right too
    "y6_manual_sgd_rebinds_loop_variable": ("named", (), ""),
    # catalogued labels_shuffled not named; loss_flat on both accuracy tests: "the training loss stayed at about 2.23
    # over 400 steps (ln 10 = 2.30 ...): the model learned nothing from its batches, as when a batch's labels are not
    # those of its images": that is the cause (y.repeat_interleave(2) pairs image i with label i // 2); its advice,
    # "one permutation for both", does not fit (X and y are indexed with the same idx), but the cause it states does
    "y6_augmented_labels_repeat_interleave": ("right", ("loss_flat",), ""),
    # a7_architectures
    # reshaped: "your values are right but your shape is (3,) where (1, 3) is expected: an axis of length 1 too many or
    # missing (keepdims=True, [:, None], or a missing reshape)" (as w1_affine_db_keepdims)
    "y7_gap_forward_squeezed": ("right", ("reshaped",), ""),
    # departure names `spread = np.tile(dout / (H * W), H * W)` ("the right values in another order")
    "y7_gap_bwd_tile_instead_of_repeat": ("right", ("departure",), ""),
    # clipped_at_zero: "its 16 negative entries replaced by 0 ... or a ReLU where none belongs?" (as w1_mlp_relu_on_scores)
    "y7_cam_relu_applied": ("right", ("clipped_at_zero",), ""),
    # named_offset: "yours is the expected - 0.5 * log(2 pi) (the Gaussian's normalizing constant): that constant
    # term is missing": with D = 2 outputs one of the two constants of each row is indeed missing (close call: the
    # constant is there once per row, not absent)
    "y7_nll_constant_once_per_row": ("right", ("named_offset",), ""),
    "y7_resblock_dropout_where_unscaled": ("named", (), ""),
    "y7_resbwd_identity_shortcut_forgotten": ("named", (), ""),
    # a8_pipeline
    # only the comparison ("flip rate: got 0.481, expected 0.3"; 0.48 where 0.8)
    "y8_flip_fair_coin_ignores_p": ("nothing", (), (
        "about half the images are flipped whatever p (0.48 for p = 0.3 and for p = 0.8): the coin "
        "rng.integers(0, 2) is fair and p is never used; flip where rng.random(len(x)) < p")),
    # only the comparison (numpy's IndexError, restored weights wrong)
    "y8_early_best_epoch_one_based": ("nothing", (), (
        "the weights restored are those of the epoch after the best (an IndexError when the best is the last): "
        "best_epoch counts from 1 (enumerate(..., start=1)) and is never converted back like the stopping epoch; "
        "return weights[best_epoch - 1]")),
    # departure names `update = np.sqrt(np.sum(lr * dW) ** 2)` and its part `np.sum(lr * dW)` (as u5_l2_square_of_sum)
    "y8_ratio_norm_square_of_sum": ("right", ("departure",), ""),
    # as_if on the recipe tests: "yours is what the correct train_and_predict() returns if normalize were True: the
    # value of normalize is not used" (right); but departure on the training-effect tests names line 168,
    # `X, T = normalize_splits(X, T, "standardize")`: "the mistake is in that line, or in normalize_splits() that it
    # calls": false, it is the guard on the line above, `if normalize is not None:`
    "y8_train_normalize_flag_tested_against_none": ("misleading", ("as_if",), (
        "departure puts the mistake in the normalize_splits line or in normalize_splits() (false: it is the guard "
        "above it); ideal, as as_if says: the inputs are standardized also for normalize=False: `if normalize is "
        "not None` is true for False; test `if normalize:`")),
    "y8_log_uniform_log_then_power": ("named", (), ""),
    # catalogued warmup_starts_at_zero not named; only the comparison ("lr during the warm-up: got 0, expected 0.02")
    "y8_warmup_linspace_from_zero": ("nothing", (), (
        "warmup_starts_at_zero: the warm-up rate is 0 at step 0 and reaches base_lr at step warmup_steps - 1: "
        "np.linspace(0, base_lr, warmup_steps) starts at 0; the rate is base_lr * (step + 1) / warmup_steps")),
}
# Counts (1c6ad06): named 13, right 20 (named or right 33/48 = 69%; not in the catalogue: right 18/32 = 56%; the 16
# catalogued: 13 named, 2 right, 1 nothing), misleading 8, vague 1, nothing 6, wrong_name 0, check_message 0,
# not_caught 0.
# HOLDOUT10_CORRECT: all seven full marks.

HOLDOUT10 = [replace(e, verdict=JUDGEMENT10[e.id][0], expected=frozenset(JUDGEMENT10[e.id][1]),
                     ideal=JUDGEMENT10[e.id][2]) if e.id in JUDGEMENT10 else e for e in HOLDOUT10]
