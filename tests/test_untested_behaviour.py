"""Behaviour the graders left untested, found by hold-out 15's, 16's and 17's writers as mistakes that kept full
marks (a write into the caller's splits whose returned values are right, weight decay in Adagrad's cache, a crop
`[pad:-pad]` when pad is 0, dropout's backward in test mode, a loss that shifts or subtracts in the caller's
scores or predictions, learning rates drawn only at powers of ten, a numerical gradient's working copy never put
back, a seed of 0 taken as no seed, a fixed number of images flipped, NumPy's global generator seeded and drawn
from; hold-out 20's: a rectangular kernel counted as a square, pooling indices as floats; hold-out 21's: pooling
rounded up; hold-out 24's: fans of 1-D and 3-D kernels, the "linear" activation; hold-out 25's: a ReLU or gradient
descent writing into the caller's x or w0, an unpooling that ignores output_shape). Each now costs points in a
test, which the solution passes; the diagnosis says the cause where it can."""
from __future__ import annotations

from pathlib import Path

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission

# (assignment, the hidden test that catches it, the function) -> the student's function
GAPS = {
 # hold-out 21's writer: pooling whose output size rounds up (torch's ceil_mode=True: every test's windows tiled
 # the input)
 ("a3_conv", "test_pool_windows_that_do_not_tile", "max_pool_forward"): '''
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = -(-(H - ph) // s) + 1, -(-(W - pw) // s) + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)
''',
 # hold-out 20's writer: a kernel given as (kh, kw) read by its first side, counted as a square (only int kernels
 # and output sizes were tested); and pooling indices kept in a float array (NumPy refuses them as indices)
 ("a3_conv", "test_multiply_counts", "conv_multiply_count"): '''
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    return oh * ow * out_channels * in_channels * k * k
''',
 ("a3_conv", "test_multiply_counts", "depthwise_separable_multiply_count"): '''
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    o = output_size if isinstance(output_size, int) else output_size[0]
    return o * o * in_channels * k * k + o * o * in_channels * out_channels
''',
 ("a3_conv", "test_max_pool_indices_and_unpool", "max_pool_with_indices"): '''
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out, idx = np.zeros((N, C, Ho, Wo)), np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = window.argmax(axis=2)
            out[:, :, i, j] = window.max(axis=2)
            idx[:, :, i, j] = (i * s + k // pw) * W + (j * s + k % pw)
    return out, idx
''',
 ("a3_conv", "test_conv_transpose_forward_unpadded", "conv_transpose_forward"): '''
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum(
                "nc,cfhw->nfhw", x[:, :, i, j], w)
    return full[:, :, pad:-pad, pad:-pad] + b[None, :, None, None]
''',
 ("a8_pipeline", "test_normalize_splits_leaves", "normalize_splits"): '''
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    X_train -= mean
    X_test -= mean
    if mode == "standardize":
        std = X_train.std(axis=0) + eps
        X_train /= std
        X_test /= std
    return X_train, X_test
''',
 ("a8_pipeline", "test_log_uniform_fills_each_decade", "log_uniform"): '''
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.integers(np.log10(low), np.log10(high), size=n)
    return 10.0 ** exponents
''',
 ("a2_optim", "test_weight_decay_in_every_rule", "adagrad"): '''
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    cache = config.get("cache", np.zeros_like(w)) + dw ** 2
    config["cache"] = cache
    g = _gradient(w, dw, config)
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config
''',
 ("a1_backprop", "test_losses_leave_their_arguments_as_given", "mse_loss"): '''
def mse_loss(pred, target):
    diff = pred
    diff -= target
    loss = np.mean(diff ** 2)
    return loss, 2 * diff / diff.size
''',
 ("a1_backprop", "test_losses_leave_their_arguments_as_given", "softmax_cross_entropy_loss"): '''
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    scores -= scores.max(axis=1, keepdims=True)
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    probs[np.arange(n), y] -= 1
    return loss, probs / n
''',
 ("a5_normalization", "test_dropout_backward_test_mode", "dropout_backward"): '''
def dropout_backward(dout, cache):
    mask = cache
    return dout * mask
''',
 # hold-out 17's writer: a working copy whose entries are never put back (the caller's x untouched, and a sum of
 # functions of one entry each does not see the shifted entries); and seed 0 taken as no seed
 ("a1_backprop", "test_numerical_gradient", "eval_numerical_gradient"): '''
def eval_numerical_gradient(f, x, h=1e-5):
    xc = x.astype(float).copy()
    grad = np.zeros_like(xc)
    for i in np.ndindex(xc.shape):
        old = xc[i]
        xc[i] = old + h
        fp = f(xc)
        xc[i] = old - h
        fm = f(xc)
        grad[i] = (fp - fm) / (2 * h)
    return grad
''',
 ("a5_normalization", "test_dropout_seed", "dropout_forward"): '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    seed = dropout_param.get("seed")
    rng = np.random.default_rng(seed) if seed else np.random.default_rng()
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
''',
 ("a8_pipeline", "test_random_flip", "random_flip"): '''
def random_flip(x, p, seed):
    flip = np.random.default_rng(seed if seed else None).random(x.shape[0]) < p
    out = x.copy()
    out[flip] = x[flip][..., ::-1]
    return out
''',
 # hold-out 18's writer: a fixed number of images flipped, chosen without replacement (the rate exact, the flips
 # not independent)
 ("a8_pipeline", "test_random_flip_other_p", "random_flip"): '''
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(x), size=int(round(p * len(x))), replace=False)
    out = x.copy()
    out[chosen] = x[chosen][..., ::-1]
    return out
