"""quotes.recurrent runs stanza's LSTMs over padded batches with the packed run's outputs."""
from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence  # noqa: E402

from quotes.recurrent import (Directions, bidirectional, forward_only, highway, runs, too_padded,  # noqa: E402
                              within_length)

LENGTHS = [7, 7, 5, 3, 1]  # longest first, as the batches are sorted
FEATURES, HIDDEN = 6, 4
TOLERANCE = 1e-6  # float rounding of a different order of the same products


def _batch() -> tuple[object, object]:
    torch.manual_seed(0)
    lens = torch.tensor(LENGTHS)
    return torch.randn(len(LENGTHS), LENGTHS[0], FEATURES), lens


def _real(lens: object) -> object:
    return torch.arange(LENGTHS[0])[None, :] < lens[:, None]


def test_runs_bound_padding() -> None:
    assert runs([]) == []
    assert runs([4]) == [(0, 1)]
    assert runs([5, 5, 4, 1, 1]) == [(0, 3), (3, 5)]  # 5,5,4,1 padded would be 20 steps for 15 real
    assert runs([5, 5, 4, 1, 1], padding=10.0) == [(0, 5)]
    assert runs([3, 2, 2, 1], padding=0.0) == [(0, 1), (1, 4)]  # the lone 1 joins the 2s; the first may be alone
    assert runs([9, 5, 5, 1]) == [(0, 1), (1, 4)]
    assert too_padded(4, 5, 15) and not too_padded(4, 5, 16)  # 20 padded steps: 5 over 15 real, 4 over 16


def test_within_length_reverses_real_steps_only() -> None:
    index = within_length(torch.tensor([3, 1]), 4)
    assert index.tolist() == [[2, 1, 0, 3], [0, 1, 2, 3]]
    assert index.gather(1, index).tolist() == [[0, 1, 2, 3], [0, 1, 2, 3]]


def test_bidirectional_matches_packed_run() -> None:
    x, lens = _batch()
    lstm = torch.nn.LSTM(FEATURES, HIDDEN, 1, batch_first=True, bidirectional=True).eval()
    start = (torch.randn(2, len(LENGTHS), HIDDEN), torch.randn(2, len(LENGTHS), HIDDEN))
    with torch.no_grad():
        packed = lstm(pack_padded_sequence(x, LENGTHS, batch_first=True), start)[0]
        want = pad_packed_sequence(packed, batch_first=True)[0]
        got = bidirectional(lstm, x, lens, start)
        given = bidirectional(lstm, x, lens, start, within_length(lens, x.size(1)))
    real = _real(lens)
    assert got.shape == want.shape
    assert (got - want)[real].abs().max().item() < TOLERANCE
    assert torch.equal(given, got)  # the reversal index handed in, as `highway` does for its layers
    # the one-direction views share the LSTM's own parameters: no copies to go stale
    ahead, back = Directions.of(lstm)
    assert ahead.weight_ih_l0 is lstm.weight_ih_l0 and back.weight_hh_l0 is lstm.weight_hh_l0_reverse
    assert Directions.of(lstm)[0] is ahead


def test_forward_only_and_refusals() -> None:
    x, lens = _batch()
    lstm = torch.nn.LSTM(FEATURES, HIDDEN, 1, batch_first=True).eval()
    start = (torch.zeros(1, len(LENGTHS), HIDDEN), torch.zeros(1, len(LENGTHS), HIDDEN))
    with torch.no_grad():
        want = pad_packed_sequence(lstm(pack_padded_sequence(x, LENGTHS, batch_first=True), start)[0],
                                   batch_first=True)[0]
        got = forward_only(lstm, x, start)
    assert (got - want)[_real(lens)].abs().max().item() < TOLERANCE
    with pytest.raises(ValueError, match="one-layer"):
        Directions.of(torch.nn.LSTM(FEATURES, HIDDEN, 2, batch_first=True))


def test_highway_matches_stanzas_packed_network() -> None:
    from stanza.models.common.hlstm import HighwayLSTM

    x, lens = _batch()
    torch.manual_seed(1)
    net = HighwayLSTM(FEATURES, HIDDEN, num_layers=2, batch_first=True, bidirectional=True,
                      highway_func=torch.tanh).eval()
    start = (torch.randn(4, len(LENGTHS), HIDDEN), torch.randn(4, len(LENGTHS), HIDDEN))
    with torch.no_grad():
        packed = net(pack_padded_sequence(x, LENGTHS, batch_first=True), LENGTHS, hx=start)[0]
        want = pad_packed_sequence(packed, batch_first=True)[0]
        got = highway(net, x, lens, start)
    assert (got - want)[_real(lens)].abs().max().item() < TOLERANCE


@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_a_row_alone_gets_the_bits_it_gets_in_any_batch(dtype: str) -> None:
    """oneDNN sums a batch of one row in another kernel than a batch of several (float: about 1e-7
    apart; bfloat16: a whole step); `_rows` runs one row as two, so a sentence parsed alone gets
    exactly what it gets beside others, in either direction, in a batch of any size and width."""
    torch.manual_seed(1)
    size, steps = 200, 30  # the tagger's width (small LSTMs may use one kernel for every batch)
    lstm = torch.nn.LSTM(size, size, batch_first=True, bidirectional=True).eval().to(getattr(torch, dtype))
    row = torch.randn(1, steps, size).to(lstm.weight_ih_l0.dtype)

    def run(others: int, width: int) -> object:
        x = torch.randn(1 + others, width, size).to(row.dtype)
        x[:1, :steps], x[:1, steps:] = row, 0
        lens = torch.tensor([steps] + [width] * others)
        order = torch.argsort(lens, descending=True, stable=True)  # longest first, as batches are
        start = torch.zeros(2, 1 + others, size, dtype=row.dtype)
        with torch.no_grad():
            out = bidirectional(lstm, x[order], lens[order], (start, start))
        return out[(order == 0).nonzero()[0, 0], :steps]

    alone = run(0, steps)
    for others, width in [(1, steps), (2, steps), (16, steps), (1, steps + 5), (40, steps + 9)]:
        assert torch.equal(run(others, width), alone), (others, width)
