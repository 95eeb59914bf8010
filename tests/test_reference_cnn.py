"""reference.cnn: offline data sets and the reference training loop (groundwork for a6)."""
import numpy as np
import pytest

from reference import cnn


def test_digits_split_is_disjoint_and_reproducible():
    a = cnn.load_digits(seed=3)
    b = cnn.load_digits(seed=3)
    assert all(np.array_equal(x, y) for x, y in zip(a, b))
    X_train, y_train, X_test, y_test = a
    assert X_train.shape[1:] == (1, 8, 8) and X_train.dtype == np.float32 and 0 <= X_train.min() <= X_train.max() <= 1
    assert len(X_train) + len(X_test) == 1797 and set(y_test) == set(range(10))


def test_reference_cnn_reaches_its_stated_accuracy_on_digits():
    X_train, y_train, X_test, y_test = cnn.load_digits(seed=0)
    logits = cnn.train_and_predict(X_train, y_train, X_test, seed=0)
    assert logits.shape == (len(y_test), 10)
    assert cnn.accuracy(logits, y_test) >= 0.95


def test_shapes_need_convolution():
    """A linear model on pixels does poorly on the generated shapes; the small CNN does well."""
    X, y = cnn.make_shapes(1200, seed=1)
    X_train, y_train, X_test, y_test = cnn.split(X, y, 0.25, seed=0)
    w, *_ = np.linalg.lstsq(np.c_[X_train.reshape(len(X_train), -1), np.ones(len(X_train))],
                            np.eye(4)[y_train], rcond=None)
    linear = cnn.accuracy(np.c_[X_test.reshape(len(X_test), -1), np.ones(len(X_test))] @ w, y_test)
    deep = cnn.accuracy(cnn.train_and_predict(X_train, y_train, X_test, seed=0), y_test)
    assert deep >= 0.9 and deep - linear >= 0.3, (deep, linear)


def test_image_folder_layout(tmp_path):
    from PIL import Image

    rng = np.random.default_rng(0)
    for name in ("cat", "dog"):
        (tmp_path / name).mkdir()
        for i in range(3):
            Image.fromarray(rng.integers(0, 255, size=(40, 30, 3), dtype=np.uint8)).save(tmp_path / name / f"{i}.png")
    (tmp_path / "cat" / "notes.txt").write_text("not an image")
    X, y, classes = cnn.load_image_folder(tmp_path, size=32)
    assert X.shape == (6, 3, 32, 32) and classes == ["cat", "dog"] and list(y) == [0, 0, 0, 1, 1, 1]
    assert 0 <= X.min() and X.max() <= 1
    X, y, _ = cnn.load_image_folder(tmp_path, size=16, max_items=4, seed=1)  # a seeded subset, files read: 4
    again, _, _ = cnn.load_image_folder(tmp_path, size=16, max_items=4, seed=1)
    assert X.shape == (4, 3, 16, 16) and np.array_equal(X, again)
    X_train, y_train, X_test, y_test = cnn.image_folder_split(str(tmp_path), size=16, max_items=6, test_fraction=0.5)
    assert len(X_train) == len(X_test) == 3 and not X_train.flags.writeable  # cached: shared by submissions
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no images"):
        cnn.load_image_folder(tmp_path / "empty")


def test_accuracy_is_computed_from_logits():
    assert cnn.accuracy(np.array([[2.0, 1.0], [0.0, 3.0]]), np.array([0, 0])) == pytest.approx(0.5)
