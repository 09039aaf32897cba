"""Fourth stage: quoted spans and cues become Quote records.

Reads one document top to bottom.  Each marked quotation looks for its cue in
its own sentences (a cue joined to it by the parse first, then the nearest
one), then in the sentence before when that one ends in a colon, then in a
short sentence right after it; with no cue, the subject of a clause that
introduces it or governs it speaks; failing all, it floats: it takes the speaker
of the quotation just before it when the two belong to one run of quotes.
Cues whose clause holds no marked quotation give indirect quotes, or mixed
ones when their clause carries a quoted fragment.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Mapping, Sequence

import regex

from .attribution import Cue, clause_subject, find_cues, governing_subject, linked
from .lexicon import MARK_CHARS, PLACE_PREPOSITIONS, SIGNATURE_DASHES, TIME_WORDS, cue_forms
from .marks import Inside, Quoted
from .parse import Word
from .records import Quote, QuoteType, Span
from .resolve import Mention, Resolver, mention, opening_name
from .segment import Sentence

__all__ = ["assemble"]

# Confidence by how the speaker was found.
CONF_LINKED = 0.9
CONF_NEAR = 0.8
CONF_NEIGHBOUR = 0.75
CONF_MIXED = 0.75
CONF_INDIRECT = 0.7
CONF_FLOATING = 0.55
CONF_NONE = 0.35
UNCLOSED_PENALTY = 0.1

FRAGMENT_WORDS = 5      # an uncued quotation this short within a sentence needs a verb that governs it
SHORT_WORDS = 2         # a quoted term this short inside a sentence is a scare quote unless a cue takes it
FOLLOWER_TOKENS = 8     # a sentence this short after a quote may carry its cue (`he added.`)
MIN_INDIRECT_WORDS = 3  # shorter clauses under a cue are not reported speech
PARAGRAPH_BREAK_LINES = 2  # newlines of one paragraph break (`\n\n`) between a quotation and its continuation
RUN_GAP_PARAGRAPHS = 2  # a floating quote continues a run no further than this many paragraphs on


@dataclass
class _Draft:
    parts: list[tuple[int, int]]
    type: QuoteType
    cue: Cue | None
    confidence: float
    sentence: int
    float_from: int | None = None   # index of the draft whose speaker a floating quote takes
    surface: tuple[tuple[int, int], tuple[int, int] | None] | None = None  # (speaker, cue) read off the text


def assemble(text: str, sentences: Sequence[Sentence], quoted: Sequence[Quoted],
             parses: Mapping[int, Sequence[Word]]) -> list[Quote]:
    """Quote records of one document, in reading order."""
    starts = [s.start for s in sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    cues_by_sentence = {i: list(find_cues(i, words)) for i, words in parses.items()}
    inside = Inside(quoted)
    drafts: list[_Draft] = []
    direct: list[_Draft] = []
    used_cues: set[tuple[int, int]] = set()

    # Mixed quotes: a cue's clause that holds a quoted fragment and more.
    absorbed: set[int] = set()
    quoted_starts = [q.start for q in quoted]   # in order: find_quoted sorts them
    for cues in cues_by_sentence.values():
        for c in cues:
            if c.content is None or inside.contains(c.span[0]):
                continue
            lo = bisect.bisect_left(quoted_starts, c.content[0])
            hi = bisect.bisect_left(quoted_starts, c.content[1], lo)
            held = [i for i in range(lo, hi) if quoted[i].end <= c.content[1]]
            # words after the last quotation and before a cue that follows are its speaker, not paraphrase,
            # unless the clause ends before the speaker (`"We are horrified" by the attack, Nefzi said`)
            reach = c.content[1]
            if held and c.span[0] >= quoted[held[-1]].end and (c.speaker is None or c.speaker[0] < c.content[1]):
                reach = quoted[held[-1]].end
            if held and _words_outside(text, (c.content[0], reach), [quoted[i] for i in held]) >= MIN_INDIRECT_WORDS:
                absorbed.update(held)
                used_cues.add(c.span)
                drafts.append(_Draft([c.content], "mixed", c, CONF_MIXED, c.sentence))

    mixed = sorted(d.parts[0] for d in drafts if d.type == "mixed")
    mixed_starts = [m[0] for m in mixed]
    mixed_reach = list(itertools.accumulate((m[1] for m in mixed), max))  # furthest end of the first k
    paraphrased_to = -1   # end of the last paraphrase made below: quotations inside it belong to it
    for qi, q in enumerate(quoted):
        j = bisect.bisect_left(mixed_starts, q.end) - 1   # the mixed spans that start before q ends
        if qi in absorbed or (j >= 0 and mixed_reach[j] > q.start) or q.start < paraphrased_to:
            continue
        first, last = sentence_of(q.start), sentence_of(q.end - 1)
        if any(_within_name(text, q, c.speaker) for c in cues_by_sentence.get(first, [])):
            continue  # a title within a speaker's name (`the author of "Going Viral," about ..., said`)
        cue, conf = _own_cue(q, first, last, cues_by_sentence, parses, inside)
        paraphrase = None if cue is None else (_paraphrase(text, q, cue, sentences[last], parses.get(last, ()))
                                                or _lead_in(text, q, cue, sentences[first]))
        if paraphrase is not None and cue is not None:
            drafts.append(_Draft([paraphrase], "mixed", cue, CONF_MIXED, first))
            used_cues.add(cue.span)
            paraphrased_to = paraphrase[1]
            continue
        signed = _dash_name(text, q) if cue is None else None
        if signed is not None:  # `"..." ― Jane Doe`: the name is as good as a cue
            direct.append(_Draft(list(q.parts), "direct", None, CONF_NEIGHBOUR, first, surface=(signed, None)))
            continue
        if cue is None:
            cue, conf = _neighbour_cue(text, q, first, last, sentences, cues_by_sentence, inside)
        surface = None if cue is not None else (_colon_name(text, q, sentences[first])
                                                 or _surface_cue(text, q, sentences[last]))
        if surface is not None:
            direct.append(_Draft(list(q.parts), "direct", None, CONF_NEIGHBOUR, first, surface=surface))
            continue
        if cue is None and not _scare_quote(text, q, sentences[first], cued=False):
            if _fragment(text, q, sentences[first]):
                # a short phrase quoted within a sentence is someone's words only through the verb governing it
                subject = governing_subject(parses[first], q.start, q.end) if first in parses else None
                if subject is not None:
                    direct.append(_Draft(list(q.parts), "direct", None, CONF_FLOATING, first, surface=(subject, None)))
                continue
            subject = _colon_subject(text, q, sentences, first, parses) or _narrator_subject(
                text, q, sentences, first, parses, inside)
            if subject is not None:
                direct.append(_Draft(list(q.parts), "direct", None, CONF_NEIGHBOUR, first, surface=(subject, None)))
                continue
            subject = _sentence_subject(text, q, sentences, first, parses)
            if subject is not None:
                direct.append(_Draft(list(q.parts), "direct", None, CONF_FLOATING, first, surface=(subject, None)))
                continue
        if conf != CONF_LINKED and _scare_quote(text, q, sentences[first], cued=cue is not None):
            continue  # a term or title in quotation marks, unless the parse joins it to a cue
        if cue is not None and _venue(text, q, cue):
            continue
        conf = conf if cue is not None else CONF_NONE
        if not q.closed:
            conf -= UNCLOSED_PENALTY
        direct.append(_Draft(list(q.parts), "direct", cue, conf, first))
        if cue is not None:
            used_cues.add(cue.span)
    drafts += _merge_split(direct, text)

    for cues in cues_by_sentence.values():
        for c in cues:
            if c.span in used_cues or c.content is None or inside.contains(c.span[0]):
                continue
            parts = [c.content] if c.more is None else [c.content, c.more]
            if any(inside.overlaps(p) for p in parts) or sum(_word_count(text, p) for p in parts) < MIN_INDIRECT_WORDS:
                continue
            # With no speaker, a clause is mostly a misparse, or context (`Asked whether ..., X said`);
            # but `X was asked whether ...`, `it was widely reported that ...` report words with no
            # one named to have said them (PolNeAR train annotates those, with no source).
            if c.speaker is None and not _passive_report(c, parses[c.sentence]):
                continue
            drafts.append(_Draft(parts, "indirect", c, CONF_INDIRECT, c.sentence))

    drafts.sort(key=lambda d: d.parts[0][0])
    _cut_before_nested(drafts, text)
    drafts = _drop_overlaps(drafts)
    _link_floating(drafts, sentences)
    return _records(text, sentences, _join_continuations(drafts, text), cues_by_sentence, inside)


def _speaker_mention(text: str, cue: Cue, rng: tuple[int, int]) -> Mention:
    """The mention a cue's speaker at `rng` makes for resolution: for the relative pronoun of
    `the minister, who said`, the noun phrase it stands for; else the words at `rng`."""
    if cue.antecedent is not None and rng == cue.speaker:
        return mention(text, cue.antecedent[0], cue.antecedent[1], None)
    return mention(text, rng[0], rng[1], cue.speaker_head if cue.speaker is not None else None)


def _passive_report(cue: Cue, words: Sequence[Word]) -> bool:
    """`X was asked whether ...`, `I was told that ...`: a cue verb with a passive auxiliary."""
    return any(w.head == cue.verb.index and w.deprel == "aux:pass" for w in words)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _word_count(text: str, rng: tuple[int, int]) -> int:
    return len(text[rng[0]:rng[1]].split())


def _words_outside(text: str, rng: tuple[int, int], held: Sequence[Quoted]) -> int:
    total = _word_count(text, rng)
    return total - sum(_word_count(text, (q.start, q.end)) for q in held)


def _within_name(text: str, q: Quoted, speaker: tuple[int, int] | None) -> bool:
    """Whether the quotation lies inside a speaker's noun phrase, with its words on both sides."""
    if speaker is None or not speaker[0] <= q.start <= q.end <= speaker[1]:
        return False
    return any(ch.isalnum() for ch in text[speaker[0]:q.start]) and any(ch.isalnum() for ch in text[q.end:speaker[1]])


