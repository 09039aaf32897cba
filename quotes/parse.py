"""Second stage: POS, lemmas and dependencies for the sentences that need them.

Sentences arrive already tokenized (see `segment`), are batched across
documents and go through stanza in one call, so the parser's cost is paid only
for sentences that may carry an attribution.  Inside a long quotation the
parser sees only its first words and its closing punctuation: attribution needs
the frame around a quotation (cue, speaker, how the two attach), never the
quotation's inner structure, and those words were over a quarter of what was
parsed.  The withheld words hang from the quotation's own root in the result.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any, Sequence

from .lexicon import BULLET_GLYPHS, DOUBLED_MARKS, MARK_ENTITIES, cue_forms, cue_lemma, cue_lemmas
from .segment import Sentence, Token

__all__ = ["Word", "parse_sentences", "withheld", "MAX_TOKEN_CHARS", "KEEP_QUOTED_TOKENS", "FINITE_TAGS", "NOUN_UPOS", "VERB_UPOS", "OBJECT_RELS", "QUOTE_TAGS",
           "SINGULAR_NOUN_TAGS", "PLURAL_NOUN_TAGS", "OWNER_TAGS"]

MAX_TOKEN_CHARS = 64  # the parser sees no more of a token (URLs, junk): its cost grows with a token's length
KEEP_QUOTED_TOKENS = 4  # a quotation's first words that the parser still sees
MIN_WITHHELD = 3  # withholding fewer words than this saves too little to alter the parser's input
FINITE_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})  # a word's `xpos` when it is a finite verb (a clause of its own)
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})  # a noun's `xpos` when it names one (`senator`, `Ruiz`)
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})  # a noun's `xpos` when it names more than one (`senators`, `Democrats`)
OWNER_TAGS = frozenset({"POS", "PRP$"})  # a word's `xpos` when it marks an owner (`'s`, `his`, `their`)
NOUN_UPOS = frozenset({"NOUN", "PROPN"})  # a word's `upos` when it is a noun or a name (`senator`, `Ruiz`)
VERB_UPOS = frozenset({"VERB", "AUX"})  # a word's `upos` when it is a verb, an auxiliary too (`said`, `has`)
OBJECT_RELS = frozenset({"obj", "iobj"})  # a verb's objects' `deprel`s, direct or indirect (`told reporters`)
QUOTE_TAGS = ("``", "''")  # a quotation mark's `xpos`, opening and closing


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


def _mark_text(token: str) -> str:
    """A quotation mark typed as several characters, as one glyph: `&quot;` and kin as the mark they
    stand for, ``` `` ``` and `''` as the straight mark (which the treebanks the parser learnt from use
    most, and which may open or close, as `''` does in text that types both marks so), so that the
    rules and the parser see one mark however it was typed; any other token as it is.  `Word.start`
    and `Word.end` still span the token in the text.

    >>> _mark_text("``"), _mark_text("''"), _mark_text("&ldquo;"), _mark_text("said")
    ('"', '"', '“', 'said')
    """
    return DOUBLED_MARKS.get(token) or MARK_ENTITIES.get(token.lower(), token)


def _parser_text(token: str) -> str:
    """What the parser sees of a token: a mark typed as several characters as its glyph (`_mark_text`),
    a list's bullet (`•`) as a hyphen, long tokens cut short."""
    return "-" if token in BULLET_GLYPHS else _mark_text(token)[:MAX_TOKEN_CHARS]


