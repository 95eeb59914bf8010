"""A second hold-out (issue 17): mistakes written by someone who had not seen the detectors, judged once.

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py), its tests, or the judgements of corpus.py and holdout.py; only the solutions, their catalogues
(mistakes.py), their grader tests and the ids and causes of the earlier corpora (to avoid duplicates). Same
Entry format and verdict scale as corpus.py: HOLDOUT2 holds the mistakes (`catalogued` set where the mistake
is in the catalogue, written another way), HOLDOUT2_CORRECT right implementations written unusually, which
must earn full marks. Verdicts (JUDGEMENT2 below) were judged by reading the feedback on the commit in
JUDGED_ON2 (bench/diagnosis_corpus.py --set holdout2). Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT2: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("q1_ce_loop_no_shift", "a1_backprop", "softmax_cross_entropy_loss",
       "a per-row loop that exponentiates the raw scores (no max subtracted): overflows for large scores", """
def softmax_cross_entropy_loss(scores, y):
    N, C = scores.shape
    loss = 0.0
    dscores = np.zeros_like(scores, dtype=float)
    for i in range(N):
        exps = np.exp(scores[i])
        total = exps.sum()
        loss += -np.log(exps[y[i]] / total)
        dscores[i] = exps / total
        dscores[i, y[i]] -= 1
    return loss / N, dscores / N