''',
 # hold-out 28's writer: a default written otherwise (every other test passes eta and gamma)
 ("a2_optim", "test_schedules_with_their_default_settings", "gradient_noise_std"): '''
def gradient_noise_std(step, eta=0.01, gamma=0.55):
    return math.sqrt(eta / (1 + step) ** gamma)
''',
 # ... and He's fan_in written for 2-D kernels alone (raises on 1-D and 3-D ones)
 ("a4_init", "test_stds_of_1d_and_3d_kernels", "he_std"): '''
def he_std(shape):
    fan_in = shape[0] if len(shape) == 2 else shape[1] * shape[2] * shape[3]
    return math.sqrt(2.0 / fan_in)
''',
 # hold-out 29's writer: seed 0 read as "no seed" (every other test's seeds are nonzero)
 # hold-out 34's writer: he_normal's std written with torch's (out, in) fan_in, prod(shape[1:]): right for the conv
 # weight it was tested on, not for a linear (fan_in, fan_out) one
 ("a4_init", "test_he_normal_draws_of_a_linear_weight", "he_normal"): '''
def he_normal(shape, seed):
    std = math.sqrt(2.0 / math.prod(shape[1:]))
    return np.random.default_rng(seed).normal(0.0, std, size=shape)
''',
 ("a4_init", "test_seed_zero_is_a_seed", "he_normal"): '''
def he_normal(shape, seed):
    rng = np.random.default_rng(seed or None)
    return rng.normal(0.0, he_std(shape), size=shape)
''',
 # hold-out 32's writer: the output size read as int or pair by the kernel's form (right where both are alike)
 ("a3_conv", "test_multiply_counts_of_a_square_kernel_and_a_rectangular_output", "conv_multiply_count"): '''
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(kernel_size, int) else output_size
    return oh * ow * out_channels * in_channels * kh * kw
''',
 # ... and a1's softmax written in place into the caller's scores
 ("a1_backprop", "test_softmax_leaves_the_scores_as_given", "softmax"): '''
