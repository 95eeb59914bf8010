"""What a torch error raised by a student's training code means, in the student's terms.

torch's messages name the operation's own view of the problem ("mat1 and mat2 shapes cannot be multiplied
(64x512 and 256x10)"); a student reads them better as what their model got and what it was built for. Each
entry reads the numbers out of the message and says what they mean; a message no entry matches says nothing.
"""
from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable

from autograder.grading.relations import Finding, dims_in

Explain = Callable[[re.Match], tuple[str, str]]


# a layer that needs the batch axis given an input one axis short (a batch norm for maps given (C, H, W))
ONE_AXIS_SHORT = re.compile(r"\bexpected 4D input \(got 3D input\)|Expected 4-dimensional input|"
                            r"expected 2D or 3D input \(got 1D input\)")
LINEAR_ROWS = re.compile(r"mat1 and mat2 shapes cannot be multiplied \((\d+)x(\d+) and (\d+)x(\d+)\)")


def per_example_finding(rows: int, got: int, built: int, out: int,
                        reductions: list[tuple[int, str, tuple[int, ...]]]) -> Finding:
    """torch's "mat1 and mat2 shapes cannot be multiplied (64x2 and 32x6)" where 64 is a batch size the code writes:
    each example reaches the nn.Linear with `got` values where it was built for `built` (not maps left unflattened,
    which give rows of several per example); said with the code's means or sums over the leading axes, if any."""
    axes = {(0,): "axis 0, the examples", (1,): "axis 1, the channels of (N, C, H, W) maps",
            (0, 1): "axes 0 and 1, the examples and the channels of (N, C, H, W) maps"}
    where = "".join(f" Line {line}: `{text}` reduces over {axes[leading]}: are those the axes meant?"
                    for line, text, leading in reductions[:2])
    return Finding("torch_error", f"the error: a layer that multiplies by a ({built}, {out}) weight (an nn.Linear "
                   f"built with in_features={built}) got {rows} rows of {got} value{'s' if got != 1 else ''}, and "
                   f"{rows} is your batch size: each example reaches it with {got} value{'s' if got != 1 else ''} "
                   f"where it was built for {built}, so the layers before it keep {got} per example, not {built} "
                   f"(a mean, sum or pooling over other axes than meant, or a flatten of another size?).{where} Make "
                   f"the layers before it give {built} values per example, or build it for {got}.",
                   f"the error: an nn.Linear got {got} values per example where it was built for {built}: the layers "
                   "before it keep another number of values per example (a mean or pooling over other axes?).")


def one_row_finding(got: int, built: int, out: int, batch: int, pooled: tuple[int, str] | None) -> Finding:
    """torch's "mat1 and mat2 shapes cannot be multiplied (1x1 and 32x10)" where the code batches `batch` (> 1)
    examples: the batch axis was reduced away before the nn.Linear; pooled: a pooling listed after a flatten."""
    where = (f" Line {pooled[0]}: `{pooled[1]}` comes after the nn.Flatten(): it is given the (N, features) matrix "
             "the flatten made and pools it as one map, the batch axis included. Pool first, then flatten." if pooled
             else " Look for a pooling, mean or sum that reads the batch axis as one of its own (a pooling given a "
             "flattened (N, features) matrix: pool first, then flatten).")
    return Finding("torch_error", f"the error: a layer that multiplies by a ({built}, {out}) weight (an nn.Linear "
                   f"built with in_features={built}) got 1 row of {got} value{'s' if got != 1 else ''}, where your "
                   f"batches have {batch} examples: the whole batch was reduced to one row before it, the examples "
                   f"mixed together.{where}",
                   "the error: an nn.Linear got one row where a batch has many: the batch axis was reduced away "
                   "before it (a pooling after a flatten?).")