def _own_cue(q: Quoted, first: int, last: int, cues_by_sentence: Mapping[int, list[Cue]],
             parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[Cue | None, float]:
    """A cue in the quotation's first or last sentence, outside any quotation: joined by the parse, else
    nearest; one with a speaker over one without (`Asked about it, Clinton said, "..."`)."""
    found: list[tuple[int, int, float, Cue]] = []
    for si in sorted({first, last}):
        for cue in cues_by_sentence.get(si, []):
            if inside.contains(cue.span[0]) or (cue.naming and not 0 <= q.start - cue.span[1] <= NAMING_CHARS):
                continue
            if cue.content is not None and cue.span[1] <= q.start and q.end <= cue.content[0]:
                continue  # between the cue and what it reports: `told ABC's "Good Morning America" that ...`
            distance = min(abs(cue.span[0] - q.end), abs(q.start - cue.span[1]))
            if linked(parses[si], cue, q.start, q.end):
                found.append((0, distance, CONF_LINKED, cue))
            else:
                found.append((1, distance, CONF_NEAR, cue))
    if not found:
        return None, 0.0
    _, _, conf, cue = min(found, key=lambda f: (f[3].speaker is None, f[0], f[1]))
    return cue, conf


def _paraphrase(text: str, q: Quoted, cue: Cue, sentence: Sentence,
                words: Sequence[Word]) -> tuple[int, int] | None:
    """`X said the "extraordinary measures" were ...`: a cue whose own words run on into the
    quotation (no colon, no comma before the mark) reports a paraphrase carrying a quoted fragment;
    its content runs from the cue to the sentence's end, or to an `and` after the quotation that
    goes on with the reporter's own narration (`called her "weak" and said she had ...`)."""
    if cue.speaker is None or not (sentence.start <= cue.span[1] <= q.start) or len(q.parts) > 1:
        return None
    if _venue(text, q, cue):
        return None  # `said in an interview on "New Day."`: where it was said, not what
    opening = _opening(text, q, cue.span[1])
    between = text[cue.span[1]:opening].strip()
    if not between or between[-1] in ",:;" or not any(ch.isalpha() for ch in between):
        return None
    end = min([sentence.end] + [w.start for w in words if q.end <= w.start and _narration_goes_on(words, w)])
    while end > q.end and (text[end - 1] in ".!?;," or text[end - 1].isspace()):
        end -= 1
    start = cue.span[1]
    while text[start].isspace() or text[start] in ",;:":
        start += 1
    return start, max(end, q.end)


# a preposition right after a cue opens a phrase of place, time or manner (`said on "Meet the Press"`)
_PLACE_NEXT = regex.compile(r"\s+(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\b", regex.IGNORECASE)


def _narration_goes_on(words: Sequence[Word], w: Word) -> bool:
    """Whether `w` is the `and` or `but` of a verb with no subject of its own, coordinated with
    one before it: the sentence's subject does something more (`... and boycotted a debate`)."""
    if w.upos != "CCONJ" or w.deprel != "cc" or not w.index < w.head < len(words):
        return False
    verb = words[w.head]
    return verb.upos == "VERB" and verb.deprel == "conj" and words[verb.head].index < w.index and not any(
        k.head == verb.index and k.deprel.startswith(("nsubj", "csubj", "expl")) for k in words)


def _opening(text: str, q: Quoted, floor: int) -> int:
    """Where the quotation's opening mark(s) begin: back from its content to a space, not before `floor`."""
    opening = q.start
    while opening > floor and not text[opening - 1].isspace():
        opening -= 1
    return opening


def _lead_in(text: str, q: Quoted, cue: Cue, sentence: Sentence) -> tuple[int, int] | None:
    """`Trump's misinformation may be "strategic," Hemsley said`: a quotation that runs on from
    its sentence's own words (no colon or comma before the mark), with the cue after it, reports
    the whole clause; its content runs from the sentence's start to the quotation's end."""
    if cue.speaker is None or cue.speaker[0] < q.end or len(q.parts) > 1 or not (sentence.start < q.start < sentence.end):
        return None  # the speaker must follow the quotation, not hold it (`Trump, star of "The Apprentice," said`)
    if text[q.end:min(cue.speaker[0], cue.span[0])].strip(_CLOSING_RUN + " "):
        return None  # ... and follow it at once: `on "Face the Nation," Sanders was asked by X` is no lead-in
    opening = _opening(text, q, sentence.start)
    start = max([sentence.start] + [text.rfind(ch, sentence.start, opening) + 1 for ch in ":;\u2014("])
    lead = text[start:opening].rstrip()  # the clause the quotation ends, after any colon or dash before it
    if not lead or lead[-1] in ",-\u2013" or _word_count(text, (start, opening)) < MIN_LEAD_WORDS:
        return None
    while start < q.start and not text[start].isalnum():
        start += 1
    return start, q.end


def _neighbour_cue(text: str, q: Quoted, first: int, last: int, sentences: Sequence[Sentence],
                   cues_by_sentence: Mapping[int, list[Cue]], inside: Inside) -> tuple[Cue | None, float]:
    """`X said:` just before the quotation, or a short `he added.` just after it."""
    if first > 0:
        prev = sentences[first - 1]
        if _ends_in_colon(text, prev):
            cues = [c for c in cues_by_sentence.get(first - 1, []) if not inside.contains(c.span[0]) and not c.naming]
            if cues:
                return cues[-1], CONF_NEIGHBOUR
    if last + 1 < len(sentences):
        nxt = sentences[last + 1]
        if len(nxt.tokens) <= FOLLOWER_TOKENS and not inside.overlaps((nxt.start, nxt.end)) \
                and nxt.paragraph == sentences[last].paragraph:
            cues = [c for c in cues_by_sentence.get(last + 1, []) if c.content is None and not c.naming]
            if cues:
                return cues[0], CONF_NEIGHBOUR
        if text[q.end - 1:q.end] in ("?", "!") and "\n" not in text[q.end:nxt.start]:
            # `"... who knows?" Trump told ITV ...`: split after the question mark, the sentence
            # that opens with the speaker and cue still frames the quotation
            for c in cues_by_sentence.get(last + 1, []):
                if not c.naming and nxt.start in (c.span[0], c.speaker and c.speaker[0]):
                    return c, CONF_NEIGHBOUR
    return None, 0.0


# `"..." ― Jane Doe` at a line's end, or `- Jane Doe, Philadelphia.` opening the next paragraph: a
# quotation signed with its speaker's name, as in epigraphs, fact checks and collected reactions.  The
# name is up to six capitalised words or initials; a description may follow it after a comma.
_DASHES = "|".join(map(regex.escape, SIGNATURE_DASHES))
_CLOSING_RUN = MARK_CHARS + ".,!?"  # what may close a quotation: its marks and the punctuation inside them
_DASH_NAME = regex.compile(
    r"(?:\h*(?:" + _DASHES + r")|\h*\n\s*(?:" + _DASHES + r"|-))\h*"
    r"(\p{Lu}[\p{L}\p{M}'’.-]*(?:\h+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|da|van|von|la|le)){0,5}?)"
    r"(?:,[^\n]*)?\.?\h*(?:\n|\Z)")  # \h: any horizontal space, the no-break space of scraped pages too


def _dash_name(text: str, q: Quoted) -> tuple[int, int] | None:
    """The name after a dash that closes the quotation's line (`"..." ― Jane Doe`) or opens the next
    paragraph (`- Jane Doe.`)."""
    end = q.end
    while end < len(text) and text[end] in _CLOSING_RUN:
        end += 1
    if end == q.end:
        return None
    m = _DASH_NAME.match(text, end)
    if m is None:
        return None
    name_end = m.end(1)
    if text[name_end - 1] == "." and name_end - m.start(1) > 2 and text[name_end - 3] not in " .":
        name_end -= 1  # the sentence's full stop, not an initial's (`Edwin G.`)
    return m.start(1), name_end


def _colon_name(text: str, q: Quoted, sentence: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`Name: "..."`, with the name opening the sentence or following a dash."""
    opening = q.start - 1
    while opening > sentence.start and not text[opening - 1].isspace() and text[opening - 1] != ":":
        opening -= 1
    m = _COLON_NAME.search(text, max(sentence.start, opening - 120), opening)
    if m is None or not m.group(1)[0].isupper():
        return None
    before = text[sentence.start:m.start()].rstrip()
    if before and before[-1] not in "-\u2013\u2014|":
        return None
    return (m.start(1), m.end(1)), (m.start(2), m.end(2))


_WORD = regex.compile(r"\w[\w'’.-]*")
SURFACE_REACH = 14   # words after a quotation searched for `X said` / `said X`


def _surface_cue(text: str, q: Quoted, sentence: Sentence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`"...," a narrator asks.` / `"...," says Kerry.` read off the words when the tagger missed the verb."""
    end = q.end
    while end < sentence.end and text[end] in "\"'”’»,!?. ":
        end += 1
    if end == q.end or not any(ch in "\"'”’»" for ch in text[q.end:end]):
        return None
    stop = end
    while stop < sentence.end and text[stop] not in ".;:!?\"“”":
        stop += 1
    words = list(_WORD.finditer(text, end, stop))[:SURFACE_REACH]
    forms = cue_forms()
    for i, w in enumerate(words):
        if w.group().lower() not in forms or (i > 0 and w.group()[0].isupper()):
            continue  # `The Washington Post`: a name
        if i > 0:
            if words[0].group().lower() in TIME_WORDS:
                return None  # `"...," in an interview with ...`: no speaker opens with a preposition
            speaker = _trimmed(text, words[0].start(), words[i - 1].end())
        else:
            after = [x for x in words[1:] if x.group().lower() not in TIME_WORDS]
            speaker = _trimmed(text, after[0].start(), words[-1].end()) if after else None
        if speaker is None or text[speaker[0]:speaker[1]].lower() in TIME_WORDS:
            return None
        return speaker, (w.start(), w.end())
    return None


def _ends_in_colon(text: str, sentence: Sentence) -> bool:
    """`X said:` closing a sentence: what follows it is introduced by it."""
    return text[sentence.start:sentence.end].rstrip().endswith(":")


def _colon_subject(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                   parses: Mapping[int, Sequence[Word]]) -> tuple[int, int] | None:
    """`She went on: "..."`: with no cue, the subject of the clause whose colon introduces the
    quotation, in its own sentence or the sentence before."""
    sentence = sentences[first]
    before = text[sentence.start:_opening(text, q, sentence.start)].rstrip()
    if not before and first > 0:
        sentence = sentences[first - 1]
        before = text[sentence.start:sentence.end].rstrip()
    if not before.endswith(":") or sentence.index not in parses:
        return None
    return clause_subject(parses[sentence.index], sentence.start + len(before) - 1)


def _narrator_subject(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                      parses: Mapping[int, Sequence[Word]], inside: Inside) -> tuple[int, int] | None:
    """`Clinton touted her record. "We need ..."`: a quotation opening its sentence, with no cue, after
    a sentence of the same paragraph that quotes nothing: that sentence's subject introduces it."""
    sentence = sentences[first]
    if first == 0 or text[sentence.start:q.start].strip(MARK_CHARS + " "):
        return None
    prev = sentences[first - 1]
    if prev.paragraph != sentence.paragraph or prev.index not in parses or inside.overlaps((prev.start, prev.end)):
        return None
    return clause_subject(parses[prev.index], prev.end)


def _sentence_subject(text: str, q: Quoted, sentences: Sequence[Sentence], first: int,
                      parses: Mapping[int, Sequence[Word]]) -> tuple[int, int] | None:
    """`Obama called the holiday "..."`, `In a speech, Trump attacked "..."`: with no cue anywhere, the
    subject of the verb governing the quotation, or without a parse the name that opens the
    quotation's sentence (or, for a quotation opening its sentence, the sentence before when that
    one ends in a colon), is its likeliest speaker."""
    sentence = sentences[first]
    if not text[sentence.start:q.start].strip(" \"'“”‘’«»"):
        if first == 0 or not _ends_in_colon(text, sentences[first - 1]):
            return None
        sentence = sentences[first - 1]
    elif first in parses and (governing := governing_subject(parses[first], q.start, q.end)) is not None:
        return governing
    limit = min(q.start, sentence.end)
    starts = [sentence.start] + [m.end() for m in regex.finditer(r",\s+", text[sentence.start:limit])]
    for offset in starts:
        pos = offset if offset == sentence.start else sentence.start + offset
        found = opening_name(text, pos, limit)
        if found is not None:
            return found.start, found.end
    return None


def _scare_quote(text: str, q: Quoted, sentence: Sentence, cued: bool) -> bool:
    """A short quoted term or a title inside a sentence, not a quotation.  A title-cased quotation
    ending in a comma is a title only with no cue about (`his book, "Trump and Me," was`), since
    with one it is a slogan or a cry (`"Yes We Can," the crowd chanted`)."""
    content = text[q.start:q.end]
    words = content.split()
    if len(q.parts) > 1:
        return False
    if len(words) <= SHORT_WORDS:
        return True
    endings = (".", "!", "?", ",") if cued else (".", "!", "?")
    return _within(q, sentence) and _titled(words) and content.rstrip()[-1:] not in endings


def _within(q: Quoted, sentence: Sentence) -> bool:
    """Whether the sentence has words of its own on both sides of the quotation."""
    return sentence.start < q.start - 1 and q.end + 1 < sentence.end


def _titled(words: Sequence[str]) -> bool:
    """Whether every word is capitalised, short function words aside (`Meet the Press`)."""
    return all(w[0].isupper() or not w[0].isalpha() or len(w) <= 3 for w in words)


def _venue(text: str, q: Quoted, cue: Cue) -> bool:
    """`said on MSNBC's "Morning Joe."`: a title-cased quotation in a phrase of place right after its
    cue names where it was said."""
    between = text[cue.span[1]:_opening(text, q, cue.span[1])]
    return bool(_PLACE_NEXT.match(between)) and not any(ch in between for ch in ",.;:") and _titled(
        text[q.start:q.end].split())


def _fragment(text: str, q: Quoted, sentence: Sentence) -> bool:
    """A phrase of a few words quoted within a sentence, with the sentence's words on both sides
    (`positioned her agenda around plans to "build on the progress" of ...`): a term, a title or a
    borrowed phrase far more often than someone's whole words."""
    return _within(q, sentence) and len(q.parts) == 1 and len(text[q.start:q.end].split()) <= FRAGMENT_WORDS


def _merge_split(drafts: list[_Draft], text: str) -> list[_Draft]:
    """`"A," he said, "B."` and `"A," he said. "B."`: a quotation that shares the cue before it, or
    has none, continues the quotation before it in the same paragraph."""
    out: list[_Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and "\n" not in text[prev.parts[-1][1]:d.parts[0][0]]:
            between = prev.parts[-1][1] <= prev.cue.span[0] < d.parts[0][0]
            if between and (d.cue is None or d.cue.span == prev.cue.span):
                prev.parts.extend(d.parts)
                prev.confidence = min(prev.confidence, max(d.confidence, CONF_NEIGHBOUR))
                continue
        out.append(d)
    return out


def _drop_overlaps(drafts: list[_Draft]) -> list[_Draft]:
    """Keep quotations disjoint: of two overlapping ones, the more confident wins.

    `drafts` come sorted by start, so only a kept draft still open where the next one starts can
    clash with it: those alone are compared, which keeps this linear on a page of quotes.
    """
    kept: list[_Draft] = []
    dropped: set[int] = set()
    open_: list[_Draft] = []   # kept drafts whose last part ends after the current start
    for d in drafts:
        open_ = [o for o in open_ if o.parts[-1][1] > d.parts[0][0]]
        clash = [o for o in open_ if any(_overlaps(a, b) for a in o.parts for b in d.parts)]
        if not clash:
            kept.append(d)
            open_.append(d)
        elif all(d.confidence > o.confidence for o in clash):
            dropped.update(id(o) for o in clash)
            open_ = [o for o in open_ if id(o) not in dropped] + [d]
            kept.append(d)
    out = [d for d in kept if id(d) not in dropped]
    out.sort(key=lambda d: d.parts[0][0])
    return out


_LINKING_TAIL = regex.compile(r"(?:[\s,;:\u2014\u2013-]|\b(?:though|although|while|but|and|whereas|even as|as)\b)*\Z",
                             regex.IGNORECASE)


def _cut_before_nested(drafts: list[_Draft], text: str) -> None:
    """`X claimed that A, though Y said B`: a paraphrase whose last part runs on over another
    report, with a speaker of its own after the paraphrase's first words, ends before that
    speaker (and the `though` or comma joining them), so that both reports stand, apart."""
    starts = [d.parts[0][0] for d in drafts]   # in order: the caller sorts drafts by start
    for d in drafts:
        if d.type == "direct" or d.cue is None:
            continue
        a, b = d.parts[-1]
        within = drafts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        speakers = [o.cue.speaker[0] for o in within if o is not d and o.type == "indirect" and o.cue is not None
                    and o.cue.span != d.cue.span and o.cue.speaker is not None
                    and a < o.cue.speaker[0] and o.parts[-1][1] <= b]
        if not speakers:
            continue
        cut = min(speakers)
        m = _LINKING_TAIL.search(text, a, cut)
        end = m.start() if m else cut
        if _word_count(text, (a, end)) >= MIN_INDIRECT_WORDS:
            d.parts[-1] = (a, end)


def _link_floating(drafts: list[_Draft], sentences: Sequence[Sentence]) -> None:
    """Quotes without a cue take the speaker of the quote before them in the same run."""
    for i, d in enumerate(drafts):
        if d.cue is not None or d.surface is not None or i == 0:
            continue
        prev = drafts[i - 1]
        gap = sentences[d.sentence].paragraph - sentences[prev.sentence].paragraph
        attributed = prev.cue is not None or prev.surface is not None
        if (prev.type != "indirect" or gap == 0) and gap <= RUN_GAP_PARAGRAPHS and (
                attributed or prev.float_from is not None):
            d.float_from = i - 1 if attributed else prev.float_from
            d.confidence = CONF_FLOATING - (0.0 if d.confidence >= CONF_NONE else UNCLOSED_PENALTY)


# What may lie between a quotation and the one that continues it: its own reporting clause, closed
# by at most one full stop, then a paragraph break at most, with nothing before the next mark.
_CONTINUATION_GAP = regex.compile(r"[^.!?\n]*[.!?]?\s*[" + regex.escape(MARK_CHARS) + r"]*\Z")


def _join_continuations(drafts: list[_Draft], text: str) -> list[_Draft]:
    """`"A," Trump said.` closing a paragraph and `"B."` opening the next, with no cue of its own:
    one quotation in two parts, as split quotes are within a paragraph; so too a paraphrase and the
    quotation after its closing cue (`Obama "felt an obligation," Axelrod said. "B."`).  Drafts
    floating from a joined one float from the one it joined."""
    out: list[_Draft] = []
    kept: dict[int, int] = {}   # index in `drafts` -> index in `out`
    for i, d in enumerate(drafts):
        prev = out[-1] if out else None
        if d.float_from is not None:
            d.float_from = kept[d.float_from]
        if prev is not None and d.float_from == len(out) - 1 and prev.type != "indirect" and prev.cue is not None \
                and prev.parts[-1][1] <= prev.cue.span[0] < d.parts[0][0] \
                and _CONTINUATION_GAP.match(text, prev.cue.span[1], d.parts[0][0]) \
                and text.count("\n", prev.parts[-1][1], d.parts[0][0]) <= PARAGRAPH_BREAK_LINES:
            prev.parts.extend(d.parts)
            kept[i] = len(out) - 1
            continue
        kept[i] = len(out)
        out.append(d)
    return out


MIN_LEAD_WORDS = 3    # words before a quotation, in its sentence, that make it part of a reported clause
NAMING_CHARS = 60     # from a naming verb to the opening of the quotation it names (`called him a "..."`)
BETWEEN_REACH = 160   # characters between a quotation and its cue that may hold the speaker
_NP_BEFORE = regex.compile(r"[,\s\"'“”‘’]*((?:[\w(][\w'’().-]*,?\s+){1,16}?)\Z")
_NP_INTRODUCING = regex.compile(r"\s+((?:[\w(][\w'’().-]*,?\s+){0,6}[\w(][\w'’().-]*)\s*[:,]\s*[\"'“‘«]*\Z")
_NP_AFTER = regex.compile(r"\s+((?:\w[\w'’.-]*\s*){1,6}?)\s*(?:[.,;:!?]|\Z)")
_NAME_THEN_COMMA = regex.compile(r"[\"'\u201d\u2019\u00bb,\s]*(\p{Lu}[\w'\u2019.-]*(?:\s+\p{Lu}[\w'\u2019.-]*){0,3}),\s*")
# `Frank Newport and Jim Harter: "..."`: a name and a colon right before the opening mark.
_COLON_NAME = regex.compile(r"((?:\p{Lu}[\w'’.-]*|and|of|the)(?:\s+(?:\p{Lu}[\w'’.-]*|and|of|the)){0,6})\s*(:)\s*\Z")


def _between_speaker(text: str, parts: Sequence[tuple[int, int]], cue: Cue) -> tuple[int, int] | None:
    """When the parse gave no subject: the words between a quotation and its cue (`"...," a senior
    official told`), right after a cue that follows the quotation (`"...," said Kerry.`), or between
    a cue and the quotation it introduces (`Said Ellis: "..."`)."""
    cue_start, cue_end = cue.span
    for a, b in parts:
        if b <= cue_start and cue_start - b <= BETWEEN_REACH:
            m = _NP_BEFORE.search(text, b, cue_start)
            if m and m.group(1).strip():
                return _trimmed(text, m.start(1), m.end(1))
            if text[b:cue_start].strip(" ,\"'“”‘’") == "":
                m = _NP_AFTER.match(text, cue_end)
                if m and m.group(1).strip() and m.group(1).split()[0].lower() not in TIME_WORDS:
                    return _trimmed(text, m.start(1), m.end(1))
        elif cue_end <= a and a - cue_end <= BETWEEN_REACH:
            m = _NP_INTRODUCING.match(text, cue_end, a)
            if m and m.group(1).split()[0].lower() not in TIME_WORDS:
                return _trimmed(text, m.start(1), m.end(1))
    return None


# `M. Dane Waters, whose group led the effort, predicted`: a name, then an aside set off by commas.
_NAME_ASIDE = regex.compile(r"[\s\"'\u201c\u201d\u2018\u2019(,]*((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'\u2019-]+),\s")


def _name_before_aside(text: str, sentence: Sentence, parts: Sequence[tuple[int, int]], cue: Cue) -> tuple[int, int] | None:
    """When the parse lost the subject in a long aside (`Name, who ..., said`, `"...," Name, the ...,
    said`): the name opening the clause, when a comma closes the aside right before the cue."""
    if not text[:cue.span[0]].rstrip().endswith(","):
        return None
    start = max([sentence.start] + [b for _, b in parts if b <= cue.span[0]]
                + [text.rfind(ch, sentence.start, cue.span[0]) + 1 for ch in "(;\u2014"])
    m = _NAME_ASIDE.match(text, start, cue.span[0])
    if m is None or m.group(1).split()[0].lower() in TIME_WORDS:
        return None
    return m.start(1), m.end(1)


def _with_name_before(text: str, parts: Sequence[tuple[int, int]], rng: tuple[int, int]) -> tuple[int, int]:
    """`"...," Trump, the party's nominee, said`: a name between the quotation and an appositive
    speaker is the speaker's start (parsers hang it from the quotation)."""
    ends = [b for _, b in parts if b <= rng[0]]
    if not ends:
        return rng
    m = _NAME_THEN_COMMA.fullmatch(text, max(ends), rng[0])
    return (m.start(1), rng[1]) if m else rng


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The range less surrounding spaces and punctuation; None when nothing is left."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    if end < len(text) and text[end] == ")" and "(" in text[start:end]:
        end += 1  # `Rep. Gwen Moore (D-Wis.)` keeps its closing parenthesis
    return (start, end) if start < end else None


def _records(text: str, sentences: Sequence[Sentence], drafts: list[_Draft],
             cues_by_sentence: Mapping[int, list[Cue]], inside: Inside) -> list[Quote]:
    resolver = Resolver(text)
    subjects = [_speaker_mention(text, c, c.speaker)
                for cues in cues_by_sentence.values() for c in cues if c.speaker is not None]
    for s in sentences:
        if not cues_by_sentence.get(s.index):  # a sentence with no cue may still name who speaks next
            found = opening_name(text, s.start, s.end)
            if found is not None:
                subjects.append(found)
    subjects.sort(key=lambda m: m.start)
    speakers: list[tuple[Span | None, Span | None]] = []
    si = 0
    out: list[Quote] = []
    for d in drafts:
        first = min(d.parts[0][0], d.cue.span[0]) if d.cue is not None else d.parts[0][0]
        while si < len(subjects) and subjects[si].end <= first:
            resolver.add_subject(subjects[si])
            si += 1
        speaker: Span | None
        speaker_resolved: Span | None
        rng = d.cue.speaker if d.cue is not None else None
        if rng is not None and d.cue is not None and (inside.contains(rng[0]) or (
                d.cue.speaker_head is not None and inside.contains(d.cue.speaker_head.start))):
            rng = None  # the parse took words of a quotation for its speaker (a title within it may stay)
        if d.cue is not None and rng is None and d.type != "indirect":
            rng = _between_speaker(text, d.parts, d.cue)
        if d.cue is not None and rng is None:
            rng = _name_before_aside(text, sentences[d.cue.sentence], d.parts, d.cue)
        if rng is not None and d.type == "direct":
            rng = _with_name_before(text, d.parts, rng)
        if d.cue is not None and rng is not None:
            resolved = resolver.resolve(_speaker_mention(text, d.cue, rng))
            speaker = Span.of(text, *rng)
            speaker_resolved = Span.of(text, *resolved) if resolved else None
        elif d.surface is not None:
            speaker = Span.of(text, *d.surface[0])
            resolved = resolver.resolve(mention(text, d.surface[0][0], d.surface[0][1], None))
            speaker_resolved = Span.of(text, *resolved) if resolved else None
        elif d.cue is None and d.float_from is not None:
            speaker, speaker_resolved = speakers[d.float_from]
        else:
            speaker = speaker_resolved = None
        speakers.append((speaker, speaker_resolved))
        confidence = d.confidence if speaker is not None else min(d.confidence, CONF_NONE)
        out.append(Quote(
            type=d.type,
            parts=tuple(Span.of(text, a, b) for a, b in d.parts),
            speaker=speaker,
            speaker_resolved=speaker_resolved,
            cue=Span.of(text, *d.cue.span) if d.cue is not None else (
                Span.of(text, *d.surface[1]) if d.surface is not None and d.surface[1] is not None else None),
            sentence=d.sentence,
            confidence=max(0.0, min(1.0, confidence)),
        ))
    return out
