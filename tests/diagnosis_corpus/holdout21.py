"""A twenty-first hold-out: student-style mistakes written without seeing the detectors.

Judged on commit ab9f75e (JUDGED_ON21, JUDGEMENT21 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout21.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, sandbox/locals_trace.py, sandbox/training_probe.py), its tests, the
judgements of corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every
right variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT21 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT21_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors
on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT21: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("g1_softmax_classes_taken_as_rows", "a1_backprop", "softmax",
       "the scores are transposed first ('classes along the rows') and each row of the transpose is softmaxed: "
       "every class is normalized over the batch (a column softmax of the (N, C) scores) instead of every "
       "example over its classes", """
def softmax(scores):
    s = scores.T
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True)).T
""", catalogued="softmax_over_batch"),
    _e("g1_relu_bwd_zeroes_negatives_only", "a1_backprop", "relu_backward",
       "the gradient is copied and zeroed where x < 0 only: at exactly x == 0 dout passes through, where the "
       "derivative is to be taken as 0 (the mask must be x > 0, i.e. zero where x <= 0)", """
def relu_backward(dout, cache):
    x = cache
    dx = dout.copy()
    dx[x < 0] = 0
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("g1_numgrad_loops_over_first_axis", "a1_backprop", "eval_numerical_gradient",
       "the loop runs over range(x.shape[0]), the first axis only: for a 2-D x, x[i] is a whole row, so the row "
       "is shifted by h all at once and every entry of the row gets the derivative along the row's all-ones "
       "direction (the sum of the row's partial derivatives) instead of its own", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for i in range(x.shape[0]):
        old = x[i].copy()
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
"""),
    _e("g1_softmax_shifted_by_global_max", "a1_backprop", "softmax",
       "the scores are shifted by scores.max(), the largest score of the whole batch, instead of each row's "
       "maximum (axis=1, keepdims=True): a row whose scores lie thousands below that maximum underflows to all "
       "zeros and gives 0 / 0 = nan", """
def softmax(scores):
    e = np.exp(scores - scores.max())
    return e / e.sum(axis=1, keepdims=True)
"""),
    _e("g1_mlp_penalty_w1_counted_twice", "a1_backprop", "two_layer_mlp_loss",
       "copy-paste slip in the penalty: 0.5 * reg * sum(W1 * W1) is added twice and 0.5 * reg * sum(W2 * W2) "
       "never, so the loss is wrong whenever reg > 0 (the gradients reg * W1 and reg * W2 are right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, cache1 = affine_forward(X, W1, b1)
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * np.sum(W1 * W1) + 0.5 * reg * np.sum(W1 * W1)
    da, dW2, db2 = affine_backward(dscores, cache2)
    _, dW1, db1 = affine_backward(relu_backward(da, cache_relu), cache1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("g1_ce_onehot_eye_of_batch_size", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot labels are built as np.eye(N)[y], rows of the N x N identity, instead of np.eye(C)[y]: "
       "the one-hot matrix is (N, N), not (N, C), so it cannot be combined with the (N, C) log-probabilities "
       "(a broadcasting error unless N == C)", """
def softmax_cross_entropy_loss(scores, y):
    N, C = scores.shape
    onehot = np.eye(N)[y]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -(onehot * log_probs).sum() / N
    dscores = (np.exp(log_probs) - onehot) / N
    return loss, dscores
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("g2_adam_corrected_step_size_unused", "a2_optim", "adam",
       "the bias corrections are folded into a step size lr_t = lr * sqrt(1 - beta2**t) / (1 - beta1**t), but "
       "the update uses the plain learning rate: lr_t is never used, so the moments act uncorrected and the "
       "first steps are far too small", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    lr, b1, b2, eps = config["learning_rate"], config["beta1"], config["beta2"], config["epsilon"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    lr_t = lr * np.sqrt(1 - b2 ** t) / (1 - b1 ** t)
    config.update(t=t, m=m, v=v)
    next_w = w - lr * m / (np.sqrt(v) + eps)
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    _e("g2_momentum_velocity_popped_not_put_back", "a2_optim", "sgd_momentum",
       "the velocity is taken out of config with config.pop('velocity', zeros) and never put back after the "
       "update: the returned config holds no velocity, so every call starts again from v = 0 and momentum never "
       "builds up", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.pop("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("g2_adadelta_acc_delta_not_stored", "a2_optim", "adadelta",
       "acc_grad is written back into config, but the updated acc_delta only into a local variable: config "
       "never holds it, so every call reads acc_delta = 0 and each step is sqrt(eps) / sqrt(acc_grad + eps) * dw", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    config["acc_grad"] = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(config["acc_grad"] + eps) * g
    acc_delta = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("g2_gd_steps_counted_from_one", "a2_optim", "gradient_descent",
       "the loop is written for step in range(1, steps), counting the steps from 1: it runs steps - 1 updates, "
       "so the path has one row too few and ends one step short", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    path = []
    for step in range(1, steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        path.append(w.copy())
    return np.array(path)
"""),
    _e("g2_noise_std_step_not_shifted", "a2_optim", "gradient_noise_std",
       "the variance is written eta / step**gamma, without the 1 + of eta / (1 + step)**gamma: step 0 divides by "
       "zero (ZeroDivisionError) and every later step is the next step's value", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    return math.sqrt(eta / step ** gamma)
"""),
    _e("g2_minibatch_short_batch_not_recorded", "a2_optim", "minibatch_sgd",
       "the weights are appended to the path only when the batch is full (len(idx) == batch_size): the update of "
       "the shorter last batch is taken but not recorded, so when N is not a multiple of batch_size the path "
       "misses one row per epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    n = X.shape[0]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            if len(idx) == batch_size:
                path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("g3_receptive_field_jump_never_used", "a3_conv", "receptive_field",
       "the jump (the product of the strides) is kept up to date, jump *= s, but the field grows by d * (k - 1) "
       "alone instead of d * (k - 1) * jump: the strides of the layers below never enlarge the field", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    r, jump = 1, 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r += d * (k - 1)
        jump *= s
    return r
""", catalogued="receptive_field_ignores_stride"),
    _e("g3_output_size_warns_instead_of_raising", "a3_conv", "conv_output_size",
       "an invalid configuration (a stride that does not tile the padded input, or a kernel larger than it) is "
       "reported with warnings.warn instead of raising ValueError: the function goes on and returns the "
       "floored size, so the caller never sees the error", """
import warnings


def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0 or span % stride:
        warnings.warn(f"invalid configuration: {span} / {stride}")
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("g3_conv_bias_inside_window_sum", "a3_conv", "conv_forward_naive",
       "the bias is added inside the window's sum, np.sum(window * w[f] + b[f]): it is broadcast over the "
       "C * HH * WW products and summed with them, so each output gets C * HH * WW times the bias instead of "
       "once", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f] + b[f])
    return out, (x, w, b, conv_param)
"""),
    _e("g3_dsep_bias_flag_not_passed_to_depthwise", "a3_conv", "depthwise_separable_param_count",
       "the bias flag is passed on to the pointwise convolution only: the depthwise call leaves bias at its "
       "default True, so with bias=False the in_channels depthwise biases are still counted", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    depthwise = conv_param_count(in_channels, in_channels, kernel_size, groups=in_channels)
    pointwise = conv_param_count(in_channels, out_channels, 1, bias)
    return depthwise + pointwise
"""),
    _e("g3_multiply_count_output_size_always_unpacked", "a3_conv", "conv_multiply_count",
       "the kernel size is accepted as an int or a pair, but the output size is always unpacked as a pair, "
       "oh, ow = output_size: an int output size (a square map, as documented) raises TypeError", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = output_size
    return oh * ow * out_channels * in_channels * kh * kw
"""),
    _e("g3_pool_indices_column_by_floor_division", "a3_conv", "max_pool_with_indices",
       "the window's flat argmax k is decoded with k // pool_width for the column as well as the row (copy-paste "
       "of the row's line): the column offset inside the window must be k % pool_width, so the stored flat "
       "index points at the wrong column (the pooled values are right)", """
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
            idx[:, :, i, j] = (i * s + k // pw) * W + (j * s + k // pw)
    return out, idx
"""),
    # ------------------------------------------------------------------ a4_init
    _e("g4_xavier_std_one_over_n", "a4_init", "xavier_std",
       "the std is written gain / n with n the mean fan (fan_avg) or fan_in, the lecture's Var = 1 / n taken "
       "for the standard deviation: the square root is missing, so the std is the variance 2 / (fan_in + "
       "fan_out) (or 1 / fan_in) times the gain", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return gain / n
""", catalogued="variance_used_as_std"),
    _e("g4_he_normal_rng_is_numpy_random_module", "a4_init", "he_normal",
       "the 'generator' is written rng = np.random, the module itself: rng.normal draws from NumPy's global "
       "generator, so the seed argument is never used (the same seed gives other weights, and the global "
       "state is consumed)", """
def he_normal(shape, seed):
    rng = np.random
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("g4_xavier_normal_draws_with_he_std", "a4_init", "xavier_normal",
       "copied from he_normal: the draws use gain * he_std(shape), sqrt(2 / fan_in), instead of "
       "xavier_std(shape, mode, gain): the mode is ignored and the spread is He's, not Glorot's", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, gain * he_std(shape), size=shape)
"""),
    _e("g4_stats_activation_applied_twice", "a4_init", "activation_statistics",
       "each layer applies the activation twice, z = act(h @ W) and then h = act(z): harmless for ReLU and "
       "linear (idempotent), but tanh and sigmoid layers compute tanh(tanh(.)) and sigmoid(sigmoid(.)), so "
       "their statistics are wrong", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    h, means, variances = X, [], []
    for W in weights:
        z = act(h @ W)
        h = act(z)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("g4_xavier_std_gain_in_denominator", "a4_init", "xavier_std",
       "the gain is put under the fraction, sqrt(1 / (gain**2 * n)): the std is divided by the gain instead of "
       "multiplied by it (right only for gain 1)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return math.sqrt(1.0 / (gain ** 2 * n))
"""),
    _e("g4_he_normal_std_of_channel_axes", "a4_init", "he_normal",
       "the std is taken as he_std(shape[:2]), of the two channel axes only: for a conv weight (out, in, kh, kw) "
       "that is read as a linear (out, in) weight whose fan_in is out_channels, so the receptive field is lost "
       "and the wrong axis is used (right for linear weights)", """
def he_normal(shape, seed):
    std = he_std(shape[:2])
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("g5_dropout_test_branch_falls_through", "a5_normalization", "dropout_forward",
       "the test-mode branch sets out = x but does not return: execution falls through to the train code, "
       "which draws a mask and overwrites out with x * mask, so dropout is applied at test time too", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        out = x
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    out = x * mask
    return out, mask
""", catalogued="dropout_at_test_time"),
    _e("g5_dropout_rescale_result_discarded", "a5_normalization", "dropout_forward",
       "the rescaling is written as the bare expression statement out / p, whose result is thrown away: the "
       "kept units are never divided by p (and the cached mask is the unscaled 0/1 mask)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.random(x.shape) < p
    out = x * mask
    out / p
    return out, mask
""", catalogued="dropout_no_scaling"),
    _e("g5_bn_bessel_factor_from_feature_count", "a5_normalization", "batchnorm_forward",
       "the running variance's unbiasing factor n / (n - 1) takes n = x.shape[-1], the number of features D, "
       "instead of the batch size N = x.shape[0]: the running variance is wrong whenever N != D (the "
       "normalization itself is right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        n = x.shape[-1]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("g5_l2_penalty_norm_not_squared", "a5_normalization", "l2_penalty",
       "the penalty is written with np.linalg.norm(W), the Frobenius norm itself, instead of its square "
       "sum(W**2): the loss is 0.5 * reg * ||W||, while the gradient reg * W returned is that of the squared "
       "norm", """
def l2_penalty(W, reg):
    return 0.5 * reg * np.linalg.norm(W), reg * W
"""),
    _e("g5_gn_eps_added_to_inverse_std", "a5_normalization", "groupnorm_forward",
       "the inverse std is written 1 / np.sqrt(var) + eps: eps is added to the inverse standard deviation after "
       "the division instead of to the variance under the square root, 1 / sqrt(var + eps) (a tiny-variance "
       "group divides by almost 0)", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True)) + eps
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("g5_bn_alt_dgamma_summed_to_scalar", "a5_normalization", "batchnorm_backward_alt",
       "dgamma is summed without an axis, np.sum(dout * x_hat): one scalar, the total over the batch and every "
       "feature, instead of the per-feature sums over the batch (axis=0) of shape (D,) (dx and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(dout * x_hat)
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("g6_training_loop_in_uncalled_function", "a6_cnn", "train_and_predict",
       "the training loop is moved into a nested function fit() that is never called: the model goes straight "
       "from its initialization to prediction, untrained, and its predictions are at chance", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)

    def fit(epochs=15, batch=64):
        opt = torch.optim.Adam(model.parameters(), lr=3e-3)
        g = torch.Generator().manual_seed(seed)
        for _ in range(epochs):
            model.train()
            for idx in torch.randperm(len(y), generator=g).split(batch):
                idx = idx.to(device)
                opt.zero_grad()
                nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
                opt.step()

    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("g6_loader_drop_last_batch_larger_than_data", "a6_cnn", "train_and_predict",
       "the DataLoader is built with batch_size=2048 and drop_last=True: the training set (about 1,250 digits, "
       "900 shapes) is smaller than one batch, so the only, incomplete batch is dropped and the loader yields "
       "nothing: no step is ever taken and the model predicts untrained", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    from torch.utils.data import DataLoader, TensorDataset
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    data = TensorDataset(torch.tensor(X_train), torch.tensor(y_train))
    loader = DataLoader(data, batch_size=2048, shuffle=True, drop_last=True,
                        generator=torch.Generator().manual_seed(seed))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(15):
        model.train()
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("g6_loss_reduction_none_backward", "a6_cnn", "train_and_predict",
       "the criterion is nn.CrossEntropyLoss(reduction='none') (to look at the per-image losses), and "
       "backward() is called on that vector of losses: backward needs a scalar, so it raises on the first "
       "batch ('grad can be implicitly created only for scalar outputs'); reduce it with .mean() first", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    criterion = nn.CrossEntropyLoss(reduction="none")
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            losses = criterion(model(X[idx]), y[idx])
            losses.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("g6_noise_augmentation_accumulates_in_place", "a6_cnn", "train_and_predict",
       "the noise augmentation is added in place to the training tensor, X.add_(0.3 * noise), at the start of "
       "every epoch: the noise accumulates instead of being drawn afresh on a copy, so by the last epoch the "
       "images carry noise of std 0.3 * sqrt(15), and the model, trained on ever noisier images, is tested on "
       "clean ones", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        X.add_(0.3 * torch.randn(X.shape, generator=g).to(device))
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
    _e("g6_channel_axis_added_again", "a6_cnn", "train_and_predict",
       "a channel axis is added with unsqueeze(1), the MNIST habit for (N, H, W) images, but the images already "
       "are (N, C, H, W): the batches become 5-D (N, 1, C, H, W) and the first convolution raises", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
    ).to(device)
    X = torch.tensor(X_train, device=device).unsqueeze(1)
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
        return model(torch.tensor(X_test, device=device).unsqueeze(1)).cpu().numpy()
"""),
    _e("g6_batchnorm_momentum_zero", "a6_cnn", "train_and_predict",
       "the batch norms are built with momentum=0, meant as 'no momentum: use each batch's statistics', but "
       "torch's momentum is the weight of the new batch: with 0 the running mean and variance stay at their "
       "initial 0 and 1, so in eval mode the network normalizes with statistics that were never measured", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16, momentum=0.0), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32, momentum=0.0), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, int(y_train.max()) + 1),
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
    _e("g7_nll_zscores_constant_dropped", "a7_architectures", "gaussian_nll",
       "the loss is written with z-scores, log_std + 0.5 * z**2 summed over the outputs and averaged over the "
       "rows, and the constant 0.5 * log(2 pi) per output is left out ('it does not change the gradients'): "
       "the value is not the negative log-likelihood (the gradients are right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    z = (y - mu) * np.exp(-log_std)
    loss = (log_std + 0.5 * z ** 2).sum(axis=1).mean()
    dmu = -z * np.exp(-log_std) / N
    dlog_std = (1 - z ** 2) / N
    return loss, dmu, dlog_std
""", catalogued="nll_constant_dropped"),
    _e("g7_nll_log_std_folded_into_constant", "a7_architectures", "gaussian_nll",
       "the log_std term of the normalizer is left out (taken to be part of the constant, which is kept): the "
       "loss is 0.5 log(2 pi) + 0.5 (y - mu)**2 / var, and dlog_std loses its + 1, so the loss falls forever as "
       "the standard deviation grows", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    inv_var = np.exp(-2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi) + 0.5 * r ** 2 * inv_var) / N
    dmu = -r * inv_var / N
    dlog_std = -r ** 2 * inv_var / N
    return loss, dmu, dlog_std
""", catalogued="nll_log_std_term_dropped"),
    _e("g7_gap_divides_by_height_squared", "a7_architectures", "global_avg_pool_forward",
       "each map's sum is divided by H * H (square maps assumed) instead of H * W, its number of positions: "
       "the average is wrong whenever H != W", """
def global_avg_pool_forward(x):
    N, C, H, W = x.shape
    return x.sum(axis=(2, 3)) / (H * H), x.shape
"""),
    _e("g7_saliency_summed_over_channels", "a7_architectures", "saliency_map",
       "the gradient's absolute values are summed over the channels, np.abs(dx).sum(axis=1), instead of taking "
       "their maximum: the saliency is the L1 norm over the channels, not the largest magnitude (right only for "
       "one channel)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).sum(axis=1)
"""),
    _e("g7_fc_to_conv_bias_reshaped_for_broadcast", "a7_architectures", "fc_to_conv",
       "the filters are right, but the bias is returned reshaped to (M, 1, 1) 'to broadcast over the maps' "
       "instead of the documented (M,): it no longer adds to an (N, M) block of scores, so fc_score_map breaks "
       "too", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    w = W.T.reshape(-1, C, H, W_)
    return w, b.reshape(-1, 1, 1)
"""),
    _e("g7_mdn_z_divided_by_variance", "a7_architectures", "mdn_nll",
       "the standardized distance is z = (y - mu) / exp(2 * log_std), divided by the variance instead of the "
       "standard deviation exp(log_std): the Gaussian terms, the loss and every gradient built on z are wrong", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    z = (y[:, None] - mu) / np.exp(2 * log_std)
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / np.exp(log_std) / N
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("g8_cosine_half_angle_squared_min_lr_dropped", "a8_pipeline", "warmup_cosine_lr",
       "the decay is written base_lr * cos(pi * t / 2)**2, the same curve as base_lr * (1 + cos(pi t)) / 2, "
       "but min_lr never appears: the rate decays to 0 instead of to min_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return base_lr * math.cos(math.pi * t / 2) ** 2
""", catalogued="min_lr_ignored"),
    _e("g8_flip_axis1_of_each_image", "a8_pipeline", "random_flip",
       "each chosen image is mirrored with np.flip(x[i], axis=1), the 2-D habit where axis 1 is the columns: "
       "a single image is (C, H, W), so axis 1 is the rows and the image is flipped upside down instead of "
       "left-right", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(x.shape[0])
    out = x.copy()
    for i in range(x.shape[0]):
        if coins[i] < p:
            out[i] = np.flip(x[i], axis=1)
    return out
""", catalogued="flip_vertical"),
    _e("g8_train_softmax_normalized_over_batch", "a8_pipeline", "train_and_predict",
       "the exponentials are divided by probs.sum(), the sum over the whole batch, instead of each row's sum "
       "(axis=1, keepdims=True): the 'probabilities' of a row no longer sum to 1, so every gradient step is "
       "wrong and the model learns far less", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
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
            probs /= probs.sum()
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
    _e("g8_standardize_divides_by_variance", "a8_pipeline", "normalize_splits",
       "'standardize' divides the centred splits by the per-pixel variance, X_train.var(axis=0) + eps, instead "
       "of the standard deviation: pixels with a spread other than 1 end up scaled by 1 / std too much or too "
       "little ('mean_image' right)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    scale = X_train.var(axis=0) + eps
    return (X_train - mean) / scale, (X_test - mean) / scale
"""),
    _e("g8_update_ratio_l1_norms", "a8_pipeline", "update_ratio",
       "the ratio is taken with sums of absolute values, sum(|lr * dW|) / sum(|W|) (L1 norms), instead of the "
       "Frobenius norms ||lr * dW|| / ||W|| the docstring asks for", """
def update_ratio(W, dW, lr):
    return np.abs(lr * dW).sum() / np.abs(W).sum()
"""),
    _e("g8_log_uniform_returns_exponents", "a8_pipeline", "log_uniform",
       "the exponents are drawn uniformly between log10(low) and log10(high) but returned as they are: 10 is "
       "never raised to them, so the values are the logarithms (negative numbers for learning rates), not "
       "values between low and high", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    return rng.uniform(np.log10(low), np.log10(high), size=n)
"""),
]

HOLDOUT21_CORRECT: list[Entry] = [
    _e("g1_correct_affine_rows_from_weight_shape", "a1_backprop", "affine_forward",
       "correct: the inputs flattened with reshape(-1, w.shape[0]) (the row length read off the weight, the "
       "number of rows inferred) and the bias added with np.add", """
def affine_forward(x, w, b):
    out = np.add(x.reshape(-1, w.shape[0]) @ w, b)
    return out, (x, w, b)
"""),
    _e("g2_correct_adadelta_rms_helper", "a2_optim", "adadelta",
       "correct: Adadelta written with a local rms(acc) = sqrt(acc + eps) helper, the accumulators defaulting to "
       "the scalar 0.0 (broadcast on the first call) and the squares written g * g", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    for key, value in (("learning_rate", 1.0), ("rho", 0.9), ("epsilon", 1e-6)):
        config.setdefault(key, value)
    rho, eps = config["rho"], config["epsilon"]

    def rms(acc):
        return np.sqrt(acc + eps)

    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", 0.0) + (1 - rho) * g * g
    acc_delta = config.get("acc_delta", 0.0)
    step = rms(acc_delta) / rms(acc_grad) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step * step
    return w - config["learning_rate"] * step, config
"""),
    _e("g3_correct_conv_transpose_crop_or_none", "a3_conv", "conv_transpose_forward",
       "correct: each input pixel's block added with np.tensordot(x[:, :, i, j], w, axes=1), and the padding "
       "cropped with slice(pad, -pad or None), which keeps everything when pad is 0", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.tensordot(x[:, :, i, j], w,
                                                                                             axes=1)
    crop = slice(pad, -pad or None)
    return full[:, :, crop, crop] + b[:, None, None]
"""),
    _e("g4_correct_he_normal_explicit_pcg64", "a4_init", "he_normal",
       "correct: the generator built by hand as np.random.Generator(np.random.PCG64(seed)), which is what "
       "np.random.default_rng(seed) builds", """
def he_normal(shape, seed):
    gen = np.random.Generator(np.random.PCG64(seed))
    return gen.normal(0.0, he_std(shape), size=shape)
"""),
    _e("g5_correct_bn_test_folded_scale_shift", "a5_normalization", "batchnorm_forward",
       "correct: test mode folds the running statistics and gamma, beta into one per-feature scale and shift, "
       "x * scale + (beta - running_mean * scale) with scale = gamma / sqrt(running_var + eps)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        scale = gamma / np.sqrt(running_var + eps)
        out = x * scale + (beta - running_mean * scale)
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("g7_correct_mdn_scipy_softmaxes", "a7_architectures", "mdn_nll",
       "correct: the log mixing weights from scipy.special.log_softmax, the mixture's log-likelihood from "
       "logsumexp of the log-terms and the responsibilities from scipy.special.softmax of the same terms", """
def mdn_nll(y, logits, mu, log_std):
    from scipy.special import log_softmax, logsumexp, softmax
    N = y.shape[0]
    log_pi = log_softmax(logits, axis=1)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    log_p = logsumexp(terms, axis=1)
    gamma = softmax(terms, axis=1)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z * z) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    _e("g8_correct_early_stopping_first_epoch_as_best", "a8_pipeline", "early_stopping",
       "correct: the first epoch taken as the best to start with (it always improves on infinity), the loop "
       "over the later epochs only", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = val_losses[0], 0, 0
    for epoch in range(1, len(val_losses)):
        if val_losses[epoch] < best - min_delta:
            best, best_epoch, wait = val_losses[epoch], epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
]

JUDGED_ON21 = "2026-12-05 on commit ab9f75e"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout21 on commit ab9f75e (JUDGED_ON21), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT20 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure that sends the student first to a right line, or says that what a line reads agrees
# with the correct code where it does not, states something false; a departure naming the line with the mistake is
# right, and so is the exact line of a one- or two-line function; a departure that names the line that uses a wrong
# value and, as its alternative, the variable that holds the mistake (`or in depthwise, set by line 279`) is right; a
# loop departure without a statement is right only when the loop is small and the mistake clearly in it; a catalogued
# entry whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a shape
# comparison or an accuracy figure is the comparison (nothing); checklists that list the cause among many are vague;
# where only the grader test's own message names the cause the verdict is check_message. New here: a diagnosis shown
# for several outputs at once ("What your output shows (out (naive), out (naive, one image, no padding)): ...") states
# what it says of each of them, so a number that holds for the first listed output only is a false statement.
JUDGEMENT21: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "g1_softmax_classes_taken_as_rows": ("named", (), ""),
    "g1_relu_bwd_zeroes_negatives_only": ("named", (), ""),
    # one_number_per_row shown for (grad, grad (coupled)): "each of your 3 rows holds one number, the sum of that row
    # of the expected, repeated ...: a value computed once per row (a whole row handled at once, as x[i] is when x
    # has two axes, where each entry is meant?)": the cause, but grad (coupled) is the (5, 3) z: 5 rows, not 3 (the
    # count is the (3, 4) grad's only).
    "g1_numgrad_loops_over_first_axis": (
        "misleading", ("one_number_per_row",),
        "The loop runs over range(x.shape[0]): x[i] is a whole row, shifted by h at once, so every entry of a row gets "
        "the row's summed derivative (each row of grad one number repeated); visit each entry, e.g. for i in "
        "np.ndindex(x.shape)."),
    # one_slip: "a reduction over all entries where one over axis=1, is meant" (scores.max()).
    "g1_softmax_shifted_by_global_max": ("right", ("one_slip",), ""),
    # one_slip: "`W1` where `W2` is meant (the wrong variable), where loss is computed".
    "g1_mlp_penalty_w1_counted_twice": ("right", ("one_slip",), ""),
    # departure on the large-scores test: "line 216: `onehot = np.eye(N)[y]` raises the error (at `np.eye(N)[y]`)
    # ... the mistake is in that line" (as m1_ce_one_hot_eye_of_batch_size); shape_error on the other tests only
    # explains NumPy's broadcasting error, and index_error's checklist ends on "rows indexed by what counts columns".
    "g1_ce_onehot_eye_of_batch_size": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "g2_adam_corrected_step_size_unused": ("named", (), ""),
    "g2_momentum_velocity_popped_not_put_back": ("named", (), ""),
    # as_if: "yours is what the correct adadelta() returns if config['acc_delta'] were all zeros: your code reads
    # config['acc_delta'] but never stores its new value back into config"; state_not_kept beside it.
    "g2_adadelta_acc_delta_not_stored": ("right", ("as_if", "state_not_kept"), ""),
    # fewer_steps: "yours has 9 rows (steps) where 10 are expected, and your first 9 match ...: steps are missing (a
    # last, shorter batch of each epoch dropped, or a loop that stops early)": the second of two, the first ruled out
    # by reading (no batches).
    "g2_gd_steps_counted_from_one": ("right", ("fewer_steps",), ""),
    # departure on the one-line body: "`return math.sqrt(eta / step ** gamma)` raises the error (at `eta / step **
    # gamma`) ... the mistake is in that line".
    "g2_noise_std_step_not_shifted": ("right", ("departure",), ""),
    # fewer_steps: "yours has 9 rows (steps) where 12 are expected, and your first 3 match ...: (a last, shorter batch
    # of each epoch dropped ...)": true (4 batches an epoch, the short one's row never appended).
    "g2_minibatch_short_batch_not_recorded": ("right", ("fewer_steps",), ""),
    # ------------------------------------------------------------------ a3_conv
    "g3_receptive_field_jump_never_used": ("named", (), ""),
    "g3_output_size_warns_instead_of_raising": ("named", (), ""),
    # missing_term on (out (stride 1, pad 0)): "+17 x b ...: it is added 17 times too many (e.g. a bias added inside a
    # loop over channels ...)" (true: 3 * 2 * 3 = 18 products) and the six-line window loop's departure; but on the
    # other test it is shown for (out (naive), out (naive, one image, no padding)): "+29 x b ... 29 times too many",
    # true of the (2, 3, 5) kernel only: the one image's (3, 3, 2) kernel gives +17 x b (checked by running it).
    "g3_conv_bias_inside_window_sum": (
        "misleading", ("missing_term", "departure"),
        "np.sum(window * w[f] + b[f]) adds b[f] to each of the C * HH * WW products before summing: each output holds "
        "C * HH * WW times the bias (18 times for a 3x2x3 or 3x3x2 kernel, 30 for a 2x3x5 one) instead of once; write "
        "np.sum(window * w[f]) + b[f]."),
    # departure: "line 281: `return depthwise + pointwise` ... 2880 where 2848 is right: the mistake is in that line,
    # or in `depthwise`, set by line 279: `depthwise = conv_param_count(in_channels, in_channels, kernel_size,
    # groups=in_channels)`, or in `pointwise`, set by line 280" (as n3_dsep_multiply_pointwise_with_kernel_area: a
    # close call, the three lines of the function).
    "g3_dsep_bias_flag_not_passed_to_depthwise": ("right", ("departure",), ""),
    # departure: "line 280: `oh, ow = output_size` raises the error (at `oh, ow`) ... the mistake is in that line".
    "g3_multiply_count_output_size_always_unpacked": ("right", ("departure",), ""),
    # departure: "the loop at lines 284-289 ... leaves `idx` holding values the correct code never computes ... (by up
    # to 1) ... the mistake is in that loop": a four-statement loop with one line that writes idx.
    "g3_pool_indices_column_by_floor_division": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "g4_xavier_std_one_over_n": ("named", (), ""),
    "g4_he_normal_rng_is_numpy_random_module": ("named", (), ""),
    # departure: "line 91: `return rng.normal(0.0, gain * he_std(shape), size=shape)`. In it, `he_std(shape)` is the
    # first part whose value the correct code never computes ... 1.32288 times the right value" (sqrt(350 / 200));
    # scaled "sqrt(2) times the expected: a factor 2 too many inside a square root" on the fan_in draws.
    "g4_xavier_normal_draws_with_he_std": ("right", ("departure", "scaled"), ""),
    # departure: the loop at lines 94-98, then "On its first pass, line 96: `h = act(z)` is the first to compute a
    # value the correct code never computes, though what it reads then (z) agrees: look there first".
    "g4_stats_activation_applied_twice": ("right", ("departure",), ""),
    # departure on the one-line body: "`return math.sqrt(1.0 / (gain ** 2 * n))` ... 0.0521286 where 0.208514 is
    # right: the mistake is in that line".
    "g4_xavier_std_gain_in_denominator": ("right", ("departure",), ""),
    # departure: "`std`, set by line 90: `std = he_std(shape[:2])` ... 0.223607 where 0.117851 is right ... the
    # mistake is in that line, or in he_std() that it calls".
    "g4_he_normal_std_of_channel_axes": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "g5_dropout_test_branch_falls_through": ("named", (), ""),
    "g5_dropout_rescale_result_discarded": ("named", (), ""),
    # one_slip: "either of two slips ...: `shape[1]` where `shape[0]` is meant ..., where N is computed; or `shape[
    # -1]` where `shape[0]` is meant" (the second is the student's) and departure "`n`, set by line 232: `n =
    # x.shape[-1]` ... your `n` is 4 where 8 is right ... the mistake is in that line".
    "g5_bn_bessel_factor_from_feature_count": ("right", ("one_slip", "departure"), ""),
    # departure on the one-line body: "In it, `np.linalg.norm(W)` is the first part whose value the correct code never
    # computes ... 0.116106 where 0.539224 is right: the mistake is in that line".
    "g5_l2_penalty_norm_not_squared": ("right", ("departure",), ""),
    # departure: "`inv_std`, set by line 222: `inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True)) + eps` ... the
    # mistake is in that line".
    "g5_gn_eps_added_to_inverse_std": ("right", ("departure",), ""),
    # over_reduced: "yours is the sum over axis 0 of the expected (shape () for (4,)): keep that axis, no sum there".
    "g5_bn_alt_dgamma_summed_to_scalar": ("right", ("over_reduced",), ""),
    # ------------------------------------------------------------------ a6_cnn
    "g6_training_loop_in_uncalled_function": ("named", (), ""),
    "g6_loader_drop_last_batch_larger_than_data": ("named", (), ""),
    # no diagnosis: only torch's error, "RuntimeError: grad can be implicitly created only for scalar outputs".
    "g6_loss_reduction_none_backward": (
        "nothing", (),
        "nn.CrossEntropyLoss(reduction='none') returns one loss per image, and backward() on that vector raises: "
        "reduce it first, losses.mean().backward(), or keep the default reduction='mean'."),
    # learned_little on both accuracy tests: "your model predicts the training images it was given no better than new
    # ones (0.34 on 200 of them ...; 0.31 on the test images): either it did not learn them (...six causes...), or
    # what it predicts reaches it otherwise than what it trained on (the images preprocessed differently at test
    # time ...)": true, the checklist; the noise written into X and piling up epoch after epoch is not said.
    "g6_noise_augmentation_accumulates_in_place": (
        "vague", (),
        "X.add_(0.3 * noise) writes the noise into the training tensor itself every epoch, so it accumulates (std 0.3 "
        "* sqrt(k) after k epochs, about 1.16 by the 15th): the model trains on ever noisier images and is tested on "
        "clean ones; add fresh noise to each batch's copy, X[idx] + 0.3 * torch.randn_like(X[idx])."),
    # torch_error on every test: "a convolution or pooling layer got an input of size [64, 1, 1, 8, 8]: images reach
    # it as (N, C, H, W), so it comes after a flatten, or the images lack their channel axis (X[:, None] adds it)":
    # neither is there: the images have one axis too many, and its advice adds another.
    "g6_channel_axis_added_again": (
        "misleading", (),
        "X_train is already (N, C, H, W): unsqueeze(1) adds a second channel axis, so the batches are 5-D (64, 1, C, "
        "H, W) and the first Conv2d raises; drop the unsqueeze(1) on X and on X_test."),
    # fits_batches_not_predictions: "the training loss fell from 2.11 to 0.04 ..., yet it predicts 200 of those same
    # training images ... at accuracy 0.18: what reaches the model when it predicts differs from what it trained on
    # (the images scaled or standardized ...), or the model that predicts is not the one that trained (...), or the
    # predictions come back in another order": the fitting is there, none of the causes (as
    # k6_weights_reinitialized_before_predicting): the same images reach the same model.
    "g6_batchnorm_momentum_zero": (
        "misleading", (),
        "BatchNorm2d(..., momentum=0.0) never updates its running mean and variance (torch's momentum is the weight "
        "of each new batch): they stay 0 and 1, so the model fits its batches in train mode but in eval mode every "
        "batch norm normalizes with statistics never measured; keep the default momentum=0.1."),
    # ------------------------------------------------------------------ a7_architectures
    "g7_nll_zscores_constant_dropped": ("named", (), ""),
    "g7_nll_log_std_folded_into_constant": ("named", (), ""),
    # departure on the one-line body: "`return x.sum(axis=(2, 3)) / (H * H), x.shape` ... 1.25 times the right value:
    # the mistake is in that line" (scaled's "1.25 times ... look for a missing or extra scale" beside it); but on
    # test_one_example rescaled_per_example alone: "yours is, for its one example, the expected times a number plus a
    # number: a normalization of each example (min-max, or by its mean and std) applied where none is asked, or one
    # left out?": 2.5 = W / H times, plus 0, on the (3, 2, 5) maps; no normalization is there.
    "g7_gap_divides_by_height_squared": (
        "misleading", ("departure",),
        "The sum is divided by H * H where a map has H * W positions: yours is W / H times the expected (1.25 here, "
        "2.5 on the 2x5 maps), right only for square maps; divide by H * W (or take x.mean(axis=(2, 3)))."),
    # one_slip: "a sum where a max is meant (sum() for max())".
    "g7_saliency_summed_over_channels": ("right", ("one_slip",), ""),
    # reshaped: "your values are right but your shape is (5, 1, 1) where (5,) is expected" and departure "line 178:
    # `return w, b.reshape(-1, 1, 1)` ... the same values, with an axis of length 1 extra: the mistake is in that line".
    "g7_fc_to_conv_bias_reshaped_for_broadcast": ("right", ("reshaped", "departure"), ""),
    # departure on every test: "`z`, set by line 179: `z = (y[:, None] - mu) / np.exp(2 * log_std)`. In it,
    # `np.exp(2 * log_std)` is the first part ... the mistake is in that line" (right); but beside it
    # rescaled_per_example on (dmu, dlog_std): "a normalization of each example (min-max, or by its mean and std)
    # applied where none is asked, or one left out?" and where_input on dlogits: "yours is wrong exactly where logits
    # ... is positive ...: the branch for positive inputs": there is no normalization and no branch on the logits'
    # sign.
    "g7_mdn_z_divided_by_variance": (
        "misleading", ("departure",),
        "z = (y - mu) / exp(2 * log_std) divides by the variance: the standardized distance is (y - mu) / "
        "exp(log_std), by the standard deviation; the terms, the loss and every gradient built on z follow it."),
    # ------------------------------------------------------------------ a8_pipeline
    "g8_cosine_half_angle_squared_min_lr_dropped": ("named", (), ""),
    "g8_flip_axis1_of_each_image": ("named", (), ""),
    # one_slip: "a reduction over all entries where one over axis=1, is meant" (probs.sum(), the only such one).
    "g8_train_softmax_normalized_over_batch": ("right", ("one_slip",), ""),
    # one_slip: "a var where a std is meant (var() for std()), where std is computed"; scaled_per_feature's checklist
    # ("one used in place of another ...") beside it is true.
    "g8_standardize_divides_by_variance": ("right", ("one_slip",), ""),
    # departure on the one-line body: "`return np.abs(lr * dW).sum() / np.abs(W).sum()` ... 0.0053858 where 0.0054827
    # is right: the mistake is in that line".
    "g8_update_ratio_l1_norms": ("right", ("departure",), ""),
    # departure: "line 166: `return rng.uniform(np.log10(low), np.log10(high), size=n)` ... the mistake is in that
    # line" (right); but clipped_at_zero on the quarter-decade shares: "yours is the expected with its 4 positive
    # entries replaced by 0, and right at the others: a minimum taken with 0 (a running minimum started at 0 ..., or a
    # clip where none belongs?)": all four shares are 0 because every draw lies in [-4, -1]; no minimum or clip.
    "g8_log_uniform_returns_exponents": (
        "misleading", ("departure",),
        "The draws are the exponents, uniform between log10(low) and log10(high) (-4 and -1 here): 10 is never raised "
        "to them; return 10 ** rng.uniform(np.log10(low), np.log10(high), size=n)."),
}
# Counts: named 16, right 23 (named or right 39/48 = 81%; not in the catalogue: right 23/32 = 72%; the 16
# catalogued: 16 named), misleading 7 (two of them, g1_numgrad_loops_over_first_axis and
# g3_conv_bias_inside_window_sum, only by a number shown for a second output it does not fit), vague 1, nothing 1,
# wrong_name 0, check_message 0, not_caught 0. HOLDOUT21_CORRECT: all 7 earn full marks.

HOLDOUT21 = [replace(e, verdict=JUDGEMENT21[e.id][0], expected=frozenset(JUDGEMENT21[e.id][1]),
                     ideal=JUDGEMENT21[e.id][2]) if e.id in JUDGEMENT21 else e for e in HOLDOUT21]