def _linear(m: re.Match) -> tuple[str, str]:
    rows, got, built, out = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    if rows == "1" and got > built and got % built == 0:
        # one row holding a whole number of rows of the width the layer was built for: the batch flattened too
        return (f"a layer that multiplies by a ({built}, {out}) weight (an nn.Linear built with in_features={built}) "
                f"got 1 row of {got} values, {got // built} x {built}: the rows of a whole batch ({got // built} "
                f"examples of {built} features each) flattened into one. The flatten took the batch axis too "
                "(nn.Flatten(0), x.view(-1), x.flatten() or x.reshape(-1)): keep it, flattening from axis 1 "
                "(nn.Flatten(), x.flatten(1) or x.view(len(x), -1)).",
                "an nn.Linear got one row holding a whole batch: the flatten before it took the batch axis too; "
                "flatten from axis 1 (nn.Flatten(), x.flatten(1)).")
    n = int(rows)
    if got < built and built % got == 0 and built // got >= 4 and n % (built // got) == 0:
        # as many entries as a batch of rows of the width it was built for: maps (B, C, H, W) not flattened, which
        # nn.Linear reads along their last axis alone (B * C * H rows of W values)
        batch = n * got // built
        return (f"a layer that multiplies by a ({built}, {out}) weight (an nn.Linear built with in_features={built}) "
                f"got {rows} rows of {got} value{'s' if got != 1 else ''}: {rows} x {got} is {batch} examples of "
                f"{built} values, so the maps reach it unflattened (shaped like (B, C, H, W)), and nn.Linear works "
                f"on their last axis alone. Flatten each example first (nn.Flatten() before it, or x.flatten(1) "
                "in forward).",
                "an nn.Linear got feature maps that were not flattened (it works on their last axis alone): flatten "
                "each example first (nn.Flatten(), or x.flatten(1)).")
    return (f"a layer that multiplies by a ({built}, {out}) weight (an nn.Linear built with in_features={built}) got "
            f"{rows} rows of {got} features: what reaches it has {got} features per example (the maps flattened "
            f"before it), so build it with in_features={got}, or change the layers before it to give {built}.",
            "an nn.Linear got inputs with another number of features than its in_features: build it for what the "
            "layers before it give (the flattened maps).")


def _too_small(m: re.Match) -> tuple[str, str]:
    given = m.group(1)
    return (f"a pooling or convolution layer got maps of {given} (channels x height x width), smaller than its "
            "window: the layers before it shrank them that far (a convolution without padding takes kernel_size - 1 "
            "off each side's length, a pooling of 2 halves it). Pad the convolutions (padding=kernel_size // 2) or "
            "pool fewer times.",
            "a pooling or convolution layer got maps smaller than its window: pad the convolutions before it or "
            "pool fewer times.")


def _channels(m: re.Match) -> tuple[str, str]:
    built, shape, got = int(m.group(1)), m.group(2), int(m.group(3))
    dims = dims_in(shape)
    if len(dims) == 4 and dims[-1] == built and dims[1] != built:
        # its built-for count is the input's last axis: the images channels last (N, H, W, C), or a layer built
        # from the last axis of images that are (N, C, H, W); the message alone does not tell them apart
        return (f"a convolution built for {built} input channel{'s' if built != 1 else ''} got input of shape "
                f"[{shape}]: torch reads the channels from axis 1 ({got} here), and {built} is the length of its "
                "last axis. Either the images reach it channels last (N, H, W, C: keep them (N, C, H, W), no "
                "permute, or x.permute(0, 3, 1, 2) to undo one), or its in_channels was read from the last axis "
                "(x.shape[-1], the width, where the channels are x.shape[1]).",
                "a convolution's in_channels is its input's last axis, not axis 1: the images channels last, or "
                "in_channels read from x.shape[-1] where the channels are x.shape[1].")
    return (f"a convolution built for {built} input channel{'s' if built != 1 else ''} got input of shape [{shape}] "
            f"with {got}: the channels it was built for and those of the images it is given disagree. Either its "
            "in_channels is not the images' (a number written in the code; for the first layer, the channels are "
            "X_train.shape[1]), or the images reaching it are not those it was built for (a conversion, to "
            "grayscale or another size, applied to the training images and not to the test images, or the "
            "reverse).",
            "a convolution got another number of channels than its in_channels: the layer and the images it is "
            "given disagree (its in_channels, or a conversion applied to some images only).")


def _class_weights(m: re.Match) -> tuple[str, str]:
    classes, got = int(m.group(1)), m.group(2)
    return (f"the loss was given class weights of shape [{got}] for logits of {classes} classes: one weight per "
            f"class is needed, {classes} here. The weights were made for a fixed number of classes (a count written "
            "in the code, np.bincount(..., minlength=10)?): make them from the number of classes in the labels "
            "(int(y_train.max()) + 1).",
            "the loss's class weights were made for another number of classes than the logits have: make one per "
            "class of the labels.")


