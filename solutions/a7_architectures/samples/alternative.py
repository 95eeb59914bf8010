"""A correct a7 written another way than the solution: other cache layouts, einsum and sliding windows,
the Gaussian NLL through the log-variance, the mixture's log-sum-exp by np.logaddexp. Full marks."""
import numpy as np

LOG_2PI = np.log(2 * np.pi)


def residual_block_forward(x, params, dropout=None):
    pre = np.einsum("nd,dh->nh", x, params["W1"]) + params["b1"]
    keep = np.ones_like(pre) if dropout is None else np.asarray(dropout["mask"], float) / dropout["p"]
    hidden = np.where(pre > 0, pre, 0.0) * keep
    skip = x if params.get("Ws") is None else x @ params["Ws"] + params["bs"]
    total = hidden @ params["W2"] + params["b2"] + skip
    return np.where(total > 0, total, 0.0), {"x": x, "p": params, "pre": pre, "keep": keep, "h": hidden,
                                              "total": total}


def residual_block_backward(dout, cache):
    p = cache["p"]
    g_total = np.where(cache["total"] > 0, dout, 0.0)
    g_pre = np.where(cache["pre"] > 0, (g_total @ p["W2"].T) * cache["keep"], 0.0)
    grads = {"W1": cache["x"].T @ g_pre, "b1": g_pre.sum(0), "W2": cache["h"].T @ g_total, "b2": g_total.sum(0)}
    g_skip = g_total
    if "Ws" in p:
        grads["Ws"], grads["bs"] = cache["x"].T @ g_total, g_total.sum(0)
        g_skip = g_total @ p["Ws"].T
    return g_pre @ p["W1"].T + g_skip, grads


def fc_to_conv(W, b, in_shape):
    return W.reshape(*in_shape, W.shape[1]).transpose(3, 0, 1, 2), np.array(b)


def fc_score_map(x, W, b, in_shape):
    w, bias = fc_to_conv(W, b, in_shape)
    windows = np.lib.stride_tricks.sliding_window_view(x, in_shape[1:], axis=(2, 3))
    return np.einsum("ncijhw,mchw->nmij", windows, w) + bias[:, None, None]


def global_avg_pool_forward(x):
    return x.sum(axis=(2, 3)) / (x.shape[2] * x.shape[3]), x.shape[2:]


def global_avg_pool_backward(dout, cache):
    h, w = cache
    return np.repeat(np.repeat(dout[:, :, None, None] / (h * w), h, axis=2), w, axis=3)


def class_activation_map(features, W, classes):
    return np.einsum("nc,nchw->nhw", W.T[classes], features)


def saliency_map(x, params, y):
    flat = x.reshape(len(x), -1)
    pre = flat @ params["W1"] + params["b1"]
    dhidden = params["W2"][:, y].T * np.heaviside(pre, 0.0)
    return np.max(np.abs((dhidden @ params["W1"].T).reshape(x.shape)), axis=1)


def gaussian_nll(y, mu, log_std):
    log_var = 2 * log_std
    sq = (y - mu) ** 2 * np.exp(-log_var)
    n = len(y)
    return 0.5 * np.sum(LOG_2PI + log_var + sq) / n, (mu - y) * np.exp(-log_var) / n, (1 - sq) / n


def mdn_nll(y, logits, mu, log_std):
    log_pi = logits - np.logaddexp.reduce(logits, axis=1, keepdims=True)
    z = (y[:, None] - mu) * np.exp(-log_std)
    log_joint = log_pi - 0.5 * z ** 2 - log_std - 0.5 * LOG_2PI
    log_lik = np.logaddexp.reduce(log_joint, axis=1, keepdims=True)
    post = np.exp(log_joint - log_lik)
    n = len(y)
    return float(-np.mean(log_lik)), (np.exp(log_pi) - post) / n, -post * z * np.exp(-log_std) / n, \
        post * (1 - z ** 2) / n