def withheld(sentence: Sentence, parts: Sequence[tuple[int, int]],
             starts: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of `sentence` the parser need not see: the middle of each quotation
    part (sorted character ranges of quotation content) after its first KEEP_QUOTED_TOKENS words,
    up to its closing punctuation.  Only quotations that stand apart: opening the sentence, after a
    colon, or after `said,`.  One that runs on from the sentence's own words (`said the plan was "a
    disaster for ..."`, `that if ..., "..."`) is part of that clause, and attribution needs its parse.
    `starts` are the parts' starts, when the caller has them (`Inside.starts`): computed here for
    every sentence of a long document, they made its preparation quadratic."""
    starts = [p[0] for p in parts] if starts is None else starts
    first = max(0, bisect.bisect_right(starts, sentence.start) - 1)
    last = bisect.bisect_left(starts, sentence.end)
    out = []
    for start, end in parts[first:last]:
        inner = [i for i, t in enumerate(sentence.tokens) if start <= t.start and t.end <= end]
        if not inner or not _stands_apart(sentence.tokens, inner[0] - 1):
            continue
        lo, hi = inner[0] + KEEP_QUOTED_TOKENS, inner[-1] + 1
        while hi > lo and not any(ch.isalnum() for ch in sentence.tokens[hi - 1].text):
            hi -= 1  # keep `,` `.` `?`: they tell the parser how the quotation ends
        if hi - lo >= MIN_WITHHELD:
            out.append((lo, hi))
    return out


def _stands_apart(tokens: Sequence[Token], mark: int) -> bool:
    """Whether the quotation opening at token `mark` opens the sentence or follows `:` or `said,`."""
    if mark <= 0:
        return True
    before = tokens[mark - 1].text
    return before == ":" or (before == "," and mark >= 2 and tokens[mark - 2].text.lower() in cue_forms())


def parse_sentences(pipeline: Any, sentences: Sequence[Sentence],
                    hold: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[Word]]:
    """Parse each sentence (pretokenized) with `pipeline` (a stanza Pipeline, or a `FastParser` over
    one); one list of Words per sentence.

    `hold[k]` lists token ranges of sentence k to withhold from the parser (see `withheld`); their
    Words come back as dependents (`dep`, upos X) of the parsed word that heads their quotation."""
    if not sentences:
        return []
    holds: Sequence[Sequence[tuple[int, int]]] = hold if hold else [()] * len(sentences)
    shown = [_shown(len(s.tokens), h) for s, h in zip(sentences, holds)]
    out = pipeline([[_parser_text(s.tokens[i].text) for i in keep] for s, keep in zip(sentences, shown)])
    # a stanza Pipeline gives a Document; `quotes.inference.FastParser` a list of word lists
    parsed_words = [s.words for s in out.sentences] if hasattr(out, "sentences") else out
    return [_words(sent, keep, parsed, h)
            for sent, keep, parsed, h in zip(sentences, shown, parsed_words, holds)]


def _cue_verb_lemma(form: str, upos: str | None, lemma: str) -> str:
    """A verb's lemma, the cue table's where the lemmatizer cut a cue verb's inflection short, leaving a
    letter of it on a stem that is no cue verb (`quizzed` -> `quizze`: a doubled consonant kept): `quiz`,
    so the rules keyed on the lemma read it.  A form the lemmatizer left whole is its own word."""
    if upos != "VERB" or lemma in cue_lemmas() or lemma == form.lower():
        return lemma
    table = cue_lemma(form)
    return table if table is not None and lemma.startswith(table) else lemma


def _shown(n: int, hold: Sequence[tuple[int, int]]) -> list[int]:
    hidden = {i for lo, hi in hold for i in range(lo, hi)}
    return [i for i in range(n) if i not in hidden]


def _words(sent: Sentence, keep: list[int], parsed: Sequence[Any], hold: Sequence[tuple[int, int]]) -> list[Word]:
    """Words for every token of `sent`: parsed ones mapped back to token indices, withheld ones attached."""
    words: list[Word | None] = [None] * len(sent.tokens)
    if len(parsed) != len(keep):
        raise ValueError(f"the parser returned {len(parsed)} words for {len(keep)} tokens")
    for w, i in zip(parsed, keep):
        tok = sent.tokens[i]
        words[i] = Word(
            index=i, text=_mark_text(tok.text), upos=w.upos or "X",
            lemma=_cue_verb_lemma(tok.text, w.upos,
                                  (tok.text if len(tok.text) > MAX_TOKEN_CHARS else w.lemma or tok.text).lower()),
            xpos=w.xpos or "", feats=w.feats or "", head=keep[w.head - 1] if w.head else -1,
            deprel=w.deprel or "dep", start=tok.start, end=tok.end,
        )
    for lo, hi in hold:
        head = _quotation_root(words, lo)
        for i in range(lo, hi):
            tok = sent.tokens[i]
            words[i] = Word(index=i, text=_mark_text(tok.text), lemma=tok.text.lower(), upos="X", xpos="", feats="",
                            head=head, deprel="dep", start=tok.start, end=tok.end)
    return [w for w in words if w is not None]


def _quotation_root(words: Sequence[Word | None], lo: int) -> int:
    """The parsed word that heads the kept opening of a quotation ending at token `lo`: the first of
    those words whose head lies outside them."""
    opening = range(lo - KEEP_QUOTED_TOKENS, lo)
    for i in opening:
        w = words[i]
        if w is not None and (w.head < 0 or w.head not in opening):
            return i
    return lo - 1
