"""A thirty-ninth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit f700ce2 (JUDGED_ON39, JUDGEMENT39 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout39.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader
tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns full
marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT39 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT39_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

_A6_HEAD = '''
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
'''

HOLDOUT39: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qn1_mlp_inline_output_bias_missing", "a1_backprop", "two_layer_mlp_loss",
       "the net is written inline and the output layer is computed as h1 @ W2 without + b2: the scores (and so the "
       "loss and every gradient) are those of a net whose second bias is zero, though db2 is still returned; the "
       "scores are relu(X W1 + b1) W2 + b2", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    N = X.shape[0]
    Xf = X.reshape(N, -1)
    z1 = Xf @ W1 + b1
    h1 = np.maximum(z1, 0)
    scores = h1 @ W2          # output layer
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dW2 = h1.T @ dscores + reg * W2
    db2 = dscores.sum(axis=0)
    dh1 = dscores @ W2.T
    dz1 = dh1 * (z1 > 0)
    dW1 = Xf.T @ dz1 + reg * W1
    db1 = dz1.sum(axis=0)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    _e("qn1_logreg_weighted_rows_summed_without_axis", "a1_backprop", "logistic_regression_gradient",
       "each row x_i is weighted by its residual pi_i - y_i, but the weighted rows are summed with np.sum and no "
       "axis: one scalar, the sum over every row and feature, instead of the (D,) sum over the rows (axis=0), "
       "X^T (pi - y)", """
def logistic_regression_gradient(w, X, y):
    probs, _ = sigmoid_forward(X @ w)
    residual = probs - y
    # each row contributes residual_i * x_i
    return np.sum(X * residual[:, None])
"""),
    _e("qn1_tanh_bwd_sech_squared_of_cached_output", "a1_backprop", "tanh_backward",
       "the local derivative is written sech^2(x) = 1 / cosh(x)**2, but evaluated at the cache, which holds the "
       "output t = tanh(x), not x: dx = dout / cosh(t)**2 instead of dout * (1 - t**2)", """
def tanh_backward(dout, cache):
    # d/dx tanh(x) = sech^2(x) = 1 / cosh^2(x)
    return dout / np.cosh(cache) ** 2
"""),
    _e("qn1_affine_bwd_dw_from_column_reshape", "a1_backprop", "affine_backward",
       "x is reshaped straight to (D, N) with x.reshape(-1, N) to line it up with dout, instead of being flattened "
       "to (N, D) and transposed: the shape of dw is right but each column mixes the values of several examples, so "
       "dw = x_flat^T dout is wrong (dx and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_cols = x.reshape(-1, N)      # (D, N) so it lines up with dout (N, M)
    dw = x_cols @ dout
    dx = (dout @ w.T).reshape(x.shape)
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("qn1_relu_bwd_one_minus_negative_mask", "a1_backprop", "relu_backward",
       "the local derivative is built as 1 - (x < 0), 'one except where the input was negative': it is 1 where x is "
       "exactly 0, so the gradient passes there, where the derivative is to be taken as 0 (mask x > 0)", """
