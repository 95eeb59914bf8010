import io
import pickle

import numpy as np
import pytest

from autograder.sandbox import wire


def roundtrip(value, **kw):
    return wire.decode(wire.encode(value, **kw))


def test_nested_values_roundtrip():
    value = {"a": [1, 2.5, None, True, "s"], "t": (np.arange(3.0), np.float32(1.5)), "inf": float("inf")}
    back = roundtrip(value)
    assert back["a"] == [1, 2.5, None, True, "s"]
    assert isinstance(back["t"], tuple)
    assert np.array_equal(back["t"][0], np.arange(3.0))
    assert back["t"][1] == np.float32(1.5) and back["t"][1].dtype == np.float32
    assert back["inf"] == float("inf")


def test_zero_dim_and_non_contiguous_arrays_keep_shape():
    assert roundtrip(np.float64(2.0)).shape == ()
    a = np.arange(12.0).reshape(3, 4).T
    assert np.array_equal(roundtrip(a), a)


def test_arrays_are_plain_ndarrays_even_from_subclasses():
    class Sneaky(np.ndarray):
        def __eq__(self, other):
            return True

    back = roundtrip(np.arange(3.0).view(Sneaky))
    assert type(back) is np.ndarray


def test_objects_become_handles_on_the_child_side():
    kept = []

    def keep(obj):
        kept.append(obj)
        return wire.Handle(len(kept), type(obj).__name__)

    back = roundtrip((np.ones(2), object(), np.array([object()], dtype=object)), to_handle=keep)
    assert isinstance(back[1], wire.Handle) and back[1].type_name == "object"
    assert isinstance(back[2], wire.Handle)  # object arrays never travel as data


def test_grader_side_refuses_to_send_objects():
    with pytest.raises(wire.WireError):
        wire.encode(object())


def test_pickled_array_payload_is_rejected():
    frame = bytearray(wire.encode(np.ones(2)))
    buf = io.BytesIO()
    np.save(buf, np.array([{"evil": 1}], dtype=object), allow_pickle=True)
    blob = buf.getvalue()
    header_len = int.from_bytes(frame[:4], "little")
    forged = bytes(frame[:4 + header_len]) + len(blob).to_bytes(8, "little") + blob
    with pytest.raises(wire.WireError):
        wire.decode(forged)


@pytest.mark.parametrize("data", [b"", b"\x05\x00\x00\x00{}", b"\x02\x00\x00\x00{]",
                                  pickle.dumps({"tree": 1})])
def test_malformed_frames_raise_wire_error(data):
    with pytest.raises(wire.WireError):
        wire.decode(data)


def test_unknown_markers_and_deep_nesting_rejected():
    import json
    import struct

    def frame(tree):
        h = json.dumps({"tree": tree, "blobs": 0}).encode()
        return struct.pack("<I", len(h)) + h

    with pytest.raises(wire.WireError):
        wire.decode(frame({"__pickle__": "x"}))
    deep = []
    for _ in range(100):
        deep = [deep]
    with pytest.raises(wire.WireError):
        wire.decode(frame(deep))
