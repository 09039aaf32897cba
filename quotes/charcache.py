"""stanza's character model run once per distinct word form in a batch; same outputs.

The tagger and the parser each read every word through a character LSTM, whose output depends
on the word's characters alone (dropout is off at inference).  News text repeats its forms
(`the`, `,`, `said`, names), so `forward` below runs the LSTM over each distinct form of the
batch once and copies its result to every occurrence; the rest is stanza's own
`CharacterModel.forward`.  `install()` swaps it in, once per process.  Tests compare tags, heads
and relations with and without it.
"""
from __future__ import annotations

from typing import Any

__all__ = ["forward", "install", "STANZA_FORWARD"]


def forward(self: Any, chars: Any, chars_mask: Any, word_orig_idx: Any, sentlens: Any, wordlens: Any) -> Any:
    """`CharacterModel.forward` with the LSTM run over distinct rows of `chars` only."""
    import torch
    from stanza.models.common.utils import tensor_unsort
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pack_sequence, pad_packed_sequence

    unique, inverse = torch.unique(chars, dim=0, return_inverse=True)
    lengths = torch.as_tensor(wordlens, device=chars.device)
    unique_lengths = torch.zeros(len(unique), dtype=lengths.dtype, device=chars.device)
    unique_lengths[inverse] = lengths  # a form's rows are equal, so are their lengths
    order = torch.argsort(unique_lengths, descending=True, stable=True)
    rows, row_lengths = unique[order], unique_lengths[order].tolist()

    embs = self.dropout(self.char_emb(rows))
    batch_size = embs.size(0)
    embs = pack_padded_sequence(embs, row_lengths, batch_first=True)
    shape = (self.num_dir * self.args['char_num_layers'], batch_size, self.args['char_hidden_dim'])
    output = self.charlstm(embs, row_lengths, hx=(self.charlstm_h_init.expand(*shape).contiguous(),
                                                  self.charlstm_c_init.expand(*shape).contiguous()))
    if self.attn:
        char_reps = output[0]
        weights = torch.sigmoid(self.char_attn(self.dropout(char_reps.data)))
        char_reps = PackedSequence(char_reps.data * weights, char_reps.batch_sizes)
        char_reps, _ = pad_packed_sequence(char_reps, batch_first=True)
        res = char_reps.sum(1)
    else:
        h, _c = output[1]
        res = h[-2:].transpose(0, 1).contiguous().view(batch_size, -1)

    by_form = torch.empty_like(res)
    by_form[order] = res
    res = by_form[inverse]  # every word, in stanza's order again

    res = tensor_unsort(res, word_orig_idx)
    packed = pack_sequence(res.split(sentlens))
    return pad_packed_sequence(packed, batch_first=True)[0] if self.pad else packed


STANZA_FORWARD: Any = None  # stanza's own CharacterModel.forward, kept by `install` (tests compare the two)


def install() -> None:
    """Point stanza's CharacterModel at `forward` above (idempotent)."""
    global STANZA_FORWARD
    from stanza.models.common.char_model import CharacterModel

    patched: Any = CharacterModel
    if patched.forward is not forward:
        STANZA_FORWARD = patched.forward
    patched.forward = forward
