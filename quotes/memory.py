"""Memory that stays flat over a long job in bfloat16.

In bfloat16 (the default precision where the CPU multiplies it in hardware) torch runs the LSTMs
and linear layers through oneDNN, which builds a primitive for each input shape and keeps up to
1,024 of them, each with its own copy of its weights laid out for the kernel.  Sentences come in
hundreds of batch shapes, so a process grew without end in practice: one process over PolNeAR dev
three times, 813 -> 1,388 MB resident after 168 documents and still rising, where float stays
near 690 MB.  Two settings bound it:

- `ONEDNN_PRIMITIVE_CACHE_CAPACITY` (`bounded_onednn_cache`): 64 primitives.  oneDNN reads it when
  it builds its first primitive, so it is set before any model runs, unless the user set it.  With
  64 the same three rounds took the same CPU time as with 1,024 (13.7 s a round either way, one
  thread), and with 16 or fewer rebuilding primitives cost up to a quarter more.
- glibc's mmap threshold (`steady_malloc`, batch jobs only, since it is the process's allocator):
  glibc raises the size above which it maps blocks from the system each time such a block is
  freed, so large, short-lived tensors then come from the heap, which does not shrink.  Fixed at
  its initial 128 KiB, a worker over the same rounds held 767 MB instead of 973.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os

__all__ = ["ONEDNN_CACHE", "ONEDNN_CACHE_PRIMITIVES", "MMAP_THRESHOLD_BYTES", "bounded_onednn_cache", "steady_malloc"]

ONEDNN_CACHE = "ONEDNN_PRIMITIVE_CACHE_CAPACITY"
ONEDNN_CACHE_PRIMITIVES = 64  # about 0.6 MB each in bfloat16: 40 MB per process at most
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter (malloc.h)
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own starting value, kept from moving


def bounded_onednn_cache() -> bool:
    """Keep at most ONEDNN_CACHE_PRIMITIVES oneDNN primitives, unless the user set the variable;
    whether it did so.  Child processes inherit it."""
    if ONEDNN_CACHE in os.environ:
        return False
    os.environ[ONEDNN_CACHE] = str(ONEDNN_CACHE_PRIMITIVES)
    return True


def steady_malloc() -> bool:
    """Fix glibc's mmap threshold at MMAP_THRESHOLD_BYTES in this process (forked workers inherit it);
    whether it could (not on other C libraries)."""
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