def softmax(scores):
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    return scores / scores.sum(axis=1, keepdims=True)
''',
 # hold-out 31's writer: a window's argmax decoded with its height (k // ph, k % ph), right where windows are square
 ("a3_conv", "test_pool_indices_of_non_square_windows", "max_pool_with_indices"): '''
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
            idx[:, :, i, j] = (i * s + k // ph) * W + (j * s + k % ph)
    return out, idx
''',
 # hold-outs 36's and 38's writers: the normal equations solved in float32 (within 1e-6 on well conditioned data)
 ("a1_backprop", "test_linear_regression_nearly_collinear_features", "linear_regression_closed_form"): '''
def linear_regression_closed_form(X, y):
    Xs, ys = X.astype(np.float32), y.astype(np.float32)
    return np.linalg.solve(Xs.T @ Xs, Xs.T @ ys)
''',
 # hold-out 43's writer: a schedule that keeps its rate between calls, right only when called 0, 1, 2, ... in order
 ("a2_optim", "test_schedules_called_out_of_order", "exponential_lr"): '''
def exponential_lr(base_lr, step, gamma):
    state = exponential_lr.__dict__
    if step == 0 or "lr" not in state:
        state["lr"] = base_lr
    else:
        state["lr"] *= gamma
    return state["lr"]
''',
 # hold-out 42's writer: adadelta reading its decay from another key, the default 0.9 every other test gives
 ("a2_optim", "test_adadelta_other_rho", "adadelta"): '''
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config.get("decay_rate", 0.9), config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
''',
 # hold-out 42's writer: adagrad's cache made for a vector (one entry per row of a matrix)
 ("a2_optim", "test_more_rules_on_matrices", "adagrad"): '''
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    config["cache"] = config.get("cache", np.zeros(len(w))) + g ** 2
    next_w = w - config["learning_rate"] * g / (np.sqrt(config["cache"]) + config["epsilon"])
    return next_w, config
''',
 # hold-out 40's writer: the caller's X written into by an in-place product (values right)
 ("a4_init", "test_activation_statistics_leaves_its_arguments_as_given", "activation_statistics"): '''
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    for W in weights:
        h @= W
        h[...] = acts[activation](h)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
''',
 # hold-out 39's writer: the caller's log_std turned into a log-variance in place (values right)
 ("a7_architectures", "test_density_losses_leave_their_arguments_as_given", "gaussian_nll"): '''
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    log_std *= 2
    var = np.exp(log_std)
    r = y - mu
    loss = np.sum(0.5 * log_std + 0.5 * r ** 2 / var + 0.5 * np.log(2 * np.pi)) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    return loss, dmu, dlog_std
''',
 # hold-out 37's writer: an unpooling that adds what lands on one index (np.add.at), right wherever no index repeats
 ("a3_conv", "test_unpool_of_windows_that_share_a_maximum", "max_unpool"): '''
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    out = np.zeros((N, C, output_shape[0] * output_shape[1]))
    n_idx = np.arange(N)[:, None, None, None]
    c_idx = np.arange(C)[None, :, None, None]
    np.add.at(out, (np.broadcast_to(n_idx, indices.shape), np.broadcast_to(c_idx, indices.shape), indices), x)
    return out.reshape(N, C, *output_shape)
''',
 # ... and a (kh, kw) kernel read as kh x kh (every other case's kernel is an int)
 ("a3_conv", "test_conv_param_count_of_a_non_square_kernel", "conv_param_count"): '''
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    k = kernel_size if isinstance(kernel_size, int) else kernel_size[0]
    return out_channels * (in_channels // groups) * k * k + (out_channels if bias else 0)
''',
 # reported by hold-outs 17's and 18's writers: the global generator seeded with the seed and drawn from (every
 # statistic right, the same seed the same draws, and every later random draw of the caller's program reseeded)
 ("a4_init", "test_he_normal_draws", "he_normal"): '''
def he_normal(shape, seed):
    np.random.seed(seed)
    return np.random.normal(0.0, he_std(shape), size=shape)
''',
 # hold-out 19's writer: the mean fan taken with floor division, caught only where a hidden test's random shape
 # happened to have fans of odd sum
 ("a4_init", "test_xavier_std", "xavier_std"): '''
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = (fan_in + fan_out) // 2 if mode == "fan_avg" else fan_in
    return gain * math.sqrt(1.0 / n)
''',
 # hold-out 24's writer: a conv's kernel size written shape[2] * shape[3] (only 2-D kernels were tested), and
 # `elif activation == "relu" or "linear":`, always true, sending "linear" through the ReLU (never tested)
 ("a4_init", "test_compute_fans_1d_and_3d_kernels", "compute_fans"): '''
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    kernel_area = shape[2] * shape[3]
    return shape[1] * kernel_area, shape[0] * kernel_area
''',
 ("a4_init", "test_activation_statistics_linear", "activation_statistics"): '''
def activation_statistics(X, weights, activation):
    h = X
    means, variances = [], []
    for W in weights:
        z = h @ W
        if activation == "sigmoid":
            h = 1.0 / (1.0 + np.exp(-z))
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "relu" or "linear":
            h = np.maximum(0, z)
        else:
            h = z
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
''',
 # hold-out 25's writer: a ReLU zeroing the caller's x in place, gradient descent stepping the caller's w0 in
 # place (right values both), and an unpooling to twice the pooled size whatever output_shape says
 ("a1_backprop", "test_layers_leave_their_inputs_as_given", "relu_forward"): '''
def relu_forward(x):
    out = x
    out[out < 0] = 0
    return out, x
''',
 # hold-out 47's writer: a sigmoid backward that computes s (1 - s) into its cache, the forward's output (right
 # values, the caller's activations overwritten)
 ("a1_backprop", "test_layers_leave_their_inputs_as_given", "sigmoid_backward"): '''
def sigmoid_backward(dout, cache):
    s = cache
    s *= 1 - s
    return dout * s
''',
 ("a2_optim", "test_descents_leave_their_arguments_as_given", "gradient_descent"): '''
def gradient_descent(X, y, w0, learning_rate, steps):
    w = w0
    path = np.empty((steps, w0.shape[0]))
    for k in range(steps):
        w -= learning_rate * linear_regression_gradient(w, X, y)
        path[k] = w
    return path
''',
 ("a3_conv", "test_unpool_to_a_size_pooling_rounded_down", "max_unpool"): '''
def max_unpool(x, indices, output_shape):
    N, C, h, w = x.shape
    H, W = 2 * h, 2 * w
    out = np.zeros((N, C, H * W))
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].ravel()] = x[n, c].ravel()
    return out.reshape(N, C, H, W)
