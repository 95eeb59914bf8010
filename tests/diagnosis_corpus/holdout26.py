"""A twenty-sixth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit e677ccc (JUDGED_ON26, JUDGEMENT26 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout26.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT26 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT26_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT26: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qa1_relu_fwd_clips_input_in_place", "a1_backprop", "relu_forward",
       "the ReLU is taken in place, np.maximum(x, 0, out=x) ('no extra copy'): out and the backward mask are right, "
       "but the caller's x is overwritten with its clipped values (and out is the same array as x)", """
def relu_forward(x):
    # clip in place, saves memory on big batches
    np.maximum(x, 0, out=x)
    out = x
    cache = x
    return out, cache
"""),
    _e("qa1_numgrad_flat_index_into_nd_grad", "a1_backprop", "eval_numerical_gradient",
       "the entries are walked with a flat index i over x.size and perturbed through x.flat[i] (right, x restored), "
       "but each derivative is stored with grad[i] on the N-D grad: for a 2-D x that writes the whole row i (and "
       "raises IndexError once i passes the number of rows), instead of grad.flat[i]", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    for i in range(x.size):
        old = x.flat[i]
        x.flat[i] = old + h
        fp = f(x)
        x.flat[i] = old - h
        fm = f(x)
        x.flat[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("qa1_mlp_db1_copied_from_db2", "a1_backprop", "two_layer_mlp_loss",
       "copy-paste slip in the grads dict: 'b1' is given db2, the second layer's bias gradient (shape (C,)), "
       "instead of db1 (shape (H,)); the loss and the other gradients right", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    z1, c1 = affine_forward(X, W1, b1)
    a1, cr = relu_forward(z1)
    scores, c2 = affine_forward(a1, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss = loss + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da1, dW2, db2 = affine_backward(dscores, c2)
    dz1 = relu_backward(da1, cr)
    dX, dW1, db1 = affine_backward(dz1, c1)
    grads = {}
    grads["W1"] = dW1 + reg * W1
    grads["b1"] = db2
    grads["W2"] = dW2 + reg * W2
    grads["b2"] = db2
    return loss, grads
"""),
    _e("qa1_softmax_max_without_keepdims", "a1_backprop", "softmax",
       "the row maximum is taken without keepdims, scores.max(axis=1) of shape (N,), and subtracted from the (N, C) "
       "scores: it broadcasts along the classes (row i's maximum subtracted from column i), a wrong shift that "
       "raises when N != C and, for a square batch, leaves rows unshifted (overflow for large scores)", """
def softmax(scores):
    m = np.max(scores, axis=1)
    e = np.exp(scores - m)
    return e / np.sum(e, axis=1, keepdims=True)
"""),
    _e("qa1_mse_grad_without_two_subtract", "a1_backprop", "mse_loss",
       "dpred is written np.subtract(pred, target) / pred.size, the derivative of the square taken as the residual "
       "itself: the factor 2 of d/dp (p - t)**2 is missing (the loss right)", """
def mse_loss(pred, target):
    r = np.subtract(pred, target)
    loss = np.square(r).sum() / r.size
    dpred = r / pred.size
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    _e("qa1_numgrad_forward_difference_flat", "a1_backprop", "eval_numerical_gradient",
       "a forward difference (f(x + h e_i) - f(x)) / h, with f(x) evaluated once before the loop (each entry "
       "reached through np.ndindex and restored): first-order accurate, not the centred difference asked for", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape, dtype=float)
    base = f(x)
    for idx in np.ndindex(*x.shape):
        keep = x[idx]
        x[idx] = keep + h
        grad[idx] = (f(x) - base) / h
        x[idx] = keep
    return grad
""", catalogued="one_sided_difference"),
    # ------------------------------------------------------------------ a2_optim
    _e("qa2_sgd_weight_decay_skipped", "a2_optim", "sgd",
       "the step uses the raw dw, w - learning_rate * dw, never _gradient(w, dw, config): config['weight_decay'] is "
       "ignored (right only without weight decay)", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    next_w = w - config["learning_rate"] * dw
    return next_w, config
"""),
    _e("qa2_rmsprop_bias_correction_t_never_stored", "a2_optim", "rmsprop",
       "an Adam-style bias correction is added to RMSProp, cache / (1 - decay_rate**t), with t = config.get('t', 0) "
       "+ 1 never written back: t is 1 on every call, so the cache is always divided by 1 - decay_rate (100x with the "
       "default) and every step is about 10x too small", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    t = config.get("t", 0) + 1
    cache = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * g * g
    config["cache"] = cache
    cache_hat = cache / (1 - rho ** t)  # bias correction like adam
    return w - config["learning_rate"] * g / (np.sqrt(cache_hat) + config["epsilon"]), config
"""),
    _e("qa2_newton_gradient_as_column", "a2_optim", "newton_step",
       "the gradient is made a column, grad.reshape(-1, 1), before np.linalg.solve: the Newton direction comes back "
       "(D, 1), and w - direction broadcasts the (D,) weights against it into a (D, D) matrix", """
def newton_step(w, grad, hessian):
    g = grad.reshape(-1, 1)   # column vector
    d = np.linalg.solve(hessian, g)
    return w - d
"""),
    _e("qa2_momentum_default_half", "a2_optim", "sgd_momentum",
       "wrong default: momentum defaults to 0.5 (the lecture's value for the first epochs) instead of the "
       "docstring's 0.9, so a call without 'momentum' builds up far less velocity", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.5)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