def relu_backward(dout, cache):
    x = cache
    negative = (x < 0)
    return dout * (1 - negative)
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("qn1_mlp_penalty_by_norm_grads_zipped_plain", "a1_backprop", "two_layer_mlp_loss",
       "the penalty 0.5 * reg * ||W||^2 of both weights is added to the loss (through np.linalg.norm), but the grads "
       "dict is zipped straight from the backward passes: dW1 and dW2 miss their L2 terms reg * W1 and reg * W2", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    penalty = sum(0.5 * reg * np.linalg.norm(params[k]) ** 2 for k in ("W1", "W2"))
    loss = data_loss + penalty
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    grads = dict(zip(("W1", "b1", "W2", "b2"), (dW1, db1, dW2, db2)))
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    # ------------------------------------------------------------------ a2_optim
    _e("qn2_adam_moments_share_one_zeros_array", "a2_optim", "adam",
       "m and v both default, through config.setdefault, to the same zeros array and are then updated in place "
       "(*=, +=): m and v are one array, so the first and second moments are mixed into each other at every step "
       "(m = beta1 m + ..., then the same array decayed by beta2 and given g**2)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    zeros = np.zeros_like(w, dtype=float)
    m = config.setdefault("m", zeros)
    v = config.setdefault("v", zeros)
    config["t"] = config.get("t", 0) + 1
    t = config["t"]
    g = _gradient(w, dw, config)
    b1, b2 = config["beta1"], config["beta2"]
    m *= b1
    m += (1 - b1) * g
    v *= b2
    v += (1 - b2) * g * g
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
"""),
    _e("qn2_newton_solve_arguments_swapped", "a2_optim", "newton_step",
       "np.linalg.solve is called as solve(grad, hessian), the right-hand side first: solve needs the square matrix "
       "first, solve(hessian, grad), so it raises LinAlgError on the 1-D gradient", """
def newton_step(w, grad, hessian):
    # solve H d = g for the Newton direction
    d = np.linalg.solve(grad, hessian)
    return w - d
"""),
    _e("qn2_noise_std_defaults_swapped", "a2_optim", "gradient_noise_std",
       "the signature's defaults are swapped, eta=0.55 and gamma=0.3 (the paper's values typed in the wrong "
       "order): a call that leaves them out gets the variance 0.55 / (1 + step)**0.3 instead of 0.3 / (1 + "
       "step)**0.55 (the formula right)", """
def gradient_noise_std(step, eta=0.55, gamma=0.3):
    variance = eta / (1.0 + step) ** gamma
    return math.sqrt(variance)
"""),
    _e("qn2_cosine_min_lr_read_as_fraction", "a2_optim", "cosine_lr",
       "min_lr is read as a fraction of base_lr (timm's lr-min ratio): the rate is base_lr * (min_lr + (1 - min_lr) "
       "(1 + cos(pi t)) / 2), which ends at base_lr * min_lr, instead of min_lr + (base_lr - min_lr) (1 + cos(pi t)) "
       "/ 2 ending at min_lr itself (right for min_lr = 0)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    # min_lr is the floor as a fraction of the base rate
    progress = step / total_steps
    factor = min_lr + (1 - min_lr) * 0.5 * (1 + math.cos(math.pi * progress))
    return base_lr * factor
"""),
    _e("qn2_step_lr_bisect_milestones_at_block_end", "a2_optim", "step_lr",
       "the decays are counted with bisect over milestones put at the last step of each block, step_size - 1, "
       "2 step_size - 1, ...: the rate drops at step step_size - 1 instead of step_size, one step early ((step + 1) "
       "// step_size decays instead of step // step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    import bisect
    # the rate drops at the end of every block of step_size steps
    milestones = list(range(step_size - 1, step + step_size, step_size))
    n_drops = bisect.bisect_right(milestones, step)
    return base_lr * gamma ** n_drops
""", catalogued="step_lr_off_by_one"),
    _e("qn2_minibatch_rng_recreated_every_epoch", "a2_optim", "minibatch_sgd",
       "np.random.default_rng(seed) is created inside the epoch loop ('reproducible shuffling'): every epoch draws "
       "the same first permutation, so the rows are visited in the same order each epoch instead of a new order per "
       "epoch from one generator", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    w = np.array(w0, dtype=float)
    n = len(X)
    history = []
    for epoch in range(epochs):
        rng = np.random.default_rng(seed)   # reproducible shuffling
        order = rng.permutation(n)
        for s in range(0, n, batch_size):
            batch = order[s:s + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[batch], y[batch])
            history.append(w.copy())
    return np.array(history)
""", catalogued="shuffled_once"),
    # ------------------------------------------------------------------ a3_conv
    _e("qn3_param_count_pair_kernel_first_side_squared", "a3_conv", "conv_param_count",
       "a (kh, kw) kernel is reduced to its first entry, k = kernel_size[0], and squared: a rectangular kernel is "
       "counted as kh x kh instead of kh x kw (int kernels and square pairs right)", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    weights = out_channels * (in_channels // groups) * k * k
    return weights + (out_channels if bias else 0)
"""),
    _e("qn3_avg_pool_fwd_grid_from_size_over_stride", "a3_conv", "avg_pool_forward",
       "the output grid is sized H // stride by W // stride instead of 1 + (H - pool_height) // stride (and likewise "
       "for W): with overlapping or non-tiling windows extra rows and columns of truncated windows (running past the "
       "input) are averaged and kept", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = H // s, W // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = np.mean(x[:, :, i * s:i * s + ph, j * s:j * s + pw], axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("qn3_receptive_field_top_down_recursion_run_bottom_up", "a3_conv", "receptive_field",
       "the top-down recursion r = (r - 1) * s + d (k - 1) + 1 (from the last layer back to the input) is run over "
       "the layers in their forward order, first layer first: each stride multiplies the field of the layers above "
       "it instead of below, so stacks with strides get the wrong field (iterate reversed(layers), or grow r by "
       "d (k - 1) times the product of the earlier strides)", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    r = 1
    # r_in = (r_out - 1) * stride + dilation * (k - 1) + 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r = (r - 1) * s + d * (k - 1) + 1
    return r
"""),
    _e("qn3_conv_bwd_naive_dw_assigned_per_position", "a3_conv", "conv_backward_naive",
       "each output position's contribution to dw[f] (the window contracted with dout over the batch) is assigned, "
       "dw[f] = ..., instead of added: dw[f] keeps only the last position's term instead of the sum over every output "
       "position (dx and db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for f in range(F):
        db[f] = dout[:, f].sum()
        for i in range(Ho):
            for j in range(Wo):
                hs, ws = i * stride, j * stride
                patch = xp[:, :, hs:hs + HH, ws:ws + WW]          # (N, C, HH, WW)
                g = dout[:, f, i, j]                              # (N,)
                dw[f] = np.tensordot(g, patch, axes=(0, 0))       # sum over the batch
                dxp[:, :, hs:hs + HH, ws:ws + WW] += g[:, None, None, None] * w[f]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qn3_avg_pool_bwd_broadcast_whole_gradient", "a3_conv", "avg_pool_backward",
       "each window's upstream gradient is broadcast whole (np.broadcast_to) onto its ph x pw inputs: the division "
       "by the window's area ph * pw that the forward mean applies is missing, so every input gets ph * pw times "
       "its share", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    for i in range(Ho):
        for j in range(Wo):
            g = dout[:, :, i, j][:, :, None, None]
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += np.broadcast_to(g, (N, C, ph, pw))
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    _e("qn3_maxpool_bwd_equal_share_per_window", "a3_conv", "max_pool_backward",
       "each window's gradient is 'routed back to its inputs' as an equal share dout / (ph * pw) to every position "
       "of the window (average pooling's backward), instead of going whole to the window's maximum", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    share = 1.0 / (ph * pw)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    # route the window's gradient back to its inputs
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += share * dout[n, c, i, j]
    return dx
""", catalogued="max_pool_gradient_spread"),
    # ------------------------------------------------------------------ a4_init
    _e("qn4_xavier_normal_std_passed_as_loc", "a4_init", "xavier_normal",
       "the std is passed as the first positional argument of rng.normal, which is loc (the mean): the draws are "
       "N(std, 1) instead of N(0, std**2); pass it as scale, rng.normal(0.0, std, size=shape)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    return rng.normal(std, size=shape)
"""),
    _e("qn4_activation_stats_nonlinearity_before_product", "a4_init", "activation_statistics",
       "each layer is written h = act(h) @ W, the nonlinearity applied to the layer's input before the product: the "
       "first layer activates X itself and the statistics recorded are those of the linear outputs, instead of "
       "h = act(h @ W) measured after the activation", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)), "tanh": np.tanh,
         "relu": lambda a: np.maximum(a, 0.0), "linear": lambda a: a}[activation]
    means, variances = [], []
    h = X
    for W in weights:
        h = f(h) @ W           # nonlinearity, then the next layer's weights
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("qn4_he_normal_flat_vector_of_draws", "a4_init", "he_normal",
       "the draws are made with size=prod(shape), a flat vector of the right number of values, which is never "
       "reshaped: the weights come back with shape (prod(shape),) instead of the shape asked for", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape))
    return rng.normal(0.0, he_std(shape), size=n)
