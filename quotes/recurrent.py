"""stanza's LSTMs run over padded batches instead of packed ones: same weights, same arithmetic.

torch runs an `nn.LSTM` over a `PackedSequence` step by step, with each step's input projection a
small matrix product of its own; over a padded batch it projects every step's input in one product
and runs the recurrence in oneDNN, which on CPU is about 1.4-2x faster.  A padded batch is wrong
for a bidirectional LSTM as torch runs it (the backward direction would start in the padding), so
each direction is run here as a forward LSTM of its own, the backward one over each sequence
reversed within its length (padding stays at the end, where it cannot reach a real word).  The
outputs at real words are the packed run's up to float rounding (about 1e-7);
`tests/test_inference.py` compares tags, heads and relations with stanza's own Pipeline.

    lens = torch.tensor([3, 2])
    out = bidirectional(lstm, x, lens, (h0, c0))   # x: [batch, time, features], lengths descending
"""
from __future__ import annotations

from typing import Any

__all__ = ["PADDING", "Directions", "bidirectional", "forward_only", "highway", "runs", "too_padded", "within_length"]

# The share of padding a padded batch may carry over its real steps before it is cut in two (`runs`,
# and the tagger's batches in `quotes.inference`): a batch of long and short rows should not spend
# most of its work on padding.
PADDING = 0.25

# A batch of ROWS_ALONE row runs as ROWS_RUN copies of it (`_rows`): oneDNN's kernel for one row
# sums otherwise than its kernel for several.
ROWS_ALONE = 1
ROWS_RUN = 2


def too_padded(rows: int, longest: int, steps: int, padding: float = PADDING) -> bool:
    """Whether `rows` rows of `steps` real steps in all, padded to `longest`, carry more than
    `padding` times their real steps in padding.

    >>> too_padded(4, 5, 15), too_padded(4, 5, 16)
    (True, False)
    """
    return rows * longest > (1 + padding) * steps


class Directions:
    """A one-layer `nn.LSTM`'s directions as one-direction LSTMs of their own, sharing its
    parameters (no copies): `Directions.of(lstm)` builds them once per LSTM."""

    _made: dict[int, tuple[Any, list[Any]]] = {}

    @classmethod
    def of(cls, lstm: Any) -> list[Any]:
        made = cls._made.get(id(lstm))
        if made is not None and made[0] is lstm:
            return made[1]
        import torch

        if lstm.num_layers != 1 or not lstm.batch_first or lstm.proj_size:
            raise ValueError("Directions drives one-layer, batch_first LSTMs without projections")
        ways = []
        for suffix in ("", "_reverse")[: 2 if lstm.bidirectional else 1]:
            one = torch.nn.LSTM(lstm.input_size, lstm.hidden_size, 1, bias=lstm.bias, batch_first=True)
            names = ["weight_ih_l0", "weight_hh_l0"] + (["bias_ih_l0", "bias_hh_l0"] if lstm.bias else [])
            for name in names:
                setattr(one, name, getattr(lstm, name + suffix))  # the same Parameter objects
            one.eval()
            ways.append(one.to(next(lstm.parameters()).device))
        cls._made[id(lstm)] = (lstm, ways)
        return ways


def runs(lengths: list[int], padding: float = PADDING) -> list[tuple[int, int]]:
    """Cut rows sorted by length, longest first, into [start, end) runs that each carry at most
    `padding` times their real steps in padding when padded to their first row's length; a run of
    one row after the first joins the run before it, since a row gets the same outputs in any run
    of two rows or more and a lone row would run as two (`_rows`).

    >>> runs([5, 5, 4, 1, 1]), runs([9, 5, 5, 1])
    ([(0, 3), (3, 5)], [(0, 1), (1, 4)])
    """
    out: list[tuple[int, int]] = []
    start, steps = 0, 0
    for k, n in enumerate(lengths):
        if k > start and too_padded(k - start + 1, lengths[start], steps + n, padding):
            out.append((start, k))
            start, steps = k, 0
        steps += n
    if lengths:
        out.append((start, len(lengths)))
    joined: list[tuple[int, int]] = []
    for start, end in out:
        if joined and end - start == ROWS_ALONE:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def within_length(lens: Any, width: int) -> Any:
    """[batch, width] indices that reverse each row's first `lens[i]` steps and keep its padding:
    gathering with them twice gives the input back."""
    import torch

    steps = torch.arange(width, device=lens.device)
    lens = lens[:, None]
    return torch.where(steps[None, :] < lens, lens - 1 - steps[None, :], steps[None, :])


