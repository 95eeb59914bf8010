"""Which GPU a child gets, decided without starting CUDA in the grader (testable without a GPU)."""
from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from autograder.batch import pool
from autograder.sandbox import confinement, gpu, process
from autograder.sandbox.limits import Limits
from tests.conftest import HAS_BWRAP


@pytest.fixture
def fake_gpus(monkeypatch):
    monkeypatch.setattr(gpu, "gpu_available", lambda: True)
    monkeypatch.delenv("AUTOGRADER_GPU_INDEX", raising=False)
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    return monkeypatch


def test_visible_devices_limit_what_the_grader_hands_out(fake_gpus):
    fake_gpus.setenv("CUDA_VISIBLE_DEVICES", "2, 3")
    assert gpu.gpu_ids() == ["2", "3"]
    assert gpu.gpu_index() == "2"
    fake_gpus.setenv("AUTOGRADER_GPU_INDEX", "3")  # set per batch worker
    assert gpu.gpu_index() == "3"


def test_no_gpu_means_no_ids(monkeypatch):
    monkeypatch.setenv("AUTOGRADER_NO_GPU", "1")
    assert gpu.gpu_ids() == [] and not gpu.gpu_available()


def test_batch_workers_take_one_gpu_each(fake_gpus):
    counter = multiprocessing.get_context("spawn").Value("i", 0)
    seen = []
    for _ in range(3):
        pool._assign_gpu(counter, ["0", "1"])
        seen.append(os.environ["AUTOGRADER_GPU_INDEX"])
    assert seen == ["0", "1", "0"]


def test_the_sandbox_command_of_a_gpu_child(fake_gpus, tmp_path):
    fake_gpus.setenv("AUTOGRADER_GPU_INDEX", "1")
    cmd = confinement.bwrap_command(tmp_path, tmp_path, gpu=True, threads=4)
    assert cmd[cmd.index("CUDA_VISIBLE_DEVICES") + 1] == "1"
    assert cmd[cmd.index("OMP_NUM_THREADS") + 1] == "4"
    cmd = confinement.bwrap_command(tmp_path, tmp_path, gpu=True, gpu_memory_mb=2048)
    assert cmd[cmd.index("AUTOGRADER_START_CUDA") + 1] == "2048"  # CUDA starts before the student's import
    assert "/sys" in cmd  # what CUDA reads to find the device
    cpu_cmd = confinement.bwrap_command(tmp_path, tmp_path)
    assert "CUDA_VISIBLE_DEVICES" not in cpu_cmd and "/sys" not in cpu_cmd
    limits = Limits(use_gpu=True)
    assert process.StudentProcess(Path(tmp_path), "sub", limits).gpu
    assert not process.StudentProcess(Path(tmp_path), "sub", Limits()).gpu


@pytest.mark.skipif(not HAS_BWRAP, reason="bubblewrap is not available here")
@pytest.mark.parametrize("start_kind", ["warm", "fresh"])
def test_a_gpu_child_has_its_device_and_no_address_space_limit(fake_gpus, tmp_path, start_kind):
    """RLIMIT_AS would break CUDA's reservations: a GPU child runs without it (the warm worker
    limits its resident memory instead, tested in test_warm.py)."""
    if start_kind == "fresh":
        fake_gpus.setenv("AUTOGRADER_NO_WARM", "1")
    else:
        fake_gpus.delenv("AUTOGRADER_NO_WARM", raising=False)
    fake_gpus.setenv("AUTOGRADER_GPU_INDEX", "1")
    (tmp_path / "sub.py").write_text("import os, resource\n"
                                     "def probe(): return [resource.getrlimit(resource.RLIMIT_AS)[0] == "
                                     "resource.RLIM_INFINITY, os.environ.get('CUDA_VISIBLE_DEVICES')]\n")
    tmp_path.chmod(0o755)
    (tmp_path / "sub.py").chmod(0o644)
    for use_gpu, expected in ((True, [True, "1"]), (False, [False, None])):
        p = process.StudentProcess(tmp_path, "sub", Limits(use_gpu=use_gpu))
        p.start()
        try:
            assert p.call("probe") == expected
        finally:
            p.kill()
