"""Typical a7 mistakes. Each replaces one solution function (run in the solution's namespace)."""
import math

import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.helper
def _block_forward(x, params, dropout, relu_before_add=False, rescale=True):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"] if rescale else dropout["mask"] * 1.0
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    if relu_before_add:
        z = h @ params["W2"] + params["b2"]
        return np.maximum(z, 0) + shortcut, (x, params, a1, h, scale, z)
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)


@catalog.helper
def _block_backward(dout, cache, shortcut_gradient=True, dropout_gradient=True):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None and dropout_gradient:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"], grads["b1"] = x.T @ da1, da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"], grads["bs"] = x.T @ dz, dz.sum(axis=0)
        if shortcut_gradient:
            dx = dx + dz @ params["Ws"].T
    elif shortcut_gradient:
        dx = dx + dz
    return dx, grads


@catalog.mistake("shortcut_gradient_forgotten", "dx misses the shortcut's gradient: the block's input reaches "
                 "the output through the residual branch and through the shortcut, so dx adds both (dz itself for "
                 "an identity shortcut, dz @ Ws.T for a projection).")
def residual_block_backward(dout, cache):
    return _block_backward(dout, cache, shortcut_gradient=False)


@catalog.mistake("dropout_mask_ignored_in_backward", "The backward pass does not apply the dropout mask: the "
                 "gradient flows only through the kept units, scaled by 1 / p as in the forward pass.")
def residual_block_backward(dout, cache):  # noqa: F811
    return _block_backward(dout, cache, dropout_gradient=False)


@catalog.mistake("relu_before_addition", "The ReLU is applied to the residual branch before the addition; in the "
                 "block it comes after it: out = relu(h @ W2 + b2 + shortcut(x)).")
def residual_block_forward(x, params, dropout=None):
    return _block_forward(x, params, dropout, relu_before_add=True)


@catalog.mistake("dropout_not_rescaled", "Inverted dropout divides the kept units by the keep probability p "
                 "(h * mask / p), so that the expected activation is the same with and without dropout.")
def residual_block_forward(x, params, dropout=None):  # noqa: F811
    return _block_forward(x, params, dropout, rescale=False)


@catalog.mistake("fc_weight_reshaped_in_wrong_order", "The affine weight (C*H*W, M) is reshaped to (M, C, H, W) "
                 "without transposing it first: filter m is column m of W, w = W.T.reshape(M, C, H, W).")
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    return W.reshape(W.shape[1], C, H, W_), b.copy()


@catalog.mistake("score_map_kernel_flipped", "The score map flips the filters (a convolution in the "
                 "mathematical sense); the layers of a network, and the affine layer slid over the input, "
                 "correlate: window times filter, without flipping.")
