"""A thirty-fourth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit de4c3af (JUDGED_ON34, JUDGEMENT34 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout34.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader
tests, the student stubs, the reference implementations, autograder/testing.py and the ids and causes of the earlier
sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right variant
earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT34 holds
the mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT34_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT34: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qi1_ce_one_hot_subtraction_as_bare_expression", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot labels are 'subtracted' with the bare expression statement dscores[np.arange(n), y] - 1 / n, "
       "whose result is computed and thrown away (-= is meant): dscores stays softmax(scores) / N, without the "
       "-1 / N at each row's correct class (the loss right)", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    dscores = np.exp(log_probs) / n
    dscores[np.arange(n), y] - 1 / n          # minus the one-hot labels (over N)
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    _e("qi1_mlp_reg_grad_rebinds_local_names", "a1_backprop", "two_layer_mlp_loss",
       "the grads dict is built from dW1 and dW2 first, and the L2 gradient is added afterwards with "
       "dW1 = dW1 + reg * W1 (and the same for dW2), which rebinds the local names to new arrays: the dict keeps "
       "the unregularized gradients, so the penalty is in the loss but not in the returned gradients", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, cache1 = affine_forward(X, W1, b1)
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    da, dW2, db2 = affine_backward(dscores, cache2)
    dh = relu_backward(da, cache_relu)
    _, dW1, db1 = affine_backward(dh, cache1)
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    # L2 regularization: penalty in the loss, its gradient on the weights
    loss += 0.5 * reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    dW1 = dW1 + reg * W1
    dW2 = dW2 + reg * W2
    return loss, grads
""", catalogued="regularization_missing_from_gradients"),
    _e("qi1_sigmoid_fwd_logaddexp_sign_lost", "a1_backprop", "sigmoid_forward",
       "the overflow-free sigmoid exp(-log(1 + e^-x)) is written np.exp(-np.logaddexp(0, x)), the minus sign of "
       "logaddexp's argument lost: that is 1 / (1 + e^x) = sigmoid(-x) = 1 - sigmoid(x), the mirror image "
       "(np.exp(-np.logaddexp(0, -x)) is meant); the backward pass then works from that wrong cached output", """
def sigmoid_forward(x):
    # 1 / (1 + e^-x) = exp(-log(1 + e^-x)), and logaddexp never overflows
    out = np.exp(-np.logaddexp(0, x))
    cache = out
    return out, cache
"""),
    _e("qi1_ce_loss_label_log_probs_np_take", "a1_backprop", "softmax_cross_entropy_loss",
       "each row's log-probability of its label is read with np.take(log_probs, y), which without an axis "
       "indexes the flattened array: it returns log_probs[0, y], the first row's entries, for every row, "
       "instead of log_probs[arange(N), y] (or np.take_along_axis); the loss is wrong, dscores right", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.mean(np.take(log_probs, y))   # log-probability of each row's label
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y] -= 1
    return loss, dscores / n