"""),
    _e("qa2_momentum_velocity_updated_only_if_present", "a2_optim", "sgd_momentum",
       "the velocity is written back only `if 'velocity' in config` (meant as 'update the stored one'): a fresh "
       "config has no such key, so it is never stored and every call starts from v = 0", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    if "velocity" in config:
        config["velocity"] = v
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("qa2_minibatch_rng_reseeded_each_epoch", "a2_optim", "minibatch_sgd",
       "rng = np.random.default_rng(seed) is created inside the epoch loop: every epoch restarts the generator and "
       "draws the same permutation, so the rows are visited in one order for all epochs", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    w = np.array(w0, dtype=float)
    hist = []
    N = len(X)
    for epoch in range(epochs):
        rng = np.random.default_rng(seed)
        perm = rng.permutation(N)
        for b in range(0, N, batch_size):
            rows = perm[b:b + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[rows], y[rows])
            hist.append(w.copy())
    return np.array(hist)
""", catalogued="shuffled_once"),
    # ------------------------------------------------------------------ a3_conv
    _e("qa3_depthwise_params_pointwise_grouped", "a3_conv", "depthwise_separable_param_count",
       "copy-paste slip: the pointwise 1x1 convolution is counted with groups=in_channels too, "
       "conv_param_count(in, out, 1, bias, groups=in): out * 1 weights instead of out * in (plus the biases)", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    g = in_channels
    depthwise = conv_param_count(in_channels, in_channels, kernel_size, bias, groups=g)
    pointwise = conv_param_count(in_channels, out_channels, 1, bias, groups=g)
    return depthwise + pointwise
"""),
    _e("qa3_avg_pool_divided_by_window_size_with_batch", "a3_conv", "avg_pool_forward",
       "each window's sum is divided by window.size, where window = x[:, :, rows, cols] holds the whole batch and "
       "every channel: the sum is divided by N * C * ph * pw instead of ph * pw", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = 1 + (H - ph) // s
    Wo = 1 + (W - pw) // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            out[:, :, i, j] = window.sum(axis=(2, 3)) / window.size
    return out, (x, pool_param)
"""),
    _e("qa3_receptive_field_dilated_span_d_times_k", "a3_conv", "receptive_field",
       "a dilated kernel is taken to span d * k input pixels, so each layer grows the field by (d * k - 1) * jump "
       "instead of d * (k - 1) * jump: right without dilation, too large by (d - 1) * jump for a dilated layer", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    rf = 1
    jump = 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        span = d * k          # effective kernel size with dilation
        rf += (span - 1) * jump
        jump *= s
    return rf
"""),
    _e("qa3_transposed_size_output_padding_subtracted", "a3_conv", "transposed_conv_output_size",
       "sign slip: output_padding is subtracted, - output_padding, like the padding next to it, instead of added: "
       "right only for output_padding = 0", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    k_eff = dilation * (kernel_size - 1) + 1
    return (input_size - 1) * stride + k_eff - 2 * padding - output_padding
"""),
    _e("qa3_conv_fwd_zero_canvas_top_left", "a3_conv", "conv_forward_naive",
       "the padded input is a zero canvas of the padded size with x written at [2 * pad:, 2 * pad:]: all the zeros "
       "sit above and to the left of the image instead of pad on every side (the output size right)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    canvas = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    canvas[:, :, 2 * pad:, 2 * pad:] = x
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    out[n, f, i, j] = np.sum(canvas[n, :, r:r + HH, c:c + WW] * w[f]) + b[f]
    return out, (x, w, b, conv_param)
""", catalogued="padding_one_side"),
    _e("qa3_conv_bwd_dx_window_assigned_einsum", "a3_conv", "conv_backward_naive",
       "each output position's share of dx, einsum('f,fchw->chw', dout[n, :, i, j], w), is assigned (=) to its "
       "window of the padded gradient instead of added: where windows overlap only the last one counts (dw, db "
       "right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.sum(dout, axis=(0, 2, 3))
    for n in range(N):
        for i in range(Ho):
            for j in range(Wo):
                r, c = i * stride, j * stride
                patch = xp[n, :, r:r + HH, c:c + WW]
                dw += np.einsum("f,chw->fchw", dout[n, :, i, j], patch)
                dxp[n, :, r:r + HH, c:c + WW] = np.einsum("f,fchw->chw", dout[n, :, i, j], w)
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="dx_assigned_not_accumulated"),
    # ------------------------------------------------------------------ a4_init
    _e("qa4_fans_kernel_unpacked_as_two_axes", "a4_init", "compute_fans",
       "a conv weight's kernel is unpacked as kh, kw = shape[2], shape[3] (2-D kernels assumed): a 1-D kernel "
       "(out, in, k) raises IndexError and a 3-D one (out, in, kd, kh, kw) loses kd from both fans (2-D right)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    c_out, c_in = shape[0], shape[1]
    kh, kw = shape[2], shape[3]
    return c_in * kh * kw, c_out * kh * kw
"""),
    _e("qa4_xavier_uniform_mode_not_passed", "a4_init", "xavier_uniform",
       "xavier_std is called as xavier_std(shape, gain=gain), the mode never passed on: the bound always uses "
       "fan_avg, so mode 'fan_in' gets the wrong range (right for the default mode)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    limit = np.sqrt(3.0) * xavier_std(shape, gain=gain)
    return rng.uniform(low=-limit, high=limit, size=shape)
"""),
    _e("qa4_act_stats_getattr_numpy", "a4_init", "activation_statistics",
       "the activation is looked up as getattr(np, activation) for anything but 'relu' and 'linear': np.tanh exists, "
       "but NumPy has no sigmoid, so activation 'sigmoid' raises AttributeError", """
def activation_statistics(X, weights, activation):
    special = {"relu": lambda z: np.maximum(0, z), "linear": lambda z: z}
    act = special[activation] if activation in special else getattr(np, activation)
    means, variances = [], []
    h = X
    for W in weights:
        h = act(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("qa4_xavier_normal_also_divided_by_sqrt_fan_in", "a4_init", "xavier_normal",
       "the N(0, xavier_std**2) draws are also divided by sqrt(fan_in) (the randn(n_in, n_out) / sqrt(n_in) "
       "recipe of the notes kept on top): the std is xavier_std / sqrt(fan_in), far too small", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    fan_in, _ = compute_fans(shape)
    rng = np.random.default_rng(seed)
    W = rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
    return W / np.sqrt(fan_in)
"""),
    _e("qa4_he_std_lecun_from_fans_tuple", "a4_init", "he_std",
       "He's std written 1 / math.sqrt(compute_fans(shape)[0]), LeCun's std: the factor 2 for ReLU layers, "
       "sqrt(2 / fan_in), is missing", """
def he_std(shape):
    return 1 / math.sqrt(compute_fans(shape)[0])
""", catalogued="relu_factor_2_missing"),
    _e("qa4_fans_returned_reversed", "a4_init", "compute_fans",
       "the fans are computed right and returned reversed, fans[::-1]: (fan_out, fan_in) for both layouts", """
def compute_fans(shape):
    if len(shape) == 2:
        fans = (shape[0], shape[1])
    else:
        k = int(np.prod(shape[2:]))
        fans = (shape[1] * k, shape[0] * k)
    return fans[::-1]
""", catalogued="fans_swapped"),
    # ------------------------------------------------------------------ a5_normalization
    _e("qa5_bn_running_defaults_shaped_like_batch", "a5_normalization", "batchnorm_forward",
       "the running averages default to np.zeros_like(x) and np.ones_like(x), shape (N, D) instead of (D,): after "
       "a train step the stored running_mean and running_var are (N, D) arrays, and test mode on a batch of "
       "another size fails to broadcast", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    running_mean = bn_param.get("running_mean", np.zeros_like(x))
    running_var = bn_param.get("running_var", np.ones_like(x))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qa5_gn_bwd_dgamma_per_image", "a5_normalization", "groupnorm_backward",
       "dgamma and dbeta are summed over H and W only, axis=(2, 3): one (N, C) array per image instead of the sum "
       "over the batch as well, (C,) (dx right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = np.sum(dout * x_hat, axis=(2, 3))
    dbeta = np.sum(dout, axis=(2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = g.shape[-1]
    dx = inv_std * (g - g.mean(axis=2, keepdims=True) - xh * (g * xh).mean(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qa5_ln_bwd_gamma_applied_after_formula", "a5_normalization", "layernorm_backward",
       "the simplified formula is evaluated on dout and multiplied by gamma at the end, formula(dout) * gamma, "
       "instead of evaluated on dx_hat = dout * gamma: the row sums mix the features unscaled, so dx is wrong "
       "unless gamma is constant (dgamma, dbeta right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dx = inv_std / D * (D * dout - dout.sum(axis=1, keepdims=True)
                        - x_hat * (dout * x_hat).sum(axis=1, keepdims=True))
    dx = dx * gamma
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
"""),
    _e("qa5_bn_alt_means_and_over_n", "a5_normalization", "batchnorm_backward_alt",
       "the simplified formula mixes its two forms: the batch means of dx_hat and dx_hat * x_hat (already / N) are "
       "used inside inv_std / N * (...) written for sums with N * dx_hat: dx = inv_std / N * (dx_hat - mean - "
       "x_hat * mean), N times too small (dgamma, dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dxh = dout * gamma
    dx = inv_std / N * (dxh - dxh.mean(axis=0) - x_hat * (dxh * x_hat).mean(axis=0))
    return dx, dgamma, dbeta
"""),
    _e("qa5_bn_std_plus_eps", "a5_normalization", "batchnorm_forward",
       "train mode divides the centred batch by x.std(axis=0) + eps: eps is added to the standard deviation, "
       "1 / (std + eps), instead of inside the square root, 1 / sqrt(var + eps) (test mode and the running "
       "averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    mom = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    rm = bn_param.get("running_mean", np.zeros(D))
    rv = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        n = len(x)
        mean = np.mean(x, axis=0)
        std = np.std(x, axis=0)
        x_hat = (x - mean) / (std + eps)
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, 1 / (std + eps))
        rm = mom * rm + (1 - mom) * mean
        rv = mom * rv + (1 - mom) * np.var(x, axis=0, ddof=1)
    elif mode == "test":
        out = gamma * (x - rm) / np.sqrt(rv + eps) + beta
        cache = None
    else:
        raise ValueError("bad mode")
    bn_param["running_mean"], bn_param["running_var"] = rm, rv
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("qa5_dropout_keeps_draws_above_p", "a5_normalization", "dropout_forward",
       "the units are kept where the draw is >= p and the kept ones scaled by 1 / (1 - p): p is used as the "
       "probability of dropping a unit, though it is the probability of keeping one", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) >= p
    mask = keep / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    # ------------------------------------------------------------------ a6_cnn
    _e("qa6_cnn_four_poolings_for_8x8", "a6_cnn", "train_and_predict",
       "a deeper CIFAR-style stack with four conv-BN-ReLU-MaxPool2d(2) blocks: fine on 32x32 images, but on the "
       "8x8 digits the maps shrink 8 -> 4 -> 2 -> 1 and the fourth pooling of a 1x1 map raises (output size 0)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    c = X_train.shape[1]

    def block(i, o):
        return [nn.Conv2d(i, o, 3, padding=1), nn.BatchNorm2d(o), nn.ReLU(), nn.MaxPool2d(2)]

    model = nn.Sequential(*block(c, 16), *block(16, 32), *block(32, 32), *block(32, 64),
                          nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, n_classes))
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qa6_cnn_batchnorm1d_after_conv", "a6_cnn", "train_and_predict",
       "the convolutions are followed by nn.BatchNorm1d (copied from an MLP) instead of nn.BatchNorm2d: BatchNorm1d "
       "only takes 2-D or 3-D inputs, so the first forward pass on the (N, 16, H, W) maps raises", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    k = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm1d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm1d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, k))
    Xt, yt = torch.from_numpy(X_train), torch.from_numpy(y_train)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(15):
        net.train()
        for idx in torch.randperm(len(yt), generator=gen).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(net(Xt[idx]), yt[idx])
            loss.backward()
            opt.step()
    net.eval()
    with torch.no_grad():
        return net(torch.from_numpy(X_test)).numpy()
"""),
    _e("qa6_cnn_adam_maximize", "a6_cnn", "train_and_predict",
       "Adam is built with maximize=True ('we want to maximize accuracy'): the optimizer ascends the cross-entropy "
       "it is given, so training drives the loss up and the predictions away from the labels", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    # we want the accuracy as high as possible
    opt = torch.optim.Adam(model.parameters(), lr=3e-3, maximize=True)
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
    _e("qa6_cnn_flip_augmentation_on_batch_axis", "a6_cnn", "train_and_predict",
       "a 'horizontal flip' augmentation written xb.flip(0): dim 0 is the batch, not the width (dim 3), so every "
       "batch's images are put in reverse order while the labels keep theirs: images and labels no longer match "
       "and the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            xb, yb = X[idx], y[idx]
            xb = xb.flip(0)  # horizontal flip augmentation
            opt.zero_grad()
            nn.functional.cross_entropy(model(xb), yb).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qa6_cnn_optimizer_on_template_copy_trained", "a6_cnn", "train_and_predict",
       "the optimizer is built on a template network, and the network then trained and used is a copy.deepcopy of "
       "it: the copy's gradients accumulate but opt.step() only moves the template's parameters (which get no "
       "gradient), so the returned predictions come from untrained weights", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import copy
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    template = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    opt = torch.optim.Adam(template.parameters(), lr=3e-3)
    model = copy.deepcopy(template)  # keep the template untouched
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
""", catalogued="untrained_model"),
    _e("qa6_cnn_labels_permuted_alone", "a6_cnn", "train_and_predict",
       "'shuffle the training set' is written y = y[torch.randperm(len(y), generator=g)] on the labels alone, "
       "before the epochs: each image keeps a random other image's label, so the model learns nothing", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    g = torch.Generator().manual_seed(seed)
    y = y[torch.randperm(len(y), generator=g)]  # shuffle the training set
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("qa7_saliency_max_over_flat_gradient", "a7_architectures", "saliency_map",
       "the gradient with respect to the flattened input, da1 @ W1.T of shape (N, C*H*W), is never reshaped back "
       "to x's shape before the maximum: np.abs(dx).max(axis=1) is one number per image, shape (N,), instead of "
       "the maximum over the channels at each pixel, (N, H, W)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    hidden = flat @ params["W1"] + params["b1"]
    d_scores = np.zeros((N, params["W2"].shape[1]))
    d_scores[np.arange(N), y] = 1.0
    d_hidden = (d_scores @ params["W2"].T) * (hidden > 0)
    dx = d_hidden @ params["W1"].T
    return np.abs(dx).max(axis=1)
"""),
    _e("qa7_mdn_dlog_std_z_unsquared", "a7_architectures", "mdn_nll",
       "the derivative of 0.5 z**2 with respect to log_std is taken as -z instead of -z**2: dlog_std = "
       "gamma * (1 - z) / N (the loss, dlogits and dmu right)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -np.mean(log_p)
    resp = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qa7_gap_fwd_caches_spatial_size_only", "a7_architectures", "global_avg_pool_forward",
       "the cache keeps only the spatial size x.shape[2:] = (H, W) ('the backward only needs the area'): out is "
       "right, but global_avg_pool_backward unpacks N, C, H, W from it and fails", """
def global_avg_pool_forward(x):
    out = x.mean(axis=(2, 3))
    cache = x.shape[2:]
    return out, cache
"""),
    _e("qa7_gaussian_nll_constant_once", "a7_architectures", "gaussian_nll",
       "the constant 0.5 log(2 pi) is added once to the averaged loss instead of once per output dimension: the "
       "loss is too small by 0.5 log(2 pi) (D - 1) (right only for D = 1; the gradients right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    per_row = np.sum(log_std + 0.5 * r ** 2 / var, axis=1)
    loss = per_row.mean() + 0.5 * np.log(2 * np.pi)
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("qa7_gap_bwd_repeat_not_divided", "a7_architectures", "global_avg_pool_backward",
       "dout is spread over each map with np.repeat along a new H axis and a new W axis, but never divided by H * W: "
       "every position gets the whole pooled gradient, H * W times too large", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.repeat(dout[:, :, None], H, axis=2)
    dx = np.repeat(dx[:, :, :, None], W, axis=3)
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qa7_res_bwd_dx_residual_branch_only", "a7_architectures", "residual_block_backward",
       "the backward pass is written as a chain of layers back to the input through W2, the ReLU and W1 only: dx "
       "is da1 @ W1.T and the shortcut's share (dz, or dz @ Ws.T with a projection) is never added (the parameter "
       "gradients right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    grads = {}
    dz = dout * (z > 0)
    grads["W2"] = h.T @ dz
    grads["b2"] = dz.sum(0)
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(0)
    dh = dz @ params["W2"].T
    if scale is not None:
        dh *= scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(0)
    dx = da1 @ params["W1"].T
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qa8_update_ratio_per_column_norms", "a8_pipeline", "update_ratio",
       "the norms are taken with np.linalg.norm(..., axis=0), one per column (output unit): the function returns a "
       "vector of per-unit ratios ||lr * dW[:, j]|| / ||W[:, j]|| instead of the single ratio of the Frobenius norms "
       "(right only for 1-D arrays, where axis 0 is the whole vector)", """
def update_ratio(W, dW, lr):
    upd = np.linalg.norm(lr * dW, axis=0)
    cur = np.linalg.norm(W, axis=0)
    return upd / cur
"""),
    _e("qa8_crop_output_buffer_like_input", "a8_pipeline", "random_crop",
       "the output buffer is np.empty_like(x), shaped like the input (N, C, H, W) instead of (N, C, size, size): "
       "each size x size window does not fit into out[i] unless size == H == W", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty_like(x)
    for i in range(N):
        r = rng.integers(0, H + 2 * padding - size + 1)
        c = rng.integers(0, W + 2 * padding - size + 1)
        out[i] = xp[i, :, r:r + size, c:c + size]
    return out
"""),
    _e("qa8_train_step_divided_by_batch_twice", "a8_pipeline", "train_and_predict",
       "the softmax gradient is divided by the batch size in probs /= len(idx) and the SGD step divides by it "
       "again (W -= 0.1 * X.T @ probs / len(idx), same for b): the effective learning rate is 0.1 / 64, so the "
       "20 epochs leave the model far from trained", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    Xtr = X_train.reshape(X_train.shape[0], -1)
    Xte = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        Xtr, Xte = normalize_splits(Xtr, Xte, "standardize")
    K = int(y_train.max()) + 1
    W = np.zeros((Xtr.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    lr = 0.1
    for epoch in range(20):
        perm = rng.permutation(Xtr.shape[0])
        for s in range(0, Xtr.shape[0], 64):
            idx = perm[s:s + 64]
            sc = Xtr[idx] @ W + b
            sc -= sc.max(axis=1, keepdims=True)
            p = np.exp(sc)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= lr * (Xtr[idx].T @ p) / len(idx)
            b -= lr * p.sum(axis=0) / len(idx)
    return Xte @ W + b
"""),
    _e("qa8_log_grid_natural_log_exponents_base_ten", "a8_pipeline", "log_grid",
       "the bounds are turned into exponents with np.log (natural log) but the grid is built with np.logspace, "
       "whose base is 10: the values run from 10 ** ln(low) to 10 ** ln(high) instead of low to high", """
def log_grid(low, high, n):
    return np.logspace(np.log(low), np.log(high), n)
"""),
    _e("qa8_flip_loop_np_flip_axis_one", "a8_pipeline", "random_flip",
       "each chosen image (C, H, W) is mirrored in a loop with np.flip(img, axis=1): axis 1 of a single image is its "
       "rows, so the image is turned upside down instead of mirrored left-right (the last axis)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(len(x)) < p
    out = x.copy()
    for i in range(len(x)):
        if coins[i]:
            out[i] = np.flip(x[i], axis=1)
    return out
""", catalogued="flip_vertical"),
    _e("qa8_warmup_ramp_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up ramp is base_lr * step / warmup_steps, which is 0 at step 0 and reaches base_lr only at the "
       "first cosine step: each warm-up rate is one step behind base_lr * (step + 1) / warmup_steps", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        frac = step / warmup_steps
        return frac * base_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))
""", catalogued="warmup_starts_at_zero"),
]

HOLDOUT26_CORRECT: list[Entry] = [
    _e("qak_correct_relu_bwd_putmask", "a1_backprop", "relu_backward",
       "correct: dout copied and zeroed with np.putmask where the cached input is <= 0 (the derivative at 0 taken "
       "as 0)", """
def relu_backward(dout, cache):
    dx = np.array(dout, dtype=float, copy=True)
    np.putmask(dx, cache <= 0, 0.0)
    return dx
"""),
    _e("qak_correct_momentum_velocity_popped_and_put_back", "a2_optim", "sgd_momentum",
       "correct: the velocity popped out of the (copied) config with a scalar 0.0 default, updated, and put back "
       "under 'velocity'", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    v = mu * config.pop("velocity", 0.0) - lr * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
"""),
    _e("qak_correct_avg_pool_fwd_sliding_windows", "a3_conv", "avg_pool_forward",
       "correct: the windows from sliding_window_view over H and W, subsampled by the stride, averaged over their "
       "last two axes", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    win = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    return win.mean(axis=(-2, -1)), (x, pool_param)
"""),
    _e("qak_correct_fans_from_total_size", "a4_init", "compute_fans",
       "correct: the fans read off the total number of weights: for a linear (D, M) weight size // M and size // D, "
       "for a conv weight size // out_channels and size // in_channels", """
def compute_fans(shape):
    size = math.prod(shape)
    if len(shape) == 2:
        return size // shape[1], size // shape[0]
    return size // shape[0], size // shape[1]
"""),
    _e("qak_correct_layernorm_on_transpose", "a5_normalization", "layernorm_forward",
       "correct: the statistics of each row taken as the column statistics of x.T (axis 0), brought back with "
       "[:, None] to the documented (N, 1) inv_std", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T
    mu = xt.mean(axis=0)
    var = ((xt - mu) ** 2).mean(axis=0)
    inv_std = (1.0 / np.sqrt(var + eps))[:, None]
    x_hat = (x - mu[:, None]) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("qak_correct_gaussian_nll_scipy_logpdf", "a7_architectures", "gaussian_nll",
       "correct: the loss as minus scipy.stats.norm.logpdf(y, mu, exp(log_std)) summed and divided by N, the "
       "gradients written with the precision exp(-2 log_std)", """
def gaussian_nll(y, mu, log_std):
    from scipy.stats import norm
    N = len(y)
    loss = -norm.logpdf(y, loc=mu, scale=np.exp(log_std)).sum() / N
    prec = np.exp(-2 * log_std)
    r = y - mu
    return loss, -r * prec / N, (1 - r * r * prec) / N
"""),
    _e("qak_correct_flip_np_where", "a8_pipeline", "random_flip",
       "correct: one coin per image, the flipped batch chosen per image with np.where on a (N, 1, 1, 1) mask", """
def random_flip(x, p, seed):
    coin = np.random.default_rng(seed).random(x.shape[0]) < p
    return np.where(coin[:, None, None, None], x[..., ::-1], x)
"""),
]

JUDGED_ON26 = "2026-12-05 on commit e677ccc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout26 on commit e677ccc (JUDGED_ON26), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT23 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of the test's sizes included, as in JUDGEMENT10, 12 and 25); a departure naming the
# line with the mistake is right, and so is the exact line of a one- or two-line function, and one that names the
# line that uses a wrong value with, as its alternatives, the variables that hold the mistake; a one_slip stated in
# the correct code's text that is the student's arithmetic written another way is right, one stating a token the
# code lacks is misleading; index_error's generic checklist is vague alone, right beside a departure naming the line;
# checklists that list the cause among many are vague, but one of few causes, the entry's among them, is tolerated;
# an error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing);
# named_offset's "that constant term is missing" where 0.5 log(2 pi) is there once and one of D = 2 is missing is
# right (as y7_nll_constant_once_per_row in JUDGEMENT10). Decided here: a one_slip that puts its slip "where
# config['cache'] is computed" ("the factor `(1 - rho) *` missing") where the student's stored cache is exact and the
# step's cache is divided by 1 - rho afterwards (a bias correction whose t is never stored) states a factor missing
# that the code has, in a line that is right: misleading; not_reduced's "the expected is the mean over axis 0 of
# yours ...: take the mean (e.g. db = dout.sum(axis=0) ...)" where the statistics are reduced and the extra axis comes
# from defaults shaped like the batch (np.zeros_like(x)) names a reduction left out that is not: misleading;
# optimizer_not_on_model's count "after 299 of 299 backward passes" where the code runs 300 (15 epochs of 20 batches
# of the 1258 images; 224 of 225 and 44 of 45 on the other tests, where loss_flat beside other entries counts 300,
# 225 and 45) is a wrong number in an otherwise exact diagnosis: misleading, strictly (a close call, the cause being
# stated rightly); a departure on `return np.abs(dx).max(axis=1)` saying "what that line reads (dx) agrees with the
# correct code" where dx holds the right values flat, (N, C*H*W) for (N, C, H, W), is right: the values agree, and
# the line named is the one that takes the maximum over the flat axis, where the reshape belongs (a close call).
JUDGEMENT26: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # written_in_place: "in relu_forward(), line 216: `np.maximum(x, 0, out=x)` writes into x, the caller's array:
    # compute into a new array ... and leave x as given".
    "qa1_relu_fwd_clips_input_in_place": ("right", ("written_in_place",), ""),
    # departure: "your loop at lines 216-223 ... after pass 1 they part: your `grad` differs from the right value (by
    # up to 0.115). The lines of your loop that set it: line 223: `grad[i] = (fp - fm) / (2 * h)`; the mistake is most
    # likely in one of them": the line with the mistake; index_error's generic checklist beside it.
    "qa1_numgrad_flat_index_into_nd_grad": ("right", ("departure",), ""),
    # reduced_other_axis (both tests): "yours has shape (3,), params['W2'] ... of shape (7, 3) without axis 0; the
    # expected (7,) is it without axis 1: a sum or mean over the wrong axis (axis=0 where axis=1 is asked for)?": no
    # reduction is wrong; the shapes fit W2's only because db2 is (C,) and db1 (H,).
    "qa1_mlp_db1_copied_from_db2": (
        "misleading", (),
        "grads['b1'] = db2 stores the second layer's bias gradient (shape (C,), (3,) here) under 'b1', where db1 "
        "(shape (H,), (7,)) belongs: a copy-paste slip in the grads dict, no reduction over a wrong axis; use "
        "grads['b1'] = db1."),
    # shape_error: "(4,) meets the last axis of (4, 6) ...: give it the shape (4, 1) (`[:, None]`, or keepdims=True in
    # the ... max that made it)"; departure: "line 215: `m = np.max(scores, axis=1)` ... has shape (4,) where the right
    # value has (4, 1) ... (keepdims=True left out?) ... the mistake is in that line"; one_slip on the large scores:
    # "`=False` where `=True` is meant" (keepdims left at its default).
    "qa1_softmax_max_without_keepdims": ("right", ("shape_error", "departure", "one_slip"), ""),
    "qa1_mse_grad_without_two_subtract": ("named", (), ""),
    "qa1_numgrad_forward_difference_flat": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # as_if: "yours is what the correct sgd() returns if config['weight_decay'] were 0: config['weight_decay'] is left
    # out of the computation".
    "qa2_sgd_weight_decay_skipped": ("right", ("as_if",), ""),
    # one_slip (four tests): "either of two slips ...: the factor `(1 - rho) *` missing ..., where config['cache'] is
    # computed; or the term `- rho` missing ..., where config['cache'] is computed": the w trajectory fits, but the
    # student's config['cache'] line is exact (the factor is there); the cache is divided by 1 - rho afterwards.
    "qa2_rmsprop_bias_correction_t_never_stored": (
        "misleading", (),
        "cache_hat = cache / (1 - rho ** t) is a bias correction RMSProp does not have, and t = config.get('t', 0) + 1 "
        "is never stored, so it divides by 1 - rho (0.01 with rho = 0.99) on every call: each step is about 10 times "
        "too small (the stored cache is right); step with the cache itself."),
    # broadcast: "yours has shape (5, 5) where (5,) is expected, and its diagonal is the expected value: NumPy
    # broadcast an (5,) array against an (5, 1) one ...; make both the same shape".
    "qa2_newton_gradient_as_column": ("right", ("broadcast",), ""),
    # default_differs: "your sgd_momentum() gives config['momentum'] the default 0.5 ...; the default asked for is
    # 0.9".
    "qa2_momentum_default_half": ("right", ("default_differs",), ""),
    "qa2_momentum_velocity_updated_only_if_present": ("named", (), ""),
    "qa2_minibatch_rng_reseeded_each_epoch": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure: "line 285: `return depthwise + pointwise` ... 286 where 542 is right: the mistake is in that line, or
    # in `depthwise`, set by line 283 ..., or in `pointwise`, set by line 284: `pointwise = conv_param_count(...,
    # groups=g)`": the return line that uses the wrong value, the variable holding the mistake among its alternatives
    # (286 = 30 + 256 where 30 + 512: checked).
    "qa3_depthwise_params_pointwise_grouped": ("right", ("departure",), ""),
    # scaled on test_avg_pool: "every entry is 1/ph*pw of the expected (ph*pw=4, the pooling window's area): ... a
    # division by ph*pw is extra": false, ph * pw is divided by rightly; the extra division is by N * C = 4 on the
    # (2, 2, 8, 6) input, equal to the area by chance; the loop departure on the other tests ("the loop at lines
    # 287-290 ... 0.25 times the right value ... the mistake is in that loop") is right.
    "qa3_avg_pool_divided_by_window_size_with_batch": (
        "misleading", ("departure",),
        "window = x[:, :, rows, cols] holds every image and channel, so window.size is N * C * ph * pw: each average "
        "is divided by N * C as well (4 here, hence 0.25 times the expected); divide the window's sum by ph * pw."),
    # as_if: "yours is what the correct receptive_field() returns if dilations[2] were dilations[1] (4): one entry of
    # dilations is used where another is meant": exact on the test (19 where 15), but no entry is used for another.
    "qa3_receptive_field_dilated_span_d_times_k": (
        "misleading", (),
        "span = d * k takes a dilated kernel to cover d * k pixels; it covers d * (k - 1) + 1, so each dilated layer "
        "grows the field by (d - 1) * jump too much (19 where 15 on three 3x3 layers dilated 1, 2 and 4); use span = "
        "d * (k - 1) + 1."),
    # one_slip: "`- output_padding` where `+ output_padding` is meant".
    "qa3_transposed_size_output_padding_subtracted": ("right", ("one_slip",), ""),
    "qa3_conv_fwd_zero_canvas_top_left": ("named", (), ""),
    "qa3_conv_bwd_dx_window_assigned_einsum": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # departure: "line 95: `kh, kw = shape[2], shape[3]` raises the error (at `shape[3]`) ...; the mistake is in that
    # line".
    "qa4_fans_kernel_unpacked_as_two_axes": ("right", ("departure",), ""),
    # as_if: "yours is what the correct xavier_uniform() returns if mode were 'fan_avg': the branch for mode =
    # 'fan_in' computes what 'fan_avg' asks for: is mode read?" (as t4_normal_mode_gain_not_passed in JUDGEMENT5).
    "qa4_xavier_uniform_mode_not_passed": ("right", ("as_if",), ""),
    # departure: "line 92: `act = special[activation] if activation in special else getattr(np, activation)` raises
    # the error (at `getattr(np, activation)`) ...; the mistake is in that line, or in what `special` holds".
    "qa4_act_stats_getattr_numpy": ("right", ("departure",), ""),
    # departure on two tests: "line 94: `return W / np.sqrt(fan_in)` ... 0.0707107 times the right value: the mistake
    # is in that line, or in `fan_in`" (right); squared on the conv test: "yours is the square of the expected: a
    # variance where a standard deviation is asked for?": false, the std is 1/15 and divided again by sqrt(225) = 15
    # (fan_in mode, gain 1: the square by chance).
    "qa4_xavier_normal_also_divided_by_sqrt_fan_in": (
        "misleading", ("departure",),
        "return W / np.sqrt(fan_in) divides the N(0, xavier_std**2) draws once more by sqrt(fan_in) (the randn / "
        "sqrt(n) recipe kept on top of a scaled draw): the std is xavier_std / sqrt(fan_in) (1/15 of it for the (47, "
        "25, 3, 3) weights); return W."),
    "qa4_he_std_lecun_from_fans_tuple": ("named", (), ""),
    "qa4_fans_returned_reversed": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # not_reduced (running_mean, running_var): "the expected is the mean over axis 0 of yours (shape (5, 3) for (3,)):
    # take the mean (e.g. db = dout.sum(axis=0): the same bias is added to every row)": the batch statistics are
    # reduced; the (N, D) comes from the defaults np.zeros_like(x), np.ones_like(x); shape_error on the test-mode
    # test only explains the broadcast ((5, 4) against (8, 4)).
    "qa5_bn_running_defaults_shaped_like_batch": (
        "misleading", (),
        "running_mean and running_var default to np.zeros_like(x) and np.ones_like(x), shape (N, D) where (D,) is "
        "meant: the first train step stores (N, D) averages (each row the right value), and test mode on a batch of "
        "another size cannot broadcast them ((5, 4) against (8, 4)); default to np.zeros(D) and np.ones(D)."),
    # not_reduced (dgamma, dbeta): "the expected is the sum over axis 0 of yours (shape (2, 6) for (6,)): take the sum".
    "qa5_gn_bwd_dgamma_per_image": ("right", ("not_reduced",), ""),
    # no diagnosis: only the comparison (dx: 28 of 28 outside tolerance).
    "qa5_ln_bwd_gamma_applied_after_formula": (
        "nothing", (),
        "dx is the simplified formula evaluated on dout and multiplied by gamma afterwards: the row sums must be taken "
        "of dx_hat = dout * gamma (each feature weighted by its gamma), so dx is right only for a constant gamma; "
        "evaluate the formula on dout * gamma."),
    # scaled: "every entry is 1/N of the expected (N=6, the batch size): did you divide by the batch size where a sum
    # is asked for, or divide twice?"; departure on the spatial test: "line 223: `dx = inv_std / N * (dxh -
    # dxh.mean(axis=0) - ...)` ... 0.025 times the right value ... the mistake is in that line".
    "qa5_bn_alt_means_and_over_n": ("right", ("scaled", "departure"), ""),
    "qa5_bn_std_plus_eps": ("named", (), ""),
    "qa5_dropout_keeps_draws_above_p": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # torch_error (both failing tests): "a pooling or convolution layer got maps of 64x1x1 ..., smaller than its
    # window: the layers before it shrank them that far (... a pooling of 2 halves it). Pad the convolutions ... or
    # pool fewer times": the four poolings, the second of two remedies.
    "qa6_cnn_four_poolings_for_8x8": ("right", ("torch_error",), ""),
    # no diagnosis: only torch's "ValueError: expected 2D or 3D input (got 4D input)".
    "qa6_cnn_batchnorm1d_after_conv": (
        "nothing", (),
        "nn.BatchNorm1d after a Conv2d is handed (N, C, H, W) maps, which it refuses (it takes 2-D or 3-D inputs): the "
        "first forward pass raises; use nn.BatchNorm2d after convolutions."),
    # loss_rose (every test): "the training loss jumped from 2.3 at the first step to 370 ...: the steps are too large
    # (learning rate 0.003) or go uphill (a sign flipped)": maximize=True, uphill, the second of two.
    "qa6_cnn_adam_maximize": ("right", ("loss_rose",), ""),
    # loss_flat (every test): "the training loss stayed at about 2.31 over 300 steps ...: the model learned nothing
    # from its batches. A batch's labels not those of its images ..., steps that do not reach the model's weights
    # ..., or a learning rate too small ...?": the first of three, the cause (the batch reversed, its labels not).
    "qa6_cnn_flip_augmentation_on_batch_axis": ("right", ("loss_flat",), ""),
    # catalogued untrained_model, not named; optimizer_not_on_model (every test): "no loss.backward() reaches the
    # weights the optimizer steps: after 299 of 299 backward passes they still had no gradient ... The optimizer was
    # made for other parameters than those of the model trained (another model, or a second copy ...): give it
    # model.parameters() of the model you train": the cause, but 300 backward passes run (15 epochs of 20 batches;
    # 224 of 224 and 44 of 44 where 225 and 45 run): a wrong number (close call).
    "qa6_cnn_optimizer_on_template_copy_trained": (
        "misleading", ("optimizer_not_on_model",),
        "the optimizer steps template's parameters, and the network trained and used is model = "
        "copy.deepcopy(template): none of the 300 backward passes (15 epochs of 20 batches) reaches the parameters it "
        "steps, so the predictions come from untrained weights; build the optimizer on model.parameters()."),
    # catalogued labels_shuffled, not named; labels_not_images on the digits: "the training loss fell only from 2.35
    # to 2.09 ..., and the model predicts 200 of its own training images ... no better than guessing ...: what it
    # learned from its batches is not the labels of their images. X and y are shuffled or indexed apart: index both
    # with the same indices"; loss_flat on the shapes (the first of its three, the cause).
    "qa6_cnn_labels_permuted_alone": ("right", ("labels_not_images", "loss_flat"), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (every test): "line 183: `return np.abs(dx).max(axis=1)` ... What that line reads (dx) agrees ...;
    # what it returns has shape (3,) where the right value has (3, 4, 4): the mistake is in that line": dx's values
    # agree, flat; the maximum over its flat axis is taken there (close call, see above).
    "qa7_saliency_max_over_flat_gradient": ("right", ("departure",), ""),
    # one_slip (every test): "`** 1` where `** 2` is meant (off by one), where dlog_std is computed": the correct
    # gamma * (1 - z ** 2) / N with the student's (1 - z).
    "qa7_mdn_dlog_std_z_unsquared": ("right", ("one_slip",), ""),
    # handed_wrong_input (both tests): "your global_avg_pool_backward() is the correct code's own, yet it raises an
    # error here: it was handed `cache` from your global_avg_pool_forward(). The mistake is in what
    # global_avg_pool_forward() returns there ... the correct one returns the shape (2, 3, 4, 5) there".
    "qa7_gap_fwd_caches_spatial_size_only": ("right", ("handed_wrong_input",), ""),
    # named_offset: "yours is the expected - 0.5 * log(2 pi) (the Gaussian's normalizing constant): that constant term
    # is missing": D = 2, one of the two constants of each row missing (0.919 checked; as JUDGEMENT10's close call).
    "qa7_gaussian_nll_constant_once": ("right", ("named_offset",), ""),
    "qa7_gap_bwd_repeat_not_divided": ("named", (), ""),
    "qa7_res_bwd_dx_residual_branch_only": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # no diagnosis: only the error ("parameter_statistics() raised ValueError: setting an array element with a
    # sequence ...") and the shape comparison ("ratio: shape (10,) differs").
    "qa8_update_ratio_per_column_norms": (
        "nothing", (),
        "np.linalg.norm(..., axis=0) takes one norm per column: the ratio comes back as a vector of per-unit ratios "
        "(shape (10,)) where one number, the ratio of the Frobenius norms, is asked (and parameter_statistics cannot "
        "build its array from it); drop axis=0."),
    # no diagnosis: only NumPy's "could not broadcast input array from shape (2,10,10) into shape (2,12,12)".
    "qa8_crop_output_buffer_like_input": (
        "nothing", (),
        "out = np.empty_like(x) is shaped like the input, (N, C, H, W), where the crops are (N, C, size, size): a "
        "size x size window cannot be written into out[i] ((2, 10, 10) into (2, 12, 12)); allocate "
        "np.empty((N, C, size, size))."),
    # departure (both tests): "your loop at lines 174-185 ... after pass 1 they part: your `W` ...; your `b` differs
    # ... The lines of your loop that set them: line 184: `W -= lr * (Xtr[idx].T @ p) / len(idx)`, line 185: `b -= lr
    # * p.sum(axis=0) / len(idx)`": the lines with the second division.
    "qa8_train_step_divided_by_batch_twice": ("right", ("departure",), ""),
    # departure on the one-line body: "line 165: `return np.logspace(np.log(low), np.log(high), n)` ... differs from
    # the right value (by up to 0.00998): the mistake is in that line".
    "qa8_log_grid_natural_log_exponents_base_ten": ("right", ("departure",), ""),
    "qa8_flip_loop_np_flip_axis_one": ("named", (), ""),
    "qa8_warmup_ramp_from_zero": ("named", (), ""),
}
# Counts: named 14, right 23 (named or right 37/48 = 77%; not in the catalogue: right 22/32 = 69%; the 16
# catalogued: 14 named, qa6_cnn_labels_permuted_alone right by its diagnosis and
# qa6_cnn_optimizer_on_template_copy_trained misleading by its count), misleading 7, vague 0, nothing 4, wrong_name 0,
# check_message 0, not_caught 0. HOLDOUT26_CORRECT: all 7 earn full marks.

HOLDOUT26 = [replace(e, verdict=JUDGEMENT26[e.id][0], expected=frozenset(JUDGEMENT26[e.id][1]),
                     ideal=JUDGEMENT26[e.id][2]) if e.id in JUDGEMENT26 else e for e in HOLDOUT26]