def _target(m: re.Match) -> tuple[str, str]:
    label = int(m.group(1))
    if label < 0:  # no number of scores has a column for it
        return (f"a label {label} reached the loss: class labels run from 0 to the number of classes - 1, and no "
                "model output has a column for a negative one. The labels were shifted (y - 1 where they already "
                "start at 0?) or hold a placeholder value: give the loss the labels as y_train holds them.",
                "a negative label reached the loss: class labels run from 0; were they shifted (y - 1)?")
    return (f"a label {label} met scores with no column {label}: the model outputs fewer scores than there are "
            f"classes (labels 0..{label} need at least {label + 1}); its last layer gives one score per class "
            "(int(y_train.max()) + 1).",
            "a label is out of range of the model's scores: its last layer must output one score per class.")


def _batch(m: re.Match) -> tuple[str, str]:
    rows, labels = int(m.group(1)), int(m.group(2))
    if rows and labels and max(rows, labels) % min(rows, labels) == 0:
        # a whole multiple: what a view that folds the batch axis into the others (or out of them) gives
        return (f"the model returned {rows} rows of scores for a batch of {labels} labels: a reshape or view before "
                "the last layer mixes the batch axis into the others (flatten with x.flatten(1) or "
                "x.view(len(x), -1)), or the scores and labels come from different batches.",
                "the model returned another number of rows than the batch has labels: flatten keeping the batch "
                "axis (x.flatten(1)).")
    if labels > rows:
        which = ("the labels of more images than the scores are of (all of y, not y[idx]?), or the scores of fewer "
                 "(part of the batch)")
    else:
        which = ("the scores of more images than the labels are of (the model called on the whole set, model(X) "
                 "where model(X[idx]) is meant?), or the labels of a smaller slice of y")
    return (f"the loss got {labels} labels for {rows} rows of scores: the scores and the labels given to it are not "
            f"of the same images: {which}.",
            "the loss got another number of labels than there are rows of scores: the scores and the labels are not "
            "of the same images (the model called on other images than the batch's, or another slice of y).")


def _scheduler_steps(m: re.Match) -> tuple[str, str]:
    tried, total = int(m.group(1)), int(m.group(2))
    return (f"the learning-rate schedule (OneCycleLR) was built for {total} steps and stepped {tried} times: "
            "stepped once a batch, it must be built for every batch of the whole run, epochs x batches per epoch "
            f"(total_steps={total} may count something else: the epochs alone, or one epoch's batches), each "
            "epoch's last shorter batch counted too (steps_per_epoch = math.ceil(len(X) / batch_size) or "
            "len(loader), not len(X) // batch_size); or it is stepped more often than once a batch.",
            "the learning-rate schedule (OneCycleLR) was stepped more times than it was built for: build it for "
            "every batch of the whole run (epochs x batches per epoch, not the epochs alone), the last shorter "
            "batch of each epoch counted too (math.ceil, not //).")


BATCHNORM_1D_ON_MAPS = ("a batch norm for vectors (nn.BatchNorm1d, which takes (N, C) or (N, C, L)) got maps of 4 axes "
                        "(N, C, H, W): after a convolution, normalize with nn.BatchNorm2d(channels); BatchNorm1d "
                        "belongs after the flatten, before or between the linear layers.",
                        "a batch norm for vectors (nn.BatchNorm1d) got 4-axis maps: after a convolution use "
                        "nn.BatchNorm2d.")
def _batchnorm_2d(m: re.Match) -> tuple[str, str]:
    if m.group(1) == "3":  # (C, H, W): one image without its batch axis, which a convolution takes and it does not
        return ("a batch norm for maps (nn.BatchNorm2d, which takes (N, C, H, W)) got 3D input: one image (C, H, W) "
                "without its batch axis (a convolution before it accepts a single image, a batch norm does not). "
                "Give the model batches: model(X[i:i + 1]) or model(X[i][None]) for one image, or the whole set at "
                "once.",
                "a batch norm for maps got a single image without its batch axis: give the model (N, C, H, W) "
                "batches, X[i:i + 1] for one image.")
    return (f"a batch norm for maps (nn.BatchNorm2d, which takes (N, C, H, W)) got {m.group(1)}D input: after the "
            "flatten (between linear layers) normalize with nn.BatchNorm1d(features); BatchNorm2d belongs after a "
            "convolution.",
            "a batch norm for maps (nn.BatchNorm2d) got vectors: after the flatten use nn.BatchNorm1d.")


def _running_stats(m: re.Match) -> tuple[str, str]:
    got, built = m.group(1), m.group(2)
    return (f"a batch norm built for {built} channels (num_features={built}) got input with {got}: build it for the "
            f"channels of the layer before it ({got}: that convolution's out_channels, or that linear layer's "
            "out_features).",
            "a batch norm got another number of channels than its num_features: build it for the layer before it.")


