"""A forty-fourth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 64fa1ff (JUDGED_ON44, JUDGEMENT44 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout44.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements
of corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns full
marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT44 holds the
mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT44_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT44: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qs1_affine_fwd_einsum_implicit_output", "a1_backprop", "affine_forward",
       "the product is written np.einsum('nd,dm', x_flat, w) without an explicit output: einsum's implicit mode "
       "sorts the free indices alphabetically, so the result is 'mn', the (M, N) transpose of the scores, and adding "
       "the (M,) bias to it fails (or mixes rows); 'nd,dm->nm' (or x_flat @ w) gives the (N, M) scores", """
def affine_forward(x, w, b):
    N = x.shape[0]
    x_flat = x.reshape(N, -1)
    # contract the D features of every row with the weights
    out = np.einsum("nd,dm", x_flat, w) + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("qs1_tanh_fwd_sigmoid_identity_keeps_sigmoid_cache", "a1_backprop", "tanh_forward",
       "tanh is computed right through the identity tanh(x) = 2 sigmoid(2x) - 1, but the cache returned is "
       "sigmoid_forward's, the sigmoid s = sigmoid(2x), instead of the tanh output t: tanh_backward then computes "
       "1 - s**2 where 1 - t**2 is the derivative, so dx is wrong (out right)", """
def tanh_forward(x):
    # tanh(x) = 2 * sigmoid(2x) - 1, reusing the overflow-safe sigmoid
    s, cache = sigmoid_forward(2 * x)
    out = 2 * s - 1
    return out, cache
"""),
    _e("qs1_relu_bwd_clip_as_mask", "a1_backprop", "relu_backward",
       "the 0/1 mask of the active units is written np.clip(x, 0, 1), which is x itself wherever 0 < x < 1: the "
       "gradient of those units is scaled by their input instead of passed whole; the mask is (x > 0)", """
def relu_backward(dout, cache):
    x = cache
    mask = np.clip(x, 0, 1)   # 1 where the unit was on, 0 where it was off
    dx = dout * mask
    return dx
"""),
    _e("qs1_linreg_gram_elementwise", "a1_backprop", "linear_regression_closed_form",
       "the Gram matrix is written X.T * X (the elementwise product, a MATLAB habit) instead of the matrix product "
       "X.T @ X: a (D, N) array times an (N, D) one does not broadcast when N != D, so the function raises instead "
       "of solving the normal equations (X^T X) w = X^T y", """
def linear_regression_closed_form(X, y):
    A = X.T * X            # Gram matrix X^T X
    rhs = X.T @ y
    return np.linalg.solve(A, rhs)
"""),
    _e("qs1_affine_bwd_db_np_average", "a1_backprop", "affine_backward",
       "db is np.average(dout, axis=0), the mean of the upstream gradient over the batch, where the bias gradient "
       "is its sum dout.sum(axis=0) (the 1/N of the mean loss is already inside dout); dx and dw right", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x2 = x.reshape(N, -1)
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(x2.T, dout)
    db = np.average(dout, axis=0)     # one bias gradient per output unit
    return dx, dw, db
""", catalogued="db_averaged"),
    _e("qs1_mlp_reg_grads_into_unused_dict", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty is in the loss, and the regularized weight gradients dW + reg * W are computed, but into a "
       "second dict (reg_grads) that is never used: the function returns the data gradients alone, so dW1 and dW2 "
       "miss reg * W1 and reg * W2 whenever reg > 0", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    h, c1 = affine_forward(X, W1, b1)
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    reg_loss = 0.5 * reg * sum(np.sum(params[k] ** 2) for k in ("W1", "W2"))
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    reg_grads = {k: grads[k] + reg * params[k] for k in ("W1", "W2")}  # weight decay on the weights only
    return data_loss + reg_loss, grads
""", catalogued="regularization_missing_from_gradients"),

    # ------------------------------------------------------------------ a2_optim
    _e("qs2_adagrad_returns_config_update", "a2_optim", "adagrad",
       "the state is written with `return next_w, config.update(cache=cache)`: dict.update changes config in place "
       "and returns None, so the caller gets None back as its config and the next call starts again from the "
       "defaults (learning rate 1e-2, a zero cache); return config itself after updating it", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w)) + g * g
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config.update(cache=cache)
"""),
    _e("qs2_gd_path_rebound_to_append_result", "a2_optim", "gradient_descent",
       "each step is recorded with path = path.append(w): list.append works in place and returns None, so path is "
       "None after the first step and the second append raises AttributeError (with one step the function returns "
       "np.array(None)); call path.append(w) without assigning its result", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    path = []
    for _ in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        path = path.append(w)
    return np.array(path)
"""),
    _e("qs2_cosine_lr_torch_parameter_names", "a2_optim", "cosine_lr",
       "the signature is renamed after torch's CosineAnnealingLR, cosine_lr(base_lr, step, T_max, eta_min=0.0): the "
       "formula is right, but callers that pass the documented keywords total_steps= and min_lr= get a TypeError "
       "(unexpected keyword argument); keep the names of the stub's signature", """
def cosine_lr(base_lr, step, T_max, eta_min=0.0):
    \"\"\"Cosine annealing, torch's CosineAnnealingLR in closed form.\"\"\"
    return eta_min + (base_lr - eta_min) * (1 + math.cos(math.pi * step / T_max)) / 2
"""),
    _e("qs2_sgd_learning_rate_popped_from_config", "a2_optim", "sgd",
       "the learning rate is read with config.pop('learning_rate', 1e-2), which removes it from the config that is "
       "returned: the first step uses the rate given, but the caller feeds that config back and every later step "
       "falls back to the default 1e-2; read it with config['learning_rate'] (or get) and leave it in config", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    lr = config.pop("learning_rate", 1e-2)
    next_w = w - lr * _gradient(w, dw, config)
    return next_w, config
"""),
    _e("qs2_adam_step_count_itertools_from_zero", "a2_optim", "adam",
       "the step count comes from an itertools.count() kept in config, t = next(counter): the counter starts at 0, "
       "so the first step's bias corrections divide by 1 - beta**0 = 0 (and every later step uses t one too small); "
       "t must be 1 on the first step (incremented before use)", """
def adam(w, dw, config=None):
    import itertools
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    counter = config.setdefault("counter", itertools.count())
    t = next(counter)
    g = _gradient(w, dw, config)
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    config["m"], config["v"] = m, v
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"])
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    _e("qs2_minibatch_orders_list_multiplied", "a2_optim", "minibatch_sgd",
       "the epochs' visiting orders are built as [rng.permutation(n)] * epochs: list multiplication repeats the one "
       "permutation drawn, so every epoch visits the rows in the same order; draw rng.permutation(N) anew at the "
       "start of every epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    orders = [rng.permutation(n)] * epochs      # one visiting order per epoch
    w = w0.astype(float).copy()
    path = []
    for order in orders:
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),

    # ------------------------------------------------------------------ a3_conv
    _e("qs3_avgpool_summed_area_no_zero_border", "a3_conv", "avg_pool_forward",
       "each window's sum is read from a summed-area table built with cumsum but without a zero row and column in "
       "front: the four-corner formula reads S[r0 - 1] and S[c0 - 1], which for windows at the top or left edge "
       "(r0 = 0 or c0 = 0) is index -1, the last row or column of the table, instead of 0; the first row and column "
       "of the pooled output are wrong", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    # summed-area table: S[..., r, c] = sum of x[..., :r + 1, :c + 1]
    S = x.cumsum(axis=2).cumsum(axis=3)
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            r0, c0 = i * s, j * s
            r1, c1 = r0 + ph - 1, c0 + pw - 1
            total = (S[:, :, r1, c1] - S[:, :, r0 - 1, c1]
                     - S[:, :, r1, c0 - 1] + S[:, :, r0 - 1, c0 - 1])
            out[:, :, i, j] = total / (ph * pw)
    return out, (x, pool_param)
"""),
    _e("qs3_convfast_as_strided_with_unpadded_strides", "a3_conv", "conv_forward_fast",
       "the windows are cut from the padded input xp with np.lib.stride_tricks.as_strided, but with the strides of "
       "the unpadded x (x.strides): xp's rows are 2 * pad elements longer and its planes larger, so with pad > 0 "
       "every window reads the wrong elements of xp (right only when pad is 0); use xp.strides", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    sN, sC, sH, sW = x.strides
    cols = np.lib.stride_tricks.as_strided(
        xp, shape=(N, C, Ho, Wo, HH, WW),
        strides=(sN, sC, stride * sH, stride * sW, sH, sW))
    out = np.einsum("nchwij,fcij->nfhw", cols, w) + b[None, :, None, None]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("qs3_unpool_fancy_index_every_plane", "a3_conv", "max_unpool",
       "the values are scattered with one fancy assignment out[:, :, indices] = x on the (N, C, H*W) planes: the "
       "(N, C, Ho, Wo) index array is applied to every plane, so each plane receives the values of all the planes "
       "at all their indices (the last written wins) instead of only its own; index plane by plane "
       "(or with np.put_along_axis)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    out = np.zeros((N, C, output_shape[0] * output_shape[1]))
    # scatter every pooled value to its flat position in the plane
    out[:, :, indices] = x
    return out.reshape(N, C, *output_shape)
"""),
    _e("qs3_output_size_dilation_counts_holes", "a3_conv", "conv_output_size",
       "dilation is read as the number of holes between the kernel's taps (0 for a plain kernel, the default set "
       "to 0), so the dilated kernel spans kernel_size + dilation * (kernel_size - 1): right without dilation, but "
       "torch's dilation d (1 for none) spans d * (kernel_size - 1) + 1, so dilation 2 or 4 gives the wrong size", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=0):
    # dilation = number of holes inserted between the kernel's taps (0: a plain kernel)
    effective = kernel_size + dilation * (kernel_size - 1)
    span = input_size + 2 * padding - effective
    if span < 0 or span % stride:
        raise ValueError(f"kernel {effective} and stride {stride} do not fit {input_size} + 2 * {padding}")
    return span // stride + 1
"""),
    _e("qs3_convbwd_naive_window_share_assigned", "a3_conv", "conv_backward_naive",
       "each window's gradient is summed over the filters into a local array and then assigned to dx, "
       "dxp[n, :, window] = share: where windows overlap (stride smaller than the kernel) a later window overwrites "
       "the earlier ones' shares instead of adding to them (dw and db right); use +=", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for n in range(N):
        for i in range(Ho):
            for j in range(Wo):
                r, c = i * stride, j * stride
                window = xp[n, :, r:r + HH, c:c + WW]
                share = np.zeros((C, HH, WW))
                for f in range(F):
                    dw[f] += window * dout[n, f, i, j]
                    share += w[f] * dout[n, f, i, j]
                dxp[n, :, r:r + HH, c:c + WW] = share
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="dx_assigned_not_accumulated"),
    _e("qs3_param_count_groups_each_see_all_inputs", "a3_conv", "conv_param_count",
       "the weights are counted group by group, out_channels // groups filters per group, but each filter is given "
       "all in_channels inputs: the groups add back up to out * in * kh * kw, as if groups were 1; a filter of a "
       "grouped convolution sees in_channels // groups channels", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    filters_per_group = out_channels // groups
    weights = 0
    for _ in range(groups):
        weights += filters_per_group * in_channels * kh * kw   # this group's filters
    return weights + (out_channels if bias else 0)
""", catalogued="param_count_ignores_groups"),

    # ------------------------------------------------------------------ a4_init
    _e("qs4_actstats_zip_with_activation_name", "a4_init", "activation_statistics",
       "the layers are walked with zip(weights, activation), as if activation were a list of one name per layer: "
       "zip pairs the weights with the characters of the string ('t', 'a', 'n', 'h'), so the lookup of 't' raises "
       "KeyError (and at most len(activation) layers would run); every layer uses the one activation given", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = [], []
    for W, act in zip(weights, activation):
        h = acts[act](h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qs4_actstats_sigmoid_with_math_exp", "a4_init", "activation_statistics",
       "the sigmoid of the activation table is written with math.exp, which takes one number: on the (N, D) array "
       "of pre-activations it raises TypeError, so the sigmoid network cannot be measured (tanh, ReLU and linear "
       "right); np.exp works elementwise", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1.0 / (1.0 + math.exp(-z)),
            "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0.0),
            "linear": lambda z: z}
    f = acts[activation]
    h, means, variances = X, [], []
    for W in weights:
        h = f(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("qs4_he_std_fans_pair_not_unpacked", "a4_init", "he_std",
       "fan_in = compute_fans(shape) binds the whole (fan_in, fan_out) pair: 2.0 / fan_in divides by a tuple and "
       "raises TypeError, so he_std (and he_normal, which uses it) fails; unpack fan_in, _ = compute_fans(shape)", """
def he_std(shape):
    fan_in = compute_fans(shape)
    return math.sqrt(2.0 / fan_in)
"""),
    _e("qs4_xavier_normal_torch_layout_transposed", "a4_init", "xavier_normal",
       "the draws are made in torch's layout, the first two axes swapped ((fan_out, fan_in) for a linear weight), "
       "and brought back with .T: for a 2-D weight that is right, but .T reverses every axis, so a convolution "
       "weight (out, in, kh, kw) drawn as (in, out, kh, kw) comes back with shape (kw, kh, out, in)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    # draw in torch's (out, in, ...) layout, then transpose back to ours
    torch_shape = (shape[1], shape[0]) + tuple(shape[2:])
    return rng.normal(0.0, std, size=torch_shape).T
"""),
    _e("qs4_xavier_std_reciprocal_of_mean_fan", "a4_init", "xavier_std",
       "Glorot's rule Var(W) = 1 / n is returned as it is, gain * 1 / n with n the mean of the fans (or fan_in): "
       "that is the variance, and the standard deviation is its square root, gain * sqrt(2 / (fan_in + fan_out)) "
       "(gain * sqrt(1 / fan_in))", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = np.mean([fan_in, fan_out]) if mode == "fan_avg" else fan_in
    # Glorot: keep Var(W) = 1 / n
    return gain * float(np.reciprocal(float(n)))
""", catalogued="variance_used_as_std"),
    _e("qs4_xavier_uniform_generator_kept_on_function", "a4_init", "xavier_uniform",
       "the generator is created from the seed on the first call only and kept as an attribute of the function "
       "('no need to rebuild it'): later calls continue its stream whatever seed they pass, so the same seed gives "
       "other weights; make np.random.default_rng(seed) in every call", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    if not hasattr(xavier_uniform, "rng"):
        xavier_uniform.rng = np.random.default_rng(seed)
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return xavier_uniform.rng.uniform(-a, a, size=shape)
""", catalogued="global_seed_in_xavier_uniform"),

    # ------------------------------------------------------------------ a5_normalization
    _e("qs5_ln_eps_default_keras", "a5_normalization", "layernorm_forward",
       "wrong default: eps is read with ln_param.get('eps', 1e-3) (Keras's LayerNormalization epsilon) instead of "
       "the documented 1e-5: with an ln_param that gives none, every row is divided by sqrt(var + 1e-3), so out, "
       "x_hat and inv_std are slightly off", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-3)
    mu = np.mean(x, axis=1, keepdims=True)
    var = np.mean((x - mu) ** 2, axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("qs5_l2_caret_for_square", "a5_normalization", "l2_penalty",
       "the square is typed W ^ 2: ^ is Python's bitwise exclusive or, not a power, and NumPy has no xor for "
       "floats, so the call raises TypeError; the penalty is 0.5 * reg * np.sum(W ** 2)", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(W ^ 2)
    grad = reg * W
    return loss, grad
"""),
    _e("qs5_bn_bwd_dvar_sign_lost", "a5_normalization", "batchnorm_backward",
       "in the staged backward pass dvar is written +0.5 * inv_std**3 * sum(dx_hat * (x - mu)): the derivative of "
       "(var + eps)**(-1/2) is -1/2 (var + eps)**(-3/2), so the variance path enters dx (and dmu) with the wrong "
       "sign (dgamma, dbeta right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    xmu = x_hat / inv_std
    # d (var + eps)^(-1/2) / dvar = 1/2 (var + eps)^(-3/2)
    dvar = np.sum(dxhat * xmu, axis=0) * 0.5 * inv_std ** 3
    dmu = -np.sum(dxhat * inv_std, axis=0) - 2.0 * dvar * np.mean(xmu, axis=0)
    dx = dxhat * inv_std + dvar * 2.0 * xmu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qs5_gn_bwd_dx_left_grouped", "a5_normalization", "groupnorm_backward",
       "dx is computed right in the grouped (N, groups, C // groups * H * W) layout of the simplified formula but "
       "returned as it is: it is never reshaped back to the input's (N, C, H, W) (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dbeta = dout.sum(axis=(0, 2, 3))
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    # the simplified formula, with means over each group's values
    dx = inv_std * (g - g.mean(axis=2, keepdims=True) - xh * (g * xh).mean(axis=2, keepdims=True))
    return dx, dgamma, dbeta
"""),
    _e("qs5_bn_running_update_after_both_modes", "a5_normalization", "batchnorm_forward",
       "the batch's mean and variance are computed before the mode is looked at and the running averages are "
       "updated after the if/else, in both modes: a test batch moves running_mean and running_var (its output is "
       "right, normalized with the averages from before); update them in train mode only", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    # statistics of this batch (the running averages track them)
    mu = x.mean(axis=0)
    var = x.var(axis=0)
    if mode == "train":
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        cache = None
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = momentum * running_mean + (1 - momentum) * mu
    bn_param["running_var"] = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    return out, cache
""", catalogued="bn_running_updated_in_test_mode"),
    _e("qs5_dropout_eval_mode_name", "a5_normalization", "dropout_forward",
       "inference is recognized by mode == 'eval' (torch's name for it), but the layer is called with mode 'test': "
       "the test branch never runs, so dropout drops and rescales units at test time too, where the input must be "
       "returned unchanged", """
def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    if dropout_param.get("mode") == "eval":      # inference: identity
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
""", catalogued="dropout_at_test_time"),

    # ------------------------------------------------------------------ a6_cnn
    _e("qs6_grad_disabled_for_epoch_accuracy", "a6_cnn", "train_and_predict",
       "the training accuracy printed after each epoch is computed after torch.set_grad_enabled(False), which is "
       "never switched back on (a `with torch.no_grad():` block was meant): from the second epoch on no graph is "
       "recorded and loss.backward() raises, so the function fails before predicting", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        # training accuracy of the epoch, without building a graph
        torch.set_grad_enabled(False)
        acc = (model(X).argmax(1) == y).float().mean().item()
        print(f"epoch {epoch}: train accuracy {acc:.3f}")
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qs6_backward_on_running_epoch_loss", "a6_cnn", "train_and_predict",
       "the batch losses are added into a running tensor for the epoch's log, running = running + loss, and "
       "backward() is called on that running sum instead of on the batch's loss: from the second batch on it "
       "back-propagates through the first batch's graph again, whose buffers were freed, and raises RuntimeError; "
       "call loss.backward() and accumulate loss.item()", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(epochs):
        model.train()
        running = 0.0
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            running = running + loss          # the epoch's loss, for the log
            running.backward()
            opt.step()
            sched.step()
        print(f"epoch {epoch}: loss {float(running):.4f}")
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("qs6_pooled_features_not_flattened", "a6_cnn", "train_and_predict",
       "the network's forward pass feeds the globally pooled features, shape (B, 32, 1, 1), straight into "
       "nn.Linear(32, n_classes) without flattening them: nn.Linear works on the last axis, of size 1, so the first "
       "forward pass raises a shape error (mat1 and mat2 shapes cannot be multiplied); flatten to (B, 32) first "
       "(torch.flatten(x, 1) or nn.Flatten())", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    class Net(nn.Module):
        def __init__(self, channels, n_classes):
            super().__init__()
            self.features = nn.Sequential(
                nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2))
            self.pool = nn.AdaptiveAvgPool2d(1)
            self.fc = nn.Linear(32, n_classes)

        def forward(self, x):
            return self.fc(self.pool(self.features(x)))

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = Net(X_train.shape[1], int(y_train.max()) + 1).to(device)
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
    _e("qs6_logits_cast_to_label_dtype", "a6_cnn", "train_and_predict",
       "the logits are returned cast to int64 ('the same dtype as y_train'): astype truncates every score towards "
       "zero, so classes whose logits share an integer part tie and argmax picks the first of them, and small "
       "positive and negative scores all become 0; return the float logits", """
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
    return logits.astype(y_train.dtype)   # same dtype as the labels
"""),
    _e("qs6_grads_set_to_none_before_step", "a6_cnn", "train_and_predict",
       "after loss.backward() every parameter's .grad is set to None 'to free memory' before opt.step(): the "
       "optimizer skips parameters without a gradient, so no weight ever moves and the model predicts at chance; "
       "clear the gradients before the backward pass (opt.zero_grad()), not between it and the step", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            for p in model.parameters():      # free the gradient memory
                p.grad = None
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("qs6_random_batch_indices_drawn_twice", "a6_cnn", "train_and_predict",
       "each step samples a random batch with a helper called twice, xb = X[sample()] and yb = y[sample()]: the "
       "images and the labels come from two independent draws of indices, so every image is trained on some other "
       "image's label and the model learns nothing; draw the indices once and index X and y with them", """
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
    batch = 64
    steps = 15 * ((len(y) + batch - 1) // batch)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    g = torch.Generator().manual_seed(seed)

    def sample():
        return torch.randint(0, len(y), (batch,), generator=g).to(device)

    model.train()
    for _ in range(steps):
        xb, yb = X[sample()], y[sample()]
        opt.zero_grad()
        nn.functional.cross_entropy(model(xb), yb).backward()
        opt.step()
        sched.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="labels_shuffled"),

    # ------------------------------------------------------------------ a7_architectures
    _e("qs7_resfwd_ws_read_by_subscript", "a7_architectures", "residual_block_forward",
       "the projection is detected with Ws = params['Ws'] and `if Ws is None`: subscripting a key that is absent "
       "raises KeyError, so every block with an identity shortcut (params without Ws) fails; look the key up with "
       "params.get('Ws') or test 'Ws' in params", """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    a1 = x @ W1 + b1
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    Ws = params["Ws"]
    shortcut = x if Ws is None else x @ Ws + params["bs"]
    z = h @ W2 + b2 + shortcut
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
"""),
    _e("qs7_gaussian_log_two_pi_misparenthesized", "a7_architectures", "gaussian_nll",
       "the constant 0.5 * log(2 pi) is typed 0.5 * math.log(2) * math.pi, the log of 2 times pi: every output adds "
       "about 1.089 instead of 0.919 to the loss (the gradients, which the constant does not reach, are right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    r = y - mu
    const = 0.5 * math.log(2) * math.pi          # 0.5 log(2 pi)
    loss = np.sum(const + log_std + 0.5 * (r / sigma) ** 2) / N
    dmu = -r / sigma ** 2 / N
    dlog_std = (1 - (r / sigma) ** 2) / N
    return loss, dmu, dlog_std
"""),
    _e("qs7_cam_einsum_implicit_output", "a7_architectures", "class_activation_map",
       "the weighted sum is written np.einsum('nc,nchw', weights, features) without an explicit output: in "
       "einsum's implicit mode every repeated index is summed, n included, and the free ones sorted, so the result "
       "is one (H, W) map summed over the examples instead of the (N, H, W) maps; 'nc,nchw->nhw' keeps n", """
def class_activation_map(features, W, classes):
    weights = W[:, classes].T          # (N, C): each example's class column
    # weighted sum of the feature maps over the channels
    return np.einsum("nc,nchw", weights, features)
"""),
    _e("qs7_saliency_max_keepdims", "a7_architectures", "saliency_map",
       "the gradient is right, but the maximum of its absolute value over the channels is taken with "
       "keepdims=True: the saliency comes back (N, 1, H, W) instead of (N, H, W)", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1.0
    da1 = (dscores @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1, keepdims=True)
"""),
    _e("qs7_mdn_logits_as_log_weights_inline", "a7_architectures", "mdn_nll",
       "each component's log-term is written logits + log N(y; mu_k, sigma_k), the logits taken as the log mixing "
       "weights: without the log-softmax (logits - logsumexp(logits)) the weights do not sum to 1, so the loss and "
       "dlogits are wrong (dlogits = -gamma / N instead of (pi - gamma) / N)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    # log of pi_k N(y; mu_k, sigma_k) for every component (the logits are the log-weights)
    log_joint = logits - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    m = log_joint.max(axis=1, keepdims=True)
    log_p = m + np.log(np.exp(log_joint - m).sum(axis=1, keepdims=True))
    resp = np.exp(log_joint - log_p)
    loss = -np.mean(log_p)
    dlogits = -resp / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_logits_used_as_log_weights"),
    _e("qs7_gap_bwd_np_full_not_divided", "a7_architectures", "global_avg_pool_backward",
       "dx is built with np.full((N, C, H, W), dout[:, :, None, None]), which broadcasts each map's whole gradient "
       "to every position of the map: the forward pass averaged over H * W positions, so each gets "
       "dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    # every position of a map receives the map's gradient
    return np.full((N, C, H, W), dout[:, :, None, None])
""", catalogued="gap_backward_not_divided_by_area"),

    # ------------------------------------------------------------------ a8_pipeline
    _e("qs8_log_grid_array_of_map", "a8_pipeline", "log_grid",
       "the grid is built as np.array(map(lambda k: low * ratio**k, range(n))), a Python 2 habit: in Python 3 map "
       "returns a lazy iterator, and np.array of it is a 0-d object array holding the map object, not the n grid "
       "values; wrap it in list(...) or compute low * ratio ** np.arange(n)", """
def log_grid(low, high, n):
    ratio = (high / low) ** (1.0 / (n - 1))
    return np.array(map(lambda k: low * ratio ** k, range(n)))
"""),
    _e("qs8_flip_np_flip_without_axis", "a8_pipeline", "random_flip",
       "the chosen images are mirrored with np.flip(x[flip]) and no axis: np.flip reverses every axis when none is "
       "given, so the chosen images are also put in reverse order among themselves, their channels reversed and "
       "turned upside down; mirroring left-right reverses the last axis only (axis=-1)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.random(x.shape[0]) < p
    out = x.copy()
    out[flip] = np.flip(x[flip])      # mirror the chosen images
    return out
"""),
    _e("qs8_crop_output_zeros_matlab_shape", "a8_pipeline", "random_crop",
       "the output is allocated with np.zeros(N, C, size, size), the dimensions passed one by one as in MATLAB (or "
       "np.random.rand): np.zeros takes the shape as one tuple and its second argument is the dtype, so the call "
       "raises TypeError; write np.zeros((N, C, size, size))", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    top = rng.integers(0, H + 2 * padding - size + 1, size=N)
    left = rng.integers(0, W + 2 * padding - size + 1, size=N)
    out = np.zeros(N, C, size, size)
    for i in range(N):
        out[i] = padded[i, :, top[i]:top[i] + size, left[i]:left[i] + size]
    return out
"""),
    _e("qs8_train_reshuffles_previous_order", "a8_pipeline", "train_and_predict",
       "the visiting order is one array, order = np.arange(N), shuffled in place with rng.shuffle(order) at every "
       "epoch: the first epoch matches rng.permutation(N), but every later epoch shuffles the previous epoch's "
       "order instead of a fresh 0..N-1, so the rows are visited in other orders than the recipe's", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    order = np.arange(len(X))
    for _ in range(20):
        rng.shuffle(order)                 # a new visiting order each epoch
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
    _e("qs8_crop_offsets_floor_of_uniform", "a8_pipeline", "random_crop",
       "the offsets are drawn as (rng.random(N) * room).astype(int) with room = H + 2 * padding - size: the floor "
       "of a uniform draw in [0, room) is at most room - 1, so the largest offset (the window flush with the far "
       "border) is never drawn; the offsets run from 0 to room inclusive", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    # offsets uniform over the room left in the padded image
    rows = (rng.random(N) * (H + 2 * padding - size)).astype(int)
    cols = (rng.random(N) * (W + 2 * padding - size)).astype(int)
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
""", catalogued="crop_offset_off_by_one"),
    _e("qs8_warmup_interp_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is interpolated with np.interp(step, [0, warmup_steps], [0, base_lr]), a ramp that starts at 0 "
       "at step 0: that is base_lr * step / warmup_steps, which wastes the first step and reaches base_lr one step "
       "late; the warm-up rate is base_lr * (step + 1) / warmup_steps", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        # linear ramp from 0 to base_lr over the warm-up
        return float(np.interp(step, [0, warmup_steps], [0.0, base_lr]))
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
]

HOLDOUT44_CORRECT: list[Entry] = [
    _e("qsk_correct_sigmoid_fwd_expit", "a1_backprop", "sigmoid_forward",
       "correct: the sigmoid from scipy.special.expit, which never overflows, its output cached", """
def sigmoid_forward(x):
    from scipy.special import expit
    out = expit(x)          # overflow-free logistic function
    return out, out
"""),
    _e("qsk_correct_newton_step_eigh", "a2_optim", "newton_step",
       "correct: the Newton direction from the eigendecomposition of the symmetric Hessian, V diag(1/lambda) V^T grad "
       "(no inverse formed), subtracted from w", """
def newton_step(w, grad, hessian):
    lam, V = np.linalg.eigh(hessian)
    return w - V @ ((V.T @ grad) / lam)
"""),
    _e("qsk_correct_receptive_field_top_down", "a3_conv", "receptive_field",
       "correct: the receptive field computed from the top unit down, r = (r - 1) * s + d * (k - 1) + 1 for the "
       "layers in reverse order", """
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations if dilations is not None else [1] * len(kernel_sizes)
    r = 1
    for k, s, d in reversed(list(zip(kernel_sizes, strides, dilations))):
        r = (r - 1) * s + d * (k - 1) + 1
    return r
"""),
    _e("qsk_correct_xavier_normal_box_muller", "a4_init", "xavier_normal",
       "correct: standard normals made by the Box-Muller transform from two uniform draws of the seeded generator "
       "(1 - u keeps the log finite), scaled by xavier_std and reshaped", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    n = math.prod(shape)
    u1 = 1.0 - rng.random(n)            # in (0, 1]
    u2 = rng.random(n)
    z = np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)
    return xavier_std(shape, mode, gain) * z.reshape(shape)
"""),
    _e("qsk_correct_dropout_binomial_mask", "a5_normalization", "dropout_forward",
       "correct: the keep decisions drawn as Binomial(1, p) from the seeded generator, scaled by 1 / p; test mode "
       "returns x", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.binomial(1, p, size=x.shape)
    mask = keep / p
    return x * mask, mask
"""),
    _e("qsk_correct_gap_fwd_matvec", "a7_architectures", "global_avg_pool_forward",
       "correct: each map flattened to H * W values and multiplied by a constant vector of 1 / (H * W), the "
       "input's shape cached", """
def global_avg_pool_forward(x):
    N, C, H, W = x.shape
    avg = np.full(H * W, 1.0 / (H * W))
    return x.reshape(N, C, H * W) @ avg, x.shape
"""),
    _e("qsk_correct_log_grid_base_two", "a8_pipeline", "log_grid",
       "correct: np.logspace over the base-2 logarithms of the bounds with base=2", """
def log_grid(low, high, n):
    return np.logspace(np.log2(low), np.log2(high), n, base=2.0)
"""),
]

JUDGED_ON44 = "2026-12-06 on commit 64fa1ff"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout44 on commit 64fa1ff (JUDGED_ON44), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT43 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of the test's sizes included); a departure naming the line with the mistake is right,
# and so is one that names the line that uses a wrong value with, as its alternatives, what holds the mistake (a
# container called loosely "a list or dict" included, as z1_logistic_forward_pair_not_unpacked in JUDGEMENT11); a
# departure that sends the student first to a right line states something false; a generic hedge (end_block's "if
# these are steps ... if they are rows ...") beside a right diagnosis is tolerated; a catalogued entry whose name is
# not given is judged by its diagnoses (non_finite's "a division by zero ..." first of four for Adam's 1 - beta ** 0
# = 0, as qq2_adam_beta_powers_updated_after_use in JUDGEMENT42; loss_flat's first of three guesses, the labels apart
# from their images, as qr6_first_image_dropped_labels_from_end in JUDGEMENT43); learned_little where the model
# learned and what it returns is spoiled otherwise is misleading (as qk6_bn_running_stats_reset_before_predict in
# JUDGEMENT36); an error raised by Python, NumPy or torch, a shape comparison, an accuracy figure or a check's message
# that says what is wrong but not why is the comparison (nothing); checklists that list the cause among many are
# vague, but one of few causes, the entry's among them, is tolerated (reshaped's one-example reading "as long as y
# ...; or keepdims=True", as qe7_saliency_max_keepdims in JUDGEMENT30). Decided here: shape_error's account of NumPy's
# broadcasting error with a remedy that would not mend the code ("(6,) meets the last axis of (6, 3) ...: give it the
# shape (6, 1)" where the einsum's implicit output is the transposed scores and b is right), beside a departure that
# names the line, is right: its statements about the shapes are true and its remedy is advice, not a claim about the
# code (as y6_augmented_labels_repeat_interleave in JUDGEMENT10 and not_rejected in JUDGEMENT33; a close call); a
# loop departure saying the loop "makes N passes ...: it runs out its range after pass N: the range ends early (its
# last k items are never looked at)" where the loop raised an error in pass N states a mechanism that is not there:
# misleading, where its pointer is a right range (`for _ in range(steps):`, `for W in weights:`) and also where the
# loop header it points at holds the mistake (zip over the characters of the activation's name; a close call, as
# qr1_mlp_grads_shallow_copy_of_params in JUDGEMENT43); a loop departure ending on "the lines of your loop that set
# it: line N ...; the mistake is most likely in one of them or in the condition that decides whether it runs", where
# those lines are right and no alternative names what they read (the summed-area table read at index -1; the visiting
# order shuffled in place, in one test the update lines named before the index line), sends the student to right
# lines: misleading (unlike qr1_numgrad_bumps_scalar_copy, whose "or in a value they read in that pass" held the
# mistake); one_slip's "`+ 1` where `- 1` is meant (the same slip in two places)" for a dilated extent written k + d (k
# - 1), which equals the slipped d (k + 1) - 1 only where k = 2 d - 1 (the test's k = 3, d = 2), is a coincidence of
# the test's sizes: misleading; one_slip's "`inv_std - dvar` where `inv_std + dvar` is meant, where dx is computed"
# for dvar's sign lost in dvar's own line (its only other use multiplied by the mean of x - mu, which is 0) is the
# student's arithmetic written another way, the variance term entering dx with the wrong sign: right (a close call); a
# departure on the as_strided line "or in `Ho` ... or in `Wo`", listing the stride numbers it reads (sN, sC, sH, sW,
# taken from x.strides) as not checked, names the line whose strides argument is wrong: right (a close call).
JUDGEMENT44: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (five tests): "line 219: `out = np.einsum("nd,dm", x_flat, w) + b` raises the error (at
    # `np.einsum("nd,dm", x_flat, w) + b`) ...: the mistake is in that line"; shape_error beside it on two tests: "(6,)
    # meets the last axis of (6, 3), of size 3; its sizes match axis 0 instead: to line it up there, give it the shape
    # (6, 1)": true of the shapes, its remedy advice that would not mend the transposed product (a close call, above).
    "qs1_affine_fwd_einsum_implicit_output": ("right", ("departure",), ""),
    # handed_wrong_input: "your tanh_backward() is the correct code's own, yet it returns a wrong dx here: it was handed
    # `cache` from your tanh_forward(). The mistake is in what tanh_forward() returns there".
    "qs1_tanh_fwd_sigmoid_identity_keeps_sigmoid_cache": ("right", ("handed_wrong_input",), ""),
    # departure (four tests): "line 217: `mask = np.clip(x, 0, 1)` computes `mask`, a value the correct code never
    # computes ... The mistake is in lines 217-218"; end_block beside it on grads['b1'] is the generic hedge.
    "qs1_relu_bwd_clip_as_mask": ("right", ("departure",), ""),
    # departure (three tests): "line 216: `A = X.T * X` raises the error (at `X.T * X`) ...: the mistake is in that
    # line"; shape_error: "NumPy matches (4, 20) and (20, 4) axis by axis ...: is one the other transposed?" (true).
    "qs1_linreg_gram_elementwise": ("right", ("departure", "shape_error"), ""),
    "qs1_affine_bwd_db_np_average": ("named", (), ""),
    "qs1_mlp_reg_grads_into_unused_dict": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # state_not_kept (four tests): "your first step matches, then ...: what it carries from one call to the next (its
    # state in config ...) is probably not kept, not updated, or used wrongly" (true: config comes back as None);
    # as_if: "yours is what the correct adagrad() returns if config['cache'] were all zeros" (true).
    "qs2_adagrad_returns_config_update": ("right", ("state_not_kept", "as_if"), ""),
    # departure (both tests): "your loop at lines 237-239 (`for _ in range(steps):`) makes 2 passes where the correct
    # code's makes 10 ...: it runs out its range after pass 2: the range ends early (its last 8 items are never looked
    # at); the mistake is most likely in the range of `for _ in range(steps):`": false, the range is right and the
    # second pass raises AttributeError (path is None).
    "qs2_gd_path_rebound_to_append_result": (
        "misleading", (),
        "path = path.append(w) rebinds path to what list.append returns, None: the second pass's path.append raises "
        "AttributeError ('NoneType' object has no attribute 'append'); the range is right; call path.append(w) "
        "without assigning its result."),
    # no diagnosis: only Python's "cosine_lr() got an unexpected keyword argument 'total_steps'".
    "qs2_cosine_lr_torch_parameter_names": (
        "nothing", (),
        "the parameters are renamed after torch's CosineAnnealingLR (T_max, eta_min): the formula is right, but the "
        "callers pass the stub's keywords total_steps= and min_lr= and get a TypeError; keep the signature "
        "cosine_lr(base_lr, step, total_steps, min_lr=0.0)."),
    # state_not_kept (both tests): "your first step matches, then your weights leave the expected path for good: ...
    # what it carries from one call to the next (its state in config ...) is probably not kept": the learning rate,
    # popped from the config returned (the later steps use the default 1e-2).
    "qs2_sgd_learning_rate_popped_from_config": ("right", ("state_not_kept",), ""),
    # catalogued adam_t_incremented_after_use, not named; non_finite (five tests): "60 of 60 entries are NaN or Inf
    # ...: a division by zero (or zero over zero), the log of zero, or the log or square root of a negative number
    # ..., or an overflow": m / (1 - b1 ** 0) on the first step, the first of four causes, no place (a close call).
    "qs2_adam_step_count_itertools_from_zero": ("right", ("non_finite",), ""),
    "qs2_minibatch_orders_list_multiplied": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure (three tests): "your loop at lines 288-294 ... after pass 1 (i = 0) they part: your `out` differs ...
    # The lines of your loop that set it: line 294: `out[:, :, i, j] = total / (ph * pw)`; the mistake is most likely
    # in one of them or in the condition that decides whether it runs": line 294 is right; the table has no zero
    # border and lines 292-293 read S at index -1.
    "qs3_avgpool_summed_area_no_zero_border": (
        "misleading", (),
        "S = x.cumsum(axis=2).cumsum(axis=3) has no zero row and column in front: for windows on the top row or the "
        "left column (r0 = 0 or c0 = 0) the four-corner formula of lines 292-293 reads S[..., -1, ...], the table's "
        "last row or column, where 0 is meant, so the first row and column of out are wrong; pad S with a zero row and "
        "column in front (and shift the indices by one)."),
    # departure (both tests): "`cols`, set by line 289: `cols = np.lib.stride_tricks.as_strided( xp, ..., strides=(sN,
    # sC, stride * sH, stride * sW, sH, sW))`. What that line reads (...; the numbers Ho, Wo, sC, sH, sN, sW ..., not
    # checked) agrees ...: the mistake is in that line, or in `Ho` ..., or in `Wo`": the strides argument (x.strides
    # for xp) is wrong (a close call, above).
    "qs3_convfast_as_strided_with_unpadded_strides": ("right", ("departure",), ""),
    # departure (three tests): "`out`, set by line 285: `out[:, :, indices] = x` ...: the mistake is in that line".
    "qs3_unpool_fancy_index_every_plane": ("right", ("departure",), ""),
    # departure (dilation 2): "`span`, set by line 284 ... 10 where 12 is right ...: the mistake is in that line, or in
    # `effective`, set by line 283" (right); but one_slip on conv_output_size(10, 3, 1, 2, 2): "`+ 1` where `- 1` is
    # meant (the same slip in two places)": d (k + 1) - 1 = 7 equals the student's k + d (k - 1) only because k = 2d - 1
    # here (with k = 5, d = 2 they part: 13 against 11); no such slip is there.
    "qs3_output_size_dilation_counts_holes": (
        "misleading", ("departure",),
        "effective = kernel_size + dilation * (kernel_size - 1) reads dilation as the number of holes between taps "
        "(default 0), but the dilation asked is torch's d (1 for none), whose kernel spans d * (kernel_size - 1) + 1: "
        "with dilation 2 the span is 7 where 5 (8 where 10); use effective = dilation * (kernel_size - 1) + 1 and the "
        "default dilation=1."),
    "qs3_convbwd_naive_window_share_assigned": ("named", (), ""),
    "qs3_param_count_groups_each_see_all_inputs": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # departure (four tests): "your loop at lines 95-98 (`for W, act in zip(weights, activation):`) makes 1 pass where
    # the correct code's makes 6 ...: it runs out its range after pass 1: the range ends early (its last 5 items are
    # never looked at); the mistake is most likely in the range of `for W, act in zip(weights, activation):`, or in
    # what it counts": the header is the mistake, but the loop does not run out after pass 1, it raises KeyError 't'
    # in it (a close call, above).
    "qs4_actstats_zip_with_activation_name": (
        "misleading", (),
        "zip(weights, activation) pairs the weights with the characters of the activation's name ('t', 'a', 'n', "
        "'h'): the first lookup acts['t'] raises KeyError; activation is one name for every layer: loop over the "
        "weights alone and apply acts[activation] in each."),
    # departure: "your loop at lines 97-100 (`for W in weights:`) makes 1 pass where the correct code's makes 10 ...:
    # it runs out its range after pass 1 ...; the mistake is most likely in the range of `for W in weights:`": false,
    # the range is right; math.exp raises TypeError on the array in the first pass.
    "qs4_actstats_sigmoid_with_math_exp": (
        "misleading", (),
        "the sigmoid of the activation table is written with math.exp, which takes one number: on the (N, D) "
        "pre-activations it raises TypeError ('only 0-dimensional arrays can be converted to Python scalars') in the "
        "first layer; use np.exp."),
    # departure (five tests): "line 92: `return math.sqrt(2.0 / fan_in)` raises the error (at `2.0 / fan_in`) ...;
    # fan_in, a list or dict of yours, not checked; the mistake is in that line, or in what `fan_in` holds": the
    # (fan_in, fan_out) tuple, loosely "a list or dict".
    "qs4_he_std_fans_pair_not_unpacked": ("right", ("departure",), ""),
    # no diagnosis: only the shape comparison, "expected an array of shape (47, 25, 3, 3), got (3, 3, 47, 25)".
    "qs4_xavier_normal_torch_layout_transposed": (
        "nothing", (),
        "the draws are made in the (shape[1], shape[0], ...) layout and brought back with .T, which reverses every "
        "axis: right for a 2-D weight, but a convolution weight (47, 25, 3, 3) comes back (3, 3, 47, 25); swap only "
        "the first two axes (np.swapaxes(z, 0, 1)), or draw in shape itself."),
    "qs4_xavier_std_reciprocal_of_mean_fan": ("named", (), ""),
    "qs4_xavier_uniform_generator_kept_on_function": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "`eps`, set by line 218: `eps = ln_param.get("eps", 1e-3)` ... your `eps` is 0.001 where 1e-05 is
    # right ...: the mistake is in that line".
    "qs5_ln_eps_default_keras": ("right", ("departure",), ""),
    # departure (both tests): "line 218: `loss = 0.5 * reg * np.sum(W ^ 2)` raises the error (at `W ^ 2`) ...: the
    # mistake is in that line".
    "qs5_l2_caret_for_square": ("right", ("departure",), ""),
    # one_slip (both tests): "`inv_std - dvar` where `inv_std + dvar` is meant, where dx is computed": the variance
    # term enters dx with the wrong sign, the sign lost in dvar's line (a close call, above).
    "qs5_bn_bwd_dvar_sign_lost": ("right", ("one_slip",), ""),
    # reshaped: "your values are right but in shape (2, 2, 27); reshape them to (2, 6, 3, 3)".
    "qs5_gn_bwd_dx_left_grouped": ("right", ("reshaped",), ""),
    "qs5_bn_running_update_after_both_modes": ("named", (), ""),
    "qs5_dropout_eval_mode_name": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # torch_error (three tests): "backward() was called on a loss that carries no gradient: it was computed under
    # torch.no_grad(), or from values cut off the graph ...": the first of two, grad mode left off by
    # torch.set_grad_enabled(False).
    "qs6_grad_disabled_for_epoch_accuracy": ("right", ("torch_error",), ""),
    # torch_error (three tests): "backward() went through the same graph twice: something computed once is reused in
    # every step (a loss summed across steps without .item(), ...)".
    "qs6_backward_on_running_epoch_loss": ("right", ("torch_error",), ""),
    # torch_error (three tests): "a layer that multiplies by a (32, 10) weight ... got 2048 rows of 1 features: what
    # reaches it has 1 features per example (the maps flattened before it), so build it with in_features=1": false,
    # the (64, 32, 1, 1) pooled features reach nn.Linear unflattened (64 x 32 rows of the last axis, of size 1).
    "qs6_pooled_features_not_flattened": (
        "misleading", (),
        "forward() feeds the pooled features, (B, 32, 1, 1), to nn.Linear(32, classes) without flattening: Linear "
        "works on the last axis, of size 1, so torch sees 64 x 32 = 2048 rows of 1 feature and raises; flatten first, "
        "self.fc(torch.flatten(self.pool(self.features(x)), 1))."),
    # learned_little (shapes): "your model predicts the training images it was given no better than new ones (0.64
    # ...; 0.58 ...): either it did not learn them (...), or what it predicts reaches it otherwise than what it trained
    # on (the images preprocessed differently at test time ...)": neither; the model learned (the digits pass), its
    # logits are truncated to integers.
    "qs6_logits_cast_to_label_dtype": (
        "misleading", (),
        "logits.astype(y_train.dtype) casts the scores to int64, truncating each towards zero: classes whose logits "
        "share an integer part tie and argmax picks the first of them (0.58 on the shapes); return the float logits."),
    # catalogued untrained_model, not named; zero_gradients_at_step (three tests): "at 300 of its 300 optimizer steps
    # every gradient was zero: the gradients are cleared between loss.backward() and optimizer.step()" (p.grad = None).
    "qs6_grads_set_to_none_before_step": ("right", ("zero_gradients_at_step",), ""),
    # catalogued labels_shuffled, not named; loss_flat (three tests): "the training loss stayed at about 2.30 ...: the
    # model learned nothing from its batches. A batch's labels not those of its images (index X and y with the same
    # indices ...), steps that do not reach the model's weights ..., or a learning rate too small ...?": the first.
    "qs6_random_batch_indices_drawn_twice": ("right", ("loss_flat",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (five tests): "line 183: `Ws = params["Ws"]` raises the error (at `params["Ws"]`) ...: the mistake is
    # in that line".
    "qs7_resfwd_ws_read_by_subscript": ("right", ("departure",), ""),
    # departure (both tests): "`const`, set by line 179: `const = 0.5 * math.log(2) * math.pi` ... your `const` is
    # 1.08879; with 0.918939 there instead ...: the mistake is in that line".
    "qs7_gaussian_log_two_pi_misparenthesized": ("right", ("departure",), ""),
    # over_reduced (two tests): "yours is the sum over axis 0 of the expected (shape (4, 4) for (3, 4, 4)): keep that
    # axis, no sum there"; reshaped on the one-example test ("an axis of length 1 too many or missing", N = 1: true).
    "qs7_cam_einsum_implicit_output": ("right", ("over_reduced", "reshaped"), ""),
    # reshaped (four tests): "your values are right but your shape is (3, 1, 4, 4) where (3, 4, 4) is expected: an axis
    # of length 1 too many or missing (keepdims=True, ...)"; on the one-example test keepdims=True the last of three.
    "qs7_saliency_max_keepdims": ("right", ("reshaped",), ""),
    "qs7_mdn_logits_as_log_weights_inline": ("named", (), ""),
    "qs7_gap_bwd_np_full_not_divided": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # no diagnosis: only the check's "expected a NumPy array, got a NumPy array that does not hold numbers (dtype
    # object?)" (what, not why).
    "qs8_log_grid_array_of_map": (
        "nothing", (),
        "np.array(map(...)) wraps the lazy map object itself (Python 3's map returns an iterator): the result is a 0-d "
        "object array, not the n grid values; build the list first, np.array(list(map(...))), or compute low * ratio "
        "** np.arange(n)."),
    # no diagnosis: only the check's "every output image must be its input or the input with its last axis reversed
    # (left-right): 309 of 1000 images are neither" (what, not why).
    "qs8_flip_np_flip_without_axis": (
        "nothing", (),
        "np.flip(x[flip]) without an axis reverses every axis: the chosen images are put in reverse order among "
        "themselves, their channels reversed and turned upside down; mirror left-right only, np.flip(x[flip], "
        "axis=-1)."),
    # departure (three tests): "line 170: `out = np.zeros(N, C, size, size)` raises the error (at `np.zeros(N, C, size,
    # size)`) ...: the mistake is in that line".
    "qs8_crop_output_zeros_matlab_shape": ("right", ("departure",), ""),
    # departure (both tests): "your `idx` (line 176: `idx = order[start:start + 64]`) holds none of the correct code's
    # values there ...: the mistake is most likely in line 176, or in what it reads" (order: right), but beside it
    # "The lines of your loop that set them: line 183: `W -= 0.1 * X[idx].T @ p`, line 184: `b -= 0.1 * p.sum(axis=0)`;
    # the mistake is most likely in one of them or in the condition that decides whether it runs" (right lines; on the
    # uneven test said first).
    "qs8_train_reshuffles_previous_order": (
        "misleading", (),
        "order is shuffled in place every epoch, rng.shuffle(order): from the second epoch on it permutes the "
        "previous epoch's order instead of a fresh 0..N-1, so the batches differ from the recipe's rng.permutation(N) "
        "(the first epoch agrees); draw order = rng.permutation(len(X)) at the start of each epoch."),
    "qs8_crop_offsets_floor_of_uniform": ("named", (), ""),
    "qs8_warmup_interp_from_zero": ("named", (), ""),
}
# Counts: named 13, right 23 (named or right 36/48 = 75%; not in the catalogue: right 20/32 = 62%; the 16
# catalogued: 13 named, the other 3, qs2_adam_step_count_itertools_from_zero, qs6_grads_set_to_none_before_step and
# qs6_random_batch_indices_drawn_twice, right by their diagnoses), misleading 8, vague 0, nothing 4, wrong_name 0,
# check_message 0, not_caught 0. HOLDOUT44_CORRECT: all 7 earn full marks.

HOLDOUT44 = [replace(e, verdict=JUDGEMENT44[e.id][0], expected=frozenset(JUDGEMENT44[e.id][1]),
                     ideal=JUDGEMENT44[e.id][2]) if e.id in JUDGEMENT44 else e for e in HOLDOUT44]
