"""Our own inference loop over stanza's trained tagger and parser: same weights, same outputs.

stanza's Pipeline turns every call into a `Document` of Python objects per word, reads the words
back out of it once per processor (`doc.get`), maps them to ids through per-word Python loops,
batches them through torch's DataLoader and writes each prediction back word by word
(`doc.set`).  `FastParser` drives the same trained modules (`pos` and `depparse` processors'
`trainer.model`, with their own vocabularies) directly: pretokenized sentences in, sorted by
length, cut into batches by a word budget (the parser's exactly as stanza's depparse batches),
ids through per-form caches, predictions read straight from the output tensors.  Cheaper pieces
with the same results:

- every LSTM run over padded batches, each direction on its own (`quotes.recurrent`), the tagger's
  batches cut where padding would cost more than a quarter of their words;
- the tagger's xpos and feats scorers, biaffines of a word's hidden layer and its predicted upos's
  embedding, as one matrix product per upos value with the weight folded per upos value;
- the parser's pairwise biaffines (`_pairwise`) as two plain matrix products, the labels laid out
  next to the dependent so that no large intermediate is transposed; label scores only at the
  heads of the decoded tree (`_scores_at`), every head's only where stanza's repair weighs them;
- trees decoded without the Chu-Liu/Edmonds search where the greedy tree is already the best
  single-root tree (`quotes.mst.one_root`), and stanza's subject/object repair only where needed;
- lemmas from stanza's own lemmatizer once per (form, upos) pair, which is all it reads.

Results are stanza's, word for word: `tests/test_inference.py` compares tags, lemmas, heads and
relations with the Pipeline on written sentences and a few hundred news sentences.
`FastParser.supports` says whether a pipeline's models are of the kind driven here (the bundled
and official English ones are); `quotes.extractor` falls back to the Pipeline otherwise.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Sequence

from .recurrent import too_padded

__all__ = ["Analysis", "FastParser", "TAG_BATCH_WORDS", "QUANTIZE_CHOICES", "bf16_in_hardware", "halved", "precision", "quantized"]

TAG_BATCH_WORDS = 5000  # words per tagger batch: stanza's own `batch_maximum_tokens` for the tagger
LEMMA_CACHE_SIZE = 200_000  # (form, upos) pairs whose lemma is kept; the cache starts over beyond this
TAG_BATCH_SENTENCES = 1000  # sentences per tagger batch, as the Pipeline is configured in quotes.extractor
LEMMA_BATCH_WORDS = 100  # words per batch of the lemmatizer's sequence model (stanza's default: 50)


# What runs in lower precision: "none"; int8 (`quantized`) for "parser" (its LSTMs and linear
# layers; tags stay exact) or "all" (the tagger too); "bf16": both models in bfloat16 (`halved`);
# "auto": "bf16" on a CPU that multiplies bfloat16 in hardware (`bf16_in_hardware`), else "none".
# See README, Speed, for what each costs in accuracy and saves in time.
QUANTIZE_CHOICES = ("auto", "none", "parser", "all", "bf16")

# torch's own tests of the CPU it runs on (torch.cpu), any of which means bfloat16 in hardware
BF16_CPU_TESTS = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")


def bf16_in_hardware() -> bool:
    """Whether this CPU multiplies bfloat16 in hardware (AVX512-BF16 or AMX), where `halved` models
    run in about two thirds of float's time; elsewhere torch emulates bfloat16, slower than float.
    A torch without these tests says no."""
    import torch

    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in BF16_CPU_TESTS)


def precision(quantize: str, device: str = "cpu") -> str:
    """What `quantize` runs as on `device` ("cpu" or "cuda"): "auto" as "bf16" on a CPU that
    multiplies bfloat16 in hardware, else as "none"; any other choice as it is."""
    if quantize != "auto":
        return quantize
    return "bf16" if device == "cpu" and bf16_in_hardware() else "none"


def halved(model: Any) -> Any:
    """A copy of `model` with every weight in bfloat16 (8 bits of mantissa instead of 23).  Unlike
    int8's activations, which are scaled per batch, each value is rounded on its own, and every
    product sums the same way in any batch (`quotes.recurrent` runs a lone row as two), so a sentence
    gets the same tags and arcs alone and beside others.  Fast where the CPU multiplies bfloat16 in
    hardware (AVX512-BF16, AMX), slow where it does not."""
    import copy

    import torch

    return copy.deepcopy(model).to(torch.bfloat16)


def quantized(model: Any) -> Any:
    """A copy of `model` with its LSTMs and linear layers in int8 (torch's dynamic quantization:
    weights stored as int8, activations quantized on the fly); its other layers (embeddings, the
    parser's pairwise biaffines) as they were."""
    import warnings

    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():  # torch 2.x announces the move of this API to torchao
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.LSTM, torch.nn.Linear}, dtype=torch.qint8)