def _dims(m: re.Match) -> tuple[str, str]:
    size = m.group(1)
    axes = len([d for d in size.split(",") if d.strip()])
    if axes > 4:  # one axis too many: a channel axis added to images that have one
        return (f"a convolution or pooling layer got an input of size [{size}], {axes} axes where images have 4 "
                "(N, C, H, W): an axis is added too many (an unsqueeze, X[:, None] or a reshape on images that "
                "already have their channel axis?).",
                "a convolution got an input with an axis too many: an axis added to images that already have "
                "their (N, C, H, W) layout.")
    return (f"a convolution or pooling layer got an input of size [{size}]: images reach it as (N, C, H, W), so "
            "it comes after a flatten, or the images lack their channel axis (X[:, None] adds it).",
            "a convolution got an input without the (N, C, H, W) layout: a flatten before it, or a missing "
            "channel axis.")


def _joined(m: re.Match) -> tuple[str, str]:
    along, first, other, k = int(m.group(1)), m.group(2), m.group(3), m.group(4)
    if along == 0:
        return (f"torch.cat joined tensors along dimension 0, and they must have the same size in every other "
                f"dimension: tensor number {k} has {other} where the first has {first}.",
                "torch.cat joined tensors whose sizes differ outside the dimension they are joined along.")
    return (f"torch.cat joined tensors along dimension {along}, and they must have the same size in every other "
            f"dimension: tensor number {k} has {other} rows where the first has {first} (a last, shorter batch). "
            f"Batches of outputs (one row an example) are joined along dimension 0: torch.cat(outputs, dim=0); "
            f"dim={along} lays them side by side, as more columns.",
            "torch.cat joined batches along another dimension than 0: batches of outputs are joined along "
            "dimension 0, torch.cat(outputs, dim=0).")


def _view(m: re.Match) -> tuple[str, str]:
    shape, size = m.group(1), int(m.group(2))
    sizes = [int(d) for d in shape.split(",") if d.strip().lstrip("-").isdigit()]
    known = math.prod(d for d in sizes if d != -1)
    cut = (f" {size} is not a multiple of {known}: cutting {size} entries into rows of {known} leaves "
           f"{size % known} over." if -1 in sizes and known > 0 and size % known else "")
    return (f"a view or reshape to [{shape}] was asked of a tensor of {size} entries, and the entries of the new shape "
            f"must be as many as the tensor's.{cut} To cut rows into batches whose last one is shorter, use "
            ".split(batch_size) (or torch.randperm(n).split(batch_size)), which view(-1, batch_size) cannot do.",
            "a view or reshape asked for a shape whose entries are not as many as the tensor's (batches cut with "
            "view(-1, batch_size), which needs n to be a multiple of it: split(batch_size) gives a shorter last "
            "batch).")


def _no_forward(m: re.Match) -> tuple[str, str]:
    name = m.group(1)
    if name in ("ModuleList", "ModuleDict", "ParameterList", "ParameterDict"):
        return (f"an nn.{name} was called as a model: it holds layers but computes nothing itself (it has no "
                "forward). Call its layers one after another (for layer in layers: x = layer(x)), or make the model "
                "an nn.Sequential of them.",
                f"an nn.{name} was called as a model: it holds layers but has no forward; call its layers in turn, "
                "or use nn.Sequential.")
    return (f"your model's class {name} has no method named `forward`, the one nn.Module calls when the model is "
            f"called (model(x) runs {name}.forward(x)): torch's own placeholder raised instead. Is it spelt "
            "otherwise, or indented outside the class? Name the method that computes the output `forward`.",
            f"your model's class {name} has no method named `forward`, which nn.Module calls when the model is "
            "called: is it spelt otherwise, or indented outside the class?")


def _stacked(m: re.Match) -> tuple[str, str]:
    first, other, k = m.group(1), m.group(3), m.group(4)
    return (f"torch.stack was given tensors of different sizes ([{first}] and, at entry {k}, [{other}]: a last, "
            "shorter batch?). torch.stack puts equal tensors side by side along a new dimension; batches of outputs "
            "(one row an example) are joined along their first dimension with torch.cat(outputs, dim=0).",
            "torch.stack was given tensors of different sizes: batches of outputs are joined with torch.cat, "
            "which adds no dimension and takes a shorter last batch.")


