"""A parsed sentence (`Parsed`) and the shared tests on words, each written once: the rules of
every table ask these.

    >>> time_word("Tuesday"), time_word("Kerry"), time_word("in"), time_word("15:40"), time_word("GMT")
    (True, False, False, True, True)
    >>> preposition("Amid"), preposition("Tuesday")
    (True, False)
    >>> demonstrative("That"), demonstrative("who")
    (True, False)
    >>> relative_pronoun("Who"), cue_form("said"), cue_form("table")
    (True, True, False)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

from ..lexicon import DEMONSTRATIVE_PRONOUNS, MARK_CHARS, PREPOSITIONS, RELATIVE_PRONOUNS, TIME_WORDS, TIME_ZONES, cue_forms
from ..lexicon import ARTICLES, OCCASION_TAKING_VERBS, SAYING_OCCASION_PREPOSITIONS, SAYING_OCCASIONS, cue_lemma
from ..parse import FINITE_TAGS, Word

__all__ = ["Parsed", "time_word", "preposition", "no_speaker_opener", "demonstrative", "relative_pronoun", "to_infinitive", "cue_form",
           "phrase_head", "occasion_after", "NAME_PART_RELATIONS", "FIXED_PART_RELATIONS"]


@dataclass(frozen=True)
class Parsed:
    """One parsed sentence: its words in order (`words[i].index == i`), each word's dependents
    (`kids[i]`, in sentence order), and the subtree helpers the rules read it with.

    >>> from quotes.parse import Word
    >>> def w(i, text, head, rel): return Word(i, text, text, "X", "X", "", head, rel, 2 * i, 2 * i + 1)
    >>> s = Parsed.of([w(0, "A", 1, "nsubj"), w(1, "B", -1, "root"), w(2, "C", 1, "obj")])
    >>> s.root.text, [k.text for k in s.kids[1]], s.span(s.words[2])
    ('B', ['A', 'C'], (4, 5))
    """

    words: Sequence[Word]
    kids: Sequence[Sequence[Word]]

    @classmethod
    def of(cls, words: Sequence[Word]) -> "Parsed":
        kids: list[list[Word]] = [[] for _ in words]
        for w in words:
            if w.head >= 0:
                kids[w.head].append(w)
        return cls(words, kids)

    @property
    def root(self) -> Word | None:
        """The word that heads the sentence, if the parse has one."""
        return next((w for w in self.words if w.head < 0), None)

    def subtree(self, root: Word, skip: frozenset[int] = frozenset()) -> list[Word]:
        """`root` and every word below it, in sentence order; below `skip`ped words nothing is taken."""
        out, stack = [], [root]
        while stack:
            w = stack.pop()
            out.append(w)
            stack.extend(k for k in self.kids[w.index] if k.index not in skip)
        return sorted(out, key=lambda w: w.index)

    def word_range(self, chars: tuple[int, int]) -> tuple[int, int]:
        """The indices of the first and the last word within the character range `chars` (a span this
        sentence's words make: `span`'s, or a widening of it)."""
        return (next(w.index for w in self.words if w.start >= chars[0]),
                max(w.index for w in self.words if w.end <= chars[1]))

    def span(self, root: Word, skip: frozenset[int] = frozenset()) -> tuple[int, int]:
        """Character range of `root`'s subtree, trimmed of punctuation at its edges."""
        return _trim(self.words, self.subtree(root, skip), root)