def fc_score_map(x, W, b, in_shape):
    w, bias = fc_to_conv(W, b, in_shape)
    w = w[:, :, ::-1, ::-1]
    M, C, H, W_ = w.shape
    N, _, H2, W2 = x.shape
    out = np.zeros((N, M, H2 - H + 1, W2 - W_ + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            out[:, :, i, j] = x[:, :, i:i + H, j:j + W_].reshape(N, -1) @ w.reshape(M, -1).T + bias
    return out


@catalog.mistake("gap_backward_not_divided_by_area", "Global average pooling divides by H * W in the forward "
                 "pass, so each position's gradient is dout / (H * W), not dout.")
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.ones((N, C, H, W)) * dout[:, :, None, None]


@catalog.mistake("cam_from_pooled_features", "The class weights are applied to the pooled features, which gives "
                 "a constant map: the CAM weights each feature map at every position, sum_c W[c, k] * features[c].")
def class_activation_map(features, W, classes):
    pooled = (W[:, classes].T * features.mean(axis=(2, 3))).sum(axis=1)
    return np.ones(features.shape[:1] + features.shape[2:]) * pooled[:, None, None]


@catalog.mistake("cam_summed_over_classes", "The maps of all classes are summed: the CAM of an example uses "
                 "only its own class's column of W, W[:, classes[n]].")
def class_activation_map(features, W, classes):  # noqa: F811
    return np.einsum("nchw,ck->nhw", features, W)


@catalog.helper
def _saliency(x, params, y, signed=False, all_scores=False, relu_mask=True):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.ones((N, params["W2"].shape[1])) if all_scores else np.eye(params["W2"].shape[1])[y]
    da1 = dscores @ params["W2"].T
    if relu_mask:
        da1 = da1 * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return dx.max(axis=1) if signed else np.abs(dx).max(axis=1)


@catalog.mistake("saliency_without_abs", "The saliency is the largest absolute value of the gradient over the "
                 "channels: take np.abs before the max (a large negative gradient matters as much).")
def saliency_map(x, params, y):
    return _saliency(x, params, y, signed=True)


@catalog.mistake("saliency_of_all_scores", "The gradient is that of the sum of all class scores; the saliency of "
                 "class y[n] back-propagates a one-hot dscores (1 at y[n], 0 elsewhere).")
def saliency_map(x, params, y):  # noqa: F811
    return _saliency(x, params, y, all_scores=True)


@catalog.mistake("saliency_relu_mask_missing", "The backward pass skips the ReLU: the gradient flows back only "
                 "through the hidden units whose input was positive.")
def saliency_map(x, params, y):  # noqa: F811
    return _saliency(x, params, y, relu_mask=False)


@catalog.helper
def _nll(y, mu, log_std, constant=True, log_term=True, std_as_variance=False):
    N = y.shape[0]
    var = np.exp(log_std) if std_as_variance else np.exp(2 * log_std)
    r = y - mu
    c = 0.5 * math.log(2 * math.pi) if constant else 0.0
    log_part = (0.5 * log_std if std_as_variance else log_std) if log_term else 0.0 * log_std
    loss = np.sum(c + log_part + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    if std_as_variance:
        dlog_std = (0.5 * log_term - 0.5 * r ** 2 / var) / N
    else:
        dlog_std = (1.0 * log_term - r ** 2 / var) / N
    return loss, dmu, dlog_std


@catalog.mistake("nll_constant_dropped", "The loss leaves out the constant 0.5 * log(2 pi) per output: the "
                 "gradients are right, but the value is no negative log-likelihood (compare models by it).")
def gaussian_nll(y, mu, log_std):
    return _nll(y, mu, log_std, constant=False)


@catalog.mistake("nll_log_std_term_dropped", "The log_std term (the log of the normalizing variance) is dropped: "
                 "without it the loss is minimized by an infinite standard deviation; d/dlog_std of log_std is 1.")
def gaussian_nll(y, mu, log_std):  # noqa: F811
    return _nll(y, mu, log_std, log_term=False)


@catalog.mistake("nll_std_used_as_variance", "exp(log_std) is the standard deviation; the variance is its square, "
                 "exp(2 * log_std), in the squared term, and the normalizer contributes log_std (not log_std / 2).")
def gaussian_nll(y, mu, log_std):  # noqa: F811
    return _nll(y, mu, log_std, std_as_variance=True)


@catalog.helper
def _mdn(y, logits, mu, log_std, stable=True, posterior=True, normalized=True):
    N = y.shape[0]
    if normalized:
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    else:
        log_pi = logits
    z = (y[:, None] - mu) / np.exp(log_std)
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    if stable:
        top = terms.max(axis=1, keepdims=True)
        log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            log_p = np.log(np.exp(terms).sum(axis=1, keepdims=True))
    with np.errstate(invalid="ignore", over="ignore"):
        gamma = np.exp(terms - log_p) if posterior else np.exp(log_pi)
    dlogits = (np.exp(log_pi) - gamma) / N
    if not normalized:
        dlogits = -gamma / N
    dmu = -gamma * z / np.exp(log_std) / N
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std


@catalog.mistake("mdn_unstable_log_likelihood", "The mixture's likelihood is summed before the log: for a target "
                 "far from every component each term underflows to 0 and the loss is inf. Add the log-terms with "
                 "log-sum-exp: subtract their maximum before np.exp.")
def mdn_nll(y, logits, mu, log_std):
    return _mdn(y, logits, mu, log_std, stable=False)


@catalog.mistake("mdn_gradients_use_prior_weights", "The gradients weight each component by its mixing weight "
                 "pi_k; they weight it by its responsibility, the posterior gamma_k = pi_k N_k / sum_j pi_j N_j.")
def mdn_nll(y, logits, mu, log_std):  # noqa: F811
    return _mdn(y, logits, mu, log_std, posterior=False)


@catalog.mistake("mdn_logits_used_as_log_weights", "The logits are used as log mixing weights without the "
                 "softmax: log pi = logits - logsumexp(logits), so that the weights sum to 1.")
def mdn_nll(y, logits, mu, log_std):  # noqa: F811
    return _mdn(y, logits, mu, log_std, normalized=False)