@dataclass(frozen=True)
class Analysis:
    """One word's tags, lemma and arc, with the attribute names and null values of a stanza `Word`
    (None where stanza would hold None); `head` is 1-based, 0 for the root."""

    upos: str | None
    xpos: str | None
    feats: str | None
    lemma: str | None
    head: int
    deprel: str | None


def _null(value: str) -> str | None:
    """stanza's `Word` setters keep `_` as None."""
    return None if value == "_" else value


@functools.lru_cache(maxsize=LEMMA_CACHE_SIZE)  # per form: the import inside took a tenth of its time
def _simplify(form: str) -> str:
    """What stanza's tagger and parser datasets read for a form (`simplify_punct`: `?!?` as `?`)."""
    from stanza.models.common.utils import EXCLAM_RE, QUESTION_RE

    return EXCLAM_RE.sub("!", QUESTION_RE.sub("?", form))


class _Ids:
    """A vocabulary's `unit2id` behind a dict: each distinct unit is mapped once per process."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.cache: dict[Any, Any] = {}

    def __call__(self, unit: Any) -> Any:
        got = self.cache.get(unit)
        if got is None:
            got = self.cache[unit] = self.vocab.unit2id(unit)
        return got


class _Units:
    """A vocabulary's `id2unit` behind a dict (composite ids as tuples)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.cache: dict[Any, str] = {}

    def __call__(self, ids: Any) -> str:
        got = self.cache.get(ids)
        if got is None:
            got = self.cache[ids] = self.vocab.id2unit(list(ids) if isinstance(ids, tuple) else ids)
        return got


def _padded(rows: Sequence[Sequence[Any]], lens: Sequence[int], width: int, tail: tuple[int, ...] = ()) -> Any:
    """A zero-padded LongTensor [len(rows), width, *tail] of `rows` (row i holds lens[i] items), filled
    with one tensor write rather than one per row.

    >>> _padded([[5, 6], [7]], [2, 1], 2).tolist()
    [[5, 6], [7, 0]]
    """
    import torch

    out = torch.zeros((len(rows), width, *tail), dtype=torch.long)
    mask = torch.arange(width).unsqueeze(0) < torch.tensor(lens).unsqueeze(1)
    out[mask] = torch.tensor([x for row in rows for x in row], dtype=torch.long).view(-1, *tail)
    return out


def _by_length(lens: Sequence[int]) -> list[int]:
    """Indices in the order stanza's `sort_all` puts them: longest first, ties by higher index first.

    >>> _by_length([2, 3, 2])
    [1, 2, 0]
    """
    return sorted(range(len(lens)), key=lambda i: (lens[i], i), reverse=True)


def _chars(rows: list[list[int]]) -> tuple[Any, list[int], list[int]]:
    """The character tensor of a batch as stanza's collate builds it: every word's character ids,
    sorted longest first; with that order and the sorted lengths, which the character model reads.

    >>> [t.tolist() if hasattr(t, "tolist") else t for t in _chars([[4], [5, 6]])]
    [[[5, 6], [4, 0]], [1, 0], [2, 1]]
    """
    lens = [len(r) for r in rows]
    order = _by_length(lens)
    rows = [rows[i] for i in order]
    lens = [lens[i] for i in order]
    return _padded(rows, lens, lens[0]), order, lens


