"""Faster cycle handling for stanza's maximum-spanning-tree decoder; same trees.

stanza's parser decodes every sentence with Chu-Liu/Edmonds
(`stanza.models.common.chuliu_edmonds`).  Its cycle finder scans the whole
head array with numpy once per node, and its contraction step pads with
`np.pad`; on CPU the two took about half of the parser's time in our profile.
`tarjan` and `process_cycle` below are the same algorithms over plain lists and
preallocated arrays: they return the same cycles in the same order and the same
contracted scores, so the decoded trees do not change (tests compare them with
stanza's own on random score matrices).  `install()` swaps them into stanza's
module, once per process.
"""
from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["tarjan", "process_cycle", "greedy_tree", "one_root", "install"]


def tarjan(tree: np.ndarray) -> list[np.ndarray]:
    """Cycles of the head array `tree` (tree[i] is i's head), as boolean masks, in Tarjan's order."""
    n = len(tree)
    children: list[list[int]] = [[] for _ in range(n)]
    for dep, head in enumerate(tree.tolist()):
        children[head].append(dep)
    index = [-1] * n
    low = [-1] * n
    on_stack = [False] * n
    stack: list[int] = []
    cycles: list[np.ndarray] = []
    counter = 0
    for start in range(n):
        if index[start] != -1:
            continue
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack[start] = True
        calls = [(start, 0)]  # explicit call stack: parse trees can be deeper than Python's recursion limit
        while calls:
            node, k = calls[-1]
            kids = children[node]
            while k < len(kids):
                dep = kids[k]
                k += 1
                if index[dep] == -1:
                    calls[-1] = (node, k)
                    index[dep] = low[dep] = counter
                    counter += 1
                    stack.append(dep)
                    on_stack[dep] = True
                    calls.append((dep, 0))
                    break
                if on_stack[dep] and index[dep] < low[node]:
                    low[node] = index[dep]
            else:
                calls.pop()
                if low[node] == index[node]:
                    members = []
                    while True:
                        member = stack.pop()
                        on_stack[member] = False
                        members.append(member)
                        if member == node:
                            break
                    if len(members) > 1:
                        cycle = np.zeros(n, dtype=bool)
                        cycle[members] = True
                        cycles.append(cycle)
                if calls:
                    parent = calls[-1][0]
                    if low[node] < low[parent]:
                        low[parent] = low[node]
    return cycles


def process_cycle(tree: np.ndarray, cycle: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, ...]:
    """The scores of the graph with `cycle` contracted to one node, as stanza's `process_cycle` builds them."""
    cycle_locs = np.flatnonzero(cycle)
    cycle_scores = scores[cycle_locs, tree[cycle_locs]]
    cycle_score = cycle_scores.sum()
    noncycle_locs = np.flatnonzero(~cycle)
    head_scores = scores[cycle_locs][:, noncycle_locs] - cycle_scores[:, None] + cycle_score
    dep_scores = scores[noncycle_locs][:, cycle_locs]
    heads = np.argmax(head_scores, axis=0)
    deps = np.argmax(dep_scores, axis=1)
    n = len(noncycle_locs)
    sub = np.zeros((n + 1, n + 1), dtype=scores.dtype)
    sub[:-1, :-1] = scores[noncycle_locs][:, noncycle_locs]
    arange = np.arange(n)
    sub[-1, :-1] = head_scores[heads, arange]
    sub[:-1, -1] = dep_scores[arange, deps]
    return sub, cycle_locs, noncycle_locs, heads, deps


def greedy_tree(scores: np.ndarray) -> np.ndarray | None:
    """Each word's best head (`scores[d, h]`: h heads d; row and column 0 are the root) when those
    heads already make a tree with one root word and every word's best head is its only best: then
    that tree is the best single-root tree, and `one_root` needs no Chu-Liu/Edmonds search.
    None otherwise.

    >>> greedy_tree(np.array([[0, 0, 0], [5, -9, 1], [0, 3, -9]], dtype=np.float32)).tolist()
    [0, 0, 1]
    >>> greedy_tree(np.array([[0, 0, 0], [5, -9, 1], [5, 3, -9]], dtype=np.float32)) is None  # two roots
    True
    """
    n = len(scores)
    if n < 2:
        return None
    body = scores[1:].astype(np.float64)
    body[np.arange(n - 1), np.arange(1, n)] = -np.inf  # no word heads itself
    heads = np.argmax(body, axis=1)
    best = body[np.arange(n - 1), heads]
    if not np.all(np.isfinite(best)) or np.count_nonzero(body == best[:, None]) != n - 1:
        return None  # a tie (or no finite score): leave it to the search
    tree = np.concatenate(([0], heads))
    if np.count_nonzero(heads == 0) != 1 or tarjan(tree):
        return None
    return tree


def one_root(scores: np.ndarray) -> np.ndarray:
    """stanza's `chuliu_edmonds_one_root(scores)`, the same tree, without its search where the greedy
    tree is already the answer.

    stanza makes every root arc cost more than any tree could gain (`scores[:, 0] += n * min`), so a
    tree with one root arc always beats one with two, and searches.  Every single-root tree pays that
    cost once, so among them the order is unchanged: when the greedy heads form a single-root tree and
    no word's best head is tied, that tree scores strictly above every other, and the search returns it.
    """
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    tree = greedy_tree(scores)
    return tree if tree is not None else chuliu_edmonds_one_root(scores)


def install() -> None:
    """Point stanza's decoder at the functions above (idempotent)."""
    from stanza.models.common import chuliu_edmonds as module

    patched: Any = module
    patched.tarjan = tarjan
    patched.process_cycle = process_cycle