def _trim(words: Sequence[Word], sub: list[Word], root: Word) -> tuple[int, int]:
    """The run of the subtree around its root, bridging single punctuation marks that the parse hung
    elsewhere (quotation marks), so a non-projective parse cannot swallow the sentence; edges trimmed."""
    inside = {w.index for w in sub}

    def joins(gap: int, beyond: int) -> bool:
        return beyond in inside and 0 <= gap < len(words) and words[gap].upos == "PUNCT"

    lo = hi = root.index
    while True:
        if lo - 1 in inside:
            lo -= 1
        elif joins(lo - 1, lo - 2):
            lo -= 2
        else:
            break
    while True:
        if hi + 1 in inside:
            hi += 1
        elif joins(hi + 1, hi + 2):
            hi += 2
        else:
            break
    run = list(words[lo:hi + 1])
    while len(run) > 1 and run[0].upos == "PUNCT" and run[0] is not root:
        run = run[1:]
    end = len(run)
    while end > 1 and run[end - 1].upos == "PUNCT" and run[end - 1] is not root:
        end -= 1
    marks = [i for i, w in enumerate(run) if w.text.strip(MARK_CHARS) == ""]
    if len([i for i in marks if i < end]) % 2 and any(i >= end for i in marks):
        end = min(i for i in marks if i >= end) + 1  # `the author of "Going Viral,"` keeps its closing mark
    depth = sum((w.text == "(") - (w.text == ")") for w in run[:end])
    if depth > 0 and any(w.text == ")" for w in run[end:]):
        end = next(i for i in range(end, len(run)) if run[i].text == ")") + 1  # `Sanders (I-Vt.)` keeps its `)`
    return run[0].start, run[end - 1].end



# A clock time (`15:40`, `9:05am`, `10pm`, `7.30pm`) or a time zone written after one (`GMT`, `BST`): a live
# blog's timestamp opening an entry (`15:40 GMT The First Minister said ...`) is no part of its speaker.
_CLOCK_TIME = regex.compile(r"\d{1,2}:\d{2}(?:[ap]\.?m\.?)?|\d{1,2}(?:\.\d{2})?[ap]\.?m\.?", regex.IGNORECASE)


def time_word(text: str) -> bool:
    """A word of time (`Tuesday`, `week`, `yesterday`, a clock time: `15:40`, `GMT`): never a speaker,
    whatever the parse says."""
    return text.lower() in TIME_WORDS or text.lower() in TIME_ZONES or _CLOCK_TIME.fullmatch(text) is not None


OCCASION_LEAD_WORDS = 4  # the most words (an article, modifiers) between an occasion's preposition and its noun
_OCCASION_LEAD_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})  # the words allowed there


def occasion_after(words: Sequence[Word], a: int, b: int) -> int | None:
    """Where a phrase closing the words between characters `a` and `b` begins that names the one occasion some
    words were said on: a preposition (lexicon SAYING_OCCASION_PREPOSITIONS), an article, at most
    OCCASION_LEAD_WORDS words, a singular noun of SAYING_OCCASIONS (`an interview`, `a news conference`), then up
    to `b` no finite verb, comma or quotation mark (`in an interview with the Ledger on Sunday`).  In `the plan
    was dead in an interview with the Ledger` it begins at `in`.  None where there is none, or where the words
    before it hold a speech verb that may own it (a cue or its noun, `praise of the chief during a briefing`; or
    lexicon OCCASION_TAKING_VERBS: `he would speak at a news conference`, `she had misspoken in an interview`);
    nor for a possessive, a number or a plural (`in his comments`, `in two interviews`): occasions the words
    before it speak of."""
    inner = [w for w in words if a <= w.start and w.end <= b]
    for k, p in enumerate(inner):
        if k == 0 or p.text.lower() not in SAYING_OCCASION_PREPOSITIONS or k + 1 == len(inner) \
                or inner[k + 1].text.lower() not in ARTICLES:
            continue
        head = None
        for j in range(k + 2, min(len(inner), k + 2 + OCCASION_LEAD_WORDS)):
            w = inner[j]
            if w.upos not in _OCCASION_LEAD_TAGS:
                break
            pair = f"{inner[j - 1].text} {w.text}".lower()
            if (w.text.lower() in SAYING_OCCASIONS or pair in SAYING_OCCASIONS) \
                    and (j + 1 == len(inner) or inner[j + 1].upos != "NOUN"):
                head = j
                break
        if head is None:
            continue
        if any(w.xpos in FINITE_TAGS or w.text == "," or all(ch in MARK_CHARS for ch in w.text)
               for w in inner[head + 1:]):
            continue
        if any(w.upos in ("VERB", "NOUN") and cue_lemma(w.text) is not None
               or w.upos == "VERB" and (w.lemma in OCCASION_TAKING_VERBS or w.text.lower() in OCCASION_TAKING_VERBS)
               for w in inner[:k]):
            return None   # a speech verb of the words' own: the phrase may be its (`would speak at ...`)
        return p.start
    return None


