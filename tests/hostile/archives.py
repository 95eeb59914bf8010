"""Broken archives and notebooks, built from the a1 solution: shared by the hostile corpus and
tests/test_integrity_batch.py."""
from __future__ import annotations

import io
import json
import struct
import zipfile
from pathlib import Path

SOLUTION = (Path(__file__).resolve().parents[2] / "examples" / "a1_sample_class" / "alice_correct.py").read_bytes()


def zip_of(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def patched_zip(patch, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of backprop.py whose local and central headers are changed by patch(data, local, central)."""
    data = bytearray(zip_of({"backprop.py": SOLUTION}, method))
    patch(data, data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02"))
    return bytes(data)


def encrypt_member(data: bytearray, local: int, central: int) -> None:
    data[local + 6] |= 1  # general purpose flag bit 0: encrypted
    data[central + 8] |= 1


def method_99(data: bytearray, local: int, central: int) -> None:
    data[local + 8:local + 10] = struct.pack("<H", 99)  # 99: AES, which zipfile cannot read
    data[central + 10:central + 12] = struct.pack("<H", 99)


def payload_start(data: bytearray, local: int) -> int:
    name_len, extra_len = struct.unpack("<HH", data[local + 26:local + 30])
    return local + 30 + name_len + extra_len


def corrupt_stream(data: bytearray, local: int, central: int) -> None:
    start = payload_start(data, local)
    for i in range(start, start + 40):
        data[i] ^= 0x5A


def flip_one_byte(data: bytearray, local: int, central: int) -> None:
    data[payload_start(data, local) + 100] ^= 1  # stored: the CRC no longer matches


def deep_notebook(levels: int = 100_000) -> bytes:
    return (b'{"cells": ' + b"[" * levels + b"]" * levels
            + b', "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')


def notebook(*cells: str) -> bytes:
    return json.dumps({"cells": [{"cell_type": "code", "source": c, "metadata": {}, "outputs": [],
                                  "execution_count": None, "id": f"c{i}"} for i, c in enumerate(cells)],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()
