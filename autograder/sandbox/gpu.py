"""Which GPU a child gets, and what its sandbox binds so that CUDA finds it."""
from __future__ import annotations

import os
from pathlib import Path

from autograder.sandbox.limits import Limits


def gpu_binds() -> list[str]:
    """The NVIDIA device nodes and what CUDA reads to find them (bound after --dev, so on top of it)."""
    cmd: list[str] = []
    for node in sorted(Path("/dev").glob("nvidia*")):
        if node.is_char_device():
            cmd += ["--dev-bind", str(node), str(node)]
    cmd += ["--ro-bind-try", "/sys", "/sys", "--ro-bind-try", "/run/nvidia-persistenced", "/run/nvidia-persistenced"]
    return cmd


def gpu_available() -> bool:
    """A GPU device is present (checked without starting CUDA in the grader)."""
    if os.environ.get("AUTOGRADER_NO_GPU"):
        return False
    return Path("/dev/nvidiactl").exists() and any(Path("/dev").glob("nvidia[0-9]*"))


def child_gets_gpu(limits: Limits) -> bool:
    """A child gets a GPU: its assignment may use one and this machine has one."""
    return limits.use_gpu and gpu_available()


def gpu_ids() -> list[str]:
    """The GPUs this grader may hand out: CUDA_VISIBLE_DEVICES's entries if set, else every device node."""
    if not gpu_available():
        return []
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is not None:
        return [d.strip() for d in visible.split(",") if d.strip()]
    return sorted((n.name[6:] for n in Path("/dev").glob("nvidia[0-9]*") if n.name[6:].isdigit()), key=int)


def gpu_index() -> str:
    """The GPU this grading process gives its children (CUDA_VISIBLE_DEVICES value); a batch sets
    AUTOGRADER_GPU_INDEX per worker, otherwise the first GPU this grader may use."""
    chosen = os.environ.get("AUTOGRADER_GPU_INDEX")
    if chosen is not None:
        return chosen
    ids = gpu_ids()
    return ids[0] if ids else "0"


def gpu_env(gpu_memory_mb: int | None) -> dict[str, str]:
    """What a fresh GPU child needs: its device, and the signal to start CUDA before the student's import."""
    return {"CUDA_VISIBLE_DEVICES": gpu_index(), "AUTOGRADER_START_CUDA": str(gpu_memory_mb or 0)}
