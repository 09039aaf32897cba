"""The faster MST helpers must decode exactly the trees stanza's own code decodes."""
from __future__ import annotations

import importlib.util
from types import ModuleType

import numpy as np
import pytest

from quotes import mst


def _stanza_original() -> ModuleType:
    """A fresh copy of stanza's decoder module, untouched by `mst.install()`."""
    spec = importlib.util.find_spec("stanza.models.common.chuliu_edmonds")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def original() -> ModuleType:
    return _stanza_original()


@pytest.fixture(scope="module")
def patched() -> ModuleType:
    module = _stanza_original()
    module.tarjan = mst.tarjan
    module.process_cycle = mst.process_cycle
    return module


@pytest.mark.parametrize("tree, cycles", [
    ([0, 4, 4, 4, 0], []),
    ([0, 2, 0, 4, 2, 2], []),
    ([0, 3, 1, 2], [[False, True, True, True]]),
    ([0, 2, 1, 4, 3], [[False, True, True, False, False], [False, False, False, True, True]]),
    ([0], []),
])
def test_tarjan_table(original: ModuleType, tree: list[int], cycles: list[list[bool]]) -> None:
    got = mst.tarjan(np.array(tree))
    assert [c.tolist() for c in got] == cycles
    assert [c.tolist() for c in original.tarjan(np.array(tree))] == cycles


def test_tarjan_matches_stanza_on_random_head_arrays(original: ModuleType) -> None:
    rng = np.random.default_rng(0)
    for _ in range(3000):
        n = int(rng.integers(1, 40))
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        want = original.tarjan(tree.copy())
        got = mst.tarjan(tree.copy())
        assert len(got) == len(want)
        for a, b in zip(got, want):
            assert a.tolist() == b.tolist()


def test_tarjan_handles_chains_deeper_than_the_recursion_limit() -> None:
    n = 5000
    tree = np.arange(-1, n - 1)
    tree[0] = 0
    assert mst.tarjan(tree) == []
    tree[1] = n - 1  # one cycle through every word
    (cycle,) = mst.tarjan(tree)
    assert cycle[1:].all() and not cycle[0]


def test_decoded_trees_match_stanza(original: ModuleType, patched: ModuleType) -> None:
    rng = np.random.default_rng(1)
    for n in rng.integers(2, 60, size=400):
        scores = rng.normal(size=(n, n)) * float(rng.choice([0.1, 1.0, 10.0]))
        assert patched.chuliu_edmonds_one_root(scores).tolist() == original.chuliu_edmonds_one_root(scores).tolist()


def test_install_patches_stanza() -> None:
    from stanza.models.common import chuliu_edmonds

    mst.install()
    assert chuliu_edmonds.tarjan is mst.tarjan
    assert chuliu_edmonds.process_cycle is mst.process_cycle


def test_one_root_matches_stanza_on_random_score_matrices(original: ModuleType) -> None:
    """Random log-probability matrices, some peaked (mostly trees already), some flat (cycles, roots)."""
    rng = np.random.default_rng(1)
    shortcuts = 0
    for k in range(3000):
        n = int(rng.integers(2, 30))
        logits = rng.normal(size=(n, n)) * (8 if k % 2 else 1)
        if k % 2:  # a peaked sentence: each word prefers its left neighbour, the first word the root
            logits[np.arange(1, n), np.arange(0, n - 1)] += 10
        scores = (logits - np.log(np.exp(logits).sum(1, keepdims=True))).astype(np.float32)
        np.fill_diagonal(scores, -np.inf)
        shortcuts += mst.greedy_tree(scores) is not None
        want = original.chuliu_edmonds_one_root(scores.copy())
        assert mst.one_root(scores.copy()).tolist() == want.tolist()
    assert 300 < shortcuts < 2000  # both ways are exercised


@pytest.mark.parametrize("scores, tree", [
    ([[0, 0, 0], [5, -9, 1], [0, 3, -9]], [0, 0, 1]),  # greedy tree: one root, no cycle
    ([[0, 0, 0], [5, -9, 1], [5, 3, -9]], None),  # two words on the root
    ([[0, 0, 0, 0], [5, -9, 1, 0], [0, 3, -9, 4], [0, 1, 4, -9]], None),  # 2 and 3 head each other
    ([[0, 0, 0], [5, -9, 5], [0, 3, -9]], None),  # word 1's best head is tied
    ([[0]], None),
])
def test_greedy_tree_table(scores: list[list[float]], tree: list[int] | None) -> None:
    got = mst.greedy_tree(np.array(scores, dtype=np.float32))
    assert (got.tolist() if got is not None else None) == tree