class FastParser:
    """Tags, lemmas and dependency trees for pretokenized sentences from a loaded stanza Pipeline's
    own models, without the Pipeline's per-word Document round trips."""

    def __init__(self, pipeline: Any, quantize: str = "none") -> None:
        from stanza.models.common.vocab import ROOT_ID

        self.pipeline = pipeline
        pos, dep = pipeline.processors["pos"], pipeline.processors["depparse"]
        self.lemmatizer = pipeline.processors["lemma"]
        self.tagger, self.parser = pos.trainer.model, dep.trainer.model
        self.tagger.eval()
        self.device = next(self.tagger.parameters()).device
        self.parser.eval()
        self.tag_vocab, self.dep_vocab = pos.vocab, dep.vocab
        if quantize not in QUANTIZE_CHOICES:
            raise ValueError(f"quantize must be one of {', '.join(QUANTIZE_CHOICES)}, not {quantize!r}")
        quantize = precision(quantize, self.device.type)
        self.quantize = quantize  # what runs: never "auto"
        if quantize == "bf16":
            self.parser, self.tagger = halved(self.parser), halved(self.tagger)
        elif quantize != "none":  # after eval(): quantized copies of the trained modules, stanza's own left as they are
            self.parser = quantized(self.parser)
            if quantize == "all":
                self.tagger = quantized(self.tagger)
        from .charcache import FormCache

        self.form_caches = {id(m.charmodel): FormCache() for m in (self.tagger, self.parser)}
        self.tag_pretrain = pos.pretrain.vocab if pos.pretrain is not None and self.tagger.args["pretrain"] else None
        self.dep_pretrain = dep.pretrain.vocab if dep.pretrain is not None and self.parser.args["pretrain"] else None
        self.parse_words = dep.config["batch_size"]
        self.separate = dep.config.get("min_length_to_batch_separately", 150)
        self.resolve = dep.config.get("resolve_head_constraints", True)
        self.root = ROOT_ID
        self.tag_word, self.tag_char = _Ids(self.tag_vocab["word"]), _Ids(self.tag_vocab["char"])
        self.tag_units = [_Units(self.tag_vocab[name]) for name in self.tagger.tag_names]
        self.dep_ids = {name: _Ids(self.dep_vocab[name]) for name in ("word", "char", "upos", "xpos", "feats", "lemma")}
        self._heads: dict[str, tuple[Any, Any, list[int]]] | None = None
        self.lemma_cache: dict[tuple[str, str], str | None] = {}
        self.dep_units = _Units(self.dep_vocab["deprel"])
        self.tag_pre = _Ids(self.tag_pretrain) if self.tag_pretrain is not None else None
        self.dep_pre = _Ids(self.dep_pretrain) if self.dep_pretrain is not None else None

    @staticmethod
    def supports(pipeline: Any) -> bool:
        """Whether `pipeline`'s tagger and parser are of the kind this loop drives: a graph parser,
        words read through stanza's own character model (no character language model, no transformer)."""
        import torch
        from stanza.models.depparse.model import GraphParser
        from stanza.models.pos.model import Tagger

        try:
            tagger = pipeline.processors["pos"].trainer.model
            parser = pipeline.processors["depparse"].trainer.model
        except (KeyError, AttributeError):
            return False
        lemmatizer = pipeline.processors.get("lemma")
        if lemmatizer is None or lemmatizer.use_identity or lemmatizer.trainer.has_contextual_lemmatizers():
            return False  # lemmas must depend on a word's form and upos alone
        from stanza.models.common.biaffine import BiaffineScorer
        from stanza.models.pos.tag_columns import TAG_LINK_EMB

        plain = all(not m.args.get(key) for m in (tagger, parser) for key in ("charlm", "bert_model"))
        if not (type(tagger) is Tagger and type(parser) is GraphParser and plain
                and not parser.args.get("reversed", False)):
            return False
        # the tagger as `_tagger_forward` reads it: word and character embeddings, xpos and feats each
        # scored by biaffines of their hidden layer and the predicted upos's embedding
        heads = [s for name in tagger.eval_order for s in
                 (tagger.tag_clf[name] if isinstance(tagger.tag_clf[name], torch.nn.ModuleList)
                  else [tagger.tag_clf[name]])]
        return (tagger.tag_names == ["upos", "xpos", "feats"] and all(c.output for c in tagger.tag_columns)
                and not tagger.share_hid and tagger.link_mode == TAG_LINK_EMB
                and all(tagger.column_parents[name] == ("upos",) for name in tagger.eval_order)
                and all(type(s) is BiaffineScorer for s in heads)
                and tagger.args["word_emb_dim"] > 0 and tagger.args["char"] and tagger.args["char_emb_dim"] > 0
                and not tagger.args.get("char_bidirectional", False)
                and getattr(tagger, "bert_model", None) is None and getattr(parser, "bert_model", None) is None)

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[Analysis]]:
        """One list of Analyses per sentence (a list of token strings), in order."""
        import torch

        if not sentences:
            return []
        with torch.no_grad():
            tags = self._tag(sentences)
            lemmas = self._lemmas(sentences, tags)
            arcs = self._parse(sentences, tags, lemmas)
        return [[Analysis(_null(t[0]), _null(t[1]), _null(t[2]), lemma, head, _null(rel))
                 for t, lemma, (head, rel) in zip(st, sl, sa)]
                for st, sl, sa in zip(tags, lemmas, arcs)]

    # -- tagger ---------------------------------------------------------------------------------
    def _tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, ...]]]:
        """(upos, xpos, feats) strings of each word, as the tagger's vocabularies write them."""
        out: list[list[tuple[str, ...]]] = [[] for _ in sentences]
        order = _by_length([len(s) for s in sentences])
        batch: list[int] = []
        words = 0
        for i in order:
            n = len(sentences[i])
            if batch and (len(batch) >= TAG_BATCH_SENTENCES or words + n > TAG_BATCH_WORDS
                          or too_padded(len(batch) + 1, len(sentences[batch[0]]), words + n)):
                self._tag_batch(sentences, batch, out)
                batch, words = [], 0
            batch.append(i)
            words += len(sentences[i])
        self._tag_batch(sentences, batch, out)
        return out

    def _tag_batch(self, sentences: Sequence[Sequence[str]], batch: list[int],
                   out: list[list[tuple[str, ...]]]) -> None:
        text = [[_simplify(w) for w in sentences[i]] for i in batch]
        lens = [len(s) for s in text]
        width = lens[0]
        words = _padded([[self.tag_word(w) for w in s] for s in text], lens, width)
        if self.tag_pre is not None:
            pre = _padded([[self.tag_pre(w.lower()) for w in s] for s in text], lens, width)
        else:
            pre = words.new_zeros(words.shape)
        chars, char_order, char_lens = _chars([[self.tag_char(ch) for ch in w] for s in text for w in s])
        words, pre, chars = (t.to(self.device) for t in (words, pre, chars))
        preds = self._tagger_forward(words, pre, chars, char_order, lens, char_lens)
        columns = []
        for units, pred in zip(self.tag_units, preds):
            rows = pred.tolist()
            columns.append([[units(tuple(x) if isinstance(x, list) else x) for x in row[:n]]
                            for row, n in zip(rows, lens)])
        for k, i in enumerate(batch):
            out[i] = list(zip(*(col[k] for col in columns)))

    def _tagger_forward(self, words: Any, pre: Any, chars: Any, char_order: list[int], lens: list[int],
                        char_lens: list[int]) -> list[Any]:
        """stanza's `Tagger.forward` at inference, [upos, xpos, feats] predictions padded per sentence,
        with the xpos and feats scorers read as plain matrix products.

        Each of those scorers is a biaffine `x W e(upos)` of a word's hidden layer x and the embedding of
        its predicted upos; with a few dozen upos values, `W e(u)` is computed once per upos
        (`_tag_heads`) and the scores of all words tagged u are one matrix product instead of
        `nn.Bilinear`'s three-way one.  The LSTM runs over the padded batch (`quotes.recurrent`)."""
        import torch
        import torch.nn.functional as F

        m = self.tagger
        inputs = [m.word_emb(words)]
        if m.args["pretrain"]:
            inputs.append(m.trans_pretrained(m.pretrained_emb(pre)))
        inputs.append(_characters(m, chars, char_order, lens, char_lens, self.form_caches))
        hidden = _encoded(m, m.taggerlstm, m.taggerlstm_h_init, m.taggerlstm_c_init, inputs, lens)
        real = torch.arange(words.size(1), device=words.device)[None, :] < torch.as_tensor(lens, device=words.device)[:, None]
        hidden = hidden[real]  # the real words' rows, sentence by sentence

        def pad(x: Any) -> Any:
            out = x.new_zeros(*real.shape, *x.shape[1:])
            out[real] = x
            return out

        upos = m.upos_clf(F.relu(m.upos_hid(hidden))).max(1)[1]
        preds = {"upos": pad(upos)}
        rows = len(hidden)
        groups = [(u, (upos == u).nonzero().squeeze(1)) for u in upos.unique().tolist()]
        for name in m.eval_order:
            hid = F.relu(m.tag_hid[name](hidden))
            hid = torch.cat([hid, hid.new_ones(rows, 1)], 1)
            table, bias, sizes = self._tag_heads()[name]
            scores = hid.new_empty(rows, len(bias))
            for u, where in groups:  # the words tagged u: one matrix product with u's table
                scores[where] = hid[where] @ table[u].T
            scores += bias
            cols = [part.max(1, keepdim=True)[1] for part in scores.split(sizes, 1)]
            preds[name] = pad(torch.cat(cols, 1)) if len(cols) > 1 else pad(cols[0].squeeze(1))
        return [preds[name] for name in m.tag_names]

    def _tag_heads(self) -> dict[str, tuple[Any, Any, list[int]]]:
        """For each tag column after upos, its scorers as one (table, bias, sizes): table[u] is the
        [outputs, hidden + 1] matrix the biaffine weights give with upos u's embedding, the scorers'
        outputs one after another (`sizes` of them each)."""
        if self._heads is None:
            import torch

            m = self.tagger
            emb = m.upos_emb.weight
            emb = torch.cat([emb, emb.new_ones(len(emb), 1)], 1)  # [upos, tag_emb + 1]
            self._heads = {}
            for name in m.eval_order:
                clf = m.tag_clf[name]
                scorers: list[Any] = list(clf) if isinstance(clf, torch.nn.ModuleList) else [clf]
                tables = [torch.einsum("oij,uj->uoi", s.W_bilin.weight, emb) for s in scorers]
                self._heads[name] = (torch.cat(tables, 1).contiguous(), torch.cat([s.W_bilin.bias for s in scorers]),
                                     [len(s.W_bilin.bias) for s in scorers])
        return self._heads

    # -- lemmatizer -----------------------------------------------------------------------------
    def _lemmas(self, sentences: Sequence[Sequence[str]], tags: list[list[tuple[str, ...]]]) -> list[list[str | None]]:
        """Each word's lemma from stanza's own lemmatizer, which reads a word's form and upos alone
        (`supports` refuses lemmatizers that read context): each (form, upos) is lemmatized once per
        process, new ones in one Document per call.  The new ones go in order of length: the
        lemmatizer's sequence model runs over batches of LEMMA_BATCH_WORDS words in the order given,
        each padded to its longest word and decoded until its longest lemma ends, and a word's lemma
        does not depend on the words batched with it (checked on all 26,989 pairs of PolNeAR's
        parsed sentences).  Dev's new pairs took about 1.6 times the CPU in document order."""
        cache = self.lemma_cache
        pairs = [[(w, t[0]) for w, t in zip(s, st)] for s, st in zip(sentences, tags)]
        new = sorted(dict.fromkeys(p for s in pairs for p in s if p not in cache), key=lambda p: len(p[0]))
        if new:
            from stanza.models.common.doc import Document

            if len(cache) + len(new) > LEMMA_CACHE_SIZE:
                cache.clear()
            doc = Document([[{"id": k + 1, "text": w, "upos": u} for k, (w, u) in enumerate(new)]])
            doc = self.lemmatizer.process(doc)
            cache.update(zip(new, (w.lemma for w in doc.sentences[0].words)))
        return [[cache[p] for p in s] for s in pairs]

    # -- parser ---------------------------------------------------------------------------------
    def _parse(self, sentences: Sequence[Sequence[str]], tags: list[list[tuple[str, ...]]],
               lemmas: list[list[str | None]]) -> list[list[tuple[int, str]]]:
        """(head, deprel) of each word, batched as stanza's depparse DataLoader batches them: sorted
        by length, cut at `batch_size` words, long sentences alone."""
        out: list[list[tuple[int, str]]] = [[] for _ in sentences]
        lens = [len(s) + 1 for s in sentences]  # the root counts
        batch: list[int] = []
        words = 0
        for i in _by_length(lens):
            if self.separate is not None and lens[i] > self.separate:
                if batch:
                    self._parse_batch(sentences, tags, lemmas, batch, out)
                    batch, words = [], 0
                self._parse_batch(sentences, tags, lemmas, [i], out)
                continue
            if batch and words + lens[i] > self.parse_words:
                self._parse_batch(sentences, tags, lemmas, batch, out)
                batch, words = [], 0
            batch.append(i)
            words += lens[i]
        if batch:
            self._parse_batch(sentences, tags, lemmas, batch, out)
        return out

    def _parse_batch(self, sentences: Sequence[Sequence[str]], tags: list[list[tuple[str, ...]]],
                     lemmas: list[list[str | None]], batch: list[int], out: list[list[tuple[int, str]]]) -> None:
        from stanza.models.common.vocab import CompositeVocab, PAD_ID

        ids, root = self.dep_ids, self.root
        text = [[_simplify(w) for w in sentences[i]] for i in batch]
        lens = [len(s) + 1 for s in text]
        width = lens[0]
        composite_xpos = isinstance(self.dep_vocab["xpos"], CompositeVocab)
        nxpos = len(self.dep_vocab["xpos"]) if composite_xpos else 0
        nfeats = len(self.dep_vocab["feats"])

        def col(k: int) -> list[list[str]]:
            return [[t[k] for t in tags[i]] for i in batch]

        words = _padded([[root] + [ids["word"](w) for w in s] for s in text], lens, width)
        upos = _padded([[root] + [ids["upos"](t) for t in s] for s in col(0)], lens, width)
        if composite_xpos:
            xpos = _padded([[[root] * nxpos] + [ids["xpos"](t) for t in s] for s in col(1)], lens, width, (nxpos,))
        else:
            xpos = _padded([[root] + [ids["xpos"](t) for t in s] for s in col(1)], lens, width)
        feats = _padded([[[root] * nfeats] + [ids["feats"](t) for t in s] for s in col(2)], lens, width, (nfeats,))
        lemma = _padded([[root] + [ids["lemma"]("_" if x is None else x) for x in lemmas[i]] for i in batch],
                        lens, width)
        if self.dep_pre is not None:
            pre = _padded([[root] + [self.dep_pre(w.lower()) for w in s] for s in text], lens, width)
        else:
            pre = _padded([[root] + [PAD_ID] * (n - 1) for n in lens], lens, width)
        # the character model sees the root as a word of one character, ROOT_ID
        rows: list[list[int]] = []
        for s in text:
            rows.append([root])
            rows.extend([ids["char"](ch) for ch in w] for w in s)
        chars, char_order, char_lens = _chars(rows)
        words, upos, xpos, feats, lemma, pre, chars = (
            t.to(self.device) for t in (words, upos, xpos, feats, lemma, pre, chars))
        from .mst import one_root

        arcs, sides = self._parser_forward(words, chars, upos, xpos, feats, pre, lemma, char_order, lens, char_lens)
        trees = [one_root(arcs[k][:n, :n]) for k, n in enumerate(lens)]
        labels = self._tree_labels(sides, trees)
        for k, (i, n, tree) in enumerate(zip(batch, lens, trees)):
            out[i] = self._decode(arcs[k][:n, :n], tree, labels[k], lambda k=k, n=n: self._all_labels(sides, k, n))

    def _tree_labels(self, sides: tuple[Any, Any], trees: list[Any]) -> list[Any]:
        """Each sentence's label log-probabilities [word, label] at the head its tree gives each word
        (`_scores_at`): stanza scores every head and reads these."""
        import numpy as np
        import torch
        import torch.nn.functional as F

        x, _ = sides
        width = x.size(1)
        rows = np.concatenate([np.full(len(t) - 1, k) for k, t in enumerate(trees)])
        deps = np.concatenate([np.arange(1, len(t)) for t in trees])
        heads = np.concatenate([t[1:] for t in trees])
        scores = _scores_at(self.parser.deprel, sides, torch.as_tensor(rows * width + deps, device=x.device),
                            torch.as_tensor(rows * width + heads, device=x.device))
        flat = F.log_softmax(scores.float(), 1).cpu().numpy()
        return np.split(flat, np.cumsum([len(t) - 1 for t in trees])[:-1])

    def _all_labels(self, sides: tuple[Any, Any], k: int, n: int) -> Any:
        """Sentence k's label log-probabilities for every (dependent, head) pair, [dependent, label,
        head], for the subject/object repair, which weighs other heads."""
        import torch.nn.functional as F

        x, y = sides
        return F.log_softmax(_bilinear(self.parser.deprel, x[k:k + 1, :n], y[k:k + 1, :n]).float(), 2)[0].cpu().numpy()

    def _parser_forward(self, words: Any, chars: Any, upos: Any, xpos: Any, feats: Any, pre: Any, lemma: Any,
                        char_order: list[int], lens: list[int], char_lens: list[int]) -> tuple[Any, Any]:
        """stanza's `GraphParser.forward` at inference, over padded batches: the arc log-probabilities
        [batch, dependent, head], as numpy, and the label scorer's two sides (`_sides`), whose scores
        are taken only where the decoded tree needs them (`_tree_labels`).

        The same products as stanza's, in two cheaper shapes: the LSTMs run over padded batches
        (`quotes.recurrent`), and each pairwise biaffine `x W y` (`PairwiseBilinear`) as two plain
        matrix products, with the labels kept next to the dependent so that no [words, hidden, labels]
        intermediate is ever transposed."""
        import torch
        import torch.nn.functional as F
        from stanza.models.common.vocab import CompositeVocab

        m = self.parser
        inputs = []
        if m.args["pretrain"]:
            inputs.append(m.trans_pretrained(m.pretrained_emb(pre)))
        if m.args["word_emb_dim"] > 0:
            inputs += [m.word_emb(words), m.lemma_emb(lemma)]
        if m.args["tag_emb_dim"] > 0:
            pos_emb: Any = m.upos_emb(upos) if m.args.get("use_upos", True) else 0
            if m.args.get("use_xpos", True):
                if isinstance(m.vocab["xpos"], CompositeVocab):
                    for k in range(len(m.vocab["xpos"])):
                        pos_emb += m.xpos_emb[k](xpos[:, :, k])
                else:
                    pos_emb += m.xpos_emb(xpos)
            if m.args.get("use_upos", True) or m.args.get("use_xpos", True):
                inputs.append(pos_emb)
            if m.args.get("use_ufeats", True):
                inputs.append(pos_emb)  # stanza feeds the tag embedding twice and its feats embedding never
        if m.args["char"] and m.args["char_emb_dim"] > 0:
            inputs.append(_characters(m, chars, char_order, lens, char_lens, self.form_caches))
        hidden = _encoded(m, m.parserlstm, m.parserlstm_h_init, m.parserlstm_c_init, inputs, lens)
        arcs = _pairwise(m.unlabeled, hidden).squeeze(2)
        width = words.size(1)
        steps = torch.arange(width, device=words.device)
        offset = (steps.view(1, 1, -1) - steps.view(1, -1, 1)).expand(words.size(0), -1, -1)
        if m.args["linearization"]:
            arcs = arcs + F.logsigmoid(_pairwise(m.linearization, hidden).squeeze(2) * torch.sign(offset).float())
        if m.args["distance"]:
            predicted = 1 + F.softplus(_pairwise(m.distance, hidden).squeeze(2))
            arcs = arcs + -torch.log((offset.abs().float() - predicted) ** 2 / 2 + 1)
        arcs.masked_fill_(torch.eye(width, dtype=torch.bool, device=words.device).unsqueeze(0), -float("inf"))
        return F.log_softmax(arcs.float(), 2).cpu().numpy(), _sides(m.deprel, hidden)

    def _decode(self, scores: Any, tree: Any, labels: Any, all_labels: Any) -> list[tuple[int, str]]:
        """One sentence's (head, deprel) pairs, as stanza's `GraphParser.decode_graph_predictions`
        decodes them, from its arc scores [dependent, head], its best single-root tree
        (`quotes.mst.one_root`, which skips the search where the greedy tree is that tree) and the label
        log-probabilities at that tree's heads [word, label]: each arc's best label, repaired by stanza's
        `resolve_head_constraint_violations` where a head has two subjects or two objects; the repair
        weighs other heads, so it reads `all_labels()` [dependent, label, head]."""
        import numpy as np
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.depparse.head_constraints import (find_head_constraint_violations,
                                                             resolve_head_constraint_violations)

        vocab = self.dep_vocab["deprel"]
        heads = tree[1:]
        raw = np.argmax(labels, axis=1).tolist()
        rels = [self.dep_units(r + VOCAB_PREFIX_SIZE) for r in raw]
        if self.resolve and find_head_constraint_violations(tree, rels):
            # the repair reads [dependent, head, label], as stanza lays it out
            tree, raw = resolve_head_constraint_violations(scores, all_labels().transpose(0, 2, 1), tree, vocab)
            heads = tree[1:]
            rels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
        return list(zip(heads.tolist(), rels))