"""),
    _e("qi1_numgrad_perturbs_copy_evaluates_x", "a1_backprop", "eval_numerical_gradient",
       "the entries are perturbed in a working copy xp (so that x is left unchanged), but f is evaluated at x "
       "itself, f(x), in both evaluations: the perturbation never reaches f, f_plus equals f_minus and every "
       "entry of the gradient is 0; f(xp) is meant", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    xp = x.copy()          # perturb a copy so that x is left unchanged
    for i in np.ndindex(x.shape):
        old = xp[i]
        xp[i] = old + h
        f_plus = f(x)
        xp[i] = old - h
        f_minus = f(x)
        xp[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
"""),
    _e("qi1_bce_log_of_p_minus_one", "a1_backprop", "binary_cross_entropy_loss",
       "the negative class's term is written np.log(p - 1) instead of np.log(1 - p): p - 1 is negative for "
       "every probability in (0, 1), so its log is nan and so is the loss (dprobs, written separately, is "
       "right)", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    loss = -np.mean(t * np.log(p) + (1 - t) * np.log(p - 1))
    dprobs = (p - t) / (p * (1 - p)) / p.size
    return loss, dprobs
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qi2_adam_moments_written_back_only_if_present", "a2_optim", "adam",
       "the moments are written back under `if 'm' in config:` (meant as 'update the stored moments'): a fresh "
       "config never has the key and nothing else stores it, so m and v are never kept and every step starts "
       "from zero moments (t is stored and counts right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    config["t"] = t
    # keep the running moments up to date
    if "m" in config:
        config["m"], config["v"] = m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_moments_not_stored"),
    _e("qi2_step_lr_table_of_one_based_steps", "a2_optim", "step_lr",
       "the rate is looked up in a table built for the steps 1, 2, ..., step + 1 (steps counted from 1) and its "
       "last entry returned: 0-based step s gets base_lr * gamma**((s + 1) // step_size), so every decay comes "
       "one step early (at step step_size - 1 instead of step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    # schedule table: the rate in effect at steps 1, 2, ..., step + 1
    table = [base_lr * gamma ** (s // step_size) for s in range(1, step + 2)]
    return table[-1]
""", catalogued="step_lr_off_by_one"),
    _e("qi2_adadelta_accumulators_swapped_on_store", "a2_optim", "adadelta",
       "both accumulators are computed right, but written back crossed, config['acc_grad'], config['acc_delta'] "
       "= acc_delta, acc_grad: the next call reads the squared-step average as the squared-gradient one and the "
       "other way round, so from the second step on the ratio of the RMS terms is wrong", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = config.get("acc_grad", np.zeros_like(w))
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    acc_grad = rho * acc_grad + (1 - rho) * g * g
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    acc_delta = rho * acc_delta + (1 - rho) * step * step
    config["acc_grad"], config["acc_delta"] = acc_delta, acc_grad
    return w - config["learning_rate"] * step, config
"""),
    _e("qi2_nesterov_weight_decay_at_lookahead", "a2_optim", "nesterov_momentum",
       "the gradient passed to _gradient is taken 'at the look-ahead point', _gradient(w + momentum * v_prev, dw, "
       "config): dw is given and does not change, but the weight-decay term becomes weight_decay * (w + momentum "
       "* v_prev) instead of weight_decay * w, so with weight decay every step after the first is wrong (right "
       "without it)", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    v_prev = config.get("velocity", np.zeros_like(w))
    # Nesterov: the gradient is evaluated at the look-ahead point
    w_ahead = w + mu * v_prev
    g = _gradient(w_ahead, dw, config)
    v = mu * v_prev - lr * g
    config["velocity"] = v
    return w - mu * v_prev + (1 + mu) * v, config
"""),
    _e("qi2_minibatch_gradient_on_full_data", "a2_optim", "minibatch_sgd",
       "the batches are cut right from each epoch's permutation, but every update's gradient is "
       "linear_regression_gradient(w, X, y), on the whole data set (copied from gradient_descent), instead of "
       "on the batch's rows X[idx], y[idx]: the path is full-batch gradient descent with ceil(N / B) steps an "
       "epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    w = np.array(w0, dtype=float)
    path = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            grad = linear_regression_gradient(w, X, y)
            w = w - learning_rate * grad
            path.append(w.copy())
    return np.array(path)
"""),
    _e("qi2_noise_std_step_made_one_based", "a2_optim", "gradient_noise_std",
       "the step is first made 1-based, t = step + 1 ('the paper counts from t = 1'), and then put into the "
       "formula's own 1 + t: the variance is eta / (2 + step)**gamma, one step behind, instead of "
       "eta / (1 + step)**gamma with the 0-based step given", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    t = step + 1          # the paper counts steps from t = 1
    return math.sqrt(eta / (1 + t) ** gamma)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qi3_param_count_group_channels_multiplied_back", "a3_conv", "conv_param_count",
       "each filter's input channels are computed as in_channels // groups, but the weights are then counted "
       "'for each of the groups' as out_channels * (in_channels // groups) * kh * kw * groups: the groups "
       "multiply back what the division took out, so a grouped convolution is counted as a dense one "
       "(out * in * kh * kw) instead of out * (in / groups) * kh * kw", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    per_group = in_channels // groups                         # input channels a group sees
    weights = out_channels * per_group * kh * kw * groups     # ... for each of the groups
    return weights + (out_channels if bias else 0)
""", catalogued="param_count_ignores_groups"),
    _e("qi3_conv_bwd_naive_dx_into_unpadded_buffer", "a3_conv", "conv_backward_naive",
       "dx is accumulated into np.zeros_like(x), the unpadded input's shape, at the window offsets of the padded "
       "input (i * stride .. + HH), and never cropped: with padding every window is shifted by pad and the "
       "windows at the bottom and right run past the buffer (a shape error there); dx must be accumulated into "
       "a buffer of the padded shape and cropped by pad (right only for pad 0)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx = np.zeros_like(x)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    dw[f] += xp[n, :, r:r + HH, c:c + WW] * dout[n, f, i, j]
                    dx[n, :, r:r + HH, c:c + WW] += w[f] * dout[n, f, i, j]
    return dx, dw, db
"""),
    _e("qi3_max_pool_width_from_height", "a3_conv", "max_pool_forward",
       "the output width is computed from the input's height, Wo = (H - pool_width) // stride + 1 (square "
       "inputs assumed): on an input whose width differs from its height the output has the wrong number of "
       "columns (the windows themselves are right); W is meant", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = (H - ph) // s + 1
    Wo = (H - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("qi3_pool_indices_window_flattened_column_major", "a3_conv", "max_pool_with_indices",
       "each window is flattened with reshape(N, C, -1, order='F'), column-major, so its argmax k is r + ph * q "
       "for the maximum at (r, q), but k is decoded row-major, (k // pw, k % pw): the flat indices point at "
       "the wrong pixel of the window (the pooled values are right)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            flat = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1, order="F")
            k = flat.argmax(axis=2)
            out[:, :, i, j] = flat.max(axis=2)
            idx[:, :, i, j] = (i * s + k // pw) * W + (j * s + k % pw)
    return out, idx
"""),
    _e("qi3_conv_transpose_block_einsum_wh", "a3_conv", "conv_transpose_forward",
       "each input pixel's block is computed with np.einsum('nc,cfhw->nfwh', ...), the output subscripts' last "
       "two letters swapped: every HH x WW block is added transposed (and a non-square kernel's block does not "
       "fit its place), instead of 'nc,cfhw->nfhw'", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            block = np.einsum("nc,cfhw->nfwh", x[:, :, i, j], w)
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += block
    Hf, Wf = full.shape[2:]
    return full[:, :, pad:Hf - pad, pad:Wf - pad] + b[None, :, None, None]
"""),
    _e("qi3_multiply_count_output_pair_first_entry", "a3_conv", "conv_multiply_count",
       "a (height, width) output size is read by its first entry only, o = output_size[0], and squared: a "
       "rectangular output (oh, ow) is counted as oh x oh (the kernel pair is unpacked right); oh * ow is "
       "meant", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    o = output_size if isinstance(output_size, int) else output_size[0]
    return o * o * out_channels * in_channels * kh * kw
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qi4_xavier_uniform_scipy_without_random_state", "a4_init", "xavier_uniform",
       "the draws come from scipy.stats.uniform(loc=-a, scale=2a).rvs(size=shape) without random_state: scipy "
       "then draws from NumPy's global generator, and the seeded rng made just before is never passed, so the "
       "same seed does not give the same weights (and the global generator is used)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    from scipy import stats
    rng = np.random.default_rng(seed)
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return stats.uniform(loc=-a, scale=2 * a).rvs(size=shape)
""", catalogued="global_seed_in_xavier_uniform"),
    _e("qi4_he_normal_global_seeded_draws_fresh", "a4_init", "he_normal",
       "np.random.seed(seed) is called 'for reproducibility', but the draws come from np.random.default_rng(), "
       "a new generator made without a seed, which the global seed does not reach: every call draws other "
       "weights for the same seed (and the global generator is reseeded as a side effect)", """
def he_normal(shape, seed):
    np.random.seed(seed)                 # reproducible weights
    rng = np.random.default_rng()
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qi4_he_std_returns_variance", "a4_init", "he_std",
       "He's variance 2 / fan_in is computed and returned as it is: the standard deviation is its square root, "
       "sqrt(2 / fan_in) (every He std, and he_normal's spread, far too small)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    var = 2.0 / fan_in          # Var(W) = 2 / fan_in keeps the ReLU activations' variance
    return var
"""),
    _e("qi4_act_stats_layers_popped_from_end", "a4_init", "activation_statistics",
       "the layers are taken from a copy of the list with layers.pop(), which removes the last item: the "
       "network is run from its last weight matrix to its first (the square weights raise no error), so the "
       "statistics are those of the layers in reverse order; pop(0), or a plain for loop, is meant", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    layers = list(weights)
    h, means, variances = X, [], []
    while layers:
        W = layers.pop()
        h = act(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("qi4_xavier_std_gain_only_in_fan_in_branch", "a4_init", "xavier_std",
       "the gain multiplies the fan_in branch only: mode 'fan_avg' returns sqrt(2 / (fan_in + fan_out)) "
       "whatever the gain (right for gain 1), where gain * sqrt(2 / (fan_in + fan_out)) is meant", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        return gain * math.sqrt(1.0 / fan_in)
    return math.sqrt(2.0 / (fan_in + fan_out))
"""),
    _e("qi4_xavier_normal_inline_two_over_n", "a4_init", "xavier_normal",
       "the std is computed inline with one formula, gain * sqrt(2 / n), n = fan_in + fan_out for fan_avg and "
       "n = fan_in for fan_in: the 2 belongs to the fan_avg form (2 / (fan_in + fan_out) = 1 / mean fan), so in "
       "mode fan_in the std is sqrt(2) times too large, gain * sqrt(2 / fan_in) instead of gain * sqrt(1 / "
       "fan_in)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = fan_in + fan_out if mode == "fan_avg" else fan_in
    std = gain * math.sqrt(2.0 / n)
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qi5_dropout_mask_from_choice_unscaled", "a5_normalization", "dropout_forward",
       "the mask is drawn with rng.choice([0.0, 1.0], size=x.shape, p=[1 - p, p]) (each unit kept with "
       "probability p, right) and multiplied in as it is: the kept units are never divided by p, so train "
       "mode shrinks the expected activation to p times its value (inverted dropout scales them by 1 / p)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.choice([0.0, 1.0], size=x.shape, p=[1 - p, p])   # 1 keeps a unit, with probability p
    return x * mask, mask
""", catalogued="dropout_no_scaling"),
    _e("qi5_layernorm_scipy_zscore_default_axis", "a5_normalization", "layernorm_forward",
       "x_hat is computed with scipy.stats.zscore(x), whose default axis is 0: each feature is standardized "
       "over the batch (batch norm's statistics) instead of each row over its D features (axis=1); the cached "
       "inv_std is taken over the same axis", """
def layernorm_forward(x, gamma, beta, ln_param):
    from scipy import stats
    eps = ln_param.get("eps", 1e-5)
    x_hat = stats.zscore(x)
    inv_std = 1 / np.sqrt(x.var(axis=0, keepdims=True) + eps)
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("qi5_bn_eps_read_under_epsilon_key", "a5_normalization", "batchnorm_forward",
       "eps is read with bn_param.get('epsilon', 1e-5) (the key the optimizers use) while the caller sets "
       "bn_param['eps']: a given eps is ignored and 1e-5 used instead (right whenever eps is left at its "
       "default)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("epsilon", 1e-5)
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
        n = x.shape[0]
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
    _e("qi5_bn_bwd_direct_term_dout_not_dx_hat", "a5_normalization", "batchnorm_backward",
       "a staged backward pass whose last line takes the direct term as dout * inv_std instead of dx_hat * "
       "inv_std (dx_hat = dout * gamma): gamma is lost in that one term while the variance and mean terms use "
       "dx_hat, so dx is wrong unless gamma is 1 (dgamma and dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * x_mu, axis=0)
    dx = dout * inv_std + dvar * 2.0 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qi5_gn_bwd_dgamma_from_dx_hat", "a5_normalization", "groupnorm_backward",
       "dgamma is summed from dx_hat * x_hat with dx_hat = dout * gamma already computed for dx: it carries "
       "gamma, gamma * sum(dout * x_hat), instead of sum(dout * x_hat) over N, H, W (dx and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dx_hat = dout * gamma.reshape(1, C, 1, 1)
    dgamma = (dx_hat * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = dx_hat.reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    dx = inv_std / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qi5_spatial_bn_swapaxes_cache_rows_w_major", "a5_normalization", "spatial_batchnorm_forward",
       "the channels are moved last with x.swapaxes(1, 3), which gives (N, W, H, C): the per-channel "
       "statistics and the output (moved back with the same swapaxes) are right, but the cached x_hat rows "
       "come in (n, w, h) order where the documented cache, and spatial_batchnorm_backward, flatten "
       "x.transpose(0, 2, 3, 1) in (n, h, w) order: on a non-square map the backward pass pairs each dout with "
       "another pixel's x_hat", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.swapaxes(1, 3).reshape(-1, C)          # channels last: one row per pixel
    out, cache = batchnorm_forward(rows, gamma, beta, bn_param)
    return out.reshape(N, W, H, C).swapaxes(1, 3), cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qi6_manual_warmup_step_counter_never_advanced", "a6_cnn", "train_and_predict",
       "a hand-written linear warm-up sets every param group's lr to 3e-3 * step / warmup before each optimizer "
       "step, but the counter step is never incremented: it stays 0, so the learning rate is 0 for the whole "
       "run and the network keeps its initial weights (an untrained model, chance accuracy)", """
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
    base_lr, epochs, batch = 3e-3, 15, 64
    warmup = 100                     # warm-up steps
    step = 0
    opt = torch.optim.Adam(model.parameters(), lr=base_lr)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            for group in opt.param_groups:   # linear warm-up
                group["lr"] = base_lr * min(1.0, step / warmup)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qi6_images_shuffled_alone_each_epoch", "a6_cnn", "train_and_predict",
       "each epoch 'shuffles the training set' with rng.shuffle(X_np), which reorders the images in place while "
       "the labels keep their order, and the batches are then consecutive slices of both: from the first epoch "
       "on the images are paired with other images' labels, so the network learns nothing (chance accuracy)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X_np = X_train.copy()
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(15):
        rng.shuffle(X_np)                                 # new order every epoch
        X = torch.tensor(X_np, device=device)
        model.train()
        for start in range(0, len(y), 64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[start:start + 64]), y[start:start + 64])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("qi6_returns_last_training_batch_logits", "a6_cnn", "train_and_predict",
       "the name logits holds each training batch's output inside the loop, and the prediction block computes "
       "model(X_test) into preds but returns logits: the function returns the last training batch's logits "
       "(at most 64 rows, shape (batch, classes)) instead of one row per test image", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            logits = model(X[idx])
            nn.functional.cross_entropy(logits, y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        preds = model(torch.tensor(X_test, device=device))
    return logits.detach().cpu().numpy()
"""),
    _e("qi6_classifier_extra_background_output", "a6_cnn", "train_and_predict",
       "the classifier is built with n_classes + 1 outputs ('one more for the background', a detection "
       "habit): the network trains, but the logits have one column more than there are classes (an extra "
       "class no label ever has), where one column per class is asked for", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes + 1),   # + background
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
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
    _e("qi6_seeds_only_the_cuda_generator", "a6_cnn", "train_and_predict",
       "torch is seeded with torch.cuda.manual_seed(seed) only, which seeds the GPU generators: the weights are "
       "initialized (and the batches drawn) by torch's CPU generator, which is never seeded, so two runs with "
       "the same seed start from other weights and give other logits; torch.manual_seed(seed) seeds both", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.cuda.manual_seed(seed)
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y)).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qi6_optimizer_rebuilt_every_batch", "a6_cnn", "train_and_predict",
       "the Adam optimizer is created inside the batch loop, so every step starts from fresh moments (m = v = "
       "0, t = 1): each update is lr * g / |g| elementwise, a sign step of size 3e-3 with no momentum or "
       "adaptive scale, instead of Adam's running averages over the whole run", """
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
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt = torch.optim.Adam(model.parameters(), lr=3e-3)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qi7_gap_bwd_zeros_plus_broadcast_dout", "a7_architectures", "global_avg_pool_backward",
       "dx is built as zeros of the input's shape to which dout[:, :, None, None] is added in place (a "
       "broadcasting +=): every position gets the whole pooled gradient, never divided by H * W, the number of "
       "positions the forward mean averages", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.zeros((N, C, H, W))
    dx += dout[:, :, None, None]      # every position of a map fed its mean
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qi7_gaussian_nll_constant_computed_unused", "a7_architectures", "gaussian_nll",
       "the constant 0.5 * log(2 pi) is computed into const but the loss is written without it, sum(log_std + "
       "0.5 * r**2 / var) / N: the loss is short by 0.5 log(2 pi) per output (D * 0.919 per row); the "
       "gradients, which the constant does not change, are right", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    const = 0.5 * math.log(2 * math.pi)
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
""", catalogued="nll_constant_dropped"),
    _e("qi7_resbwd_hidden_mask_from_h_without_scale", "a7_architectures", "residual_block_backward",
       "the hidden ReLU's mask is taken from the cached h, after dropout (h > 0), and taken to cover the dropout "
       "too: the dropped units are blocked, but the cached scale is never applied, so the kept units' gradient "
       "misses its 1 / p (dx, W1 and b1 wrong with dropout; right without)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    da1 = dh * (h > 0)        # relu mask (dropped units are 0 in h too)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("qi7_cam_tensordot_every_pair", "a7_architectures", "class_activation_map",
       "the class columns W[:, classes] (C, N) are contracted with the features by np.tensordot over the channel "
       "axis, which pairs every example's class weights with every example's features: the result is (N, N, H, "
       "W), whose diagonal [n, n] holds the CAMs, instead of one (H, W) map per example", """
def class_activation_map(features, W, classes):
    weights = W[:, classes]                                   # (C, N): each example's class column
    return np.tensordot(weights, features, axes=([0], [1]))
"""),
    _e("qi7_saliency_one_hot_rows_of_batch_identity", "a7_architectures", "saliency_map",
       "the one-hot upstream gradient is built as np.eye(N)[y], rows of the N x N identity (N the batch size), "
       "instead of np.eye(K)[y] with K = W2.shape[1] classes: unless N == K its width does not match the scores "
       "(a shape error, or a class index out of range)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.eye(N)[y]                     # one-hot of each example's class
    da1 = (dscores @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("qi7_mdn_exp_log_std_as_variance", "a7_architectures", "mdn_nll",
       "exp(log_std) is taken as each component's variance: the standardized distance divides by "
       "sqrt(exp(log_std)) and the normalizer is -0.5 * log_std, where exp(log_std) is the standard deviation "
       "(z = (y - mu) / exp(log_std), normalizer -log_std); the loss and every gradient follow the wrong density", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    var = np.exp(log_std)
    sigma = np.sqrt(var)
    log_pi = logits - logits.max(axis=1, keepdims=True)
    log_pi = log_pi - np.log(np.exp(log_pi).sum(axis=1, keepdims=True))
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * np.log(2 * np.pi * var) - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    loss = -log_p.mean()
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / sigma / N
    dlog_std = gamma * (0.5 - 0.5 * z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qi8_crop_seeded_rng_unused_global_randint", "a8_pipeline", "random_crop",
       "rng = np.random.default_rng(seed) is made, but each offset is drawn with np.random.randint, NumPy's "
       "global generator: the seed never reaches the draws, so the same seed gives other crops (and the "
       "global generator is advanced)", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    top, left = H + 2 * padding - size, W + 2 * padding - size
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        r = np.random.randint(0, top + 1)
        c = np.random.randint(0, left + 1)
        out[i] = padded[i, :, r:r + size, c:c + size]
    return out
""", catalogued="crop_ignores_seed"),
    _e("qi8_normalize_standard_scaler_per_split", "a8_pipeline", "normalize_splits",
       "each split is flattened and passed to its own sklearn StandardScaler().fit_transform (with_std only "
       "for 'standardize'): the test split is fitted on itself, centred and scaled with the test split's "
       "statistics instead of the training split's", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    from sklearn.preprocessing import StandardScaler

    def scale(X):
        scaler = StandardScaler(with_std=(mode == "standardize"))
        return scaler.fit_transform(X.reshape(len(X), -1)).reshape(X.shape)

    return scale(X_train), scale(X_test)
""", catalogued="normalize_with_test_statistics"),
    _e("qi8_log_grid_interp_between_bounds", "a8_pipeline", "log_grid",
       "the grid is interpolated with np.interp(np.arange(n), [0, n - 1], [low, high]): linear interpolation "
       "between the bounds gives equal differences, a linear grid, where a log-scale grid has a constant ratio "
       "(interpolate the logarithms, or np.geomspace)", """
def log_grid(low, high, n):
    return np.interp(np.arange(n), [0, n - 1], [low, high])
""", catalogued="linear_grid"),
    _e("qi8_param_stats_ratio_against_stepped_weights", "a8_pipeline", "parameter_statistics",
       "the update ratio is computed against the weights after the SGD step, update_ratio(W - lr * dW, dW, "
       "lr) ('the weights the update produced'), instead of the current weights W: the fifth statistic's "
       "denominator is ||W - lr dW|| instead of ||W|| (the four moments right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stepped = W - lr * g
        stats[name] = np.array([W.mean(), W.std(), g.mean(), g.std(), update_ratio(stepped, g, lr)])
    return stats
"""),
    _e("qi8_warmup_ramp_over_warmup_plus_one", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written base_lr * (step + 1) / (warmup_steps + 1), one step added to both sides 'to "
       "avoid the 0 at step 0': the ramp never reaches base_lr (its last step gives warmup_steps / "
       "(warmup_steps + 1) of it), where base_lr * (step + 1) / warmup_steps is asked", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / (warmup_steps + 1)
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
    _e("qi8_train_bias_step_without_learning_rate", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but the bias step is written b -= probs.sum(axis=0), without the learning rate "
       "0.1 that the weight step has: the bias moves ten times too far at every step", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    lr = 0.1
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= lr * X[idx].T @ probs
            b -= probs.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT34_CORRECT: list[Entry] = [
    _e("qik_correct_affine_bwd_einsum_ellipsis", "a1_backprop", "affine_backward",
       "correct: the gradients contracted on the unflattened input with ellipsis einsums, dw as "
       "einsum('n...,nm->...m') reshaped to (D, M), dx as dout against w reshaped to (d1, ..., dk, M)", """
def affine_backward(dout, cache):
    x, w, b = cache
    m = w.shape[1]
    dw = np.einsum("n...,nm->...m", x, dout).reshape(-1, m)
    dx = np.einsum("nm,...m->n...", dout, w.reshape(*x.shape[1:], m))
    db = np.einsum("nm->m", dout)
    return dx, dw, db
"""),
    _e("qik_correct_newton_step_cholesky", "a2_optim", "newton_step",
       "correct: the Newton system H d = grad solved through scipy's Cholesky factorization (cho_factor, "
       "cho_solve), valid for the symmetric positive definite Hessian of a convex quadratic", """
def newton_step(w, grad, hessian):
    from scipy.linalg import cho_factor, cho_solve
    factor = cho_factor(hessian)
    return w - cho_solve(factor, grad)
"""),
    _e("qik_correct_param_count_sum_over_groups", "a3_conv", "conv_param_count",
       "correct: a grouped convolution counted as groups independent dense convolutions of in / groups to "
       "out / groups channels (recursive calls with groups=1), summed", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    if groups > 1:
        return groups * conv_param_count(in_channels // groups, out_channels // groups, kernel_size, bias)
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * in_channels * kh * kw + (out_channels if bias else 0)
"""),
    _e("qik_correct_act_stats_recursive", "a4_init", "activation_statistics",
       "correct: the layers walked by a recursive helper that applies the first weight matrix and the "
       "activation and recurses on the rest, collecting (mean, variance) pairs that are then unzipped", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 0.5 * (1 + np.tanh(z / 2)), "tanh": np.tanh,
           "relu": lambda z: np.where(z > 0, z, 0.0), "linear": lambda z: z}[activation]

    def run(h, rest):
        if not rest:
            return []
        out = act(h @ rest[0])
        return [(out.mean(), out.var())] + run(out, rest[1:])

    pairs = run(X, list(weights))
    return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
"""),
    _e("qik_correct_l2_penalty_einsum_flat", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as the einsum 'i,i->' of the flattened W with itself (any shape), the "
       "gradient reg * W as a new array from np.multiply", """
def l2_penalty(W, reg):
    flat = W.ravel()
    return 0.5 * reg * np.einsum("i,i->", flat, flat), np.multiply(reg, W)
"""),
    _e("qik_correct_fc_to_conv_stacked_columns", "a7_architectures", "fc_to_conv",
       "correct: each filter built from its own column of W, W[:, m].reshape(C, H, W), and the M filters "
       "stacked along a new first axis; the bias copied", """
def fc_to_conv(W, b, in_shape):
    C, H, Wd = in_shape
    w = np.stack([W[:, m].reshape(C, H, Wd) for m in range(W.shape[1])])
    return w, np.array(b, copy=True)
"""),
    _e("qik_correct_early_stopping_for_else", "a8_pipeline", "early_stopping",
       "correct: the epochs since the best counted in a for loop that returns when they reach patience, its "
       "else clause (no break, no return) returning the last epoch and the best weights", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_epoch, best = 0, float("inf")
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best_epoch, best = epoch, loss
        elif epoch - best_epoch >= patience:
            return epoch, weights[best_epoch]
    else:
        return len(val_losses) - 1, weights[best_epoch]
"""),
]

JUDGED_ON34 = "2026-12-06 on commit de4c3af"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout34 on commit de4c3af (JUDGED_ON34), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure that sends the student first to a right line, or
# says that what a line reads agrees with the correct code where it does not, states something false; a departure
# naming the line with the mistake is right, and so is the exact line of a one- or two-line function, and one that
# names the line that uses a wrong value with, as its alternatives, what holds the mistake; a loop departure without
# a statement is right only when the loop is small and the mistake clearly in it; an either-of-two one_slip whose
# first slip is the student's is right; a catalogued entry whose name is not given is judged by its diagnoses; a
# named entry stays named beside a doubtful departure (noted, as JUDGEMENT33); an error raised by Python, NumPy or
# torch, a shape comparison, shape_error's restatement of NumPy's broadcasting error or an accuracy figure is the
# comparison (nothing); close's checklist is vague; checklists that list the cause among many are vague, but one of
# few causes, the entry's among them, is tolerated; where only the grader test's own message names the cause the
# verdict is check_message. Decided here: a loop departure on eval_numerical_gradient saying "your `grad` is all zeros
# ... line 225: `grad[i] = (f_plus - f_minus) / (2 * h)`; the mistake is in one of them or in a value they read in
# that pass" where the values read, f_plus and f_minus, are both f(x) (the copy xp perturbed, x evaluated) is right:
# the line that uses the wrong values, with the values as its alternative, and "all zeros" says f_plus equals f_minus
# (a close call); a loop departure on activation_statistics naming the two appends "and the condition that decides
# whether it runs" as the most likely places, where the mistake is `W = layers.pop()` taking the last matrix first,
# sends the student to right lines: misleading; indexed_without_rows's "an index array used without a row index:
# x[:, classes] ... pair it with the rows, x[np.arange(N), ..., classes]" for np.tensordot pairing every example's
# class column with every example's features (W[:, classes] is right, W has no rows per example) names a mechanism
# that is not there: misleading; strided's "only the indices 0 modulo 2 along axis 0 are wrong ...: check how the
# stride is used" on mdn_nll (no stride, no windows) is a coincidence of the test's rows: misleading; the check's own
# "one column per class: the training labels are 0-5, so the logits have 6 columns, got 7: take the number of classes
# from the labels (int(y_train.max()) + 1), not a number written in the code" for nn.Linear(32, n_classes + 1) says
# the extra column and the width meant (the + 1 is the number written in the code): check_message (a close call); a
# departure on `w_ahead = w + mu * v_prev` ("your `w_ahead` is the right value + 0.8 * `v_prev` ...: the mistake is in
# that line") where the look-ahead point is handed to _gradient (weight decay at w + mu v_prev) is right: it names
# the look-ahead as the extra term; state_not_kept for accumulators written back crossed is right (the state carried
# is used wrongly, as h2_adam_stores_mhat); the departure on the named qi1_ce_one_hot_subtraction_as_bare_expression
# names line 220, `dscores = np.exp(log_probs) / n`, the last line that sets dscores, where the no-op line 221 is
# the mistake (as qc1_ce_onehot_subtracted_from_unused_copy in JUDGEMENT28: kept named).
JUDGEMENT34: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # named on the two softmax tests; the departures on the MLP tests name line 220, `dscores = np.exp(log_probs) / n`
    # ("What that line reads (log_probs, n) agrees ...: the mistake is in that line"), the no-op line 221 after it.
    "qi1_ce_one_hot_subtraction_as_bare_expression": ("named", (), ""),
    "qi1_mlp_reg_grad_rebinds_local_names": ("named", (), ""),
    # as_if (two tests): "yours is what the correct sigmoid_forward() returns if x were negated: a sign is flipped
    # where x is used"; departure on the logistic test: "line 217: `out = np.exp(-np.logaddexp(0, x))` ...: the
    # mistake is in that line".
    "qi1_sigmoid_fwd_logaddexp_sign_lost": ("right", ("as_if", "departure"), ""),
    # departure (four tests): "`loss`, set by line 219: `loss = -np.mean(np.take(log_probs, y))`. In it,
    # `np.take(log_probs, y)` is the first part whose value the correct code never computes ...: the mistake is in that
    # line" (1.19519 where 1.1367 inside the MLP loss, before its penalty 0.4847: true).
    "qi1_ce_loss_label_log_probs_np_take": ("right", ("departure",), ""),
    # departure: "your loop at lines 218-225 ... after pass 1 they part: your `grad` is all zeros where the correct
    # code's is not ... line 225: `grad[i] = (f_plus - f_minus) / (2 * h)`; the mistake is in one of them or in a value
    # they read in that pass (a rate, a divisor, a sign)": the values read are f(x) twice (a close call, see above).
    "qi1_numgrad_perturbs_copy_evaluates_x": ("right", ("departure",), ""),
    # departure: "`loss`, set by line 217: `loss = -np.mean(t * np.log(p) + (1 - t) * np.log(p - 1))` ... your `loss`
    # is nan where 1.38849 is right ...: the mistake is in that line".
    "qi1_bce_log_of_p_minus_one": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qi2_adam_moments_written_back_only_if_present": ("named", (), ""),
    "qi2_step_lr_table_of_one_based_steps": ("named", (), ""),
    # state_not_kept (three tests): "your first step matches, then ...: the update is right from a fresh state, so
    # what it carries from one call to the next (its state in config ...) is probably not kept, not updated, or used
    # wrongly once it is no longer its first value": the accumulators stored under each other's keys.
    "qi2_adadelta_accumulators_swapped_on_store": ("right", ("state_not_kept",), ""),
    # departure (the weight-decay test, momentum 0.8): "`w_ahead`, set by line 241: `w_ahead = w + mu * v_prev` ...
    # your `w_ahead` is the right value + 0.8 * `v_prev`. With the right `w_ahead` there, the rest of your function
    # returns the expected w ...: the mistake is in that line".
    "qi2_nesterov_weight_decay_at_lookahead": ("right", ("departure",), ""),
    # departure (both tests): the loop at lines 239-245, and "On its first pass, line 243: `grad =
    # linear_regression_gradient(w, X, y)` is the first to compute a value the correct code never computes ...: look
    # there first".
    "qi2_minibatch_gradient_on_full_data": ("right", ("departure",), ""),
    # shifted_steps (both tests): "at every step yours equals the expected one step later: you are one step ahead (the
    # state or step count is updated before it is used, or counted from 1)".
    "qi2_noise_std_step_made_one_based": ("right", ("shifted_steps",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qi3_param_count_group_channels_multiplied_back": ("named", (), ""),
    # no diagnosis on the padded test (NumPy's "non-broadcastable output operand with shape (3,3,1) ..."); shape_error
    # on the other only restates NumPy's error ("they differ at axis 2 (3 against 5) where neither is 1").
    "qi3_conv_bwd_naive_dx_into_unpadded_buffer": (
        "nothing", (),
        "dx = np.zeros_like(x) has the unpadded shape, but the windows are added at the padded input's offsets (r = "
        "i * stride .. r + HH): with padding each window lands pad rows and columns off, and the last ones run past "
        "the buffer (the shape error); accumulate into np.zeros_like(xp) and return it cropped, [:, :, pad:-pad, "
        "pad:-pad]."),
    # one_slip: "either of two slips (the test cannot tell which) in max_pool_forward(): `H` where `W` is meant (the
    # wrong variable); or `s - 1` where `s + 1` is meant": the first is the student's (as c8_crop_column_offsets_from_
    # height in JUDGEMENT17).
    "qi3_max_pool_width_from_height": ("right", ("one_slip",), ""),
    # departure (three tests): the loop at lines 287-292, and "On its first pass, line 289: `flat = x[:, :, i * s:i * s
    # + ph, j * s:j * s + pw].reshape(N, C, -1, order="F")` is the first to compute a value the correct code never
    # computes ...: look there first": the column-major flattening.
    "qi3_pool_indices_window_flattened_column_major": ("right", ("departure",), ""),
    # departure (both tests): "the loop at lines 286-289 (`for i in range(H):`) leaves `full` holding values the correct
    # code never computes ...: the mistake is in that loop": a four-line block loop whose one computing line is the
    # einsum (as c3_conv_transpose_blocks_assigned); shape_error beside it restates NumPy's (2, 2, 2, 3) against
    # (2, 2, 3, 2).
    "qi3_conv_transpose_block_einsum_wh": ("right", ("departure",), ""),
    # as_if: "yours is what the correct conv_multiply_count() returns if output_size[1] were output_size[0]: one entry
    # of output_size is used where another is meant"; departure: "line 284: `return o * o * ...` ... 2400 where 3360
    # is right: the mistake is in that line, or in `o`, set by line 283" (5 * 5 where 5 * 7: true).
    "qi3_multiply_count_output_pair_first_entry": ("right", ("as_if", "departure"), ""),
    # ------------------------------------------------------------------ a4_init
    "qi4_xavier_uniform_scipy_without_random_state": ("named", (), ""),
    "qi4_he_normal_global_seeded_draws_fresh": ("named", (), ""),
    # squared (four tests): "yours is the square of the expected: a variance where a standard deviation is asked for?
    # (std = sqrt(var))" (0.00390625 = 0.0625 ** 2: true).
    "qi4_he_std_returns_variance": ("right", ("squared",), ""),
    # departure (three tests): "your loop at lines 96-100 (`while layers:`) ... after pass 1 they part: your `means`
    # is 0.930865 times the right value ... The lines of your loop that set them: line 99: `means.append(np.mean(h))`,
    # line 100: `variances.append(np.var(h))`; the mistake is most likely in one of them or in the condition that
    # decides whether it runs": right lines; the mistake is line 97, `W = layers.pop()`.
    "qi4_act_stats_layers_popped_from_end": (
        "misleading", (),
        "W = layers.pop() takes the last weight matrix first: the network is run from its last layer to its first (the "
        "square weights raise no error), so every mean and variance is that of the layers in reverse order; take the "
        "layers in order, pop(0) or for W in weights."),
    # one_slip: "yours is what the correct code gives with one slip in xavier_std(): the factor `gain *` missing (or it
    # is one in yours)": the fan_avg return.
    "qi4_xavier_std_gain_only_in_fan_in_branch": ("right", ("one_slip",), ""),
    # scaled (both tests): "yours is sqrt(2) times the expected: a factor 2 too many inside a square root" (fan_in mode:
    # sqrt(2 / 225) where 1/15; the one sqrt in the four lines).
    "qi4_xavier_normal_inline_two_over_n": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qi5_dropout_mask_from_choice_unscaled": ("named", (), ""),
    # catalogued layernorm_stats_over_batch not named; departure: "`x_hat`, set by line 220: `x_hat =
    # stats.zscore(x)`. What that line reads (x) agrees ...: the mistake is in that line".
    "qi5_layernorm_scipy_zscore_default_axis": ("right", ("departure",), ""),
    # departure: "`eps`, set by line 219: `eps = bn_param.get("epsilon", 1e-5)` ... your `eps` is 1e-05 where 0.001 is
    # right ...: the mistake is in that line, or in what `bn_param` holds".
    "qi5_bn_eps_read_under_epsilon_key": ("right", ("departure",), ""),
    # departure (both tests): "`dx`, set by line 226 ... In it, `dout * inv_std` is the first part whose value the
    # correct code never computes ...: the mistake is in that line".
    "qi5_bn_bwd_direct_term_dout_not_dx_hat": ("right", ("departure",), ""),
    # departure: "`dgamma`, set by line 221: `dgamma = (dx_hat * x_hat).sum(axis=(0, 2, 3))` ...: the mistake is in
    # that line".
    "qi5_gn_bwd_dgamma_from_dx_hat": ("right", ("departure",), ""),
    # handed_wrong_input: "your spatial_batchnorm_backward() is the correct code's own, yet it returns a wrong dx here:
    # it was handed `cache` from your spatial_batchnorm_forward(). The mistake is in what spatial_batchnorm_forward()
    # returns there (what it holds, its layout or its shapes)": the rows' layout.
    "qi5_spatial_bn_swapaxes_cache_rows_w_major": ("right", ("handed_wrong_input",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model not named; loss_flat on every test: "the training loss stayed at about 2.43 over 300
    # steps (ln 10 = 2.30 ...): the learning rate 0 is too small for the weights to move" (step stays 0: true).
    "qi6_manual_warmup_step_counter_never_advanced": ("right", ("loss_flat",), ""),
    # catalogued labels_shuffled not named; loss_flat on every test: "... the model learned nothing from its batches. A
    # batch's labels not those of its images (index X and y with the same indices, one permutation for both), steps
    # that do not reach the model's weights ..., or a learning rate too small ...?": the first of three, the cause.
    "qi6_images_shuffled_alone_each_epoch": ("right", ("loss_flat",), ""),
    # no diagnosis: only the shape comparisons ("expected logits of shape (739, classes), got shape (42, 10)").
    "qi6_returns_last_training_batch_logits": (
        "nothing", (),
        "return logits returns the last training batch's output (42 rows, the last short batch of the 1258 digits), "
        "not the test predictions computed into preds: return preds.cpu().numpy(), one row per test image."),
    # no diagnosis; the check's message: "one column per class: the training labels are 0-5, so the logits have 6
    # columns, got 7: take the number of classes from the labels (int(y_train.max()) + 1), not a number written in the
    # code" (a close call, see above).
    "qi6_classifier_extra_background_output": (
        "check_message", (),
        "nn.Linear(32, n_classes + 1) adds a 'background' output no label has: the logits have 7 columns where the 6 "
        "classes ask for 6; build the last layer with n_classes outputs."),
    # unseeded_random_source: "your code draws from torch's generator without seeding it: two calls with the same seed
    # left it in different states. Seed it from `seed`: torch.manual_seed(seed) before the model is built".
    "qi6_seeds_only_the_cuda_generator": ("right", ("unseeded_random_source",), ""),
    # no diagnosis: only the accuracies (0.946, 0.703).
    "qi6_optimizer_rebuilt_every_batch": (
        "nothing", (),
        "torch.optim.Adam(...) is built inside the batch loop: every step starts from fresh moments (m = v = 0, t = "
        "1), so each update is a sign step lr * g / |g| with no running averages; build the optimizer once, before the "
        "epochs."),
    # ------------------------------------------------------------------ a7_architectures
    "qi7_gap_bwd_zeros_plus_broadcast_dout": ("named", (), ""),
    "qi7_gaussian_nll_constant_computed_unused": ("named", (), ""),
    # scaled (W1, b1): "every entry is p=0.6 times the expected (p: dropout['p'] ...): a division by p is missing" (on
    # the projection test one of two causes, p = 0.75 or (N-1)/N); departure (both tests): "`da1`, set by line 180:
    # `da1 = dh * (h > 0)` ... your `da1` is 0.6 times the right value ...: the mistake is in that line".
    "qi7_resbwd_hidden_mask_from_h_without_scale": ("right", ("departure", "scaled"), ""),
    # indexed_without_rows (two tests) and reshaped (the one-example test): "yours has shape (3, 3, 4, 4) where (3, 4,
    # 4) ... yours[i, ..., i] along it is the expected: an index array used without a row index: x[:, classes] ...
    # pair it with the rows, x[np.arange(N), ..., classes]": the diagonal is the expected (checked), but W[:, classes]
    # is right; np.tensordot makes the pairs.
    "qi7_cam_tensordot_every_pair": (
        "misleading", (),
        "np.tensordot(weights, features, axes=([0], [1])) contracts every example's class column with every example's "
        "features: (N, N, H, W), whose [n, n] holds the CAMs; contract example by example, np.einsum('cn,nchw->nhw', "
        "W[:, classes], features)."),
    # departure (three tests): "line 178: `dscores = np.eye(N)[y]` raises the error (at `np.eye(N)[y]`) ...: the
    # mistake is in that line"; index_error's checklist beside it ends on "one computed with another axis's length".
    "qi7_saliency_one_hot_rows_of_batch_identity": ("right", ("departure",), ""),
    # strided (dlogits, one test): "only the indices 0 modulo 2 along axis 0 are wrong (every 2nd position) ...: check
    # how the stride is used (window i starts at i * stride) and what overlapping windows add up": mdn_nll has no
    # stride (the test's near and far rows alternate); only the comparison on the four other tests.
    "qi7_mdn_exp_log_std_as_variance": (
        "misleading", (),
        "var = np.exp(log_std) takes exp(log_std) as the variance, so sigma = exp(log_std / 2) and the normalizer is "
        "0.5 * log_std: every density is the wrong one (loss 4.26 where 5.27); exp(log_std) is the standard deviation, "
        "sigma = np.exp(log_std), var = sigma ** 2 (and the gradients from z = (y - mu) / sigma)."),
    # ------------------------------------------------------------------ a8_pipeline
    "qi8_crop_seeded_rng_unused_global_randint": ("named", (), ""),
    "qi8_normalize_standard_scaler_per_split": ("named", (), ""),
    "qi8_log_grid_interp_between_bounds": ("named", (), ""),
    # close (both tests): "within a relative 1.94e-06 ...: a small numerical difference (lower precision, a cruder
    # approximation ..., an epsilon placed differently), or a part of the computation whose effect is small left out or
    # added (a bias never updated, a small term, a last step)": the checklist (as JUDGEMENT15, 28).
    "qi8_param_stats_ratio_against_stepped_weights": (
        "vague", (),
        "the fifth statistic is update_ratio(W - lr * g, g, lr): the ratio is taken against the weights after the "
        "step, ||W - lr dW||, where the current weights W are asked; pass W."),
    # scaled: "every entry is 0.8333 times the expected (one common factor) ..." (5/6: true); departure (both tests):
    # "line 166: `return base_lr * (step + 1) / (warmup_steps + 1)` ... 0.0166667 where 0.02 is right: the mistake is
    # in that line, or in the condition at line 165".
    "qi8_warmup_ramp_over_warmup_plus_one": ("right", ("departure", "scaled"), ""),
    # one_slip (both tests): "the factor `0.1 *` missing, where b is computed".
    "qi8_train_bias_step_without_learning_rate": ("right", ("one_slip",), ""),
}
# Counts: named 13, right 27 (named or right 40/48 = 83%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 13 named, the other three, qi5_layernorm_scipy_zscore_default_axis,
# qi6_manual_warmup_step_counter_never_advanced and qi6_images_shuffled_alone_each_epoch, right by their diagnoses),
# misleading 3, vague 1, nothing 3, wrong_name 0, check_message 1, not_caught 0. HOLDOUT34_CORRECT: all 7 earn full
# marks.

HOLDOUT34 = [replace(e, verdict=JUDGEMENT34[e.id][0], expected=frozenset(JUDGEMENT34[e.id][1]),
                     ideal=JUDGEMENT34[e.id][2]) if e.id in JUDGEMENT34 else e for e in HOLDOUT34]
