import io
import json
import pickle
import struct
import time
import tracemalloc

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


# ------------------------------------------------- a hostile child's replies (grader-side cost)
MIB = 2**20


def raw_frame(tree_json: bytes, blobs: list[bytes] = (), count: int | None = None) -> bytes:
    """A reply as a hostile child could write it: any JSON, any blobs."""
    header = b'{"tree":' + tree_json + b',"blobs":' + str(len(blobs) if count is None else count).encode() + b"}"
    return struct.pack("<I", len(header)) + header + b"".join(struct.pack("<Q", len(b)) + b for b in blobs)


def npy(array: np.ndarray) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    return buf.getvalue()


def decode_cost(data: bytes) -> tuple[int, object]:
    """Peak bytes the grader allocates to decode data (tracemalloc), and the value or the WireError."""
    tracemalloc.start()
    try:
        outcome = wire.decode(data)
    except wire.WireError as e:
        outcome = e
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, outcome


def many(item: bytes, total_bytes: int) -> bytes:
    return b"[" + b",".join([item] * (total_bytes // (len(item) + 1))) + b"]"


HOSTILE_TREES = {
    "empty lists": lambda size: many(b"[]", size),
    "empty objects": lambda size: many(b"{}", size),
    "empty dicts": lambda size: many(b'{"__dict__":{}}', size),
    "one-key dicts": lambda size: many(b'{"__dict__":{"a":0}}', size),
    "one-key objects": lambda size: many(b'{"a":0}', size),
    "tuples": lambda size: many(b'{"__tuple__":[]}', size),
    "distinct keys": lambda size: b'{"__dict__":{' + b",".join(b'"%x":0' % i for i in range(size // 9)) + b"}}",
    "short strings": lambda size: many(b'"ab"', size),
    "non-latin characters": lambda size: many('"\u20ac"'.encode(), size),
    "emoji": lambda size: many('"\U0001f600"'.encode(), size),
    "escaped characters": lambda size: many(b'"\\u20ac"', size),
    "negative ints": lambda size: many(b"-6", size),
    "floats": lambda size: many(b"1e5", size),
    "ints": lambda size: many(b"257", size),
    "nesting": lambda size: b"[" * (size // 2) + b"]" * (size // 2),
}


@pytest.mark.parametrize("shape", HOSTILE_TREES)
def test_a_hostile_16_mib_reply_is_refused_at_a_small_cost(shape):
    data = raw_frame(HOSTILE_TREES[shape](16 * MIB))
    started = time.monotonic()
    peak, outcome = decode_cost(data)
    assert isinstance(outcome, wire.WireError), f"accepted, decoding cost {peak / MIB:.0f} MiB"
    assert "limit" in str(outcome)
    assert peak <= 2 * len(data), f"{peak / MIB:.0f} MiB to refuse a {len(data) / MIB:.0f} MiB frame"
    assert time.monotonic() - started < 10


def largest_parsed(build) -> bytes:
    """The largest frame of this shape that the limits let json.loads parse (within an eighth)."""
    low, high = 0, 16 * MIB
    while high - low > max(high // 8, 16):
        size = (low + high) // 2
        data = raw_frame(build(size))
        try:
            wire.check_json_shape(data, 4)
            low = size
        except wire.WireError:
            high = size
    assert low, "nothing of this shape is parsed"
    return raw_frame(build(low))


@pytest.mark.parametrize("shape", HOSTILE_TREES)
def test_the_costliest_parsed_replies_stay_within_ten_times_their_size(shape):
    """Just under the limits each shape is parsed (and decoded, or refused for what it holds), and
    the grader holds at most 10x the frame plus a fixed allowance for a small frame's objects."""
    data = largest_parsed(HOSTILE_TREES[shape])
    peak, _ = decode_cost(data)
    assert peak <= 10 * len(data) + wire.DECODE_ALLOWANCE, f"{peak / MIB:.1f} MiB for {len(data) / MIB:.2f} MiB"


def test_the_largest_accepted_frame_costs_little_more_than_itself():
    """One array just under the frame limit: the grader holds the frame and the array, not more."""
    blob = npy(np.zeros((wire.MAX_FRAME_BYTES - 4096) // 8))
    data = raw_frame(b'{"__ndarray__":0}', [blob])
    assert len(data) <= wire.MAX_FRAME_BYTES
    del blob
    peak, value = decode_cost(data)
    assert isinstance(value, np.ndarray) and value.nbytes > wire.MAX_FRAME_BYTES - 8192
    assert peak <= 1.2 * len(data), f"{peak / MIB:.0f} MiB for {len(data) / MIB:.0f} MiB"


def test_many_small_arrays_cost_little_time_and_memory():
    blob = npy(np.zeros(1))

    def frame(n: int) -> bytes:
        refs = b",".join(b'{"__ndarray__":%d}' % i for i in range(n))
        return raw_frame(b"[" + refs + b"]", [blob] * n)

    def seconds(data: bytes) -> float:
        started = time.process_time()
        wire.decode(data)
        return time.process_time() - started

    data = frame(wire.MAX_ARRAYS)
    # Linear, whatever the machine's load: ten times the arrays costs about ten times the CPU time, where
    # a quadratic decoder would take a hundred times (CPU time, so other processes do not count).
    tenth, full = min(seconds(frame(wire.MAX_ARRAYS // 10)) for _ in range(3)), seconds(data)
    assert full < 30 * tenth + 0.5, (full, tenth)
    peak, value = decode_cost(data)
    assert len(value) == wire.MAX_ARRAYS
    assert peak <= 10 * len(data) + wire.DECODE_ALLOWANCE
    with pytest.raises(wire.WireError, match="limit"):
        wire.decode(frame(wire.MAX_ARRAYS + 1))


def test_deep_nesting_is_a_wire_error_not_a_recursion_error():
    for depth in (wire.MAX_DEPTH + 2, 70, 5_000, 50_000):
        with pytest.raises(wire.WireError, match="nested"):
            wire.decode(raw_frame(b"[" * depth + b"]" * depth))
    with pytest.raises(wire.WireError, match="limit"):
        wire.decode(raw_frame(b"[" * 10**6 + b"]" * 10**6))


def test_nesting_within_the_limit_roundtrips():
    value: object = 1
    for i in range(wire.MAX_DEPTH - 1):
        value = (value,) if i % 3 == 0 else ({"k": value} if i % 3 == 1 else [value])
    assert roundtrip(value) == value


def test_brackets_and_quotes_inside_strings_are_no_trouble():
    text = '[{"\\"]' * 10_000 + '\\\\'
    assert roundtrip({"s": text, "t": ["]", "[", '"', "\\"]}) == {"s": text, "t": ["]", "[", '"', "\\"]}


def test_an_unterminated_string_full_of_escaped_quotes_is_refused_quickly():
    started = time.monotonic()
    with pytest.raises(wire.WireError):
        wire.decode(raw_frame(b'["' + b'\\"' * (4 * MIB)))
    assert time.monotonic() - started < 5


def test_an_array_may_be_referenced_once():
    blob = npy(np.zeros(1000))
    with pytest.raises(wire.WireError, match="more than once"):
        wire.decode(raw_frame(b"[" + b",".join([b'{"__ndarray__":0}'] * 1000) + b"]", [blob]))


@pytest.mark.parametrize("count", [10**9, 2**40, -1, 1.5, None, "3", 99_999, 1])
def test_a_blob_count_that_lies_is_refused_quickly(count):
    header = json.dumps({"tree": {"__ndarray__": 0}, "blobs": count}).encode()
    data = struct.pack("<I", len(header)) + header + struct.pack("<Q", 0) * 100_000
    started = time.monotonic()
    with pytest.raises(wire.WireError):
        wire.decode(data)
    assert time.monotonic() - started < 2


def test_bytes_after_the_last_array_are_refused():
    with pytest.raises(wire.WireError):
        wire.decode(raw_frame(b'{"__ndarray__":0}', [npy(np.zeros(3))]) + b"\x00" * 100)


def forged_npy(shape: tuple, dtype: str = "<f8", data: bytes = bytes(40)) -> bytes:
    """An .npy blob whose header says `shape` over `data` (five float64 zeros by default)."""
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False, "shape": shape})
    return buf.getvalue() + data


@pytest.mark.parametrize("shape", [(10**9,), (10,), (4,), (0, 10**13), (2**62, 2**62), (-5,)])
def test_an_array_header_that_lies_about_its_size_is_refused(shape):
    with pytest.raises(wire.WireError):
        wire.decode(raw_frame(b'{"__ndarray__":0}', [forged_npy(shape)]))


@pytest.mark.parametrize("descr", ["|V0", "|S0", "<U0", "|O", "|V8", [("a", "<f8")], [("", "<f8", (2,))]])
def test_arrays_of_exotic_dtypes_are_refused(descr):
    with pytest.raises(wire.WireError):
        wire.decode(raw_frame(b'{"__ndarray__":0}', [forged_npy((3,), descr, bytes(48))]))


def test_a_scalar_marker_needs_a_zero_dimensional_array():
    with pytest.raises(wire.WireError):
        wire.decode(raw_frame(b'{"__npscalar__":0}', [npy(np.zeros(3))]))


def test_plain_arrays_keep_dtype_order_and_are_writable():
    for array in (np.arange(6.0).reshape(2, 3), np.asfortranarray(np.arange(6).reshape(2, 3)),
                  np.array([1 + 2j]), np.array([True]), np.arange(3, dtype=">i4"), np.array(["ab", "c"]),
                  np.zeros((0, 4))):
        back = roundtrip(array)
        assert back.dtype == array.dtype and back.shape == array.shape and np.array_equal(back, array)
        assert back.flags.writeable


def test_the_child_side_refuses_to_send_what_the_grader_would_refuse():
    """A student's honest but enormous value becomes the student's error in the child, with the limit."""
    with pytest.raises(wire.WireError, match="limit"):
        wire.encode([[] for _ in range(wire.MAX_CONTAINERS + 1)])
    with pytest.raises(wire.WireError, match="limit"):
        wire.encode(list(range(wire.MAX_VALUES + 1)))
    assert len(roundtrip([[] for _ in range(1000)])) == 1000