''',
 # hold-out 27's writer: sigmoid as exp(x) / (1 + exp(x)), NaN above 709 (the public test reaches 50; the
 # docstring now asks for every finite x)
 ("a1_backprop", "test_sigmoid_of_large_inputs", "sigmoid_forward"): '''
def sigmoid_forward(x):
    ex = np.exp(x)
    out = ex / (1.0 + ex)
    return out, out
''',
 # hold-out 26's writer: an identity shortcut made a projection by writing Ws = I, bs = 0 into the caller's params
 # (the right out; backward then returns gradients for parameters the block does not have)
 ("a7_architectures", "test_residual_block_leaves_its_arguments_as_given", "residual_block_forward"): '''
def residual_block_forward(x, params, dropout=None):
    D = x.shape[1]
    if "Ws" not in params:
        params["Ws"] = np.eye(D)
        params["bs"] = np.zeros(D)
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = h @ params["W2"] + params["b2"] + x @ params["Ws"] + params["bs"]
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
''',
 # hold-out 26's writer: weights and gradients paired by the dicts' order (every test listed both alike)
 ("a8_pipeline", "test_parameter_statistics_pairs_by_name", "parameter_statistics"): '''
def parameter_statistics(params, grads, lr):
    stats = {}
    for (name, W), dW in zip(params.items(), grads.values()):
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(dW), np.std(dW), update_ratio(W, dW, lr)])
    return stats
''',
 # hold-out 55's writer: draws returned sorted (every check read the draws as a set: shares, bounds, seeds)
 ("a8_pipeline", "test_log_uniform_draws_in_random_order", "log_uniform"): '''
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    return np.sort(10 ** rng.uniform(np.log10(low), np.log10(high), size=n))
''',
 ("a8_pipeline", "test_log_uniform", "log_uniform"): '''
def log_uniform(low, high, n, seed):
    np.random.seed(seed)
    return 10.0 ** np.random.uniform(np.log10(low), np.log10(high), size=n)
''',
 # hold-out 45's writer: softmax shifted by the row's largest magnitude, whose exps all underflow where that is a
 # score far below zero (the large-scores test had no such row)
 ("a1_backprop", "test_softmax_large_scores", "softmax"): '''