"""),
    _e("qn4_activation_stats_one_column_stacked_array", "a4_init", "activation_statistics",
       "the statistics are right but returned as one (L, 2) array, np.column_stack([means, variances]), instead of "
       "the pair of (L,) arrays (means, variances) the docstring asks for", """
def activation_statistics(X, weights, activation):
    if activation == "sigmoid":
        act = lambda z: 1 / (1 + np.exp(-z))
    elif activation == "tanh":
        act = np.tanh
    elif activation == "relu":
        act = lambda z: np.where(z > 0, z, 0.0)
    else:
        act = lambda z: z
    rows = []
    h = X
    for W in weights:
        h = act(h @ W)
        rows.append((h.mean(), h.var()))
    return np.column_stack([[m for m, _ in rows], [v for _, v in rows]])
"""),
    _e("qn4_xavier_uniform_unit_interval_scaled_by_std", "a4_init", "xavier_uniform",
       "the draws are 2 * rng.random(shape) - 1, uniform on [-1, 1), scaled by xavier_std: U(-std, std), whose std "
       "is std / sqrt(3); the bound must be sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    unit = 2.0 * rng.random(shape) - 1.0      # uniform on [-1, 1)
    return xavier_std(shape, mode, gain) * unit
""", catalogued="uniform_bound_is_std"),
    _e("qn4_he_normal_generator_without_seed", "a4_init", "he_normal",
       "the generator is created with np.random.default_rng() and no argument, fresh OS entropy: the seed is never "
       "used, so the same seed gives other weights; make it with default_rng(seed)", """
def he_normal(shape, seed):
    rng = np.random.default_rng()      # fresh generator
    return rng.normal(loc=0.0, scale=he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    # ------------------------------------------------------------------ a5_normalization
    _e("qn5_dropout_one_keep_decision_per_feature", "a5_normalization", "dropout_forward",
       "the keep decisions are drawn with shape x.shape[1:], one per feature, and broadcast over the batch: every "
       "example drops the same units, instead of an independent decision per element (rng.random(x.shape))", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape[1:]) < p        # one keep decision per unit
    mask = keep / p
    return x * mask, mask
"""),
    _e("qn5_spatial_bn_bwd_param_grads_averaged_over_pixels", "a5_normalization", "spatial_batchnorm_backward",
       "dgamma and dbeta from the (N * H * W, C) batch are divided by H * W ('one gamma is shared by the H * W "
       "positions: average them'): a parameter shared over positions gets the sum of their gradients, so both are "
       "H * W times too small (dx right)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    d2 = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dx2, dgamma, dbeta = batchnorm_backward_alt(d2, cache)
    dx = dx2.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    # one gamma per channel is shared by its H * W positions: average them
    return dx, dgamma / (H * W), dbeta / (H * W)
"""),
    _e("qn5_layernorm_variance_as_uncentred_second_moment", "a5_normalization", "layernorm_forward",
       "each row's 'variance' is mean(x**2), the second moment of the uncentred row: the squared mean is never "
       "subtracted (var = mean((x - mu)**2)), so rows with a non-zero mean are divided by too large a std", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.mean(x, axis=1, keepdims=True)
    var = np.mean(x ** 2, axis=1, keepdims=True)     # variance of the row
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("qn5_groupnorm_bwd_gamma_not_broadcast_per_channel", "a5_normalization", "groupnorm_backward",
       "dx_hat = dout * gamma multiplies the (N, C, H, W) gradient by the (C,) gamma as it is: NumPy lines gamma up "
       "with the last axis (the width), not the channels, which raises (or scales the wrong axis when W == C); "
       "gamma must be reshaped to (1, C, 1, 1) (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dbeta = np.sum(dout, axis=(0, 2, 3))
    dgamma = np.sum(dout * x_hat, axis=(0, 2, 3))
    dx_hat = dout * gamma          # scale by the per-channel gamma
    g = dx_hat.reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = g.shape[-1]
    dx = inv_std / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qn5_bn_inverse_of_std_plus_eps", "a5_normalization", "batchnorm_forward",
       "batch norm is written with the batch standard deviation x.std(axis=0) and inv_std = 1 / (std + eps): eps is "
       "added to the std instead of inside the square root, 1 / sqrt(var + eps), which matters for features of tiny "
       "variance", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    rm = bn_param.get("running_mean", np.zeros(D))
    rv = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu = x.mean(axis=0)
        sd = x.std(axis=0)
        inv_std = 1.0 / (sd + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        n = x.shape[0]
        bn_param["running_mean"] = momentum * rm + (1 - momentum) * mu
        bn_param["running_var"] = momentum * rv + (1 - momentum) * sd ** 2 * n / (n - 1)
        return out, (x_hat, gamma, inv_std)
    if mode == "test":
        out = gamma * (x - rm) / np.sqrt(rv + eps) + beta
        bn_param["running_mean"], bn_param["running_var"] = rm, rv
        return out, None
    raise ValueError(f"unknown mode {mode}")
""", catalogued="bn_eps_outside_sqrt"),
    _e("qn5_layernorm_column_statistics", "a5_normalization", "layernorm_forward",
       "the mean and variance are taken with axis=0, over the batch for each feature (batch norm's statistics), "
       "instead of over each row's features (axis=1, keepdims=True)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mean = np.mean(x, axis=0)
    var = np.var(x, axis=0)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    # ------------------------------------------------------------------ a6_cnn
    _e("qn6_one_hot_int64_targets", "a6_cnn", "train_and_predict",
       "the labels are one-hot encoded with nn.functional.one_hot (an int64 (N, classes) tensor) and passed to "
       "cross_entropy: an integer target is read as class indices and must have shape (B,), so the loss raises; "
       "pass y[idx] itself (or a float one-hot)", _A6_HEAD + """
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    Y = nn.functional.one_hot(torch.tensor(y_train, device=device), n_classes)   # one-hot targets
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(Y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), Y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qn6_first_batchnorm_sized_by_input_channels", "a6_cnn", "train_and_predict",
       "copy-paste slip in the first block: nn.BatchNorm2d(channels), the input's channel count, follows "
       "nn.Conv2d(channels, 16, ...), whose output has 16 channels: the first forward pass raises (running_mean "
       "should contain 16 elements); it must be nn.BatchNorm2d(16)", _A6_HEAD + """
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(channels), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
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
    _e("qn6_training_images_cast_to_half", "a6_cnn", "train_and_predict",
       "the training tensor is cast to float16 with .half() ('half the memory') while the model's weights stay "
       "float32: the first convolution raises (input type Half and bias type Float differ); keep the inputs in the "
       "model's dtype", _A6_HEAD + """
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device).half()     # save memory
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
    _e("qn6_batch_order_generator_seeded_from_clock", "a6_cnn", "train_and_predict",
       "the batch-order generator is seeded with int(time.time()) ('a fresh order each run') instead of seed: two "
       "runs with the same seed shuffle differently, so the same seed does not give the same logits", _A6_HEAD + """
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
    g = torch.Generator().manual_seed(int(time.time()))     # a fresh batch order each run
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
    _e("qn6_labels_sorted_for_stratified_order", "a6_cnn", "train_and_predict",
       "the label tensor is sorted on its own, torch.sort(y).values ('a stratified order'), while the images keep "
       "their order: the labels no longer belong to their images, so the network learns nothing (sort X and y "
       "with the same permutation, or not at all)", _A6_HEAD + """
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.sort(torch.tensor(y_train, device=device)).values   # stratified order
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
""", catalogued="labels_shuffled"),
    _e("qn6_linear_decay_lambda_floor_division", "a6_cnn", "train_and_predict",
       "the linear decay is written LambdaLR(lambda step: (total - step) // total) with floor division: the factor "
       "is 1 at step 0 and 0 from step 1 on, so only the first batch moves the weights and the model stays "
       "essentially untrained; use true division, (total - step) / total", _A6_HEAD + """
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    total = epochs * ((len(y) + batch - 1) // batch)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: (total - step) // total)   # linear decay to 0
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
""", catalogued="untrained_model"),
    # ------------------------------------------------------------------ a7_architectures
    _e("qn7_saliency_class_rows_of_w2", "a7_architectures", "saliency_map",
       "the gradient of score y[n] with respect to the hidden units is taken as W2[y], rows of W2 (H, K) indexed by "
       "the class, instead of the class columns W2[:, y].T: an (N, K) array that does not line up with the (N, H) "
       "ReLU mask (raises when H != K, wrong values otherwise)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    flat = x.reshape(N, -1)
    pre = flat @ params["W1"] + params["b1"]
    # d score_y / d hidden = the weights of class y
    dhidden = params["W2"][y] * (pre > 0)
    dflat = dhidden @ params["W1"].T
    return np.abs(dflat.reshape(x.shape)).max(axis=1)
"""),
    _e("qn7_gaussian_nll_log_std_term_not_averaged", "a7_architectures", "gaussian_nll",
       "the loss is assembled term by term and the log_std term is np.sum(log_std) over the whole batch, never "
       "divided by N, while the squared term is averaged over the rows (np.mean of the row sums): the loss counts "
       "the normalizer N times (the gradients right)", """
def gaussian_nll(y, mu, log_std):
    N, D = y.shape
    var = np.exp(2 * log_std)
    r = y - mu
    nll_const = 0.5 * math.log(2 * math.pi) * D
    loss = nll_const + np.sum(log_std) + np.mean(np.sum(0.5 * r ** 2 / var, axis=1))
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
"""),
    _e("qn7_cam_of_predicted_class", "a7_architectures", "class_activation_map",
       "the classes argument is ignored: each map is the CAM of the class the network predicts, the argmax of the "
       "pooled features times W, instead of the class given in classes[n]", """
def class_activation_map(features, W, classes):
    pooled = features.mean(axis=(2, 3))          # (N, C)
    predicted = np.argmax(pooled @ W, axis=1)    # the class the network picks
    w = W[:, predicted].T                        # (N, C)
    return np.einsum("nc,nchw->nhw", w, features)
"""),
    _e("qn7_mdn_logsumexp_shift_not_added_back", "a7_architectures", "mdn_nll",
       "the log-sum-exp over the components subtracts the row maximum but never adds it back: log_p = "
       "log(sum(exp(terms - top))) instead of top + log(sum(exp(terms - top))), so the loss is off by each row's "
       "largest term (and the responsibilities exp(terms - log_p) do not sum to 1)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = np.log(np.exp(terms - top).sum(axis=1, keepdims=True))   # stable log-sum-exp
    loss = -np.mean(log_p)
    resp = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qn7_resblock_bwd_dx_residual_branch_only", "a7_architectures", "residual_block_backward",
       "dx is taken through the residual branch only, da1 @ W1^T: the shortcut's gradient (dz for the identity, "
       "dz @ Ws^T for a projection, whose Ws and bs gradients are computed) is never added to it", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = np.where(a1 > 0, dh, 0.0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(0)
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(0)
    dx = da1 @ params["W1"].T      # gradient through the residual branch
    return dx, grads
""", catalogued="shortcut_gradient_forgotten"),
    _e("qn7_mdn_raw_logits_in_component_terms", "a7_architectures", "mdn_nll",
       "the raw logits are added to each component's log-density as if they were log mixing weights: log pi is "
       "logits - logsumexp(logits), so the mixture's weights do not sum to 1 (dlogits = -resp / N follows the same "
       "reading)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_comp = logits - log_std - 0.5 * np.log(2 * np.pi) - 0.5 * z * z   # log(pi_k N_k)
    m = log_comp.max(axis=1, keepdims=True)
    log_lik = m + np.log(np.sum(np.exp(log_comp - m), axis=1, keepdims=True))
    loss = -np.mean(log_lik)
    resp = np.exp(log_comp - log_lik)
    dlogits = -resp / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_logits_used_as_log_weights"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qn8_warmup_factor_times_cosine_from_step_zero", "a8_pipeline", "warmup_cosine_lr",
       "the schedule is written as a warm-up factor min(1, (step + 1) / warmup_steps) multiplied into a cosine "
       "counted from step 0 over total_steps: after the warm-up the cosine has already decayed and it never starts "
       "at base_lr, where the cosine's progress must start at the end of the warm-up, t = (step - warmup_steps) / "
       "(total_steps - warmup_steps)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    warm = min(1.0, (step + 1) / warmup_steps)
    cos = min_lr + (base_lr - min_lr) * 0.5 * (1 + math.cos(math.pi * step / total_steps))
    return warm * cos
"""),
    _e("qn8_log_grid_ratio_powers_over_n", "a8_pipeline", "log_grid",
       "the grid is low * (high / low) ** (k / n) for k = 0 .. n - 1: the exponents are divided by n instead of "
       "n - 1, so the grid stops one ratio short of high (high is never included)", """
def log_grid(low, high, n):
    ratio = high / low
    return low * ratio ** (np.arange(n) / n)
"""),
    _e("qn8_early_stopping_best_lowered_by_small_decreases", "a8_pipeline", "early_stopping",
       "every decrease of the loss lowers `best` (and moves best_epoch), and only the patience reset looks at "
       "min_delta: a run of decreases smaller than min_delta keeps moving the reference down and the restored "
       "epoch with it, where an epoch improves (and becomes the best) only when it beats best - min_delta", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = float("inf"), 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best:
            wait = 0 if best - loss > min_delta else wait + 1
            best, best_epoch = loss, epoch
        else:
            wait += 1
        if wait >= patience:
            return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("qn8_random_flip_empty_canvas", "a8_pipeline", "random_flip",
       "the output is allocated with np.empty_like(x) and only the mirrored images are written into it: the images "
       "that are not flipped are left as uninitialized memory instead of copies of x (start from x.copy())", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.random(len(x)) < p
    out = np.empty_like(x)
    out[flip] = x[flip][:, :, :, ::-1]
    return out
"""),
    _e("qn8_patience_counted_from_best_epoch", "a8_pipeline", "early_stopping",
       "the wait is counted as epoch - best_epoch and training stops when it exceeds patience: that is after "
       "patience + 1 epochs without improvement, one epoch late (stop when it reaches patience)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = float("inf")
    best_epoch = 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
        elif epoch - best_epoch > patience:
            return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="patience_off_by_one"),
    _e("qn8_pooled_statistics_from_split_sums", "a8_pipeline", "normalize_splits",
       "the mean and std are pooled over both splits (from their per-pixel sums and squared deviations over N + M "
       "images): the test split leaks into the statistics, which must come from the training split only", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    n, m = len(X_train), len(X_test)
    mean = (X_train.sum(axis=0) + X_test.sum(axis=0)) / (n + m)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    sq = ((X_train - mean) ** 2).sum(axis=0) + ((X_test - mean) ** 2).sum(axis=0)
    std = np.sqrt(sq / (n + m)) + eps
    return (X_train - mean) / std, (X_test - mean) / std
""", catalogued="normalize_with_all_data_statistics"),
]

HOLDOUT39_CORRECT: list[Entry] = [
    _e("qnk_correct_a1_tanh_bwd_expanded_product", "a1_backprop", "tanh_backward",
       "correct: dout * (1 - t**2) expanded as dout - dout * t * t", """
def tanh_backward(dout, cache):
    t = cache
    return dout - dout * t * t
"""),
    _e("qnk_correct_a2_rmsprop_weighted_average", "a2_optim", "rmsprop",
       "correct: the moving average of the squared gradient written as np.average of the old cache and g**2 with "
       "weights (decay_rate, 1 - decay_rate)", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    old = config.get("cache", np.zeros_like(g))
    cache = np.average(np.stack([old, g * g]), axis=0, weights=[rho, 1 - rho])
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config
"""),
    _e("qnk_correct_a3_receptive_field_top_down", "a3_conv", "receptive_field",
       "correct: the field computed from the last layer back to the input, r = (r - 1) * s + d (k - 1) + 1 over the "
       "layers in reverse order", """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or [1] * len(kernel_sizes)
    r = 1
    for k, s, d in reversed(list(zip(kernel_sizes, strides, dilations))):
        r = (r - 1) * s + d * (k - 1) + 1
    return r
"""),
    _e("qnk_correct_a4_fans_star_unpacking", "a4_init", "compute_fans",
       "correct: the shape unpacked as out, in, *kernel (a linear (D, M) weight handled first), the kernel's size "
       "a math.prod of the remaining axes", """
def compute_fans(shape):
    if len(shape) == 2:
        d_in, d_out = shape
        return d_in, d_out
    out_ch, in_ch, *kernel = shape
    area = math.prod(kernel)
    return in_ch * area, out_ch * area
"""),
    _e("qnk_correct_a5_layernorm_einsum_moments", "a5_normalization", "layernorm_forward",
       "correct: each row's mean and biased variance written with einsum sums over the features, divided by D", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    D = x.shape[1]
    mu = np.einsum("nd->n", x)[:, None] / D
    xc = x - mu
    var = np.einsum("nd,nd->n", xc, xc)[:, None] / D
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = xc * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("qnk_correct_a7_cam_einsum_class_columns", "a7_architectures", "class_activation_map",
       "correct: the class columns W[:, classes] (C, N) contracted with the features by one einsum 'cn,nchw->nhw'", """
def class_activation_map(features, W, classes):
    return np.einsum("cn,nchw->nhw", W[:, classes], features)
"""),
    _e("qnk_correct_a8_log_grid_ratio_powers", "a8_pipeline", "log_grid",
       "correct: low times the ratio high / low raised to n evenly spaced exponents from 0 to 1", """
def log_grid(low, high, n):
    return low * (high / low) ** np.linspace(0.0, 1.0, n)
"""),
]

JUDGED_ON39 = "2026-12-06 on commit f700ce2"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout39 on commit f700ce2 (JUDGED_ON39), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 and 37 (and the earlier ones): a diagnosis with a false statement anywhere is
# misleading (a wrong number included), and so is one whose observation is true but whose explanation names only
# mechanisms that are not there (a coincidence of values included); a departure naming the line with the mistake is
# right, and so is the exact line of a one- or two-line function, and a range of a few lines with the mistake in it
# (as qj5_bn_bwd_dvar_from_recomputed_std_without_eps in JUDGEMENT35); a loop departure without a statement is right
# only when the loop is small and the mistake clearly in it; a one_slip stated in the correct code's text that is the
# student's arithmetic written another way is right; a generic hedge (end_block's "if these are steps ... if they
# are rows ...") beside a right diagnosis is tolerated; checklists that list the cause among many are vague, but one
# of few causes, the entry's among them, is tolerated (zero_pattern's "... or = where contributions must add up with
# +=" for an assignment that overwrites); a catalogued entry whose name is not given is judged by its diagnoses; an
# error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing); where
# only the grader test's own message names the cause the verdict is check_message. Decided here: a departure on the
# signature saying "this call leaves `eta` to its default, and your default is 0.55 ... where the correct code's is
# 0.3: with eta = 0.3 your function returns the expected lr #2" where both defaults are swapped (gamma 0.3 where
# 0.55) is false beyond step 0, where (1 + step) ** gamma is 1 whatever gamma (eta = 0.3 alone gives 0.494 where
# 0.453 at step 1): misleading (a close call, the line named holding the mistake); a departure of the form "line 236
# ... computes `progress`, a value the correct code never computes, and from there to what you return your values
# are your own ...: the mistake is in lines 236-238" over a whole three-line body, the mistake on its middle line and
# nothing declared agreeing that is not, is right (a close call: it says little more than that the function is
# wrong; the same for the two-line log_grid); torch_error's "the labels given to the loss are not int64:
# cross-entropy wants class indices as torch.long" where the labels are int64 one-hot rows (B, classes), read by
# cross_entropy as class probabilities that must be float, is false: misleading; kept_state's "it draws random
# numbers without the seed it is given (a generator made without it ...)" where the generator is seeded right and
# the values that change between calls are np.empty_like's uninitialized memory names only a mechanism that is not
# there: misleading; learning_rate_collapsed's "the learning rate fell from 0.003 to 0 by step 2 of 300 ...: a
# scheduler meant to decay it every few epochs is stepped every batch ..., or its decay is too strong" for a
# LambdaLR whose floor-divided factor is 0 from step 1 on states the collapse to 0 at the scheduler, the second of its
# two guesses broadly true: right (a close call, as qb6_warmup_lambda_floor_division in JUDGEMENT27);
# qn8_warmup_factor_times_cosine_from_step_zero is not marked catalogued though its cosine counted from step 0 is the
# catalogue's cosine_ignores_warmup (the warm-up factor multiplied into it besides): judged by its diagnosis, as set.
JUDGEMENT39: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (scores): "`scores`, set by line 221: `scores = h1 @ W2`. What that line reads (W2, h1) agrees with the
    # correct code; your `scores` differs from the right value (by up to 0.221) ...: the mistake is in that line";
    # as_if (both other tests): "yours is what the correct two_layer_mlp_loss() returns if params['b2'] were all
    # zeros: your code reads params['b2'], yet its values are those the correct code gives with params['b2'] set so".
    "qn1_mlp_inline_output_bias_missing": ("right", ("departure", "as_if"), ""),
    # over_reduced: "yours is the sum over axis 0 of the expected (shape () for (3,)): keep that axis, no sum there"
    # (the expected is X^T (pi - y), unscaled: the scalar is its sum, true).
    "qn1_logreg_weighted_rows_summed_without_axis": ("right", ("over_reduced",), ""),
    # local_derivative: "yours divided by dout is 1 - tanh(cache)**2 at every entry, the expected is 1 - cache**2: the
    # local derivative is written wrong" (1 / cosh(t)**2 = 1 - tanh(t)**2: true, the cache read as the input).
    "qn1_tanh_bwd_sech_squared_of_cached_output": ("right", ("local_derivative",), ""),
    # departure (three tests): "`x_cols`, set by line 218: `x_cols = x.reshape(-1, N)` ... your `x_cols` holds the
    # right values in another order (a reshape or transpose in the wrong order?) ...: the mistake is in that line".
    "qn1_affine_bwd_dw_from_column_reshape": ("right", ("departure",), ""),
    "qn1_relu_bwd_one_minus_negative_mask": ("named", (), ""),
    "qn1_mlp_penalty_by_norm_grads_zipped_plain": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # shared_container (four tests): "`m = config.setdefault("m", zeros)` and `v = config.setdefault("v", zeros)` give
    # `m` and `v` one and the same array, `zeros` (line 240 ...) ... Make one array for each"; non_finite beside it
    # lists "the square root of a negative number" among its causes (true: the shared array takes b2 (1 - b1) g + ...,
    # negative where g is).
    "qn2_adam_moments_share_one_zeros_array": ("right", ("shared_container",), ""),
    # departure: "line 236: `d = np.linalg.solve(grad, hessian)` raises the error ...; `grad` has shape (5,); `hessian`
    # has shape (5, 5): the mistake is in that line".
    "qn2_newton_solve_arguments_swapped": ("right", ("departure",), ""),
    # departure (default settings): "this call leaves `eta` to its default, and your default is 0.55 (line 234: `def
    # gradient_noise_std(step, eta=0.55, gamma=0.3):`) where the correct code's is 0.3: with eta = 0.3 your function
    # returns the expected lr #2. The mistake is the default in that line": gamma's default is swapped too; eta = 0.3
    # alone fits step 0 only (0.494 where 0.453 at step 1).
    "qn2_noise_std_defaults_swapped": (
        "misleading", (),
        "the two defaults are swapped, eta=0.55 and gamma=0.3 where eta=0.3 and gamma=0.55 are asked: a call that "
        "leaves them out gets sqrt(0.55 / (1 + step) ** 0.3) (0.742 where 0.548 at step 0, 0.668 where 0.453 at step "
        "1); swap them back (the formula is right)."),
    # departure: "line 236: `progress = step / total_steps` computes `progress`, a value the correct code never
    # computes, and from there to what you return your values are your own, up to line 238 ...: the mistake is in
    # lines 236-238: check how they compute what your function returns against the formula asked": the whole
    # three-line body, the factor of line 237 in it (a close call).
    "qn2_cosine_min_lr_read_as_fraction": ("right", ("departure",), ""),
    "qn2_step_lr_bisect_milestones_at_block_end": ("named", (), ""),
    "qn2_minibatch_rng_recreated_every_epoch": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # one_slip: "yours is what the correct code gives with one slip in conv_param_count(): `kh` where `kw` is meant
    # (the wrong variable)": k * k with k = kernel_size[0], the student's kh * kh.
    "qn3_param_count_pair_kernel_first_side_squared": ("right", ("one_slip",), ""),
    # departure (both tests): "`Ho`, set by line 284: `Ho, Wo = H // s, W // s` ... your `Ho` is 6 where 4 is right
    # ...: the mistake is in that line" (4 where 3 on the non-tiling test).
    "qn3_avg_pool_fwd_grid_from_size_over_stride": ("right", ("departure",), ""),
    # departure: "the loop at lines 286-287 (`for k, s, d in zip(kernel_sizes, strides, dilations):`) leaves `r`
    # holding values the correct code never computes ...; your `r` is 13 where 19 is right ...: the mistake is in that
    # loop, or in what `dilations` holds": the two-line loop, its order the mistake (13 and 19 checked).
    "qn3_receptive_field_top_down_recursion_run_bottom_up": ("right", ("departure",), ""),
    # zero_pattern (both tests): "yours is 0 at 60 of 108 entries where the expected is not: nothing reaches them,
    # what reached them was overwritten (a mask ..., a loop or window ..., or = where contributions must add up with
    # +=), or a floor division" (the last window's padded row and column: 5 of 9 taps, true); the departure beside it
    # names the function's only loop (`for f in range(F):`).
    "qn3_conv_bwd_naive_dw_assigned_per_position": ("right", ("zero_pattern", "departure"), ""),
    "qn3_avg_pool_bwd_broadcast_whole_gradient": ("named", (), ""),
    "qn3_maxpool_bwd_equal_share_per_window": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # departure (three tests): "line 93: `return rng.normal(std, size=shape)`. What that line reads (shape, std) agrees
    # with the correct code; what it returns differs from the right value (by up to 4.58): the mistake is in that
    # line" (4.58 checked, seed 11).
    "qn4_xavier_normal_std_passed_as_loc": ("right", ("departure",), ""),
    # loop departure (both tests): "... On its first pass, line 96: `h = f(h) @ W` is the first to compute a value the
    # correct code never computes, though what it reads then (W, h) agrees: look there first".
    "qn4_activation_stats_nonlinearity_before_product": ("right", ("departure",), ""),
    # reshaped: "your values are right but in shape (5760,); reshape them to (40, 16, 3, 3)" (the same stream: true).
    "qn4_he_normal_flat_vector_of_draws": ("right", ("reshaped",), ""),
    # values_returned: "your function returns one value (an array of shape (6, 2)) where 2 are asked: (np.array(means),
    # np.array(variances)). Return all of them, in that order".
    "qn4_activation_stats_one_column_stacked_array": ("right", ("values_returned",), ""),
    "qn4_xavier_uniform_unit_interval_scaled_by_std": ("named", (), ""),
    "qn4_he_normal_generator_without_seed": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # no diagnosis; the check's message: "along axes (0,) of the input your mask never changes: one mask shared by
    # every example of the batch: draw it for x.shape, not x.shape[1:]".
    "qn5_dropout_one_keep_decision_per_feature": (
        "check_message", (),
        "keep = rng.random(x.shape[1:]) < p draws one keep decision per feature and broadcasts it over the batch: "
        "every example drops the same units; draw rng.random(x.shape) < p, one decision per element."),
    # scaled: "every entry is 1/H*W of the expected (H*W=20, the number of positions of a feature map): a factor H*W
    # is missing, or a division by H*W is extra".
    "qn5_spatial_bn_bwd_param_grads_averaged_over_pixels": ("right", ("scaled",), ""),
    # departure: "`var`, set by line 220: `var = np.mean(x ** 2, axis=1, keepdims=True)` ... differs from the right
    # value (by up to 1.04) ...: the mistake is in that line".
    "qn5_layernorm_variance_as_uncentred_second_moment": ("right", ("departure",), ""),
    # departure: "line 222: `dx_hat = dout * gamma` raises the error ...; `dout` has shape (2, 6, 3, 3); `gamma` has
    # shape (6,): the mistake is in that line"; shape_error: "(6,) meets the last axis of (2, 6, 3, 3) ...: give it
    # the shape (6, 1, 1) (`[:, None, None]` ...)".
    "qn5_groupnorm_bwd_gamma_not_broadcast_per_channel": ("right", ("departure", "shape_error"), ""),
    "qn5_bn_inverse_of_std_plus_eps": ("named", (), ""),
    "qn5_layernorm_column_statistics": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # torch_error (every test): "the labels given to the loss are not int64: cross-entropy wants class indices as
    # torch.long (torch.tensor(y, dtype=torch.long))": false, one_hot gives int64; the (B, classes) target is read as
    # class probabilities, which must be float (torch: "Expected floating point type for target with class
    # probabilities, got Long").
    "qn6_one_hot_int64_targets": (
        "misleading", (),
        "nn.functional.one_hot makes (B, classes) int64 targets: cross_entropy reads a target shaped like the logits "
        "as class probabilities, which must be float, and raises; pass the class indices y[idx] themselves (int64, "
        "shape (B,)), or Y[idx].float()."),
    # torch_error (every test): "a batch norm built for 1 channels (num_features=1) got input with 16: build it for the
    # channels of the layer before it (16: that convolution's out_channels ...)" (3 on the shapes).
    "qn6_first_batchnorm_sized_by_input_channels": ("right", ("torch_error",), ""),
    # no diagnosis: only torch's "Input type (c10::Half) and bias type (float) should be the same".
    "qn6_training_images_cast_to_half": (
        "nothing", (),
        "X = torch.tensor(X_train).half() casts the training images to float16 while the model's weights stay "
        "float32: the first convolution raises (Half input, Float bias); keep the inputs float32 (drop .half())."),
    # kept_state: "your train_and_predict() returns other values each time it is called again with the same
    # arguments, the same seed included ...: it draws random numbers without the seed it is given (a generator made
    # without it, ...)": the batch-order generator seeded from the clock.
    "qn6_batch_order_generator_seeded_from_clock": ("right", ("kept_state",), ""),
    # catalogued labels_shuffled, not named; labels_not_images on the digits: "the training loss fell only from 2.35
    # to 2.07 over 300 steps ..., and the model predicts 200 of its own training images ... no better than guessing
    # ...: what it learned from its batches is not the labels of their images. X and y are shuffled or indexed apart";
    # loss_flat on the shapes (the first of its three guesses, the cause).
    "qn6_labels_sorted_for_stratified_order": ("right", ("labels_not_images", "loss_flat"), ""),
    # catalogued untrained_model, not named; learning_rate_collapsed (every test): "the learning rate fell from 0.003
    # to 0 by step 2 of 300 ...: the model stopped learning almost at once. A scheduler meant to decay it every few
    # epochs is stepped every batch ..., or its decay is too strong": the factor (total - step) // total is 0 from
    # step 1 (a close call, see above).
    "qn6_linear_decay_lambda_floor_division": ("right", ("learning_rate_collapsed",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (four tests): "line 180: `dhidden = params["W2"][y] * (pre > 0)` raises the error (at
    # `params["W2"][y] * (pre > 0)`) ...; `pre` has shape (3, 12); `y` has shape (3,): the mistake is in that line";
    # shape_error beside it explains NumPy's mismatch ((3, 4) against (3, 12)).
    "qn7_saliency_class_rows_of_w2": ("right", ("departure", "shape_error"), ""),
    # departure (both tests): "`loss`, set by line 180: `loss = nll_const + np.sum(log_std) + np.mean(...)` ... your
    # `loss` is 7.05714 where 8.56087 is right ...: the mistake is in that line".
    "qn7_gaussian_nll_log_std_term_not_averaged": ("right", ("departure",), ""),
    # unread_parameter (three tests): "your class_activation_map() never reads its parameter `classes`, which the
    # correct code uses: what the caller passes there is ignored (a value computed another way in its place?)";
    # end_block beside it on one test ("the first 1 of 4 are right ...") is the generic hedge (the first example's
    # predicted class is its given one).
    "qn7_cam_of_predicted_class": ("right", ("unread_parameter",), ""),
    # one_slip (five tests): "yours is what the correct code gives with one slip in mdn_nll(): the term `top +`
    # missing (or it is zero in yours)".
    "qn7_mdn_logsumexp_shift_not_added_back": ("right", ("one_slip",), ""),
    "qn7_resblock_bwd_dx_residual_branch_only": ("named", (), ""),
    "qn7_mdn_raw_logits_in_component_terms": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure (two tests): "`cos`, set by line 166: `cos = min_lr + (base_lr - min_lr) * 0.5 * (1 + math.cos(math.pi
    # * step / total_steps))` ... your `cos` is 0.0997316; with 0.1 there instead (a value the correct code computes,
    # under another name), the rest of your function returns the expected lr during the warm-up: the mistake is in
    # that line" (the cosine already decaying during the warm-up); on the warmup_steps = 0 test: "line 165: `warm =
    # min(1.0, (step + 1) / warmup_steps)` raises the error ...: the mistake is in that line" (true, a second defect).
    "qn8_warmup_factor_times_cosine_from_step_zero": ("right", ("departure",), ""),
    # departure: "line 165: `ratio = high / low` computes `ratio`, a value the correct code never computes ... up to
    # line 166: `return low * ratio ** (np.arange(n) / n)`, your return. The mistake is in lines 165-166": the whole
    # two-line body, the exponent's / n in it.
    "qn8_log_grid_ratio_powers_over_n": ("right", ("departure",), ""),
    # departure: "after pass 4 (epoch = 3, loss = 1.341) they part: your `best` holds 1.341 where the correct code's
    # holds 1.356; your `best_epoch` holds 3 where ... 2. The lines of your loop that set them: line 169: `best,
    # best_epoch = loss, epoch` (under line 167: `if loss < best:`); the mistake is most likely in one of them or in
    # the condition that decides whether it runs".
    "qn8_early_stopping_best_lowered_by_small_decreases": ("right", ("departure",), ""),
    # kept_state (both tests): "your random_flip() returns other values each time it is called again with the same
    # arguments, the same seed included ...: it draws random numbers without the seed it is given (a generator made
    # without it, np.random.default_rng(), or one kept from an earlier call)": the generator is seeded right; the
    # images not flipped are np.empty_like's uninitialized memory.
    "qn8_random_flip_empty_canvas": (
        "misleading", (),
        "out = np.empty_like(x) is written only at the flipped images (out[flip] = ...): the others are left as "
        "uninitialized memory (691 of 1000 images neither the input nor its mirror), which changes from call to call; "
        "the seed is used right; start from out = x.copy()."),
    "qn8_patience_counted_from_best_epoch": ("named", (), ""),
    "qn8_pooled_statistics_from_split_sums": ("named", (), ""),
}
# Counts: named 14, right 29 (named or right 43/48 = 90%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 14 named, qn6_labels_sorted_for_stratified_order and qn6_linear_decay_lambda_floor_division right by
# their diagnoses), misleading 3, vague 0, nothing 1, wrong_name 0, check_message 1, not_caught 0. HOLDOUT39_CORRECT:
# all 7 earn full marks.

HOLDOUT39 = [replace(e, verdict=JUDGEMENT39[e.id][0], expected=frozenset(JUDGEMENT39[e.id][1]),
                     ideal=JUDGEMENT39[e.id][2]) if e.id in JUDGEMENT39 else e for e in HOLDOUT39]
