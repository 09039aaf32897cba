"""Threads for the parser that keep throughput when the machine is shared.

OpenMP, which torch uses for its CPU threads, lets a waiting thread spin for a while before it
sleeps.  On a machine where other processes want the same cores, those spinning threads take
the time the working ones need: on 2 cores beside two busy loops and other jobs, 25,000 characters
took 92-123 s with two torch threads, 7.5-11 s with two threads that sleep while they wait
(`OMP_WAIT_POLICY=PASSIVE`), and 19-21 s with one thread (README, Speed).  OpenMP reads the
variable once, when torch is first imported, so `passive_openmp` must run before that.
"""
from __future__ import annotations

import os
import sys

__all__ = ["OMP_WAIT", "passive_openmp", "set_threads"]

OMP_WAIT = "OMP_WAIT_POLICY"


def passive_openmp() -> bool:
    """Make OpenMP's idle threads sleep rather than spin, unless the user set OMP_WAIT_POLICY or torch
    is already imported (then it is too late); whether it did so.

    Child processes inherit the setting.
    """
    if OMP_WAIT in os.environ or "torch" in sys.modules:
        return False
    os.environ[OMP_WAIT] = "PASSIVE"
    return True


def set_threads(threads: int) -> None:
    """Torch's intra-op threads (at least one) and, when torch still allows it, its inter-op threads."""
    import torch

    threads = max(1, threads)
    torch.set_num_threads(threads)
    try:
        torch.set_num_interop_threads(threads)
    except RuntimeError:  # already set, or inter-op work already started: torch allows it once
        pass
