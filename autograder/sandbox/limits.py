"""What one child may use: time, memory, processes, files, output, modules, threads, GPU."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel


class Limits(BaseModel):
    """Resource limits of one child process; times in seconds, sizes in MiB unless said."""

    call_timeout_s: float = 10.0
    startup_timeout_s: float = 30.0
    cpu_s: int = 300
    memory_mb: int = 4096
    max_processes: int = 64
    file_size_mb: int = 64
    # Each of the child's writable folders (/scratch, /tmp, /dev/shm) is a tmpfs of at most this
    # size, its own: RLIMIT_FSIZE bounds one file, this what all of them hold together.
    tmpfs_mb: int = 256
    open_files: int = 256
    output_bytes: int = 64 * 1024
    forbidden_modules: list[str] = []  # hidden from the child: torch (NumPy assignments), sklearn.datasets (its data)
    # Imported once by the warm worker, before it forks each child (never a forbidden one).
    preload_modules: list[str] = ["numpy"]
    use_gpu: bool = False  # the child gets this worker's GPU when there is one (CUDA, else CPU)
    gpu_memory_mb: int | None = None  # cap on the torch CUDA allocator of one child
    # address_space: RLIMIT_AS; resident: the warm worker polls resident memory and kills above
    # memory_mb (what works under CUDA, and what a GPU child always gets).
    memory_enforcement: Literal["address_space", "resident"] = "address_space"
    threads: int = 1  # CPU threads for BLAS/torch in the child (at most the machine's cores)