# a float64 tensor met float32 ones (the model's weights, its logits): the input, or another tensor handed along
FLOAT64_MET_FLOAT32 = re.compile(r"(?:Input type \(double\) and bias type \(float\)|found dtype Double but expected "
                                 r"Float|mat1 and mat2 must have the same dtype, but got Double and Float|"
                                 r"expected scalar type Float but found Double|expected m1 and m2 to have the same "
                                 r"dtype, but got: double != float)")

# messages with no number worth reading back: (what it means, in grader words only)
DTYPE = ("the input is float64 (NumPy's default) where the model's weights are float32: convert it, "
         "torch.tensor(X, dtype=torch.float32) or torch.from_numpy(X).float().",
         "the input is float64 where the model is float32: convert it with .float().")
DOUBLE_MODEL = ("the model's weights are float64 (model.double(), or layers made with dtype=torch.float64) where the "
                "input is float32: a layer cannot mix them. Give it float64 inputs wherever they enter the model, in "
                "training and in prediction alike (torch.tensor(X, dtype=torch.float64)), or keep the model float32.",
                "the model is float64 where the input is float32: convert the inputs everywhere they enter the model, "
                "or keep the model float32.")
LONG_TARGET = ("the labels given to the loss are not int64: cross-entropy wants class indices as torch.long "
               "(torch.tensor(y, dtype=torch.long)).", "the loss wants the labels as int64 class indices (torch.long).")
INTEGER_PROBABILITIES = ("the labels given to the loss have the logits' shape, one column per class (one-hot rows, as "
                         "nn.functional.one_hot makes them, int64): cross-entropy reads a target shaped like the "
                         "logits as class probabilities, which must be floats. Give it one class index per row, shape "
                         "(N,), as the labels come (or the one-hot rows as floats, .float()).",
                         "the labels given to the loss have one column per class, integers: cross-entropy reads them "
                         "as class probabilities, which must be floats; give one class index per row instead.")
HALF_INPUT = ("the images are float16 (.half()) where the model's weights are float32: a layer cannot mix them. Keep "
              "the inputs float32 (drop .half(), or .float() them), or convert the model too (model.half(), which "
              "trains worse on a CPU and needs care on a GPU).",
              "the images are float16 where the model is float32: keep the inputs float32.")
BFLOAT16_TO_NUMPY = ("a bfloat16 tensor was turned into a NumPy array, and NumPy has no bfloat16: the logits are "
                     "bfloat16 because the model ran under torch.autocast(dtype=torch.bfloat16) (or on .bfloat16() "
                     "inputs or weights). Convert them before leaving torch, .float().cpu().numpy(), or predict "
                     "without the autocast.",
                     "a bfloat16 tensor (from torch.autocast) was turned into NumPy, which has no bfloat16: "
                     ".float() it first.")
FANS_OF_A_VECTOR = ("an initializer that reads fans (nn.init.kaiming_*, xavier_*) was given a parameter of one "
                    "dimension: a bias, or a batch norm's weight, which has no fan in and fan out. Apply it to the "
                    "weights of the convolutions and linear layers only (isinstance(m, (nn.Conv2d, nn.Linear)), "
                    "m.weight), and leave biases and norm layers at their defaults (or set them with "
                    "nn.init.zeros_ / ones_).",
                    "an initializer that needs fans was given a bias or a norm layer's weight (one dimension): apply "
                    "it to the conv and linear weights only.")
INTEGER_LOGITS = ("a softmax got integers (torch.long): the class labels reached the place of the scores. "
                  "cross_entropy(input, target) takes the model's output first, (N, C) floats, and the labels "
                  "second: check the order of the arguments (criterion(logits, y)).",
                  "a softmax got integers: the labels where the logits go? cross_entropy(logits, labels).")
NO_GRAD = ("backward() was called on a loss that carries no gradient: it was computed under torch.no_grad(), or from "
           "values cut off the graph (.detach(), .item(), NumPy arrays, a new torch.tensor(...)).",
           "backward() on a loss with no gradient: computed under torch.no_grad() or from values off the graph.")
TWICE = ("backward() went through the same graph twice: something computed once is reused in every step (a loss "
         "summed across steps without .item(), or inputs passed through a layer once, outside the loop).",
         "backward() went through the same graph twice: a value computed once is reused in every step.")
NEGATIVE_STRIDE = ("torch cannot make a tensor of a NumPy array with a negative stride: a reversed slice "
                   "(x[..., ::-1]) or np.flip returns a view that walks its memory backwards. Copy it first "
                   "(.copy(), np.ascontiguousarray), or make the tensor first and flip it with torch.flip.",
                   "a NumPy array reversed by a slice or np.flip cannot become a tensor as it is: copy it first, or "
                   "flip the tensor with torch.flip.")