def _characters(model: Any, chars: Any, char_order: list[int], lens: list[int], char_lens: list[int],
                caches: dict[int, Any] | None = None) -> Any:
    """A tagger's or parser's character-model input, [batch, words, transformed], padded; the
    character model keeps its forms' outputs across batches in `caches[id(model.charmodel)]` where
    `quotes.charcache.forward` is installed."""
    from stanza.models.common.char_model import CharacterModel
    from stanza.models.common.vocab import PAD_ID
    from torch.nn.utils.rnn import pad_packed_sequence

    from . import charcache

    if caches is not None and CharacterModel.forward is charcache.forward:
        reps = charcache.forward(model.charmodel, chars, chars == PAD_ID, char_order, lens, char_lens,
                                 caches.get(id(model.charmodel)))
    else:
        reps = model.charmodel(chars, chars == PAD_ID, char_order, lens, char_lens)
    return model.trans_char(pad_packed_sequence(reps, batch_first=True)[0])


def _encoded(model: Any, net: Any, h_init: Any, c_init: Any, inputs: list[Any], lens: list[int]) -> Any:
    """A tagger's or parser's highway LSTM `net` over its padded `inputs` side by side, from its
    learned start states: [batch, words, 2 * hidden]."""
    import torch

    from .recurrent import highway

    x = torch.cat(inputs, 2)
    shape = (2 * model.args["num_layers"], x.size(0), model.args["hidden_dim"])
    return highway(net, x, torch.as_tensor(lens, device=x.device),
                   (h_init.expand(*shape).contiguous(), c_init.expand(*shape).contiguous()))


