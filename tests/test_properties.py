"""Property tests: on arbitrary messy text the detector never raises and never lies about offsets.

Texts are built from words, every kind of quotation mark (straight, curly, single, guillemets, `''`,
``` `` ```, HTML-entity marks), apostrophes, punctuation, cue words, newlines, blank lines, CR and
CRLF.  The model-free stages run on many examples; the whole pipeline, real models included, on a few.
"""
from __future__ import annotations

import json
from typing import Sequence

import regex
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

import quotes
from quotes.extractor import prepare
from quotes.marks import Quoted, find_quoted
from quotes.segment import MAX_SENTENCE_TOKENS, Sentence, paragraphs, reading_text, split_read_sentences, split_sentences

WORDS = ["the", "minister", "said", "told", "reporters", "he", "she", "they", "warned", "according", "to",
         "We", "will", "not", "give", "up", "Kerry", "John", "officials", "would", "travel", "Geneva", "it",
         "added", "I", "think", "that", "is", "a", "fight", "Mr.", "U.S.", "3", "1990s", "e.g.", "café",
         "naïve", "Zürich", "O'Malley", "O’Neil"]
MARKS = ['"', "\u201c", "\u201d", "\u201e", "\u201f", "'", "\u2018", "\u2019", "\u201a", "\u201b", "\u00ab",
         "\u00bb", "\u2039", "\u203a", "''", "``", "`", "\u2033", "&quot;", "&#8220;", "&#8221;", "&ldquo;",
         "&rsquo;", "&#39;", "&QUOT;"]
APOSTROPHES = ["voters’", "’90s", "rock 'n' roll", "don't", "can’t", "it's", "'em", "the Joneses'", "’til"]
PUNCT = [".", ",", ":", ";", "!", "?", "...", "…", "—", "-", "(", ")", "[", "]"]
BREAKS = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t", "\n \n", "\u2028", "\x0c"]

_piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(MARKS),
    st.sampled_from(APOSTROPHES),
    st.sampled_from(PUNCT),
    st.sampled_from(BREAKS),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=3),
)

# Texts glued from pieces with or without spaces between them, so marks land inside words too.
messy_text = st.lists(st.tuples(_piece, st.sampled_from(["", " ", " ", "\n"])), max_size=60).map(
    lambda pieces: "".join(p + sep for p, sep in pieces))

# Raw characters, weighted towards marks and line breaks.
raw_text = st.text(alphabet=st.sampled_from(list("ab .,\n\r\t\"“”‘’'«»‹›`&;#:") + ["\x00", "\u0301", "\u200f"]),
                   max_size=120)


def check_sentences(text: str, sentences: Sequence[Sentence]) -> None:
    """Sentences and their tokens: true offsets, in order, disjoint, no whitespace-only pieces."""
    previous_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert previous_end <= s.start < s.end <= len(text)
        assert 1 <= len(s.tokens) <= MAX_SENTENCE_TOKENS
        assert s.start == s.tokens[0].start and s.end == s.tokens[-1].end
        tok_end = s.start
        for t in s.tokens:
            assert tok_end <= t.start < t.end <= s.end
            assert t.text == text[t.start:t.end]
            assert not regex.search(r"\s", t.text), "tokens hold no whitespace"
            tok_end = t.end
        previous_end = s.end


def check_quoted(text: str, found: Sequence[Quoted]) -> None:
    """Marked quotations: true, trimmed, non-empty parts in order; quotations in order and disjoint."""
    previous_end = 0
    for q in found:
        assert q.parts
        part_end = previous_end
        for a, b in q.parts:
            assert 0 <= part_end <= a < b <= len(text), "parts in order, disjoint, inside the text"
            assert text[a:b].strip() == text[a:b], "a part is trimmed of whitespace"
            part_end = b
        assert q.start >= previous_end, "quotations in order, none overlapping another"
        previous_end = q.end


def check_records(text: str, found: Sequence[quotes.Quote]) -> None:
    """Output records as the spec promises them: every span true to `text` and non-empty, parts in
    reading order, quotes disjoint and in order, `sentence` holding the first part, JSON-ready."""
    sentences = split_sentences(text)
    previous_end = 0
    for q in found:
        assert q.type in ("direct", "indirect", "mixed") and q.parts
        for s in [*q.parts, *(x for x in (q.speaker, q.speaker_resolved, q.cue) if x is not None)]:
            assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text, s
        for a, b in zip(q.parts, q.parts[1:]):
            assert a.end <= b.start, "parts in reading order, disjoint"
        assert q.start >= previous_end, "quotes in reading order, none overlapping another"
        previous_end = q.end
        assert q.text == " ".join(p.text for p in q.parts)
        assert 0 <= q.sentence < len(sentences) and sentences[q.sentence].start <= q.start
        assert q.sentence + 1 == len(sentences) or q.start < sentences[q.sentence + 1].start
        assert 0.0 <= q.confidence <= 1.0
        record = json.loads(json.dumps(q.to_dict()))
        for span in [*record["parts"], *(record[k] for k in ("speaker", "speaker_resolved", "cue") if record[k])]:
            assert text[span["start"]:span["end"]] == span["text"]


