"""Did X really say this? The closest real quotes to a claimed one, a word-level diff and a verdict.

    claim -> words -> candidates (full text: quotes sharing its word pairs; if none is close,
             quotes sharing its words)
          -> each candidate aligned word by word with the claim (rapidfuzz) -> best match
          -> claim words the best match leaves out matched against a second quote (a merge)
          -> verdict: verbatim / close / speaker differs / not found

Words are compared lower-cased, punctuation ignored, curly apostrophes straight. The alignment
is rapidfuzz's: `partial_ratio_alignment` places a short claim in a long quote, and Levenshtein
opcodes over the words give the diff; the similarity is rapidfuzz's normalized Indel similarity
of the claim's words and the aligned quote words (1.0: the same words in the same order).

>>> result = verify("We will raise taxes", "quotes.sqlite", speaker="Kerry")   # doctest: +SKIP
>>> result.verdict, result.notes                                             # doctest: +SKIP
('close', ('drops the negation "not"',))
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Literal, Mapping, NamedTuple, Sequence

import regex
from rapidfuzz import fuzz, utils
from rapidfuzz.distance import Indel, Levenshtein

from .errors import QuotesError
from .index import open_index
from .lexicon import NEGATING_SUFFIXES, NEGATIONS
from .search import fts_query

__all__ = ["Verification", "Match", "WordDiff", "VerifyError", "verify", "verify_in", "words", "align",
           "same_speaker", "Verdict", "VERBATIM", "CLOSE", "SPEAKER_DIFFERS", "NOT_FOUND", "CLOSE_SIMILARITY",
           "SPEAKER_MATCH", "MERGE_MIN_WORDS", "MAX_CLAIM_CHARS", "CANDIDATES", "DEFAULT_MATCHES"]

Verdict = Literal["verbatim", "close", "speaker differs", "not found"]
VERBATIM: Verdict = "verbatim"                # the claim's words are a real quote's (or a stretch of one)
CLOSE: Verdict = "close"                      # similar enough to be that quote, with differences
SPEAKER_DIFFERS: Verdict = "speaker differs"  # the words match (verbatim or close), the claimed speaker does not
NOT_FOUND: Verdict = "not found"              # no quote reaches CLOSE_SIMILARITY

CLOSE_SIMILARITY = 0.7   # word similarity (0-1) from which a quote is "the" source: one changed word in
                         # four (0.75) still is, half the words different (0.5) is not
SPEAKER_MATCH = 90       # rapidfuzz token_set_ratio (0-100) from which a claimed name is the speaker's:
                         # "Kerry" for "John Kerry" is 100, "John Smith" for "John Kerry" about 60
MERGE_MIN_WORDS = 3      # claim words left over by the best quote, at its start or end, worth a second quote
MAX_CLAIM_CHARS = 5_000  # a claim is a quote, not an article
CANDIDATES = 50          # quotes fetched per full-text query (one to three queries per claim)
MAX_QUERY_TERMS = 16     # word pairs (or words) per query: a long claim's 60 pairs cost 4x as much, find the same
DEFAULT_MATCHES = 5      # closest quotes reported
ALIGN_SLACK_WORDS = 3    # quote words, at least, kept either side of where a short claim sits

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*")


class VerifyError(QuotesError):
    """A claim that cannot be checked: no words, or too long."""


@dataclass(frozen=True)
class Word:
    """A word of a claim or quote: `text == source[start:end]`; `norm` is what alignment compares."""

    start: int
    end: int
    text: str
    norm: str


def words(text: str) -> tuple[Word, ...]:
    """The words of `text`, punctuation left out.

    >>> [w.norm for w in words("“We won’t,” he said -- 20 times.")]
    ['we', "won't", 'he', 'said', '20', 'times']
    """
    return tuple(Word(m.start(), m.end(), m.group(), m.group().casefold().replace("\u2019", "'"))
                 for m in _WORD.finditer(text))


def _negating(norm: str) -> bool:
    """Whether a word negates.

    >>> [_negating(w) for w in ("not", "didn't", "note", "knot")]
    [True, True, False, False]
    """
    return norm in NEGATIONS or norm.endswith(NEGATING_SUFFIXES)


@dataclass(frozen=True)
class WordDiff:
    """One step of the word-level diff, from the real quote to the claim.

    `kept`: the same words; `dropped`: the quote's words the claim leaves out (`claim` is "");
    `inserted`: the claim's words the quote lacks (`quote` is ""); `changed`: these quote words
    became these claim words.
    """

    op: Literal["kept", "dropped", "inserted", "changed"]
    claim: str
    quote: str


@dataclass(frozen=True)
class Match:
    """A real quote aligned with (part of) a claim.

    `claim_start:claim_end` are the claim characters it covers, `quote_start:quote_end` the
    characters of `text` aligned with them (less than all of it for a claim that is an excerpt).
    `speaker_matches` is None when no speaker was claimed or the quote's speaker is unknown.
    """

    quote_id: int
    doc_id: Any
    fields: Mapping[str, Any]
    speaker: str | None
    text: str
    context: str | None
    similarity: float
    claim_start: int
    claim_end: int
    quote_start: int
    quote_end: int
    diff: tuple[WordDiff, ...]
    speaker_matches: bool | None
    notes: tuple[str, ...]

    @property
    def verbatim(self) -> bool:
        return all(d.op == "kept" for d in self.diff)

    def to_dict(self) -> dict[str, Any]:
        return {"quote_id": self.quote_id, "doc_id": self.doc_id, "fields": dict(self.fields),
                "speaker": self.speaker, "text": self.text, "context": self.context,
                "similarity": round(self.similarity, 4), "claim_start": self.claim_start,
                "claim_end": self.claim_end, "quote_start": self.quote_start, "quote_end": self.quote_end,
                "diff": [{"op": d.op, "claim": d.claim, "quote": d.quote} for d in self.diff],
                "speaker_matches": self.speaker_matches, "notes": list(self.notes)}


@dataclass(frozen=True)
class Verification:
    """The answer to "did they say this?".

    `parts`: the real quote the claim is (one Match), or the two it merges, in claim order;
    empty when `verdict` is "not found". `matches`: the closest quotes to the whole claim, best
    first (also when nothing is close enough). `notes`: what the differences amount to.
    """

    claim: str
    claimed_speaker: str | None
    verdict: Verdict
    parts: tuple[Match, ...]
    matches: tuple[Match, ...]
    notes: tuple[str, ...]

    @property
    def merged(self) -> bool:
        return len(self.parts) > 1

    def to_dict(self) -> dict[str, Any]:
        return {"claim": self.claim, "claimed_speaker": self.claimed_speaker, "verdict": self.verdict,
                "notes": list(self.notes), "parts": [m.to_dict() for m in self.parts],
                "matches": [m.to_dict() for m in self.matches]}


# ---------------------------------------------------------------- alignment (pure)


class Alignment(NamedTuple):
    """Word alignment of claim words [0, n) with quote words [q0, q1): Levenshtein opcodes
    (tag, claim i1, i2, quote j1, j2) with quote indices into the whole quote."""

    similarity: float
    q0: int
    q1: int
    ops: tuple[tuple[str, int, int, int, int], ...]


def _encode(seq: Sequence[Word], vocab: dict[str, str]) -> str:
    """One character per distinct word, so rapidfuzz's string aligners align words."""
    return "".join(vocab.setdefault(w.norm, _private_char(len(vocab))) for w in seq)