def _sides(scorer: Any, hidden: Any) -> tuple[Any, Any]:
    """stanza's `DeepBiaffineScorer(hidden, hidden)`'s two inputs to its bilinear layer, each with the
    constant 1 that `PairwiseBilinear` appends: (dependent side, head side), [batch, words, size]."""
    import torch

    x = scorer.hidden_func(scorer.W1(hidden))
    y = scorer.hidden_func(scorer.W2(hidden))
    return torch.cat([x, x.new_ones(*x.shape[:-1], 1)], -1), torch.cat([y, y.new_ones(*y.shape[:-1], 1)], -1)


def _pairwise(scorer: Any, hidden: Any) -> Any:
    """stanza's `DeepBiaffineScorer(hidden, hidden)` at inference, scores laid out [batch, dependent,
    output, head]."""
    return _bilinear(scorer, *_sides(scorer, hidden))


def _bilinear(scorer: Any, x: Any, y: Any) -> Any:
    """`PairwiseBilinear`'s products `(x W) y` over every (dependent, head) pair, [batch, dependent,
    output, head], with W's output axis moved before its second input axis, so that `x W` is one matrix
    product and its product with y one batched one."""
    import torch

    bilinear = scorer.scorer.W_bilin
    weight = _folded(bilinear.weight)
    batch, width, size = x.shape
    outputs = bilinear.output_size
    xw = (x.reshape(batch * width, size) @ weight).view(batch, width * outputs, size)
    scores = torch.bmm(xw, y.transpose(1, 2)).view(batch, width, outputs, width)
    return scores + bilinear.bias.view(1, 1, -1, 1)


