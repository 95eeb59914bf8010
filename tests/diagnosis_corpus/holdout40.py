"""A fortieth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 9ad71cc (JUDGED_ON40, JUDGEMENT40 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout40.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements
of corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their
grader tests, the student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns full
marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT40 holds the
mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT40_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT40: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qo1_relu_bwd_mask_with_float_tolerance", "a1_backprop", "relu_backward",
       "the mask is written x > -1e-12 ('a tolerance for rounding noise around 0'): the gradient passes where the "
       "input is exactly 0 (and at tiny negatives), where ReLU's derivative is to be taken as 0; the mask is x > 0",
       """
def relu_backward(dout, cache):
    x = cache
    # a little tolerance so that values that are 0 up to rounding count as active
    active = x > -1e-12
    dx = dout * active
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("qo1_ce_onehot_marked_with_comparison", "a1_backprop", "softmax_cross_entropy_loss",
       "the one-hot labels are 'set' with onehot[np.arange(n), y] == 1, a comparison whose result is thrown away (= "
       "is meant): onehot stays all zeros, so dscores = softmax / N without the -1 at each correct class (the loss, "
       "read from the log-probabilities, is right)", """
def softmax_cross_entropy_loss(scores, y):
    n, c = scores.shape
    shifted = scores - np.max(scores, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    onehot = np.zeros((n, c))
    onehot[np.arange(n), y] == 1          # mark the correct class of every row
    dscores = (np.exp(log_probs) - onehot) / n
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    _e("qo1_affine_fwd_flattens_callers_x_in_place", "a1_backprop", "affine_forward",
       "each row is flattened by assigning x.shape = (N, -1), which reshapes the caller's array itself in place: out "
       "is right, but the cache's x (and the caller's x) are now (N, D), so affine_backward's dx.reshape(x.shape) "
       "comes back (N, D) instead of the input's (N, d1, ..., dk); x.reshape(N, -1) returns a new view instead",
       """
def affine_forward(x, w, b):
    x.shape = (x.shape[0], -1)      # flatten every example, no copy needed
    out = x @ w + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("qo1_linreg_normal_equations_in_float32", "a1_backprop", "linear_regression_closed_form",
       "the normal equations are set up and solved in float32 ('plenty for a few weights, half the memory'), then "
       "cast back: X^T X squares X's condition number, so for nearly collinear features (condition about 1e6) single "
       "precision keeps no correct digit of the weights; solve them in float64", """
def linear_regression_closed_form(X, y):
    A = X.astype(np.float32)
    t = y.astype(np.float32)
    w = np.linalg.solve(A.T @ A, A.T @ t)
    return w.astype(np.float64)
"""),
    _e("qo1_softmax_rows_divided_by_max_abs", "a1_backprop", "softmax",
       "to avoid overflow each row is divided by its largest absolute score ('scaled into [-1, 1]') instead of "
       "shifted by its maximum: dividing changes the softmax (a temperature of max |s|), where subtracting a constant "
       "leaves it unchanged", """
def softmax(scores):
    # bring every row into [-1, 1] so that np.exp can never overflow
    z = scores / np.abs(scores).max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)
"""),
    _e("qo1_bce_grad_denominator_uses_target", "a1_backprop", "binary_cross_entropy_loss",
       "copy slip in dprobs: the denominator is p * (1 - t), the target where the probability belongs, instead of "
       "p * (1 - p): for targets 1 it divides by 0 (inf), for targets 0 it gives (p - t) / p (the loss is right)",
       """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    n = p.size
    loss = -(t * np.log(p) + (1 - t) * np.log(1 - p)).sum() / n
    dprobs = (p - t) / (p * (1 - t)) / n
    return loss, dprobs
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("qo2_momentum_descent_direction_negated_twice", "a2_optim", "sgd_momentum",
       "the student names the descent direction d = -g and plugs it into the docstring's formula for the gradient, "
       "v = momentum * v - learning_rate * d: the minus sign is applied twice, v = momentum * v + learning_rate * dw, "
       "so every step climbs the gradient", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    direction = -g                      # steepest-descent direction
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * direction
    config["velocity"] = v
    return w + v, config
""", catalogued="momentum_sign_flipped"),
    _e("qo2_minibatch_rows_and_targets_shuffled_once_together", "a2_optim", "minibatch_sgd",
       "X and y are stacked into one array and shuffled together once, rng.permutation(np.column_stack([X, y])), "
       "before the epoch loop: the rows stay with their targets, but every epoch walks through that same order, "
       "where a new rng.permutation(N) is drawn at the start of each epoch", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    data = rng.permutation(np.column_stack([X, y]))     # shuffle rows and targets together
    Xs, ys = data[:, :-1], data[:, -1]
    w = w0.astype(float).copy()
    path = []
    for _ in range(epochs):
        for start in range(0, len(ys), batch_size):
            xb, yb = Xs[start:start + batch_size], ys[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, xb, yb)
            path.append(w.copy())
    return np.array(path)
""", catalogued="shuffled_once"),
    _e("qo2_adadelta_acc_grad_from_raw_dw", "a2_optim", "adadelta",
       "the squared-gradient accumulator takes the raw dw**2 while the step multiplies g = dw + weight_decay * w: "
       "with weight decay acc_grad is not the running average of the squares of the gradient the step uses (right "
       "only without weight decay)", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * dw ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("qo2_rmsprop_epsilon_default_from_adagrad", "a2_optim", "rmsprop",
       "wrong default copied from adagrad above: epsilon defaults to 1e-10 instead of the docstring's 1e-8, so a call "
       "without config['epsilon'] divides by sqrt(cache) + 1e-10 and the weights drift from RMSProp's", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    cache = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * g * g
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("qo2_nesterov_old_and_new_velocity_swapped", "a2_optim", "nesterov_momentum",
       "the two velocities trade places in the update: next_w = w - momentum * v_new + (1 + momentum) * v_prev "
       "instead of w - momentum * v_prev + (1 + momentum) * v_new (the velocity itself is updated and stored right)",
       """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    next_w = w - mu * v + (1 + mu) * v_prev
    return next_w, config
"""),
    _e("qo2_gradient_descent_one_step_too_many", "a2_optim", "gradient_descent",
       "the loop runs range(steps + 1) ('steps 0 to steps inclusive'): it takes one update too many, so the path has "
       "steps + 1 rows and the last one is a step past the asked number", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    path = []
    for t in range(steps + 1):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        path.append(w)
    return np.stack(path)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qo3_output_size_error_raised_and_caught", "a3_conv", "conv_output_size",
       "the invalid configuration is detected and a ValueError raised, but inside a try whose except prints a "
       "warning and goes on: the rounded-down size (span // stride + 1, or a size of 0 or less for a kernel larger "
       "than the padded input) is returned instead of the error reaching the caller", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    try:
        if span < 0 or span % stride:
            raise ValueError(f"invalid configuration: {span} / {stride}")
    except ValueError as err:
        print("warning:", err)        # keep going with the rounded-down size
    return span // stride + 1
""", catalogued="output_size_not_rejected"),
    _e("qo3_conv_bwd_stride_read_from_wrong_key", "a3_conv", "conv_backward_naive",
       "the stride is read with conv_param.get('strides', 1), Keras's key, a key the dict does not have: the backward "
       "pass always uses stride 1, so with stride 2 output (i, j) gathers and scatters at (i, j) instead of "
       "(i * stride, j * stride) (the forward pass reads 'stride' right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param.get("strides", 1), conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    dw[f] += xp[n, :, r:r + HH, c:c + WW] * dout[n, f, i, j]
                    dxp[n, :, r:r + HH, c:c + WW] += w[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="backward_ignores_stride"),
    _e("qo3_unpool_scatter_adds_repeated_indices", "a3_conv", "max_unpool",
       "the values are scattered with np.add.at, which adds: where overlapping windows share a maximum, its index "
       "comes once per window and the value is placed there that many times over (twice, four times) instead of once "
       "(right whenever the windows tile the input)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.zeros((N, C, H * W))
    n = np.arange(N)[:, None, None]
    c = np.arange(C)[None, :, None]
    np.add.at(out, (n, c, indices.reshape(N, C, -1)), x.reshape(N, C, -1))   # scatter every value
    return out.reshape(N, C, H, W)
"""),
    _e("qo3_multiply_count_kernel_height_squared", "a3_conv", "conv_multiply_count",
       "copy slip in the multiplications per output value: in_channels * kh * kh, the kernel's height twice, instead "
       "of in_channels * kh * kw (right for square kernels only)", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    per_output = in_channels * kh * kh          # one multiplication per kernel weight
    return oh * ow * out_channels * per_output
"""),
    _e("qo3_avg_pool_fwd_every_window_position", "a3_conv", "avg_pool_forward",
       "the windows come from sliding_window_view and are averaged, but never subsampled by the stride ([:, :, ::s, "
       "::s]): every window position is kept, so with stride 2 the output has (H - ph + 1) x (W - pw + 1) maps "
       "instead of 1 + (H - ph) // s rows and columns", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))
    out = windows.mean(axis=(-2, -1))
    return out, (x, pool_param)
"""),
    _e("qo3_pool_indices_decoded_by_window_height", "a3_conv", "max_pool_with_indices",
       "each window's flat argmax k is decoded with the window's height, (k // ph, k % ph), where a window flattened "
       "row by row has pw values per row: (k // pw, k % pw); right only for square windows", """
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
            r, q = k // ph, k % ph              # row and column of the maximum inside the window
            out[:, :, i, j] = window.max(axis=2)
            idx[:, :, i, j] = (i * s + r) * W + (j * s + q)
    return out, idx
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qo4_he_normal_generator_as_default_argument", "a4_init", "he_normal",
       "the generator is a default argument, rng=np.random.default_rng(), made once when the function is defined and "
       "never from the seed: every call continues that one stream, so the same seed gives other weights (the seed "
       "argument is never used)", """
def he_normal(shape, seed, rng=np.random.default_rng()):
    # one generator for every layer, so that successive layers get different weights
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("qo4_stats_from_a_generator_of_preactivations", "a4_init", "activation_statistics",
       "a generator walks the layers and yields z = h @ W before applying the activation: the statistics returned are "
       "those of the pre-activations, not of each layer's output act(h @ W)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]

    def layers(h):
        for W in weights:
            z = h @ W
            yield z
            h = f(z)

    outputs = list(layers(X))
    return np.array([o.mean() for o in outputs]), np.array([o.var() for o in outputs])
""", catalogued="statistics_before_activation"),
    _e("qo4_xavier_uniform_seed_zero_taken_as_none", "a4_init", "xavier_uniform",
       "the generator is made with np.random.default_rng(seed or None) ('no seed: fresh entropy'): seed 0 is falsy, "
       "so it draws unseeded and two calls with seed 0 give different weights (every other seed is right)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed or None)
    return rng.uniform(-a, a, size=shape)
"""),
    _e("qo4_activation_stats_layers_bind_last_weight", "a4_init", "activation_statistics",
       "the layers are built as a list of lambdas, [lambda h: act(h @ W) for W in weights]: a closure looks W up when "
       "it is called, after the comprehension has ended, so every layer multiplies by the last weight matrix (W=W as "
       "a default argument binds each one)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    act = acts[activation]
    layers = [lambda h: act(h @ W) for W in weights]
    means, variances = [], []
    h = X
    for layer in layers:
        h = layer(h)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("qo4_he_std_kernel_area_counted_twice", "a4_init", "he_std",
       "for a convolution weight the fan-in from compute_fans (in * kh * kw) is multiplied by the kernel's area once "
       "more ('each input channel brings a kh x kw patch'): fan_in = in * (kh * kw)**2, so the std is too small by "
       "the square root of the kernel's area (linear weights right)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    if len(shape) > 2:
        fan_in *= math.prod(shape[2:])      # each input channel contributes a kh x kw patch
    return math.sqrt(2.0 / fan_in)
"""),
    _e("qo4_xavier_normal_gain_scales_variance", "a4_init", "xavier_normal",
       "the gain is applied to the variance, var = xavier_std(shape, mode)**2 * gain, and its root taken: the std is "
       "sqrt(gain) times Glorot's instead of gain times (right for the default gain 1)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    var = xavier_std(shape, mode) ** 2 * gain        # the gain scales the variance
    return np.random.default_rng(seed).normal(0.0, math.sqrt(var), size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qo5_ln_bwd_feature_count_read_off_inv_std", "a5_normalization", "layernorm_backward",
       "the number of features is read as inv_std.shape[0] ('one inverse std per feature', as in batch norm's cache), "
       "but layer norm's inv_std is (N, 1), one per row: the simplified formula divides by the batch size N where "
       "the D = dout.shape[1] features of a row belong", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = inv_std.shape[0]            # one statistic per feature
    dx_hat = dout * gamma
    dx = inv_std / D * (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    return dx, dgamma, dbeta
""", catalogued="layernorm_backward_uses_batch_size"),
    _e("qo5_bn_running_update_guarded_by_mode_string", "a5_normalization", "batchnorm_forward",
       "the normalization picks the mode right, but the running averages are updated under `if bn_param.get('mode'):` "
       "(meant as torch's `if self.training:`): 'test' is a non-empty string and true too, so a test batch moves "
       "running_mean and running_var (its output is right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    mu, var = x.mean(axis=0), x.var(axis=0)
    cache = None
    if mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
    if bn_param.get("mode"):            # only while training
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_running_updated_in_test_mode"),
    _e("qo5_bn_bwd_dbeta_summed_from_scaled_gradient", "a5_normalization", "batchnorm_backward",
       "dbeta is summed from dx_hat = dout * gamma (the variable at hand for dx) instead of from dout: beta is added "
       "after the scale, so its gradient is sum(dout); dbeta comes out gamma times too large (dx and dgamma right)",
       """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dbeta = dx_hat.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * np.mean(x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("qo5_dropout_generator_kept_on_function", "a5_normalization", "dropout_forward",
       "the generator is made from the seed on the first call only and kept on the function object "
       "(dropout_forward.rng): later calls continue its stream, so the same seed gives another mask, and a call's own "
       "seed is never used after the first", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    if not hasattr(dropout_forward, "rng"):
        dropout_forward.rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (dropout_forward.rng.random(x.shape) < p) / p
    out = x * mask
    return out, mask
"""),
    _e("qo5_dropout_bwd_bare_return_in_test_mode", "a5_normalization", "dropout_backward",
       "the test-mode branch ends with a bare `return` ('nothing to do'): it returns None instead of dout, which "
       "passes through dropout unchanged at test time (train mode right)", """
def dropout_backward(dout, cache):
    if cache is None:       # test mode: nothing to do
        return
    return dout * cache
"""),
    _e("qo5_l2_penalty_trace_without_transpose", "a5_normalization", "l2_penalty",
       "the sum of squares is written np.trace(W @ W), the transpose forgotten: trace(W^T W) is the sum of squares, "
       "W @ W raises for a non-square W and is another number for a square one (the gradient reg * W right)", """
def l2_penalty(W, reg):
    penalty = 0.5 * reg * np.trace(W @ W)     # sum of squares as a trace
    return penalty, reg * W
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qo6_pairs_reshuffled_labels_read_in_original_order", "a6_cnn", "train_and_predict",
       "each epoch the (image, label) pairs are reshuffled and the images stacked from the shuffled pairs, but the "
       "batch labels are sliced from the original y_train tensor: images and labels no longer match, so the model "
       "learns nothing (chance accuracy); take the labels from the same shuffled pairs", """
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
    pairs = list(zip(X_train, y_train))
    labels = torch.tensor(y_train, device=device)
    start = time.monotonic()
    for epoch in range(15):
        random.shuffle(pairs)                      # a new order of the (image, label) pairs every epoch
        images = torch.tensor(np.stack([img for img, _ in pairs]), device=device)
        model.train()
        for i in range(0, len(pairs), 64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(images[i:i + 64]), labels[i:i + 64])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("qo6_chunked_predict_helper_returns_classes", "a6_cnn", "train_and_predict",
       "a trained model, but the test set goes through a predict(batch) helper that returns model(batch).argmax(1) "
       "for chunks of 256, joined with torch.cat: the function returns the (M,) predicted class indices instead of "
       "the (M, n_classes) logits the grader takes the argmax of", """
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

    def predict(batch_images):
        with torch.no_grad():
            return model(batch_images).argmax(dim=1)

    Xt = torch.tensor(X_test, device=device)
    preds = torch.cat([predict(chunk) for chunk in Xt.split(256)])
    return preds.cpu().numpy()
""", catalogued="predictions_not_logits"),
    _e("qo6_model_built_once_on_function_object", "a6_cnn", "train_and_predict",
       "the network is built only on the first call and kept on the function object (train_and_predict.model, 'no "
       "need to rebuild it'): a later call trains further the model of an earlier one, with its input channels and "
       "classes, so runs with the same seed differ and another data set meets a network made for the first", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    if not hasattr(train_and_predict, "model"):     # build the network once
        train_and_predict.model = nn.Sequential(
            nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
        ).to(device)
    model = train_and_predict.model
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
    _e("qo6_class_weights_sized_for_ten_digits", "a6_cnn", "train_and_predict",
       "'balanced' class weights are computed with np.bincount(y_train, minlength=10), sized for the ten digits: on a "
       "task with another number of classes the weight vector has 10 entries for fewer logits and cross_entropy "
       "raises (the digits train right); size them by the classes of y_train (int(y_train.max()) + 1)", """
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
    counts = np.bincount(y_train, minlength=10)
    class_weights = torch.tensor(len(y_train) / (10 * np.maximum(counts, 1)), dtype=torch.float32, device=device)
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
            nn.functional.cross_entropy(model(X[idx]), y[idx], weight=class_weights).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qo6_kaiming_init_applied_to_batchnorm_weights", "a6_cnn", "train_and_predict",
       "the He initialization is applied with model.apply to every module that has a weight, the batch norms' 1-D "
       "weights included: nn.init.kaiming_normal_ cannot compute a fan-in for a 1-D tensor and raises ValueError "
       "before any training (only the conv and linear layers are meant: test isinstance(m, (nn.Conv2d, nn.Linear)))",
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

    def init_weights(m):
        if getattr(m, "weight", None) is not None:        # He initialization for the ReLU layers
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            if getattr(m, "bias", None) is not None:
                nn.init.zeros_(m.bias)

    model.apply(init_weights)
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
    _e("qo6_test_images_centred_training_images_not", "a6_cnn", "train_and_predict",
       "the test images are centred with the training images' mean ('like the training set') while the training "
       "images were never centred: the model predicts inputs shifted by the mean pixel from those it learned on",
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
    X_test = X_test - X_train.mean(axis=0)          # centre the test images like the training set
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qo7_saliency_signed_value_of_strongest_channel", "a7_architectures", "saliency_map",
       "the channel with the largest |gradient| is found (np.abs(dx).argmax(axis=1)), but its value is taken from the "
       "signed gradient with take_along_axis: where that channel's gradient is negative the map is negative, where "
       "the saliency is the maximum over the channels of the absolute value", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = (dscores @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    strongest = np.abs(dx).argmax(axis=1)[:, None]          # channel with the largest gradient
    return np.take_along_axis(dx, strongest, axis=1)[:, 0]
""", catalogued="saliency_without_abs"),
    _e("qo7_score_map_by_scipy_convolve2d", "a7_architectures", "fc_score_map",
       "the score map is built with scipy.signal.convolve2d(x[n, c], w[m, c], mode='valid') summed over the channels: "
       "convolve2d is a convolution in the mathematical sense, which flips the kernel, where sliding the affine layer "
       "over the input correlates each window with the filter unflipped (correlate2d, or the window times the filter)",
       """
def fc_score_map(x, W, b, in_shape):
    from scipy.signal import convolve2d
    w, bias = fc_to_conv(W, b, in_shape)
    M, C, H, W_ = w.shape
    N = x.shape[0]
    maps = []
    for n in range(N):
        per_class = []
        for m in range(M):
            # slide filter m over every channel of the image and add the channels up
            acc = sum(convolve2d(x[n, c], w[m, c], mode="valid") for c in range(C))
            per_class.append(acc + bias[m])
        maps.append(per_class)
    return np.array(maps)
""", catalogued="score_map_kernel_flipped"),
    _e("qo7_cam_features_indexed_by_class", "a7_architectures", "class_activation_map",
       "loop-variable slip: for example n with class k the map contracts W[:, k] with features[k], the features of "
       "the example whose index is the class, instead of features[n] (an IndexError when a class is at least N, "
       "another example's map otherwise)", """
def class_activation_map(features, W, classes):
    cams = []
    for n, k in enumerate(classes):
        cams.append(np.tensordot(W[:, k], features[k], axes=(0, 0)))
    return np.stack(cams)
"""),
    _e("qo7_resblock_bwd_parameter_grads_averaged", "a7_architectures", "residual_block_backward",
       "every parameter gradient (W1, b1, W2, b2, Ws, bs) is divided by the batch size N ('average over the batch') "
       "while dx is not: dout already carries the loss's 1/N, so the parameter gradients must be sums over the rows",
       """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    N = x.shape[0]
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz / N, "b2": dz.mean(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1 / N
    grads["b1"] = da1.mean(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz / N
        grads["bs"] = dz.mean(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("qo7_resblock_fwd_projection_in_torch_layout", "a7_architectures", "residual_block_forward",
       "the projection shortcut is written x @ Ws.T + bs, torch's nn.Linear layout (out, in), though Ws is (D, M) "
       "here: x (N, D) @ (M, D) raises for D != M (the identity shortcut right); it is x @ Ws + bs", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    if "Ws" in params:
        shortcut = x @ params["Ws"].T + params["bs"]      # linear layer: x W^T + b
    else:
        shortcut = x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
"""),
    _e("qo7_gaussian_nll_residual_over_variance", "a7_architectures", "gaussian_nll",
       "the standardized residual is written z = (y - mu) / var, divided by the variance exp(2 log_std) instead of the "
       "standard deviation exp(log_std): the squared term is r**2 / var**2, and the gradients follow that loss "
       "(dmu = -z / var / N, dlog_std = (1 - 2 z**2) / N)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    z = (y - mu) / var                        # standardized residual
    loss = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * z ** 2) / N
    dmu = -z / var / N
    dlog_std = (1 - 2 * z ** 2) / N
    return loss, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qo8_normalized_test_split_discarded", "a8_pipeline", "train_and_predict",
       "normalize_splits' result is unpacked as X, _ = normalize_splits(X, T) ('only the training rows are needed "
       "for SGD'): the normalized test split is thrown away and the logits are computed from the raw test rows, in "
       "other units than the model learned on", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, _ = normalize_splits(X, T)        # only the training rows are needed for SGD
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
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
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
""", catalogued="test_split_not_normalized"),
    _e("qo8_warmup_read_from_linspace_table", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up rate is read from np.linspace(0, base_lr, warmup_steps + 1)[step]: the table starts at 0, so "
       "step s gets base_lr * s / warmup_steps (0 at step 0, base_lr only at the first cosine step) instead of "
       "base_lr * (step + 1) / warmup_steps", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        ramp = np.linspace(0.0, base_lr, warmup_steps + 1)      # the rates of the warm-up steps
        return float(ramp[step])
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
    _e("qo8_flip_into_slice_view_of_input", "a8_pipeline", "random_flip",
       "the output is 'copied' with out = x[:], which for a NumPy array is a view of x, not a copy (as it would be "
       "for a list): mirroring the chosen images in out mirrors them in the caller's x (the returned flips right)",
       """
def random_flip(x, p, seed):
    flip = np.random.default_rng(seed).random(x.shape[0]) < p
    out = x[:]                      # a copy of the batch
    out[flip] = out[flip][..., ::-1]
    return out
"""),
    _e("qo8_crop_pads_rows_only", "a8_pipeline", "random_crop",
       "np.pad is given ((0, 0), (0, 0), (padding, padding), (0, 0)): only the rows are zero-padded, the columns are "
       "not, so column offsets run from 0 to W - size only and no window reaches the left or right padding", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (0, 0)))
    rows = rng.integers(0, padded.shape[2] - size + 1, size=N)
    cols = rng.integers(0, padded.shape[3] - size + 1, size=N)
    return np.stack([padded[i, :, r:r + size, c:c + size] for i, (r, c) in enumerate(zip(rows, cols))])
"""),
    _e("qo8_early_stop_last_epoch_never_examined", "a8_pipeline", "early_stopping",
       "the loop runs over range(len(val_losses) - 1) ('indices 0 to E - 1'), which stops before the last epoch: "
       "its loss is never compared, so when training runs to the end and the last epoch is the best, the weights "
       "of an earlier epoch are restored", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    last = len(val_losses) - 1
    for epoch in range(last):
        loss = val_losses[epoch]
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return last, weights[best_epoch]
"""),
    _e("qo8_softmax_regression_bias_left_out_of_training_scores", "a8_pipeline", "train_and_predict",
       "the training scores are X[idx] @ W without the bias: b takes its SGD steps but never enters the forward pass "
       "it is trained through, and is then added to the test logits T @ W + b (the scores are X @ W + b throughout)",
       """
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
            scores = X[idx] @ W                  # class scores of the batch
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
]

HOLDOUT40_CORRECT: list[Entry] = [
    _e("qok_correct_sigmoid_bwd_log_space", "a1_backprop", "sigmoid_backward",
       "correct: the local derivative s (1 - s) computed in log space, exp(log s + log1p(-s)) (0 where s is exactly "
       "0 or 1), times dout", """
def sigmoid_backward(dout, cache):
    s = cache
    with np.errstate(divide="ignore"):
        local = np.exp(np.log(s) + np.log1p(-s))     # s * (1 - s), in log space
    return dout * local
"""),
    _e("qok_correct_linreg_gradient_mean_of_row_terms", "a2_optim", "linear_regression_gradient",
       "correct: the gradient as the mean over the rows of each row's 2 r_i x_i, the residual given a trailing axis",
       """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return np.mean(2 * residual[:, None] * X, axis=0)
"""),
    _e("qok_correct_conv_bwd_naive_index_arrays_add_at", "a3_conv", "conv_backward_naive",
       "correct: every (output position, kernel offset) pair's input row and column as broadcast index arrays, the "
       "windows gathered at once, dw and the windows' gradient by einsum, dx scattered back with np.add.at",
       """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    rows = (np.arange(Ho) * stride)[:, None] + np.arange(HH)[None, :]      # (Ho, HH)
    cols = (np.arange(Wo) * stride)[:, None] + np.arange(WW)[None, :]      # (Wo, WW)
    R = rows[:, None, :, None]
    K = cols[None, :, None, :]
    windows = xp[:, :, R, K]                                              # (N, C, Ho, Wo, HH, WW)
    dw = np.einsum("nfij,ncijuv->fcuv", dout, windows)
    db = dout.sum(axis=(0, 2, 3))
    dwindows = np.einsum("nfij,fcuv->ncijuv", dout, w)
    dxp = np.zeros_like(xp)
    np.add.at(dxp, (slice(None), slice(None), R, K), dwindows)
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("qok_correct_activation_stats_match_statement", "a4_init", "activation_statistics",
       "correct: the activation chosen by a match statement (the sigmoid as exp(-logaddexp(0, -z))), the layers "
       "multiplied with einsum, the variance as the mean squared deviation from the layer's mean", """
def activation_statistics(X, weights, activation):
    def act(z):
        match activation:
            case "sigmoid":
                return np.exp(-np.logaddexp(0.0, -z))
            case "tanh":
                return np.tanh(z)
            case "relu":
                return np.where(z > 0, z, 0.0)
            case "linear":
                return z
        raise ValueError(f"unknown activation {activation!r}")

    means, variances = [], []
    h = X
    for W in weights:
        h = act(np.einsum("nd,dm->nm", h, W))
        m = h.mean()
        means.append(m)
        variances.append(np.mean((h - m) ** 2))
    return np.array(means), np.array(variances)
"""),
    _e("qok_correct_bn_bwd_batch_means_form", "a5_normalization", "batchnorm_backward",
       "correct: the full-graph backward collapsed to inv_std * (g - mean(g) - x_hat * mean(g * x_hat)) with "
       "g = dout * gamma, dgamma as an einsum over the batch", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    g = dout * gamma
    dx = inv_std * (g - g.mean(axis=0) - x_hat * (g * x_hat).mean(axis=0))
    return dx, np.einsum("nd,nd->d", dout, x_hat), dout.sum(axis=0)
"""),
    _e("qok_correct_cnn_dataloader_seeded", "a6_cnn", "train_and_predict",
       "correct: the reference network and schedule trained from a DataLoader over a TensorDataset, shuffled with a "
       "seeded generator, the gradients cleared with set_to_none, the test set predicted in chunks under "
       "inference_mode", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    from torch.utils.data import DataLoader, TensorDataset
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
    data = TensorDataset(torch.from_numpy(np.ascontiguousarray(X_train, dtype=np.float32)),
                         torch.from_numpy(np.asarray(y_train, dtype=np.int64)))
    loader = DataLoader(data, batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(seed))
    epochs = 15
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * len(loader))
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            loss = nn.functional.cross_entropy(model(xb), yb)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    Xt = torch.from_numpy(np.ascontiguousarray(X_test, dtype=np.float32))
    with torch.inference_mode():
        chunks = [model(chunk.to(device)).cpu() for chunk in Xt.split(256)]
    return torch.cat(chunks).numpy()
"""),
    _e("qok_correct_resblock_fwd_dense_helper", "a7_architectures", "residual_block_forward",
       "correct: a nested dense(inp, W, b) helper for the three affine maps, ReLU as z * (z > 0), the projection "
       "chosen by params.get('Ws') is None", """
def residual_block_forward(x, params, dropout=None):
    def dense(inp, W, b):
        return np.dot(inp, W) + b

    a1 = dense(x, params["W1"], params["b1"])
    h = a1 * (a1 > 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] * (1.0 / dropout["p"])
        h = h * scale
    Ws = params.get("Ws")
    shortcut = x if Ws is None else dense(x, Ws, params["bs"])
    z = dense(h, params["W2"], params["b2"]) + shortcut
    return z * (z > 0), (x, params, a1, h, scale, z)
"""),
]

JUDGED_ON40 = "2026-12-06 on commit 9ad71cc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout40 on commit 9ad71cc (JUDGED_ON40), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 and JUDGEMENT26 (and the earlier ones): a diagnosis with a false statement anywhere is
# misleading (a wrong number included), and so is one whose observation is true but whose explanation names only
# mechanisms that are not there; a departure that sends the student first to a right line states something false; a
# departure naming the line with the mistake is right, and so is one that names the line that uses a wrong value
# with, as its alternatives, the variables that hold the mistake; a block departure ("the mistake is in lines
# 178-181") whose first line is the mistake and that declares nothing agreeing that is not is right (as JUDGEMENT39);
# index_error's generic checklist alone is vague; an error raised by Python, NumPy or torch, a shape comparison or an
# accuracy figure is the comparison (nothing); a torch_error that blames a layer built right is misleading (as
# k6_images_permuted_to_channels_last in JUDGEMENT12); a named entry whose departures on other tests name the last
# line that sets the value after the no-op line is kept named (as JUDGEMENT28 and JUDGEMENT34); where only the grader
# test's own message names the cause the verdict is check_message. Decided here: as_if's "if pool_param['stride']
# were 1: your code reads pool_param['stride'] but never stores its new value back into pool_param, so each call
# starts again from the value it was given" where the stride is read into s and never used (no state at all: the
# windows are not subsampled) explains the true observation by a mechanism that is not there: misleading;
# scaled_where_wrong's "there yours is the negative of the expected: a sign is flipped (the others are right: the
# mistake is in what computes those entries alone)" where the absolute value is left out (the signed gradient taken,
# negative where that channel's gradient is) and one line computes every entry names a sign flip and a separate
# computation that are not there: misleading (a close call: the observation is exact); a loop departure ending "on
# its first pass, line 98: `h = layer(h)` ... look there first" beside "the mistake is in that loop, or in what
# `layers` holds", where `layers` is the list of late-binding lambdas built on line 96, is right (the line that calls
# the wrong value, the variable holding the mistake its alternative; a close call); the inner-loop departure's "from
# that pass on it is drawn or taken otherwise (a seed, a permutation, an index) ...: the mistake is most likely in
# line 178, or in what it reads" where the training scores of line 176 leave out + b (nothing drawn or indexed
# otherwise; line 178 `probs = np.exp(scores)` right) is misleading, one_slip's "the term `+ b` missing" on the other
# test being right; torch_error's "a convolution built for 1 input channel got input ... with 3: its in_channels must
# be the channels it is given (3; for the first layer, X_train.shape[1])" where the layer is built with
# X_train.shape[1] on the first call and the model kept on the function object is reused by the next call blames a
# layer written right: misleading; returned_none's "is a `return` missing" for a bare `return` in test mode is right;
# the check's own "random_flip changed the images it was given (flipped in place) ...: flip a copy (x.copy(), ...)"
# for out = x[:] (a view taken for a copy) is check_message.
JUDGEMENT40: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qo1_relu_bwd_mask_with_float_tolerance": ("named", (), ""),
    # named on the two softmax tests; the departures on the MLP tests name line 222, `dscores = (np.exp(log_probs) -
    # onehot) / n` ("What that line reads (log_probs, n) agrees ...: the mistake is in that line"), after the no-op
    # line 221 (kept named, as JUDGEMENT28 and 34).
    "qo1_ce_onehot_marked_with_comparison": ("named", (), ""),
    # handed_wrong_input (both tests): "your affine_backward() is the correct code's own, yet it returns a wrong dx
    # here: it was handed `cache` from your affine_forward() ... Your affine_forward() returns (an array of shape (2,
    # 12), w, b) at [1] (handed on as `cache`); the correct one returns (x, w, b) there": x flattened in place.
    "qo1_affine_fwd_flattens_callers_x_in_place": ("right", ("handed_wrong_input",), ""),
    # departure: "`w`, set by line 218: `w = np.linalg.solve(A.T @ A, A.T @ t)`. What that line reads (A, t) agrees
    # with the correct code; your `w` differs from the right value (by up to 0.602) ...: the mistake is in that line":
    # the float32 solve (checked: the float32 rounding of X and y alone moves w by 1e-3, the float32 solve by 3).
    "qo1_linreg_normal_equations_in_float32": ("right", ("departure",), ""),
    # departure (both tests): "`z`, set by line 217: `z = scores / np.abs(scores).max(axis=1, keepdims=True)` ...: the
    # mistake is in that line".
    "qo1_softmax_rows_divided_by_max_abs": ("right", ("departure",), ""),
    # one_slip: "`t` where `p` is meant (the wrong variable), where dprobs is computed".
    "qo1_bce_grad_denominator_uses_target": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a2_optim
    "qo2_momentum_descent_direction_negated_twice": ("named", (), ""),
    "qo2_minibatch_rows_and_targets_shuffled_once_together": ("named", (), ""),
    # departure: "`acc_grad`, set by line 241 ... In it, `dw ** 2` is the first part whose value the correct code never
    # computes ...: the mistake is in that line, or in what `config` holds".
    "qo2_adadelta_acc_grad_from_raw_dw": ("right", ("departure",), ""),
    # default_differs (four tests): "your rmsprop() gives config['epsilon'] the default 1e-10 ...; the default asked
    # for is 1e-08".
    "qo2_rmsprop_epsilon_default_from_adagrad": ("right", ("default_differs",), ""),
    # departure (four tests): "`next_w`, set by line 242: `next_w = w - mu * v + (1 + mu) * v_prev` ... your `next_w`
    # is the right value - 2.8 * `v` ...: the mistake is in that line" (-(1 + 2 mu) v at the first step, v_prev = 0;
    # 2.6 with mu = 0.8: true); first_step beside it ("points against the expected one and is 0.4737 times its size":
    # -mu / (1 + mu), true, its checklist a momentum term among five).
    "qo2_nesterov_old_and_new_velocity_swapped": ("right", ("departure",), ""),
    # one_slip: "`steps + 1` where `steps` is meant (off by one)".
    "qo2_gradient_descent_one_step_too_many": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a3_conv
    "qo3_output_size_error_raised_and_caught": ("named", (), ""),
    "qo3_conv_bwd_stride_read_from_wrong_key": ("named", (), ""),
    # no diagnosis: only the comparison ("unpooled (windows sharing a maximum): 7 of 196 ... got 40, expected 10").
    "qo3_unpool_scatter_adds_repeated_indices": (
        "nothing", (),
        "np.add.at adds the value once for every time its index is given: where overlapping windows (a stride smaller "
        "than the window) share a maximum, its index comes once per window and the value is summed that many times "
        "(40 where 10: four windows); place each value once, out[n, c, idx] = x."),
    # as_if (both tests): "yours is what the correct conv_multiply_count() returns if kernel_size[1] were
    # kernel_size[0]: one entry of kernel_size is used where another is meant" (kh * kh: true).
    "qo3_multiply_count_kernel_height_squared": ("right", ("as_if",), ""),
    # as_if (both tests): "yours is what the correct avg_pool_forward() returns if pool_param['stride'] were 1: your
    # code reads pool_param['stride'] but never stores its new value back into pool_param, so each call starts again
    # from the value it was given": the observation is true, the mechanism is not there (s read and never used).
    "qo3_avg_pool_fwd_every_window_position": (
        "misleading", (),
        "the windows of sliding_window_view are averaged at every position and never subsampled by the stride (s is "
        "read and never used): with stride 2 the output is (7, 5) where (4, 3) on the (8, 6) input; take "
        "windows[:, :, ::s, ::s] before the mean (nothing is to be stored back into pool_param)."),
    # departure: "the loop at lines 287-293 ... leaves `idx` holding values the correct code never computes ... On its
    # first pass, line 291: `r, q = k // ph, k % ph` is the first to compute a value the correct code never computes
    # ...: look there first".
    "qo3_pool_indices_decoded_by_window_height": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    "qo4_he_normal_generator_as_default_argument": ("named", (), ""),
    "qo4_stats_from_a_generator_of_preactivations": ("named", (), ""),
    # kept_state: "... it draws random numbers without the seed it is given: the seed here is 0, and your code tests
    # the seed for truth (`if seed:` or `seed or ...`), which takes 0 as no seed".
    "qo4_xavier_uniform_seed_zero_taken_as_none": ("right", ("kept_state",), ""),
    # departure (three tests): "the loop at lines 97-100 (`for layer in layers:`) ...: the mistake is in that loop, or
    # in what `layers` holds. On its first pass, line 98: `h = layer(h)` is the first to compute a value the correct
    # code never computes ...: look there first": the line that calls the late-bound lambda, the list holding the
    # mistake its alternative (a close call).
    "qo4_activation_stats_layers_bind_last_weight": ("right", ("departure",), ""),
    # departure (two tests): "`fan_in`, set by line 93: `fan_in *= math.prod(shape[2:])` ... your `fan_in` is 10000
    # where 400 is right ...: the mistake is in that line, or in the condition at line 92" (216 where 36: true); scaled
    # on the draws: "1/sqrt(kh*kw) of the expected (sqrt(kh*kw)=3 ...)" (true).
    "qo4_he_std_kernel_area_counted_twice": ("right", ("departure", "scaled"), ""),
    # scaled: "yours is 1/sqrt(gain) times the expected (gain=2, the argument gain): gain taken under a square root
    # where it multiplies the result itself" (0.1466 / 0.2085 = 0.703: true).
    "qo4_xavier_normal_gain_scales_variance": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qo5_ln_bwd_feature_count_read_off_inv_std": ("named", (), ""),
    "qo5_bn_running_update_guarded_by_mode_string": ("named", (), ""),
    # departure: "`dbeta`, set by line 221: `dbeta = dx_hat.sum(axis=0)`. What that line reads (dx_hat) agrees ...:
    # the mistake is in that line".
    "qo5_bn_bwd_dbeta_summed_from_scaled_gradient": ("right", ("departure",), ""),
    # kept_state: "... it draws random numbers without the seed it is given (a generator made without it,
    # np.random.default_rng(), or one kept from an earlier call)".
    "qo5_dropout_generator_kept_on_function": ("right", ("kept_state",), ""),
    # returned_none: "yours is None: is a `return` missing, or a value never stored where it is read back ...?": the
    # bare `return` of the test-mode branch, the first of two.
    "qo5_dropout_bwd_bare_return_in_test_mode": ("right", ("returned_none",), ""),
    # departure (both tests): "line 218: `penalty = 0.5 * reg * np.trace(W @ W)` raises the error (at `W @ W`) ...;
    # `W` has shape (6, 4): the mistake is in that line".
    "qo5_l2_penalty_trace_without_transpose": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled, not named; loss_flat (every test): "the training loss stayed at about 2.31 over 300
    # steps ...: the model learned nothing from its batches. A batch's labels not those of its images (index X and y
    # with the same indices, one permutation for both), ...?": the first of three, the cause (300 = 15 x 20, 225 and
    # 45: true).
    "qo6_pairs_reshuffled_labels_read_in_original_order": ("right", ("loss_flat",), ""),
    # catalogued predictions_not_logits, not named; class_indices (two tests): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax".
    "qo6_chunked_predict_helper_returns_classes": ("right", ("class_indices",), ""),
    # torch_error on the shapes: "a convolution built for 1 input channel got input of shape [64, 3, 32, 32] with 3:
    # its in_channels must be the channels it is given (3; for the first layer, X_train.shape[1])": the layer is built
    # with X_train.shape[1], on the digits call, and kept; the seeded test's own message ("take the number of classes
    # from the labels ..., not a number written in the code") suggests a constant that is not there either.
    "qo6_model_built_once_on_function_object": (
        "misleading", (),
        "the network is built on the first call only and kept as train_and_predict.model: the next call trains the "
        "digits network further (1 input channel, 10 classes), so the 3-channel shapes raise at its first convolution "
        "and the seeded call gets 10 columns for 6 classes; build the model inside every call (its layers are "
        "written right)."),
    # no diagnosis: only torch's "weight tensor should be defined either for all 4 classes or no classes but got
    # weight tensor of shape: [10]" (6 on the seeded test).
    "qo6_class_weights_sized_for_ten_digits": (
        "nothing", (),
        "np.bincount(y_train, minlength=10) and the 10 in the weights size them for ten classes: on the 4-class shapes "
        "(and 6 classes) the weight vector has 10 entries and cross_entropy raises; use n_classes = int(y_train.max()) "
        "+ 1 (minlength=n_classes, divided by n_classes)."),
    # torch_error (every test): "an initializer that reads fans (nn.init.kaiming_*, xavier_*) was given a parameter
    # of one dimension: a bias, or a batch norm's weight ... Apply it to the weights of the convolutions and linear
    # layers only (isinstance(m, (nn.Conv2d, nn.Linear)), m.weight)".
    "qo6_kaiming_init_applied_to_batchnorm_weights": ("right", ("torch_error",), ""),
    # fits_batches_not_predictions: "the training loss fell from 2.11 to 0.12 ..., yet it predicts 200 of those same
    # training images ... at accuracy 0.49: what reaches the model when it predicts differs from what it trained on
    # (the images scaled or standardized for training but not for predicting, or with other statistics, ...)": the
    # first of three, the cause (the centring is on the predicting side here).
    "qo6_test_images_centred_training_images_not": ("right", ("fits_batches_not_predictions",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # catalogued saliency_without_abs, not named; scaled_where_wrong (four tests): "only 19 of your 48 entries are
    # wrong ..., and there yours is the negative of the expected: a sign is flipped (the others are right: the mistake
    # is in what computes those entries alone)": the observation is exact (yours is the signed value), but no sign is
    # flipped and one line computes every entry: the absolute value is missing.
    "qo7_saliency_signed_value_of_strongest_channel": (
        "misleading", (),
        "np.take_along_axis(dx, strongest, axis=1) takes the signed gradient of the channel with the largest "
        "|gradient|: where that gradient is negative (19 of 48 entries) the map is negative; the saliency is the "
        "maximum of the absolute values, np.abs(dx).max(axis=1) (take the absolute value of what is taken)."),
    "qo7_score_map_by_scipy_convolve2d": ("named", (), ""),
    # index_error (both tests): "index 3 on axis 0 of an array of 3 is one past its last entry (at 2): an index counted
    # from 1 ... or one computed with another axis's length (..., rows indexed by what counts columns)?" and "indices
    # made for a longer array, used on this one ..., or an index computed with another array's length?": the generic
    # checklists, no line.
    "qo7_cam_features_indexed_by_class": (
        "vague", (),
        "features[k] indexes the examples by the class k where features[n] is meant: example n's map is made from "
        "example k's features, and a class at least N raises (class 3 of 3 examples); use features[n]."),
    # scaled (five tests): "every entry is 1/N of the expected (N=4, the batch size): did you divide by the batch size
    # where a sum is asked for, or divide twice?" (the parameter gradients only; on the dropout-projection test 1/N
    # or 1 - p, the first of two, the cause).
    "qo7_resblock_bwd_parameter_grads_averaged": ("right", ("scaled",), ""),
    # departure (both tests): "line 183: `shortcut = x @ params[\"Ws\"].T + params[\"bs\"]` raises the error (at `x @
    # params[\"Ws\"].T`) ...: the mistake is in that line, or in the condition at line 182".
    "qo7_resblock_fwd_projection_in_torch_layout": ("right", ("departure",), ""),
    # departure (both tests): "line 178: `z = (y - mu) / var` computes `z`, a value the correct code never computes,
    # and from there to what you return your values are your own, up to line 181 ...: the mistake is in lines
    # 178-181": the first line of the block is the mistake, the gradients follow it (a close call, as JUDGEMENT39).
    "qo7_gaussian_nll_residual_over_variance": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qo8_normalized_test_split_discarded": ("named", (), ""),
    "qo8_warmup_read_from_linspace_table": ("named", (), ""),
    # no diagnosis; the check's message: "random_flip changed the images it was given (flipped in place): the data set
    # itself would change from epoch to epoch; flip a copy (x.copy(), or x[..., ::-1] on the images chosen)".
    "qo8_flip_into_slice_view_of_input": (
        "check_message", (),
        "out = x[:] is a view of x, not a copy (as it would be for a list): out[flip] = ... mirrors the chosen images "
        "in the caller's x; use out = x.copy()."),
    # departure on the rectangular test: "`padded`, set by line 167: `padded = np.pad(x, ((0, 0), (0, 0), (padding,
    # padding), (0, 0)))` ... has shape (600, 1, 10, 11) where the right value has (600, 1, 10, 15) ...: the mistake is
    # in that line"; the checks' own offset counts elsewhere.
    "qo8_crop_pads_rows_only": ("right", ("departure",), ""),
    # no diagnosis: only the comparison ("restored weights (improving): 4 of 4 element(s) outside tolerance").
    "qo8_early_stop_last_epoch_never_examined": (
        "nothing", (),
        "for epoch in range(last) stops before the last epoch: its loss is never compared, so when the losses improve "
        "to the end the weights of an earlier epoch are restored; loop over range(len(val_losses))."),
    # one_slip (uneven batches): "the term `+ b` missing (or it is zero in yours)" (true); but the departure on
    # test_training_recipe: "... your `probs` (line 178: `probs = np.exp(scores)`) holds none of the correct code's
    # values there ...: from that pass on it is drawn or taken otherwise (a seed, a permutation, an index), and the
    # lines after it only carry that on; the mistake is most likely in line 178, or in what it reads": nothing is
    # drawn or indexed otherwise, line 178 is right; line 176 leaves out + b.
    "qo8_softmax_regression_bias_left_out_of_training_scores": (
        "misleading", ("one_slip",),
        "the training scores are X[idx] @ W without + b (line 176): b takes its steps but never enters the scores it "
        "is trained through, so from the second batch on the probabilities differ from the right ones (and the test "
        "logits add a b trained for another model); write scores = X[idx] @ W + b."),
}
# Counts: named 13, right 26 (named or right 39/48 = 81%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 13 named, qo6_pairs_reshuffled_labels_read_in_original_order and
# qo6_chunked_predict_helper_returns_classes right by their diagnoses, qo7_saliency_signed_value_of_strongest_channel
# misleading), misleading 4, vague 1, nothing 3, wrong_name 0, check_message 1, not_caught 0. HOLDOUT40_CORRECT: all 7
# earn full marks.

HOLDOUT40 = [replace(e, verdict=JUDGEMENT40[e.id][0], expected=frozenset(JUDGEMENT40[e.id][1]),
                     ideal=JUDGEMENT40[e.id][2]) if e.id in JUDGEMENT40 else e for e in HOLDOUT40]