""", catalogued="softmax_no_max_subtraction"),
    _e("q1_affine_dx_flat", "a1_backprop", "affine_backward",
       "dx left as the (N, D) product with w.T, never reshaped back to x's shape", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_flat = np.reshape(x, (N, -1))
    dx = np.dot(dout, w.T)
    dw = np.dot(x_flat.T, dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("q1_ce_fancy_index_all_pairs", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss indexes p[:, y] (an N x N block: every row at every label) instead of p[range(N), y]; "
       "dscores right", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    s = scores - np.max(scores, axis=1, keepdims=True)
    p = np.exp(s) / np.sum(np.exp(s), axis=1, keepdims=True)
    loss = -np.mean(np.log(p[:, y]))
    dscores = p.copy()
    dscores[range(N), y] -= 1
    dscores /= N
    return loss, dscores
"""),
    _e("q1_mse_target_minus_pred", "a1_backprop", "mse_loss",
       "the gradient is taken of (target - pred): dpred has the wrong sign (loss right)", """
def mse_loss(pred, target):
    err = target - pred
    loss = (err ** 2).sum() / err.size
    dpred = 2.0 * err / err.size
    return loss, dpred
"""),
    _e("q1_mlp_second_layer_pre_relu", "a1_backprop", "two_layer_mlp_loss",
       "the second affine layer is fed the pre-activation z1 instead of the ReLU output (the backward still masks)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1 = params["W1"], params["b1"]
    W2, b2 = params["W2"], params["b2"]
    z1, fc1_cache = affine_forward(X, W1, b1)
    a1, relu_cache = relu_forward(z1)
    scores, fc2_cache = affine_forward(z1, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da1, dW2, db2 = affine_backward(dscores, fc2_cache)
    dz1 = relu_backward(da1, relu_cache)
    _, dW1, db1 = affine_backward(dz1, fc1_cache)
    dW1 += reg * W1
    dW2 += reg * W2
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    _e("q1_numgrad_aliased_copies", "a1_backprop", "eval_numerical_gradient",
       "x_plus = x and x_minus = x are the same array: f_minus is evaluated at x itself, so the result is half "
       "a one-sided difference (about half the gradient)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in np.ndindex(*x.shape):
        x_plus = x
        x_plus[i] += h
        f_plus = f(x_plus)
        x_minus = x
        x_minus[i] -= h
        f_minus = f(x_minus)
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("q2_adam_moments_local_only", "a2_optim", "adam",
       "m and v are updated in local variables and never written back into config (only t is stored)", """
def adam(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.get("learning_rate", 1e-3)
    beta1 = config.get("beta1", 0.9)
    beta2 = config.get("beta2", 0.999)
    eps = config.get("epsilon", 1e-8)
    grad = _gradient(w, dw, config)
    m = config.get("m", np.zeros_like(w))
    v = config.get("v", np.zeros_like(w))
    t = config.get("t", 0) + 1
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad * grad
    mhat = m / (1 - beta1 ** t)
    vhat = v / (1 - beta2 ** t)
    next_w = w - lr * mhat / (np.sqrt(vhat) + eps)
    config["t"] = t
    return next_w, config
""", catalogued="adam_moments_not_stored"),
    _e("q2_adadelta_no_eps_numerator", "a2_optim", "adadelta",
       "epsilon left out of the numerator sqrt(acc_delta + eps): acc_delta starts at 0, so every step is 0", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho = config["rho"]
    eps = config["epsilon"]
    g = _gradient(w, dw, config)
    Eg2 = config.get("acc_grad", np.zeros_like(w))
    Edx2 = config.get("acc_delta", np.zeros_like(w))
    Eg2 = rho * Eg2 + (1 - rho) * g ** 2
    rms_g = np.sqrt(Eg2 + eps)
    rms_dx = np.sqrt(Edx2)
    delta = rms_dx / rms_g * g
    Edx2 = rho * Edx2 + (1 - rho) * delta ** 2
    config["acc_grad"] = Eg2
    config["acc_delta"] = Edx2
    return w - config["learning_rate"] * delta, config
"""),
    _e("q2_momentum_w_inplace", "a2_optim", "sgd_momentum",
       "w += v updates the caller's w in place and returns it (values right)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    if "velocity" not in config:
        config["velocity"] = np.zeros_like(w)
    v = mu * config["velocity"] - lr * _gradient(w, dw, config)
    config["velocity"] = v
    w += v
    return w, config
"""),
    _e("q2_cosine_amplitude_base_lr", "a2_optim", "cosine_lr",
       "min_lr added to the whole cosine of base_lr: the amplitude is base_lr, not base_lr - min_lr "
       "(starts at base_lr + min_lr)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / total_steps
    return min_lr + base_lr * 0.5 * (1.0 + math.cos(math.pi * progress))
"""),
    _e("q2_nesterov_v_overwritten", "a2_optim", "nesterov_momentum",
       "the new velocity overwrites the old one before the update, so w - mu * v + (1 + mu) * v is just w + v "
       "(plain momentum)", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    v = config.get("velocity", np.zeros_like(w))
    v = mu * v - lr * _gradient(w, dw, config)
    next_w = w - mu * v + (1 + mu) * v
    config["velocity"] = v
    return next_w, config
""", catalogued="nesterov_as_plain_momentum"),
    # ------------------------------------------------------------------ a3_conv
    _e("q3_output_size_no_fit_check", "a3_conv", "conv_output_size",
       "only divisibility is checked: a kernel larger than the padded input is not rejected (returns 0 or a "
       "negative size when the stride divides the negative span)", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective_k = dilation * (kernel_size - 1) + 1
    numerator = input_size + 2 * padding - effective_k
    if numerator % stride != 0:
        raise ValueError("stride does not divide the input")
    return numerator // stride + 1
"""),
    _e("q3_conv_naive_missing_plus_one", "a3_conv", "conv_forward_naive",
       "H_out = (H + 2P - HH) // stride without the + 1: the last row and column of outputs are missing", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, C, HH, WW = w.shape
    H_out = (H + 2 * pad - HH) // stride
    W_out = (W + 2 * pad - WW) // stride
    x_pad = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    x_pad[:, :, pad:pad + H, pad:pad + W] = x
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for r in range(H_out):
                for c in range(W_out):
                    h0, w0 = r * stride, c * stride
                    out[n, f, r, c] = np.sum(x_pad[n, :, h0:h0 + HH, w0:w0 + WW] * w[f, :, :, :]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("q3_conv_bwd_dx_padded", "a3_conv", "conv_backward_naive",
       "dx is returned with the padding still on (shape (N, C, H + 2P, W + 2P)): never cropped", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    S, P = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Hout, Wout = dout.shape
    xpad = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)), mode="constant")
    dx = np.zeros(xpad.shape)
    dw = np.zeros(w.shape)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Hout):
                for j in range(Wout):
                    g = dout[n, f, i, j]
                    dw[f] += g * xpad[n, :, i * S:i * S + HH, j * S:j * S + WW]
                    dx[n, :, i * S:i * S + HH, j * S:j * S + WW] += g * w[f]
    return dx, dw, db
"""),
    _e("q3_maxpool_bwd_divmod_ph", "a3_conv", "max_pool_backward",
       "the window's flat argmax is unravelled with divmod(k, pool_height) instead of pool_width: wrong position "
       "for non-square pools", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    patch = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    k = np.argmax(patch)
                    r, q = divmod(k, ph)
                    dx[n, c, i * s + r, j * s + q] += dout[n, c, i, j]
    return dx
"""),
    _e("q3_conv_bwd_fast_minus_pad", "a3_conv", "conv_backward_fast",
       "dx cropped with [pad:-pad], empty when pad is 0", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Hout, Wout = dout.shape
    x_padded = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx_padded = np.zeros_like(x_padded)
    dw = np.zeros_like(w)
    db = np.sum(dout, axis=(0, 2, 3))
    for kh in range(HH):
        for kw in range(WW):
            rows = slice(kh, kh + stride * Hout, stride)
            cols = slice(kw, kw + stride * Wout, stride)
            dw[:, :, kh, kw] = np.einsum("nfij,ncij->fc", dout, x_padded[:, :, rows, cols])
            dx_padded[:, :, rows, cols] += np.einsum("nfij,fc->ncij", dout, w[:, :, kh, kw])
    dx = dx_padded[:, :, pad:-pad, pad:-pad]
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("q3_receptive_field_sum_only", "a3_conv", "receptive_field",
       "the layers' d * (k - 1) are summed without the product of the earlier strides", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1 for _ in kernel_sizes]
    rf = 1
    for layer in range(len(kernel_sizes)):
        rf = rf + dilations[layer] * (kernel_sizes[layer] - 1)
    return rf
""", catalogued="receptive_field_ignores_stride"),
    _e("q3_dsep_params_depthwise_dense", "a3_conv", "depthwise_separable_param_count",
       "the depthwise part is counted as a dense in -> in convolution (groups=in_channels forgotten)", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    depthwise = conv_param_count(in_channels, in_channels, kernel_size, bias)
    pointwise = conv_param_count(in_channels, out_channels, 1, bias)
    return depthwise + pointwise
"""),
    # ------------------------------------------------------------------ a4_init
    _e("q4_fans_square_kernel", "a4_init", "compute_fans",
       "the receptive field is taken as shape[2] * shape[2] (square kernels assumed): wrong for kh != kw", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
    else:
        out_ch, in_ch, k = shape[0], shape[1], shape[2]
        fan_in = in_ch * k * k
        fan_out = out_ch * k * k
    return fan_in, fan_out
"""),
    _e("q4_xavier_gain_inside_sqrt", "a4_init", "xavier_std",
       "the gain is put inside the square root: sqrt(gain * 2 / (fan_in + fan_out)) instead of gain * sqrt(...)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        denom = fan_in
    else:
        denom = (fan_in + fan_out) / 2
    return math.sqrt(gain * 1.0 / denom)
"""),
    _e("q4_uniform_limit_std", "a4_init", "xavier_uniform",
       "the uniform's limit is the std itself (2u - 1) * std, without the sqrt(3)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    limit = xavier_std(shape, mode=mode, gain=gain)
    u = rng.random(size=shape)
    return (2.0 * u - 1.0) * limit
""", catalogued="uniform_bound_is_std"),
    _e("q4_he_normal_unseeded", "a4_init", "he_normal",
       "the generator is created without the seed (default_rng()): the same seed gives different weights", """
def he_normal(shape, seed):
    std = he_std(shape)
    gen = np.random.default_rng()
    return gen.standard_normal(shape) * std
""", catalogued="global_seed_in_he_normal"),
    _e("q4_stats_of_layer_input", "a4_init", "activation_statistics",
       "the statistics are recorded before each layer (of its input: X, then the earlier layers' outputs), so "
       "the last layer's output is never measured", """
def activation_statistics(X, weights, activation):
    if activation == "sigmoid":
        f = lambda a: 1.0 / (1.0 + np.exp(-a))
    elif activation == "tanh":
        f = np.tanh
    elif activation == "relu":
        f = lambda a: np.maximum(0, a)
    else:
        f = lambda a: a
    L = len(weights)
    means = np.zeros(L)
    variances = np.zeros(L)
    h = X
    for l in range(L):
        means[l] = np.mean(h)
        variances[l] = np.var(h)
        h = f(h @ weights[l])
    return means, variances
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("q5_bn_manual_unbiased", "a5_normalization", "batchnorm_forward",
       "the batch is normalized with the variance summed over N - 1 (the unbiased one, right only for the "
       "running average)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        sample_mean = np.sum(x, axis=0) / N
        centered = x - sample_mean
        sample_var = np.sum(centered ** 2, axis=0) / (N - 1)
        std = np.sqrt(sample_var + eps)
        x_norm = centered / std
        out = x_norm * gamma + beta
        cache = (x_norm, gamma, 1.0 / std)
        running_mean = momentum * running_mean + (1 - momentum) * sample_mean
        running_var = momentum * running_var + (1 - momentum) * sample_var
    elif mode == "test":
        out = (x - running_mean) / np.sqrt(running_var + eps) * gamma + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_unbiased_variance"),
    _e("q5_bn_bwd_staged_no_gamma", "a5_normalization", "batchnorm_backward",
       "staged backward with dxhat = dout: gamma is forgotten on the way to x_hat (dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout
    xmu = x_hat / inv_std
    divar = np.sum(dxhat * xmu, axis=0)
    dsqrtvar = -divar * inv_std ** 2
    dvar = 0.5 * inv_std * dsqrtvar
    dsq = np.ones((N, D)) * dvar / N
    dxmu2 = 2 * xmu * dsq
    dxmu1 = dxhat * inv_std
    dmu = -np.sum(dxmu1 + dxmu2, axis=0)
    dx = dxmu1 + dxmu2 + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("q5_ln_var_no_keepdims", "a5_normalization", "layernorm_forward",
       "the variance is taken without keepdims: inv_std has shape (N,) and broadcasts along the features "
       "(an error when N != D, wrong values when N == D)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mean = np.mean(x, axis=1, keepdims=True)
    var = np.var(x, axis=1)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("q5_dropout_keep_ge_p", "a5_normalization", "dropout_forward",
       "units kept where the draw is >= p and scaled by 1 / (1 - p): p used as the drop probability", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode != "train":
        return x, None
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    keep = np.random.rand(*x.shape) >= p
    mask = keep / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("q5_spatial_bn_param_copy", "a5_normalization", "spatial_batchnorm_forward",
       "batchnorm_forward is given a copy of bn_param: the running averages never reach the caller's bn_param", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    params = dict(bn_param)
    x_flat = np.moveaxis(x, 1, -1).reshape(-1, C)
    out_flat, cache = batchnorm_forward(x_flat, gamma, beta, params)
    out = np.moveaxis(out_flat.reshape(N, H, W, C), -1, 1)
    return out, cache
""", catalogued="spatial_bn_running_averages_not_updated"),
    _e("q5_gn_bwd_group_size_channels", "a5_normalization", "groupnorm_backward",
       "the number of values per group is taken as C // G (the channels), forgetting the H * W positions", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, G = cache
    N, C, H, W = dout.shape
    dbeta = np.sum(dout, axis=(0, 2, 3))
    dgamma = np.sum(dout * x_hat, axis=(0, 2, 3))
    dxhat = (dout * gamma[None, :, None, None]).reshape(N, G, -1)
    xhat_g = x_hat.reshape(N, G, -1)
    group_size = C // G
    dx = (inv_std / group_size) * (group_size * dxhat - np.sum(dxhat, axis=2, keepdims=True)
                                   - xhat_g * np.sum(dxhat * xhat_g, axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("q6_no_eval_mode", "a6_cnn", "train_and_predict",
       "model.eval() is never called: the test logits use batch norm's statistics of the test batch, so an "
       "image's logits depend on the other test images", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    num_classes = int(y_train.max()) + 1
    in_ch = X_train.shape[1]
    net = nn.Sequential(
        nn.Conv2d(in_ch, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        nn.Linear(32, num_classes),
    ).to(dev)
    Xt = torch.from_numpy(np.asarray(X_train, dtype=np.float32)).to(dev)
    yt = torch.from_numpy(np.asarray(y_train, dtype=np.int64)).to(dev)
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(seed)
    t0 = time.monotonic()
    for epoch in range(15):
        order = torch.randperm(Xt.shape[0], generator=gen).to(dev)
        for k in range(0, Xt.shape[0], 64):
            batch = order[k:k + 64]
            optimizer.zero_grad()
            loss = loss_fn(net(Xt[batch]), yt[batch])
            loss.backward()
            optimizer.step()
        if time.monotonic() - t0 > 0.8 * time_budget_s:
            break
    with torch.no_grad():
        Xs = torch.from_numpy(np.asarray(X_test, dtype=np.float32)).to(dev)
        out = net(Xs)
    return out.cpu().numpy()
"""),
    _e("q6_images_shuffled_labels_not", "a6_cnn", "train_and_predict",
       "the training images are shuffled once with a permutation that is not applied to the labels", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    num_classes = int(y_train.max()) + 1
    in_ch = X_train.shape[1]
    net = nn.Sequential(
        nn.Conv2d(in_ch, 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        nn.Linear(32, num_classes),
    ).to(dev)
    Xt = torch.from_numpy(np.asarray(X_train, dtype=np.float32)).to(dev)
    yt = torch.from_numpy(np.asarray(y_train, dtype=np.int64)).to(dev)
    perm = torch.randperm(Xt.shape[0]).to(dev)
    Xt = Xt[perm]  # shuffle the data once
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    t0 = time.monotonic()
    for epoch in range(15):
        net.train()
        for k in range(0, Xt.shape[0], 64):
            optimizer.zero_grad()
            loss = loss_fn(net(Xt[k:k + 64]), yt[k:k + 64])
            loss.backward()
            optimizer.step()
        if time.monotonic() - t0 > 0.8 * time_budget_s:
            break
    net.eval()
    with torch.no_grad():
        Xs = torch.from_numpy(np.asarray(X_test, dtype=np.float32)).to(dev)
        out = net(Xs)
    return out.cpu().numpy()
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("q7_resbwd_db2_axis1", "a7_architectures", "residual_block_backward",
       "db2 summed over axis 1 (the units) instead of axis 0 (the batch): shape (N,)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    W1, W2 = params["W1"], params["W2"]
    dz = dout.copy()
    dz[z <= 0] = 0
    dW2 = h.T @ dz
    db2 = np.sum(dz, axis=1)
    dh = dz @ W2.T
    if scale is not None:
        dh *= scale
    da1 = dh.copy()
    da1[a1 <= 0] = 0
    grads = {"W1": x.T @ da1, "b1": np.sum(da1, axis=0), "W2": dW2, "b2": db2}
    dx = da1 @ W1.T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = np.sum(dz, axis=0)
        dx += dz @ params["Ws"].T
    else:
        dx += dz
    return dx, grads
"""),
    _e("q7_gap_bwd_repeat", "a7_architectures", "global_avg_pool_backward",
       "the gradient is repeated over H and W without dividing by H * W", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.repeat(np.repeat(dout[:, :, np.newaxis, np.newaxis], H, axis=2), W, axis=3)
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("q7_cam_row_of_W", "a7_architectures", "class_activation_map",
       "W[classes[n]] takes a row of W (C, K) (indexed by class) instead of the column W[:, classes[n]]", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    cams = np.zeros((N, H, Wd))
    for n in range(N):
        w_n = W[classes[n]]
        for c in range(C):
            cams[n] += w_n[c] * features[n, c]
    return cams
"""),
    _e("q7_nll_dmu_not_over_N", "a7_architectures", "gaussian_nll",
       "dmu is not divided by N (the loss and dlog_std are averaged over the rows)", """
def gaussian_nll(y, mu, log_std):
    N, D = y.shape
    std = np.exp(log_std)
    z = (y - mu) / std
    per_row = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * z ** 2, axis=1)
    loss = np.mean(per_row)
    dmu = -z / std
    dlog_std = (1.0 - z ** 2) / N
    return loss, dmu, dlog_std
"""),
    _e("q7_mdn_pdf_then_log", "a7_architectures", "mdn_nll",
       "the mixture density is summed in probability space (pi * pdf) and then logged: inf for a far target", """
def mdn_nll(y, logits, mu, log_std):
    N, K = logits.shape
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    pi = e / e.sum(axis=1, keepdims=True)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    pdf = np.exp(-0.5 * z ** 2) / (np.sqrt(2 * np.pi) * sigma)
    weighted = pi * pdf
    total = weighted.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(total))
    gamma = weighted / total
    dlogits = (pi - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_unstable_log_likelihood"),
    _e("q7_score_map_channels_last", "a7_architectures", "fc_score_map",
       "each window is flattened channels-last (transpose(0, 2, 3, 1)) though W's rows are in (C, H, W) order", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - Wd + 1):
            patch = x[:, :, i:i + H, j:j + Wd]
            flat = patch.transpose(0, 2, 3, 1).reshape(N, -1)
            out[:, :, i, j] = flat @ W + b
    return out
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("q8_crop_pads_every_axis", "a8_pipeline", "random_crop",
       "np.pad(x, padding) pads every axis, the batch and channel axes too: image n is padded image n (zeros "
       "for n < padding) with C + 2 * padding channels", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, padding, mode="constant")
    crops = []
    for n in range(N):
        top = rng.integers(0, H + 2 * padding - size + 1)
        left = rng.integers(0, W + 2 * padding - size + 1)
        crops.append(padded[n, :, top:top + size, left:left + size])
    return np.stack(crops)
"""),
    _e("q8_flip_when_u_gt_p", "a8_pipeline", "random_flip",
       "an image is flipped when its draw is > p: probability 1 - p", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    out = np.array(x, copy=True)
    for i in range(x.shape[0]):
        if rng.uniform() > p:
            out[i] = np.flip(x[i], axis=-1)
    return out
""", catalogued="flip_probability_inverted"),
    _e("q8_normalize_helper_per_split", "a8_pipeline", "normalize_splits",
       "one helper normalizes each split with its own statistics (the test split with the test statistics)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    def _normalize(X):
        centered = X - np.mean(X, axis=0)
        if mode == "mean_image":
            return centered
        return centered / (np.std(X, axis=0) + eps)
    return _normalize(X_train), _normalize(X_test)
""", catalogued="normalize_with_test_statistics"),
    _e("q8_early_wait_never_reset", "a8_pipeline", "early_stopping",
       "the count of epochs without improvement is never reset on an improvement: patience counts them in total, "
       "not in a row", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_idx = 0
    bad_epochs = 0
    stop = len(val_losses) - 1
    for e in range(len(val_losses)):
        if val_losses[e] < best_loss - min_delta:
            best_loss = val_losses[e]
            best_idx = e
        else:
            bad_epochs += 1
        if bad_epochs >= patience:
            stop = e
            break
    return stop, weights[best_idx]
"""),
    _e("q8_log_uniform_rng_in_loop", "a8_pipeline", "log_uniform",
       "the generator is re-created from the seed inside the loop: all n values are the same", """
def log_uniform(low, high, n, seed):
    values = np.empty(n)
    for i in range(n):
        rng = np.random.default_rng(seed)
        values[i] = 10 ** rng.uniform(np.log10(low), np.log10(high))
    return values
"""),
    _e("q8_ratio_norms_by_hand_no_lr", "a8_pipeline", "update_ratio",
       "norms written out by hand, but the gradient's norm is divided by the weights' (lr forgotten)", """
def update_ratio(W, dW, lr):
    w_norm = np.sqrt(np.sum(W * W))
    g_norm = np.sqrt(np.sum(dW * dW))
    return g_norm / w_norm
""", catalogued="ratio_without_learning_rate"),
    _e("q8_train_labels_unpermuted", "a8_pipeline", "train_and_predict",
       "the batch's rows come from the permutation but its labels are y_train[s:s + 64] (not permuted): "
       "images and labels do not match", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    Xtr = X_train.reshape(X_train.shape[0], -1)
    Xte = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        Xtr, Xte = normalize_splits(Xtr, Xte, "standardize")
    n, d = Xtr.shape
    k = int(y_train.max()) + 1
    W = np.zeros((d, k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(n)
        for s in range(0, n, 64):
            batch = perm[s:s + 64]
            xb = Xtr[batch]
            yb = y_train[s:s + 64]
            logits = xb @ W + b
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1
            grad = p / len(batch)
            W -= 0.1 * xb.T @ grad
            b -= 0.1 * grad.sum(axis=0)
    return Xte @ W + b
"""),
]


HOLDOUT2_CORRECT: list[Entry] = [
    _e("qok_a1_tanh_factored", "a1_backprop", "tanh_backward",
       "correct: 1 - t**2 factored as (1 - t) * (1 + t)", """
def tanh_backward(dout, cache):
    return dout * (1 - cache) * (1 + cache)
"""),
    _e("qok_a2_adam_own_keys", "a2_optim", "adam",
       "correct: the state kept under the student's own keys (step, first_moment, second_moment)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    b1 = config.setdefault("beta1", 0.9)
    b2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    step = config.get("step", 0) + 1
    first = b1 * config.get("first_moment", np.zeros_like(w)) + (1 - b1) * g
    second = b2 * config.get("second_moment", np.zeros_like(w)) + (1 - b2) * np.square(g)
    config["step"], config["first_moment"], config["second_moment"] = step, first, second
    first_hat = first / (1 - b1 ** step)
    second_hat = second / (1 - b2 ** step)
    return w - lr * first_hat / (np.sqrt(second_hat) + eps), config
"""),
    _e("qok_a2_cosine_squared", "a2_optim", "cosine_lr",
       "correct: (1 + cos(pi t)) / 2 written as cos(pi t / 2)**2", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    half_angle = 0.5 * math.pi * step / total_steps
    return min_lr + (base_lr - min_lr) * math.cos(half_angle) ** 2
"""),
    _e("qok_a3_conv_fast_im2col_offsets", "a3_conv", "conv_forward_fast",
       "correct: im2col built by a loop over the kernel offsets (strided slices), then one matrix product", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    cols = np.empty((N, C, HH, WW, Ho, Wo), dtype=xp.dtype)
    for i in range(HH):
        for j in range(WW):
            cols[:, :, i, j] = xp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride]
    cols = cols.transpose(0, 4, 5, 1, 2, 3).reshape(N * Ho * Wo, -1)
    out = cols @ w.reshape(F, -1).T + b
    out = out.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2)
    return out, (x, w, b, conv_param)
"""),
    _e("qok_a4_xavier_normal_standard", "a4_init", "xavier_normal",
       "correct: standard normal draws scaled by the std", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    sigma = xavier_std(shape, mode=mode, gain=gain)
    return sigma * rng.standard_normal(size=tuple(shape))
"""),
    _e("qok_a5_bn_bwd_staged_short_dmu", "a5_normalization", "batchnorm_backward",
       "correct: staged backward whose dmu leaves out the dvar * mean(-2 (x - mu)) term (it is 0)", """
def batchnorm_backward(dout, cache):
    xhat, gamma, istd = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (xhat * dout).sum(axis=0)
    dxhat = dout * gamma
    xc = xhat / istd
    dvar = -0.5 * (dxhat * xc).sum(axis=0) * istd ** 3
    dmu = -(dxhat * istd).sum(axis=0)
    dx = dxhat * istd + 2.0 * xc * dvar / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qok_a7_fc_to_conv_channels_first", "a7_architectures", "fc_to_conv",
       "correct: W reshaped to (C, H, W, M), the filter axis moved first", """
def fc_to_conv(W, b, in_shape):
    C, H, Wd = in_shape
    M = W.shape[1]
    filters = np.transpose(W.reshape(C, H, Wd, M), (3, 0, 1, 2))
    return np.ascontiguousarray(filters), np.array(b, copy=True)
"""),
    _e("qok_a8_log_uniform_natural", "a8_pipeline", "log_uniform",
       "correct: the exponent drawn between natural logs and raised with np.exp", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    lo, hi = math.log(low), math.log(high)
    return np.exp(lo + (hi - lo) * rng.random(n))
"""),
]


# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout2 on the commit in JUDGED_ON2, with the
# scale of corpus.py; id -> (verdict, relations that would be right (may be empty), what would have pointed at it).
JUDGED_ON2 = ("2026-12-02 on commit d559dad (held out: written and judged without reading the detectors; 53% then); "
              "nine verdicts re-judged on edf8e4a by the engineer who changed the detectors after reading them (biased)")
# Judged on d559dad by the helper who wrote the set; nine verdicts re-judged later by the engineer who then
# changed the detectors (marked): the figure on d559dad is the held-out one, 23 of 43 = 53%.
JUDGEMENT2: dict[str, tuple[str, tuple[str, ...], str]] = {
    "q1_ce_loop_no_shift": ("named", (), ""),
    "q1_affine_dx_flat": ("named", (), ""),
    # re-judged after 69d68ff (by the engineer who fixed it: biased): the name is withdrawn; "close" + "overflow" point elsewhere
    "q1_ce_fancy_index_all_pairs": ("misleading", (), "the loss is the mean of log p over every (row, label) pair: "
                                    "p[:, y] is an N x N block, the correct classes are p[range(N), y]"),
    "q1_mse_target_minus_pred": ("right", ("scaled",), ""),
    "q1_mlp_second_layer_pre_relu": ("right", ("one_slip",), "(quotes the solution's names: the ReLU's cache, its "
                                     "input, where its output is meant)"),
    "q1_numgrad_aliased_copies": ("nothing", (), "yours is about half the expected: f(x - h) is evaluated at x "
                                  "itself (x_plus and x_minus are x, not copies), a one-sided difference over 2h"),
    "q2_adam_moments_local_only": ("named", (), ""),
    # re-judged after 34538fa (biased): a tie of two slips, one of them "the term `+ eps` missing"
    "q2_adadelta_no_eps_numerator": ("right", ("one_slip",), "every step is 0: sqrt(acc_delta) without epsilon is 0 while "
                                     "acc_delta starts at 0 (the update is applied; the causes suggested are not it)"),
    # re-judged after 4f91b77 (biased): caught by a new hidden test whose message says it
    "q2_momentum_w_inplace": ("check_message", (), "the caller's w is changed in place (the docstring forbids it)"),
    "q2_cosine_amplitude_base_lr": ("right", ("one_slip",), ""),
    "q2_nesterov_v_overwritten": ("named", (), ""),
    # re-judged after 69d68ff (biased): no name; "returns a value for this invalid input ... check the condition that rejects it"
    "q3_output_size_no_fit_check": ("right", ("not_rejected",), "a kernel larger than the padded input is not rejected (the "
                                    "divisibility check is there; the fit check span < 0 is missing)"),
    "q3_conv_naive_missing_plus_one": ("right", ("one_slip",), ""),
    # re-judged after 69d68ff (biased): "padded: the padding is kept; crop it off"
    "q3_conv_bwd_dx_padded": ("right", ("padded",), "dx has the padded shape, 2 * pad larger: crop the padding off"),
    "q3_maxpool_bwd_divmod_ph": ("nothing", (), "the window's argmax unravelled with pool_height where pool_width "
                                 "is meant (only a non-square pool shows it)"),
    "q3_conv_bwd_fast_minus_pad": ("named", (), ""),
    "q3_receptive_field_sum_only": ("named", (), ""),
    "q3_dsep_params_depthwise_dense": ("nothing", (), "the depthwise part counted as a dense conv (groups forgotten): "
                                       "in * in * k * k weights instead of in * k * k"),
    # re-judged after 39873b8 (biased): "as if shape[3] were shape[2] (3)"
    "q4_fans_square_kernel": ("right", ("as_if",), "the receptive field uses kh * kh: the kernel width kw is ignored"),
    "q4_xavier_gain_inside_sqrt": ("misleading", (), "the gain is inside the square root (sqrt(gain) where gain is "
                                   "meant); the diagnosis points at the fan formula's factor 2"),
    "q4_uniform_limit_std": ("named", (), ""),
    # re-judged after 69d68ff (biased): global_seed now catalogued for he_normal too
    "q4_he_normal_unseeded": ("named", (), "catalogued global_seed not named (the check's message says it)"),
    "q4_stats_of_layer_input": ("right", ("shifted_steps",), ""),
    "q5_bn_manual_unbiased": ("named", (), ""),
    "q5_bn_bwd_staged_no_gamma": ("right", ("one_slip",), "(one test says '* gamma missing'; another a per-feature "
                                  "factor, vaguely)"),
    "q5_ln_var_no_keepdims": ("check_message", (), "the variance without keepdims: inv_std (N,) where (N, 1) is "
                              "meant (numpy's broadcast error shows the shapes)"),
    "q5_dropout_keep_ge_p": ("named", (), ""),
    "q5_spatial_bn_param_copy": ("named", (), ""),
    "q5_gn_bwd_group_size_channels": ("nothing", (), "the group's count of values taken as C // G without the "
                                      "H * W positions"),
    "q6_no_eval_mode": ("check_message", (), ""),
    "q6_images_shuffled_labels_not": ("nothing", (), "catalogued labels_shuffled not named: the images are "
                                      "permuted without their labels"),
    "q7_resbwd_db2_axis1": ("right", ("reduced_other_axis",), ""),
    "q7_gap_bwd_repeat": ("named", (), ""),
    "q7_cam_row_of_W": ("nothing", (), "W[classes[n]] is a row of W (C, K); the class's weights are the column "
                        "W[:, classes[n]]"),
    "q7_nll_dmu_not_over_N": ("right", ("scaled",), ""),
    "q7_mdn_pdf_then_log": ("named", (), ""),
    "q7_score_map_channels_last": ("nothing", (), "each window flattened channels-last; W's rows are in (C, H, W) "
                                   "order"),
    "q8_crop_pads_every_axis": ("nothing", (), "np.pad with one number pads the batch and channel axes too: pad "
                                "only H and W"),
    "q8_flip_when_u_gt_p": ("named", (), ""),
    "q8_normalize_helper_per_split": ("named", (), ""),
    # re-judged after 39873b8 (biased): "nothing done by `wait = 0`"
    "q8_early_wait_never_reset": ("right", ("one_slip",), "the count of epochs without improvement is not reset when an "
                                  "epoch improves (patience counted in total, not in a row)"),
    # re-judged after 69d68ff (biased): the wrong slip is no longer said; nothing is
    "q8_log_uniform_rng_in_loop": ("nothing", (), "all n values are the same: the generator is re-created from "
                                   "the seed for every value (the diagnosis says log2 for log10)"),
    "q8_ratio_norms_by_hand_no_lr": ("named", (), ""),
    "q8_train_labels_unpermuted": ("nothing", (), "the batch's labels are not taken with the same permutation as "
                                   "its rows (y_train[s:s + 64] where y_train[batch] is meant)"),
}
# HOLDOUT2_CORRECT on the same commit: all eight full marks.

HOLDOUT2 = [replace(e, verdict=JUDGEMENT2[e.id][0], expected=frozenset(JUDGEMENT2[e.id][1]), ideal=JUDGEMENT2[e.id][2])
            if e.id in JUDGEMENT2 else e for e in HOLDOUT2]
