"""Second stage: POS, lemmas and dependencies for the sentences that need them.

Sentences arrive already tokenized (see `segment`), are batched across
documents and go through stanza in one call, so the parser's cost is paid only
for sentences that may carry an attribution.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from .lexicon import MARK_ENTITIES
from .segment import Sentence

__all__ = ["Word", "parse_sentences", "MAX_TOKEN_CHARS"]

MAX_TOKEN_CHARS = 64  # the parser sees no more of a token (URLs, junk): its cost grows with a token's length


@dataclass(frozen=True)
class Word:
    """A parsed token; `head` is the index of its head in the sentence, -1 for the root."""

    index: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int


def _parser_text(token: str) -> str:
    """What the parser sees of a token: `&quot;` and kin as the mark they stand for, long ones cut short.

    Offsets and `Word.text` still come from the token itself.
    """
    return MARK_ENTITIES.get(token.lower(), token)[:MAX_TOKEN_CHARS]


def parse_sentences(pipeline: Any, sentences: Sequence[Sentence]) -> list[list[Word]]:
    """Parse each sentence (pretokenized) with `pipeline`; one list of Words per sentence."""
    if not sentences:
        return []
    doc = pipeline([[_parser_text(t.text) for t in s.tokens] for s in sentences])
    out: list[list[Word]] = []
    for sent, parsed in zip(sentences, doc.sentences):
        words = []
        for w, tok in zip(parsed.words, sent.tokens):
            words.append(Word(
                index=w.id - 1, text=tok.text, upos=w.upos or "X",
                lemma=(tok.text if len(tok.text) > MAX_TOKEN_CHARS else w.lemma or tok.text).lower(),
                xpos=w.xpos or "", feats=w.feats or "", head=(w.head or 0) - 1, deprel=w.deprel or "dep",
                start=tok.start, end=tok.end,
            ))
        out.append(words)
    return out