def check_model_free(text: str) -> None:
    """Every model-free stage on `text`: no exception, true offsets, the same result twice."""
    paras = paragraphs(text)
    at = 0
    for a, b in paras:
        assert at <= a < b <= len(text)
        assert text[a:b].strip() == text[a:b]
        at = b
    sentences = split_sentences(text)
    check_sentences(text, sentences)
    for s in sentences:
        a, b = paras[s.paragraph]
        assert a <= s.start and s.end <= b, "a sentence stays inside its paragraph"
    found = find_quoted(text, paras)
    check_quoted(text, found)
    prep = prepare(text)
    reading = reading_text(text)  # the rules read marks and spaces as English copy sets them, offset for offset
    assert len(reading) == len(text)
    assert [(s.start, s.end, s.paragraph, [(t.start, t.end) for t in s.tokens]) for s in prep.sentences] == \
        [(s.start, s.end, s.paragraph, [(t.start, t.end) for t in s.tokens]) for s in sentences]
    check_sentences(reading, prep.sentences)
    assert prep.text == reading and prep.sentences == split_read_sentences(reading)
    assert prep.quoted == (found if reading == text else find_quoted(reading, paragraphs(reading)))
    assert prep.wanted == sorted(set(prep.wanted)) and all(0 <= i < len(sentences) for i in prep.wanted)
    again = prepare(text)
    assert (again.sentences, again.quoted, again.wanted) == (prep.sentences, prep.quoted, prep.wanted)


@settings(max_examples=400, deadline=None)
@given(text=messy_text)
@example(text="'He said \"no\" to it,' she said.")         # single quote around a double one
@example(text="\"A,\r\n\"B\r\n\r\n''C ``D'' E'' «F ‹G› H»")
@example(text="&quot;We will win,&#8221; he said. &#8220;")
def test_model_free_stages_on_messy_text(text: str) -> None:
    """Paragraphs, sentences, quotation marks: never raise, offsets true, deterministic."""
    check_model_free(text)


@settings(max_examples=300, deadline=None)
@given(text=raw_text)
@example(text="\u200f\r:")  # a line of a direction mark alone is no paragraph, for the sentences neither
def test_model_free_stages_on_raw_characters(text: str) -> None:
    """The same on raw character soup: marks, CR, NUL, combining and bidi marks anywhere."""
    check_model_free(text)


@settings(max_examples=150, deadline=None)
@given(text=messy_text, newline=st.sampled_from(["\r\n", "\r"]))
def test_line_endings_change_nothing_but_offsets(text: str, newline: str) -> None:
    """CRLF or lone CR for LF finds the same quotations, with offsets into the text as given."""
    assume("\r" not in text)
    other = text.replace("\n", newline)
    mapping = [i for i, ch in enumerate(other) if not (newline == "\r\n" and ch == "\r")]
    assert len(mapping) == len(text)  # position i in `text` is position mapping[i] in `other`

    def moved(q: Quoted) -> tuple[tuple[int, int], ...]:
        return tuple((mapping[a], mapping[b - 1] + 1) for a, b in q.parts)

    got = find_quoted(other, paragraphs(other))
    check_quoted(other, got)
    assert [q.parts for q in got] == [moved(q) for q in find_quoted(text, paragraphs(text))]


# ---------------------------------------------------------------- end to end, real models


PLANTED = "\u201cWe will not give up on this fight,\u201d the minister said."
# A plain paragraph after it, so that a cueless quotation opening the random text is never joined to the
# planted one as its continuation (`"A," X said.` then `"B` is one quotation in two parts, by design).
AFTER_PLANTED = "\n\nThe meeting ended.\n\n"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=messy_text)
@example(text="\"A,\" he said, \"B c d.\"\n\n\u201cIt is,\u201d said Kerry.\r\nHe warned that they would go.")
@example(text="\"rock 'n' roll")  # an open quotation: a continuation, were it right after the planted one
def test_extractor_end_to_end(extractor: quotes.Extractor, text: str) -> None:
    """Through the parser: true offsets, disjoint quotes in order, JSON-ready, deterministic.

    Every example opens with an attributed quotation, so the parser runs every time and the
    properties are checked on real output, not on empty lists.
    """
    doc = PLANTED + AFTER_PLANTED + text
    found = extractor.extract(doc)
    check_records(doc, found)
    planted = [q for q in found if q.text == "We will not give up on this fight,"]
    assert len(planted) == 1 and planted[0].type == "direct" and planted[0].cue is not None
    assert planted[0].cue.text == "said"
    # Deterministic, and one result per input text, in order, whatever the batch around it.
    again = list(extractor.extract_many([text, doc, ""]))
    assert len(again) == 3 and again[1] == found and again[2] == []
    check_records(text, again[0])