SIZE_MISMATCH = ("TensorDataset was given tensors of different lengths: the images and the labels it pairs are not "
                 "of the same set (the test images with the training labels?), or one was cut or filtered and the "
                 "other not.", "a TensorDataset got images and labels of different lengths: not the same set?")
NUMPY_GRAD = ("numpy() was called on a tensor that requires grad: predict under torch.no_grad(), or call .detach() "
              "first.", "call .detach() (or predict under torch.no_grad()) before .numpy().")
DEVICE = ("some tensors are on the GPU and others on the CPU: move the inputs and labels to the model's device "
          "(.to(device)), and the outputs back with .cpu() before .numpy().",
          "tensors on different devices: move inputs and labels to the model's device.")
NOT_IMAGES = ("a convolution or pooling layer got an input without the (N, C, H, W) layout of images: it comes after "
              "a flatten, or the images lack their channel axis (X[:, None] adds it).",) * 2
WINDOW_TOO_LARGE = ("a convolution or pooling layer's window is larger than the maps it got: the layers before it "
                    "shrank them (a convolution without padding takes kernel_size - 1 off each length, a pooling of 2 "
                    "halves it). Pad the convolutions (padding=kernel_size // 2) or pool fewer times.",) * 2


PLATEAU_METRIC = ("ReduceLROnPlateau lowers the learning rate when a measured quantity stops improving, so its step() "
                  "takes that quantity: scheduler.step(val_loss), once an epoch, with the epoch's validation (or "
                  "training) loss; the other schedulers step with no argument.",
                  "ReduceLROnPlateau's step() takes the quantity it watches: scheduler.step(val_loss), once an "
                  "epoch.")
EMPTY_PARAMETERS = ("the optimizer was given no parameters. Either the model registers none: layers kept in a plain "
                    "Python list or dict (self.layers = [nn.Linear(...), ...]) are not registered by nn.Module, so "
                    "model.parameters() does not see them; keep them in nn.ModuleList, nn.ModuleDict or "
                    "nn.Sequential (or assign each to an attribute). Or model.parameters(), a generator, was used up "
                    "before the optimizer got it (a count or a print of the parameters, a first optimizer built from "
                    "it): pass model.parameters() afresh, or make a list of it first.",
                    "the optimizer was given no parameters: layers kept in a plain list or dict are not registered "
                    "(use nn.ModuleList or nn.Sequential), or the parameters generator was used up before.")

NOT_SCALAR = ("backward() was called on a tensor of many numbers, not on one loss: a loss with reduction='none' "
              "(one value per image), or outputs not yet reduced. Reduce it to one number first (loss.mean(), "
              "the default reduction), then call backward().",
              "backward() was called on a tensor of many numbers: reduce the loss to one number (its mean) first.")
NUMBER_BACKWARD = ("backward() was called on a Python number, not on the loss tensor: .item() (or float()) turns "
                   "the loss into a number that carries no graph. Keep the tensor for loss.backward(), and call "
                   ".item() only on a copy for logging (loss_value = loss.item()).",
                   "backward() was called on a Python number: .item() turned the loss into a number; call backward() "
                   "on the tensor and .item() only for logging.")

MULTI_TARGET = re.compile(r"0D or 1D target tensor expected, multi-target not supported")
TARGET_NOT_1D = ("the labels given to the loss have more than one dimension, (N, 1) or one-hot (N, C) rows, where "
                 "cross-entropy of (N, C) scores wants one class index per row, shape (N,): keep y as it comes "
                 "(torch.tensor(y, dtype=torch.long)), without unsqueeze(1), reshape(-1, 1) or one-hot encoding "
                 "(or take y.squeeze(1), y.argmax(1) of one-hot rows).",
                 "the labels given to the loss are not one class index per row: no column (unsqueeze(1)) and no "
                 "one-hot rows; shape (N,).")

NESTEROV = ("torch.optim.SGD(..., nesterov=True) was made without momentum (its default, 0) or with a dampening: "
            "Nesterov's step looks ahead along the velocity, which momentum keeps, so torch refuses it otherwise. Give "
            "the momentum too, torch.optim.SGD(params, lr=..., momentum=0.9, nesterov=True), and leave dampening at 0.",
            "SGD with nesterov=True needs a momentum (and no dampening): give momentum=0.9 beside nesterov=True.")

