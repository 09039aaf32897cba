"""Our own inference loop over stanza's trained tagger and parser: same weights, same outputs.

stanza's Pipeline turns every call into a `Document` of Python objects per word, reads the words
back out of it once per processor (`doc.get`), maps them to ids through per-word Python loops,
batches them through torch's DataLoader and writes each prediction back word by word
(`doc.set`).  `FastParser` drives the same trained modules (`pos` and `depparse` processors'
`trainer.model`, with their own vocabularies) directly: pretokenized sentences in, sorted by
length, cut into batches by a word budget, each batch mapped to tensors through per-form caches,
and the predictions read straight from the output tensors.  The lemmatizer stays stanza's own
(one small `Document` per call, not per sentence): the parser reads lemma embeddings, and the
lemmatizer is the cheapest of the three.

Results are stanza's, word for word: `tests/test_inference.py` compares tags, lemmas, heads and
relations with the Pipeline on a few hundred sentences.  `FastParser.supports` says whether a
pipeline's models are of the kind driven here (no pretrained character language model, no
transformer, no reversed parser); `quotes.extractor` falls back to the Pipeline otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

__all__ = ["Analysis", "FastParser", "TAG_BATCH_WORDS"]

TAG_BATCH_WORDS = 5000  # words per tagger batch: stanza's own `batch_maximum_tokens` for the tagger
LEMMA_CACHE_SIZE = 200_000  # (form, upos) pairs whose lemma is kept; the cache starts over beyond this
TAG_BATCH_SENTENCES = 1000  # sentences per tagger batch, as the Pipeline is configured in quotes.extractor


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

    def __init__(self, pipeline: Any) -> None:
        from stanza.models.common.vocab import ROOT_ID

        self.pipeline = pipeline
        pos, dep = pipeline.processors["pos"], pipeline.processors["depparse"]
        self.lemmatizer = pipeline.processors["lemma"]
        self.tagger, self.parser = pos.trainer.model, dep.trainer.model
        self.tagger.eval()
        self.parser.eval()
        self.tag_vocab, self.dep_vocab = pos.vocab, dep.vocab
        self.tag_pretrain = pos.pretrain.vocab if pos.pretrain is not None and self.tagger.args["pretrain"] else None
        self.dep_pretrain = dep.pretrain.vocab if dep.pretrain is not None and self.parser.args["pretrain"] else None
        self.parse_words = dep.config["batch_size"]
        self.separate = dep.config.get("min_length_to_batch_separately", 150)
        self.resolve = dep.config.get("resolve_head_constraints", True)
        self.root = ROOT_ID
        self.tag_word, self.tag_char = _Ids(self.tag_vocab["word"]), _Ids(self.tag_vocab["char"])
        self.tag_units = [_Units(self.tag_vocab[name]) for name in self.tagger.tag_names]
        self.dep_ids = {name: _Ids(self.dep_vocab[name]) for name in ("word", "char", "upos", "xpos", "feats", "lemma")}
        self.lemma_cache: dict[tuple[str, str], str | None] = {}
        self.dep_units = _Units(self.dep_vocab["deprel"])
        self.tag_pre = _Ids(self.tag_pretrain) if self.tag_pretrain is not None else None
        self.dep_pre = _Ids(self.dep_pretrain) if self.dep_pretrain is not None else None

    @staticmethod
    def supports(pipeline: Any) -> bool:
        """Whether `pipeline`'s tagger and parser are of the kind this loop drives: a graph parser,
        words read through stanza's own character model (no character language model, no transformer)."""
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
        plain = all(not m.args.get(key) for m in (tagger, parser) for key in ("charlm", "bert_model"))
        return (type(tagger) is Tagger and type(parser) is GraphParser and plain
                and not parser.args.get("reversed", False) and tagger.tag_names == ["upos", "xpos", "feats"]
                and all(c.output for c in tagger.tag_columns))

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
            if batch and (len(batch) >= TAG_BATCH_SENTENCES or words + len(sentences[i]) > TAG_BATCH_WORDS):
                self._tag_batch(sentences, batch, out)
                batch, words = [], 0
            batch.append(i)
            words += len(sentences[i])
        self._tag_batch(sentences, batch, out)
        return out

    def _tag_batch(self, sentences: Sequence[Sequence[str]], batch: list[int],
                   out: list[list[tuple[str, ...]]]) -> None:
        from stanza.models.common.vocab import PAD_ID

        text = [[_simplify(w) for w in sentences[i]] for i in batch]
        lens = [len(s) for s in text]
        width = lens[0]
        words = _padded([[self.tag_word(w) for w in s] for s in text], lens, width)
        if self.tag_pre is not None:
            pre = _padded([[self.tag_pre(w.lower()) for w in s] for s in text], lens, width)
        else:
            pre = words.new_zeros(words.shape)
        chars, char_order, char_lens = _chars([[self.tag_char(ch) for ch in w] for s in text for w in s])
        _, preds = self.tagger(words, words == PAD_ID, chars, chars == PAD_ID, None, pre,
                               char_order, lens, char_lens, text)
        columns = []
        for units, pred in zip(self.tag_units, preds):
            rows = pred.tolist()
            columns.append([[units(tuple(x) if isinstance(x, list) else x) for x in row[:n]]
                            for row, n in zip(rows, lens)])
        for k, i in enumerate(batch):
            out[i] = list(zip(*(col[k] for col in columns)))

    # -- lemmatizer -----------------------------------------------------------------------------
    def _lemmas(self, sentences: Sequence[Sequence[str]], tags: list[list[tuple[str, ...]]]) -> list[list[str | None]]:
        """Each word's lemma from stanza's own lemmatizer, which reads a word's form and upos alone
        (`supports` refuses lemmatizers that read context): each (form, upos) is lemmatized once per
        process, new ones in one Document per call."""
        cache = self.lemma_cache
        pairs = [[(w, t[0]) for w, t in zip(s, st)] for s, st in zip(sentences, tags)]
        new = list(dict.fromkeys(p for s in pairs for p in s if p not in cache))
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
        import torch
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
        head = torch.zeros((len(batch), width - 1), dtype=torch.long)
        deprel = head.clone()
        _, preds = self.parser(words, words == PAD_ID, chars, chars == PAD_ID, upos, xpos, feats, pre, lemma,
                               head, deprel, char_order, lens, char_lens, text)
        for k, (i, n) in enumerate(zip(batch, lens)):
            out[i] = self._decode(preds[0][k][:n, :n], preds[2][k][:n, :n], preds[1][k])

    def _decode(self, scores: Any, label_log_probs: Any, labels: Any) -> list[tuple[int, str]]:
        """One sentence's (head, deprel) pairs from its arc and label scores, as stanza's
        `GraphParser.decode_graph_predictions` decodes them: the best single-root tree (`quotes.mst.one_root`,
        which skips the search where the greedy tree is that tree), then its labels, repaired by stanza's
        `resolve_head_constraint_violations` where a head has two subjects or two objects."""
        import numpy as np
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.depparse.head_constraints import (find_head_constraint_violations,
                                                             resolve_head_constraint_violations)

        from .mst import one_root

        vocab = self.dep_vocab["deprel"]
        tree = one_root(scores)
        heads = tree[1:]
        if self.resolve:
            # the repair's own first step, for every word at once: each arc's best label
            raw = np.argmax(label_log_probs[np.arange(1, len(tree)), heads], axis=1).tolist()
            rels = [self.dep_units(r + VOCAB_PREFIX_SIZE) for r in raw]
            if find_head_constraint_violations(tree, rels):
                tree, raw = resolve_head_constraint_violations(scores, label_log_probs, tree, vocab)
                heads = tree[1:]
                rels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
        else:
            rels = [self.dep_units(int(labels[j + 1][h])) for j, h in enumerate(heads)]
        return list(zip(heads.tolist(), rels))