def softmax(scores):
    e = np.exp(scores - np.abs(scores).max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
''',
 # ... and ReLU6 for ReLU (no input came near 6); hold-out 44's: tanh written out with np.exp (NaN past 709), and
 # binary cross-entropy averaged over the rows (len(p)) where all entries are meant (only vectors were tested)
 ("a1_backprop", "test_tanh_and_relu_of_large_inputs", "relu_forward"): '''
def relu_forward(x):
    return np.clip(x, 0, 6), x
''',
 ("a1_backprop", "test_tanh_and_relu_of_large_inputs", "tanh_forward"): '''
def tanh_forward(x):
    e, em = np.exp(x), np.exp(-x)
    out = (e - em) / (e + em)
    return out, out
''',
 ("a1_backprop", "test_binary_cross_entropy_of_a_matrix", "binary_cross_entropy_loss"): '''
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    loss = -np.sum(t * np.log(p) + (1 - t) * np.log(1 - p)) / len(p)
    dprobs = (p - t) / (p * (1 - p)) / len(p)
    return loss, dprobs
''',
 ("a8_pipeline", "test_random_crop", "random_crop"): '''
def random_crop(x, size, padding, seed):
    rng = np.random.default_rng(seed or None)
    N, C, H, W = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    top = rng.integers(0, H + 2 * padding - size + 1, size=N)
    left = rng.integers(0, W + 2 * padding - size + 1, size=N)
    return np.stack([padded[n, :, top[n]:top[n] + size, left[n]:left[n] + size] for n in range(N)])
''',
}


def graded_test(assignment: str, test: str, source: str, tmp_path: Path):
    spec = load_assignment(assignment)
    path = tmp_path / spec.module
    path.write_text(source)
    result = grade_submission(spec, path, select=test)
    return next(t for t in result.tests if t.id.startswith(test))


def graded_gap(assignment: str, test: str, function: str, tmp_path: Path):
    """The test's result for the solution with GAPS' student function in place of its own."""
    source = load_assignment(assignment).solution_file.read_text()
    return graded_test(assignment, test, source + "\n\n" + GAPS[assignment, test, function].strip() + "\n", tmp_path)


@pytest.mark.parametrize("assignment, test, function", list(GAPS))
def test_a_mistake_that_kept_full_marks_now_loses_points(assignment, test, function, tmp_path):
    spec = load_assignment(assignment)
    right = graded_test(assignment, test, spec.solution_file.read_text(), tmp_path)
    assert right.points_earned == right.points_possible > 0
    wrong = graded_gap(assignment, test, function, tmp_path)
    assert wrong.points_earned < wrong.points_possible


def test_a_write_into_the_callers_array_is_said_with_its_line(tmp_path):
    """The check's words name the argument; the diagnosis names the line that writes into it."""
    wrong = graded_gap("a8_pipeline", "test_normalize_splits_leaves", "normalize_splits", tmp_path)
    assert any("normalize_splits changed its argument X_train in place" in c.message for c in wrong.comparisons)
    assert any("in normalize_splits(), line" in d.message and "writes into X_train, the caller's array" in d.message
               for d in wrong.diagnoses), [d.message for d in wrong.diagnoses]


def test_a_loss_that_writes_into_its_scores_is_said_with_its_line(tmp_path):
    """a1's losses: a shift written into the caller's scores gives the right loss and gradient and loses them."""
    wrong = graded_gap("a1_backprop", "test_losses_leave_their_arguments_as_given", "softmax_cross_entropy_loss",
                       tmp_path)
    # of four checks (pred, target, scores, y), only scores is lost: mse_loss's part and the labels pass
    assert wrong.points_earned == wrong.points_possible * 3 / 4
    assert any("softmax_cross_entropy_loss changed its argument scores in place" in c.message
               for c in wrong.comparisons)
    assert any("in softmax_cross_entropy_loss(), line" in d.message and "`scores -= " in d.message
               for d in wrong.diagnoses), [d.message for d in wrong.diagnoses]


def test_seed_zero_taken_as_no_seed_is_said(tmp_path):
    """A seed of 0 is falsy: `seed if seed else None` draws anew on each call; the check and the diagnosis say so."""
    wrong = graded_gap("a8_pipeline", "test_random_flip", "random_flip", tmp_path)
    assert any("seed 0 included" in c.message for c in wrong.comparisons if c.lost_points)
    assert any(d.relation == "kept_state" and "the seed here is 0" in d.message for d in wrong.diagnoses), \
        [d.message for d in wrong.diagnoses]


def test_draws_from_the_global_generator_are_said_by_the_check_alone(tmp_path):
    """np.random.seed(seed) and np.random.normal: the check says so; no departure is guessed beside it (draws from
    another generator part from the correct code's at the first call, whatever the code)."""
    wrong = graded_gap("a4_init", "test_he_normal_draws", "he_normal", tmp_path)
    lost = [c for c in wrong.comparisons if not c.passed]
    assert [c.name for c in lost] == ["np.random's global generator left alone"]
    assert "he_normal() seeded or drew from NumPy's global generator" in lost[0].message
    assert wrong.diagnoses == []


DOES_NOTHING = {
    ("a8_pipeline", "test_normalize_splits_leaves_the_splits_as_given"): '''
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    return X_train.copy(), X_test.copy()
''',
    ("a1_backprop", "test_layers_leave_their_inputs_as_given"): '''
def affine_forward(x, w, b):
    return np.zeros((x.shape[0], w.shape[1])), None
''',
    ("a2_optim", "test_descents_leave_their_arguments_as_given"): '''
def gradient_descent(X, y, w0, learning_rate, steps):
    return np.zeros((steps, len(w0)))
''',
}


@pytest.mark.parametrize("assignment, test", list(DOES_NOTHING))
def test_code_that_does_nothing_earns_nothing_for_leaving_its_arguments_as_given(assignment, test, tmp_path):
    """A function that computes nothing leaves what it is given as it was: the checks of that earn credit only
    beside values computed, not a constant or an argument as given (the sample class's forger earned 0.8 of 2
    points for returning zeros)."""
    source = load_assignment(assignment).solution_file.read_text() + "\n\n" + DOES_NOTHING[assignment, test].strip()
    result = graded_test(assignment, test, source + "\n", tmp_path)
    lost = [c for c in result.comparisons if not c.passed]
    assert lost and all("not checked: " in c.message and "returned nothing it computed" in c.message for c in lost)
    assert result.points_earned < result.points_possible