CLOSURE = ("the optimizer's step() takes a closure: LBFGS evaluates the loss several times in one step, so it is "
           "given a function that does one evaluation: `def closure(): opt.zero_grad(); loss = loss_fn(model(xb), "
           "yb); loss.backward(); return loss`, then `opt.step(closure)` (the backward() inside the closure, not "
           "before the step).",
           "the optimizer's step() takes a closure (LBFGS): a function that zeroes the gradients, computes the loss, "
           "calls backward() and returns the loss; call opt.step(closure).")

SHARED_GROUPS = ("a tensor is in two of the optimizer's parameter groups: a group of all model.parameters() and "
                 "another of some layer's parameters (to give them another learning rate) list that layer twice, "
                 "and torch refuses it. Make the groups apart: the layer's parameters in one group, every other "
                 "parameter in the other (e.g. `[p for n, p in model.named_parameters() if not "
                 "n.startswith('fc.')]`).",
                 "a parameter is in two of the optimizer's parameter groups (all parameters, and a layer's again): "
                 "make the groups apart, each parameter in one.")

NO_SUPER_INIT = ("an nn.Module subclass set a layer or parameter in its __init__ before calling nn.Module's own: "
                 "`super().__init__()` must be the first line of __init__, since it makes the registries that "
                 "self.conv = nn.Conv2d(...) stores into.",
                 "a module's __init__ must call super().__init__() first, before setting any layer or parameter.")

MODULE_AS_PARAMETERS = ("the optimizer was given a module (the model, or one of its layers) where it takes its "
                        "tensors: write torch.optim.Adam(model.parameters(), lr=...), with .parameters().",
                        "the optimizer was given a module, not its parameters: pass model.parameters().")


LINEAR_START = ("LinearLR's start_factor multiplies the learning rate at the first step, and torch takes it in (0, 1]: "
                "a warm-up from zero is written with a small positive start_factor (start_factor=0.01, or 1e-3), "
                "since a rate of exactly 0 would make the first steps do nothing.",
                "LinearLR's start_factor must be above 0 and at most 1: start a warm-up at a small positive factor "
                "such as 0.01.")


