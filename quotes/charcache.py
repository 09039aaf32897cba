"""stanza's character model run once per distinct word form; same outputs.

The tagger and the parser each read every word through a character LSTM, whose output depends
on the word's characters alone (dropout is off at inference).  News text repeats its forms
(`the`, `,`, `said`, names), so `forward` below runs the LSTM over each distinct form of the
batch once and copies its result to every occurrence; the rest is stanza's own
`CharacterModel.forward`.  Called with a `FormCache` (`quotes.inference` keeps one per model it
drives), it also keeps each form's result across batches, up to CHAR_CACHE_FORMS forms, and runs
the LSTM only over forms it has not seen.  `install()` swaps
`forward` in, once per process.  Tests compare tags, heads and relations with and without it.
"""
from __future__ import annotations

from typing import Any

__all__ = ["forward", "install", "FormCache", "CHAR_CACHE_FORMS", "STANZA_FORWARD"]

# Forms whose character-model output a model keeps across batches (its first ones: the frequent forms
# come early).  About 1.2 KB each for stanza's 300-wide character LSTM: 20 MB per model at most.
CHAR_CACHE_FORMS = 16_384


class FormCache:
    """One character model's outputs by form (the bytes of its character ids), filled until it holds
    `limit` forms, then only read."""

    def __init__(self, limit: int = CHAR_CACHE_FORMS) -> None:
        self.limit = limit
        self.slots: dict[bytes, int] = {}
        self.store: Any = None  # [slots allocated, hidden], grown by doubling

    def find(self, keys: list[bytes]) -> list[int]:
        """Each key's slot in `store`, or -1."""
        get = self.slots.get
        return [get(k, -1) for k in keys]

    def add(self, keys: list[bytes], values: Any) -> None:
        """Keeps `values` [len(keys), hidden] under `keys` (new keys only), while there is room."""
        room = self.limit - len(self.slots)
        if room <= 0 or not keys:
            return
        keys, values = keys[:room], values[:room]
        start = len(self.slots)
        if self.store is None or self.store.size(0) < start + len(keys):
            grown = values.new_empty(min(self.limit, max(2 * (start + len(keys)), 1024)), values.size(1))
            if self.store is not None:
                grown[:start] = self.store[:start]
            self.store = grown
        self.store[start:start + len(keys)] = values
        self.slots.update(zip(keys, range(start, start + len(keys))))


def forward(self: Any, chars: Any, chars_mask: Any, word_orig_idx: Any, sentlens: Any, wordlens: Any,
            cache: FormCache | None = None) -> Any:
    """`CharacterModel.forward` with the LSTM run over distinct rows of `chars` only, and with a
    `cache`, only over rows it does not hold."""
    import torch
    from stanza.models.common.utils import tensor_unsort
    from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

    unique, inverse = torch.unique(chars, dim=0, return_inverse=True)
    lengths = torch.as_tensor(wordlens, device=chars.device)
    unique_lengths = torch.zeros(len(unique), dtype=lengths.dtype, device=chars.device)
    unique_lengths[inverse] = lengths  # a form's rows are equal, so are their lengths
    if cache is None:
        res = _run(self, unique, unique_lengths)
    else:
        ids = unique.cpu().numpy()
        keys = [ids[i, :n].tobytes() for i, n in enumerate(unique_lengths.tolist())]
        slots = cache.find(keys)
        new = [i for i, slot in enumerate(slots) if slot < 0]
        known = [i for i, slot in enumerate(slots) if slot >= 0]
        computed = _run(self, unique[new], unique_lengths[new]) if new else None
        like = cache.store if computed is None else computed
        res = like.new_empty(len(unique), like.size(1))
        if computed is not None:
            res[new] = computed
            cache.add([keys[i] for i in new], computed)
        if known:
            res[known] = cache.store[[slots[i] for i in known]]
    res = res[inverse]  # every word, in stanza's order again

    res = tensor_unsort(res, word_orig_idx)
    packed = pack_sequence(res.split(sentlens))
    return pad_packed_sequence(packed, batch_first=True)[0] if self.pad else packed


def _run(self: Any, unique: Any, unique_lengths: Any) -> Any:
    """The character LSTM's result for each row of `unique` (distinct forms), in their order."""
    import torch

    order = torch.argsort(unique_lengths, descending=True, stable=True)
    rows, row_lengths = unique[order], unique_lengths[order].tolist()
    embs = self.dropout(self.char_emb(rows))
    batch_size = embs.size(0)
    shape = (self.num_dir * self.args['char_num_layers'], batch_size, self.args['char_hidden_dim'])
    hx = (self.charlstm_h_init.expand(*shape).contiguous(), self.charlstm_c_init.expand(*shape).contiguous())
    if self.attn and _plain(self.charlstm):
        res = _attended(self, embs, row_lengths, hx)
    else:
        res = _stanzas(self, embs, row_lengths, hx)
    by_form = torch.empty_like(res)
    by_form[order] = res
    return by_form


def _plain(charlstm: Any) -> bool:
    """Whether stanza's `PackedLSTM` wraps a plain one-layer, one-direction `nn.LSTM`."""
    import torch

    lstm = getattr(charlstm, "lstm", None)
    return type(lstm) is torch.nn.LSTM and lstm.num_layers == 1 and not lstm.bidirectional


def _attended(self: Any, embs: Any, row_lengths: list[int], hx: tuple[Any, Any]) -> Any:
    """The attention-weighted sum of the LSTM's outputs over each row's characters, as stanza's
    `CharacterModel.forward` gives it, with the LSTM run padded (`quotes.recurrent`) over runs of rows
    of about the same length."""
    import torch

    from .recurrent import forward_only, runs

    res = embs.new_zeros(embs.size(0), self.charlstm.lstm.hidden_size)
    lengths = torch.as_tensor(row_lengths, device=embs.device)
    for start, end in runs(row_lengths):
        width = row_lengths[start]
        out = forward_only(self.charlstm.lstm, embs[start:end, :width],
                           (hx[0][:, start:end].contiguous(), hx[1][:, start:end].contiguous()))
        weights = torch.sigmoid(self.char_attn(self.dropout(out)))
        real = torch.arange(width, device=embs.device)[None, :] < lengths[start:end, None]
        res[start:end] = (out * weights * real[:, :, None]).sum(1)
    return res


def _stanzas(self: Any, embs: Any, row_lengths: list[int], hx: tuple[Any, Any]) -> Any:
    """stanza's own packed run of the character LSTM and its reading of the outputs."""
    import torch
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

    batch_size = embs.size(0)
    output = self.charlstm(pack_padded_sequence(embs, row_lengths, batch_first=True), row_lengths, hx=hx)
    if self.attn:
        char_reps = output[0]
        weights = torch.sigmoid(self.char_attn(self.dropout(char_reps.data)))
        char_reps = PackedSequence(char_reps.data * weights, char_reps.batch_sizes)
        char_reps, _ = pad_packed_sequence(char_reps, batch_first=True)
        res = char_reps.sum(1)
    else:
        h, _c = output[1]
        res = h[-2:].transpose(0, 1).contiguous().view(batch_size, -1)
    return res


STANZA_FORWARD: Any = None  # stanza's own CharacterModel.forward, kept by `install` (tests compare the two)


def install() -> None:
    """Point stanza's CharacterModel at `forward` above (idempotent)."""
    global STANZA_FORWARD
    from stanza.models.common.char_model import CharacterModel

    patched: Any = CharacterModel
    if patched.forward is not forward:
        STANZA_FORWARD = patched.forward
    patched.forward = forward