def _private_char(k: int) -> str:
    """The k-th private-use character (6,400 in the BMP, then plane 15's)."""
    return chr(0xE000 + k) if k < 0x1900 else chr(0xF0000 + k - 0x1900)


def align(claim: Sequence[Word], quote: Sequence[Word]) -> Alignment:
    """Align the claim's words with the quote's; quote words beyond either end of the claim are
    left out (a claim may be an excerpt).

    >>> a = align(words("we will raise taxes"), words("I said we will not raise taxes, ever"))
    >>> round(a.similarity, 3), a.q0, a.q1, [op[0] for op in a.ops]
    (0.889, 2, 7, ['equal', 'insert', 'equal'])
    """
    if not claim or not quote:
        return Alignment(0.0, 0, 0, ())
    vocab: dict[str, str] = {}
    cs, qs = _encode(claim, vocab), _encode(quote, vocab)
    w0, w1 = 0, len(qs)
    if len(cs) < len(qs):  # place the claim in the quote, keep a few words either side for dropped words
        where = fuzz.partial_ratio_alignment(cs, qs)  # None only below a score_cutoff, and none is given
        if where is not None:
            slack = max(ALIGN_SLACK_WORDS, len(cs))  # room for as many dropped words as the claim has
            w0, w1 = max(0, where.dest_start - slack), min(len(qs), where.dest_end + slack)
    ops = [(op.tag, op.src_start, op.src_end, op.dest_start + w0, op.dest_end + w0)
           for op in Levenshtein.opcodes(cs, qs[w0:w1])]
    if ops and ops[0][0] == "insert":    # quote words before the claim begins
        ops.pop(0)
    if ops and ops[-1][0] == "insert":   # quote words after it ends
        ops.pop()
    if not ops:
        return Alignment(0.0, 0, 0, ())
    q0, q1 = ops[0][3], ops[-1][4]
    return Alignment(Indel.normalized_similarity(cs, qs[q0:q1]), q0, q1, tuple(ops))


