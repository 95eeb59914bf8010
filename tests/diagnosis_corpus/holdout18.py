"""An eighteenth hold-out: student-style mistakes written without seeing the detectors.

Not judged yet (JUDGED_ON18 is empty): an independent helper that wrote neither the detectors nor these entries
is to judge it by reading the feedback of bench/diagnosis_corpus.py --set holdout18.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py, sandbox/training_probe.py), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to
avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant
earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT18
holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT18_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors
on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT18: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("d1_softmax_log_normalizer_unshifted", "a1_backprop", "softmax",
       "softmax written in log space, exp(scores - log(sum(exp(scores)))), but the log-normalizer is taken of the "
       "raw exponentials: for scores around 1000 np.exp overflows to inf, the log is inf and every probability "
       "comes out 0; the row maximum must be subtracted before np.exp (log-sum-exp)", """
def softmax(scores):
    log_norm = np.log(np.sum(np.exp(scores), axis=1, keepdims=True))
    return np.exp(scores - log_norm)
""", catalogued="softmax_no_max_subtraction"),
    _e("d1_logistic_distributed_difference", "a1_backprop", "logistic_regression_gradient",
       "the product is distributed over the residual but in the wrong order, X^T y - X^T pi: the gradient of the "
       "log-likelihood, the negative of the NLL's gradient X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    pi, _ = sigmoid_forward(X.dot(w))
    return X.T.dot(y) - X.T.dot(pi)
""", catalogued="logistic_gradient_sign_flipped"),
    _e("d1_ce_scores_shifted_in_place", "a1_backprop", "softmax_cross_entropy_loss",
       "the row maximum is subtracted in place, scores -= scores.max(axis=1, keepdims=True): loss and dscores are "
       "right, but the caller's scores are overwritten with the shifted ones (shifted = scores - max is meant)",
       """
def softmax_cross_entropy_loss(scores, y):
    n = len(y)
    scores -= scores.max(axis=1, keepdims=True)
    log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
"""),
    _e("d1_mse_root_mean_square", "a1_backprop", "mse_loss",
       "the loss is the root of the mean squared error, sqrt(mean((p - t)**2)) (RMSE), with RMSE's gradient "
       "(p - t) / (size * rmse): both differ from the MSE mean((p - t)**2) and its gradient 2 (p - t) / size", """
def mse_loss(pred, target):
    diff = pred - target
    rmse = np.sqrt(np.mean(diff ** 2))
    return rmse, diff / (diff.size * rmse)
"""),
    _e("d1_mlp_dscores_divided_by_n_again", "a1_backprop", "two_layer_mlp_loss",
       "dscores from softmax_cross_entropy_loss already carries the 1/N of the mean loss, and is divided by N "
       "again ('average over the batch'): the data part of every gradient is N times too small (the L2 terms and "
       "the loss right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    h, cache1 = affine_forward(X, W1, b1)
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    N = X.shape[0]
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dscores = dscores / N
    da, dW2, db2 = affine_backward(dscores, cache2)
    _, dW1, db1 = affine_backward(relu_backward(da, cache_relu), cache1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("d1_linreg_centred_first", "a1_backprop", "linear_regression_closed_form",
       "X and y are centred (column means subtracted) before the normal equations are solved: these are the "
       "slopes of a model with an intercept, not the least-squares weights of y = X w (no intercept), which "
       "solve X^T X w = X^T y on the data as given (equal only when the data fit exactly)", """
def linear_regression_closed_form(X, y):
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    return np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("d2_momentum_torch_buffer_added", "a2_optim", "sgd_momentum",
       "torch's buffer convention (buf = momentum * buf + dw), but the step adds it, w + lr * buf, instead of "
       "subtracting it: every step climbs the gradient (the same weights as v = momentum * v + lr * dw, w + v)",
       """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    buf = config.get("momentum_buffer")
    buf = g.copy() if buf is None else config["momentum"] * buf + g
    config["momentum_buffer"] = buf
    return w + config["learning_rate"] * buf, config
""", catalogued="momentum_sign_flipped"),
    _e("d2_minibatch_permutation_tiled", "a2_optim", "minibatch_sgd",
       "the epochs' orders are built as np.tile(rng.permutation(N), (epochs, 1)): one permutation repeated in "
       "every row, so every epoch visits the rows in the same order (a new rng.permutation(N) per epoch is meant)",
       """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = len(X)
    orders = np.tile(rng.permutation(n), (epochs, 1))
    w = np.array(w0, dtype=float)
    path = []
    for order in orders:
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("d2_adagrad_cache_of_raw_dw", "a2_optim", "adagrad",
       "the step uses g = dw + weight_decay * w, but the cache accumulates the raw dw**2: with weight decay the "
       "squared gradients in the cache are not those of the gradient stepped on (cache += g**2 is meant)", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w)) + dw * dw
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("d2_adadelta_default_rho_095", "a2_optim", "adadelta",
       "wrong default: rho 0.95 (the value of Zeiler's paper and Keras) instead of the docstring's 0.9, so a "
       "call without rho decays both accumulators more slowly (right whenever rho is given)", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.95)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("d2_sgd_decay_as_shrink_factor", "a2_optim", "sgd",
       "weight decay applied as a shrink factor on the weights, (1 - weight_decay) * w - lr * dw, without the "
       "learning rate: the documented L2 decay is added to the gradient, w - lr * (dw + weight_decay * w) (right "
       "without weight decay)", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    decay = config.get("weight_decay", 0.0)
    next_w = (1 - decay) * w - config["learning_rate"] * dw
    return next_w, config
"""),
    _e("d2_minibatch_grad_over_batch_size", "a2_optim", "minibatch_sgd",
       "the batch gradient is written inline and divided by batch_size instead of the number of rows in the "
       "batch: the last, shorter batch of an epoch gets too small a step (right when batch_size divides N)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.asarray(w0, dtype=float).copy()
    path = []
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            idx = order[start:start + batch_size]
            residual = X[idx] @ w - y[idx]
            w = w - learning_rate * 2 * X[idx].T @ residual / batch_size
            path.append(w.copy())
    return np.array(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("d3_param_count_prod_without_groups", "a3_conv", "conv_param_count",
       "the weights are counted as np.prod((out, in, kh, kw)): groups is accepted but never divides the input "
       "channels, where each filter of a grouped conv sees in_channels / groups of them", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kernel = (kernel_size,) * 2 if isinstance(kernel_size, int) else tuple(kernel_size)
    weights = int(np.prod((out_channels, in_channels) + kernel))
    return weights + out_channels * bool(bias)
""", catalogued="param_count_ignores_groups"),
    _e("d3_conv_bwd_fast_crop_slice_object", "a3_conv", "conv_backward_fast",
       "the padding is cropped with a slice object slice(pad, -pad) used on both axes: with pad 0 it is "
       "slice(0, 0), empty, so dx has no rows or columns; crop with pad:pad + H and pad:pad + W (dw, db right)",
       """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    N, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwij->fcij", dout, windows)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros(xp.shape)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout,
                                                                                       w[:, :, i, j])
    border = slice(pad, -pad)
    return dxp[:, :, border, border], dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("d3_conv_naive_windows_not_strided", "a3_conv", "conv_forward_naive",
       "the output size counts the stride, but each window is sliced at (i, j), the output's position, instead "
       "of (i * stride, j * stride): with stride 2 the windows overlap and cover only the top-left of the input",
       """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    out[n, f, i, j] = np.sum(x_pad[n, :, i:i + HH, j:j + WW] * w[f]) + b[f]
    return out, (x, w, b, conv_param)
"""),
    _e("d3_avgpool_divided_then_multiplied", "a3_conv", "avg_pool_forward",
       "each window's sum is written sum / ph * pw, which Python reads as (sum / ph) * pw: multiplied by "
       "pw / ph instead of divided by the area ph * pw (for square pools the window's sum itself)", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].sum(axis=(2, 3)) / ph * pw
    return out, (x, pool_param)
"""),
    _e("d3_conv_transpose_kernel_flipped", "a3_conv", "conv_transpose_forward",
       "each input pixel scatters the kernel flipped over both spatial axes, w[c, :, ::-1, ::-1] ('a transposed "
       "convolution flips the kernel'): the flip belongs to the gather form; the scatter adds w[c] as it is",
       """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    w_flipped = w[:, :, ::-1, ::-1]
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for n in range(N):
        for c in range(C):
            for i in range(H):
                for j in range(W):
                    full[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += x[n, c, i, j] * w_flipped[c]
    return full[:, :, pad:Hf - pad, pad:Wf - pad] + b[:, None, None]
"""),
    _e("d3_output_size_padding_once", "a3_conv", "conv_output_size",
       "the padding is added once, input_size + padding, instead of once per side, + 2 * padding: every padded "
       "configuration gets too small an output (or is wrongly rejected); right without padding", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + padding - dilation * (kernel_size - 1) - 1
    if span < 0 or span % stride != 0:
        raise ValueError(f"invalid convolution: span {span} with stride {stride}")
    return span // stride + 1
"""),
    # ------------------------------------------------------------------ a4_init
    _e("d4_fans_conv_total_over_in_channels", "a4_init", "compute_fans",
       "a conv weight's fans are both math.prod(shape) // shape[1], the product without in_channels, which is "
       "out_channels * kh * kw: fan_in must be in_channels * kh * kw (the linear layout right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    per_filter = math.prod(shape) // shape[1]
    return per_filter, per_filter
""", catalogued="conv_fan_in_wrong_axis"),
    _e("d4_xavier_normal_randomstate_unseeded", "a4_init", "xavier_normal",
       "the draws come from np.random.RandomState(), a legacy generator created without the seed: every call "
       "draws other weights and the seed argument is never used (np.random.default_rng(seed) is asked)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    return np.random.RandomState().normal(0.0, xavier_std(shape, mode, gain), size=shape)
""", catalogued="global_seed"),
    _e("d4_uniform_fan_in_bound_sqrt6", "a4_init", "xavier_uniform",
       "the bound is written from the fans, gain * sqrt(6 / n), with n = fan_in + fan_out or fan_in: right for "
       "fan_avg, but in mode 'fan_in' the bound is sqrt(3) * gain * sqrt(1 / fan_in) = gain * sqrt(3 / fan_in), "
       "so the draws are sqrt(2) times too wide there", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = fan_in + fan_out if mode == "fan_avg" else fan_in
    bound = gain * math.sqrt(6.0 / n)
    return np.random.default_rng(seed).uniform(-bound, bound, size=shape)
"""),
    _e("d4_xavier_std_sum_of_fans_as_n", "a4_init", "xavier_std",
       "written gain / sqrt(n) with n = fan_in + fan_out for fan_avg: the sum of the fans where their mean "
       "(fan_in + fan_out) / 2 belongs, so the std is sqrt(2) times too small (mode fan_in right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = fan_in + fan_out if mode == "fan_avg" else fan_in
    return gain / math.sqrt(n)
"""),
    _e("d4_stats_input_layer_included", "a4_init", "activation_statistics",
       "the statistics of the input X are recorded before the loop, then those of every layer: L + 1 means and "
       "variances (the input's first) instead of the L of the layers' outputs", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = [h.mean()], [h.var()]
    for W in weights:
        h = acts[activation](h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("d4_he_normal_relu_gain_twice", "a4_init", "he_normal",
       "the draws from N(0, he_std**2) are multiplied by sqrt(2) once more ('the ReLU gain'): he_std already "
       "holds the factor 2 for ReLU, so the std is sqrt(2) * sqrt(2 / fan_in) = 2 / sqrt(fan_in)", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    return math.sqrt(2.0) * rng.normal(0.0, he_std(shape), size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("d5_bn_bwd_dgamma_einsum_over_n", "a5_normalization", "batchnorm_backward",
       "dgamma and dbeta are written as einsum contractions over the batch and then divided by N: averaged "
       "where they must be summed (the 1/N of the loss is already inside dout); dx right", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = len(dout)
    dbeta = np.einsum("nd->d", dout) / N
    dgamma = np.einsum("nd,nd->d", dout, x_hat) / N
    dx_hat = dout * gamma
    dx = inv_std * (dx_hat - dx_hat.mean(axis=0) - x_hat * (dx_hat * x_hat).mean(axis=0))
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("d5_ln_bwd_staged_divides_by_rows", "a5_normalization", "layernorm_backward",
       "a staged backward pass (dvar, dmu per row) whose two mean terms divide by N = dout.shape[0], the number "
       "of rows, instead of D = dout.shape[1], the number of features each row's statistics are taken over",
       """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=1, keepdims=True) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=1, keepdims=True)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, np.sum(dout * x_hat, axis=0), np.sum(dout, axis=0)
""", catalogued="layernorm_backward_uses_batch_size"),
    _e("d5_bn_momentum_default_keras", "a5_normalization", "batchnorm_forward",
       "wrong default: momentum is read with bn_param.get('momentum', 0.99) (Keras's default) instead of the "
       "documented 0.9: without a momentum in bn_param the running averages move ten times more slowly (right "
       "whenever momentum is given)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.99)
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
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("d5_l2_spectral_norm", "a5_normalization", "l2_penalty",
       "the penalty squares np.linalg.norm(W, 2), which for a matrix is the spectral norm (its largest singular "
       "value), not the Frobenius norm: 0.5 * reg * sigma_max**2 instead of 0.5 * reg * sum(W**2) (gradient "
       "right)", """
def l2_penalty(W, reg):
    return 0.5 * reg * np.linalg.norm(W, 2) ** 2, reg * W
"""),
    _e("d5_dropout_seed_zero_as_none", "a5_normalization", "dropout_forward",
       "the seed is tested with `if seed:`: seed 0 is falsy, so it draws from an unseeded generator and two "
       "calls with seed 0 give different masks (test seed is not None, or pass the seed as it is)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    seed = dropout_param.get("seed")
    rng = np.random.default_rng(seed) if seed else np.random.default_rng()
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
"""),
    _e("d5_bn_alt_centring_sums_x_hat", "a5_normalization", "batchnorm_backward_alt",
       "the middle term of the simplified formula sums x_hat (a one-letter slip) instead of dx_hat: x_hat sums to "
       "0 over the batch, so the centring term - sum(dx_hat) is lost and dx keeps only N * dx_hat and the "
       "variance term (dgamma, dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx = (inv_std / N) * (N * dx_hat - x_hat.sum(axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0))
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("d6_labels_permuted_into_dataset", "a6_cnn", "train_and_predict",
       "the TensorDataset is built from X and y[torch.randperm(N)] ('so the classes are mixed'): the labels are "
       "shuffled apart from their images, so the model learns nothing (the DataLoader's shuffle=True already "
       "mixes the pairs)", """
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
    data = torch.utils.data.TensorDataset(X, y[torch.randperm(len(y)).to(device)])
    loader = torch.utils.data.DataLoader(data, batch_size=64, shuffle=True,
                                         generator=torch.Generator().manual_seed(seed))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for xb, yb in loader:
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("d6_predicts_with_rebuilt_model", "a6_cnn", "train_and_predict",
       "the prediction block builds the network again, model = build().eval() (copied from an inference cell "
       "that then loaded a checkpoint, without the load): the logits come from fresh random weights, an "
       "untrained model, while the trained one is thrown away", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]

    def build():
        return nn.Sequential(
            nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
        ).to(device)

    model = build()
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
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
    model = build().eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("d6_seeding_skipped_for_seed_zero", "a6_cnn", "train_and_predict",
       "the seeding is guarded by `if seed:`: seed 0 is falsy, so random, NumPy and torch are never seeded for "
       "it and two runs with seed 0 start from other weights and batch orders (seed whenever seed is not None)",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    if seed:
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
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y)).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("d6_ten_classes_hardcoded", "a6_cnn", "train_and_predict",
       "the classifier is built with 10 outputs written in the code (the digits' count, as for MNIST) instead "
       "of int(y_train.max()) + 1: on a task with another number of classes the logits have 10 columns", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10),
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("d6_softmax_layer_before_cross_entropy", "a6_cnn", "train_and_predict",
       "the network ends with nn.Softmax(dim=1) and its output is passed to cross_entropy, which applies its own "
       "log-softmax: the loss is computed on probabilities squashed into [0, 1], so its gradients are tiny and "
       "training stalls (cross_entropy takes raw logits)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes), nn.Softmax(dim=1),
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("d6_cifar_crop_padding_on_tiny_images", "a6_cnn", "train_and_predict",
       "the CIFAR recipe's augmentation, zero-padding by 4 and a random crop back to the image size, is applied "
       "to every batch whatever the image size: on 8 x 8 digits a shift of up to 4 pixels pushes half the digit "
       "out of the frame, so the model trains on images unlike the test images it predicts", """
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
    H, W = X.shape[2], X.shape[3]
    padded = nn.functional.pad(X, (4, 4, 4, 4))
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            r, c = (int(v) for v in torch.randint(0, 9, (2,), generator=g))
            xb = padded[idx, :, r:r + H, c:c + W]
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("d7_score_map_filters_rot180", "a7_architectures", "fc_score_map",
       "the filters from fc_to_conv are rotated by 180 degrees with np.rot90(w, 2, axes=(2, 3)) ('a "
       "convolution flips its kernel') before they are slid over the input: a true convolution, where the "
       "affine layer slid over the input correlates window and filter without flipping", """
def fc_score_map(x, W, b, in_shape):
    filters, bias = fc_to_conv(W, b, in_shape)
    filters = np.rot90(filters, 2, axes=(2, 3))
    M, C, H, W_ = filters.shape
    N, _, H2, W2 = x.shape
    Ho, Wo = H2 - H + 1, W2 - W_ + 1
    out = np.empty((N, M, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = np.einsum("nchw,mchw->nm", x[:, :, i:i + H, j:j + W_], filters) + bias
    return out
""", catalogued="score_map_kernel_flipped"),
    _e("d7_saliency_signed_amax", "a7_architectures", "saliency_map",
       "the gradient is gathered with einsum from W2's class columns (right), but the map is np.amax of the "
       "signed gradient over the channels: the absolute value is missing, so large negative gradients are lost "
       "(max_c |dx| is meant)", """
def saliency_map(x, params, y):
    N = len(x)
    hidden = x.reshape(N, -1) @ params["W1"] + params["b1"]
    upstream = params["W2"][:, y].T * (hidden > 0)
    grad = np.einsum("nh,dh->nd", upstream, params["W1"]).reshape(x.shape)
    return np.amax(grad, axis=1)
""", catalogued="saliency_without_abs"),
    _e("d7_resblock_dropout_over_drop_probability", "a7_architectures", "residual_block_forward",
       "the kept units are scaled by 1 / (1 - p), the convention where p is the drop probability, though here "
       "p is the keep probability: the scale must be mask / p (the cached scale carries the slip into the "
       "backward pass)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / (1 - dropout["p"])
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
"""),
    _e("d7_gap_forward_global_max", "a7_architectures", "global_avg_pool_forward",
       "each feature map is reduced by its maximum, x.max(axis=(2, 3)) (global max pooling), instead of its "
       "mean: the pooled features are the maps' largest values, not their averages (the cache right)", """
def global_avg_pool_forward(x):
    return x.max(axis=(2, 3)), x.shape
"""),
    _e("d7_saliency_rescaled_per_image", "a7_architectures", "saliency_map",
       "the saliency (max over the channels of |dx|, right) is divided by each image's largest value, to [0, 1] "
       "as for displaying it: the maps keep their shape but lose their scale, the gradient's magnitude", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    sal = np.abs(dx).max(axis=1)
    return sal / sal.max(axis=(1, 2), keepdims=True)
"""),
    _e("d7_mdn_dlogits_sign_flipped", "a7_architectures", "mdn_nll",
       "dlogits is written (gamma - pi) / N, the responsibilities minus the mixing weights: the gradient of the "
       "log-likelihood, with the wrong sign for the negative log-likelihood, (pi - gamma) / N (loss, dmu and "
       "dlog_std right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    z = (y[:, None] - mu) / np.exp(log_std)
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    dlogits = (gamma - np.exp(log_pi)) / N
    dmu = -gamma * z / np.exp(log_std) / N
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("d8_crop_one_offset_repeated", "a8_pipeline", "random_crop",
       "one (row, col) offset pair is drawn with rng.integers(0, [rows + 1, cols + 1]) and np.repeat'ed over "
       "the batch: every image is cut at the same window, where each image gets its own offset", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    top, left = rng.integers(0, [H + 2 * padding - size + 1, W + 2 * padding - size + 1])
    rows, cols = np.repeat(top, N), np.repeat(left, N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return np.stack([padded[n, :, r:r + size, c:c + size] for n, r, c in zip(range(N), rows, cols)])
""", catalogued="crop_same_offset_for_batch"),
    _e("d8_normalize_stats_per_channel_moveaxis", "a8_pipeline", "normalize_splits",
       "the channel axis is moved first and the rest flattened, np.moveaxis(X_train, 1, 0).reshape(C, -1): "
       "the mean and std are per channel, over the examples and the pixels together, instead of per pixel over "
       "the examples only (right for flat features, where each feature is its own 'channel')", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    C = X_train.shape[1]
    by_channel = np.moveaxis(X_train, 1, 0).reshape(C, -1)
    stat_shape = (C,) + (1,) * (X_train.ndim - 2)
    mean = by_channel.mean(axis=1).reshape(stat_shape)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = by_channel.std(axis=1).reshape(stat_shape) + eps
    return (X_train - mean) / std, (X_test - mean) / std
""", catalogued="statistics_per_channel"),
    _e("d8_log_uniform_integer_exponents", "a8_pipeline", "log_uniform",
       "the exponents are drawn with rng.integers(log10(low), log10(high)): whole numbers (the upper one "
       "excluded), so every value is a power of ten, 1e-4, 1e-3 or 1e-2, the lower edge of its decade: each "
       "decade gets its share but nothing inside it; the exponent must be uniform on the continuous interval, "
       "rng.uniform(log10(low), log10(high))", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.integers(int(np.log10(low)), int(np.log10(high)), size=n)
    return 10.0 ** exponents
"""),
    _e("d8_early_stopping_abs_change", "a8_pipeline", "early_stopping",
       "an epoch counts as an improvement when abs(best - loss) > min_delta, a change in either direction: a "
       "loss that rises resets the patience and becomes the 'best', so training stops late and restores a "
       "worse epoch (loss < best - min_delta is meant)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if abs(best - loss) > min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("d8_cosine_angle_without_pi", "a8_pipeline", "warmup_cosine_lr",
       "the cosine's angle is the progress t itself, cos(t), without the factor pi: from t = 0 to 1 the cosine "
       "only falls from 1 to cos(1) = 0.54, so the rate ends at 77% of the way from min_lr to base_lr instead "
       "of at min_lr (cos(pi * t); the warm-up right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(progress))
"""),
    _e("d8_param_stats_unbiased_std", "a8_pipeline", "parameter_statistics",
       "the stds are taken with ddof=1 (torch.std's unbiased default, out of habit) instead of np.std's biased "
       "one: both std entries of every parameter are sqrt(n / (n - 1)) too large (means and ratio right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([W.mean(), W.std(ddof=1), g.mean(), g.std(ddof=1), update_ratio(W, g, lr)])
    return stats
"""),
]

HOLDOUT18_CORRECT: list[Entry] = [
    _e("d1_correct_relu_bwd_heaviside_zero", "a1_backprop", "relu_backward",
       "correct: the local derivative as np.heaviside(x, 0.0), the step function whose value at exactly 0 is "
       "its second argument, 0", """
def relu_backward(dout, cache):
    return dout * np.heaviside(cache, 0.0)
"""),
    _e("d2_correct_adagrad_hypot_root", "a2_optim", "adagrad",
       "correct: the state kept is the root of the accumulated squares, updated with np.hypot(root, g) (the "
       "square root of root**2 + g**2), and the step divides by root + epsilon", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    root = np.hypot(config.get("root", np.zeros_like(w)), g)
    config["root"] = root
    return w - config["learning_rate"] * g / (root + config["epsilon"]), config
"""),
    _e("d3_correct_avgpool_bwd_offset_slices", "a3_conv", "avg_pool_backward",
       "correct: a loop over the ph x pw offsets inside the window, each adding dout / (ph * pw) to the strided "
       "slice of dx that offset reaches in every window", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    share = dout / (ph * pw)
    for u in range(ph):
        for v in range(pw):
            dx[:, :, u:u + s * Ho:s, v:v + s * Wo:s] += share
    return dx
"""),
    _e("d4_correct_stats_accumulate", "a4_init", "activation_statistics",
       "correct: the layers' outputs produced by itertools.accumulate over the weights from X as the initial "
       "value (skipped), the moments taken of each output", """
def activation_statistics(X, weights, activation):
    from itertools import accumulate
    act = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    layers = accumulate(weights, lambda h, W: act(h @ W), initial=X)
    next(layers)
    outputs = list(layers)
    return np.array([h.mean() for h in outputs]), np.array([h.var() for h in outputs])
"""),
    _e("d5_correct_bn_bwd_jacobian_per_feature", "a5_normalization", "batchnorm_backward",
       "correct: for each feature the N x N Jacobian of x_hat with respect to x, inv_std / N (N I - 1 - x_hat "
       "x_hat^T), applied to that feature's dx_hat = gamma * dout", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dx = np.empty((N, D))
    eye = np.eye(N)
    for d in range(D):
        jacobian = inv_std[d] / N * (N * eye - 1.0 - np.outer(x_hat[:, d], x_hat[:, d]))
        dx[:, d] = jacobian @ (gamma[d] * dout[:, d])
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
"""),
    _e("d7_correct_resblock_fused_first_matmul", "a7_architectures", "residual_block_forward",
       "correct: with a projection shortcut the first layer and the shortcut in one product, x @ [W1 | Ws] + "
       "[b1 | bs], split by columns; dropout's scale applied after the ReLU", """
def residual_block_forward(x, params, dropout=None):
    H = params["W1"].shape[1]
    if "Ws" in params:
        both = x @ np.hstack([params["W1"], params["Ws"]]) + np.concatenate([params["b1"], params["bs"]])
        a1, shortcut = both[:, :H], both[:, H:]
    else:
        a1, shortcut = x @ params["W1"] + params["b1"], x
    scale = None if dropout is None else dropout["mask"] / dropout["p"]
    h = np.maximum(a1, 0) if scale is None else np.maximum(a1, 0) * scale
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
"""),
    _e("d8_correct_crop_fancy_index_gather", "a8_pipeline", "random_crop",
       "correct: the offsets drawn per image, every window gathered at once by advanced indexing of the padded "
       "images moved channels-last (image, row and column index grids), the channels moved back", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding))).transpose(0, 2, 3, 1)
    r = rows[:, None, None] + np.arange(size)[None, :, None]
    c = cols[:, None, None] + np.arange(size)[None, None, :]
    n = np.arange(N)[:, None, None]
    return np.moveaxis(padded[n, r, c], -1, 1)
"""),
]

JUDGED_ON18 = "2026-12-04 on commit 6231f7e"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout18 on commit 6231f7e (JUDGED_ON18), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT16 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (zeros' np.zeros never filled, another variable or a floor division where np.exp overflowed); a
# departure that says "the mistake is in that loop" of a loop that is right (the mistake is in the line before it),
# or sends the student first to a right line, states something false; a one_slip stated in the correct code's text
# that is the student's arithmetic written another way is right (`sqrt(6.0)` where `sqrt(3.0)` is meant for
# sqrt(6 / fan_in), `2 *` missing for input + padding); a departure naming the line with the mistake is right, and
# so is the exact line of a one- or two-line function; a departure naming a short span of lines that contains the
# mistake and saying how the value differs is right (the return line or the line setting n, the value 0.05 where
# 0.0707 is right); a loop departure without a statement is right only when the loop is small and the mistake
# clearly in it (the four nested loops around conv_forward_naive's one statement are; a whole training loop is
# vague); a catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or
# torch, a shape comparison or an accuracy figure is the comparison (nothing); checklists that list the cause among
# many (learned_little, loss_flat) are vague; where only the grader test's own message names the cause (and the
# diagnoses add nothing, or only a true but general point) the verdict is check_message.
JUDGEMENT18: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # catalogued softmax_no_max_subtraction, not named; zeros: "every entry of yours is 0 ... is an array made with
    # np.zeros never filled, is the result computed into another variable than the one returned, or is a number
    # smaller than its divisor floor-divided?": the zeros are true, every mechanism offered is absent (np.exp overflow).
    "d1_softmax_log_normalizer_unshifted": (
        "misleading", (),
        "np.exp(scores) overflows to inf for scores around 1000, so the log-normalizer is inf and every probability "
        "is exp(-inf) = 0: subtract each row's maximum before np.exp (log-sum-exp)."),
    "d1_logistic_distributed_difference": ("named", (), ""),
    # written_in_place: "line 216: `scores -= scores.max(...)` writes into scores, the caller's array ... compute
    # into a new array": the line and the fix.
    "d1_ce_scores_shifted_in_place": ("right", ("written_in_place",), ""),
    # square_root: "yours is the square root of the expected: a standard deviation where a variance is asked for"
    # (RMSE for MSE, 1.6315 = sqrt(2.6617)); scaled dpred "0.3065 times the expected" is true (1 / (2 rmse)).
    "d1_mse_root_mean_square": ("right", ("square_root",), ""),
    # scaled "1/N of the expected (N=6, the batch size): ... or divide twice?" and departure "line 224: `dscores =
    # dscores / N` ... your dscores is 0.166667 times the right value ... the mistake is in that line".
    "d1_mlp_dscores_divided_by_n_again": ("right", ("scaled", "departure"), ""),
    # only the comparison "w: 4 of 4 element(s) outside tolerance ... got 1.0728, expected 1.0754".
    "d1_linreg_centred_first": (
        "nothing", (),
        "X and y are centred before the normal equations: those are the slopes of a model with an intercept; the "
        "asked weights of y = X w solve X^T X w = X^T y on X and y as given (drop the centring)."),
    # ------------------------------------------------------------------ a2_optim
    "d2_momentum_torch_buffer_added": ("named", (), ""),
    "d2_minibatch_permutation_tiled": ("named", (), ""),
    # departure: "line 239: `cache = config.get(...) + dw * dw`. In it, `dw * dw` is the first part whose value the
    # correct code never computes": the line and the part (g * g meant).
    "d2_adagrad_cache_of_raw_dw": ("right", ("departure",), ""),
    # departure: "line 237: `config.setdefault("rho", 0.95)` ... your config['rho'] is 0.95 where 0.9 is right".
    "d2_adadelta_default_rho_095": ("right", ("departure",), ""),
    # departure: "line 238: `next_w = (1 - decay) * w - ...` ... your next_w is the right value - 0.095 * w".
    "d2_sgd_decay_as_shrink_factor": ("right", ("departure",), ""),
    # departure: the whole epoch loop "lines 238-244 ... the mistake is in that loop. On its first pass, line 242:
    # `residual = X[idx] @ w - y[idx]` is the first to compute a value the correct code never computes ... look
    # there first": that residual is right (the correct code computes X @ w - y in linear_regression_gradient) and
    # on the first, full batch nothing is wrong yet: it sends the student to a right line, where the mistake is the
    # `/ batch_size` of line 243; end_block "first 3 of 12 are right ... if these are steps, what is carried ...
    # (state, a shuffle made once)" names for steps only mechanisms that are not there.
    "d2_minibatch_grad_over_batch_size": (
        "misleading", (),
        "The path goes wrong at the first short batch (N is not a multiple of batch_size): line 243 divides the "
        "batch gradient by batch_size where the number of rows in the batch, len(idx), is meant."),
    # ------------------------------------------------------------------ a3_conv
    "d3_param_count_prod_without_groups": ("named", (), ""),
    "d3_conv_bwd_fast_crop_slice_object": ("named", (), ""),
    # departure: "the loop at lines 284-288 (`for n in range(N):`) ... the mistake is in that loop": four loop
    # headers around one statement, the mistake clearly in it (and stride is not among what it reads).
    "d3_conv_naive_windows_not_strided": ("right", ("departure",), ""),
    # scaled "every entry is ph*pw=4 times the expected ... a division by ph*pw is missing" (true in value: / ph * pw
    # is the window's sum for a square pool) and departure "loop at lines 281-283 ... your out is 4 times the right
    # value after it": a three-line loop with one statement, how the value differs.
    "d3_avgpool_divided_then_multiplied": ("right", ("scaled", "departure"), ""),
    # as_if: "what the correct conv_transpose_forward() returns if w were flipped along its last two axes ... a
    # kernel flipped".
    "d3_conv_transpose_kernel_flipped": ("right", ("as_if",), ""),
    # one_slip: "the factor `2 *` missing" (input + padding for input + 2 * padding).
    "d3_output_size_padding_once": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a4_init
    "d4_fans_conv_total_over_in_channels": ("named", (), ""),
    "d4_xavier_normal_randomstate_unseeded": ("named", (), ""),
    # scaled "sqrt(2) times the expected: a factor 2 too many inside a square root" and one_slip "`sqrt(6.0)` where
    # `sqrt(3.0)` is meant": both the student's fan_in bound sqrt(6 / fan_in) for sqrt(3 / fan_in).
    "d4_uniform_fan_in_bound_sqrt6": ("right", ("scaled", "one_slip"), ""),
    # departure "line 92: `return gain / math.sqrt(n)` ... 0.05 where 0.0707107 is right: the mistake is in that
    # line, or in `n`, set by line 91" (the line with the sum of the fans); scaled "1/sqrt(2) times ... a factor 2
    # is missing inside a square root".
    "d4_xavier_std_sum_of_fans_as_n": ("right", ("departure", "scaled"), ""),
    # departure: "the loop at lines 94-97 ... what the loop reads from before it ... agrees ... your means has
    # shape (7,) where the right value has (6,): the right value with 1 more entry before it (something added at
    # the start?) ... the mistake is in that loop": the loop is right; the extra entry is line 93's
    # `means, variances = [h.mean()], [h.var()]`, before the loop (what the loop appends to does not agree).
    "d4_stats_input_layer_included": (
        "misleading", (),
        "means and variances start with the input X's statistics (line 93, [h.mean()], [h.var()]), one entry too "
        "many: start from empty lists, so that only the L layers' outputs are recorded."),
    # scaled "sqrt(2) times the expected: a factor 2 too many inside a square root": the extra math.sqrt(2.0).
    "d4_he_normal_relu_gain_twice": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "d5_bn_bwd_dgamma_einsum_over_n": ("named", (), ""),
    "d5_ln_bwd_staged_divides_by_rows": ("named", (), ""),
    # departure "line 220: `momentum = bn_param.get("momentum", 0.99)` ... 0.99 where 0.9 is right".
    "d5_bn_momentum_default_keras": ("right", ("departure",), ""),
    # departure: the one-line function's return, "`np.linalg.norm(W, 2) ** 2` is the first part whose value the
    # correct code never computes".
    "d5_l2_spectral_norm": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "two calls with dropout_param['seed'] = 0 drew different masks ... `if
    # seed:` ... takes it as no seed; test `seed is not None`".
    "d5_dropout_seed_zero_as_none": (
        "check_message", (),
        "`default_rng(seed) if seed else default_rng()` takes seed 0 for no seed, so two calls with seed 0 draw "
        "different masks: test `seed is not None`, or pass the seed to np.random.default_rng as it is."),
    # one_slip: "the term `dx_hat.sum(axis=0) -` missing (or it is zero in yours)": x_hat.sum is that zero term.
    "d5_bn_alt_centring_sums_x_hat": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled, not named; labels_not_images: "what it learned from its batches is not the labels
    # of their images. X and y are shuffled or indexed apart: index both with the same indices" (the cause);
    # loss_flat on shapes is a checklist that lists it among others (questions, nothing false).
    "d6_labels_permuted_into_dataset": ("right", ("labels_not_images",), ""),
    # catalogued untrained_model, not named; predicted_by_untrained_model: "holds none of the weights the optimizer
    # stepped ... a new one built to predict ... Predict with the model you trained".
    "d6_predicts_with_rebuilt_model": ("right", ("predicted_by_untrained_model",), ""),
    # unseeded_random_source: "draws from torch's generator without seeding it ... torch.manual_seed(seed) before
    # the model is built": true for seed 0, but the code has that line; only the check's message says "0 is a seed
    # like any other: `seed or ...` and `if seed:` take it as none".
    "d6_seeding_skipped_for_seed_zero": (
        "check_message", (),
        "The seeding (random, NumPy, torch.manual_seed) sits under `if seed:`, which skips it for seed 0, so two "
        "runs with seed 0 differ: seed unconditionally (or test seed is not None)."),
    # no diagnosis; the check's message: "the training labels are 0-5, so the logits have 6 columns, got 10: take
    # the number of classes from the labels (int(y_train.max()) + 1), not a number written in the code".
    "d6_ten_classes_hardcoded": (
        "check_message", (),
        "nn.Linear(32, 10) hard-codes ten classes: the labels here are 0-5; build the last layer with "
        "int(y_train.max()) + 1 outputs."),
    # only the accuracies (0.874, 0.730).
    "d6_softmax_layer_before_cross_entropy": (
        "nothing", (),
        "The network ends in nn.Softmax and its probabilities go into cross_entropy, which applies log-softmax "
        "itself: the loss sees values squashed into [0, 1] and its gradients are tiny; remove the Softmax layer so "
        "cross_entropy gets raw logits."),
    # learned_little: "predicts the training images ... no better than new ones ... either it did not learn them
    # (a checklist of training-step mistakes) or what it predicts reaches it otherwise than what it trained on (...
    # standardized with other statistics, or not at all)": a checklist; the augmentation is not named.
    "d6_cifar_crop_padding_on_tiny_images": (
        "vague", (),
        "Every batch is zero-padded by 4 and randomly cropped back to 8 x 8: shifts of up to 4 pixels push half "
        "the digit out of the frame, so the model trains on images unlike those it predicts; pad by 1 at most (or "
        "no crop) on images this small."),
    # ------------------------------------------------------------------ a7_architectures
    "d7_score_map_filters_rot180": ("named", (), ""),
    "d7_saliency_signed_amax": ("named", (), ""),
    # as_if "if dropout['p'] were 1 - dropout['p'] ... (a keep probability read as a drop probability?)" and
    # departure "line 180: `scale = dropout["mask"] / (1 - dropout["p"])` ... `1 - dropout["p"]` ... your scale is
    # 1.5 times the right value" (p = 0.6; 3 times for p = 0.75).
    "d7_resblock_dropout_over_drop_probability": ("right", ("as_if", "departure"), ""),
    # one_slip: "a max where a mean is meant (max() for mean())".
    "d7_gap_forward_global_max": ("right", ("one_slip",), ""),
    # rescaled_per_example "the expected times a number ... a normalization of each example ... applied where none
    # is asked" and departure "line 183: `return sal / sal.max(axis=(1, 2), keepdims=True)` ... 2.41526 times the
    # right value: the mistake is in that line".
    "d7_saliency_rescaled_per_image": ("right", ("rescaled_per_example", "departure"), ""),
    # scaled on dlogits: "every entry is the negative of the expected: a sign is flipped" (only dlogits wrong).
    "d7_mdn_dlogits_sign_flipped": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "d8_crop_one_offset_repeated": ("named", (), ""),
    "d8_normalize_stats_per_channel_moveaxis": ("named", (), ""),
    # departure "line 166: `exponents = rng.integers(int(np.log10(low)), ...)` ... the mistake is in that line".
    "d8_log_uniform_integer_exponents": ("right", ("departure",), ""),
    # only the comparisons "stop epoch (stalls): got 13, expected 8".
    "d8_early_stopping_abs_change": (
        "nothing", (),
        "`abs(best - loss) > min_delta` counts a loss that rises as an improvement: it resets the patience and "
        "becomes the best; an improvement is loss < best - min_delta."),
    # one_slip: "the factor `math.pi *` missing".
    "d8_cosine_angle_without_pi": ("right", ("one_slip",), ""),
    # only the comparison "statistics of W1: 2 of 5 element(s) outside tolerance ... got 0.17846, expected 0.17546".
    "d8_param_stats_unbiased_std": (
        "nothing", (),
        "Both std entries (W.std(ddof=1), g.std(ddof=1)) are sqrt(n / (n - 1)) too large: the biased np.std "
        "(ddof=0) is asked; the means and the update ratio are right."),
}
# Counts: named 13, right 24 (named or right 37/48 = 77%; not in the catalogue: right 22/32 = 69%; the 16
# catalogued: 13 named, 2 right (d6_labels_permuted_into_dataset, d6_predicts_with_rebuilt_model), 1 misleading
# (d1_softmax_log_normalizer_unshifted)), misleading 3, vague 1, nothing 4, wrong_name 0, check_message 3,
# not_caught 0. HOLDOUT18_CORRECT: all 7 earn full marks.

HOLDOUT18 = [replace(e, verdict=JUDGEMENT18[e.id][0], expected=frozenset(JUDGEMENT18[e.id][1]),
                     ideal=JUDGEMENT18[e.id][2]) if e.id in JUDGEMENT18 else e for e in HOLDOUT18]