def preposition(text: str) -> bool:
    """A preposition (`in`, `of`, `amid`): it opens a phrase of its own, never a speaker's noun phrase."""
    return text.lower() in PREPOSITIONS


def no_speaker_opener(text: str) -> bool:
    """A word of time, a preposition, `this` or `that`: after a cue it opens when or where it was said,
    or what (`said Tuesday`, `said in a statement`, `said this week`, `warned that ...`), never its
    speaker's name."""
    return time_word(text) or preposition(text) or demonstrative(text)


def demonstrative(text: str) -> bool:
    """`this`, `that`: as a subject it stands for a thing or for what was said, or (`that`) for the noun
    a relative clause hangs from; never for the speaker as written."""
    return text.lower() in DEMONSTRATIVE_PRONOUNS


def relative_pronoun(text: str) -> bool:
    """`who`, `that`, `which`: a relative clause's pronoun, standing for a noun before it."""
    return text.lower() in RELATIVE_PRONOUNS


def to_infinitive(dependents: Iterable[Word]) -> bool:
    """Whether a verb's dependents mark it as a `to`-infinitive (`vowed to build`)."""
    return any(k.deprel == "mark" and k.text.lower() == "to" for k in dependents)


_TENSED_TAGS = frozenset({"VBD", "VBN", "VBZ"})  # forms a `to` never governs (not the base form `VB`)


def joined_past_infinitive(s: Parsed, verb: Word) -> bool:
    """`Ruiz promised to cut taxes and called for an audit`: a verb after `and` (or `but`, `or`) in a tensed
    form that is not also its base form (`called`, `says`; not `cut`, `put`) which the parse joined to a
    `to`-infinitive in its base form cannot share that `to` (it governs base forms only): it is joined to
    the verb the infinitive hangs from, that verb's subject's next act."""
    if verb.deprel != "conj" or verb.head < 0 or verb.xpos not in _TENSED_TAGS \
            or verb.text.lower() == verb.lemma.lower() or not any(k.deprel == "cc" for k in s.kids[verb.index]):
        return False
    host = s.words[verb.head]
    return host.xpos == "VB" and host.head >= 0 and host.index < verb.index and to_infinitive(s.kids[host.index]) \
        and not any(k.deprel.startswith("aux") for k in s.kids[host.index])


# The relations that join a part of a name or of a compound noun to the word that heads it (`Ann` to `Ruiz`,
# `council` to `members`); with `fixed`, the parts of a fixed expression too (`according to`).
NAME_PART_RELATIONS = frozenset({"flat", "compound"})
FIXED_PART_RELATIONS = NAME_PART_RELATIONS | {"fixed"}


def phrase_head(s: Parsed, w: Word, lo: int, hi: int, relations: frozenset[str] = NAME_PART_RELATIONS) -> Word:
    """The word heading the name or compound that `w` is a part of (`relations`), climbing while each head lies
    within words [lo, hi): `Ann` in `Ann Ruiz said` to `Ruiz`, `council` in `council members` to `members`;
    `w` itself where it heads its phrase.

    >>> from quotes.parse import Word
    >>> def w(i, text, head, rel): return Word(i, text, text, "X", "X", "", head, rel, 2 * i, 2 * i + 1)
    >>> s = Parsed.of([w(0, "Ann", 1, "flat"), w(1, "Ruiz", 2, "nsubj"), w(2, "said", -1, "root")])
    >>> phrase_head(s, s.words[0], 0, 2).text, phrase_head(s, s.words[0], 0, 1).text
    ('Ruiz', 'Ann')
    """
    while w.deprel in relations and lo <= w.head < hi:
        w = s.words[w.head]
    return w


def cue_form(text: str) -> bool:
    """Whether a word is an inflected form of a cue verb (`said`, `tweets`), in any case."""
    return text.lower() in cue_forms()