def _scores_at(scorer: Any, sides: tuple[Any, Any], dependents: Any, heads: Any) -> Any:
    """The same bilinear scores at given (dependent, head) pairs only, [pairs, outputs]; dependents and
    heads index the batch's words flattened (row * width + word).  `W y` is computed once per distinct
    head (about a third of a tree's words are heads) and multiplied with that head's dependents side
    by side, padded to the most dependents any head has: for the parser's labels this is most of
    their cost, and stanza computes every head's."""
    import torch

    x, y = sides
    bilinear = scorer.scorer.W_bilin
    size = x.size(-1)
    unique, group, counts = torch.unique(heads, return_inverse=True, return_counts=True)
    wy = (y.reshape(-1, size)[unique] @ _folded_heads(bilinear.weight)).view(len(unique), -1, size)
    order = torch.argsort(group, stable=True)
    grouped = group[order]
    rank = torch.arange(len(order), device=x.device) - (torch.cumsum(counts, 0) - counts)[grouped]
    side = x.new_zeros(len(unique), int(counts.max()), size)
    side[grouped, rank] = x.reshape(-1, size)[dependents[order]]
    scores = torch.bmm(side, wy.transpose(1, 2))  # [head, its dependents, outputs]
    out = scores.new_empty(len(order), scores.size(2))
    out[order] = scores[grouped, rank]
    return out + bilinear.bias


@functools.lru_cache(maxsize=16)
def _folded_heads(weight: Any) -> Any:
    """A `PairwiseBilinear` weight [in1, in2, out] as [in2, out * in1]."""
    return weight.permute(1, 2, 0).reshape(weight.size(1), -1).contiguous()


@functools.lru_cache(maxsize=16)
def _folded(weight: Any) -> Any:
    """A `PairwiseBilinear` weight [in1, in2, out] as [in1, out * in2]."""
    return weight.permute(0, 2, 1).reshape(weight.size(0), -1).contiguous()
