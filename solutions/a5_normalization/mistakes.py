"""Typical a5 mistakes. Each replaces one solution function (run in the solution's namespace)."""
import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.helper
def _bn(x, gamma, beta, bn_param, ddof=0, eps_outside=False, test_uses_batch=False, test_updates=False):
    mode, eps, momentum = bn_param["mode"], bn_param.get("eps", 1e-5), bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train" or test_uses_batch:
        mu, var = x.mean(axis=0), x.var(axis=0, ddof=ddof)
        inv_std = 1 / (np.sqrt(var) + eps) if eps_outside else 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
        if mode == "train":
            N = x.shape[0]
            running_mean = momentum * running_mean + (1 - momentum) * mu
            running_var = momentum * running_var + (1 - momentum) * x.var(axis=0) * N / (N - 1)
    else:
        out, cache = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, None
        if test_updates:
            N = x.shape[0]
            running_mean = momentum * running_mean + (1 - momentum) * x.mean(axis=0)
            running_var = momentum * running_var + (1 - momentum) * x.var(axis=0) * N / (N - 1)
    bn_param["running_mean"], bn_param["running_var"] = running_mean, running_var
    return out, cache


@catalog.mistake("bn_unbiased_variance", "Batch norm normalizes with the unbiased variance (N - 1); the "
                 "normalization uses the biased batch variance x.var(axis=0) (only the running variance is unbiased).")
def batchnorm_forward(x, gamma, beta, bn_param):
    return _bn(x, gamma, beta, bn_param, ddof=1)


@catalog.mistake("bn_eps_outside_sqrt", "eps is added outside the square root: use 1 / sqrt(var + eps), "
                 "not 1 / (sqrt(var) + eps); it matters for features with a tiny variance.")
def batchnorm_forward(x, gamma, beta, bn_param):  # noqa: F811
    return _bn(x, gamma, beta, bn_param, eps_outside=True)


@catalog.mistake("bn_test_uses_batch_statistics", "In test mode batch norm must normalize with running_mean and "
                 "running_var, not with the statistics of the test batch.")
def batchnorm_forward(x, gamma, beta, bn_param):  # noqa: F811
    return _bn(x, gamma, beta, bn_param, test_uses_batch=True)


@catalog.mistake("bn_running_updated_in_test_mode", "In test mode batch norm must leave running_mean and "
                 "running_var as they are: update them in train mode only (a test batch must not move them).")
def batchnorm_forward(x, gamma, beta, bn_param):  # noqa: F811
    return _bn(x, gamma, beta, bn_param, test_updates=True)


@catalog.mistake("bn_backward_drops_variance_path", "The batch norm backward pass ignores that the variance "
                 "depends on x: dx misses the term through var (see the simplified formula's last term).")
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    dx_hat = dout * gamma
    dx = inv_std * (dx_hat - dx_hat.mean(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)


@catalog.mistake("bn_dgamma_averaged", "dgamma (and dbeta) are averaged over the batch; they must be summed: "
                 "dgamma = sum(dout * x_hat, axis=0).")
def batchnorm_backward(dout, cache):  # noqa: F811
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0))
    return dx, (dout * x_hat).mean(axis=0), dout.mean(axis=0)


@catalog.mistake("spatial_bn_running_averages_not_updated", "spatial_batchnorm_forward does not update the "
                 "running averages in the bn_param it is given (it hands batchnorm_forward a copy, or keeps none), "
                 "so test mode normalizes with the initial ones: pass bn_param itself to batchnorm_forward.")
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    out, cache = batchnorm_forward(x.transpose(0, 2, 3, 1).reshape(-1, C), gamma, beta, dict(bn_param))
    return out.reshape(N, H, W, C).transpose(0, 3, 1, 2), cache


@catalog.mistake("dropout_no_scaling", "Inverted dropout must scale the kept units by 1 / p in train mode, so "
                 "that the expected activation is unchanged and test mode needs no scaling.")
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    mask = np.random.default_rng(dropout_param.get("seed")).random(x.shape) < p
    return x * mask, mask


@catalog.mistake("dropout_at_test_time", "Dropout is applied in test mode too; at test time the layer must "
                 "return its input unchanged.")
def dropout_forward(x, dropout_param):  # noqa: F811
    p = dropout_param["p"]
    mask = (np.random.default_rng(dropout_param.get("seed")).random(x.shape) < p) / p
    return x * mask, mask


@catalog.mistake("dropout_p_as_drop_probability", "p is the probability of keeping a unit, not of dropping it: "
                 "mask = (rng.random(x.shape) < p) / p.")
def dropout_forward(x, dropout_param):  # noqa: F811
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    mask = (np.random.default_rng(dropout_param.get("seed")).random(x.shape) < 1 - p) / (1 - p)
    return x * mask, mask


@catalog.mistake("layernorm_stats_over_batch", "Layer norm takes its mean and variance over each row's features "
                 "(axis=1, keepdims=True), not over the batch as batch norm does: each example is normalized on its "
                 "own, so the layer behaves the same at any batch size.")
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=0, keepdims=True)
    inv_std = 1 / np.sqrt(x.var(axis=0, keepdims=True) + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)


@catalog.mistake("layernorm_backward_uses_batch_size", "Layer norm's statistics are over the D features of a row, "
                 "so its backward divides by D = dout.shape[1], not by the batch size N.")
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)


@catalog.mistake("dropout_backward_drops_scale", "The backward pass multiplies by the cached mask as it is, 1 / p "
                 "included (dx = dout * mask): the kept units' gradient is scaled by 1 / p as their values were.")
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    return dout * (cache != 0)


@catalog.mistake("bn_alt_drops_variance_term", "The simplified batch-norm backward misses the term through the "
                 "variance: dx = inv_std / N * (N * dx_hat - sum(dx_hat) - x_hat * sum(dx_hat * x_hat)).")
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