def _gather(x: Any, index: Any) -> Any:
    return x.gather(1, index[:, :, None].expand(-1, -1, x.size(2)))


def _rows(one: Any, x: Any, hx: tuple[Any, Any]) -> Any:
    """One-direction LSTM `one`'s outputs over padded `x`, a batch of one row run as two.  oneDNN
    computes a batch of one row in another kernel than a batch of two or more, and its sums there
    differ in the last bits (about 1e-7 in float, a whole step in bfloat16); over any batch of two
    rows or more, of any width, a row's outputs are the same bits.  Run as two rows, a sentence parsed
    alone gets what it gets in a batch."""
    if x.size(0) != ROWS_ALONE:
        return one(x, hx)[0]
    h, c = hx
    return one(x.expand(ROWS_RUN, -1, -1), (h.expand(-1, ROWS_RUN, -1).contiguous(),
                                            c.expand(-1, ROWS_RUN, -1).contiguous()))[0][:ROWS_ALONE]


def forward_only(lstm: Any, x: Any, hx: tuple[Any, Any]) -> Any:
    """A one-direction, one-layer LSTM's outputs [batch, time, hidden] over padded `x` (padding at
    the end of each row); the outputs at padding are not meaningful."""
    return _rows(Directions.of(lstm)[0], x, hx)


def bidirectional(lstm: Any, x: Any, lens: Any, hx: tuple[Any, Any], index: Any = None) -> Any:
    """A one-layer bidirectional LSTM's outputs [batch, time, 2 * hidden] over padded `x`, as torch
    gives them over the packed sequence; `hx` is its ([2, batch, hidden], [2, batch, hidden]) start;
    `index` is `within_length(lens, width)` where the caller has it already.  The outputs at padding
    are not meaningful."""
    import torch

    ahead, back = Directions.of(lstm)
    h, c = hx
    out = _rows(ahead, x, (h[:1], c[:1]))
    if index is None:
        index = within_length(lens, x.size(1))
    behind = _gather(_rows(back, _gather(x, index), (h[1:], c[1:])), index)
    return torch.cat([out, behind], 2)


def highway(net: Any, x: Any, lens: Any, hx: tuple[Any, Any]) -> Any:
    """stanza's `HighwayLSTM.forward` at inference over padded `x`: its outputs [batch, time, 2 *
    hidden] (meaningful at real words only)."""
    import torch
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    f = (lambda v: v) if net.highway_func is None else net.highway_func
    dirs = net.num_directions
    index = within_length(lens, x.size(1)) if dirs == 2 else None  # every layer reverses the same rows
    for layer in range(net.num_layers):
        start = (hx[0][layer * dirs:(layer + 1) * dirs], hx[1][layer * dirs:(layer + 1) * dirs])
        lstm = net.lstm[layer].lstm
        if type(lstm) is not torch.nn.LSTM:  # an int8 copy (`quotes.inference.quantized`) or a cell loop: packed
            packed = lstm(pack_padded_sequence(x, lens.cpu(), batch_first=True), start)[0]
            h = pad_packed_sequence(packed, batch_first=True, total_length=x.size(1))[0]
        else:
            h = bidirectional(lstm, x, lens, start, index) if dirs == 2 else forward_only(lstm, x, start)
        x = h + torch.sigmoid(net.gate[layer](x)) * f(net.highway[layer](x))
    return x