PATTERNS: list[tuple[re.Pattern, Explain | tuple[str, str]]] = [
    (re.compile(r"step\(\) missing 1 required positional argument: 'closure'"), CLOSURE),
    (re.compile(r"Nesterov momentum requires a momentum and zero dampening"), NESTEROV),
    (re.compile(r"unsupported ScalarType BFloat16"), BFLOAT16_TO_NUMPY),
    (re.compile(r"weight tensor should be defined either for all (\d+) classes or no classes but got weight tensor "
                r"of shape: \[([\d, ]+)\]"), _class_weights),
    (MULTI_TARGET, TARGET_NOT_1D),
    (re.compile(r"optimizer got an empty parameter list"), EMPTY_PARAMETERS),
    (re.compile(r"some parameters appear in more than one parameter group"), SHARED_GROUPS),
    (re.compile(r"Starting multiplicative factor expected to be greater than 0 and less or equal to 1"),
     LINEAR_START),
    (re.compile(r"cannot assign (?:module|parameters?) before Module\.__init__\(\) call"), NO_SUPER_INIT),
    (re.compile(r"optimizer can only optimize Tensors, but one of the params is torch\.nn\.modules\."),
     MODULE_AS_PARAMETERS),
    (LINEAR_ROWS, _linear),
    (re.compile(r"Given input size: \(([\dx]+)\)\. Calculated output size: \([\dx]+\)\. Output size is too small"),
     _too_small),
    (re.compile(r"Kernel size can't be greater than actual input size"), WINDOW_TOO_LARGE),
    (re.compile(r"Module \[(\w+)\] is missing the required \"forward\" function"), _no_forward),
    (re.compile(r"weight of size \[\d+, (\d+)(?:, \d+)*\], expected input\[([\d, ]+)\] to have \d+ channels, but "
                r"got (\d+) channels"), _channels),
    (re.compile(r"Target (-?\d+) is out of bounds"), _target),
    (re.compile(r"Expected input batch_size \((\d+)\) to match target batch_size \((\d+)\)"), _batch),
    (re.compile(r"(?:Input type \(float\) and (?:bias|weight) type \(double\)|"
                r"mat1 and mat2 must have the same dtype, but got Float and Double|"
                r"expected m1 and m2 to have the same dtype, but got: float != double)"), DOUBLE_MODEL),
    (FLOAT64_MET_FLOAT32, DTYPE),
    (re.compile(r"Expected floating point type for target with class probabilities"), INTEGER_PROBABILITIES),
    (re.compile(r"Fan in and fan out can not be computed for tensor with fewer than 2 dimensions"), FANS_OF_A_VECTOR),
    (re.compile(r"(?:Input type \(c10::Half\) and (?:bias|weight) type \(float\)|"
                r"mat1 and mat2 must have the same dtype, but got Half and Float)"), HALF_INPUT),
    (re.compile(r"(?:expected scalar type Long but found|expected target dtype to be Long|"
                r"\"nll_loss.*\" not implemented for 'Float')"), LONG_TARGET),
    (re.compile(r"\"\w*softmax\w*\" not implemented for '(?:Long|Int)'"), INTEGER_LOGITS),
    (re.compile(r"Expected \dD \(unbatched\) or \dD \(batched\) input to \w+, but got input of size: \[([\d, ]+)\]"),
     _dims),
    (re.compile(r"non-empty 3D or 4D \(batch mode\) tensor expected for input"), NOT_IMAGES),
    (re.compile(r"expected 2D or 3D input \(got 4D input\)"), BATCHNORM_1D_ON_MAPS),
    (re.compile(r"\bexpected 4D input \(got ([23])D input\)"), _batchnorm_2d),
    (re.compile(r"running_mean should contain (\d+) elements not (\d+)"), _running_stats),
    (re.compile(r"element 0 of tensors does not require grad and does not have a grad_fn"), NO_GRAD),
    (re.compile(r"Trying to backward through the graph a second time"), TWICE),
    (re.compile(r"'(?:float|int)' object has no attribute 'backward'"), NUMBER_BACKWARD),
    (re.compile(r"grad can be implicitly created only for (?:real )?scalar outputs"), NOT_SCALAR),
    (re.compile(r"Can't call numpy\(\) on Tensor that requires grad"), NUMPY_GRAD),
    (re.compile(r"At least one stride in the given numpy array is negative"), NEGATIVE_STRIDE),
    (re.compile(r"\bSize mismatch between tensors$"), SIZE_MISMATCH),
    (re.compile(r"Tried to step (\d+) times?\. The specified number of total steps is (\d+)"), _scheduler_steps),
    (re.compile(r"ReduceLROnPlateau\.step\(\) missing 1 required positional argument: 'metrics'"), PLATEAU_METRIC),
    (re.compile(r"Sizes of tensors must match except in dimension (\d+)\. Expected size (\d+) but got size (\d+) "
                r"for tensor number (\d+)"), _joined),
    (re.compile(r"Expected all tensors to be on the same device|can't convert cuda:\d+ device type tensor to numpy"),
     DEVICE),
    (re.compile(r"shape '\[([-\d, ]+)\]' is invalid for input of size (\d+)"), _view),
    (re.compile(r"stack expects each tensor to be equal size, but got \[([\d, ]*)\] at entry (\d+) and "
                r"\[([\d, ]*)\] at entry (\d+)"), _stacked),
]


def loss_class_not_made(source: str | None) -> Finding | None:
    """A name bound to a loss class itself, not to a loss made from it (`criterion = nn.CrossEntropyLoss`, its
    parentheses left out): calling it with the logits and the labels builds a loss module whose weight and
    size_average they become, which raises (torch's "Boolean value of Tensor ... is ambiguous")."""
    try:
        tree = ast.parse(source or "")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and \
                isinstance(node.value, ast.Attribute) and node.value.attr.endswith("Loss"):
            name, made = node.targets[0].id, ast.unparse(node.value)
            return Finding("torch_error", f"line {node.lineno}: `{name} = {made}` binds the loss class itself, not a "
                           f"loss: `{name}(logits, labels)` then builds a new loss module with the logits and labels "
                           f"as its settings (weight, size_average...), which raises. Make the loss first, `{name} = "
                           f"{made}()`, then call it: `{name}(logits, labels)`.",
                           "a name is bound to a loss class, not to a loss made from it (its parentheses left out): "
                           "make the loss first, then call it with the logits and labels.")
    return None


def torch_error(message: str) -> Finding | None:
    """What the torch error in message means (None: not one of those known)."""
    for pattern, explain in PATTERNS:
        m = pattern.search(message)
        if m:
            text, plain = explain if isinstance(explain, tuple) else explain(m)
            return Finding("torch_error", f"the error: {text}", f"the error: {plain}")
    return None
