"""Memory that stays bounded over a long job in bfloat16.

In bfloat16 (the default precision where the CPU multiplies it in hardware) torch runs the LSTMs
and linear layers through oneDNN, which builds a primitive for each input shape and keeps up to
1,024 of them, each with its own copy of its weights laid out for the kernel.  Sentences come in
hundreds of batch shapes, so a process grew without end in practice: one process over PolNeAR dev
three times, 813 -> 1,388 MB resident after 168 documents and still rising, where float stays
near 690 MB.

`ONEDNN_PRIMITIVE_CACHE_CAPACITY` (`bounded_onednn_cache`) bounds it at 64 primitives.  oneDNN
reads it when it builds its first primitive, so it is set before any model runs, unless the user
set it.  `quotes extract` over dev took the same time with 64 as with 1,024 (12.1-12.4 s against
11.7-13.0 s, alternating); with 16 or 1 the one-process rounds took up to a quarter more CPU time
(measured beside other jobs).  A fixed glibc mmap threshold (128 KiB) held one process at 767 MB
instead of 973 over the same rounds, but `quotes extract` took 1.45x the time (17.7-18.3 s against
12.1-12.4 s: every large tensor mapped and unmapped again), so it is not used.

What is left is glibc's heap: blocks freed after a batch stay in it, in pieces the next batch's
tensors do not fit, so each worker held about 200 MB more than in float (two workers, 10,000 dev
documents: 1.67 GB proportional set size instead of 1.25 GB).  `release_free_memory` (glibc's
`malloc_trim(0)`) hands the free pages back after each chunk of documents in a batch job: one
process over dev three times, chunks of 21 documents, held 760-764 MB instead of 943-978 at the
same CPU time (14.2-14.3 s a round against 14.0-14.1).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
from typing import Any

__all__ = ["ONEDNN_CACHE", "ONEDNN_CACHE_PRIMITIVES", "bounded_onednn_cache", "release_free_memory"]

ONEDNN_CACHE = "ONEDNN_PRIMITIVE_CACHE_CAPACITY"
ONEDNN_CACHE_PRIMITIVES = 64  # about 0.6 MB each in bfloat16: 40 MB per process at most


def bounded_onednn_cache() -> bool:
    """Keep at most ONEDNN_CACHE_PRIMITIVES oneDNN primitives, unless the user set the variable;
    whether it did so.  Child processes inherit it."""
    if ONEDNN_CACHE in os.environ:
        return False
    os.environ[ONEDNN_CACHE] = str(ONEDNN_CACHE_PRIMITIVES)
    return True


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Any:
    """glibc's `malloc_trim`, or None on another C library."""
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def release_free_memory() -> bool:
    """Hand the C heap's free pages back to the system (glibc's `malloc_trim(0)`); whether it could.
    Nothing changes in how memory is allocated; a batch job calls it after each chunk."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