def _covered(alignment: Alignment) -> tuple[int, int]:
    """Claim words [i, j) from the first to the last word the quote shares; (0, 0) when none."""
    kept = [(i1, i2) for tag, i1, i2, _, _ in alignment.ops if tag == "equal"]
    return (kept[0][0], kept[-1][1]) if kept else (0, 0)


def _slice(text: str, seq: Sequence[Word], i: int, j: int) -> str:
    return text[seq[i].start:seq[j - 1].end] if j > i else ""


def _steps(alignment: Alignment) -> list[tuple[str, int, int, int, int]]:
    """The opcodes with each run of differences between two kept stretches made one step:
    "won't" for "will not" is one change, not a dropped word and a changed one.

    >>> _steps(Alignment(1.0, 0, 4, (("equal", 0, 1, 0, 1), ("insert", 1, 1, 1, 2), ("replace", 1, 2, 2, 3),
    ...                              ("equal", 2, 3, 3, 4))))
    [('kept', 0, 1, 0, 1), ('changed', 1, 2, 1, 3), ('kept', 2, 3, 3, 4)]
    """
    steps: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in alignment.ops:
        if tag != "equal" and steps and steps[-1][0] == "":
            _, i1, _, j1, _ = steps.pop()  # extend the open run of differences
        steps.append(("kept" if tag == "equal" else "", i1, i2, j1, j2))
    return [(tag or ("changed" if i2 > i1 and j2 > j1 else "inserted" if i2 > i1 else "dropped"), i1, i2, j1, j2)
            for tag, i1, i2, j1, j2 in steps]


def _diff(claim_text: str, claim: Sequence[Word], quote_text: str, quote: Sequence[Word],
          alignment: Alignment) -> tuple[WordDiff, ...]:
    return tuple(WordDiff(op, _slice(claim_text, claim, i1, i2),  # type: ignore[arg-type]
                          _slice(quote_text, quote, j1, j2))
                 for op, i1, i2, j1, j2 in _steps(alignment))


def _notes(claim: Sequence[Word], quote: Sequence[Word], alignment: Alignment) -> tuple[str, ...]:
    """What the differences amount to: negations dropped or added, words reordered, an excerpt."""
    notes = []
    dropped_neg, added_neg = [], []
    claim_only: Counter[str] = Counter()
    quote_only: Counter[str] = Counter()
    for tag, i1, i2, j1, j2 in _steps(alignment):
        if tag == "kept":
            continue
        mine = [w.norm for w in claim[i1:i2]]
        theirs = [w.norm for w in quote[j1:j2]]
        claim_only.update(mine)
        quote_only.update(theirs)
        neg_mine = [w for w in mine if _negating(w)]
        neg_theirs = [w for w in theirs if _negating(w)]
        if len(neg_theirs) > len(neg_mine):
            dropped_neg += [w.text for w in quote[j1:j2] if _negating(w.norm)]
        elif len(neg_mine) > len(neg_theirs):
            added_neg += [w.text for w in claim[i1:i2] if _negating(w.norm)]
    if dropped_neg:
        notes.append("drops the negation " + ", ".join(f'"{w}"' for w in dropped_neg))
    if added_neg:
        notes.append("adds the negation " + ", ".join(f'"{w}"' for w in added_neg))
    if claim_only and claim_only == quote_only:
        notes.append("the same words in a different order")
    if alignment.q0 > 0 or alignment.q1 < len(quote):
        notes.append("the claim is part of a longer quote")
    return tuple(notes)


def same_speaker(claimed: str | None, names: Iterable[str]) -> bool | None:
    """Whether a claimed speaker is one of the names the quote's speaker goes by (None: can't tell).

    >>> same_speaker("Kerry", ["John Kerry"]), same_speaker("john kerry", ["Kerry"])
    (True, True)
    >>> same_speaker("John Smith", ["John Kerry"]), same_speaker("Kerry", []), same_speaker(None, ["Kerry"])
    (False, None, None)
    """
    names = [n for n in names if n.strip()]
    if not claimed or not claimed.strip() or not names:
        return None
    return any(fuzz.token_set_ratio(claimed, n, processor=utils.default_process) >= SPEAKER_MATCH for n in names)


# ---------------------------------------------------------------- candidates from the index


def _spread(items: list[str], most: int) -> list[str]:
    """At most `most` of `items`, evenly spread (both halves of a merged claim keep some).

    >>> _spread(list("abcdefgh"), 3)
    ['a', 'c', 'f']
    """
    if len(items) <= most:
        return items
    return [items[k * len(items) // most] for k in range(most)]


class _Row(NamedTuple):
    quote_id: int
    fields: dict[str, Any]
    speaker: str | None
    names: list[str]
    text: str
    context: str | None
    words: tuple[Word, ...]


def _candidates(conn: sqlite3.Connection, claim: Sequence[Word], rows: dict[int, _Row], by: str) -> None:
    """Add to `rows` the quotes sharing most word pairs (`by="pairs"`) or most words (`by="words"`)
    with the claim, bm25 ranked. Word pairs are selective and fast; any-of-the-words reaches
    quotes reworded past sharing pairs, but must rank every quote holding "the"."""
    if by == "pairs":
        terms = [f"{a.norm} {b.norm}" for a, b in zip(claim, claim[1:])]
    else:
        terms = [w.norm for w in claim]
    match = fts_query(" ".join(f'"{t}"' for t in _spread(list(dict.fromkeys(terms)), MAX_QUERY_TERMS)),
                      any_term=True)
    if match:
        found = conn.execute(
            "SELECT q.id, d.fields, q.speaker, q.speaker_names, q.text, q.context FROM quotes_fts "
            "JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.id = q.document "
            "WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?", (f"text : ({match})", CANDIDATES)).fetchall()
        for qid, fields, speaker, names, text, context in found:
            if qid not in rows:
                rows[qid] = _Row(qid, json.loads(fields), speaker, names.split("\n") if names else [], text,
                                 context, words(text))


def _match(claim_text: str, claim: Sequence[Word], row: _Row, claimed: str | None) -> Match:
    """`row` aligned with `claim`, words of `claim_text` (all of it, or a stretch)."""
    a = align(claim, row.words)
    i0, i1 = (a.ops[0][1], a.ops[-1][2]) if a.ops else (0, len(claim))
    return Match(row.quote_id, row.fields.get("id"), row.fields, row.speaker, row.text, row.context, a.similarity,
                 claim[i0].start if claim else 0, claim[i1 - 1].end if claim else 0,
                 row.words[a.q0].start if a.ops else 0, row.words[a.q1 - 1].end if a.ops else 0,
                 _diff(claim_text, claim, row.text, row.words, a), same_speaker(claimed, row.names),
                 _notes(claim, row.words, a))


def _ranked(claim_text: str, claim: Sequence[Word], rows: Iterable[_Row], claimed: str | None) -> list[Match]:
    return sorted((_match(claim_text, claim, r, claimed) for r in rows),
                  key=lambda m: (-m.similarity, m.quote_id))


def _merge(conn: sqlite3.Connection, claim_text: str, claim: tuple[Word, ...], top: _Row,
           rows: dict[int, _Row], claimed: str | None) -> tuple[Match, Match] | None:
    """The two quotes a claim merges: `top` for most of it and another for the words it leaves
    at the claim's start or end (at least MERGE_MIN_WORDS), both at CLOSE_SIMILARITY or better."""
    i, j = _covered(align(claim, top.words))
    if j - i == 0 or max(i, len(claim) - j) < MERGE_MIN_WORDS:
        return None
    rest, main = (claim[:i], claim[i:]) if i >= len(claim) - j else (claim[j:], claim[:j])
    _candidates(conn, rest, rows, "pairs")
    first = _match(claim_text, main, top, claimed)
    others = [_match(claim_text, rest, r, claimed) for r in rows.values() if r.quote_id != top.quote_id]
    if first.similarity < CLOSE_SIMILARITY or not others:
        return None
    second = max(others, key=lambda m: (m.similarity, -m.quote_id))
    if second.similarity < CLOSE_SIMILARITY:
        return None
    return (first, second) if first.claim_start < second.claim_start else (second, first)


def _quoted_words(text: str, limit: int = 60) -> str:
    return f'"{text}"' if len(text) <= limit else f'"{text[:limit - 3]}..."'


def verify_in(conn: sqlite3.Connection, claim: str, speaker: str | None = None,
              limit: int = DEFAULT_MATCHES) -> Verification:
    """`verify` on an open index."""
    if len(claim) > MAX_CLAIM_CHARS:
        raise VerifyError(f"the claim is {len(claim):,} characters; verify takes a quote of at most "
                          f"{MAX_CLAIM_CHARS:,}")
    claim_words = words(claim)
    if not claim_words:
        raise VerifyError("the claim has no words to look for")
    rows: dict[int, _Row] = {}
    _candidates(conn, claim_words, rows, "pairs")
    ranked = _ranked(claim, claim_words, rows.values(), speaker)
    if not ranked or ranked[0].similarity < CLOSE_SIMILARITY:  # reworded, or a merge: widen the net
        _candidates(conn, claim_words, rows, "words")
        ranked = _ranked(claim, claim_words, rows.values(), speaker)
    matches = tuple(ranked[:limit])
    if not ranked:
        return Verification(claim, speaker, NOT_FOUND, (), (), ("no indexed quote shares a word with the claim",))
    merged = _merge(conn, claim, claim_words, rows[ranked[0].quote_id], rows, speaker)
    if merged is not None:
        parts: tuple[Match, ...] = merged
        notes = [f"merges two quotes: {_quoted_words(merged[0].text)} ({merged[0].speaker or 'speaker unknown'}) "
                 f"and {_quoted_words(merged[1].text)} ({merged[1].speaker or 'speaker unknown'})"]
    elif ranked[0].similarity >= CLOSE_SIMILARITY:
        parts, notes = (ranked[0],), []
    else:
        return Verification(claim, speaker, NOT_FOUND, (), matches,
                            (f"the closest quote has similarity {ranked[0].similarity:.2f}, "
                             f"under {CLOSE_SIMILARITY}",))
    for part in parts:
        notes += part.notes
    if any(p.speaker_matches is False for p in parts):
        verdict: Verdict = SPEAKER_DIFFERS
        notes += [f"{_quoted_words(p.text)} was said by {p.speaker}, not {speaker}" if len(parts) > 1
                  else f"said by {p.speaker}, not {speaker}" for p in parts if p.speaker_matches is False]
    elif len(parts) == 1 and parts[0].verbatim:
        verdict = VERBATIM
    else:
        verdict = CLOSE
    if speaker and any(p.speaker_matches is None for p in parts):
        notes.append("the real quote's speaker is not known")
    return Verification(claim, speaker, verdict, parts, matches, tuple(dict.fromkeys(notes)))


def verify(claim: str, db: str | Path | sqlite3.Connection, speaker: str | None = None,
           limit: int = DEFAULT_MATCHES) -> Verification:
    """The closest real quotes to `claim` in the quote index `db` (a path or an open connection),
    with a diff and a verdict; `speaker` is who the claim is attributed to.

    Raises VerifyError for an empty or over-long claim, QuoteIndexError for a missing or broken index.
    """
    if isinstance(db, sqlite3.Connection):
        return verify_in(db, claim, speaker, limit)
    conn = open_index(db)
    try:
        return verify_in(conn, claim, speaker, limit)
    finally:
        conn.close()
